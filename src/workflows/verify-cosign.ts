/**
 * Verify with cosign signatures accepted (verify-accept.ts): Notary where the repository's mode
 * asks for it (verify.ts, unchanged), cosign where it asks for that, and the two combined. A cosign
 * signature is checked on the digest the reference pins, else the digest Notary released for the
 * tag (modes any/all), else the digest the registry serves for the tag (what a pull gets).
 * Fails closed: every failure has its own reason code.
 *
 * Each repository is settled as soon as what it needs is in: `cosign` at once, `all` once Notary's
 * verdict is in, `any` on Notary's verdict, or on its cosign signatures when Notary is slow to give
 * one (ANY_COSIGN_AFTER_MS).
 */
import { setMaxListeners } from "node:events";
import { REPOSITORIES_AT_ONCE } from "../net/early-connections.js";
import type { CosignReason, LayerVerdict } from "../cosign/check.js";
import { ACCESS_CODES, UNREACHABLE_CODES } from "../error-codes.js";
import { ServerError, TrustError, UsageError, describeError } from "../errors.js";
import { signatureTag } from "../cosign/payload.js";
import { parseReference, type ImageReference } from "../registry/reference.js";
import { shortDigest } from "../digest.js";
import type { SignatureState } from "./cosign-read.js";
import type { CosignKey } from "./cosign-keys.js";
import { acceptModeFor, type AcceptMode, type AcceptRule } from "./verify-accept.js";
import type { ReasonCode } from "./verify-check.js";
import { allowedUnsignedBy } from "./verify-policy.js";
import {
  forEachLimited,
  limitedTo,
  verifyImages,
  type VerifyConnection,
  type VerifyDeps,
  type VerifyPolicy,
  type VerifyResult,
  type VerifyTarget,
} from "./verify.js";
import { setting, step } from "../wording.js";

export interface AcceptPolicy extends VerifyPolicy {
  accept?: readonly AcceptRule[];
  /**
   * The keys cosign signatures must verify with, or how to get them: called only when an image
   * needs a cosign signature checked (a KMS key is then read, with its credentials: a run whose
   * images all pass by Notary, a pull request from a fork say, needs none). It may be called once
   * for each repository: it keeps the keys it read, and reads again after a read that failed.
   */
  cosignKeys?: readonly CosignKey[] | (() => Promise<readonly CosignKey[]>);
}

type CosignCheck = NonNullable<VerifyResult["cosign"]> & { digest?: string };

const REASONS: Record<CosignReason, ReasonCode> = {
  NO_SIGNATURES: "COSIGN_NO_SIGNATURES",
  WRONG_KEY: "COSIGN_WRONG_KEY",
  PAYLOAD_TAMPERED: "COSIGN_PAYLOAD_TAMPERED",
  OTHER_DIGEST: "COSIGN_OTHER_DIGEST",
  OTHER_REPOSITORY: "COSIGN_OTHER_REPOSITORY",
  NOT_SIMPLE_SIGNING: "COSIGN_NOT_SIMPLE_SIGNING",
  NOT_COSIGN_PAYLOAD: "COSIGN_NOT_COSIGN_PAYLOAD",
};

/**
 * How long an `any` check waits for a repository's Notary verdict, once its load has started,
 * before it reads the cosign signatures as well: far longer than a Notary server that answers
 * takes (a second or two), far shorter than one that does not answer costs (its timeouts and
 * retries, tens of seconds). When the cosign signatures of all its images verify first, the Notary
 * load of that repository is stopped.
 */
const ANY_COSIGN_AFTER_MS = 5_000;

/** A repository checked for cosign signatures (modes go by repository name: one mode each). */
interface CosignRepository {
  name: string;
  mode: Exclude<AcceptMode, "notary">;
  items: { index: number; ref: ImageReference }[];
  /** Its images' Notary results by index in `targets`, once its load has ended (not for cosign). */
  notary: Map<number, VerifyResult>;
  /** Resolves once all its images' Notary results are in. */
  notaryIn: Promise<void>;
  arrived(): void;
  /** Resolves as its Notary load starts. */
  loading: Promise<void>;
  started(): void;
  /** Stops its Notary load (any: its cosign signatures have settled it). */
  stop: AbortController;
  /** The cosign read made during its load (any), which holds the load's place until it ends. */
  earlyRead?: Promise<unknown>;
}

