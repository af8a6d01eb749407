// Key files and the Go CLIs, both ways: keys the `docker trust` and `notary` CLIs write must load
// with the right key ID, role and gun; key files we write must be readable by the notary CLI.
// Needs the `notary` and `docker` programs, but no servers and no Docker daemon.
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPrivateKey, type LoadedPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { encodePrivateKeyFile } from "../../src/signers/key-file-writer.js";
import { notaryPublicKeyOf, parsePublicKey, publicKeyPem } from "../../src/signers/public-key.js";
import { keyIdOf, verifySignature } from "../../src/tuf/keys.js";
import { assertStackPrograms } from "../stack/binaries.js";
import { isolatedEnv } from "../stack/notary-cli.js";
import { CommandError, runCommand } from "../stack/processes.js";
import { makeTempDir } from "../stack/temp-dir.js";

const PASS = "integration pass";

function notaryEnv(passphrase: string): NodeJS.ProcessEnv {
  return {
    ...isolatedEnv(),
    NOTARY_ROOT_PASSPHRASE: passphrase,
    NOTARY_TARGETS_PASSPHRASE: passphrase,
    NOTARY_SNAPSHOT_PASSPHRASE: passphrase,
    NOTARY_DELEGATION_PASSPHRASE: passphrase,
  };
}

function notary(trustDir: string, args: readonly string[], passphrase = PASS) {
  return runCommand("notary", ["-d", trustDir, ...args], { env: notaryEnv(passphrase) });
}

function docker(configDir: string, args: readonly string[], passphrase = PASS) {
  return runCommand("docker", args, {
    env: { ...isolatedEnv(), DOCKER_CONFIG: configDir, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: passphrase },
  });
}

/** `notary key list` rows as `role gun keyid` (gun "-" when empty). */
async function keyList(trustDir: string): Promise<string[]> {
  const { stdout } = await notary(trustDir, ["key", "list"]);
  const lines = stdout.split("\n");
  const rule = lines.findIndex((line) => /^-{2,}\s/.test(line));
  return lines
    .slice(rule + 1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length >= 3)
    .map((cells) => (cells.length === 3 ? `${cells[0]} - ${cells[1]}` : `${cells[0]} ${cells[1]} ${cells[2]}`));
}

async function expectSigns(key: LoadedPrivateKey): Promise<void> {
  const signer = new KeyFileSigner(key);
  const message = Buffer.from(`{"signed":"${key.keyId}"}`);
  expect(verifySignature(key.publicKey, signer.method, message, await signer.sign(message))).toBe(true);
}

const read = (path: string) => readFileSync(path, "utf8");

beforeAll(() => {
  assertStackPrograms(["notary", "docker"]);
});

describe("keys written by the Go CLIs", () => {
  it("docker trust key generate: the private key loads with the file name's ID and the NAME role, and NAME.pub matches", async () => {
    const config = makeTempDir("docker-config");
    const out = makeTempDir("docker-pub");
    await docker(config, ["trust", "key", "generate", "ci-signer", "--dir", out]);
    const files = readdirSync(join(config, "trust", "private"));
    expect(files).toHaveLength(1);
    const text = read(join(config, "trust", "private", files[0]!));
    const key = loadPrivateKey(text, PASS);
    expect(key.keyId).toBe(basename(files[0]!, ".key"));
    expect(key.role).toBe("ci-signer");
    expect(key.gun).toBeUndefined();
    expect(key.publicKey.type).toBe("ecdsa");

    const pubText = read(join(out, "ci-signer.pub"));
    const pub = parsePublicKey(pubText);
    expect(pub.keyId).toBe(key.keyId);
    expect(pub.role).toBe("ci-signer");
    expect(publicKeyPem(key.publicKey, { role: "ci-signer" })).toBe(pubText);

    expect(() => loadPrivateKey(text, `${PASS}!`)).toThrow("wrong passphrase for key file (role ci-signer)");
    expect(() => loadPrivateKey(text)).toThrow(
      /^key file \(role ci-signer\): the key is encrypted: give its passphrase in \W?signer-key-passphrase\W?$/,
    );
    await expectSigns(key);
  });

  it.each(["root", "targets/ci"])("notary key generate ecdsa --role %s", async (role) => {
    const dir = makeTempDir("notary-gen");
    const { stdout } = await notary(dir, ["key", "generate", "ecdsa", "--role", role]);
    const id = /keyID: ([0-9a-f]{64})/.exec(stdout)?.[1];
    expect(id).toBeDefined();
    const key = loadPrivateKey(read(join(dir, "private", `${id}.key`)), PASS);
    expect(key.keyId).toBe(id);
    expect(key.role).toBe(role);
    await expectSigns(key);
  });

  it("notary init (offline) writes targets and snapshot keys with a gun header", async () => {
    const dir = makeTempDir("notary-init");
    await expect(notary(dir, ["-s", "https://127.0.0.1:9", "init", "example.com/app"])).rejects.toThrow(CommandError);
    const keys = readdirSync(join(dir, "private")).map((f) => ({
      id: basename(f, ".key"),
      key: loadPrivateKey(read(join(dir, "private", f)), PASS),
    }));
    expect(keys.map(({ key }) => `${key.role} ${key.gun ?? "-"}`).sort()).toEqual([
      "root -",
      "snapshot example.com/app",
      "targets example.com/app",
    ]);
    for (const { id, key } of keys) expect(key.keyId).toBe(id);
  });

  // notary 0.7's `key generate` refuses every algorithm but ECDSA, so Go-written Ed25519 and RSA
  // key files come from `notary key import`, which re-encrypts the key in notary's own PKCS#8 layout.
  it.each([
    [
      "ed25519",
      "targets/bob",
      () => {
        const { privateKey } = generateKeyPairSync("ed25519");
        const jwk = privateKey.export({ format: "jwk" });
        const pub = Buffer.from(jwk.x!, "base64url");
        const raw = Buffer.concat([pub, Buffer.from(jwk.d!, "base64url"), pub]);
        return {
          privateKey,
          pem: `-----BEGIN ED25519 PRIVATE KEY-----\nrole: targets/bob\n\n${raw.toString("base64")}\n-----END ED25519 PRIVATE KEY-----\n`,
        };
      },
    ],
    [
      "rsa",
      "targets/carol",
      () => {
        const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
        return { privateKey, pem: privateKey.export({ format: "pem", type: "pkcs1" }).toString() };
      },
    ],
  ] as const)("notary key import of an %s key", async (type, role, make) => {
    const dir = makeTempDir("notary-import");
    const { privateKey, pem } = make();
    const input = join(makeTempDir("notary-import-src"), "in.pem");
    writeFileSync(input, pem, { mode: 0o600 });
    await notary(dir, ["key", "import", input, "-r", role]);
    const files = readdirSync(join(dir, "private"));
    expect(files).toHaveLength(1);
    const text = read(join(dir, "private", files[0]!));
    expect(text.startsWith(`-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: ${role}\n\n`)).toBe(true);
    const key = loadPrivateKey(text, PASS);
    expect(key.publicKey.type).toBe(type);
    expect(key.keyId).toBe(basename(files[0]!, ".key"));
    expect(key.keyId).toBe(keyIdOf(notaryPublicKeyOf(privateKey)));
    expect(key.role).toBe(role);
    await expectSigns(key);
  });
});

