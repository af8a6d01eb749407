/**
 * Entry of the sign action (action.yml): read inputs, restore trust state, sign, verify, write
 * outputs and the job summary.
 */
import * as core from "@actions/core";
import { parseReference } from "../registry/reference.js";
import { runSign } from "../workflows/run-sign.js";
import { readSignInputs } from "./inputs.js";
import { log } from "./log.js";
import { writeSignSummary } from "./summary.js";
import { restoreTrust } from "./trust-cache.js";

export async function signAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, trustCache } = readSignInputs(env);
  const gun = parseReference(config.image).name;
  const trust = await restoreTrust(config.trustDir!, [gun], trustCache, env);
  const result = await runSign(config, { log: log.info, warn: (m) => log.warning(m) });
  if (trust.available) await trust.save();
  core.setOutput("digest", result.digest);
  core.setOutput("signer", result.signer);
  core.setOutput("signed-tags", JSON.stringify(result.tags));
  core.setOutput("roles", JSON.stringify(result.roles));
  core.setOutput("root-key-id", result.rootKeyIds.join(","));
  core.setOutput("repository-key-id", result.repositoryKeyIds.join(","));
  core.setOutput("published", String(result.published));
  if (result.cosign) {
    core.setOutput("cosign-signature", result.cosign.reference);
    core.setOutput("cosign-signature-status", result.cosign.status);
    core.setOutput("cosign-signature-manifest", result.cosign.manifestDigest ?? "");
  }
  log.info(result.published ? `Signed ${result.tags.map((t) => t.tag).join(", ")} of ${result.gun} as ${result.signer}` : `Nothing to publish: ${result.gun} already signed`);
  await writeSignSummary(result, trust.available);
}

