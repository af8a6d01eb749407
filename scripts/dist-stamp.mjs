// A stamp of the last `npm run build`: sha256 of the build's inputs (src/, the build script, the
// lock file, tsconfig.json) and of the dist/ it wrote. `npm test` rebuilds dist/ unless both still
// match, so the action and CLI tests never run a bundle older than src/.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = path.join(repoRoot, "node_modules", ".cache", "content-trust", "dist-stamp.json");
const BUILD_INPUTS = ["src", "scripts/build.mjs", "package-lock.json", "tsconfig.json"];

/** sha256 over the relative path and bytes of every file under `entries`, in sorted order. */
function treeHash(entries) {
  const hash = createHash("sha256");
  const walk = (rel) => {
    const abs = path.join(repoRoot, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) walk(path.join(rel, name));
      return;
    }
    hash.update(`${rel}\0`).update(readFileSync(abs)).update("\0");
  };
  for (const entry of entries) walk(entry);
  return hash.digest("hex");
}

export function writeDistStamp() {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, JSON.stringify({ inputs: treeHash(BUILD_INPUTS), dist: treeHash(["dist"]) }) + "\n");
}

export function distIsFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return false;
  }
  return stamp.inputs === treeHash(BUILD_INPUTS) && stamp.dist === treeHash(["dist"]);
}
