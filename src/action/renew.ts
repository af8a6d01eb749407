/**
 * Entry of renew/action.yml, for a scheduled workflow: re-sign every role the key can sign that
 * expires within the window, and annotate every role that still expires within it.
 */
import * as core from "@actions/core";
import { renewRoles } from "../workflows/admin/renew.js";
import { parseRepository, withAdminSession } from "../workflows/admin/session.js";
import { parseExpiry } from "../workflows/options.js";
import { readAdminInputs } from "./admin-inputs.js";
import { input } from "./inputs.js";
import { log } from "./log.js";
import { restoreTrust } from "./trust-cache.js";

const esc = (s: string) => s.replace(/[|<>&\r\n]/g, " ");

export async function renewAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, trustCache } = readAdminInputs(env, "repository");
  const now = Date.now();
  const withinMs = parseExpiry(input("within") ?? "6mo", now, "within");
  const lifetimeMs = parseExpiry(input("expires") ?? "3y", now);
  const gun = parseRepository(config.repository).name;
  const trust = await restoreTrust(config.trustDir!, [gun], trustCache, env);
  // Expiry warnings become annotations (log.warning); other progress is plain log.
  const result = await withAdminSession(config, { log: log.info, warn: (m) => log.warning(m) }, (s) => renewRoles(s.deps, { anchor: s.anchor, withinMs, lifetimeMs }));
  if (trust.available) await trust.save();
  for (const r of result.renewed) core.notice(`${r.role} of ${result.gun} renewed: v${r.version}, expires at ${r.expires} (was ${r.previousExpires})`);
  core.setOutput("renewed", JSON.stringify(result.renewed));
  core.setOutput("not-renewed", JSON.stringify(result.notRenewed));
  core.setOutput("published", String(result.published));
  log.info(result.renewed.length ? `Renewed ${result.renewed.map((r) => r.role).join(", ")} of ${result.gun}` : `${result.gun}: nothing the key can sign needs renewing`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const rows = result.renewed.map((r) => `| ${esc(r.role)} | ${r.version} | ${r.previousExpires} | ${r.expires} |`);
    const lines = [
      `### Content trust: ${esc(result.gun)}`,
      "",
      ...(rows.length ? ["| Role | Version | Expired at | Expires at |", "| --- | --- | --- | --- |", ...rows] : ["Nothing the key can sign needed renewing."]),
      ...(result.notRenewed.length ? ["", "Still expiring within the window:", ...result.notRenewed.map((r) => `- ${esc(r.role)}: ${r.expires}`)] : []),
    ];
    await core.summary.addRaw(lines.join("\n"), true).write();
  }
}
