// Sign against the real notary-server and registry, judged by docker trust inspect and notary list.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DockerTrust,
  NotaryCli,
  DEFAULT_REPOSITORY_PASSPHRASE,
  makeEcdsaKey,
  type GeneratedKey,
} from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import { ourConnection } from "../helpers/our-client.js";
import { sha256Hex } from "../../src/sha256.js";

const stack = useStack();
const server = stack.notary.local.url;

let docker: DockerTrust;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
});
afterAll(() => docker?.dispose());

async function prepared(
  prefix: string,
  signer = "ci",
): Promise<{ repo: string; image: string; key: GeneratedKey; keyText: string }> {
  const repo = uniqueRepo(prefix);
  const image = `${stack.registry.host}/${repo}`;
  const key = await docker.keyGenerate(signer, path.join(docker.configDir, "keys", repo));
  await docker.signerAdd(signer, image, key.pubPath);
  return { repo, image, key, keyText: await readFile(key.privateKeyPath, "utf8") };
}

function config(image: string, keyText: string, extra: Partial<SignConfig> = {}): SignConfig {
  return {
    image,
    tags: [],
    signerKey: keyText,
    signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
    notaryServer: server,
    caPem: stack.caPem,
    insecureRegistries: [stack.registry.host],
    ...extra,
  };
}

/** Every role file the server names in its snapshot is readable by hash. */
async function expectReadableByHash(image: string): Promise<void> {
  const conn = ourConnection(stack, image, server);
  try {
    const snap = JSON.parse(Buffer.from((await conn.notary.getMetadata("snapshot"))!).toString()) as {
      signed: { meta: Record<string, { hashes: { sha256: string } }> };
    };
    for (const [role, meta] of Object.entries(snap.signed.meta)) {
      const hex = Buffer.from(meta.hashes.sha256, "base64").toString("hex");
      const bytes = await conn.notary.getMetadata(role, { sha256Hex: hex });
      expect(bytes, `${role}.${hex}.json`).toBeDefined();
      expect(sha256Hex(bytes!)).toBe(hex);
    }
  } finally {
    conn.close();
  }
}

