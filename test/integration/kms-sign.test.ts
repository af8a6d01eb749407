// Signing with AWS KMS keys against the real notary-server: the real @aws-sdk/client-kms talks to
// the test KMS on a loopback port; docker trust inspect and notary list judge the result.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TrustError } from "../../src/errors.js";
import { words as cliWords } from "../../src/cli/words.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { createKmsSigner, inspectKmsKey } from "../../src/signers/kms-signer.js";
import { parseReference } from "../../src/registry/reference.js";
import { sign } from "../../src/workflows/sign.js";
import { signEnvelope } from "../../src/tuf/sign.js";
import { formatGoTime } from "../../src/tuf/time.js";
import type { PublicKey } from "../../src/tuf/keys.js";
import { loadTrust } from "../../src/workflows/load-trust.js";
import { runMigrate } from "../../src/workflows/run-migrate.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import type { RunHooks } from "../../src/workflows/compose.js";
import { ourConnection } from "../helpers/our-client.js";
import { FakeKms, type FakeKeySpec, type FakeKmsKey } from "../stack/fake-kms.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { freePort } from "../stack/processes.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
const server = stack.notary.local.url;
const credentials = { accessKeyId: "AKIDKMSINTEGRATION", secretAccessKey: "fake-secret-for-integration" };
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

function config(image: string, key: string, signerName: string, extra: Partial<SignConfig> = {}): SignConfig {
  return {
    image,
    tags: [],
    awsKmsKey: key,
    awsRegion: kms.region,
    signerName,
    notaryServer: server,
    caPem: stack.caPem,
    insecureRegistries: [stack.registry.host],
    ...extra,
  };
}

/** A KMS key added as signer NAME of a new repository with `docker trust signer add --key`, and a pushed tag. */
async function kmsSignerRepo(prefix: string, name: string, keySpec: FakeKeySpec = "ECC_NIST_P256") {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const key = kms.createKey({ keySpec, alias: `alias/${repo.replace(/\W/g, "-")}` });
  const inspected = await inspectKmsKey({
    keyId: key.alias!,
    region: kms.region,
    endpoint: kmsUrl,
    credentials,
    role: name,
  });
  const pubPath = path.join(docker.configDir, `${repo.replace(/\W/g, "-")}.pub`);
  await writeFile(pubPath, inspected.publicKeyPem);
  await docker.signerAdd(name, image, pubPath);
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  return { repo, image, key, keyId: inspected.keyId, pushed };
}

