// Signing without Notary (oci-signature cosign-only), against the real registry: the digest gets a
// cosign signature by the same key (key file or AWS KMS) that an independent reading of cosign's
// rules accepts, and not one connection reaches the Notary server given, from the workflow, the CLI
// or the bundled action.
import { execFile } from "node:child_process";
import { createPublicKey } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VerificationError } from "../../src/errors.js";
import { inspectKmsKey } from "../../src/signers/kms-signer.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { runCosignOnlySign } from "../../src/workflows/run-cosign-sign.js";
import type { SignConfig } from "../../src/workflows/run-sign.js";
import { runVerify } from "../../src/workflows/run-verify.js";
import { parseAccept } from "../../src/workflows/verify-accept.js";
import { testRuntime } from "../helpers/runtime.js";
import { tempDir } from "../helpers/admin.js";
import { cosignVerify } from "../helpers/cosign-judge.js";
import { NODE24, runAction } from "../helpers/runner.js";
import { FakeKms } from "../stack/fake-kms.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const credentials = { accessKeyId: "AKIDCOSIGNONLY", secretAccessKey: "fake-secret-for-cosign-only" };
const kms = new FakeKms();
let kmsUrl: string;
let docker: DockerTrust;
/** A Notary server that is not there: it counts the connections it is offered and closes them. */
let gone: net.Server;
let offered = 0;
let goneUrl: string;

