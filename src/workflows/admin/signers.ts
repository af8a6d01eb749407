/**
 * Managing signers as `docker trust signer add/remove` do (docker/cli cli/command/trust
 * signer_add.go, signer_remove.go; docs/notary-protocol.md §7). A signer NAME is the delegation `targets/NAME`;
 * its keys are also keys of `targets/releases`, the role `docker pull` trusts. Both changes edit
 * `targets` only, so they are signed with the repository's targets key.
 *
 * `docker trust signer remove` is a no-op in Docker 28.2.2 (it only acts after an interactive
 * confirmation that is never asked for); this one does what its help says and warns when the
 * releases role is left without keys or its current content stops verifying.
 */
import { TrustError, UsageError } from "../../errors.js";
import { RELEASES, signerKeys } from "../../tuf/docker.js";
import { canonicalKeyIdOf, shortId, type PublicKey } from "../../tuf/keys.js";
import { canonicalJson } from "../../tuf/canonical.js";
import { parseEnvelope, signedJson, type TargetsSigned } from "../../tuf/metadata.js";
import {
  addDelegationKeys,
  canonicalDelegationKeyId,
  delegationCanonicalKeyIds,
  findDelegation,
  releasesIdsOnlyOf,
  removeDelegation,
  removeDelegationKeys,
} from "../../tuf/role-edits.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import { pickKeys, checkThreshold } from "../../tuf/signatures.js";
import type { PublicationPlan } from "../publication.js";
import { checkSignerName } from "./init.js";
import {
  lostReleases,
  releasedTags,
  requireSigner,
  resign,
  roleKeys,
  updateRepository,
  type AdminDeps,
} from "./update.js";
import { step } from "../../wording.js";
import { setting } from "../../wording.js";

export interface SignerChangeOptions {
  name: string;
  anchor?: TrustAnchor;
}

export interface SignerChangeResult {
  gun: string;
  name: string;
  /** Canonical IDs of the signer's keys after the change (empty after a removal). */
  keyIds: string[];
  /** False when the repository already was as asked. */
  published: boolean;
  /** `targets` version now served. */
  targetsVersion: number;
  /** Released tags that no longer verify after the change (only a removal can cause this). */
  unreleased: { tag: string; digest: string }[];
  warnings: string[];
  set: TrustedSet;
}

function sameContent(a: TargetsSigned, b: TargetsSigned): boolean {
  return canonicalJson(signedJson(a)) === canonicalJson(signedJson(b));
}

async function targetsPlan(
  deps: AdminDeps,
  set: TrustedSet,
  next: TargetsSigned,
  now: number,
): Promise<PublicationPlan> {
  const current = set.targets.get("targets")!.signed;
  if (sameContent(current, next)) return { files: new Map(), versions: new Map() };
  const signed = await resign(next, await requireSigner(deps, set, "targets"), now, {
    from: set.targets.get("targets"),
  });
  return { files: new Map([["targets", signed.bytes]]), versions: new Map([["targets", signed.version]]) };
}

function finish(
  deps: AdminDeps,
  name: string,
  update: Awaited<ReturnType<typeof updateRepository>>,
): SignerChangeResult {
  const set = update.set;
  return {
    gun: set.gun,
    name,
    keyIds: signerKeys(set).find((s) => s.name === name)?.keyIds ?? [],
    published: update.published,
    targetsVersion: set.targets.get("targets")!.signed.version,
    unreleased: lostReleases(update.before, releasedTags(set, deps.runtime.now())),
    warnings: update.warnings,
    set,
  };
}

