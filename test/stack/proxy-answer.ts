// The tampering proxy's (proxy.ts) two ends: forwarding a request upstream, and writing an answer
// to its client whole, slowly, cut short or never ending.
import http, { type ServerResponse } from "node:http";
import https from "node:https";

export interface RequestInfo {
  method: string;
  /** Path with query. */
  path: string;
  /** End-to-end headers, names in lower case. */
  headers: Record<string, string>;
}

export interface ProxyResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface AnswerShape {
  /** Send only this many body bytes (with the full Content-Length), then close the connection. */
  truncateAt?: number;
  /** Send the body in chunks of `chunkBytes`, one every `intervalMs`. */
  drip?: { chunkBytes: number; intervalMs: number };
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "proxy-connection",
  "upgrade",
  "trailer",
]);

export function endToEndHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Sends `req` with `body` to `upstream` (credentials stripped) and reads the whole answer. */
export function forwardRequest(
  agent: http.Agent,
  upstream: URL,
  req: RequestInfo,
  body: Buffer,
): Promise<ProxyResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      ...req.headers,
      host: upstream.host,
      "content-length": String(body.length),
    };
    delete headers["authorization"];
    const out = (upstream.protocol === "https:" ? https : http).request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.path,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 502,
            headers: endToEndHeaders(res.headers),
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    out.on("error", reject);
    out.end(body);
  });
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Writes `res` to the client in the given shape; resolves when done (or the client went away). */
export async function writeAnswer(out: ServerResponse, res: ProxyResponse, shape: AnswerShape = {}): Promise<void> {
  out.writeHead(res.status, { ...res.headers, "content-length": String(res.body.length) });
  if (shape.truncateAt !== undefined) {
    out.write(res.body.subarray(0, shape.truncateAt));
    await wait(20);
    out.socket?.destroy();
    return;
  }
  if (shape.drip) {
    for (let at = 0; at < res.body.length; at += shape.drip.chunkBytes) {
      if (out.destroyed || out.socket?.destroyed) return;
      out.write(res.body.subarray(at, at + shape.drip.chunkBytes));
      await wait(shape.drip.intervalMs);
    }
    out.end();
    return;
  }
  await new Promise<void>((resolve) => out.end(res.body, () => resolve()));
}

/** 200 with a body that never ends (chunked, 64 KiB at a time) until the client disconnects. */
export async function writeEndless(out: ServerResponse, contentType = "application/json"): Promise<void> {
  out.writeHead(200, { "content-type": contentType });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  chunk.write('{"signed":');
  const first = Buffer.from(chunk);
  chunk.fill(0x20);
  let sent = 0;
  while (!out.destroyed && !(out.socket?.destroyed ?? true) && sent < 4 * 1024 * 1024 * 1024) {
    const ok = out.write(sent === 0 ? first : chunk);
    sent += chunk.length;
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off("drain", done);
          out.off("close", done);
          resolve();
        };
        out.on("drain", done);
        out.on("close", done);
      });
    }
  }
}
