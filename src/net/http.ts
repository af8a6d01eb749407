/**
 * Our HTTP transport over node:http / node:https. Global fetch cannot take a per-client CA bundle,
 * so every request of the action goes through here: keep-alive agents per transport, a deadline per
 * request (covering redirects, slow bodies and hung servers), bounded bodies, bounded redirects that
 * drop `Authorization` across origins, and errors that name the URL but never a header value.
 */
import http from "node:http";
import https from "node:https";
import tls from "node:tls";
import { ServerError, UsageError } from "../errors.js";

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "DELETE";

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Largest response body accepted; a larger one aborts the request with RESPONSE_TOO_LARGE. */
  maxBytes: number;
  /** Whole-request deadline (all redirects and the body); defaults to the transport's. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
  /** The URL that answered (after redirects). */
  url: string;
  /** Times the request was sent, when a retrying transport sent it more than once and gave up. */
  attempts?: number;
}

export type Transport = (req: HttpRequest) => Promise<HttpResponse>;

export interface TransportOptions {
  /** Extra trusted CA certificates (PEM bundle), added to the ones Node trusts by default. */
  caPem?: string;
  /** Default whole-request deadline, 30 s. */
  timeoutMs?: number;
  userAgent?: string;
  /** Redirects followed for GET and HEAD, 5 by default. */
  maxRedirects?: number;
  /** Connections per host at once, 16 by default (more requests wait for a free one). */
  maxSockets?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;

/** A URL for messages: no user info, no query values (presigned URLs carry secrets there). */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?…" : ""}`;
  } catch {
    return "(invalid URL)";
  }
}

export function createTransport(options: TransportOptions = {}): Transport & { close(): void } {
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? "content-trust-action";
  const maxSockets = options.maxSockets ?? 16;
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets });
  // One TLS context for every connection of this transport, made on first use. Given as `ca` to
  // the agent, the ~150 default CA certificates would be parsed again for each new socket (10-20 ms
  // of CPU each, one after another in a parallel wave) and copied into each request's pool key.
  let secureContext: tls.SecureContext | undefined;
  const tlsFor = (url: URL): TlsOptions => {
    if (url.protocol !== "https:" || !options.caPem) return {};
    secureContext ??= tls.createSecureContext({ ca: [...defaultCaCertificates(), options.caPem] });
    return { secureContext };
  };

  const transport = async (req: HttpRequest): Promise<HttpResponse> => {
    if (!Number.isSafeInteger(req.maxBytes) || req.maxBytes < 0) {
      throw new TypeError(`maxBytes must be a non-negative integer, got ${req.maxBytes}`);
    }
    let url = parseHttpUrl(req.url);
    const timeoutMs = req.timeoutMs ?? defaultTimeout;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    req.signal?.addEventListener("abort", onCallerAbort, { once: true });
    if (req.signal?.aborted) controller.abort();

    const headers: Record<string, string> = { "user-agent": userAgent };
    for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
    try {
      for (let hop = 0; ; hop++) {
        const agent = url.protocol === "https:" ? httpsAgent : httpAgent;
        const res = await exchange(agent, tlsFor(url), url, req.method, headers, req.body, req.maxBytes, controller.signal);
        const location = res.headers["location"];
        const followable = req.method === "GET" || req.method === "HEAD";
        if (!followable || !REDIRECT_STATUSES.has(res.status) || !location) return res;
        if (hop >= maxRedirects) {
          throw new ServerError("TOO_MANY_REDIRECTS", `${req.method} ${displayUrl(req.url)} redirected more than ${maxRedirects} times`, { status: res.status, url: displayUrl(req.url) });
        }
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          next = new URL("invalid:");
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new ServerError("BAD_REDIRECT", `${req.method} ${displayUrl(url)} redirected to a URL that is not http(s)`, { status: res.status, url: displayUrl(url) });
        }
        // Credentials are for the origin that asked for them, never for the next one.
        if (next.origin !== url.origin) delete headers["authorization"];
        url = next;
      }
    } catch (err) {
      if (err instanceof ServerError) throw err;
      if (timedOut) {
        throw new ServerError("TIMEOUT", `${req.method} ${displayUrl(url)} did not complete within ${formatMs(timeoutMs)}`, { url: displayUrl(url), cause: err });
      }
      if (req.signal?.aborted) {
        throw new ServerError("ABORTED", `${req.method} ${displayUrl(url)} was cancelled`, { url: displayUrl(url), cause: req.signal.reason });
      }
      throw err;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener("abort", onCallerAbort);
    }
  };

  return Object.assign(transport, {
    close(): void {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}

/** What Node trusts by default (bundled, NODE_EXTRA_CA_CERTS, system when enabled); bundled on Node < 22.15. */
function defaultCaCertificates(): readonly string[] {
  const get = (tls as { getCACertificates?: (type?: "default") => string[] }).getCACertificates;
  return typeof get === "function" ? get("default") : tls.rootCertificates;
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`unsupported URL scheme ${url.protocol} in ${displayUrl(url)}; use http or https`);
  }
  return url;
}

