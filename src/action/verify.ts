/**
 * Entry of verify/action.yml: PR checks that base images are signed as the policy requires.
 * Needs no secret; each failure is an error annotation on its Dockerfile line. Each image is
 * logged as soon as its result is known.
 */
import * as core from "./runner.js";
import { UsageError } from "../errors.js";
import { parseReference } from "../registry/reference.js";
import { inputLines, splitList } from "../settings/lists.js";
import { runVerify, type VerifyConfig } from "../workflows/run-verify.js";
import type { VerifyResult } from "../workflows/verify.js";
import {
  parseAllowUnsigned,
  parseBuildArgs,
  parseNotaryServers,
  parseRootKeyPins,
} from "../workflows/verify-policy.js";
import { parseAccept } from "../workflows/verify-accept.js";
import { annotations, detailOf, policySummary, summaryTable, verdictOf, verifyOutputs } from "../report/verify.js";
import { booleanInput, input, readConnectionInputs, readRequireRootPinInput, readTrustCacheInput } from "./inputs.js";
import { runtime, log, setOutput } from "./log.js";
import type { StepContext } from "./run-step.js";
import { writeSummary } from "./summary.js";
import { restoreTrust } from "./trust-cache.js";

function readVerifyInputs(env: NodeJS.ProcessEnv): { config: VerifyConfig; trustCache: boolean } {
  const connection = readConnectionInputs(env);
  const images = input("images");
  const dockerfiles = input("dockerfile");
  if (!images && !dockerfiles)
    throw new UsageError("nothing to verify: inputs images and dockerfile are both empty", {
      hint: "give images: (one reference a line) or dockerfile: (paths or globs)",
    });
  const config: VerifyConfig = {
    ...connection,
    ...(images ? { images } : {}),
    ...(dockerfiles ? { dockerfiles } : {}),
    buildArgs: parseBuildArgs(input("build-args")),
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
    notaryServers: parseNotaryServers(input("notary-servers")),
    signers: splitList(input("signers")),
    rootKeyPins: parseRootKeyPins(input("root-key-id")),
    allowUnsigned: parseAllowUnsigned(input("allow-unsigned")),
    pin: booleanInput("pin", false),
    requireRootPin: readRequireRootPinInput(),
    accept: parseAccept(input("accept"), "input accept"),
    ...(input("cosign-key") ? { cosignKey: input("cosign-key")!, cosignKeyName: "input cosign-key" } : {}),
  };
  return { config, trustCache: readTrustCacheInput() };
}

/** One log line per image: ✓ checked and passed, ○ not checked (allowed unsigned), ✗ failed. */
function resultLine(r: VerifyResult): string {
  const where = r.file ? ` (${r.file}:${r.line})` : "";
  switch (verdictOf(r)) {
    case "passed":
      return `✓ ${r.reference}${where}: ${`${r.digest ?? ""} ${r.signers.join(", ")}${r.accepted ? ` [${r.accepted}]` : ""}`.trim()}`;
    case "allowed":
      return `○ ${r.reference}${where}: ${detailOf(r)}`;
    case "failed":
      return `✗ ${r.reference}${where}: ${detailOf(r)}`;
  }
}

/**
 * What the trust cache is keyed by: what stays when a PR bumps a tag or a digest, the images'
 * repositories and the Dockerfile paths, so that a new tag of a known base image finds its root.
 */
export function trustCacheNames(config: Pick<VerifyConfig, "images" | "dockerfiles">): string[] {
  const repositories = inputLines(config.images).map(repositoryOf);
  return [...new Set([...repositories, ...inputLines(config.dockerfiles)])];
}

/** An image line's repository; a line that does not parse as it is (runVerify reports it). */
function repositoryOf(line: string): string {
  try {
    return parseReference(line).name;
  } catch {
    return line;
  }
}

export async function verifyAction(
  env: NodeJS.ProcessEnv = process.env,
  context: StepContext = { action: "verify" },
): Promise<void> {
  // A step that fails before any image is checked (bad inputs, a missing Dockerfile) still leaves
  // outputs a later step can read: no result, no digest, nothing pinned.
  const none = verifyOutputs([]);
  setOutput("result", none.result);
  setOutput("digests", none.digests);
  setOutput("pinned", none.pinned);
  const { config, trustCache } = readVerifyInputs(env);
  context.subject = [...inputLines(config.images), ...inputLines(config.dockerfiles)].join(", ");
  const trust = await restoreTrust(config.trustDir!, trustCacheNames(config), trustCache, env);
  const run = await runVerify(
    { ...config, trustDir: trust.dir },
    { runtime, onResult: (r) => log.info(resultLine(r)) },
  );
  if (trust.available) await trust.save();
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
  const outputs = verifyOutputs(run.results, config.pin ? run.pinned : undefined);
  setOutput("result", outputs.result);
  setOutput("digests", outputs.digests);
  setOutput("pinned", outputs.pinned);
  const policy = {
    signers: config.signers ?? [],
    rootKeyPins: config.rootKeyPins ?? [],
    allowUnsigned: config.allowUnsigned ?? [],
    accept: config.accept ?? [],
    ...(run.cosignKeys ? { cosignKeys: run.cosignKeys } : {}),
    pin: config.pin ?? false,
  };
  await writeSummary([
    "### Base image signatures",
    "",
    summaryTable(run.results),
    policySummary(run.results, policy, run.pinned),
  ]);
  const failed = run.results.filter((r) => !r.passed);
  if (failed.length > 0) core.setFailed(`${failed.length} of ${run.results.length} images failed verification`);
}
