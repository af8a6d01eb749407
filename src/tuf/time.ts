/**
 * Expiry times as Go writes and reads them (time.Time, RFC 3339 with nanoseconds).
 * Read: any RFC 3339 offset, fraction of any length. Write: UTC with `Z`, trailing fraction zeros
 * dropped, no fraction when it is zero (Go's RFC3339Nano). JavaScript's toISOString() (`.000Z`)
 * is not Go's form and breaks every reader once uploaded.
 */
import { MalformedMetadataError } from "../errors.js";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch of an RFC 3339 time (sub-millisecond digits are truncated). */
export function parseGoTime(text: string): number {
  const m = RFC3339.exec(text);
  if (!m) throw new MalformedMetadataError(`expires "${text.slice(0, 40)}" is not an RFC 3339 time`);
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
  const ms = frac ? Number(frac.padEnd(3, "0").slice(0, 3)) : 0;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(t);
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    throw new MalformedMetadataError(`expires "${text}" is not a valid date`);
  }
  if (zone !== "Z") {
    const offset = (Number(oh) * 60 + Number(om)) * 60_000;
    t += sign === "+" ? -offset : offset;
  }
  return t;
}

/** Go's RFC3339Nano for a UTC instant: `2029-11-20T21:01:51.35Z`, `2029-11-20T21:01:51Z`. */
export function formatGoTime(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  if (!/^\d{4}-/.test(iso)) throw new MalformedMetadataError(`time ${iso} is outside the years Go can write`);
  const [base, frac] = iso.slice(0, -1).split(".");
  const trimmed = (frac ?? "").replace(/0+$/, "");
  return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}

/** The normalised UTC form of an expiry for messages (`2026-01-02T03:04:05Z`). */
export function displayTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
