/**
 * Encrypted PKCS#8 (`EncryptedPrivateKeyInfo`, RFC 5958 / PKCS#5 v2.1 PBES2) as notary writes it
 * (tuf/utils/pkcs8.go): PBKDF2 with an 8-byte salt, 2048 iterations and the PRF left out (so
 * HMAC-SHA1), then AES-256-CBC with a 16-byte IV and PKCS#7 padding.
 *
 * Decryption is done here rather than by OpenSSL because notary's ed25519 keys use a private-key
 * layout OpenSSL refuses to load even to decrypt it. Other PBKDF2 PRFs and AES key sizes are read
 * too; anything else (PBES1, scrypt) is reported as `unsupported` so the caller can hand the
 * DER to OpenSSL instead.
 */
import { createCipheriv, createDecipheriv, pbkdf2, pbkdf2Sync, randomBytes } from "node:crypto";
import { UsageError, type TrustErrorOptions } from "../errors.js";
import {
  EncodingError,
  TAG,
  type DerNode,
  childAt,
  childrenOf,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
  oidToString,
  readSmallInteger,
  readWhole,
} from "../codec/der.js";

const OID_PBES2 = "1.2.840.113549.1.5.13";
const OID_PBKDF2 = "1.2.840.113549.1.5.12";
const PRFS: Record<string, string> = {
  "1.2.840.113549.2.7": "sha1",
  "1.2.840.113549.2.8": "sha224",
  "1.2.840.113549.2.9": "sha256",
  "1.2.840.113549.2.10": "sha384",
  "1.2.840.113549.2.11": "sha512",
};
const CIPHERS: Record<string, { name: string; keyLength: number }> = {
  "2.16.840.1.101.3.4.1.2": { name: "aes-128-cbc", keyLength: 16 },
  "2.16.840.1.101.3.4.1.22": { name: "aes-192-cbc", keyLength: 24 },
  "2.16.840.1.101.3.4.1.42": { name: "aes-256-cbc", keyLength: 32 },
};
const OID_AES256_CBC = "2.16.840.1.101.3.4.1.42";

/** More PBKDF2 rounds than this are refused: a key file should not be able to stall a CI job. */
const MAX_ITERATIONS = 10_000_000;

/** The passphrase did not decrypt the key (bad padding or no PKCS#8 structure inside). */
export class WrongPassphraseError extends UsageError {
  constructor(subject = "the key", options: TrustErrorOptions = {}) {
    super(`wrong passphrase for ${subject}`, { code: "WRONG_PASSPHRASE", ...options });
  }
}

interface Pbes2Parameters {
  readonly salt: Buffer;
  readonly iterations: number;
  readonly prf: string;
  readonly cipher: string;
  readonly keyLength: number;
  readonly iv: Buffer;
}

/** PBES2 parameters, or undefined when the scheme is not PBES2 + PBKDF2 + AES-CBC. */
function readPbes2(algorithm: readonly DerNode[]): Pbes2Parameters | undefined {
  const oid = oidToString(childAt(algorithm, 0, TAG.oid, "encryption algorithm").content);
  if (oid !== OID_PBES2) return undefined;
  const params = childrenOf(childAt(algorithm, 1, TAG.sequence, "PBES2 parameters"));
  const kdf = childrenOf(childAt(params, 0, TAG.sequence, "PBES2 key derivation function"));
  const scheme = childrenOf(childAt(params, 1, TAG.sequence, "PBES2 encryption scheme"));
  if (oidToString(childAt(kdf, 0, TAG.oid, "key derivation OID").content) !== OID_PBKDF2) return undefined;
  const cipher = CIPHERS[oidToString(childAt(scheme, 0, TAG.oid, "cipher OID").content)];
  if (!cipher) return undefined;
  const iv = childAt(scheme, 1, TAG.octetString, "cipher IV").content;
  if (iv.length !== 16) throw new EncodingError("AES-CBC IV is not 16 bytes");

  const pbkdf2 = childrenOf(childAt(kdf, 1, TAG.sequence, "PBKDF2 parameters"));
  const salt = childAt(pbkdf2, 0, TAG.octetString, "PBKDF2 salt").content;
  const iterations = readSmallInteger(childAt(pbkdf2, 1, TAG.integer, "PBKDF2 iteration count"), "iteration count");
  if (iterations < 1 || iterations > MAX_ITERATIONS)
    throw new EncodingError(`PBKDF2 iteration count ${iterations} is out of range`);
  let next = 2;
  const keyLengthNode = pbkdf2[next];
  if (keyLengthNode?.tag === TAG.integer) {
    if (readSmallInteger(keyLengthNode, "PBKDF2 key length") !== cipher.keyLength) {
      throw new EncodingError("PBKDF2 key length does not match the cipher");
    }
    next++;
  }
  let prf = "sha1";
  if (pbkdf2[next]) {
    const prfAlgorithm = childrenOf(childAt(pbkdf2, next, TAG.sequence, "PBKDF2 PRF"));
    const found = PRFS[oidToString(childAt(prfAlgorithm, 0, TAG.oid, "PRF OID").content)];
    if (!found) return undefined;
    prf = found;
  }
  return { salt, iterations, prf, cipher: cipher.name, keyLength: cipher.keyLength, iv };
}

