/**
 * Trust on first use between runs: the trust directory (trusted roots and versions) is restored
 * from the GitHub Actions cache before a run and saved after it. Cache entries are immutable, so
 * each run saves under a new key and restores the newest by prefix.
 */
import { createHash } from "node:crypto";
import { log } from "./log.js";

const VERSION = "v1";

function prefixFor(names: readonly string[]): string {
  const id = createHash("sha256")
    .update([...names].sort().join("\n"))
    .digest("hex")
    .slice(0, 20);
  return `content-trust-${VERSION}-${id}-`;
}

export interface TrustCache {
  /** False when the cache service is absent (outside GitHub) or disabled. */
  readonly available: boolean;
  save(): Promise<void>;
}

/**
 * @actions/cache (with the Azure storage SDK it brings) is most of each action's bundle: it is
 * loaded only when the runner advertises a cache service, which isFeatureAvailable() requires
 * anyway. Without one (outside GitHub, or `trust-cache: false`) the step starts ~100 ms sooner.
 */
function cacheServiceAdvertised(): boolean {
  return Boolean(process.env["ACTIONS_CACHE_URL"] || process.env["ACTIONS_RESULTS_URL"]);
}

export async function restoreTrust(
  dir: string,
  names: readonly string[],
  enabled: boolean,
  env: NodeJS.ProcessEnv,
): Promise<TrustCache> {
  const cache = enabled && cacheServiceAdvertised() ? await import("@actions/cache") : undefined;
  const available = cache !== undefined && cache.isFeatureAvailable();
  const prefix = prefixFor(names);
  if (!available) {
    log.info(
      enabled
        ? "Trust state is not persisted between runs: no cache service here (trust on first use per run)"
        : "Trust cache disabled: trust on first use per run",
    );
    return { available, save: async () => {} };
  }
  try {
    const hit = await cache.restoreCache([dir], `${prefix}none`, [prefix]);
    log.info(hit ? `Restored trusted roots from cache ${hit}` : "No trusted roots cached yet: trusting on first use");
  } catch (err) {
    log.warning(`could not restore trusted roots from the cache: ${(err as Error).message}`);
  }
  return {
    available,
    async save() {
      const key = `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${Date.now()}`;
      try {
        await cache.saveCache([dir], key);
      } catch (err) {
        log.warning(`could not save trusted roots to the cache: ${(err as Error).message}`);
      }
    },
  };
}
