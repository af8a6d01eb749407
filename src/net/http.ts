/**
 * Our HTTP transport over node:http / node:https. Global fetch cannot take a per-client CA bundle,
 * so every request of the action goes through here: keep-alive agents per transport, a deadline per
 * request (covering redirects, slow bodies and hung servers) and a shorter one for setting up each
 * new connection (a host that takes it and never finishes the handshake), bounded bodies, bounded
 * redirects that drop `Authorization` across origins and never leave https for plain http (but for
 * loopback), and errors that name the URL but never a header value.
 */
import http from "node:http";
import { ServerError } from "../errors.js";
import { REDIRECT_STATUSES, exchange, type HttpMethod, type HttpResponse, type TlsOptions } from "./exchange.js";
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_MAX_SOCKETS, displayUrl, formatMs, parseHttpUrl } from "./http-parts.js";
import { isLoopbackHost, type ProxyConfig } from "./proxy.js";
import { createRouter } from "./route.js";
import { contextWithExtraCas } from "./tls-context.js";

export { displayUrl } from "./http-parts.js";
export type { HttpMethod, HttpResponse } from "./exchange.js";

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
  /**
   * Deadline of a new connection's set-up (TCP, and TLS for https), 10 s: the Go clients' bound on
   * a TLS handshake. Opening a tunnel through a proxy, before it, has a bound as long. Reported as
   * UNREACHABLE; a reused or already set-up connection has none.
   */
  connectTimeoutMs?: number;
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

export function createTransport(options: TransportOptions = {}): OwnTransport {
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? "content-trust-action";
  const maxSockets = options.maxSockets ?? DEFAULT_MAX_SOCKETS;
  const router = createRouter({ proxy: options.proxy, maxSockets, setupMs: connectTimeoutMs });
  // One TLS context per set of extra CAs, made on first use. Given as `ca` to the agent, the ~150
  // default CA certificates would be parsed again for each new socket (10-20 ms of CPU each, one
  // after another in a parallel wave) and copied into each request's pool key. See contextWithExtraCas
  // for how the context is made without parsing them again even once.
  const contexts = new Map<string, TlsOptions>();
  const tlsFor = (url: URL): TlsOptions => {
    if (url.protocol !== "https:") return {};
    const hostCa = options.hostCa?.(url.host);
    const key = hostCa ? url.host : "";
    let known = contexts.get(key);
    if (!known) {
      const extra = [options.caPem, hostCa].filter((pem): pem is string => Boolean(pem));
      known = extra.length === 0 ? { caGiven: false } : { caGiven: true, secureContext: contextWithExtraCas(extra) };
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
        const res = await exchange(
          router,
          tlsFor(url),
          url,
          req.method,
          headers,
          req.body,
          req.maxBytes,
          controller.signal,
          connectTimeoutMs,
        );
        const location = res.headers["location"];
        const followable = req.method === "GET" || req.method === "HEAD";
        if (!followable || !REDIRECT_STATUSES.has(res.status) || !location) return res;
        if (hop >= maxRedirects) {
          throw new ServerError(
            "TOO_MANY_REDIRECTS",
            `${req.method} ${displayUrl(req.url)} redirected more than ${maxRedirects} times`,
            { status: res.status, url: displayUrl(req.url) },
          );
        }
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          next = new URL("invalid:");
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new ServerError(
            "BAD_REDIRECT",
            `${req.method} ${displayUrl(url)} redirected to a URL that is not http(s)`,
            { status: res.status, url: displayUrl(url) },
          );
        }
        // A downgrade would hand the rest of the exchange to anyone on the path; loopback has no path.
        if (url.protocol === "https:" && next.protocol === "http:" && !isLoopbackHost(next.hostname)) {
          throw new ServerError(
            "BAD_REDIRECT",
            `${req.method} ${displayUrl(url)} redirected from https to plain http (${next.host})`,
            {
              status: res.status,
              url: displayUrl(url),
              hint: "the server must redirect to an https URL",
            },
          );
        }
        // Credentials are for the origin that asked for them, never for the next one.
        if (next.origin !== url.origin) delete headers["authorization"];
        url = next;
      }
    } catch (err) {
      if (err instanceof ServerError) throw err;
      if (timedOut) {
        throw new ServerError(
          "TIMEOUT",
          `${req.method} ${displayUrl(url)} did not complete within ${formatMs(timeoutMs)}`,
          { url: displayUrl(url), cause: err, why: `not complete within ${formatMs(timeoutMs)}` },
        );
      }
      if (req.signal?.aborted) {
        throw new ServerError("ABORTED", `${req.method} ${displayUrl(url)} was cancelled`, {
          url: displayUrl(url),
          cause: req.signal.reason,
        });
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
