// migrate: a Notary repository with 200 released tags (200 images in the real registry) gets one
// cosign signature per digest; a second run writes nothing; a run stopped half-way and started
// again completes without duplicates; tags whose Notary trust does not verify get nothing.
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { runMigrate, type MigrateConfig } from "../../src/workflows/run-migrate.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import { cosignVerify, readSigManifest } from "../helpers/cosign-judge.js";
import { createOwnedRepo, randomDigest, targetMeta, type OwnedRepo } from "../helpers/owned-repo.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { useStack } from "../stack/use-stack.js";

const stack = useStack();
const TAGS = 200;
let owned: OwnedRepo;
let images: PushedManifest[];
const unknownDigest = randomDigest("not in the registry");

beforeAll(async () => {
  owned = await createOwnedRepo(stack, "migrate");
  images = [];
  for (let i = 0; i < TAGS; i += 20) {
    images.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(20, TAGS - i) }, (_, k) =>
          pushImage(stack.registry.url, owned.repo, `v${i + k}`),
        ),
      )),
    );
  }
  await owned.publishDelegation("targets/releases", (t) => {
    images.forEach((img, i) => t.targets.set(`v${i}`, targetMeta(img.digest.slice(7), img.size)));
    t.targets.set("gone", targetMeta(unknownDigest, 1234));
  });
  // Signed by a signer but never released: Notary trust does not verify for docker pull.
  await owned.publishDelegation(
    "targets/ci",
    (t) => void t.targets.set("unreleased", targetMeta(images[0]!.digest.slice(7), images[0]!.size)),
  );
}, 120_000);

function config(extra: Partial<MigrateConfig> = {}): MigrateConfig {
  return {
    repository: owned.gun,
    notaryServer: stack.notary.local.url,
    caPem: stack.caPem,
    insecureRegistries: [stack.registry.host],
    signerKey: owned.ciKeyPem,
    concurrency: 8,
    ...extra,
  };
}

describe("content-trust migrate", () => {
  it("dry run reports what it would sign and writes nothing", async () => {
    const result = await runMigrate(config({ dryRun: true }));
    expect(result.counts).toMatchObject({ "would-sign": TAGS, signed: 0, skipped: 2 });
    expect((await readSigManifest(stack.registry.url, owned.repo, images[5]!.digest)).status).toBe(404);
  });

  it("refuses a key that signs nothing in the repository (a wrong secret) before writing anything", async () => {
    const stranger = generateKeyPairSync("ec", { namedCurve: "P-256" })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    for (const dryRun of [true, false]) {
      const refused = runMigrate(config({ signerKey: stranger, dryRun }));
      await expect(refused).rejects.toMatchObject({ code: "KEY_NOT_IN_ROLE" });
    }
    expect((await readSigManifest(stack.registry.url, owned.repo, images[1]!.digest)).status).toBe(404);
  });

  it("warns when the repository has no signed tag: a success that finds nothing must not look finished", async () => {
    const empty = await createOwnedRepo(stack, "migrate-empty");
    const warnings: string[] = [];
    const result = await runMigrate(
      { ...config(), repository: empty.gun, signerKey: empty.ciKeyPem },
      { runtime: createRuntime({ warn: (m) => warnings.push(m) }) },
    );
    expect(result.rows).toEqual([]);
    expect(warnings.filter((w) => w.includes("no tag is signed in Notary"))).toHaveLength(1);
  });

  it("a run stopped half-way and started again signs every digest once; a further run writes none", async () => {
    const first = await runMigrate(config({ maxWrites: 100 }));
    expect(first.counts.signed).toBeGreaterThanOrEqual(100);
    expect(first.counts.signed).toBeLessThan(TAGS);
    expect(first.rows.filter((r) => r.reason?.startsWith("STOPPED")).length).toBe(TAGS - first.counts.signed);

    const progress: string[] = [];
    const second = await runMigrate(config(), { onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.status}`) });
    expect(second.counts).toMatchObject({
      signed: TAGS - first.counts.signed,
      "already-signed": first.counts.signed,
      failed: 0,
    });
    // One progress event per digest: the 200 images and the released digest the registry lost.
    expect(progress).toHaveLength(TAGS + 1);
    expect(progress.at(-1)).toMatch(new RegExp(`^${TAGS + 1}/${TAGS + 1} `));

    const third = await runMigrate(config());
    expect(third.counts).toMatchObject({ signed: 0, "already-signed": TAGS, failed: 0 });

    // Every digest: exactly one signature layer, and it verifies under cosign's rules.
    const key = createPublicKey(owned.ciKeyPem);
    for (const img of images) {
      const sig = await readSigManifest(stack.registry.url, owned.repo, img.digest);
      expect(sig.layers).toHaveLength(1);
      expect(await cosignVerify(stack.registry.url, owned.repo, img.digest, key)).toHaveLength(1);
    }
  }, 240_000);

  it("skips, and writes nothing for, a tag whose Notary trust does not verify or whose digest is gone, saying why", async () => {
    const result = await runMigrate(config({ dryRun: true }));
    expect(result.rows.find((r) => r.tag === "unreleased")).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^TAG_NOT_SIGNED: /),
    });
    expect(result.rows.find((r) => r.tag === "gone")).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^MANIFEST_UNKNOWN: /),
    });
    expect((await readSigManifest(stack.registry.url, owned.repo, `sha256:${unknownDigest}`)).status).toBe(404);
    expect(result.verifiers.cosign).toBe(`cosign verify --key cosign.pub --insecure-ignore-tlog=true ${owned.gun}:TAG`);
    expect(result.verifiers.kyverno).toContain("publicKeys: |-");
  });
});
