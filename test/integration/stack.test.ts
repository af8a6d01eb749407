// Smoke test of the integration harness itself: the real servers answer, images can be pushed with
// no daemon, and the Go clients (docker trust, notary) build and judge repositories on both notary
// topologies.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, NotaryCli, makeCertificateKey, makeEcdsaKey, tufKeyId } from "../stack/go-clients.js";
import { httpGet } from "../stack/http-get.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();

async function getJson(url: string): Promise<{ status: number; json: unknown }> {
  const response = await httpGet(url, { ca: stack.caPem });
  return {
    status: response.status,
    json: response.status === 200 ? JSON.parse(response.body.toString("utf8")) : undefined,
  };
}

function tufUrl(server: string, gun: string, file: string): string {
  return `${server}/v2/${gun}/_trust/tuf/${file}`;
}

describe("registry", () => {
  it.each(["docker", "oci", "index", "manifest-list"] as const)(
    "serves a pushed %s image by tag with the same digest",
    async (kind) => {
      const repo = uniqueRepo(`push-${kind}`);
      const pushed = await pushImage(stack.registry.url, repo, "v1", { kind });
      const response = await httpGet(`${stack.registry.url}/v2/${repo}/manifests/v1`, {
        headers: { accept: pushed.mediaType },
      });
      expect(response.status).toBe(200);
      expect(response.headers["docker-content-digest"]).toBe(pushed.digest);
      expect(response.headers["content-type"]).toBe(pushed.mediaType);
      expect(Buffer.compare(response.body, Buffer.from(pushed.bytes))).toBe(0);
      expect(pushed.size).toBe(pushed.bytes.length);
    },
  );
});

