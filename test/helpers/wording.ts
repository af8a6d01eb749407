/**
 * Assertions on the wording of a message. The `reworded` test project (vitest.config.ts) rewords
 * every message our errors carry to show that no verdict depends on wording; there, assertions on
 * wording are skipped and every other assertion (codes, reasons, classes, counts) still runs.
 */
import { expect } from "vitest";

export const REWORDED = process.env["CONTENT_TRUST_REWORDED"] === "1";

/** Accepts every matcher, `.not` and `.resolves` included, and checks nothing. */
const unchecked: unknown = new Proxy(() => unchecked, { get: () => unchecked, apply: () => unchecked });

/** `expect(text)` for a message's wording; in the reworded project it checks nothing. */
export function expectWording(text: unknown): ReturnType<typeof expect<unknown>> {
  return REWORDED ? (unchecked as ReturnType<typeof expect<unknown>>) : expect(text);
}
