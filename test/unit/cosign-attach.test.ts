// Attaching a cosign signature against an in-memory registry: what is read on the way.
import { describe, expect, it } from "vitest";
import { parseReference } from "../../src/registry/reference.js";
import { attachCosignSignature } from "../../src/workflows/cosign-attach.js";
import { manifest } from "../fakes/notary/docker-repo.js";
import { memoryRegistry } from "../helpers/memory-registry.js";
import { ecdsaKey } from "../helpers/repo-builder.js";
import { testRuntime } from "../helpers/runtime.js";

const quiet = { runtime: testRuntime() };

describe("cosign attach", () => {
  it("checks that the tag did not move before its PUT from the manifest alone, without re-reading every payload", async () => {
    const image = manifest();
    const ref = parseReference("registry.test/team/app");
    const reg = memoryRegistry([image]);
    const layers = 5;
    for (let i = 0; i < layers; i++)
      await attachCosignSignature(
        { registry: reg.client, signer: ecdsaKey(), ...quiet },
        { image: ref, digest: image.digest, settleMs: 0 },
      );
    const start = reg.requests.length;
    const result = await attachCosignSignature(
      { registry: reg.client, signer: ecdsaKey(), ...quiet },
      { image: ref, digest: image.digest, settleMs: 0 },
    );
    expect(result).toMatchObject({ status: "written", signatures: layers + 1, attempts: 1 });
    const requests = reg.requests.slice(start);
    const put = requests.findIndex((r) => r.method === "PUT" && r.url.includes("/manifests/"));
    const payloadReads = requests
      .slice(0, put)
      .filter((r) => r.method === "GET" && r.url.endsWith(`/blobs/${result.payloadDigest!}`));
    // The first read judges the signatures there (one payload read per layer); the check before the PUT reads none.
    expect(payloadReads).toHaveLength(layers);
    expect(requests.slice(0, put).filter((r) => r.method === "GET" && r.url.includes("/manifests/"))).toHaveLength(2);
  });

  it("confirms its write from the signature manifest alone, re-reading none of the payloads it already has", async () => {
    const image = manifest();
    const ref = parseReference("registry.test/team/app");
    const reg = memoryRegistry([image]);
    const layers = 5;
    for (let i = 0; i < layers; i++)
      await attachCosignSignature(
        { registry: reg.client, signer: ecdsaKey(), ...quiet },
        { image: ref, digest: image.digest, settleMs: 0 },
      );
    const start = reg.requests.length;
    const result = await attachCosignSignature(
      { registry: reg.client, signer: ecdsaKey(), ...quiet },
      { image: ref, digest: image.digest, settleMs: 0 },
    );
    expect(result).toMatchObject({ status: "written", signatures: layers + 1, attempts: 1 });
    const requests = reg.requests.slice(start);
    const put = requests.findIndex((r) => r.method === "PUT" && r.url.includes("/manifests/"));
    const after = requests.slice(put + 1).filter((r) => r.method === "GET");
    // The read-back and the read after settling: the manifest each time, no blob.
    expect(after.filter((r) => r.url.includes("/blobs/"))).toHaveLength(0);
    expect(after.filter((r) => r.url.includes("/manifests/"))).toHaveLength(2);
  });
});
