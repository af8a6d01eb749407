// For tests under test/integration/: the shared stack started by global-setup.ts.
import { inject } from "vitest";
import type { StackInfo } from "./stack-info.js";

export type { NotaryEndpoint, StackInfo } from "./stack-info.js";

/** The stack started by test/stack/global-setup.ts; throws outside the integration project. */
export function useStack(): StackInfo {
  const stack = inject("stack") as StackInfo | undefined;
  if (!stack) {
    throw new Error(
      "no integration stack: tests that need servers belong under test/integration/ " +
        "(the vitest project whose globalSetup starts them)",
    );
  }
  return stack;
}

/** A repository name that no other test uses, e.g. `test/sign-1a2b3c4d`. */
export function uniqueRepo(prefix: string): string {
  return `test/${prefix}-${Math.random().toString(16).slice(2, 10)}`;
}
