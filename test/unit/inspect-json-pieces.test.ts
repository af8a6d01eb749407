import { describe, expect, it } from "vitest";
import { dockerInspectJson, dockerInspectPieces, dockerInspectText } from "../../src/cli/docker-inspect.js";
import type { InspectResult } from "../../src/workflows/inspect.js";

/** The whole text as Go's json.MarshalIndent writes it, built at once (the form the pieces must equal). */
function wholeText(results: readonly InspectResult[]): string {
  const text = JSON.stringify(results.map(dockerInspectJson), null, 4);
  return `${text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

function result(name: string, tags: number, signers = ["releases"]): InspectResult {
  return {
    name,
    gun: name,
    signedTags: Array.from({ length: tags }, (_, i) => ({ tag: `v${i}`, digest: `${i}`.padStart(64, "a"), signers })),
    signers: signers.map((s) => ({ name: s, keyIds: [`${s}-key`] })),
    rootKeyIds: ["root-key"],
    repositoryKeyIds: [],
    expires: [],
    warnings: [],
  };
}

describe("docker trust inspect's JSON in pieces", () => {
  it("equals the whole text for no results, no tags, several repositories and escapes", () => {
    const cases: InspectResult[][] = [
      [],
      [result("example.com/empty", 0, [])],
      [result("example.com/a", 3), result("example.com/b", 0), result("example.com/c<&>\u2028", 2, ["<admin>", "b&c"])],
    ];
    for (const results of cases) expect([...dockerInspectPieces(results)].join("")).toBe(wholeText(results));
  });

  it("writes a repository of many tags in many pieces, none of them large", () => {
    const results = [result("example.com/big", 5_000, ["releases", "alice"]), result("example.com/small", 1)];
    const pieces = [...dockerInspectPieces(results)];
    expect(pieces.join("")).toBe(wholeText(results));
    expect(dockerInspectText(results)).toBe(wholeText(results));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80 * 1024);
  });
});
