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

it("asks for a delegation the first wave left out once the snapshot arrives, before the root is answered", async () => {
  s = await scene(stack, "proxy-early");
  await signThroughProxy(s);
  s.proxy.clearRecords();
  s.proxy.setLatency(40);
  let releaseRoot!: () => void;
  s.proxy.on(
    { method: "GET", path: /\/root\.json$/, times: 1 },
    { waitFor: new Promise<void>((resolve) => (releaseRoot = resolve)) },
  );
  let delegationAsked!: () => void;
  const asked = new Promise<void>((resolve) => (delegationAsked = resolve));
  s.proxy.on(
    { method: "GET", path: /\/targets\/ci\.[0-9a-f]{64}\.json$/, times: 1 },
    { rewriteRequest: (body) => (delegationAsked(), body) },
  );
  const inspected = inspectThroughProxy(s);
  // Without the early request the inspect waits for the root until its request times out.
  await Promise.race([asked, inspected.then(() => expect.fail("the delegation was not asked for early"))]);
  // Nothing can have been checked yet: the root is still held back.
  expect(s.proxy.find("GET", /\/root\.json$/).map((r) => r.outcome)).toEqual([undefined]);
  releaseRoot();
  const { result } = await inspected;
  expect(result.signedTags.map((t) => [t.tag, t.signers])).toEqual([["v1", ["ci"]]]);
  // The early answer was the file the checked snapshot names: it was not asked for again.
  expect(s.proxy.find("GET", /\/targets\/ci\./)).toHaveLength(1);
  // Two round trips, though the delegation was asked for while the root was still out.
  expect(s.proxy.waves()).toBe(2);
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
