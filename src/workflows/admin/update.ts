/**
 * The shape every admin change shares: read and verify the repository, plan the files from it,
 * publish with the Go client's retry on lost races (publication.ts), then read the repository
 * again as a reader would and check that the server serves exactly what we uploaded. The helpers
 * below find the keys of a role, pick the signer for it, and re-sign a targets role.
 */
import { ServerError, TrustError } from "../../errors.js";
import type { NotaryClient } from "../../notary/client.js";
import type { Signer } from "../../tuf/signer.js";
import { allTargets, isReleasedRole } from "../../tuf/docker.js";
import { expiringRoles, expiryWarning, type ExpiringRole } from "../../tuf/expiry.js";
import { canonicalKeyIdOf, shortId, type PublicKey } from "../../tuf/keys.js";
import { TARGETS_LIFETIME_MS } from "../../tuf/lifetimes.js";
import type { Envelope, TargetsSigned } from "../../tuf/metadata.js";
import { nextVersion } from "../../tuf/role-edits.js";
import { signTargetsEdit } from "../../tuf/sign.js";
import { formatGoTime } from "../../tuf/time.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import { pickKeys } from "../../tuf/signatures.js";
import type { FirstUse } from "../first-use.js";
import { loadTrust } from "../load-trust.js";
import { assertServed, minTimestampAfter, publishWithRetry, type PublicationPlan } from "../publication.js";
import { readAfterPublish } from "../read-back.js";
import type { Keyring } from "./keyring.js";
import { setting } from "../../wording.js";
import type { Runtime } from "../runtime.js";

export interface AdminDeps {
  notary: NotaryClient;
  keyring: Keyring;
  runtime: Runtime;
  /** Called when the first load trusts the root on first use (first-use.ts); may throw to refuse it. */
  firstUse?: FirstUse;
}

export interface UpdateOptions<P extends PublicationPlan> {
  anchor?: TrustAnchor;
  /** Delegations to fetch in the first wave. */
  hints?: readonly string[];
  /** The change in messages ("signer alice"). */
  change: string;
  plan: (set: TrustedSet, now: number) => Promise<P>;
  /**
   * The change needs an existing repository (revoke, renew, rotate, remove): a repository the
   * server does not have is then more likely a mistyped name or the wrong server than one to
   * create, and the error says so.
   */
  existing?: boolean;
}

export interface UpdateResult<P extends PublicationPlan> {
  plan: P;
  /** The change that landed (see Publication.applied): what to report. */
  applied: P;
  published: boolean;
  attempts: number;
  /** The repository read back after publishing, verified as a reader verifies it. */
  set: TrustedSet;
  /** Tags released (and verifying) before the change, from the state the last plan was made from. */
  before: ReleasedTag[];
  /** Root, targets and delegations expiring within six months after the change. */
  expiring: ExpiringRole[];
  /** Delegations the read-back left out because they cannot be trusted (expired, or short of signatures). */
  skipped: ReadonlyMap<string, TrustError>;
  /** The repository as the last plan was made from it (expired delegations and targets included). */
  state: TrustedSet;
  warnings: string[];
}

export async function updateRepository<P extends PublicationPlan>(
  deps: AdminDeps,
  opts: UpdateOptions<P>,
): Promise<UpdateResult<P>> {
  const { now, log } = deps.runtime;
  const warnings: string[] = [];
  const warn = (m: string) => {
    if (warnings.includes(m)) return;
    warnings.push(m);
    deps.runtime.warn(m);
  };
  const hints = [...(opts.hints ?? [])];
  // A reload is anchored on the root the first load trusted (`trusted`): it must not trust a root
  // on first use again.
  const load = async (more: readonly string[], trusted?: TrustedSet) =>
    (
      await loadTrust(deps.notary, {
        ...opts.anchor,
        ...trusted?.anchor(),
        ...(!trusted && deps.firstUse ? { onFirstUse: deps.firstUse } : {}),
        now: now(),
        hints: [...new Set([...hints, ...more])],
        allowExpiredDelegations: true,
        allowExpiredTargets: true,
        onWarning: warn,
      })
    ).set;

  log(`Reading the trust data of ${deps.notary.gun} from ${deps.notary.baseUrl}`);
  const state = await load([]).catch((err: unknown) => {
    if (!opts.existing || !(err instanceof ServerError) || err.code !== "NOT_INITIALISED") throw err;
    throw new ServerError("NOT_INITIALISED", err.message, {
      status: 404,
      cause: err,
      hint: `check the repository's name and ${setting("notary-server")}: ${opts.change} changes a repository that exists`,
    });
  });
  const publication = await publishWithRetry(
    { notary: deps.notary, runtime: deps.runtime },
    {
      state,
      plan: (set) => opts.plan(set, now()),
      reload: (previous) => load([...previous.files.keys()], state),
      change: opts.change,
    },
  );
  const before = releasedTags(publication.state, now());
  if (publication.published) log("Verifying what the server now serves");
  const { set, skipped } = await readAfterPublish(deps.notary, {
    anchor: { ...opts.anchor, ...publication.state.anchor() },
    roles: [...new Set([...hints, ...publication.plan.files.keys()])],
    minTimestampVersion: minTimestampAfter(publication.state.timestamp?.signed.version ?? 0, publication),
    runtime: { ...deps.runtime, warn },
  });
  assertServed(set, publication.published ? publication.plan.files : new Map());
  const expiring = expiringRoles(set, now());
  for (const e of expiring) warn(expiryWarning(set.gun, e, now()));
  return {
    plan: publication.plan,
    applied: publication.applied,
    published: publication.published,
    attempts: publication.attempts,
    set,
    before,
    expiring,
    skipped,
    state: publication.state,
    warnings,
  };
}

