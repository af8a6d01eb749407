// TUF attacks on freshness and consistency, played by a tampering proxy in front of the real
// notary-server: freeze, rollback, fast-forward, mix-and-match, endless data. Sign and inspect
// (which share load-trust with verify) must refuse, publish nothing, and name what failed.
import { afterEach, describe, expect, it } from "vitest";
import { keyIdOf } from "../../src/tuf/keys.js";
import { parseEnvelope } from "../../src/tuf/metadata.js";
import { TrustStore } from "../../src/workflows/trust-store.js";
import { pushImage } from "../stack/registry.js";
import { useStack } from "../stack/use-stack.js";
import {
  expectMention,
  failureOf,
  inspectThroughProxy,
  publishWatch,
  scene,
  signThroughProxy,
  verifyThroughProxy,
  type Scene,
} from "../helpers/hostile.js";
import { forgeUpstream, serveFiles, tamperKeepingSignatures } from "../helpers/tamper.js";
import { write } from "../helpers/repo-builder.js";

const stack = useStack();
const scenes: Scene[] = [];
afterEach(async () => {
  await Promise.all(scenes.splice(0).map((s) => s.close()));
});

async function fresh(prefix: string): Promise<Scene> {
  const s = await scene(stack, prefix);
  scenes.push(s);
  return s;
}

/** Signs `tag` (pushed first) through the proxy, keeping trust in the scene's trust directory. */
async function signTag(s: Scene, tag: string): Promise<void> {
  if (tag !== "v1") await pushImage(stack.registry.url, s.repo.repo, tag);
  await signThroughProxy(s, { image: `${s.repo.gun}:${tag}`, trustDir: s.trustDir });
}

const versionOf = (bytes: Uint8Array, type: "Timestamp" | "Snapshot" | "Targets") =>
  parseEnvelope(bytes, type, type).signed.version;

/** Both sign (of a new tag) and inspect fail with exactly `message`, and nothing is published. */
async function expectRefused(s: Scene, message: string | RegExp): Promise<void> {
  await pushImage(stack.registry.url, s.repo.repo, "next");
  const watch = await publishWatch(s.repo);
  const signing = await failureOf(signThroughProxy(s, { image: `${s.repo.gun}:next`, trustDir: s.trustDir }));
  const inspecting = await failureOf(inspectThroughProxy(s, { trustDir: s.trustDir }));
  for (const got of [signing, inspecting]) {
    if (typeof message === "string") expect(got).toBe(message);
    else expect(got).toMatch(message);
  }
  const verdict = await verifyThroughProxy(s, { image: `${s.repo.gun}:next`, trustDir: s.trustDir });
  expect(verdict.passed).toBe(false);
  expectMention(verdict.message, message);
  await watch.unchanged();
}

