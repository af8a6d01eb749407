import type { PublicKey, SignatureMethod } from "./keys.js";

/**
 * The signer port. A key file, an AWS KMS key or anything else that can produce a Notary
 * signature over the canonical bytes of a `signed` object plugs in here.
 */
export interface Signer {
  /** TUF key ID of `publicKey` as it appears in the delegation (sha256 of the canonical key JSON). */
  readonly keyId: string;
  readonly publicKey: PublicKey;
  /** The Notary signature method written next to the signature (`ecdsa`, `rsapss`, `eddsa`). */
  readonly method: SignatureMethod;
  /** A short description for logs, never key material: "key file 8ea16f8a…", "AWS KMS alias/x". */
  readonly description: string;
  /**
   * Largest message this signer accepts, in bytes, or undefined when unbounded
   * (pure Ed25519 in AWS KMS signs at most 4096 bytes).
   */
  readonly maxMessageBytes?: number | undefined;
  /** The AWS KMS key as given (ID, ARN or alias), when the key is held there: what adds it as a signer. */
  readonly kmsKey?: string | undefined;
  /** Signs `message` (the canonical JSON bytes) and returns the raw Notary signature bytes. */
  sign(message: Uint8Array): Promise<Uint8Array>;
  /**
   * RSA keys only: RSASSA-PKCS1-v1_5 with SHA-256 over `message`, the scheme cosign verifies RSA
   * signatures with (Notary signs RSA with PSS through `sign`).
   */
  signRsaPkcs1v15?(message: Uint8Array): Promise<Uint8Array>;
}

/** The same signer, signing under the ID (and public key form) a role lists it with. */
export function listedAs(signer: Signer, keyId: string, publicKey: PublicKey): Signer {
  if (signer.keyId === keyId) return signer;
  return signingThrough(signer, (sign) => sign(), { keyId, publicKey });
}

/**
 * The same signer with each of its signatures made through `through`, which is given the signing to
 * call (to watch or refuse it), and under another key ID and public key form when `listed` says so.
 */
export function signingThrough(
  signer: Signer,
  through: (sign: () => Promise<Uint8Array>) => Promise<Uint8Array>,
  listed: { keyId: string; publicKey: PublicKey } = signer,
): Signer {
  return {
    keyId: listed.keyId,
    publicKey: listed.publicKey,
    method: signer.method,
    description: signer.description,
    ...(signer.maxMessageBytes !== undefined ? { maxMessageBytes: signer.maxMessageBytes } : {}),
    ...(signer.kmsKey !== undefined ? { kmsKey: signer.kmsKey } : {}),
    sign: (message) => through(() => signer.sign(message)),
    ...(signer.signRsaPkcs1v15
      ? { signRsaPkcs1v15: (message) => through(() => signer.signRsaPkcs1v15!(message)) }
      : {}),
  };
}
