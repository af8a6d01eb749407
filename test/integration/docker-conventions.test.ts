// What `docker trust` users already have set up: the per-host CA directory
// `$DOCKER_CONFIG/tls/<host:port>/` (or ~/.docker/tls/…) for the Notary server, and the passphrase
// variables DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE and DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE.
// The CLI bundle runs as a user runs it: without NODE_EXTRA_CA_CERTS, so the stack's CA is trusted
// only where the test puts it.
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { runCli, tempDir } from "../helpers/admin.js";
import { NODE24, leakedSecrets, runAction } from "../helpers/runner.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { createPki, type Pki } from "../stack/pki.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const server = stack.notary.local.url;
const notaryHost = new URL(server).host;
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
let docker: DockerTrust;
let otherPki: Pki;

beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
  otherPki = await createPki();
});
afterAll(async () => {
  await docker?.dispose();
  await otherPki?.dispose();
});

function runCliBundle(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, [cli, ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** A signed repository to inspect. */
async function signedRepo(prefix: string) {
  const repo = uniqueRepo(prefix);
  const gun = `${stack.registry.host}/${repo}`;
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  const key = await docker.keyGenerate("tls", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("tls", gun, key.pubPath);
  await docker.notary().addhash(gun, "v1", pushed.size, pushed.digest.slice(7), ["targets/releases", "targets/tls"]);
  return { gun, pushed };
}

describe("docker's per-host CA directory for the Notary server", () => {
  it("trusts $DOCKER_CONFIG/tls/<host:port>/ca.crt, and ~/.docker/tls/… when DOCKER_CONFIG is unset", async () => {
    const { gun, pushed } = await signedRepo("tls-dir");
    const configDir = await tempDir("docker-config");
    await mkdir(path.join(configDir, "tls", notaryHost), { recursive: true });
    await writeFile(path.join(configDir, "tls", notaryHost, "ca.crt"), stack.caPem);
    const args = ["inspect", "--json", gun, "--notary-server", server, "--insecure-registry", stack.registry.host];
    const viaEnv = await runCliBundle([...args, "--trust-dir", path.join(configDir, "t1")], {
      DOCKER_CONFIG: configDir,
      HOME: await tempDir("home"),
    });
    expect(viaEnv.code, viaEnv.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(viaEnv.stdout))).toContain(pushed.digest.slice(7));

    const home = await tempDir("home");
    await mkdir(path.join(home, ".docker", "tls", notaryHost), { recursive: true });
    await writeFile(path.join(home, ".docker", "tls", notaryHost, "ca.crt"), stack.caPem);
    const viaHome = await runCliBundle([...args, "--trust-dir", path.join(home, "t2")], { HOME: home });
    expect(viaHome.code, viaHome.stderr).toBe(0);
  });

  it("tells apart no CA, a wrong CA, a --ca-cert that is no certificate and a missing --ca-cert file", async () => {
    const { gun } = await signedRepo("tls-errors");
    const home = await tempDir("home");
    const keyFile = path.join(home, "not-a-cert.pem");
    await writeFile(keyFile, await readFile(otherPki.keyFile, "utf8"));
    const args = [
      "inspect",
      gun,
      "--notary-server",
      server,
      "--insecure-registry",
      stack.registry.host,
      "--trust-dir",
      path.join(home, "trust"),
    ];
    const env = { HOME: home };

    const none = await runCliBundle(args, env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`the certificate of ${notaryHost} is signed by a CA that is not trusted`);
    expect(none.stderr).toContain(`--ca-cert FILE, or put it in $DOCKER_CONFIG/tls/${notaryHost}/ca.crt`);

    // A CA only the system's store holds (here SSL_CERT_FILE, which that store honours) counts when
    // Node is told to read the store, as the hint says; not without.
    const systemCa = path.join(home, "system-ca.pem");
    await writeFile(systemCa, stack.caPem);
    const systemOff = await runCliBundle(args, { ...env, SSL_CERT_FILE: systemCa });
    expect(systemOff.code).toBe(1);
    const systemOn = await runCliBundle(args, { ...env, SSL_CERT_FILE: systemCa, NODE_USE_SYSTEM_CA: "1" });
    expect(systemOn.code, systemOn.stderr).toBe(0);

    const wrong = await runCliBundle([...args, "--ca-cert", otherPki.caFile], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      `the certificate of ${notaryHost} is not signed by the CA certificates given for it`,
    );

    // The wrong CA in docker's directory is named the same way.
    await mkdir(path.join(home, ".docker", "tls", notaryHost), { recursive: true });
    await writeFile(path.join(home, ".docker", "tls", notaryHost, "ca.crt"), otherPki.caPem);
    const wrongDir = await runCliBundle(args, env);
    expect(wrongDir.stderr).toContain("is not signed by the CA certificates given for it");

    const notCert = await runCliBundle([...args, "--ca-cert", keyFile], env);
    expect(notCert.code).toBe(2);
    expect(notCert.stderr).toContain(`--ca-cert ${keyFile} holds a private key, not a certificate`);

    const missing = await runCliBundle([...args, "--ca-cert", path.join(home, "missing.pem")], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read CA certificate .*missing\.pem: ENOENT/);

    const lines = [none, wrong, notCert, missing].map((r) => r.stderr.trim());
    expect(new Set(lines).size).toBe(4);
  });
});

describe("docker's passphrase variables", () => {
  it("the CLI signs with DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, and init encrypts root and targets keys with the root and repository passphrases", async () => {
    const repo = uniqueRepo("docker-pass");
    const gun = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("passbot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("passbot", gun, key.pubPath);
    const dir = await tempDir("docker-pass");
    const caFile = path.join(dir, "ca.pem");
    await writeFile(caFile, stack.caPem);
    const flags = [
      "--notary-server",
      server,
      "--ca-cert",
      caFile,
      "--insecure-registry",
      stack.registry.host,
      "--trust-dir",
      path.join(dir, "trust"),
    ];
    const signed = await runCli(["sign", `${gun}:v1`, "--signer-key", key.privateKeyPath, ...flags], {
      CONTENT_TRUST_PASSPHRASE: undefined,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
    });
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stdout).toContain(pushed.digest);

    const fresh = `${stack.registry.host}/${uniqueRepo("docker-pass-init")}`;
    const keyDir = path.join(dir, "private");
    const init = await runCli(["init", fresh, ...flags, "--key-dir", keyDir, "--json"], {
      CONTENT_TRUST_PASSPHRASE: undefined,
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: "root-pass-3c9a1e",
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: "repo-pass-77d2b0",
    });
    expect(init.code, init.stderr).toBe(0);
    const created = JSON.parse(init.stdout) as { keyFiles: { role: string; file: string }[] };
    for (const k of created.keyFiles) {
      const text = await readFile(path.join(keyDir, k.file), "utf8");
      const passphrase = k.role === "root" ? "root-pass-3c9a1e" : "repo-pass-77d2b0";
      expect(loadPrivateKey(text, passphrase).role).toBe(k.role);
      expect(() => loadPrivateKey(text, k.role === "root" ? "repo-pass-77d2b0" : "root-pass-3c9a1e")).toThrow();
    }
    expect((await readdir(keyDir)).length).toBe(2);
  });

  it("the sign action takes DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE when signer-key-passphrase is empty, and masks it", async () => {
    const repo = uniqueRepo("docker-pass-action");
    const gun = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("passaction", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("passaction", gun, key.pubPath);
    const run = await runAction(
      ".",
      {
        image: `${gun}:v1`,
        "signer-key": await readFile(key.privateKeyPath, "utf8"),
        "notary-server": server,
        "ca-cert": stack.caPem,
        "insecure-registries": stack.registry.host,
      },
      { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE, ACTIONS_STEP_DEBUG: "true" },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.digest).toBe(pushed.digest);
    expect(run.stdout).toContain(`::add-mask::${DEFAULT_REPOSITORY_PASSPHRASE}`);
    // Where the passphrase came from is said, so that an error naming the input is not a puzzle.
    expect(run.stdout).toContain(
      "signer-key-passphrase is empty: the key's passphrase is taken from DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE",
    );
    expect(leakedSecrets(run.stdout + run.stderr + run.summary, [DEFAULT_REPOSITORY_PASSPHRASE])).toEqual([]);
  });
});
