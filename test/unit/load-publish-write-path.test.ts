// Loading trust from, and publishing to, the in-memory notary-server: root rotations walked by
// version, rollbacks refused, expired delegations skipped, and the bounds of publishing when the
// server keeps failing before it commits anything.
import { describe, expect, it } from "vitest";
import { ServerError, TrustError } from "../../src/errors.js";
import { parseReference } from "../../src/registry/reference.js";
import type { RootSigned } from "../../src/tuf/metadata.js";
import { loadTrust } from "../../src/workflows/load-trust.js";
import { eventLoopTurns } from "../../src/event-loop.js";
import type { GetOptions, NotaryClient } from "../../src/notary/client.js";
import { publishWithRetry, RETRY_POLICY } from "../../src/workflows/publication.js";
import { sign } from "../../src/workflows/sign.js";
import { dockerRepo, fakeClient, fakeRegistry, manifest, type FakeRepo } from "../fakes/notary/docker-repo.js";
import { errorResponse, FakeNotaryServer, type FakeResponse } from "../fakes/notary/server.js";
import { rootKey, write, type TestKey } from "../helpers/repo-builder.js";
import { testRuntime } from "../helpers/runtime.js";
import { answeredOnlyWhenStopped } from "../helpers/stopped.js";
import { expectWording } from "../helpers/wording.js";

const HOUR = 3600 * 1000;

/** Root v(N+1) with a new root key, signed by the old and the new one (a rotation). */
async function rotateRoot(
  repo: FakeRepo,
  current: RootSigned,
  oldKey: TestKey,
): Promise<{ signed: RootSigned; key: TestKey }> {
  const key = rootKey(repo.gun, { notBefore: Date.now() - 60_000 });
  const keys = new Map(current.keys);
  keys.delete(oldKey.keyId);
  keys.set(key.keyId, key.publicKey);
  const roles = new Map(current.roles);
  roles.set("root", { keyIds: [key.keyId], threshold: 1 });
  const signed = { ...current, keys, roles, version: current.version + 1 };
  await repo.client.publish(new Map([["root", write(signed, oldKey, key)]]));
  return { signed, key };
}

function failing(server: FakeNotaryServer, answer: FakeResponse, times: number): void {
  let left = times;
  const hook = () => {
    if (--left > 0) server.beforeUpload = hook;
    return answer;
  };
  server.beforeUpload = hook;
}

