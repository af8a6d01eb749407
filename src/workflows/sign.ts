/**
 * Sign: publish signed targets for one digest under one or more tags, then verify what the server
 * serves. Docker's semantics (docs/notary-protocol.md §7, §9.2): the tags go into every direct child of
 * `targets` that lists our key; only our tags change; a lost race (`VERSION`) is resolved by
 * re-reading and re-applying our tags, never by overwriting another signer's.
 */
import { VerificationError, warningLine } from "../errors.js";
import { listed } from "../text.js";
import { step } from "../wording.js";
import type { NotaryClient } from "../notary/client.js";
import type { ImageReference } from "../registry/reference.js";
import type { ResolvedManifest } from "../registry/client.js";
import type { Signer } from "../tuf/signer.js";
import { canonicalKeyIdOf } from "../tuf/keys.js";
import { isReleasedRole } from "../tuf/docker.js";
import { TARGETS_LIFETIME_MS } from "../tuf/lifetimes.js";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import type { FirstUse } from "./first-use.js";
import { loadTrust } from "./load-trust.js";
import { planSignature, type SignaturePlan } from "./sign-plan.js";
import { RETRY_POLICY, minTimestampAfter, publishWithRetry } from "./publication.js";
import { readBack, type PublishedTag } from "./read-back.js";
import type { Runtime } from "./runtime.js";
import { startSignWave, type ResolvedTags, type SignWave, type SignWaveOptions } from "./sign-wave.js";

export interface SignDeps {
  notary: NotaryClient;
  registry: { resolve(ref: ImageReference): Promise<ResolvedManifest> };
  /**
   * The signing key, or its loading still under way (a key file being decrypted): the first wave of
   * requests is sent before it is awaited, and nothing is planned or published without it.
   */
  signer: Signer | Promise<Signer>;
  runtime: Runtime;
}

export interface SignOptions extends SignWaveOptions {
  /**
   * The signer name the run was given (signer-name), if any: the key signs under the delegations
   * that list it whatever the name, and a name that is not one of them is warned about.
   */
  givenSignerName?: string;
  /** Lifetime of the signed roles, default 3 years (notary's default for targets). */
  expiresInMs?: number;
  /** The first wave, already sent with these options (sign-wave.ts); sent here when absent. */
  wave?: SignWave;
  /** Called when the root is trusted on first use (see first-use.ts); may throw to refuse it. */
  firstUse?: FirstUse;
  /** When the run's deadline ends (milliseconds since the epoch); publishing stops retrying by then. */
  deadlineAt?: number;
  /** Publish attempts when other signers win races (default: publication.ts RETRY_POLICY). */
  maxAttempts?: number;
}

export interface SignResult {
  gun: string;
  digest: string;
  size: number;
  mediaType: string;
  signer: string;
  tags: PublishedTag[];
  /** Roles we wrote, with the version now served. */
  roles: { name: string; version: number }[];
  /** False when every tag already pointed to the digest in every role (nothing published). */
  published: boolean;
  attempts: number;
  rootKeyIds: string[];
  repositoryKeyIds: string[];
  warnings: string[];
  /** The root now trusted (to persist for trust on first use) and versions seen. */
  trustedRoot: Uint8Array;
  versions: Record<string, number>;
}