describe("freeze and rollback, relative to what an earlier run trusted", () => {
  it("refuses a replayed timestamp older than the one trusted before", async () => {
    const s = await fresh("freeze");
    await signTag(s, "v1");
    const old = s.proxy.find("GET", /\/timestamp\.json$/)[0]!.responseBody!;
    const trusted = (await new TrustStore(s.trustDir).load(s.repo.gun)).previousVersions!.timestamp!;
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, { serve: { status: 200, headers: {}, body: old } });
    await expectRefused(
      s,
      `timestamp version ${versionOf(old, "Timestamp")} is lower than version ${trusted} trusted before`,
    );
  });

  it("refuses an expired timestamp, with or without stored trust", async () => {
    const s = await fresh("expired");
    const forged = await forgeUpstream(s.repo, new Map(), {
      timestamp: (t) => void (t.expires = "2020-01-02T03:04:05Z"),
    });
    serveFiles(s.proxy, s.repo.gun, forged);
    await expectRefused(s, "timestamp expired at 2020-01-02T03:04:05Z");
  });

  it("refuses a rolled-back snapshot, even under a newer timestamp signed by a timestamp key", async () => {
    const s = await fresh("snap-rollback");
    await signTag(s, "v1");
    const old = s.proxy.find("GET", /\/snapshot\.json$/)[0]!.responseBody!;
    const forged = await forgeUpstream(s.repo, new Map([["snapshot", old]]), {
      timestamp: (t) => void (t.version += 10),
    });
    serveFiles(s.proxy, s.repo.gun, forged);
    await expectRefused(
      s,
      `snapshot version ${versionOf(old, "Snapshot")} is lower than version ${versionOf(await s.repo.fetch("snapshot"), "Snapshot")} trusted before`,
    );
  });

  it("refuses rolled-back targets", async () => {
    const s = await fresh("targets-rollback");
    const old = await s.repo.fetch("targets");
    await s.repo.publishTargets(() => {});
    await signTag(s, "v1");
    const forged = await forgeUpstream(s.repo, new Map([["targets", old]]), {
      snapshot: (x) => void (x.version += 10),
      timestamp: (t) => void (t.version += 10),
    });
    serveFiles(s.proxy, s.repo.gun, forged);
    await expectRefused(s, "targets version 1 is lower than version 2 trusted before");
  });

  it("refuses a rolled-back delegation instead of skipping it", async () => {
    const s = await fresh("deleg-rollback");
    await signTag(s, "v1");
    const old = await s.repo.fetch("targets/releases");
    await signTag(s, "v2");
    const forged = await forgeUpstream(s.repo, new Map([["targets/releases", old]]), {
      snapshot: (x) => void (x.version += 10),
      timestamp: (t) => void (t.version += 10),
    });
    serveFiles(s.proxy, s.repo.gun, forged);
    await expectRefused(s, "targets/releases version 1 is lower than version 2 trusted before");
  });
});

describe("fast-forward", () => {
  it("refuses a timestamp whose version was raised without its key, and keeps no trace of it", async () => {
    const s = await fresh("ff-timestamp");
    await signTag(s, "v1");
    const before = await new TrustStore(s.trustDir).load(s.repo.gun);
    const rule = s.proxy.on(
      { method: "GET", path: /\/timestamp\.json$/ },
      { rewrite: (body) => Buffer.from(tamperKeepingSignatures(body, "Timestamp", (t) => void (t.version = 2 ** 40))) },
    );
    await expectRefused(s, "timestamp: 0 of 1 required signatures valid (1 present)");
    expect(await new TrustStore(s.trustDir).load(s.repo.gun)).toEqual(before);
    rule.remove();
    await signTag(s, "v3");
  });

  it("recovers from a fast-forward made with a compromised timestamp key once the owner rotates that key", async () => {
    const s = await fresh("ff-recover");
    await signTag(s, "v1");
    // The attacker holds a timestamp key that root lists, and signs a far-future version.
    const rules = serveFiles(
      s.proxy,
      s.repo.gun,
      await forgeUpstream(s.repo, new Map(), { timestamp: (t) => void (t.version = 1_000_000) }),
    );
    await signTag(s, "v1");
    expect((await new TrustStore(s.trustDir).load(s.repo.gun)).previousVersions?.timestamp).toBe(1_000_000);
    for (const rule of rules) rule.remove();
    const honest = versionOf(await s.repo.fetch("timestamp"), "Timestamp");
    expect(await failureOf(signThroughProxy(s, { trustDir: s.trustDir }))).toBe(
      `timestamp version ${honest} is lower than version 1000000 trusted before`,
    );
    // The owner rotates the compromised key out of root; versions trusted under it no longer bind.
    const root = parseEnvelope(await s.repo.fetch("root"), "Root", "root").signed;
    root.keys.delete(s.repo.keys.timestamp.keyId);
    root.roles.set("timestamp", { keyIds: [keyIdOf(s.repo.serverKeys.timestamp)], threshold: 1 });
    root.version++;
    await s.repo.client.publish(new Map([["root", write(root, s.repo.keys.root)]]));
    await signTag(s, "v2");
    expect((await new TrustStore(s.trustDir).load(s.repo.gun)).previousVersions?.timestamp).toBeLessThan(1_000_000);
  });

  it("does not sign over a delegation whose version was raised without its key", async () => {
    const s = await fresh("ff-delegation");
    await signTag(s, "v1");
    const raised = tamperKeepingSignatures(
      await s.repo.fetch("targets/releases"),
      "Targets",
      (t) => void (t.version = 999_999),
    );
    serveFiles(s.proxy, s.repo.gun, await forgeUpstream(s.repo, new Map([["targets/releases", raised]])));
    await pushImage(stack.registry.url, s.repo.repo, "v2");
    const watch = await publishWatch(s.repo);
    expect(await failureOf(signThroughProxy(s, { image: `${s.repo.gun}:v2` }))).toBe(
      `targets/releases of ${s.repo.gun} is published but cannot be verified (targets/releases: 0 of 1 required signatures valid (1 present)); refusing to overwrite it; a repository admin must repair or re-key the delegation`,
    );
    const { result } = await inspectThroughProxy(s);
    expect(result.warnings).toEqual([
      "targets/releases skipped: targets/releases: 0 of 1 required signatures valid (1 present)",
    ]);
    expect(result.signedTags).toEqual([]);
    const verdict = await verifyThroughProxy(s);
    expect([verdict.passed, verdict.message]).toEqual([
      false,
      expect.stringContaining("targets/releases: 0 of 1 required signatures valid (1 present)"),
    ]);
    await watch.unchanged();
  });
});

