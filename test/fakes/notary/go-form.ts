/**
 * The fake server's own view of Notary JSON, written apart from src/tuf on purpose: a check made
 * with the code under test cannot catch that code's mistakes. What it models (notary
 * tuf/data/*.go structs, docker/go canonical/json): Go's canonical form (keys sorted by UTF-8
 * bytes, only `"` and `\` escaped, no spaces, integers only) and the re-serialisation a Go server
 * applies to a file it parsed (unknown fields dropped, every struct field present, `paths` and
 * `custom` left out when empty, `method` lower-cased, base64 re-encoded, times in RFC 3339 with
 * trailing zeros of the fraction cut and a zero offset written `Z`). The server-managed snapshot
 * hashes that re-serialisation, not the bytes uploaded.
 */
import { Buffer } from "node:buffer";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A value Go's decoder would refuse for the struct field it is read into. */
export class GoDecodeError extends Error {}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));

export function goCanonical(v: Json): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new GoDecodeError(`canonical JSON holds integers only, not ${v}`);
    return String(v);
  }
  if (typeof v === "string") return `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  if (Array.isArray(v)) return `[${v.map(goCanonical).join(",")}]`;
  return `{${Object.keys(v)
    .sort(byUtf8)
    .map((k) => `${goCanonical(k)}:${goCanonical(v[k]!)}`)
    .join(",")}}`;
}

/** encoding/json's HTML escaping of a compacted RawMessage. */
export function htmlEscape(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const asObject = (v: Json | undefined, what: string): JsonObject => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new GoDecodeError(`${what} is not an object`);
  return v;
};
const asString = (v: Json | undefined, what: string): string => {
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw new GoDecodeError(`${what} is not a string`);
  return v;
};
const asInt = (v: Json | undefined, what: string): number => {
  if (v === undefined || v === null) return 0;
  if (typeof v !== "number" || !Number.isInteger(v)) throw new GoDecodeError(`${what} is not an integer`);
  return v;
};
/** []byte: standard base64 in, standard base64 out (Go re-encodes what it decoded). */
const asBytes = (v: Json | undefined, what: string): Json => {
  if (v === undefined || v === null) return null;
  if (typeof v !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0)
    throw new GoDecodeError(`${what} is not base64`);
  return Buffer.from(v, "base64").toString("base64");
};
const mapOf = (v: Json | undefined, what: string, each: (x: Json, key: string) => Json): Json => {
  if (v === undefined || v === null) return null;
  const o = asObject(v, what);
  const out: JsonObject = {};
  for (const k of Object.keys(o)) out[k] = each(o[k]!, k);
  return out;
};
const stringsOf = (v: Json | undefined, what: string): Json => {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) throw new GoDecodeError(`${what} is not a list`);
  return v.map((x) => asString(x, what));
};

const GO_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** time.Time through UnmarshalJSON and MarshalJSON (RFC 3339 with nanoseconds). */
export function goTime(v: Json | undefined, what = "expires"): string {
  const m = typeof v === "string" ? GO_TIME.exec(v) : null;
  if (!m) throw new GoDecodeError(`${what} is not an RFC 3339 time`);
  const fraction = (m[2] ?? "").slice(0, 9).replace(/0+$/, "");
  const zone = m[3] === "+00:00" || m[3] === "-00:00" ? "Z" : m[3]!;
  return `${m[1]}${fraction ? `.${fraction}` : ""}${zone}`;
}

/** Instant of a Go time string, in milliseconds. */
export function goTimeMs(text: string): number {
  return Date.parse(goTime(text));
}

const key = (v: Json, what: string): Json => {
  const o = asObject(v, what);
  const keyval = o.keyval === undefined || o.keyval === null ? {} : asObject(o.keyval, `${what}.keyval`);
  return {
    keytype: asString(o.keytype, `${what}.keytype`),
    keyval: { private: asBytes(keyval.private, "private"), public: asBytes(keyval.public, `${what}.public`) },
  };
};
const fileMeta = (v: Json, what: string): Json => {
  const o = asObject(v, what);
  const out: JsonObject = {
    hashes: mapOf(o.hashes, `${what}.hashes`, (h) => asBytes(h, `${what}.hashes`)),
    length: asInt(o.length, `${what}.length`),
  };
  if (o.custom !== undefined && o.custom !== null) out.custom = o.custom;
  return out;
};
const roleKeys = (v: Json, what: string): JsonObject => {
  const o = asObject(v, what);
  return { keyids: stringsOf(o.keyids, `${what}.keyids`), threshold: asInt(o.threshold, `${what}.threshold`) };
};

/** The `signed` object as Go's struct for its `_type` holds it. */
export function goSigned(signed: Json | undefined): JsonObject {
  const o = asObject(signed, "signed");
  const type = asString(o._type, "_type");
  const common: JsonObject = { _type: type, expires: goTime(o.expires), version: asInt(o.version, "version") };
  switch (type) {
    case "Root":
      if (o.consistent_snapshot !== undefined && typeof o.consistent_snapshot !== "boolean")
        throw new GoDecodeError("consistent_snapshot is not a boolean");
      return {
        ...common,
        consistent_snapshot: o.consistent_snapshot ?? false,
        keys: mapOf(o.keys, "keys", (k, id) => key(k, `keys.${id}`)),
        roles: mapOf(o.roles, "roles", (r, name) => (r === null ? null : roleKeys(r, `roles.${name}`))),
      };
    case "Targets": {
      const d = o.delegations === undefined || o.delegations === null ? {} : asObject(o.delegations, "delegations");
      const roles = d.roles === undefined || d.roles === null ? null : Array.isArray(d.roles) ? d.roles : null;
      if (d.roles !== undefined && d.roles !== null && !Array.isArray(d.roles))
        throw new GoDecodeError("delegations.roles is not a list");
      return {
        ...common,
        delegations: {
          keys: mapOf(d.keys, "delegations.keys", (k, id) => key(k, `delegations.keys.${id}`)),
          roles:
            roles?.map((r, i) => {
              const ro = asObject(r, `delegations.roles[${i}]`);
              const out: JsonObject = { ...roleKeys(r, `delegations.roles[${i}]`), name: asString(ro.name, "name") };
              const paths = stringsOf(ro.paths, "paths");
              if (Array.isArray(paths) && paths.length > 0) out.paths = paths;
              return out;
            }) ?? null,
        },
        targets: mapOf(o.targets, "targets", (t, name) => fileMeta(t, `targets.${name}`)),
      };
    }
    case "Snapshot":
    case "Timestamp":
      return { ...common, meta: mapOf(o.meta, "meta", (m, name) => fileMeta(m, `meta.${name}`)) };
    default:
      throw new GoDecodeError(`unknown _type ${JSON.stringify(type)}`);
  }
}

export interface GoSignature {
  keyid: string;
  method: string;
  sig: string;
}

export interface ParsedFile {
  signed: JsonObject;
  signatures: GoSignature[];
}

/** Parses a metadata file as Go's `data.Signed`; throws GoDecodeError for what Go's decoder refuses. */
export function parseFile(bytes: Uint8Array): ParsedFile {
  let parsed: Json;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString("utf8")) as Json;
  } catch (err) {
    throw new GoDecodeError(`not JSON: ${(err as Error).message}`);
  }
  const o = asObject(parsed, "file");
  const signed = asObject(o.signed, "signed");
  const sigs = o.signatures === undefined || o.signatures === null ? [] : o.signatures;
  if (!Array.isArray(sigs)) throw new GoDecodeError("signatures is not a list");
  const signatures = sigs.map((s, i) => {
    const so = asObject(s, `signatures[${i}]`);
    return {
      keyid: asString(so.keyid, "keyid"),
      method: asString(so.method, "method").toLowerCase(),
      sig: asBytes(so.sig, "sig") as string,
    };
  });
  return { signed, signatures };
}

/** The bytes a Go server writes for a file it parsed: `json.Marshal(data.Signed{...})`. */
export function goReserialise(file: ParsedFile): Buffer {
  return envelope(goSigned(file.signed), file.signatures);
}

export function envelope(signed: JsonObject, signatures: readonly GoSignature[]): Buffer {
  const sigs = signatures.map(
    (s) =>
      `{"keyid":${JSON.stringify(s.keyid)},"method":${JSON.stringify(s.method)},"sig":${JSON.stringify(s.sig ?? "")}}`,
  );
  return Buffer.from(`{"signed":${htmlEscape(goCanonical(signed))},"signatures":[${sigs.join(",")}]}`, "utf8");
}
