/**
 * The benchmark's world: the test stack (notary-server and docker-registry on loopback), a
 * latency-injecting proxy in front of each (https with the stack's certificate for notary, http for
 * the registry), the signer key Docker generates, and the repositories the rows use, prepared with
 * the Go clients (`docker trust signer add`, `notary addhash`).
 *
 * Every client, ours and Go's, talks to the proxies, so all pay the same delay per request.
 */
import { randomBytes } from "node:crypto";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DockerTrust, NotaryCli } from "../test/stack/go-clients.js";
import { isolatedEnv, DEFAULT_REPOSITORY_PASSPHRASE, DEFAULT_ROOT_PASSPHRASE } from "../test/stack/notary-cli.js";
import { startProxy, type Proxy } from "../test/stack/proxy.js";
import { pushImage, type PushedManifest } from "../test/stack/registry.js";
import { startStack, type Stack } from "../test/stack/stack.js";
import { makeTempDir } from "../test/stack/temp-dir.js";
import { Traffic } from "./measure.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface LatencyModel {
  /** Delay per request, each way (ms). */
  latencyMs: number;
  /** Whether a new connection costs round trips before its first request: TCP (1), + TLS 1.3 for https (2). */
  connectCost: boolean;
}

export interface BenchEnv {
  /** The delay model; rows turn it on and off with setLatency (connectCost may be changed between rows). */
  model: LatencyModel;
  stack: Stack;
  notaryProxy: Proxy;
  registryProxy: Proxy;
  traffic: Traffic;
  /** https://127.0.0.1:PORT of the notary proxy. */
  notaryUrl: string;
  /** 127.0.0.1:PORT of the registry proxy: the registry part of every image name. */
  registryHost: string;
  /**
   * The same notary-server behind a proxy in token mode, as hosted Notary servers run (Docker Hub,
   * Harbor, ACR): a 401 with a Bearer challenge, tokens from its own `/token` for `authUser`.
   */
  notaryAuthProxy: Proxy;
  notaryAuthUrl: string;
  authUser: { username: string; password: string };
  caFile: string;
  caPem: string;
  /** The delegation key (`docker trust key generate bench`): encrypted PKCS#8 with `role: bench`. */
  signer: { name: string; keyFile: string; keyPem: string; passphrase: string };
  /** Docker's trust dir holding the root, targets and signer keys (for the Go clients). */
  keysDir: string;
  /** An admin docker config that created the repositories. */
  admin: DockerTrust;
  work: string;
  /**
   * A copy of action.yml, verify/action.yml and dist/ taken when the bench started: every run uses
   * the same build even if dist/ is rebuilt meanwhile.
   */
  distRoot: string;
  /** Directories to remove at the end (the runner emulation's workspaces). */
  leftovers: string[];
  setLatency(on: boolean): void;
  close(): Promise<void>;
}

