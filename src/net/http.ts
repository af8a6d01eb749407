/**
 * Our HTTP transport over node:http / node:https. Global fetch cannot take a per-client CA bundle,
 * so every request of the action goes through here: keep-alive agents per transport, a deadline per
 * request (covering redirects, slow bodies and hung servers), bounded bodies, bounded redirects that
 * drop `Authorization` across origins, and errors that name the URL but never a header value.
 */
import http from "node:http";
import tls from "node:tls";
import { ServerError } from "../errors.js";
import { defaultCaCertificates, displayUrl, flattenHeaders, formatMs, parseHttpUrl } from "./http-parts.js";
import type { ProxyConfig, ProxyServer } from "./proxy.js";
import { createRouter, proxyRefusal, type Route, type Router } from "./route.js";
import { tlsFailure } from "./tls-trust.js";

export { displayUrl } from "./http-parts.js";

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

/** A transport that also lends its proxy-aware agents to clients that take one (the AWS SDK). */
export type OwnTransport = Transport & {
  close(): void;
  /** An agent that routes each request directly or through the proxy, as the transport does. */
  agentFor(secure: boolean): http.Agent;
};

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
  /** Forward proxies (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, read by the front end). */
  proxy?: ProxyConfig | undefined;
  /** CA certificates (PEM) trusted for one host:port only, on top of `caPem` (docker's tls/<host>/ directory). */
  hostCa?: (host: string) => string | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;
