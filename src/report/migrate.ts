/**
 * What a migrate run tells a person: the counts line, and the verifier configurations to paste
 * with the public key they need.
 */
import type { VerifierConfigs } from "../workflows/handover.js";
import type { MigrateStatus } from "../workflows/migrate.js";

/** What each status is called in progress lines and tables. */
export const MIGRATE_STATUS_LABELS: Readonly<Record<MigrateStatus, string>> = {
  "already-signed": "already signed",
  signed: "signed now",
  "would-sign": "would sign",
  skipped: "skipped",
  stopped: "not reached",
  failed: "failed",
};

/**
 * `3 signed now, 1 already signed, 2 skipped, 0 failed` (with "N would sign" on a dry run, and
 * "N not reached (run again)" when the run stopped early).
 */
export function formatMigrateCounts(c: Record<MigrateStatus, number>): string {
  const wouldSign = c["would-sign"] ? `${c["would-sign"]} would sign, ` : "";
  const stopped = c.stopped ? `, ${c.stopped} not reached (run again)` : "";
  return `${c.signed} signed now, ${c["already-signed"]} already signed, ${wouldSign}${c.skipped} skipped, ${c.failed} failed${stopped}`;
}

/** The public key and each verifier's configuration, under a heading a person can scan for. */
export function formatVerifierConfigs(c: VerifierConfigs): string {
  return [
    "Public key for cosign and admission controllers (save as cosign.pub):",
    c.publicKeyPem.trimEnd(),
    "",
    "cosign:",
    `  ${c.cosign}`,
    "",
    "Kyverno:",
    c.kyverno,
    "sigstore policy-controller:",
    c.policyController,
    "Connaisseur (helm values):",
    c.connaisseur,
  ].join("\n");
}
