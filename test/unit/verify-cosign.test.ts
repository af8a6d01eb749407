// Cosign verification: a signature that cannot be read is reported in the registry's terms (cosign
// codes pass through, registry failures get registry reasons and hints, not notary-server's, not
// "tampered"); the signatures are read once however many keys are given, a few blobs at a time.
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { HttpResponse, Transport } from "../../src/net/http.js";
import { RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import type { NotaryClient } from "../../src/notary/client.js";
import { keyObjectOf } from "../../src/tuf/keys.js";
import { attachCosignSignature } from "../../src/workflows/cosign-attach.js";
import { fingerprintOf, type CosignKey } from "../../src/workflows/cosign-keys.js";
import { verifyAccepting } from "../../src/workflows/verify-cosign.js";
import { forEachLimited } from "../../src/workflows/verify.js";
import { manifest } from "../fakes/notary/docker-repo.js";
import { memoryRegistry } from "../helpers/memory-registry.js";
import { ecdsaKey } from "../helpers/repo-builder.js";
import { testRuntime } from "../helpers/runtime.js";

const DIGEST = `sha256:${"ab".repeat(32)}`;
const IMAGE = `registry.test/team/app@${DIGEST}`;
const answer = (status: number, body = "", headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  body: new TextEncoder().encode(body),
  url: "",
});

async function cosignVerdict(transport: Transport) {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const registry = new RegistryClient({ transport });
  const [result] = await verifyAccepting(
    [{ reference: IMAGE }],
    {
      accept: [{ mode: "cosign" }],
      cosignKeys: [{ key: publicKey, fingerprint: fingerprintOf(publicKey), source: "cosign-key" }],
    },
    {
      connect: () => ({ notary: {} as NotaryClient, registry, notaryServer: "https://notary.test", close: () => {} }),
      runtime: testRuntime(),
    },
  );
  return result!;
}

describe("what a result passed with", () => {
  it("an image allowed unsigned under accept any passed with no signature: accepted is absent", async () => {
    const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const [result] = await verifyAccepting(
      [{ reference: "registry.internal/team/app:v1" }],
      {
        accept: [{ mode: "any" }],
        allowUnsigned: ["registry.internal/**"],
        cosignKeys: [{ key: publicKey, fingerprint: fingerprintOf(publicKey), source: "cosign-key" }],
      },
      {
        connect: () => {
          throw new Error("an image allowed unsigned is not read");
        },
        runtime: testRuntime(),
      },
    );
    expect(result).toMatchObject({ passed: true, reason: "ALLOWED_UNSIGNED" });
    expect(result!.accepted).toBeUndefined();
  });
});