export async function sign(deps: SignDeps, opts: SignOptions): Promise<SignResult> {
  const { log } = deps.runtime;
  const warnings: string[] = [];
  const warn = (text: string) => {
    const m = warningLine(text);
    if (warnings.includes(m)) return;
    warnings.push(m);
    deps.runtime.warn(m);
  };
  const first = opts.wave ?? startSignWave(deps, opts);
  const { tags } = first;
  const gun = opts.image.name;

  // Reading and publishing happen in a function of their own: the repository as first read (large
  // roles, parsed) is garbage once it returns, before the read-back reads anything. When it fails
  // before the trust load has ended (a wrong passphrase, a tag that points elsewhere), the first
  // wave's requests still under way are stopped; after the load ends, stopping does nothing.
  const {
    manifest,
    plan,
    published,
    attempts,
    readBack: readBackFrom,
  } = await readAndPublish(deps, opts, { first, warn }).catch((err: unknown) => {
    first.trust.stop();
    throw err;
  });
  if (!published) log(`Every tag already points to ${manifest.digest} in ${plan.roles.join(", ")}: nothing to publish`);

  log("Verifying what the server now serves");
  const check = await readBack(deps.notary, {
    anchor: readBackFrom.anchor,
    tags,
    manifest,
    uploaded: published ? plan.files : new Map(),
    ...(published ? { parsed: plan.envelopes } : {}),
    roles: plan.roles,
    runtime: { ...deps.runtime, warn },
    minTimestampVersion: readBackFrom.minTimestampVersion,
  });
  // The signer is the delegation the key signed as, whatever name the run or the key file gave;
  // when it signed only into targets/releases or targets (roles chosen, a targets key), the name
  // the run has.
  const own = plan.roles.filter((r) => !isReleasedRole(r));
  const signer = own[0]?.replace(/^targets\//, "") ?? opts.signerName ?? plan.roles[0]!.replace(/^targets\//, "");
  // A name given that is none of the delegations the key was found in (the run did not choose the
  // roles itself, and the key signed as a delegation of its own).
  if (
    opts.givenSignerName !== undefined &&
    !opts.roles?.length &&
    own.length > 0 &&
    !own.includes(`targets/${opts.givenSignerName}`)
  )
    warn(
      `the signing key is not a signer of targets/${opts.givenSignerName} in ${gun}; it signed as ${plan.roles.join(" and ")}`,
    );
  if (published) warnNearSizeLimit(gun, await deps.signer, plan, warn);
  return {
    gun,
    digest: manifest.digest,
    size: manifest.size,
    mediaType: manifest.mediaType,
    signer,
    tags: check.tags,
    roles: plan.roles.map((name) => ({ name, version: check.set.targets.get(name)?.signed.version ?? 0 })),
    published,
    attempts,
    rootKeyIds: check.set.root.signed.roles.get("root")?.keyIds ?? [],
    repositoryKeyIds: check.set.root.signed.roles.get("targets")?.keyIds ?? [],
    warnings,
    trustedRoot: check.set.root.bytes,
    versions: check.set.versions(),
  };
}

/** From this share of the most a key signs, a sign warns that the role is filling up. */
const NEAR_SIZE_LIMIT = 0.75;

/**
 * A key that signs the whole role rather than its digest (pure Ed25519 in AWS KMS) signs roles up to
 * a size: each release adds a tag, and one day the release fails on it. Warned from three quarters
 * of that size on, with how many more tags fit (at the role's own bytes per tag, which counts its
 * fixed part too, so the estimate errs low).
 */
function warnNearSizeLimit(gun: string, signer: Signer, plan: SignaturePlan, warn: (text: string) => void): void {
  const limit = signer.maxMessageBytes;
  if (limit === undefined) return;
  for (const [role, env] of plan.envelopes) {
    const size = env.signedBytes.length;
    if (size < limit * NEAR_SIZE_LIMIT) continue;
    const perTag = size / Math.max(1, env.signed.targets.size);
    const more = Math.max(0, Math.floor((limit - size) / perTag));
    warn(
      `${role} is now ${size} bytes, and ${signer.description} signs at most ${limit} bytes: about ${more} more tag${more === 1 ? "" : "s"} fit. Before a release fails on it, move the signer to an ECDSA P-256 key (${step("rotate-signer", gun)}), or take back tags no one pulls any more with ${step("revoke", `${gun}:TAG`)}`,
    );
  }
}

async function readAndPublish(
  deps: SignDeps,
  opts: SignOptions,
  ctx: { first: SignWave; warn: (message: string) => void },
): Promise<{
  manifest: ResolvedManifest;
  plan: SignaturePlan;
  published: boolean;
  attempts: number;
  readBack: { anchor: TrustAnchor; minTimestampVersion: number };
}> {
  const { now, log } = deps.runtime;
  const { first, warn } = ctx;
  const { tags } = first;
  const gun = opts.image.name;
  const wave = Promise.all([
    first.resolved.then((resolved) => checkTags(opts.image, first.wanted, resolved, warn)),
    loadTrust(deps.notary, {
      ...opts.anchor,
      now: now(),
      wave: first.trust,
      allowExpiredDelegations: true,
      onWarning: warn,
      ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
    }),
  ]);
  // Awaited below; until then a failure of the wave must not count as unhandled.
  wave.catch(() => undefined);
  // The key's failure (a wrong passphrase) comes first, as when it was loaded before any request.
  const signer = await deps.signer;
  const signerKeyId = canonicalKeyIdOf(signer.publicKey);
  const [{ manifest, absent }, initial] = await wave;
  log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
  const publication = await publishWithRetry(
    { notary: deps.notary, runtime: deps.runtime },
    {
      state: initial,
      plan: (loaded) =>
        planSignature(loaded, {
          signer,
          signerKeyId,
          tags,
          manifest,
          absent,
          roles: opts.roles,
          now: now(),
          expiresInMs: opts.expiresInMs ?? TARGETS_LIFETIME_MS,
        }),
      // Anchored on the root this run already trusted: a reload after a lost race must not trust a
      // root on first use again (nor, after a Notary service's end, be refused for want of one).
      reload: (previous) =>
        loadTrust(deps.notary, {
          ...opts.anchor,
          ...initial.set.anchor(),
          now: now(),
          hints: previous.roles,
          allowExpiredDelegations: true,
          onWarning: warn,
          ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
        }),
      ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
      ...(opts.deadlineAt !== undefined
        ? { deadlineMs: Math.max(0, Math.min(RETRY_POLICY.deadlineMs, opts.deadlineAt - now())) }
        : {}),
      change: "our tags",
    },
  );
  const { plan, published, state: loaded, attempts } = publication;
  return {
    manifest,
    plan,
    published,
    attempts,
    readBack: {
      // What this run just trusted is the anchor (TrustedSet.anchor).
      anchor: { ...opts.anchor, ...loaded.set.anchor() },
      minTimestampVersion: minTimestampAfter(loaded.set.timestamp?.signed.version ?? 0, publication),
    },
  };
}

/** Whether `m` is an index (or manifest list) that lists the manifest `digest`. */
function listsManifest(m: ResolvedManifest, digest: string): boolean {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(m.bytes)) as { manifests?: { digest?: unknown }[] };
    return Array.isArray(parsed.manifests) && parsed.manifests.some((d) => d?.digest === digest);
  } catch {
    return false;
  }
}

