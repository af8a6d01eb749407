/**
 * Keys and signatures as the fake server checks them, with node:crypto alone (notary
 * tuf/signed/verify.go, verifiers.go; trustpinning/certs.go): key IDs over the canonical key JSON,
 * a threshold of distinct valid keys, signatures by unknown keys or with unknown methods skipped,
 * root certificates whose CN is the repository and that are valid at the server's clock.
 */
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  X509Certificate,
  type KeyObject,
} from "node:crypto";
import { goCanonical, type GoSignature, type Json } from "./go-form.js";

export interface WireKey {
  keytype: string;
  public: string;
}

export function keyId(key: WireKey): string {
  return createHash("sha256")
    .update(goCanonical({ keytype: key.keytype, keyval: { private: null, public: key.public } }))
    .digest("hex");
}

const ED25519_SPKI = Buffer.from("302a300506032b6570032100", "hex");

function publicKeyObject(key: WireKey): KeyObject | undefined {
  try {
    const raw = Buffer.from(key.public, "base64");
    switch (key.keytype) {
      case "ecdsa":
      case "rsa":
        return createPublicKey({ key: raw, format: "der", type: "spki" });
      case "ed25519":
        return raw.length === 32
          ? createPublicKey({ key: Buffer.concat([ED25519_SPKI, raw]), format: "der", type: "spki" })
          : undefined;
      case "ecdsa-x509":
      case "rsa-x509":
        return new X509Certificate(raw).publicKey;
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

function verifyOne(key: WireKey, method: string, message: Buffer, sig: Buffer): boolean {
  const k = publicKeyObject(key);
  if (!k) return false;
  const family = key.keytype.replace(/-x509$/, "");
  try {
    if (method === "ecdsa" && family === "ecdsa")
      return verify("sha256", message, { key: k, dsaEncoding: "ieee-p1363" }, sig);
    if (method === "eddsa" && family === "ed25519") return verify(null, message, k, sig);
    if (method === "rsapss" && family === "rsa")
      return verify("sha256", message, { key: k, padding: 6, saltLength: 32 }, sig);
    if (method === "rsapkcs1v15" && family === "rsa") return verify("sha256", message, { key: k, padding: 1 }, sig);
  } catch {
    return false;
  }
  return false;
}

export interface RoleKeys {
  name: string;
  /** Keys by the ID the role lists them under. */
  keys: Map<string, WireKey>;
  threshold: number;
}

/** Throws when the signatures do not meet the role's threshold (messages are the fake's own). */
export function checkSignatures(signedRaw: Json, signatures: readonly GoSignature[], role: RoleKeys): void {
  if (signatures.length === 0) throw new Error("the file carries no signature");
  if (role.threshold < 1) throw new Error(`${role.name} has a threshold below 1`);
  const message = Buffer.from(goCanonical(signedRaw), "utf8");
  const valid = new Set<string>();
  for (const s of signatures) {
    const key = role.keys.get(s.keyid);
    if (!key) continue;
    if (keyId(key) !== s.keyid) throw new Error(`signature key ID ${s.keyid} is not the ID of the key listed under it`);
    if (verifyOne(key, s.method, message, Buffer.from(s.sig, "base64"))) valid.add(s.keyid);
  }
  if (valid.size < role.threshold)
    throw new Error(`${role.name}: ${valid.size} of ${role.threshold} required signatures valid`);
}

/** Go's pem.EncodeToMemory of one certificate. */
function goPem(der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

/**
 * The root keys a server trusts in `root` for `gun`: leaf certificates with CN = gun (or a `*`
 * prefix), valid at `now` when `checkExpiry`, re-keyed from the parsed certificate as notary's
 * CertsToKeys does (so a PEM Go would not write gets an ID the root does not list).
 */
export function rootCertificateKeys(
  keys: Map<string, WireKey>,
  keyIds: readonly string[],
  gun: string,
  now: number,
  checkExpiry: boolean,
): Map<string, WireKey> {
  const out = new Map<string, WireKey>();
  for (const id of keyIds) {
    const key = keys.get(id);
    if (!key || !key.keytype.endsWith("-x509")) continue;
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(Buffer.from(key.public, "base64"));
    } catch {
      continue;
    }
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "";
    const matches = cn.endsWith("*") ? gun.startsWith(cn.slice(0, -1)) : cn === gun;
    if (!matches || cert.ca) continue;
    if (checkExpiry && (Date.parse(cert.validTo) < now || Date.parse(cert.validFrom) > now + 86_400_000)) continue;
    const algorithm = cert.publicKey.asymmetricKeyType === "rsa" ? "rsa-x509" : "ecdsa-x509";
    const rekeyed = {
      keytype: algorithm,
      public: Buffer.from(goPem(Buffer.from(cert.raw)), "utf8").toString("base64"),
    };
    out.set(keyId(rekeyed), rekeyed);
  }
  return out;
}

/** A key pair the server holds for `timestamp` or `snapshot` (ed25519, as trust_service local makes). */
export interface ServerKey {
  id: string;
  wire: WireKey;
  sign(message: Buffer): string;
}

export function newServerKey(): ServerKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const raw = publicKey.export({ type: "spki", format: "der" }).subarray(ED25519_SPKI.length);
  const wire = { keytype: "ed25519", public: Buffer.from(raw).toString("base64") };
  return { id: keyId(wire), wire, sign: (message) => sign(null, message, privateKey).toString("base64") };
}
