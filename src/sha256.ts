/**
 * The sha256 of bytes, as hex and as the `sha256:<hex>` digest a registry names them by
 * (digest.ts). Importable from every layer, like errors.ts.
 */
import { createHash } from "node:crypto";

/** The hex sha256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The `sha256:<hex>` digest of bytes, as a registry names them. */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${sha256Hex(bytes)}`;
}
