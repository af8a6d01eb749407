/**
 * What a verify run hands back to a person and to later steps: the outputs (`result`, `digests`,
 * `pinned`), a Markdown table for the job summary, and one annotation per failed image, on the
 * Dockerfile line of its FROM when it came from one.
 */
import type { VerifyResult } from "./verify.js";

export interface VerifyOutputs {
  /** JSON array, one entry per image checked (in input order). */
  result: string;
  /** JSON object: reference as written → signed `sha256:` digest, for images that passed. */
  digests: string;
  /** Newline list of `name:tag@sha256:…` for images that passed, the name as written. */
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

export function verifyOutputs(results: readonly VerifyResult[]): VerifyOutputs {
  const result = results.map((r) => ({
    reference: r.reference,
    name: r.name,
    ...(r.tag !== undefined ? { tag: r.tag } : {}),
    digest: r.digest ?? null,
    ...(r.pinnedDigest !== undefined ? { pinnedDigest: r.pinnedDigest } : {}),
    signers: r.signers,
    passed: r.passed,
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
    if (r.tag) {
      const line = `${writtenName(r.reference)}:${r.tag}@${r.digest}`;
      if (!pinned.includes(line)) pinned.push(line);
    }
  }
  return { result: JSON.stringify(result), digests: JSON.stringify(digests), pinned: pinned.join("\n") };
}

export function summaryTable(results: readonly VerifyResult[]): string {
  const rows = results.map((r) => {
    const where = r.file !== undefined ? ` (${r.file}${r.line !== undefined ? `:${r.line}` : ""})` : "";
    const verdict = r.reason === "ALLOWED_UNSIGNED" ? "⚪ allowed" : r.passed ? `✅ passed${r.accepted ? ` (${r.accepted})` : ""}` : "❌ failed";
    const reason = r.passed && r.reason === "OK" ? "" : `${r.reason}: ${r.message}`;
    return [`\`${r.reference}\`${where}`, r.tag ?? "", r.digest ? `\`${shortDigest(r.digest)}\`` : "", r.signers.join(", "), verdict, reason].map(cell);
  });
  const failed = results.filter((r) => !r.passed).length;
  const head = `${results.length} image${results.length === 1 ? "" : "s"} checked, ${failed ? `${failed} failed` : "all passed"}`;
  return [
    head,
    "",
    "| Image | Tag | Digest | Signers | Result | Reason |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
}

export function annotations(results: readonly VerifyResult[]): VerifyAnnotation[] {
  return results
    .filter((r) => !r.passed)
    .map((r) => ({
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(r.line !== undefined ? { line: r.line } : {}),
      ...(r.column !== undefined ? { column: r.column } : {}),
      title: `content trust: ${r.reason}`,
      message: r.message.includes(r.reference) ? r.message : `${r.reference}: ${r.message}`,
    }));
}

/** `sha256:0123456789ab`. */
export function shortDigest(digest: string): string {
  return digest.slice(0, "sha256:".length + 12);
}

/** The name part of a reference as written: `alpine:3.19@sha256:…` → `alpine`. */
function writtenName(reference: string): string {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}

function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
