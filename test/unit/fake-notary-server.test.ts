// The in-memory notary-server enforces what notary-server 0.7 enforces (the same scenario runs
// against the real server in test/integration/fake-notary-parity.test.ts).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { parseEnvelope, serialiseEnvelope, type TargetsSigned } from "../../src/tuf/metadata.js";
import { formatGoTime } from "../../src/tuf/time.js";
import { loadTrust } from "../../src/workflows/load-trust.js";
import { dockerRepo, fakeClient } from "../fakes/notary/docker-repo.js";
import { FakeNotaryServer } from "../fakes/notary/server.js";
import { ecdsaKey, ed25519Key, sigOf, write } from "../helpers/repo-builder.js";

const YEAR = 365 * 24 * 3600 * 1000;

function releases(version: number, now: number, tags: Record<string, string> = {}): TargetsSigned {
  return {
    type: "Targets",
    delegations: { keys: new Map(), roles: [] },
    expires: formatGoTime(now + YEAR),
    targets: new Map(
      Object.entries(tags).map(([t, d]) => [
        t,
        { length: 10, hashes: { sha256: createHash("sha256").update(d).digest("base64") } },
      ]),
    ),
    version,
  };
}

async function rejection(p: Promise<unknown>): Promise<ServerError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServerError);
  return err as ServerError;
}

function lastDetail(server: FakeNotaryServer): { code: string; name?: string } {
  const body = JSON.parse(server.uploads.at(-1)!.response.body.toString()) as {
    errors: { code: string; detail?: { Name?: string } }[];
  };
  return { code: body.errors[0]!.code, ...(body.errors[0]!.detail?.Name ? { name: body.errors[0]!.detail.Name } : {}) };
}

