/**
 * Inspect as the CLI runs it: each image in a run of its own (see compose.ts), all at once, each
 * root kept trusted for the next run. Each run's first wave is sent before the code that verifies
 * and reports (inspect.ts) is loaded, so that loading it overlaps the wait for the answers.
 */
import { parseReference } from "../registry/reference.js";
import { trustedState, withRun, type RunConfig, type RunHooks } from "./compose.js";
import type { InspectResult } from "./inspect.js";
import { startInspectWave } from "./inspect-wave.js";
import { waveSent } from "./trust-wave.js";

/** One repository that fails does not stop the others. */
export async function inspectImages(
  names: readonly string[],
  config: RunConfig & { expiryWindowMs?: number },
  hooks: RunHooks = {},
): Promise<PromiseSettledResult<InspectResult>[]> {
  return Promise.allSettled(
    // async: a name that does not parse fails its own entry, not the whole list.
    names.map(async (name) => {
      const ref = parseReference(name);
      return withRun(ref, config, hooks, async (run) => {
        const wave = startInspectWave(run.connection.notary, run.anchor);
        await waveSent(run.connection);
        const { inspect } = await import("./inspect.js");
        const { result, set } = await inspect(run.connection.notary, {
          ...run.anchor,
          name,
          ...(ref.tag ? { tag: ref.tag } : {}),
          runtime: run.runtime,
          ...(config.expiryWindowMs !== undefined ? { expiryWindowMs: config.expiryWindowMs } : {}),
          wave,
        });
        await run.save(trustedState(set));
        return result;
      });
    }),
  );
}
