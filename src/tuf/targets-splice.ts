/**
 * The canonical text of a targets role after an edit of a few entries, written around the bytes of
 * the entries that did not change.
 *
 * A sign into a role of 10,000 tags changes one entry, and writing the other 9,999 again (sorting
 * their names, escaping, joining, encoding) took most of the sign's CPU. The role's canonical bytes
 * (Envelope.signedBytes) are the canonical form of the JSON it was read from, and when each entry
 * was read as written (entriesWriteBackAsRead), an unchanged entry's bytes are exactly the text
 * canonicalSigned writes for it. The new text is then the shell written again (`_type`,
 * `delegations`, `expires`; `version`) around the old entries' bytes, with each changed entry
 * written in its place in Go's order (the UTF-8 bytes of the names): byte for byte
 * canonicalSigned(next), which this module never has to build.
 *
 * Every condition the argument rests on is checked, and any that does not hold gives undefined:
 * the caller then writes the role whole, as before. Nothing here decides what is signed, only how
 * its bytes are found.
 */
import {
  canonicalKeyEnd,
  canonicalObjectEnd,
  canonicalValueEnd,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  OPEN_OBJECT,
} from "./canonical-form.js";
import { canonicalScalar } from "./canonical.js";
import {
  entriesWriteBackAsRead,
  targetEntryCanonical,
  targetsShell,
  type Envelope,
  type TargetsSigned,
} from "./metadata.js";

const encoder = new TextEncoder();
const TARGETS_KEY = Buffer.from('"targets"');

/**
 * The UTF-8 bytes of the characters Go's envelope writes as `\u…` escapes (canonical.ts, htmlEscape):
 * `<`, `>`, `&`, U+2028 and U+2029.
 */
const HTML_SIGNIFICANT = [[0x3c], [0x3e], [0x26], [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xa9]].map((b) => Buffer.from(b));

interface Edit {
  /** The name's UTF-8 bytes: Go's order is theirs (Buffer.compare). */
  key: Buffer;
  /** The entry as canonicalSigned writes it, or undefined when `next` no longer holds the name. */
  text: Uint8Array | undefined;
}

/**
 * The canonical bytes of `next`, an edit of the parsed role `base`, and the names of the entries
 * the edit changed (changedEntries); undefined when the bytes cannot be taken from `base`'s (the
 * caller then writes `next` whole). The bytes hold none of the characters Go's envelope escapes,
 * so they go into the file as they are.
 */
export function splicedTargets(
  base: Envelope<TargetsSigned>,
  next: TargetsSigned,
): { text: Uint8Array; changed: string[] } | undefined {
  if (!entriesWriteBackAsRead(base)) return undefined;
  const changed = changedEntries(base.signed, next);
  const edits: Edit[] = [];
  for (const name of changed) {
    // A name written with an escape sorts by its escaped bytes in the text: not worth the case.
    if (canonicalScalar(name) !== `"${name}"`) return undefined;
    const meta = next.targets.get(name);
    edits.push({ key: Buffer.from(name), text: meta && encoder.encode(targetEntryCanonical(name, meta)) });
  }
  edits.sort((x, y) => Buffer.compare(x.key, y.key));

  const s = base.signedBytes;
  const b = Buffer.from(s.buffer, s.byteOffset, s.byteLength);
  const region = targetsRegion(b, base.signed.version);
  if (!region) return undefined;
  const entries = mergedEntries(b, region, edits, base.signed.targets.size);
  if (!entries) return undefined;

  const { head, tail } = targetsShell(next);
  const out = joined([encoder.encode(head), Uint8Array.of(OPEN_OBJECT)], entries, [
    Uint8Array.of(CLOSE_OBJECT),
    encoder.encode(tail),
  ]);
  // The whole text once more: canonical, names strictly in Go's order (so each edit went to its
  // place and no name is there twice).
  if (canonicalObjectEnd(out, 0) !== out.length) return undefined;
  if (HTML_SIGNIFICANT.some((c) => out.includes(c))) return undefined;
  return { text: out, changed };
}

/**
 * The names of the entries `next` adds, replaces or removes: every other entry of `next` holds the
 * very values of `base`'s entry of that name (an edit copies entries, not their hashes or custom
 * data), so it writes the same text and its bytes can be taken from `base`.
 */
