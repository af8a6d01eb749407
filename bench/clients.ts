/**
 * The clients compared, each run as a user runs it: our CLI bundle (dist/cli) and our action
 * bundles (dist/sign, dist/verify, as the GitHub runner runs them) under Node 24, the Go `notary`
 * CLI and `docker trust`. Every one is pointed at the latency proxies.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { NODE24, runAction, type RunnerResult } from "../test/helpers/runner.js";
import { dockerEnv, notaryEnv, repoRoot, type BenchEnv } from "./env.js";
import { check, runProcess, type ProcessRun } from "./measure.js";

/** dist/cli/index.js of the bench's snapshot of dist/. */
export const cliOf = (env: BenchEnv) => path.join(env.distRoot, "dist/cli/index.js");
/** An action directory of the snapshot, as runAction wants it (relative to the repository). */
const actionDirOf = (env: BenchEnv, sub = "") => path.relative(repoRoot, path.join(env.distRoot, sub)) || ".";

export interface RunFlags {
  /** Measure peak RSS (and, for ours, the peak V8 heap in use). */
  memory?: boolean;
  /**
   * Talk to the Notary server in token mode (env.notaryAuthUrl) with the bench user's credentials:
   * ours from a docker config as `docker login` writes it, notary from NOTARY_AUTH.
   */
  tokenAuth?: boolean;
}

const HEAP_SAMPLER = path.join(repoRoot, "bench", "heap-sample.mjs");

/** `content-trust COMMAND ARGS… --notary-server … --ca-cert … --insecure-registry … --trust-dir DIR`. */
export async function ours(
  env: BenchEnv,
  trustDir: string,
  command: string,
  args: readonly string[],
  flags: RunFlags = {},
): Promise<ProcessRun> {
  if (flags.tokenAuth) {
    const auth = Buffer.from(`${env.authUser.username}:${env.authUser.password}`).toString("base64");
    await writeFile(path.join(trustDir, "config.json"), JSON.stringify({ auths: { [env.registryHost]: { auth } } }));
  }
  const connection = [
    "--notary-server",
    flags.tokenAuth ? env.notaryAuthUrl : env.notaryUrl,
    "--ca-cert",
    env.caFile,
    "--insecure-registry",
    env.registryHost,
    "--trust-dir",
    trustDir,
  ];
  const run = await runProcess(
    NODE24,
    [...(flags.memory ? ["--import", HEAP_SAMPLER] : []), cliOf(env), command, ...args, ...connection],
    {
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: trustDir,
        // An empty docker config (but the credentials of tokenAuth): no stored roots but those in trustDir.
        DOCKER_CONFIG: trustDir,
        CONTENT_TRUST_PASSPHRASE: env.signer.passphrase,
      },
      cwd: trustDir,
      ...(flags.memory ? { memory: true } : {}),
    },
  );
  return check(run, `content-trust ${command}`);
}

/** The sign action (dist/sign via action.yml) as the runner runs it; a fresh RUNNER_TEMP each time. */
export async function oursSignAction(
  env: BenchEnv,
  inputs: Record<string, string>,
  actionDir = actionDirOf(env),
): Promise<RunnerResult> {
  const result = await runAction(actionDir, {
    "signer-key": env.signer.keyPem,
    "signer-key-passphrase": env.signer.passphrase,
    "notary-server": env.notaryUrl,
    "ca-cert": env.caPem,
    "insecure-registries": env.registryHost,
    ...inputs,
  });
  env.leftovers.push(result.workspace);
  if (result.code !== 0)
    throw new Error(`sign action exited with ${result.code}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  return result;
}

/** The verify action (verify/action.yml → dist/verify). */
export async function oursVerifyAction(env: BenchEnv, images: readonly string[]): Promise<RunnerResult> {
  const result = await runAction(actionDirOf(env, "verify"), {
    images: images.join("\n"),
    "notary-server": env.notaryUrl,
    "ca-cert": env.caPem,
  });
  env.leftovers.push(result.workspace);
  if (result.code !== 0)
    throw new Error(`verify action exited with ${result.code}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  return result;
}

/** `notary -s PROXY --tlscacert CA -d DIR ARGS…` with the passphrases in the environment. */
export async function notary(
  env: BenchEnv,
  trustDir: string,
  args: readonly string[],
  flags: RunFlags = {},
): Promise<ProcessRun> {
  const server = flags.tokenAuth ? env.notaryAuthUrl : env.notaryUrl;
  const auth = Buffer.from(`${env.authUser.username}:${env.authUser.password}`).toString("base64");
  const run = await runProcess("notary", ["-s", server, "--tlscacert", env.caFile, "-d", trustDir, ...args], {
    env: { ...notaryEnv(trustDir), ...(flags.tokenAuth ? { NOTARY_AUTH: auth } : {}) },
    ...(flags.memory ? { memory: true } : {}),
  });
  return check(run, `notary ${args[0]}`);
}

/** `notary addhash IMAGE TAG SIZE --sha256 HEX -r targets/releases -r targets/bench [-p]`: Docker's roles. */
export function notaryAddhash(
  env: BenchEnv,
  trustDir: string,
  image: string,
  tag: string,
  manifest: { size: number; digest: string },
  publish: boolean,
  flags: RunFlags = {},
): Promise<ProcessRun> {
  const args = [
    "addhash",
    image,
    tag,
    String(manifest.size),
    "--sha256",
    manifest.digest.replace(/^sha256:/, ""),
    "-r",
    "targets/releases",
    "-r",
    "targets/bench",
  ];
  return notary(env, trustDir, publish ? [...args, "-p"] : args, flags);
}

/** `docker ARGS…` with DOCKER_CONFIG = configDir (its tls/ holds the proxy's CA). */
export async function docker(
  env: BenchEnv,
  configDir: string,
  args: readonly string[],
  flags: RunFlags = {},
): Promise<ProcessRun> {
  return check(
    await runProcess("docker", args, { env: dockerEnv(env, configDir), ...(flags.memory ? { memory: true } : {}) }),
    `docker ${args.slice(0, 2).join(" ")}`,
  );
}
