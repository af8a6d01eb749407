/**
 * The first wave of an inspect (trust-wave.ts with the delegation Docker lists first), in a module
 * of its own: the run sends it before the code that verifies and reports is loaded.
 */
import type { NotaryClient } from "../notary/client.js";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import { startTrustWave, type TrustWave } from "./trust-wave.js";

export function startInspectWave(client: NotaryClient, anchor: TrustAnchor): TrustWave {
  return startTrustWave(client, {
    hints: ["targets/releases"],
    ...(anchor.previousVersions ? { previousVersions: anchor.previousVersions } : {}),
  });
}
