/** Job summaries: what a person reads after the step, in the action's words. */
import * as core from "./runner.js";
import type { SignResult } from "../workflows/sign.js";
import { redactSecrets } from "../redaction.js";
import { markdownText } from "../text.js";
import { words } from "./words.js";
import type { CosignOnlySignResult } from "../workflows/run-cosign-sign.js";

/** Text for a Markdown table cell or line (text.ts markdownText). */
export const escapeCell = markdownText;

/** Writes lines to the job summary when the runner gives one (without the run's secrets). */
export async function writeSummary(lines: readonly string[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.appendSummary(words(redactSecrets(lines.join("\n"))));
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

export async function writeSignSummary(r: SignResult, trust: "kept" | "not-saved" | "no-cache"): Promise<void> {
  const esc = escapeCell;
  const rows = r.tags.map((t) => [esc(t.tag), `\`${t.digest}\``, esc(t.roles.join(", ")), esc(t.signers.join(", "))]);
  await writeSummary([
    `### Content trust: ${esc(r.gun)}`,
    "",
    r.published
      ? `Signed as **${esc(r.signer)}** and verified on the Notary server.`
      : "Already signed: nothing was published.",
    "",
    "| Tag | Digest | Roles | Signers |",
    "| --- | --- | --- | --- |",
    ...rows.map((c) => `| ${c.join(" | ")} |`),
    "",
    `Roles: ${r.roles.map((x) => `${esc(x.name)} v${x.version}`).join(", ")} · Root key \`${r.rootKeyIds.join(", ").slice(0, 64)}\` · Repository key \`${r.repositoryKeyIds.join(", ").slice(0, 64)}\``,
    "",
    {
      kept: "Trusted root kept for the next run.",
      "not-saved": "Trusted root not saved: the cache service failed (see the log); the next run trusts on first use.",
      "no-cache": "Trusted root not persisted (no cache service): trust on first use per run.",
    }[trust],
    ...(r.warnings.length ? ["", "Warnings:", ...r.warnings.map((w) => `- ${esc(w)}`)] : []),
  ]);
}