beforeAll(async () => {
  kmsUrl = await kms.listen();
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  gone = net.createServer((socket) => {
    offered++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
  goneUrl = `https://127.0.0.1:${(gone.address() as net.AddressInfo).port}`;
});
afterAll(async () => {
  await kms.close();
  await docker?.dispose();
  await new Promise((resolve) => gone?.close(resolve));
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** dist/cli/index.js under Node 24, without blocking this process (the counting server runs here). */
function runBuiltCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      NODE24,
      [path.join(repoRoot, "dist/cli/index.js"), ...args],
      { env, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const base = (image: string): SignConfig => ({
  image,
  tags: [],
  notaryServer: goneUrl,
  caPem: stack.caPem,
  insecureRegistries: [stack.registry.host],
  ociSignature: "cosign-only",
});

describe("sign with oci-signature cosign-only", () => {
  it("key file: the digest is signed as cosign signs it, once, and no Notary server is asked", async () => {
    const repo = uniqueRepo("cosign-only-file");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("only");
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const before = offered;
    const warned: string[] = [];
    const config = {
      ...base(`${image}:v1`),
      tags: ["latest"],
      signerKey: keyText,
      signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    };
    const first = await runCosignOnlySign(config, { runtime: testRuntime({ warn: (m) => warned.push(m) }) });
    expect(first).toMatchObject({
      gun: image,
      tag: "v1",
      digest: pushed.digest,
      cosign: { status: "written", signatures: 1, reference: `${image}:${pushed.digest.replace(":", "-")}.sig` },
    });
    expect(warned.some((w) => w.includes("ignored"))).toBe(true);
    const publicKey = createPublicKey(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE).keyObject);
    expect(await cosignVerify(stack.registry.url, repo, pushed.digest, publicKey)).toHaveLength(1);
    const again = await runCosignOnlySign(config);
    expect(again.cosign).toMatchObject({ status: "present", signatures: 1 });
    // Named without a tag, the image is found by the first of the tags: they are not ignored then.
    const untagged: string[] = [];
    const foundByTags = await runCosignOnlySign(
      { ...config, image, tags: ["v1"] },
      { runtime: testRuntime({ warn: (m) => untagged.push(m) }) },
    );
    expect(foundByTags).toMatchObject({ tag: "v1", digest: pushed.digest, cosign: { status: "present" } });
    expect(untagged.filter((w) => w.includes("ignored"))).toEqual([]);
    // A tag that points elsewhere is refused before anything is written.
    const other = await pushImage(stack.registry.url, repo, "v2");
    const mismatch = await runCosignOnlySign({ ...config, image: `${image}:v1`, digest: other.digest }).catch(
      (e: unknown) => e,
    );
    expect(mismatch).toBeInstanceOf(VerificationError);
    expect((mismatch as VerificationError).code).toBe("TAG_MISMATCH");
    // A digest given beside a name without a tag is signed alone: no tag (latest) is looked up.
    const byDigest: string[] = [];
    const alone = await runCosignOnlySign(
      // A Notary server setting is not even read: this one would not parse.
      { ...config, image, tags: [], digest: other.digest, envNotaryServer: "notary:4443" },
      { runtime: testRuntime({ warn: (m) => byDigest.push(m) }) },
    );
    expect(alone).toMatchObject({ tag: undefined, digest: other.digest, cosign: { status: "written" } });
    expect(byDigest).toEqual([]);
    // A name without a tag beside tags (metadata-action's outputs) and no digest: the first tag
    // is what is signed, not whatever latest points to.
    await pushImage(stack.registry.url, repo, "latest");
    const byTags = await runCosignOnlySign({ ...config, image, tags: [`${image}:v2`, "v2-alias"] });
    expect(byTags).toMatchObject({ tag: "v2", digest: other.digest });
    expect(offered).toBe(before);
    // The PR check's side: cosign accepted, with the public key.
    const dir = await tempDir("cosign-only");
    const keyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const run = await runVerify({
      images: `${image}:v1`,
      cwd: dir,
      notaryServer: goneUrl,
      insecureRegistries: [stack.registry.host],
      accept: parseAccept("cosign", "accept"),
      cosignKey: keyPem,
    });
    expect(run.results[0]).toMatchObject({ passed: true, accepted: "cosign", digest: pushed.digest });
  });

  it("AWS KMS: signs through the KMS API without a signer name", async () => {
    const repo = uniqueRepo("cosign-only-kms");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", alias: `alias/${repo.replace(/\W/g, "-")}` });
    const before = offered;
    const result = await runCosignOnlySign(
      { ...base(`${image}:v1`), awsKmsKey: key.alias!, awsRegion: kms.region },
      { kms: { endpoint: kmsUrl, credentials } },
    );
    expect(result.cosign).toMatchObject({ status: "written", signatures: 1 });
    const inspected = await inspectKmsKey({
      keyId: key.alias!,
      region: kms.region,
      endpoint: kmsUrl,
      credentials,
      role: "kms",
    });
    const publicKey = createPublicKey(inspected.publicKeyPem.replace(/^role: .*\n\n?/m, ""));
    expect(await cosignVerify(stack.registry.url, repo, pushed.digest, publicKey)).toHaveLength(1);
    expect(offered).toBe(before);
  });

  it("the CLI and the bundled action sign with the same inputs as before, and ask no Notary server", async () => {
    const repo = uniqueRepo("cosign-only-entry");
    const image = `${stack.registry.host}/${repo}`;
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    const v2 = await pushImage(stack.registry.url, repo, "v2");
    const key = await docker.keyGenerate("entry");
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const publicKey = createPublicKey(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE).keyObject);
    const before = offered;

    const dir = await tempDir("cosign-only-cli");
    const cliConnection = [
      "--notary-server",
      goneUrl,
      "--insecure-registry",
      stack.registry.host,
      "--trust-dir",
      path.join(dir, "trust"),
    ];
    const keyFile = path.join(dir, "signer.key");
    await writeFile(keyFile, keyText);
    // The built CLI, as a user runs it: its entry opens no early connection to the Notary server.
    const cli = await runBuiltCli(
      ["sign", `${image}:v1`, "--signer-key", keyFile, "--oci-signature", "cosign-only", ...cliConnection],
      {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: dir,
        DOCKER_CONFIG: dir,
        CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE,
      },
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(
      `${v1.digest}\nCosign signature: written to ${image}:${v1.digest.replace(":", "-")}.sig`,
    );

    const action = await runAction(".", {
      image: `${image}:v2`,
      "signer-key": keyText,
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": goneUrl,
      "insecure-registries": stack.registry.host,
      "oci-signature": "cosign-only",
    });
    expect(action.code, action.stdout + action.stderr).toBe(0);
    expect(action.outputs).toMatchObject({
      digest: v2.digest,
      published: "true",
      "signed-tags": "[]",
      "cosign-signature": `${image}:${v2.digest.replace(":", "-")}.sig`,
      "cosign-signature-status": "written",
    });
    expect(action.summary).toContain("No Notary server was asked");
    // Nothing set but what a sign needs: no setting is reported as ignored (expires has no default value).
    expect(action.stdout).not.toContain("::warning");
    expect(action.outputs.signer).toMatch(/^[0-9a-f]{64}$/);
    for (const d of [v1.digest, v2.digest])
      expect(await cosignVerify(stack.registry.url, repo, d, publicKey)).toHaveLength(1);
    expect(offered).toBe(before);

    // The PR check that accepts cosign alone asks no Notary server either, from either entry.
    const pubFile = path.join(dir, "cosign.pub");
    const keyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    await writeFile(pubFile, keyPem);
    const verified = await runBuiltCli(
      ["verify", `${image}:v1`, `${image}:v2`, "--accept", "cosign", "--cosign-key", pubFile, ...cliConnection],
      { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, DOCKER_CONFIG: dir },
    );
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const check = await runAction("verify", {
      images: `${image}:v1\n${image}:v2`,
      accept: "cosign",
      "cosign-key": keyPem,
      "notary-server": goneUrl,
      "insecure-registries": stack.registry.host,
    });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(offered).toBe(before);
  });
});
