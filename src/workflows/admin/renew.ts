/**
 * Renewing before expiry, for a scheduled job: every targets role one of our keys can sign (the
 * delegations whose keys we hold, and `targets` with the targets key) that expires within the
 * window is re-signed unchanged with version + 1 and a fresh expiry in Go's form. An expired
 * delegation makes its tags disappear for readers, an expired `targets` the whole repository; the
 * Go client only warns (client/helpers.go warnRolesNearExpiry), so nothing else renews them.
 * Root is not renewed here (that takes the root key and, once its certificate runs out, a root
 * rotation); it is reported when it expires within the window.
 */
import { TrustError, UsageError, type ErrorCode } from "../../errors.js";
import { walkRoles } from "../../tuf/docker.js";
import { DEFAULT_RENEW_WINDOW_MS, expiringRoles, expiryWarning } from "../../tuf/expiry.js";
import { TARGETS_LIFETIME_MS } from "../../tuf/lifetimes.js";
import { isSha256Digest } from "../../digest.js";
import { sha256Digest } from "../../sha256.js";
import { shortId } from "../../tuf/keys.js";
import { sha256HexOf } from "../../tuf/file-meta.js";
import { displayTime } from "../../tuf/time.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import type { PublicationPlan } from "../publication.js";
import {
  describeKeys,
  findSigner,
  lostReleases,
  releasedTags,
  resign,
  roleKeys,
  updateRepository,
  type AdminDeps,
} from "./update.js";
import { setting } from "../../wording.js";

export interface RenewOptions {
  anchor?: TrustAnchor;
  /**
   * Delegations to witness, as `ROLE@sha256:DIGEST`: each one not trusted because only removed
   * keys signed it (SIGNERS_REMOVED, as after its last signer was removed and another added) is
   * re-signed by one of our keys, its content unchanged, with version + 1 and a fresh expiry, when
   * DIGEST is that of the file served: the content someone checked. Without it, or with another,
   * nothing is published and the error lists the content and its digest. A role that verifies is
   * left as it is, so a second run does nothing.
   */
  witness?: readonly string[];
  /** Renew roles that expire before now + this (default about six months). */
  withinMs?: number;
  /** Lifetime of the renewed roles (default 3 years, notary's for targets). */
  lifetimeMs?: number;
}

export interface RenewedRole {
  role: string;
  version: number;
  /** Expiry before, and as now served (UTC, seconds). */
  previousExpires: string;
  expires: string;
}

export interface WitnessedRole {
  role: string;
  version: number;
  /** How many targets the role holds, now under our signature. */
  targets: number;
  /** The first few of their names, in the role's order. */
  firstTargets: string[];
  /** Short IDs of the removed keys that alone had signed it. */
  signedBefore: string[];
  /** Short ID of the key that signed it now. */
  signedBy: string;
}

/** A role named to witness whose served content was not the one confirmed: nothing was published. */
export interface UnconfirmedWitness {
  role: string;
  version: number;
  /** The sha256 of the file served, `sha256:<hex>`: what confirms this content. */
  fileDigest: string;
  /** The digest given, when one was (another content's). */
  confirmed?: string;
  /** When the content expires or expired (UTC, seconds), and whether it has. */
  expires: string;
  expired: boolean;
  /** Short IDs of the removed keys that alone signed it. */
  signedBefore: string[];
  /** Every target it holds, with its full sha256 digest ("" for none): what a witness vouches for. */
  targets: { tag: string; digest: string }[];
}

export interface RenewResult {
  gun: string;
  renewed: RenewedRole[];
  witnessed: WitnessedRole[];
  /** Roles named to witness without their served content confirmed: the run published nothing. */
  unconfirmed: UnconfirmedWitness[];
  /** Set when `unconfirmed` is not empty: the failure a front end reports once it has listed them. */
  witnessUnconfirmed?: TrustError;
  /** Roles expiring within the window that none of our keys can sign (and root). */
  /**
   * Roles left expiring within the window, and delegations that cannot be verified at all (their
   * expiry is then unknown, "", and `untrusted` holds the reason's code: EXPIRED, THRESHOLD,
   * SIGNERS_REMOVED): nothing renews them until they are repaired.
   */
  notRenewed: { role: string; expires: string; expired: boolean; untrusted?: ErrorCode }[];
  published: boolean;
  warnings: string[];
  set: TrustedSet;
}