/** Adds keys to `targets/NAME` and `targets/releases` (creating them), as `docker trust signer add`. */
export async function addSigner(
  deps: AdminDeps,
  opts: SignerChangeOptions & { keys: readonly PublicKey[] },
): Promise<SignerChangeResult> {
  checkSignerName(opts.name);
  if (opts.keys.length === 0)
    throw new UsageError(`signer ${opts.name} needs at least one public key`, {
      hint: "give the signer's public key or AWS KMS key",
    });
  const role = `targets/${opts.name}`;
  let stale = false;
  const update = await updateRepository(deps, {
    ...(opts.anchor ? { anchor: opts.anchor } : {}),
    hints: [role, RELEASES],
    change: `signer ${opts.name}`,
    plan: async (set, now) => {
      const current = set.targets.get("targets")!.signed;
      stale = !findDelegation(current, role) && set.snapshot?.signed.meta.has(role) === true;
      let next = addDelegationKeys(current, role, opts.keys);
      next = addDelegationKeys(next, RELEASES, opts.keys);
      return targetsPlan(deps, set, next, now);
    },
  });
  const result = finish(deps, opts.name, update);
  if (stale && update.published && !update.set.targets.has(role)) {
    // The server keeps the snapshot entry of a removed delegation; its old file does not verify
    // with the new keys, and signing into the role is refused until it is replaced.
    const m = `${role} of ${result.gun} still holds the file of an earlier signer named ${opts.name}, signed by other keys; signing into it will be refused. Remove this signer and choose another name, or use the earlier key (key rotate-signer replaces keys without this)`;
    result.warnings.push(m);
    deps.runtime.warn(m);
  }
  const want = opts.keys.map((k) => canonicalKeyIdOf(k));
  const releases = findDelegation(update.set.targets.get("targets")!.signed, RELEASES);
  const inReleases = new Set(
    (releases?.keyIds ?? [])
      .map((id) => update.set.targets.get("targets")!.signed.delegations.keys.get(id))
      .filter((k) => k)
      .map((k) => canonicalKeyIdOf(k!)),
  );
  if (!want.every((id) => result.keyIds.includes(id) && inReleases.has(id))) {
    throw new TrustError(
      "NOT_SERVED",
      `${result.gun}: after publishing, signer ${opts.name} does not list key ${want.map(shortId).join(", ")} in ${role} and ${RELEASES}`,
      {
        hint: "another writer changed the signers at the same time; inspect the repository and run it again",
      },
    );
  }
  return result;
}

export interface RemoveSignerOptions extends SignerChangeOptions {
  /** Remove even when released tags stop verifying or targets/releases is left without keys. */
  force?: boolean;
  /** Asks the person at a terminal; undefined when there is none (then `force` is required). */
  confirm?: (question: string) => Promise<boolean>;
}

/**
 * Removes NAME's keys from `targets/releases` and the `targets/NAME` delegation. A removal that
 * breaks released tags (the last signer of targets/releases, or its content no longer verifying)
 * is asked about on a terminal and otherwise needs `force`, as `docker trust signer remove` asks.
 */