describe("cosign read failures", () => {
  it("a .sig tag that is not a signature manifest is COSIGN_MANIFEST_INVALID", async () => {
    const r = await cosignVerdict(async (req) =>
      req.url.endsWith("/v2/")
        ? answer(200)
        : answer(200, "not json", { "content-type": "application/vnd.oci.image.manifest.v1+json" }),
    );
    expect(r).toMatchObject({ passed: false, reason: "COSIGN_MANIFEST_INVALID" });
  });

  it("an oversized registry answer is an error, not tampering", async () => {
    const r = await cosignVerdict(async (req) => {
      if (req.url.endsWith("/v2/")) return answer(200);
      throw new ServerError("RESPONSE_TOO_LARGE", `response from ${req.url} is larger than ${req.maxBytes} bytes`);
    });
    expect(r).toMatchObject({ passed: false, reason: "ERROR" });
  });

  it("an unreachable registry is UNREACHABLE with a hint about the registry, not notary-server", async () => {
    const r = await cosignVerdict(async () => {
      throw new ServerError("UNREACHABLE", "could not connect to registry.test:443");
    });
    expect(r).toMatchObject({ passed: false, reason: "UNREACHABLE" });
    expect(r.message).toContain("registry registry.test");
    expect(r.message).not.toContain("notary-server");
  });

  it("reads the signature manifest and each payload once for all keys, 8 at a time, and stops at the first layer that passes", async () => {
    const image = manifest();
    const ref = parseReference("registry.test/team/app");
    const reg = memoryRegistry([image], { delay: () => new Promise((r) => setImmediate(r)) });
    const signers = Array.from({ length: 12 }, () => ecdsaKey());
    for (const signer of signers)
      await attachCosignSignature(
        { registry: reg.client, signer, runtime: testRuntime() },
        { image: ref, digest: image.digest, settleMs: 0 },
      );
    const asKey = (k: ReturnType<typeof ecdsaKey>): CosignKey => {
      const key = keyObjectOf(k.publicKey)!;
      return { key, fingerprint: fingerprintOf(key), source: "cosign-key" };
    };
    const stranger = createPublicKey(
      generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }),
    );
    const keys = [{ key: stranger, fingerprint: fingerprintOf(stranger), source: "cosign-key" }, asKey(signers[2]!)];
    const before = reg.requests.length;
    const [result] = await verifyAccepting(
      [{ reference: `${ref.name}@${image.digest}` }],
      { accept: [{ mode: "cosign" }], cosignKeys: keys },
      {
        connect: () => ({
          notary: {} as NotaryClient,
          registry: reg.client,
          notaryServer: "https://notary.test",
          close: () => {},
        }),
        runtime: testRuntime(),
      },
    );
    expect(result).toMatchObject({ passed: true, reason: "OK" });
    const reads = reg.requests.slice(before).filter((r) => r.method === "GET");
    expect(reads.filter((r) => r.url.includes("/manifests/"))).toHaveLength(1);
    const blobReads = reads.filter((r) => r.url.includes("/blobs/")).map((r) => r.url);
    expect(blobReads).toHaveLength(8); // the first batch holds the passing layer (index 2): the other 4 are never read
    expect(reg.maxInFlight()).toBeLessThanOrEqual(8);
  });
});

describe("cosign verification of many images", () => {
  it("opens one connection per repository, a bounded number of repositories at once", async () => {
    const repos = ["registry.test/team/one", "registry.test/team/two", "registry.test/team/three"].map((name) =>
      parseReference(name),
    );
    const images = repos.map(() => Array.from({ length: 3 }, () => manifest()));
    const reg = memoryRegistry(images.flat(), { delay: () => new Promise((r) => setImmediate(r)) });
    const signer = ecdsaKey();
    for (const [r, ref] of repos.entries())
      for (const image of images[r]!)
        await attachCosignSignature(
          { registry: reg.client, signer, runtime: testRuntime() },
          { image: ref, digest: image.digest, settleMs: 0 },
        );
    const key = keyObjectOf(signer.publicKey)!;
    const opened: string[] = [];
    let open = 0;
    let mostOpen = 0;
    const results = await verifyAccepting(
      repos.flatMap((ref, r) => images[r]!.map((image) => ({ reference: `${ref.name}@${image.digest}` }))),
      { accept: [{ mode: "cosign" }], cosignKeys: [{ key, fingerprint: fingerprintOf(key), source: "cosign-key" }] },
      {
        connect: (ref) => {
          opened.push(ref.name);
          mostOpen = Math.max(mostOpen, ++open);
          return {
            notary: {} as NotaryClient,
            registry: reg.client,
            notaryServer: "https://notary.test",
            close: () => void open--,
          };
        },
        concurrency: 2,
        runtime: testRuntime(),
      },
    );
    expect(results.map((r) => r.reason)).toEqual(Array(9).fill("OK"));
    expect(opened.sort()).toEqual(repos.map((r) => r.name).sort());
    expect(mostOpen).toBe(2);
    expect(open).toBe(0);
  });
});

