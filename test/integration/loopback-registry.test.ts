// A plain-HTTP registry on loopback (a `services: registry` container, a kind cluster, docker's own
// local registry) works in the action and the CLI with no insecure-registries input or flag, as
// docker treats localhost, 127.0.0.0/8 and ::1: HTTPS first, then plain HTTP.
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE24, runAction } from "../helpers/runner.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const server = stack.notary.local.url;
const port = new URL(stack.registry.url).port;
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
let docker: DockerTrust;

beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
});
afterAll(() => docker?.dispose());

function runCliBundle(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [cli, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: docker.configDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function loopbackRepo(host: string, prefix: string, signer: string) {
  const repo = uniqueRepo(prefix);
  const gun = `${host}/${repo}`;
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  const key = await docker.keyGenerate(signer, path.join(docker.configDir, "keys", repo));
  await docker.signerAdd(signer, gun, key.pubPath);
  return { gun, pushed, keyPath: key.privateKeyPath, keyText: await readFile(key.privateKeyPath, "utf8") };
}

describe("loopback registries over plain HTTP, with no insecure input or flag", () => {
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
    it(`the sign and verify actions sign and verify ${host}/…`, async () => {
      const { gun, pushed, keyText } = await loopbackRepo(host, "loopback-action", "loop");
      const signed = await runAction(".", {
        image: `${gun}:v1`,
        "signer-key": keyText,
        "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
        "notary-server": server,
        "ca-cert": stack.caPem,
      });
      expect(signed.code, signed.stdout + signed.stderr).toBe(0);
      expect(signed.outputs.digest).toBe(pushed.digest);
      const verified = await runAction("verify", {
        images: `${gun}:v1`,
        "notary-server": server,
        "ca-cert": stack.caPem,
      });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      const [inspection] = await docker.inspect(gun);
      expect(inspection?.SignedTags).toEqual([{ SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: ["loop"] }]);
    });

    it(`the CLI signs and verifies ${host}/…`, async () => {
      const { gun, pushed, keyPath } = await loopbackRepo(host, "loopback-cli", "loopcli");
      const caFile = path.join(docker.configDir, "loopback-ca.pem");
      await writeFile(caFile, stack.caPem);
      const common = [
        "--notary-server",
        server,
        "--ca-cert",
        caFile,
        "--trust-dir",
        path.join(docker.configDir, `trust-${host.replace(/\W/g, "-")}`),
      ];
      const signed = await runCliBundle(["sign", `${gun}:v1`, "--signer-key", keyPath, ...common], {
        CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
      });
      expect(signed.code, signed.stderr).toBe(0);
      expect(signed.stdout).toContain(`Signed ${gun} as loopcli: ${pushed.digest}`);
      const verified = await runCliBundle(["verify", `${gun}:v1`, ...common], {});
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    });
  }
});
