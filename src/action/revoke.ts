/**
 * Entry of revoke/action.yml: remove a signed tag from every role the key can sign, publish, and
 * read the repository back.
 */
import { revokeTag } from "../workflows/admin/revoke.js";
import { withAdminSession } from "../workflows/admin/session.js";
import { notaryServerFor } from "../net/notary-server.js";
import { parseReference, parseRepository } from "../registry/reference.js";
import { UsageError } from "../errors.js";
import { readAdminInputs } from "./admin-inputs.js";
import { runtime, log, setOutput } from "./log.js";
import type { StepContext } from "./run-step.js";
import { escapeCell as esc, writeSummary } from "./summary.js";
import { restoreTrust } from "./trust-cache.js";

export async function revokeAction(
  env: NodeJS.ProcessEnv = process.env,
  context: StepContext = { action: "revoke" },
): Promise<void> {
  const { config, trustCache } = readAdminInputs(env, "image");
  context.subject = config.repository;
  context.server = notaryServerFor(parseReference(config.repository), config.notaryServer, config.envNotaryServer);
  const ref = parseRepository(config.repository, true);
  if (!ref.tag)
    throw new UsageError(`image ${config.repository} has no tag to revoke`, { hint: `image: ${ref.name}:TAG` });
  const trust = await restoreTrust(config.trustDir!, [ref.name], trustCache, env);
  const result = await withAdminSession(
    { ...config, trustDir: trust.dir },
    { runtime },
    (s) =>
      revokeTag(s.deps, { tag: ref.tag!, anchor: s.anchor, cosign: { registry: s.connection.registry, image: s.ref } }),
    { allowTag: true },
  );
  if (trust.available) await trust.save();
  setOutput("removed-from", JSON.stringify(result.removedFrom));
  setOutput("still-released-by", result.stillReleasedBy ?? "");
  setOutput("published", String(result.published));
  // The tag is still trusted by docker pull: the step fails (its summary says why), outputs set.
  if (result.stillReleased) throw result.stillReleased;
  const line = result.removedFrom.length
    ? `Revoked ${result.gun}:${result.tag} from ${result.removedFrom.join(", ")}`
    : result.heldBy.length && !result.stillReleasedBy
      ? `${result.gun}:${result.tag} is not released: nothing to revoke (still listed by ${result.heldBy.join(", ")}, which docker pull does not trust)`
      : `${result.gun}:${result.tag} is not signed: nothing to revoke`;
  log.info(line);
  await writeSummary([
    `### Content trust: ${esc(result.gun)}`,
    "",
    esc(line),
    ...(result.warnings.length ? ["", "Warnings:", ...result.warnings.map((w) => `- ${esc(w)}`)] : []),
  ]);
}
