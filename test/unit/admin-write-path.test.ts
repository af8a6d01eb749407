// The admin workflows (init, signer add/remove, revoke, renew, rotate-signer) against the
// in-memory notary-server, which refuses what notary-server 0.7 refuses: what each publishes,
// what a re-run does, and how each behaves when another writer lands first.
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TrustError, VerificationError } from "../../src/errors.js";
import { parseReference } from "../../src/registry/reference.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { notaryPublicKeyOf } from "../../src/signers/public-key.js";
import { canonicalKeyIdOf, keyIdOf } from "../../src/tuf/keys.js";
import { initRepository } from "../../src/workflows/admin/init.js";
import { addSignerOrCreate, createRepository } from "../../src/workflows/admin/new-repository.js";
import { createKeyring } from "../../src/workflows/admin/keyring.js";
import { renewRoles } from "../../src/workflows/admin/renew.js";
import { revokeTag } from "../../src/workflows/admin/revoke.js";
import { rotateSignerKey } from "../../src/workflows/admin/rotate-signer.js";
import { addSigner, removeSigner } from "../../src/workflows/admin/signers.js";
import type { AdminDeps } from "../../src/workflows/admin/update.js";
import { loadTrust } from "../../src/workflows/load-trust.js";
import { sign } from "../../src/workflows/sign.js";
import { signedTags, signerKeys } from "../../src/tuf/docker.js";
import {
  dockerRepo,
  FAKE_NOTARY_URL,
  fakeClient,
  fakeRegistry,
  manifest,
  remakeBeforeUpload,
  type FakeRepo,
} from "../fakes/notary/docker-repo.js";
import { FakeNotaryServer } from "../fakes/notary/server.js";
import { ecdsaKey, type TestKey } from "../helpers/repo-builder.js";
import { testRuntime } from "../helpers/runtime.js";

const DAY = 24 * 3600 * 1000;

function admin(repo: FakeRepo, keys: TestKey[], now?: () => number): AdminDeps {
  return {
    notary: repo.client,
    keyring: createKeyring({ signers: keys }),
    runtime: testRuntime(now ? { now } : {}),
  };
}

async function signTag(repo: FakeRepo, tag: string, name = "alice", now?: () => number) {
  const m = manifest();
  await sign(
    {
      notary: repo.client,
      registry: fakeRegistry({ [tag]: m }),
      signer: repo.signers.get(name)!,
      runtime: testRuntime(now ? { now } : {}),
    },
    { image: parseReference(`${repo.gun}:${tag}`), signerName: name },
  );
  return m;
}

async function tagsNow(repo: FakeRepo, now = Date.now()) {
  const { set } = await loadTrust(repo.client, { now, allowExpiredDelegations: true });
  return { set, tags: signedTags(set).map((t) => t.tag) };
}

