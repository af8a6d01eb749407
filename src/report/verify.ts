/**
 * What a verify run hands back to a person and to later steps: the outputs (`result`, `digests`,
 * `pinned`), a Markdown summary (the policy applied, a table with reasons in plain words), and one
 * annotation per failed image, on the Dockerfile line of its FROM when it came from one.
 */
import { markdownCode, markdownText } from "../text.js";
import { setting } from "../wording.js";
import type { PinOutcome } from "../dockerfile/pin.js";
import { shortDigest } from "../digest.js";
import type { VerifyResult } from "../workflows/verify.js";
import type { AcceptRule } from "../workflows/verify-accept.js";
import type { RootKeyPin } from "../workflows/verify-policy.js";

export interface VerifyOutputs {
  /** JSON array, one entry per image checked (in input order). */
  result: string;
  /** JSON object: reference as written → signed `sha256:` digest, for images that passed. */
  digests: string;
  /**
   * Newline list of `name:tag@sha256:…`, the name as written: with pinning, the references written
   * into the Dockerfiles; without, the tagged references that passed (a bare `@digest` is already pinned).
   */
  pinned: string;
}

export interface VerifyAnnotation {
  /** Dockerfile (as given) and 1-based line of the FROM; absent for images from the `images` input. */
  file?: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

/** The policy a run applied, for the summary. */
export interface AppliedPolicy {
  signers?: readonly string[];
  /** `accept` as given: the kinds of signature that pass, by repository. */
  accept?: readonly AcceptRule[];
  /** Fingerprints of the cosign keys checked against. */
  cosignKeys?: readonly string[];
  rootKeyPins?: readonly RootKeyPin[];
  allowUnsigned?: readonly string[];
  pin?: boolean;
}

/** Pinning results by Dockerfile, when pinning was asked for. */
export type PinReport = readonly { file: string; outcome: PinOutcome }[];

export function verifyOutputs(results: readonly VerifyResult[], pinReport?: PinReport): VerifyOutputs {
  const result = results.map((r) => ({
    reference: r.reference,
    name: r.name,
    tag: r.tag ?? null,
    digest: r.digest ?? null,
    ...(r.pinnedDigest !== undefined ? { pinnedDigest: r.pinnedDigest } : {}),
    signers: r.signers,
    passed: r.passed,
    checked: r.reason !== "ALLOWED_UNSIGNED",
    reason: r.reason,
    message: r.message,
    ...(r.accepted !== undefined ? { accepted: r.accepted } : {}),
    ...(r.file !== undefined ? { file: r.file } : {}),
    ...(r.line !== undefined ? { line: r.line } : {}),
  }));
  const digests: Record<string, string> = {};
  const pinned: string[] = [];
  for (const r of results) {
    if (!r.passed || !r.digest) continue;
    digests[r.reference] = r.digest;
    // A bare name@digest names no tag: inventing the tag found for it would pin something not written.
    if (!pinReport && r.tag && !(r.reference.includes("@") && !referenceHasTag(r.reference))) {
      const line = `${writtenName(r.reference)}:${r.tag}@${r.digest}`;
      if (!pinned.includes(line)) pinned.push(line);
    }
  }
  for (const { outcome } of pinReport ?? [])
    for (const p of outcome.pinned) if (!pinned.includes(p.to)) pinned.push(p.to);
  return { result: JSON.stringify(result), digests: JSON.stringify(digests), pinned: pinned.join("\n") };
}

/** The verdict as a person reads it: checked and passed, not checked, or failed. */
export function verdictOf(r: VerifyResult): "passed" | "allowed" | "failed" {
  return r.reason === "ALLOWED_UNSIGNED" ? "allowed" : r.passed ? "passed" : "failed";
}

/** The message without the reference it starts with, for a line or row that names the image already. */
export function detailOf(r: VerifyResult): string {
  // Presentation only: a message that starts with the reference is not printed with it twice. A
  // message worded otherwise is printed whole; no verdict is read from it.
  // eslint-disable-next-line no-restricted-syntax -- presentation, see above
  return r.message.startsWith(`${r.reference}: `) ? r.message.slice(r.reference.length + 2) : r.message;
}

/** The reason as a reviewer reads it; the full message (with every detail) goes to the log. */
function plainReason(r: VerifyResult): string {
  const host = r.notaryServer ? hostOf(r.notaryServer) : "the Notary server";
  const tag = r.tag ? `tag ${r.tag}` : "this digest";
  switch (r.reason) {
    case "OK":
      return "";
    case "ALLOWED_UNSIGNED":
      return `allowed unsigned by ${setting("allow-unsigned")}`;
    case "NO_TRUST_DATA":
      return `no signatures on ${host} for this repository`;
    case "TAG_NOT_SIGNED":
      if (r.onlyIn?.length) return `${tag} is signed only in roles docker pull does not trust`;
      return r.tag ? `${tag} is not signed` : "no signed tag points to this digest";
    case "DIGEST_MISMATCH":
      return `${tag} is signed for another digest than the one pinned`;
    case "SIGNER_MISSING":
      return "not signed by every required signer";
    case "EXPIRED":
      return "the signatures have expired";
    case "TAMPERED":
      return "the signatures failed verification (altered or corrupt trust data)";
    case "ROOT_CHANGED":
      return "the repository's root key is not the one trusted before";
    case "UNREACHABLE":
      // Checked by its cosign signatures alone: what could not be reached is the image's registry.
      if (!r.notaryServer && r.cosign?.reason === "UNREACHABLE")
        return "could not reach the image's registry to read its cosign signatures";
      return `could not reach ${host}`;
    case "SERVICE_ENDED":
      return `${host}'s Notary service has ended: move this check to cosign signatures`;
    case "ACCESS_DENIED":
      return `${host} refused access to this repository`;
    case "INVALID_REFERENCE":
      return "the image name could not be worked out";
    case "NO_SHA256":
      return `${tag} is signed with a sha512 hash only, which cannot be checked by digest`;
    case "SIGNERS_REMOVED":
      return "signed only by keys its signers no longer list";
    case "ROOT_NOT_PINNED":
      return `the repository's root key is neither pinned nor trusted before (${setting("root-key-id")})`;
    case "COSIGN_NO_SIGNATURES":
      return "no cosign signature for this digest";
    case "COSIGN_WRONG_KEY":
      return "the cosign signatures are not by the expected key";
    case "COSIGN_PAYLOAD_TAMPERED":
    case "COSIGN_MANIFEST_INVALID":
    case "COSIGN_NOT_SIMPLE_SIGNING":
    case "COSIGN_NOT_COSIGN_PAYLOAD":
      return "the cosign signature failed verification (altered or not cosign's format)";
    case "COSIGN_OTHER_DIGEST":
      return "the cosign signature is for another digest";
    case "COSIGN_OTHER_REPOSITORY":
      return "the cosign signature is for another repository";
    case "ERROR":
      return "verification failed (see the step's log)";
  }
}

/**
 * Rows of the summary table at most. Failures come first, so that what is left out is what passed
 * or was not checked; the step's log has a line for every image.
 */
export const SUMMARY_ROWS = 300;

const VERDICT_ORDER = { failed: 0, passed: 1, allowed: 2 } as const;

export function summaryTable(results: readonly VerifyResult[]): string {
  // Array sort is stable: each verdict's images stay in the order they were checked.
  const ordered = [...results].sort((a, b) => VERDICT_ORDER[verdictOf(a)] - VERDICT_ORDER[verdictOf(b)]);
  const shown = ordered.slice(0, SUMMARY_ROWS);
  const rows = shown.map((r) => {
    const where = r.file !== undefined ? ` (${r.file}${r.line !== undefined ? `:${r.line}` : ""})` : "";
    const verdict = {
      passed: `✅ passed${r.accepted ? ` (${r.accepted})` : ""}`,
      allowed: "⚪ not checked",
      failed: "❌ failed",
    }[verdictOf(r)];
    const code = (text: string) => (text ? markdownCode(text) : "");
    return [
      `${markdownCode(r.reference)}${markdownText(where)}`,
      markdownText(r.tag ?? ""),
      code(r.digest ? shortDigest(r.digest) : ""),
      ...[r.signers.join(", "), verdict, plainReason(r)].map(markdownText),
    ];
  });
  const failed = results.filter((r) => !r.passed).length;
  const allowed = results.filter((r) => r.reason === "ALLOWED_UNSIGNED").length;
  const checked = results.length - allowed;
  const verdict = checked
    ? `${checked} image${checked === 1 ? "" : "s"} checked, ${failed ? `${failed} failed` : "all passed"}`
    : "No image checked";
  const head = `${verdict}${allowed ? `; ${allowed} not checked (allowed unsigned)` : ""}`;
  if (!results.length) return `${head}: the Dockerfiles build only from scratch or from their own stages\n`;
  return [
    head,
    "",
    "| Image | Tag | Digest | Signers | Result | Reason |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    ...(ordered.length > shown.length ? [leftOut(ordered.slice(shown.length)), ""] : []),
    ...(failed ? ["The step's log has each failure in full.", ""] : []),
  ].join("\n");
}

/** The line that stands for the rows a summary table leaves out. */
function leftOut(rest: readonly VerifyResult[]): string {
  const count = (verdict: "failed" | "passed" | "allowed") => rest.filter((r) => verdictOf(r) === verdict).length;
  const parts = [
    [count("failed"), "failed"],
    [count("passed"), "passed"],
    [count("allowed"), "not checked"],
  ] as const;
  const what = parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(", ");
  return `${rest.length} more image${rest.length === 1 ? "" : "s"} not shown (${what}): the step's log has a line for each.`;
}

/** `accept` in a line: the default (Notary), then each repository's rule. */
function acceptLine(rules: readonly AcceptRule[]): string {
  const fallback = rules.find((r) => r.repository === undefined)?.mode ?? "notary";
  const byRepository = rules
    .filter((r) => r.repository !== undefined)
    .map((r) => `${markdownCode(r.repository!)} ${r.mode}`);
  return [`${fallback} (default)`, ...byRepository].join(", ");
}

/** The policy applied, as summary lines: signers, root keys, allowed unsigned, signatures, servers, pinning. */
export function policySummary(results: readonly VerifyResult[], policy: AppliedPolicy, pinReport?: PinReport): string {
  const servers = [...new Set(results.map((r) => r.notaryServer).filter((s): s is string => Boolean(s)))];
  const pins = policy.rootKeyPins ?? [];
  const lines = [
    "Policy applied:",
    "",
    `- Required signers: ${policy.signers?.length ? policy.signers.map(markdownText).join(", ") : "none (any signer of a released tag)"}`,
    `- Root keys: ${pins.length ? pins.map((p) => `${markdownText(p.repository ?? "every repository")} = ${p.keyIds.map((k) => `\`${k.slice(0, 12)}…\``).join(", ")}`).join("; ") : servers.length ? "trusted on first use, or as stored from an earlier run" : "none used (no Notary server asked)"}`,
    `- Allowed unsigned (not checked): ${policy.allowUnsigned?.length ? policy.allowUnsigned.map(markdownCode).join(", ") : "none"}`,
    `- Signatures accepted: ${acceptLine(policy.accept ?? [])}${policy.cosignKeys?.length ? `; cosign ${policy.cosignKeys.length > 1 ? "keys" : "key"} ${policy.cosignKeys.map((k) => `\`${k}\``).join(", ")}` : ""}`,
    `- Notary servers: ${servers.length ? servers.map(markdownText).join(", ") : "none contacted"}`,
  ];
  if (policy.pin) {
    const written = (pinReport ?? []).flatMap(({ file, outcome }) =>
      outcome.pinned.map((p) => `${markdownText(file)}:${p.line} ${markdownCode(p.to)}`),
    );
    const left = (pinReport ?? []).flatMap(({ file, outcome }) =>
      outcome.unpinned.map((u) => `${markdownText(file)}:${u.line} (${markdownText(u.reason)})`),
    );
    // Allowed unsigned counts as passed, but nothing was checked to pin.
    const failedFroms = results
      .filter((r) => r.file !== undefined && (!r.passed || verdictOf(r) === "allowed"))
      .map((r) => `${markdownText(r.file!)}:${r.line} (${verdictOf(r) === "allowed" ? "not checked" : "failed"})`);
    lines.push(
      `- Pinned: ${written.length ? written.join(", ") : "nothing written (already pinned, or nothing to pin)"}`,
    );
    lines.push(`- Not pinned: ${[...left, ...failedFroms].join(", ") || "none"}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * Failures annotated one by one at most. GitHub shows ten error annotations of a step; the step's
 * own failure is one of them, and a last one says how many more failed.
 */
export const FAILURE_ANNOTATIONS = 8;

export function annotations(results: readonly VerifyResult[]): VerifyAnnotation[] {
  const failed = results.filter((r) => !r.passed);
  const each = failed.length > FAILURE_ANNOTATIONS + 1 ? failed.slice(0, FAILURE_ANNOTATIONS) : failed;
  const rest = failed.length - each.length;
  return [
    ...each.map(failureAnnotation),
    ...(rest > 0
      ? [
          {
            title: "content trust: more failures",
            message: `${rest} more images failed verification: the job summary and the step's log list each of them`,
          },
        ]
      : []),
  ];
}

function failureAnnotation(r: VerifyResult): VerifyAnnotation {
  return {
    ...(r.file !== undefined ? { file: r.file } : {}),
    ...(r.line !== undefined ? { line: r.line } : {}),
    ...(r.column !== undefined ? { column: r.column } : {}),
    title: `content trust: ${r.reason}`,
    // Presentation only, as in detailOf: name the reference unless the message already does.
    // eslint-disable-next-line no-restricted-syntax -- presentation, see above
    message: r.message.includes(r.reference) ? r.message : `${r.reference}: ${r.message}`,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Whether a reference as written names a tag (`name:tag`, `name:tag@sha256:…`). */
function referenceHasTag(reference: string): boolean {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  return name.lastIndexOf(":") > name.lastIndexOf("/");
}

/** The name part of a reference as written: `alpine:3.19@sha256:…` → `alpine`. */
function writtenName(reference: string): string {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}
