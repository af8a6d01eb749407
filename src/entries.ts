/**
 * The entry of the one bundle that scripts/build.mjs writes (dist/index.js): every entry point of
 * the actions and the CLI, each imported on demand, so that one build holds the code they share
 * once. dist/<name>/index.js, the file an action.yml's `runs.main` (or the `content-trust` bin)
 * names, only calls `runEntry(name)`.
 */
// Before any chunk of the bundle is loaded (compile-on-main-thread.ts).
import "./compile-on-main-thread.js";

export type EntryName = "sign" | "verify" | "revoke" | "renew" | "migrate" | "cli";

export async function runEntry(name: EntryName): Promise<void> {
  switch (name) {
    case "sign":
      await import("./action/sign-entry.js");
      return;
    case "verify":
      await import("./action/verify-entry.js");
      return;
    case "revoke":
      await import("./action/revoke-entry.js");
      return;
    case "renew":
      await import("./action/renew-entry.js");
      return;
    case "migrate":
      await import("./action/migrate-entry.js");
      return;
    case "cli":
      await import("./cli/index.js");
      return;
  }
}
