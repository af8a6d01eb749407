// The trust cache against a cache service that takes the connection and never answers (the
// Actions cache API of @actions/cache's service v1, reached at ACTIONS_CACHE_URL).
import http from "node:http";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runStep } from "../../src/action/run-step.js";
import { restoreTrust } from "../../src/action/trust-cache.js";

/** Answers a cache lookup with 204 (no entry) when `miss` is set; anything else never. */
let miss = false;
/** Answers every other request with 500 when set (a service that fails rather than hangs). */
let failing = false;
/** Takes a save when set: reserve, upload and commit, as the v1 cache API answers them. */
let accepting = false;
let service: http.Server;
let serviceUrl: string;
const held: net.Socket[] = [];
let arrivals: Array<() => void> = [];

/** Resolves once the service holds `n` unanswered requests (whenever the client sends them). */
async function requestsHeld(n: number): Promise<void> {
  while (held.length < n) await new Promise<void>((resolve) => arrivals.push(resolve));
}
let dir: string;
let written: string[];

beforeAll(async () => {
  service = http.createServer((req, res) => {
    if (miss && req.method === "GET" && req.url?.includes("_apis/artifactcache/cache?")) {
      res.writeHead(204).end();
      return;
    }
    if (accepting && req.url?.includes("_apis/artifactcache/caches")) {
      req.resume();
      req.on("end", () => {
        if (req.method === "POST" && req.url!.endsWith("/caches"))
          res.writeHead(201, { "content-type": "application/json" }).end('{"cacheId":42}');
        else res.writeHead(204).end();
      });
      return;
    }
    if (failing) {
      res.writeHead(500, { "content-type": "application/json" }).end('{"message":"cache service failure"}');
      return;
    }
    held.push(req.socket);
    for (const wake of arrivals.splice(0)) wake();
  });
  await new Promise<void>((resolve) => service.listen(0, "127.0.0.1", resolve));
  serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  service.closeAllConnections();
  await new Promise<void>((resolve) => service.close(() => resolve()));
});

beforeEach(() => {
  miss = false;
  failing = false;
  accepting = false;
  // As on a fresh runner: not even the trust directory's parent exists yet.
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), "trust-cache-")), "content-trust", "trust");
  written = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    written.push(String(chunk));
    const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    done?.();
    return true;
  });
  vi.stubEnv("ACTIONS_CACHE_URL", serviceUrl);
  vi.stubEnv("ACTIONS_RESULTS_URL", "");
  vi.stubEnv("ACTIONS_CACHE_SERVICE_V2", "");
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", "runtime-token");
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  for (const socket of held.splice(0)) socket.destroy();
  arrivals = [];
  rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
});

const warnings = () => written.filter((line) => line.startsWith("::warning"));

describe("the trust cache", () => {
  it("goes on without a restore the service does not answer, in a directory of its own, saving nothing", async () => {
    const trust = await restoreTrust(dir, ["registry.test/app"], true, {}, 100);
    // Given up on while under way: its request reaches the service, which never answers it.
    await requestsHeld(1);
    expect(trust.available).toBe(false);
    // A restore that still arrives writes where this run no longer reads.
    expect(trust.dir).not.toBe(dir);
    expect(statSync(trust.dir).isDirectory()).toBe(true);
    expect(readdirSync(trust.dir)).toEqual([]);
    expect(path.dirname(trust.dir)).toBe(path.dirname(dir));
    expect(warnings()).toHaveLength(1);
    const before = held.length;
    await trust.save();
    expect(held.length).toBe(before);
  });

  it("goes on past a save the service does not answer, with a warning", async () => {
    miss = true;
    const trust = await restoreTrust(dir, ["registry.test/app"], true, { GITHUB_RUN_ID: "7" }, 100);
    expect(trust.available).toBe(true);
    expect(trust.dir).toBe(dir);
    expect(warnings()).toHaveLength(0);
    mkdirSync(path.join(dir, "tuf"), { recursive: true });
    writeFileSync(path.join(dir, "tuf", "root.json"), "{}");
    expect(await trust.save()).toBe(false);
    expect(warnings()).toHaveLength(1);
    // Given up on while under way (archiving the directory first may take longer than the wait):
    // its request reaches the service, which never answers it.
    await requestsHeld(1);
  });

  it("says that a save the service took kept the root", async () => {
    miss = true;
    accepting = true;
    const trust = await restoreTrust(dir, ["registry.test/app"], true, { GITHUB_RUN_ID: "9" }, 5_000);
    mkdirSync(path.join(dir, "tuf"), { recursive: true });
    writeFileSync(path.join(dir, "tuf", "root.json"), "{}");
    expect(await trust.save()).toBe(true);
    expect(warnings()).toHaveLength(0);
  });

  it("says that a save the service refused did not keep the root", async () => {
    miss = true;
    const trust = await restoreTrust(dir, ["registry.test/app"], true, { GITHUB_RUN_ID: "8" }, 5_000);
    expect(trust.available).toBe(true);
    mkdirSync(path.join(dir, "tuf"), { recursive: true });
    writeFileSync(path.join(dir, "tuf", "root.json"), "{}");
    failing = true;
    expect(await trust.save()).toBe(false);
  });

  it("does not hold the step: its process ends once the step is done, with the step's exit code", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    await runStep("verify", async () => {
      await restoreTrust(dir, ["registry.test/app"], true, {}, 100);
    });
    expect(exit).toHaveBeenCalledTimes(1);
    expect(process.exitCode).toBeUndefined();
    await runStep("verify", async () => {
      await restoreTrust(dir, ["registry.test/app"], true, {}, 100);
      throw new Error("the step failed");
    });
    expect(exit).toHaveBeenCalledTimes(2);
    expect(process.exitCode).toBe(1);
  });
});
