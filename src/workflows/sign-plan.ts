/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */
import { TrustError, VerificationError, describeError } from "../errors.js";
import { digestHex } from "../digest.js";
import type { ResolvedManifest } from "../registry/client.js";
import { listedAs, type Signer } from "../tuf/signer.js";
import { RELEASES, isReleasedRole, releasedTarget, roleCandidates, type RoleCandidate } from "../tuf/docker.js";
import { canonicalKeyIdOf, listedCanonicalKeyId, shortId, type PublicKey } from "../tuf/keys.js";
import { hashOf, type Envelope, type FileMeta, type TargetsSigned } from "../tuf/metadata.js";
import { signTargetsEdit } from "../tuf/sign.js";
import { defaultLifetime } from "../tuf/lifetimes.js";
import { formatGoTime } from "../tuf/time.js";
import type { TrustedSet } from "../tuf/trusted-set.js";
import type { LoadedTrust } from "./load-trust.js";
import { setting, step } from "../wording.js";

export interface PlanOptions {
  signer: Signer;
  signerKeyId: string;
  tags: readonly string[];
  manifest: ResolvedManifest;
  /** Tags of `tags` the registry does not have: the signature is the only place they point. */
  absent?: readonly string[];
  roles?: readonly string[] | undefined;
  now: number;
  expiresInMs: number;
}

export interface SignaturePlan {
  roles: string[];
  /** Role → file bytes to upload; empty when nothing changes. */
  files: Map<string, Uint8Array>;
  versions: Map<string, number>;
  /** Role → the file uploaded, as parsed (its bytes are `files`' bytes). */
  envelopes: Map<string, Envelope<TargetsSigned>>;
}

export async function planSignature(trust: LoadedTrust, opts: PlanOptions): Promise<SignaturePlan> {
  const { set } = trust;
  assertNotMoved(set, opts);
  const roles = chooseRoles(set, opts);
  assertReleased(set, opts, roles);
  const sha256 = Buffer.from(digestHex(opts.manifest.digest), "hex").toString("base64");
  const files = new Map<string, Uint8Array>();
  const versions = new Map<string, number>();
  const envelopes = new Map<string, Envelope<TargetsSigned>>();
  const pending: { role: string; signed: TargetsSigned; base: Envelope<TargetsSigned> | undefined }[] = [];
  for (const role of roles) {
    const current = currentRole(trust, role, opts.now);
    const expired = current.loaded && current.expiresAt < opts.now;
    const changed = opts.tags.some((tag) => !sameTarget(current.signed.targets.get(tag), sha256, opts.manifest.size));
    // A role stored in a form Go clients cannot read is published again, which repairs it.
    if (!changed && !expired && !trust.inconsistent.has(role)) continue;
    const next: TargetsSigned = {
      ...current.signed,
      targets: new Map(current.signed.targets),
      version: current.signed.version + 1,
      expires: formatGoTime(opts.now + opts.expiresInMs),
    };
    for (const tag of opts.tags) next.targets.set(tag, { length: opts.manifest.size, hashes: { sha256 } });
    pending.push({ role, signed: next, base: set.targets.get(role) });
  }
  for (const { role, signed, base } of pending) {
    const signers = [signerAsListed(set, role, opts.signer, opts.signerKeyId)];
    const env = await signTargetsEdit(base, signed, signers);
    files.set(role, env.bytes);
    envelopes.set(role, env);
    versions.set(role, signed.version);
  }
  return { roles, files, versions, envelopes };
}

/**
 * The signer under the ID the role lists its key by. A delegation added from a certificate
 * (`ecdsa-x509`, `rsa-x509`) lists the certificate's ID, not the plain key's: a signature carrying
 * the plain key's ID would match no key of the role, and the server refuses it.
 */
function signerAsListed(set: TrustedSet, role: string, signer: Signer, canonicalId: string): Signer {
  const keys =
    role === "targets" ? rootTargetsKeys(set) : (set.delegations.get(role)?.keys ?? new Map<string, PublicKey>());
  for (const [id, key] of keys) {
    if (listedCanonicalKeyId(key) === canonicalId) return listedAs(signer, id, key);
  }
  return signer;
}

function rootTargetsKeys(set: TrustedSet): Map<string, PublicKey> {
  const root = set.root.signed;
  const out = new Map<string, PublicKey>();
  for (const id of root.roles.get("targets")?.keyIds ?? []) {
    const key = root.keys.get(id);
    if (key) out.set(id, key);
  }
  return out;
}

