/**
 * The PEM block of a private key file and its headers, read without decrypting anything: what a
 * run needs before its first requests (the `role:` header names the delegation to fetch), kept
 * apart from the key decoding so that the latter loads while those requests are in flight.
 */
import { UsageError } from "../errors.js";
import { looksLikeBase64 } from "../codec/base64.js";
import { EncodingError } from "../codec/der.js";
import { decodePemBlocks, type PemBlock } from "../codec/pem.js";

const PRIVATE_TYPES = new Set([
  "ENCRYPTED PRIVATE KEY",
  "PRIVATE KEY",
  "EC PRIVATE KEY",
  "RSA PRIVATE KEY",
  "ED25519 PRIVATE KEY",
]);
const PUBLIC_TYPES = new Set(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY", "TRUSTED CERTIFICATE"]);

/** How messages name the key: by its role when the file carries one. */
export function subjectOf(block: PemBlock): string {
  const role = block.headers["role"];
  return role ? `key file (role ${role})` : "key file";
}

export function pickBlock(text: string): PemBlock {
  let blocks: PemBlock[];
  try {
    blocks = decodePemBlocks(text);
  } catch (err) {
    throw new UsageError(`key file is malformed: ${err instanceof EncodingError ? err.message : "unreadable PEM"}`);
  }
  const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
  if (block) return block;
  const other = blocks.find((b) => b.type !== "EC PARAMETERS");
  if (!other)
    throw new UsageError("key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)", {
      ...notPemHint(text),
    });
  if (PUBLIC_TYPES.has(other.type)) {
    throw new UsageError(
      `key file holds a ${other.type.toLowerCase()}, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)`,
    );
  }
  throw new UsageError(
    `key file holds an unsupported PEM block ${other.type}; expected ENCRYPTED PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY`,
  );
}

/** The `role:` header of a key file, read without decrypting it; undefined when it has none. */
export function keyFileRole(text: string): string | undefined {
  return pickBlock(text).headers["role"] || undefined;
}

/**
 * What a secret that is not PEM most often is: the file base64-encoded (to keep it on one line),
 * or its line breaks written as the two characters \n. Said without repeating any of it.
 */
function notPemHint(text: string): { hint?: string } {
  const t = text.trim();
  if (/^-----BEGIN [^\n]*\\n/.test(t))
    return { hint: "its line breaks are the two characters \\n: store the file as it is, with real line breaks" };
  // A PEM pasted onto one line: its line breaks became spaces.
  if (/-----BEGIN [A-Z0-9 ]+-----[ \t]+\S/.test(t))
    return { hint: "its line breaks were replaced by spaces: store the file as it is, with its line breaks" };
  if (/-----END [A-Z0-9 ]+-----/.test(t) && !t.includes("-----BEGIN "))
    return { hint: "its -----BEGIN … line is missing: store the whole key file, first line included" };
  if (!t.includes("-----") && looksLikeBase64(t, 40))
    return { hint: "it looks base64-encoded: store the key file itself (its PEM text), not an encoding of it" };
  return {};
}
