// Every message the CLI and the actions can print names only its own front end's settings: the
// actions name inputs, the CLI names flags. Messages are scanned where they are written (string
// literals in src/, comments left out), and every term is rendered by both vocabularies.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACTION_WORDS } from "../../src/action/words.js";
import { CLI_WORDS } from "../../src/cli/words.js";
import { render, setting, step, phrase, type Phrase, type Setting, type Step } from "../../src/wording.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

/** Action inputs, from every action.yml. */
const inputs = new Set(
  ["action.yml", "verify/action.yml", "revoke/action.yml", "renew/action.yml", "migrate/action.yml"].flatMap((f) => {
    const text = readFileSync(path.join(root, f), "utf8");
    const block = text.split(/^outputs:/m)[0]!.split(/^inputs:/m)[1] ?? "";
    return [...block.matchAll(/^ {2}([a-z0-9-]+):\s*$/gm)].map((m) => m[1]!);
  }),
);

/** CLI flags, from the parseArgs option tables in src/cli. */
const flags = new Set(
  sourceFiles("src/cli").flatMap((f) =>
    [...readFileSync(path.join(root, f), "utf8").matchAll(/"?([a-z][a-z-]*)"?: \{ type: "(?:string|boolean)"/g)].map(
      (m) => m[1]!,
    ),
  ),
);

/** String literals of a source file (quotes and templates; comments removed first). */
function literals(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
    // Terms are how shared code names settings: the front ends render them.
    .replace(/\b(setting|phrase|step)\("[a-z-]+"/g, "$1(TERM");
  const out: string[] = [];
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g))
    out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

/** Words that belong to the CLI: its flags, its command lines, its environment variables. */
function cliWords(text: string): string[] {
  const found: string[] = [];
  // Flags of docker, notary and aws commands are theirs, not ours.
  const ours = text.replace(/(docker trust|notary|aws kms|docker|cosign verify|cosign) [^;]*/g, "");
  for (const m of ours.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)) if (flags.has(m[1]!)) found.push(`--${m[1]}`);
  for (const m of text.matchAll(/content-trust (sign|verify|inspect|init|renew|revoke|signer|key)\b/g))
    found.push(m[0]);
  // Docker's own variables (DOCKER_CONTENT_TRUST_…) are read by both front ends.
  for (const m of text.matchAll(/(?<![A-Z_])CONTENT_TRUST_[A-Z_]+/g)) found.push(m[0]);
  return found;
}

/** Words that belong to the action: input names the CLI does not share, workflow vocabulary. */
function actionWords(text: string): string[] {
  const found: string[] = [];
  for (const name of inputs) {
    if (!name.includes("-") || flags.has(name)) continue;
    if (new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(text)) found.push(name);
  }
  for (const w of ["workspace", "aws-actions/", "uses: ", "secrets.", "input "]) if (text.includes(w)) found.push(w);
  return found;
}

/** Hyphenated input names written as words: in shared code they must be setting() terms. */
function inputNames(text: string): string[] {
  return [...inputs].filter((name) => name.includes("-") && new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(text));
}

const isMessage = (s: string) => /\s/.test(s.trim());
const settings = Object.keys(ACTION_WORDS.setting) as Setting[];
const steps: Step[] = ["sign", "renew", "revoke", "init", "signer-add", "migrate", "key-inspect", "rotate-signer"];
const phrases = Object.keys(ACTION_WORDS.phrase) as Phrase[];