describe("admin workflows on the fake notary-server", () => {
  it("init creates root v1 and targets v1 with the server's keys, and refuses an existing repository", async () => {
    const server = new FakeNotaryServer();
    const notary = fakeClient(server, "registry.test/new-repo");
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const targetsKey = ecdsaKey();
    const alice = ecdsaKey();
    const result = await initRepository(
      { notary, runtime: testRuntime() },
      { rootKey: privateKey, targets: targetsKey, signers: [{ name: "alice", keys: [alice.publicKey] }] },
    );
    expect(result.set.root.signed.version).toBe(1);
    expect(result.targetsKeyId).toBe(targetsKey.keyId);
    expect(signerKeys(result.set).map((s) => s.name)).toEqual(["alice"]);
    expect(server.uploads.map((u) => u.roles.sort())).toEqual([["root", "targets"]]);
    const again = await initRepository(
      { notary, runtime: testRuntime() },
      { rootKey: privateKey, targets: targetsKey },
    ).catch((e: unknown) => e);
    expect((again as TrustError).code).toBe("REPOSITORY_EXISTS");
  });

  it("init from a configuration writes new keys to the key directory and keeps the trusted root; signer add --init then adds", async () => {
    const server = new FakeNotaryServer();
    const dir = await mkdtemp(path.join(os.tmpdir(), "ct-fake-admin-"));
    try {
      const config = {
        repository: "registry.test/configured",
        notaryServer: FAKE_NOTARY_URL,
        transport: server.transport,
        keyDir: path.join(dir, "keys"),
        trustDir: path.join(dir, "trust"),
      };
      const hooks = {
        newPassphrase: async () => "a passphrase for tests",
        passphrase: async () => "a passphrase for tests",
      };
      const created = await createRepository(config, hooks);
      expect(created.written.map((w) => w.role).sort()).toEqual(["root", "targets"]);
      expect((await readdir(config.keyDir)).sort()).toEqual(created.written.map((w) => w.fileName).sort());
      expect((await readdir(config.trustDir)).length).toBeGreaterThan(0);
      const bob = ecdsaKey();
      const added = await addSignerOrCreate({ ...config, searchKeyDir: true }, hooks, {
        name: "bob",
        keys: [bob.publicKey],
      });
      expect(added.created).toBeUndefined();
      expect(added.keyIds).toEqual([canonicalKeyIdOf(bob.publicKey)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("init survives a lost answer: it re-reads root.json and finds its own", async () => {
    const server = new FakeNotaryServer();
    const notary = fakeClient(server, "registry.test/lost-init");
    server.afterUpload = (e) => (server.uploads.length === 1 && e.response.status === 200 ? "drop" : undefined);
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const result = await initRepository(
      { notary, runtime: testRuntime() },
      { rootKey: privateKey, targets: ecdsaKey() },
    );
    expect(result.set.targets.get("targets")!.signed.version).toBe(1);
    expect(server.uploads.length).toBe(1);
  });

  it("signer add puts the key into targets/NAME and targets/releases; a second add publishes nothing", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const bob = ecdsaKey();
    const added = await addSigner(admin(repo, [repo.targets]), { name: "bob", keys: [bob.publicKey] });
    expect(added.published).toBe(true);
    expect(added.keyIds).toEqual([canonicalKeyIdOf(bob.publicKey)]);
    expect(added.targetsVersion).toBe(2);
    const again = await addSigner(admin(repo, [repo.targets]), { name: "bob", keys: [bob.publicKey] });
    expect(again.published).toBe(false);
  });

  it("signer add without the targets key fails naming the keys it looked for", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const err = await addSigner(admin(repo, [ecdsaKey()]), { name: "bob", keys: [ecdsaKey().publicKey] }).catch(
      (e: unknown) => e,
    );
    expect((err as TrustError).code).toBe("KEY_NOT_FOUND");
  });

  it("signer add re-applies itself when another admin changed targets first", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const [bob, carol] = [ecdsaKey(), ecdsaKey()];
    server.beforeUpload = async () => {
      await addSigner(admin(repo, [repo.targets]), { name: "carol", keys: [carol.publicKey] });
    };
    const added = await addSigner(admin(repo, [repo.targets]), { name: "bob", keys: [bob.publicKey] });
    expect(added.targetsVersion).toBe(3);
    expect(
      signerKeys(added.set)
        .map((s) => s.name)
        .sort(),
    ).toEqual(["alice", "bob", "carol"]);
  });

  it("re-reads after a lost race anchored on the root it trusted: a repository made again meanwhile is refused", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    remakeBeforeUpload(server, repo);
    const err = await addSigner(admin(repo, [repo.targets]), { name: "bob", keys: [ecdsaKey().publicKey] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(VerificationError);
  });

  it("signer remove of the last releases signer needs force, then drops the delegation and reports the tags that stop verifying", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    await signTag(repo, "v1");
    const uploads = server.uploads.length;
    const refused = await removeSigner(admin(repo, [repo.targets]), { name: "alice" }).catch((e: unknown) => e);
    expect((refused as TrustError).code).toBe("CONFIRMATION_REQUIRED");
    expect(server.uploads.length).toBe(uploads);
    const removed = await removeSigner(admin(repo, [repo.targets]), { name: "alice", force: true });
    expect(removed.published).toBe(true);
    expect(removed.keyIds).toEqual([]);
    expect(removed.unreleased.map((t) => t.tag)).toEqual(["v1"]);
  });

  it("revoke removes the tag from every role it can sign and publishes them in one upload", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    await signTag(repo, "v1");
    await signTag(repo, "v2");
    const result = await revokeTag(admin(repo, [repo.signers.get("alice")!]), { tag: "v1" });
    expect(result.removedFrom.sort()).toEqual(["targets/alice", "targets/releases"]);
    expect(result.stillReleasedBy).toBeUndefined();
    expect(server.uploads.at(-1)!.roles.sort()).toEqual(["targets/alice", "targets/releases"]);
    expect((await tagsNow(repo)).tags).toEqual(["v2"]);
    const again = await revokeTag(admin(repo, [repo.signers.get("alice")!]), { tag: "v1" });
    expect(again.published).toBe(false);
  });

  it("revoke finds its upload landed when the answer was lost, and reports what it removed", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    await signTag(repo, "v1");
    const uploads = server.uploads.length;
    server.afterUpload = (e) =>
      server.uploads.length === uploads + 1 && e.response.status === 200 ? "drop" : undefined;
    const result = await revokeTag(admin(repo, [repo.signers.get("alice")!]), { tag: "v1" });
    expect(result.published).toBe(true);
    expect(result.removedFrom.sort()).toEqual(["targets/alice", "targets/releases"]);
    expect(server.uploads.length).toBe(uploads + 1);
    expect((await tagsNow(repo)).tags).toEqual([]);
  });

  it("rotate-signer re-applies the rotation when a signer publishes between its read and its upload", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const m1 = await signTag(repo, "v1");
    let m2: ReturnType<typeof manifest> | undefined;
    server.beforeUpload = async () => {
      m2 = await signTag(repo, "v2");
    };
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pub = notaryPublicKeyOf(privateKey);
    const newKey = new KeyFileSigner({ keyObject: privateKey, publicKey: pub, keyId: keyIdOf(pub), role: "alice" });
    const result = await rotateSignerKey(admin(repo, [repo.targets, repo.signers.get("alice")!]), {
      name: "alice",
      newKey,
    });
    expect(result.published).toBe(true);
    expect(server.uploads.some((u) => u.response.body.toString().includes('"VERSION"'))).toBe(true);
    const { set } = await tagsNow(repo);
    expect(signedTags(set).map((t) => [t.tag, t.digest])).toEqual([
      ["v1", m1.digest.slice(7)],
      ["v2", m2!.digest.slice(7)],
    ]);
    expect(signerKeys(set).find((s) => s.name === "alice")!.keyIds).toEqual([newKey.keyId]);
  });

  it("renew re-signs the roles that expire within the window with the next version, and not the others", async () => {
    let now = Date.now();
    const clock = () => now;
    const server = new FakeNotaryServer({ now: clock });
    const repo = await dockerRepo(server, { signers: ["alice"] });
    await signTag(repo, "v1", "alice", clock);
    now += 3 * 365 * DAY - 30 * DAY; // everything but root now expires within six months
    const result = await renewRoles(admin(repo, [repo.targets, repo.signers.get("alice")!], clock));
    expect(result.renewed.map((r) => [r.role, r.version]).sort()).toEqual([
      ["targets", 2],
      ["targets/alice", 2],
      ["targets/releases", 2],
    ]);
    expect(result.notRenewed).toEqual([]);
    const again = await renewRoles(admin(repo, [repo.targets, repo.signers.get("alice")!], clock));
    expect(again.published).toBe(false);
  });

  it("renew lists expired roles it cannot sign with their expiry, and names the keys that can renew them", async () => {
    let now = Date.now();
    const clock = () => now;
    const server = new FakeNotaryServer({ now: clock });
    const repo = await dockerRepo(server, { signers: ["alice"] });
    await signTag(repo, "v1", "alice", clock);
    now += 3 * 365 * DAY + DAY; // every targets role has expired
    const deps = admin(repo, [repo.targets], clock);
    const warned: string[] = [];
    const result = await renewRoles({ ...deps, runtime: { ...deps.runtime, warn: (m) => warned.push(m) } });
    expect(result.renewed.map((r) => r.role)).toEqual(["targets"]);
    expect(result.notRenewed.map((r) => [r.role, r.expired, r.untrusted, r.expires === ""]).sort()).toEqual([
      ["targets/alice", true, undefined, false],
      ["targets/releases", true, undefined, false],
    ]);
    const alice = canonicalKeyIdOf(repo.signers.get("alice")!.publicKey).slice(0, 12);
    expect(warned.join("\n")).toContain(`cannot sign it; renew it with a key of targets/alice: ${alice}`);
  });

  it("rotate-signer replaces alice's key in one upload, and the released tag still verifies", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const m = await signTag(repo, "v1");
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pub = notaryPublicKeyOf(privateKey);
    const newKey = new KeyFileSigner({ keyObject: privateKey, publicKey: pub, keyId: keyIdOf(pub), role: "alice" });
    const result = await rotateSignerKey(admin(repo, [repo.targets, repo.signers.get("alice")!]), {
      name: "alice",
      newKey,
    });
    expect(result.replaced).toEqual([canonicalKeyIdOf(repo.signers.get("alice")!.publicKey)]);
    expect(server.uploads.at(-1)!.roles.sort()).toEqual(["targets", "targets/alice", "targets/releases"]);
    const { set } = await tagsNow(repo);
    expect(signedTags(set).map((t) => [t.tag, t.digest])).toEqual([["v1", m.digest.slice(7)]]);
    expect(signerKeys(set).find((s) => s.name === "alice")!.keyIds).toEqual([newKey.keyId]);
  });
});
