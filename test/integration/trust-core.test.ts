// Our reader against repositories built by the real Go clients, judged by `docker trust inspect`
// and `notary list`, and the round-trip property on every file a real notary-server served.
import { mkdtemp, rm, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, NotaryCli, makeCertificateKey, makeEcdsaKey } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { ourConnection, roleOfUrl, type ServedFile } from "../helpers/our-client.js";
import { dockerInspectJson } from "../../src/cli/docker-inspect.js";
import { inspect } from "../../src/workflows/inspect.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import { parseEnvelope, serialiseEnvelope, type MetadataType } from "../../src/tuf/metadata.js";

const stack = useStack();

function typeOfRole(role: string): MetadataType {
  if (role.startsWith("targets")) return "Targets";
  return (role[0]!.toUpperCase() + role.slice(1)) as MetadataType;
}

/** parse → serialise gives back the served bytes exactly, for every file served. */
function expectRoundTrip(served: ServedFile[]): void {
  expect(served.length).toBeGreaterThan(0);
  for (const file of served) {
    const role = roleOfUrl(file.url);
    const env = parseEnvelope(file.body, typeOfRole(role), role);
    const again = serialiseEnvelope(env.signed, env.signatures);
    expect(Buffer.from(again).toString("utf8"), file.url).toBe(Buffer.from(file.body).toString("utf8"));
  }
}

async function ours(image: string, notaryUrl: string, trustedRoot?: Uint8Array) {
  const conn = ourConnection(stack, image, notaryUrl);
  try {
    const { result, set } = await inspect(conn.notary, {
      name: image,
      runtime: createRuntime(),
      ...(trustedRoot ? { trustedRoot } : {}),
    });
    return { result, set, served: conn.served, requests: conn.requests };
  } finally {
    conn.close();
  }
}

for (const topology of ["local", "signer"] as const) {
  describe(`Docker-made repositories on the ${topology} notary-server`, () => {
    let docker: DockerTrust;
    beforeAll(async () => {
      docker = await DockerTrust.create({ serverUrl: stack.notary[topology].url, caPem: stack.caPem });
    });
    afterAll(() => docker?.dispose());

    it("inspect equals docker trust inspect and agrees with notary list; served files round-trip", async () => {
      const repo = uniqueRepo(`core-${topology}`);
      const image = `${stack.registry.host}/${repo}`;
      const v1 = await pushImage(stack.registry.url, repo, "v1");
      const v2 = await pushImage(stack.registry.url, repo, "v2", { kind: "index" });
      const alice = await docker.keyGenerate("alice");
      const bob = await docker.keyGenerate("bob");
      await docker.signerAdd("alice", image, alice.pubPath);
      await docker.signerAdd("bob", image, bob.pubPath);
      const notary = docker.notary();
      await notary.addhash(image, "v1", v1.size, v1.digest.slice(7), ["targets/releases", "targets/alice"]);
      await notary.addhash(image, "v2", v2.size, v2.digest.slice(7), [
        "targets/releases",
        "targets/alice",
        "targets/bob",
      ]);
      await notary.addhash(image, "v10", v1.size, v1.digest.slice(7), ["targets/bob"]);

      const theirs = await docker.inspect(image);
      const { result, served } = await ours(image, stack.notary[topology].url);
      expect([dockerInspectJson(result)]).toEqual(theirs);
      expect(result.signedTags.map((t) => t.tag)).toEqual(["v1", "v2"]);

      const listed = await notary.list(image);
      for (const t of result.signedTags)
        expect(listed).toContainEqual(expect.objectContaining({ name: t.tag, digest: t.digest }));
      expectRoundTrip(served);
      // one wave: root, timestamp, snapshot, targets, targets/releases current files, then bob/alice
      expect(served.map((f) => roleOfUrl(f.url)).sort()).toEqual([
        "root",
        "snapshot",
        "targets",
        "targets/alice",
        "targets/bob",
        "targets/releases",
        "timestamp",
      ]);
    });

    it("reports a tag only in targets/releases as signed by Repo Admin", async () => {
      const repo = uniqueRepo(`admin-${topology}`);
      const image = `${stack.registry.host}/${repo}`;
      const v1 = await pushImage(stack.registry.url, repo, "v1");
      const carol = await docker.keyGenerate("carol");
      await docker.signerAdd("carol", image, carol.pubPath);
      await docker.notary().addhash(image, "solo", v1.size, v1.digest.slice(7), ["targets/releases"]);
      const theirs = await docker.inspect(image);
      const { result } = await ours(image, stack.notary[topology].url);
      expect([dockerInspectJson(result)]).toEqual(theirs);
      expect(result.signedTags[0]?.signers).toEqual(["Repo Admin"]);
    });
  });
}

