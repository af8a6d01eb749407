/**
 * Self-signed root certificates as notary makes them (tuf/utils/x509.go NewCertificate,
 * cryptoservice/certificate.go): CN = repository name, random 128-bit serial, valid from now for
 * 10 years, KeyUsage digitalSignature|keyEncipherment (critical), ExtKeyUsage codeSigning,
 * BasicConstraints CA:FALSE (critical), signed with ecdsa-with-SHA256.
 * Node's X509Certificate only parses, so the DER is built here.
 */
import { createPublicKey, randomBytes, sign, type KeyObject } from "node:crypto";
import {
  TAG,
  encodeDer,
  derBitString,
  derBoolean,
  derDirectoryString,
  derExplicit,
  derOctetString,
  derOid,
  derSequence,
  derSet,
  derTime,
  derUnsigned,
} from "../codec/der.js";
import { encodePem } from "../codec/pem.js";
import { ROOT_CERTIFICATE_LIFETIME_MS } from "../tuf/lifetimes.js";
import type { PublicKey } from "../tuf/keys.js";

export interface RootCertificateOptions {
  gun: string;
  privateKey: KeyObject;
  /** Milliseconds since the epoch; default now. */
  notBefore?: number;
  notAfter?: number;
}

export function createRootCertificate(opts: RootCertificateOptions): {
  der: Uint8Array;
  pem: string;
  publicKey: PublicKey;
} {
  const notBefore = opts.notBefore ?? Date.now();
  const notAfter = opts.notAfter ?? notBefore + ROOT_CERTIFICATE_LIFETIME_MS;
  if (opts.privateKey.asymmetricKeyType !== "ec") throw new TypeError("root certificates are made for ECDSA keys");
  const spki = createPublicKey(opts.privateKey).export({ type: "spki", format: "der" });
  const name = derSequence(derSet(derSequence(derOid("2.5.4.3"), derDirectoryString(opts.gun))));
  const sigAlg = derSequence(derOid("1.2.840.10045.4.3.2"));
  const extensions = derExplicit(
    3,
    derSequence(
      // keyUsage: digitalSignature (bit 0) | keyEncipherment (bit 2) → 0b101 in the top bits, 5 unused bits
      derSequence(
        derOid("2.5.29.15"),
        derBoolean(true),
        derOctetString(encodeDer(TAG.bitString, Buffer.from([5, 0xa0]))),
      ),
      derSequence(derOid("2.5.29.37"), derOctetString(derSequence(derOid("1.3.6.1.5.5.7.3.3")))),
      derSequence(derOid("2.5.29.19"), derBoolean(true), derOctetString(derSequence())),
    ),
  );
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const tbs = derSequence(
    derExplicit(0, derUnsigned(Buffer.from([2]))),
    derUnsigned(serial),
    sigAlg,
    name,
    derSequence(derTime(notBefore), derTime(notAfter)),
    name,
    spki,
    extensions,
  );
  const signature = sign("sha256", tbs, opts.privateKey);
  const der = derSequence(tbs, sigAlg, derBitString(signature));
  const pem = encodePem({ type: "CERTIFICATE", bytes: der });
  return { der, pem, publicKey: { type: "ecdsa-x509", public: Buffer.from(pem).toString("base64") } };
}
