// The bundled CLI (dist/cli) as a user runs it: key inspect on Docker's key files, sign, and
// inspect --json compared with docker trust inspect.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, DEFAULT_REPOSITORY_PASSPHRASE } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { NODE24 } from "../helpers/runner.js";

const stack = useStack();
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [cli, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

let docker: DockerTrust;
let caFile: string;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  caFile = path.join(await mkdtemp(path.join(os.tmpdir(), "ct-cli-")), "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

/** The flags that reach the test stack's Notary server and registry, with a trust directory of its own. */
const stackFlags = (trustDir: string) => [
  "--notary-server",
  stack.notary.local.url,
  "--ca-cert",
  caFile,
  "--insecure-registry",
  stack.registry.host,
  "--trust-dir",
  path.join(docker.configDir, trustDir),
];

describe("content-trust CLI", () => {
  it("key inspect prints the key ID that names a docker trust key generate key file, and its signer name", async () => {
    const key = await docker.keyGenerate("cli-bot", path.join(docker.configDir, "keys", "cli-bot"));
    const out = await run(["key", "inspect", "--json", key.privateKeyPath], {
      CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
    });
    expect(out.code, out.stderr).toBe(0);
    const info = JSON.parse(out.stdout) as { keyId: string; role: string; publicKeyPem: string };
    expect(`${info.keyId}.key`).toBe(path.basename(key.privateKeyPath));
    expect(info.role).toBe("cli-bot");
    expect(info.publicKeyPem).toBe(await readFile(key.pubPath, "utf8"));
    const pub = await run(["key", "inspect", key.pubPath]);
    expect(pub.stdout).toContain(`Key ID:      ${info.keyId}`);
  });

  it("signs, and inspect --json prints what docker trust inspect prints", async () => {
    const repo = uniqueRepo("cli");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("cli", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("cli", image, key.pubPath);
    const common = stackFlags("ct-trust");
    const signed = await run(
      ["sign", `${image}:v1`, "--tags", "latest", "--signer-key", key.privateKeyPath, ...common],
      { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stdout).toContain(`Signed ${image} as cli: ${pushed.digest}`);
    expect(signed.stderr).toContain("Verifying what the server now serves");

    const ours = await run(["inspect", "--json", image, ...common]);
    expect(ours.code, ours.stderr).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual(await docker.inspect(image));
    const pretty = await run(["inspect", image, ...common]);
    expect(pretty.stdout).toMatch(new RegExp(`v1\\s+${pushed.digest.slice(7)}\\s+cli`));
  });

  it("names the signer by the delegation the key signed as, not by the key file's header or a wrong --signer-name", async () => {
    const repo = uniqueRepo("cli-named");
    const image = `${stack.registry.host}/${repo}`;
    await pushImage(stack.registry.url, repo, "v1");
    // Generated as "hdr" (its key file's role header), added as the signer "bot".
    const key = await docker.keyGenerate("hdr", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("bot", image, key.pubPath);
    const common = ["--signer-key", key.privateKeyPath, ...stackFlags("ct-trust-named"), "--json"];
    const env = { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE };
    const signed = await run(["sign", `${image}:v1`, ...common], env);
    expect(signed.code, signed.stderr).toBe(0);
    expect(JSON.parse(signed.stdout)).toMatchObject({ signer: "bot" });
    expect(signed.stderr).not.toMatch(/not a signer of/);

    const named = await run(["sign", `${image}:v1`, "--tags", "v1b", "--signer-name", "nosuchsigner", ...common], env);
    expect(named.code, named.stderr).toBe(0);
    expect(JSON.parse(named.stdout)).toMatchObject({ signer: "bot" });
    expect(named.stderr).toMatch(
      /the signing key is not a signer of targets\/nosuchsigner in \S+; it signed as targets\/bot and targets\/releases$/m,
    );
  });

  it("exits 2 on usage errors and 1 on verification failures", async () => {
    expect((await run(["sign"])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
    const bad = await run(["sign", "UPPER/case:v1", "--signer-key", "/nonexistent"]);
    expect(bad.code).toBe(2);
    const missing = await run([
      "inspect",
      `${stack.registry.host}/${uniqueRepo("none")}`,
      "--notary-server",
      stack.notary.local.url,
      "--ca-cert",
      caFile,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/is not initialised on https:\/\/127\.0\.0\.1:\d+: no root\.json \(404\)/);
  });
});