describe("front-end words", () => {
  it("found the inputs and flags to look for", () => {
    expect(inputs.has("signer-key-passphrase") && inputs.has("build-args") && inputs.has("allow-unsigned")).toBe(true);
    expect(flags.has("signer-key") && flags.has("build-arg") && flags.has("key-dir")).toBe(true);
  });

  it("shared code writes no input, flag or command of either front end into a message", () => {
    // handover.ts writes verifier configurations for other tools (Kyverno, Connaisseur, workflow
    // YAML), not messages: its words are those tools' own.
    const shared = sourceFiles("src").filter(
      (f) => !/^src\/(action|cli)\//.test(f) && f !== "src/wording.ts" && f !== "src/workflows/handover.ts",
    );
    const hits = shared.flatMap((f) =>
      literals(readFileSync(path.join(root, f), "utf8"))
        .filter(isMessage)
        .flatMap((s) =>
          [...cliWords(s), ...actionWords(s), ...inputNames(s)].map(
            (w) => `${f}: ${w} in ${JSON.stringify(s.slice(0, 100))}`,
          ),
        ),
    );
    expect(hits).toEqual([]);
  });

  it("the action's messages name no CLI flag, command or variable", () => {
    const files = sourceFiles("src/action").filter((f) => !f.endsWith("words.ts"));
    const hits = files.flatMap((f) =>
      literals(readFileSync(path.join(root, f), "utf8")).flatMap((s) =>
        cliWords(s).map((w) => `${f}: ${w} in ${JSON.stringify(s.slice(0, 100))}`),
      ),
    );
    expect(hits).toEqual([]);
  });

  it("the CLI's messages name no action input or workflow word", () => {
    const files = sourceFiles("src/cli").filter((f) => !f.endsWith("words.ts"));
    const hits = files.flatMap((f) =>
      literals(readFileSync(path.join(root, f), "utf8")).flatMap((s) =>
        actionWords(s).map((w) => `${f}: ${w} in ${JSON.stringify(s.slice(0, 100))}`),
      ),
    );
    expect(hits).toEqual([]);
  });

  it("every term renders in the action without CLI words and in the CLI without action words", () => {
    const terms = [
      ...settings.map((s) => setting(s)),
      ...steps.flatMap((s) => [step(s), step(s, "registry.example/app")]),
      ...phrases.map((p) => phrase(p)),
    ];
    for (const term of terms) {
      const a = render(`give ${term}`, ACTION_WORDS);
      const c = render(`give ${term}`, CLI_WORDS);
      expect(cliWords(a), a).toEqual([]);
      expect(actionWords(c), c).toEqual([]);
      expect(a).not.toMatch(/[\uE000-\uE004]/);
      expect(c).not.toMatch(/[\uE000-\uE004]/);
    }
    // Rendered words go into JSON outputs too: no quote or backslash in them.
    for (const words of [ACTION_WORDS, CLI_WORDS]) {
      for (const w of [
        ...Object.values(words.setting),
        ...Object.values(words.phrase),
        ...steps.map((s) => words.step(s, "r.example/app")),
      ])
        expect(w).not.toMatch(/["\\]/);
    }
    // Secrets the CLI never takes as flags are named by their variables.
    expect(render(setting("signer-key-passphrase"), CLI_WORDS)).toBe("CONTENT_TRUST_PASSPHRASE");
    expect(render(`renew it with: ${step("renew", "r.example/app")}`, CLI_WORDS)).toBe(
      "renew it with: content-trust renew r.example/app",
    );
    expect(render(`renew it with: ${step("renew", "r.example/app")}`, ACTION_WORDS)).toBe(
      "renew it with: a step with uses: content-trust-action/renew on r.example/app",
    );
  });

  it("the scan finds a word of the other front end when there is one", () => {
    expect(cliWords("lengthen --expires or shorten --within")).toEqual(["--expires", "--within"]);
    expect(cliWords("run content-trust renew app")).toEqual(["content-trust renew"]);
    expect(actionWords("give its value in build-args")).toEqual(["build-args"]);
    expect(actionWords("run aws-actions/configure-aws-credentials before this step")).toEqual(["aws-actions/"]);
    expect(inputNames("set signer-key (a private key file) or aws-kms-key")).toEqual(["signer-key", "aws-kms-key"]);
    expect(cliWords("docker trust signer add --key NAME.pub NAME repo")).toEqual([]);
    expect(cliWords("set CONTENT_TRUST_PASSPHRASE")).toEqual(["CONTENT_TRUST_PASSPHRASE"]);
    expect(cliWords("taken from DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE")).toEqual([]);
  });
});
