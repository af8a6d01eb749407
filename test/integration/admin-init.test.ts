// init and signer add by us, judged by the Go clients: docker trust inspect and notary list show
// the repository, and docker trust signer add and notary keep operating on it with the key files
// we wrote (found by ID in Docker's key directory).
import { copyFile, readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, type GeneratedKey } from "../stack/go-clients.js";
import { startProxy } from "../stack/proxy.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, adminConfig, cliFlags, hooks, runCli, served, tempDir } from "../helpers/admin.js";
import { decodePemBlocks } from "../../src/codec/pem.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { parsePublicKey } from "../../src/signers/public-key.js";
import { createRepository, addSignerOrCreate } from "../../src/workflows/admin/new-repository.js";
import { withAdminSession } from "../../src/workflows/admin/session.js";
import { addSigner, removeSigner } from "../../src/workflows/admin/signers.js";

const stack = useStack();
const server = stack.notary.local.url;

let docker: DockerTrust;
beforeAll(async () => {
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
});
afterAll(() => docker?.dispose());

async function signerKey(name: string, repo: string): Promise<GeneratedKey> {
  return docker.keyGenerate(name, path.join(docker.configDir, "keys", repo, name));
}

describe("init and signer add", () => {
  it("make a repository that docker trust inspect and notary show, and that docker and notary keep managing with our key files", async () => {
    const repo = uniqueRepo("admin-init");
    const image = `${stack.registry.host}/${repo}`;
    const dir = await tempDir("admin-init");
    const flags = await cliFlags(stack, server, dir);
    const alice = await signerKey("alice", repo);

    const init = await runCli(["init", image, ...flags, "--json"]);
    expect(init.code, init.stderr).toBe(0);
    const created = JSON.parse(init.stdout) as {
      rootKeyId: string;
      rootCanonicalKeyId: string;
      repositoryKeyId: string;
      keyFiles: { role: string; keyId: string; file: string }[];
    };
    expect(created.keyFiles.map((k) => k.role)).toEqual(["root", "targets"]);

    // Key files as Docker writes them: <canonical id>.key, 0600, encrypted PKCS#8, role (and gun) headers.
    const keyDir = path.join(dir, "private");
    expect((await readdir(keyDir)).sort()).toEqual(created.keyFiles.map((k) => k.file).sort());
    for (const k of created.keyFiles) {
      const file = path.join(keyDir, k.file);
      expect(k.file).toBe(`${k.keyId}.key`);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const text = await readFile(file, "utf8");
      const [block] = decodePemBlocks(text);
      expect(block!.type).toBe("ENCRYPTED PRIVATE KEY");
      expect(block!.headers).toEqual(k.role === "root" ? { role: "root" } : { gun: image, role: "targets" });
      expect(loadPrivateKey(text, PASSPHRASE).keyId).toBe(k.keyId);
    }
    expect(created.keyFiles.find((k) => k.role === "root")!.keyId).toBe(created.rootCanonicalKeyId);

    const added = await runCli(["signer", "add", "alice", image, "--key", alice.pubPath, ...flags]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`Added signer alice to ${image} with key ${alice.keyId}`);

    const [inspected] = await docker.inspect(image);
    expect(inspected).toEqual({
      Name: image,
      SignedTags: [],
      Signers: [{ Name: "alice", Keys: [{ ID: alice.keyId }] }],
      AdministrativeKeys: [
        { Name: "Root", Keys: [{ ID: created.rootKeyId }] },
        { Name: "Repository", Keys: [{ ID: created.repositoryKeyId }] },
      ],
    });
    const notary = docker.notary();
    expect((await notary.delegationList(image)).map((d) => [d.role, d.keyIds, d.threshold])).toEqual([
      ["targets/alice", [alice.keyId], 1],
      ["targets/releases", [alice.keyId], 1],
    ]);
    expect(await notary.list(image)).toEqual([]);
    const root = await served(stack, server, image, "root");
    const targets = await served(stack, server, image, "targets");
    expect([root.version, targets.version]).toEqual([1, 2]);

    // alice signs with docker's own key; docker sees it.
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    await notary.addhash(image, "v1", v1.size, v1.digest.slice(7), ["targets/releases", "targets/alice"]);

    // Our root and targets key files, copied into Docker's key directory, work for the Go clients.
    for (const k of created.keyFiles)
      await copyFile(path.join(keyDir, k.file), path.join(docker.trustDir, "private", k.file));
    const bob = await signerKey("bob", repo);
    await docker.signerAdd("bob", image, bob.pubPath);
    const v2 = await pushImage(stack.registry.url, repo, "v2");
    await notary.addhash(image, "v2", v2.size, v2.digest.slice(7));

    const [after] = await docker.inspect(image);
    expect(after!.SignedTags).toEqual([
      { SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["alice"] },
      { SignedTag: "v2", Digest: v2.digest.slice(7), Signers: ["Repo Admin"] },
    ]);
    expect(after!.Signers).toEqual([
      { Name: "bob", Keys: [{ ID: bob.keyId }] },
      { Name: "alice", Keys: [{ ID: alice.keyId }] },
    ]);
    const listed = await notary.list(image);
    expect(
      listed.map(({ name, digest, size }) => ({ name, digest, size })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    ).toEqual([
      { name: "v1", digest: v1.digest.slice(7), size: v1.size },
      { name: "v2", digest: v2.digest.slice(7), size: v2.size },
    ]);
    expect(listed.find((t) => t.name === "v2")!.role).toBe("targets");
    // Our inspect agrees and gives no expiry warning on a fresh repository.
    const ours = await runCli(["inspect", image, ...flags.slice(0, 6), "--json"]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual([after]);
    expect(ours.stderr).not.toContain("expire");
  });

  it("refuses to touch a repository that exists, before writing any key", async () => {
    const repo = uniqueRepo("admin-exists");
    const image = `${stack.registry.host}/${repo}`;
    const key = await signerKey("ci", repo);
    await docker.signerAdd("ci", image, key.pubPath);
    const dir = await tempDir("admin-exists");
    const result = await runCli(["init", image, ...(await cliFlags(stack, server, dir))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^content-trust init: ${image.replace(/[.]/g, "\\.")} already exists on https://127\\.0\\.0\\.1:\\d+ \\(root v1\\); init never touches an existing repository; manage it with`,
      ),
    );
    await expect(readdir(path.join(dir, "private"))).rejects.toThrow(/ENOENT/);
    expect((await docker.inspect(image))[0]!.Signers).toEqual([{ Name: "ci", Keys: [{ ID: key.keyId }] }]);

    // A new one: the human output names the keys, their files and the directory to back up.
    const fresh = `${stack.registry.host}/${uniqueRepo("admin-human")}`;
    const made = await runCli(["init", fresh, ...(await cliFlags(stack, server, dir))]);
    expect(made.code, made.stderr).toBe(0);
    const [root, targets] = (await readdir(path.join(dir, "private"))).map((f) => f.replace(/\.key$/, ""));
    expect(made.stdout).toMatch(
      new RegExp(
        `^Created ${fresh.replace(/[.]/g, "\\.")}\n\nKEY +ID +KEY FILE\nRoot +[0-9a-f]{64} +[0-9a-f]{64}\\.key\nRepository +([0-9a-f]{64}) +\\1\\.key\nSnapshot +[0-9a-f]{64} +\\(held by the server\\)\n`,
      ),
    );
    expect(made.stdout).toContain(
      `Back up the key files in ${path.join(dir, "private")}: without the root key the repository cannot be repaired.`,
    );
    expect([root, targets].every((id) => made.stdout.includes(`${id}.key`))).toBe(true);
  });

  it("an init whose upload the server keeps failing names the key files it leaves, and its attempts agree", async () => {
    const proxy = await startProxy({ upstream: server, upstreamCa: stack.caPem });
    try {
      proxy.on(
        { method: "POST", path: /\/_trust\/tuf\/$/ },
        {
          serve: { status: 500, headers: { "content-type": "application/json" }, body: Buffer.from("{}") },
        },
      );
      const dir = await tempDir("admin-init-500");
      const flags = await cliFlags(stack, proxy.url, dir);
      const image = `${stack.registry.host}/${uniqueRepo("admin-init-500")}`;
      const run = await runCli(["init", image, ...flags]);
      expect(run.code).toBe(1);
      const files = (await readdir(path.join(dir, "private"))).sort();
      expect(files).toHaveLength(2);
      expect(run.stderr).toContain(`warning: the key files written for ${image} stay in the key directory: `);
      for (const f of files) expect(run.stderr).toContain(f);
      // The error's count is the last attempt the progress lines announced.
      const announced = [...run.stderr.matchAll(/\(attempt (\d+)/g)].map((m) => Number(m[1]));
      expect(run.stderr).toMatch(new RegExp(`gave up after ${Math.max(...announced)} attempts`));
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it("signer add --init creates the repository with the signer in one publish, with a given root key", async () => {
    const repo = uniqueRepo("admin-addinit");
    const image = `${stack.registry.host}/${repo}`;
    const dir = await tempDir("admin-addinit");
    const first = await createRepository(
      adminConfig(stack, server, dir, `${stack.registry.host}/${uniqueRepo("admin-rootsrc")}`),
      hooks,
    );
    const rootFile = first.written.find((k) => k.role === "root")!;
    const rootKey = await readFile(path.join(dir, "private", rootFile.fileName), "utf8");
    const ci = await signerKey("ci", repo);

    const result = await addSignerOrCreate(
      adminConfig(stack, server, dir, image, { rootKey, rootKeyPassphrase: PASSPHRASE }),
      hooks,
      { name: "ci", keys: [parsePublicKey(await readFile(ci.pubPath, "utf8")).publicKey] },
    );
    expect(result.created?.written.map((k) => k.role)).toEqual(["targets"]);
    expect(result.created?.rootCanonicalKeyId).toBe(rootFile.keyId);
    expect(result.targetsVersion).toBe(1);
    const [inspected] = await docker.inspect(image);
    expect(inspected!.Signers).toEqual([{ Name: "ci", Keys: [{ ID: ci.keyId }] }]);
    // A second root certificate for the same root key: a new certificate ID, the same key file.
    expect(inspected!.AdministrativeKeys[0]!.Keys).toEqual([{ ID: result.created!.rootKeyId }]);
    expect(result.created!.rootKeyId).not.toBe(first.rootKeyId);

    const v1 = await pushImage(stack.registry.url, repo, "v1");
    await docker.notary().addhash(image, "v1", v1.size, v1.digest.slice(7), ["targets/releases", "targets/ci"]);
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([
      { SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["ci"] },
    ]);

    // Adding the same key again changes nothing.
    const again = await addSignerOrCreate(adminConfig(stack, server, dir, image), hooks, {
      name: "ci",
      keys: [parsePublicKey(await readFile(ci.pubPath, "utf8")).publicKey],
    });
    expect(again.published).toBe(false);
    expect(again.created).toBeUndefined();
  });

  it("lands every signer when several are added at once (lost races are re-read and re-applied)", async () => {
    const repo = uniqueRepo("admin-race");
    const image = `${stack.registry.host}/${repo}`;
    const dir = await tempDir("admin-race");
    await createRepository(adminConfig(stack, server, dir, image), hooks);
    const names = ["s1", "s2", "s3", "s4", "s5"];
    const keys = await Promise.all(names.map((n) => signerKey(n, repo)));
    const results = await Promise.all(
      names.map(async (name, i) =>
        withAdminSession(adminConfig(stack, server, dir, image), hooks, async (s) =>
          addSigner(s.deps, {
            name,
            keys: [parsePublicKey(await readFile(keys[i]!.pubPath, "utf8")).publicKey],
            anchor: s.anchor,
          }),
        ),
      ),
    );
    expect(results.every((r) => r.published)).toBe(true);
    const [inspected] = await docker.inspect(image);
    expect(inspected!.Signers.map((s) => s.Name).sort()).toEqual(names);
    const releases = (await docker.notary().delegationList(image)).find((d) => d.role === "targets/releases")!;
    expect(releases.keyIds.sort()).toEqual(keys.map((k) => k.keyId).sort());
    expect((await served(stack, server, image, "targets")).version).toBe(1 + names.length);
  });

  it("warns when a signer is added under the name of a removed one whose old file the server still names", async () => {
    const repo = uniqueRepo("admin-stale");
    const image = `${stack.registry.host}/${repo}`;
    const dir = await tempDir("admin-stale");
    await createRepository(adminConfig(stack, server, dir, image), hooks);
    const first = await signerKey("alice", repo);
    const second = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo, "alice-2"));
    const pub = async (k: GeneratedKey) => parsePublicKey(await readFile(k.pubPath, "utf8")).publicKey;
    const config = adminConfig(stack, server, dir, image);
    await withAdminSession(config, hooks, async (s) =>
      addSigner(s.deps, { name: "alice", keys: [await pub(first)], anchor: s.anchor }),
    );
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    await docker.notary().addhash(image, "v1", v1.size, v1.digest.slice(7), ["targets/alice"]);
    await withAdminSession(config, hooks, (s) =>
      removeSigner(s.deps, { name: "alice", anchor: s.anchor, force: true }),
    );
    const again = await withAdminSession(config, hooks, async (s) =>
      addSigner(s.deps, { name: "alice", keys: [await pub(second)], anchor: s.anchor }),
    );
    expect(again.warnings).toContain(
      `targets/alice of ${image} still holds the file of an earlier signer named alice, signed by other keys; signing into it will be refused. Remove this signer and choose another name, or use the earlier key (key rotate-signer replaces keys without this)`,
    );
    expect((await docker.inspect(image))[0]!.Signers).toEqual([{ Name: "alice", Keys: [{ ID: second.keyId }] }]);
  });
});
