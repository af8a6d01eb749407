// Walks through the README's migration guide (between the migration-guide markers): every
// `content-trust` command of its sh blocks runs, in order, with the bundled CLI (dist/cli) against
// the real notary-server and registry, the README's placeholder names replaced by the test's.
// The `cosign verify` line cannot run here (no cosign binary); the independent cosign-rules judge
// checks the same thing with the same cosign.pub.
import { spawn } from "node:child_process";
import { createPublicKey } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cosignVerify, readSigManifest } from "../helpers/cosign-judge.js";
import { NODE24 } from "../helpers/runner.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { runCommand } from "../stack/processes.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
const readme = fileURLToPath(new URL("../../README.md", import.meta.url));

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [cli, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), CI: "true", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The guide's shell commands, in order: lines of its ```sh blocks. */
async function guideCommands(): Promise<string[]> {
  const text = await readFile(readme, "utf8");
  const guide = text.slice(
    text.indexOf("<!-- migration-guide:start -->"),
    text.indexOf("<!-- migration-guide:end -->"),
  );
  const blocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) =>
    b
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#")),
  );
}

let docker: DockerTrust;
let dir: string;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  dir = await mkdtemp(path.join(os.tmpdir(), "ct-guide-"));
  caFile = path.join(dir, "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

describe("README migration guide", () => {
  it("runs every step against a repository signed in Notary only, ending with cosign signatures a cosign verifier accepts", async () => {
    // Before the guide: a repository whose releases are signed in Notary only.
    const repo = uniqueRepo("guide");
    const image = `${stack.registry.host}/${repo}`;
    const key = await docker.keyGenerate("ci", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("ci", image, key.pubPath);
    const pushed: Record<string, PushedManifest> = {};
    for (const tag of ["v1", "v2", "v3"]) pushed[tag] = await pushImage(stack.registry.url, repo, tag);
    const env = { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE };
    const connection = [
      "--notary-server",
      stack.notary.local.url,
      "--ca-cert",
      caFile,
      "--insecure-registry",
      stack.registry.host,
      "--trust-dir",
      path.join(dir, "trust"),
    ];
    const legacy = await run(["sign", `${image}:v1`, "--signer-key", key.privateKeyPath, ...connection], env);
    expect(legacy.code, legacy.stderr).toBe(0);
    expect((await readSigManifest(stack.registry.url, repo, pushed.v1!.digest)).status).toBe(404);

    const commands = await guideCommands();
    const ours = commands.filter((c) => c.startsWith("content-trust "));
    expect(ours.length).toBeGreaterThanOrEqual(5);
    const outputs: Ran[] = [];
    for (const line of commands) {
      if (line.startsWith("cosign verify")) {
        // What `cosign verify --key cosign.pub --insecure-ignore-tlog=true IMAGE:v1` checks.
        const pub = createPublicKey(await readFile(path.join(dir, "cosign.pub"), "utf8"));
        expect(await cosignVerify(stack.registry.url, repo, pushed.v1!.digest, pub)).toHaveLength(1);
        continue;
      }
      if (/^cosign (sign|import-key-pair) /.test(line)) continue; // no cosign binary here
      if (line.startsWith("sed ")) {
        // The key file exported for cosign: the same key, unencrypted.
        // Not ours: bash runs it in the test's directory (a failure throws with its output).
        await runCommand("bash", ["-o", "pipefail", "-c", line.replace(/ signer\.key /, ` ${key.privateKeyPath} `)], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? "", ...env },
        });
        const pem = await readFile(path.join(dir, "signer.pem"), "utf8");
        expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
        expect(createPublicKey(pem).export({ type: "spki", format: "pem" })).toBe(
          // Docker's NAME.pub carries a role: header, which node:crypto does not read.
          createPublicKey((await readFile(key.pubPath, "utf8")).replace(/^[A-Za-z-]+: .*\n\n?/gm, "")).export({
            type: "spki",
            format: "pem",
          }),
        );
        continue;
      }
      expect(line.startsWith("content-trust "), `a guide command the test does not know: ${line}`).toBe(true);
      const redirect = line.match(/ > (\S+)$/);
      const words = line
        .replace(/ > \S+$/, "")
        .split(/\s+/)
        .slice(1)
        .map((w) =>
          w
            .replace("registry.example/app", image)
            .replace(/^signer\.key$/, key.privateKeyPath)
            .replace(/^cosign\.pub$/, path.join(dir, "cosign.pub")),
        );
      const args = words[0] === "key" ? words : [...words, ...connection];
      const result = await run(args, env);
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
      if (redirect) await writeFile(path.join(dir, redirect[1]!), result.stdout);
      outputs.push(result);
    }
    // Step 1 signed v2 both ways; step 2 backfilled v1 (dry run first, then for real).
    expect(outputs[0]!.stdout).toMatch(/Cosign signature: written to /);
    expect(outputs[1]!.stdout).toMatch(/v1 .* would sign/);
    expect(outputs[2]!.stdout).toMatch(/v1 .* signed now/);
    expect(outputs[2]!.stdout).toMatch(/v2 .* already signed/);
    expect(outputs[2]!.stdout).toContain(`cosign verify --key cosign.pub --insecure-ignore-tlog=true ${image}:TAG`);
    // Step 3: verify passes with either kind, then with cosign alone, and says which passed.
    expect(outputs[4]!.stdout).toMatch(/\[notary\]/);
    expect(outputs[5]!.stdout).toMatch(/\[cosign\]/);
    // Step 4: v3 signed with cosign signatures only.
    expect(outputs[6]!.stdout).toMatch(/Cosign signature: written to /);
    for (const tag of ["v1", "v2", "v3"]) {
      const pub = createPublicKey(await readFile(path.join(dir, "cosign.pub"), "utf8"));
      expect(await cosignVerify(stack.registry.url, repo, pushed[tag]!.digest, pub)).toHaveLength(1);
    }
  });
});
