import { describe, expect, it } from "vitest";
import { X509Certificate, constants, createHash, generateKeyPairSync, sign } from "node:crypto";
import * as ed from "@noble/ed25519";
import {
  canonicalKeyIdOf,
  keyIdOf,
  keyObjectOf,
  listedCanonicalKeyId,
  rememberCertificate,
  verifySignature,
} from "../../src/tuf/keys.js";
import type { RootSigned } from "../../src/tuf/metadata.js";
import { rootCertificateKeys } from "../../src/tuf/root-keys.js";
import { createKeyring } from "../../src/workflows/admin/keyring.js";
import type { Signer } from "../../src/tuf/signer.js";
import { createRootCertificate } from "../../src/signers/root-certificate.js";
import { ecdsaKey, ed25519Key, rsaKey, signSync } from "../helpers/repo-builder.js";

const msg = new TextEncoder().encode('{"_type":"Targets"}');

describe("key IDs", () => {
  it("hash the canonical key JSON with private:null", () => {
    // From the protocol notes: a server ed25519 key and its ID are computed over this exact JSON.
    const key = { type: "ed25519", public: "Wq3smKWnqO1jiGI3bdT5oEc+Q/32CVHWBrE+qSJtXls=" };

    const want = createHash("sha256")
      .update('{"keytype":"ed25519","keyval":{"private":null,"public":"Wq3smKWnqO1jiGI3bdT5oEc+Q/32CVHWBrE+qSJtXls="}}')
      .digest("hex");
    expect(keyIdOf(key)).toBe(want);
  });

  it("distinguish a certificate's ID from the canonical ID of the key inside it", () => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const cert = createRootCertificate({ gun: "example.com/app", privateKey }).publicKey;
    const plain = { type: "ecdsa", public: publicKey.export({ type: "spki", format: "der" }).toString("base64") };
    expect(keyIdOf(cert)).not.toBe(keyIdOf(plain));
    expect(canonicalKeyIdOf(cert)).toBe(keyIdOf(plain));
    expect(canonicalKeyIdOf(plain)).toBe(keyIdOf(plain));
  });

  it("a root key re-derived from its certificate has the IDs and key of the certificate read afresh", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const listed = createRootCertificate({ gun: "example.com/app", privateKey }).publicKey;
    const id = keyIdOf(listed);
    const root = {
      keys: new Map([[id, listed]]),
      roles: new Map([["root", { keyIds: [id], threshold: 1 }]]),
    } as unknown as RootSigned;
    const [derived] = [
      ...rootCertificateKeys(root, { gun: "example.com/app", now: Date.now(), checkExpiry: true }).keys.values(),
    ];
    // A copy is a new object: nothing it derives comes from what was remembered for `derived`.
    const fresh = { type: derived!.type, public: derived!.public };
    const signature = sign("sha256", msg, { key: privateKey, dsaEncoding: "ieee-p1363" });
    for (let round = 0; round < 2; round++) {
      expect(canonicalKeyIdOf(derived!)).toBe(canonicalKeyIdOf(fresh));
      expect(keyObjectOf(derived!)!.equals(keyObjectOf(fresh)!)).toBe(true);
      expect(verifySignature(derived!, "ecdsa", msg, signature)).toBe(true);
    }
    expect(canonicalKeyIdOf(derived!)).toBe(canonicalKeyIdOf(listed));
  });

  it("a certificate other than the key's own first one is not remembered for it", () => {
    const make = () =>
      createRootCertificate({
        gun: "example.com/app",
        privateKey: generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey,
      });
    const own = make().publicKey;
    const other = new X509Certificate(make().der);
    rememberCertificate(own, other);
    expect(canonicalKeyIdOf(own)).toBe(canonicalKeyIdOf({ type: own.type, public: own.public }));
    expect(canonicalKeyIdOf(own)).not.toBe(canonicalKeyIdOf(make().publicKey));
  });

  it("a listed key without a canonical ID (an unreadable certificate) matches no signer, and the search goes on", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const cert = createRootCertificate({ gun: "example.com/app", privateKey }).publicKey;
    const broken = { type: "ecdsa-x509", public: Buffer.from("not a certificate").toString("base64") };
    expect(listedCanonicalKeyId(broken)).toBeUndefined();
    expect(listedCanonicalKeyId(cert)).toBe(canonicalKeyIdOf(cert));
    const plain = { type: "ecdsa", public: publicKey.export({ type: "spki", format: "der" }).toString("base64") };
    const signer: Signer = {
      keyId: keyIdOf(plain),
      publicKey: plain,
      method: "ecdsa",
      description: "test key",
      sign: async () => new Uint8Array(),
    };
    const found = await createKeyring({ signers: [signer] }).signerFor(
      new Map([
        ["b".repeat(64), broken],
        [keyIdOf(cert), cert],
      ]),
    );
    expect(found?.keyId).toBe(keyIdOf(cert));
  });
});

