/** Checking bytes against a FileMeta (length and every known hash), as notary's CheckHashes does. */
import { createHash, timingSafeEqual } from "node:crypto";
import { standardBase64ByteLength } from "../codec/base64.js";
import { HashMismatchError, MalformedMetadataError } from "../errors.js";
import { hashOf, type FileMeta } from "./metadata.js";

const SIZES: Record<string, number> = { sha256: 32, sha512: 64 };

/** A FileMeta must carry sha256, and every known hash must have its algorithm's length. */
export function checkHashStructure(meta: FileMeta | undefined, subject: string): FileMeta {
  if (!meta) throw new MalformedMetadataError(`${subject}: no entry`);
  if (hashOf(meta, "sha256") === undefined) throw new MalformedMetadataError(`${subject}: no sha256 hash`);
  return checkLengths(meta, subject);
}

/**
 * A target entry as Go reads it: any entry whose known hashes have their algorithm's length. Go
 * accepts a sha512-only entry (`notary addhash --sha512`); it lists with an empty digest and cannot
 * be pulled or verified by digest, but it must not make the rest of its role unreadable.
 */
export function checkTargetHashStructure(meta: FileMeta, subject: string): FileMeta {
  if (hashOf(meta, "sha256") === undefined && hashOf(meta, "sha512") === undefined)
    throw new MalformedMetadataError(`${subject}: no sha256 or sha512 hash`);
  return checkLengths(meta, subject);
}

/**
 * Every known hash has its algorithm's length, and the length is not negative. The hashes are
 * standard base64 (FileMeta): their length is counted, not decoded, for each of a role's entries.
 */
function checkLengths(meta: FileMeta, subject: string): FileMeta {
  for (const [alg, b64] of Object.entries(meta.hashes)) {
    const size = SIZES[alg];
    if (size !== undefined && standardBase64ByteLength(b64) !== size) {
      throw new MalformedMetadataError(`${subject}: ${alg} hash has the wrong length`);
    }
  }
  if (meta.length < 0) throw new MalformedMetadataError(`${subject}: negative length ${meta.length}`);
  return meta;
}

/** Throws unless `bytes` has the length and every sha256/sha512 hash `meta` names. */
export function checkFileMeta(bytes: Uint8Array, meta: FileMeta, subject: string): void {
  if (bytes.length !== meta.length) {
    throw new HashMismatchError(`${subject}: ${bytes.length} bytes where the signed length is ${meta.length}`);
  }
  let checked = 0;
  for (const [alg, b64] of Object.entries(meta.hashes)) {
    if (!(alg in SIZES)) continue;
    const want = Buffer.from(b64, "base64");
    const got = createHash(alg).update(bytes).digest();
    if (want.length !== got.length || !timingSafeEqual(want, got)) {
      throw new HashMismatchError(`${subject}: ${alg} does not match the signed hash`);
    }
    checked++;
  }
  if (checked === 0) throw new HashMismatchError(`${subject}: no sha256 or sha512 hash to check`);
}

/** Whether `bytes` has the length and every sha256/sha512 hash `meta` names (checkFileMeta, as a test). */
export function hasFileMeta(bytes: Uint8Array, meta: FileMeta): boolean {
  try {
    checkFileMeta(bytes, meta, "");
    return true;
  } catch {
    return false;
  }
}

export function sha256Base64(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64");
}

/** Hex sha256 named by a FileMeta (for `<role>.<hex>.json` URLs). */
export function sha256HexOf(meta: FileMeta): string {
  return hexOfBase64(hashOf(meta, "sha256"));
}

/** Hex of a hash as metadata writes it (standard base64); `""` for none. */
export function hexOfBase64(written: string | undefined): string {
  return Buffer.from(written ?? "", "base64").toString("hex");
}
