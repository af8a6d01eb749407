// The README tells a new user what the action.yml files and the CLI do: every action's inputs with
// their defaults, each sub-action's `uses:` path, the CLI's exit codes, and how to set up a key
// before the first sign (with the notary step without which that sign fails).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/main.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

interface DeclaredInput {
  required: boolean;
  default: string;
}

/** Inputs of an action.yml: name → required and default. */
function declaredInputs(dir: string): Map<string, DeclaredInput> {
  const text = readFileSync(path.join(root, dir, "action.yml"), "utf8");
  const block = text.split(/^outputs:/m)[0]!.split(/^inputs:/m)[1] ?? "";
  const out = new Map<string, DeclaredInput>();
  let current: string | undefined;
  for (const line of block.split("\n")) {
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (name) out.set((current = name[1]!), { required: false, default: "" });
    const required = /^ {4}required:\s*(true|false)\s*$/.exec(line);
    if (required && current) out.get(current)!.required = required[1] === "true";
    const def = /^ {4}default:\s*"?(.*?)"?\s*$/.exec(line);
    if (def && current) out.get(current)!.default = def[1]!;
  }
  return out;
}

/** The README's inputs table under the heading naming `uses: PATH`: input → default cell. */
function documentedInputs(uses: string): Map<string, string> {
  const heading = readme
    .split("\n")
    .findIndex((l) => /^#+ Inputs of the \w+ action/.test(l) && l.includes(`(\`uses: ${uses}\`)`));
  expect(heading, `a heading for uses: ${uses}`).toBeGreaterThanOrEqual(0);
  const lines = readme.split("\n").slice(heading + 1);
  const start = lines.findIndex((l) => l.startsWith("| Input | Default |"));
  const rows = lines.slice(start + 2).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith("|")));
  const out = new Map<string, string>();
  for (const row of rows) {
    const [names, def] = row.split(" | ").map((c) => c.replace(/^\| ?/, "").trim());
    for (const m of names!.matchAll(/`([a-z0-9-]+)`/g)) out.set(m[1]!, def ?? "");
  }
  return out;
}

const ACTIONS = [
  { dir: ".", uses: "OWNER/content-trust-action@v1" },
  { dir: "verify", uses: "OWNER/content-trust-action/verify@v1" },
  { dir: "revoke", uses: "OWNER/content-trust-action/revoke@v1" },
  { dir: "renew", uses: "OWNER/content-trust-action/renew@v1" },
  { dir: "migrate", uses: "OWNER/content-trust-action/migrate@v1" },
];

describe("README", () => {
  it.each(ACTIONS)(
    "documents every input of $dir/action.yml with its default, under its uses: path",
    ({ dir, uses }) => {
      const declared = declaredInputs(dir);
      const documented = documentedInputs(uses);
      expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort());
      for (const [name, input] of declared) {
        const cell = documented.get(name)!;
        if (input.required) expect(cell, name).toBe("(required)");
        else if (input.default !== "") expect(cell, name).toBe(`\`${input.default}\``);
        // An empty default is described in words (or left blank), never shown as a value.
        else expect(cell, name).not.toMatch(/^`.*`$/);
      }
    },
  );

  it("has no comment inside a YAML block scalar in its examples: YAML reads it as part of the value", () => {
    const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(3);
    const inValues: string[] = [];
    for (const block of blocks) {
      let scalarIndent: number | undefined;
      for (const line of block.split("\n")) {
        const indent = line.length - line.trimStart().length;
        if (scalarIndent !== undefined && (line.trim() === "" || indent > scalarIndent)) {
          if (/\s#/.test(line)) inValues.push(line.trim());
          continue;
        }
        scalarIndent = /^\s*(- )?[\w-]+:\s*[|>][-+]?\s*(#.*)?$/.test(line) ? indent : undefined;
      }
    }
    expect(inValues).toEqual([]);
  });

  it("lists the CLI's exit codes as the CLI's help does", () => {
    for (const line of EXIT_CODES.split("\n").slice(1)) expect(readme).toContain(line.trim());
  });

  it("sets up a delegation key before the first sign, including the notary step that hands over the snapshot key", () => {
    const setup = readme.indexOf("## Set up a delegation key");
    const firstSign = readme.indexOf("uses: OWNER/content-trust-action@v1");
    expect(setup).toBeGreaterThanOrEqual(0);
    expect(setup).toBeLessThan(firstSign);
    const section = readme.slice(setup, readme.indexOf("\n## ", setup + 1));
    expect(section).toMatch(/notary[^\n]* key rotate \S+ snapshot -r/);
    expect(section).toMatch(/docker trust signer add --key ci\.pub ci /);
  });
});
