/**
 * Public keys as `docker trust signer add --key` takes them (notary tuf/utils/x509.go
 * ParsePEMPublicKey): Docker's `NAME.pub` (`PUBLIC KEY` with a `role:` header), any SPKI PEM, or a
 * certificate PEM (which becomes an `ecdsa-x509`/`rsa-x509` key holding the PEM as Go writes it).
 */
import { X509Certificate, createPublicKey, type KeyObject } from "node:crypto";
import { UsageError } from "../errors.js";
import { canonicalKeyIdOf, keyIdOf, type PublicKey } from "../tuf/keys.js";
import { EncodingError } from "../codec/der.js";
import { decodePemBlocks, encodePem, type PemBlock } from "../codec/pem.js";
import { certificateKeyProblem, MIN_RSA_BITS } from "../tuf/root-keys.js";

export interface ParsedPublicKey {
  readonly publicKey: PublicKey;
  /** TUF key ID (for a certificate: the certificate's ID, as the delegation lists it). */
  readonly keyId: string;
  /** ID of the plain key inside (equals keyId except for certificates), as Docker shows signers. */
  readonly canonicalKeyId: string;
  /** The `role:` PEM header of Docker's `NAME.pub`, when present. */
  readonly role?: string;
}

export interface ParsePublicKeyOptions {
  /** When given, a certificate must be valid at this time (notary allows NotBefore up to a day ahead). */
  readonly now?: Date;
}

const SUPPORTED_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
const PRIVATE_TYPES = /PRIVATE KEY$/;

/** Why notary cannot use this key, or undefined when it can (ecdsa P-256/384/521, rsa ≥ 2048, ed25519). */
export function unsupportedKeyReason(key: KeyObject): string | undefined {
  const details = key.asymmetricKeyDetails;
  switch (key.asymmetricKeyType) {
    case "ec":
      return SUPPORTED_CURVES.has(details?.namedCurve ?? "")
        ? undefined
        : `unsupported curve ${details?.namedCurve ?? "(unnamed)"}; notary uses P-256 ECDSA keys`;
    case "rsa": {
      const bits = details?.modulusLength ?? 0;
      return bits >= MIN_RSA_BITS
        ? undefined
        : `RSA key of ${bits} bits is too small; notary requires at least ${MIN_RSA_BITS}`;
    }
    case "ed25519":
      return undefined;
    default:
      return `unsupported key type ${key.asymmetricKeyType ?? "unknown"}; notary signs with ecdsa (P-256), rsa or ed25519 keys`;
  }
}

/**
 * The Notary form of a (private or public) key: `ecdsa`/`rsa` with the DER SubjectPublicKeyInfo,
 * `ed25519` with the raw 32-byte public key. The caller has checked unsupportedKeyReason.
 */
export function notaryPublicKeyOf(key: KeyObject): PublicKey {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  switch (pub.asymmetricKeyType) {
    case "ec": {
      // Go's MarshalPKIXPublicKey always writes the uncompressed point; OpenSSL keeps the form it
      // parsed, so go through JWK to get the uncompressed one.
      const uncompressed = createPublicKey({ key: pub.export({ format: "jwk" }), format: "jwk" });
      return { type: "ecdsa", public: uncompressed.export({ type: "spki", format: "der" }).toString("base64") };
    }
    case "rsa":
      return { type: "rsa", public: pub.export({ type: "spki", format: "der" }).toString("base64") };
    case "ed25519":
      return {
        type: "ed25519",
        public: Buffer.from(pub.export({ format: "jwk" }).x ?? "", "base64url").toString("base64"),
      };
    default:
      throw new UsageError(`unsupported key type ${pub.asymmetricKeyType ?? "unknown"}`);
  }
}

