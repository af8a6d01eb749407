/**
 * `content-trust inspect --json`: the JSON `docker trust inspect` prints, byte for byte.
 */
import type { InspectResult } from "../workflows/inspect.js";
import { goHtmlEscape } from "../text.js";

/**
 * `docker trust inspect`'s stdout for these results: Go's json.MarshalIndent with a 4-space indent
 * and Go's HTML escaping of <, >, & (and U+2028, U+2029) inside strings, then a newline.
 */
export function dockerInspectText(results: readonly InspectResult[]): string {
  return [...dockerInspectPieces(results)].join("");
}

/** Pieces of a signed-tag list written at once: large enough to write few times, small beside the list. */
const PIECE_CHARS = 64 * 1024;
/** Stands for result i's signed tags in the JSON of everything else (no reference holds a NUL). */
const tagsMark = (i: number) => `\u0000SignedTags${i}`;
/** The indent of a signed tag's object: inside the top-level list and a result's object. */
const TAG_INDENT = " ".repeat(12);

/**
 * dockerInspectText in pieces, the signed tags of a large repository a few at a time: the JSON of
 * each tag is made only when written, never the whole text or object graph of every tag at once.
 */
export function* dockerInspectPieces(results: readonly InspectResult[]): Generator<string> {
  const shells = results.map((r, i) => ({
    ...dockerInspectJson({ ...r, signedTags: [] }),
    SignedTags: r.signedTags.length ? tagsMark(i) : [],
  }));
  const shell = JSON.stringify(shells, null, 4);
  let from = 0;
  for (let i = 0; i < results.length; i++) {
    const mark = JSON.stringify(tagsMark(i));
    const at = shell.indexOf(mark, from);
    if (at < 0) continue;
    yield goEscaped(shell.slice(from, at));
    from = at + mark.length;
    let piece = "[\n";
    let first = true;
    for (const t of results[i]!.signedTags) {
      const entry = JSON.stringify(signedTagJson(t), null, 4).replaceAll("\n", `\n${TAG_INDENT}`);
      piece += `${first ? "" : ",\n"}${TAG_INDENT}${entry}`;
      first = false;
      if (piece.length >= PIECE_CHARS) {
        yield goEscaped(piece);
        piece = "";
      }
    }
    yield goEscaped(`${piece}\n        ]`);
  }
  yield `${goEscaped(shell.slice(from))}\n`;
}

/** Go's HTML escaping inside JSON strings (<, >, & and U+2028, U+2029 as \u escapes). */
const goEscaped = goHtmlEscape;

const signedTagJson = (t: InspectResult["signedTags"][number]) => ({
  SignedTag: t.tag,
  Digest: t.digest,
  Signers: t.signers,
});

/** The JSON `docker trust inspect` prints for one repository (field names and order as Go writes them). */
export function dockerInspectJson(r: InspectResult): object {
  const keys = (ids: string[]) => (ids.length ? { Keys: ids.map((ID) => ({ ID })) } : {});
  return {
    Name: r.name,
    SignedTags: r.signedTags.map(signedTagJson),
    Signers: r.signers.map((s) => ({ Name: s.name, ...keys(s.keyIds) })),
    AdministrativeKeys: [
      { Name: "Root", ...keys(r.rootKeyIds) },
      { Name: "Repository", ...keys(r.repositoryKeyIds) },
    ],
  };
}
