/**
 * Legacy OpenSSL PEM encryption (`Proc-Type: 4,ENCRYPTED` + `DEK-Info: AES-256-CBC,<iv hex>`), as
 * notary 0.1–0.3 wrote its `EC PRIVATE KEY` / `RSA PRIVATE KEY` / `ED25519 PRIVATE KEY` files and
 * Go's deprecated x509.DecryptPEMBlock reads them: key = EVP_BytesToKey(MD5, passphrase,
 * salt = first 8 bytes of the IV, 1 round), CBC with PKCS#7 padding.
 *
 * Done by hand because OpenSSL refuses the non-standard `role:` header notary adds to such blocks,
 * and because it lets a wrong passphrase be told apart from an unsupported file.
 */
import { createDecipheriv, createHash } from "node:crypto";
import { EncodingError } from "../codec/der.js";
import type { PemBlock } from "../codec/pem.js";
import { WrongPassphraseError } from "./pbes2.js";

const CIPHERS: Record<string, { name: string; keyLength: number; ivLength: number }> = {
  "AES-128-CBC": { name: "aes-128-cbc", keyLength: 16, ivLength: 16 },
  "AES-192-CBC": { name: "aes-192-cbc", keyLength: 24, ivLength: 16 },
  "AES-256-CBC": { name: "aes-256-cbc", keyLength: 32, ivLength: 16 },
  "DES-EDE3-CBC": { name: "des-ede3-cbc", keyLength: 24, ivLength: 8 },
};

/** True when the block carries `Proc-Type: 4,ENCRYPTED`. */
export function isLegacyEncrypted(block: PemBlock): boolean {
  return (block.headers["Proc-Type"] ?? "").replace(/\s/g, "") === "4,ENCRYPTED";
}

/** OpenSSL's EVP_BytesToKey with MD5 and one round. */
function bytesToKey(passphrase: string, salt: Buffer, length: number): Buffer {
  const parts: Buffer[] = [];
  let previous = Buffer.alloc(0);
  let total = 0;
  while (total < length) {
    previous = createHash("md5").update(previous).update(passphrase, "utf8").update(salt).digest();
    parts.push(previous);
    total += previous.length;
  }
  return Buffer.concat(parts).subarray(0, length);
}

/** Decrypts the body of a legacy encrypted block; throws WrongPassphraseError on bad padding. */
export function decryptLegacyPem(block: PemBlock, passphrase: string): Buffer {
  const dekInfo = block.headers["DEK-Info"] ?? "";
  const [name = "", ivHex = ""] = dekInfo.split(",").map((s) => s.trim());
  const cipher = CIPHERS[name.toUpperCase()];
  if (!cipher) throw new EncodingError(`unsupported PEM encryption ${name || "(no DEK-Info)"}`);
  if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== cipher.ivLength * 2) {
    throw new EncodingError("malformed DEK-Info IV");
  }
  if (block.bytes.length === 0 || block.bytes.length % cipher.ivLength !== 0) {
    throw new EncodingError("encrypted PEM body is not a whole number of cipher blocks");
  }
  const iv = Buffer.from(ivHex, "hex");
  const key = bytesToKey(passphrase, iv.subarray(0, 8), cipher.keyLength);
  try {
    const decipher = createDecipheriv(cipher.name, key, iv);
    return Buffer.concat([decipher.update(block.bytes), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    key.fill(0);
  }
}