describe("loading trust from the fake notary-server", () => {
  it("says the repository is not initialised when the server has no root", async () => {
    const err = await loadTrust(fakeClient(new FakeNotaryServer(), "registry.test/nothing"), { now: Date.now() }).catch(
      (e: unknown) => e,
    );
    expect((err as ServerError).code).toBe("NOT_INITIALISED");
  });

  it("checks the root as soon as it is in: one that fails ends the load and stops the files still on their way", async () => {
    const repo = await dockerRepo(new FakeNotaryServer());
    const root = await repo.client.getMetadata("root");
    const asked: { role: string; signal: AbortSignal | undefined }[] = [];
    // Every file but the root stays on its way until its request is stopped.
    const client = {
      gun: repo.client.gun,
      baseUrl: repo.client.baseUrl,
      getMetadata: (role: string, opts: GetOptions = {}) => {
        if (role === "root") return Promise.resolve(root);
        asked.push({ role, signal: opts.signal });
        return answeredOnlyWhenStopped(opts.signal);
      },
    } as unknown as NotaryClient;
    const outcome = await Promise.race([
      loadTrust(client, { now: Date.now(), pinnedRootKeyIds: ["ab".repeat(32)] }).catch((e: unknown) => e),
      eventLoopTurns(50).then(() => "still waiting for the other files"),
    ]);
    expect(outcome).toBeInstanceOf(TrustError);
    expect((outcome as TrustError).code).toBe("ROOT_TRUST");
    expect(asked.map((a) => a.role).sort()).toEqual(["snapshot", "targets", "timestamp"]);
    expect(asked.filter((a) => !a.signal?.aborted)).toEqual([]);
  });

  it("walks N.root.json from a stored root through two rotations", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server);
    const stored = (await repo.client.getMetadata("root"))!;
    const v2 = await rotateRoot(repo, repo.rootSigned, repo.root);
    await rotateRoot(repo, v2.signed, v2.key);
    const { set } = await loadTrust(repo.client, { now: Date.now(), trustedRoot: stored });
    expect(set.root.signed.version).toBe(3);
    expect(server.log.some((r) => r.path.endsWith("/_trust/tuf/2.root.json"))).toBe(true);
  });

  it("with the rotated root key pinned, follows the rotation from the stored root and keeps the versions trusted under it", async () => {
    const repo = await dockerRepo(new FakeNotaryServer());
    const stored = (await repo.client.getMetadata("root"))!;
    const v2 = await rotateRoot(repo, repo.rootSigned, repo.root);
    const warnings: string[] = [];
    const pinned = { now: Date.now(), trustedRoot: stored, pinnedRootKeyIds: [v2.key.keyId] };
    const { set } = await loadTrust(repo.client, { ...pinned, onWarning: (w) => warnings.push(w) });
    expect(set.root.signed.version).toBe(2);
    expect(warnings).toEqual([]);
    // The stored root is not set aside: what was trusted under it still holds.
    const rolledBack = await loadTrust(repo.client, { ...pinned, previousVersions: { targets: 5 } }).catch(
      (e: unknown) => e,
    );
    expect((rolledBack as TrustError).code).toBe("ROLLBACK");
    // A pin that neither root has is refused, stored root or not.
    const other = await loadTrust(repo.client, { ...pinned, pinnedRootKeyIds: ["ab".repeat(32)] }).catch(
      (e: unknown) => e,
    );
    expect((other as TrustError).code).toBe("ROOT_TRUST");
  });

  it("with a pin, a rotation made to look broken (an intermediate root withheld) does not drop what was trusted under the same keys", async () => {
    const repo = await dockerRepo(new FakeNotaryServer());
    const stored = (await repo.client.getMetadata("root"))!;
    const v2 = await rotateRoot(repo, repo.rootSigned, repo.root);
    const v3 = await rotateRoot(repo, v2.signed, v2.key);
    const withheld = Object.assign(Object.create(repo.client) as NotaryClient, {
      getMetadata: (role: string, opts: GetOptions = {}) =>
        role === "root" && opts.version === 2 ? Promise.resolve(undefined) : repo.client.getMetadata(role, opts),
    });
    const warnings: string[] = [];
    const err = await loadTrust(withheld, {
      now: Date.now(),
      trustedRoot: stored,
      previousVersions: { targets: 5 },
      pinnedRootKeyIds: [v3.key.keyId],
      onWarning: (w) => warnings.push(w),
    }).catch((e: unknown) => e);
    // The stored root is set aside for the pinned one, but the targets key is the same: the version
    // trusted under it still binds.
    expect((err as TrustError).code).toBe("ROLLBACK");
    expect(warnings).toHaveLength(1);
    expectWording(warnings[0]).toContain("versions of the roles whose keys are unchanged kept");
  });

  it("walks through an intermediate root that has expired since; only the root it ends at must be in force", async () => {
    const repo = await dockerRepo(new FakeNotaryServer());
    const stored = (await repo.client.getMetadata("root"))!;
    const short = {
      ...repo.rootSigned,
      expires: new Date(Date.now() + 2 * 86400_000).toISOString().replace(/\.\d+Z$/, "Z"),
    };
    const v2 = await rotateRoot(repo, short, repo.root);
    await rotateRoot(repo, { ...v2.signed, expires: repo.rootSigned.expires }, v2.key);
    const { set } = await loadTrust(repo.client, { now: Date.now() + 3 * 86400_000, trustedRoot: stored });
    expect(set.root.signed.version).toBe(3);
  });

  it("refuses a targets version lower than one trusted before", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server);
    const err = await loadTrust(repo.client, { now: Date.now(), previousVersions: { targets: 5 } }).catch(
      (e: unknown) => e,
    );
    expect((err as TrustError).code).toBe("ROLLBACK");
  });

  it("stops a delegation's request by hash when a sibling delegation fails the load", async () => {
    const repo = await dockerRepo(new FakeNotaryServer(), { signers: ["alice"] });
    await sign(
      {
        notary: repo.client,
        registry: fakeRegistry({ v1: manifest() }),
        signer: repo.signers.get("alice")!,
        runtime: testRuntime(),
      },
      { image: parseReference(`${repo.gun}:v1`), signerName: "alice" },
    );
    const releases = (await repo.client.getMetadata("targets/releases"))!;
    // Not the file the snapshot names, and not one whose Go form is.
    const altered = Buffer.from(Buffer.from(releases).toString("utf8").replace('"version":1', '"version":7'));
    const aliceByHash: (AbortSignal | undefined)[] = [];
    const client = Object.assign(Object.create(repo.client) as NotaryClient, {
      getMetadata: (role: string, opts: GetOptions = {}) => {
        if (role === "targets/releases") return Promise.resolve(opts.sha256Hex ? undefined : altered);
        if (role === "targets/alice" && opts.sha256Hex) {
          aliceByHash.push(opts.signal);
          // Asked early: not the file. Asked again by the load: on its way until stopped.
          if (aliceByHash.length === 1) return Promise.resolve(Buffer.from("{}"));
          return answeredOnlyWhenStopped(opts.signal);
        }
        return repo.client.getMetadata(role, opts);
      },
    });
    const err = await loadTrust(client, { now: Date.now(), hints: ["targets/releases"] }).catch((e: unknown) => e);
    expect((err as ServerError).code).toBe("REPOSITORY_INCONSISTENT");
    expect(aliceByHash).toHaveLength(2);
    expect(aliceByHash[1]?.aborted).toBe(true);
  });

  it("skips an expired delegation with a warning and keeps the rest", async () => {
    let now = Date.now();
    const server = new FakeNotaryServer({ now: () => now });
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const m = manifest();
    await sign(
      {
        notary: repo.client,
        registry: fakeRegistry({ v1: m }),
        signer: repo.signers.get("alice")!,
        runtime: testRuntime({ now: () => now }),
      },
      { image: parseReference(`${repo.gun}:v1`), signerName: "alice", expiresInMs: 2 * HOUR },
    );
    now += 3 * HOUR;
    const { set, skipped, warnings } = await loadTrust(repo.client, { now, hints: ["targets/releases"] });
    expect([...skipped.keys()].sort()).toEqual(["targets/alice", "targets/releases"]);
    expect(warnings.length).toBe(2);
    expect(set.targets.has("targets")).toBe(true);
  });
});

