/**
 * Entry of verify/action.yml: PR checks that base images are signed as the policy requires.
 * Needs no secret; each failure is an error annotation on its Dockerfile line.
 */
import * as core from "@actions/core";
import { UsageError } from "../errors.js";
import { parseBoolean, splitList } from "../workflows/options.js";
import { runVerify, type VerifyConfig } from "../workflows/run-verify.js";
import { inputLines, parseBuildArgs, parseNotaryServers, parseRootKeyPins } from "../workflows/verify-policy.js";
import { parseAccept } from "../workflows/verify-accept.js";
import { annotations, summaryTable } from "../workflows/verify-report.js";
import { input, maskSecretInputs, readConnectionInputs, readRequireRootPinInput, readTrustCacheInput } from "./inputs.js";
import { log } from "./log.js";
import { restoreTrust } from "./trust-cache.js";

export function readVerifyInputs(env: NodeJS.ProcessEnv): { config: VerifyConfig; trustCache: boolean } {
  maskSecretInputs();
  const connection = readConnectionInputs(env);
  const images = input("images");
  const dockerfiles = input("dockerfile");
  if (!images && !dockerfiles) throw new UsageError("nothing to verify: set input images or dockerfile");
  const config: VerifyConfig = {
    ...connection,
    ...(images ? { images } : {}),
    ...(dockerfiles ? { dockerfiles } : {}),
    buildArgs: parseBuildArgs(input("build-args")),
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
    notaryServers: parseNotaryServers(input("notary-servers")),
    signers: inputLines(input("signers")).flatMap((l) => splitList(l)),
    rootKeyPins: parseRootKeyPins(input("root-key-id")),
    allowUnsigned: inputLines(input("allow-unsigned")),
    pin: parseBoolean(input("pin"), "pin", false),
    requireRootPin: readRequireRootPinInput(),
    accept: parseAccept(input("accept"), "input accept"),
    ...(input("cosign-key") ? { cosignKey: input("cosign-key")!, cosignKeyName: "input cosign-key" } : {}),
  };
  return { config, trustCache: readTrustCacheInput() };
}

export async function verifyAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, trustCache } = readVerifyInputs(env);
  const names = [...inputLines(config.images), ...inputLines(config.dockerfiles)];
  const trust = await restoreTrust(config.trustDir!, names, trustCache, env);
  const run = await runVerify(config, { warn: (m) => log.warning(m), log: log.info });
  if (trust.available) await trust.save();
  for (const r of run.results) {
    const where = r.file ? ` (${r.file}:${r.line})` : "";
    const kind = r.accepted ? ` [${r.accepted}]` : "";
    log.info(`${r.passed ? "✓" : "✗"} ${r.reference}${where}: ${r.passed ? `${r.digest ?? ""} ${r.signers.join(", ")}${kind}`.trim() : r.message}`);
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
