/**
 * Migrate (backfill): for every tag released in Notary whose trust verifies as `verify` checks it
 * (verify-check.ts, the same rules), make sure a cosign signature by our key exists for its digest
 * (cosign-attach.ts). Each digest is signed once however many tags name it; nothing is written for
 * a tag whose Notary trust does not verify, nor for a digest the registry no longer has.
 * Idempotent and so resumable: a digest that already carries a valid signature by this key is
 * left alone, so a second run (or a run after one stopped half-way) writes only what is missing.
 * Digests are handled `concurrency` at a time; each one reports progress. A signature the key
 * refuses (a KMS key whose policy allows reading it but not kms:Sign, a key disabled half-way)
 * would be refused for every digest: the run then starts no more, and reports those not started as
 * STOPPED, to resume once the key signs.
 */
import { ServerError, TrustError, describeError } from "../errors.js";
import { step } from "../wording.js";
import { listed } from "../text.js";
import type { NotaryClient } from "../notary/client.js";
import type { RegistryClient } from "../registry/client.js";
import type { ImageReference } from "../registry/reference.js";
import { signingThrough, type Signer } from "../tuf/signer.js";
import { allTargets, keySignsIn, naturalCompare } from "../tuf/docker.js";
import { canonicalKeyIdOf, shortId } from "../tuf/keys.js";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import { attachCosignSignature } from "./cosign-attach.js";
import type { FirstUse } from "./first-use.js";
import { loadTrust } from "./load-trust.js";
import { checkImage } from "./verify-check.js";
import type { Runtime } from "./runtime.js";

/**
 * "skipped": nothing to sign (the tag's Notary trust does not verify, or its digest is gone);
 * "stopped": not reached before the run ended (max-writes, the deadline, or a key that stopped
 * signing): run again for it.
 */
export type MigrateStatus = "already-signed" | "signed" | "would-sign" | "skipped" | "stopped" | "failed";

export interface MigrateRow {
  tag: string;
  /** Empty when the tag has no verified digest. */
  digest: string;
  status: MigrateStatus;
  /** Why skipped or failed (a reason code and one line). */
  reason?: string;
  /** The `.sig` reference, for signed and already-signed rows. */
  signature?: string;
  /**
   * The digest the registry's tag names now, when it is another than the one Notary signed: a
   * cosign check of the tag reads that one, which this run did not sign.
   */
  registryDigest?: string;
}

export interface MigrateProgress {
  done: number;
  total: number;
  /** Since the first digest was started (the runtime's clock). */
  elapsedMs: number;
  digest: string;
  tags: string[];
  status: MigrateStatus;
  reason?: string;
}

export interface MigrateDeps {
  notary: NotaryClient;
  registry: RegistryClient;
  signer: Signer;
  runtime: Runtime;
  onProgress?: (p: MigrateProgress) => void;
}

export interface MigrateOptions {
  image: ImageReference;
  anchor?: TrustAnchor;
  /** Signers that must each hold a tag (as verify's `signers`). */
  signers?: readonly string[];
  dryRun?: boolean;
  /** Digests handled at once (default 4, at most 16). */
  concurrency?: number;
  /** Stop after this many signatures were written (a large backfill over several runs; default: no limit). */
  maxWrites?: number;
  /** Called with the root key IDs when the root is trusted on first use (warns, or refuses with require-root-pin). */
  firstUse?: FirstUse;
}

export interface MigrateResult {
  gun: string;
  rows: MigrateRow[];
  counts: Record<MigrateStatus, number>;
  /** Distinct digests considered. */
  digests: number;
  /** Trusted root and versions, to persist as verify does. */
  trustedRoot: Uint8Array;
  versions: Record<string, number>;
}

