import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { withDeadline } from "../../src/net/deadline.js";
import type { HttpRequest, Transport } from "../../src/net/http.js";
import { describeRetry, withRetries, type RetryEvent } from "../../src/net/retry.js";

/** A fake clock; a transport that "hangs" until its timeout, advancing the clock by it. */
function hungServer() {
  let now = 1_000_000;
  const timeouts: number[] = [];
  const transport: Transport = async (req: HttpRequest) => {
    const t = req.timeoutMs ?? 30_000;
    timeouts.push(t);
    now += t;
    throw new ServerError("TIMEOUT", `${req.method} ${req.url} did not complete within ${t} ms`, {
      why: `not complete within ${t / 1000} s`,
    });
  };
  return { transport, timeouts, now: () => now, sleep: async (ms: number) => void (now += ms) };
}

const req: HttpRequest = { method: "GET", url: "https://notary.test/v2/app/_trust/tuf/timestamp.json", maxBytes: 100 };

describe("a run's deadline and its retries", () => {
  it("logs every retry as it happens (what, why, attempt n of m, the wait) and stops at the deadline", async () => {
    const s = hungServer();
    const start = s.now();
    const deadlineAt = start + 75_000;
    const events: RetryEvent[] = [];
    const transport = withRetries(withDeadline(s.transport, { deadlineAt, deadlineMs: 75_000, now: s.now }), {
      attempts: 4,
      baseDelayMs: 200,
      random: () => 0.5,
      sleep: s.sleep,
      now: s.now,
      deadlineAt,
      onRetry: (e) => events.push(e),
    });
    const err = await transport(req).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("DEADLINE_EXCEEDED");
    expect(s.now() - start).toBeLessThanOrEqual(75_000);
    // 30 s, 30 s, then only what is left of the 75 s.
    expect(s.timeouts).toEqual([30_000, 30_000, 75_000 - 60_000 - 150 - 300]);
    expect(events.map(describeRetry)).toEqual([
      "GET https://notary.test/v2/app/_trust/tuf/timestamp.json failed (TIMEOUT: not complete within 30 s); retrying in 150 ms (attempt 2 of 4)",
      "GET https://notary.test/v2/app/_trust/tuf/timestamp.json failed (TIMEOUT: not complete within 30 s); retrying in 300 ms (attempt 3 of 4)",
    ]);
  });

  it("without a deadline, a hung server costs every attempt's full timeout", async () => {
    const s = hungServer();
    const start = s.now();
    const err = await withRetries(s.transport, {
      attempts: 4,
      baseDelayMs: 200,
      random: () => 0.5,
      sleep: s.sleep,
      now: s.now,
    })(req).catch((e: unknown) => e);
    expect((err as ServerError).code).toBe("TIMEOUT");
    expect(s.now() - start).toBeGreaterThan(120_000);
  });

  it("sends nothing once the deadline has passed", async () => {
    const s = hungServer();
    const transport = withDeadline(s.transport, { deadlineAt: s.now() - 1, deadlineMs: 1000, now: s.now });
    await expect(transport(req)).rejects.toMatchObject({ code: "DEADLINE_EXCEEDED" });
    expect(s.timeouts).toEqual([]);
  });
});
