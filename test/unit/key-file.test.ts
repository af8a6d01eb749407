import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { WrongPassphraseError } from "../../src/signers/pbes2.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { notaryPublicKeyOf } from "../../src/signers/public-key.js";
import { canonicalKeyIdOf, keyIdOf, verifySignature } from "../../src/tuf/keys.js";
import { plain } from "../../src/wording.js";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const compat = join(fixtures, "notary-compat");
const cli = join(fixtures, "notary-cli");

function keyFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".key"))
    .map((p) => join(dir, p))
    .sort();
}

/** `<id>.key` or notary 0.1's `<id>_<role>.key`. */
function idOfFileName(path: string): string {
  return basename(path, ".key").split("_")[0]!;
}

/** Canonical IDs of every key listed in a fixture repository's root and delegations. */
function canonicalIdsIn(metadataFiles: string[]): Set<string> {
  const ids = new Set<string>();
  for (const file of metadataFiles) {
    const signed = JSON.parse(readFileSync(file, "utf8")).signed;
    const keys = { ...(signed.keys ?? {}), ...(signed.delegations?.keys ?? {}) } as Record<
      string,
      { keytype: string; keyval: { public: string } }
    >;
    for (const key of Object.values(keys)) ids.add(canonicalKeyIdOf({ type: key.keytype, public: key.keyval.public }));
  }
  return ids;
}

const compatKeys = keyFilesUnder(join(compat, "notary0.1", "private")).concat(
  keyFilesUnder(join(compat, "notary0.3", "private")),
);
const cliKeys = keyFilesUnder(join(cli, "private"));

/**
 * notary 0.1 keys are encrypted with "randompass", notary 0.3 keys with "password" (as notary's own
 * client/backwards_compatibility_test.go uses them; the fixture README says "randompass" for both).
 */
function passphraseOf(path: string): string {
  return path.includes("notary0.3") ? "password" : "randompass";
}

describe("notary 0.1 / 0.3 fixture keys (legacy encrypted PEM)", () => {
  const listed = canonicalIdsIn([
    join(compat, "notary0.1/tuf/docker.com/notary0.1/samplerepo/metadata/root.json"),
    join(compat, "notary0.3/tuf/docker.com/notary0.3/tst/metadata/root.json"),
    join(compat, "notary0.3/tuf/docker.com/notary0.3/tst/metadata/targets.json"),
  ]);

  it("has all seven keys", () => {
    expect(compatKeys).toHaveLength(7);
  });

  it.each(compatKeys.map((p) => [p.slice(compat.length), p]))(
    "%s loads, matches its file name and signs",
    async (_, path) => {
      const text = readFileSync(path, "utf8");
      const key = loadPrivateKey(text, passphraseOf(path));
      expect(key.keyId).toBe(idOfFileName(path));
      // The key is the one the repository's metadata lists (root keys by their certificate's canonical ID).
      expect(listed.has(key.keyId)).toBe(true);

      const signer = new KeyFileSigner(key);
      const message = Buffer.from('{"_type":"Targets","version":2}');
      const signature = await signer.sign(message);
      expect(verifySignature(key.publicKey, signer.method, message, signature)).toBe(true);
      const tampered = Buffer.from(signature);
      tampered[tampered.length - 1]! ^= 1;
      expect(verifySignature(key.publicKey, signer.method, message, tampered)).toBe(false);
      expect(
        verifySignature(key.publicKey, signer.method, Buffer.from('{"_type":"Targets","version":3}'), signature),
      ).toBe(false);
    },
  );

  it("a passphrase that is the path of a file (a CI file variable) says so, without repeating it", () => {
    const path = compatKeys.find((p) => !/^role: root$/m.test(readFileSync(p, "utf8")))!;
    const thrown = (passphrase: string) => {
      try {
        loadPrivateKey(readFileSync(path, "utf8"), passphrase);
      } catch (err) {
        return err as WrongPassphraseError;
      }
      throw new Error("expected a failure");
    };
    const err = thrown(path);
    expect(err).toBeInstanceOf(WrongPassphraseError);
    expect(plain(err.hint ?? "")).toBe(
      "give the passphrase the key file was written with in signer-key-passphrase; the passphrase given is the path of a file: give the passphrase itself",
    );
    expect(JSON.stringify(err) + String(err)).not.toContain(path);
    // Any other wrong passphrase gets the hint alone.
    expect(plain(thrown("/no/such/file").hint ?? "")).not.toContain("path of a file");
  });

  it.each(compatKeys.map((p) => [p.slice(compat.length), p]))("%s refuses a wrong or missing passphrase", (_, path) => {
    const text = readFileSync(path, "utf8");
    const role = /^role: (.*)$/m.exec(text)?.[1];
    const subject = role ? `key file (role ${role})` : "key file";
    expect(() => loadPrivateKey(text, `${passphraseOf(path)}x`)).toThrow(
      expect.objectContaining({ message: `wrong passphrase for ${subject}`, code: "WRONG_PASSPHRASE" }),
    );
    expect(() => loadPrivateKey(text, `${passphraseOf(path)}x`)).toThrow(WrongPassphraseError);
    expect(plain(failure(() => loadPrivateKey(text)))).toBe(
      `${subject}: the key is encrypted: give its passphrase in signer-key-passphrase`,
    );
    expect(plain(failure(() => loadPrivateKey(text, "")))).toContain(
      "the key is encrypted: give its passphrase in signer-key-passphrase",
    );
  });

  it("reads the role header of notary 0.3 keys and the RSA delegation key as rsa", () => {
    const rsa = loadPrivateKey(
      readFileSync(
        compatKeys.find((p) => p.includes("fa842f66"))!,
        "utf8",
      ),
      "password",
    );
    expect(rsa.role).toBe("targets/releases");
    expect(rsa.publicKey.type).toBe("rsa");
    expect(new KeyFileSigner(rsa).method).toBe("rsapss");
    const root01 = loadPrivateKey(
      readFileSync(
        compatKeys.find((p) => p.includes("d0c623c8"))!,
        "utf8",
      ),
      "randompass",
    );
    expect(root01.role).toBeUndefined();
  });
});

