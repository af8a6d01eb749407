/**
 * Verify with cosign signatures accepted (verify-accept.ts): Notary where the repository's mode
 * asks for it (verify.ts, unchanged), cosign where it asks for that, and the two combined. A cosign
 * signature is checked on the digest the reference pins, else the digest Notary released for the
 * tag (modes any/all), else the digest the registry serves for the tag (what a pull gets).
 * Fails closed: every failure has its own reason code.
 */
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
   * The keys cosign signatures must verify with, or how to get them: called at most once, and only
   * when an image needs a cosign signature checked (a KMS key is then read, with its credentials:
   * a run whose images all pass by Notary, a pull request from a fork say, needs none).
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
  const notaryIndexes = targets.map((_, i) => i).filter((i) => modes[i] !== "cosign");
  // Progress reports final results: with cosign checks to come, Notary's verdict alone is not one.
  const { onResult, ...withoutProgress } = deps;
  const notaryOnly = modes.every((m) => m === "notary");
  const notary = await verifyImages(
    notaryIndexes.map((i) => targets[i]!),
    policy,
    notaryOnly ? deps : withoutProgress,
  );
  if (notaryOnly) return notary;
  const results = new Array<VerifyResult>(targets.length);
  notaryIndexes.forEach((i, k) => (results[i] = notary[k]!));
  // As verifyImages: one connection per repository, a bounded number of repositories at once.
  const groups = new Map<string, { index: number; ref: ImageReference }[]>();
  targets.forEach((target, index) => {
    const mode = modes[index]!;
    if (mode === "notary") return;
    const fromNotary = results[index];
    if (fromNotary?.reason === "ALLOWED_UNSIGNED" || fromNotary?.reason === "INVALID_REFERENCE") return;
    if (mode === "any" && fromNotary?.passed) {
      results[index] = { ...fromNotary, accepted: "notary" };
      return;
    }
    const ref = parseReference(target.reference);
    if (!ref.tag && !ref.digest) ref.tag = "latest";
    groups.set(ref.name, [...(groups.get(ref.name) ?? []), { index, ref }]);
  });
  // Read only now that an image needs them.
  const keys = groups.size === 0 ? [] : await keysOf(policy.cosignKeys!);
  await forEachLimited([...groups.values()], deps.concurrency ?? 32, async (items) => {
    const conn = deps.connect(items[0]!.ref);
    try {
      await forEachLimited(items, IMAGES_PER_REPOSITORY, async ({ index, ref }) => {
        const fromNotary = results[index];
        const cosign = await checkCosign(
          conn,
          ref,
          ref.digest ?? (fromNotary?.passed ? fromNotary.digest : undefined),
          keys,
        );
        results[index] = combine(targets[index]!, ref, modes[index]!, fromNotary, cosign);
      });
    } finally {
      conn.close();
    }
  });
  for (const r of results) onResult?.(r);
  return results;
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

function combine(
  target: VerifyTarget,
  ref: ImageReference,
  mode: AcceptMode,
  notary: VerifyResult | undefined,
  cosign: CosignCheck,
): VerifyResult {
  const { digest, ...cosignPart } = cosign;
  const base: VerifyResult = notary ?? {
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
