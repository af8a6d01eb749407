// The transport through a forward proxy, with an in-process proxy on loopback (the real one, squid,
// is in test/integration/network-proxy.test.ts): what it is sent, and how its refusals read.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { createTransport } from "../../src/net/http.js";
import { parseProxyUrl, type ProxyConfig } from "../../src/net/proxy.js";
import { expectWording } from "../helpers/wording.js";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/**
 * A forward proxy: absolute-form requests are answered by `answer`; CONNECT gets `connectStatus`, or a tunnel to
 * `tunnelTo`.
 */
async function fakeProxy(options: {
  connectStatus?: number;
  tunnelTo?: number;
  answer?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    if (options.answer) return options.answer(req, res);
    res.writeHead(200).end("via proxy");
  });
  server.on("connect", (req: http.IncomingMessage, socket: net.Socket) => {
    seen.push({ method: "CONNECT", url: req.url ?? "", headers: req.headers });
    if (options.tunnelTo === undefined) {
      socket.end(`HTTP/1.1 ${options.connectStatus ?? 403} Nope\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    const upstream = net.connect(options.tunnelTo, "127.0.0.1", () => {
      socket.write("HTTP/1.1 200 Connection established\r\n\r\n");
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { seen, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function config(proxyUrl: string, noProxy?: string): ProxyConfig {
  const server = parseProxyUrl(proxyUrl, "HTTPS_PROXY");
  return { https: server, http: server, ...(noProxy ? { noProxy } : {}) };
}

function transportWith(proxy: ProxyConfig) {
  const t = createTransport({ proxy });
  closers.push(() => t.close());
  return t;
}

describe("the transport through a forward proxy", () => {
  it("sends http requests in absolute form with Host and Proxy-Authorization, never the credentials in the URL", async () => {
    const p = await fakeProxy({});
    const t = transportWith(config(p.url.replace("http://", "http://ci:s3cret@")));
    const res = await t({
      method: "GET",
      url: "http://registry.example:5000/v2/app/manifests/v1",
      headers: { authorization: "Bearer tok" },
      maxBytes: 1024,
    });
    expect(res.status).toBe(200);
    expect(p.seen).toHaveLength(1);
    expect(p.seen[0]).toMatchObject({ method: "GET", url: "http://registry.example:5000/v2/app/manifests/v1" });
    expect(p.seen[0]!.headers.host).toBe("registry.example:5000");
    expect(p.seen[0]!.headers["proxy-authorization"]).toBe(`Basic ${Buffer.from("ci:s3cret").toString("base64")}`);
  });

  it("reports a refused CONNECT as PROXY_REFUSED and a 407 as PROXY_AUTH, naming the proxy, without retrying inside", async () => {
    const refused = await fakeProxy({ connectStatus: 403 });
    const err = await transportWith(config(refused.url))({
      method: "GET",
      url: "https://notary.example/v2/",
      maxBytes: 1024,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ code: "PROXY_REFUSED", status: 403 });
    expectWording((err as Error).message).toContain(
      `the proxy ${new URL(refused.url).host} refused to connect to notary.example (403)`,
    );
    expect(refused.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["CONNECT notary.example:443"]);

    const auth = await fakeProxy({ connectStatus: 407 });
    const err407 = await transportWith(config(auth.url.replace("http://", "http://ci:wrong-pass@")))({
      method: "GET",
      url: "https://notary.example/v2/",
      maxBytes: 1024,
    }).catch((e: unknown) => e);
    expect(err407).toMatchObject({ code: "PROXY_AUTH", status: 407 });
    expectWording((err407 as Error).message).not.toContain("wrong-pass");
  });

  it("names the proxy when the proxy itself cannot be reached", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const port = (s.address() as AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    const err = await transportWith(config(`http://127.0.0.1:${closed}`))({
      method: "GET",
      url: "http://registry.example/v2/",
      maxBytes: 1024,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "UNREACHABLE" });
    expectWording((err as Error).message).toContain(`through the proxy 127.0.0.1:${closed}`);
  });

  it("goes direct for loopback and NO_PROXY hosts", async () => {
    const p = await fakeProxy({});
    const target = http.createServer((_req, res) => res.end("direct"));
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise<void>((resolve) => (target.closeAllConnections(), target.close(() => resolve()))));
    const port = (target.address() as AddressInfo).port;
    const res = await transportWith(config(p.url, "*"))({
      method: "GET",
      url: `http://localhost:${port}/`,
      maxBytes: 1024,
    });
    expect(Buffer.from(res.body).toString()).toBe("direct");
    const viaLoopback = await transportWith(config(p.url))({
      method: "GET",
      url: `http://127.0.0.1:${port}/`,
      maxBytes: 1024,
    });
    expect(Buffer.from(viaLoopback.body).toString()).toBe("direct");
    expect(p.seen).toEqual([]);
  });

  it("lends the AWS SDK agents that tunnel through the proxy, http targets too", async () => {
    const target = http.createServer((req, res) => res.end(`target saw ${req.url}`));
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise<void>((resolve) => (target.closeAllConnections(), target.close(() => resolve()))));
    const p = await fakeProxy({ tunnelTo: (target.address() as AddressInfo).port });
    const t = transportWith(config(p.url));
    const body = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: "kms.example", port: 8080, path: "/x", agent: t.agentFor(false) }, (res) => {
        let text = "";
        res.on("data", (d: Buffer) => (text += d));
        res.on("end", () => resolve(text));
      });
      req.on("error", reject);
      req.end();
    });
    expect(body).toBe("target saw /x");
    expect(p.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["CONNECT kms.example:8080"]);
  });
});
