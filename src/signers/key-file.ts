/**
 * Loads a private key for signing: Docker/notary key files (`~/.docker/trust/private/<id>.key`,
 * encrypted PKCS#8 with `role:`/`gun:` PEM headers), notary's Ed25519 layout, the legacy encrypted
 * PEMs of notary 0.1–0.3, and plain PKCS#8 / SEC1 / PKCS#1 PEMs from other tools.
 *
 * Errors are one line, name the key by role when known, and never carry key bytes or the passphrase
 * (no `cause` either: OpenSSL errors are not quoted).
 */
import { createPrivateKey, type KeyObject } from "node:crypto";
import { statSync } from "node:fs";
import { UsageError } from "../errors.js";
import { registerSecret } from "../redaction.js";
import { keyIdOf, type PublicKey } from "../tuf/keys.js";
import { EncodingError } from "../codec/der.js";
import { decryptLegacyPem, isLegacyEncrypted } from "./legacy-pem.js";
import { WrongPassphraseError, decryptPkcs8, decryptPkcs8Async } from "./pbes2.js";
import type { PemBlock } from "../codec/pem.js";
import { pickBlock, subjectOf } from "./key-file-block.js";
import { ed25519FromNotaryRaw, importPkcs8 } from "./pkcs8.js";
import { notaryPublicKeyOf, unsupportedKeyReason } from "./public-key.js";
import { phrase, setting } from "../wording.js";

export interface LoadedPrivateKey {
  /** The private key, ready for node:crypto `sign` (ed25519 keys too). */
  readonly keyObject: KeyObject;
  /** Notary form: ecdsa → DER SPKI, rsa → DER SPKI, ed25519 → raw 32 bytes (all base64). */
  readonly publicKey: PublicKey;
  /** TUF key ID; for these plain keys also the canonical ID that names the file. */
  readonly keyId: string;
  /** The `role:` PEM header (`root`, `targets`, `targets/releases`, a Docker signer name, …). */
  readonly role?: string;
  /** The `gun:` PEM header, present on repository-scoped keys (targets, snapshot). */
  readonly gun?: string;
}

const PASSPHRASE_HINT = `the key is encrypted: give its passphrase in ${setting("signer-key-passphrase")}`;
/** Decodes a legacy (`EC`/`RSA`/`ED25519 PRIVATE KEY`) body. */
function importLegacy(type: string, der: Buffer): KeyObject {
  switch (type) {
    case "EC PRIVATE KEY":
      return createPrivateKey({ key: der, format: "der", type: "sec1" });
    case "RSA PRIVATE KEY":
      return createPrivateKey({ key: der, format: "der", type: "pkcs1" });
    default:
      return ed25519FromNotaryRaw(der);
  }
}

/** Whether a passphrase given is the absolute path of a file (what a CI "file" variable holds). */
function isExistingPath(text: string | undefined): boolean {
  if (!text || !text.startsWith("/") || text.length > 4096 || /[\n\0]/.test(text)) return false;
  try {
    return statSync(text).isFile();
  } catch {
    return false;
  }
}

/**
 * The private KeyObject of a block; `secret` is the passphrase or undefined. A key that decrypts
 * but cannot then be read is reported as a wrong passphrase, as notary does.
 */
