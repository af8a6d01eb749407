/**
 * Forging Notary metadata for attack tests: re-sign a file after changing it, and "fix up the
 * hashes upstream" (a snapshot naming the forged role, a timestamp naming that snapshot, signed
 * with keys the test holds), then have the tampering proxy serve the forged files under every name
 * a client may ask for (`role.json`, `role.<sha256>.json`, `N.role.json`).
 */
import {
  parseEnvelope,
  serialiseEnvelope,
  type AnySigned,
  type MetadataType,
  type SnapshotSigned,
  type TimestampSigned,
} from "../../src/tuf/metadata.js";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import { keyIdOf } from "../../src/tuf/keys.js";
import { fileMeta, write, type TestKey } from "./repo-builder.js";
import type { OwnedRepo } from "./owned-repo.js";
import type { Proxy, ProxyRule } from "../stack/proxy.js";

type SignedOf<T extends MetadataType> = Extract<AnySigned, { type: T }>;

export function typeOfRole(role: string): MetadataType {
  if (role.startsWith("targets")) return "Targets";
  return (role[0]!.toUpperCase() + role.slice(1)) as MetadataType;
}

/** Parses `bytes`, lets `edit` change the signed part, and signs it anew with `keys`. */
export function resign<T extends MetadataType>(
  bytes: Uint8Array,
  type: T,
  keys: readonly TestKey[],
  edit: (s: SignedOf<T>) => void = () => {},
): Uint8Array {
  const env = parseEnvelope(bytes, type, "file to re-sign");
  edit(env.signed);
  return write(env.signed, ...keys);
}

/** Changes the signed part but keeps the old signatures (a tampered file). */
export function tamperKeepingSignatures<T extends MetadataType>(
  bytes: Uint8Array,
  type: T,
  edit: (s: SignedOf<T>) => void,
): Uint8Array {
  const env = parseEnvelope(bytes, type, "file to tamper");
  edit(env.signed);
  return serialiseEnvelope(env.signed, env.signatures);
}

export interface ForgeOptions {
  /** Edit the forged snapshot / timestamp (version, expiry) before signing. */
  snapshot?: (s: SnapshotSigned) => void;
  timestamp?: (s: TimestampSigned) => void;
  /** Start from these snapshot / timestamp bytes instead of the server's current ones. */
  baseSnapshot?: Uint8Array;
  baseTimestamp?: Uint8Array;
}

/**
 * A snapshot naming `files` (role → bytes; other roles as the base snapshot names them) and a
 * timestamp naming that snapshot, both signed with the repository's test keys. Returns every file
 * to serve: `files` plus `snapshot` and `timestamp`.
 */
export async function forgeUpstream(
  repo: OwnedRepo,
  files: ReadonlyMap<string, Uint8Array>,
  opts: ForgeOptions = {},
): Promise<Map<string, Uint8Array>> {
  const snapshot = parseEnvelope(opts.baseSnapshot ?? (await repo.fetch("snapshot")), "Snapshot", "snapshot").signed;
  for (const [role, bytes] of files)
    if (role !== "snapshot" && role !== "timestamp") snapshot.meta.set(role, fileMeta(bytes));
  opts.snapshot?.(snapshot);
  const snapshotBytes = files.get("snapshot") ?? write(snapshot, repo.keys.snapshot);
  const timestamp = parseEnvelope(
    opts.baseTimestamp ?? (await repo.fetch("timestamp")),
    "Timestamp",
    "timestamp",
  ).signed;
  timestamp.meta.set("snapshot", fileMeta(snapshotBytes));
  opts.timestamp?.(timestamp);
  const timestampBytes = files.get("timestamp") ?? write(timestamp, repo.keys.timestamp);
  return new Map([...files, ["snapshot", snapshotBytes], ["timestamp", timestampBytes]]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The path pattern of every URL naming `role` of `gun`: current, by hash, by version. */
export function rolePath(gun: string, role: string): RegExp {
  return new RegExp(`^/v2/${escape(gun)}/_trust/tuf/(?:\\d+\\.)?${escape(role)}(?:\\.[0-9a-f]{64,128})?\\.json$`);
}

/** Has the proxy answer every GET of each role with the given bytes; returns the rules. */
export function serveFiles(proxy: Proxy, gun: string, files: ReadonlyMap<string, Uint8Array>): ProxyRule[] {
  return [...files].map(([role, bytes]) =>
    proxy.on(
      { method: "GET", path: rolePath(gun, role) },
      { serve: { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: Buffer.from(bytes) } },
    ),
  );
}

/** The same private key listed under a second ID: as an `ecdsa-x509` certificate key. */
export function asCertificateKey(key: TestKey, commonName: string): TestKey {
  const cert = createRootCertificate({ gun: commonName, privateKey: key.privateKey });
  return {
    ...key,
    publicKey: cert.publicKey,
    keyId: keyIdOf(cert.publicKey),
    description: `${key.description} (certificate)`,
  };
}

/** Changes each signature's `method` (the signature bytes stay the same). */
export function withMethod(bytes: Uint8Array, type: MetadataType, method: string): Uint8Array {
  const env = parseEnvelope(bytes, type, "file to tamper");
  return serialiseEnvelope(
    env.signed,
    env.signatures.map((s) => ({ ...s, method })),
  );
}

/** Flips one bit in the first signature. */
export function flipSignature(bytes: Uint8Array, type: MetadataType): Uint8Array {
  const env = parseEnvelope(bytes, type, "file to tamper");
  const sig = Buffer.from(env.signatures[0]!.sig, "base64");
  sig[sig.length >> 1]! ^= 1;
  return serialiseEnvelope(env.signed, [
    { ...env.signatures[0]!, sig: sig.toString("base64") },
    ...env.signatures.slice(1),
  ]);
}
