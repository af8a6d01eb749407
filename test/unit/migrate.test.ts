// Migrate against the in-memory notary-server and an in-memory registry: trust on first use is
// refused or announced as sign and verify do, max-writes holds under concurrency, and a run that
// reaches its deadline, or whose key stops signing, reports the digests it did not reach as stopped,
// not failed.
import { describe, expect, it } from "vitest";
import { ServerError, TrustError } from "../../src/errors.js";
import type { RegistryClient, ResolvedManifest } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { putManifest } from "../../src/registry/writes.js";
import { firstUseCheck } from "../../src/workflows/first-use.js";
import { migrate, type MigrateDeps } from "../../src/workflows/migrate.js";
import { sign } from "../../src/workflows/sign.js";
import { dockerRepo, fakeRegistry, manifest, type FakeRepo } from "../fakes/notary/docker-repo.js";
import { FakeNotaryServer } from "../fakes/notary/server.js";
import { memoryRegistry } from "../helpers/memory-registry.js";
import { testRuntime } from "../helpers/runtime.js";

/** A repository on the fake notary-server whose releases hold one tag per manifest (v1, v2, ...). */
async function released(count: number): Promise<{ repo: FakeRepo; images: ResolvedManifest[] }> {
  const repo = await dockerRepo(new FakeNotaryServer(), { signers: ["alice"] });
  const images = Array.from({ length: count }, () => manifest());
  for (const [i, m] of images.entries()) {
    await sign(
      {
        notary: repo.client,
        registry: fakeRegistry({ [`v${i + 1}`]: m }),
        signer: repo.signers.get("alice")!,
        runtime: testRuntime(),
      },
      { image: parseReference(`${repo.gun}:v${i + 1}`), signerName: "alice" },
    );
  }
  return { repo, images };
}

const deps = (repo: FakeRepo, registry: MigrateDeps["registry"], extra: Partial<MigrateDeps> = {}): MigrateDeps => ({
  notary: repo.client,
  registry,
  signer: repo.signers.get("alice")!,
  runtime: testRuntime(),
  ...extra,
});