describe("a verify run that fails", () => {
  it("stops the Notary loads still under way before it says so, and reports nothing more", async () => {
    // Every request to the Notary server waits until it is stopped.
    const signals: AbortSignal[] = [];
    let asked = () => {};
    const firstRequest = new Promise<void>((resolve) => (asked = resolve));
    const stalled = (gun: string) =>
      ({
        baseUrl: "https://notary.test",
        gun,
        getMetadata: (_role: string, opts: { signal?: AbortSignal } = {}) => {
          const signal = opts.signal!;
          signals.push(signal);
          asked();
          return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
        },
      }) as unknown as NotaryClient;
    const registry = new RegistryClient({ transport: async () => answer(404) });
    const progress: unknown[] = [];
    const err = await verifyAccepting(
      [{ reference: "registry.test/team/slow:v1" }, { reference: "registry.test/team/moved:v1" }],
      {
        accept: [{ repository: "registry.test/team/moved", mode: "cosign" }, { mode: "any" }],
        // The cosign-only repository's keys cannot be read: that fails the run, once Notary is asked.
        cosignKeys: async () => {
          await firstRequest;
          throw new Error("the keys cannot be read");
        },
      },
      {
        connect: (ref) => ({
          notary: stalled(ref.name),
          registry,
          notaryServer: "https://notary.test",
          close: () => {},
        }),
        runtime: testRuntime({ sleep: () => new Promise(() => {}) }),
        onResult: (r) => progress.push(r),
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ message: "the keys cannot be read" });
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.filter((s) => !s.aborted)).toEqual([]);
    expect(progress).toEqual([]);
  });
});

describe("bounds", () => {
  it("forEachLimited throws the first error only once the items under way have ended, and starts no more", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: number[] = [];
    let ended = 0;
    let settled = false;
    const run = forEachLimited([1, 2, 3, 4, 5], 3, async (i) => {
      started.push(i);
      if (i === 1) throw new Error("one failed");
      await gate;
      ended++;
    });
    run.catch(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    release();
    await expect(run).rejects.toThrow("one failed");
    expect(ended).toBe(2);
    expect(started).toEqual([1, 2, 3]);
  });

  it("an any check's cosign read during a load keeps that load's place until it ends", async () => {
    // concurrency 1, two `any` repositories: A's Notary verdict comes while A's cosign signatures
    // are being read (the wait for Notary ends at once here); B must not start before that read ends.
    const log: string[] = [];
    let registryAsked = () => {};
    const asked = new Promise<void>((resolve) => (registryAsked = resolve));
    let notaryAnswered = () => {};
    const answered = new Promise<void>((resolve) => (notaryAnswered = resolve));
    const notary = (gun: string) =>
      ({
        baseUrl: "https://notary.test",
        gun,
        getMetadata: async () => {
          await asked;
          notaryAnswered();
          throw new ServerError("UNREACHABLE", "could not connect to notary.test:443");
        },
      }) as unknown as NotaryClient;
    const registry = new RegistryClient({
      transport: async (req) => {
        if (req.url.endsWith("/v2/")) return answer(200);
        registryAsked();
        await answered;
        await new Promise((resolve) => setImmediate(resolve));
        return answer(404);
      },
    });
    const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const results = await verifyAccepting(
      [{ reference: "registry.test/team/a:v1" }, { reference: "registry.test/team/b:v1" }],
      {
        accept: [{ mode: "any" }],
        cosignKeys: [{ key: publicKey, fingerprint: fingerprintOf(publicKey), source: "cosign-key" }],
      },
      {
        connect: (ref) => {
          const name = ref.name.split("/").pop()!;
          log.push(`open ${name}`);
          return {
            notary: notary(ref.name),
            registry,
            notaryServer: "https://notary.test",
            close: () => void log.push(`close ${name}`),
          };
        },
        concurrency: 1,
        runtime: testRuntime(),
      },
    );
    expect(results.map((r) => r.passed)).toEqual([false, false]);
    expect(log.filter((l) => l.endsWith(" a"))).toEqual(["open a", "open a", "close a", "close a"]);
    expect(log.indexOf("open b")).toBeGreaterThan(log.lastIndexOf("close a"));
  });
});
