/**
 * Retries for idempotent requests (GET, HEAD) on transient failures: 408, 429 and 5xx answers
 * (except 501 Not Implemented), and UNREACHABLE / TIMEOUT / CONNECTION_RESET errors. Jittered
 * exponential backoff, `Retry-After` honoured up to `maxDelayMs`. POST, PUT and DELETE pass through
 * untouched: whether a write may be repeated is the caller's decision.
 */
import { RETRYABLE_CODES } from "../error-codes.js";
import { ServerError } from "../errors.js";
import { sleep as waitFor } from "../event-loop.js";
import { displayUrl, type HttpRequest, type HttpResponse, type Transport } from "./http.js";

export interface RetryOptions {
  /** Total attempts including the first, 4 by default. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injectable for tests; rejects when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable for tests; a number in [0, 1). */
  random?: () => number;
  /** Called before each wait, as it happens: what failed, why, which attempt comes next and the wait. */
  onRetry?: RetryLogger;
  /** No wait that would end after this (milliseconds since the epoch): the last failure is final. */
  deadlineAt?: number;
  /** Clock for HTTP-date `Retry-After` values. */
  now?: () => number;
}

/**
 * One retry about to happen: `attempt` failed for `reason`; attempt `attempt + 1` of `attempts` follows after
 * `delayMs`.
 */
export interface RetryEvent {
  method: string;
  url: string;
  reason: string;
  attempt: number;
  attempts: number;
  delayMs: number;
}

/** The injected callback for retries; `describeRetry` makes the log line. */
export type RetryLogger = (event: RetryEvent) => void;

/**
 * `GET https://notary.example/v2/…/timestamp.json failed (TIMEOUT: not complete within 30 s); retrying
 * in 812 ms (attempt 2 of 4)`.
 */
export function describeRetry(e: RetryEvent): string {
  return `${e.method} ${displayUrl(e.url)} failed (${e.reason}); retrying in ${e.delayMs} ms (attempt ${e.attempt + 1} of ${e.attempts})`;
}

/** The retry lines of one or more connections (retryLines). */
export interface RetryLines {
  /** Says the retry, unless its host, attempt and reason were said in this episode. */
  retrying(e: RetryEvent): void;
  /** An answer from the host that is not retried: it ends the host's episode. */
  answered(url: string, status: number): void;
}

/**
 * Retry lines as a person reads them: a server that is down fails every request alike, so one line
 * per host, attempt and reason says it, where one per request would repeat it for every file (of
 * every image, when connections share the lines). An answer from the host ends that episode: a later
 * outage (the read-back after a publish) is said again.
 */
export function retryLines(log: (line: string) => void): RetryLines {
  const said = new Map<string, Set<string>>();
  return {
    retrying(e) {
      const host = new URL(e.url).host;
      const seen = said.get(host) ?? new Set<string>();
      const key = `${e.attempt} ${e.reason}`;
      if (seen.has(key)) return;
      said.set(host, seen.add(key));
      log(describeRetry(e));
    },
    answered(url, status) {
      if (!isRetryableStatus(status)) said.delete(new URL(url).host);
    },
  };
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

export function withRetries(transport: Transport, options: RetryOptions = {}): Transport {
  const attempts = Math.max(1, options.attempts ?? 4);
  const baseDelayMs = options.baseDelayMs ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 3000;
  const sleep = options.sleep ?? waitFor;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  return async (req: HttpRequest): Promise<HttpResponse> => {
    if (req.method !== "GET" && req.method !== "HEAD") return transport(req);
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number | undefined;
      let reason: string;
      let failure: { res: HttpResponse } | { err: ServerError };
      try {
        const res = await transport(req);
        if (!isRetryableStatus(res.status)) return res;
        // Out of attempts: the answer says how often it was tried, for the message naming it.
        if (attempt >= attempts) return attempt > 1 ? { ...res, attempts: attempt } : res;
        retryAfterMs = parseRetryAfter(res.headers["retry-after"], now());
        reason = `HTTP ${res.status}`;
        failure = { res: attempt > 1 ? { ...res, attempts: attempt } : res };
      } catch (err) {
        if (!(err instanceof ServerError) || !RETRYABLE_CODES.has(err.code) || req.signal?.aborted) throw err;
        if (attempt >= attempts) throw attempt > 1 ? triedTimes(err, attempt) : err;
        reason = err.why ? `${err.code}: ${err.why}` : err.code;
        failure = { err: attempt > 1 ? triedTimes(err, attempt) : err };
      }
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      // "Equal jitter": half fixed, half random, so concurrent clients spread out.
      const jittered = Math.round(backoff / 2 + (random() * backoff) / 2);
      const delayMs = retryAfterMs === undefined ? jittered : Math.min(maxDelayMs, Math.max(retryAfterMs, 0));
      // A wait that would outlast the run's deadline is not worth starting: the failure is final.
      if (options.deadlineAt !== undefined && now() + delayMs >= options.deadlineAt) {
        if ("res" in failure) return failure.res;
        throw failure.err;
      }
      options.onRetry?.({ method: req.method, url: req.url, reason, attempt, attempts, delayMs });
      await sleep(delayMs, req.signal);
    }
  };
}

/** A request that failed every time it was tried: a caller above must not retry it again. */
export class RetriesExhaustedError extends ServerError {
  constructor(
    err: ServerError,
    readonly attempts: number,
  ) {
    super(err.code, `${err.message} (tried ${attempts} times)`, {
      cause: err,
      ...(err.status !== undefined ? { status: err.status } : {}),
      ...(err.url !== undefined ? { url: err.url } : {}),
      ...(err.hint !== undefined ? { hint: err.hint } : {}),
    });
  }
}

/** The last error of a request that failed every time, saying how many times it was tried. */
export function triedTimes(err: ServerError, attempts: number): RetriesExhaustedError {
  return new RetriesExhaustedError(err, attempts);
}

/** `Retry-After` as delay-seconds or an HTTP-date; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