function fromSpki(block: PemBlock): PublicKey {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: block.bytes, format: "der", type: "spki" });
  } catch {
    throw new UsageError("public key PEM holds no readable SubjectPublicKeyInfo");
  }
  const reason = unsupportedKeyReason(key);
  if (reason) throw new UsageError(`public key: ${reason}`);
  const publicKey = notaryPublicKeyOf(key);
  // notary keeps the given DER bytes; Go refuses non-canonical forms (compressed points, RSA
  // without NULL), so insist on the canonical encoding, which keeps the key ID the same as Go's.
  if (publicKey.type !== "ed25519" && publicKey.public !== block.bytes.toString("base64")) {
    throw new UsageError("public key is not in canonical DER form; re-export it with: openssl pkey -pubin -pubout");
  }
  return publicKey;
}

function fromCertificate(block: PemBlock, now: Date | undefined): PublicKey {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(block.bytes);
  } catch {
    throw new UsageError("certificate PEM holds no readable X.509 certificate");
  }
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "(no CN)";
  const problem = certificateKeyProblem(cert, block.bytes, now?.getTime());
  if (problem) throw new UsageError(`certificate ${cn} ${problem}`);
  const key = cert.publicKey;
  const reason = unsupportedKeyReason(key);
  if (reason || key.asymmetricKeyType === "ed25519") {
    throw new UsageError(`certificate ${cn}: ${reason ?? "ed25519 certificates are not supported by notary"}`);
  }
  const type = key.asymmetricKeyType === "ec" ? "ecdsa-x509" : "rsa-x509";
  return { type, public: Buffer.from(encodePem({ type: "CERTIFICATE", bytes: block.bytes })).toString("base64") };
}

/** Parses the first PEM block of a public key or certificate file. */
export function parsePublicKey(text: string, options: ParsePublicKeyOptions = {}): ParsedPublicKey {
  let blocks: PemBlock[];
  try {
    blocks = decodePemBlocks(text);
  } catch (err) {
    throw new UsageError(
      `public key file is malformed: ${err instanceof EncodingError ? err.message : "unreadable PEM"}`,
    );
  }
  const block = blocks[0];
  if (!block)
    throw new UsageError(
      "public key is not a PEM file (expected -----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----)",
    );
  let publicKey: PublicKey;
  if (block.type === "PUBLIC KEY") publicKey = fromSpki(block);
  else if (block.type === "CERTIFICATE") publicKey = fromCertificate(block, options.now);
  else if (PRIVATE_TYPES.test(block.type)) {
    throw new UsageError(
      `a private key (${block.type}) was given where a public key is expected; give the NAME.pub file`,
    );
  } else throw new UsageError(`unsupported PEM block ${block.type}, expected PUBLIC KEY or CERTIFICATE`);
  const role = block.headers["role"];
  return {
    publicKey,
    keyId: keyIdOf(publicKey),
    canonicalKeyId: canonicalKeyIdOf(publicKey),
    ...(role ? { role } : {}),
  };
}

/**
 * A PEM for `docker trust signer add --key`: SPKI `PUBLIC KEY` (with Docker's `role:` header when
 * asked) for plain keys, the certificate PEM for x509 keys. Note: notary only accepts ECDSA and RSA
 * SPKI keys there; an ed25519 key is written in RFC 8410 form for other tools.
 */
export function publicKeyPem(publicKey: PublicKey, options: { role?: string } = {}): string {
  const headers = options.role ? { role: options.role } : undefined;
  switch (publicKey.type) {
    case "ecdsa":
    case "rsa":
      return encodePem({
        type: "PUBLIC KEY",
        ...(headers ? { headers } : {}),
        bytes: Buffer.from(publicKey.public, "base64"),
      });
    case "ed25519": {
      const raw = Buffer.from(publicKey.public, "base64");
      if (raw.length !== 32) throw new UsageError("ed25519 public key is not 32 bytes");
      const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
      return encodePem({
        type: "PUBLIC KEY",
        ...(headers ? { headers } : {}),
        bytes: key.export({ type: "spki", format: "der" }),
      });
    }
    case "ecdsa-x509":
    case "rsa-x509":
      return Buffer.from(publicKey.public, "base64").toString("utf8");
    default:
      throw new UsageError(`cannot write a PEM for key type ${publicKey.type}`);
  }
}
