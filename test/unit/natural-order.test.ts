// Go's sortorder.NaturalLess as docker sorts tags: the in-place comparison against a direct
// transcription (split into digit and non-digit runs, compare run by run), on chosen and random tags.
import { describe, expect, it } from "vitest";
import { naturalCompare } from "../../src/tuf/docker.js";

function byRuns(a: string, b: string): number {
  const runs = (s: string) => s.match(/(\d+|\D+)/g) ?? [];
  const pa = runs(a);
  const pb = runs(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = x.replace(/^0+/, "");
      const ny = y.replace(/^0+/, "");
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

describe("naturalCompare", () => {
  it("orders tags as docker lists them", () => {
    const tags = [
      "v10",
      "v9",
      "v1.10.0",
      "v1.9.2",
      "latest",
      "1.2",
      "01.2",
      "1.02",
      "",
      "a",
      "a1",
      "a01",
      "a0001",
      "a1b",
      "build-010000",
      "build-009999",
      "v1-rc",
      "v1",
      "\u{1F600}",
      "\uE000",
    ];
    expect([...tags].sort(naturalCompare)).toEqual([...tags].sort(byRuns));
    expect(["v10", "v9", "v1"].sort(naturalCompare)).toEqual(["v1", "v9", "v10"]);
    expect(["a0001", "a01", "a1", "a"].sort(naturalCompare)).toEqual(["a", "a1", "a01", "a0001"]);
    expect(["build-010000", "build-009999"].sort(naturalCompare)).toEqual(["build-009999", "build-010000"]);
  });
  it("agrees in sign with the run-by-run form on random tags", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = ["0", "0", "1", "2", "9", "a", "b", ".", "-", "\u00e9", "\u{1F600}"];
    const tag = () => Array.from({ length: rand(8) }, () => alphabet[rand(alphabet.length)]).join("");
    for (let k = 0; k < 20_000; k++) {
      const a = tag();
      const b = rand(4) === 0 ? a : tag();
      expect(Math.sign(naturalCompare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(
        Math.sign(byRuns(a, b)),
      );
    }
  });
});
