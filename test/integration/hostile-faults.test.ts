// Faults between our client and the real notary-server, played by the tampering proxy: 5xx and
// resets retried with backoff and a bound, hung and dripping servers cut by the deadline, a token
// expiring mid-run, uploads whose answer was lost, persistent failure, and an upload the server
// stored in a form readers cannot use (caught after publishing, repaired by the next run).
import { afterEach, describe, expect, it } from "vitest";
import { parseEnvelope } from "../../src/tuf/metadata.js";
import { DockerTrust } from "../stack/go-clients.js";
import { useStack } from "../stack/use-stack.js";
import { randomSecret } from "../stack/proxy-auth.js";
import { failureOf, publishWatch, scene, signThroughProxy, type Scene } from "../helpers/hostile.js";
import { runAction } from "../helpers/runner.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
const scenes: Scene[] = [];
afterEach(async () => {
  await Promise.all(scenes.splice(0).map((s) => s.close()));
});

async function fresh(prefix: string, options: Parameters<typeof scene>[2] = {}): Promise<Scene> {
  const s = await scene(stack, prefix, options);
  scenes.push(s);
  return s;
}

const tuf = (s: Scene, file: string) => `${s.proxy.url}/v2/${s.repo.gun}/_trust/tuf/${file}`;
const releasesVersion = async (s: Scene) =>
  parseEnvelope(await s.repo.fetch("targets/releases"), "Targets", "releases").signed.version;

async function dockerSees(s: Scene): Promise<string[]> {
  const docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  try {
    return (await docker.inspect(s.repo.gun))[0]!.SignedTags.map((t) => t.SignedTag);
  } finally {
    await docker.dispose();
  }
}

describe("transient faults are retried with backoff, within a bound", () => {
  it("retries 5xx and connection resets on reads with the product's default backoff, then signs", async () => {
    const s = await fresh("retry");
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/, times: 3 }, { status: 503 });
    s.proxy.on({ method: "GET", path: /\/root\.json$/, times: 1 }, { reset: "before" });
    const result = await signThroughProxy(s, { retry: undefined });
    expect(result.published).toBe(true);
    const tries = s.proxy.find("GET", /\/timestamp\.json$/).slice(0, 4);
    expect(tries.map((r) => r.status)).toEqual([503, 503, 503, 200]);
    // Equal-jitter exponential backoff from 200 ms: waits of at least 100, 200 and 400 ms.
    const waits = tries.slice(1).map((r, i) => r.startedAt - tries[i]!.endedAt!);
    waits.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(100 * 2 ** i - 5));
    expect(s.proxy.find("GET", /\/root\.json$/)[0]!.outcome).toBe("reset-before");
    expect(await dockerSees(s)).toEqual(["v1"]);
  });

  it("gives up on a server that keeps failing, naming the server, the request and the attempts", async () => {
    const s = await fresh("down");
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, { status: 503 });
    s.proxy.on({ method: "GET", path: /\/root\.json$/ }, { reset: "before" });
    const watch = await publishWatch(s.repo);
    expect(await failureOf(signThroughProxy(s))).toMatch(
      new RegExp(
        `^cannot reach 127\\.0\\.0\\.1:\\d+ for GET ${tuf(s, "root.json").replace(/[.]/g, "\\.")} \\(\\w+\\) \\(tried 3 times\\)$`,
      ),
    );
    s.proxy.clearRules();
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, { status: 503 });
    expect(await failureOf(signThroughProxy(s))).toBe(
      `${s.repo.gun} on ${s.proxy.url}: GET timestamp.json failed with HTTP 503 (tried 3 times); the Notary server or its signer is failing; retry later`,
    );
    await watch.unchanged();
  });
});