/** What a TLS client reports when the server's first bytes are no TLS record (a plain-HTTP answer, say). */
const NOT_TLS_CODES = new Set(["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);
/** Deadline of the one plain-HTTP request that tells a plain-HTTP server from a broken TLS one. */
const PLAIN_HTTP_PROBE_MS = 2_000;

export function createTransport(options: TransportOptions = {}): OwnTransport {
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? "content-trust-action";
  const maxSockets = options.maxSockets ?? 16;
  const router = createRouter({ proxy: options.proxy, maxSockets });
  // One TLS context per set of extra CAs, made on first use. Given as `ca` to the agent, the ~150
  // default CA certificates would be parsed again for each new socket (10-20 ms of CPU each, one
  // after another in a parallel wave) and copied into each request's pool key.
  const contexts = new Map<string, TlsOptions>();
  const tlsFor = (url: URL): TlsOptions => {
    if (url.protocol !== "https:") return {};
    const hostCa = options.hostCa?.(url.host);
    const key = hostCa ? url.host : "";
    let known = contexts.get(key);
    if (!known) {
      const extra = [options.caPem, hostCa].filter((pem): pem is string => Boolean(pem));
      known = extra.length === 0 ? { caGiven: false } : { caGiven: true, secureContext: tls.createSecureContext({ ca: [...defaultCaCertificates(), ...extra] }) };
      contexts.set(key, known);
    }
    return known;
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
        const res = await exchange(router, tlsFor(url), url, req.method, headers, req.body, req.maxBytes, controller.signal);
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
    close: () => router.destroy(),
    agentFor: (secure: boolean) => router.agentFor(secure),
  });
}

/**
 * One request/response; resent once on a new connection when a reused keep-alive socket was closed
 * before any answer, for idempotent methods only (as Go's transport does): a POST may have been
 * processed, so whether to repeat it is the caller's decision.
 */
type TlsOptions = { secureContext?: tls.SecureContext; caGiven?: boolean };

async function exchange(
  router: Router,
  tlsOptions: TlsOptions,
  url: URL,
  method: HttpMethod,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<HttpResponse> {
  const route = router.route(url, tlsOptions.secureContext);
  const once = () => exchangeOnce(route, tlsOptions, url, method, headers, body, maxBytes, signal);
  try {
    try {
      return await once();
    } catch (err) {
      if (!(err instanceof StaleSocketError) || signal.aborted) throw err;
      if (method === "POST") throw unreachable(url, method, err.message, route.proxy);
    }
    try {
      return await once();
    } catch (err) {
      if (!(err instanceof StaleSocketError) || signal.aborted) throw err;
      throw unreachable(url, method, err.message, route.proxy);
    }
  } catch (err) {
    if (!(err instanceof NotTlsError) || signal.aborted) throw err;
    // Go's client reads the first bytes of the answer to tell "server gave HTTP response to HTTPS
    // client"; Node only says EPROTO. One plain-HTTP request to the same host and port, through the
    // same proxy, tells the two apart: any HTTP answer means the server speaks plain HTTP.
    const plain = await speaksPlainHttp(router, url, route.proxy ?? null, signal);
    const shown = `${method} ${displayUrl(url)}`;
    if (plain) {
      throw new ServerError("PLAIN_HTTP", `${url.host} answered plain HTTP to an HTTPS request for ${shown}`, {
        url: displayUrl(url),
        hint: "the server does not speak TLS: reach it over http",
      });
    }
    throw tlsFailure(err.message, url.host, shown, displayUrl(url), tlsOptions.caGiven === true);
  }
}

/** Whether host:port of `url` answers a plain-HTTP HEAD / (no credentials are sent). */
async function speaksPlainHttp(router: Router, url: URL, via: ProxyServer | null, signal: AbortSignal): Promise<boolean> {
  const probeUrl = new URL(`http://${url.host}/`);
  const probe = AbortSignal.any([signal, AbortSignal.timeout(PLAIN_HTTP_PROBE_MS)]);
  try {
    await exchangeOnce(router.route(probeUrl, undefined, via), {}, probeUrl, "HEAD", {}, undefined, 0, probe);
    return true;
  } catch (err) {
    // Any answer at all is HTTP; only a failure to get one says no.
    return err instanceof ServerError && err.code === "RESPONSE_TOO_LARGE";
  }
}

function unreachable(url: URL, method: HttpMethod, code: string, proxy?: ProxyServer): ServerError {
  const shown = displayUrl(url);
  if (proxy) {
    return new ServerError("UNREACHABLE", `cannot reach ${url.host} through the proxy ${proxy.url.host} for ${method} ${shown} (${code || "connection error"})`, { url: shown });
  }
  return new ServerError("UNREACHABLE", `cannot reach ${url.host} for ${method} ${shown} (${code || "connection error"})`, { url: shown });
}

class StaleSocketError extends Error {}
/** A TLS handshake that met something other than TLS; `message` is Node's code. */
class NotTlsError extends Error {}

function exchangeOnce(
  route: Route,
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
    const sendHeaders = { ...headers, ...route.headers };
    if (body !== undefined) sendHeaders["content-length"] = String(body.byteLength);
    let settled = false;
    // Set when the proxy refused the CONNECT tunnel: its answer is not the target's.
    let refusedTunnel: number | undefined;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      request.destroy();
      reject(err);
    };
    const request = route.lib.request({ ...route.options, method, headers: sendHeaders, signal });
    request.on("proxyConnect", (answer: { statusCode?: number }) => {
      if (answer.statusCode !== 200) refusedTunnel = answer.statusCode ?? 0;
    });
    request.on("error", (err: NodeJS.ErrnoException) => {
      if (signal.aborted) return fail(err);
      const code = err.code ?? "";
      if (request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE")) {
        return fail(new StaleSocketError(code));
      }
      if (url.protocol === "https:" && NOT_TLS_CODES.has(code)) return fail(new NotTlsError(code));
      if (TLS_CODES.test(code)) return fail(tlsFailure(code, url.host, `${method} ${shown}`, shown, tlsOptions.caGiven === true));
      fail(unreachable(url, method, code, route.proxy));
    });
    request.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (route.proxy && (status === 407 || (refusedTunnel !== undefined && status < 500))) {
        // A refused tunnel's answer is the proxy's (a 5xx one says it could not reach the target,
        // and is retried like the target's own 5xx); 407 is the proxy asking for credentials.
        res.resume();
        return fail(proxyRefusal(route.proxy, status, url.host, `${method} ${shown}`, shown));
      }
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
