import { createRuntime, type Runtime } from "../../src/workflows/runtime.js";

/**
 * A runtime whose clock stands still (at the time it was built unless `now` is given), whose sleep returns at
 * once, with a fixed jitter.
 */
export function testRuntime(parts: Partial<Runtime> = {}): Runtime {
  const at = Date.now();
  return createRuntime({ now: () => at, sleep: async () => {}, random: () => 0.5, ...parts });
}