export async function removeSigner(deps: AdminDeps, opts: RemoveSignerOptions): Promise<SignerChangeResult> {
  checkSignerName(opts.name);
  const role = `targets/${opts.name}`;
  const warn = (m: string) => deps.runtime.warn(m);
  const notes: string[] = [];
  const kept: string[] = [];
  let confirmed = opts.force === true;
  const update = await updateRepository(deps, {
    ...(opts.anchor ? { anchor: opts.anchor } : {}),
    hints: [role, RELEASES],
    change: `removal of signer ${opts.name}`,
    existing: true,
    plan: async (set, now) => {
      const targets = set.targets.get("targets")!.signed;
      const signer = findDelegation(targets, role);
      // No longer delegated: removed before (a re-run of this removal, or `notary delegation remove`,
      // which leaves the key in targets/releases), or never a signer (a mistyped name). Only an
      // earlier targets signed by the targets key, which the server cannot forge, tells which, and
      // which keys the signer had.
      const earlier = signer ? undefined : await earlierKeys(deps, set, role);
      if (!signer && !earlier) {
        const names = (targets.delegations.roles ?? [])
          .map((r) => r.name.replace(/^targets\//, ""))
          .filter((n) => n !== "releases");
        throw new TrustError(
          "NO_SUCH_SIGNER",
          `${set.gun} has no signer ${opts.name} (signers: ${names.join(", ") || "none"})`,
        );
      }
      // The signer's keys as targets/releases lists them now: what an earlier removal left there is
      // taken out too (nothing is published when it left nothing).
      const keyIds =
        signer?.keyIds ??
        (findDelegation(targets, RELEASES)?.keyIds ?? []).filter((id) =>
          earlier!.has(canonicalDelegationKeyId(targets, id)),
        );
      // A key another signer also holds stays in targets/releases: that signer still releases with it.
      const { remove, shared } = releasesIdsOnlyOf(targets, keyIds, RELEASES, role);
      let next = removeDelegationKeys(targets, RELEASES, remove);
      next = removeDelegation(next, role);
      notes.length = 0;
      kept.length = 0;
      const releasesKeys = delegationCanonicalKeyIds(targets, RELEASES);
      for (const [key, roles] of shared)
        kept.push(
          `key ${shortId(key)} of ${opts.name} is also a key of ${roles.join(", ")} in ${set.gun} and stays ${releasesKeys.has(key) ? `in ${RELEASES}` : "there"}`,
        );
      notes.push(...releasesWarnings(set, opts.name, next));
      if (notes.length > 0 && !confirmed) {
        const what = `removing signer ${opts.name} from ${set.gun} breaks released tags: ${notes.join("; ")}`;
        if (!opts.confirm) {
          throw new TrustError("CONFIRMATION_REQUIRED", `${what}; nothing was published`, {
            hint: `run it on a terminal to confirm, or give ${setting("force")}`,
          });
        }
        if (!(await opts.confirm(`${what}. Remove ${opts.name} anyway? (y/N) `))) {
          throw new TrustError(
            "CANCELLED",
            `signer ${opts.name} was not removed from ${set.gun}; nothing was published`,
          );
        }
        confirmed = true;
      }
      return targetsPlan(deps, set, next, now);
    },
  });
  for (const n of [...notes, ...kept]) warn(n);
  const result = finish(deps, opts.name, update);
  result.warnings.push(...notes, ...kept);
  if (findDelegation(update.set.targets.get("targets")!.signed, role)) {
    throw new TrustError("NOT_SERVED", `${result.gun}: after publishing, ${role} is still delegated`, {
      hint: "another writer changed the signers at the same time; run it again",
    });
  }
  return result;
}

/** How many earlier versions of targets a removal looks through for a signer no longer delegated. */
const EARLIER_TARGETS = 10;

/**
 * The canonical IDs of `role`'s keys in the newest of the last EARLIER_TARGETS versions of targets
 * that delegated it, each fetched by version and verified with the current root's targets keys;
 * undefined when none did, or one cannot be read or verified (then the name is not taken as a
 * signer that was removed).
 */
async function earlierKeys(deps: AdminDeps, set: TrustedSet, role: string): Promise<Set<string> | undefined> {
  const current = set.targets.get("targets")!.signed.version;
  const { keys, threshold } = roleKeys(set, "targets")!;
  const versions = Array.from({ length: Math.min(EARLIER_TARGETS, current - 1) }, (_, i) => current - 1 - i);
  // One wave: a mistyped name costs a round trip, not one per version.
  const read = await Promise.all(
    versions.map(async (version) => {
      try {
        const bytes = await deps.notary.getMetadata("targets", { version });
        if (!bytes) return undefined;
        const env = parseEnvelope(bytes, "Targets", `targets v${version}`);
        checkThreshold(env, { name: "targets", keys, threshold });
        return env.signed.version === version ? env.signed : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  // Newest first; history that cannot be read or verified ends the search.
  for (const signed of read) {
    if (!signed) return undefined;
    if (findDelegation(signed, role)) return delegationCanonicalKeyIds(signed, role);
  }
  return undefined;
}

/** What removing a signer does to `targets/releases`: no keys left, or its content no longer verifying. */
function releasesWarnings(set: TrustedSet, name: string, next: TargetsSigned): string[] {
  const before = findDelegation(set.targets.get("targets")!.signed, RELEASES);
  const after = findDelegation(next, RELEASES);
  if (!before || !after) return [];
  const out: string[] = [];
  if ((before.keyIds ?? []).length > 0 && (after.keyIds ?? []).length === 0) {
    out.push(
      `${name} was the last signer of ${RELEASES} in ${set.gun}: nobody can sign releases until a signer is added (${step("signer-add", set.gun)})`,
    );
  }
  const env = set.targets.get(RELEASES);
  if (env && env.signed.targets.size > 0) {
    try {
      checkThreshold(env, {
        name: RELEASES,
        keys: pickKeys(next.delegations.keys, after.keyIds, RELEASES),
        threshold: after.threshold,
      });
    } catch {
      const tags = [...env.signed.targets.keys()];
      out.push(
        `${RELEASES} of ${set.gun} is signed only by ${name}'s keys: its ${tags.length} tag${tags.length === 1 ? "" : "s"} (${tags.slice(0, 5).join(", ")}${tags.length > 5 ? ", …" : ""}) stop verifying until a remaining signer of ${RELEASES} signs it again (${step("renew", set.gun)} with ${setting("witness")} ${RELEASES} and that signer's key)`,
      );
    }
  }
  return out;
}
