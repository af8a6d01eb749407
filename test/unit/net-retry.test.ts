import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { createTransport, type HttpRequest, type Transport } from "../../src/net/http.js";
import { parseRetryAfter, withRetries } from "../../src/net/retry.js";
import { expectWording } from "../helpers/wording.js";

/** A loopback server that answers the i-th request with answers[i] (the last one repeats). */
async function scripted(answers: Array<{ status: number; headers?: Record<string, string>; body?: string }>) {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    const a = answers[Math.min(hits, answers.length - 1)]!;
    hits++;
    res.writeHead(a.status, a.headers ?? {}).end(a.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const transport = createTransport();
  cleanups.push(() => {
    transport.close();
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/`, transport, hits: () => hits };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function recorder() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms), random: () => 0.5 };
}

describe("withRetries", () => {
  it("retries GET on 503 and 429 with jittered exponential backoff, then returns the success", async () => {
    const s = await scripted([{ status: 503 }, { status: 429 }, { status: 502 }, { status: 200, body: "ok" }]);
    const r = recorder();
    const res = await withRetries(s.transport, { ...r, baseDelayMs: 100 })({
      method: "GET",
      url: s.url,
      maxBytes: 100,
    });
    expect(res.status).toBe(200);
    expect(s.hits()).toBe(4);
    // equal jitter with random() = 0.5: 3/4 of 100, 200, 400
    expect(r.delays).toEqual([75, 150, 300]);
  });

  it("honours Retry-After in seconds and as an HTTP date, bounded by maxDelayMs", async () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const s = await scripted([
      { status: 429, headers: { "retry-after": "2" } },
      { status: 503, headers: { "retry-after": "120" } },
      { status: 503, headers: { "retry-after": "Thu, 01 Jan 2026 00:00:01 GMT" } },
      { status: 200 },
    ]);
    const r = recorder();
    const res = await withRetries(s.transport, { ...r, maxDelayMs: 3000, now: () => now })({
      method: "HEAD",
      url: s.url,
      maxBytes: 0,
    });
    expect(res.status).toBe(200);
    expect(r.delays).toEqual([2000, 3000, 1000]);
  });

  it("gives up after `attempts` and returns the last answer for the caller to report", async () => {
    const s = await scripted([{ status: 500, body: "down" }]);
    const r = recorder();
    const res = await withRetries(s.transport, { ...r, attempts: 3 })({ method: "GET", url: s.url, maxBytes: 100 });
    expect(res.status).toBe(500);
    expect(res.attempts).toBe(3);
    expect(s.hits()).toBe(3);
    expect(r.delays).toHaveLength(2);
  });

  it("never retries POST, PUT or DELETE", async () => {
    const s = await scripted([{ status: 503 }, { status: 200 }]);
    const retrying = withRetries(s.transport, recorder());
    for (const method of ["POST", "PUT", "DELETE"] as const) {
      expect((await retrying({ method, url: s.url, body: new Uint8Array(1), maxBytes: 10 })).status).toBe(
        method === "POST" ? 503 : 200,
      );
    }
    expect(s.hits()).toBe(3);
  });

  it("does not retry 404, 401 or 501", async () => {
    for (const status of [404, 401, 501]) {
      const s = await scripted([{ status }, { status: 200 }]);
      expect((await withRetries(s.transport, recorder())({ method: "GET", url: s.url, maxBytes: 10 })).status).toBe(
        status,
      );
      expect(s.hits()).toBe(1);
    }
  });

  it("retries an unreachable server and then throws its error", async () => {
    const s = await scripted([{ status: 200 }]);
    const url = s.url;
    for (const c of cleanups.splice(0)) c();
    const transport = createTransport();
    cleanups.push(() => transport.close());
    const r = recorder();
    const err = await withRetries(transport, { ...r, attempts: 3 })({ method: "GET", url, maxBytes: 10 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("UNREACHABLE");
    expectWording((err as ServerError).message).toMatch(/\(tried 3 times\)$/);
    expect(r.delays).toHaveLength(2);
  });

  it("retries TIMEOUT and CONNECTION_RESET but not RESPONSE_TOO_LARGE", async () => {
    for (const [code, expectedCalls] of [
      ["TIMEOUT", 2],
      ["CONNECTION_RESET", 2],
      ["RESPONSE_TOO_LARGE", 1],
    ] as const) {
      let calls = 0;
      const flaky: Transport = async (req: HttpRequest) => {
        calls++;
        if (calls === 1) throw new ServerError(code, "first attempt failed");
        return { status: 200, headers: {}, body: new Uint8Array(), url: req.url };
      };
      const outcome = await withRetries(
        flaky,
        recorder(),
      )({ method: "GET", url: "http://x/", maxBytes: 1 }).then(
        (r) => r.status,
        (e: ServerError) => e.code,
      );
      expect(outcome).toBe(code === "RESPONSE_TOO_LARGE" ? code : 200);
      expect(calls).toBe(expectedCalls);
    }
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and dates and ignores garbage", () => {
    expect(parseRetryAfter("5", 0)).toBe(5000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4000)).toBe(6000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 20_000)).toBe(0);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});
