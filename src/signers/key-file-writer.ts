/**
 * Writes private key files exactly as Docker and the notary CLI do (trustmanager/keystore.go,
 * tuf/utils/x509.go ConvertPrivateKeyToPKCS8): PEM `ENCRYPTED PRIVATE KEY` (or `PRIVATE KEY` with no
 * passphrase), headers `gun:` then `role:` (Go sorts them), a blank line, base64 in 64-character
 * lines. Store the result as `<keyId>.key` (mode 0600) in `~/.docker/trust/private/`.
 */
import { KeyObject } from "node:crypto";
import { UsageError } from "../errors.js";
import { EncodingError } from "../codec/der.js";
import { encryptPkcs8 } from "./pbes2.js";
import { encodePem } from "../codec/pem.js";
import type { LoadedPrivateKey } from "./key-file.js";
import { encodeNotaryPkcs8 } from "./pkcs8.js";
import { unsupportedKeyReason } from "./public-key.js";

export interface PrivateKeyFileOptions {
  /** `root`, `targets`, `snapshot`, `targets/<name>`, or a Docker signer name. */
  readonly role: string;
  /** Only for repository-scoped roles (targets, snapshot, timestamp); refused for others, as notary drops it. */
  readonly gun?: string;
  /** Encrypts the key when non-empty (PBES2, PBKDF2-SHA1 × 2048, AES-256-CBC). */
  readonly passphrase?: string;
}

const REPOSITORY_ROLES = new Set(["targets", "snapshot", "timestamp"]);

/** The text of a key file for a private ECDSA (P-256/384/521), RSA or Ed25519 key. */
export function encodePrivateKeyFile(source: KeyObject | LoadedPrivateKey, options: PrivateKeyFileOptions): string {
  const key = source instanceof KeyObject ? source : source.keyObject;
  if (key.type !== "private") throw new UsageError("a private key is required to write a key file");
  const reason = unsupportedKeyReason(key);
  if (reason) throw new UsageError(reason);
  const { role, gun, passphrase } = options;
  if (!role || /[\r\n]/.test(role)) throw new UsageError("key file role must be a non-empty single line");
  if (gun !== undefined && gun !== "") {
    if (!REPOSITORY_ROLES.has(role)) {
      throw new UsageError(`a ${role} key is not tied to a repository; write it without gun`);
    }
    if (/[\r\n]/.test(gun)) throw new UsageError("key file gun must be a single line");
  }
  const headers: Record<string, string> = { role, ...(gun ? { gun } : {}) };
  let plain: Buffer;
  try {
    plain = encodeNotaryPkcs8(key);
  } catch (err) {
    throw new UsageError(err instanceof EncodingError ? err.message : "cannot encode the key");
  }
  try {
    if (!passphrase) return encodePem({ type: "PRIVATE KEY", headers, bytes: plain });
    return encodePem({ type: "ENCRYPTED PRIVATE KEY", headers, bytes: encryptPkcs8(plain, passphrase) });
  } finally {
    plain.fill(0);
  }
}