describe("notary-made repositories", () => {
  let notary: NotaryCli;
  let keyDir: string;
  beforeAll(async () => {
    notary = new NotaryCli({ serverUrl: stack.notary.signer.url, caFile: stack.caFile });
    keyDir = await mkdtemp(path.join(os.tmpdir(), "ct-core-keys-"));
  });
  afterAll(async () => {
    await notary?.dispose();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  it("reads a client-managed snapshot with ECDSA and certificate delegations, like docker trust inspect", async () => {
    const gun = `${stack.registry.host}/${uniqueRepo("client-snap")}`;
    await notary.init(gun);
    const erin = await makeEcdsaKey(keyDir, "erin");
    const carol = await makeCertificateKey(keyDir, "carol");
    await notary.delegationAdd(gun, "targets/erin", erin.publicPath, { publish: false });
    await notary.delegationAdd(gun, "targets/releases", carol.publicPath, { publish: false });
    await notary.delegationAdd(gun, "targets/carol", carol.publicPath);
    await notary.importKey(erin.privateKeyPath, { role: "targets/erin" });
    await notary.importKey(carol.privateKeyPath, { role: "targets/carol" });
    await notary.addhash(gun, "v2", 10, "cd".repeat(32), ["targets/erin", "targets/carol", "targets/releases"]);
    await notary.addhash(gun, "top", 3, "ab".repeat(32));

    const docker = await DockerTrust.create({ serverUrl: stack.notary.signer.url, caPem: stack.caPem });
    try {
      const theirs = await docker.inspect(gun);
      const { result, served } = await ours(gun, stack.notary.signer.url);
      expect([dockerInspectJson(result)]).toEqual(theirs);
      expect(result.signedTags).toEqual([
        { tag: "top", digest: "ab".repeat(32), signers: ["Repo Admin"] },
        { tag: "v2", digest: "cd".repeat(32), signers: ["erin", "carol"] },
      ]);
      expectRoundTrip(served);
    } finally {
      await docker.dispose();
    }
  });

  it("follows root rotations from a stored root, walking every version, and refuses a root it cannot chain to", async () => {
    const gun = `${stack.registry.host}/${uniqueRepo("rotate")}`;
    await notary.init(gun, { serverManagedSnapshot: true });
    await notary.addhash(gun, "v1", 3, "ab".repeat(32));
    const first = await ours(gun, stack.notary.signer.url);
    const storedRoot = first.set.root.bytes;
    await notary.keyRotate(gun, "root");
    await notary.keyRotate(gun, "root");
    const after = await ours(gun, stack.notary.signer.url, storedRoot);
    expect(after.set.root.signed.version).toBe(first.set.root.signed.version + 2);
    expect(after.requests.some((r) => r.endsWith(`/${first.set.root.signed.version + 1}.root.json`))).toBe(true);
    expectRoundTrip(after.served);
    const docker = await DockerTrust.create({ serverUrl: stack.notary.signer.url, caPem: stack.caPem });
    try {
      expect([dockerInspectJson(after.result)]).toEqual(await docker.inspect(gun));
    } finally {
      await docker.dispose();
    }

    // Another repository's root is not a rotation of this one.
    const other = `${stack.registry.host}/${uniqueRepo("other")}`;
    await notary.init(other, { serverManagedSnapshot: true });
    await notary.addhash(other, "v1", 3, "ab".repeat(32));
    await expect(ours(other, stack.notary.signer.url, storedRoot)).rejects.toThrow(
      /no valid root certificate|not signed by the root keys of trusted root/,
    );
    void readFile;
  });

  it("says a repository that does not exist is not initialised", async () => {
    const gun = `${stack.registry.host}/${uniqueRepo("missing")}`;
    await expect(ours(gun, stack.notary.local.url)).rejects.toThrow(
      new RegExp(
        `${gun.replace(/[/.]/g, "\\$&")} is not initialised on https://127\\.0\\.0\\.1:\\d+: no root\\.json \\(404\\)`,
      ),
    );
  });
});