describe("fake notary-server", () => {
  it("signs snapshot and timestamp itself with the ed25519 keys its .key endpoints hand out", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const { set } = await loadTrust(repo.client, { now: Date.now() });
    expect(set.timestamp!.signed.version).toBe(1);
    expect(set.snapshot!.signed.meta.has("targets")).toBe(true);
    const tsKey = await repo.client.getServerKey("timestamp");
    expect(tsKey.type).toBe("ed25519");
    expect(set.root.signed.roles.get("timestamp")!.keyIds).toEqual(
      [...set.root.signed.keys].filter(([, k]) => k.public === tsKey.public).map(([id]) => id),
    );
    // By version and by hash, as the real server serves them.
    expect(await repo.client.getMetadata("root", { version: 1 })).toEqual(set.root.bytes);
    expect(await repo.client.getMetadata("root", { version: 2 })).toBeUndefined();
  });

  it("makes a new key on every .key request before a root exists", async () => {
    const client = fakeClient(new FakeNotaryServer(), "registry.test/none");
    const [a, b] = [await client.getServerKey("timestamp"), await client.getServerKey("timestamp")];
    expect(a.public).not.toBe(b.public);
  });

  it("answers 400 VERSION to a version that is not above the stored one, and stores nothing of that upload", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const alice = repo.signers.get("alice")!;
    const now = server.now();
    await repo.client.publish(new Map([["targets/releases", write(releases(1, now, { v1: "a" }), alice)]]));
    const err = await rejection(
      repo.client.publish(new Map([["targets/releases", write(releases(1, now, { v2: "b" }), alice)]])),
    );
    expect(err.code).toBe("VERSION_CONFLICT");
    expect(lastDetail(server)).toEqual({ code: "VERSION" });
    const served = parseEnvelope((await repo.client.getMetadata("targets/releases"))!, "Targets", "r");
    expect([...served.signed.targets.keys()]).toEqual(["v1"]);
  });

  it("refuses signatures below the threshold, undelegated roles, expired roles and root version jumps with the validation name", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const now = server.now();
    const cases: [Map<string, Uint8Array>, string][] = [
      [new Map([["targets/releases", write(releases(1, now), ecdsaKey())]]), "ErrBadTargets"],
      [new Map([["targets/bob", write(releases(1, now), repo.signers.get("alice")!)]]), "ErrBadTargets"],
      [
        new Map([
          [
            "targets/releases",
            write({ ...releases(1, now), expires: formatGoTime(now - 1000) }, repo.signers.get("alice")!),
          ],
        ]),
        "ErrBadTargets",
      ],
      [new Map([["root", write({ ...repo.rootSigned, version: 3 }, repo.root)]]), "ErrBadRoot"],
      [new Map([["root", write({ ...repo.rootSigned, version: 2 }, ecdsaKey())]]), "ErrBadRoot"],
    ];
    for (const [files, name] of cases) {
      const err = await rejection(repo.client.publish(files));
      expect(err.code).toBe("INVALID_UPDATE");
      expect(lastDetail(server)).toEqual({ code: "INVALID_UPDATE", name });
    }
  });

  it("needs the snapshot from a client when root lists a snapshot key the server does not hold", async () => {
    const server = new FakeNotaryServer();
    const err = await rejection(dockerRepo(server, { snapshotKey: ed25519Key() }));
    expect(err.code).toBe("INVALID_UPDATE");
    expect(lastDetail(server)).toEqual({ code: "INVALID_UPDATE", name: "ErrBadHierarchy" });
  });

  it("hashes its own Go re-serialisation into the snapshot: bytes Go would not write are stored, yet not found by that hash", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const alice = repo.signers.get("alice")!;
    const signed = releases(1, server.now(), { v1: "a" });
    const goBytes = serialiseEnvelope(signed, [sigOf(alice, signed)]);
    const notGo = Buffer.from(Buffer.from(goBytes).toString().replace('{"signed":', '{ "signed": '));
    await repo.client.publish(new Map([["targets/releases", notGo]]));
    const { set, inconsistent } = await loadTrust(repo.client, { now: Date.now(), hints: ["targets/releases"] });
    expect(inconsistent.has("targets/releases")).toBe(true);
    const meta = set.snapshot!.signed.meta.get("targets/releases")!;
    expect(meta.hashes["sha256"]).not.toBe(createHash("sha256").update(notGo).digest("base64"));
    expect(meta.hashes["sha256"]).toBe(createHash("sha256").update(goBytes).digest("base64"));
  });

  it("answers MALFORMED_UPLOAD, INVALID_ROLE and MALFORMED_JSON as notary-server does", async () => {
    const server = new FakeNotaryServer();
    const post = async (contentType: string, body: string) => {
      const res = await server.transport({
        method: "POST",
        url: `https://x/v2/registry.test/a/_trust/tuf/`,
        headers: { "content-type": contentType },
        body: Buffer.from(body),
        maxBytes: 65536,
      });
      return [
        res.status,
        (JSON.parse(Buffer.from(res.body).toString()) as { errors: { code: string }[] }).errors[0]!.code,
      ];
    };
    const part = (filename: string, data: string) =>
      `--b\r\nContent-Disposition: form-data; name="files"; filename="${filename}"\r\n\r\n${data}\r\n--b--\r\n`;
    expect(await post("application/json", "{}")).toEqual([400, "MALFORMED_UPLOAD"]);
    expect(await post("multipart/form-data; boundary=b", part("foo", "{}"))).toEqual([400, "INVALID_ROLE"]);
    expect(await post("multipart/form-data; boundary=b", part("targets", "{not json"))).toEqual([
      400,
      "MALFORMED_JSON",
    ]);
    expect(
      await post(
        "multipart/form-data; boundary=b",
        part("targets.json", Buffer.from(write(releases(1, server.now()), ecdsaKey())).toString()),
      ),
    ).toEqual([400, "INVALID_UPDATE"]);
  });

  it("re-signs an expired timestamp when it is read, with the next version", async () => {
    let now = Date.now();
    const server = new FakeNotaryServer({ now: () => now });
    const repo = await dockerRepo(server);
    now += 20 * 24 * 3600 * 1000;
    const { set } = await loadTrust(repo.client, { now });
    expect(set.timestamp!.signed.version).toBe(2);
  });
});
