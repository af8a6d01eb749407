/**
 * Whether a `.sig` manifest holds a signature by one key for one image, with cosign's checks
 * (pkg/cosign/verify.go, verifiers.go SimpleClaimVerifier) and one more:
 * 1. the payload blob hashes to the layer's digest (the registry served what the manifest names);
 * 2. the layer's signature verifies over the payload bytes with the key;
 * 3. `critical.image.docker-manifest-digest` is the image digest;
 * 4. `critical.type` is cosign's, and `critical.identity.docker-reference` names the same
 *    repository (cosign ignores the reference; we fail closed on a signature copied from another
 *    repository, since our users pin one key to many repositories).
 * Every layer is judged; one passing layer is enough. Pure: the payloads are fetched by the caller.
 */
import type { KeyObject } from "node:crypto";
import type { SignatureLayer } from "./manifest.js";
import { sha256Digest } from "../sha256.js";
import { COSIGN_SIGNATURE_TYPE, PayloadError, parseSimpleSigningPayload, type SimpleSigningClaims } from "./payload.js";
import { verifyCosignSignature } from "./signature.js";

export type CosignReason =
  | "NO_SIGNATURES"
  | "NOT_SIMPLE_SIGNING"
  | "PAYLOAD_TAMPERED"
  | "WRONG_KEY"
  | "NOT_COSIGN_PAYLOAD"
  | "OTHER_REPOSITORY"
  | "OTHER_DIGEST";

export interface CosignExpectation {
  /** The image digest the signature must name. */
  digest: string;
  /** True when a payload's docker-reference names the image's repository. */
  sameRepository: (dockerReference: string) => boolean;
}

export interface LayerVerdict {
  index: number;
  ok: boolean;
  reason?: CosignReason;
  claims?: SimpleSigningClaims;
}

/** Judges one layer; `payload` is the blob as served, or undefined when the layer is not a simple-signing layer. */
export function checkLayer(
  index: number,
  layer: SignatureLayer,
  payload: Uint8Array | undefined,
  key: KeyObject,
  expected: CosignExpectation,
): LayerVerdict {
  if (!layer.simpleSigning || layer.signature === undefined || payload === undefined)
    return { index, ok: false, reason: "NOT_SIMPLE_SIGNING" };
  if (payload.byteLength !== layer.descriptor.size || sha256Digest(payload) !== layer.descriptor.digest)
    return { index, ok: false, reason: "PAYLOAD_TAMPERED" };
  if (!verifyCosignSignature(key, payload, layer.signature)) return { index, ok: false, reason: "WRONG_KEY" };
  let claims: SimpleSigningClaims;
  try {
    claims = parseSimpleSigningPayload(payload);
  } catch (err) {
    if (err instanceof PayloadError) return { index, ok: false, reason: "NOT_COSIGN_PAYLOAD" };
    throw err;
  }
  if (claims.manifestDigest !== expected.digest) return { index, ok: false, reason: "OTHER_DIGEST", claims };
  if (claims.type !== COSIGN_SIGNATURE_TYPE) return { index, ok: false, reason: "NOT_COSIGN_PAYLOAD", claims };
  if (!expected.sameRepository(claims.dockerReference)) return { index, ok: false, reason: "OTHER_REPOSITORY", claims };
  return { index, ok: true, claims };
}

/** Most telling first: a reason backed by a valid signature says more than one without. */
const PRECEDENCE: readonly CosignReason[] = [
  "OTHER_DIGEST",
  "OTHER_REPOSITORY",
  "NOT_COSIGN_PAYLOAD",
  "PAYLOAD_TAMPERED",
  "WRONG_KEY",
  "NOT_SIMPLE_SIGNING",
  "NO_SIGNATURES",
];

export interface CosignVerdict {
  ok: boolean;
  /** Layers whose signature passed every check. */
  passed: number;
  layers: number;
  /** Why nothing passed (the most telling reason among the layers). */
  reason?: CosignReason;
}

export function summarise(verdicts: readonly LayerVerdict[]): CosignVerdict {
  const passed = verdicts.filter((v) => v.ok).length;
  if (passed > 0) return { ok: true, passed, layers: verdicts.length };
  const reasons = new Set(verdicts.map((v) => v.reason!));
  const reason = PRECEDENCE.find((r) => reasons.has(r)) ?? "NO_SIGNATURES";
  return { ok: false, passed: 0, layers: verdicts.length, reason };
}
