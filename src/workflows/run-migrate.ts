/**
 * The migrate job as both entry points run it: key (file or AWS KMS) and connection from a typed
 * configuration, trust anchored as verify anchors it (stored root, pins), then migrate.ts.
 */
import { parseRepository } from "../registry/reference.js";
import { publicKeyPem } from "../signers/public-key.js";
import { withRun, type RunConfig, type RunHooks } from "./compose.js";
import { firstUseCheck, type RootPinSettings } from "./first-use.js";
import { verifierConfigs, type VerifierConfigs } from "./handover.js";
import { migrate, type MigrateProgress, type MigrateResult } from "./migrate.js";

export interface MigrateConfig extends RunConfig, RootPinSettings {
  /** The repository (a tag or digest in it is ignored). */
  repository: string;
  signers?: string[];
  dryRun?: boolean;
  concurrency?: number;
  /** Stop after writing this many signatures (spread a large backfill over several runs). */
  maxWrites?: number;
}

export type RunMigrateResult = MigrateResult & { verifiers: VerifierConfigs; keyDescription: string };

export async function runMigrate(
  config: MigrateConfig,
  hooks: RunHooks & { onProgress?: (p: MigrateProgress) => void } = {},
): Promise<RunMigrateResult> {
  // A repository: every signed tag of it is copied, so a tag or digest given would be ignored.
  const image = parseRepository(config.repository);
  return withRun(
    image,
    config,
    hooks,
    async (run) => {
      const signer = run.signers[0]!;
      const result = await migrate(
        {
          notary: run.connection.notary,
          registry: run.connection.registry,
          signer,
          runtime: run.runtime,
          ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
        },
        {
          image,
          anchor: run.anchor,
          ...(config.signers?.length ? { signers: config.signers } : {}),
          ...(config.dryRun ? { dryRun: true } : {}),
          ...(config.concurrency ? { concurrency: config.concurrency } : {}),
          ...(config.maxWrites !== undefined ? { maxWrites: config.maxWrites } : {}),
          firstUse: firstUseCheck({
            gun: image.name,
            requireRootPin: config.requireRootPin ?? false,
            ...(config.pinNames ? { pinNames: config.pinNames } : {}),
            warn: run.runtime.warn,
          }),
        },
      );
      await run.save({ root: result.trustedRoot, versions: result.versions });
      return {
        ...result,
        verifiers: verifierConfigs(publicKeyPem(signer.publicKey), image.name),
        keyDescription: signer.description,
      };
    },
    { requireKey: true, use: "migrate" },
  );
}