/**
 * The manifest to sign, with every tag present in the registry pointing to it, and the tags absent
 * from the registry: those are signed anyway (a pull by that tag resolves through the signed
 * digest) with a warning, unless a plan finds one signed to another digest (sign-plan.ts).
 */
function checkTags(
  image: ImageReference,
  wanted: string | undefined,
  { primary, rows }: ResolvedTags,
  warn: (m: string) => void,
): { manifest: ResolvedManifest; absent: string[] } {
  const manifest = primary ?? rows[0]!.m!;
  // One warning for all of them: a CI shows only the first few annotations of a step.
  const absent = rows.filter((r) => !r.m).map((r) => r.tag);
  if (absent.length === 1) warn(`${image.name}:${absent[0]} is not in the registry; signing it to ${manifest.digest}`);
  else if (absent.length > 1)
    warn(
      `${absent.length} tags of ${image.name} are not in the registry (${listed(absent, 20)}); signing them to ${manifest.digest}`,
    );
  for (const { tag, m } of rows) {
    if (!m) continue;
    if (m.digest !== manifest.digest) {
      throw new VerificationError(
        "TAG_MISMATCH",
        `${image.name}:${tag} points to ${m.digest} in the registry, not ${manifest.digest}`,
        {
          hint: !wanted
            ? "all tags signed together must point to one digest"
            : listsManifest(m, manifest.digest)
              ? `${manifest.digest} is one platform's manifest in the index ${tag} points to: pass the index's digest (build-push-action's digest output)`
              : `${tag} was pushed again since (by another job?), or the digest is another push's: pass the digest of the push that produced ${tag}, or leave ${tag} out`,
        },
      );
    }
  }
  return { manifest, absent };
}
