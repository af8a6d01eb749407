// The tampering proxy itself (test/stack/proxy.ts), on what other tests and benchmarks rely on:
// it forwards faithfully, records every request with timings, counts sequential waves, and its
// rewrite, replay and cut-short answers do what they say.
import { afterEach, expect, it } from "vitest";
import { useStack } from "../stack/use-stack.js";
import { inspectThroughProxy, scene, signThroughProxy, type Scene } from "../helpers/hostile.js";

const stack = useStack();
let s: Scene | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

it("records our inspect as two sequential waves of requests under added latency", async () => {
  s = await scene(stack, "proxy-waves");
  await signThroughProxy(s);
  s.proxy.clearRecords();
  s.proxy.setLatency(40);
  const { result } = await inspectThroughProxy(s);
  expect(result.signedTags.map((t) => t.tag)).toEqual(["v1"]);
  const files = s.proxy.records.map((r) => r.path.split("/_trust/tuf/")[1]);
  expect(files.slice(0, 5).sort()).toEqual([
    "root.json",
    "snapshot.json",
    "targets.json",
    "targets/releases.json",
    "timestamp.json",
  ]);
  expect(files.slice(5)).toEqual([expect.stringMatching(/^targets\/ci\.[0-9a-f]{64}\.json$/)]);
  expect(s.proxy.waves()).toBe(2);
  for (const r of s.proxy.records) expect(r.endedAt! - r.startedAt).toBeGreaterThanOrEqual(79);
});

it("rewrites JSON, replays a recorded answer, and cuts answers short", async () => {
  s = await scene(stack, "proxy-actions");
  const url = `${s.proxy.url}/v2/${s.repo.gun}/_trust/tuf/timestamp.json`;
  const first = (await fetch(url).then((r) => r.json())) as { signed: Record<string, unknown> };
  s.proxy.on(
    { method: "GET", path: /timestamp\.json$/, times: 1 },
    { rewriteJson: (v: { signed: { version: number } }) => void (v.signed.version = 99) },
  );
  expect(((await fetch(url).then((r) => r.json())) as { signed: { version: number } }).signed.version).toBe(99);
  const replayed = s.proxy.last("GET", /timestamp\.json$/)!;
  s.proxy.on({ method: "GET", path: /timestamp\.json$/, times: 1 }, { serve: replayed });
  expect(await fetch(url).then((r) => r.json())).toEqual({ ...first, signed: { ...first.signed, version: 99 } });
  s.proxy.on({ method: "GET", path: /timestamp\.json$/, times: 1 }, { truncateAt: 10 });
  await expect(fetch(url).then((r) => r.text())).rejects.toThrow();
  expect(s.proxy.records.map((r) => [r.forwarded, r.status])).toEqual([
    [true, 200],
    [true, 200],
    [false, 200],
    [true, 200],
  ]);
});
