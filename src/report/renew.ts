/** What a renew run tells a person about the roles it left, in the CLI's table and the action's summary. */
import type { RenewResult, UnconfirmedWitness, WitnessedRole } from "../workflows/admin/renew.js";

/** When a role left unrenewed expires: its time, or why it is unknown. */
export function notRenewedExpiry(r: RenewResult["notRenewed"][number]): string {
  return r.untrusted ? `unknown: it cannot be verified (${r.untrusted})` : r.expires;
}

/** `v9, its 3 target(s) (v1, v2, v3) now signed by key …`: a role witnessed. */
export function witnessedText(w: WitnessedRole): string {
  const more = w.targets > w.firstTargets.length ? ", …" : "";
  return `v${w.version}, its ${w.targets} target(s) (${w.firstTargets.join(", ")}${more}) now signed by key ${w.signedBy} (before only by removed key(s) ${w.signedBefore.join(", ")})`;
}

/** `v3 (expires …), signed only by removed key(s) …: …`: a role named to witness, not confirmed. */
export function unconfirmedText(u: UnconfirmedWitness): string {
  return `v${u.version} (${u.expired ? "expired" : "expires"} ${u.expires}), signed only by removed key(s) ${u.signedBefore.join(", ")}: a witness re-signs these ${u.targets.length} target(s) as they are`;
}

/** A target's digest as listed for a witness to check; a target without a sha256 says so. */
export function targetDigestText(t: UnconfirmedWitness["targets"][number]): string {
  return t.digest || "(no sha256)";
}
