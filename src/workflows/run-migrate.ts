/**
 * The migrate job as both entry points run it: key (file or AWS KMS) and connection from a typed
 * configuration, trust anchored as verify anchors it (stored root, pins), then migrate.ts.
 */
import { UsageError } from "../errors.js";
import { parseReference } from "../registry/reference.js";
import { createKmsSigner, type KmsSigner } from "../signers/kms-signer.js";
import { publicKeyPem } from "../signers/public-key.js";
import { connect, kmsProxyOptions, type ConnectOptions } from "./connect.js";
import { firstUseCheck, type RootPinSettings } from "./first-use.js";
import { verifierConfigs, type VerifierConfigs } from "./handover.js";
import { migrate, type MigrateProgress, type MigrateResult } from "./migrate.js";
import { loadSigner, type RunHooks } from "./run-sign.js";
import { TrustStore } from "./trust-store.js";
import { setting } from "../wording.js";
import { createRuntime } from "./runtime.js";

export interface MigrateConfig extends Omit<ConnectOptions, "transport">, RootPinSettings {
  /** The repository (a tag or digest in it is ignored). */
  repository: string;
  signerKey?: string;
  signerKeyPassphrase?: string;
  awsKmsKey?: string;
  awsRegion?: string;
  signers?: string[];
  rootKeyIds?: string[];
  dryRun?: boolean;
  concurrency?: number;
  /** Stop after writing this many signatures (spread a large backfill over several runs). */
  maxWrites?: number;
  trustDir?: string;
}

export type RunMigrateResult = MigrateResult & { verifiers: VerifierConfigs; keyDescription: string };

export async function runMigrate(config: MigrateConfig, hooks: RunHooks & { onProgress?: (p: MigrateProgress) => void } = {}): Promise<RunMigrateResult> {
  const image = parseReference(config.repository);
  if (config.signerKey && config.awsKmsKey) throw new UsageError(`${setting("signer-key")} and ${setting("aws-kms-key")} are both set`, { hint: "give one signing key: a key file or an AWS KMS key" });
  let kms: KmsSigner | undefined;
  if (config.awsKmsKey) kms = await createKmsSigner({ keyId: config.awsKmsKey, region: config.awsRegion, ...kmsProxyOptions(config.proxy), ...hooks.kms });
  const { signer } = kms ? { signer: kms } : await loadSigner(config);
  const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
  const anchor = (await store?.load(image.name)) ?? {};
  if (config.rootKeyIds?.length) anchor.pinnedRootKeyIds = config.rootKeyIds;
  const runtime = hooks.runtime ?? createRuntime();
  const conn = connect(image, config);
  try {
    const result = await migrate(
      { notary: conn.notary, registry: conn.registry, signer, runtime, ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}) },
      {
        image,
        anchor,
        ...(config.signers?.length ? { signers: config.signers } : {}),
        ...(config.dryRun ? { dryRun: true } : {}),
        ...(config.concurrency ? { concurrency: config.concurrency } : {}),
        ...(config.maxWrites !== undefined ? { maxWrites: config.maxWrites } : {}),
        firstUse: firstUseCheck({ gun: image.name, requireRootPin: config.requireRootPin ?? false, ...(config.pinNames ? { pinNames: config.pinNames } : {}), warn: runtime.warn }),
      },
    );
    if (store) await store.save(image.name, result.trustedRoot, result.versions);
    return { ...result, verifiers: verifierConfigs(publicKeyPem(signer.publicKey), image.name), keyDescription: signer.description };
  } finally {
    conn.close();
    kms?.close();
  }
}
