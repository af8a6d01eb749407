/**
 * Entry of migrate/action.yml: backfill cosign signatures by the signing key for every verified
 * released tag of a repository; progress lines in the log, the table and the verifier
 * configurations in the job summary.
 */
import * as core from "@actions/core";
import { UsageError } from "../errors.js";
import { parseReference } from "../registry/reference.js";
import { formatVerifierConfigs } from "../workflows/handover.js";
import { parseKeyIds, splitList } from "../workflows/options.js";
import { runMigrate, type RunMigrateResult } from "../workflows/run-migrate.js";
import { booleanInput, input, maskSecretInputs, readConnectionInputs, readRequireRootPinInput, readSigningKeyInputs, readTrustCacheInput, requiredInput } from "./inputs.js";
import { log } from "./log.js";
import { restoreTrust } from "./trust-cache.js";

const esc = (s: string) => s.replace(/[|<>&\r\n]/g, " ");
const LABELS = { "already-signed": "already signed", signed: "signed now", "would-sign": "would sign", skipped: "skipped", failed: "failed" } as const;

export async function migrateAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  maskSecretInputs();
  const key = readSigningKeyInputs(env);
  const connection = readConnectionInputs(env);
  const repository = requiredInput("repository", "registry.example/app");
  const concurrency = input("concurrency") === undefined ? undefined : Number(input("concurrency"));
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)) throw new UsageError(`input concurrency ${input("concurrency")} is not a number from 1 to 16`);
  const maxWrites = input("max-writes") === undefined ? undefined : Number(input("max-writes"));
  if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0)) throw new UsageError(`input max-writes ${input("max-writes")} is not a whole number`);
  const gun = parseReference(repository).name;
  const trust = await restoreTrust(connection.trustDir, [gun], readTrustCacheInput(), env);
  const result = await runMigrate(
    {
      ...connection,
      ...key,
      repository,
      signers: splitList(input("signers")),
      rootKeyIds: parseKeyIds(input("root-key-id")),
      dryRun: booleanInput("dry-run", false),
      ...(concurrency ? { concurrency } : {}),
      ...(maxWrites !== undefined ? { maxWrites } : {}),
      requireRootPin: readRequireRootPinInput(),
    },
    {
      warn: (m) => log.warning(m),
      onProgress: (p) => log.info(`[${p.done}/${p.total}] ${p.digest} (${p.tags.slice(0, 3).join(", ")}${p.tags.length > 3 ? ", …" : ""}): ${LABELS[p.status]}${p.reason ? ` (${p.reason})` : ""}`),
    },
  );
  if (trust.available) await trust.save();
  const c = result.counts;
  core.setOutput("signed", String(c.signed));
  core.setOutput("already-signed", String(c["already-signed"]));
  core.setOutput("skipped", String(c.skipped));
  core.setOutput("failed", String(c.failed));
  core.setOutput("result", JSON.stringify(result.rows));
  core.setOutput("public-key", result.verifiers.publicKeyPem);
  log.info(`${result.gun}: ${c.signed} signed now, ${c["already-signed"]} already signed, ${c.skipped} skipped, ${c.failed} failed`);
  log.info(formatVerifierConfigs(result.verifiers));
  await writeSummary(result);
  if (c.failed > 0) core.setFailed(`${c.failed} of ${result.rows.length} tags could not be given a cosign signature`);
}

async function writeSummary(r: RunMigrateResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = r.rows.map((x) => `| ${esc(x.tag)} | ${x.digest ? `\`${x.digest}\`` : ""} | ${LABELS[x.status]} | ${esc(x.reason ?? "")} |`);
  const fence = (lang: string, text: string) => ["```" + lang, text.trimEnd(), "```"].join("\n");
  const lines = [
    `### Cosign signatures for ${esc(r.gun)}`,
    "",
    `${r.counts.signed} signed now, ${r.counts["already-signed"]} already signed, ${r.counts.skipped} skipped, ${r.counts.failed} failed (${r.digests} digests).`,
    "",
    "| Tag | Digest | Cosign signature | Why |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "#### Verify with the same key",
    "",
    fence("", r.verifiers.publicKeyPem),
    fence("sh", r.verifiers.cosign),
    "Kyverno:",
    fence("yaml", r.verifiers.kyverno),
    "sigstore policy-controller:",
    fence("yaml", r.verifiers.policyController),
    "Connaisseur:",
    fence("yaml", r.verifiers.connaisseur),
  ];
  await core.summary.addRaw(lines.join("\n"), true).write();
}