function changedEntries(base: TargetsSigned, next: TargetsSigned): string[] {
  const changed: string[] = [];
  let kept = 0;
  for (const [name, meta] of next.targets) {
    const was = base.targets.get(name);
    if (
      was &&
      (was === meta || (was.length === meta.length && was.hashes === meta.hashes && was.custom === meta.custom))
    )
      kept++;
    else changed.push(name);
  }
  if (kept < base.targets.size) for (const name of base.targets.keys()) if (!next.targets.has(name)) changed.push(name);
  return changed;
}

/**
 * Where the `targets` object of canonical bytes `b` is: from its `{` to just past its `}`, which
 * the text's last member, `"version":<version>`, follows.
 */
function targetsRegion(b: Buffer, version: number): { start: number; end: number } | undefined {
  const tail = encoder.encode(`,"version":${canonicalScalar(version)}}`);
  const end = b.length - tail.length;
  if (end < 1 || b[end - 1] !== CLOSE_OBJECT) return undefined;
  for (let k = 0; k < tail.length; k++) if (b[end + k] !== tail[k]) return undefined;
  if (b[0] !== OPEN_OBJECT) return undefined;
  for (let k = 1; ;) {
    const keyEnd = canonicalKeyEnd(b, k);
    if (keyEnd < 0 || b[keyEnd] !== COLON) return undefined;
    if (b.compare(TARGETS_KEY, 0, TARGETS_KEY.length, k, keyEnd) === 0) {
      return b[keyEnd + 1] === OPEN_OBJECT ? { start: keyEnd + 1, end } : undefined;
    }
    const valueEnd = canonicalValueEnd(b, keyEnd + 1, 1);
    if (valueEnd < 0 || b[valueEnd] !== COMMA) return undefined;
    k = valueEnd + 1;
  }
}

/**
 * The members of the new `targets` object in order: runs of unchanged members as slices of `b`
 * (with the commas between them), and the edits' entries in their places. Undefined when the
 * region's members do not end where the region does, or are not the `count` entries the parsed
 * role holds.
 */
function mergedEntries(
  b: Buffer,
  region: { start: number; end: number },
  edits: Edit[],
  count: number,
): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  let members = 0;
  let run = -1;
  let runEnd = -1;
  let j = 0;
  const flush = () => {
    if (run >= 0) out.push(b.subarray(run, runEnd));
    run = -1;
  };
  const place = (edit: Edit) => {
    flush();
    if (edit.text) out.push(edit.text);
  };
  let k = region.start + 1;
  if (b[k] === CLOSE_OBJECT) k++;
  else {
    for (;;) {
      const keyEnd = canonicalKeyEnd(b, k);
      if (keyEnd < 0 || b[keyEnd] !== COLON) return undefined;
      const valueEnd = canonicalValueEnd(b, keyEnd + 1, 2);
      if (valueEnd < 0) return undefined;
      members++;
      let order = 1;
      while (j < edits.length) {
        order = edits[j]!.key.compare(b, k + 1, keyEnd - 1);
        if (order > 0) break;
        place(edits[j++]!);
        if (order === 0) break;
      }
      if (order !== 0) {
        if (run < 0) run = k;
        runEnd = valueEnd;
      }
      k = valueEnd + 1;
      if (b[valueEnd] === CLOSE_OBJECT) break;
      if (b[valueEnd] !== COMMA) return undefined;
    }
  }
  flush();
  while (j < edits.length) place(edits[j++]!);
  return k === region.end && members === count ? out : undefined;
}

/** `before`, then `parts` joined with commas, then `after`, in one buffer. */
function joined(before: Uint8Array[], parts: Uint8Array[], after: Uint8Array[]): Buffer {
  let length = Math.max(parts.length - 1, 0);
  for (const p of [...before, ...parts, ...after]) length += p.length;
  const out = Buffer.alloc(length);
  let at = 0;
  const put = (p: Uint8Array) => {
    out.set(p, at);
    at += p.length;
  };
  before.forEach(put);
  parts.forEach((p, i) => {
    if (i > 0) out[at++] = COMMA;
    put(p);
  });
  after.forEach(put);
  return out;
}