interface RenewPlan extends PublicationPlan {
  previous: Map<string, string>;
  witnessed: WitnessedRole[];
  unconfirmed: UnconfirmedWitness[];
}

/**
 * Adds to `plan` each role of `names` that only removed keys signed, re-signed by our key of it.
 * Anything else named is refused before anything is published, but for a role that verifies.
 */
async function planWitness(
  deps: AdminDeps,
  set: TrustedSet,
  names: readonly string[],
  now: number,
  lifetimeMs: number,
  plan: RenewPlan,
): Promise<void> {
  for (const entry of new Set(names)) {
    const at = entry.indexOf("@");
    const role = at < 0 ? entry : entry.slice(0, at);
    const confirmed = at < 0 ? undefined : entry.slice(at + 1).toLowerCase();
    if (confirmed !== undefined && !isSha256Digest(confirmed))
      throw new UsageError(`witness ${entry}: write the content confirmed as ${role}@sha256:<64 hex digits>`);
    if (set.targets.has(role)) {
      deps.runtime.log(`${role} of ${set.gun} verifies: nothing to witness`);
      continue;
    }
    const outdated = set.outdated(role);
    if (!outdated) {
      const why = !set.delegations.has(role)
        ? "it is not a delegation of the repository"
        : set.metaFor(role)
          ? "it is not signed only by keys it no longer lists"
          : "it was never published";
      throw new UsageError(`cannot witness ${role} of ${set.gun}: ${why}`, {
        hint: "witness names a delegation whose signers were all removed (its load says SIGNERS_REMOVED)",
      });
    }
    // Its own delegations would be vouched for too, keys and all: left to a repository admin.
    const children = (outdated.signed.delegations.roles ?? []).map((d) => d.name);
    if (children.length > 0)
      throw new UsageError(
        `cannot witness ${role} of ${set.gun}: it delegates to ${children.join(", ")}, whose keys a witness would vouch for as well`,
      );
    const signer = await findSigner(deps, set, role);
    if (!signer) {
      throw new TrustError(
        "KEY_NOT_IN_ROLE",
        `${deps.keyring.sources} is not a key of ${role} of ${set.gun}, so it cannot witness it`,
        {
          hint: `give a current key of ${role} (${describeKeys(roleKeys(set, role)?.keys ?? new Map())}) with ${setting("signer-key")} or ${setting("aws-kms-key")}`,
        },
      );
    }
    // Naming the role is not enough: the content checked is named by its digest, so that a later
    // run (a scheduled job that kept the setting) never re-signs content nobody checked.
    const fileDigest = sha256Digest(outdated.bytes);
    const signedBefore = [...new Set(outdated.signatures.map((g) => shortId(g.keyId)))];
    if (confirmed !== fileDigest) {
      plan.unconfirmed.push({
        role,
        version: outdated.signed.version,
        fileDigest,
        ...(confirmed ? { confirmed } : {}),
        expires: displayTime(outdated.expiresAt),
        expired: outdated.expiresAt <= now,
        signedBefore,
        targets: [...outdated.signed.targets].map(([tag, meta]) => {
          const hex = sha256HexOf(meta);
          return { tag, digest: hex ? `sha256:${hex}` : "" };
        }),
      });
      continue;
    }
    const signed = await resign(outdated.signed, signer, now, { lifetimeMs, from: outdated });
    plan.files.set(role, signed.bytes);
    plan.versions.set(role, signed.version);
    plan.witnessed.push({
      role,
      version: signed.version,
      targets: outdated.signed.targets.size,
      firstTargets: [...outdated.signed.targets.keys()].slice(0, 5),
      signedBefore,
      signedBy: shortId(signer.keyId),
    });
  }
}

