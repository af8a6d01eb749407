// The signer's own role covers a tag but targets/releases excludes it by its paths: signing must be
// refused before any upload (as Go refuses), naming targets/releases; nothing reaches the server.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, served, tempDir } from "../helpers/admin.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
  caFile = path.join(await tempDir("release-paths"), "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

describe("targets/releases whose paths exclude the tag", () => {
  it("refuses before any upload and names targets/releases; a tag inside its paths still signs", async () => {
    const repo = uniqueRepo("release-paths");
    const image = `${stack.registry.host}/${repo}`;
    const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("alice", image, alice.pubPath);
    const notary = docker.notary();
    await notary.run(["delegation", "remove", image, "targets/releases", "--all-paths", "-p"]);
    await notary.run(["delegation", "add", image, "targets/releases", "--paths", "prod-", "-p"]);
    await pushImage(stack.registry.url, repo, "v1");
    const prod = await pushImage(stack.registry.url, repo, "prod-1");
    const before = await served(stack, server, image, "snapshot");

    const common = ["--notary-server", server, "--ca-cert", caFile, "--insecure-registry", stack.registry.host];
    const refused = await runCli(["sign", `${image}:v1`, "--signer-key", alice.privateKeyPath, ...common], {
      CONTENT_TRUST_PASSPHRASE: PASSPHRASE,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n").pop()).toBe(
      `content-trust sign: targets/releases of ${image} excludes v1 by its paths ("prod-"), so v1 would not be released; nothing was published; sign a tag inside those paths, or have a repository admin widen the paths of targets/releases`,
    );
    expect(refused.stderr).not.toMatch(/Publishing/);
    const after = await served(stack, server, image, "snapshot");
    expect(after.version, "the snapshot moved: something was published").toBe(before.version);
    expect(Object.keys((after as unknown as { meta: Record<string, unknown> }).meta)).not.toContain("targets/alice");

    const signed = await runCli(["sign", `${image}:prod-1`, "--signer-key", alice.privateKeyPath, ...common], {
      CONTENT_TRUST_PASSPHRASE: PASSPHRASE,
    });
    expect(signed.code, signed.stderr).toBe(0);
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([
      { SignedTag: "prod-1", Digest: prod.digest.slice(7), Signers: ["alice"] },
    ]);
  });
});
