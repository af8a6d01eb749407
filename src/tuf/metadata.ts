/**
 * Notary metadata models and their Go-exact wire form.
 *
 * Parsing keeps what Go keeps: `expires` as the original string, `keyids: null` and
 * `roles: null` as null, hashes as the base64 strings written. Unknown fields are dropped on
 * writing, exactly as Go's structs drop them: the server re-serialises what we upload through
 * those structs and hashes the result, so anything Go would not write breaks the repository.
 * Signatures are always checked over the canonical form of the parsed `signed` object, as notary's
 * verifier does: the file's own bytes of `signed` when they are that form (canonical-form.ts),
 * else the form written out again (the file may carry HTML escapes, or come from another writer).
 */
import {
  canonicalBytes,
  canonicalJson,
  canonicalMap,
  canonicalScalar,
  ENVELOPE_HEAD,
  envelopeJson,
  envelopeTail,
  type EnvelopeSignature,
  parseJsonObject,
  type JsonObject,
  type JsonValue,
} from "./canonical.js";
import { canonicalObjectEnd, COMMA, QUOTE } from "./canonical-form.js";
import { keyJson, type PublicKey } from "./keys.js";
import { isStandardBase64 } from "../codec/base64.js";
import { MalformedMetadataError } from "../errors.js";
import { parseGoTime } from "./time.js";

export type MetadataType = "Root" | "Targets" | "Snapshot" | "Timestamp";

export interface Signature {
  keyId: string;
  /** As written; compared lower-case (Go lower-cases it when parsing). */
  method: string;
  /** Standard base64 as written. */
  sig: string;
}

export interface FileMeta {
  length: number;
  /**
   * Algorithm → standard base64 digest, as written: own properties only (read them with hashOf).
   * A parsed file's entry keeps the object its JSON was parsed into: a role of 10,000 tags then
   * holds no copy of each entry's hashes.
   */
  hashes: Readonly<Record<string, string>>;
  custom?: JsonValue;
}

export interface RoleKeys {
  keyIds: string[] | null;
  threshold: number;
}

export interface DelegatedRole extends RoleKeys {
  name: string;
  paths: string[];
}

interface Common<T extends MetadataType> {
  type: T;
  /** The original string; `expiresAt` is its instant. */
  expires: string;
  version: number;
}

export interface RootSigned extends Common<"Root"> {
  consistentSnapshot: boolean;
  keys: Map<string, PublicKey>;
  roles: Map<string, RoleKeys>;
}

export interface TargetsSigned extends Common<"Targets"> {
  delegations: { keys: Map<string, PublicKey>; roles: DelegatedRole[] | null };
  targets: Map<string, FileMeta>;
}

export interface SnapshotSigned extends Common<"Snapshot"> {
  meta: Map<string, FileMeta>;
}

export interface TimestampSigned extends Common<"Timestamp"> {
  meta: Map<string, FileMeta>;
}

export type AnySigned = RootSigned | TargetsSigned | SnapshotSigned | TimestampSigned;
type SignedOf<T extends MetadataType> = Extract<AnySigned, { type: T }>;

export interface Envelope<S extends AnySigned = AnySigned> {
  signed: S;
  signatures: Signature[];
  /**
   * Canonical bytes of the parsed `signed` object: what signatures are verified over. Often a view
   * of `bytes` (canonical-form.ts): neither may be written to once parsed, or the bytes checked
   * would no longer be the ones `signed` was read from.
   */
  signedBytes: Uint8Array;
  /** The file bytes as received or written. */
  bytes: Uint8Array;
  /** `expires` as milliseconds since the epoch. */
  expiresAt: number;
}

/** An entry's hash for `alg`, from its own properties only; undefined when it has none. */
export function hashOf(meta: FileMeta, alg: string): string | undefined {
  return Object.hasOwn(meta.hashes, alg) ? meta.hashes[alg] : undefined;
}

/** The hashes of an entry whose JSON had `"hashes": null` (Go decodes it into a nil map). */
const NO_HASHES: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

