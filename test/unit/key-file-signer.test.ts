import { constants, createPublicKey, generateKeyPairSync, randomBytes, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import * as ed from "@noble/ed25519";
import { sha512 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { keyObjectOf, verifySignature } from "../../src/tuf/keys.js";

ed.hashes.sha512 = sha512;

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/notary-cli/private/${name}`, import.meta.url), "utf8");
const pemOf = (key: import("node:crypto").KeyObject) => key.export({ format: "pem", type: "pkcs8" }).toString();

describe("KeyFileSigner", () => {
  it("describes itself by short key ID and role, never by key material", () => {
    const key = loadPrivateKey(
      fixture("c88e5f94e2487daa043d7af7e501ee711b9280a1b148f24a32cd2ce6e19ccec0.key"),
      "fixturepass",
    );
    const signer = new KeyFileSigner(key);
    expect(signer.description).toBe("key file c88e5f94e248… (role targets/ci)");
    expect(signer.keyId).toBe("c88e5f94e2487daa043d7af7e501ee711b9280a1b148f24a32cd2ce6e19ccec0");
    expect(signer.publicKey).toEqual(key.publicKey);
    expect(signer.method).toBe("ecdsa");
    expect(JSON.stringify(signer)).not.toContain("BEGIN");
    expect(new KeyFileSigner(loadPrivateKey(pemOf(generateKeyPairSync("ed25519").privateKey))).description).toMatch(
      /^key file [0-9a-f]{12}…$/,
    );
  });

  it("ECDSA: always 64 raw bytes (r‖s left-padded), also when r or s has leading zero bytes", async () => {
    const signer = new KeyFileSigner(
      loadPrivateKey(pemOf(generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey)),
    );
    const pub = keyObjectOf(signer.publicKey)!;
    let leadingZero = 0;
    for (let i = 0; i < 3000; i++) {
      const message = randomBytes(1 + (i % 200));
      const signature = await signer.sign(message);
      expect(signature).toHaveLength(64);
      if (signature[0] === 0 || signature[32] === 0) leadingZero++;
      // Independent check with OpenSSL's verifier (P1363 form) as well as ours.
      expect(verify("sha256", message, { key: pub, dsaEncoding: "ieee-p1363" }, signature)).toBe(true);
      expect(verifySignature(signer.publicKey, "ecdsa", message, signature)).toBe(true);
    }
    // ~3000·2/256 ≈ 23 expected; none at all would mean the padding path was never exercised.
    expect(leadingZero).toBeGreaterThan(0);
  });

  it("ECDSA P-384 signs 96-byte r‖s", async () => {
    const signer = new KeyFileSigner(
      loadPrivateKey(pemOf(generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey)),
    );
    const message = Buffer.from("x");
    const signature = await signer.sign(message);
    expect(signature).toHaveLength(96);
    expect(verifySignature(signer.publicKey, "ecdsa", message, signature)).toBe(true);
  });

  it("Ed25519: signatures equal @noble/ed25519's (deterministic) and verify there", async () => {
    for (const file of [
      fixture("d04030badf039604eaa7c680615e9544b10a95c424531a8b09ba194807425cbb.key"),
      pemOf(generateKeyPairSync("ed25519").privateKey),
    ]) {
      const key = loadPrivateKey(file, "fixturepass");
      const signer = new KeyFileSigner(key);
      expect(signer.method).toBe("eddsa");
      const seed = Buffer.from(key.keyObject.export({ format: "jwk" }).d!, "base64url");
      const pub = Buffer.from(key.publicKey.public, "base64");
      expect(Buffer.from(ed.getPublicKey(seed))).toEqual(pub);
      for (let i = 0; i < 50; i++) {
        const message = randomBytes(i * 7);
        const signature = await signer.sign(message);
        expect(Buffer.from(signature)).toEqual(Buffer.from(ed.sign(message, seed)));
        expect(ed.verify(signature, message, pub)).toBe(true);
        expect(verifySignature(signer.publicKey, "eddsa", message, signature)).toBe(true);
      }
      const message = Buffer.from("signed bytes");
      const signature = await signer.sign(message);
      expect(ed.verify(signature, Buffer.from("signed byteS"), pub)).toBe(false);
    }
  });

  it("RSA: RSASSA-PSS with sha256, MGF1-sha256 and salt length exactly 32", async () => {
    const signer = new KeyFileSigner(
      loadPrivateKey(fixture("ee652f758207587e14c0a8cff72a69aff6b7010c99edb36097d2f75ada679201.key"), "fixturepass"),
    );
    expect(signer.method).toBe("rsapss");
    const message = Buffer.from('{"signed":true}');
    const signature = await signer.sign(message);
    expect(signature).toHaveLength(256);
    const pub = createPublicKey({ key: Buffer.from(signer.publicKey.public, "base64"), format: "der", type: "spki" });
    const pss = (saltLength: number) =>
      verify("sha256", message, { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
    expect(pss(32)).toBe(true);
    expect(pss(20)).toBe(false);
    expect(pss(222)).toBe(false);
    expect(verify("sha256", message, { key: pub, padding: constants.RSA_PKCS1_PADDING }, signature)).toBe(false);
    expect(verifySignature(signer.publicKey, "rsapss", message, signature)).toBe(true);
    // Randomised salt: two signatures differ but both verify.
    const again = await signer.sign(message);
    expect(Buffer.from(again)).not.toEqual(Buffer.from(signature));
    expect(verifySignature(signer.publicKey, "rsapss", message, again)).toBe(true);
  });
});
