/**
 * One HTTP exchange over a route (direct or through a proxy): the request, the bounded read of its
 * answer, the one resend on a stale keep-alive socket, and errors that name the URL but never a
 * header value. A TLS handshake that meets plain HTTP is told apart from a broken TLS server here.
 * Redirects, deadlines and TLS contexts are the transport's (http.ts).
 */
import { isIP } from "node:net";
import type net from "node:net";
import tls from "node:tls";
import { ServerError, UsageError } from "../errors.js";
import { eventLoopTurns } from "../event-loop.js";
import { wasOpenedEarly } from "./early-connections.js";
import { TunnelTimeoutError, displayUrl, flattenHeaders, formatMs } from "./http-parts.js";
import type { ProxyServer } from "./proxy.js";
import { proxyRefusal, type Route, type Router } from "./route.js";
import { tlsFailure } from "./tls-trust.js";

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "DELETE";

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

/** TLS options of one host: its secure context when extra CAs are trusted, and whether any were given. */
export type TlsOptions = { secureContext?: tls.SecureContext; caGiven?: boolean };

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;
/** What a TLS client reports when the server's first bytes are no TLS record (a plain-HTTP answer, say). */
const NOT_TLS_CODES = new Set([
  "EPROTO",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "ERR_SSL_PACKET_LENGTH_TOO_LONG",
  "ERR_SSL_HTTP_REQUEST",
]);
/**
 * Largest declared length read into a buffer made before the body arrives: a server's claim alone
 * never makes us hold more than this (a larger body is collected as it comes, within maxBytes).
 */
const PREALLOCATE_MAX = 32 * 1024 * 1024;
/** Deadline of the one plain-HTTP request that tells a plain-HTTP server from a broken TLS one. */
const PLAIN_HTTP_PROBE_MS = 2_000;

/**
 * One request/response; resent once on a new connection when a reused keep-alive socket was closed
 * before any answer, for idempotent methods only (as Go's transport does): a POST may have been
 * processed, so whether to repeat it is the caller's decision. A new connection that is not set up
 * (TCP, and TLS for https) within `setupMs` fails the request as UNREACHABLE.
 */
export async function exchange(
  router: Router,
  tlsOptions: TlsOptions,
  url: URL,
  method: HttpMethod,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  maxBytes: number,
  signal: AbortSignal,
  setupMs: number,
): Promise<HttpResponse> {
  await router.ready;
  // A POST is not resent on a stale socket, so it must not pick one: after seconds of work on the
  // CPU (planning a role of 100,000 tags) the server's close of an idle connection is still waiting
  // unseen, and the POST would be written into it (EPIPE) again on every attempt. Two turns of the
  // event loop let the close be seen (read, then the close callbacks) before the agent hands out a socket.
  if (method === "POST") await eventLoopTurns(2);
  const route = router.route(url, tlsOptions.secureContext);
  const once = () => exchangeOnce(route, tlsOptions, url, method, headers, body, maxBytes, signal, setupMs);
  try {
    try {
      return await once();
    } catch (err) {
      if (!(err instanceof StaleSocketError) || signal.aborted) throw err;
      if (method === "POST") throw unreachable(url, method, err.nodeCode, route);
    }
    try {
      return await once();
    } catch (err) {
      if (!(err instanceof StaleSocketError) || signal.aborted) throw err;
      throw unreachable(url, method, err.nodeCode, route);
    }
  } catch (err) {
    if (!(err instanceof NotTlsError) || signal.aborted) throw err;
    // Go's client reads the first bytes of the answer to tell "server gave HTTP response to HTTPS
    // client"; Node only says EPROTO. One plain-HTTP request to the same host and port, through the
    // same proxy, tells the two apart: any HTTP answer means the server speaks plain HTTP.
    const shown = `${method} ${displayUrl(url)}`;
    // Through a proxy named by an https:// URL the handshake that failed may be the proxy's own: a
    // plain-HTTP proxy (most are) written with the wrong scheme.
    // A proxy that completes a TLS handshake of its own is not that: the failure is further on.
    if (route.proxy?.url.protocol === "https:" && !(await speaksTls(route.proxy.url, signal))) {
      const proxyUrl = new URL(`http://${route.proxy.url.host}/`);
      if (await speaksPlainHttp(router, proxyUrl, null, signal, setupMs)) {
        throw new UsageError(
          `the proxy ${route.proxy.url.host} speaks plain HTTP, but its URL says https:// (${err.nodeCode} for ${shown})`,
          { hint: `write the proxy URL as http://${route.proxy.url.host}` },
        );
      }
    }
    const plain = await speaksPlainHttp(router, url, route.proxy ?? null, signal, setupMs);
    if (plain) {
      throw new ServerError("PLAIN_HTTP", `${url.host} answered plain HTTP to an HTTPS request for ${shown}`, {
        url: displayUrl(url),
        hint: "the server does not speak TLS: reach it over http",
      });
    }
    throw tlsFailure(err.nodeCode, url.host, shown, displayUrl(url), tlsOptions.caGiven === true, proxied(route, true));
  }
}

