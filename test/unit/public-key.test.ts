import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { notaryPublicKeyOf, parsePublicKey, publicKeyPem } from "../../src/signers/public-key.js";
import { keyIdOf } from "../../src/tuf/keys.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const ROOT01 =
  "notary-compat/notary0.1/trusted_certificates/docker.com/notary0.1/samplerepo/4ff57dc987163053a12c066f2dd36b1ae6037a92f5416d381fe311a3db1868d8.crt";
const ROOT01_JSON = "notary-compat/notary0.1/tuf/docker.com/notary0.1/samplerepo/metadata/root.json";

describe("parsePublicKey", () => {
  it("reads Docker's NAME.pub with its role header, with the private key's ID", () => {
    const parsed = parsePublicKey(read("notary-cli/alice.pub"));
    const priv = loadPrivateKey(
      read("notary-cli/private/41765eae43844c98409256230844a5d3343c2c9e9df1ec6c262e295343f685cb.key"),
      "fixturepass",
    );
    expect(parsed.role).toBe("alice");
    expect(parsed.publicKey).toEqual(priv.publicKey);
    expect(parsed.keyId).toBe("41765eae43844c98409256230844a5d3343c2c9e9df1ec6c262e295343f685cb");
    expect(parsed.canonicalKeyId).toBe(parsed.keyId);
  });

  it.each([
    ["EC P-256", "ecdsa", generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey],
    ["RSA 2048", "rsa", generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey],
    ["Ed25519", "ed25519", generateKeyPairSync("ed25519").publicKey],
  ])("reads a plain SPKI %s PEM as %s", (_, type, key) => {
    const parsed = parsePublicKey(key.export({ format: "pem", type: "spki" }).toString());
    expect(parsed.publicKey.type).toBe(type);
    expect(parsed.publicKey).toEqual(notaryPublicKeyOf(key));
    expect(parsed.role).toBeUndefined();
    if (type === "ed25519") expect(Buffer.from(parsed.publicKey.public, "base64")).toHaveLength(32);
    else expect(parsed.publicKey.public).toBe(key.export({ format: "der", type: "spki" }).toString("base64"));
  });

  it("turns notary 0.1's root certificate into the exact ecdsa-x509 key of its root.json", () => {
    const parsed = parsePublicKey(read(ROOT01));
    const root = JSON.parse(read(ROOT01_JSON)).signed.keys as Record<
      string,
      { keytype: string; keyval: { public: string } }
    >;
    const listed = root["4ff57dc987163053a12c066f2dd36b1ae6037a92f5416d381fe311a3db1868d8"]!;
    expect(parsed.publicKey).toEqual({ type: listed.keytype, public: listed.keyval.public });
    expect(parsed.keyId).toBe("4ff57dc987163053a12c066f2dd36b1ae6037a92f5416d381fe311a3db1868d8");
    // The root private key file is named by the canonical ID.
    expect(parsed.canonicalKeyId).toBe("d0c623c8e70c70d42a8a8125c44a8598588b3f6e31d5c21a83cbc338dfde8a68");
  });

  it("re-encodes a certificate as Go does (64-char lines, LF, trailing newline) whatever the input layout", () => {
    const original = read(ROOT01);
    const body = original.split("\n").slice(1, -2).join("");
    const messy = `junk before\r\n-----BEGIN CERTIFICATE-----\r\n${body.match(/.{1,76}/g)!.join("\r\n")}\r\n-----END CERTIFICATE-----\r\n`;
    const parsed = parsePublicKey(messy);
    expect(Buffer.from(parsed.publicKey.public, "base64").toString()).toBe(original);
    expect(parsed.keyId).toBe("4ff57dc987163053a12c066f2dd36b1ae6037a92f5416d381fe311a3db1868d8");
  });

  it("reads an RSA certificate as rsa-x509 and checks validity only when given a time", () => {
    const parsed = parsePublicKey(read("certs/rsa-2048.crt"));
    expect(parsed.publicKey.type).toBe("rsa-x509");
    expect(parsed.canonicalKeyId).not.toBe(parsed.keyId);
    expect(() => parsePublicKey(read("certs/rsa-2048.crt"), { now: new Date("2001-01-01T00:00:00Z") })).toThrow(
      /^certificate example\.com\/rsa is not valid until \S+Z \(valid \S+Z to \S+Z\); check the clock/,
    );
  });

  it.each([
    [
      "a SHA-1 certificate",
      () => read("certs/sha1-ecdsa.crt"),
      "certificate example.com/sha1 is signed with SHA-1, which notary rejects",
    ],
    [
      "a private key",
      () => read("notary-cli/private/41765eae43844c98409256230844a5d3343c2c9e9df1ec6c262e295343f685cb.key"),
      "a private key (ENCRYPTED PRIVATE KEY) was given where a public key is expected",
    ],
    ["no PEM", () => "ssh-ed25519 AAAA", "public key is not a PEM file"],
    [
      "an unsupported curve",
      () =>
        generateKeyPairSync("ec", { namedCurve: "secp256k1" })
          .publicKey.export({ format: "pem", type: "spki" })
          .toString(),
      "public key: unsupported curve secp256k1",
    ],
    [
      "a short RSA key",
      () =>
        generateKeyPairSync("rsa", { modulusLength: 1024 })
          .publicKey.export({ format: "pem", type: "spki" })
          .toString(),
      "public key: RSA key of 1024 bits is too small",
    ],
    [
      "a compressed EC point",
      () => {
        const key = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey;
        const jwk = key.export({ format: "jwk" });
        const y = Buffer.from(jwk.y!, "base64url");
        const prefix = Buffer.from("3039301306072a8648ce3d020106082a8648ce3d030107032200", "hex");
        const der = Buffer.concat([prefix, Buffer.from([2 + (y[31]! & 1)]), Buffer.from(jwk.x!, "base64url")]);
        return `-----BEGIN PUBLIC KEY-----\n${der.toString("base64")}\n-----END PUBLIC KEY-----\n`;
      },
      "public key is not in canonical DER form",
    ],
  ])("refuses %s", (_, text, message) => {
    expect(() => parsePublicKey(text())).toThrow(message);
  });
});

describe("publicKeyPem", () => {
  it("writes exactly Docker's NAME.pub when given the role", () => {
    const pub = read("notary-cli/alice.pub");
    expect(publicKeyPem(parsePublicKey(pub).publicKey, { role: "alice" })).toBe(pub);
  });

  it.each([
    ["ecdsa", generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey],
    ["rsa", generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey],
    ["ed25519", generateKeyPairSync("ed25519").publicKey],
  ])("round-trips an %s key through its SPKI PEM", (_, key) => {
    const publicKey = notaryPublicKeyOf(key);
    const pem = publicKeyPem(publicKey);
    expect(pem).toBe(key.export({ format: "pem", type: "spki" }).toString());
    expect(parsePublicKey(pem).keyId).toBe(keyIdOf(publicKey));
  });

  it("gives back the certificate PEM of an x509 key", () => {
    const cert = read(ROOT01);
    expect(publicKeyPem(parsePublicKey(cert).publicKey)).toBe(cert);
  });
});