describe("migrate", () => {
  it("with require-root-pin refuses a root trusted on first use before the registry is asked anything", async () => {
    const { repo, images } = await released(1);
    const reg = memoryRegistry(images);
    const err = await migrate(deps(repo, reg.client), {
      image: parseReference(repo.gun),
      firstUse: firstUseCheck({ gun: repo.gun, requireRootPin: true }),
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "ROOT_NOT_PINNED" });
    expect(reg.requests).toEqual([]);
  });

  it("without require-root-pin warns once with the root key ID it trusted; a pinned root is not announced", async () => {
    const { repo, images } = await released(1);
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const result = await migrate(deps(repo, memoryRegistry(images).client, { runtime: testRuntime({ warn }) }), {
      image: parseReference(repo.gun),
      firstUse: firstUseCheck({ gun: repo.gun, warn }),
    });
    expect(result.counts.signed).toBe(1);
    expect(warnings.filter((w) => w.includes(repo.root.keyId))).toHaveLength(1);

    const pinned: string[] = [];
    await migrate(deps(repo, memoryRegistry(images).client), {
      image: parseReference(repo.gun),
      anchor: { pinnedRootKeyIds: [repo.root.keyId] },
      firstUse: firstUseCheck({ gun: repo.gun, requireRootPin: true, warn: (m) => pinned.push(m) }),
    });
    expect(pinned).toEqual([]);
  });

  it("signs the digest Notary signed, and warns of a tag the registry now points elsewhere", async () => {
    const { repo, images } = await released(2);
    const reg = memoryRegistry(images);
    const image = parseReference(repo.gun);
    // v1 pushed again since it was signed (to v2's image); v2 where it was.
    await putManifest(reg.client, image, "v1", images[1]!.bytes, images[1]!.mediaType);
    await putManifest(reg.client, image, "v2", images[1]!.bytes, images[1]!.mediaType);
    const warnings: string[] = [];
    const result = await migrate(deps(repo, reg.client, { runtime: testRuntime({ warn: (m) => warnings.push(m) }) }), {
      image,
    });
    expect(result.rows.map((r) => [r.tag, r.digest, r.status, r.registryDigest])).toEqual([
      ["v1", images[0]!.digest, "signed", images[1]!.digest],
      ["v2", images[1]!.digest, "signed", undefined],
    ]);
    const moved = warnings.filter((w) => w.includes(images[1]!.digest.slice(0, 19)));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toContain("v1 (signed");
  });

  it("starts the next digest while a written signature waits out its settle delay", async () => {
    const { repo, images } = await released(3);
    const reg = memoryRegistry(images);
    const held: (() => void)[] = [];
    let allHeld!: () => void;
    const threeHeld = new Promise<void>((resolve) => (allHeld = resolve));
    // Each settle delay lasts until the test ends it.
    const sleep = () =>
      new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length === 3) allHeld();
      });
    const run = migrate(deps(repo, reg.client, { runtime: testRuntime({ sleep }) }), {
      image: parseReference(repo.gun),
      concurrency: 1,
    });
    // One worker, and all three signatures are written while the first still waits.
    await threeHeld;
    expect(reg.manifestPuts.filter((tag) => tag.endsWith(".sig"))).toHaveLength(3);
    let finished = false;
    void run.then(() => (finished = true));
    await Promise.resolve();
    expect(finished).toBe(false);
    for (const release of held) release();
    const result = await run;
    expect(result.counts.signed).toBe(3);
    expect(result.rows.map((r) => r.status)).toEqual(["signed", "signed", "signed"]);
  });

  it("never writes more than max-writes signatures, however many digests run at once; a re-run resumes", async () => {
    const { repo, images } = await released(4);
    const reg = memoryRegistry(images);
    const warnings: string[] = [];
    const first = await migrate(deps(repo, reg.client, { runtime: testRuntime({ warn: (m) => warnings.push(m) }) }), {
      image: parseReference(repo.gun),
      concurrency: 4,
      maxWrites: 1,
      anchor: { pinnedRootKeyIds: [repo.root.keyId] },
    });
    expect(first.counts).toMatchObject({ signed: 1, stopped: 3, skipped: 0 });
    expect(new Set(reg.manifestPuts).size).toBe(1);
    expect(first.rows.filter((r) => r.status === "stopped" && r.reason?.startsWith("STOPPED"))).toHaveLength(3);
    // Said as a warning, not only in the rows: the run is not complete.
    expect(warnings.filter((w) => w.includes("3 of 4 digests are STOPPED"))).toHaveLength(1);

    const rest = await migrate(deps(repo, reg.client), {
      image: parseReference(repo.gun),
      concurrency: 4,
      anchor: { pinnedRootKeyIds: [repo.root.keyId] },
    });
    expect(rest.counts).toMatchObject({ signed: 3, "already-signed": 1, failed: 0 });
  });

  it("starts no digest after the key refused to sign one: the rest are stopped (resumable), and it warns once", async () => {
    const { repo, images } = await released(4);
    const reg = memoryRegistry(images);
    const alice = repo.signers.get("alice")!;
    let signatures = 0;
    const refusing = Object.create(alice) as typeof alice;
    refusing.sign = async (message) => {
      if (++signatures > 1) throw new TrustError("KMS_KEY_DISABLED", "AWS KMS key alias/x is disabled");
      return alice.sign(message);
    };
    const warnings: string[] = [];
    const result = await migrate(
      deps(repo, reg.client, { signer: refusing, runtime: testRuntime({ warn: (m) => warnings.push(m) }) }),
      { image: parseReference(repo.gun), concurrency: 1, anchor: { pinnedRootKeyIds: [repo.root.keyId] } },
    );
    expect(signatures).toBe(2);
    expect(result.counts).toMatchObject({ signed: 1, failed: 1, stopped: 2, skipped: 0 });
    expect(result.rows.find((r) => r.status === "failed")?.reason?.split(":")[0]).toBe("KMS_KEY_DISABLED");
    expect(result.rows.filter((r) => r.status === "stopped").map((r) => r.reason?.split(":")[0])).toEqual([
      "STOPPED",
      "STOPPED",
    ]);
    expect(warnings.filter((w) => w.includes("2 of 4 digests are STOPPED"))).toHaveLength(1);

    const rest = await migrate(deps(repo, reg.client), {
      image: parseReference(repo.gun),
      anchor: { pinnedRootKeyIds: [repo.root.keyId] },
    });
    expect(rest.counts).toMatchObject({ signed: 3, "already-signed": 1, failed: 0 });
  });

  it.each([
    ["its manifest", (ref: { digest?: string | undefined }) => Boolean(ref.digest)],
    ["its signature image", (ref: { tag?: string | undefined }) => Boolean(ref.tag?.startsWith("sha256-"))],
  ])("does not ask the key for a digest whose read of %s ended after the key refused another", async (_, read) => {
    const { repo, images } = await released(4);
    const reg = memoryRegistry(images);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const registry = Object.create(reg.client) as RegistryClient;
    registry.resolve = async (ref, o) => {
      // The second digest's read is still under way when the first digest is refused.
      if (read(ref) && ++reads === 2) await held;
      return reg.client.resolve(ref, o);
    };
    let signatures = 0;
    const alice = repo.signers.get("alice")!;
    const refusing = Object.create(alice) as typeof alice;
    refusing.sign = async () => {
      signatures++;
      // Let the held read end once this refusal has been seen.
      setImmediate(release);
      throw new TrustError("KMS_ACCESS_DENIED", "access denied to kms:Sign");
    };
    const result = await migrate(deps(repo, registry, { signer: refusing }), {
      image: parseReference(repo.gun),
      concurrency: 2,
      anchor: { pinnedRootKeyIds: [repo.root.keyId] },
    });
    expect(signatures).toBe(1);
    expect(result.counts).toMatchObject({ signed: 0, failed: 1, stopped: 3 });
  });

  it("reports digests cut off by the run's deadline as stopped (resumable), not failed, and warns once", async () => {
    const { repo, images } = await released(3);
    const reg = memoryRegistry(images);
    let resolves = 0; // of image digests (the attach resolves the .sig tag through the same client)
    const registry = Object.create(reg.client) as RegistryClient;
    registry.resolve = async (ref, o) => {
      if (ref.digest && ++resolves > 1)
        throw new ServerError(
          "DEADLINE_EXCEEDED",
          "reading the manifest was cut short: the run's deadline of 300 s passed",
        );
      return reg.client.resolve(ref, o);
    };
    const warnings: string[] = [];
    const result = await migrate(deps(repo, registry, { runtime: testRuntime({ warn: (m) => warnings.push(m) }) }), {
      image: parseReference(repo.gun),
      concurrency: 1,
      anchor: { pinnedRootKeyIds: [repo.root.keyId] },
    });
    expect(result.counts).toMatchObject({ signed: 1, failed: 0, skipped: 0, stopped: 2 });
    expect(result.rows.filter((r) => r.status === "stopped").map((r) => r.reason?.split(":")[0])).toEqual([
      "STOPPED",
      "STOPPED",
    ]);
    expect(resolves).toBe(2);
    expect(warnings.filter((w) => w.includes("deadline"))).toHaveLength(1);
  });
});