describe("key files we write, read by the Go CLIs", () => {
  const cases: [string, () => KeyObject, string, string | undefined][] = [
    ["ecdsa signer", () => generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey, "ci-signer", undefined],
    [
      "ecdsa targets",
      () => generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey,
      "targets",
      "example.com/app",
    ],
    ["ed25519 delegation", () => generateKeyPairSync("ed25519").privateKey, "targets/bob", undefined],
    [
      "rsa delegation",
      () => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey,
      "targets/carol",
      undefined,
    ],
  ];

  it.each(cases)("%s: notary key list shows it, notary key passwd decrypts it", async (_, make, role, gun) => {
    const dir = makeTempDir("notary-ours");
    mkdirSync(join(dir, "private"), { mode: 0o700 });
    const key = loadPrivateKey(encodePrivateKeyFile(make(), { role, passphrase: PASS, ...(gun ? { gun } : {}) }), PASS);
    const path = join(dir, "private", `${key.keyId}.key`);
    const ours = encodePrivateKeyFile(key, { role, passphrase: PASS, ...(gun ? { gun } : {}) });
    writeFileSync(path, ours, { mode: 0o600 });

    expect(await keyList(dir)).toEqual([`${role} ${gun ?? "-"} ${key.keyId}`]);

    // A wrong passphrase makes Go fail to decrypt; the right one lets it decrypt and re-encrypt.
    await expect(notary(dir, ["key", "passwd", key.keyId], "not the passphrase")).rejects.toThrow(
      /could not retrieve local key/,
    );
    await notary(dir, ["key", "passwd", key.keyId]);
    const rewritten = read(path);
    expect(rewritten).not.toBe(ours);
    const again = loadPrivateKey(rewritten, PASS);
    expect([again.keyId, again.role, again.gun]).toEqual([key.keyId, role, gun]);
  });

  it("docker trust key load takes our unencrypted key file and encrypts it as docker does", async () => {
    const config = makeTempDir("docker-load");
    const src = join(makeTempDir("docker-load-src"), "signer.key");
    const ours = loadPrivateKey(
      encodePrivateKeyFile(generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey, { role: "ci-signer" }),
    );
    writeFileSync(src, encodePrivateKeyFile(ours, { role: "ci-signer" }), { mode: 0o600 });
    chmodSync(src, 0o600);
    await docker(config, ["trust", "key", "load", "--name", "ci-signer", src]);
    const files = readdirSync(join(config, "trust", "private"));
    expect(files).toEqual([`${ours.keyId}.key`]);
    const loaded = loadPrivateKey(read(join(config, "trust", "private", files[0]!)), PASS);
    expect([loaded.keyId, loaded.role]).toEqual([ours.keyId, "ci-signer"]);
  });
});