/** The keys of `targets` (from root) or of a loaded delegation, by the IDs the role lists. */
export function roleKeys(
  set: TrustedSet,
  role: string,
): { keys: Map<string, PublicKey>; threshold: number } | undefined {
  if (role === "targets") {
    const r = set.root.signed.roles.get("targets")!;
    return { keys: pickKeys(set.root.signed.keys, r.keyIds, "root targets role"), threshold: r.threshold };
  }
  const d = set.delegations.get(role);
  return d ? { keys: d.keys, threshold: d.threshold } : undefined;
}

/** Canonical IDs of a role's keys, shortened, for messages. */
export function describeKeys(keys: ReadonlyMap<string, PublicKey>): string {
  return [...keys.values()].map((k) => shortId(canonicalKeyIdOf(k))).join(", ") || "no keys";
}

/** The signer for a role, or a one-line error naming the role's keys and how to give one. */
export async function requireSigner(deps: AdminDeps, set: TrustedSet, role: string): Promise<Signer> {
  const found = await findSigner(deps, set, role);
  if (found) return found;
  const keys = roleKeys(set, role);
  throw new TrustError(
    "KEY_NOT_FOUND",
    `no key of ${role} of ${set.gun} (${describeKeys(keys?.keys ?? new Map())}) in ${deps.keyring.sources}`,
    {
      hint:
        role === "targets"
          ? `give the repository's targets key with ${setting("signer-key")} (Docker keeps it as <key id>.key in ~/.docker/trust/private) or ${setting("aws-kms-key")}`
          : `give a key of the role with ${setting("signer-key")} or ${setting("aws-kms-key")}`,
    },
  );
}

/** The signer for a role when one is on hand; roles needing more than one signature are refused. */
export async function findSigner(deps: AdminDeps, set: TrustedSet, role: string): Promise<Signer | undefined> {
  const keys = roleKeys(set, role);
  if (!keys) return undefined;
  const signer = await deps.keyring.signerFor(keys.keys);
  if (signer && keys.threshold > 1) {
    throw new TrustError(
      "THRESHOLD_UNSUPPORTED",
      `${role} of ${set.gun} needs ${keys.threshold} signatures; this tool signs with one key`,
    );
  }
  return signer;
}

/**
 * Signs the next version of a targets role with a fresh expiry. `from`, the role as read when
 * `signed` is an edit of it, lets the file be written around the bytes of the entries the edit
 * left alone (signTargetsEdit): the same file, without writing every tag of a large role again.
 */
export async function resign(
  signed: TargetsSigned,
  signer: Signer,
  now: number,
  { lifetimeMs = TARGETS_LIFETIME_MS, from }: { lifetimeMs?: number; from?: Envelope<TargetsSigned> | undefined } = {},
): Promise<{ bytes: Uint8Array; version: number }> {
  const next = nextVersion(signed, formatGoTime(now + lifetimeMs));
  return { bytes: (await signTargetsEdit(from, next, [signer])).bytes, version: next.version };
}

export interface ReleasedTag {
  tag: string;
  /** Hex sha256. */
  digest: string;
}

/**
 * The (tag, digest) pairs `docker pull` would accept: entries of `targets` and `targets/releases`
 * that are in force. Expired roles count for nothing (the set may have been loaded leniently).
 */
export function releasedTags(set: TrustedSet, now: number): ReleasedTag[] {
  const targets = set.targets.get("targets");
  if (!targets || targets.expiresAt <= now) return [];
  const seen = new Set<string>();
  const out: ReleasedTag[] = [];
  for (const e of allTargets(set)) {
    if (!isReleasedRole(e.role) || set.targets.get(e.role)!.expiresAt <= now) continue;
    const key = `${e.tag}\u0000${e.digest}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ tag: e.tag, digest: e.digest });
  }
  return out;
}

/** Tags released before that are no longer released with the same digest. */
export function lostReleases(before: readonly ReleasedTag[], after: readonly ReleasedTag[]): ReleasedTag[] {
  const now = new Set(after.map((t) => `${t.tag}\u0000${t.digest}`));
  return before.filter((t) => !now.has(`${t.tag}\u0000${t.digest}`));
}
