/**
 * Inspect: the read-only report `docker trust inspect` gives, from trust data we verified ourselves.
 */
import type { NotaryClient } from "../notary/client.js";
import { signedTags, signerKeys, walkRoles, REPO_ADMIN } from "../tuf/docker.js";
import type { TrustAnchor, TrustedSet } from "../tuf/trusted-set.js";
import { displayTime } from "../tuf/time.js";
import { DEFAULT_RENEW_WINDOW_MS, expiringRoles, expiryWarning } from "../tuf/expiry.js";
import { loadTrust } from "./load-trust.js";
import type { Runtime } from "./runtime.js";
import { startInspectWave } from "./inspect-wave.js";
import type { TrustWave } from "./trust-wave.js";

export interface InspectResult {
  /** The reference as given (Docker prints it back as `Name`). */
  name: string;
  gun: string;
  /**
   * As `docker trust inspect` lists them: delegation paths not applied. `outsidePaths` marks a
   * row that a role's paths exclude, which `docker pull` and verify refuse.
   */
  signedTags: { tag: string; digest: string; signers: string[]; outsidePaths?: boolean }[];
  signers: { name: string; keyIds: string[] }[];
  rootKeyIds: string[];
  repositoryKeyIds: string[];
  /** Expiry of every loaded role, for renewal warnings. */
  expires: { role: string; expires: string; version: number }[];
  warnings: string[];
}

export interface InspectOptions extends TrustAnchor {
  /** The reference as the user wrote it. */
  name: string;
  tag?: string;
  /** Its clock checks expiry; warnings go to the person as they come. */
  runtime: Runtime;
  /** Warn about root, targets and delegations expiring within this (default about six months; 0: never). */
  expiryWindowMs?: number;
  /** The first wave, already sent for this anchor (inspect-wave.ts); sent here when absent. */
  wave?: TrustWave;
}

export async function inspect(
  client: NotaryClient,
  opts: InspectOptions,
): Promise<{ result: InspectResult; set: TrustedSet }> {
  const { runtime, wave, ...anchor } = opts;
  const now = runtime.now();
  const { set, warnings } = await loadTrust(client, {
    ...anchor,
    now,
    onWarning: runtime.warn,
    wave: wave ?? startInspectWave(client, anchor),
  });
  if (opts.expiryWindowMs !== 0) {
    for (const e of expiringRoles(set, now, opts.expiryWindowMs ?? DEFAULT_RENEW_WINDOW_MS)) {
      const m = expiryWarning(set.gun, e, now);
      warnings.push(m);
      runtime.warn(m);
    }
  }
  return { result: reportOf(set, opts.name, opts.tag, warnings), set };
}

function reportOf(set: TrustedSet, name: string, tag: string | undefined, warnings: string[] = []): InspectResult {
  const root = set.root.signed;
  const expires = [
    { role: "root", env: set.root },
    ...(set.timestamp ? [{ role: "timestamp", env: set.timestamp }] : []),
    ...(set.snapshot ? [{ role: "snapshot", env: set.snapshot }] : []),
    ...[...set.targets].map(([role, env]) => ({ role, env })),
  ].map(({ role, env }) => ({ role, expires: displayTime(env.expiresAt), version: env.signed.version }));
  return {
    name,
    gun: set.gun,
    signedTags: inspectedTags(set, tag),
    signers: signerKeys(set),
    rootKeyIds: root.roles.get("root")?.keyIds ?? [],
    repositoryKeyIds: root.roles.get("targets")?.keyIds ?? [],
    expires,
    warnings,
  };
}

/** Released tags without paths applied (as docker lists them), marked where the paths exclude them. */
function inspectedTags(set: TrustedSet, tag: string | undefined): InspectResult["signedTags"] {
  // Only a role whose paths do not include "" (every name) can exclude a row.
  const restricted = walkRoles(set).some((r) => !r.paths.includes(""));
  const strict = restricted ? new Set(signedTags(set, tag).map((t) => `${t.tag}\u0000${t.digest}`)) : undefined;
  return signedTags(set, tag, { paths: false }).map((t) => ({
    tag: t.tag,
    digest: t.digest,
    signers: t.signers.length ? t.signers : [REPO_ADMIN],
    ...(!strict || strict.has(`${t.tag}\u0000${t.digest}`) ? {} : { outsidePaths: true }),
  }));
}