function sameTarget(meta: FileMeta | undefined, sha256: string, length: number): boolean {
  return meta !== undefined && meta.length === length && hashOf(meta, "sha256") === sha256;
}

function currentRole(
  { set, skipped: skippedRoles }: LoadedTrust,
  role: string,
  now: number,
): { signed: TargetsSigned; loaded: boolean; expiresAt: number } {
  const env = set.targets.get(role);
  if (env) return { signed: env.signed, loaded: true, expiresAt: env.expiresAt };
  if (set.snapshot?.signed.meta.has(role)) {
    const skipped = skippedRoles.get(role);
    const why = skipped ? describeError(skipped) : undefined;
    throw new TrustError(
      "ROLE_UNTRUSTED",
      `${role} of ${set.gun} is published but cannot be verified${why ? ` (${why})` : ""}; refusing to overwrite it`,
      {
        // Signed only by removed keys: a current signer can vouch for its content again, once
        // someone has checked its tags. Otherwise the delegation needs its admin.
        hint:
          skipped?.code === "SIGNERS_REMOVED"
            ? `check its tags, then have a current signer of ${role} sign them again: ${step("renew", set.gun)} with ${setting("witness")} ${role} and that signer's key`
            : "a repository admin must repair or re-key the delegation",
      },
    );
  }
  // Never published: start from an empty role at version 0, as notary does.
  return {
    signed: {
      type: "Targets",
      delegations: { keys: new Map(), roles: [] },
      expires: formatGoTime(now + defaultLifetime(role)),
      targets: new Map(),
      version: 0,
    },
    loaded: false,
    expiresAt: Infinity,
  };
}

/**
 * Refuses to move a released tag the registry does not have to another digest: no push says
 * where it points now, only its signature, so a second signer (another platform's job of a
 * push-by-digest build, a re-run of an old build) would silently take it over. Checked on every
 * plan, so a signer that lost a race to one that signed it first fails instead of overwriting.
 */
function assertNotMoved(set: TrustedSet, opts: PlanOptions): void {
  const hex = digestHex(opts.manifest.digest);
  for (const tag of opts.absent ?? []) {
    const released = releasedTarget(set, tag);
    if (!released || released.digest === hex) continue;
    throw new VerificationError(
      "TAG_MISMATCH",
      `${set.gun}:${tag} is not in the registry and is signed to sha256:${released.digest}: signing it to ${opts.manifest.digest} would move it with no push behind it; nothing was published`,
      {
        hint: `push the tag to the image first (for a multi-platform build, the index: docker buildx imagetools create), then sign it; or leave ${tag} out`,
      },
    );
  }
}

/**
 * Refuses, before anything is uploaded, a signature that would leave a tag unreleased: a tag is
 * trusted only from `targets` or `targets/releases`, so publishing only the signer's own role
 * would change the repository and still fail. A tag already released with this digest may be
 * co-signed by the signer's role alone.
 */
function assertReleased(set: TrustedSet, opts: PlanOptions, roles: readonly string[]): void {
  if (roles.some(isReleasedRole)) return;
  const hex = digestHex(opts.manifest.digest);
  const unreleased = opts.tags.filter((tag) => releasedTarget(set, tag)?.digest !== hex);
  if (unreleased.length === 0) return;
  const tags = unreleased.join(", ");
  const releases = roleCandidates(set, opts.signerKeyId, unreleased).find((c) => c.name === RELEASES);
  const keyText = `signer key ${shortId(opts.signerKeyId)}`;
  if (releases?.hasKey && !releases.coversTags) {
    const paths = releases.paths.map((p) => JSON.stringify(p)).join(", ") || "none";
    throw new TrustError(
      "PATH_NOT_ALLOWED",
      `${RELEASES} of ${set.gun} excludes ${tags} by its paths (${paths}), so ${tags} would not be released; nothing was published`,
      {
        hint: `sign a tag inside those paths, or have a repository admin widen the paths of ${RELEASES}`,
      },
    );
  }
  // The key can release the tags, but the roles chosen leave targets/releases out.
  if (releases?.hasKey && opts.roles?.length)
    throw new TrustError(
      "NOT_RELEASABLE",
      `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: the roles given leave out ${RELEASES}, which ${keyText} can sign; nothing was published`,
      { hint: `add ${RELEASES} to ${setting("roles")}, or leave ${setting("roles")} out` },
    );
  const why = releases
    ? `${keyText} is not a key of ${RELEASES} (keys: ${releases.keyIds.map(shortId).join(", ") || "none"})`
    : `${set.gun} has no ${RELEASES} role`;
  throw new TrustError(
    "NOT_RELEASABLE",
    `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: ${why}; nothing was published`,
    {
      hint: `add the key to ${RELEASES} with: ${addSignerStep(opts.signer, set.gun)}`,
    },
  );
}

