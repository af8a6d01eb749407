/**
 * Writes verified digests into a Dockerfile: `FROM alpine:3.19` becomes
 * `FROM alpine:3.19@sha256:…`, keeping the name as written (familiar or not), the flags, the
 * `AS name` and everything else on the line. A reference that is the default of an ARG
 * (`ARG BASE=alpine:3.19` + `FROM ${BASE}`) is pinned in the ARG when nothing else reads the ARG.
 * Pinning again changes nothing.
 */
import { parseDockerfile, wholeArgName, type DockerfileFrom, type DockerfileOptions } from "./parse.js";

/** What pinning needs of a verification result (a `VerifyResult` fits). */
export interface PinnableResult {
  file?: string;
  line?: number;
  name: string;
  tag?: string;
  /** The signed digest, `sha256:…`. */
  digest?: string;
  passed: boolean;
}

export interface PinOutcome {
  text: string;
  /** References rewritten, by line of their FROM. */
  pinned: { line: number; from: string; to: string }[];
  /** FROMs with a verified digest that were left as they are, and why. */
  unpinned: { line: number; reason: string }[];
}

/**
 * Pins every FROM of `text` that has a passed result with a digest for the same file and line.
 * `options.file` must be the name the results carry (as given to `parseDockerfile`).
 */
export function pinDockerfile(
  text: string,
  results: readonly PinnableResult[],
  options: DockerfileOptions = {},
): PinOutcome {
  const froms = parseDockerfile(text, options);
  const edits = new Map<number, { end: number; to: string; line: number; from: string }>();
  const unpinned: PinOutcome["unpinned"] = [];
  for (const from of froms) {
    // Only a stage's base is pinned; a COPY's or RUN's image is checked, and left as written.
    if (!from.reference || from.via) continue;
    const result = results.find((r) => r.file === from.file && r.line === from.line && r.name === from.reference!.name);
    if (!result?.passed || !result.digest) continue;
    if (from.reference.digest && !from.reference.tag) {
      continue; // `name@sha256:…` is pinned already; there is no tag to keep.
    }
    if (!from.pin) {
      unpinned.push({ line: from.line, reason: whyNotPinnable(from.raw, text, options) });
      continue;
    }
    // An ARG's default is rewritten only when nothing but whole FROM images reads it: pinned, it
    // would change every other use (`FROM ${BASE}-slim`, `ARG FULL=${BASE}`, `LABEL base=$BASE`).
    if (from.pin.arg && !onlyWholeFromImages(text, from.pin.arg, froms)) {
      unpinned.push({
        line: from.line,
        reason: `ARG ${from.pin.arg} is also used elsewhere than as a whole FROM image; pin its default by hand, or write the image in the FROM`,
      });
      continue;
    }
    const written = text.slice(from.pin.start, from.pin.end);
    const to = `${nameOf(written)}:${from.reference.tag ?? result.tag ?? "latest"}@${result.digest}`;
    const previous = edits.get(from.pin.start);
    if (previous && previous.to !== to) {
      unpinned.push({
        line: from.line,
        reason: `ARG ${from.pin.arg} is used by FROMs that verified to different digests`,
      });
      edits.delete(from.pin.start);
      continue;
    }
    // Reported on the line that changes: an ARG's, when the digest goes into its default.
    if (written !== to)
      edits.set(from.pin.start, { end: from.pin.end, to, line: lineAt(text, from.pin.start), from: written });
  }
  let out = text;
  const pinned: PinOutcome["pinned"] = [];
  for (const [start, edit] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + edit.to + out.slice(edit.end);
    pinned.push({ line: edit.line, from: edit.from, to: edit.to });
  }
  return { text: out, pinned: pinned.sort((a, b) => a.line - b.line), unpinned };
}

/** Why a verified FROM has nowhere its digest can be written (`text` is the Dockerfile). */
function whyNotPinnable(raw: string, text: string, options: DockerfileOptions): string {
  const arg = wholeArgName(raw);
  if (arg && options.buildArgs && Object.hasOwn(options.buildArgs, arg))
    return `FROM ${raw}: ARG ${arg} is given by a build arg, not by the Dockerfile; pin the digest where the build arg is set`;
  // The ARG's default as written decides the advice only: quoted, or not one plain word.
  const written = arg ? new RegExp(`^\\s*ARG\\s+(?:.*\\s)?${arg}=(\\S+)`, "im").exec(text)?.[1] : undefined;
  if (written && /^["']/.test(written) && !written.includes("$"))
    return `FROM ${raw}: the default of ARG ${arg} is quoted; write it without quotes to pin it`;
  if (written && !written.includes("$"))
    return `FROM ${raw}: the default of ARG ${arg} is not one plain word (split across lines); write it on one line to pin it`;
  return raw.includes("$")
    ? `FROM ${raw} is built from variables; write the digest where the image name is set`
    : `FROM ${raw} is not written as one plain word (split across lines, or quoted); write it on one line to pin it`;
}

/** The 1-based line of a source offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Whether every `$NAME` / `${NAME…}` in `text` is the whole image of a FROM (`FROM ${NAME}`,
 * `FROM $NAME AS x`): counts the uses in the text against those FROMs.
 */
function onlyWholeFromImages(text: string, name: string, froms: readonly DockerfileFrom[]): boolean {
  const use = new RegExp(`\\$(\\{${name}(?=[}:])|${name}(?![A-Za-z0-9_]))`, "g");
  const uses = text.match(use)?.length ?? 0;
  // A COPY's or RUN's image is a use other than a FROM's.
  const whole = froms.filter((f) => !f.via && wholeArgName(f.raw) === name).length;
  return uses === whole;
}

/** `alpine:3.19@sha256:…` → `alpine`; `localhost:5000/app:v1` → `localhost:5000/app`. */
function nameOf(reference: string): string {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}
