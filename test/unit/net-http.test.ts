import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ServerError, UsageError } from "../../src/errors.js";
import { createTransport, displayUrl } from "../../src/net/http.js";
import { expectWording } from "../helpers/wording.js";

interface Loopback {
  url: string;
  connections: number;
  close(): Promise<void>;
}

const servers: Loopback[] = [];
const transports: Array<{ close(): void }> = [];

async function serve(handler: http.RequestListener, host = "127.0.0.1"): Promise<Loopback> {
  const server = http.createServer(handler);
  const state: Loopback = {
    url: "",
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on("connection", () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  state.url = `http://${host === "::1" ? "[::1]" : host}:${(server.address() as AddressInfo).port}`;
  servers.push(state);
  return state;
}

function transport(options: Parameters<typeof createTransport>[0] = {}) {
  const t = createTransport(options);
  transports.push(t);
  return t;
}

async function failure(p: Promise<unknown>): Promise<ServerError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServerError);
  return err as ServerError;
}

afterEach(async () => {
  for (const t of transports.splice(0)) t.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("createTransport", () => {
  it("returns a body written in many pieces whole, with or without a declared length, in a buffer of its own", async () => {
    const piece = (i: number) => Buffer.alloc(40_000, i % 251);
    const whole = Buffer.concat(Array.from({ length: 25 }, (_, i) => piece(i)));
    const s = await serve((req, res) => {
      if (req.url === "/sized") res.setHeader("content-length", String(whole.length));
      let i = 0;
      const next = () => (i < 25 ? res.write(piece(i++), next) : res.end());
      next();
    });
    for (const path of ["/sized", "/chunked"]) {
      const res = await transport()({ method: "GET", url: `${s.url}${path}`, maxBytes: whole.length });
      expect(Buffer.from(res.body).equals(whole)).toBe(true);
      expect(res.body.byteOffset).toBe(0);
      expect(res.body.buffer.byteLength).toBe(whole.length);
    }
    const small = await transport()({ method: "GET", url: `${s.url}/sized`, maxBytes: whole.length - 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(small).toBeInstanceOf(ServerError);
  });

  it("returns status, lower-case headers and the body, and sends the request body", async () => {
    const seen: { method?: string; body?: string; length?: string; ua?: string } = {};
    const s = await serve((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        Object.assign(seen, {
          method: req.method,
          body: Buffer.concat(chunks).toString(),
          length: req.headers["content-length"],
          ua: req.headers["user-agent"],
        });
        res.writeHead(201, { "X-Thing": "a", "Content-Type": "text/plain" });
        res.end("made");
      });
    });
    const res = await transport({ userAgent: "ct-test" })({
      method: "PUT",
      url: `${s.url}/x`,
      body: new TextEncoder().encode("hello"),
      maxBytes: 100,
    });
    expect(res.status).toBe(201);
    expect(res.headers["x-thing"]).toBe("a");
    expect(new TextDecoder().decode(res.body)).toBe("made");
    expect(res.url).toBe(`${s.url}/x`);
    expect(seen).toEqual({ method: "PUT", body: "hello", length: "5", ua: "ct-test" });
  });

  it("reuses one keep-alive connection for sequential requests", async () => {
    const s = await serve((_req, res) => res.end("ok"));
    const t = transport();
    for (let i = 0; i < 3; i++) expect((await t({ method: "GET", url: s.url, maxBytes: 10 })).status).toBe(200);
    expect(s.connections).toBe(1);
  });

  it("resends once on a new connection when a reused keep-alive connection is closed under it", async () => {
    const perSocket = new WeakMap<object, number>();
    let dropped = 0;
    const s = await serve((req, res) => {
      const n = (perSocket.get(req.socket) ?? 0) + 1;
      perSocket.set(req.socket, n);
      if (n === 2) {
        dropped++;
        req.socket.destroy(); // the server gave up on the idle connection as our request arrived
        return;
      }
      res.end(`n=${n}`);
    });
    const t = transport();
    expect((await t({ method: "GET", url: s.url, maxBytes: 10 })).status).toBe(200);
    const res = await t({ method: "PUT", url: s.url, body: new Uint8Array(3), maxBytes: 10 });
    expect(new TextDecoder().decode(res.body)).toBe("n=1");
    expect(dropped).toBe(1);
    expect(s.connections).toBe(2);
    // The next request reuses the second connection, which drops it too; a POST may have been processed: not resent.
    const err = await failure(t({ method: "POST", url: s.url, body: new Uint8Array(3), maxBytes: 10 }));
    expect(err.code).toBe("UNREACHABLE");
    expect(dropped).toBe(2);
  });

  it("refuses a body whose Content-Length exceeds maxBytes, naming the URL and the limit", async () => {
    const s = await serve((_req, res) => res.end(Buffer.alloc(2048)));
    const err = await failure(transport()({ method: "GET", url: `${s.url}/big?sig=secret`, maxBytes: 1024 }));
    expect(err.code).toBe("RESPONSE_TOO_LARGE");
    expectWording(err.message).toContain(`${s.url}/big`);
    expectWording(err.message).toContain("1024 bytes");
    expectWording(err.message).not.toContain("secret");
  });

  it("stops reading a chunked body once it passes maxBytes", async () => {
    let written = 0;
    const s = await serve((_req, res) => {
      res.writeHead(200); // chunked: no Content-Length
      const timer = setInterval(() => {
        written += 1024;
        if (!res.write(Buffer.alloc(1024)) && written > 1_000_000) clearInterval(timer);
      }, 1);
      res.on("close", () => clearInterval(timer));
    });
    const err = await failure(transport()({ method: "GET", url: s.url, maxBytes: 10_000 }));
    expect(err.code).toBe("RESPONSE_TOO_LARGE");
    expect(written).toBeLessThan(1_000_000);
  });

  it("times out a server that drips its body, naming the method and URL", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "1000" });
      const timer = setInterval(() => res.write("x"), 20);
      res.on("close", () => clearInterval(timer));
    });
    const err = await failure(
      transport()({
        method: "GET",
        url: `${s.url}/slow`,
        maxBytes: 10_000,
        timeoutMs: 300,
        headers: { authorization: "Bearer sekrit" },
      }),
    );
    expect(err.code).toBe("TIMEOUT");
    expectWording(err.message).toBe(`GET ${s.url}/slow did not complete within 300 ms`);
  });

  it("times out a server that never answers, with the transport's default deadline", async () => {
    const s = await serve(() => {
      /* hang */
    });
    const err = await failure(transport({ timeoutMs: 200 })({ method: "HEAD", url: s.url, maxBytes: 0 }));
    expect(err.code).toBe("TIMEOUT");
    expectWording(err.message).toContain(`HEAD ${s.url}/`);
  });

  it("reports a refused connection as UNREACHABLE with the OS code and no stack", async () => {
    const s = await serve((_req, res) => res.end());
    const url = s.url;
    await s.close();
    servers.length = 0;
    const err = await failure(transport()({ method: "GET", url: `${url}/v2/`, maxBytes: 10 }));
    expect(err.code).toBe("UNREACHABLE");
    expectWording(err.message).toBe(`cannot reach ${new URL(url).host} for GET ${url}/v2/ (ECONNREFUSED)`);
    expectWording(err.message).not.toContain("\n");
  });

  it("reports a connection closed mid-body as CONNECTION_RESET", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("only ten b", () => res.socket?.destroy());
    });
    const err = await failure(transport()({ method: "GET", url: s.url, maxBytes: 1000 }));
    expect(err.code).toBe("CONNECTION_RESET");
  });

  it("follows redirects for GET, keeping Authorization on the same origin and dropping it across origins", async () => {
    const target = await serve((req, res) => res.end(`auth=${req.headers.authorization ?? "none"}`), "localhost");
    const origin = await serve((req, res) => {
      if (req.url === "/same") res.writeHead(307, { location: "/final" }).end();
      else if (req.url === "/final") res.end(`auth=${req.headers.authorization ?? "none"}`);
      else res.writeHead(302, { location: `${target.url}/elsewhere` }).end("moved");
    });
    const t = transport();
    const headers = { Authorization: "Bearer abc" };
    const same = await t({ method: "GET", url: `${origin.url}/same`, headers, maxBytes: 100 });
    expect(new TextDecoder().decode(same.body)).toBe("auth=Bearer abc");
    expect(same.url).toBe(`${origin.url}/final`);
    const cross = await t({ method: "GET", url: `${origin.url}/away`, headers, maxBytes: 100 });
    expect(new TextDecoder().decode(cross.body)).toBe("auth=none");
    expect(cross.url).toBe(`${target.url}/elsewhere`);
  });

  it("bounds redirects and does not follow them for POST", async () => {
    const s = await serve((req, res) => res.writeHead(302, { location: req.url === "/a" ? "/b" : "/a" }).end());
    const t = transport({ maxRedirects: 3 });
    const err = await failure(t({ method: "GET", url: `${s.url}/a`, maxBytes: 10 }));
    expect(err.code).toBe("TOO_MANY_REDIRECTS");
    expect((await t({ method: "POST", url: `${s.url}/a`, body: new Uint8Array(1), maxBytes: 10 })).status).toBe(302);
  });

  it("cancels on the caller's signal", async () => {
    const controller = new AbortController();
    // Abort once the request has reached the server, which never answers.
    const s = await serve(() => controller.abort());
    const err = await failure(transport()({ method: "GET", url: s.url, maxBytes: 10, signal: controller.signal }));
    expect(err.code).toBe("ABORTED");
  });

  it("accepts only http and https URLs", async () => {
    const t = transport();
    await expect(t({ method: "GET", url: "file:///etc/passwd", maxBytes: 10 })).rejects.toBeInstanceOf(UsageError);
    await expect(t({ method: "GET", url: "not a url", maxBytes: 10 })).rejects.toBeInstanceOf(UsageError);
  });

  it("shows URLs without user info or query values", () => {
    expect(displayUrl("https://u:p@s3.example/bucket/blob?X-Amz-Signature=abc")).toBe(
      "https://s3.example/bucket/blob?…",
    );
  });
});
