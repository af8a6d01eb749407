// verifyImages over real signed repositories built in memory, served by a NotaryClient whose
// transport answers from those bytes: every reason code, and the per-repository isolation.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { NotaryClient } from "../../src/notary/client.js";
import type { HttpResponse } from "../../src/net/http.js";
import type { ImageReference } from "../../src/registry/reference.js";
import type { TrustAnchor } from "../../src/tuf/trusted-set.js";
import {
  verifyImages,
  type VerifyConnection,
  type VerifyDeps,
  type VerifyPolicy,
  type VerifyResult,
} from "../../src/workflows/verify.js";
import {
  dockerRepo,
  ecdsaKey,
  emptyTargets,
  expires,
  NOW,
  writeRepo,
  type RepoFiles,
  type TestRepo,
} from "../helpers/repo-builder.js";
import { plain, render } from "../../src/wording.js";
import { CLI_WORDS } from "../../src/cli/words.js";
import { testRuntime } from "../helpers/runtime.js";
import { serviceEnd } from "../../src/notary/retirements.js";
import { formatGoTime } from "../../src/tuf/time.js";
import { DAY_MS } from "../../src/tuf/lifetimes.js";
import { expectWording } from "../helpers/wording.js";

const SERVER = "https://notary.test";
const hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const MANIFEST = "sha256:" + createHash("sha256").update("manifest").digest("hex");
const OTHER = "sha256:" + "cd".repeat(32);

/** Every name a notary-server serves the files under: current, by hash, by version (root). */
function served(files: RepoFiles, rootVersion = 1): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const roles: [string, Uint8Array][] = [
    ["root", files.root],
    ["timestamp", files.timestamp],
    ["snapshot", files.snapshot],
    ["targets", files.targets],
    ...files.delegations,
  ];
  for (const [role, bytes] of roles) {
    out.set(`${role}.json`, bytes);
    out.set(`${role}.${hex(bytes)}.json`, bytes);
  }
  out.set(`${rootVersion}.root.json`, files.root);
  return out;
}

interface Fake {
  deps: VerifyDeps;
  connects: string[];
  saved: Map<string, Uint8Array>;
  inFlight: { now: number; max: number };
  /** `<gun> <file>` of each request, in the order they were sent. */
  sent: string[];
}

const METADATA_NOT_FOUND = new TextEncoder().encode(
  JSON.stringify({
    errors: [{ code: "METADATA_NOT_FOUND", message: "You have requested metadata that does not exist." }],
  }),
);

/** Repositories by GUN; a GUN mapped to an Error fails every request with it; others answer 404. */
function fake(
  repos: Record<string, Map<string, Uint8Array> | Error>,
  opts: {
    stored?: Record<string, TrustAnchor>;
    concurrency?: number;
    server?: string;
    runtime?: VerifyDeps["runtime"];
    /** When a registry's credentials are read (1 ms by default). */
    credentialsOf?: (registry: string) => Promise<void> | undefined;
  } = {},
): Fake {
  const connects: string[] = [];
  const saved = new Map<string, Uint8Array>();
  const inFlight = { now: 0, max: 0 };
  const sent: string[] = [];
  const deps: VerifyDeps = {
    runtime: opts.runtime ?? testRuntime({ now: () => NOW }),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    connect(ref: ImageReference): VerifyConnection {
      connects.push(ref.name);
      // As a real connection: its requests wait until its credentials are read.
      const ready = opts.credentialsOf?.(ref.registry) ?? new Promise<void>((resolve) => setTimeout(resolve, 1));
      const notary = new NotaryClient({
        baseUrl: opts.server ?? SERVER,
        gun: ref.name,
        send: async (req): Promise<HttpResponse> => {
          await ready;
          sent.push(`${ref.name} ${req.url.split("/_trust/tuf/")[1]}`);
          inFlight.now++;
          inFlight.max = Math.max(inFlight.max, inFlight.now);
          await new Promise((r) => setTimeout(r, 1));
          inFlight.now--;
          const repo = repos[ref.name];
          if (repo instanceof Error) throw repo;
          const file = req.url.split("/_trust/tuf/")[1]!;
          const body = repo?.get(file);
          // A missing file is answered as notary-server answers it.
          return { status: body ? 200 : 404, headers: {}, body: body ?? METADATA_NOT_FOUND, url: req.url };
        },
      });
      return { notary, notaryServer: opts.server ?? SERVER, ready, close: () => {} };
    },
    store: {
      load: async (gun) => opts.stored?.[gun] ?? {},
      save: async (gun, root) => {
        saved.set(gun, root);
      },
    },
  };
  return { deps, connects, saved, inFlight, sent };
}