// ---- parsing ---------------------------------------------------------------------------------

const at = (field: string, name: string, sub: string) => `${field}.${name}${sub}`;

class Reader {
  /**
   * Whether an entry read so far (fileMeta) would be written back other than as its JSON was: a
   * field Go's struct drops, or a null that Go keeps and we write otherwise (`hashes`) or drop
   * (`custom`).
   */
  entryRewritten = false;

  constructor(readonly subject: string) {}

  fail(what: string): never {
    throw new MalformedMetadataError(`${this.subject}: ${what}`);
  }
  object(v: JsonValue | undefined, field: string): JsonObject {
    if (v === null || typeof v !== "object" || Array.isArray(v)) this.fail(`${field} is not an object`);
    return v;
  }
  string(v: JsonValue | undefined, field: string): string {
    if (typeof v !== "string") this.fail(`${field} is not a string`);
    return v;
  }
  int(v: JsonValue | undefined, field: string): number {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) this.fail(`${field} is not an integer`);
    return v;
  }
  bool(v: JsonValue | undefined, field: string): boolean {
    if (typeof v !== "boolean") this.fail(`${field} is not a boolean`);
    return v;
  }
  strings(v: JsonValue | undefined, field: string): string[] {
    if (!Array.isArray(v)) this.fail(`${field} is not a list`);
    return v.map((x, i) => this.string(x, `${field}[${i}]`));
  }
  base64(v: JsonValue | undefined, field: string): string {
    const s = this.string(v, field);
    if (!isStandardBase64(s)) this.fail(`${field} is not standard base64`);
    return s;
  }
  map<T>(v: JsonValue | undefined, field: string, each: (x: JsonValue, key: string) => T): Map<string, T> {
    const out = new Map<string, T>();
    if (v === null) return out; // Go decodes null into a nil map
    const o = this.object(v, field);
    for (const k of Object.keys(o)) out.set(k, each(o[k]!, k));
    return out;
  }
  key(v: JsonValue, field: string): PublicKey {
    const o = this.object(v, field);
    const keyval = this.object(o.keyval, `${field}.keyval`);
    return {
      type: this.string(o.keytype, `${field}.keytype`),
      public: this.base64(keyval.public, `${field}.keyval.public`),
    };
  }
  /**
   * The entry `name` of the map `field` (`targets`, `meta`). A large role has tens of thousands of
   * entries: the names of their fields are built only for a message, when one is wrong.
   */
  fileMeta(v: JsonValue, field: string, name: string): FileMeta {
    if (v === null || typeof v !== "object" || Array.isArray(v)) this.fail(`${at(field, name, "")} is not an object`);
    const length = v.length;
    if (typeof length !== "number" || !Number.isSafeInteger(length))
      this.fail(`${at(field, name, ".length")} is not an integer`);
    const h = v.hashes;
    let hashes: Readonly<Record<string, string>> = NO_HASHES;
    if (h !== null) {
      if (h === undefined || typeof h !== "object" || Array.isArray(h))
        this.fail(`${at(field, name, ".hashes")} is not an object`);
      for (const alg of Object.keys(h)) {
        const x = h[alg];
        if (typeof x !== "string") this.fail(`${at(field, name, `.hashes.${alg}`)} is not a string`);
        if (!isStandardBase64(x)) this.fail(`${at(field, name, `.hashes.${alg}`)} is not standard base64`);
      }
      // Every value is a string now: the parsed object is kept as it is.
      hashes = h as Record<string, string>;
    }
    const meta: FileMeta = { length, hashes };
    let fields = 2;
    if (v.custom !== undefined && v.custom !== null) {
      meta.custom = v.custom;
      fields++;
    }
    if (!this.entryRewritten && (h === null || v.custom === null || Object.keys(v).length !== fields)) {
      this.entryRewritten = true;
    }
    return meta;
  }
  roleKeys(v: JsonValue, field: string): RoleKeys {
    const o = this.object(v, field);
    return {
      keyIds: o.keyids === null ? null : this.strings(o.keyids, `${field}.keyids`),
      threshold: this.int(o.threshold, `${field}.threshold`),
    };
  }
}

