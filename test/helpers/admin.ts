/**
 * Running the admin commands against the integration stack: the CLI in-process (main() with a
 * captured CliIo), the workflows with a configuration for one repository, and reading the
 * metadata the server serves.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import type { AdminHooks } from "../../src/workflows/admin/session.js";
import type { NewRepositoryConfig } from "../../src/workflows/admin/new-repository.js";
import type { StackInfo } from "../stack/use-stack.js";
import { ourConnection } from "./our-client.js";

export const PASSPHRASE = "admin-passphrase-for-tests";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `content-trust ARGS` in-process, with CONTENT_TRUST_PASSPHRASE and no terminal. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    env: { CONTENT_TRUST_PASSPHRASE: PASSPHRASE, ...env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `ct-${prefix}-`));
}

/** Flags for the CLI: server, CA file, trust dir and key dir in `dir`. */
export async function cliFlags(stack: StackInfo, server: string, dir: string): Promise<string[]> {
  const ca = path.join(dir, "ca.pem");
  await writeFile(ca, stack.caPem);
  return [
    "--notary-server",
    server,
    "--ca-cert",
    ca,
    "--trust-dir",
    path.join(dir, "trust"),
    "--key-dir",
    path.join(dir, "private"),
  ];
}

/** A workflow configuration for `repository` with keys in `dir/private`. */
export function adminConfig(
  stack: StackInfo,
  server: string,
  dir: string,
  repository: string,
  extra: Partial<NewRepositoryConfig> = {},
): NewRepositoryConfig {
  return {
    repository,
    notaryServer: server,
    caPem: stack.caPem,
    keyDir: path.join(dir, "private"),
    trustDir: path.join(dir, "trust"),
    retry: { attempts: 2, baseDelayMs: 50 },
    ...extra,
  };
}

export const hooks: AdminHooks & { newPassphrase: () => Promise<string> } = {
  passphrase: async () => PASSPHRASE,
  newPassphrase: async () => PASSPHRASE,
};

/** The signed part of a role as the server serves it now (via the current snapshot). */
export async function served(
  stack: StackInfo,
  server: string,
  gun: string,
  role: string,
): Promise<{ expires: string; version: number; targets?: Record<string, unknown> }> {
  const conn = ourConnection(stack, gun, server);
  try {
    const bytes = await conn.notary.getMetadata(role);
    if (!bytes) throw new Error(`${role} of ${gun} is not served`);
    return (JSON.parse(Buffer.from(bytes).toString("utf8")) as { signed: { expires: string; version: number } }).signed;
  } finally {
    conn.close();
  }
}
