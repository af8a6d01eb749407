/** Job summaries: what a person reads after the step, in the action's words. */
import * as core from "./runner.js";
import { log } from "./log.js";
import type { SignResult } from "../workflows/sign.js";
import { redactSecrets } from "../redaction.js";
import { markdownCode, markdownText } from "../text.js";
import { words } from "./words.js";
import type { CosignOnlySignResult } from "../workflows/run-cosign-sign.js";
import type { CosignAttachResult } from "../workflows/cosign-attach.js";
import type { TrustCache } from "./trust-cache.js";

/** Text for a Markdown table cell or line (text.ts markdownText). */
export const escapeCell = markdownText;

/**
 * What a step's summary may hold: GitHub drops a step's summary whole when it is larger than 1 MiB
 * ("Adding a job summary"), so a summary is cut short well before that, at a line's end.
 */
const SUMMARY_MAX_BYTES = 1000 * 1024;

/**
 * Writes lines to the job summary when the runner gives one (without the run's secrets). The
 * summary is a report of work already done: a summary that cannot be written is a warning, never a
 * failed step.
 */
export async function writeSummary(lines: readonly string[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const markdown = withinSummaryLimit(words(redactSecrets(lines.join("\n"))));
  try {
    await core.appendSummary(markdown);
  } catch (err) {
    log.warning(`the job summary was not written: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `markdown`, cut at a line's end with a last line saying so when it is over SUMMARY_MAX_BYTES. */
export function withinSummaryLimit(markdown: string, maxBytes = SUMMARY_MAX_BYTES): string {
  if (Buffer.byteLength(markdown, "utf8") <= maxBytes) return markdown;
  const note = "\n\n_The rest of this summary was left out: a job summary holds at most 1 MiB (see the step's log)._";
  const room = maxBytes - Buffer.byteLength(note, "utf8");
  // Bytes to characters: cut at `room` bytes, then back to the last whole line.
  const cut = Buffer.from(markdown, "utf8").subarray(0, room).toString("utf8");
  const end = cut.lastIndexOf("\n");
  return (end > 0 ? cut.slice(0, end) : "") + note;
}

export async function writeCosignOnlySummary(r: CosignOnlySignResult): Promise<void> {
  const esc = escapeCell;
  await writeSummary([
    `### Content trust: ${esc(r.gun)}`,
    "",
    r.cosign.status === "written"
      ? `Signed with cosign as **${esc(r.signer)}**, read back and verified under cosign's rules. No Notary server was asked.`
      : `Already signed with cosign by **${esc(r.signer)}**: nothing was written. No Notary server was asked.`,
    "",
    "| Image | Digest | Cosign signature | Signatures there |",
    "| --- | --- | --- | --- |",
    `| ${esc(r.tag ? `${r.gun}:${r.tag}` : r.gun)} | \`${r.digest}\` | ${esc(r.cosign.reference)} | ${r.cosign.signatures} |`,
  ]);
}

/** Whether the trusted root was kept for the next run; if not, why; and whether root-key-id pins it. */
interface RootKept {
  kept: boolean;
  unavailable?: TrustCache["unavailable"];
  pinned: boolean;
}

/** What became of the trusted root, for the next run. */
function trustLine(trust: RootKept): string {
  if (trust.kept) return "Trusted root kept for the next run.";
  const why = {
    disabled: "the trust cache is off (trust-cache: false)",
    "no-service": "no cache service here",
    "not-answering": "the cache service did not answer (see the log)",
    failed: "the cache service failed (see the log)",
  }[trust.unavailable ?? "failed"];
  const next = trust.pinned
    ? "the next run checks the root against root-key-id"
    : "the next run trusts the root on first use (pin it with root-key-id)";
  return `Trusted root not saved: ${why}; ${next}.`;
}

export async function writeSignSummary(
  r: SignResult & { cosign?: CosignAttachResult | undefined },
  trust: RootKept,
): Promise<void> {
  const esc = escapeCell;
  const rows = r.tags.map((t) => [esc(t.tag), `\`${t.digest}\``, esc(t.roles.join(", ")), esc(t.signers.join(", "))]);
  // Key IDs come from the server's root.json: each is quoted as code, whatever it holds.
  const keys = (ids: readonly string[]) => ids.map(markdownCode).join(", ");
  await writeSummary([
    `### Content trust: ${esc(r.gun)}`,
    "",
    r.published
      ? `Signed as **${esc(r.signer)}** and verified on the Notary server.`
      : "Already signed in Notary: nothing was published there.",
    "",
    "| Tag | Digest | Roles | Signers |",
    "| --- | --- | --- | --- |",
    ...rows.map((c) => `| ${c.join(" | ")} |`),
    "",
    ...(r.cosign
      ? [
          `Cosign signature: ${r.cosign.status === "written" ? "written now" : "already there by this key, nothing written"} at ${esc(r.cosign.reference)} (${r.cosign.signatures} signature${r.cosign.signatures === 1 ? "" : "s"} there), read back and verified under cosign's rules.`,
          "",
        ]
      : []),
    `Roles: ${r.roles.map((x) => `${esc(x.name)} v${x.version}`).join(", ")} · Root key ${keys(r.rootKeyIds)} · Repository key ${keys(r.repositoryKeyIds)}`,
    "",
    trustLine(trust),
    ...(r.warnings.length ? ["", "Warnings:", ...r.warnings.map((w) => `- ${esc(w)}`)] : []),
  ]);
}
