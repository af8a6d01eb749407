/**
 * Values users give, parsed once for both front ends: the action reads them from inputs, the CLI
 * from flags, and a message names the setting in each front end's words (`setting`).
 */
import { UsageError } from "../errors.js";
import { isSha256Digest } from "../digest.js";
import { DAY_MS, MAX_LIFETIME_MS, MIN_LIFETIME_MS, YEAR_MS } from "../tuf/lifetimes.js";
import { isKeyId } from "../tuf/keys.js";
import { parseGoTime } from "../tuf/time.js";
import { setting, step, type Setting } from "../wording.js";
import { inputLines, splitList } from "./lists.js";

const UNITS: Record<string, number> = { y: YEAR_MS, mo: YEAR_MS / 12, w: 7 * DAY_MS, d: DAY_MS, h: 3600_000 };

/**
 * `3y`, `18mo`, `90d`, `12h`, a day (`2030-01-01`: its start, UTC) or an absolute RFC 3339 time;
 * returns milliseconds from `now`.
 */
export function parseExpiry(text: string, now: number, name: Setting = "expires"): number {
  const t = text.trim();
  const m = /^(\d+)(y|mo|w|d|h)$/.exec(t);
  let ms: number;
  if (m) ms = Number(m[1]) * UNITS[m[2]!]!;
  else {
    try {
      ms = parseGoTime(/^\d{4}-\d\d-\d\d$/.test(t) ? `${t}T00:00:00Z` : t) - now;
    } catch {
      throw new UsageError(
        `${setting(name)} "${t}" is neither a duration (3y, 18mo, 90d, 12h), a date (2030-01-01) nor an RFC 3339 time`,
      );
    }
  }
  if (ms < 0) throw new UsageError(`${setting(name)} "${t}" is in the past`);
  if (ms < MIN_LIFETIME_MS) throw new UsageError(`${setting(name)} "${t}" is less than an hour from now`);
  if (ms > MAX_LIFETIME_MS) throw new UsageError(`${setting(name)} "${t}" is more than 100 years from now`);
  return Math.round(ms);
}

/** One line of a `key=value` input; `key` (trimmed) is undefined when the line has no `=`. */
interface KeyValueLine {
  line: string;
  key: string | undefined;
  /** After the `=` as written (the whole line without one). */
  value: string;
}

/**
 * The lines of a `key=value` input (see inputLines), split at the first `=` (a key never holds
 * one: `NAME=value`, `host=url`) or at the last (a value never holds one: `pattern=mode`).
 */
export function keyValueLines(input: string | readonly string[] | undefined, at: "first" | "last"): KeyValueLine[] {
  return inputLines(input).map((line) => {
    const eq = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
    return eq < 0
      ? { line, key: undefined, value: line }
      : { line, key: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
  });
}

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/**
 * A boolean as the runner's getBooleanInput reads it (YAML 1.2 core schema: true, True, TRUE,
 * false, False, FALSE); undefined for anything else.
 */
export function parseBoolean(text: string): boolean | undefined {
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  return undefined;
}

/** A timeout in seconds (input `timeout`), as milliseconds. */
export function parseTimeout(text: string | undefined, name: Setting = "timeout"): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text.trim().replace(/s$/, ""));
  if (!Number.isFinite(n) || n <= 0 || n > 3600)
    throw new UsageError(`${setting(name)} "${text}" must be a number of seconds between 1 and 3600`);
  return Math.round(n * 1000);
}

/** One root key ID as a person gives it (case folded), or a USAGE error naming the setting. */
export function parseKeyId(text: string): string {
  const id = text.trim().toLowerCase();
  if (!isKeyId(id)) {
    throw new UsageError(
      `${setting("root-key-id")} ${JSON.stringify(id.slice(0, 80))} is not a 64-character hexadecimal key ID`,
      {
        hint: `copy the Root Key ID that ${step("inspect", undefined)} shows`,
      },
    );
  }
  return id;
}

/** Root key IDs, one a line or comma-separated. */
export function parseKeyIds(text: string | undefined): string[] {
  return splitList(text).map(parseKeyId);
}

export function parseDigest(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const d = text.trim();
  if (!isSha256Digest(d))
    throw new UsageError(`${setting("digest")} "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
  return d;
}

/**
 * The signatures a sign writes: none (Notary's alone); cosign (Notary's, then a cosign signature of
 * the same digest in the image's repository); cosign-only (the cosign signature alone, without any
 * request to a Notary server).
 */
export type OciSignatureKind = "none" | "cosign" | "cosign-only";

export function parseOciSignature(value: string | undefined, name: string): OciSignatureKind {
  const v = (value ?? "none").trim().toLowerCase() || "none";
  if (v !== "none" && v !== "cosign" && v !== "cosign-only")
    throw new UsageError(`${name} ${JSON.stringify(value?.slice(0, 40))} is not one of none, cosign, cosign-only`);
  return v;
}

/** The ARN to write for a KMS key named by alias or key ID, its region and account left to fill in. */
export function kmsArnShape(name: string): string {
  const trimmed = name.trim();
  return `arn:aws:kms:REGION:ACCOUNT:${trimmed.startsWith("alias/") ? trimmed : `key/${trimmed}`}`;
}

/** Whether `text` names an AWS KMS key as signing takes it (an alias or a key ID), not by ARN. */
export function isKmsKeyName(text: string): boolean {
  return /^alias\/[\w/+=,.@-]+$|^(mrk-)?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^mrk-[0-9a-f]{32}$/i.test(
    text.trim(),
  );
}
