import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalBytes, canonicalJson, envelopeJson, type JsonValue } from "../../src/tuf/canonical.js";
import { canonicalObjectEnd } from "../../src/tuf/canonical-form.js";
import { parseEnvelope, type MetadataType } from "../../src/tuf/metadata.js";
import { prng } from "../helpers/prng.js";

const bytesOf = (text: string) => new TextEncoder().encode(text);
/** Whether the whole text is taken as canonical. */
const whole = (text: string) => canonicalObjectEnd(bytesOf(text), 0) === bytesOf(text).length;

const ALPHABET = ["a", "b", "Z", "_", "/", '"', "\\", "<", "&", "é", "\u2028", "\uE000", "😀", " ", "0"];

/** Whether a key anywhere in the value is written with an escape (a quote or a backslash). */
function hasEscapedKey(v: JsonValue): boolean {
  if (Array.isArray(v)) return v.some(hasEscapedKey);
  if (v === null || typeof v !== "object") return false;
  return Object.entries(v).some(([k, x]) => /["\\]/.test(k) || hasEscapedKey(x));
}

function randomString(rnd: () => number): string {
  let s = "";
  for (let n = Math.floor(rnd() * 5); n > 0; n--) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
  return s;
}

function randomValue(rnd: () => number, depth: number): JsonValue {
  const pick = Math.floor(rnd() * (depth > 3 ? 4 : 6));
  switch (pick) {
    case 0:
      return randomString(rnd);
    case 1:
      return [0, 1, -1, 7, 1234567, -987654321012345][Math.floor(rnd() * 6)]!;
    case 2:
      return [true, false, null][Math.floor(rnd() * 3)]!;
    case 3:
      return randomString(rnd);
    case 4:
      return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(rnd, depth + 1));
    default: {
      const o: Record<string, JsonValue> = {};
      for (let n = Math.floor(rnd() * 5); n > 0; n--) o[randomString(rnd)] = randomValue(rnd, depth + 1);
      return o;
    }
  }
}

function randomObject(rnd: () => number): Record<string, JsonValue> {
  const o: Record<string, JsonValue> = {};
  for (let n = 1 + Math.floor(rnd() * 5); n > 0; n--) o[randomString(rnd)] = randomValue(rnd, 1);
  return o;
}

describe("canonicalObjectEnd", () => {
  it("takes Go's canonical form whole, and stops at the end of the object", () => {
    const text = canonicalJson({ _type: "Targets", a: [1, -2, 0, true, false, null, 'x"y\\z'], b: { c: {} }, d: [] });
    expect(whole(text)).toBe(true);
    expect(canonicalObjectEnd(bytesOf(`${text},"more"`), 0)).toBe(bytesOf(text).length);
    expect(canonicalObjectEnd(bytesOf(`xx${text}`), 2)).toBe(bytesOf(text).length + 2);
  });

  it("takes what canonicalJson writes, for any value", () => {
    const rnd = prng(1);
    for (let n = 0; n < 2000; n++) {
      const o = randomObject(rnd);
      const text = canonicalJson(o);
      // Keys holding an escape are left to canonicalisation; everything else is taken.
      expect(whole(text), text).toBe(!hasEscapedKey(o));
    }
  });

  it("refuses each way bytes can differ from the canonical form of what they parse to", () => {
    for (const text of [
      '{ "a":1}', // whitespace
      '{"a":1 }',
      '{"a": 1}',
      '{"a":[1, 2]}',
      '{"b":1,"a":2}', // key order
      '{"a":1,"a":2}', // duplicate key
      '{"ab":1,"a":2}',
      '{"a":"\\u003c"}', // escapes other than \" and \\
      '{"a":"\\n"}',
      '{"a":"\\/"}',
      '{"a\\"":1}', // an escape in a key
      '{"a":"\u0001"}', // a raw control character
      '{"a":1.5}', // numbers not in shortest integer form
      '{"a":1.0}',
      '{"a":1e3}',
      '{"a":01}',
      '{"a":-0}',
      '{"a":+1}',
      '{"a":1234567890123456}', // beyond the digits certainly safe
      '{"a":True}',
      '{"a":nul}',
      '{"a":1,}', // not JSON
      '{"a":[1,]}',
      '{"a":1',
      '{"a":"open',
      '{"a"}',
      '{,"a":1}',
      "[1]", // not an object
    ]) {
      expect(canonicalObjectEnd(bytesOf(text), 0), text).toBe(-1);
    }
  });

  it("orders keys by UTF-8 bytes, as Go does: U+E000 before an astral character", () => {
    expect(whole(canonicalJson({ "\u{1F600}": 1, "\uE000": 2 }))).toBe(true);
    expect(whole('{"😀":1,"\uE000":2}')).toBe(false);
    expect(whole('{"a":1,"ab":2,"b":3}')).toBe(true);
  });

  it("leaves nesting deeper than metadata's to canonicalisation instead of recursing", () => {
    const deep = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);
    expect(whole(deep(32))).toBe(true);
    expect(whole(deep(33))).toBe(false);
    expect(canonicalObjectEnd(bytesOf(deep(100_000)), 0)).toBe(-1);
  });

  it("never takes bytes whose parsed value canonicalises to anything else (mutated canonical texts)", () => {
    const rnd = prng(7);
    const pieces = [" ", ",", ":", '"', "\\", "0", "1", ".", "e", "-", "{", "}", "[", "]", "a", "z", "\\u0041", "\n"];
    let taken = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = canonicalJson(randomObject(rnd));
      const at = Math.floor(rnd() * (text.length + 1));
      const cut = Math.floor(rnd() * 3);
      const mutated = text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at + cut);
      // As a file arrives: bytes (a cut through a surrogate pair becomes U+FFFD), then decoded.
      const bytes = bytesOf(mutated);
      if (canonicalObjectEnd(bytes, 0) !== bytes.length) continue;
      taken++;
      const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      expect(canonicalJson(JSON.parse(decoded) as JsonValue), decoded).toBe(decoded);
    }
    // The mutations that still spell canonical JSON (a changed digit or letter) were checked too.
    expect(taken).toBeGreaterThan(100);
  });
});

