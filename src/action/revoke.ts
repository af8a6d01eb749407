/**
 * Entry of revoke/action.yml: remove a signed tag from every role the key can sign, publish, and
 * read the repository back.
 */
import * as core from "@actions/core";
import { revokeTag } from "../workflows/admin/revoke.js";
import { parseRepository, withAdminSession } from "../workflows/admin/session.js";
import { UsageError } from "../errors.js";
import { readAdminInputs } from "./admin-inputs.js";
import { log } from "./log.js";
import { restoreTrust } from "./trust-cache.js";

const esc = (s: string) => s.replace(/[|<>&\r\n]/g, " ");

export async function revokeAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, trustCache } = readAdminInputs(env, "image");
  const ref = parseRepository(config.repository, true);
  if (!ref.tag) throw new UsageError(`image ${config.repository} has no tag to revoke`, { hint: `image: ${ref.name}:TAG` });
  const trust = await restoreTrust(config.trustDir!, [ref.name], trustCache, env);
  const result = await withAdminSession(config, { log: log.info, warn: (m) => log.warning(m) }, (s) => revokeTag(s.deps, { tag: ref.tag!, anchor: s.anchor }), { allowTag: true });
  if (trust.available) await trust.save();
  core.setOutput("removed-from", JSON.stringify(result.removedFrom));
  core.setOutput("still-released-by", result.stillReleasedBy ?? "");
  core.setOutput("published", String(result.published));
  const line = result.removedFrom.length ? `Revoked ${result.gun}:${result.tag} from ${result.removedFrom.join(", ")}` : `${result.gun}:${result.tag} is not signed: nothing to revoke`;
  log.info(line);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw([`### Content trust: ${esc(result.gun)}`, "", esc(line), ...(result.warnings.length ? ["", "Warnings:", ...result.warnings.map((w) => `- ${esc(w)}`)] : [])].join("\n"), true).write();
  }
}
