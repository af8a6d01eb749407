/**
 * The sets that classify error codes, in one place beside the union (errors.ts): what the transport
 * retries, what means an upload's answer was lost, what verify reports as unreachable or as access
 * denied. Each is a set of ErrorCode, so a code that is renamed or removed fails to compile here.
 */
import type { ErrorCode } from "./errors.js";

/**
 * Failures of one exchange that a retry can cure and that cannot have changed anything on the
 * server before it failed: the transport (net/retry.ts) and registry writes retry them.
 */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "UNREACHABLE",
  "TIMEOUT",
  "CONNECTION_RESET",
]);

/**
 * An upload that may or may not have been applied: only re-reading the server can tell. A
 * connection reset while the answer was read is one (the server may have committed before the
 * answer was lost); so is a 500 to the upload (UPLOAD_UNCONFIRMED, a lost race on PostgreSQL).
 */
export const LOST_ANSWER_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "UNREACHABLE",
  "TIMEOUT",
  "SERVER_UNAVAILABLE",
  "CONNECTION_RESET",
  "UPLOAD_UNCONFIRMED",
]);

/** A server that could not be reached or spoken to: network, redirects, TLS, plain HTTP, proxy. */
export const UNREACHABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "UNREACHABLE",
  "TIMEOUT",
  "CONNECTION_RESET",
  "SERVER_UNAVAILABLE",
  "TOO_MANY_REDIRECTS",
  "BAD_REDIRECT",
  "ABORTED",
  "TLS",
  "TLS_UNKNOWN_CA",
  "TLS_WRONG_CA",
  "TLS_HOSTNAME",
  "TLS_CERT_EXPIRED",
  "PLAIN_HTTP",
  "REGISTRY_PLAIN_HTTP",
  "PROXY_AUTH",
  "PROXY_REFUSED",
]);

/** Credentials missing, refused, or without the access asked for. */
export const ACCESS_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "UNAUTHORIZED",
  "PULL_DENIED",
  "PUSH_DENIED",
  "TOKEN_ERROR",
  "BAD_CHALLENGE",
  "CREDENTIAL_HELPER",
]);