export async function migrate(deps: MigrateDeps, opts: MigrateOptions): Promise<MigrateResult> {
  const { now } = deps.runtime;
  const image: ImageReference = {
    registry: opts.image.registry,
    apiHost: opts.image.apiHost,
    repository: opts.image.repository,
    name: opts.image.name,
  };
  const loaded = await loadTrust(deps.notary, {
    ...(opts.anchor ?? {}),
    now: now(),
    hints: ["targets/releases"],
    onWarning: deps.runtime.warn,
    ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
  });
  const { set } = loaded;
  // A key that signs nothing in the repository (a wrong secret) would vouch with cosign for every
  // tag, and its signatures would stay on each digest: refused before anything is written.
  const keyId = canonicalKeyIdOf(deps.signer.publicKey);
  if (!keySignsIn(set, keyId))
    throw new TrustError(
      "KEY_NOT_IN_ROLE",
      `${deps.signer.description} (key ${shortId(keyId)}) is neither the targets key of ${set.gun} nor a key of any of its signers (a wrong key or secret): the repository does not trust it, so its cosign signatures must not vouch for its tags; nothing was written`,
      { hint: `give the key of a signer of the repository (${step("inspect", set.gun)} lists their key IDs)` },
    );
  const tags = [...new Set(allTargets(set).map((e) => e.tag))].sort(naturalCompare);
  // A run that finds nothing succeeds, and prints verifier policies: a repository name with a typo
  // on a server that answers for it must not look like a finished migration.
  if (tags.length === 0)
    deps.runtime.warn(
      `${image.name}: no tag is signed in Notary, so no cosign signature was written; check the repository name and the Notary server`,
    );
  const rows = new Map<string, MigrateRow>();
  const byDigest = new Map<string, string[]>();
  for (const tag of tags) {
    const verdict = checkImage(loaded, { ...image, tag }, opts.signers ?? []);
    if (verdict.reason !== "OK" || !verdict.digest) {
      rows.set(tag, {
        tag,
        digest: verdict.digest ?? "",
        status: "skipped",
        reason: `${verdict.reason}: ${verdict.message}`,
      });
      continue;
    }
    rows.set(tag, { tag, digest: verdict.digest, status: "stopped" });
    byDigest.set(verdict.digest, [...(byDigest.get(verdict.digest) ?? []), tag]);
  }

  const digests = [...byDigest.keys()];
  const started = now();
  let done = 0;
  // Signatures written or being written: a slot is taken before an attach starts, so concurrent
  // workers never write more than maxWrites, and given back when nothing was written.
  let reserved = 0;
  // Set when the run's deadline passes: no further digest is started, those left are STOPPED.
  let deadlineHit = false;
  // Tags the registry now points elsewhere (a `latest` pushed again without a signature): Notary
  // still resolves them to the signed digest, a cosign check to the registry's.
  const moved = new Map<string, string>();
  const setAll = (digest: string, row: Omit<MigrateRow, "tag" | "digest">) => {
    for (const tag of byDigest.get(digest)!) {
      const now = moved.get(tag);
      rows.set(tag, { tag, digest, ...row, ...(now !== undefined ? { registryDigest: now } : {}) });
    }
    // Counted whether or not anyone listens: `?.` would skip the increment with the call.
    done++;
    deps.onProgress?.({
      done,
      total: digests.length,
      elapsedMs: now() - started,
      digest,
      tags: byDigest.get(digest)!,
      status: row.status,
      ...(row.reason ? { reason: row.reason } : {}),
    });
  };
  const isDeadline = (err: unknown) => err instanceof ServerError && err.code === "DEADLINE_EXCEEDED";
  // Set when the key refuses to sign: the key's own answer (access denied, disabled, credentials,
  // KMS out of reach after its retries) is the same for every digest, where a registry's is about
  // one. No further digest is started, those left are STOPPED, and a digest whose reads were under
  // way does not ask the key again. A signature cut short by the run's deadline is the deadline's.
  let keyFailure: unknown;
  const signer = signingThrough(deps.signer, async (sign) => {
    if (keyFailure !== undefined) throw new NotAsked("the key refused another signature");
    try {
      return await sign();
    } catch (err) {
      if (!isDeadline(err)) keyFailure ??= err;
      throw err;
    }
  });
  const limit = Math.min(16, Math.max(1, opts.concurrency ?? 4));
  let next = 0;
  // Signatures written and waiting out their settle delay (cosign-attach.ts): a worker starts the
  // next digest meanwhile, which a history of thousands of digests would otherwise spend asleep.
  const settling: Promise<void>[] = [];
  const worker = async () => {
    while (next < digests.length && !deadlineHit && keyFailure === undefined) {
      if (opts.maxWrites !== undefined && reserved >= opts.maxWrites) return;
      const digest = digests[next++]!;
      try {
        await deps.registry.resolve({ ...image, digest });
      } catch (err) {
        if (isDeadline(err)) {
          deadlineHit = true;
          return;
        }
        if (err instanceof ServerError && err.code === "MANIFEST_UNKNOWN") {
          setAll(digest, {
            status: "skipped",
            reason: `MANIFEST_UNKNOWN: ${image.name}@${digest} is not in the registry any more`,
          });
          continue;
        }
        setAll(digest, { status: "failed", reason: `${codeOf(err)}: ${describeError(err)}` });
        continue;
      }
      await Promise.all(
        byDigest.get(digest)!.map(async (tag) => {
          const now = await deps.registry.resolve({ ...image, tag }).then(
            (m) => m.digest,
            // A tag gone from the registry finds no image, signed or not; any other failure leaves
            // the question open (the signing below meets it again if it lasts).
            () => digest,
          );
          if (now !== digest) moved.set(tag, now);
        }),
      );
      // Checked again after the await: another worker may have taken the last slot, or met the key's
      // refusal, meanwhile (this digest stays STOPPED).
      if (opts.maxWrites !== undefined && reserved >= opts.maxWrites) return;
      if (keyFailure !== undefined) return;
      reserved++;
      let free!: () => void;
      const freed = new Promise<void>((resolve) => (free = resolve));
      const attached = (async () => {
        let written = false;
        try {
          const r = await attachCosignSignature(
            { registry: deps.registry, signer, runtime: { ...deps.runtime, log: () => {} } },
            { image, digest, onSettling: free, ...(opts.dryRun ? { dryRun: true } : {}) },
          );
          written = r.status === "written";
          setAll(digest, {
            status: written ? "signed" : r.status === "present" ? "already-signed" : "would-sign",
            signature: r.reference,
          });
        } catch (err) {
          if (isDeadline(err)) deadlineHit = true;
          // Not asked of the key, which had refused another digest meanwhile: this one stays STOPPED.
          else if (!(err instanceof NotAsked))
            setAll(digest, { status: "failed", reason: `${codeOf(err)}: ${describeError(err)}` });
        } finally {
          if (!written) reserved--;
          free();
        }
      })();
      settling.push(attached);
      await freed;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, Math.max(1, digests.length)) }, worker));
  await Promise.all(settling);
  const left = digests.length - done;
  if (keyFailure !== undefined && left > 0)
    deps.runtime.warn(
      `${image.name}: ${deps.signer.description} refused to sign (${codeOf(keyFailure)}), so no further digest was started; ${left} of ${digests.length} digests are STOPPED, run again once it signs`,
    );
  else if (deadlineHit)
    deps.runtime.warn(
      `${image.name}: the run's deadline passed with ${done} of ${digests.length} digests done; the rest are STOPPED, run again to resume`,
    );
  else if (left > 0)
    deps.runtime.warn(
      `${image.name}: stopped after ${reserved} signature(s) written, the most this run may write; ${left} of ${digests.length} digests are STOPPED, run again to resume`,
    );
  if (moved.size > 0) {
    const shown = [...moved].map(
      ([tag, now]) => `${tag} (signed ${rows.get(tag)!.digest.slice(0, 19)}…, now ${now.slice(0, 19)}…)`,
    );
    deps.runtime.warn(
      `${image.name}: ${moved.size} tag(s) name another digest in the registry than the one Notary signed: ${listed(shown, 5)}; a cosign check of such a tag reads the registry's digest, which this run did not sign: sign it (${step("sign", image.name)} with cosign signatures), or point the tag at the signed digest again`,
    );
  }
  const stopped =
    keyFailure !== undefined
      ? `STOPPED: the key refused to sign another digest (${codeOf(keyFailure)}) before this one; run again once it signs`
      : deadlineHit
        ? "STOPPED: the run's deadline passed before this digest was done; run again to resume"
        : "STOPPED: the run wrote as many signatures as it may before this digest; run again to resume";
  const list = tags.map((t) => {
    const row = rows.get(t)!;
    return row.status === "stopped" ? { ...row, reason: stopped } : row;
  });
  const counts: Record<MigrateStatus, number> = {
    "already-signed": 0,
    signed: 0,
    "would-sign": 0,
    skipped: 0,
    stopped: 0,
    failed: 0,
  };
  for (const r of list) counts[r.status]++;
  return {
    gun: set.gun,
    rows: list,
    counts,
    digests: digests.length,
    trustedRoot: set.root.bytes,
    versions: set.versions(),
  };
}

function codeOf(err: unknown): string {
  return err instanceof TrustError ? err.code : "ERROR";
}

/** A signature not asked of the key, because it had refused one before. */
class NotAsked extends Error {}
