/**
 * Revoking a tag (docker/cli cli/command/trust/revoke.go): remove it from every role that holds it
 * and that one of our keys can sign, publish, and read back. Docker removes it from the direct
 * delegations of `targets` it holds keys for; with the targets key, `targets` itself is included,
 * as are deeper delegations we hold keys for. A tag that is not signed anywhere is not an error.
 */
import type { KeyObject } from "node:crypto";
import { TrustError, describeError } from "../../errors.js";
import type { RegistryClient } from "../../registry/client.js";
import type { ImageReference } from "../../registry/reference.js";
import { keyObjectOf } from "../../tuf/keys.js";
import { detachCosignSignatures } from "../cosign-detach.js";
import { readSignaturesForKeys } from "../cosign-read.js";
import { allTargets, releasedTarget, walkRoles } from "../../tuf/docker.js";
import { removeTarget } from "../../tuf/role-edits.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import type { PublicationPlan } from "../publication.js";
import {
  describeKeys,
  findSigner,
  releasedTags,
  resign,
  roleKeys,
  updateRepository,
  type AdminDeps,
} from "./update.js";
import { setting } from "../../wording.js";

export interface RevokeOptions {
  tag: string;
  anchor?: TrustAnchor;
  /**
   * The image's registry: the cosign signatures by our keys of a digest no tag releases any more
   * are taken off it too (a sign with oci-signature cosign, or migrate, made them). Without it
   * they are not looked for.
   */
  cosign?: { registry: RegistryClient; image: ImageReference };
}

export interface CosignRevocation {
  digest: string;
  /** Our signatures taken off, and others' left; or why they could not be read. */
  removed?: number;
  remaining?: number;
  error?: TrustError;
}

export interface RevokeResult {
  gun: string;
  tag: string;
  /** Roles the tag was removed from. */
  removedFrom: string[];
  /** Roles that still hold the tag: none of our keys can sign them. */
  heldBy: string[];
  /** The role that still releases the tag to `docker pull`, if any. */
  stillReleasedBy?: string;
  /**
   * Set with stillReleasedBy: the run failed its purpose (`docker pull` still trusts the tag), and
   * each front end fails with this error (KEY_NOT_IN_ROLE) once it has reported what was published;
   * every run fails so until a key of that role revokes the tag.
   */
  stillReleased?: TrustError;
  /** False when the tag was not signed in any role we can sign (nothing to do). */
  published: boolean;
  /** The digests whose cosign signatures by our keys were looked for (none released any more). */
  cosign: CosignRevocation[];
  warnings: string[];
  set: TrustedSet;
}

interface RevokePlan extends PublicationPlan {
  removed: string[];
  held: string[];
  /** The digests the tag named in the roles we removed it from, and the keys that removed it. */
  digests: Set<string>;
  keys: KeyObject[];
}