describe("signature methods", () => {
  const cases = [
    ["ecdsa", ecdsaKey()],
    ["rsapss", rsaKey()],
    ["eddsa", ed25519Key()],
  ] as const;
  for (const [method, key] of cases) {
    it(`${method}: a good signature verifies, a tampered one or another message does not`, () => {
      const sig = signSync(key.privateKey, method, msg);
      expect(verifySignature(key.publicKey, method, msg, sig)).toBe(true);
      expect(verifySignature(key.publicKey, method.toUpperCase(), msg, sig)).toBe(true);
      const bad = Buffer.from(sig);
      bad[bad.length - 1]! ^= 1;
      expect(verifySignature(key.publicKey, method, msg, bad)).toBe(false);
      expect(verifySignature(key.publicKey, method, new TextEncoder().encode("other"), sig)).toBe(false);
    });
  }

  it("ecdsa refuses DER-encoded signatures (notary requires raw r||s)", () => {
    const key = ecdsaKey();

    const der = sign("sha256", msg, key.privateKey);
    expect(verifySignature(key.publicKey, "ecdsa", msg, der)).toBe(false);
  });

  it("rsapkcs1v15 verifies; RSA keys under 2048 bits never verify", () => {
    const key = rsaKey();

    const sig = sign("sha256", msg, { key: key.privateKey, padding: constants.RSA_PKCS1_PADDING });
    expect(verifySignature(key.publicKey, "rsapkcs1v15", msg, sig)).toBe(true);
    const small = rsaKey(1024);
    expect(verifySignature(small.publicKey, "rsapss", msg, signSync(small.privateKey, "rsapss", msg))).toBe(false);
  });

  it("a method that does not fit the key type, an unknown method or key type never verifies", () => {
    const ec = ecdsaKey();
    const sig = signSync(ec.privateKey, "ecdsa", msg);
    expect(verifySignature(ec.publicKey, "eddsa", msg, sig)).toBe(false);
    expect(verifySignature(ec.publicKey, "rsapss", msg, sig)).toBe(false);
    expect(verifySignature(ec.publicKey, "ecdsa-sha3", msg, sig)).toBe(false);
    expect(verifySignature({ type: "ed25519", public: ec.publicKey.public }, "eddsa", msg, sig)).toBe(false);
    expect(verifySignature({ type: "unknown", public: ec.publicKey.public }, "ecdsa", msg, sig)).toBe(false);
    // an ecdsa key declared as rsa
    expect(verifySignature({ type: "rsa", public: ec.publicKey.public }, "ecdsa", msg, sig)).toBe(false);
  });

  it("ed25519 signatures agree with an independent implementation (@noble/ed25519)", async () => {
    const key = ed25519Key();
    const sig = signSync(key.privateKey, "eddsa", msg);
    const pub = Buffer.from(key.publicKey.public, "base64");
    expect(await ed.verifyAsync(sig, msg, pub)).toBe(true);
    const seed = ed.utils.randomSecretKey();
    const nobleSig = await ed.signAsync(msg, seed);
    const noblePub = await ed.getPublicKeyAsync(seed);
    expect(
      verifySignature({ type: "ed25519", public: Buffer.from(noblePub).toString("base64") }, "eddsa", msg, nobleSig),
    ).toBe(true);
  });
});