function importBlock(
  block: PemBlock,
  secret: string | undefined,
  decrypt: typeof decryptPkcs8 = decryptPkcs8,
): KeyObject {
  const subject = subjectOf(block);
  // No cause: what a failed decryption threw may quote the bytes it could not read.
  // A CI "file" variable holds a path: said without repeating it (it is given as a secret).
  const aPath = () =>
    isExistingPath(secret) ? "; the passphrase given is the path of a file: give the passphrase itself" : "";
  const wrong = () =>
    new WrongPassphraseError(subject, {
      hint:
        (block.headers["role"] === "root"
          ? `give the passphrase the root key was written with in ${phrase("root-passphrase")}`
          : `give the passphrase the key file was written with in ${setting("signer-key-passphrase")}`) + aPath(),
    });
  const needsPassphrase = () => new UsageError(`${subject}: ${PASSPHRASE_HINT}`);

  if (block.type === "ENCRYPTED PRIVATE KEY") {
    if (secret === undefined) throw needsPassphrase();
    let plain: Buffer | undefined;
    try {
      plain = decrypt(block.bytes, secret);
    } catch (err) {
      if (err instanceof WrongPassphraseError) throw wrong();
      throw new UsageError(
        `${subject} is malformed: ${err instanceof EncodingError ? err.message : "unreadable encrypted key"}`,
      );
    }
    if (!plain) {
      // Not PBES2/PBKDF2/AES (e.g. scrypt or PKCS#12 PBE): let OpenSSL try it.
      try {
        return createPrivateKey({ key: block.bytes, format: "der", type: "pkcs8", passphrase: secret });
      } catch {
        throw new UsageError(`cannot decrypt ${subject}: wrong passphrase or unsupported encryption`);
      }
    }
    try {
      return importPkcs8(plain);
    } catch {
      throw wrong();
    } finally {
      plain.fill(0);
    }
  }

  if (block.type === "PRIVATE KEY") {
    try {
      return importPkcs8(block.bytes);
    } catch (err) {
      throw new UsageError(
        `${subject} is malformed: ${err instanceof EncodingError ? err.message : "unreadable PKCS#8 key"}`,
      );
    }
  }

  // Legacy types, encrypted with Proc-Type/DEK-Info or not.
  let der = block.bytes;
  const encrypted = isLegacyEncrypted(block);
  if (encrypted) {
    if (secret === undefined) throw needsPassphrase();
    try {
      der = decryptLegacyPem(block, secret);
    } catch (err) {
      if (err instanceof WrongPassphraseError) throw wrong();
      throw new UsageError(`${subject}: ${err instanceof EncodingError ? err.message : "cannot decrypt"}`);
    }
  }
  try {
    return importLegacy(block.type, der);
  } catch (err) {
    if (encrypted) throw wrong();
    throw new UsageError(
      `${subject} is malformed: ${err instanceof EncodingError ? err.message : `unreadable ${block.type}`}`,
    );
  } finally {
    if (encrypted) der.fill(0);
  }
}

/** A private key's text (line by line) and its passphrase, as secrets (redaction.ts). */
function registerKeySecrets(text: string, passphrase: string | undefined): void {
  registerSecret(text);
  registerSecret(passphrase);
}

/**
 * Reads a private key file. `passphrase` is needed for encrypted keys (an empty string counts as
 * none, as notary never encrypts with an empty passphrase) and ignored for unencrypted ones.
 */
export function loadPrivateKey(text: string, passphrase?: string): LoadedPrivateKey {
  registerKeySecrets(text, passphrase);
  const block = pickBlock(text);
  return loaded(block, importBlock(block, passphrase === "" ? undefined : passphrase));
}

/**
 * loadPrivateKey with the PBKDF2 of an encrypted PKCS#8 key (Docker's key files) on the thread
 * pool: a caller can send its first requests and decrypt while they are in flight. Same results
 * and the same errors.
 */
export async function loadPrivateKeyAsync(text: string, passphrase?: string): Promise<LoadedPrivateKey> {
  registerKeySecrets(text, passphrase);
  const block = pickBlock(text);
  const secret = passphrase === "" ? undefined : passphrase;
  if (block.type !== "ENCRYPTED PRIVATE KEY" || secret === undefined) return loaded(block, importBlock(block, secret));
  let outcome: { plain: Buffer | undefined } | { error: unknown };
  try {
    outcome = { plain: await decryptPkcs8Async(block.bytes, secret) };
  } catch (error) {
    outcome = { error };
  }
  // importBlock turns the outcome into a key or into the error loadPrivateKey reports.
  return loaded(
    block,
    importBlock(block, secret, () => {
      if ("error" in outcome) throw outcome.error;
      return outcome.plain;
    }),
  );
}

function loaded(block: PemBlock, keyObject: KeyObject): LoadedPrivateKey {
  const reason = unsupportedKeyReason(keyObject);
  if (reason) throw new UsageError(`${subjectOf(block)}: ${reason}`);
  const publicKey = notaryPublicKeyOf(keyObject);
  const role = block.headers["role"];
  const gun = block.headers["gun"];
  return {
    keyObject,
    publicKey,
    keyId: keyIdOf(publicKey),
    ...(role ? { role } : {}),
    ...(gun ? { gun } : {}),
  };
}