describe("key files written by the Go notary and docker CLIs (passphrase fixturepass)", () => {
  const expected: Record<string, { role: string; gun?: string; type: string }> = {
    "85086676": { role: "root", type: "ecdsa" },
    c88e5f94: { role: "targets/ci", type: "ecdsa" },
    "60fe79c2": { role: "targets", gun: "example.com/app", type: "ecdsa" },
    d04030ba: { role: "targets/bob", type: "ed25519" },
    ee652f75: { role: "targets/carol", type: "rsa" },
    "41765eae": { role: "alice", type: "ecdsa" },
  };

  it.each(cliKeys.map((p) => [basename(p).slice(0, 8), p]))(
    "%s loads with its role, gun and key ID",
    async (short, path) => {
      const text = readFileSync(path, "utf8");
      const key = loadPrivateKey(text, "fixturepass");
      expect(key.keyId).toBe(idOfFileName(path));
      expect(key.keyId).toBe(keyIdOf(key.publicKey));
      expect({ role: key.role, gun: key.gun, type: key.publicKey.type }).toEqual({
        gun: undefined,
        ...expected[short],
      });
      const signer = new KeyFileSigner(key);
      const message = Buffer.from(`message for ${short}`);
      expect(verifySignature(key.publicKey, signer.method, message, await signer.sign(message))).toBe(true);
      expect(() => loadPrivateKey(text, "fixturepas")).toThrow(
        `wrong passphrase for key file (role ${expected[short]!.role})`,
      );
    },
  );

  it("takes the key from an unencrypted PRIVATE KEY file and ignores a passphrase", () => {
    const text = readFileSync(
      cliKeys.find((p) => p.includes("d04030ba"))!,
      "utf8",
    );
    const key = loadPrivateKey(text, "fixturepass");
    expect(key.publicKey.type).toBe("ed25519");
    expect(Buffer.from(key.publicKey.public, "base64")).toHaveLength(32);
  });
});

function pem(key: KeyObject, type: "pkcs8" | "sec1" | "pkcs1", cipher?: string, passphrase?: string): string {
  return key
    .export({ format: "pem", type, ...(cipher ? { cipher, passphrase: passphrase ?? "" } : {}) } as never)
    .toString();
}

