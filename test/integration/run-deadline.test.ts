// A hung Notary server: the run fails within its deadline (not attempts × the request timeout),
// and each retry is logged as it happens, with what, why, attempt n of m and the wait.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useStack } from "../stack/use-stack.js";
import { scene, signThroughProxy, type Scene } from "../helpers/hostile.js";
import { runCli } from "../helpers/admin.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();

describe("a hung server and the run's deadline", () => {
  let s: Scene;
  beforeAll(async () => {
    s = await scene(stack, "deadline");
  });
  afterAll(() => s?.close());

  it("sign fails within the deadline with each retry logged", async () => {
    s.proxy.clearRules();
    s.proxy.on({ method: "GET", path: /\/_trust\/tuf\/timestamp\.json$/ }, { hang: true });
    const lines: string[] = [];
    const started = performance.now();
    const err = await signThroughProxy(
      s,
      { timeoutMs: 1000, deadlineMs: 2500, retry: { attempts: 4, baseDelayMs: 50, maxDelayMs: 100 } },
      { runtime: createRuntime({ log: (m) => lines.push(m) }) },
    ).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(err).toMatchObject({ code: "DEADLINE_EXCEEDED" });
    expect(elapsed).toBeLessThan(2500 + 1000);
    const retries = lines.filter((l) =>
      /timestamp\.json failed \(TIMEOUT: not complete within \d+ s\); retrying in \d+ ms \(attempt \d of 4\)$/.test(l),
    );
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries[0]).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/.+\/_trust\/tuf\/timestamp\.json failed \(TIMEOUT: not complete within \d+ s\); retrying in \d+ ms \(attempt 2 of 4\)$/,
    );
  });

  it("the CLI takes --deadline and prints the retries", async () => {
    s.proxy.clearRules();
    s.proxy.on({ method: "GET", path: /\/_trust\/tuf\/timestamp\.json$/ }, { hang: true });
    const started = performance.now();
    const run = await runCli([
      "verify",
      `${s.repo.gun}:v1`,
      "--notary-server",
      s.proxy.url,
      "--timeout",
      "1",
      "--deadline",
      "2",
      "--trust-dir",
      s.trustDir,
    ]);
    expect(performance.now() - started).toBeLessThan(2000 + 1000);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /timestamp\.json failed \(TIMEOUT: not complete within \d+ s\); retrying in \d+ ms \(attempt 2 of 4\)/,
    );
    expect(run.stdout).toContain("deadline of 2 s passed");
  });
});
