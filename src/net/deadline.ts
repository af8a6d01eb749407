/**
 * One deadline for a whole run: every request gets at most the time left (its own timeout still
 * applies when shorter), and once the time is up nothing more is sent. A hung server then costs at
 * most the run's deadline, not attempts × the per-request timeout.
 */
import { ServerError, deadlineExceeded } from "../errors.js";
import { displayUrl, type HttpRequest, type HttpResponse, type Transport } from "./http.js";
import { setting } from "../wording.js";

/** Default deadline of a run: five minutes. */
export const DEFAULT_RUN_DEADLINE_MS = 300_000;

export interface DeadlineOptions {
  /** Milliseconds since the epoch after which no request is sent and none is waited for. */
  deadlineAt: number;
  /** The run's deadline as configured, for messages. */
  deadlineMs: number;
  /** The transport's own per-request timeout (30 s by default). */
  requestTimeoutMs?: number;
  now?: () => number;
}

const HUNG_SERVER = `the server is hung or very slow; raise ${setting("deadline")} only if it is just slow`;

export function withDeadline(transport: Transport, options: DeadlineOptions): Transport {
  const now = options.now ?? Date.now;
  const perRequest = options.requestTimeoutMs ?? 30_000;
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const what = `${req.method} ${displayUrl(req.url)}`;
    const left = options.deadlineAt - now();
    if (left <= 0) throw deadlineExceeded(options.deadlineMs, what, HUNG_SERVER);
    const own = req.timeoutMs ?? perRequest;
    try {
      return await transport(left < own ? { ...req, timeoutMs: Math.max(1, left) } : req);
    } catch (err) {
      if (err instanceof ServerError && err.code === "TIMEOUT" && now() >= options.deadlineAt - 5)
        throw deadlineExceeded(options.deadlineMs, what, HUNG_SERVER, err);
      throw err;
    }
  };
}
