// The per-repository settings (root-key-id, accept) pick the lines that apply by one order.
import { describe, expect, it } from "vitest";
import { acceptModeFor, parseAccept } from "../../src/workflows/verify-accept.js";
import { parseRootKeyPins, pinnedRootKeyIds, rulesFor } from "../../src/workflows/verify-policy.js";

const [A, B, C, D] = ["a", "b", "c", "d"].map((c) => c.repeat(64)) as [string, string, string, string];

describe("which lines of a per-repository setting apply", () => {
  const rules = [
    { mode: "global" },
    { repository: "registry.example/team/*", mode: "first-pattern" },
    { repository: "registry.example/**", mode: "second-pattern" },
    { repository: "registry.example/team/app", mode: "exact" },
    { repository: "registry.example/team/app", mode: "exact-again" },
  ];

  it("every exact line, else the first matching pattern, else every line without a pattern", () => {
    expect(rulesFor("registry.example/team/app", rules, "x").map((r) => r.mode)).toEqual(["exact", "exact-again"]);
    expect(rulesFor("registry.example/team/web", rules, "x").map((r) => r.mode)).toEqual(["first-pattern"]);
    expect(rulesFor("ghcr.io/other", rules, "x").map((r) => r.mode)).toEqual(["global"]);
    expect(rulesFor("ghcr.io/other", rules.slice(1), "x")).toEqual([]);
    expect(rulesFor("ghcr.io/other", undefined, "x")).toEqual([]);
  });

  it("root-key-id and accept follow the same order", () => {
    const lines = ["registry.example/team/*", "registry.example/team/app", "*"];
    const pins = parseRootKeyPins([`${B}`, `${lines[0]}=${C}`, `${lines[1]}=${D}`, `${lines[1]}=${A}`]);
    const accept = parseAccept(["notary", `${lines[0]}=cosign`, `${lines[1]}=all`, `${lines[1]}=any`], "accept");
    expect([
      pinnedRootKeyIds("registry.example/team/app", pins),
      acceptModeFor("registry.example/team/app", accept),
    ]).toEqual([[D, A], "all"]);
    expect([
      pinnedRootKeyIds("registry.example/team/web", pins),
      acceptModeFor("registry.example/team/web", accept),
    ]).toEqual([[C], "cosign"]);
    expect([pinnedRootKeyIds("ghcr.io/x", pins), acceptModeFor("ghcr.io/x", accept)]).toEqual([[B], "notary"]);
    expect([pinnedRootKeyIds("ghcr.io/x", []), acceptModeFor("ghcr.io/x", [])]).toEqual([undefined, "notary"]);
  });
});