/**
 * The renewal window and the new lifetime, with their defaults; a lifetime not longer than the
 * window is refused (every run would renew again).
 */
export function renewWindow(opts: Pick<RenewOptions, "withinMs" | "lifetimeMs">): {
  withinMs: number;
  lifetimeMs: number;
} {
  const withinMs = opts.withinMs ?? DEFAULT_RENEW_WINDOW_MS;
  const lifetimeMs = opts.lifetimeMs ?? TARGETS_LIFETIME_MS;
  if (lifetimeMs <= withinMs) {
    throw new UsageError(
      `the new lifetime (${Math.round(lifetimeMs / 86400_000)} days) must be longer than the renewal window (${Math.round(withinMs / 86400_000)} days), or every run would renew again`,
      { hint: `lengthen ${setting("expires")} or shorten ${setting("within")}` },
    );
  }
  return { withinMs, lifetimeMs };
}

/**
 * Whether one of our keys is a key of `targets` or of a delegation a loaded role lists, loaded or
 * not (short of signatures, or signed by removed keys): such a key belongs to the repository, even
 * though what it signs cannot be renewed now. The trusted set keeps every listed delegation's keys.
 */
async function someSigner(deps: AdminDeps, set: TrustedSet): Promise<boolean> {
  for (const role of ["targets", ...set.delegations.keys()]) {
    const keys = roleKeys(set, role)?.keys;
    if (keys && (await deps.keyring.signerFor(keys))) return true;
  }
  return false;
}

