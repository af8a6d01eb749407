#!/usr/bin/env node
// Part of `npm run lint`: fails when the relative imports of src/ (static, `export … from` and
// dynamic `import()`, type-only ones included) form a cycle between files. eslint.config.mjs keeps
// imports pointing down between folders; this catches a cycle inside one folder.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src");

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)"(\.{1,2}\/[^"]+)\.js"/g;
const graph = new Map();
for (const file of tsFiles(src)) {
  const text = readFileSync(file, "utf8");
  graph.set(
    file,
    [...text.matchAll(IMPORT)].map((m) => path.join(path.dirname(file), `${m[1]}.ts`)),
  );
}

const state = new Map();
const stack = [];
const cycles = [];
function visit(file) {
  state.set(file, "open");
  stack.push(file);
  for (const dep of graph.get(file) ?? []) {
    if (!graph.has(dep)) continue;
    if (state.get(dep) === "open") cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
    else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(file, "done");
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

for (const cycle of cycles) console.error(`import cycle: ${cycle.map((f) => path.relative(root, f)).join(" -> ")}`);
if (cycles.length > 0) process.exit(1);
console.log(`no import cycles among ${graph.size} files of src/`);
