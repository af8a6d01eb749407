/**
 * Small parts of the HTTP transport: URLs as messages show them and as requests take them, the CA
 * certificates Node trusts by default, response headers and durations.
 */
import { quotedInput } from "../redaction.js";
import type http from "node:http";
import { UsageError } from "../errors.js";

/** A URL for messages: no user info, no query values (presigned URLs carry secrets there). */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?…" : ""}`;
  } catch {
    return "(invalid URL)";
  }
}

/** Connections per host of a transport, unless it is given another number. */
export const DEFAULT_MAX_SOCKETS = 16;
/**
 * How long a new connection may take to be set up (TCP, a proxy's tunnel, TLS), unless the
 * transport is given another bound: 10 s, the Go clients' bound on a TLS handshake.
 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/**
 * A tunnel through a proxy that was not opened in time. Named and coded as Node's and the AWS
 * SDK's own timeouts, so that a client that takes our agents (the SDK) retries it as one.
 */
export class TunnelTimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly code = "ETIMEDOUT";
  constructor(setupMs: number) {
    super(`no tunnel through the proxy within ${setupMs} ms`);
  }
}
/**
 * Connections per server when many repositories are read at once (verify): every repository's
 * first wave goes out together.
 */
export const MANY_REPOSITORIES_MAX_SOCKETS = 64;

/**
 * Connections for `requests` sent together to one server, at most `max`: the fewest that take them
 * in as many rounds as `max` connections would. 100 requests on at most 64 connections take two
 * rounds either way, and 50 connections do it: each one more costs a TLS handshake on both sides
 * (the verify of 20 repositories: 488 ms on 50 connections against 538 on 64, in the bench's
 * setting) and saves no round trip.
 */
export function connectionsFor(requests: number, max: number): number {
  if (!(requests > 0) || !(max > 0)) return 0;
  return Math.ceil(requests / Math.ceil(requests / max));
}

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`not a valid URL: ${quotedInput(raw, 200)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`unsupported URL scheme ${url.protocol} in ${displayUrl(url)}; use http or https`);
  }
  return url;
}

export function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
