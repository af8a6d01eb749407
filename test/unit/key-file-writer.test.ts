import { generateKeyPairSync } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TAG, childrenOf, oidToString, readSmallInteger, readWhole, type DerNode } from "../../src/codec/der.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import type { UsageError } from "../../src/errors.js";
import { render } from "../../src/wording.js";
import { ACTION_WORDS } from "../../src/action/words.js";
import { CLI_WORDS } from "../../src/cli/words.js";
import { encodePrivateKeyFile } from "../../src/signers/key-file-writer.js";
import { decryptPkcs8, encryptPkcs8 } from "../../src/signers/pbes2.js";
import { decodePemBlocks, encodePem } from "../../src/codec/pem.js";
import { encodeNotaryPkcs8, pkcs8AlgorithmOf } from "../../src/signers/pkcs8.js";

const dir = new URL("../fixtures/notary-cli/private/", import.meta.url);
const goFiles = readdirSync(dir).filter((f) => f.endsWith(".key"));

/** The parts of notary's EncryptedPrivateKeyInfo, read with our own DER reader. */
function pbes2Parts(der: Buffer) {
  const kids = (n: DerNode) => childrenOf(n);
  const [algorithm, encrypted] = kids(readWhole(der, TAG.sequence));
  const [pbes2Oid, params] = kids(algorithm!);
  const [kdf, scheme] = kids(params!);
  const [pbkdf2Oid, pbkdf2Params] = kids(kdf!);
  const pbkdf2 = kids(pbkdf2Params!);
  const [cipherOid, iv] = kids(scheme!);
  return {
    oids: [pbes2Oid, pbkdf2Oid, cipherOid].map((n) => oidToString(n!.content)),
    pbkdf2Fields: pbkdf2.length,
    salt: pbkdf2[0]!.content,
    iterations: readSmallInteger(pbkdf2[1]!, "iterations"),
    iv: iv!.content,
    ciphertext: encrypted!.content,
  };
}

describe("notary key file format, checked against files the Go CLIs wrote", () => {
  it.each(goFiles)("%s: same PKCS#8, same encryption, same PEM text", (name) => {
    const text = readFileSync(new URL(name, dir), "utf8");
    const [block] = decodePemBlocks(text);
    const parts = pbes2Parts(block!.bytes);
    expect(parts.oids).toEqual(["1.2.840.113549.1.5.13", "1.2.840.113549.1.5.12", "2.16.840.1.101.3.4.1.42"]);
    expect(parts.pbkdf2Fields).toBe(2); // salt and iteration count only: key length and PRF omitted
    expect(parts.salt).toHaveLength(8);
    expect(parts.iterations).toBe(2048);
    expect(parts.iv).toHaveLength(16);

    const goPlain = decryptPkcs8(block!.bytes, "fixturepass")!;
    const key = loadPrivateKey(text, "fixturepass");
    const ours = encodeNotaryPkcs8(key.keyObject);
    expect(ours.toString("hex")).toBe(goPlain.toString("hex"));
    const encrypted = encryptPkcs8(ours, "fixturepass", { salt: parts.salt, iv: parts.iv });
    expect(encrypted.toString("hex")).toBe(block!.bytes.toString("hex"));
    expect(encodePem({ type: block!.type, headers: block!.headers, bytes: encrypted })).toBe(text);
  });

  it("uses notary's ed25519 OID and INTEGER 1 for EC, as Go does", () => {
    const ed = loadPrivateKey(
      readFileSync(
        new URL(
          goFiles.find((f) => f.startsWith("d04030ba"))!,
          dir,
        ),
        "utf8",
      ),
      "fixturepass",
    );
    expect(pkcs8AlgorithmOf(encodeNotaryPkcs8(ed.keyObject))).toBe("1.3.6.1.4.1.11591.15.1");
    const ec = encodeNotaryPkcs8(generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey);
    expect(readSmallInteger(childrenOf(readWhole(ec, TAG.sequence))[0]!, "version")).toBe(1);
  });
});

