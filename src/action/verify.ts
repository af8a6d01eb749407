/**
 * Entry of verify/action.yml: PR checks that base images are signed as the policy requires.
 * Needs no secret; each failure is an error annotation on its Dockerfile line.
 */
import * as core from "@actions/core";
import os from "node:os";
import path from "node:path";
import { UsageError } from "../errors.js";
import { parseBoolean, parseTimeout, splitList } from "../workflows/options.js";
import { runVerify, type VerifyConfig } from "../workflows/run-verify.js";
import { inputLines, parseBuildArgs, parseNotaryServers, parseRootKeyPins } from "../workflows/verify-policy.js";
import { annotations, summaryTable } from "../workflows/verify-report.js";
import { log, maskSecret } from "./log.js";
import { restoreTrust } from "./trust-cache.js";

function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === "" ? undefined : v;
}

export function readVerifyInputs(env: NodeJS.ProcessEnv): { config: VerifyConfig; trustCache: boolean } {
  const password = input("registry-password");
  maskSecret(password);
  const username = input("registry-username");
  if ((username === undefined) !== (password === undefined)) throw new UsageError("inputs registry-username and registry-password go together");
  const images = input("images");
  const dockerfiles = input("dockerfile");
  if (!images && !dockerfiles) throw new UsageError("nothing to verify: set input images or dockerfile");
  const timeoutMs = parseTimeout(input("timeout"));
  const config: VerifyConfig = {
    ...(images ? { images } : {}),
    ...(dockerfiles ? { dockerfiles } : {}),
    buildArgs: parseBuildArgs(input("build-args")),
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
    ...(input("notary-server") ? { notaryServer: input("notary-server")! } : {}),
    notaryServers: parseNotaryServers(input("notary-servers")),
    ...(env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: env.DOCKER_CONTENT_TRUST_SERVER } : {}),
    ...(input("ca-cert") ? { caPem: input("ca-cert")! } : {}),
    ...(username && password ? { credentials: { username, password } } : {}),
    dockerConfigDir: env.DOCKER_CONFIG || path.join(os.homedir(), ".docker"),
    signers: inputLines(input("signers")).flatMap((l) => splitList(l)),
    rootKeyPins: parseRootKeyPins(input("root-key-id")),
    allowUnsigned: inputLines(input("allow-unsigned")),
    pin: parseBoolean(input("pin"), "pin", false),
    ...(timeoutMs ? { timeoutMs } : {}),
    insecureRegistries: splitList(input("insecure-registries")),
    trustDir: path.join(env.RUNNER_TEMP || os.tmpdir(), "content-trust", "trust"),
  };
  return { config, trustCache: parseBoolean(input("trust-cache"), "trust-cache", true) };
}

export async function verifyAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, trustCache } = readVerifyInputs(env);
  const names = [...inputLines(config.images), ...inputLines(config.dockerfiles)];
  const trust = await restoreTrust(config.trustDir!, names, trustCache, env);
  const run = await runVerify(config, { warn: (m) => log.warning(m) });
  if (trust.available) await trust.save();
  for (const r of run.results) {
    const where = r.file ? ` (${r.file}:${r.line})` : "";
    log.info(`${r.passed ? "✓" : "✗"} ${r.reference}${where}: ${r.passed ? `${r.digest ?? ""} ${r.signers.join(", ")}`.trim() : r.message}`);
  }
  for (const a of annotations(run.results)) {
    log.error(a.message, {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.line ? { startLine: a.line } : {}),
      ...(a.column ? { startColumn: a.column } : {}),
    });
  }
  for (const { file, outcome } of run.pinned) {
    for (const p of outcome.pinned) log.info(`pinned ${file}:${p.line}: ${p.from} -> ${p.to}`);
    for (const u of outcome.unpinned) log.warning(`not pinned: ${u.reason}`, { file, startLine: u.line });
  }
  core.setOutput("result", run.outputs.result);
  core.setOutput("digests", run.outputs.digests);
  core.setOutput("pinned", run.outputs.pinned);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`### Base image signatures\n\n${summaryTable(run.results)}\n`, true).write();
  const failed = run.results.filter((r) => !r.passed);
  if (failed.length > 0) core.setFailed(`${failed.length} of ${run.results.length} images failed verification`);
}