function cosignRepository(name: string, mode: CosignRepository["mode"]): CosignRepository {
  let arrived = () => {};
  const notaryIn = new Promise<void>((resolve) => (arrived = resolve));
  let started = () => {};
  const loading = new Promise<void>((resolve) => (started = resolve));
  return { name, mode, items: [], notary: new Map(), notaryIn, arrived, loading, started, stop: new AbortController() };
}

export async function verifyAccepting(
  targets: readonly VerifyTarget[],
  policy: AcceptPolicy,
  deps: VerifyDeps,
): Promise<VerifyResult[]> {
  const modes = targets.map((t) => modeOf(t, policy));
  if (
    modes.some((m) => m !== "notary") &&
    (!policy.cosignKeys || (Array.isArray(policy.cosignKeys) && !policy.cosignKeys.length))
  ) {
    throw new UsageError(`${setting("accept")} names cosign, any or all, but no cosign key is given`, {
      hint: `give ${setting("cosign-key")}: ${step("key-inspect")}, or an AWS KMS key ARN`,
    });
  }
  if (modes.every((m) => m === "notary")) return verifyImages(targets, policy, deps);
  // Set when the run fails: what is still under way stops, and nothing more is reported. Each
  // Notary load under way listens to it (as many as the concurrency): no leak for Node to warn of.
  const failed = new AbortController();
  setMaxListeners(0, failed.signal);
  const results = new Array<VerifyResult>(targets.length);
  // Progress reports final results: with a cosign check to come, Notary's verdict alone is not one.
  const final = (index: number, result: VerifyResult) => {
    if (failed.signal.aborted) return;
    results[index] = result;
    deps.onResult?.(result);
  };
  const repositories = new Map<string, CosignRepository>();
  const repositoryOf = new Map<number, CosignRepository>();
  targets.forEach((target, index) => {
    const mode = modes[index]!;
    if (mode === "notary") return;
    const ref = parseReference(target.reference);
    if (!ref.tag && !ref.digest) ref.tag = "latest";
    const repository = repositories.get(ref.name) ?? cosignRepository(ref.name, mode);
    repositories.set(ref.name, repository);
    repository.items.push({ index, ref });
    repositoryOf.set(index, repository);
  });
  // One bound for the run, as when Notary and cosign were read one after the other: a repository
  // takes a place while its Notary load runs, and again while its cosign signatures are read after
  // it. An `any` check that reads them during the load uses the load's place.
  const slot = limitedTo(deps.concurrency ?? REPOSITORIES_AT_ONCE);
  const notaryIndexes = targets.map((_, i) => i).filter((i) => modes[i] !== "cosign");
  const { onResult: _progress, ...withoutProgress } = deps;
  const notaryRun = verifyImages(
    notaryIndexes.map((i) => targets[i]!),
    policy,
    {
      ...withoutProgress,
      slot,
      // All the images of one repository come in one call. A cosign read made during the load
      // keeps the load's place until it ends, so that the next load does not start beside it.
      onResults: (done) => {
        let reading: Promise<unknown> | undefined;
        for (const { index: k, result } of done) {
          const index = notaryIndexes[k]!;
          const repository = repositoryOf.get(index);
          if (!repository) final(index, result);
          else {
            repository.notary.set(index, result);
            if (repository.notary.size === repository.items.length) repository.arrived();
            reading = repository.earlyRead;
          }
        }
        return reading?.then(
          () => undefined,
          () => undefined,
        );
      },
      onLoad: (name) => {
        const repository = repositories.get(name);
        if (!repository) return failed.signal;
        repository.started();
        return AbortSignal.any([repository.stop.signal, failed.signal]);
      },
    },
  );
  // The keys are read once an image needs them (a KMS key needs credentials that a fork's pull
  // request lacks); policy.cosignKeys keeps what it read, and reads again after a failure.
  const keys = () => keysOf(policy.cosignKeys!);
  const cutShort = new Set<string>();
  /** cosign: its signatures at once; all: its signatures on Notary's digests, once its verdict is in. */
  const settle = async (repository: CosignRepository): Promise<void> => {
    const { mode, items } = repository;
    if (mode === "all") await repository.notaryIn;
    const notary = mode === "all" ? repository.notary : undefined;
    const { cosign } = await slot(() => checkItems(items, notary, keys, deps, failed.signal));
    items.forEach((item, k) =>
      final(item.index, combine(targets[item.index]!, item.ref, mode, notary?.get(item.index), cosign[k]!)),
    );
  };
  /**
   * any: when the repository's load has run ANY_COSIGN_AFTER_MS without a verdict, its cosign
   * signatures are read as well (in the load's place); when they verify for all its images first,
   * the load is stopped and they are the verdict. Otherwise Notary's verdict is awaited, and those
   * signatures are what it is combined with (settle).
   */
  const hedge = async (repository: CosignRepository): Promise<CosignChecks | undefined> => {
    const { items } = repository;
    // A repository that failed before its load started (its credentials, say) has its verdict.
    const verdictBeforeLoad = await Promise.race([
      repository.notaryIn.then(() => true),
      repository.loading.then(() => false),
    ]);
    if (verdictBeforeLoad) return undefined;
    const waited = new AbortController();
    const notaryFirst = await Promise.race([
      repository.notaryIn.then(() => true),
      // Given up (rejected) once Notary's verdict is in or the run has failed.
      deps.runtime.sleep(ANY_COSIGN_AFTER_MS, AbortSignal.any([waited.signal, failed.signal])).then(
        () => false,
        () => false,
      ),
    ]);
    waited.abort();
    if (notaryFirst || failed.signal.aborted) return undefined;
    // Keys that cannot be read now (no credentials) leave the verdict to Notary; they are read
    // again, and fail the run, only if an image then needs them.
    const reading = checkItems(items, undefined, keys, deps, failed.signal);
    repository.earlyRead = reading;
    const early = await reading.catch(() => undefined);
    if (!early || !early.cosign.every((c) => c.passed) || repository.notary.size === items.length) return early;
    repository.stop.abort(new Error("the cosign signatures passed first"));
    if (!cutShort.has(early.server) && !failed.signal.aborted) {
      cutShort.add(early.server);
      deps.runtime.warn(
        `${early.server} gave no Notary verdict for ${repository.name} within ${ANY_COSIGN_AFTER_MS / 1000} s of asking: with ${setting("accept")} any, images whose cosign signatures verified passed without waiting for it`,
      );
    }
    items.forEach((item, k) =>
      final(item.index, combine(targets[item.index]!, item.ref, "any", undefined, early.cosign[k]!)),
    );
    return early;
  };
  /** any: an image Notary passes passes; each other one is judged by its cosign signatures. */
  const settleAny = async (repository: CosignRepository): Promise<void> => {
    const early = await hedge(repository);
    if (repository.stop.signal.aborted || failed.signal.aborted) return;
    await repository.notaryIn;
    const { items, notary } = repository;
    // Read during the load for every image, else now for those Notary does not pass.
    const unpassed = early ? items : items.filter((item) => !notary.get(item.index)!.passed);
    const { cosign } =
      early ??
      (unpassed.length ? await slot(() => checkItems(unpassed, undefined, keys, deps, failed.signal)) : { cosign: [] });
    for (const item of items) {
      const fromNotary = notary.get(item.index)!;
      // A Notary pass says accepted notary already (resultOf); one allowed unsigned says nothing.
      if (fromNotary.passed) final(item.index, fromNotary);
      else
        final(item.index, combine(targets[item.index]!, item.ref, "any", fromNotary, cosign[unpassed.indexOf(item)]!));
    }
  };
  // Should the Notary run itself fail, the repositories waiting for its verdicts go on to fail too.
  notaryRun.catch(() => repositories.forEach((r) => r.arrived()));
  const work = [notaryRun, ...[...repositories.values()].map((r) => (r.mode === "any" ? settleAny(r) : settle(r)))];
  try {
    await Promise.all(work);
  } catch (err) {
    failed.abort(err);
    await Promise.allSettled(work);
    throw err;
  }
  return results;
}

