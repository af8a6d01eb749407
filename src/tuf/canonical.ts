/**
 * Go's canonical JSON (github.com/docker/go/canonical/json, as vendored by notary) and the
 * file envelope notary writes around it.
 *
 * Why not the `canonicalize` package (RFC 8785 / JCS): JCS sorts object keys by UTF-16 code
 * units where Go sorts by UTF-8 bytes (astral characters and U+E000..U+FFFF come out in opposite
 * orders), JCS escapes control characters where Go writes them raw, and JCS knows nothing about
 * the HTML-escaped `{"signed":…,"signatures":…}` envelope. A server accepts such bytes with 200
 * and the repository is then unreadable for every client, so we write Go's form by hand and keep
 * `canonicalize` only as a differential oracle in the tests.
 */
import { MalformedMetadataError } from "../errors.js";
import { goHtmlEscape } from "../text.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Orders strings by Unicode code point, which is the order of their UTF-8 bytes (Go's string `<`),
 * without encoding them: at the first differing UTF-16 unit, surrogates (astral characters) must
 * sort above U+E000..U+FFFF, so both ranges are shifted before comparing.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

// Characters that need attention: `"`, `\`, C0 controls, and surrogates (checked for pairing).
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;

function encodeString(s: string): string {
  if (!SPECIAL.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += "\\\\";
    else if (c < 0x20) {
      // Go writes control characters raw, and Go's own envelope encoder then refuses the
      // result ("invalid character in string literal"): no Go client can publish them.
      throw new MalformedMetadataError(
        `control character U+${c.toString(16).padStart(4, "0")} in a JSON string cannot be published to a Notary server`,
      );
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        throw new MalformedMetadataError("unpaired UTF-16 surrogate in a JSON string");
      }
      out += s[i]! + s[i + 1]!;
      i++;
    } else out += s[i];
  }
  return out + '"';
}

function encodeNumber(n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new MalformedMetadataError(`canonical JSON allows only integers, found ${n}`);
  }
  return String(n === 0 ? 0 : n);
}

/** Go canonical JSON of a parsed value: sorted keys (UTF-8 order), only `"` and `\` escaped, no whitespace. */
export function canonicalJson(value: JsonValue): string {
  // One string grown by appending (V8 joins the pieces once, when the result is encoded): a large
  // role is written without an array of parts per object.
  return writeValue("", value);
}

// Keys holding a surrogate are the only ones whose UTF-16 order (the engine's sort) differs from
// Go's UTF-8 byte order.
const SURROGATE = /[\ud800-\udfff]/;

function sortedKeys(o: JsonObject): string[] {
  return sortUtf8(Object.keys(o));
}

/** Sorts strings in place in Go's order (their UTF-8 bytes). */
function sortUtf8(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  for (const k of keys) if (SURROGATE.test(k)) return keys.sort(compareUtf8);
  return keys.sort();
}

/**
 * Canonical JSON of a map whose values the caller writes (`each` returns canonical JSON): the same
 * text as canonicalJson of the object with those keys, without building that object first.
 */
export function canonicalMap<T>(m: ReadonlyMap<string, T>, each: (value: T) => string): string {
  let out = "{";
  let first = true;
  for (const k of sortUtf8([...m.keys()])) {
    out += `${first ? "" : ","}${encodeString(k)}:${each(m.get(k)!)}`;
    first = false;
  }
  return out + "}";
}

/** Canonical JSON of one string or integer. */
export function canonicalScalar(v: string | number): string {
  return typeof v === "string" ? encodeString(v) : encodeNumber(v);
}

function writeValue(out: string, value: JsonValue): string {
  if (value === null) return out + "null";
  switch (typeof value) {
    case "boolean":
      return out + (value ? "true" : "false");
    case "number":
      return out + encodeNumber(value);
    case "string":
      return out + encodeString(value);
    case "object": {
      if (Array.isArray(value)) {
        out += "[";
        for (let i = 0; i < value.length; i++) out = writeValue(i === 0 ? out : out + ",", value[i]!);
        return out + "]";
      }
      out += "{";
      let first = true;
      for (const k of sortedKeys(value)) {
        const v = value[k];
        if (v === undefined) continue;
        out = writeValue(`${out}${first ? "" : ","}${encodeString(k)}:`, v);
        first = false;
      }
      return out + "}";
    }
    default:
      throw new MalformedMetadataError(`value of type ${typeof value} has no JSON form`);
  }
}

/**
 * Whether two values built of maps, arrays, plain objects and JSON scalars hold the same data: maps
 * by their entries, objects by their own keys (one whose value is undefined is a key like any
 * other; the keys are the own enumerable ones that Object.keys lists), in any order. Any function
 * that writes such a value (canonicalSigned) then writes both the same. Cheaper than writing a
 * large role to compare the text, and not allocating.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!sameData(v, b.get(k)) || !b.has(k)) return false;
    return true;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (b instanceof Map || Array.isArray(b) || ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    if (
      !Object.prototype.propertyIsEnumerable.call(b, k) ||
      !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of the canonical form: what is signed and verified. */
export function canonicalBytes(value: JsonValue): Uint8Array {
  return encoder.encode(canonicalJson(value));
}

/** What Go's encoding/json does to a RawMessage it compacts: HTML-significant characters escaped. */
const htmlEscape = goHtmlEscape;

export interface EnvelopeSignature {
  keyid: string;
  method: string;
  /** Standard base64 with padding, as Go writes []byte. */
  sig: string;
}

/**
 * The file bytes notary writes: `{"signed":<html-escaped canonical>,"signatures":[…]}` in struct
 * order (not canonical order), from client/helpers.go and tuf/tuf.go.
 */
export function envelopeJson(canonicalSigned: string, signatures: readonly EnvelopeSignature[]): string {
  return `${ENVELOPE_HEAD}${htmlEscape(canonicalSigned)}${envelopeTail(signatures)}`;
}

/** What the envelope holds before the `signed` text. */
export const ENVELOPE_HEAD = '{"signed":';

/** What the envelope holds after the `signed` text: the signatures. */
export function envelopeTail(signatures: readonly EnvelopeSignature[]): string {
  const sigs = signatures
    .map((s) => `{"keyid":${encodeString(s.keyid)},"method":${encodeString(s.method)},"sig":${encodeString(s.sig)}}`)
    .join(",");
  return `,"signatures":[${htmlEscape(sigs)}]}`;
}

/** Parses JSON text from an untrusted source into a plain value, refusing anything but an object. */
export function parseJsonObject(text: string, subject: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new MalformedMetadataError(`${subject} is not valid JSON`, { cause: err });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new MalformedMetadataError(`${subject} is not a JSON object`);
  }
  return value as JsonObject;
}
