/**
 * Threshold signature checks (tuf/signed/verify.go), with two hardenings over a key-ID count:
 * a key counts once however many IDs or key types list it (distinct public keys, identified by
 * their canonical key ID), and a signature counts only when its method fits the key type.
 */
import { ThresholdError, MalformedMetadataError } from "../errors.js";
import { canonicalKeyIdOf, keyIdOf, verifySignature, type PublicKey } from "./keys.js";
import type { Envelope } from "./metadata.js";

export interface ThresholdRole {
  /** Role name for messages: `root`, `targets/releases`. */
  name: string;
  /** The keys the role lists, by the ID its parent uses for them. */
  keys: Map<string, PublicKey>;
  threshold: number;
}

export interface ThresholdResult {
  /** Key IDs (as listed by the role) whose signatures verified. */
  validKeyIds: string[];
}

/** Counts valid signatures over `env.signedBytes` by distinct keys; throws below the threshold. */
export function checkThreshold(env: Envelope, role: ThresholdRole): ThresholdResult {
  if (role.threshold < 1) throw new MalformedMetadataError(`${role.name}: threshold ${role.threshold} is less than 1`);
  if (env.signatures.length === 0) throw new ThresholdError(`${role.name}: no signatures`);
  const seenKeys = new Set<string>();
  const validKeyIds: string[] = [];
  for (const sig of env.signatures) {
    const key = role.keys.get(sig.keyId);
    if (!key) continue;
    // notary treats a key listed under an ID that is not its own as a hard error.
    if (keyIdOf(key) !== sig.keyId) {
      throw new MalformedMetadataError(`${role.name}: key listed as ${sig.keyId} has a different key ID`);
    }
    let identity: string;
    try {
      identity = canonicalKeyIdOf(key);
    } catch {
      continue;
    }
    if (seenKeys.has(identity)) continue;
    if (!verifySignature(key, sig.method, env.signedBytes, Buffer.from(sig.sig, "base64"))) continue;
    seenKeys.add(identity);
    validKeyIds.push(sig.keyId);
  }
  if (seenKeys.size < role.threshold) {
    throw new ThresholdError(
      `${role.name}: ${seenKeys.size} of ${role.threshold} required signatures valid (${env.signatures.length} present)`,
    );
  }
  return { validKeyIds };
}

/** The keys of `keyIds` from `keys`; a listed ID without a key is malformed metadata. */
export function pickKeys(
  keys: Map<string, PublicKey>,
  keyIds: readonly string[] | null,
  subject: string,
): Map<string, PublicKey> {
  const out = new Map<string, PublicKey>();
  for (const id of keyIds ?? []) {
    const key = keys.get(id);
    if (!key) throw new MalformedMetadataError(`${subject}: key ID ${id} is listed without a key`);
    out.set(id, key);
  }
  return out;
}