/**
 * Decrypts an `EncryptedPrivateKeyInfo` to the DER `PrivateKeyInfo` inside it. Returns undefined
 * when the encryption scheme is not one this module reads. Throws WrongPassphraseError when the
 * result is not a well-formed structure (as notary does: it cannot tell a wrong passphrase apart
 * from damaged data).
 */
export function decryptPkcs8(der: Buffer, passphrase: string): Buffer | undefined {
  const encrypted = readEncrypted(der);
  if (!encrypted) return undefined;
  const { params } = encrypted;
  return decryptWith(encrypted, pbkdf2Sync(passphrase, params.salt, params.iterations, params.keyLength, params.prf));
}

/**
 * decryptPkcs8 with the key derivation (PBKDF2, most of the work) on libuv's thread pool, so that
 * the caller's requests go on while it runs. Same results and errors.
 */
export async function decryptPkcs8Async(der: Buffer, passphrase: string): Promise<Buffer | undefined> {
  const encrypted = readEncrypted(der);
  if (!encrypted) return undefined;
  const { params } = encrypted;
  const key = await new Promise<Buffer>((resolve, reject) =>
    pbkdf2(passphrase, params.salt, params.iterations, params.keyLength, params.prf, (err, derived) =>
      err ? reject(err) : resolve(derived),
    ),
  );
  return decryptWith(encrypted, key);
}

interface Encrypted {
  readonly params: Pbes2Parameters;
  readonly ciphertext: Buffer;
}

/** The parameters and ciphertext of a PBES2 key; undefined for a scheme this module does not read. */
function readEncrypted(der: Buffer): Encrypted | undefined {
  const outer = childrenOf(readWhole(der, TAG.sequence));
  const algorithm = childrenOf(childAt(outer, 0, TAG.sequence, "encryption algorithm"));
  const ciphertext = childAt(outer, 1, TAG.octetString, "encrypted data").content;
  const params = readPbes2(algorithm);
  if (!params) return undefined;
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
    throw new EncodingError("encrypted data is not a whole number of AES blocks");
  return { params, ciphertext };
}

/** AES-CBC decryption with the derived `key` (wiped afterwards), and the checks of the result. */
function decryptWith({ params, ciphertext }: Encrypted, key: Buffer): Buffer {
  const decipher = createDecipheriv(params.cipher, key, params.iv).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  key.fill(0);
  // A wrong passphrase shows as bad PKCS#7 padding or, rarely, as a plaintext that is not one
  // DER SEQUENCE starting with a version INTEGER. (Go's pkcs8.go only tries the ASN.1 parse.)
  const pad = padded[padded.length - 1]!;
  const validPadding = pad >= 1 && pad <= 16 && padded.subarray(padded.length - pad).every((b) => b === pad);
  try {
    if (!validPadding) throw new WrongPassphraseError();
    const plain = padded.subarray(0, padded.length - pad);
    childAt(childrenOf(readWhole(plain, TAG.sequence)), 0, TAG.integer, "version");
    return Buffer.from(plain);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    padded.fill(0);
  }
}

/** Test hook: fixed salt and IV (production callers leave them out). */
export interface EncryptPkcs8Options {
  readonly salt?: Uint8Array;
  readonly iv?: Uint8Array;
}

/**
 * Encrypts a DER `PrivateKeyInfo` exactly as notary does: PBES2, PBKDF2 (8-byte salt, 2048
 * iterations, PRF omitted = HMAC-SHA1), AES-256-CBC (16-byte IV), PKCS#7 padding.
 */
export function encryptPkcs8(plain: Uint8Array, passphrase: string, options: EncryptPkcs8Options = {}): Buffer {
  const salt = Buffer.from(options.salt ?? randomBytes(8));
  const iv = Buffer.from(options.iv ?? randomBytes(16));
  if (salt.length !== 8 || iv.length !== 16) throw new EncodingError("salt must be 8 bytes and IV 16 bytes");
  const iterations = 2048;
  const key = pbkdf2Sync(passphrase, salt, iterations, 32, "sha1");
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  key.fill(0);
  return derSequence(
    derSequence(
      derOid(OID_PBES2),
      derSequence(
        derSequence(derOid(OID_PBKDF2), derSequence(derOctetString(salt), derInteger(iterations))),
        derSequence(derOid(OID_AES256_CBC), derOctetString(iv)),
      ),
    ),
    derOctetString(ciphertext),
  );
}