/** The way to add the signing key to a role: a key file's public key, or the KMS key itself. */
function addSignerStep(signer: Signer, gun: string): string {
  return step(signer.kmsKey !== undefined ? "signer-add-kms" : "signer-add", gun);
}

function describeRoles(candidates: RoleCandidate[]): string {
  return candidates.map((c) => `${c.name}: ${c.keyIds.map(shortId).join(", ") || "no keys"}`).join("; ");
}

function chooseRoles(set: TrustedSet, opts: PlanOptions): string[] {
  const candidates = roleCandidates(set, opts.signerKeyId, opts.tags);
  const keyText = `signer key ${shortId(opts.signerKeyId)}`;
  const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) =>
    canonicalKeyIdOf(set.root.signed.keys.get(id)!),
  );
  // Each front end words the command (the action: docker trust; the CLI: its own signer add).
  const addHint = `add it with: ${addSignerStep(opts.signer, set.gun)}`;
  let chosen: string[];
  if (opts.roles && opts.roles.length > 0) {
    chosen = [...opts.roles];
    for (const role of chosen) {
      if (role === "targets") {
        if (!targetsKeys.includes(opts.signerKeyId))
          throw new TrustError("KEY_NOT_IN_ROLE", `${keyText} is not the targets key of ${set.gun}`);
        continue;
      }
      const c = candidates.find((x) => x.name === role);
      if (!c)
        throw new TrustError(
          "UNKNOWN_ROLE",
          `${role} is not a delegation of ${set.gun} (delegations: ${candidates.map((x) => x.name).join(", ") || "none"})`,
        );
      if (!c.hasKey)
        throw new TrustError(
          "KEY_NOT_IN_ROLE",
          `${keyText} is not a key of ${role} in ${set.gun} (keys: ${c.keyIds.map(shortId).join(", ")})`,
          { hint: addHint },
        );
      if (!c.coversTags)
        throw new TrustError(
          "PATH_NOT_ALLOWED",
          `${role} of ${set.gun} may only sign tags starting with ${c.paths.map((p) => JSON.stringify(p)).join(", ")}`,
        );
    }
  } else if (candidates.length === 0) {
    if (!targetsKeys.includes(opts.signerKeyId)) {
      throw new TrustError(
        "NO_SIGNABLE_ROLE",
        `${keyText} cannot sign ${set.gun}: it has no delegations and the key is not its targets key (${targetsKeys.map(shortId).join(", ")})`,
        { hint: addHint },
      );
    }
    chosen = ["targets"];
  } else {
    chosen = candidates.filter((c) => c.hasKey && c.coversTags).map((c) => c.name);
    if (chosen.length === 0) {
      const withKey = candidates.filter((c) => c.hasKey);
      if (withKey.length > 0) {
        throw new TrustError(
          "PATH_NOT_ALLOWED",
          `${keyText} is in ${withKey.map((c) => c.name).join(", ")} of ${set.gun}, whose paths (${withKey
            .flatMap((c) => c.paths)
            .map((p) => JSON.stringify(p))
            .join(", ")}) do not cover ${opts.tags.join(", ")}`,
        );
      }
      throw new TrustError(
        "KEY_NOT_IN_ROLE",
        `${keyText} is not a key of any delegation of ${set.gun} (${describeRoles(candidates)})`,
        { hint: addHint },
      );
    }
  }
  for (const role of chosen) {
    const c = candidates.find((x) => x.name === role);
    const threshold = role === "targets" ? set.root.signed.roles.get("targets")!.threshold : c!.threshold;
    if (threshold > 1) {
      throw new TrustError(
        "THRESHOLD_UNSUPPORTED",
        `${role} of ${set.gun} needs ${threshold} signatures; this tool signs with one key`,
      );
    }
  }
  return chosen;
}
