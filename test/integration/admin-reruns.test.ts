// Re-runs and admin safety, judged by docker trust inspect: revoking a tag twice succeeds both
// times and says which roles still list it; removing the last signer of targets/releases needs
// --force off a terminal; a role signed only by removed keys is described as such.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, served, tempDir } from "../helpers/admin.js";
import { runVerify } from "../../src/workflows/run-verify.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let dir: string;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
  dir = await tempDir("admin-reruns");
  caFile = path.join(dir, "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

// Docker's configuration: its key directory (targets key) and a trust dir of the test's own.
const cli = (args: string[], trust: string) =>
  runCli([...args, "--notary-server", server, "--ca-cert", caFile, "--trust-dir", path.join(dir, trust)], {
    DOCKER_CONFIG: docker.configDir,
  });

async function repoWith(prefix: string, signers: string[]) {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const keys = [];
  for (const name of signers) {
    const key = await docker.keyGenerate(name, path.join(docker.configDir, "keys", repo, name));
    await docker.signerAdd(name, image, key.pubPath);
    keys.push(key);
  }
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  for (const key of keys) {
    const signed = await runCli([
      "sign",
      `${image}:v1`,
      "--signer-key",
      key.privateKeyPath,
      "--notary-server",
      server,
      "--ca-cert",
      caFile,
      "--insecure-registry",
      stack.registry.host,
      "--trust-dir",
      path.join(dir, `${prefix}-sign`),
    ]);
    expect(signed.code, signed.stderr).toBe(0);
  }
  return { image, keys, pushed };
}

describe("admin re-runs", () => {
  it("revoke twice: both exit 0, the second says which role still lists the tag", async () => {
    const { image, keys } = await repoWith("revoke-twice", ["alice", "bob"]);
    const [alice] = keys;
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => [t.SignedTag, t.Signers])).toEqual([
      ["v1", ["alice", "bob"]],
    ]);

    const first = await cli(["revoke", `${image}:v1`, "--signer-key", alice!.privateKeyPath], "revoke");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Revoked .*:v1 from /);
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([]);

    const second = await cli(["revoke", `${image}:v1`, "--signer-key", alice!.privateKeyPath, "--json"], "revoke");
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      removedFrom: [],
      heldBy: ["targets/bob"],
      stillReleasedBy: null,
      published: false,
    });
    expect(second.stderr).toContain(`${image}:v1 is still listed by targets/bob, which none of the given key`);
    const human = await cli(["revoke", `${image}:v1`, "--signer-key", alice!.privateKeyPath], "revoke");
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(
      `${image}:v1 is not released: nothing to revoke (still listed by targets/bob, which docker pull does not trust)`,
    );
  });

  it("signer remove of the last releases signer refuses without --force, proceeds with it; inspect and verify then say the role is signed by removed keys", async () => {
    const { image } = await repoWith("remove-last", ["alice"]);
    const before = await served(stack, server, image, "snapshot");
    const refused = await cli(["signer", "remove", "alice", image], "remove");
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n").pop()).toMatch(
      new RegExp(
        `^content-trust signer remove: removing signer alice from ${image.replace(/[.]/g, "\\.")} breaks released tags: .*; nothing was published; run it on a terminal to confirm, or give --force$`,
      ),
    );
    expect((await served(stack, server, image, "snapshot")).version, "something was published").toBe(before.version);
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => t.SignedTag)).toEqual(["v1"]);

    const forced = await cli(["signer", "remove", "alice", image, "--force"], "remove");
    expect(forced.code, forced.stderr).toBe(0);
    expect((await docker.inspect(image))[0]).toMatchObject({ SignedTags: [], Signers: [] });

    const inspected = await cli(["inspect", image], "remove");
    expect(inspected.code, inspected.stderr).toBe(0);
    expect(inspected.stderr).toContain("targets/releases is signed only by keys it no longer lists");
    expect(inspected.stderr + inspected.stdout).not.toMatch(/tamper|altered/i);

    const verified = await runVerify({
      images: `${image}:v1`,
      cwd: dir,
      notaryServer: server,
      caPem: stack.caPem,
      trustDir: path.join(dir, "remove"),
    });
    expect(verified.results[0]).toMatchObject({ reason: "SIGNERS_REMOVED" });
    expect(verified.results[0]!.message).not.toMatch(/tamper|altered/i);

    // renew (the targets key from Docker's key directory) cannot renew what it cannot verify: it says so.
    const renewed = await cli(["renew", image, "--json"], "remove");
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(JSON.parse(renewed.stdout).notRenewed).toEqual([
      { role: "targets/releases", expires: "", expired: false, untrusted: "SIGNERS_REMOVED" },
    ]);
    const table = await cli(["renew", image], "remove");
    expect(table.stdout).toMatch(
      /\nNot renewed:\nROLE +EXPIRES AT\ntargets\/releases +unknown: it cannot be verified \(SIGNERS_REMOVED\)\n/,
    );
  });
});
