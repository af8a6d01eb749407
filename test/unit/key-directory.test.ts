// The key directory: Docker's naming and file format, found by canonical ID, never overwritten,
// and the keyring that picks a role's key from it or from keys given explicitly.
import { mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KeyDirectory, keyFileHeaders, keyFileName } from "../../src/signers/key-directory.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { encodePrivateKeyFile } from "../../src/signers/key-file-writer.js";
import { createKeyring } from "../../src/workflows/admin/keyring.js";
import { keyIdOf } from "../../src/tuf/keys.js";
import { ecdsaKey, rootKey } from "../helpers/repo-builder.js";

const dirOf = () => mkdtemp(path.join(os.tmpdir(), "ct-keydir-"));
const PASS = "key-directory-test";

describe("key directory", () => {
  it("names files <canonical key id>.key and refuses anything else", () => {
    expect(keyFileName("a".repeat(64))).toBe(`${"a".repeat(64)}.key`);
    for (const bad of ["../x", "A".repeat(64), "a".repeat(63), `${"a".repeat(64)}/..`])
      expect(() => keyFileName(bad)).toThrow(/is not 64 hex digits/);
  });

  it("writes new keys as Docker does: 0600 in a 0700 directory, encrypted, role and gun headers", async () => {
    const dir = path.join(await dirOf(), "private");
    const keys = new KeyDirectory(dir);
    const root = await keys.generate({ role: "root", passphrase: PASS });
    const targets = await keys.generate({ role: "targets", gun: "registry.test/app", passphrase: PASS });
    expect((await readdir(dir)).sort()).toEqual([root.fileName, targets.fileName].sort());
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    for (const k of [root, targets]) {
      const text = await readFile(path.join(dir, k.fileName), "utf8");
      expect((await stat(path.join(dir, k.fileName))).mode & 0o777).toBe(0o600);
      expect(text.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")).toBe(true);
      expect(loadPrivateKey(text, PASS).keyId).toBe(k.keyId);
      expect(k.key.publicKey.type).toBe("ecdsa");
    }
    expect(keyFileHeaders(await readFile(path.join(dir, root.fileName), "utf8"))).toEqual({ role: "root" });
    expect(keyFileHeaders(await readFile(path.join(dir, targets.fileName), "utf8"))).toEqual({
      role: "targets",
      gun: "registry.test/app",
    });
    await expect(keys.generate({ role: "targets", passphrase: "" })).rejects.toThrow(/new keys are always encrypted/);
    const again = loadPrivateKey(await readFile(path.join(dir, root.fileName), "utf8"), PASS).keyObject;
    await expect(keys.write(again, { role: "root", passphrase: PASS })).rejects.toThrow(
      `the key directory already holds ${root.keyId.slice(0, 12)}….key; refusing to overwrite it`,
    );
  });

  it("loads a key by ID, asking for the passphrase with the file's role, and checks the name", async () => {
    const dir = await dirOf();
    const keys = new KeyDirectory(dir);
    const written = await keys.generate({ role: "alice", passphrase: PASS });
    const asked: unknown[] = [];
    const fresh = new KeyDirectory(dir);
    const loaded = await fresh.load(written.keyId, async (r) => {
      asked.push(r);
      return PASS;
    });
    expect(loaded?.keyId).toBe(written.keyId);
    expect(asked).toEqual([{ keyId: written.keyId, role: "alice" }]);
    await fresh.load(written.keyId, async () => expect.fail("asked twice"));
    expect(await fresh.load("b".repeat(64), async () => PASS)).toBeUndefined();
    await expect(new KeyDirectory(dir).load(written.keyId, async () => "wrong")).rejects.toThrow(
      /wrong passphrase for key file \(role alice\)/,
    );

    // A file that holds another key than its name says is refused.
    const other = ecdsaKey();
    await writeFile(path.join(dir, `${other.keyId}.key`), await readFile(path.join(dir, written.fileName)));
    await expect(new KeyDirectory(dir).load(other.keyId, async () => PASS)).rejects.toThrow(
      `key file ${other.keyId.slice(0, 12)}….key holds key ${written.keyId.slice(0, 12)}…, not the key it is named after`,
    );
  });
});

describe("keyring", () => {
  it("signs a role with a given key or a key-directory key, under the ID the role lists", async () => {
    const dir = await dirOf();
    const keys = new KeyDirectory(dir);
    const stored = await keys.generate({ role: "targets", gun: "g", passphrase: PASS });
    const given = ecdsaKey();
    const ring = createKeyring({ signers: [given], directory: keys, passphrase: async () => PASS });
    expect((await ring.signerFor(new Map([[given.keyId, given.publicKey]])))?.keyId).toBe(given.keyId);
    expect((await ring.signerFor(new Map([[stored.keyId, stored.key.publicKey]])))?.description).toContain("key file");
    expect(await ring.signerFor(new Map([[ecdsaKey().keyId, ecdsaKey().publicKey]]))).toBeUndefined();
    expect(ring.sources).toBe(`the given key ${given.keyId.slice(0, 12)}… and the key directory`);

    // A root certificate key is signed for under the certificate's ID, with the key file's key.
    const root = rootKey("registry.test/app");
    const rootFile = encodePrivateKeyFile(root.privateKey, { role: "root", passphrase: PASS });
    const plainId = loadPrivateKey(rootFile, PASS).keyId;
    await writeFile(path.join(dir, `${plainId}.key`), rootFile, { mode: 0o600 });
    const signer = await ring.signerFor(new Map([[root.keyId, root.publicKey]]));
    expect(signer?.keyId).toBe(root.keyId);
    expect(keyIdOf(signer!.publicKey)).toBe(root.keyId);
    expect(plainId).not.toBe(root.keyId);
  });
});
