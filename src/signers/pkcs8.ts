/**
 * Unencrypted PKCS#8 `PrivateKeyInfo` as notary reads and writes it (tuf/utils/pkcs8.go):
 *
 *   EC:      SEQ{ INTEGER 1, SEQ{ id-ecPublicKey, namedCurve }, OCTET STRING <SEC1 ECPrivateKey> }
 *   RSA:     SEQ{ INTEGER 0, SEQ{ rsaEncryption } (no NULL), OCTET STRING <PKCS#1 RSAPrivateKey> }
 *   Ed25519: SEQ{ INTEGER 0, SEQ{ 1.3.6.1.4.1.11591.15.1 }, OCTET STRING <pub(32) ‖ seed(32) ‖ pub(32)> }
 *
 * The EC version 1 (not 0) and the missing RSA NULL are what Go's struct marshalling produces; the
 * ed25519 OID and raw layout are notary's own and no other tool reads them, so they are handled here.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import {
  EncodingError,
  TAG,
  childAt,
  childrenOf,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
  oidToString,
  readWhole,
} from "../codec/der.js";

/** notary's (GnuPG-arc) Ed25519 OID; RFC 8410's is 1.3.101.112. */
const OID_NOTARY_ED25519 = "1.3.6.1.4.1.11591.15.1";
const OID_ED25519 = "1.3.101.112";
const OID_RSA = "1.2.840.113549.1.1.1";
const OID_EC = "1.2.840.10045.2.1";
const CURVE_OIDS: Record<string, string> = {
  prime256v1: "1.2.840.10045.3.1.7",
  secp384r1: "1.3.132.0.34",
  secp521r1: "1.3.132.0.35",
};

/** The OID of a PrivateKeyInfo's algorithm (to route notary's ed25519 keys). */
export function pkcs8AlgorithmOf(der: Buffer): string {
  const fields = childrenOf(readWhole(der, TAG.sequence));
  const algorithm = childrenOf(childAt(fields, 1, TAG.sequence, "PKCS#8 algorithm"));
  return oidToString(childAt(algorithm, 0, TAG.oid, "PKCS#8 algorithm OID").content);
}

/**
 * A private KeyObject from notary's raw Ed25519 layout `pub ‖ seed ‖ pub` (96 bytes; Go's
 * ed25519.PrivateKey is `seed ‖ pub`). Both copies of the public key must match the seed, or Go
 * would produce signatures that do not verify.
 */
export function ed25519FromNotaryRaw(raw: Buffer): KeyObject {
  if (raw.length !== 96) throw new EncodingError(`ed25519 private key is ${raw.length} bytes, expected 96`);
  const pub = raw.subarray(0, 32);
  // Import the seed alone (RFC 8410 PKCS#8) and compare the public key it derives with both stored
  // copies here. A JWK import with `x` would leave the check to Node, and Node versions disagree:
  // some accept a mismatched `x`, newer ones refuse the JWK itself with a generic error.
  const key = createPrivateKey({
    key: derSequence(
      derInteger(0),
      derSequence(derOid(OID_ED25519)),
      derOctetString(derOctetString(raw.subarray(32, 64))),
    ),
    format: "der",
    type: "pkcs8",
  });
  const derived = Buffer.from(createPublicKey(key).export({ format: "jwk" }).x ?? "", "base64url");
  if (!derived.equals(pub) || !derived.equals(raw.subarray(64))) {
    throw new EncodingError("ed25519 private key does not match its public key");
  }
  return key;
}

/** Imports a DER PrivateKeyInfo, including notary's Ed25519 layout and its NULL-less RSA form. */
export function importPkcs8(der: Buffer): KeyObject {
  const fields = childrenOf(readWhole(der, TAG.sequence));
  childAt(fields, 0, TAG.integer, "PKCS#8 version");
  const algorithm = childrenOf(childAt(fields, 1, TAG.sequence, "PKCS#8 algorithm"));
  const oid = oidToString(childAt(algorithm, 0, TAG.oid, "PKCS#8 algorithm OID").content);
  const privateKey = childAt(fields, 2, TAG.octetString, "PKCS#8 private key").content;
  if (oid === OID_NOTARY_ED25519) return ed25519FromNotaryRaw(privateKey);
  try {
    return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  } catch {
    if (oid === OID_RSA) {
      try {
        return createPrivateKey({ key: privateKey, format: "der", type: "pkcs1" });
      } catch {
        // fall through to the generic message
      }
    }
    throw new EncodingError(`unreadable PKCS#8 private key (algorithm ${oid})`);
  }
}

/** DER PrivateKeyInfo in notary's layout for a private EC (P-256/384/521), RSA or Ed25519 key. */
export function encodeNotaryPkcs8(key: KeyObject): Buffer {
  if (key.type !== "private") throw new EncodingError("a private key is required");
  switch (key.asymmetricKeyType) {
    case "ec": {
      const curve = CURVE_OIDS[key.asymmetricKeyDetails?.namedCurve ?? ""];
      if (!curve) throw new EncodingError(`unsupported curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
      // SEC1 with [0] curve and [1] public key, as Go's x509.MarshalECPrivateKey writes it.
      const sec1 = key.export({ format: "der", type: "sec1" });
      return derSequence(derInteger(1), derSequence(derOid(OID_EC), derOid(curve)), derOctetString(sec1));
    }
    case "rsa": {
      const pkcs1 = key.export({ format: "der", type: "pkcs1" });
      return derSequence(derInteger(0), derSequence(derOid(OID_RSA)), derOctetString(pkcs1));
    }
    case "ed25519": {
      const jwk = key.export({ format: "jwk" });
      const pub = Buffer.from(jwk.x ?? "", "base64url");
      const seed = Buffer.from(jwk.d ?? "", "base64url");
      const raw = Buffer.concat([pub, seed, pub]);
      seed.fill(0);
      const der = derSequence(derInteger(0), derSequence(derOid(OID_NOTARY_ED25519)), derOctetString(raw));
      raw.fill(0);
      return der;
    }
    default:
      throw new EncodingError(`unsupported key type ${key.asymmetricKeyType ?? "unknown"}`);
  }
}
