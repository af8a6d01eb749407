/**
 * Builds Notary repositories in memory for unit tests: real keys, real signatures, Go-exact bytes.
 * Every piece can be tampered with before serialising, to test each rejection.
 */
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import { keyIdOf, type PublicKey, type SignatureMethod } from "../../src/tuf/keys.js";
import {
  serialiseEnvelope,
  signingBytes,
  type AnySigned,
  type FileMeta,
  type RootSigned,
  type Signature,
  type SnapshotSigned,
  type TargetsSigned,
  type TimestampSigned,
} from "../../src/tuf/metadata.js";
import { formatGoTime } from "../../src/tuf/time.js";
import { createHash } from "node:crypto";
import type { Signer } from "../../src/tuf/signer.js";

export interface TestKey extends Signer {
  privateKey: KeyObject;
}

export function ecdsaKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const pub: PublicKey = {
    type: "ecdsa",
    public: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  };
  return fromKey(privateKey, pub, "ecdsa");
}

export function ed25519Key(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
  return fromKey(privateKey, { type: "ed25519", public: raw.toString("base64") }, "eddsa");
}

export function rsaKey(bits = 2048): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  return fromKey(
    privateKey,
    { type: "rsa", public: publicKey.export({ type: "spki", format: "der" }).toString("base64") },
    "rsapss",
  );
}

/** An ECDSA root key with a notary-style certificate for `gun`. */
export function rootKey(gun: string, opts: { notBefore?: number; notAfter?: number } = {}): TestKey {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  // Valid from the tests' clock, never the machine's: a certificate made "now" is not yet valid at NOW.
  const cert = createRootCertificate({ gun, privateKey, notBefore: NOW - HOUR, ...opts });
  return fromKey(privateKey, cert.publicKey, "ecdsa");
}

function fromKey(privateKey: KeyObject, publicKey: PublicKey, method: SignatureMethod): TestKey {
  return {
    privateKey,
    publicKey,
    keyId: keyIdOf(publicKey),
    method,
    description: `test key ${method}`,
    async sign(message) {
      return signSync(privateKey, method, message);
    },
  };
}

export function signSync(privateKey: KeyObject, method: SignatureMethod, message: Uint8Array): Uint8Array {
  if (method === "ecdsa") return sign("sha256", message, { key: privateKey, dsaEncoding: "ieee-p1363" });
  if (method === "rsapss") return sign("sha256", message, { key: privateKey, padding: 6, saltLength: 32 });
  return sign(null, message, privateKey);
}

export function sigOf(key: TestKey, signed: AnySigned, method: string = key.method): Signature {
  return {
    keyId: key.keyId,
    method,
    sig: Buffer.from(signSync(key.privateKey, key.method, signingBytes(signed))).toString("base64"),
  };
}

export function write(signed: AnySigned, ...keys: TestKey[]): Uint8Array {
  return serialiseEnvelope(
    signed,
    keys.map((k) => sigOf(k, signed)),
  );
}

export function fileMeta(bytes: Uint8Array, algs: string[] = ["sha256", "sha512"]): FileMeta {
  return {
    length: bytes.length,
    hashes: Object.fromEntries(algs.map((a) => [a, createHash(a).update(bytes).digest("base64")])),
  };
}

const HOUR = 3600 * 1000;
const YEAR = 365 * 24 * HOUR;
/** The unit tests' clock. Every time, expiry and certificate in a unit test derives from it. */
export const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
export const expires = (offsetMs = 3 * YEAR) => formatGoTime(NOW + offsetMs);

export interface TestRepo {
  gun: string;
  keys: { root: TestKey; targets: TestKey; snapshot: TestKey; timestamp: TestKey };
  root: RootSigned;
  targets: TargetsSigned;
  delegations: Map<string, { signed: TargetsSigned; keys: TestKey[] }>;
  snapshot: SnapshotSigned;
  timestamp: TimestampSigned;
}

export function rootSigned(keys: TestRepo["keys"], version = 1): RootSigned {
  const roles = new Map(
    (["root", "targets", "snapshot", "timestamp"] as const).map((r) => [r, { keyIds: [keys[r].keyId], threshold: 1 }]),
  );
  return {
    type: "Root",
    consistentSnapshot: false,
    expires: expires(10 * YEAR),
    keys: new Map(Object.values(keys).map((k) => [k.keyId, k.publicKey])),
    roles,
    version,
  };
}

export function emptyTargets(version = 1): TargetsSigned {
  return {
    type: "Targets",
    delegations: { keys: new Map(), roles: [] },
    expires: expires(),
    targets: new Map(),
    version,
  };
}

/** A Docker-style repository: `targets/releases` and `targets/alice` delegated to one key. */
export function dockerRepo(gun = "registry.test/app"): TestRepo & { alice: TestKey } {
  const keys = { root: rootKey(gun), targets: ecdsaKey(), snapshot: ed25519Key(), timestamp: ed25519Key() };
  const alice = ecdsaKey();
  const targets = emptyTargets(2);
  targets.delegations.keys.set(alice.keyId, alice.publicKey);
  for (const name of ["targets/alice", "targets/releases"]) {
    targets.delegations.roles!.push({ name, keyIds: [alice.keyId], threshold: 1, paths: [""] });
  }
  const digest = createHash("sha256").update("manifest").digest("base64");
  const release = emptyTargets(1);
  release.targets.set("v1", { length: 8, hashes: { sha256: digest } });
  const delegations = new Map([
    ["targets/releases", { signed: release, keys: [alice] }],
    ["targets/alice", { signed: structuredCloneTargets(release), keys: [alice] }],
  ]);
  const repo: TestRepo & { alice: TestKey } = {
    gun,
    keys,
    alice,
    root: rootSigned(keys),
    targets,
    delegations,
    snapshot: { type: "Snapshot", expires: expires(), meta: new Map(), version: 1 },
    timestamp: { type: "Timestamp", expires: expires(14 * 24 * 3600 * 1000), meta: new Map(), version: 1 },
  };
  return repo;
}

export function structuredCloneTargets(t: TargetsSigned): TargetsSigned {
  return {
    ...t,
    delegations: {
      keys: new Map(t.delegations.keys),
      roles: t.delegations.roles?.map((r) => ({ ...r, paths: [...r.paths] })) ?? null,
    },
    targets: new Map([...t.targets].map(([k, v]) => [k, { ...v, hashes: { ...v.hashes } }])),
  };
}

export interface RepoFiles {
  root: Uint8Array;
  targets: Uint8Array;
  snapshot: Uint8Array;
  timestamp: Uint8Array;
  delegations: Map<string, Uint8Array>;
}

/** Serialises everything, filling snapshot and timestamp meta from the bytes (as a server does). */
export function writeRepo(repo: TestRepo): RepoFiles {
  const root = write(repo.root, repo.keys.root);
  const targets = write(repo.targets, repo.keys.targets);
  const delegations = new Map([...repo.delegations].map(([name, d]) => [name, write(d.signed, ...d.keys)]));
  repo.snapshot.meta.set("root", fileMeta(root));
  repo.snapshot.meta.set("targets", fileMeta(targets));
  for (const [name, bytes] of delegations) repo.snapshot.meta.set(name, fileMeta(bytes));
  const snapshot = write(repo.snapshot, repo.keys.snapshot);
  repo.timestamp.meta.set("snapshot", fileMeta(snapshot));
  const timestamp = write(repo.timestamp, repo.keys.timestamp);
  return { root, targets, snapshot, timestamp, delegations };
}
