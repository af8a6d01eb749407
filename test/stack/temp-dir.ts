// Temporary directories under os.tmpdir() that are removed when asked, or at the latest when the
// process ends (also by a signal).
import { mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { onProcessExit } from "./exit-hooks.js";

const pending = new Set<string>();
let exitHookInstalled = false;

export function makeTempDir(prefix: string): string {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    onProcessExit(() => {
      for (const dir of pending) rmSync(dir, { recursive: true, force: true });
    });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `ct-${prefix}-`));
  pending.add(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  pending.delete(dir);
  await rm(dir, { recursive: true, force: true });
}