/**
 * One request/response; resent once on a new connection when a reused keep-alive socket was closed
 * before any answer, for idempotent methods only (as Go's transport does): a POST may have been
 * processed, so whether to repeat it is the caller's decision.
 */
type TlsOptions = { secureContext?: tls.SecureContext };

async function exchange(
  agent: http.Agent,
  tlsOptions: TlsOptions,
  url: URL,
  method: HttpMethod,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<HttpResponse> {
  try {
    return await exchangeOnce(agent, tlsOptions, url, method, headers, body, maxBytes, signal);
  } catch (err) {
    if (!(err instanceof StaleSocketError) || signal.aborted) throw err;
    if (method === "POST") throw unreachable(url, method, err.message);
  }
  try {
    return await exchangeOnce(agent, tlsOptions, url, method, headers, body, maxBytes, signal);
  } catch (err) {
    if (!(err instanceof StaleSocketError) || signal.aborted) throw err;
    throw unreachable(url, method, err.message);
  }
}

function unreachable(url: URL, method: HttpMethod, code: string): ServerError {
  return new ServerError("UNREACHABLE", `cannot reach ${url.host} for ${method} ${displayUrl(url)} (${code || "connection error"})`, { url: displayUrl(url) });
}

class StaleSocketError extends Error {}

function exchangeOnce(
  agent: http.Agent,
  tlsOptions: TlsOptions,
  url: URL,
  method: HttpMethod,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const shown = displayUrl(url);
    const sendHeaders = { ...headers };
    if (body !== undefined) sendHeaders["content-length"] = String(body.byteLength);
    const lib = url.protocol === "https:" ? https : http;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      request.destroy();
      reject(err);
    };
    const request = lib.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method,
      headers: sendHeaders,
      agent,
      signal,
      ...tlsOptions,
    });
    request.on("error", (err: NodeJS.ErrnoException) => {
      if (signal.aborted) return fail(err);
      const code = err.code ?? "";
      if (request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE")) {
        return fail(new StaleSocketError(code));
      }
      if (TLS_CODES.test(code)) {
        return fail(new ServerError("TLS", `TLS connection to ${url.host} failed for ${method} ${shown} (${code})`, {
          url: shown,
          hint: "if the server uses a private CA, pass its certificate as a CA bundle",
        }));
      }
      fail(unreachable(url, method, code));
    });
    request.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const responseHeaders = flattenHeaders(res.headers);
      const declared = Number(responseHeaders["content-length"]);
      const tooLarge = () =>
        new ServerError("RESPONSE_TOO_LARGE", `response to ${method} ${shown} is larger than the limit of ${maxBytes} bytes`, { status, url: shown });
      if (REDIRECT_STATUSES.has(status) && responseHeaders["location"] && (method === "GET" || method === "HEAD")) {
        // The body of a redirect is never read; drain small ones to keep the socket.
        if (declared <= 65_536) res.resume();
        else res.destroy();
        settled = true;
        return resolve({ status, headers: responseHeaders, body: new Uint8Array(0), url: url.href });
      }
      if (method !== "HEAD" && Number.isFinite(declared) && declared > maxBytes) return fail(tooLarge());
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) return fail(tooLarge());
        chunks.push(chunk);
      });
      res.on("end", () => {
        if (settled) return;
        settled = true;
        resolve({ status, headers: responseHeaders, body: new Uint8Array(Buffer.concat(chunks, received)), url: url.href });
      });
      const reset = (err?: NodeJS.ErrnoException) => {
        if (signal.aborted) return fail(err ?? new Error("aborted"));
        fail(new ServerError("CONNECTION_RESET", `connection to ${url.host} closed while reading the response to ${method} ${shown} (${err?.code ?? "incomplete body"})`, { status, url: shown }));
      };
      res.on("error", reset);
      res.on("close", () => {
        if (!res.complete) reset();
      });
    });
    request.end(body === undefined ? undefined : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  });
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
