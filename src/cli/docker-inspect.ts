/**
 * `content-trust inspect --json`: the JSON `docker trust inspect` prints, byte for byte.
 */
import type { InspectResult } from "../workflows/inspect.js";

/**
 * `docker trust inspect`'s stdout for these results: Go's json.MarshalIndent with a 4-space indent
 * and Go's HTML escaping of <, >, & (and U+2028, U+2029) inside strings, then a newline.
 */
export function dockerInspectText(results: readonly InspectResult[]): string {
  const text = JSON.stringify(results.map(dockerInspectJson), null, 4);
  return `${text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

/** The JSON `docker trust inspect` prints for one repository (field names and order as Go writes them). */
export function dockerInspectJson(r: InspectResult): object {
  const keys = (ids: string[]) => (ids.length ? { Keys: ids.map((ID) => ({ ID })) } : {});
  return {
    Name: r.name,
    SignedTags: r.signedTags.map((t) => ({ SignedTag: t.tag, Digest: t.digest, Signers: t.signers })),
    Signers: r.signers.map((s) => ({ Name: s.name, ...keys(s.keyIds) })),
    AdministrativeKeys: [
      { Name: "Root", ...keys(r.rootKeyIds) },
      { Name: "Repository", ...keys(r.repositoryKeyIds) },
    ],
  };
}
