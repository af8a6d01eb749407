/**
 * Entry of the sign action (action.yml): read inputs, restore trust state, sign, verify, write
 * outputs and the job summary.
 */
import { parseReference } from "../registry/reference.js";
import { notaryServerFor } from "../net/notary-server.js";
import type { CosignAttachResult } from "../workflows/cosign-attach.js";
import { notarySignedBefore, runSign, type RunSignResult, type SignConfig } from "../workflows/run-sign.js";
import { readSignInputs } from "./inputs.js";
import { runtime, log, setOutput } from "./log.js";
import type { StepContext } from "./run-step.js";
import { writeCosignOnlySummary, writeSignSummary } from "./summary.js";
import { restoreTrust } from "./trust-cache.js";

export async function signAction(
  env: NodeJS.ProcessEnv = process.env,
  context: StepContext = { action: "sign" },
): Promise<void> {
  const { config, trustCache } = readSignInputs(env);
  const ref = parseReference(config.image);
  context.subject = config.image;
  if (config.ociSignature === "cosign-only") return cosignOnlyAction(config);
  context.server = notaryServerFor(ref, config.notaryServer, config.envNotaryServer);
  const trust = await restoreTrust(config.trustDir!, [ref.name], trustCache, env);
  const result = await runSign({ ...config, trustDir: trust.dir }, { runtime }).catch((err: unknown) => {
    // The Notary signature stands when only the cosign signature failed: a later step (if:
    // failure()) reads what was published, and that the cosign signature is missing.
    const signed = notarySignedBefore(err);
    if (signed) {
      setNotaryOutputs(signed);
      setOutput("cosign-signature-status", "failed");
    }
    throw err;
  });
  const kept = trust.available && (await trust.save());
  setNotaryOutputs(result);
  if (result.cosign) setCosignOutputs(result.cosign);
  log.info(
    result.published
      ? `Signed ${result.tags.map((t) => t.tag).join(", ")} of ${result.gun} as ${result.signer}`
      : `Nothing to publish in Notary: ${result.gun} already signed`,
  );
  await writeSignSummary(result, {
    kept,
    ...(trust.unavailable ? { unavailable: trust.unavailable } : {}),
    pinned: (config.rootKeyIds?.length ?? 0) > 0,
  });
}

/** oci-signature cosign-only: the digest's cosign signature alone; no Notary server, no trust cache. */
async function cosignOnlyAction(config: SignConfig): Promise<void> {
  const { runCosignOnlySign } = await import("../workflows/run-cosign-sign.js");
  const result = await runCosignOnlySign(config, { runtime });
  setOutput("digest", result.digest);
  setOutput("signer", result.keyId);
  setOutput("signed-tags", "[]");
  setOutput("roles", "[]");
  setOutput("published", String(result.cosign.status === "written"));
  setCosignOutputs(result.cosign);
  log.info(
    result.cosign.status === "written"
      ? `Signed ${result.gun}@${result.digest} with cosign as ${result.signer}`
      : `Nothing to write: ${result.gun}@${result.digest} already has a cosign signature by ${result.signer}`,
  );
  await writeCosignOnlySummary(result);
}

function setNotaryOutputs(result: RunSignResult): void {
  setOutput("digest", result.digest);
  setOutput("signer", result.signer);
  setOutput("signed-tags", JSON.stringify(result.tags));
  setOutput("roles", JSON.stringify(result.roles));
  setOutput("root-key-id", result.rootKeyIds.join(","));
  setOutput("repository-key-id", result.repositoryKeyIds.join(","));
  setOutput("published", String(result.published));
}

function setCosignOutputs(c: CosignAttachResult): void {
  setOutput("cosign-signature", c.reference);
  setOutput("cosign-signature-status", c.status);
  setOutput("cosign-signature-manifest", c.manifestDigest ?? "");
}
