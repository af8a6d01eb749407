import https from "node:https";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ServerError } from "../../src/errors.js";
import { dropEarlyConnections, openEarlyConnections } from "../../src/net/early-connections.js";
import { createTransport } from "../../src/net/http.js";
import { proxyConfigFromEnv } from "../../src/net/proxy.js";
import { createPki, type Pki } from "../stack/pki.js";
import { closed, startSilentServer, type SilentServer } from "../helpers/silent-server.js";
import { expectWording } from "../helpers/wording.js";

let pki: Pki;
let silent: SilentServer;
/** https://127.0.0.1:PORT of the silent server: a TLS handshake with it never ends. */
let silentUrl: string;
const transports: Array<{ close(): void }> = [];

beforeAll(async () => {
  pki = await createPki();
  silent = await startSilentServer();
  silentUrl = `https://${silent.host}`;
}, 60_000);

afterAll(async () => {
  await silent.close();
  await pki.dispose();
});

afterEach(() => {
  vi.useRealTimers();
  for (const t of transports.splice(0)) t.close();
  dropEarlyConnections();
  silent.drop();
});

function transport(options: Parameters<typeof createTransport>[0] = {}) {
  const t = createTransport({ caPem: pki.caPem, ...options });
  transports.push(t);
  return t;
}

describe("a new connection's set-up", () => {
  it("that does not finish within 10 s fails the request as UNREACHABLE, long before its own deadline, and is closed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const answer = transport()({ method: "GET", url: `${silentUrl}/v2/`, maxBytes: 10 }).catch((e: unknown) => e);
    await silent.taken(1);
    vi.advanceTimersByTime(10_000);
    const err = await answer;
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("UNREACHABLE");
    const host = new URL(silentUrl).host;
    expectWording((err as ServerError).message).toBe(
      `cannot reach ${host} for GET ${silentUrl}/v2/ (no connection within 10 s)`,
    );
    await closed(silent.held[0]!);
  });

  it("is bounded for an early connection taken while its handshake is still under way", async () => {
    await openEarlyConnections({ url: silentUrl, caPems: [pki.caPem], count: 1 });
    await silent.taken(1);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const answer = transport()({ method: "GET", url: `${silentUrl}/v2/`, maxBytes: 10 }).catch((e: unknown) => e);
    // A turn for the request to take its connection.
    await new Promise<void>((resolve) => setImmediate(resolve));
    vi.advanceTimersByTime(10_000);
    const err = await answer;
    expect((err as ServerError).code).toBe("UNREACHABLE");
    // The early connection was the one taken: the server never saw another.
    expect(silent.held).toHaveLength(1);
    await closed(silent.held[0]!);
  });

  it("takes the transport's own bound, and never one longer than the request's deadline", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const quick = transport({ connectTimeoutMs: 2_000 })({ method: "GET", url: `${silentUrl}/a`, maxBytes: 10 });
    const short = transport()({ method: "GET", url: `${silentUrl}/b`, maxBytes: 10, timeoutMs: 1_000 });
    const outcomes = Promise.all(
      [quick, short].map((p) =>
        p.then(
          () => undefined,
          (e: unknown) => e as ServerError,
        ),
      ),
    );
    await silent.taken(2);
    vi.advanceTimersByTime(2_000);
    const [a, b] = await outcomes;
    expect(a?.code).toBe("UNREACHABLE");
    expect(b?.code).toBe("TIMEOUT");
  });

  it("does not bound the answer: a server that set up the connection may take its time to answer", async () => {
    let reply!: () => void;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const slow = https.createServer(
      { cert: readFileSync(pki.chainFile, "utf8"), key: readFileSync(pki.keyFile, "utf8") },
      (_req, res) => {
        reply = () => res.end("late");
        arrive();
      },
    );
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      const url = `https://127.0.0.1:${(slow.address() as AddressInfo).port}/v2/`;
      const answer = transport()({ method: "GET", url, maxBytes: 10 });
      await arrived;
      vi.advanceTimersByTime(20_000);
      reply();
      const res = await answer;
      expect(res.status).toBe(200);
      expect(new TextDecoder().decode(res.body)).toBe("late");
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it("is bounded through a proxy that takes the connection and never answers CONNECT, which is then closed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const proxy = proxyConfigFromEnv({ HTTPS_PROXY: silentUrl.replace("https:", "http:") });
    const url = "https://notary.example.test/v2/";
    const answer = transport({ proxy })({ method: "GET", url, maxBytes: 10 }).catch((e: unknown) => e);
    await silent.taken(1);
    vi.advanceTimersByTime(10_000);
    const err = await answer;
    expect((err as ServerError).code).toBe("UNREACHABLE");
    expectWording((err as ServerError).message).toBe(
      `cannot reach notary.example.test through the proxy ${new URL(silentUrl).host} for GET ${url} (no connection within 10 s)`,
    );
    await closed(silent.held[0]!);
  });

  it("leaves the request's own deadline in force while it waits for a proxy's tunnel", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const proxy = proxyConfigFromEnv({ HTTPS_PROXY: silentUrl.replace("https:", "http:") });
    const answer = transport({ proxy, connectTimeoutMs: 60_000 })({
      method: "GET",
      url: "https://notary.example.test/v2/",
      maxBytes: 10,
      timeoutMs: 1_000,
    }).catch((e: unknown) => e);
    await silent.taken(1);
    vi.advanceTimersByTime(1_000);
    expect(((await answer) as ServerError).code).toBe("TIMEOUT");
  });

  it("closes a tunnel still being opened when the transport is closed", async () => {
    const proxy = proxyConfigFromEnv({ HTTPS_PROXY: silentUrl.replace("https:", "http:") });
    const t = transport({ proxy, connectTimeoutMs: 60_000 });
    const answer = t({ method: "GET", url: "https://notary.example.test/v2/", maxBytes: 10 }).catch((e: unknown) => e);
    await silent.taken(1);
    t.close();
    await closed(silent.held[0]!);
    expect(await answer).toBeInstanceOf(ServerError);
  });
});
