/**
 * cosign's simple-signing payload (cosign specs/SIGNATURE_SPEC.md "Simple Signing"; sigstore
 * pkg/signature/payload SimpleContainerImage) and the tag-based discovery scheme. Pure: bytes in,
 * bytes out.
 *
 * The payload is what is signed, byte for byte, so it is written exactly as Go's encoding/json
 * writes the struct cosign marshals: fields in declaration order, no spaces, `"optional":null`.
 */
import { isSha256Digest } from "../digest.js";
import { TrustError, type TrustErrorOptions } from "../errors.js";
import { goHtmlEscape } from "../text.js";

export const SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
export const SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
export const COSIGN_SIGNATURE_TYPE = "cosign container image signature";
/** Largest payload read back (cosign bounds payloads too; a simple-signing payload is a few hundred bytes). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

export interface SimpleSigningClaims {
  /** `critical.identity.docker-reference`: the repository the signer named. */
  dockerReference: string;
  /** `critical.image.docker-manifest-digest`. */
  manifestDigest: string;
  /** `critical.type`. */
  type: string;
}

/** `sha256:<hex>` → `sha256-<hex>.sig`, the tag cosign stores the signatures of that digest under. */
export function signatureTag(digest: string): string {
  if (!isSha256Digest(digest)) throw new TypeError(`not a sha256 digest: ${digest.slice(0, 80)}`);
  return `${digest.replace(":", "-")}.sig`;
}

/** The payload bytes cosign signs for `manifestDigest` in repository `dockerReference`. */
export function simpleSigningPayload(dockerReference: string, manifestDigest: string): Uint8Array {
  if (!isSha256Digest(manifestDigest)) throw new TypeError(`not a sha256 digest: ${manifestDigest.slice(0, 80)}`);
  const json = JSON.stringify({
    critical: {
      identity: { "docker-reference": dockerReference },
      image: { "docker-manifest-digest": manifestDigest },
      type: COSIGN_SIGNATURE_TYPE,
    },
    optional: null,
  });
  return new TextEncoder().encode(goHtmlEscape(json));
}

/** Bytes that are not a simple-signing payload. */
export class PayloadError extends TrustError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("COSIGN_NOT_COSIGN_PAYLOAD", message, options);
  }
}

/**
 * Reads the claims of a simple-signing payload as cosign does (Go's json.Unmarshal: field names
 * match case-insensitively, unknown fields are ignored). Throws PayloadError when it is not one.
 */
export function parseSimpleSigningPayload(bytes: Uint8Array): SimpleSigningClaims {
  if (bytes.byteLength > MAX_PAYLOAD_BYTES)
    throw new PayloadError(`payload is ${bytes.byteLength} bytes, more than ${MAX_PAYLOAD_BYTES}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new PayloadError("payload is not JSON");
  }
  const critical = field(parsed, "critical");
  const str = (v: unknown, what: string): string => {
    if (typeof v !== "string") throw new PayloadError(`payload has no string ${what}`);
    return v;
  };
  return {
    dockerReference: str(field(field(critical, "identity"), "docker-reference"), "critical.identity.docker-reference"),
    manifestDigest: str(
      field(field(critical, "image"), "docker-manifest-digest"),
      "critical.image.docker-manifest-digest",
    ),
    type: str(field(critical, "type"), "critical.type"),
  };
}

/** A member of an object, matched as Go matches struct fields: exact name first, then case-insensitively. */
function field(obj: unknown, name: string): unknown {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return undefined;
  const record = obj as Record<string, unknown>;
  if (Object.hasOwn(record, name)) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}
