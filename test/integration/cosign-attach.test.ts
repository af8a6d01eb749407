// Cosign signatures written into the real docker-registry (no referrers API: the tag scheme), and
// judged by an independent reading of cosign's rules (test/helpers/cosign-judge.ts).
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTransport } from "../../src/net/http.js";
import { withRetries } from "../../src/net/retry.js";
import { RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { attachCosignSignature } from "../../src/workflows/cosign-attach.js";
import { cosignVerify, readSigManifest } from "../helpers/cosign-judge.js";
import { startProxy } from "../stack/proxy.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
const transport = createTransport({ timeoutMs: 10_000 });
afterAll(() => transport.close());
const registry = new RegistryClient({ transport: withRetries(transport), insecureHosts: [stack.registry.host] });

function keyPair(kind: "ecdsa" | "rsa" | "ed25519"): { signer: KeyFileSigner; publicKey: KeyObject } {
  const pair =
    kind === "ecdsa"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : kind === "rsa"
        ? generateKeyPairSync("rsa", { modulusLength: 2048 })
        : generateKeyPairSync("ed25519");
  const pem = pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return { signer: new KeyFileSigner(loadPrivateKey(pem)), publicKey: pair.publicKey };
}

async function pushed(prefix: string) {
  const repo = uniqueRepo(prefix);
  const image = await pushImage(stack.registry.url, repo, "v1");
  return { repo, digest: image.digest, ref: parseReference(`${stack.registry.host}/${repo}`) };
}

describe("attachCosignSignature against docker-registry", () => {
  it("leaves a sha256-<hex>.sig OCI manifest whose signature checks with the public key under cosign's rules", async () => {
    const { repo, digest, ref } = await pushed("cosign-one");
    const alice = keyPair("ecdsa");
    const result = await attachCosignSignature(
      { registry, signer: alice.signer, runtime: createRuntime() },
      { image: ref, digest },
    );
    expect(result).toMatchObject({ status: "written", signatures: 1, tag: `${digest.replace(":", "-")}.sig`, digest });
    const stored = await readSigManifest(stack.registry.url, repo, digest);
    expect(stored).toMatchObject({
      status: 200,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json" },
    });
    expect(stored.layers[0]).toMatchObject({ mediaType: "application/vnd.dev.cosign.simplesigning.v1+json" });
    const judged = await cosignVerify(stack.registry.url, repo, digest, alice.publicKey);
    expect(judged).toEqual([
      expect.objectContaining({ verified: true, dockerReference: `${stack.registry.host}/${repo}` }),
    ]);
    expect(await cosignVerify(stack.registry.url, repo, digest, keyPair("ecdsa").publicKey)).toEqual([]);
  });

  it("a second run with the same key writes nothing; a second signer appends and keeps the first", async () => {
    const { repo, digest, ref } = await pushed("cosign-two");
    const alice = keyPair("ecdsa");
    const bob = keyPair("ecdsa");
    await attachCosignSignature({ registry, signer: alice.signer, runtime: createRuntime() }, { image: ref, digest });
    const again = await attachCosignSignature(
      { registry, signer: alice.signer, runtime: createRuntime() },
      { image: ref, digest },
    );
    expect(again).toMatchObject({ status: "present", signatures: 1, attempts: 0 });
    const second = await attachCosignSignature(
      { registry, signer: bob.signer, runtime: createRuntime() },
      { image: ref, digest },
    );
    expect(second).toMatchObject({ status: "written", signatures: 2 });
    expect(await cosignVerify(stack.registry.url, repo, digest, alice.publicKey)).toHaveLength(1);
    expect(await cosignVerify(stack.registry.url, repo, digest, bob.publicKey)).toHaveLength(1);
  });

  it("two signers writing the same digest at the same moment both keep their signatures", async () => {
    for (let round = 0; round < 4; round++) {
      const { repo, digest, ref } = await pushed("cosign-race");
      const signers = [keyPair("ecdsa"), keyPair("ecdsa"), keyPair("ed25519")];
      const logs: string[] = [];
      const results = await Promise.all(
        signers.map((s) =>
          attachCosignSignature(
            { registry, signer: s.signer, runtime: createRuntime({ log: (m) => logs.push(m) }) },
            { image: ref, digest, settleMs: 100 },
          ),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(["written", "written", "written"]);
      for (const s of signers)
        expect(await cosignVerify(stack.registry.url, repo, digest, s.publicKey)).toHaveLength(1);
      expect((await readSigManifest(stack.registry.url, repo, digest)).layers).toHaveLength(3);
    }
  });

  it("appends to a signature image written with Docker's media types, keeping them (cosign with COSIGN_DOCKER_MEDIA_TYPES)", async () => {
    const { repo, digest, ref } = await pushed("cosign-docker-types");
    const bob = keyPair("ecdsa");
    await attachCosignSignature({ registry, signer: bob.signer, runtime: createRuntime() }, { image: ref, digest });
    // Bob's signature image as cosign writes it with Docker's media types: same blobs, other labels.
    const tag = `${digest.replace(":", "-")}.sig`;
    const url = `${stack.registry.url}/v2/${repo}/manifests/${tag}`;
    const oci = (await (
      await fetch(url, { headers: { accept: "application/vnd.oci.image.manifest.v1+json" } })
    ).json()) as { config: { mediaType: string } } & Record<string, unknown>;
    const docker = {
      ...oci,
      mediaType: DOCKER_MANIFEST,
      config: { ...oci.config, mediaType: "application/vnd.docker.container.image.v1+json" },
    };
    const put = await fetch(url, {
      method: "PUT",
      headers: { "content-type": DOCKER_MANIFEST },
      body: JSON.stringify(docker),
    });
    expect(put.status).toBe(201);

    const alice = keyPair("ecdsa");
    const result = await attachCosignSignature(
      { registry, signer: alice.signer, runtime: createRuntime() },
      { image: ref, digest },
    );
    expect(result).toMatchObject({ status: "written", signatures: 2 });
    expect(await readSigManifest(stack.registry.url, repo, digest)).toMatchObject({
      mediaType: DOCKER_MANIFEST,
      config: { mediaType: "application/vnd.docker.container.image.v1+json" },
    });
    expect(await cosignVerify(stack.registry.url, repo, digest, alice.publicKey)).toHaveLength(1);
    expect(await cosignVerify(stack.registry.url, repo, digest, bob.publicKey)).toHaveLength(1);
  });

  it("two runs with the same key at the same moment leave one signature by it", async () => {
    const alice = keyPair("ecdsa");
    for (let round = 0; round < 20; round++) {
      const { repo, digest, ref } = await pushed("cosign-same-key");
      const results = await Promise.all(
        [0, 1].map(() =>
          attachCosignSignature(
            { registry, signer: alice.signer, runtime: createRuntime() },
            { image: ref, digest, settleMs: 20 },
          ),
        ),
      );
      expect(results.map((r) => r.status)).toContain("written");
      expect((await readSigManifest(stack.registry.url, repo, digest)).layers, `round ${round}`).toHaveLength(1);
    }
  });

  it("behind token auth: reads with a pull token, writes with a pull,push token for the repository", async () => {
    const proxy = await startProxy({
      upstream: stack.registry.url,
      auth: { scheme: "bearer", username: "ci", password: "s3cret-push" },
      recordBodies: false,
    });
    try {
      const host = new URL(proxy.url).host;
      const repo = uniqueRepo("cosign-token");
      const digest = (await pushImage(stack.registry.url, repo, "v1")).digest;
      const authed = new RegistryClient({
        transport: withRetries(transport),
        insecureHosts: [host],
        credentials: async () => ({ credentials: { username: "ci", password: "s3cret-push" }, source: "test" }),
      });
      const alice = keyPair("ecdsa");
      const result = await attachCosignSignature(
        { registry: authed, signer: alice.signer, runtime: createRuntime() },
        { image: parseReference(`${host}/${repo}`), digest },
      );
      expect(result.status).toBe("written");
      const scopes = proxy.records
        .filter((r) => r.path.startsWith("/token"))
        .map((r) => new URL(r.path, proxy.url).searchParams.get("scope"));
      expect(new Set(scopes)).toEqual(new Set([`repository:${repo}:pull`, `repository:${repo}:pull,push`]));
      const writes = proxy.records.filter((r) => r.method === "PUT" || r.method === "POST");
      expect(writes.length).toBeGreaterThan(0);
      expect(writes.every((r) => r.status !== undefined && r.status < 300)).toBe(true);
      expect(await cosignVerify(stack.registry.url, repo, digest, alice.publicKey)).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it.each(["rsa", "ed25519"] as const)("signs with a %s key file in the scheme cosign verifies", async (kind) => {
    const { repo, digest, ref } = await pushed(`cosign-${kind}`);
    const k = keyPair(kind);
    await attachCosignSignature({ registry, signer: k.signer, runtime: createRuntime() }, { image: ref, digest });
    expect(await cosignVerify(stack.registry.url, repo, digest, k.publicKey)).toHaveLength(1);
  });
});