/** The proxy of a route for tlsFailure; `tunnelAnswered`: the proxy answered CONNECT (its own TLS is done). */
function proxied(route: Route, tunnelAnswered: boolean): { host: string; own: boolean } | undefined {
  if (!route.proxy) return undefined;
  return { host: route.proxy.url.host, own: route.proxy.url.protocol === "https:" && !tunnelAnswered };
}

/**
 * Whether host:port of `url` completes a TLS handshake (any certificate: nothing is sent over it,
 * and it is closed at once); false only when what answers is not TLS. Undecided (a timeout, a
 * refused connection) counts as TLS, so that nothing is blamed on a guess.
 */
function speaksTls(url: URL, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const socket = tls.connect({
      host,
      port: Number(url.port || 443),
      // SNI names a host, never an address (Node warns when given one).
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
    });
    const timer = setTimeout(() => done(true), PLAIN_HTTP_PROBE_MS);
    const abort = () => done(true);
    signal.addEventListener("abort", abort, { once: true });
    function done(answer: boolean): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", abort);
      socket.destroy();
      resolve(answer);
    }
    socket.once("secureConnect", () => done(true));
    socket.once("error", (err: NodeJS.ErrnoException) => done(!NOT_TLS_CODES.has(err.code ?? "")));
  });
}

/** Whether host:port of `url` answers a plain-HTTP HEAD / (no credentials are sent). */
async function speaksPlainHttp(
  router: Router,
  url: URL,
  via: ProxyServer | null,
  signal: AbortSignal,
  setupMs: number,
): Promise<boolean> {
  const probeUrl = new URL(`http://${url.host}/`);
  const probe = AbortSignal.any([signal, AbortSignal.timeout(PLAIN_HTTP_PROBE_MS)]);
  try {
    await exchangeOnce(router.route(probeUrl, undefined, via), {}, probeUrl, "HEAD", {}, undefined, 0, probe, setupMs);
    return true;
  } catch (err) {
    // Any answer at all is HTTP; only a failure to get one says no.
    return err instanceof ServerError && err.code === "RESPONSE_TOO_LARGE";
  }
}

function unreachable(
  url: URL,
  method: HttpMethod,
  code: string,
  route: Pick<Route, "proxy" | "pastProxy">,
): ServerError {
  const shown = displayUrl(url);
  const { proxy } = route;
  const why = code || "connection error";
  if (proxy) {
    return new ServerError(
      "UNREACHABLE",
      `cannot reach ${url.host} through the proxy ${proxy.url.host} for ${method} ${shown} (${why})`,
      { url: shown, why: `${why}, through the proxy ${proxy.url.host}` },
    );
  }
  // Said when NO_PROXY took it past a proxy: a host only the proxy resolves fails this way.
  return new ServerError(
    "UNREACHABLE",
    `cannot reach ${url.host} for ${method} ${shown} (${why})${route.pastProxy ? `, directly: NO_PROXY lists it` : ""}`,
    {
      url: shown,
      why,
      ...(route.pastProxy ? { hint: `if only the proxy reaches ${url.hostname}, take it out of NO_PROXY` } : {}),
    },
  );
}

