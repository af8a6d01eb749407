// The command-line checks that run before a command loads (a PEM argument's refusal names a flag's
// value only when that flag takes one) read every command's flags from one module.
import { describe, expect, it } from "vitest";
import { ALL_FLAG_TABLES } from "../../src/cli/flags.js";

describe("the flag tables", () => {
  it("give each flag name one kind in every command: a value or none", () => {
    const kinds = new Map<string, Set<string>>();
    for (const table of ALL_FLAG_TABLES)
      for (const [name, spec] of Object.entries(table as Record<string, { type: string }>))
        (kinds.get(name) ?? kinds.set(name, new Set()).get(name)!).add(spec.type);
    const mixed = [...kinds].filter(([, types]) => types.size > 1).map(([name]) => name);
    expect(mixed).toEqual([]);
    expect(kinds.get("json")).toEqual(new Set(["boolean"]));
    expect(kinds.get("key")).toEqual(new Set(["string"]));
  });
});