describe("mix-and-match and endless data", () => {
  it("refuses a delegation file other than the one the snapshot names (no fix-up of hashes)", async () => {
    const s = await fresh("mix");
    await signTag(s, "v1");
    const old = await s.repo.fetch("targets/releases");
    await signTag(s, "v2");
    serveFiles(s.proxy, s.repo.gun, new Map([["targets/releases", old]]));
    await expectRefused(
      s,
      /^targets\/releases: (\d+ bytes where the signed length is \d+|sha256 does not match the signed hash)$/,
    );
  });

  it("refuses a targets file other than the one the snapshot names", async () => {
    const s = await fresh("mix-targets");
    const old = await s.repo.fetch("targets");
    await s.repo.publishTargets(
      (t) => void t.targets.set("admin", { length: 1, hashes: { sha256: Buffer.alloc(32).toString("base64") } }),
    );
    serveFiles(s.proxy, s.repo.gun, new Map([["targets", old]]));
    await expectRefused(
      s,
      /^targets: (\d+ bytes where the signed length is \d+|sha256 does not match the signed hash)$/,
    );
  });

  it("stops reading an endless timestamp at its bound and names the URL", async () => {
    const s = await fresh("endless");
    s.proxy.on({ method: "GET", path: /\/timestamp\.json$/ }, { endless: true });
    await expectRefused(
      s,
      `response to GET ${s.proxy.url}/v2/${s.repo.gun}/_trust/tuf/timestamp.json is larger than the limit of 1048576 bytes`,
    );
  });

  it("refuses an oversized root by its declared length", async () => {
    const s = await fresh("oversized");
    s.proxy.on(
      { method: "GET", path: /\/root\.json$/ },
      { serve: { status: 200, headers: {}, body: Buffer.alloc(3 * 1024 * 1024, 0x20) } },
    );
    await expectRefused(
      s,
      `response to GET ${s.proxy.url}/v2/${s.repo.gun}/_trust/tuf/root.json is larger than the limit of 2097152 bytes`,
    );
  });

  it("reads a file fetched by hash no further than its signed length", async () => {
    const s = await fresh("endless-hash");
    await signTag(s, "v1");
    const length = (await s.repo.fetch("targets/releases")).length;
    s.proxy.on(
      { method: "GET", path: /\/targets\/releases\.json$/ },
      { serve: { status: 200, headers: {}, body: Buffer.from("{}") } },
    );
    s.proxy.on({ method: "GET", path: /\/targets\/releases\.[0-9a-f]{64}\.json$/ }, { endless: true });
    await expectRefused(
      s,
      new RegExp(
        `^response to GET ${s.proxy.url}/v2/${s.repo.gun}/_trust/tuf/targets/releases\\.[0-9a-f]{64}\\.json is larger than the limit of ${length} bytes$`,
      ),
    );
  });
});
