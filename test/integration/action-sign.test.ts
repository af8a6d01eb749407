// The bundled sign action run as the GitHub runner runs it (Node 24, INPUT_* variables, GITHUB_* files)
// against the real notary-server and registry.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, DEFAULT_REPOSITORY_PASSPHRASE } from "../stack/go-clients.js";
import { startProxy } from "../stack/proxy.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { leakedSecrets, runAction } from "../helpers/runner.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
});
afterAll(() => docker?.dispose());

describe("dist/sign under Node 24", () => {
  it("signs, writes outputs and a summary, and leaks no secret even with debug logging", async () => {
    const repo = uniqueRepo("action");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("release-bot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("release-bot", image, key.pubPath);
    const keyText = await readFile(key.privateKeyPath, "utf8");

    const run = await runAction(
      ".",
      {
        image: `${image}:v1`,
        // As docker/metadata-action's tags output gives them (the image's own tag too), and a bare tag.
        tags: `${image}:v1\n${image}:latest\nstable`,
        digest: pushed.digest,
        "signer-key": keyText,
        "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
        "notary-server": server,
        "ca-cert": stack.caPem,
        "insecure-registries": stack.registry.host,
      },
      { ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1" },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.digest).toBe(pushed.digest);
    expect(run.outputs.signer).toBe("release-bot");
    expect(JSON.parse(run.outputs["signed-tags"]!)).toEqual(
      ["v1", "latest", "stable"].map((tag) => ({
        tag,
        digest: pushed.digest,
        roles: expect.arrayContaining(["targets/releases", "targets/release-bot"]),
        signers: ["release-bot"],
      })),
    );
    expect(run.outputs.published).toBe("true");
    expect(run.summary).toContain("| v1 | `" + pushed.digest + "` |");
    expect(run.stdout).toContain("Trust state is not persisted between runs");
    for (const line of keyText.split("\n").filter((l) => l.length > 20 && !l.startsWith("-----"))) {
      expect(run.stdout).toContain(`::add-mask::${line}`);
    }
    const visible = [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join("\n");
    expect(leakedSecrets(visible, [keyText, DEFAULT_REPOSITORY_PASSPHRASE])).toEqual([]);

    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags.map((t) => t.SignedTag)).toEqual(["latest", "stable", "v1"]);
  });

  it("signs only the tags given when the image is named without one (metadata-action's images and tags)", async () => {
    const repo = uniqueRepo("action-untagged");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "1.4.2");
    const key = await docker.keyGenerate("release-bot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("release-bot", image, key.pubPath);
    const run = await runAction(".", {
      image,
      tags: `${image}:1.4.2\n${image}:1.4\n`,
      digest: pushed.digest,
      "signer-key": await readFile(key.privateKeyPath, "utf8"),
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags.map((t) => t.SignedTag)).toEqual(["1.4", "1.4.2"]);
  });

  it("fails the step with one line naming the problem, and without leaking the passphrase", async () => {
    const repo = uniqueRepo("action-fail");
    const image = `${stack.registry.host}/${repo}`;
    const key = await docker.keyGenerate("bot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("bot", image, key.pubPath);
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const run = await runAction(".", {
      image: `${image}:v1`,
      "signer-key": keyText,
      "signer-key-passphrase": "not-the-passphrase-123",
      "notary-server": server,
      "ca-cert": stack.caPem,
      "insecure-registries": stack.registry.host,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::.*wrong passphrase/m);
    expect(leakedSecrets(run.stdout + run.stderr, [keyText, "not-the-passphrase-123"])).toEqual([]);
  });

  it("says nothing of requests cut short by its failure after it (no retry line after the error)", async () => {
    // The registry holds its answer: the request is still in flight when the Notary server's
    // certificate fails the run, and the run's end cuts it short.
    const registry = await startProxy({ upstream: stack.registry.url });
    registry.on({ method: "GET", path: /\/manifests\// }, { hang: true });
    const repo = uniqueRepo("action-no-ca");
    const image = `${new URL(registry.url).host}/${repo}`;
    await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("bot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("bot", image, key.pubPath);
    const run = await runAction(".", {
      image: `${image}:v1`,
      "signer-key": await readFile(key.privateKeyPath, "utf8"),
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    const error = lines.findIndex((l) => l.startsWith("::error::"));
    expect(lines[error]).toMatch(/signed by a CA that is not trusted/);
    expect(lines.slice(error + 1).filter((l) => /retrying/.test(l))).toEqual([]);
    expect(registry.connectionsOpened.length).toBeGreaterThan(0);
    await registry.close();
  });

  it("refuses a missing image input before any network call", async () => {
    const run = await runAction(".", { image: "", "signer-key": "x" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::input image is required/m);
  });
});
