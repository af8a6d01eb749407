/**
 * Content digests as registries name manifests and blobs (OCI descriptors): `sha256:` and 64
 * lower-case hex digits, the only algorithm Docker Content Trust and cosign signatures use here.
 * Importable from every layer, like errors.ts. Making one from bytes is sha256.ts: this module
 * loads no crypto, so an entry point can read an image reference before Node's crypto is loaded.
 */

const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Whether text is a `sha256:<64 hex>` digest (upper-case hex is not: registries never write it). */
export function isSha256Digest(text: string): boolean {
  return SHA256_DIGEST.test(text);
}

/** The hex part of a `sha256:` digest (a target's hash in TUF metadata). */
export function digestHex(digest: string): string {
  return digest.startsWith("sha256:") ? digest.slice("sha256:".length) : digest;
}

/** `sha256:0123456789ab`: a digest shortened for messages and tables. */
export function shortDigest(digest: string): string {
  return digest.slice(0, "sha256:".length + 12);
}
