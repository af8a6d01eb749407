#!/usr/bin/env node
// `npm test [-- vitest args]`: ensure the stack's programs and Node 24, then `vitest run ARGS` under
// Node 24 (the runtime action.yml declares; falls back to this node with a warning). Exits with
// vitest's code and ends with a plain "vitest: N passed, N failed, N skipped" line.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureStack, node24Path } from "./ensure-stack.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vitestEntry = path.join(repoRoot, "node_modules", "vitest", "vitest.mjs");
const args = process.argv.slice(2);

try {
  ensureStack();
} catch (error) {
  // Unit tests still run; the integration project fails on its own, naming what is missing.
  console.warn(`test: ${error instanceof Error ? error.message : String(error)}`);
}

let node = process.execPath;
if (existsSync(node24Path)) node = node24Path;
else console.warn(`test: Node 24 not found at ${path.relative(repoRoot, node24Path)}; running vitest under ${process.version}`);

if (!existsSync(vitestEntry)) {
  console.error("test: vitest is not installed; run `npm ci` first");
  process.exit(1);
}

// Unless reporters were chosen, the usual output plus one closing summary line.
const ownReporters = args.some((arg) => arg.startsWith("--reporter"));
const reporterArgs = ownReporters ? [] : ["--reporter=default", "--reporter=./scripts/vitest-summary-reporter.mjs"];

const child = spawn(node, [vitestEntry, "run", ...reporterArgs, ...args], { cwd: repoRoot, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("error", (error) => {
  console.error(`test: cannot start vitest: ${error.message}`);
  process.exit(1);
});
child.on("close", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