export async function startBenchEnv(model: LatencyModel): Promise<BenchEnv> {
  const stack = await startStack();
  try {
    const pki = stack.pki;
    const tls = { cert: await readFile(pki.certFile, "utf8"), key: await readFile(pki.keyFile, "utf8") };
    // No delay until a row turns it on (setLatency): preparing repositories runs at loopback speed.
    const notaryProxy = await startProxy({
      upstream: stack.info.notary.local.url,
      upstreamCa: stack.info.caPem,
      tls,
      recordBodies: false,
    });
    const registryProxy = await startProxy({ upstream: stack.info.registry.url, recordBodies: false });
    const authUser = { username: "bench", password: randomBytes(12).toString("hex") };
    const notaryAuthProxy = await startProxy({
      upstream: stack.info.notary.local.url,
      upstreamCa: stack.info.caPem,
      tls,
      recordBodies: false,
      auth: { scheme: "bearer", ...authUser },
    });
    const work = makeTempDir("bench");
    const distRoot = await snapshotDist(path.join(work, "snapshot"));
    const leftovers: string[] = [];
    const admin = await DockerTrust.create({ serverUrl: notaryProxy.url, caPem: stack.info.caPem });
    const key = await admin.keyGenerate("bench", path.join(work, "keys"));
    const signer = {
      name: "bench",
      keyFile: key.privateKeyPath,
      keyPem: await readFile(key.privateKeyPath, "utf8"),
      passphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    };
    return {
      model,
      stack,
      notaryProxy,
      registryProxy,
      traffic: new Traffic([notaryProxy, registryProxy, notaryAuthProxy]),
      notaryUrl: notaryProxy.url,
      registryHost: new URL(registryProxy.url).host,
      notaryAuthProxy,
      notaryAuthUrl: notaryAuthProxy.url,
      authUser,
      caFile: stack.info.caFile,
      caPem: stack.info.caPem,
      signer,
      keysDir: admin.trustDir,
      admin,
      work,
      distRoot,
      leftovers,
      setLatency(on) {
        const rtt = 2 * model.latencyMs;
        notaryProxy.setLatency(on ? model.latencyMs : 0);
        registryProxy.setLatency(on ? model.latencyMs : 0);
        notaryAuthProxy.setLatency(on ? model.latencyMs : 0);
        notaryProxy.setConnectLatency(on && model.connectCost ? 2 * rtt : 0);
        notaryAuthProxy.setConnectLatency(on && model.connectCost ? 2 * rtt : 0);
        registryProxy.setConnectLatency(on && model.connectCost ? rtt : 0);
      },
      async close() {
        await notaryProxy.close();
        await registryProxy.close();
        await notaryAuthProxy.close();
        await admin.dispose().catch(() => undefined);
        await Promise.all(leftovers.map((dir) => rm(dir, { recursive: true, force: true })));
        await stack.stop();
      },
    };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}

/** Copies what the runner needs to run our actions (action.yml files and dist/) into `dir`. */
async function snapshotDist(dir: string): Promise<string> {
  await mkdir(path.join(dir, "verify"), { recursive: true });
  await cp(path.join(repoRoot, "action.yml"), path.join(dir, "action.yml"));
  await cp(path.join(repoRoot, "verify", "action.yml"), path.join(dir, "verify", "action.yml"));
  await cp(path.join(repoRoot, "dist"), path.join(dir, "dist"), { recursive: true });
  return dir;
}

let dirCount = 0;

/** A new empty directory under the bench's work dir. */
export async function freshDir(env: BenchEnv, label: string): Promise<string> {
  const dir = path.join(env.work, `${label}-${++dirCount}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A notary trust dir holding only the private keys (no cached metadata: trust on first use). */
export async function freshNotaryDir(env: BenchEnv, label = "notary"): Promise<string> {
  const dir = await freshDir(env, label);
  await cp(path.join(env.keysDir, "private"), path.join(dir, "private"), { recursive: true });
  return dir;
}

/** A DOCKER_CONFIG with only the notary proxy's CA installed (no keys, no cached metadata). */
export async function freshDockerConfig(env: BenchEnv): Promise<string> {
  const dir = await freshDir(env, "docker");
  const tlsDir = path.join(dir, "tls", new URL(env.notaryUrl).host);
  await mkdir(tlsDir, { recursive: true });
  await writeFile(path.join(tlsDir, "ca.crt"), env.caPem);
  return dir;
}

export function notaryEnv(trustDir: string): NodeJS.ProcessEnv {
  return {
    ...isolatedEnv(),
    HOME: trustDir,
    NOTARY_ROOT_PASSPHRASE: DEFAULT_ROOT_PASSPHRASE,
    NOTARY_TARGETS_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
    NOTARY_SNAPSHOT_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
    NOTARY_DELEGATION_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
  };
}

export function dockerEnv(env: BenchEnv, configDir: string): NodeJS.ProcessEnv {
  return {
    ...isolatedEnv(),
    HOME: configDir,
    DOCKER_CONFIG: configDir,
    DOCKER_CONTENT_TRUST_SERVER: env.notaryUrl,
    DOCKER_CLI_HINTS: "false",
  };
}

/** The image name of a repository pushed to the registry (through its proxy's host). */
export function imageName(env: BenchEnv, repo: string): string {
  return `${env.registryHost}/${repo}`;
}

/** Pushes a small image as `repo:tag`. */
export function push(env: BenchEnv, repo: string, tag: string): Promise<PushedManifest> {
  return pushImage(env.stack.info.registry.url, repo, tag);
}

/** Points more tags at an already pushed manifest (PUT of the same bytes), straight to the registry. */
export async function tagImage(
  env: BenchEnv,
  repo: string,
  manifest: PushedManifest,
  tags: readonly string[],
): Promise<void> {
  for (const tag of tags) {
    const res = await fetch(`${env.stack.info.registry.url}/v2/${repo}/manifests/${tag}`, {
      method: "PUT",
      headers: { "content-type": manifest.mediaType },
      body: manifest.bytes,
    });
    await res.body?.cancel();
    if (res.status !== 201) throw new Error(`PUT ${repo}:${tag} answered ${res.status}`);
  }
}

/**
 * A repository as Docker users have them: created by `docker trust signer add` (server-managed
 * snapshot, delegations targets/releases and targets/bench), with `first` signed by the Go CLI.
 */
export async function prepareRepository(
  env: BenchEnv,
  repo: string,
  first = "v1",
): Promise<{ image: string; pushed: PushedManifest }> {
  const image = imageName(env, repo);
  const pushed = await push(env, repo, first);
  await env.admin.signerAdd(env.signer.name, image, path.join(env.work, "keys", `${env.signer.name}.pub`));
  await addhash(env.admin.notary(), image, first, pushed);
  return { image, pushed };
}

/**
 * As prepareRepository, with `more` signers added beside targets/bench (all with the bench's signer
 * key, as one person signing under several names would): targets/releases and 1 + more delegations.
 */
export async function prepareSignersRepository(
  env: BenchEnv,
  repo: string,
  more: readonly string[],
): Promise<{ image: string; pushed: PushedManifest; roles: string[] }> {
  const { image, pushed } = await prepareRepository(env, repo);
  for (const name of more)
    await env.admin.signerAdd(name, image, path.join(env.work, "keys", `${env.signer.name}.pub`));
  return {
    image,
    pushed,
    roles: ["targets/releases", `targets/${env.signer.name}`, ...more.map((n) => `targets/${n}`)],
  };
}

export function addhash(notary: NotaryCli, image: string, tag: string, pushed: PushedManifest): Promise<void> {
  return notary.addhash(image, tag, pushed.size, pushed.digest.slice("sha256:".length), [
    "targets/releases",
    "targets/bench",
  ]);
}
