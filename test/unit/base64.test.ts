import { describe, expect, it } from "vitest";
import { isStandardBase64, standardBase64ByteLength } from "../../src/codec/base64.js";

// The grammar Go's base64.StdEncoding decodes, written as a pattern: the check must agree with it.
const GRAMMAR = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Every string of up to `max` characters over `alphabet`. */
function* strings(alphabet: string, max: number): Generator<string> {
  let level = [""];
  yield "";
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

describe("isStandardBase64", () => {
  it("agrees with the grammar on every short string over letters, digits, padding and outsiders", () => {
    let valid = 0;
    const disagreements: string[] = [];
    for (const s of strings("Az9+/=-_ \u00e9", 6)) {
      const expected = GRAMMAR.test(s);
      if (isStandardBase64(s) !== expected) disagreements.push(s);
      if (expected) valid++;
    }
    expect(disagreements).toEqual([]);
    // The enumeration reaches the padded and unpadded forms, not only refusals.
    expect(valid).toBeGreaterThan(700);
  });

  it("accepts a SHA-256 digest and refuses its URL-safe or unpadded forms", () => {
    const digest = Buffer.alloc(32, 0xfb).toString("base64");
    expect(isStandardBase64(digest)).toBe(true);
    expect(isStandardBase64(Buffer.alloc(32, 0xfb).toString("base64url"))).toBe(false);
    expect(isStandardBase64(digest.replace(/=+$/, ""))).toBe(false);
    expect(isStandardBase64(`${digest.slice(0, -4)}====`)).toBe(false);
  });

  it("counts the bytes a valid string decodes to, as decoding it does", () => {
    let counted = 0;
    for (const s of strings("A9/=", 8)) {
      if (!isStandardBase64(s)) continue;
      expect(standardBase64ByteLength(s), s).toBe(Buffer.from(s, "base64").length);
      counted++;
    }
    expect(counted).toBeGreaterThan(1000);
    expect(standardBase64ByteLength(Buffer.alloc(64, 1).toString("base64"))).toBe(64);
  });
});