/** A kept-alive socket the server had closed; `nodeCode` is Node's code for how it failed. */
class StaleSocketError extends Error {
  constructor(readonly nodeCode: string) {
    super(`stale socket (${nodeCode})`);
  }
}
/** A TLS handshake that met something other than TLS; `nodeCode` is Node's code. */
class NotTlsError extends Error {
  constructor(readonly nodeCode: string) {
    super(`not TLS (${nodeCode})`);
  }
}

function exchangeOnce(
  route: Route,
  tlsOptions: TlsOptions,
  url: URL,
  method: HttpMethod,
  headers: Record<string, string>,
  body: Uint8Array | undefined,
  maxBytes: number,
  signal: AbortSignal,
  setupMs: number,
): Promise<HttpResponse> {
  let onAbort: (() => void) | undefined;
  const answer = new Promise<HttpResponse>((resolve, reject) => {
    const shown = displayUrl(url);
    const sendHeaders = { ...headers, ...route.headers };
    if (body !== undefined) sendHeaders["content-length"] = String(body.byteLength);
    let settled = false;
    // Set when the proxy refused the CONNECT tunnel: its answer is not the target's.
    let refusedTunnel: number | undefined;
    let tunnelOpen = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      request.destroy();
      reject(err);
    };
    const request = route.lib.request({ ...route.options, method, headers: sendHeaders, signal });
    // Node reports an abort through the request's socket: one still waited for (a proxy's tunnel
    // being opened, a free connection of the pool) would leave the request unsettled for ever.
    onAbort = () => fail(signal.reason ?? new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    if (signal.aborted) onAbort();
    const notSetUp = () => unreachable(url, method, `no connection within ${formatMs(setupMs)}`, route);
    // A server that accepts the connection and never finishes the handshake (or a host that drops
    // it) would hold the request until its whole deadline, on every retry: Go's clients give up on
    // a TLS handshake after 10 s. A reused connection, or an early one already set up, has no wait.
    request.on("socket", (socket: net.Socket) => {
      if (request.reusedSocket || isSetUp(socket)) return;
      const timer = setTimeout(() => {
        if (!isSetUp(socket)) fail(notSetUp());
      }, setupMs);
      const clear = () => clearTimeout(timer);
      socket.once(socket instanceof tls.TLSSocket ? "secureConnect" : "connect", clear);
      socket.once("close", clear);
    });
    request.on("proxyConnect", (answer: { statusCode?: number }) => {
      tunnelOpen = answer.statusCode === 200;
      if (answer.statusCode !== 200) refusedTunnel = answer.statusCode ?? 0;
    });
    request.on("error", (err: NodeJS.ErrnoException) => {
      if (signal.aborted) return fail(err);
      const code = err.code ?? "";
      if (err instanceof TunnelTimeoutError) return fail(notSetUp());
      if ((request.reusedSocket || wasOpenedEarly(request.socket)) && (code === "ECONNRESET" || code === "EPIPE")) {
        return fail(new StaleSocketError(code));
      }
      if (url.protocol === "https:" && NOT_TLS_CODES.has(code)) return fail(new NotTlsError(code));
      if (TLS_CODES.test(code)) {
        // A reused connection is a tunnel opened before: its proxy's handshake was done then.
        const via = proxied(route, refusedTunnel !== undefined || tunnelOpen || request.reusedSocket);
        return fail(tlsFailure(code, url.host, `${method} ${shown}`, shown, tlsOptions.caGiven === true, via));
      }
      fail(unreachable(url, method, code, route));
    });
    request.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (route.proxy && (status === 407 || refusedTunnel !== undefined)) {
        // A refused tunnel's answer is the proxy's, never the target's (a 5xx one says it could not
        // reach the target, and is retried as the target's being unreachable is); 407 is the proxy
        // asking for credentials.
        res.resume();
        return fail(
          proxyRefusal(route.proxy, status, url.host, `${method} ${shown}`, shown, res.headers["proxy-authenticate"]),
        );
      }
      const responseHeaders = flattenHeaders(res.headers);
      const declared = Number(responseHeaders["content-length"]);
      const tooLarge = () =>
        new ServerError(
          "RESPONSE_TOO_LARGE",
          `response to ${method} ${shown} is larger than the limit of ${maxBytes} bytes`,
          { status, url: shown },
        );
      if (REDIRECT_STATUSES.has(status) && responseHeaders["location"] && (method === "GET" || method === "HEAD")) {
        // The body of a redirect is never read; drain small ones to keep the socket.
        if (declared <= 65_536) res.resume();
        else res.destroy();
        settled = true;
        return resolve({ status, headers: responseHeaders, body: new Uint8Array(0), url: url.href });
      }
      if (method !== "HEAD" && Number.isFinite(declared) && declared > maxBytes) return fail(tooLarge());
      // A body of declared length is read into one buffer of that size (a large role is then held
      // once, not as chunks plus their concatenation plus a copy); one without is collected in chunks.
      const sized =
        method !== "HEAD" && Number.isSafeInteger(declared) && declared > 0 && declared <= PREALLOCATE_MAX
          ? new Uint8Array(declared)
          : undefined;
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        if (received + chunk.length > maxBytes) return fail(tooLarge());
        if (sized && received + chunk.length <= sized.length) sized.set(chunk, received);
        else chunks.push(chunk);
        received += chunk.length;
      });
      res.on("end", () => {
        if (settled) return;
        settled = true;
        resolve({ status, headers: responseHeaders, body: bodyOf(sized, chunks, received), url: url.href });
      });
      const reset = (err?: NodeJS.ErrnoException) => {
        if (signal.aborted) return fail(err ?? new Error("aborted"));
        fail(
          new ServerError(
            "CONNECTION_RESET",
            `connection to ${url.host} closed while reading the response to ${method} ${shown} (${err?.code ?? "incomplete body"})`,
            { status, url: shown, why: `closed while reading the answer (${err?.code ?? "incomplete body"})` },
          ),
        );
      };
      res.on("error", reset);
      res.on("close", () => {
        if (!res.complete) reset();
      });
    });
    request.end(body === undefined ? undefined : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  });
  return answer.finally(() => signal.removeEventListener("abort", onAbort!));
}

/**
 * Whether a connection can carry a request now: TCP connected and, for TLS, the handshake finished
 * (both sides' Finished messages exchanged).
 */
function isSetUp(socket: net.Socket): boolean {
  if (socket.pending) return false;
  // In TLS 1.2 the client sends its Finished before the server's: both are in once it is done.
  return (
    !(socket instanceof tls.TLSSocket) || (socket.getFinished() !== undefined && socket.getPeerFinished() !== undefined)
  );
}

/**
 * The body read: the sized buffer when exactly its length arrived, else every byte received in
 * order (a body shorter or longer than declared is returned as received, as before). A copy of
 * Buffer.concat's result, which may be a slice of Node's shared pool.
 */
function bodyOf(sized: Uint8Array | undefined, chunks: Buffer[], received: number): Uint8Array {
  if (sized && chunks.length === 0 && received === sized.length) return sized;
  const head = sized
    ? [Buffer.from(sized.buffer, 0, Math.min(sized.length, received - chunks.reduce((n, c) => n + c.length, 0)))]
    : [];
  return new Uint8Array(Buffer.concat([...head, ...chunks], received));
}
