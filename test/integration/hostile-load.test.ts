// Load: 30 OS processes of the built CLI (dist/cli) sign one tag each into the same roles of one
// repository on the real notary-server at the same moment. Every tag must be there afterwards, as
// `docker trust inspect` sees it. Attempts per process are printed, never asserted.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { useStack } from "../stack/use-stack.js";
import { createOwnedRepo, type OwnedRepo } from "../helpers/owned-repo.js";
import { NODE24 } from "../helpers/runner.js";

const stack = useStack();
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The bundled CLI (`npm run build`); CONTENT_TRUST_CLI names another build to try. */
const CLI = process.env.CONTENT_TRUST_CLI ?? path.join(repoRoot, "dist/cli/index.js");
const SIGNERS = 30;

let repo: OwnedRepo | undefined;
afterAll(() => repo?.close());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(NODE24, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr, ms: Date.now() - started }));
  });
}

it(`lands every tag when ${SIGNERS} processes sign into one role at once`, async () => {
  repo = await createOwnedRepo(stack, "load");
  const work = mkdtempSync(path.join(os.tmpdir(), "ct-load-"));
  const keyFile = path.join(work, "ci.key");
  writeFileSync(keyFile, repo.ciKeyPem, { mode: 0o600 });
  const tags = Array.from({ length: SIGNERS }, (_, i) => `p${i}`);
  const pushed = await Promise.all(tags.map((t) => pushImage(stack.registry.url, repo!.repo, t)));

  const runs = await Promise.all(
    tags.map((tag, i) =>
      cli(
        [
          "sign",
          `${repo!.gun}:${tag}`,
          "--signer-key",
          keyFile,
          "--notary-server",
          stack.notary.local.url,
          "--ca-cert",
          stack.caFile,
          "--insecure-registry",
          stack.registry.host,
          "--trust-dir",
          path.join(work, `trust-${i}`),
          "--json",
        ],
        { HOME: work },
      ),
    ),
  );
  const failed = runs.filter((r) => r.code !== 0);
  expect(
    failed.map((r) => r.stderr.trim().split("\n").pop()),
    "processes that failed",
  ).toEqual([]);
  const attempts = runs.map((r) => (JSON.parse(r.stdout) as { attempts: number }).attempts);
  console.log(
    `load: ${SIGNERS} processes, attempts per process ${JSON.stringify(attempts.sort((a, b) => a - b))}, ` +
      `wall time per process ${Math.min(...runs.map((r) => r.ms))}-${Math.max(...runs.map((r) => r.ms))} ms`,
  );

  const docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  try {
    const [inspection] = await docker.inspect(repo.gun);
    const seen = new Map(inspection!.SignedTags.map((t) => [t.SignedTag, t]));
    for (const [i, tag] of tags.entries()) {
      expect(seen.get(tag), tag).toEqual({ SignedTag: tag, Digest: pushed[i]!.digest.slice(7), Signers: ["ci"] });
    }
    expect(seen.size).toBe(SIGNERS);
  } finally {
    await docker.dispose();
  }
});
