// Signing against the in-memory notary-server: what is published, what a re-run does, and how a
// signer recovers when another writer lands between its read and its upload, or when the answer
// to its upload is lost (in-process, and over a loopback socket through our real transport).
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { TrustError, VerificationError } from "../../src/errors.js";
import { NotaryClient, type GetOptions } from "../../src/notary/client.js";
import { createTransport } from "../../src/net/http.js";
import { parseReference } from "../../src/registry/reference.js";
import { parseEnvelope } from "../../src/tuf/metadata.js";
import { sign, type SignDeps } from "../../src/workflows/sign.js";
import { dockerRepo, fakeRegistry, manifest, remakeBeforeUpload, type FakeRepo } from "../fakes/notary/docker-repo.js";
import { errorResponse, FakeNotaryServer } from "../fakes/notary/server.js";
import { formatGoTime } from "../../src/tuf/time.js";
import { ecdsaKey, ed25519Key, fileMeta, write } from "../helpers/repo-builder.js";
import { testRuntime } from "../helpers/runtime.js";
import { expectWording } from "../helpers/wording.js";
import { plain } from "../../src/wording.js";
import { answeredOnlyWhenStopped } from "../helpers/stopped.js";

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

function deps(
  repo: FakeRepo,
  manifests: Record<string, ReturnType<typeof manifest>>,
  signer = repo.signers.get("alice")!,
  notary = repo.client,
): SignDeps {
  return { notary, registry: fakeRegistry(manifests), signer, runtime: testRuntime() };
}

async function served(repo: FakeRepo, role: string): Promise<{ version: number; tags: Record<string, string> }> {
  const env = parseEnvelope((await repo.client.getMetadata(role))!, "Targets", role);
  return {
    version: env.signed.version,
    tags: Object.fromEntries(
      [...env.signed.targets].map(([t, m]) => [t, Buffer.from(m.hashes["sha256"]!, "base64").toString("hex")]),
    ),
  };
}

const hex = (m: { digest: string }) => m.digest.slice(7);

