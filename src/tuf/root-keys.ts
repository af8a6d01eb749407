/**
 * Root keys are X.509 certificates (trustpinning/certs.go). A root key counts only when its
 * certificate is a single non-CA leaf placed first, whose CN is the repository name (or a `*`
 * prefix of it), that is not signed with SHA-1, has an RSA key of 2048 bits or more, and (for the
 * root being trusted now) is inside its validity window with one day of leeway. The key is then
 * re-derived from the certificate as notary does (Go's PEM of the leaf and its valid
 * intermediates), so a PEM that Go would write differently yields a different key ID and its
 * signatures do not count.
 */
import { X509Certificate } from "node:crypto";
import { childrenOf, oidToString, readDer, TAG } from "../codec/der.js";
import { encodePem } from "../codec/pem.js";
import { keyIdOf, canonicalKeyIdOf, rememberCertificate, type PublicKey } from "./keys.js";
import type { RootSigned } from "./metadata.js";
import { DAY_MS } from "./lifetimes.js";
import { displayTime } from "./time.js";

const SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10040.4.3", "1.2.840.10045.4.1"]);
/** notary.MinRSABitSize. */
export const MIN_RSA_BITS = 2048;

function signatureAlgorithmOf(der: Uint8Array): string {
  try {
    const [, sigAlg] = childrenOf(readDer(Buffer.from(der)));
    const [oid] = sigAlg ? childrenOf(sigAlg) : [];
    return oid?.tag === TAG.oid ? oidToString(oid.content) : "";
  } catch {
    return "";
  }
}

function commonNameOf(cert: X509Certificate): string | undefined {
  for (const line of cert.subject.split("\n")) if (line.startsWith("CN=")) return line.slice(3);
  return undefined;
}

function cnMatchesGun(cn: string, gun: string): boolean {
  return cn.endsWith("*") ? gun.startsWith(cn.replace(/\*+$/, "")) : cn === gun;
}

export interface CertCheck {
  gun: string;
  now: number;
  /** Check the validity window (true for a root being trusted now, false for the previous root). */
  checkExpiry: boolean;
}

/**
 * Why notary would not take a certificate as a key, whatever it is for (a root leaf, an
 * intermediate, a delegation key given as a certificate), or undefined when it would: notary's
 * ValidateCertificate (tuf/utils/x509.go). The validity window is checked when `now` is given,
 * with a day of leeway on NotBefore. The reason reads after "certificate NAME ".
 */
export function certificateKeyProblem(cert: X509Certificate, der: Uint8Array, now?: number): string | undefined {
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (from > to) return "has an invalid validity window";
  if (SHA1_SIGNATURES.has(signatureAlgorithmOf(der))) return "is signed with SHA-1, which notary rejects";
  if (
    cert.publicKey.asymmetricKeyType === "rsa" &&
    (cert.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS
  ) {
    return `has an RSA key shorter than ${MIN_RSA_BITS} bits`;
  }
  if (now !== undefined && from > now + DAY_MS)
    return `is not valid until ${displayTime(from)} (valid ${displayTime(from)} to ${displayTime(to)}); check the clock of this machine, or of the one that made the certificate`;
  if (now !== undefined && now > to)
    return `expired at ${displayTime(to)} (valid ${displayTime(from)} to ${displayTime(to)})`;
  return undefined;
}

/** Why a root leaf certificate is not usable for the repository, or undefined when it is. */
function certificateProblem(cert: X509Certificate, der: Uint8Array, check: CertCheck): string | undefined {
  const cn = commonNameOf(cert);
  if (cn === undefined || !cnMatchesGun(cn, check.gun))
    return `certificate CN ${JSON.stringify(cn ?? "")} is not ${check.gun}`;
  const problem = certificateKeyProblem(cert, der, check.checkExpiry ? check.now : undefined);
  return problem && `certificate ${problem}`;
}

function splitPemBundle(pem: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const re = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
  for (let m = re.exec(pem); m; m = re.exec(pem)) out.push(Buffer.from(m[1]!.replace(/\s+/g, ""), "base64"));
  return out;
}

export interface RootKeySet {
  /** Re-derived certificate keys by their (certificate) key ID. */
  keys: Map<string, PublicKey>;
  /** Why each listed root key was left out, for error messages. */
  rejected: string[];
}

/** The usable root keys of a root, as notary's parseAllCerts + validRootLeafCerts derive them. */
export function rootCertificateKeys(root: RootSigned, check: CertCheck): RootKeySet {
  const keys = new Map<string, PublicKey>();
  const rejected: string[] = [];
  for (const id of root.roles.get("root")?.keyIds ?? []) {
    const key = root.keys.get(id);
    if (!key) continue;
    if (key.type !== "ecdsa-x509" && key.type !== "rsa-x509") {
      rejected.push(`${id.slice(0, 12)}…: root key of type ${key.type} is not a certificate`);
      continue;
    }
    let certs: { der: Uint8Array; cert: X509Certificate }[];
    try {
      certs = splitPemBundle(Buffer.from(key.public, "base64").toString("utf8")).map((der) => ({
        der,
        cert: new X509Certificate(der),
      }));
    } catch {
      rejected.push(`${id.slice(0, 12)}…: unreadable certificate`);
      continue;
    }
    const leaves = certs.filter((c) => !c.cert.ca);
    if (certs.length === 0 || leaves.length !== 1 || certs[0]!.cert.ca) {
      rejected.push(`${id.slice(0, 12)}…: certificate bundle must hold exactly one leaf, first`);
      continue;
    }
    const problem = certificateProblem(certs[0]!.cert, certs[0]!.der, check);
    if (problem) {
      rejected.push(`${id.slice(0, 12)}…: ${problem}`);
      continue;
    }
    // Intermediates count when valid now (validRootIntCerts always checks expiry).
    const validInts = certs.slice(1).filter((c) => certificateKeyProblem(c.cert, c.der, check.now) === undefined);
    const pem = [certs[0]!, ...validInts].map((c) => encodePem({ type: "CERTIFICATE", bytes: c.der })).join("");
    const derived: PublicKey = {
      type: certs[0]!.cert.publicKey.asymmetricKeyType === "rsa" ? "rsa-x509" : "ecdsa-x509",
      public: Buffer.from(pem).toString("base64"),
    };
    // The derived PEM starts with the same leaf.
    rememberCertificate(derived, certs[0]!.cert);
    keys.set(keyIdOf(derived), derived);
  }
  return { keys, rejected };
}

/** Keeps only the keys whose certificate ID or canonical ID is pinned. */
export function pinnedOnly(keys: Map<string, PublicKey>, pins: readonly string[]): Map<string, PublicKey> {
  const wanted = new Set(pins.map((p) => p.toLowerCase()));
  const out = new Map<string, PublicKey>();
  for (const [id, key] of keys) if (wanted.has(id) || wanted.has(canonicalKeyIdOf(key))) out.set(id, key);
  return out;
}