/**
 * The cosign checks of one repository's images, at most IMAGES_PER_REPOSITORY at once over one
 * connection: each on the digest the reference pins, else the one Notary released (given its
 * results, `all`), else the one the registry serves for the tag. None starts once `stopped`.
 */
async function checkItems(
  items: readonly { index: number; ref: ImageReference }[],
  notary: ReadonlyMap<number, VerifyResult> | undefined,
  keys: () => Promise<readonly CosignKey[]>,
  deps: VerifyDeps,
  stopped: AbortSignal,
): Promise<CosignChecks> {
  stopped.throwIfAborted();
  const read = await keys();
  stopped.throwIfAborted();
  const conn = deps.connect(items[0]!.ref);
  try {
    const out = new Array<CosignCheck>(items.length);
    await forEachLimited(
      items.map((item, k) => ({ item, k })),
      IMAGES_PER_REPOSITORY,
      async ({ item, k }) => {
        stopped.throwIfAborted();
        const fromNotary = notary?.get(item.index);
        out[k] = await checkCosign(
          conn,
          item.ref,
          item.ref.digest ?? (fromNotary?.passed ? fromNotary.digest : undefined),
          read,
        );
      },
    );
    return { cosign: out, server: conn.notaryServer };
  } finally {
    conn.close();
  }
}

