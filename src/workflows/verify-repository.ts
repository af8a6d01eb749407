/**
 * The part of a verify that reads one repository's trust data and judges its images against the
 * policy's signers. verify.ts loads it once the repository's first wave is sent, so that compiling
 * it (load-trust, the TUF checks, the verdicts) overlaps the wait for the answers.
 */
import { warningLine } from "../errors.js";
import type { NotaryClient } from "../notary/client.js";
import type { ImageReference } from "../registry/reference.js";
import { expiringRoles, expiryWarning } from "../tuf/expiry.js";
import type { TrustAnchor, TrustedSet } from "../tuf/trusted-set.js";
import { firstUseCheck, type RootPinSettings } from "./first-use.js";
import { loadTrust } from "./load-trust.js";
import type { Runtime } from "./runtime.js";
import type { TrustWave } from "./trust-wave.js";
import { checkImage, type Verdict } from "./verify-check.js";

export interface RepositoryCheck {
  gun: string;
  anchor: TrustAnchor;
  /** The first wave, sent with `anchor` and `hints`. */
  wave: TrustWave;
  hints: string[];
  signers: readonly string[];
  runtime: Runtime;
  rootPin?: RootPinSettings;
}

/** The verdict of each image, the warnings of the load, and the set trusted. */
export async function judgeRepository(
  notary: NotaryClient,
  opts: RepositoryCheck,
  refs: readonly ImageReference[],
): Promise<{ verdicts: Verdict[]; warnings: string[]; set: TrustedSet }> {
  const { gun, runtime } = opts;
  const loaded = await loadTrust(notary, {
    ...opts.anchor,
    now: runtime.now(),
    hints: opts.hints,
    wave: opts.wave,
    onWarning: (m: string) => runtime.warn(`${gun}: ${m}`),
    onFirstUse: firstUseCheck({ gun, perRepository: true, ...opts.rootPin, warn: runtime.warn }),
  });
  const { set, warnings } = loaded;
  // Roles that expire within about six months (the Go client's window), with when.
  const now = runtime.now();
  for (const e of expiringRoles(set, now)) {
    const m = warningLine(expiryWarning(gun, e, now));
    warnings.push(m);
    runtime.warn(m);
  }
  return { verdicts: refs.map((ref) => checkImage(loaded, ref, opts.signers)), warnings, set };
}
