// Builds dist/: one unminified ncc bundle per entry, with the licences of what it bundles.
// CI rebuilds and fails when the committed dist/ differs.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeDistStamp } from "./dist-stamp.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entries = [
  ["src/action/sign-entry.ts", "dist/sign"],
  ["src/action/verify-entry.ts", "dist/verify"],
  ["src/action/revoke-entry.ts", "dist/revoke"],
  ["src/action/renew-entry.ts", "dist/renew"],
  ["src/action/migrate-entry.ts", "dist/migrate"],
  ["src/cli/index.ts", "dist/cli"],
];
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

rmSync(path.join(root, "dist"), { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(path.join(root, entry))) continue;
  execFileSync(process.execPath, [ncc, "build", entry, "-o", out, "--license", "licenses.txt", "--target", "es2022", "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
  writeFileSync(path.join(root, out, "package.json"), JSON.stringify({ type: "module" }) + "\n");
  process.stdout.write(`built ${out}\n`);
}
writeDistStamp();
