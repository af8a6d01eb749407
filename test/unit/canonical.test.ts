import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { canonicalJson, compareUtf8, envelopeJson, sameData } from "../../src/tuf/canonical.js";
import { goHtmlEscape } from "../../src/text.js";
import { formatGoTime, parseGoTime } from "../../src/tuf/time.js";

// RFC 8785 (JCS), used here only as a differential oracle. The package ships CommonJS.
const canonicalize = createRequire(import.meta.url)("canonicalize") as (value: unknown) => string;

describe("canonicalJson (Go's canonical form)", () => {
  it("sorts keys, escapes only quote and backslash, writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x"y\\z'], _type: "Root" })).toBe(
      '{"_type":"Root","a":[true,null,"x\\"y\\\\z"],"b":1}',
    );
  });

  it("writes non-ASCII, HTML characters and U+2028 raw", () => {
    expect(canonicalJson({ t: "a<b>&cé😀\u2028z" })).toBe('{"t":"a<b>&cé😀\u2028z"}');
  });

  it("orders an astral character after U+E000 (UTF-8 byte order), unlike UTF-16 order", () => {
    const obj = { "\u{1F600}": 1, "\uE000": 2 };
    expect(canonicalJson(obj)).toBe('{"\uE000":2,"\u{1F600}":1}');
    // RFC 8785 sorts by UTF-16 code units and disagrees: the reason we do not use it.
    expect(canonicalize(obj)).toBe('{"\u{1F600}":1,"\uE000":2}');
    expect(compareUtf8("\u{1F600}", "\uE000")).toBeGreaterThan(0);
    expect(compareUtf8("a", "ab")).toBeLessThan(0);
    expect(compareUtf8("Z", "a")).toBeLessThan(0);
  });

  it("agrees with RFC 8785 on ASCII-only objects", () => {
    const obj = { signed: { b: [1, 2, { z: "q", a: "r" }], a: "x/y", c: -5 } };
    expect(canonicalJson(obj)).toBe(canonicalize(obj));
  });

  it("refuses control characters, lone surrogates and non-integers", () => {
    expect(() => canonicalJson({ t: "a\nb" })).toThrow(/control character U\+000a/);
    expect(() => canonicalJson({ t: "\u001f" })).toThrow(/U\+001f/);
    expect(() => canonicalJson({ t: "\ud800x" })).toThrow(/unpaired UTF-16 surrogate/);
    expect(() => canonicalJson({ t: "\udc00" })).toThrow(/unpaired/);
    expect(() => canonicalJson({ n: 1.5 })).toThrow(/only integers/);
    expect(() => canonicalJson({ n: 2 ** 60 })).toThrow(/only integers/);
  });
});

describe("sameData (the fixed-point check's shortcut)", () => {
  const meta = (sha256: string, extra: Record<string, unknown> = {}) => ({ length: 3, hashes: { sha256 }, ...extra });

  it("holds for the same entries in another order, and for equal scalars", () => {
    const a = {
      version: 2,
      targets: new Map([
        ["v1", meta("x")],
        ["v2", meta("y")],
      ]),
      roles: [{ paths: ["a"] }],
    };
    const b = {
      roles: [{ paths: ["a"] }],
      targets: new Map([
        ["v2", meta("y")],
        ["v1", meta("x")],
      ]),
      version: 2,
    };
    expect(sameData(a, b)).toBe(true);
    expect(sameData(Object.assign(Object.create(null), { a: null }), { a: null })).toBe(true);
  });

  it("fails on any difference a writer could show", () => {
    const base = { targets: new Map([["v1", meta("x")]]), paths: ["a", "b"], n: 1, s: "x", f: false };
    const variants: unknown[] = [
      { ...base, targets: new Map([["v1", meta("z")]]) },
      { ...base, targets: new Map([["v9", meta("x")]]) },
      {
        ...base,
        targets: new Map([
          ["v1", meta("x")],
          ["v2", meta("x")],
        ]),
      },
      { ...base, targets: new Map([["v1", meta("x", { custom: null })]]) },
      { ...base, targets: new Map([["v1", meta("x", { custom: undefined })]]) },
      { ...base, targets: { v1: meta("x") } },
      { ...base, paths: ["b", "a"] },
      { ...base, paths: ["a"] },
      { ...base, paths: { 0: "a", 1: "b" } },
      { ...base, n: "1" },
      { ...base, s: "X" },
      { ...base, f: null },
      { ...base, f: 0 },
      { ...base, extra: undefined },
    ];
    for (const v of variants) {
      expect(sameData(base, v)).toBe(false);
      expect(sameData(v, base)).toBe(false);
    }
    expect(sameData(new Map([["k", undefined]]), new Map([["j", undefined]]))).toBe(false);
    expect(sameData(new Uint8Array([1]), new Uint8Array([1]))).toBe(false);
    // A key that is there but not listed (not enumerable) is not written: it is not the same data.
    const hidden = Object.defineProperty({ y: 2 }, "x", { value: 1, enumerable: false });
    expect(sameData({ x: 1 }, hidden)).toBe(false);
  });
});

describe("the file envelope", () => {
  it("puts signed before signatures and HTML-escapes the canonical bytes as Go's encoding/json does", () => {
    const signed = canonicalJson({ t: "a<b>&c\u2028\u2029" });
    const out = envelopeJson(signed, [{ keyid: "ab", method: "ecdsa", sig: "AA==" }]);
    expect(out).toBe(
      '{"signed":{"t":"a\\u003cb\\u003e\\u0026c\\u2028\\u2029"},"signatures":[{"keyid":"ab","method":"ecdsa","sig":"AA=="}]}',
    );
    expect(JSON.parse(out).signed.t).toBe("a<b>&c\u2028\u2029");
    expect(goHtmlEscape("plain")).toBe("plain");
  });
});

describe("Go times", () => {
  it("writes RFC3339Nano in UTC with trailing zeros dropped", () => {
    expect(formatGoTime(Date.UTC(2029, 10, 20, 21, 1, 51, 350))).toBe("2029-11-20T21:01:51.35Z");
    expect(formatGoTime(Date.UTC(2029, 10, 20, 21, 1, 51, 0))).toBe("2029-11-20T21:01:51Z");
    expect(formatGoTime(Date.UTC(2029, 10, 20, 21, 1, 51, 7))).toBe("2029-11-20T21:01:51.007Z");
  });

  it("reads offsets and nanoseconds", () => {
    expect(parseGoTime("2116-07-03T18:08:08.41836542-05:00")).toBe(Date.UTC(2116, 6, 3, 23, 8, 8, 418));
    expect(parseGoTime("2026-12-05T21:01:24.8035984Z")).toBe(Date.UTC(2026, 11, 5, 21, 1, 24, 803));
    expect(() => parseGoTime("2026-02-30T00:00:00Z")).toThrow(/not a valid date/);
    expect(() => parseGoTime("2026-01-01 00:00:00")).toThrow(/RFC 3339/);
  });
});
