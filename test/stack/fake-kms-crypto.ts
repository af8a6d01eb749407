// Signing as AWS KMS does it, with real keys from node:crypto. node:crypto always hashes the
// message itself, while KMS also signs a given digest (MessageType DIGEST), so the digest forms are
// built here from primitives node:crypto does expose: ECDSA from the curve point k·G that ECDH
// computes, RSA-PSS and PKCS#1 v1.5 encodings over a raw RSA private operation, and Ed25519ph from
// @noble/ed25519's curve arithmetic (RFC 8032 §5.1).
import { constants, createECDH, createHash, privateEncrypt, randomBytes, sign, type KeyObject } from "node:crypto";
import * as ed from "@noble/ed25519";

export type HashName = "sha256" | "sha384" | "sha512";

/** The hash an algorithm name ends in (`ECDSA_SHA_256` → sha256). */
export function hashOf(algorithm: string): HashName {
  if (algorithm.endsWith("SHA_256")) return "sha256";
  if (algorithm.endsWith("SHA_384")) return "sha384";
  if (algorithm.endsWith("SHA_512")) return "sha512";
  throw new Error(`no hash for ${algorithm}`);
}

export const DIGEST_BYTES: Record<HashName, number> = { sha256: 32, sha384: 48, sha512: 64 };

const CURVES: Record<string, { ecdh: string; size: number; n: bigint }> = {
  prime256v1: { ecdh: "prime256v1", size: 32, n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n },
  secp384r1: {
    ecdh: "secp384r1",
    size: 48,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  },
  secp256k1: { ecdh: "secp256k1", size: 32, n: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n },
};

const toBigInt = (bytes: Uint8Array): bigint =>
  bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString("hex")}`);
const toBytes = (value: bigint, size: number): Buffer => Buffer.from(value.toString(16).padStart(size * 2, "0"), "hex");
const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return result;
}

/** DER INTEGER of a non-negative value: minimal, with a 0x00 in front when the top bit is set. */
function derInteger(value: bigint): Buffer {
  const hex = value.toString(16);
  let bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
  if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes]);
}

/** ECDSA over a digest (FIPS 186-5 §6.4.1), DER-encoded as KMS returns it. */
export function ecdsaSignDigest(privateKey: KeyObject, digest: Uint8Array): Buffer {
  const curve = CURVES[privateKey.asymmetricKeyDetails?.namedCurve ?? ""];
  if (!curve) throw new Error(`unsupported curve ${privateKey.asymmetricKeyDetails?.namedCurve}`);
  const d = toBigInt(Buffer.from(privateKey.export({ format: "jwk" }).d!, "base64url"));
  const nBits = curve.n.toString(2).length;
  let e = toBigInt(digest);
  if (digest.length * 8 > nBits) e >>= BigInt(digest.length * 8 - nBits);
  for (;;) {
    const k = mod(toBigInt(randomBytes(curve.size + 8)), curve.n - 1n) + 1n;
    const ecdh = createECDH(curve.ecdh);
    ecdh.setPrivateKey(toBytes(k, curve.size));
    const point = ecdh.getPublicKey(null, "uncompressed");
    const r = mod(toBigInt(point.subarray(1, 1 + curve.size)), curve.n);
    if (r === 0n) continue;
    const s = mod(modPow(k, curve.n - 2n, curve.n) * (e + r * d), curve.n);
    if (s === 0n) continue;
    const body = Buffer.concat([derInteger(r), derInteger(s)]);
    return Buffer.concat([Buffer.from([0x30, body.length]), body]);
  }
}

function mgf1(seed: Uint8Array, length: number, hash: HashName): Buffer {
  const out: Buffer[] = [];
  for (let counter = 0; out.length * DIGEST_BYTES[hash] < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    out.push(createHash(hash).update(seed).update(c).digest());
  }
  return Buffer.concat(out).subarray(0, length);
}

function rsaRaw(privateKey: KeyObject, encoded: Buffer): Buffer {
  const k = Math.ceil((privateKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
  return privateEncrypt(
    { key: privateKey, padding: constants.RSA_NO_PADDING },
    Buffer.concat([Buffer.alloc(k - encoded.length), encoded]),
  );
}

/** RSASSA-PSS over a digest (RFC 8017 §9.1.1), MGF1 with the same hash, salt as long as the hash. */
export function rsaPssSignDigest(privateKey: KeyObject, digest: Uint8Array, hash: HashName): Buffer {
  const hLen = DIGEST_BYTES[hash];
  const emBits = (privateKey.asymmetricKeyDetails?.modulusLength ?? 0) - 1;
  const emLen = Math.ceil(emBits / 8);
  const salt = randomBytes(hLen);
  const h = createHash(hash).update(Buffer.alloc(8)).update(digest).update(salt).digest();
  const db = Buffer.concat([Buffer.alloc(emLen - 2 * hLen - 2), Buffer.from([1]), salt]);
  const mask = mgf1(h, db.length, hash);
  for (let i = 0; i < db.length; i++) db[i] = db[i]! ^ mask[i]!;
  db[0] = db[0]! & (0xff >> (8 * emLen - emBits));
  return rsaRaw(privateKey, Buffer.concat([db, h, Buffer.from([0xbc])]));
}

const DIGEST_INFO: Record<HashName, string> = {
  sha256: "3031300d060960864801650304020105000420",
  sha384: "3041300d060960864801650304020205000430",
  sha512: "3051300d060960864801650304020305000440",
};

/** RSASSA-PKCS1-v1_5 over a digest (RFC 8017 §9.2). */
export function rsaPkcs1SignDigest(privateKey: KeyObject, digest: Uint8Array, hash: HashName): Buffer {
  return privateEncrypt(
    { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
    Buffer.concat([Buffer.from(DIGEST_INFO[hash], "hex"), digest]),
  );
}

const ED_L = 2n ** 252n + 27742317777372353535851937790883648493n;
const sha512 = (...parts: Uint8Array[]): Buffer => parts.reduce((h, p) => h.update(p), createHash("sha512")).digest();
const leBigInt = (bytes: Uint8Array): bigint => toBigInt(Buffer.from(bytes).reverse());

/** Ed25519ph (RFC 8032 §5.1, empty context) of `message`: PH(M) = SHA-512(M) is taken here. */
export function ed25519phSign(privateKey: KeyObject, message: Uint8Array): Buffer {
  const seed = Buffer.from(privateKey.export({ format: "jwk" }).d!, "base64url");
  const h = sha512(seed);
  h[0] = h[0]! & 248;
  h[31] = (h[31]! & 127) | 64;
  const a = leBigInt(h.subarray(0, 32)) % ED_L;
  const publicPoint = ed.Point.BASE.multiply(a).toBytes();
  const dom = Buffer.concat([Buffer.from("SigEd25519 no Ed25519 collisions"), Buffer.from([1, 0])]);
  const ph = sha512(message);
  const r = leBigInt(sha512(dom, h.subarray(32), ph)) % ED_L;
  const R = ed.Point.BASE.multiply(r).toBytes();
  const k = leBigInt(sha512(dom, R, publicPoint, ph)) % ED_L;
  const s = (r + k * a) % ED_L;
  return Buffer.concat([R, toBytes(s, 32).reverse()]);
}

/** Pure Ed25519 over the whole message. */
export function ed25519Sign(privateKey: KeyObject, message: Uint8Array): Buffer {
  return sign(null, message, privateKey);
}