describe("signing with an AWS KMS key", () => {
  it("ECDSA P-256: a key added with docker trust signer add signs a tag that docker trust inspect and notary list show", async () => {
    const { image, key, keyId, pushed } = await kmsSignerRepo("kms-ecdsa", "releaser");
    const result = await runSign(config(`${image}:v1`, key.alias!, "releaser", { digest: pushed.digest }), hooks);
    expect(result).toMatchObject({ digest: pushed.digest, signer: "releaser", published: true });

    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags).toEqual([
      { SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: ["releaser"] },
    ]);
    expect(inspection?.Signers).toEqual([{ Name: "releaser", Keys: [{ ID: keyId }] }]);
    const notary = docker.notary();
    expect(await notary.list(image, "targets/releaser")).toEqual([
      { name: "v1", digest: pushed.digest.slice(7), size: pushed.size, role: "targets/releaser" },
    ]);
    expect(await notary.list(image)).toContainEqual(
      expect.objectContaining({ name: "v1", digest: pushed.digest.slice(7) }),
    );
  });

  it("signs a role of 10,000 tags in DIGEST mode, one KMS call per role", async () => {
    const { image, key, pushed } = await kmsSignerRepo("kms-big", "bulk");
    // runSign takes at most 256 tags per run, so the 10,000-tag role is first written by the sign
    // workflow itself with this KMS signer; its registry answers every tag with the pushed image
    // (10,000 registry lookups are not what this test is about).
    const signer = await createKmsSigner({ keyId: key.alias!, region: kms.region, endpoint: kmsUrl, credentials });
    const conn = ourConnection(stack, image, server);
    const manifest = { digest: pushed.digest, size: pushed.size, mediaType: pushed.mediaType, bytes: pushed.bytes };
    const before = kms.callsOf("Sign").length;
    let started = performance.now();
    try {
      const tags = Array.from({ length: 9_999 }, (_, i) => `t${i}`);
      const bulk = await sign(
        { notary: conn.notary, registry: { resolve: async () => manifest }, signer, runtime: createRuntime() },
        { image: parseReference(`${image}:v1`), extraTags: tags, digest: pushed.digest, signerName: "bulk" },
      );
      expect(bulk.tags).toHaveLength(10_000);
    } finally {
      conn.close();
      signer.close();
    }
    const first = performance.now() - started;
    // Then a real run re-signs the whole role to add one more tag.
    started = performance.now();
    const result = await runSign(
      config(`${image}:v1`, key.alias!, "bulk", { digest: pushed.digest, tags: ["extra"] }),
      hooks,
    );
    const second = performance.now() - started;
    console.log(
      `KMS P-256: 10,000 tags signed, published and verified in ${Math.round(first)} ms; role re-signed with one more tag by runSign in ${Math.round(second)} ms`,
    );
    expect(result.published).toBe(true);
    const signs = kms.callsOf("Sign").slice(before);
    expect(signs.map((c) => [c.messageType, c.messageBytes, c.signingAlgorithm])).toEqual(
      Array(4).fill(["DIGEST", 32, "ECDSA_SHA_256"]),
    );
    const listed = await docker.notary().list(image, "targets/bulk");
    expect(listed).toHaveLength(10_001);
    expect(new Set(listed.map((t) => t.digest))).toEqual(new Set([pushed.digest.slice(7)]));
  });

  it("RSA-PSS: an RSA_3072 key added with docker trust signer add signs", async () => {
    const { image, key, keyId, pushed } = await kmsSignerRepo("kms-rsa", "rsasigner", "RSA_3072");
    await runSign(config(`${image}:v1`, key.alias!, "rsasigner"), hooks);
    expect(kms.calls.at(-1)).toMatchObject({
      operation: "Sign",
      signingAlgorithm: "RSASSA_PSS_SHA_256",
      messageType: "DIGEST",
    });
    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags).toEqual([
      { SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: ["rsasigner"] },
    ]);
    expect(inspection?.Signers).toEqual([{ Name: "rsasigner", Keys: [{ ID: keyId }] }]);
  });

  it("Ed25519: signs a small role, and refuses a role over 4096 bytes with its size, before calling KMS", async () => {
    // docker and notary cannot add an ed25519 delegation key (their PEM parser takes ECDSA and RSA
    // only), so the repository admin's targets key adds it here, as notary would write it.
    const { repo, image } = await kmsSignerRepo("kms-ed", "admin");
    const key = kms.createKey({ keySpec: "ECC_NIST_EDWARDS25519", alias: `alias/${repo.replace(/\W/g, "-")}-ed` });
    const inspected = await inspectKmsKey({ keyId: key.alias!, region: kms.region, endpoint: kmsUrl, credentials });
    await addDelegationKey(image, "targets/edsigner", inspected.publicKey, inspected.keyId);

    const first = await runSign(config(`${image}:v1`, key.alias!, "edsigner"), hooks);
    expect(first.warnings.filter((w) => w.includes("signs at most"))).toEqual([]);
    expect(kms.calls.at(-1)).toMatchObject({
      operation: "Sign",
      signingAlgorithm: "ED25519_SHA_512",
      messageType: "RAW",
    });
    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags).toEqual([expect.objectContaining({ SignedTag: "v1", Signers: ["edsigner"] })]);
    expect(inspection?.Signers).toContainEqual({ Name: "edsigner", Keys: [{ ID: inspected.keyId }] });
    expect(await docker.notary().list(image, "targets/edsigner")).toEqual([
      expect.objectContaining({ name: "v1", role: "targets/edsigner" }),
    ]);

    // Each release adds a tag: from three quarters of the 4096 bytes on, a sign says how many more fit.
    const tags = Array.from({ length: 80 }, (_, i) => `release-${i}`);
    const near = await runSign(config(`${image}:v1`, key.alias!, "edsigner", { tags: tags.slice(0, 34) }), hooks);
    expect(near.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^targets/edsigner is now 3\\d{3} bytes, and AWS KMS key ${key.alias} \\(ECC_NIST_EDWARDS25519, pure Ed25519 over the whole role\\) signs at most 4096 bytes: about \\d+ more tags fit`,
        ),
      ),
    );

    const signs = kms.callsOf("Sign").length;
    const err = await runSign(config(`${image}:v1`, key.alias!, "edsigner", { tags }), hooks).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrustError);
    expect((err as TrustError).describe()).toMatch(
      new RegExp(
        `^targets metadata is \\d{4,} bytes, but AWS KMS key ${key.alias} \\(ECC_NIST_EDWARDS25519, pure Ed25519 over the whole role\\) signs at most 4096 bytes; sign a role this large with a key that signs a digest`,
      ),
    );
    expect(kms.callsOf("Sign")).toHaveLength(signs);
    expect((await docker.inspect(image))[0]?.SignedTags.map((t) => t.SignedTag).sort()).toEqual(
      ["v1", ...tags.slice(0, 34)].sort(),
    );
  });
});

describe("KMS failures end before publishing, with one line naming the key", () => {
  let repo: { image: string; key: FakeKmsKey; pushed: PushedManifest };
  beforeAll(async () => {
    repo = await kmsSignerRepo("kms-fail", "ci");
  });

  async function expectFailure(cfg: Partial<SignConfig>, runHooks: RunHooks, message: RegExp): Promise<void> {
    const err = await runSign(config(`${repo.image}:v1`, repo.key.alias!, "ci", cfg), runHooks).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TrustError);
    const text = (err as TrustError).describe();
    expect(text).toMatch(message);
    expect(text).not.toMatch(/\n|fake-secret|AKID/);
    expect((await docker.inspect(repo.image))[0]?.SignedTags).toEqual([]);
  }

  it.each([
    [
      "AccessDenied on kms:Sign",
      (k: FakeKmsKey) => kms.denyAccess(k, ["Sign"]),
      /^access denied to kms:Sign on AWS KMS key alias\/\S+ in region us-east-1 \(User: arn:aws:sts::\d+:assumed-role\/\S+ is not authorized to perform: kms:Sign .*\); allow kms:GetPublicKey and kms:Sign/,
      1,
    ],
    ["a disabled key", (k: FakeKmsKey) => kms.disableKey(k), /^AWS KMS key alias\/\S+ is disabled; enable it/, 0],
    [
      "a key pending deletion",
      (k: FakeKmsKey) => kms.scheduleKeyDeletion(k),
      /^AWS KMS key alias\/\S+ is pending deletion; cancel the deletion/,
      0,
    ],
  ])("%s: no retry", async (_name, breakKey, message, signCalls) => {
    breakKey(repo.key);
    const before = { sign: kms.callsOf("Sign").length, get: kms.callsOf("GetPublicKey").length };
    try {
      await expectFailure({}, hooks, message);
    } finally {
      kms.enableKey(repo.key);
      kms.denyAccess(repo.key, []);
    }
    expect(kms.callsOf("GetPublicKey").length - before.get).toBe(1);
    expect(kms.callsOf("Sign").length - before.sign).toBe(signCalls);
  });

  it("a wrong region", async () => {
    await expectFailure(
      { awsRegion: "eu-west-1" },
      hooks,
      /^AWS KMS key alias\/\S+ was not found in region eu-west-1; check the key ID or alias and the region/,
    );
  });

  it("missing credentials", async () => {
    for (const name of [
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
      "AWS_PROFILE",
      "AWS_WEB_IDENTITY_TOKEN_FILE",
      "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
      "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ])
      vi.stubEnv(name, undefined);
    vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/aws-config");
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials");
    vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
    try {
      await expectFailure(
        {},
        { kms: { endpoint: kmsUrl } },
        /^no AWS credentials to call kms:GetPublicKey on AWS KMS key \S+; \W?aws-credentials/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("an unreachable endpoint, after bounded retries", async () => {
    const port = await freePort();
    await expectFailure(
      {},
      { kms: { endpoint: `http://127.0.0.1:${port}`, credentials, maxAttempts: 2 } },
      new RegExp(
        `^cannot reach 127\\.0\\.0\\.1:${port} to use AWS KMS key \\S+ \\(ECONNREFUSED\\) after 2 attempts; check the runner's network access`,
      ),
    );
  });

  it("a key that is not a delegation key: the same error as for a key file", async () => {
    const stranger = kms.createKey({ alias: `alias/stranger-${Date.now()}` });
    const err = await runSign(config(`${repo.image}:v1`, stranger.alias!, "ci"), hooks).catch((e: unknown) => e);
    expect((err as TrustError).code).toBe("KEY_NOT_IN_ROLE");
    expect((err as Error).message).toMatch(/^signer key [0-9a-f]{12}… is not a key of any delegation of /);
    // The way to add it names the KMS key, not a key file.
    expect(cliWords((err as TrustError).hint!)).toBe(
      `add it with: content-trust signer add NAME ${repo.image} --aws-kms-key KEY`,
    );
  });

  it("migrate: a key allowed kms:GetPublicKey but not kms:Sign stops the run at its first refusal; a later run signs the rest", async () => {
    const released = await kmsSignerRepo("kms-migrate", "ci");
    const tags = ["v1", "v2", "v3", "v4", "v5", "v6"];
    for (const tag of tags.slice(1)) await pushImage(stack.registry.url, released.repo, tag);
    for (const tag of tags) await runSign(config(`${released.image}:${tag}`, released.key.alias!, "ci"), hooks);
    const migrateConfig = {
      repository: released.image,
      awsKmsKey: released.key.alias!,
      awsRegion: kms.region,
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [stack.registry.host],
      concurrency: 2,
    };
    const warnings: string[] = [];
    const runtime = createRuntime({ warn: (m) => warnings.push(m) });
    kms.denyAccess(released.key, ["Sign"]);
    const signCalls = kms.callsOf("Sign").length;
    let refused;
    try {
      refused = await runMigrate(migrateConfig, { ...hooks, runtime });
    } finally {
      kms.denyAccess(released.key, []);
    }
    // Only the digests already under way when the first refusal came asked KMS.
    const asked = kms.callsOf("Sign").length - signCalls;
    expect(asked).toBeGreaterThanOrEqual(1);
    expect(asked).toBeLessThanOrEqual(2);
    expect(refused.counts).toMatchObject({ signed: 0, failed: asked, stopped: tags.length - asked });
    expect(refused.rows.filter((r) => r.status === "failed").map((r) => r.reason?.split(":")[0])).toEqual(
      Array(asked).fill("KMS_ACCESS_DENIED"),
    );
    expect(refused.rows.filter((r) => r.status === "stopped").map((r) => r.reason?.split(":")[0])).toEqual(
      Array(tags.length - asked).fill("STOPPED"),
    );
    expect(
      warnings.filter((w) => w.includes(`${tags.length - asked} of ${tags.length} digests are STOPPED`)),
    ).toHaveLength(1);

    const resumed = await runMigrate(migrateConfig, hooks);
    expect(resumed.counts).toMatchObject({ signed: tags.length, failed: 0, stopped: 0 });
  });

  it("throttling and 5xx are retried, and the signature then lands", async () => {
    kms.throttleNext(2, "Sign");
    kms.failNext(1, { operation: "GetPublicKey", status: 503, type: "KMSInternalException" });
    const result = await runSign(
      config(`${repo.image}:v1`, repo.key.alias!, "ci", { digest: repo.pushed.digest }),
      hooks,
    );
    expect(result.published).toBe(true);
    expect((await docker.inspect(repo.image))[0]?.SignedTags).toEqual([
      { SignedTag: "v1", Digest: repo.pushed.digest.slice(7), Signers: ["ci"] },
    ]);
  });
});

