import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { createTransport } from "../../src/net/http.js";
import { createPki, type Pki } from "../stack/pki.js";

let pki: Pki;
let tlsFiles: { cert: Buffer; key: Buffer };
const servers: http.Server[] = [];
const transports: Array<{ close(): void }> = [];

beforeAll(async () => {
  pki = await createPki();
  tlsFiles = { cert: await readFile(pki.chainFile), key: await readFile(pki.keyFile) };
}, 60_000);

afterAll(async () => {
  await pki.dispose();
});

afterEach(async () => {
  for (const t of transports.splice(0)) t.close();
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

async function listen(server: http.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** An https server on 127.0.0.1 that answers every request with a 302 to `location`. */
async function redirectingTo(location: () => string): Promise<string> {
  const port = await listen(
    https.createServer(tlsFiles, (_req, res) => res.writeHead(302, { location: location() }).end()),
  );
  return `https://127.0.0.1:${port}/start`;
}

/** A plain-HTTP server (a forward proxy for http URLs, or a loopback target) that counts its requests. */
async function plainServer(answer: string): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const port = await listen(
    http.createServer((req, res) => {
      requests.push(req.url ?? "");
      res.end(answer);
    }),
  );
  return { url: `http://127.0.0.1:${port}`, requests };
}

describe("redirects from https to plain http", () => {
  it("refuses one to a host that is not loopback as BAD_REDIRECT, before any plain-http request", async () => {
    // Any plain-http request to registry.example goes to this loopback forward proxy, so a
    // followed redirect shows here instead of leaving the machine.
    const proxy = await plainServer("answered in plain http");
    const start = await redirectingTo(() => "http://registry.example/v2/app/manifests/v1");
    const t = createTransport({ caPem: pki.caPem, proxy: { http: { url: new URL(proxy.url), secrets: [] } } });
    transports.push(t);
    const err = await t({
      method: "GET",
      url: start,
      headers: { authorization: "Bearer secret-token" },
      maxBytes: 100,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("BAD_REDIRECT");
    expect((err as ServerError).describe()).not.toContain("secret-token");
    expect(proxy.requests).toEqual([]);
  });

  it("follows one to a loopback host (127.0.0.1 or localhost), as plain HTTP is allowed there", async () => {
    const target = await plainServer("plain loopback");
    const port = new URL(target.url).port;
    for (const host of ["127.0.0.1", "localhost"]) {
      const start = await redirectingTo(() => `http://${host}:${port}/final`);
      const t = createTransport({ caPem: pki.caPem });
      transports.push(t);
      const res = await t({ method: "GET", url: start, maxBytes: 100 });
      expect(res.status, host).toBe(200);
      expect(new TextDecoder().decode(res.body)).toBe("plain loopback");
      expect(res.url).toBe(`http://${host}:${port}/final`);
    }
    expect(target.requests).toEqual(["/final", "/final"]);
  });
});
