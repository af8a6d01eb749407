/**
 * Self-signed root certificates as notary makes them (tuf/utils/x509.go NewCertificate,
 * cryptoservice/certificate.go): CN = repository name, random 128-bit serial, valid from now for
 * 10 years, KeyUsage digitalSignature|keyEncipherment (critical), ExtKeyUsage codeSigning,
 * BasicConstraints CA:FALSE (critical), signed with ecdsa-with-SHA256.
 * Node's X509Certificate only parses, so the DER is built here.
 */
import { createPublicKey, randomBytes, sign, type KeyObject } from "node:crypto";
import { bitString, boolean, explicit, oid, octetString, seq, set, time, tlv, uint, utf8String } from "../tuf/der.js";
import { goCertificatePem } from "../tuf/root-keys.js";
import type { PublicKey } from "../tuf/keys.js";

const TEN_YEARS = 10 * 365 * 24 * 3600 * 1000;
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

export interface RootCertificateOptions {
  gun: string;
  privateKey: KeyObject;
  /** Milliseconds since the epoch; default now. */
  notBefore?: number;
  notAfter?: number;
}

export function createRootCertificate(opts: RootCertificateOptions): { der: Uint8Array; pem: string; publicKey: PublicKey } {
  const notBefore = opts.notBefore ?? Date.now();
  const notAfter = opts.notAfter ?? notBefore + TEN_YEARS;
  if (opts.privateKey.asymmetricKeyType !== "ec") throw new Error("root certificates are made for ECDSA keys");
  const spki = createPublicKey(opts.privateKey).export({ type: "spki", format: "der" });
  const cn = PRINTABLE.test(opts.gun) ? tlv(0x13, Buffer.from(opts.gun, "ascii")) : utf8String(opts.gun);
  const name = seq(set(seq(oid("2.5.4.3"), cn)));
  const sigAlg = seq(oid("1.2.840.10045.4.3.2"));
  const extensions = explicit(
    3,
    seq(
      // keyUsage: digitalSignature (bit 0) | keyEncipherment (bit 2) → 0b101 in the top bits, 5 unused bits
      seq(oid("2.5.29.15"), boolean(true), octetString(tlv(0x03, Buffer.from([5, 0xa0])))),
      seq(oid("2.5.29.37"), octetString(seq(oid("1.3.6.1.5.5.7.3.3")))),
      seq(oid("2.5.29.19"), boolean(true), octetString(seq())),
    ),
  );
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const tbs = seq(
    explicit(0, uint(Buffer.from([2]))),
    uint(serial),
    sigAlg,
    name,
    seq(time(notBefore), time(notAfter)),
    name,
    spki,
    extensions,
  );
  const signature = sign("sha256", tbs, opts.privateKey);
  const der = seq(tbs, sigAlg, bitString(signature));
  const pem = goCertificatePem(der);
  return { der, pem, publicKey: { type: "ecdsa-x509", public: Buffer.from(pem).toString("base64") } };
}