describe("docker trust + notary on the local-trust server", () => {
  let docker: DockerTrust;
  beforeAll(async () => {
    docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  });
  afterAll(() => docker?.dispose());

  it("signs a pushed tag as a delegation with a docker-generated key, and docker trust inspect shows it", async () => {
    const repo = uniqueRepo("smoke");
    const image = `${stack.registry.host}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const hex = pushed.digest.slice("sha256:".length);

    const key = await docker.keyGenerate("alice");
    expect(key.keyId).toMatch(/^[0-9a-f]{64}$/);
    await docker.signerAdd("alice", image, key.pubPath);
    await docker.notary().addhash(image, "v1", pushed.size, hex, ["targets/releases", "targets/alice"]);

    const [inspection] = await docker.inspect(image);
    expect(inspection?.SignedTags).toEqual([{ SignedTag: "v1", Digest: hex, Signers: ["alice"] }]);
    expect(inspection?.Signers).toEqual([{ Name: "alice", Keys: [{ ID: key.keyId }] }]);
    expect(await docker.inspectPretty(image)).toMatch(new RegExp(`v1\\s+${hex}\\s+alice`));
    expect(await docker.notary().list(image, "targets/releases")).toEqual([
      { name: "v1", digest: hex, size: pushed.size, role: "targets/releases" },
    ]);

    // Raw access with the stack's CA, through node:https and through fetch (NODE_EXTRA_CA_CERTS).
    const root = await getJson(tufUrl(stack.notary.local.url, image, "root.json"));
    expect(root.status).toBe(200);
    expect(root.json).toMatchObject({ signed: { _type: "Root", version: 1 } });
    const viaFetch = await fetch(tufUrl(stack.notary.local.url, image, "targets/releases.json"));
    expect(viaFetch.status).toBe(200);
    expect(await viaFetch.json()).toMatchObject({ signed: { targets: { v1: { length: pushed.size } } } });

    const timestampKey = await getJson(tufUrl(stack.notary.local.url, image, "timestamp.key"));
    expect(timestampKey.json).toMatchObject({ keytype: "ed25519" });
  });

  it("reports an unknown repository as unreadable", async () => {
    await expect(docker.inspect(`${stack.registry.host}/${uniqueRepo("missing")}`)).rejects.toThrow(
      /no signatures or cannot access/,
    );
  });
});

describe("notary CLI on the notary-signer server", () => {
  let notary: NotaryCli;
  let keyDir: string;
  beforeAll(async () => {
    notary = new NotaryCli({ serverUrl: stack.notary.signer.url, caFile: stack.caFile });
    keyDir = await mkdtemp(path.join(os.tmpdir(), "ct-smoke-keys-"));
  });
  afterAll(async () => {
    await notary?.dispose();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  it("hands the snapshot key to the server, whose keys are ecdsa", async () => {
    const gun = `${stack.registry.host}/${uniqueRepo("signer")}`;
    const snapshotKeyIds = async () => {
      const root = await getJson(tufUrl(stack.notary.signer.url, gun, "root.json"));
      return (root.json as { signed: { roles: Record<string, { keyids: string[] }> } }).signed.roles.snapshot?.keyids;
    };
    await notary.init(gun);
    const clientKeys = await notary.keyList({ gun, role: "snapshot" });
    expect(clientKeys).toHaveLength(1);
    expect(await snapshotKeyIds()).toEqual([clientKeys[0]?.keyId]);

    await notary.keyRotate(gun, "snapshot", { serverManaged: true });
    await notary.addhash(gun, "v1", 3, "ab".repeat(32));
    expect(await notary.list(gun)).toEqual([{ name: "v1", digest: "ab".repeat(32), size: 3, role: "targets" }]);

    const serverKeys: Record<string, string> = {};
    for (const role of ["timestamp", "snapshot"]) {
      const key = await getJson(tufUrl(stack.notary.signer.url, gun, `${role}.key`));
      expect(key.status).toBe(200);
      expect(key.json).toMatchObject({ keytype: "ecdsa" });
      serverKeys[role] = tufKeyId("ecdsa", (key.json as { keyval: { public: string } }).keyval.public);
    }
    expect(await snapshotKeyIds()).toEqual([serverKeys.snapshot]);
  });

  it("builds delegations with ecdsa and x509 keys, and a rotated root", async () => {
    const gun = `${stack.registry.host}/${uniqueRepo("delegations")}`;
    await notary.init(gun, { serverManagedSnapshot: true });
    const erin = await makeEcdsaKey(keyDir, "erin");
    const carol = await makeCertificateKey(keyDir, "carol");
    await notary.delegationAdd(gun, "targets/erin", erin.publicPath, { publish: false });
    await notary.delegationAdd(gun, "targets/carol", carol.publicPath);
    await notary.importKey(erin.privateKeyPath, { role: "targets/erin" });
    await notary.importKey(carol.privateKeyPath, { role: "targets/carol" });
    await notary.addhash(gun, "v2", 10, "cd".repeat(32), ["targets/erin", "targets/carol"]);

    const delegations = await notary.delegationList(gun);
    expect(delegations.map((row) => row.role).sort()).toEqual(["targets/carol", "targets/erin"]);
    const targets = await getJson(tufUrl(stack.notary.signer.url, gun, "targets.json"));
    const keyTypes = Object.values(
      (targets.json as { signed: { delegations: { keys: Record<string, { keytype: string }> } } }).signed.delegations
        .keys,
    ).map((key) => key.keytype);
    expect(keyTypes.sort()).toEqual(["ecdsa", "ecdsa-x509"]);
    for (const role of ["targets/erin", "targets/carol"]) {
      expect(await notary.list(gun, role)).toEqual([{ name: "v2", digest: "cd".repeat(32), size: 10, role }]);
    }

    await notary.keyRotate(gun, "root");
    const rotated = await getJson(tufUrl(stack.notary.signer.url, gun, "root.json"));
    // v1 from init, v2 from handing over the snapshot key, v3 from the root rotation.
    expect(rotated.json).toMatchObject({ signed: { version: 3 } });
    expect(await notary.list(gun, "targets/erin")).toHaveLength(1);
  });
});
