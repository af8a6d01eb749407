// Trust on first use, said out loud: with no pin and no stored root, sign and verify warn with the
// root key ID they trusted and the exact flag or input that pins it; with require-root-pin they
// refuse such a root before anything is published.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, served, tempDir } from "../helpers/admin.js";
import { runAction } from "../helpers/runner.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem, rootPassphrase: PASSPHRASE, repositoryPassphrase: PASSPHRASE });
  caFile = path.join(await tempDir("first-use"), "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

async function signedRepo(prefix: string) {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("alice", image, alice.pubPath);
  await pushImage(stack.registry.url, repo, "v1");
  await pushImage(stack.registry.url, repo, "v2");
  const rootId = (await docker.inspect(image))[0]!.AdministrativeKeys.find((k) => k.Name === "Root")!.Keys[0]!.ID;
  return { repo, image, alice, rootId };
}

const common = ["--notary-server", server, "--insecure-registry", stack.registry.host];

describe("trust on first use", () => {
  it("CLI sign warns with the root key ID and --root-key-id; --require-root-pin refuses before publishing", async () => {
    const r = await signedRepo("tofu-sign");
    const trustDir = await tempDir("tofu-trust");
    const sign = (tag: string, extra: string[]) =>
      runCli(["sign", `${r.image}:${tag}`, "--signer-key", r.alice.privateKeyPath, "--ca-cert", caFile, ...common, ...extra], { CONTENT_TRUST_PASSPHRASE: PASSPHRASE });

    const before = await served(stack, server, r.image, "snapshot");
    const refused = await sign("v1", ["--trust-dir", path.join(trustDir, "a"), "--require-root-pin"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n").pop()).toBe(
      `content-trust sign: ${r.image}: root key ${r.rootId} is neither pinned by --root-key-id nor stored from an earlier run, and --require-root-pin refuses trust on first use; check the key against docker trust inspect's Root Key, then pin it with --root-key-id ${r.rootId}`,
    );
    expect((await served(stack, server, r.image, "snapshot")).version, "something was published").toBe(before.version);

    const first = await sign("v1", ["--trust-dir", path.join(trustDir, "b")]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`warning: ${r.image}: trusting root key ${r.rootId} on first use`);
    expect(first.stderr).toContain(`pin it with --root-key-id ${r.rootId}\n`);

    // The root is stored now: no warning, and the pin requirement is met by the stored root.
    const again = await sign("v2", ["--trust-dir", path.join(trustDir, "b"), "--require-root-pin"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain("on first use");

    const pinned = await sign("v2", ["--trust-dir", path.join(trustDir, "c"), "--require-root-pin", "--root-key-id", r.rootId]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stderr).not.toContain("on first use");
  });

  it("the verify action warns in an annotation naming root-key-id, and require-root-pin fails with ROOT_NOT_PINNED", async () => {
    const r = await signedRepo("tofu-verify");
    const signed = await runCli(["sign", `${r.image}:v1`, "--signer-key", r.alice.privateKeyPath, "--ca-cert", caFile, ...common, "--trust-dir", await tempDir("tofu-v")], { CONTENT_TRUST_PASSPHRASE: PASSPHRASE });
    expect(signed.code, signed.stderr).toBe(0);
    const inputs = { images: `${r.image}:v1`, "notary-server": server, "ca-cert": stack.caPem, "insecure-registries": stack.registry.host, "trust-cache": "false" };

    const loud = await runAction("verify", inputs);
    expect(loud.code, loud.stdout).toBe(0);
    const warning = loud.stdout.split("\n").find((l) => l.startsWith("::warning") && l.includes("on first use"));
    expect(warning).toBeDefined();
    expect(warning).toContain(`trusting root key ${r.rootId} on first use`);
    expect(warning).toContain(`pin it with root-key-id: ${r.image}=${r.rootId}`);

    const strict = await runAction("verify", { ...inputs, "require-root-pin": "true" });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.outputs.result!)).toMatchObject([{ reference: `${r.image}:v1`, reason: "ROOT_NOT_PINNED" }]);
    expect(strict.stdout).toContain(`pin it with root-key-id: ${r.image}=${r.rootId}`);

    const pinned = await runAction("verify", { ...inputs, "require-root-pin": "true", "root-key-id": `${r.image}=${r.rootId}` });
    expect(pinned.code, pinned.stdout).toBe(0);
    expect(pinned.stdout).not.toMatch(/^::warning.*on first use/m);
  });
});