function repoOf(gun: string, edit: (repo: TestRepo & { alice: ReturnType<typeof ecdsaKey> }) => void = () => {}) {
  const repo = dockerRepo(gun);
  edit(repo);
  return repo;
}

async function verify(
  images: string[],
  repos: Record<string, Map<string, Uint8Array> | Error>,
  policy: VerifyPolicy = {},
  opts: Parameters<typeof fake>[1] = {},
) {
  const f = fake(repos, opts);
  const results = await verifyImages(
    images.map((reference) => ({ reference })),
    policy,
    f.deps,
  );
  return { results, ...f };
}

/** `count` signed repositories registry.test/r0… and an image of each. */
function repositories(count: number): { repos: Record<string, Map<string, Uint8Array>>; images: string[] } {
  const repos: Record<string, Map<string, Uint8Array>> = {};
  const images: string[] = [];
  for (let i = 0; i < count; i++) {
    repos[`registry.test/r${i}`] = served(writeRepo(repoOf(`registry.test/r${i}`)));
    images.push(`registry.test/r${i}:v1`);
  }
  return { repos, images };
}

const reasons = (results: VerifyResult[]) => results.map((r) => `${r.reference} ${r.reason}`);

describe("verifyImages", () => {
  const gun = "registry.test/app";
  const ok = served(writeRepo(repoOf(gun)));

  it("names a Notary service that is ending once per run, however many of its repositories it checks", async () => {
    const hub = serviceEnd("https://notary.docker.io")!;
    const warned: string[] = [];
    const runtime = testRuntime({ now: () => hub.endsAt + DAY_MS, warn: (m) => warned.push(m) });
    const gone = new ServerError("UNREACHABLE", "cannot reach notary.docker.io");
    const images = ["docker.io/team/app:v1", "docker.io/team/api:v1", "docker.io/team/app:v2"];
    const repos = Object.fromEntries(images.map((i) => [i.replace(/:.*$/, ""), gone]));
    const { results } = await verify(images, repos, {}, { server: "https://notary.docker.io", runtime });
    expect(results.map((r) => r.passed)).toEqual([false, false, false]);
    const notices = warned.filter((w) => w.startsWith(hub.service));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`ended on ${hub.endsOn}`);
    warned.length = 0;
    await verify(images, repos, {}, { runtime });
    expect(warned.filter((w) => w.startsWith(hub.service))).toEqual([]);
  });

  it("warns of a root trusted on first use once the load ends, and not when the load was stopped", async () => {
    const files = served(writeRepo(repoOf(gun)));
    /** root.json is answered at once; every other file once `gate` opens, or never when stopped. */
    const run = async (stopAfterRoot: boolean) => {
      const warned: string[] = [];
      const stop = new AbortController();
      let rootIn!: () => void;
      const rootAnswered = new Promise<void>((resolve) => (rootIn = resolve));
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const deps: VerifyDeps = {
        runtime: testRuntime({ now: () => NOW, warn: (m) => warned.push(m) }),
        onLoad: () => stop.signal,
        connect: (ref) => ({
          notary: new NotaryClient({
            baseUrl: SERVER,
            gun: ref.name,
            send: async (req): Promise<HttpResponse> => {
              const file = req.url.split("/_trust/tuf/")[1]!;
              if (file === "root.json") rootIn();
              else
                await Promise.race([
                  gate,
                  new Promise((_, reject) => req.signal?.addEventListener("abort", () => reject(req.signal!.reason))),
                ]);
              const body = files.get(file);
              return { status: body ? 200 : 404, headers: {}, body: body ?? METADATA_NOT_FOUND, url: req.url };
            },
          }),
          notaryServer: SERVER,
          ready: Promise.resolve(),
          close: () => {},
        }),
      };
      const results = verifyImages([{ reference: `${gun}:v1` }], {}, deps);
      await rootAnswered;
      // The root is checked and trusted in the turns after it arrives, while the rest is held.
      for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
      if (stopAfterRoot) stop.abort(new Error("cosign signatures gave the verdict"));
      else open();
      const [result] = await results;
      return { result, firstUse: warned.filter((w) => w.includes("on first use")) };
    };
    const ended = await run(false);
    expect(ended.result).toMatchObject({ passed: true });
    expect(ended.firstUse).toHaveLength(1);
    const stopped = await run(true);
    expect(stopped.result?.passed).toBe(false);
    expect(stopped.firstUse).toEqual([]);
  });

  it("after a Notary service's end, trusts no root on first use, and reports a failure as the end", async () => {
    const hub = serviceEnd("https://notary.docker.io")!;
    const on = (now: number) => ({ server: "https://notary.docker.io", runtime: testRuntime({ now: () => now }) });
    const repo = repoOf(gun);
    // The tests' repositories are signed at a fixed instant; this one's timestamp lasts past the end.
    repo.timestamp.expires = formatGoTime(hub.endsAt + 30 * DAY_MS);
    const files = served(writeRepo(repo));
    const before = await verify([`${gun}:v1`], { [gun]: files }, {}, on(hub.endsAt - DAY_MS));
    expect(before.results[0]).toMatchObject({ passed: true, reason: "OK" });

    const firstUse = await verify([`${gun}:v1`], { [gun]: files }, {}, on(hub.endsAt + DAY_MS));
    expect(firstUse.results[0]).toMatchObject({ passed: false, reason: "SERVICE_ENDED" });
    expectWording(firstUse.results[0]!.message).toContain(
      `ended on ${hub.endsOn}: a root first seen now is not trusted`,
    );
    // What a check can do about it: its publisher's cosign signatures, or no check.
    expectWording(plain(firstUse.results[0]!.message)).toContain(
      "verify the image's cosign signatures where its publisher makes them (accept cosign, with cosign-key), or list it in allow-unsigned",
    );
    expect(firstUse.saved.size).toBe(0);
    // Nothing, credentials included, went to the ended service's host.
    expect(firstUse.sent).toEqual([]);

    // A root stored before the end still verifies what the service serves, while it serves it.
    const stored = { stored: { [gun]: { trustedRoot: files.get("root.json")! } } };
    const kept = await verify([`${gun}:v1`], { [gun]: files }, {}, { ...on(hub.endsAt + DAY_MS), ...stored });
    expect(kept.results[0]).toMatchObject({ passed: true, reason: "OK" });
    const gone = new ServerError("NOT_FOUND", "GET root.json answered 410");
    const failed = await verify([`${gun}:v1`], { [gun]: gone }, {}, { ...on(hub.endsAt + DAY_MS), ...stored });
    expect(failed.results[0]).toMatchObject({ passed: false, reason: "SERVICE_ENDED" });
    expectWording(failed.results[0]!.message).toContain("GET root.json answered 410");

    // What the data proves against the stored root is said as it is: a root other than the one
    // trusted is how a stranger answering for the host shows.
    const other = repoOf(gun);
    other.timestamp.expires = formatGoTime(hub.endsAt + 30 * DAY_MS);
    const replaced = await verify(
      [`${gun}:v1`],
      { [gun]: served(writeRepo(other)) },
      {},
      { ...on(hub.endsAt + DAY_MS), ...stored },
    );
    expect(replaced.results[0]).toMatchObject({ passed: false, reason: "ROOT_CHANGED" });

    // Stale data is the end's likely symptom, and is said as the end.
    const staleRepo = repoOf(gun);
    const staleFiles = served(writeRepo(staleRepo));
    const stale = await verify(
      [`${gun}:v1`],
      { [gun]: staleFiles },
      {},
      {
        ...on(hub.endsAt + DAY_MS),
        stored: { [gun]: { trustedRoot: staleFiles.get("root.json")! } },
      },
    );
    expect(stale.results[0]).toMatchObject({ passed: false, reason: "SERVICE_ENDED" });

    // Another server is not affected.
    const elsewhere = await verify(
      [`${gun}:v1`],
      { [gun]: files },
      {},
      { runtime: testRuntime({ now: () => hub.endsAt + DAY_MS }) },
    );
    expect(elsewhere.results[0]).toMatchObject({ passed: true, reason: "OK" });
  });

  it("passes a released tag and reports its digest and signers; a root is stored only after success", async () => {
    const { results, saved } = await verify([`${gun}:v1`], { [gun]: ok });
    expect(results[0]).toMatchObject({
      reference: `${gun}:v1`,
      name: gun,
      tag: "v1",
      digest: MANIFEST,
      signers: ["alice"],
      passed: true,
      reason: "OK",
      notaryServer: SERVER,
    });
    expectWording(results[0]!.message).toBe(`${gun}:v1 is signed as ${MANIFEST} by alice`);
    expect([...saved.keys()]).toEqual([gun]);
  });

  it("tells each failure apart: digest mismatch, unsigned tag, tag only in a non-released role, missing signer", async () => {
    const repo = repoOf(gun, (r) => {
      const alice = r.delegations.get("targets/alice")!.signed;
      alice.targets.set("dev", {
        length: 3,
        hashes: { sha256: Buffer.from("ef".repeat(32), "hex").toString("base64") },
      });
    });
    const files = served(writeRepo(repo));
    const { results, saved } = await verify(
      [`${gun}:v1@${OTHER}`, `${gun}:v2`, `${gun}:dev`, `${gun}:v1`],
      { [gun]: files },
      { signers: ["alice", "bob"] },
    );
    expect(reasons(results)).toEqual([
      `${gun}:v1@${OTHER} DIGEST_MISMATCH`,
      `${gun}:v2 TAG_NOT_SIGNED`,
      `${gun}:dev TAG_NOT_SIGNED`,
      `${gun}:v1 SIGNER_MISSING`,
    ]);
    expect(results[0]).toMatchObject({ digest: MANIFEST, pinnedDigest: OTHER, passed: false });
    expectWording(results[0]!.message).toMatch(/is signed as sha256:[0-9a-f]{64}, not the pinned sha256:cdcd/);
    expectWording(render(results[1]!.message, CLI_WORDS)).toBe(
      `${gun}:v2 is not signed (signed tags: v1); sign it with content-trust sign ${gun}:v2`,
    );
    expect(results[2]).toMatchObject({ onlyIn: ["targets/alice"] });
    expectWording(results[2]!.message).toMatch(/signed only in targets\/alice, which docker pull does not trust/);
    expectWording(results[3]!.message).toBe(
      `${gun}:v1: required signer bob is not a signer of ${gun} (signers: alice)`,
    );
    expect(saved.size).toBe(0);
  });

  it("requires every listed signer to hold the tag with the released digest (Portieris)", async () => {
    const repo = repoOf(gun, (r) => {
      const bob = ecdsaKey();
      r.targets.delegations.keys.set(bob.keyId, bob.publicKey);
      r.targets.delegations.roles!.push({ name: "targets/bob", keyIds: [bob.keyId], threshold: 1, paths: [""] });
      const signed = emptyTargets();
      signed.targets.set("v1", {
        length: 3,
        hashes: { sha256: Buffer.from(OTHER.slice(7), "hex").toString("base64") },
      });
      r.delegations.set("targets/bob", { signed, keys: [bob] });
    });
    const { results } = await verify(
      [`${gun}:v1`, `${gun}:v1`],
      { [gun]: served(writeRepo(repo)) },
      { signers: ["targets/bob"] },
    );
    expect(results[0]).toMatchObject({ reason: "SIGNER_MISSING", signers: ["alice"] });
    expectWording(results[0]!.message).toBe(
      `${gun}:v1: required signer bob signed v1 as ${OTHER}, not the released ${MANIFEST}`,
    );
    const alone = await verify([`${gun}:v1`], { [gun]: served(writeRepo(repo)) }, { signers: ["alice"] });
    expect(alone.results[0]!.passed).toBe(true);
  });

  it("passes a bare digest when a released tag is signed to it, and says which", async () => {
    const { results } = await verify([`${gun}@${MANIFEST}`, `${gun}@${OTHER}`], { [gun]: ok });
    expect(results[0]).toMatchObject({ reason: "OK", tag: "v1", digest: MANIFEST, pinnedDigest: MANIFEST });
    expectWording(results[0]!.message).toBe(`${gun}@${MANIFEST} is signed as tag v1 by alice`);
    expect(results[1]).toMatchObject({ reason: "TAG_NOT_SIGNED" });
    expectWording(results[1]!.message).toMatch(
      /no released tag of registry.test\/app is signed to this digest \(signed tags: v1\)/,
    );
  });

  it("reports an expired or tampered targets/releases instead of 'not signed'", async () => {
    const expired = repoOf(gun, (r) => (r.delegations.get("targets/releases")!.signed.expires = expires(-60_000)));
    // A signature under the listed key's ID that does not verify is tampering.
    const forged = repoOf(
      gun,
      (r) =>
        (r.delegations.get("targets/releases")!.keys = [
          { ...ecdsaKey(), keyId: r.alice.keyId, publicKey: r.alice.publicKey },
        ]),
    );
    // Signed only by a key the role does not list (as after its signer was removed) is outdated, not altered.
    const unlisted = repoOf(gun, (r) => (r.delegations.get("targets/releases")!.keys = [ecdsaKey()]));
    const a = await verify([`${gun}:v1`], { [gun]: served(writeRepo(expired)) });
    expect(a.results[0]).toMatchObject({ reason: "EXPIRED", passed: false });
    expectWording(a.results[0]!.message).toBe(
      `${gun}:v1: targets/releases expired at 2026-11-21T11:59:00Z, so it is not trusted; its signer must sign it again to renew it`,
    );
    const b = await verify([`${gun}:v1`], { [gun]: served(writeRepo(forged)) });
    expect(b.results[0]).toMatchObject({ reason: "TAMPERED" });
    expectWording(b.results[0]!.message).toMatch(
      /^registry.test\/app:v1: targets\/releases failed verification \(targets\/releases: 0 of 1 required signatures valid.*\); the trust data was altered/,
    );
    expect(b.results[0]!.warnings).toHaveLength(1);
    expectWording(b.results[0]!.warnings[0]).toMatch(/^targets\/releases skipped/);
    const c = await verify([`${gun}:v1`], { [gun]: served(writeRepo(unlisted)) });
    expect(c.results[0]).toMatchObject({ reason: "SIGNERS_REMOVED", passed: false });
    expectWording(c.results[0]!.message).toMatch(
      /^registry.test\/app:v1: targets\/releases is signed only by keys it no longer lists \([0-9a-f]{12}…\)/,
    );
  });

  it("maps fatal trust failures: expired timestamp, bad hash, not initialised", async () => {
    const stale = repoOf(gun, (r) => (r.timestamp.expires = expires(-1000)));
    const files = served(writeRepo(repoOf(gun)));
    const snapshotName = [...files.keys()].find((k) => /^snapshot\.[0-9a-f]{64}\.json$/.test(k))!;
    const bytes = Buffer.from(files.get(snapshotName)!);
    bytes[bytes.length - 3]! ^= 1;
    files.set("snapshot.json", bytes);
    files.set(snapshotName, bytes);
    const { results } = await verify([`${gun}:v1`, "registry.test/tampered:v1", "registry.test/none:v1"], {
      [gun]: served(writeRepo(stale)),
      "registry.test/tampered": files,
    });
    expect(reasons(results)).toEqual([
      `${gun}:v1 EXPIRED`,
      "registry.test/tampered:v1 TAMPERED",
      "registry.test/none:v1 NO_TRUST_DATA",
    ]);
    expectWording(results[2]!.message).toMatch(
      /registry.test\/none is not initialised on https:\/\/notary.test: no root.json \(404\): the repository has no Docker Content Trust data/,
    );
    // During the move to cosign, an image without Notary data may well have cosign signatures.
    expectWording(plain(results[2]!.message)).toContain(
      "sign it, verify its cosign signatures if its publisher makes them (accept cosign, with cosign-key), or list it in allow-unsigned",
    );
  });

  it("says ROOT_CHANGED for a root that does not match a pin or the stored root", async () => {
    const repo = repoOf(gun);
    const other = writeRepo(repoOf(gun));
    const pins = { rootKeyIds: [{ keyIds: ["ab".repeat(32)] }] };
    const pinned = await verify([`${gun}:v1`], { [gun]: served(writeRepo(repo)) }, pins);
    expect(pinned.results[0]).toMatchObject({ reason: "ROOT_CHANGED" });
    expectWording(plain(pinned.results[0]!.message)).toMatch(/not the pinned abababababab…; check root-key-id/);
    const right = await verify(
      [`${gun}:v1`],
      { [gun]: served(writeRepo(repo)) },
      { rootKeyIds: [{ repository: gun, keyIds: [repo.keys.root.keyId] }, ...pins.rootKeyIds] },
    );
    expect(right.results[0]!.passed).toBe(true);
    const stored = await verify(
      [`${gun}:v1`],
      { [gun]: served(writeRepo(repo)) },
      {},
      { stored: { [gun]: { trustedRoot: other.root } } },
    );
    expect(stored.results[0]).toMatchObject({ reason: "ROOT_CHANGED" });
    expect(stored.saved.size).toBe(0);
  });

  it("keeps one unreachable server from hiding the others, and loads each repository once", async () => {
    const down = new ServerError(
      "UNREACHABLE",
      "cannot reach notary.down:443 for GET https://notary.down/v2/… (ECONNREFUSED)",
    );
    const { results, connects } = await verify(
      [`${gun}:v1`, "registry.down/app:v1", `${gun}@${MANIFEST}`, "registry.busy/app:v1"],
      {
        [gun]: ok,
        "registry.down/app": down,
        "registry.busy/app": new ServerError("SERVER_UNAVAILABLE", "GET timestamp.json failed with HTTP 503", {
          status: 503,
        }),
      },
    );
    expect(reasons(results)).toEqual([
      `${gun}:v1 OK`,
      "registry.down/app:v1 UNREACHABLE",
      `${gun}@${MANIFEST} OK`,
      "registry.busy/app:v1 UNREACHABLE",
    ]);
    expectWording(results[1]!.message).toMatch(/^registry.down\/app:v1: cannot reach notary.down:443/);
    expect(connects.sort()).toEqual(["registry.busy/app", "registry.down/app", gun]);
  });

  it("does not check allow-unsigned images, and fails references it cannot read", async () => {
    const f = fake({});
    const results = await verifyImages(
      [
        { reference: "registry.internal/team/app:v1" },
        { reference: "Bad Ref" },
        { reference: "x", file: "Dockerfile", line: 3, error: "Dockerfile:3: FROM ${X}: variable X …" },
      ],
      { allowUnsigned: ["registry.internal/**"] },
      f.deps,
    );
    expect(reasons(results)).toEqual([
      "registry.internal/team/app:v1 ALLOWED_UNSIGNED",
      "Bad Ref INVALID_REFERENCE",
      "x INVALID_REFERENCE",
    ]);
    expect(results[0]).toMatchObject({ passed: true });
    expectWording(plain(results[0]!.message)).toBe(
      "registry.internal/team/app matches allow-unsigned pattern registry.internal/**: allowed unsigned, not checked",
    );
    expect(results[2]).toMatchObject({ file: "Dockerfile", line: 3, passed: false });
    expect(f.connects).toEqual([]);
  });

  it("sends the first waves of the repositories it loads at once file by file across them, snapshots first", async () => {
    const { repos, images } = repositories(4);
    const { results, sent } = await verify(images, repos, {}, { concurrency: 3 });
    expect(results.every((r) => r.passed)).toBe(true);
    const wave = ["snapshot.json", "root.json", "timestamp.json", "targets.json", "targets/releases.json"];
    expect(sent.slice(0, 15)).toEqual(
      wave.flatMap((file) => ["r0", "r1", "r2"].map((r) => `registry.test/${r} ${file}`)),
    );
    // The fourth repository sends its own wave once one of the first three is done.
    expect(sent.filter((s) => s.startsWith("registry.test/r3 ")).slice(0, 5)).toEqual(
      wave.map((file) => `registry.test/r3 ${file}`),
    );
  });

  it("sends a registry's first waves when its own credentials are read, not the slowest registry's", async () => {
    let read!: () => void;
    const slowHelper = new Promise<void>((resolve) => (read = resolve));
    const slow = "slow.test/app";
    const f = fake(
      { [gun]: ok, [slow]: served(writeRepo(repoOf(slow))) },
      { credentialsOf: (registry) => (registry === "slow.test" ? slowHelper : undefined) },
    );
    let fastDone!: () => void;
    const fast = new Promise<void>((resolve) => (fastDone = resolve));
    const run = verifyImages(
      [{ reference: `${slow}:v1` }, { reference: `${gun}:v1` }],
      {},
      {
        ...f.deps,
        onResult: (r) => {
          if (r.reference === `${gun}:v1`) fastDone();
        },
      },
    );
    // Resolves only if the other registry's image is verified before the slow credentials are read.
    await fast;
    read();
    expect(reasons(await run)).toEqual([`${slow}:v1 OK`, `${gun}:v1 OK`]);
  });

  it("bounds how many repositories load at once", async () => {
    const { repos, images } = repositories(6);
    const { results, inFlight } = await verify(images, repos, {}, { concurrency: 2 });
    expect(results.every((r) => r.passed)).toBe(true);
    // Each repository sends at most 5 requests in its first wave.
    expect(inFlight.max).toBeLessThanOrEqual(2 * 5);
    expect(inFlight.max).toBeGreaterThan(5);
  });
});
