/**
 * Signature schemes as cosign verifies a signature made with a key (sigstore
 * pkg/signature.LoadVerifier with SHA-256, which cosign uses for `--key`):
 * - ECDSA (any curve): SHA-256 of the payload, ASN.1 DER `SEQUENCE { r, s }`;
 * - RSA: RSASSA-PKCS1-v1_5 with SHA-256 (not PSS, which Notary uses);
 * - Ed25519: pure Ed25519 over the payload.
 * The signature travels as standard base64 (Go's decoder skips CR and LF, so do we).
 */
import { verify, type KeyObject } from "node:crypto";
import { isStandardBase64 } from "../codec/base64.js";

/** Larger than any signature of the schemes above (RSA-4096 is 512 bytes, base64 684 characters). */
const MAX_SIGNATURE_CHARS = 4096;

/** Strict standard base64 as Go's base64.StdEncoding decodes it; undefined when it is not. */
export function decodeSignature(text: string): Uint8Array | undefined {
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length === 0 || compact.length > MAX_SIGNATURE_CHARS || !isStandardBase64(compact)) return undefined;
  return new Uint8Array(Buffer.from(compact, "base64"));
}

/** True when `signatureBase64` is a signature of `payload` by `key` under cosign's rules. */
export function verifyCosignSignature(key: KeyObject, payload: Uint8Array, signatureBase64: string): boolean {
  const signature = decodeSignature(signatureBase64);
  if (!signature) return false;
  try {
    switch (key.asymmetricKeyType) {
      case "ec":
        return verify("sha256", payload, { key, dsaEncoding: "der" }, signature);
      case "rsa":
        return verify("sha256", payload, key, signature);
      case "ed25519":
        return verify(null, payload, key, signature);
      default:
        return false;
    }
  } catch {
    return false;
  }
}

/** A raw ECDSA signature r‖s (as Notary signers produce it) in the ASN.1 DER form cosign verifies. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0 || raw.length > 264)
    throw new RangeError(`raw ECDSA signature of ${raw.length} bytes`);
  const half = raw.length / 2;
  const integer = (bytes: Uint8Array): number[] => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    const body = [...bytes.subarray(i)];
    if (body[0]! & 0x80) body.unshift(0);
    return [0x02, ...length(body.length), ...body];
  };
  const content = [...integer(raw.subarray(0, half)), ...integer(raw.subarray(half))];
  return new Uint8Array([0x30, ...length(content.length), ...content]);
}

function length(n: number): number[] {
  return n < 0x80 ? [n] : [0x81, n];
}
