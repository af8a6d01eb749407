// Dual signing: runSign with ociSignature "cosign" publishes the Notary signature, then signs the
// same digest as cosign does with the same key (key file and AWS KMS), judged by an independent
// reading of cosign's rules. Nothing is written for cosign when the Notary publish fails.
import { createPublicKey } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKmsSigner, inspectKmsKey } from "../../src/signers/kms-signer.js";
import { createTransport } from "../../src/net/http.js";
import { RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { attachCosignSignature } from "../../src/workflows/cosign-attach.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import type { RunHooks } from "../../src/workflows/compose.js";
import { runVerify } from "../../src/workflows/run-verify.js";
import { parseAccept } from "../../src/workflows/verify-accept.js";
import { cosignVerify, readSigManifest } from "../helpers/cosign-judge.js";
import { runAction } from "../helpers/runner.js";
import { FakeKms, type FakeKeySpec } from "../stack/fake-kms.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { startProxy } from "../stack/proxy.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
const server = stack.notary.local.url;
const credentials = { accessKeyId: "AKIDCOSIGNDUAL", secretAccessKey: "fake-secret-for-dual-signing" };
const kms = new FakeKms();
let kmsUrl: string;
let docker: DockerTrust;
let hooks: RunHooks;

beforeAll(async () => {
  kmsUrl = await kms.listen();
  hooks = { kms: { endpoint: kmsUrl, credentials } };
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
});
afterAll(async () => {
  await kms.close();
  await docker?.dispose();
});

const base = (image: string): SignConfig => ({
  image,
  tags: [],
  notaryServer: server,
  caPem: stack.caPem,
  insecureRegistries: [stack.registry.host],
  ociSignature: "cosign",
});

describe("sign with oci-signature cosign", () => {
  it("key file: the Notary tag is published and the same digest carries a cosign signature by the same key", async () => {
    const repo = uniqueRepo("dual-file");
    const image = `${stack.registry.host}/${repo}`;
    const key = await docker.keyGenerate("dual");
    await docker.signerAdd("dual", image, key.pubPath);
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const result = await runSign({
      ...base(`${image}:v1`),
      signerKey: keyText,
      signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    });
    expect(result).toMatchObject({
      published: true,
      digest: pushed.digest,
      cosign: {
        status: "written",
        digest: pushed.digest,
        reference: `${image}:${pushed.digest.replace(":", "-")}.sig`,
      },
    });
    expect((await docker.inspect(image))[0]?.SignedTags).toEqual([
      { SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: ["dual"] },
    ]);
    const publicKey = createPublicKey(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE).keyObject);
    expect(await cosignVerify(stack.registry.url, repo, pushed.digest, publicKey)).toHaveLength(1);

    const again = await runSign({
      ...base(`${image}:v1`),
      signerKey: keyText,
      signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    });
    expect(again).toMatchObject({ published: false, cosign: { status: "present", signatures: 1 } });
  });

  it.each([["ECC_NIST_P256"], ["RSA_2048"]] as const)(
    "AWS KMS %s: signs the cosign payload through the KMS API",
    async (keySpec: FakeKeySpec) => {
      const repo = uniqueRepo("dual-kms");
      const image = `${stack.registry.host}/${repo}`;
      const key = kms.createKey({ keySpec, alias: `alias/${repo.replace(/\W/g, "-")}` });
      const inspected = await inspectKmsKey({
        keyId: key.alias!,
        region: kms.region,
        endpoint: kmsUrl,
        credentials,
        role: "kms",
      });
      const pubPath = path.join(docker.configDir, `${repo.replace(/\W/g, "-")}.pub`);
      await writeFile(pubPath, inspected.publicKeyPem);
      await docker.signerAdd("kms", image, pubPath);
      const pushed = await pushImage(stack.registry.url, repo, "v1");
      const signsBefore = kms.callsOf("Sign").length;
      const result = await runSign(
        { ...base(`${image}:v1`), awsKmsKey: key.alias!, awsRegion: kms.region, signerName: "kms" },
        hooks,
      );
      expect(result.cosign).toMatchObject({ status: "written", signatures: 1 });
      const algorithms = kms
        .callsOf("Sign")
        .slice(signsBefore)
        .map((c) => c.signingAlgorithm);
      expect(algorithms.at(-1)).toBe(keySpec === "RSA_2048" ? "RSASSA_PKCS1_V1_5_SHA_256" : "ECDSA_SHA_256");
      const publicKey = createPublicKey(inspected.publicKeyPem.replace(/^role: .*\n\n?/m, ""));
      expect(await cosignVerify(stack.registry.url, repo, pushed.digest, publicKey)).toHaveLength(1);
      // The verifier can name the KMS key by its ARN instead of a PEM.
      const run = await runVerify(
        {
          images: `${image}:v1`,
          cwd: process.cwd(),
          notaryServer: server,
          caPem: stack.caPem,
          insecureRegistries: [stack.registry.host],
          accept: parseAccept("cosign", "accept"),
          cosignKey: key.arn,
        },
        { kms: { endpoint: kmsUrl, credentials } },
      );
      expect(run.results[0]).toMatchObject({ passed: true, accepted: "cosign", digest: pushed.digest });
      // The key is read only when an image needs a cosign signature checked: images that pass by
      // Notary need no AWS credentials (a pull request from a fork has none).
      const reads = kms.callsOf("GetPublicKey").length;
      for (const accept of [["registry.invalid/*=cosign", "notary"], ["any"]]) {
        const byNotary = await runVerify(
          {
            images: `${image}:v1`,
            cwd: process.cwd(),
            notaryServer: server,
            caPem: stack.caPem,
            insecureRegistries: [stack.registry.host],
            accept: parseAccept(accept, "accept"),
            cosignKey: key.arn,
          },
          { kms: { endpoint: kmsUrl, credentials: { accessKeyId: "AKIANONE", secretAccessKey: "none" } } },
        );
        expect(byNotary.results[0], accept.join(" ")).toMatchObject({ passed: true, digest: pushed.digest });
      }
      expect(kms.callsOf("GetPublicKey").length).toBe(reads);
    },
  );

  it("AWS KMS Ed25519: pure Ed25519 over the payload (RAW), which cosign verifies", async () => {
    const repo = uniqueRepo("kms-ed-cosign");
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = kms.createKey({ keySpec: "ECC_NIST_EDWARDS25519", alias: `alias/${repo.replace(/\W/g, "-")}` });
    const signer = await createKmsSigner({ keyId: key.alias!, region: kms.region, endpoint: kmsUrl, credentials });
    const transport = createTransport({ timeoutMs: 10_000 });
    try {
      const registry = new RegistryClient({ transport, insecureHosts: [stack.registry.host] });
      const result = await attachCosignSignature(
        { registry, signer, runtime: createRuntime() },
        { image: parseReference(`${stack.registry.host}/${repo}`), digest: pushed.digest },
      );
      expect(result.status).toBe("written");
      expect(kms.calls.at(-1)).toMatchObject({
        operation: "Sign",
        signingAlgorithm: "ED25519_SHA_512",
        messageType: "RAW",
      });
      expect(
        await cosignVerify(stack.registry.url, repo, pushed.digest, createPublicKey(key.privateKey!)),
      ).toHaveLength(1);
    } finally {
      signer.close();
      transport.close();
    }
  });

  it("a registry that refuses the push: the Notary signature stands, the error says so and why", async () => {
    const proxy = await startProxy({ upstream: stack.registry.url, recordBodies: false });
    try {
      const host = new URL(proxy.url).host;
      const repo = uniqueRepo("dual-denied");
      const image = `${host}/${repo}`;
      const key = await docker.keyGenerate("denied");
      await docker.signerAdd("denied", image, key.pubPath);
      await pushImage(proxy.url, repo, "v1");
      await pushImage(proxy.url, repo, "v2");
      proxy.on(
        { method: "POST", path: /\/blobs\/uploads\/$/ },
        {
          serve: {
            status: 403,
            headers: { "content-type": "application/json" },
            body: Buffer.from('{"errors":[{"code":"DENIED"}]}'),
          },
        },
      );
      const keyText = await readFile(key.privateKeyPath, "utf8");
      const err = await runSign({
        ...base(`${image}:v1`),
        insecureRegistries: [host],
        signerKey: keyText,
        signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
      }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "PUSH_DENIED" });
      expect((err as Error).message).toMatch(
        new RegExp(
          `^${image.replace(/[.]/g, "\\.")}@sha256:[0-9a-f]{64} is signed in Notary, but its cosign signature was not written: `,
        ),
      );
      expect((await docker.inspect(image))[0]?.SignedTags.map((t) => t.SignedTag)).toEqual(["v1"]);

      // The action fails the step and still says what it published, for a step after it.
      const step = await runAction(".", {
        image: `${image}:v2`,
        "signer-key": keyText,
        "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
        "notary-server": server,
        "ca-cert": stack.caPem,
        "insecure-registries": host,
        "oci-signature": "cosign",
      });
      expect(step.code).toBe(1);
      expect(step.outputs).toMatchObject({ published: "true", "cosign-signature-status": "failed" });
      expect(step.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(JSON.parse(step.outputs["signed-tags"]!)).toMatchObject([{ tag: "v2" }]);
    } finally {
      await proxy.close();
    }
  });

  it("writes no cosign signature when the Notary signing fails", async () => {
    const repo = uniqueRepo("dual-fail");
    const image = `${stack.registry.host}/${repo}`;
    const key = await docker.keyGenerate("outsider");
    // No signer add: the key is not a delegation key of this repository, so Notary signing fails.
    await docker.signerAdd("other", image, (await docker.keyGenerate("insider")).pubPath);
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const keyText = await readFile(key.privateKeyPath, "utf8");
    await expect(
      runSign({ ...base(`${image}:v1`), signerKey: keyText, signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE }),
    ).rejects.toThrow();
    expect((await readSigManifest(stack.registry.url, repo, pushed.digest)).status).toBe(404);
  });
});
