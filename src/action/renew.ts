/**
 * Entry of renew/action.yml, for a scheduled workflow: re-sign every role the key can sign that
 * expires within the window, and annotate every role that still expires within it.
 */
import * as core from "./runner.js";
import { renewRoles } from "../workflows/admin/renew.js";
import { notRenewedExpiry, targetDigestText, unconfirmedText, witnessedText } from "../report/renew.js";
import { withAdminSession } from "../workflows/admin/session.js";
import { notaryServerFor } from "../net/notary-server.js";
import { parseReference, parseRepository } from "../registry/reference.js";
import { parseExpiry } from "../settings/values.js";
import { readAdminInputs } from "./admin-inputs.js";
import { input } from "./inputs.js";
import { splitList } from "../settings/lists.js";
import { runtime, log, neutralise, setOutput } from "./log.js";
import type { StepContext } from "./run-step.js";
import { escapeCell as esc, writeSummary } from "./summary.js";
import { restoreTrust } from "./trust-cache.js";

export async function renewAction(
  env: NodeJS.ProcessEnv = process.env,
  context: StepContext = { action: "renew" },
): Promise<void> {
  const { config, trustCache } = readAdminInputs(env, "repository");
  context.subject = config.repository;
  const now = Date.now();
  const withinMs = parseExpiry(input("within") ?? "6mo", now, "within");
  const expires = input("expires");
  const lifetimeMs = expires ? parseExpiry(expires, now) : undefined;
  const witness = splitList(input("witness"));
  context.server = notaryServerFor(parseReference(config.repository), config.notaryServer, config.envNotaryServer);
  const ref = parseRepository(config.repository);
  const trust = await restoreTrust(config.trustDir!, [ref.name], trustCache, env);
  // Expiry warnings become annotations (log.warning); other progress is plain log.
  const result = await withAdminSession({ ...config, trustDir: trust.dir }, { runtime }, (s) =>
    renewRoles(s.deps, {
      anchor: s.anchor,
      withinMs,
      ...(lifetimeMs ? { lifetimeMs } : {}),
      witness,
    }),
  );
  if (trust.available) await trust.save();
  for (const r of result.renewed)
    core.notice(
      neutralise(
        `${r.role} of ${result.gun} renewed: v${r.version}, expires at ${r.expires} (was ${r.previousExpires})`,
      ),
    );
  for (const w of result.witnessed)
    core.notice(neutralise(`${w.role} of ${result.gun} witnessed: ${witnessedText(w)}`));
  setOutput("renewed", JSON.stringify(result.renewed));
  setOutput("witnessed", JSON.stringify(result.witnessed));
  setOutput("not-renewed", JSON.stringify(result.notRenewed));
  setOutput("published", String(result.published));
  if (result.witnessUnconfirmed) {
    // Every target each unconfirmed role holds, in full, where a person checks them; the step fails.
    const lines: string[] = [`### Content trust: ${esc(result.gun)}`, ""];
    for (const u of result.unconfirmed) {
      const confirm = `witness: ${u.role}@${u.fileDigest}`;
      log.info(`${u.role} of ${result.gun} ${unconfirmedText(u)}; to witness this content: ${confirm}`);
      for (const t of u.targets) log.info(`  ${t.tag} ${targetDigestText(t)}`);
      lines.push(
        `Not witnessed: ${esc(`${u.role} ${unconfirmedText(u)}`)}. To witness this content: \`${confirm}\``,
        "",
        "| Tag | Digest |",
        "| --- | --- |",
        ...u.targets.map((t) => `| ${esc(t.tag)} | \`${targetDigestText(t)}\` |`),
        "",
      );
    }
    await writeSummary(lines);
    throw result.witnessUnconfirmed;
  }
  log.info(
    result.renewed.length
      ? `Renewed ${result.renewed.map((r) => r.role).join(", ")} of ${result.gun}`
      : `${result.gun}: nothing the key can sign needs renewing`,
  );
  const rows = result.renewed.map((r) => `| ${esc(r.role)} | ${r.version} | ${r.previousExpires} | ${r.expires} |`);
  await writeSummary([
    `### Content trust: ${esc(result.gun)}`,
    "",
    ...(rows.length
      ? ["| Role | New version | Previous expiry | Expires at |", "| --- | --- | --- | --- |", ...rows]
      : ["Nothing the key can sign needed renewing."]),
    ...(result.notRenewed.length
      ? ["", "Not renewed:", ...result.notRenewed.map((r) => `- ${esc(r.role)}: ${esc(notRenewedExpiry(r))}`)]
      : []),
  ]);
}
