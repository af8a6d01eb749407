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
import { readSignaturesForKeys } from "../cosign-read.js";
import { signatureTag } from "../../cosign/payload.js";
import { releasedTarget, walkRoles } from "../../tuf/docker.js";
import { sha256HexOf } from "../../tuf/file-meta.js";
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
   * The image's registry: whether our keys' cosign signatures of the digest still vouch for it is
   * looked up there (a sign with oci-signature cosign, or migrate, made them). Without it they
   * are not looked for.
   */
  cosign?: { registry: RegistryClient; image: ImageReference };
}

/**
 * A cosign signature is of a digest, not of a tag: revoking the tag in Notary leaves it, and
 * verify with accept cosign or any goes on passing the image. It is reported, not removed: the
 * same digest may be released under another tag with cosign signatures alone, which Notary cannot
 * tell, and a registry may refuse or keep the write.
 */
export interface CosignRevocation {
  digest: string;
  /** `<registry>/<repository>:sha256-<hex>.sig`. */
  reference: string;
  /** Signatures of this digest by the revoking keys there (0: none); undefined when it could not be read. */
  ours?: number;
  /** Signatures by other keys there. */
  others?: number;
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
  /** The digests whose cosign signatures by our keys were looked for (none released in Notary any more). */
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
        const from = set.targets.get(role)!;
        const signed = await resign(removeTarget(from.signed, tag), signer, now, { from });
        plan.files.set(role, signed.bytes);
        plan.versions.set(role, signed.version);
        plan.removed.push(role);
        // The digest of the entry removed (one without a sha256 names none).
        const digest = sha256HexOf(set.targets.get(role)!.signed.targets.get(tag)!);
        if (digest) plan.digests.add(`sha256:${digest}`);
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
 * Looks up, for each digest the tag named that no tag released in Notary names any more, the
 * cosign signatures of it, counting those by the keys that revoked the tag (any repository named
 * in its payload: cosign verifiers do not check it) and those by other keys, and warns of any.
 * Read only.
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
  if (plan.keys.length === 0) return out;
  const warn = (m: string) => {
    warnings.push(m);
    deps.runtime.warn(m);
  };
  for (const digest of plan.digests) {
    if (stillReleased.has(digest)) continue;
    const reference = `${target.image.name}:${signatureTag(digest)}`;
    try {
      const states = await readSignaturesForKeys(target.registry, target.image, digest, plan.keys);
      const byUs = new Set(
        states.flatMap((st) => st.verdicts.filter((v) => v.ok || v.reason === "OTHER_REPOSITORY").map((v) => v.index)),
      );
      const total = states[0]!.parsed?.layers.length ?? 0;
      const others = total - byUs.size;
      out.push({ digest, reference, ours: byUs.size, others });
      // Every signature counts, not only this key's: a migration signs every verified tag with one
      // signer's key, so the revoking key is often not the one that vouches for the digest.
      if (total > 0)
        warn(
          `${set.gun}:${tag} is revoked in Notary, but cosign signatures of its digest ${digest} remain in ${reference} (${total} in all, ${byUs.size > 0 ? byUs.size : "none"} by this key): verify with accept cosign or any, trusting a key that made one, still passes every tag that points to that digest. If no release still uses it, remove them (cosign clean --type signature ${target.image.name}@${digest} removes every signer's)`,
        );
    } catch (err) {
      if (!(err instanceof TrustError)) throw err;
      out.push({ digest, reference, error: err });
      warn(
        `${set.gun}:${tag} is revoked in Notary; whether a cosign signature by this key of its digest ${digest} remains could not be read (${describeError(err)}): check ${reference}`,
      );
    }
  }
  return out;
}
