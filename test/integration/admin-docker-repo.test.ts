// A repository made by `docker trust signer add`, managed by ours with the targets key file docker
// wrote into $DOCKER_CONFIG/trust/private (found by ID, the default key directory), judged by
// docker trust inspect after each step.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, type GeneratedKey } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, served, tempDir } from "../helpers/admin.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { writeFile } from "node:fs/promises";

const stack = useStack();

for (const topology of ["local", "signer"] as const) {
  describe(`signer add and remove on a docker-made repository (${topology} notary-server)`, () => {
    const server = stack.notary[topology].url;
    let docker: DockerTrust;
    let caFile: string;
    beforeAll(async () => {
      docker = await DockerTrust.create({
        serverUrl: server,
        caPem: stack.caPem,
        rootPassphrase: PASSPHRASE,
        repositoryPassphrase: PASSPHRASE,
      });
      caFile = path.join(await tempDir("admin-docker"), "ca.pem");
      await writeFile(caFile, stack.caPem);
    });
    afterAll(() => docker?.dispose());

    // Docker's own configuration: default key directory and trust cache under DOCKER_CONFIG.
    const cli = (args: string[]) =>
      runCli([...args, "--notary-server", server, "--ca-cert", caFile], { DOCKER_CONFIG: docker.configDir });
    const sign = async (image: string, tag: string, key: GeneratedKey) =>
      runSign({
        image: `${image}:${tag}`,
        tags: [],
        signerKey: await readFile(key.privateKeyPath, "utf8"),
        signerKeyPassphrase: PASSPHRASE,
        notaryServer: server,
        caPem: stack.caPem,
        insecureRegistries: [stack.registry.host],
      });

    it("adds and removes signers with docker's targets key; released tags follow the releases role", async () => {
      const repo = uniqueRepo(`admin-docker-${topology}`);
      const image = `${stack.registry.host}/${repo}`;
      const keyDir = (name: string) => path.join(docker.configDir, "keys", repo, name);
      const alice = await docker.keyGenerate("alice", keyDir("alice"));
      const bob = await docker.keyGenerate("bob", keyDir("bob"));
      await docker.signerAdd("alice", image, alice.pubPath);
      const v1 = await pushImage(stack.registry.url, repo, "v1");
      const v2 = await pushImage(stack.registry.url, repo, "v2");
      await sign(image, "v1", alice);

      const added = await cli(["signer", "add", "bob", image, "--key", bob.pubPath]);
      expect(added.code, added.stderr).toBe(0);
      await sign(image, "v2", bob);
      let [inspected] = await docker.inspect(image);
      expect(inspected!.Signers).toEqual([
        { Name: "bob", Keys: [{ ID: bob.keyId }] },
        { Name: "alice", Keys: [{ ID: alice.keyId }] },
      ]);
      expect(inspected!.SignedTags).toEqual([
        { SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["alice"] },
        { SignedTag: "v2", Digest: v2.digest.slice(7), Signers: ["bob"] },
      ]);

      // bob signed targets/releases last, so removing alice keeps both tags released.
      const removedAlice = await cli(["signer", "remove", "alice", image, "--json"]);
      expect(removedAlice.code, removedAlice.stderr).toBe(0);
      expect(JSON.parse(removedAlice.stdout)).toMatchObject({
        signer: "alice",
        keyIds: [],
        published: true,
        unreleased: [],
        warnings: [],
      });
      [inspected] = await docker.inspect(image);
      expect(inspected!.Signers).toEqual([{ Name: "bob", Keys: [{ ID: bob.keyId }] }]);
      expect(inspected!.SignedTags.map((t) => [t.SignedTag, t.Signers])).toEqual([
        ["v1", ["Repo Admin"]],
        ["v2", ["bob"]],
      ]);
      expect((await docker.notary().delegationList(image)).map((d) => [d.role, d.keyIds])).toEqual([
        ["targets/bob", [bob.keyId]],
        ["targets/releases", [bob.keyId]],
      ]);

      // docker keeps operating on it: add alice back with docker itself.
      await docker.signerAdd("alice", image, alice.pubPath);
      expect((await docker.inspect(image))[0]!.Signers.map((s) => s.Name)).toEqual(["bob", "alice"]);

      // Removing bob, whose key signed targets/releases: the warning says which tags stop verifying.
      const removedBob = await cli(["signer", "remove", "bob", image, "--force"]);
      expect(removedBob.code, removedBob.stderr).toBe(0);
      expect(removedBob.stderr).toContain(
        `warning: targets/releases of ${image} is signed only by bob's keys: its 2 tags (v1, v2) stop verifying until a remaining signer of targets/releases signs it again (content-trust renew ${image} with --witness targets/releases and that signer's key)`,
      );
      expect(removedBob.stdout).toContain("No longer verifying: v1, v2");
      [inspected] = await docker.inspect(image);
      expect(inspected!.SignedTags).toEqual([]);
      expect(inspected!.Signers).toEqual([{ Name: "alice", Keys: [{ ID: alice.keyId }] }]);

      // The repair the warning names works: alice's key witnesses targets/releases again.
      await docker.notary().run(["witness", image, "targets/releases", "-p"]);
      expect((await docker.inspect(image))[0]!.SignedTags.map((t) => t.SignedTag)).toEqual(["v1", "v2"]);

      // The last releases signer: warned, and its tags stop verifying.
      const removedLast = await cli(["signer", "remove", "alice", image, "--force"]);
      expect(removedLast.code, removedLast.stderr).toBe(0);
      expect(removedLast.stderr).toContain(
        `warning: alice was the last signer of targets/releases in ${image}: nobody can sign releases until a signer is added`,
      );
      expect(removedLast.stderr).toContain(
        `warning: targets/releases of ${image} is signed only by alice's keys: its 2 tags (v1, v2) stop verifying`,
      );
      expect((await docker.inspect(image))[0]).toMatchObject({ SignedTags: [], Signers: [] });

      // Run again (a re-run of the job): the signer is gone already, nothing is published.
      const targetsBefore = (await served(stack, server, image, "targets")).version;
      const again = await cli(["signer", "remove", "alice", image, "--force"]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe(
        `alice is no longer a signer of ${image} (an earlier change removed it): nothing published\n`,
      );
      expect((await served(stack, server, image, "targets")).version).toBe(targetsBefore);

      const unknown = await cli(["signer", "remove", "carol", image]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim().split("\n").pop()).toBe(
        `content-trust signer remove: ${image} has no signer carol (signers: none)`,
      );
    });

    it("finishes a removal notary delegation remove left half done; a name that never was a signer still fails", async () => {
      const repo = uniqueRepo(`admin-half-${topology}`);
      const image = `${stack.registry.host}/${repo}`;
      const keyDir = (name: string) => path.join(docker.configDir, "keys", repo, name);
      const alice = await docker.keyGenerate("alice", keyDir("alice"));
      const bob = await docker.keyGenerate("bob", keyDir("bob"));
      await docker.signerAdd("alice", image, alice.pubPath);
      await docker.signerAdd("bob", image, bob.pubPath);
      await pushImage(stack.registry.url, repo, "v1");
      await sign(image, "v1", bob);
      // notary's own removal takes targets/alice away and leaves alice's key in targets/releases:
      // alice still releases tags.
      await docker.notary().run(["delegation", "remove", image, "targets/alice", "-y", "-p"]);
      const releasesKeys = async () =>
        (await docker.notary().delegationList(image)).find((d) => d.role === "targets/releases")!.keyIds;
      expect(await releasesKeys()).toContain(alice.keyId);

      const finished = await cli(["signer", "remove", "alice", image, "--json"]);
      expect(finished.code, finished.stderr).toBe(0);
      expect(JSON.parse(finished.stdout)).toMatchObject({ signer: "alice", published: true });
      expect(await releasesKeys()).toEqual([bob.keyId]);

      const again = await cli(["signer", "remove", "alice", image]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe(
        `alice is no longer a signer of ${image} (an earlier change removed it): nothing published\n`,
      );

      const never = await cli(["signer", "remove", "carol", image]);
      expect(never.code).toBe(1);
      expect(never.stderr.trim().split("\n").pop()).toBe(
        `content-trust signer remove: ${image} has no signer carol (signers: bob)`,
      );
    });

    it("says which key it needs when the targets key is not on hand", async () => {
      const repo = uniqueRepo(`admin-nokey-${topology}`);
      const image = `${stack.registry.host}/${repo}`;
      const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo, "alice"));
      await docker.signerAdd("alice", image, alice.pubPath);
      const emptyDir = await tempDir("admin-nokey");
      const result = await cli(["signer", "add", "bob", image, "--key", alice.pubPath, "--key-dir", emptyDir]);
      expect(result.code).toBe(1);
      const targetsId = (await docker.inspect(image))[0]!.AdministrativeKeys[1]!.Keys[0]!.ID;
      expect(result.stderr.trim().split("\n").pop()).toBe(
        `content-trust signer add: no key of targets of ${image} (${targetsId.slice(0, 12)}…) in the key directory; give the repository's targets key with --signer-key FILE (Docker keeps it as <key id>.key in ~/.docker/trust/private) or --signer-aws-kms-key KEY`,
      );
      expect(result.stderr).not.toContain(emptyDir);
    });
  });
}
