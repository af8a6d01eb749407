/**
 * Which signatures a verify run accepts, per repository: `notary` (Docker Content Trust, the
 * default), `cosign` (a cosign signature by a `cosign-key` in the image's repository), `any`
 * (either), `all` (both). Input form: one mode for every repository, or lines `pattern=mode`
 * (patterns as in verify-policy.ts; the exact name first, then the first matching pattern, then a
 * line without pattern).
 */
import { UsageError } from "../errors.js";
import { keyValueLines } from "../settings/values.js";
import { normalisePattern, rulesFor } from "./verify-policy.js";
import { setting, step } from "../wording.js";

const ACCEPT_MODES = ["notary", "cosign", "any", "all"] as const;
export type AcceptMode = (typeof ACCEPT_MODES)[number];

export interface AcceptRule {
  repository?: string;
  mode: AcceptMode;
}

export function parseAccept(input: string | readonly string[] | undefined, name: string): AcceptRule[] {
  return keyValueLines(input, "last").map(({ line, key: repository, value }) => {
    const mode = value.trim().toLowerCase();
    if (!(ACCEPT_MODES as readonly string[]).includes(mode)) {
      throw new UsageError(
        `${name} ${JSON.stringify(line.slice(0, 120))}: ${JSON.stringify(mode.slice(0, 40))} is not one of ${ACCEPT_MODES.join(", ")}`,
        {
          hint: "write a mode (cosign) or lines of repository-pattern=mode (registry.example/app/*=any)",
        },
      );
    }
    if (repository !== undefined) normalisePattern(repository, name);
    return { ...(repository !== undefined ? { repository } : {}), mode: mode as AcceptMode };
  });
}

/**
 * Refuses rules that take cosign signatures (cosign, any, all) without a key to check them with:
 * a mistake in the step's settings whether or not an image meets the rule.
 */
export function requireCosignKey(rules: readonly AcceptRule[], keyGiven: boolean): void {
  if (keyGiven || rules.every((r) => r.mode === "notary")) return;
  throw new UsageError(`${setting("accept")} names cosign, any or all, but ${setting("cosign-key")} is not given`, {
    hint: `give ${setting("cosign-key")}: the signer's public key PEM (${step("key-inspect")}), or an AWS KMS key ARN`,
  });
}

/**
 * Refuses `signers` with rules that can pass on a cosign signature alone (cosign, any): a cosign
 * signature names no signer, so the requirement would be dropped without a word. With `all` the
 * Notary signature, and its signers, are still required.
 */
export function refuseSignersWithCosign(rules: readonly AcceptRule[], signers: readonly string[]): void {
  if (signers.length === 0 || rules.every((r) => r.mode === "notary" || r.mode === "all")) return;
  throw new UsageError(
    `${setting("signers")} cannot be required of cosign signatures, which name no signer, but ${setting("accept")} lets cosign or any pass on one`,
    {
      hint: `check signers with ${setting("accept")} notary or all, or drop ${setting("signers")} and give each signer's key in ${setting("cosign-key")}`,
    },
  );
}

/** The mode for a repository: the first line that applies (verify-policy.ts rulesFor), else notary. */
export function acceptModeFor(name: string, rules: readonly AcceptRule[] | undefined): AcceptMode {
  return rulesFor(name, rules, "accept")[0]?.mode ?? "notary";
}