/**
 * Adds `publicKey` to targets/releases and to a new delegation `role`, in a new `targets` signed
 * with the repository's targets key from docker's trust dir: what `docker trust signer add` does
 * for ECDSA and RSA keys.
 */
async function addDelegationKey(image: string, role: string, publicKey: PublicKey, keyId: string): Promise<void> {
  const conn = ourConnection(stack, image, server);
  try {
    const { set } = await loadTrust(conn.notary, { now: Date.now() });
    const targetsKeyId = set.root.signed.roles.get("targets")!.keyIds![0]!;
    const keyText = await readFile(path.join(docker.trustDir, "private", `${targetsKeyId}.key`), "utf8");
    const signer = new KeyFileSigner(loadPrivateKey(keyText, DEFAULT_REPOSITORY_PASSPHRASE));
    const current = set.targets.get("targets")!.signed;
    const next = {
      ...current,
      version: current.version + 1,
      expires: formatGoTime(Date.now() + 3 * 365 * 24 * 3600 * 1000),
      delegations: {
        keys: new Map([...current.delegations.keys, [keyId, publicKey]]),
        roles: [
          ...(current.delegations.roles ?? []).map((r) =>
            r.name === "targets/releases" ? { ...r, keyIds: [...(r.keyIds ?? []), keyId] } : r,
          ),
          { name: role, keyIds: [keyId], threshold: 1, paths: [""] },
        ],
      },
    };
    await conn.notary.publish(new Map([["targets", await signEnvelope(next, [signer])]]));
  } finally {
    conn.close();
  }
}
