/**
 * Replacing a signer's key without a moment where released tags stop verifying. The new key is
 * added to `targets/NAME` (and to `targets/releases` where the old key was), the content of those
 * roles is re-signed, unchanged, with the new key, and the old key is removed, all in one atomic
 * upload: the server validates `targets` first and the delegations against it (notary
 * server/handlers/validation.go loadAndValidateTargets) and applies everything or nothing, so a
 * reader sees either the old keys with the old signatures or the new keys with the new ones.
 * Signing `targets` takes the targets key; re-signing the delegations takes the new private key.
 */
import { TrustError, UsageError } from "../../errors.js";
import type { Signer } from "../../tuf/signer.js";
import { RELEASES } from "../../tuf/docker.js";
import { canonicalKeyIdOf, keyIdOf, shortId } from "../../tuf/keys.js";
import type { DelegatedRole, TargetsSigned } from "../../tuf/metadata.js";
import {
  canonicalDelegationKeyId as canonical,
  delegationCanonicalKeyIds,
  findDelegation,
  releasesIdsOnlyOf,
  replaceDelegationKeys,
} from "../../tuf/role-edits.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import type { PublicationPlan } from "../publication.js";
import { checkSignerName } from "./init.js";
import { listedAs } from "./keyring.js";
import { lostReleases, releasedTags, requireSigner, resign, updateRepository, type AdminDeps } from "./update.js";
import { step } from "../../wording.js";

export interface RotateSignerOptions {
  name: string;
  /** The new key; it must be able to sign (a private key file or a KMS key). */
  newKey: Signer;
  /** Keys to replace, by canonical or listed ID or a prefix of one; default every other key of the signer. */
  oldKeyIds?: readonly string[];
  anchor?: TrustAnchor;
}

export interface RotateSignerResult {
  gun: string;
  name: string;
  /** Canonical IDs of the keys replaced (empty when the signer already had only the new key). */
  replaced: string[];
  newKeyId: string;
  /** Roles published, with the version now served. */
  roles: { name: string; version: number }[];
  published: boolean;
  warnings: string[];
  set: TrustedSet;
}

interface RotationPlan extends PublicationPlan {
  replaced: string[];
}

/** The listed IDs of `role` to replace: the ones asked for, or every key but the new one. */
function oldKeysOf(
  targets: TargetsSigned,
  role: DelegatedRole,
  newCanonical: string,
  asked: readonly string[] | undefined,
): string[] {
  const listed = role.keyIds ?? [];
  if (!asked || asked.length === 0) return listed.filter((id) => canonical(targets, id) !== newCanonical);
  return asked.map((want) => {
    const w = want.toLowerCase();
    const hits = listed.filter((id) => id.startsWith(w) || canonical(targets, id).startsWith(w));
    if (hits.length !== 1) {
      throw new UsageError(
        `key ${JSON.stringify(want.slice(0, 64))} matches ${hits.length} keys of ${role.name} (keys: ${listed.map((id) => shortId(canonical(targets, id))).join(", ") || "none"})`,
        {
          hint: `give a longer key ID, as ${step("inspect", undefined)} shows it`,
        },
      );
    }
    return hits[0]!;
  });
}

export async function rotateSignerKey(deps: AdminDeps, opts: RotateSignerOptions): Promise<RotateSignerResult> {
  checkSignerName(opts.name);
  const roleName = `targets/${opts.name}`;
  const newPublic = opts.newKey.publicKey;
  const newSigner = listedAs(opts.newKey, keyIdOf(newPublic), newPublic);
  const newCanonical = canonicalKeyIdOf(newPublic);
  const notes: string[] = [];
  const update = await updateRepository<RotationPlan>(deps, {
    ...(opts.anchor ? { anchor: opts.anchor } : {}),
    hints: [roleName, RELEASES],
    change: `the key rotation of ${opts.name}`,
    existing: true,
    plan: async (set, now) => {
      const targets = set.targets.get("targets")!.signed;
      const role = findDelegation(targets, roleName);
      if (!role)
        throw new TrustError("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name}`, {
          hint: `add it with: ${step("signer-add", set.gun)}`,
        });
      const old = oldKeysOf(targets, role, newCanonical, opts.oldKeyIds);
      const plan: RotationPlan = {
        files: new Map(),
        versions: new Map(),
        replaced: old.map((id) => canonical(targets, id)),
      };
      const hasNew = (role.keyIds ?? []).some((id) => canonical(targets, id) === newCanonical);
      if (old.length === 0 && hasNew) return plan; // already rotated
      notes.length = 0;
      const releasesKeys = delegationCanonicalKeyIds(targets, RELEASES);
      const inReleases = old.some((id) => releasesKeys.has(canonical(targets, id)));
      // A key another signer also holds stays in targets/releases: that signer still releases with it.
      const { remove, shared } = releasesIdsOnlyOf(targets, old, RELEASES, roleName);
      for (const [key, roles] of shared)
        notes.push(
          `key ${shortId(key)} is also a key of ${roles.join(", ")} in ${set.gun} and stays there${releasesKeys.has(key) ? ` and in ${RELEASES}` : ""}`,
        );
      let next = replaceDelegationKeys(targets, roleName, old, [newPublic]);
      const affected = [roleName];
      if (inReleases) {
        next = replaceDelegationKeys(next, RELEASES, remove, [newPublic]);
        affected.push(RELEASES);
      }
      const signedTargets = await resign(next, await requireSigner(deps, set, "targets"), now, {
        from: set.targets.get("targets"),
      });
      plan.files.set("targets", signedTargets.bytes);
      plan.versions.set("targets", signedTargets.version);
      for (const name of affected) {
        const env = set.targets.get(name);
        if (!env) {
          if (set.snapshot?.signed.meta.has(name)) {
            throw new TrustError(
              "ROLE_UNTRUSTED",
              `${name} of ${set.gun} is published but cannot be verified, so its content cannot be carried over to the new key`,
              {
                hint: "see the warning above for why; sign its tags again after the rotation",
              },
            );
          }
          continue; // never published: nothing to re-sign
        }
        const signed = await resign(env.signed, newSigner, now, { from: env });
        plan.files.set(name, signed.bytes);
        plan.versions.set(name, signed.version);
      }
      return plan;
    },
  });
  const set = update.set;
  const plan = update.applied;
  const targets = set.targets.get("targets")!.signed;
  const role = findDelegation(targets, roleName);
  const keys = (role?.keyIds ?? []).map((id) => canonical(targets, id));
  if (!keys.includes(newCanonical) || keys.some((k) => plan.replaced.includes(k))) {
    throw new TrustError(
      "NOT_SERVED",
      `${set.gun}: after publishing, ${roleName} lists keys ${keys.map(shortId).join(", ") || "none"}, not the new key ${shortId(newCanonical)} alone`,
      {
        hint: "another writer changed the signer at the same time; inspect the repository and run it again",
      },
    );
  }
  const lost = lostReleases(update.before, releasedTags(set, deps.runtime.now()));
  if (lost.length > 0) {
    throw new TrustError(
      "NOT_SERVED",
      `${set.gun}: after the rotation ${lost.map((t) => t.tag).join(", ")} no longer verify`,
      { hint: "inspect the repository; sign those tags again with the new key" },
    );
  }
  for (const n of notes) deps.runtime.warn(n);
  return {
    gun: set.gun,
    name: opts.name,
    replaced: plan.replaced,
    newKeyId: newCanonical,
    roles: [...plan.files.keys()].map((name) => ({ name, version: set.targets.get(name)?.signed.version ?? 0 })),
    published: update.published,
    warnings: [...update.warnings, ...notes],
    set,
  };
}
