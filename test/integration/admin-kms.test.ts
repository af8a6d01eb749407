// Admin with AWS KMS keys (the real @aws-sdk/client-kms against the test KMS on a loopback port):
// a repository whose targets key lives in KMS, a signer added and rotated to a KMS key, judged by
// docker trust inspect and by docker trust signer add still working on the repository.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKmsSigner, inspectKmsKey } from "../../src/signers/kms-signer.js";
import { parsePublicKey } from "../../src/signers/public-key.js";
import { createRepository } from "../../src/workflows/admin/new-repository.js";
import { rotateSignerKey } from "../../src/workflows/admin/rotate-signer.js";
import { renewRoles } from "../../src/workflows/admin/renew.js";
import { withAdminSession } from "../../src/workflows/admin/session.js";
import { addSigner } from "../../src/workflows/admin/signers.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { FakeKms } from "../stack/fake-kms.js";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { PASSPHRASE, adminConfig, hooks, served, tempDir } from "../helpers/admin.js";

const stack = useStack();
const server = stack.notary.signer.url;
const credentials = { accessKeyId: "AKIDADMINKMS", secretAccessKey: "fake-secret-for-admin-kms" };
const kms = new FakeKms();
let kmsUrl: string;
let docker: DockerTrust;

beforeAll(async () => {
  kmsUrl = await kms.listen();
  docker = await DockerTrust.create({
    serverUrl: server,
    caPem: stack.caPem,
    rootPassphrase: PASSPHRASE,
    repositoryPassphrase: PASSPHRASE,
  });
});
afterAll(async () => {
  await kms.close();
  await docker?.dispose();
});

describe("admin with AWS KMS keys", () => {
  it("a KMS targets key creates the repository and adds signers; a signer is rotated to a KMS key that then signs", async () => {
    const repo = uniqueRepo("admin-kms");
    const image = `${stack.registry.host}/${repo}`;
    const dir = await tempDir("admin-kms");
    const targetsKey = kms.createKey({ alias: `alias/${repo.replace(/\W/g, "-")}-targets` });
    const kmsHooks = { ...hooks, kms: { endpoint: kmsUrl, credentials } };
    const config = adminConfig(stack, server, dir, image, { awsKmsKey: targetsKey.alias!, awsRegion: kms.region });

    const created = await createRepository(config, kmsHooks);
    const targetsId = (await inspectKmsKey({ keyId: targetsKey.arn, endpoint: kmsUrl, credentials })).keyId;
    expect(created.targetsKeyId).toBe(targetsId);
    expect(created.written.map((k) => k.role)).toEqual(["root"]);

    const alice = await docker.keyGenerate("alice", path.join(docker.configDir, "keys", repo, "alice"));
    const aliceKey = parsePublicKey(await readFile(alice.pubPath, "utf8")).publicKey;
    await withAdminSession(config, kmsHooks, (s) =>
      addSigner(s.deps, { name: "alice", keys: [aliceKey], anchor: s.anchor }),
    );
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    await docker.notary().addhash(image, "v1", v1.size, v1.digest.slice(7), ["targets/releases", "targets/alice"]);
    let [inspected] = await docker.inspect(image);
    expect(inspected!.AdministrativeKeys[1]).toEqual({ Name: "Repository", Keys: [{ ID: targetsId }] });
    expect(inspected!.SignedTags).toEqual([{ SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["alice"] }]);

    // Rotate alice to a KMS key: the delegation content is re-signed by KMS, the targets by KMS.
    const aliceKms = kms.createKey({ alias: `alias/${repo.replace(/\W/g, "-")}-alice` });
    const newKey = await createKmsSigner({ keyId: aliceKms.alias!, region: kms.region, endpoint: kmsUrl, credentials });
    try {
      const rotated = await withAdminSession(config, kmsHooks, (s) =>
        rotateSignerKey(s.deps, { name: "alice", newKey, anchor: s.anchor }),
      );
      expect(rotated.replaced).toEqual([alice.keyId]);
    } finally {
      newKey.close();
    }
    [inspected] = await docker.inspect(image);
    expect(inspected!.Signers).toEqual([
      {
        Name: "alice",
        Keys: [{ ID: (await inspectKmsKey({ keyId: aliceKms.arn, endpoint: kmsUrl, credentials })).keyId }],
      },
    ]);
    expect(inspected!.SignedTags).toEqual([{ SignedTag: "v1", Digest: v1.digest.slice(7), Signers: ["alice"] }]);

    const v2 = await pushImage(stack.registry.url, repo, "v2");
    await runSign(
      {
        image: `${image}:v2`,
        tags: [],
        awsKmsKey: aliceKms.alias!,
        awsRegion: kms.region,
        signerName: "alice",
        notaryServer: server,
        caPem: stack.caPem,
        insecureRegistries: [stack.registry.host],
      },
      { kms: { endpoint: kmsUrl, credentials } },
    );
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => [t.SignedTag, t.Digest, t.Signers])).toEqual([
      ["v1", v1.digest.slice(7), ["alice"]],
      ["v2", v2.digest.slice(7), ["alice"]],
    ]);

    // Renew with the KMS targets key (a wide window to force it): targets moves, tags stay.
    const before = await served(stack, server, image, "targets");
    const renewed = await withAdminSession(config, kmsHooks, (s) =>
      renewRoles(s.deps, { anchor: s.anchor, withinMs: 4 * 365 * 86400_000, lifetimeMs: 5 * 365 * 86400_000 }),
    );
    expect(renewed.renewed.map((r) => r.role)).toEqual(["targets"]);
    expect((await served(stack, server, image, "targets")).version).toBe(before.version + 1);
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => t.SignedTag)).toEqual(["v1", "v2"]);
  });
});
