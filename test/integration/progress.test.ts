// Long work is not silent: verify prints each image as soon as it is known, while another is still
// waiting on a slow server, in the action log and on the CLI's stderr; a retried request is logged.
// The slow server is the tampering proxy holding one repository's requests until the test has seen
// the first image's line, so nothing here depends on timing.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { startProxy, type Proxy } from "../stack/proxy.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { NODE24, runAction } from "../helpers/runner.js";

const stack = useStack();
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
let docker: DockerTrust;
let proxy: Proxy;
let fast: string;
let slow: string;

beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  proxy = await startProxy({ upstream: stack.notary.local.url, upstreamCa: stack.caPem });
  const repo = uniqueRepo("progress-fast");
  fast = `${stack.registry.host}/${repo}`;
  slow = `${stack.registry.host}/${uniqueRepo("progress-slow")}`;
  const pushed = await pushImage(stack.registry.url, repo, "1.0");
  const key = await docker.keyGenerate("base", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("base", fast, key.pubPath);
  await docker.notary().addhash(fast, "1.0", pushed.size, pushed.digest.slice(7), ["targets/releases", "targets/base"]);
});
afterAll(async () => {
  await proxy?.close();
  await docker?.dispose();
});

/** A gate the proxy holds the slow repository's requests on, and a way to open it. */
function holdSlowRepository(): () => void {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const rule = proxy.on({ path: new RegExp(slow.split("/").slice(1).join("/")) }, { waitFor: gate });
  return () => {
    open();
    rule.remove();
  };
}

describe("progress while verify works", () => {
  it("the CLI prints the finished image on stderr while the other still waits, as plain lines outside a terminal", async () => {
    const release = holdSlowRepository();
    const child = spawn(
      NODE24,
      [
        cli,
        "verify",
        `${fast}:1.0`,
        `${slow}:1.0`,
        "--notary-server",
        proxy.url,
        "--trust-dir",
        path.join(os.tmpdir(), uniqueRepo("trust")),
      ],
      {
        env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), CI: "true" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    let exited = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    const closed = new Promise<number>((resolve) => child.on("close", (code) => ((exited = true), resolve(code ?? 1))));
    const fastLine = await new Promise<string>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d;
        const line = stderr.split("\n").find((l) => l.includes(`${fast}:1.0`));
        if (line) resolve(line);
      });
    });
    // The first image is reported while the slow one is still held: the command has not ended.
    expect(exited).toBe(false);
    expect(stdout).toBe("");
    expect(fastLine).toBe(`[1] ok ${fast}:1.0`);
    expect(stderr).not.toContain("\r");
    release();
    expect(await closed).toBe(1);
    expect(stderr).toContain(`[2] FAIL ${slow}:1.0: NO_TRUST_DATA`);
    expect(stdout).toMatch(new RegExp(`^ok +${fast.replace(/[.]/g, "\\.")}:1\\.0 `, "m"));
  });

  it("the verify action logs each image as it finishes and each retried request", async () => {
    const release = holdSlowRepository();
    const retried = proxy.on(
      { method: "GET", path: new RegExp(`${fast.split("/").slice(1).join("/")}/_trust/tuf/root\\.json`), times: 1 },
      { status: 503 },
    );
    let sawFastWhileHeld = false;
    const run = await runAction(
      "verify",
      { images: `${fast}:1.0\n${slow}:1.0`, "notary-server": proxy.url },
      {},
      undefined,
      (soFar) => {
        if (!sawFastWhileHeld && soFar.includes(`✓ ${fast}:1.0`)) {
          sawFastWhileHeld = true;
          release();
        }
      },
    );
    expect(retried.hits).toBe(1);
    expect(sawFastWhileHeld).toBe(true);
    const lines = run.stdout.split("\n");
    const retryAt = lines.findIndex((l) =>
      /^GET \S+root\.json failed \(HTTP 503\); retrying in \d+ ms \(attempt 2 of 4\)$/.test(l),
    );
    const fastAt = lines.findIndex((l) => l.startsWith(`✓ ${fast}:1.0: sha256:`));
    const slowAt = lines.findIndex((l) => l.startsWith(`✗ ${slow}:1.0: `));
    expect(retryAt).toBeGreaterThanOrEqual(0);
    expect(fastAt).toBeGreaterThan(retryAt);
    expect(slowAt).toBeGreaterThan(fastAt);
    expect(lines[0]).toMatch(/^content-trust-action \d+\.\d+\.\d+ \(verify\)$/);
  });

  it("logs a server's failed attempt once, however many repositories' requests it fails", async () => {
    const absent = [1, 2, 3].map(() => `${stack.registry.host}/${uniqueRepo("progress-absent")}`);
    const failing = proxy.on(
      {
        method: "GET",
        path: new RegExp(`(${absent.map((a) => a.split("/").slice(1).join("/")).join("|")})/_trust/tuf/`),
        times: 15,
      },
      { status: 503 },
    );
    try {
      const run = await runAction(
        "verify",
        { images: absent.map((a) => `${a}:1.0`).join("\n"), "notary-server": proxy.url },
        {},
      );
      expect(failing.hits).toBe(15);
      const retries = run.stdout
        .split("\n")
        .filter((l) => / failed \(HTTP 503\); retrying in \d+ ms \(attempt 2 of 4\)$/.test(l));
      expect(retries).toHaveLength(1);
      expect(run.stdout).toContain(`✗ ${absent[0]}:1.0: `);
    } finally {
      failing.remove();
    }
  });
});