export async function revokeTag(deps: AdminDeps, opts: RevokeOptions): Promise<RevokeResult> {
  const { tag } = opts;
  const update = await updateRepository<RevokePlan>(deps, {
    ...(opts.anchor ? { anchor: opts.anchor } : {}),
    hints: ["targets/releases"],
    change: `the revocation of ${tag}`,
    existing: true,
    plan: async (set, now) => {
      const plan: RevokePlan = {
        files: new Map(),
        versions: new Map(),
        removed: [],
        held: [],
        digests: new Set(),
        keys: [],
      };
      const holding = walkRoles(set)
        .map((r) => r.name)
        .filter((role) => set.targets.get(role)!.signed.targets.has(tag));
      for (const role of holding) {
        const signer = await findSigner(deps, set, role);
        if (!signer) {
          plan.held.push(role);
          continue;
        }
        const signed = await resign(removeTarget(set.targets.get(role)!.signed, tag), signer, now);
        plan.files.set(role, signed.bytes);
        plan.versions.set(role, signed.version);
        plan.removed.push(role);
        const entry = allTargets(set, tag).find((e) => e.role === role);
        if (entry?.digest) plan.digests.add(`sha256:${entry.digest}`);
        const key = keyObjectOf(signer.publicKey);
        if (key && !plan.keys.includes(key)) plan.keys.push(key);
      }
      // Roles we cannot sign that still list the tag are an error only while one of them releases
      // it (stillReleased below, after what we can remove is published): a run that finds the tag
      // left only in another signer's own role (docker pull ignores those) has nothing to do.
      return plan;
    },
  });
  const set = update.set;
  const { removed, held } = update.applied;
  const stillIn = removed.filter((role) => set.targets.get(role)?.signed.targets.has(tag));
  if (stillIn.length > 0) {
    throw new TrustError("NOT_SERVED", `${set.gun}:${tag} is still in ${stillIn.join(", ")} after publishing`, {
      hint: "another signer signed the tag again at the same time; inspect the repository",
    });
  }
  const released = releasedTarget(set, tag);
  const warnings = [...update.warnings];
  if (removed.length === 0 && held.length === 0) deps.runtime.log(`${set.gun}:${tag} is not signed: nothing to revoke`);
  const cosign = opts.cosign ? await revokeCosign(deps, opts.cosign, set, update.applied, tag, warnings) : [];
  const stillHeld = held.filter((role) => set.targets.get(role)?.signed.targets.has(tag) && role !== released?.role);
  if (stillHeld.length > 0) {
    deps.runtime.log(
      `${set.gun}:${tag} is still listed by ${stillHeld.join(", ")}, which none of ${deps.keyring.sources} can sign; docker pull does not trust ${stillHeld.length > 1 ? "those roles" : "that role"}`,
    );
  }
  return {
    gun: set.gun,
    tag,
    removedFrom: removed,
    heldBy: held,
    ...(released
      ? {
          stillReleasedBy: released.role,
          stillReleased: new TrustError(
            "KEY_NOT_IN_ROLE",
            `${set.gun}:${tag} is still released by ${released.role} (sha256:${released.digest.slice(0, 12)}…), which none of ${deps.keyring.sources} can sign${removed.length ? `; its removal from ${removed.join(", ")} is published` : ""}`,
            {
              hint: `revoke it with a key of ${released.role} (${describeKeys(roleKeys(set, released.role)?.keys ?? new Map())}) in ${setting("signer-key")} or ${setting("aws-kms-key")}`,
            },
          ),
        }
      : {}),
    published: update.published,
    cosign,
    warnings,
    set,
  };
}

/**
 * A cosign signature is of a digest, not of a tag: it is taken back once no released tag of the
 * repository points to that digest any more. One that cannot be read is a warning (the Notary
 * revocation stands); one found and not removed fails the run.
 */
async function revokeCosign(
  deps: AdminDeps,
  target: NonNullable<RevokeOptions["cosign"]>,
  set: TrustedSet,
  plan: RevokePlan,
  tag: string,
  warnings: string[],
): Promise<CosignRevocation[]> {
  const stillReleased = new Set(releasedTags(set, deps.runtime.now()).map((t) => `sha256:${t.digest}`));
  const out: CosignRevocation[] = [];
  for (const digest of plan.digests) {
    if (stillReleased.has(digest) || plan.keys.length === 0) continue;
    // Read first: what cannot be read is a warning; a write that fails after ours was found is not.
    let found: boolean;
    try {
      const states = await readSignaturesForKeys(target.registry, target.image, digest, plan.keys);
      found = states.some((st) => st.verdict.ok);
    } catch (err) {
      if (!(err instanceof TrustError)) throw err;
      const m = `${set.gun}:${tag} is revoked in Notary, but the cosign signatures of its digest ${digest} could not be read (${describeError(err)}): one by this key would still verify with cosign; check ${target.image.name}:sha256-${digest.slice(7)}.sig`;
      warnings.push(m);
      deps.runtime.warn(m);
      out.push({ digest, error: err });
      continue;
    }
    if (!found) {
      out.push({ digest, removed: 0 });
      continue;
    }
    const r = await detachCosignSignatures(
      { registry: target.registry, runtime: deps.runtime },
      { image: target.image, digest, keys: plan.keys },
    );
    out.push({ digest, removed: r.removed, remaining: r.remaining });
    deps.runtime.log(
      `Removed ${r.removed} cosign signature(s) by our key from ${r.reference} (${r.remaining} other(s) left)`,
    );
  }
  return out;
}