function parseSigned(r: Reader, o: JsonObject, expected: MetadataType): AnySigned {
  const type = r.string(o._type, "_type");
  if (type !== expected) r.fail(`expected type ${expected}, not ${type}`);
  const common = { expires: r.string(o.expires, "expires"), version: r.int(o.version, "version") };
  switch (expected) {
    case "Root":
      return {
        type: "Root",
        ...common,
        consistentSnapshot: r.bool(o.consistent_snapshot, "consistent_snapshot"),
        keys: r.map(o.keys, "keys", (k, id) => r.key(k, `keys.${id}`)),
        roles: r.map(o.roles, "roles", (x, name) => r.roleKeys(x, `roles.${name}`)),
      };
    case "Targets": {
      const d = o.delegations === undefined || o.delegations === null ? {} : r.object(o.delegations, "delegations");
      const roles =
        d.roles === null || d.roles === undefined
          ? d.roles === null
            ? null
            : []
          : (Array.isArray(d.roles) ? d.roles : r.fail("delegations.roles is not a list")).map((x, i) => {
              const f = `delegations.roles[${i}]`;
              const ro = r.object(x, f);
              return {
                ...r.roleKeys(x, f),
                name: r.string(ro.name, `${f}.name`),
                paths: ro.paths === undefined || ro.paths === null ? [] : r.strings(ro.paths, `${f}.paths`),
              };
            });
      return {
        type: "Targets",
        ...common,
        delegations: {
          keys: r.map(d.keys ?? {}, "delegations.keys", (k, id) => r.key(k, `delegations.keys.${id}`)),
          roles,
        },
        targets: r.map(o.targets, "targets", (x, name) => r.fileMeta(x, "targets", name)),
      };
    }
    case "Snapshot":
    case "Timestamp":
      return { type: expected, ...common, meta: r.map(o.meta, "meta", (x, name) => r.fileMeta(x, "meta", name)) };
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Parses a metadata file of the expected type; throws MalformedMetadataError naming `subject`. */
export function parseEnvelope<T extends MetadataType>(
  bytes: Uint8Array,
  expected: T,
  subject: string,
): Envelope<SignedOf<T>> {
  return parseWith(bytes, expected, subject, undefined);
}

/**
 * Parses a file this process has just written from `signedBytes`, the canonical form it signed,
 * taking those as the canonical bytes of `signed` instead of re-canonicalising a large role. Only
 * for a caller that then proves the file a fixed point of parse → serialise (tuf/sign.ts): the
 * canonical form of a parsed canonical text is that text, so the two then agree.
 */
export function parseWrittenEnvelope<T extends MetadataType>(
  bytes: Uint8Array,
  expected: T,
  subject: string,
  signedBytes: Uint8Array,
): Envelope<SignedOf<T>> {
  return parseWith(bytes, expected, subject, signedBytes);
}

function parseWith<T extends MetadataType>(
  bytes: Uint8Array,
  expected: T,
  subject: string,
  known: Uint8Array | undefined,
): Envelope<SignedOf<T>> {
  const r: Reader = new Reader(subject);
  const decode = (b: Uint8Array): string => {
    try {
      return decoder.decode(b);
    } catch {
      return r.fail("is not UTF-8");
    }
  };
  // Go's envelope holds the canonical bytes as they are: when they are there, they are what the
  // signatures are checked over, and `signed` is parsed from exactly those bytes.
  const split = known ? undefined : canonicalSplit(bytes, decode, subject);
  const file = split?.rest ?? parseJsonObject(decode(bytes), subject);
  const signedObj = split?.signed ?? r.object(file.signed, "signed");
  const sigList = Array.isArray(file.signatures) ? file.signatures : r.fail("signatures is not a list");
  const signatures = sigList.map((s, i): Signature => {
    const o = r.object(s, `signatures[${i}]`);
    return {
      keyId: r.string(o.keyid, `signatures[${i}].keyid`),
      method: r.string(o.method, `signatures[${i}].method`),
      sig: r.base64(o.sig, `signatures[${i}].sig`),
    };
  });
  const signed = parseSigned(r, signedObj, expected) as SignedOf<T>;
  if (signed.version < 1) r.fail(`version ${signed.version} is less than 1`);
  let expiresAt: number;
  try {
    expiresAt = parseGoTime(signed.expires);
  } catch (err) {
    throw new MalformedMetadataError(`${subject}: ${(err as Error).message}`);
  }
  let signedBytes: Uint8Array;
  try {
    signedBytes = known ?? split?.bytes ?? canonicalBytes(signedObj);
  } catch (err) {
    throw new MalformedMetadataError(`${subject}: ${(err as Error).message}`);
  }
  if (signed.type === "Targets" && !r.entryRewritten) entriesAsRead.set(signed as TargetsSigned, signedBytes);
  return { signed, signatures, signedBytes, bytes, expiresAt };
}

/** How every Go-written file starts: `{"signed":`. */
const ENVELOPE_START = new TextEncoder().encode(ENVELOPE_HEAD);

/**
 * Targets roles parsed from a file each of whose entries writes back (fileMetaCanonical) exactly as
 * the JSON it was read from, with the canonical bytes they were parsed from: the bytes of such a
 * role's entries are then the text canonicalSigned writes for them (targets-splice.ts).
 */
const entriesAsRead = new WeakMap<TargetsSigned, Uint8Array>();

/**
 * Whether every entry of `env.signed` writes back as it was read from `env.signedBytes`
 * (entriesAsRead). Parsed roles are not edited in place (role-edits.ts copies them); what this
 * cannot see, an entry added or removed in place, targets-splice.ts counts.
 */
export function entriesWriteBackAsRead(env: Envelope<TargetsSigned>): boolean {
  return entriesAsRead.get(env.signed) === env.signedBytes;
}

/**
 * A file of the form `{"signed":<canonical bytes>,<the rest>}` taken apart: the canonical bytes,
 * the object they parse to, and the rest of the envelope as an object of its own. Undefined when
 * the file has another form, or when the rest names `signed` again (JSON.parse, like Go, keeps the
 * last of two equal keys: that file is read whole, as before).
 */
function canonicalSplit(
  bytes: Uint8Array,
  decode: (b: Uint8Array) => string,
  subject: string,
): { bytes: Uint8Array; signed: JsonObject; rest: JsonObject } | undefined {
  const from = ENVELOPE_START.length;
  for (let k = 0; k < from; k++) if (bytes[k] !== ENVELOPE_START[k]) return undefined;
  const end = canonicalObjectEnd(bytes, from);
  if (end < 0 || bytes[end] !== COMMA || bytes[end + 1] !== QUOTE) return undefined;
  const rest = parseJsonObject(`{${decode(bytes.subarray(end + 1))}`, subject);
  if (Object.hasOwn(rest, "signed")) return undefined;
  const signedBytes = bytes.subarray(from, end);
  return { bytes: signedBytes, signed: parseJsonObject(decode(signedBytes), subject), rest };
}

// ---- writing ---------------------------------------------------------------------------------

function mapObject<T>(m: Map<string, T>, each: (v: T) => JsonValue): JsonObject {
  const o = Object.create(null) as JsonObject;
  for (const [k, v] of m) o[k] = each(v);
  return o;
}

function fileMetaJson(f: FileMeta): JsonObject {
  const o: JsonObject = { hashes: f.hashes, length: f.length };
  if (f.custom !== undefined) o.custom = f.custom;
  return o;
}

/** The `signed` object in Go's struct shape (every field present, `paths` omitted when empty). */
export function signedJson(s: AnySigned): JsonObject {
  const common = { _type: s.type, expires: s.expires, version: s.version };
  switch (s.type) {
    case "Root":
      return {
        ...common,
        consistent_snapshot: s.consistentSnapshot,
        keys: mapObject(s.keys, keyJson),
        roles: mapObject(s.roles, (r) => ({ keyids: r.keyIds, threshold: r.threshold })),
      };
    case "Targets":
      return {
        ...common,
        delegations: {
          keys: mapObject(s.delegations.keys, keyJson),
          roles:
            s.delegations.roles === null
              ? null
              : s.delegations.roles.map((r) => {
                  const o: JsonObject = { keyids: r.keyIds, name: r.name, threshold: r.threshold };
                  if (r.paths.length > 0) o.paths = r.paths;
                  return o;
                }),
        },
        targets: mapObject(s.targets, fileMetaJson),
      };
    case "Snapshot":
    case "Timestamp":
      return { ...common, meta: mapObject(s.meta, fileMetaJson) };
  }
}

/**
 * Canonical JSON of a `signed` object we build: canonicalJson(signedJson(s)), with a targets role's
 * entries written straight from its map (a large role is not first rebuilt as a JSON object graph).
 * `targets` sorts between `expires` and `version`, the last two keys of the object.
 */
export function canonicalSigned(s: AnySigned): string {
  if (s.type !== "Targets") return canonicalJson(signedJson(s));
  const { head, tail } = targetsShell(s);
  return `${head}${canonicalMap(s.targets, fileMetaCanonical)}${tail}`;
}

/**
 * The canonical text of a targets role around its entries: `head` ends with `"targets":` and
 * `tail` is `,"version":N}`; the `targets` object goes between them.
 */
export function targetsShell(s: TargetsSigned): { head: string; tail: string } {
  const shell = canonicalJson(signedJson({ ...s, targets: new Map() }));
  const tail = `,"version":${canonicalScalar(s.version)}}`;
  const empty = `"targets":{}${tail}`;
  if (!shell.endsWith(empty)) throw new MalformedMetadataError("targets metadata has an unexpected shape");
  return { head: `${shell.slice(0, -empty.length)}"targets":`, tail };
}

/** One member of a targets role's `targets` object as canonicalSigned writes it: `"name":{…}`. */
export function targetEntryCanonical(name: string, meta: FileMeta): string {
  return `${canonicalScalar(name)}:${fileMetaCanonical(meta)}`;
}

/** canonicalJson(fileMetaJson(f)): keys in order custom, hashes, length. */
function fileMetaCanonical(f: FileMeta): string {
  const custom = f.custom !== undefined ? `"custom":${canonicalJson(f.custom)},` : "";
  return `{${custom}"hashes":${canonicalJson(f.hashes)},"length":${canonicalScalar(f.length)}}`;
}

/** Canonical bytes of a `signed` object we build: what a signer signs. */
export function signingBytes(s: AnySigned): Uint8Array {
  return encoder.encode(canonicalSigned(s));
}

const encoder = new TextEncoder();

/**
 * The file bytes Go would write for this signed object and these signatures. `canonicalText`,
 * when the caller already has it (it signed those bytes), saves serialising a large role again.
 */
export function serialiseEnvelope(s: AnySigned, signatures: readonly Signature[], canonicalText?: string): Uint8Array {
  return encoder.encode(envelopeJson(canonicalText ?? canonicalSigned(s), signatures.map(wireSignature)));
}

/**
 * The file bytes serialiseEnvelope gives, for canonical bytes that hold none of the characters Go's
 * envelope escapes (targets-splice.ts): put in as they are, not decoded, escaped and encoded again.
 */
export function envelopeAround(signedBytes: Uint8Array, signatures: readonly Signature[]): Uint8Array {
  const head = encoder.encode(ENVELOPE_HEAD);
  const tail = encoder.encode(envelopeTail(signatures.map(wireSignature)));
  const bytes = new Uint8Array(head.length + signedBytes.length + tail.length);
  bytes.set(head, 0);
  bytes.set(signedBytes, head.length);
  bytes.set(tail, head.length + signedBytes.length);
  return bytes;
}

/** A signature as the file holds it: Go writes the method lower-cased. */
function wireSignature(g: Signature): EnvelopeSignature {
  return { keyid: g.keyId, method: g.method.toLowerCase(), sig: g.sig };
}