describe("publishing to a failing fake notary-server", () => {
  const plan = (files: Map<string, Uint8Array>) => async () => ({
    files,
    versions: new Map([...files.keys()].map((r) => [r, 1])),
  });

  it("gives up after the bounded number of failures when every upload answers 503, having stored nothing", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    const unavailable: FakeResponse = { status: 503, headers: {}, body: Buffer.from("") };
    failing(server, unavailable, 100);
    const files = new Map([
      [
        "targets/releases",
        write({ ...repo.targetsSigned, delegations: { keys: new Map(), roles: [] } }, repo.signers.get("alice")!),
      ],
    ]);
    const err = await publishWithRetry(
      { notary: repo.client, runtime: testRuntime({ random: () => 0 }) },
      { state: 0, plan: plan(files), reload: async () => 0 },
    ).catch((e: unknown) => e);
    expect((err as ServerError).code).toBe("PUBLISH_FAILED");
    expect(((err as ServerError).cause as ServerError).code).toBe("SERVER_UNAVAILABLE");
    expect(server.uploads.length - 1).toBe(RETRY_POLICY.maxFailures);
    expect(await repo.client.getMetadata("targets/releases")).toBeUndefined();
  });

  it("stops at the deadline of its clock while other writers keep winning", async () => {
    const server = new FakeNotaryServer();
    const repo = await dockerRepo(server, { signers: ["alice"] });
    failing(server, errorResponse("VERSION", {}), 100);
    let t = 0;
    const files = new Map([["targets/releases", write({ ...repo.targetsSigned }, repo.signers.get("alice")!)]]);
    const err = await publishWithRetry(
      { notary: repo.client, runtime: testRuntime({ random: () => 1, now: () => t }) },
      {
        state: 0,
        plan: plan(files),
        reload: async () => {
          t += 30_000;
          return 0;
        },
        deadlineMs: 60_000,
      },
    ).catch((e: unknown) => e);
    expect((err as ServerError).code).toBe("PUBLISH_FAILED");
    expect(server.uploads.length - 1).toBeLessThan(RETRY_POLICY.maxAttempts);
  });
});