describe("sign", () => {
  it("signs a pushed tag with a docker-generated delegation key; docker trust inspect and notary list agree", async () => {
    const { repo, image, key, keyText } = await prepared("sign");
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const result = await runSign(config(`${image}:v1`, keyText, { digest: pushed.digest }));
    expect(result).toMatchObject({ digest: pushed.digest, size: pushed.size, signer: "ci", published: true });
    expect(result.tags).toEqual([
      {
        tag: "v1",
        digest: pushed.digest,
        roles: expect.arrayContaining(["targets/releases", "targets/ci"]),
        signers: ["ci"],
      },
    ]);

    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags).toEqual([{ SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: ["ci"] }]);
    expect(inspection?.Signers).toEqual([{ Name: "ci", Keys: [{ ID: key.keyId }] }]);
    const listed = await docker.notary().list(image, "targets/releases");
    expect(listed).toEqual([
      { name: "v1", digest: pushed.digest.slice(7), size: pushed.size, role: "targets/releases" },
    ]);
    await expectReadableByHash(image);
  });

  it("signs several tags and a multi-arch index as the index, keeps other tags, and is idempotent", async () => {
    const { repo, image, keyText } = await prepared("multi");
    const first = await pushImage(stack.registry.url, repo, "old");
    await runSign(config(`${image}:old`, keyText));
    const index = await pushImage(stack.registry.url, repo, "v2", { kind: "index" });
    const result = await runSign(config(`${image}:v2`, keyText, { tags: ["latest", "2"], digest: index.digest }));
    expect(result.mediaType).toBe("application/vnd.oci.image.index.v1+json");
    expect(result.tags.map((t) => t.tag)).toEqual(["v2", "latest", "2"]);

    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags).toEqual([
      { SignedTag: "2", Digest: index.digest.slice(7), Signers: ["ci"] },
      { SignedTag: "latest", Digest: index.digest.slice(7), Signers: ["ci"] },
      { SignedTag: "old", Digest: first.digest.slice(7), Signers: ["ci"] },
      { SignedTag: "v2", Digest: index.digest.slice(7), Signers: ["ci"] },
    ]);
    const again = await runSign(config(`${image}:v2`, keyText, { tags: ["latest", "2"], digest: index.digest }));
    expect(again.published).toBe(false);
    expect(again.roles).toEqual(result.roles);
    await expectReadableByHash(image);
  });

  it("lets parallel signers into one role all land", async () => {
    const { repo, image, keyText } = await prepared("race");
    const tags = Array.from({ length: 6 }, (_, i) => `t${i}`);
    const pushed = await Promise.all(tags.map((t) => pushImage(stack.registry.url, repo, t)));
    const results = await Promise.all(tags.map((t) => runSign(config(`${image}:${t}`, keyText, { tags: [] }))));
    expect(results.every((r) => r.published)).toBe(true);
    expect(results.some((r) => r.attempts > 1)).toBe(true);
    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags.map((t) => [t.SignedTag, t.Digest])).toEqual(
      tags.map((t, i) => [t, pushed[i]!.digest.slice(7)]),
    );
  });

  describe("fails before publishing", () => {
    it("when the tag points elsewhere than the given digest", async () => {
      const { repo, image, keyText } = await prepared("mismatch");
      await pushImage(stack.registry.url, repo, "v1");
      const other = await pushImage(stack.registry.url, repo, "other");
      await expect(runSign(config(`${image}:v1`, keyText, { digest: other.digest }))).rejects.toThrow(
        new RegExp(`:v1 points to sha256:[0-9a-f]{64} in the registry, not ${other.digest}`),
      );
      await expect(docker.inspect(image)).resolves.toEqual([expect.objectContaining({ SignedTags: [] })]);
    });

    it("when the key is in no delegation, naming each role's keys and how to add it", async () => {
      const { repo, image, key } = await prepared("nokey");
      await pushImage(stack.registry.url, repo, "v1");
      const stranger = await docker.keyGenerate("stranger", path.join(docker.configDir, "keys", repo, "stranger"));
      const text = await readFile(stranger.privateKeyPath, "utf8");
      await expect(runSign(config(`${image}:v1`, text))).rejects.toThrow(
        new RegExp(
          `signer key ${stranger.keyId.slice(0, 12)}… is not a key of any delegation of ${image.replace(/[.]/g, "\\.")} \\(targets/ci: ${key.keyId.slice(0, 12)}…; targets/releases: ${key.keyId.slice(0, 12)}…\\)`,
        ),
      );
      await expect(docker.inspect(image)).resolves.toEqual([expect.objectContaining({ SignedTags: [] })]);
    });

    it("when the repository is not initialised", async () => {
      const repo = uniqueRepo("uninit");
      const image = `${stack.registry.host}/${repo}`;
      await pushImage(stack.registry.url, repo, "v1");
      const key = await docker.keyGenerate("lonely", path.join(docker.configDir, "keys", repo));
      await expect(runSign(config(`${image}:v1`, await readFile(key.privateKeyPath, "utf8")))).rejects.toThrow(
        /is not initialised on https:\/\/127\.0\.0\.1:\d+: no root\.json \(404\)/,
      );
    });

    it("when the repository's snapshot key is held by a client, saying how to hand it to the server", async () => {
      const repo = uniqueRepo("client-snap");
      const image = `${stack.registry.host}/${repo}`;
      const pushed = await pushImage(stack.registry.url, repo, "v1");
      const notary = new NotaryCli({ serverUrl: server, caFile: stack.caFile });
      try {
        await notary.init(image);
        const key = await makeEcdsaKey(docker.configDir, `snap-${repo.split("-").pop()}`);
        await notary.delegationAdd(image, "targets/releases", key.publicPath);
        const before = await notary.list(image, "targets/releases").catch(() => []);
        await expect(
          runSign(config(`${image}:v1`, await readFile(key.privateKeyPath, "utf8"), { digest: pushed.digest })),
        ).rejects.toMatchObject({
          code: "SNAPSHOT_KEY_REQUIRED",
          message: `${image} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`,
          hint: `hand the snapshot key to the server once with: notary key rotate ${image} snapshot -r`,
        });
        expect(await notary.list(image, "targets/releases").catch(() => [])).toEqual(before);
      } finally {
        await notary.dispose();
      }
    });

    it("when the passphrase is wrong", async () => {
      const { image, keyText } = await prepared("pass");
      await expect(runSign(config(`${image}:v1`, keyText, { signerKeyPassphrase: "nope" }))).rejects.toThrow(
        /wrong passphrase/,
      );
    });

    it("when the image is not in the registry", async () => {
      const { image, keyText } = await prepared("noimage");
      await expect(runSign(config(`${image}:v1`, keyText))).rejects.toThrow(/not found in the registry/);
    });
  });
});
