// `content-trust inspect --json` prints docker trust inspect's stdout byte for byte (4-space indent,
// Go's HTML escaping), across repository shapes: signers, odd target names, narrowed paths (docker
// still lists the out-of-path tags; verify refuses them), and a missing repository among several
// (the ones read, then the error, exit 1).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommandError, DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, runCli, tempDir } from "../helpers/admin.js";
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
  dir = await tempDir("inspect-json");
  caFile = path.join(dir, "ca.pem");
  await writeFile(caFile, stack.caPem);
});
afterAll(() => docker?.dispose());

/** docker trust inspect's stdout and exit code, failing or not. */
async function dockerInspect(repos: string[]): Promise<{ code: number; stdout: string }> {
  try {
    return { code: 0, stdout: (await docker.run(["trust", "inspect", ...repos])).stdout };
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    return { code: err.exitCode ?? -1, stdout: err.stdout };
  }
}

const ours = (repos: string[], json = true) =>
  runCli([
    "inspect",
    ...(json ? ["--json"] : []),
    ...repos,
    "--notary-server",
    server,
    "--ca-cert",
    caFile,
    "--trust-dir",
    path.join(dir, "trust"),
  ]);

async function signedRepo(prefix: string, tags: string[]) {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("alice", image, alice.pubPath);
  for (const tag of tags) {
    await pushImage(stack.registry.url, repo, tag);
    const signed = await runCli([
      "sign",
      `${image}:${tag}`,
      "--signer-key",
      alice.privateKeyPath,
      "--notary-server",
      server,
      "--ca-cert",
      caFile,
      "--insecure-registry",
      stack.registry.host,
      "--trust-dir",
      path.join(dir, "sign"),
    ]);
    expect(signed.code, signed.stderr).toBe(0);
  }
  return { repo, image };
}

describe("inspect --json is docker trust inspect's stdout", () => {
  it("byte for byte across shapes: signers, HTML-escaped names, narrowed paths", async () => {
    const plain = await signedRepo("ij-plain", ["v1", "v2"]);
    const odd = await signedRepo("ij-odd", ["v1"]);
    await docker.notary().addhash(odd.image, "a<b>&c", 10, "ab".repeat(32), ["targets/releases"]);
    const narrowed = await signedRepo("ij-narrow", ["v1", "prod-1"]);
    const notary = docker.notary();
    await notary.run(["delegation", "remove", narrowed.image, "targets/releases", "--all-paths", "-p"]);
    await notary.run(["delegation", "add", narrowed.image, "targets/releases", "--paths", "prod-", "-p"]);

    for (const repos of [[plain.image], [odd.image], [narrowed.image], [plain.image, narrowed.image]]) {
      const expected = await dockerInspect(repos);
      expect(expected.code).toBe(0);
      const got = await ours(repos);
      expect(got.code, got.stderr).toBe(0);
      expect(got.stdout).toBe(expected.stdout);
    }
    expect((await ours([odd.image])).stdout).toContain('"SignedTag": "a\\u003cb\\u003e\\u0026c"');

    // docker lists v1 although targets/releases no longer covers it; pulls and verify refuse it.
    const human = await ours([narrowed.image], false);
    expect(human.stdout).toContain("docker pull and verify refuse it: v1");
    const verified = await runVerify({
      images: `${narrowed.image}:v1\n${narrowed.image}:prod-1`,
      cwd: dir,
      notaryServer: server,
      caPem: stack.caPem,
      trustDir: path.join(dir, "trust"),
    });
    expect(verified.results.map((r) => r.reason)).toEqual(["TAG_NOT_SIGNED", "OK"]);
  });

  it("with a missing repository among several: the ones read, then the error, exit 1 ([] when none was read)", async () => {
    const a = await signedRepo("ij-a", ["v1"]);
    const b = await signedRepo("ij-b", ["v1"]);
    const missing = `${stack.registry.host}/${uniqueRepo("ij-missing")}`;
    for (const repos of [[a.image, missing, b.image], [missing, a.image], [missing]]) {
      const expected = await dockerInspect(repos);
      const got = await ours(repos);
      expect(got.code).toBe(expected.code);
      expect(got.code).toBe(1);
      expect(got.stdout).toBe(expected.stdout);
      expect(got.stderr).toContain(missing);
    }
  });
});