describe("PEM files from other tools", () => {
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const ed = generateKeyPairSync("ed25519");
  const idOf = (k: KeyObject) => keyIdOf(notaryPublicKeyOf(k));

  it.each([
    ["PKCS#8 EC", () => pem(ec.privateKey, "pkcs8"), ec.publicKey],
    ["SEC1 EC PRIVATE KEY", () => pem(ec.privateKey, "sec1"), ec.publicKey],
    ["PKCS#1 RSA PRIVATE KEY", () => pem(rsa.privateKey, "pkcs1"), rsa.publicKey],
    ["PKCS#8 RSA", () => pem(rsa.privateKey, "pkcs8"), rsa.publicKey],
    ["RFC 8410 PKCS#8 Ed25519", () => pem(ed.privateKey, "pkcs8"), ed.publicKey],
    [
      "SEC1 after EC PARAMETERS",
      () =>
        `-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n${pem(ec.privateKey, "sec1")}`,
      ec.publicKey,
    ],
    ["CRLF line ends", () => pem(ec.privateKey, "pkcs8").replace(/\n/g, "\r\n"), ec.publicKey],
  ])("%s", (_, text, publicKey) => {
    const key = loadPrivateKey(text());
    expect(key.keyId).toBe(idOf(publicKey));
    expect(key.role).toBeUndefined();
  });

  it.each([
    ["PBES2 HMAC-SHA256 AES-256-CBC (OpenSSL default)", () => pem(ec.privateKey, "pkcs8", "aes-256-cbc", "pw one")],
    ["PBES2 AES-128-CBC", () => pem(rsa.privateKey, "pkcs8", "aes-128-cbc", "pw one")],
    ["PBES2 3DES (handed to OpenSSL)", () => pem(ed.privateKey, "pkcs8", "des-ede3-cbc", "pw one")],
    ["legacy Proc-Type SEC1", () => pem(ec.privateKey, "sec1", "aes-128-cbc", "pw one")],
    ["legacy Proc-Type PKCS#1 3DES", () => pem(rsa.privateKey, "pkcs1", "des-ede3-cbc", "pw one")],
  ])("encrypted %s: right passphrase loads, wrong one is named", (_, text) => {
    const file = text();
    expect(loadPrivateKey(file, "pw one").keyObject.type).toBe("private");
    expect(() => loadPrivateKey(file, "pw two")).toThrow(
      /^(wrong passphrase for key file|cannot decrypt key file: wrong passphrase)/,
    );
    expect(plain(failure(() => loadPrivateKey(file)))).toBe(
      "key file: the key is encrypted: give its passphrase in signer-key-passphrase",
    );
  });
});

describe("refusals", () => {
  const alicePub = readFileSync(join(cli, "alice.pub"), "utf8");
  const cert = readFileSync(join(fixtures, "certs", "rsa-2048.crt"), "utf8");

  it.each([
    ["not a PEM", "hello", "key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)"],
    ["empty", "", "key file is not a PEM file"],
    ["a public key", alicePub, "key file holds a public key, not a private key"],
    ["a certificate", cert, "key file holds a certificate, not a private key"],
    [
      "an OpenSSH key",
      "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
      "unsupported PEM block OPENSSH PRIVATE KEY",
    ],
    ["broken base64", "-----BEGIN PRIVATE KEY-----\n#!!\n-----END PRIVATE KEY-----\n", "key file is malformed"],
    [
      "no END line",
      "-----BEGIN PRIVATE KEY-----\nAAAA\n",
      "key file is malformed: PEM block PRIVATE KEY has no END line",
    ],
    [
      "garbage PKCS#8",
      "-----BEGIN PRIVATE KEY-----\nrole: x\n\nMAA=\n-----END PRIVATE KEY-----\n",
      "key file (role x) is malformed",
    ],
    [
      "secp256k1",
      pem(generateKeyPairSync("ec", { namedCurve: "secp256k1" }).privateKey, "pkcs8"),
      "key file: unsupported curve secp256k1",
    ],
    [
      "RSA 1024",
      pem(generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey, "pkcs1"),
      "key file: RSA key of 1024 bits is too small; notary requires at least 2048",
    ],
    [
      "DSA",
      pem(generateKeyPairSync("dsa", { modulusLength: 2048, divisorLength: 256 }).privateKey, "pkcs8"),
      "key file: unsupported key type dsa",
    ],
    ["Ed448", pem(generateKeyPairSync("ed448").privateKey, "pkcs8"), "key file: unsupported key type ed448"],
  ])("%s", (_, text, message) => {
    expect(() => loadPrivateKey(text)).toThrow(message);
    try {
      loadPrivateKey(text);
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      expect(String((err as Error).message)).not.toMatch(/\n/);
    }
  });

  it("never puts the passphrase or key bytes in a message or cause", () => {
    const secret = "correct horse battery staple";
    const text = readFileSync(cliKeys[0]!, "utf8");
    const body = text.split("\n")[3]!;
    for (const attempt of [secret, `${secret}!`]) {
      try {
        loadPrivateKey(text.replace("role: ", "role: x"), attempt);
        expect.unreachable();
      } catch (err) {
        const printed = `${(err as Error).message} ${(err as Error).stack} ${JSON.stringify(err)} ${String((err as Error).cause)}`;
        expect(printed).not.toContain(secret);
        expect(printed).not.toContain(body.slice(0, 20));
        expect((err as Error).cause).toBeUndefined();
      }
    }
  });

  it("refuses an ed25519 key whose stored public key does not match its seed", () => {
    const jwk = generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" });
    const other = Buffer.from(generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!, "base64url");
    const raw = Buffer.concat([other, Buffer.from(jwk.d!, "base64url"), other]);
    const text = `-----BEGIN ED25519 PRIVATE KEY-----\n${raw.toString("base64")}\n-----END ED25519 PRIVATE KEY-----\n`;
    expect(() => loadPrivateKey(text)).toThrow(
      "key file is malformed: ed25519 private key does not match its public key",
    );
  });
});

/** The message a call throws. */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected a failure");
}