/** The cosign checks of a repository's images, in their order, and the Notary server it has. */
interface CosignChecks {
  cosign: CosignCheck[];
  server: string;
}

function keysOf(keys: NonNullable<AcceptPolicy["cosignKeys"]>): Promise<readonly CosignKey[]> {
  return typeof keys === "function" ? keys() : Promise.resolve(keys);
}

/** Images of one repository whose cosign signatures are read at once (each reads up to 8 payloads at once). */
const IMAGES_PER_REPOSITORY = 4;

function modeOf(target: VerifyTarget, policy: AcceptPolicy): AcceptMode {
  if (target.error) return "notary";
  try {
    const name = parseReference(target.reference).name;
    return allowedUnsignedBy(name, policy.allowUnsigned) ? "notary" : acceptModeFor(name, policy.accept);
  } catch {
    return "notary";
  }
}

async function checkCosign(
  conn: VerifyConnection,
  ref: ImageReference,
  knownDigest: string | undefined,
  keys: readonly CosignKey[],
): Promise<CosignCheck> {
  const subject = `${ref.name}${ref.tag ? `:${ref.tag}` : ""}`;
  try {
    if (!conn.registry) throw new TypeError("no registry client for cosign signatures");
    const digest = knownDigest ?? (await conn.registry.resolve(ref)).digest;
    // The manifest and its payloads are read once; each key is judged against the same bytes.
    // Loaded only by a run that reads cosign signatures (start-up time).
    const { readSignaturesForKeys } = await import("./cosign-read.js");
    const states = await readSignaturesForKeys(
      conn.registry,
      ref,
      digest,
      keys.map((k) => k.key),
      { stopAtFirstPass: true },
    );
    const passing = states.findIndex((s) => s.verdict.ok);
    if (passing >= 0) {
      const key = keys[passing]!;
      return {
        passed: true,
        reason: "OK",
        signatures: states[passing]!.verdict.layers,
        key: key.fingerprint,
        digest,
        message: `${subject}@${shortDigest(digest)}: cosign signature by key ${key.fingerprint} verified`,
      };
    }
    const state = states[0]!;
    const reason = REASONS[state.verdict.reason ?? "NO_SIGNATURES"];
    return {
      passed: false,
      reason,
      signatures: state.verdict.layers,
      digest,
      message: describe(reason, ref.name, subject, digest, state, keys),
    };
  } catch (err) {
    const { reason, message } = classifyCosignError(err, ref);
    return {
      passed: false,
      reason,
      signatures: 0,
      message: `${subject}: cosign signature could not be read: ${message}`,
    };
  }
}

/**
 * A failure to read cosign signatures, in the registry's terms: the cosign codes thrown while
 * reading pass through, registry codes map to their reasons with a hint about the registry (the
 * Notary classifier would blame notary-server and call an oversized answer tampering).
 */
function classifyCosignError(err: unknown, ref: ImageReference): { reason: ReasonCode; message: string } {
  const message = describeError(err);
  if (err instanceof TrustError && COSIGN_CODES.has(err.code)) return { reason: err.code as ReasonCode, message };
  const code = err instanceof ServerError || err instanceof TrustError ? err.code : undefined;
  if (code && ACCESS_CODES.has(code))
    return {
      reason: "ACCESS_DENIED",
      message: hinted(err, message, `check the registry credentials: pulling from ${ref.name} needs read access`),
    };
  if (err instanceof ServerError && (UNREACHABLE_CODES.has(err.code) || (err.status ?? 0) >= 500)) {
    return {
      reason: "UNREACHABLE",
      message: hinted(err, message, `check that registry ${ref.registry} is up and reachable`),
    };
  }
  if (err instanceof ServerError && err.code === "RESPONSE_TOO_LARGE")
    return {
      reason: "ERROR",
      message: `${message}; the registry sent more than a cosign signature manifest or payload may hold`,
    };
  return { reason: "ERROR", message };
}

