// What every entry point of the bundle does before anything else (src/compile-on-main-thread.ts):
// a process whose compiled code is allocated on background threads can hang at its end. The flags
// must be set before any other module runs, so the import comes first in the bundle's shared entry
// (entries.ts, which loads the chunks) and in each entry point.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));
const entries = [
  "entries.ts",
  "cli/index.ts",
  ...readdirSync(path.join(src, "action"))
    .filter((f) => f.endsWith("-entry.ts"))
    .map((f) => `action/${f}`),
];

/** The module specifiers a file imports, in order. */
function imports(file: string): string[] {
  const text = readFileSync(path.join(src, file), "utf8");
  return [...text.matchAll(/^import\s+(?:[^"';]+\s+from\s+)?["']([^"']+)["'];/gm)].map((m) => m[1]!);
}

describe("entry points", () => {
  it("are the CLI and one per action", () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        "entries.ts",
        "cli/index.ts",
        "action/sign-entry.ts",
        "action/verify-entry.ts",
        "action/revoke-entry.ts",
        "action/renew-entry.ts",
        "action/migrate-entry.ts",
      ]),
    );
  });

  it.each(entries)("%s imports compile-on-main-thread before any other module", (entry) => {
    expect(imports(entry)[0]).toMatch(/^\.\.?\/compile-on-main-thread\.js$/);
  });

  it("no other module imports it (it sets process-wide V8 flags once, at the start)", () => {
    const all = (dir: string): string[] =>
      readdirSync(path.join(src, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? all(path.join(dir, d.name)) : d.name.endsWith(".ts") ? [path.join(dir, d.name)] : [],
      );
    const importers = all(".").filter((f) => imports(f).some((s) => s.endsWith("compile-on-main-thread.js")));
    expect(importers.sort()).toEqual([...entries].sort());
  });
});