const fixtures = fileURLToPath(new URL("../fixtures/notary-compat/", import.meta.url));

function metadataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return metadataFiles(p);
    return p.endsWith(".json") && p.includes(`${path.sep}metadata${path.sep}`) ? [p] : [];
  });
}

function typeOf(file: string): MetadataType | undefined {
  const role = file.slice(file.lastIndexOf(`${path.sep}metadata${path.sep}`) + 10, -".json".length);
  if (/^targets(\/|$)/.test(role)) return "Targets";
  if (role === "root") return "Root";
  if (role === "snapshot") return "Snapshot";
  if (role === "timestamp") return "Timestamp";
  return undefined;
}

describe("parseEnvelope and the file's own canonical bytes", () => {
  const files = metadataFiles(fixtures).filter((f) => typeOf(f));

  it("finds Go's canonical bytes inside every Go-written file, identical to canonicalising", () => {
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const bytes = readFileSync(file);
      const env = parseEnvelope(bytes, typeOf(file)!, file);
      // A view of the file, not a copy: the bytes were taken as they are.
      expect(env.signedBytes.buffer, file).toBe(bytes.buffer);
      expect(env.signedBytes.byteOffset, file).toBe(bytes.byteOffset + '{"signed":'.length);
      const canonical = canonicalBytes(JSON.parse(bytes.toString()).signed);
      expect(Buffer.from(env.signedBytes).equals(Buffer.from(canonical)), file).toBe(true);
    }
  });

  const ts = (version: number) => ({ _type: "Timestamp", expires: "2030-01-01T00:00:00Z", meta: {}, version });
  const sigs = '"signatures":[{"keyid":"ab","method":"ecdsa","sig":"AA=="}]';

  it("reads a file naming signed twice as JSON.parse and Go do (the last), its bytes canonicalised", () => {
    const first = canonicalJson(ts(1));
    const last = canonicalJson(ts(2));
    const env = parseEnvelope(bytesOf(`{"signed":${first},${sigs},"signed":${last}}`), "Timestamp", "timestamp");
    expect(env.signed.version).toBe(2);
    expect(new TextDecoder().decode(env.signedBytes)).toBe(last);
  });

  it("canonicalises what is not already canonical: HTML escapes, whitespace, key order", () => {
    const signed = { ...ts(3), meta: { "a<b": { hashes: { sha256: "AAAA" }, length: 1 } } };
    const canonical = canonicalJson(signed);
    for (const text of [
      envelopeJson(canonical, [{ keyid: "ab", method: "ecdsa", sig: "AA==" }]),
      `{"signed":${JSON.stringify(signed, null, 1)},${sigs}}`,
      `{"signed":{"version":3,"_type":"Timestamp","expires":"2030-01-01T00:00:00Z","meta":{"a<b":{"length":1,"hashes":{"sha256":"AAAA"}}}},${sigs}}`,
      `{ "signed":${canonical},${sigs}}`,
      `{"signatures":[],"signed":${canonical}}`,
    ]) {
      const env = parseEnvelope(bytesOf(text), "Timestamp", "timestamp");
      expect(new TextDecoder().decode(env.signedBytes), text).toBe(canonical);
    }
  });

  it("reads an escaped second signed key as the last signed, as JSON.parse does", () => {
    const last = canonicalJson(ts(2));
    const text = `{"signed":${canonicalJson(ts(1))},${sigs},"sig\\u006eed":${last}}`;
    const env = parseEnvelope(bytesOf(text), "Timestamp", "timestamp");
    expect(env.signed.version).toBe(2);
    expect(new TextDecoder().decode(env.signedBytes)).toBe(last);
  });

  it("refuses invalid UTF-8 inside canonical-looking bytes, and garbage after them", () => {
    const canonical = bytesOf(canonicalJson({ ...ts(1), meta: { x: { hashes: {}, length: 1 } } }));
    const at = Buffer.from(canonical).indexOf('"x"') + 1;
    const bad = Uint8Array.from(canonical);
    bad[at] = 0xff; // still a canonical-looking byte run: only the decoder can refuse it
    expect(canonicalObjectEnd(bad, 0)).toBe(bad.length);
    const file = new Uint8Array([...bytesOf('{"signed":'), ...bad, ...bytesOf(`,${sigs}}`)]);
    expect(() => parseEnvelope(file, "Timestamp", "t")).toThrow(/is not UTF-8/);
    for (const tail of [`,${sigs}}x`, `,${sigs},}`, `,${sigs}`]) {
      expect(() => parseEnvelope(bytesOf(`{"signed":${canonicalJson(ts(1))}${tail}`), "Timestamp", "t")).toThrow(
        /is not valid JSON/,
      );
    }
    const spaced = parseEnvelope(bytesOf(`{"signed":${canonicalJson(ts(1))}, ${sigs}}`), "Timestamp", "t");
    expect(spaced.signatures).toHaveLength(1);
  });

  it("refuses a trailing comma after signed, as JSON does", () => {
    expect(() => parseEnvelope(bytesOf(`{"signed":${canonicalJson(ts(1))},}`), "Timestamp", "t")).toThrow(
      /is not valid JSON/,
    );
  });
});
