/**
 * What a migrate run tells a person: the counts line, and the verifier configurations to paste
 * with the public key they need.
 */
import type { VerifierConfigs } from "../workflows/handover.js";
import type { MigrateProgress, MigrateRow, MigrateStatus } from "../workflows/migrate.js";

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

/** In a log of one line per digest, every this many lines carries the pace (migratePace). */
const PACE_EVERY = 50;

/**
 * One digest's line in a log of one line per digest: `[done/total] <digest> (tags…): status
 * (reason)`, and the pace on every PACE_EVERY-th line. `text` makes a tag or a reason safe to print.
 */
export function migrateProgressLine(p: MigrateProgress, digest: string, text: (s: string) => string): string {
  const tags = `${p.tags.slice(0, 3).join(", ")}${p.tags.length > 3 ? ", …" : ""}`;
  const reason = p.reason ? ` (${text(p.reason)})` : "";
  const pace = p.done % PACE_EVERY === 0 ? migratePace(p) : "";
  return `[${p.done}/${p.total}] ${digest} (${text(tags)}): ${MIGRATE_STATUS_LABELS[p.status]}${reason}${pace}`;
}

/**
 * ` · 12 digests/s, about 4 min left` for a progress line of a run that has been going a while;
 * empty before the rate means anything (a few digests or seconds in) and at the end.
 */
export function migratePace(p: { done: number; total: number; elapsedMs: number }): string {
  if (p.done < 5 || p.elapsedMs < 2_000 || p.done >= p.total) return "";
  const perSecond = p.done / (p.elapsedMs / 1000);
  const rate = perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
  const leftS = Math.ceil((p.total - p.done) / perSecond);
  const left = leftS < 90 ? `${leftS} s` : `${Math.round(leftS / 60)} min`;
  return ` · ${rate} digests/s, about ${left} left`;
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

/**
 * Rows of a summary's table at most (a repository may hold thousands of tags, and GitHub drops a
 * step summary over 1 MiB): failures first, then tags not reached; the `result` output has every one.
 */
export const MIGRATE_SUMMARY_ROWS = 300;
const FIRST: Partial<Record<MigrateStatus, number>> = { failed: 0, stopped: 1 };

/** The summary's table of tags, `cell` escaping text for a cell; a last line counts what it leaves out. */
export function migrateTable(rows: readonly MigrateRow[], cell: (text: string) => string): string[] {
  // Array sort is stable: the rest stay in the order migrated.
  const ordered = [...rows].sort((a, b) => (FIRST[a.status] ?? 2) - (FIRST[b.status] ?? 2));
  const shown = ordered.slice(0, MIGRATE_SUMMARY_ROWS);
  const rest = ordered.slice(shown.length);
  const lines = [
    "| Tag | Digest | Cosign signature | Why |",
    "| --- | --- | --- | --- |",
    ...shown.map(
      (x) =>
        `| ${cell(x.tag)} | ${x.digest ? `\`${x.digest}\`` : ""} | ${MIGRATE_STATUS_LABELS[x.status]} | ${cell(x.reason ?? "")} |`,
    ),
  ];
  if (rest.length > 0) {
    const counts = new Map<MigrateStatus, number>();
    for (const x of rest) counts.set(x.status, (counts.get(x.status) ?? 0) + 1);
    const what = [...counts].map(([status, n]) => `${n} ${MIGRATE_STATUS_LABELS[status]}`).join(", ");
    lines.push("", `${rest.length} more tags not shown (${what}): the result output lists every tag.`);
  }
  return lines;
}