describe("sign on the fake notary-server", () => {
  it("publishes the tag into targets/<signer> and targets/releases, and does nothing on a second run", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const m = manifest();
    const first = await sign(deps(repo, { v1: m }), { image: parseReference(`${repo.gun}:v1`), signerName: "alice" });
    expect(first.published).toBe(true);
    expect(first.roles).toEqual([
      { name: "targets/alice", version: 1 },
      { name: "targets/releases", version: 1 },
    ]);
    expect((await served(repo, "targets/releases")).tags).toEqual({ v1: hex(m) });
    const uploads = server.uploads.length;
    const again = await sign(deps(repo, { v1: m }), { image: parseReference(`${repo.gun}:v1`), signerName: "alice" });
    expect(again.published).toBe(false);
    expect(server.uploads.length).toBe(uploads);
  });

  it("stops its first wave's requests when it fails before the trust load ends (a key that does not decrypt)", async () => {
    const repo = await dockerRepo(new FakeNotaryServer(), { signers: ["alice"] });
    const signals: AbortSignal[] = [];
    // The Notary server never answers: only stopping the requests ends them.
    const notary = Object.assign(Object.create(repo.client) as NotaryClient, {
      getMetadata: (_role: string, opts: GetOptions = {}) => {
        signals.push(opts.signal!);
        return answeredOnlyWhenStopped(opts.signal);
      },
    });
    const undecryptable = new Error("the key does not decrypt");
    const signer = new Promise<never>((_resolve, reject) => setImmediate(() => reject(undecryptable)));
    const err = await sign(
      { ...deps(repo, { v1: manifest() }), notary, signer },
      { image: parseReference(`${repo.gun}:v1`), signerName: "alice" },
    ).catch((e: unknown) => e);
    expect(err).toBe(undecryptable);
    expect(signals.length).toBeGreaterThanOrEqual(5);
    expect(signals.filter((s) => !s.aborted)).toEqual([]);
  });

  it("reads back the roles it uploaded by the hash of its bytes, never by name", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const m = manifest();
    const before = server.log.length;
    const result = await sign(deps(repo, { v1: m }), { image: parseReference(`${repo.gun}:v1`), signerName: "alice" });
    expect(result.tags).toEqual([
      { tag: "v1", digest: m.digest, roles: ["targets/alice", "targets/releases"], signers: ["alice"] },
    ]);
    const after = server.log.slice(before).slice(server.log.slice(before).findIndex((r) => r.method === "POST") + 1);
    for (const role of ["targets/alice", "targets/releases"]) {
      const hash = createHash("sha256")
        .update((await repo.client.getMetadata(role))!)
        .digest("hex");
      expect(
        after.filter((r) => r.path.endsWith(`/${role}.json`)),
        role,
      ).toEqual([]);
      expect(
        after.filter((r) => r.path.endsWith(`/${role}.${hash}.json`)).map((r) => r.status),
        role,
      ).toEqual([200]);
    }
  });

  it("re-reads and re-applies only its own tag when another signer lands first (400 VERSION)", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice", "bob"] });
    const [m1, m2] = [manifest(), manifest()];
    server.beforeUpload = async () => {
      await sign(deps(repo, { v2: m2 }, repo.signers.get("bob")), {
        image: parseReference(`${repo.gun}:v2`),
        signerName: "bob",
      });
    };
    const result = await sign(deps(repo, { v1: m1 }), { image: parseReference(`${repo.gun}:v1`), signerName: "alice" });
    expect(result.attempts).toBe(2);
    expect(
      server.uploads.map((u) => JSON.parse(u.response.body.toString() || "{}").errors?.[0]?.code ?? u.response.status),
    ).toEqual([200, 200, "VERSION", 200]); // init, bob, us, us again
    const releases = await served(repo, "targets/releases");
    expect(releases.tags).toEqual({ v1: hex(m1), v2: hex(m2) });
    expect(releases.version).toBe(2);
  });

  it("re-reads after a lost race anchored on the root it trusted: a repository made again meanwhile is refused", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    remakeBeforeUpload(server, repo);
    const err = await sign(deps(repo, { v1: manifest() }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // Not trusted on first use again: the new root is not signed by the one this run trusted.
    expect(err).toBeInstanceOf(VerificationError);
  });

  it("re-applies its tag when a 500 answers an upload whose version another signer took (PostgreSQL), however often", async () => {
    // notary-server 0.7 on PostgreSQL answers the loser of a race for (gun, role, version) with 500.
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice", "bob"] });
    const bobs = Array.from({ length: 8 }, () => manifest());
    let round = 0;
    const bobWinsFirst = async () => {
      const tag = `b${round}`;
      await sign(deps(repo, { [tag]: bobs[round]! }, repo.signers.get("bob")), {
        image: parseReference(`${repo.gun}:${tag}`),
        signerName: "bob",
      });
      if (++round < bobs.length) server.beforeUpload = bobWinsFirst;
      return errorResponse("UNKNOWN");
    };
    server.beforeUpload = bobWinsFirst;
    const m = manifest();
    const result = await sign(deps(repo, { v1: m }), { image: parseReference(`${repo.gun}:v1`), signerName: "alice" });
    expect(result.attempts).toBe(bobs.length + 1);
    const releases = await served(repo, "targets/releases");
    expect(releases.tags).toEqual({ v1: hex(m), ...Object.fromEntries(bobs.map((b, i) => [`b${i}`, hex(b)])) });
    expect(releases.version).toBe(bobs.length + 1);
  });

  it("gives up after 6 answers of 500 when nobody else wrote, having stored nothing", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const fail = () => {
      server.beforeUpload = fail;
      return errorResponse("UNKNOWN");
    };
    server.beforeUpload = fail;
    const err = await sign(deps(repo, { v1: manifest() }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
    }).catch((e: unknown) => e);
    expect((err as TrustError).code).toBe("PUBLISH_FAILED");
    expect(server.uploads.length - 1).toBe(6);
    expect(await repo.client.getMetadata("targets/releases")).toBeUndefined();
  });

  it("finds its upload landed when the answer was lost, and publishes nothing twice", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    let dropped = 0;
    server.afterUpload = (e) => (e.response.status === 200 && dropped++ === 0 ? "drop" : undefined);
    const logs: string[] = [];
    const m = manifest();
    const result = await sign(
      { ...deps(repo, { v1: m }), runtime: testRuntime({ log: (l) => logs.push(l) }) },
      { image: parseReference(`${repo.gun}:v1`), signerName: "alice" },
    );
    expect(result.published).toBe(true);
    expect(result.attempts).toBe(2);
    expect(server.uploads.length).toBe(2); // init and ours: the re-read found nothing left to do
    expect(logs).toContain("Our earlier upload had landed");
    expect((await served(repo, "targets/releases")).version).toBe(1);
  });

  it("recovers from a lost answer over a real socket: the server closes the connection after storing the upload", async () => {
    const server = new FakeNotaryServer();
    const base = await server.listen();
    closers.push(() => server.close());
    const transport = createTransport({ timeoutMs: 5_000 });
    closers.push(() => transport.close());
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const overSocket = new NotaryClient({ baseUrl: base, gun: repo.gun, send: (req) => transport(req) });
    let dropped = false;
    server.afterUpload = (e) => (e.response.status === 200 && !dropped ? ((dropped = true), "drop") : undefined);
    const m = manifest();
    const result = await sign(deps(repo, { v1: m }, repo.signers.get("alice"), overSocket), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
    });
    expect(dropped).toBe(true);
    expect(result.attempts).toBe(2);
    expect((await served(repo, "targets/releases")).tags).toEqual({ v1: hex(m) });
  });

  it("does not move a signed tag the registry does not have to another digest, also after a lost race", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const [a, b, c] = [manifest(), manifest(), manifest()];
    // `latest` was never pushed: signing it is the only place it points, here to a.
    await sign(deps(repo, { v1: a }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
      extraTags: ["latest"],
    });
    expect((await served(repo, "targets/releases")).tags).toEqual({ v1: hex(a), latest: hex(a) });
    // Another build (another platform's job) signing the same tags to its own digest.
    const uploads = server.uploads.length;
    const moved = await sign(deps(repo, { v2: b }), {
      image: parseReference(`${repo.gun}:v2`),
      signerName: "alice",
      extraTags: ["latest"],
    }).catch((e: unknown) => e);
    expect(moved).toBeInstanceOf(TrustError);
    expect((moved as TrustError).code).toBe("TAG_MISMATCH");
    expect(server.uploads.length).toBe(uploads);
    // Signed to the same digest again: nothing to refuse.
    const same = await sign(deps(repo, { v3: a }), {
      image: parseReference(`${repo.gun}:v3`),
      signerName: "alice",
      extraTags: ["latest"],
    });
    expect(same.published).toBe(true);
    // A signer that lost the race to one that signed `edge` first re-plans, and refuses.
    server.beforeUpload = async () => {
      server.beforeUpload = undefined;
      await sign(deps(repo, { v4: c }), {
        image: parseReference(`${repo.gun}:v4`),
        signerName: "alice",
        extraTags: ["edge"],
      });
    };
    const lost = await sign(deps(repo, { v5: b }), {
      image: parseReference(`${repo.gun}:v5`),
      signerName: "alice",
      extraTags: ["edge"],
    }).catch((e: unknown) => e);
    expect((lost as TrustError).code).toBe("TAG_MISMATCH");
    expect((await served(repo, "targets/releases")).tags).toMatchObject({ latest: hex(a), edge: hex(c) });
  });

  it("a platform manifest's digest given for a tag that points to its index: says to pass the index's", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const platform = manifest();
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.index.v1+json",
        manifests: [{ mediaType: platform.mediaType, digest: platform.digest, size: platform.size }],
      }),
    );
    const index = {
      digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      size: bytes.length,
      mediaType: "application/vnd.oci.image.index.v1+json",
      bytes,
    };
    const err = await sign(deps(repo, { v1: index, "linux-amd64": platform }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
      digest: platform.digest,
    }).catch((e: unknown) => e);
    expect((err as TrustError).code).toBe("TAG_MISMATCH");
    expectWording((err as TrustError).hint).toBe(
      `${platform.digest} is one platform's manifest in the index v1 points to: pass the index's digest (build-push-action's digest output)`,
    );
  });

  it("roles that leave out targets/releases, whose key it is, for a tag not yet released: says so, publishes nothing", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const uploads = server.uploads.length;
    const err = await sign(deps(repo, { v1: manifest() }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
      roles: ["targets/alice"],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrustError);
    expect((err as TrustError).code).toBe("NOT_RELEASABLE");
    expectWording(plain((err as TrustError).message)).toContain(
      "the roles given leave out targets/releases, which signer key",
    );
    expectWording(plain((err as TrustError).hint ?? "")).toBe("add targets/releases to roles, or leave roles out");
    expect(server.uploads.length).toBe(uploads);
  });

  it("fails with the repository's current keys when an admin removed its key between read and upload", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const other = ecdsaKey();
    server.beforeUpload = async () => {
      const t = {
        ...repo.targetsSigned,
        version: 2,
        delegations: {
          keys: new Map([[other.keyId, other.publicKey]]),
          roles: repo.targetsSigned.delegations.roles!.map((r) => ({ ...r, keyIds: [other.keyId] })),
        },
      };
      await repo.client.publish(new Map([["targets", write(t, repo.targets)]]));
    };
    const err = await sign(deps(repo, { v1: manifest() }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrustError);
    expect((err as TrustError).code).toBe("KEY_NOT_IN_ROLE");
    // The server refused the upload made from the stale read; the re-read gave the verdict.
    expect(JSON.parse(server.uploads.at(-1)!.response.body.toString()).errors[0].detail.Name).toBe("ErrBadTargets");
  });

  it("says the snapshot key is needed when the repository's snapshot is client-managed", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    // Root v2 hands the snapshot role to a key the server does not hold.
    const own = ed25519Key();
    const snapId = repo.rootSigned.roles.get("snapshot")!.keyIds![0]!;
    const keys = new Map(repo.rootSigned.keys);
    keys.delete(snapId);
    keys.set(own.keyId, own.publicKey);
    const roles = new Map(repo.rootSigned.roles);
    roles.set("snapshot", { keyIds: [own.keyId], threshold: 1 });
    const root2 = write({ ...repo.rootSigned, keys, roles, version: 2 }, repo.root);
    const targetsBytes = (await repo.client.getMetadata("targets"))!;
    const snapshot = write(
      {
        type: "Snapshot",
        expires: formatGoTime(Date.now() + 3e10),
        meta: new Map([
          ["root", fileMeta(root2)],
          ["targets", fileMeta(targetsBytes)],
        ]),
        version: 2,
      },
      own,
    );
    await repo.client.publish(
      new Map([
        ["root", root2],
        ["snapshot", snapshot],
      ]),
    );
    const err = await sign(deps(repo, { v1: manifest() }), {
      image: parseReference(`${repo.gun}:v1`),
      signerName: "alice",
    }).catch((e: unknown) => e);
    expect((err as TrustError).code).toBe("SNAPSHOT_KEY_REQUIRED");
    expect(server.uploads.at(-1)!.response.status).toBe(400);
  });
});