describe("encodePrivateKeyFile", () => {
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;

  it("writes an encrypted ECDSA key with Go's header order that loads back with the same ID", () => {
    const text = encodePrivateKeyFile(ec, { role: "targets", gun: "example.com/app", passphrase: "s3cret" });
    expect(text).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----\ngun: example\.com\/app\nrole: targets\n\n(?:[A-Za-z0-9+/]{64}\n)+[A-Za-z0-9+/=]{1,64}\n-----END ENCRYPTED PRIVATE KEY-----\n$/,
    );
    const parts = pbes2Parts(decodePemBlocks(text)[0]!.bytes);
    expect([parts.salt.length, parts.iterations, parts.iv.length, parts.pbkdf2Fields]).toEqual([8, 2048, 16, 2]);
    const loaded = loadPrivateKey(text, "s3cret");
    expect(loaded.role).toBe("targets");
    expect(loaded.gun).toBe("example.com/app");
    expect(loaded.keyId).toBe(loadPrivateKey(ec.export({ format: "pem", type: "pkcs8" }).toString()).keyId);
    expect(() => loadPrivateKey(text, "s3creT")).toThrow("wrong passphrase for key file (role targets)");
    // Fresh salt and IV every time.
    expect(encodePrivateKeyFile(ec, { role: "targets", passphrase: "s3cret" })).not.toBe(
      encodePrivateKeyFile(ec, { role: "targets", passphrase: "s3cret" }),
    );
  });

  it("a wrong passphrase says where the right one goes: the signer key's setting, or the root passphrase", () => {
    const wrongFor = (role: string): UsageError => {
      try {
        loadPrivateKey(encodePrivateKeyFile(ec, { role, passphrase: "s3cret" }), "other");
      } catch (err) {
        return err as UsageError;
      }
      throw new Error("decrypted with the wrong passphrase");
    };
    const ci = wrongFor("ci");
    expect(ci.code).toBe("WRONG_PASSPHRASE");
    expect(render(ci.hint!, ACTION_WORDS)).toBe(
      "give the passphrase the key file was written with in signer-key-passphrase",
    );
    expect(render(ci.hint!, CLI_WORDS)).toBe(
      "give the passphrase the key file was written with in CONTENT_TRUST_PASSPHRASE",
    );
    expect(render(wrongFor("root").hint!, CLI_WORDS)).toMatch(
      /^give the passphrase the root key was written with in CONTENT_TRUST_ROOT_PASSPHRASE \(/,
    );
  });

  it("writes PRIVATE KEY without a passphrase", () => {
    const text = encodePrivateKeyFile(ec, { role: "alice" });
    expect(text.startsWith("-----BEGIN PRIVATE KEY-----\nrole: alice\n\n")).toBe(true);
    expect(loadPrivateKey(text).role).toBe("alice");
    expect(encodePrivateKeyFile(ec, { role: "alice", passphrase: "" })).toBe(text);
  });

  it.each([
    ["rsa", generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey],
    ["ed25519", generateKeyPairSync("ed25519").privateKey],
    ["P-384", generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey],
  ])("round-trips a %s key", (_, key) => {
    const loaded = loadPrivateKey(encodePrivateKeyFile(key, { role: "targets/ci", passphrase: "pw" }), "pw");
    expect(loaded.keyId).toBe(loadPrivateKey(key.export({ format: "pem", type: "pkcs8" }).toString()).keyId);
    expect(loaded.role).toBe("targets/ci");
    expect(loaded.gun).toBeUndefined();
  });

  it("accepts a LoadedPrivateKey", () => {
    const loaded = loadPrivateKey(ec.export({ format: "pem", type: "sec1" }).toString());
    expect(loadPrivateKey(encodePrivateKeyFile(loaded, { role: "root", passphrase: "pw" }), "pw").keyId).toBe(
      loaded.keyId,
    );
  });

  it.each([
    [
      "a gun on a root key",
      () => encodePrivateKeyFile(ec, { role: "root", gun: "example.com/app" }),
      "a root key is not tied to a repository; write it without gun",
    ],
    [
      "a gun on a delegation key",
      () => encodePrivateKeyFile(ec, { role: "targets/releases", gun: "example.com/app" }),
      "not tied to a repository",
    ],
    [
      "a gun on a signer key",
      () => encodePrivateKeyFile(ec, { role: "alice", gun: "example.com/app" }),
      "not tied to a repository",
    ],
    ["no role", () => encodePrivateKeyFile(ec, { role: "" }), "key file role must be a non-empty single line"],
    ["a role with a newline", () => encodePrivateKeyFile(ec, { role: "a\nb" }), "single line"],
    [
      "a public key",
      () => encodePrivateKeyFile(generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey, { role: "x" }),
      "a private key is required",
    ],
    [
      "secp256k1",
      () => encodePrivateKeyFile(generateKeyPairSync("ec", { namedCurve: "secp256k1" }).privateKey, { role: "x" }),
      "unsupported curve secp256k1",
    ],
  ])("refuses %s", (_, write, message) => {
    expect(write).toThrow(message);
  });
});
