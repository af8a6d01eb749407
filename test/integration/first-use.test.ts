// Trust on first use, said out loud: with no pin and no stored root, sign and verify warn with the
// root key ID they trusted and the exact flag or input that pins it; with require-root-pin they
// refuse such a root before anything is published.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, served, tempDir } from "../helpers/admin.js";
import { leakedSecrets, runAction } from "../helpers/runner.js";

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
      runCli(
        ["sign", `${r.image}:${tag}`, "--signer-key", r.alice.privateKeyPath, "--ca-cert", caFile, ...common, ...extra],
        { CONTENT_TRUST_PASSPHRASE: PASSPHRASE },
      );

    const before = await served(stack, server, r.image, "snapshot");
    const refused = await sign("v1", ["--trust-dir", path.join(trustDir, "a"), "--require-root-pin"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n").pop()).toBe(
      `content-trust sign: ${r.image}: root key ${r.rootId} is neither pinned by --root-key-id nor stored from an earlier run, and --require-root-pin refuses trust on first use; check the key against the Root Key that content-trust inspect ${r.image} shows, then pin it with --root-key-id ${r.rootId}`,
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

    const pinned = await sign("v2", [
      "--trust-dir",
      path.join(trustDir, "c"),
      "--require-root-pin",
      "--root-key-id",
      r.rootId,
    ]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stderr).not.toContain("on first use");
  });

  it("the verify action warns in an annotation naming root-key-id, and require-root-pin fails with ROOT_NOT_PINNED", async () => {
    const r = await signedRepo("tofu-verify");
    const signed = await runCli(
      [
        "sign",
        `${r.image}:v1`,
        "--signer-key",
        r.alice.privateKeyPath,
        "--ca-cert",
        caFile,
        ...common,
        "--trust-dir",
        await tempDir("tofu-v"),
      ],
      { CONTENT_TRUST_PASSPHRASE: PASSPHRASE },
    );
    expect(signed.code, signed.stderr).toBe(0);
    const inputs = {
      images: `${r.image}:v1`,
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
      "trust-cache": "false",
    };

    const loud = await runAction("verify", inputs);
    expect(loud.code, loud.stdout).toBe(0);
    const warning = loud.stdout.split("\n").find((l) => l.startsWith("::warning") && l.includes("on first use"));
    expect(warning).toBeDefined();
    expect(warning).toContain(`trusting root key ${r.rootId} on first use`);
    expect(warning).toContain(`pin it with root-key-id: ${r.image}=${r.rootId}`);

    const strict = await runAction("verify", { ...inputs, "require-root-pin": "true" });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.outputs.result!)).toMatchObject([
      { reference: `${r.image}:v1`, reason: "ROOT_NOT_PINNED" },
    ]);
    expect(strict.stdout).toContain(`pin it with root-key-id: ${r.image}=${r.rootId}`);

    const pinned = await runAction("verify", {
      ...inputs,
      "require-root-pin": "true",
      "root-key-id": `${r.image}=${r.rootId}`,
    });
    expect(pinned.code, pinned.stdout).toBe(0);
    expect(pinned.stdout).not.toMatch(/^::warning.*on first use/m);
  });

  it("migrate (CLI and action) refuses a first-use root with require-root-pin before writing, and otherwise warns and resumes past max-writes", async () => {
    const r = await signedRepo("tofu-migrate");
    for (const tag of ["v1", "v2"]) {
      const signed = await runCli(
        [
          "sign",
          `${r.image}:${tag}`,
          "--signer-key",
          r.alice.privateKeyPath,
          "--ca-cert",
          caFile,
          ...common,
          "--trust-dir",
          await tempDir("tofu-m"),
        ],
        { CONTENT_TRUST_PASSPHRASE: PASSPHRASE },
      );
      expect(signed.code, signed.stderr).toBe(0);
    }
    const sigTags = async () => {
      const res = await fetch(`${stack.registry.url}/v2/${r.repo}/tags/list`);
      const body = (await res.json()) as { tags?: string[] };
      return (body.tags ?? []).filter((t) => t.endsWith(".sig"));
    };

    const cli = await runCli([
      "migrate",
      r.image,
      "--signer-key",
      r.alice.privateKeyPath,
      "--ca-cert",
      caFile,
      ...common,
      "--trust-dir",
      await tempDir("tofu-m"),
      "--require-root-pin",
    ]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`pin it with --root-key-id ${r.rootId}`);
    expect(await sigTags()).toEqual([]);

    const keyText = await readFile(r.alice.privateKeyPath, "utf8");
    const inputs = {
      repository: r.image,
      "signer-key": keyText,
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
      "trust-cache": "false",
    };
    // The key's passphrase comes from the environment, as docker trust sign reads it.
    const env = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASE };
    const strict = await runAction("migrate", { ...inputs, "require-root-pin": "true" }, env);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`pin it with root-key-id: ${r.rootId}`);
    expect(await sigTags()).toEqual([]);

    const loud = await runAction("migrate", { ...inputs, "max-writes": "1" }, env);
    expect(loud.code, loud.stdout + loud.stderr).toBe(0);
    expect(loud.stdout.split("\n").find((l) => l.startsWith("::warning") && l.includes("on first use"))).toContain(
      `trusting root key ${r.rootId} on first use`,
    );
    expect(loud.outputs).toMatchObject({ signed: "1", failed: "0", skipped: "0", stopped: "1" });
    expect(
      JSON.parse(loud.outputs.result!).filter((row: { reason?: string }) => row.reason?.startsWith("STOPPED")),
    ).toHaveLength(1);
    expect(await sigTags()).toHaveLength(1);
    expect(
      leakedSecrets([loud.stdout, loud.stderr, strict.stdout, strict.stderr].join("\n"), [PASSPHRASE, keyText]),
    ).toEqual([]);

    const rest = await runAction("migrate", { ...inputs, "require-root-pin": "true", "root-key-id": r.rootId }, env);
    expect(rest.code, rest.stdout + rest.stderr).toBe(0);
    expect(rest.outputs).toMatchObject({ signed: "1", "already-signed": "1", failed: "0" });
    expect(rest.stdout).not.toMatch(/^::warning.*on first use/m);
  });
});
