/**
 * Revoking a tag (docker/cli cli/command/trust/revoke.go): remove it from every role that holds it
 * and that one of our keys can sign, publish, and read back. Docker removes it from the direct
 * delegations of `targets` it holds keys for; with the targets key, `targets` itself is included,
 * as are deeper delegations we hold keys for. A tag that is not signed anywhere is not an error.
 */
import { TrustError } from "../../errors.js";
import { releasedTarget, walkRoles } from "../../tuf/docker.js";
import { removeTarget } from "../../tuf/role-edits.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import type { PublicationPlan } from "../publication.js";
import { describeKeys, findSigner, resign, roleKeys, updateRepository, type AdminDeps } from "./update.js";
import { setting } from "../../wording.js";

export interface RevokeOptions {
  tag: string;
  anchor?: TrustAnchor;
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
  warnings: string[];
  set: TrustedSet;
}

interface RevokePlan extends PublicationPlan {
  removed: string[];
  held: string[];
}

export async function revokeTag(deps: AdminDeps, opts: RevokeOptions): Promise<RevokeResult> {
  const { tag } = opts;
  const update = await updateRepository<RevokePlan>(deps, {
    ...(opts.anchor ? { anchor: opts.anchor } : {}),
    hints: ["targets/releases"],
    change: `the revocation of ${tag}`,
    existing: true,
    plan: async (set, now) => {
      const plan: RevokePlan = { files: new Map(), versions: new Map(), removed: [], held: [] };
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
    warnings,
    set,
  };
}