describe("deadlines", () => {
  it("cuts a hung server at the deadline and names the URL", async () => {
    const s = await fresh("hang");
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, { hang: true });
    const started = Date.now();
    expect(await failureOf(signThroughProxy(s, { timeoutMs: 1000, retry: { attempts: 2, baseDelayMs: 10 } }))).toBe(
      `GET ${tuf(s, "timestamp.json")} did not complete within 1 s (tried 2 times)`,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("takes the deadline from the action's timeout input", async () => {
    const s = await fresh("hang-action");
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, { hang: true });
    const run = await runAction(".", {
      image: `${s.repo.gun}:v1`,
      "signer-key": s.repo.ciKeyPem,
      "notary-server": s.proxy.url,
      "insecure-registries": stack.registry.host,
      timeout: "1",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::GET ${tuf(s, "timestamp.json")} did not complete within 1 s (tried 4 times)`,
    );
  });

  it("cuts a server that drips its answer at the deadline", async () => {
    const s = await fresh("drip");
    s.proxy.on({ method: "GET", path: /\/targets\.json$/ }, { drip: { chunkBytes: 1, intervalMs: 50 } });
    expect(await failureOf(signThroughProxy(s, { timeoutMs: 1000, retry: { attempts: 2, baseDelayMs: 10 } }))).toBe(
      `GET ${tuf(s, "targets.json")} did not complete within 1 s (tried 2 times)`,
    );
  });
});

describe("tokens", () => {
  it("refreshes a token that expires mid-run once, and signs", async () => {
    const credentials = { username: "ci-bot", password: randomSecret("pw") };
    const s = await fresh("token", { auth: { scheme: "bearer", ...credentials } });
    const auth = s.proxy.auth!;
    let issuedBeforeExpiry = 0;
    s.proxy.on(
      { method: "GET", path: /\/targets\.json$/, times: 1 },
      {
        rewriteRequest: (body) => {
          issuedBeforeExpiry = auth.issued.length;
          auth.expireTokens();
          return body;
        },
      },
    );
    const result = await signThroughProxy(s, { credentials });
    expect(result.published).toBe(true);
    expect(auth.refused.length).toBeGreaterThan(1); // the first challenge, then the expired token
    // After the expiry: the push token for the upload, and at most one new pull token (none when the
    // push token, which also allows pull, was fetched first): one expiry costs at most one refresh.
    expect(auth.issued.length - issuedBeforeExpiry).toBeLessThanOrEqual(2);
  });
});

describe("an upload whose answer was lost", () => {
  const cases = [
    ["the connection closed after the server committed it", { reset: "after" as const }, 1],
    ["a 502 after the server committed it", { status: 502 }, 1],
    [
      "the answer cut short after the server committed it",
      { status: 200, rewrite: () => Buffer.alloc(100, 0x20), truncateAt: 10 },
      1,
    ],
    ["the connection closed before it reached the server", { reset: "before" as const }, 2],
  ] as const;
  for (const [what, action, posts] of cases) {
    it(`is resolved by re-reading the server when ${what}`, async () => {
      const s = await fresh("lost");
      s.proxy.on({ method: "POST", path: /\/_trust\/tuf\/$/, times: 1 }, action);
      const lines: string[] = [];
      const result = await signThroughProxy(s, {}, { runtime: createRuntime({ log: (m) => lines.push(m) }) });
      expect(result.published).toBe(true);
      if (posts === 1) expect(lines).toContain("Our earlier upload had landed");
      expect(result.tags.map((t) => t.tag)).toEqual(["v1"]);
      expect(s.proxy.find("POST", /\/_trust\/tuf\/$/).map((r) => r.forwarded)).toEqual(
        posts === 1 ? [true] : [false, true],
      );
      expect(await releasesVersion(s)).toBe(1);
      expect(await dockerSees(s)).toEqual(["v1"]);
    });
  }

  it("gives up after a bounded number of attempts when every upload fails, publishing nothing", async () => {
    const s = await fresh("post-down");
    s.proxy.on(
      { method: "POST", path: /\/_trust\/tuf\/$/ },
      { serve: { status: 503, headers: {}, body: Buffer.from("") } },
    );
    const watch = await publishWatch(s.repo);
    expect(await failureOf(signThroughProxy(s))).toBe(
      `${s.repo.gun}: gave up after 6 attempts to publish to ${s.proxy.url}, stopped by 6 failures with no other writer's progress (${s.repo.gun} on ${s.proxy.url}: POST targets/ci, targets/releases failed with HTTP 503); the server keeps failing; run it again`,
    );
    expect(s.proxy.find("POST", /\/_trust\/tuf\/$/)).toHaveLength(6);
    await watch.unchanged();
  });
});

describe("state that breaks readers", () => {
  it("is caught after publishing, and the next run repairs it", async () => {
    const s = await fresh("mangled");
    // A proxy that re-indents each uploaded file: signatures still hold, the bytes are not Go's.
    const mangle = (body: Buffer) =>
      Buffer.from(
        body
          .toString("utf8")
          .replace(
            /(\r\n\r\n)(\{.*?\})(\r\n--)/gs,
            (_m, a: string, json: string, b: string) => a + JSON.stringify(JSON.parse(json), null, 1) + b,
          ),
      );
    const rule = s.proxy.on({ method: "POST", path: /\/_trust\/tuf\/$/ }, { rewriteRequest: mangle });
    expect(await failureOf(signThroughProxy(s))).toBe(
      `${s.repo.gun}: targets/ci, targets/releases as stored on ${s.proxy.url} are not the files its snapshot names; docker and notary cannot read them; run the step again: a new version of the role repairs the repository`,
    );
    await expect(dockerSees(s)).rejects.toThrow(/no signatures or cannot access|could not|error/i);
    rule.remove();
    const repaired = await signThroughProxy(s);
    expect(repaired.published).toBe(true);
    expect(await dockerSees(s)).toEqual(["v1"]);
  });
});