const COSIGN_CODES: ReadonlySet<string> = new Set<ReasonCode>([...Object.values(REASONS), "COSIGN_MANIFEST_INVALID"]);

const hinted = (err: unknown, message: string, hint: string) =>
  (err as { hint?: string }).hint ? message : `${message}; ${hint}`;

/** `repository` is what migrate takes (a repository, not an image); `subject` is the image verified. */
function describe(
  reason: ReasonCode,
  repository: string,
  subject: string,
  digest: string,
  state: SignatureState,
  keys: readonly CosignKey[],
): string {
  const at = `${subject}@${shortDigest(digest)}`;
  const claim = (r: CosignReason) => state.verdicts.find((v: LayerVerdict) => v.reason === r)?.claims;
  const keyList = keys.map((k) => k.fingerprint).join(", ");
  switch (reason) {
    case "COSIGN_NO_SIGNATURES":
      return `${at}: no cosign signature (no ${signatureTag(digest)} in the repository); sign it with ${setting("oci-signature")} cosign (cosign-only once its Notary server is gone), or backfill with ${step("migrate", repository)} while that server still answers`;
    case "COSIGN_WRONG_KEY":
      return `${at}: none of the ${state.verdict.layers} cosign signature(s) verifies with ${setting("cosign-key")} ${keyList}; check that ${setting("cosign-key")} is the signer's public key`;
    case "COSIGN_PAYLOAD_TAMPERED":
      return `${at}: a cosign payload served does not match the digest its signature manifest names (tampered or missing blob); do not use this image`;
    case "COSIGN_OTHER_DIGEST":
      return `${at}: the cosign signature by key ${keyList} names another image (${claim("OTHER_DIGEST")?.manifestDigest.slice(0, 80)}); it was copied, do not use this image`;
    case "COSIGN_OTHER_REPOSITORY":
      return `${at}: the cosign signature by key ${keyList} names another repository (${claim("OTHER_REPOSITORY")?.dockerReference.slice(0, 200)}); it was copied, do not use this image`;
    default:
      return `${at}: the cosign signature manifest holds no valid simple-signing signature (${reason})`;
  }
}

/** A result as Notary gave it, without what it passed with. */
function withoutAccepted({ accepted: _accepted, ...rest }: VerifyResult): VerifyResult {
  return rest;
}

function combine(
  target: VerifyTarget,
  ref: ImageReference,
  mode: AcceptMode,
  notary: VerifyResult | undefined,
  cosign: CosignCheck,
): VerifyResult {
  const { digest, ...cosignPart } = cosign;
  // What the result passed with is said below for each way it can pass: Notary's pass alone is
  // not one of them here.
  const base: VerifyResult = notary
    ? withoutAccepted(notary)
    : {
        reference: target.reference,
        name: ref.name,
        ...(ref.tag ? { tag: ref.tag } : {}),
        ...(ref.digest ? { pinnedDigest: ref.digest } : {}),
        signers: [],
        passed: false,
        reason: cosign.reason,
        message: cosign.message,
        ...(target.file !== undefined ? { file: target.file } : {}),
        ...(target.line !== undefined ? { line: target.line } : {}),
        ...(target.column !== undefined ? { column: target.column } : {}),
        warnings: [],
      };
  const withCosign = { ...base, cosign: cosignPart };
  if (mode === "cosign" || (mode === "any" && !notary?.passed)) {
    if (cosign.passed)
      return {
        ...withCosign,
        passed: true,
        reason: "OK",
        message: cosign.message,
        ...(digest ? { digest } : {}),
        accepted: "cosign",
      };
    // any: both failed; the cosign reason is the one to act on when Notary has nothing at all,
    // nor ever will (its service has ended: the check has moved to cosign already).
    if (mode === "any" && notary && notary.reason !== "NO_TRUST_DATA" && notary.reason !== "SERVICE_ENDED")
      return { ...withCosign, message: `${notary.message}; and ${cosign.message}` };
    return {
      ...withCosign,
      passed: false,
      reason: cosign.reason,
      message: notary ? `${cosign.message} (Notary: ${notary.reason})` : cosign.message,
      ...(digest ? { digest } : {}),
    };
  }
  // all
  if (!notary?.passed) return withCosign;
  if (!cosign.passed) return { ...withCosign, passed: false, reason: cosign.reason, message: cosign.message };
  return { ...withCosign, accepted: "notary+cosign", message: `${notary.message}; ${cosign.message}` };
}