export async function renewRoles(deps: AdminDeps, opts: RenewOptions = {}): Promise<RenewResult> {
  const { withinMs, lifetimeMs } = renewWindow(opts);
  const update = await updateRepository<RenewPlan>(deps, {
    ...(opts.anchor ? { anchor: opts.anchor } : {}),
    hints: ["targets/releases"],
    change: "the renewal",
    existing: true,
    plan: async (set, now) => {
      const plan: RenewPlan = {
        files: new Map(),
        versions: new Map(),
        previous: new Map(),
        witnessed: [],
        unconfirmed: [],
      };
      const roles = walkRoles(set).map((r) => r.name);
      // A scheduled renew given a key of no role (an old key after a rotation, the wrong secret)
      // would pass every week until the roles expire: it fails now, naming the roles' keys.
      if (!(await someSigner(deps, set))) {
        const keys = roles.map((r) => `${r}: ${describeKeys(roleKeys(set, r)?.keys ?? new Map())}`).join("; ");
        throw new TrustError("KEY_NOT_IN_ROLE", `${deps.keyring.sources} can sign no role of ${set.gun} (${keys})`, {
          hint: `give the targets key or a signer's key with ${setting("signer-key")} or ${setting("aws-kms-key")}`,
        });
      }
      const loaded = new Set(roles);
      for (const e of expiringRoles(set, now, withinMs)) {
        if (e.role === "root" || !loaded.has(e.role)) continue;
        const signer = await findSigner(deps, set, e.role);
        if (!signer) continue;
        const from = set.targets.get(e.role)!;
        const signed = await resign(from.signed, signer, now, { lifetimeMs, from });
        plan.files.set(e.role, signed.bytes);
        plan.versions.set(e.role, signed.version);
        plan.previous.set(e.role, displayTime(e.expiresAt));
      }
      await planWitness(deps, set, opts.witness ?? [], now, lifetimeMs, plan);
      // Content named without being confirmed: nothing at all is published, renewals included.
      if (plan.unconfirmed.length > 0) {
        plan.files.clear();
        plan.versions.clear();
        plan.previous.clear();
        plan.witnessed = [];
      }
      return plan;
    },
  });
  const set = update.set;
  const plan = update.applied;
  const renewed = [...plan.previous].map(([role, previousExpires]): RenewedRole => {
    const env = set.targets.get(role);
    return { role, version: env?.signed.version ?? 0, previousExpires, expires: env ? displayTime(env.expiresAt) : "" };
  });
  const witnessed = plan.witnessed;
  for (const w of witnessed) {
    if (!set.targets.has(w.role))
      throw new TrustError("NOT_SERVED", `${set.gun}: ${w.role} was witnessed but does not verify as served`, {
        hint: "inspect the repository; another writer may have changed it at the same time",
      });
  }
  const lost = lostReleases(update.before, releasedTags(set, deps.runtime.now()));
  if (lost.length > 0) {
    throw new TrustError(
      "NOT_SERVED",
      `${set.gun}: after renewing, ${lost.map((t) => t.tag).join(", ")} no longer verify`,
      { hint: "inspect the repository; another writer may have changed it at the same time" },
    );
  }
  const now = deps.runtime.now();
  const expiring = expiringRoles(set, now, withinMs);
  // Running renew again with the same keys would not help: name the keys that can.
  const advice = (from: TrustedSet, role: string) => {
    const keys = role === "root" ? undefined : roleKeys(from, role)?.keys;
    return keys
      ? `${deps.keyring.sources} cannot sign it; renew it with a key of ${role}: ${describeKeys(keys)}`
      : undefined;
  };
  const warnings = [...update.warnings];
  const warnOnce = (m: string) => {
    if (warnings.includes(m)) return;
    warnings.push(m);
    deps.runtime.warn(m);
  };
  const notRenewed: RenewResult["notRenewed"] = expiring.map((e) => ({
    role: e.role,
    expires: displayTime(e.expiresAt),
    expired: e.expired,
  }));
  // A role the read-back could not verify (its warning says why) is not renewed either. An expired
  // one was read before publishing (expired delegations are read for renewing): its expiry is known.
  for (const [role, err] of update.skipped) {
    const env = err.code === "EXPIRED" ? update.state.targets.get(role) : undefined;
    if (!env) {
      notRenewed.push({ role, expires: "", expired: err.code === "EXPIRED", untrusted: err.code });
      continue;
    }
    notRenewed.push({ role, expires: displayTime(env.expiresAt), expired: true });
    const e = { role, expiresAt: env.expiresAt, version: env.signed.version, expired: true };
    warnOnce(expiryWarning(set.gun, e, now, advice(update.state, role)));
  }
  for (const e of expiring) warnOnce(expiryWarning(set.gun, e, now, advice(set, e.role)));
  if (plan.files.size === 0 && !update.published)
    deps.runtime.log(`Nothing of ${set.gun} that our keys can sign expires before ${displayTime(now + withinMs)}`);
  const unconfirmed = plan.unconfirmed;
  return {
    gun: set.gun,
    renewed,
    witnessed,
    unconfirmed,
    ...(unconfirmed.length > 0 ? { witnessUnconfirmed: unconfirmedError(set.gun, unconfirmed) } : {}),
    notRenewed,
    published: update.published,
    warnings,
    set,
  };
}

/** The failure of a run that named content to witness without confirming it. */
function unconfirmedError(gun: string, roles: readonly UnconfirmedWitness[]): TrustError {
  const said = roles.map(
    (u) =>
      `${u.confirmed ? `the content confirmed for ${u.role} (${u.confirmed}) is not the one served (${u.fileDigest}); ` : ""}${u.role} v${u.version}${u.expired ? `, expired at ${u.expires},` : ""} is signed only by removed key(s) ${u.signedBefore.join(", ")}, and a witness re-signs its ${u.targets.length} target(s) as they are (the run's output lists each with its digest)`,
  );
  return new TrustError("WITNESS_UNCONFIRMED", `${gun}: ${said.join("; ")}; nothing was published`, {
    hint: `check them, then confirm each content with ${roles.map((u) => `${setting("witness")} ${u.role}@${u.fileDigest}`).join(" ")}`,
  });
}
