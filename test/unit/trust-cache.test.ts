// The trust cache against a cache service that takes the connection and never answers (the
// Actions cache API of @actions/cache's service v1, reached at ACTIONS_CACHE_URL).
import http from "node:http";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
/**
 * Keeps what is saved and restores it when set, as the v1 cache API does: an entry is found by its
 * key, else by the newest entry whose key starts with a restore key, of the same version.
 */
let keeping = false;
interface Entry {
  key: string;
  version: string;
  /** Uploaded chunks, each at the offset its Content-Range gives. */
  parts: Array<{ start: number; bytes: Buffer }>;
  committed: boolean;
}
let entries: Entry[] = [];
/** Saves the service was asked to reserve. */
let reserved = 0;

async function bodyOf(req: http.IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function keep(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url!, serviceUrl);
  const id = /\/caches\/(\d+)$/.exec(url.pathname)?.[1];
  const body = await bodyOf(req);
  if (req.method === "GET" && url.pathname.endsWith("/cache")) {
    const [key, ...prefixes] = url.searchParams.get("keys")!.split(",");
    const version = url.searchParams.get("version");
    const found = entries.filter((e) => e.committed && e.version === version);
    const entry =
      found.find((e) => e.key === key) ??
      prefixes.map((p) => found.filter((e) => e.key.startsWith(p)).at(-1)).find((e) => e !== undefined);
    if (!entry) {
      res.writeHead(204).end();
      return;
    }
    const archiveLocation = `${serviceUrl}archives/${entries.indexOf(entry)}`;
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ cacheKey: entry.key, archiveLocation }));
  } else if (req.method === "GET" && url.pathname.startsWith("/archives/")) {
    const parts = entries[Number(url.pathname.split("/").pop())]!.parts;
    const archive = Buffer.concat(parts.sort((a, b) => a.start - b.start).map((p) => p.bytes));
    res.writeHead(200, { "content-length": archive.length }).end(archive);
  } else if (req.method === "POST" && url.pathname.endsWith("/caches")) {
    const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
    reserved++;
    entries.push({ key, version, parts: [], committed: false });
    res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ cacheId: entries.length }));
  } else if (req.method === "PATCH" && id !== undefined) {
    const start = Number(/^bytes (\d+)-/.exec(req.headers["content-range"] ?? "")?.[1]);
    entries[Number(id) - 1]!.parts.push({ start, bytes: body });
    res.writeHead(204).end();
  } else if (req.method === "POST" && id !== undefined) {
    entries[Number(id) - 1]!.committed = true;
    res.writeHead(204).end();
  } else {
    res.writeHead(404).end();
  }
}
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
    if (keeping) {
      void keep(req, res);
      return;
    }
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
  keeping = false;
  entries = [];
  reserved = 0;
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

  it("saves a trust state only when the run changed it", async () => {
    keeping = true;
    const names = ["registry.test/app"];
    const metadata = path.join(dir, "tuf", "registry.test", "app", "metadata");
    // A first run trusts a root and saves it.
    const first = await restoreTrust(dir, names, true, { GITHUB_RUN_ID: "1" }, 5_000);
    expect(first.available).toBe(true);
    mkdirSync(metadata, { recursive: true });
    writeFileSync(path.join(metadata, "root.json"), '{"signed":{}}');
    expect(await first.save()).toBe(true);
    expect(reserved).toBe(1);
    // The next, on a fresh runner, restores it and changes nothing: the entry stays as it is.
    rmSync(dir, { recursive: true });
    const second = await restoreTrust(dir, names, true, { GITHUB_RUN_ID: "2" }, 5_000);
    expect(readFileSync(path.join(metadata, "root.json"), "utf8")).toBe('{"signed":{}}');
    written = [];
    expect(await second.save()).toBe(true);
    expect(reserved).toBe(1);
    expect(written.join("")).toContain("nothing to save");
    // One that sees new versions saves them, and the run after it restores those.
    writeFileSync(path.join(metadata, "content-trust-versions.json"), '{"targets":2}');
    expect(await second.save()).toBe(true);
    expect(reserved).toBe(2);
    rmSync(dir, { recursive: true });
    await restoreTrust(dir, names, true, { GITHUB_RUN_ID: "3" }, 5_000);
    expect(readFileSync(path.join(metadata, "content-trust-versions.json"), "utf8")).toBe('{"targets":2}');
    expect(warnings()).toEqual([]);
  });

  it("after a miss, saves what an earlier step of the job left in the shared directory", async () => {
    keeping = true;
    const metadata = path.join(dir, "tuf", "registry.test", "app", "metadata");
    // A step with another cache key (two repositories) trusts a root and saves it.
    const first = await restoreTrust(dir, ["registry.test/app", "registry.test/other"], true, {}, 5_000);
    mkdirSync(metadata, { recursive: true });
    writeFileSync(path.join(metadata, "root.json"), '{"signed":{}}');
    expect(await first.save()).toBe(true);
    expect(reserved).toBe(1);
    // The next step's key finds nothing; it changes nothing, but its own entry must hold the root.
    const second = await restoreTrust(dir, ["registry.test/app"], true, {}, 5_000);
    expect(await second.save()).toBe(true);
    expect(reserved).toBe(2);
  });

  it("saves nothing when nothing was restored and the run stored nothing", async () => {
    keeping = true;
    const trust = await restoreTrust(dir, ["registry.test/app"], true, { GITHUB_RUN_ID: "4" }, 5_000);
    expect(trust.available).toBe(true);
    expect(await trust.save()).toBe(false);
    expect(reserved).toBe(0);
    expect(warnings()).toEqual([]);
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
