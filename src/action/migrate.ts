/**
 * Entry of migrate/action.yml: backfill cosign signatures by the signing key for every verified
 * released tag of a repository; progress lines in the log, the table and the verifier
 * configurations in the job summary.
 */
import * as core from "./runner.js";
import { UsageError } from "../errors.js";
import { parseRepository } from "../registry/reference.js";
import { notaryServerFor } from "../net/notary-server.js";
import { formatMigrateCounts, formatVerifierConfigs, migrateProgressLine, migrateTable } from "../report/migrate.js";
import { splitList } from "../settings/lists.js";
import { parseKeyIds } from "../settings/values.js";
import { runMigrate, type RunMigrateResult } from "../workflows/run-migrate.js";
import {
  booleanInput,
  input,
  readConnectionInputs,
  readRequireRootPinInput,
  readSigningKeyInputs,
  readTrustCacheInput,
  requiredInput,
} from "./inputs.js";
import { log, runtime, setOutput } from "./log.js";
import type { StepContext } from "./run-step.js";
import { escapeCell as esc, writeSummary as writeLines } from "./summary.js";
import { restoreTrust } from "./trust-cache.js";

export async function migrateAction(env: NodeJS.ProcessEnv = process.env, context?: StepContext): Promise<void> {
  const key = readSigningKeyInputs(env);
  const connection = readConnectionInputs(env);
  const repository = requiredInput("repository", "registry.example/app");
  // A repository (every signed tag of it is copied), refused before anything is restored or read.
  const ref = parseRepository(repository);
  const concurrency = input("concurrency") === undefined ? undefined : Number(input("concurrency"));
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
    throw new UsageError(`input concurrency ${input("concurrency")} is not a number from 1 to 16`);
  const maxWrites = input("max-writes") === undefined ? undefined : Number(input("max-writes"));
  if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
    throw new UsageError(`input max-writes ${input("max-writes")} is not a whole number`);
  const gun = ref.name;
  if (context) {
    context.subject = gun;
    context.server = notaryServerFor(ref, connection.notaryServer, connection.envNotaryServer);
  }
  const trust = await restoreTrust(connection.trustDir, [gun], readTrustCacheInput(), env);
  const result = await runMigrate(
    {
      ...connection,
      trustDir: trust.dir,
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
      runtime,
      onProgress: (p) => log.info(migrateProgressLine(p, p.digest, (s) => s)),
    },
  );
  if (trust.available) await trust.save();
  const c = result.counts;
  setOutput("signed", String(c.signed));
  setOutput("already-signed", String(c["already-signed"]));
  setOutput("skipped", String(c.skipped));
  setOutput("stopped", String(c.stopped));
  setOutput("failed", String(c.failed));
  setOutput("result", JSON.stringify(result.rows));
  setOutput("public-key", result.verifiers.publicKeyPem);
  log.info(`${result.gun}: ${formatMigrateCounts(c)}`);
  // One line at a time: the PEM and YAML keep their lines in the log.
  for (const line of formatVerifierConfigs(result.verifiers).split("\n")) log.info(line);
  await writeSummary(result);
  if (c.failed > 0) core.setFailed(`${c.failed} of ${result.rows.length} tags could not be given a cosign signature`);
}

async function writeSummary(r: RunMigrateResult): Promise<void> {
  const fence = (lang: string, text: string) => ["```" + lang, text.trimEnd(), "```"].join("\n");
  const lines = [
    `### Cosign signatures for ${esc(r.gun)}`,
    "",
    `${formatMigrateCounts(r.counts)} (${r.digests} digests).`,
    "",
    ...migrateTable(r.rows, esc),
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
  await writeLines(lines);
}
