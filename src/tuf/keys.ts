/**
 * Notary public keys, key IDs and signature verification (tuf/data/keys.go, tuf/signed/verifiers.go).
 */
import { createHash, createPublicKey, verify, constants, X509Certificate, type KeyObject } from "node:crypto";
import { canonicalJson } from "./canonical.js";
import { MalformedMetadataError } from "../errors.js";

const KEY_TYPES = ["ecdsa", "ecdsa-x509", "rsa", "rsa-x509", "ed25519"] as const;
export type KeyType = (typeof KEY_TYPES)[number];
const SIGNATURE_METHODS = ["ecdsa", "rsapss", "rsapkcs1v15", "eddsa"] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/** A public key as a Notary file carries it: `{"keytype":T,"keyval":{"private":null,"public":B64}}`. */
export interface PublicKey {
  /** `keytype` as written; an unknown type is kept so that its key ID stays right, but never verifies. */
  readonly type: string;
  /** `keyval.public` exactly as written (standard base64). */
  readonly public: string;
}

/** The JSON of a key as Go writes it (key IDs hash this; root and targets files embed it). */
export function keyJson(key: PublicKey): { keytype: string; keyval: { private: null; public: string } } {
  return { keytype: key.type, keyval: { private: null, public: key.public } };
}

/** TUF key ID: hex sha256 of the canonical key JSON, `"private":null` included. */
export function keyIdOf(key: PublicKey): string {
  return createHash("sha256")
    .update(canonicalJson(keyJson(key)))
    .digest("hex");
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;

// Parsed once per key object: a root's certificate is read for its key ID, its key and its checks,
// and X509Certificate parsing and SPKI export are the costly part of checking a root.
const certificates = new WeakMap<PublicKey, X509Certificate>();
const canonicalIds = new WeakMap<PublicKey, string>();

/**
 * Records the certificate already parsed from `key`'s first PEM block, so that its key ID and key
 * object are derived from it without parsing it again. Any other certificate is not recorded.
 */
export function rememberCertificate(key: PublicKey, cert: X509Certificate): void {
  const first = key.type.endsWith("-x509") ? firstCertificatePem(key) : undefined;
  const der = first && Buffer.from(first.replace(/-----[A-Z ]+-----|\s+/g, ""), "base64");
  if (der && der.equals(cert.raw)) certificates.set(key, cert);
}

/** The first PEM certificate in a certificate key's text, if it holds one. */
function firstCertificatePem(key: PublicKey): string | undefined {
  return PEM_CERT.exec(Buffer.from(key.public, "base64").toString("utf8"))?.[0];
}

/** The first certificate of an `*-x509` key (leaf first, as notary requires). */
function certificateOf(key: PublicKey): X509Certificate {
  const known = certificates.get(key);
  if (known) return known;
  const cert = parseCertificate(key);
  certificates.set(key, cert);
  return cert;
}

function parseCertificate(key: PublicKey): X509Certificate {
  if (!key.type.endsWith("-x509")) {
    throw new MalformedMetadataError(`key of type ${key.type} carries no certificate`);
  }
  const first = firstCertificatePem(key);
  if (!first) throw new MalformedMetadataError(`${key.type} key holds no PEM certificate`);
  try {
    return new X509Certificate(first);
  } catch (err) {
    throw new MalformedMetadataError(`${key.type} key holds an unreadable certificate`, { cause: err });
  }
}

/**
 * The canonical key ID (tuf/utils/x509.go): for certificate keys, the ID of the plain key
 * (`ecdsa`/`rsa`, DER SubjectPublicKeyInfo) inside the certificate. Private key files are named by
 * it and Docker shows delegation keys by it. For plain keys it equals `keyIdOf`.
 */
export function canonicalKeyIdOf(key: PublicKey): string {
  if (!key.type.endsWith("-x509")) return keyIdOf(key);
  const known = canonicalIds.get(key);
  if (known !== undefined) return known;
  const spki = certificateOf(key).publicKey.export({ type: "spki", format: "der" });
  const id = keyIdOf({ type: key.type.slice(0, -"-x509".length), public: spki.toString("base64") });
  canonicalIds.set(key, id);
  return id;
}

/**
 * The canonical key ID of a key a role lists, or undefined when it has none (an unreadable
 * certificate): such a key matches no signer, and looking for one goes on with the next key.
 */
export function listedCanonicalKeyId(key: PublicKey): string | undefined {
  try {
    return canonicalKeyIdOf(key);
  } catch {
    return undefined;
  }
}

const keyObjects = new WeakMap<PublicKey, KeyObject | null>();

/** The node:crypto key behind a Notary key, or null when it has none we can use. */
export function keyObjectOf(key: PublicKey): KeyObject | null {
  const cached = keyObjects.get(key);
  if (cached !== undefined) return cached;
  let obj: KeyObject | null = null;
  try {
    switch (key.type) {
      case "ecdsa":
      case "rsa":
        obj = createPublicKey({ key: Buffer.from(key.public, "base64"), format: "der", type: "spki" });
        break;
      case "ecdsa-x509":
      case "rsa-x509":
        obj = certificateOf(key).publicKey;
        break;
      case "ed25519": {
        const raw = Buffer.from(key.public, "base64");
        if (raw.length === 32) {
          obj = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
        }
        break;
      }
    }
  } catch {
    obj = null;
  }
  // The key's algorithm must match its declared type, or it never verifies.
  if (obj) {
    const family = key.type.startsWith("ecdsa") ? "ec" : key.type.startsWith("rsa") ? "rsa" : "ed25519";
    if (obj.asymmetricKeyType !== family) obj = null;
  }
  keyObjects.set(key, obj);
  return obj;
}

const EC_SIZES: Record<string, number> = {
  prime256v1: 32,
  "P-256": 32,
  secp384r1: 48,
  "P-384": 48,
  secp521r1: 66,
  "P-521": 66,
};

/**
 * Checks one signature as notary's verifiers do: the method decides the algorithm and must fit the
 * key type; ECDSA is raw r‖s of exactly 2×⌈bits/8⌉ bytes over sha256; RSA keys need 2048 bits;
 * RSA-PSS uses salt length 32. Anything unknown or mismatched is simply not valid.
 */
export function verifySignature(key: PublicKey, method: string, message: Uint8Array, signature: Uint8Array): boolean {
  const obj = keyObjectOf(key);
  if (!obj) return false;
  try {
    switch (method.toLowerCase()) {
      case "ecdsa": {
        if (obj.asymmetricKeyType !== "ec") return false;
        const size = EC_SIZES[obj.asymmetricKeyDetails?.namedCurve ?? ""];
        if (!size || signature.length !== 2 * size) return false;
        return verify("sha256", message, { key: obj, dsaEncoding: "ieee-p1363" }, signature);
      }
      case "rsapss":
        if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) return false;
        return verify(
          "sha256",
          message,
          { key: obj, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
          signature,
        );
      case "rsapkcs1v15":
        if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) return false;
        return verify("sha256", message, { key: obj, padding: constants.RSA_PKCS1_PADDING }, signature);
      case "eddsa":
        if (obj.asymmetricKeyType !== "ed25519" || signature.length !== 64) return false;
        return verify(null, message, obj, signature);
      default:
        return false;
    }
  } catch {
    return false;
  }
}

const KEY_ID = /^[0-9a-f]{64}$/;

/** Whether text is a key ID as notary writes one: the hex sha256 of a key, 64 lower-case digits. */
export function isKeyId(text: string): boolean {
  return KEY_ID.test(text);
}

/** Short form of a key ID for messages: the first 12 hex digits and an ellipsis. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 12)}…` : id;
}
