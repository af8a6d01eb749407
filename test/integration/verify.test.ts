// verify against the real notary-server, on repositories made by `docker trust` and the `notary`
// CLI: every failure reason on the right image in one parallel run, tampering served through a
// byte-flipping proxy, root changes, Dockerfile annotations and pinning, and a run with no secret.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTransport } from "../../src/net/http.js";
import { loadPrivateKey } from "../../src/signers/key-file.js";
import { KeyFileSigner } from "../../src/signers/key-file-signer.js";
import { parseReference } from "../../src/registry/reference.js";
import { sign } from "../../src/workflows/sign.js";
import { TrustStore } from "../../src/workflows/trust-store.js";
import { pinDockerfile } from "../../src/dockerfile/pin.js";
import { parseNotaryServers, type VerifyPolicy } from "../../src/workflows/verify-policy.js";
import { annotations, verifyOutputs } from "../../src/report/verify.js";
import { collectTargets } from "../../src/workflows/collect-targets.js";
import {
  verifyConnections,
  verifyImages,
  type VerifyConnectOptions,
  type VerifyResult,
  type VerifyTarget,
} from "../../src/workflows/verify.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust, NotaryCli } from "../stack/go-clients.js";
import { freePort } from "../stack/processes.js";
import { startProxy } from "../stack/proxy.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { ourConnection } from "../helpers/our-client.js";
import { plain } from "../../src/wording.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
const HOUR = 3600_000;
/** Lifetime of the role signed into repository E; verify runs later than that on its own clock. */
const EXPIRY_MS = HOUR;

async function run(
  targets: (string | VerifyTarget)[],
  policy: VerifyPolicy = {},
  options: Partial<VerifyConnectOptions> = {},
  store?: TrustStore,
  now?: () => number,
  warnings?: string[],
): Promise<VerifyResult[]> {
  const connections = verifyConnections({
    notaryServer: stack.notary.local.url,
    caPem: stack.caPem,
    timeoutMs: 10_000,
    retry: { attempts: 2, baseDelayMs: 50 },
    ...options,
  });
  try {
    return await verifyImages(
      targets.map((t) => (typeof t === "string" ? { reference: t } : t)),
      policy,
      {
        connect: connections.connect,
        ...(store ? { store } : {}),
        runtime: createRuntime({ ...(now ? { now } : {}), ...(warnings ? { warn: (m) => warnings.push(m) } : {}) }),
      },
    );
  } finally {
    connections.close();
  }
}

const byRef = (results: VerifyResult[]) => Object.fromEntries(results.map((r) => [r.reference, r]));

/** Changes one character of the first signature, keeping the JSON valid. */
function flipSignature(body: Buffer): Buffer {
  const text = body.toString("utf8");
  const at = text.indexOf('"sig":"') + 7;
  return Buffer.from(text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1));
}

describe("verify against the real notary-server", () => {
  let docker: DockerTrust;
  let notary: NotaryCli;
  let work: string;
  const host = stack.registry.host;
  const repoA = uniqueRepo("verify-docker");
  const repoB = uniqueRepo("verify-notary");
  const repoC = uniqueRepo("verify-never");
  const repoE = uniqueRepo("verify-expired");
  const A = `${host}/${repoA}`;
  const B = `${host}/${repoB}`;
  const C = `${host}/${repoC}`;
  const E = `${host}/${repoE}`;
  let v1: PushedManifest;
  let v2: PushedManifest;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "ct-verify-"));
    docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
    notary = new NotaryCli({ serverUrl: stack.notary.local.url, caFile: stack.caFile });

    // A: made by docker trust (signers alice and bob), tags signed with the notary CLI on docker's keys.
    v1 = await pushImage(stack.registry.url, repoA, "v1");
    v2 = await pushImage(stack.registry.url, repoA, "v2");
    const alice = await docker.keyGenerate("alice");
    const bob = await docker.keyGenerate("bob");
    await docker.signerAdd("alice", A, alice.pubPath);
    await docker.signerAdd("bob", A, bob.pubPath);
    const signer = docker.notary();
    await signer.addhash(A, "v1", v1.size, v1.digest.slice(7), ["targets/releases", "targets/alice"]);
    await signer.addhash(A, "v2", v2.size, v2.digest.slice(7), ["targets/releases", "targets/alice"]);
    await signer.addhash(A, "dev", v2.size, v2.digest.slice(7), ["targets/alice"]);
    await signer.addhash(A, "v1", v2.size, v2.digest.slice(7), ["targets/bob"]);

    // B: made by the notary CLI, the tag in targets (Repo Admin).
    await notary.init(B, { serverManagedSnapshot: true });
    await notary.addhash(B, "top", 3, "ab".repeat(32));

    // E: docker's signer carol; we sign v1 into targets/releases with a lifetime of a few seconds.
    const e1 = await pushImage(stack.registry.url, repoE, "v1");
    const carol = await docker.keyGenerate("carol");
    await docker.signerAdd("carol", E, carol.pubPath);
    const key = loadPrivateKey(await readFile(carol.privateKeyPath, "utf8"), DEFAULT_REPOSITORY_PASSPHRASE);
    const conn = ourConnection(stack, E, stack.notary.local.url);
    try {
      await sign(
        { notary: conn.notary, registry: conn.registry, signer: new KeyFileSigner(key), runtime: createRuntime() },
        { image: parseReference(`${E}:v1`), digest: e1.digest, roles: ["targets/releases"], expiresInMs: EXPIRY_MS },
      );
    } finally {
      conn.close();
    }
  });

  afterAll(async () => {
    await docker?.dispose();
    await notary?.dispose();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("tells every reason apart, for the right images, in one parallel run", async () => {
    const closed = await freePort();
    const images = [
      `${A}:v1`,
      `${A}:v1@${v2.digest}`,
      `${A}@${v2.digest}`,
      `${A}:dev`,
      `${A}:nope`,
      `${B}:top`,
      `${C}:v1`,
      `${E}:v1`,
      "unreachable.invalid:5000/app:v1",
      `${host}/internal/tool:1`,
    ];
    // Verify two lifetimes of E's role later than now: E's role has expired, nothing else has.
    const later = () => Date.now() + 2 * EXPIRY_MS;
    const results = byRef(
      await run(
        images,
        { allowUnsigned: [`${host}/internal/**`] },
        { notaryServers: parseNotaryServers(`unreachable.invalid:5000=https://127.0.0.1:${closed}`) },
        undefined,
        later,
      ),
    );
    expect(Object.values(results).map((r) => `${r.reference.replace(host, "H")} ${r.reason}`)).toEqual([
      `H/${repoA}:v1 OK`,
      `H/${repoA}:v1@${v2.digest} DIGEST_MISMATCH`,
      `H/${repoA}@${v2.digest} OK`,
      `H/${repoA}:dev TAG_NOT_SIGNED`,
      `H/${repoA}:nope TAG_NOT_SIGNED`,
      `H/${repoB}:top OK`,
      `H/${repoC}:v1 NO_TRUST_DATA`,
      `H/${repoE}:v1 EXPIRED`,
      "unreachable.invalid:5000/app:v1 UNREACHABLE",
      `H/internal/tool:1 ALLOWED_UNSIGNED`,
    ]);
    expect(results[`${A}:v1`]).toMatchObject({
      digest: v1.digest,
      signers: ["alice"],
      passed: true,
      notaryServer: stack.notary.local.url,
    });
    expect(results[`${A}@${v2.digest}`]).toMatchObject({ tag: "v2", digest: v2.digest });
    expect(results[`${A}:dev`]!.onlyIn).toEqual(["targets/alice"]);
    // A tag that is not signed is still the tag the result is about.
    expect(results[`${A}:nope`]).toMatchObject({ tag: "nope", passed: false });
    expect(results[`${A}:dev`]).toMatchObject({ tag: "dev" });
    expect(results[`${B}:top`]).toMatchObject({ digest: `sha256:${"ab".repeat(32)}`, signers: ["Repo Admin"] });
    expect(results[`${C}:v1`]!.message).toContain(
      `${C} is not initialised on ${stack.notary.local.url}: no root.json (404)`,
    );
    expect(results[`${E}:v1`]!.message).toMatch(
      /: targets\/releases expired at \d{4}-.*, so it is not trusted; its signer must sign it again/,
    );
    expect(results["unreachable.invalid:5000/app:v1"]!.message).toMatch(
      new RegExp(`cannot reach 127\\.0\\.0\\.1:${closed} .*ECONNREFUSED`),
    );
    const outputs = verifyOutputs(Object.values(results));
    expect(JSON.parse(outputs.digests)).toEqual({
      [`${A}:v1`]: v1.digest,
      [`${A}@${v2.digest}`]: v2.digest,
      [`${B}:top`]: `sha256:${"ab".repeat(32)}`,
    });
  });

  it("requires each listed signer to have signed the tag with the released digest", async () => {
    const results = await run([`${A}:v1`, `${A}:v2`], { signers: ["alice", "bob"] });
    expect(results.map((r) => r.reason)).toEqual(["SIGNER_MISSING", "SIGNER_MISSING"]);
    expect(results[0]!.message).toBe(
      `${A}:v1: required signer bob signed v1 as ${v2.digest}, not the released ${v1.digest}`,
    );
    expect(results[1]!.message).toBe(`${A}:v2: required signer bob has not signed v2 (${v2.digest})`);
    expect((await run([`${A}:v2`], { signers: ["targets/alice"] }))[0]!.passed).toBe(true);
  });

  it("reports tampering with a delegation or the timestamp as TAMPERED, and a failing server as UNREACHABLE, each on its own image", async () => {
    const proxy = await startProxy({ upstream: stack.notary.local.url, upstreamCa: stack.caPem });
    try {
      proxy.on(
        { method: "GET", path: new RegExp(`/${repoA}/_trust/tuf/targets/releases(\\.[0-9a-f]{64})?\\.json$`) },
        { rewrite: flipSignature },
      );
      proxy.on(
        { method: "GET", path: new RegExp(`/${repoB}/_trust/tuf/timestamp\\.json$`) },
        { rewrite: flipSignature },
      );
      proxy.on({ method: "GET", path: new RegExp(`/${repoE}/_trust/tuf/`) }, { status: 503 });
      const results = await run(
        [`${A}:v1`, `${B}:top`, `${E}:v1`, `${A}@${v2.digest}`],
        {},
        { notaryServer: proxy.url },
      );
      expect(results.map((r) => r.reason)).toEqual(["TAMPERED", "TAMPERED", "UNREACHABLE", "TAMPERED"]);
      expect(results[0]!.message).toMatch(
        /targets\/releases: sha256 does not match the signed hash.*the trust data was altered on the server or on the way/,
      );
      expect(results[1]!.message).toMatch(/timestamp: 0 of 1 required signatures valid/);
      expect(results[2]!.message).toMatch(/failed with HTTP 503.*retry later/);
      proxy.clearRules();
      expect((await run([`${A}:v1`, `${B}:top`], {}, { notaryServer: proxy.url })).map((r) => r.reason)).toEqual([
        "OK",
        "OK",
      ]);
    } finally {
      await proxy.close();
    }
  });

  it("says ROOT_CHANGED for a pin that does not match or a stored root of another repository, and trusts a stored root on the next run", async () => {
    const store = new TrustStore(path.join(work, "trust"));
    const first = await run([`${A}:v1`, `${B}:top`], {}, {}, store);
    expect(first.every((r) => r.passed)).toBe(true);
    const rootA = await readFile(path.join(work, "trust", "tuf", ...A.split("/"), "metadata", "root.json"));
    const storedRootOfB = () => readFile(path.join(work, "trust", "tuf", ...B.split("/"), "metadata", "root.json"));
    const rootB = await storedRootOfB();
    expect((await run([`${A}:v1`], {}, {}, store))[0]!.passed).toBe(true);

    await store.save(B, new Uint8Array(rootA), {});
    const moved = await run([`${B}:top`], {}, {}, store);
    expect(moved[0]).toMatchObject({ reason: "ROOT_CHANGED", passed: false });
    expect(plain(moved[0]!.message)).toMatch(
      /; it does not match the root trusted in an earlier run; confirm with the repository's owner that \S+ was re-created; if so, remove its stored root from trust-store or pin the new root with root-key-id/,
    );
    // The way out it names: pinning the root the server serves. The pin decides; the stored root,
    // which none of the pinned keys signs, is set aside with a warning and replaced.
    const rootKeyIdB = JSON.parse(rootB.toString("utf8")).signed.roles.root.keyids[0] as string;
    const warnings: string[] = [];
    const repinned = await run(
      [`${B}:top`],
      { rootKeyIds: [{ repository: B, keyIds: [rootKeyIdB] }] },
      {},
      store,
      undefined,
      warnings,
    );
    expect(repinned[0]).toMatchObject({ reason: "OK", passed: true });
    expect(warnings.filter((w) => w.includes("none of the pinned root keys"))).toHaveLength(1);
    expect(await storedRootOfB()).toEqual(rootB);

    const pinned = await run([`${A}:v1`], { rootKeyIds: [{ repository: A, keyIds: ["0f".repeat(32)] }] });
    expect(pinned[0]).toMatchObject({ reason: "ROOT_CHANGED" });
    expect(plain(pinned[0]!.message)).toMatch(/not the pinned 0f0f0f0f0f0f…; check root-key-id/);
    const rootKeyId = JSON.parse(rootA.toString("utf8")).signed.roles.root.keyids[0] as string;
    expect((await run([`${A}:v1`], { rootKeyIds: [{ keyIds: [rootKeyId] }] }))[0]!.passed).toBe(true);
  });

  it("reads a multi-stage Dockerfile with ARGs, annotates each failure on its FROM line, and pins what verified", async () => {
    const dir = path.join(work, "repo");
    await mkdir(path.join(dir, "build"), { recursive: true });
    const dockerfile = [
      "# syntax=docker/dockerfile:1",
      `ARG REG=${host}`,
      `ARG BASE=\${REG}/${repoA}:v1`,
      "ARG DEV_TAG",
      "FROM --platform=$BUILDPLATFORM ${BASE} AS build",
      "RUN <<EOF",
      `FROM ${C}:v1`,
      "EOF",
      `FROM \${REG}/${repoA}:\${DEV_TAG:-dev} AS dev`,
      "FROM build AS test",
      `FROM ${C}:v1`,
      "FROM \\",
      `    \${REG}/${repoA}:v1@${v2.digest} AS pinned`,
      `from ${B}:top as Runtime`,
      "FROM scratch",
      "",
    ].join("\n");
    await writeFile(path.join(dir, "build", "Dockerfile"), dockerfile);
    const { targets } = await collectTargets({ dockerfiles: "build/*", cwd: dir });
    const results = await run(targets);
    expect(results.map((r) => [r.line, r.reason])).toEqual([
      [5, "OK"],
      [9, "TAG_NOT_SIGNED"],
      [11, "NO_TRUST_DATA"],
      [12, "DIGEST_MISMATCH"],
      [14, "OK"],
    ]);
    expect(annotations(results)).toEqual([
      {
        file: "build/Dockerfile",
        line: 9,
        column: 1,
        title: "content trust: TAG_NOT_SIGNED",
        message: expect.stringContaining(`${A}:dev is signed only in targets/alice`),
      },
      {
        file: "build/Dockerfile",
        line: 11,
        column: 1,
        title: "content trust: NO_TRUST_DATA",
        message: expect.stringContaining(`${C} is not initialised`),
      },
      {
        file: "build/Dockerfile",
        line: 12,
        column: 1,
        title: "content trust: DIGEST_MISMATCH",
        message: expect.stringContaining(`is signed as ${v1.digest}, not the pinned ${v2.digest}`),
      },
    ]);
    // With the dev tag given as a build arg, that FROM names a released tag.
    const withArgs = await collectTargets({ dockerfiles: "build/Dockerfile", buildArgs: { DEV_TAG: "v2" }, cwd: dir });
    expect((await run(withArgs.targets))[1]).toMatchObject({ line: 9, reason: "OK", digest: v2.digest });

    const pinned = pinDockerfile(dockerfile, results, { file: "build/Dockerfile" });
    expect(pinned.text.split("\n")[2]).toBe(`ARG BASE=\${REG}/${repoA}:v1`); // built from ${REG}: left alone
    expect(pinned.unpinned).toEqual([
      { line: 5, reason: "FROM ${BASE} is built from variables; write the digest where the image name is set" },
    ]);
    expect(pinned.text.split("\n")[13]).toBe(`from ${B}:top@sha256:${"ab".repeat(32)} as Runtime`);
    // The pinned file verifies as before, and pinning it again changes nothing.
    await writeFile(path.join(dir, "build", "Dockerfile"), pinned.text);
    const repinned = await run((await collectTargets({ dockerfiles: "build/Dockerfile", cwd: dir })).targets);
    expect(repinned.map((r) => r.reason)).toEqual(results.map((r) => r.reason));
    expect(repinned[4]).toMatchObject({ pinnedDigest: `sha256:${"ab".repeat(32)}`, passed: true });
    expect(pinDockerfile(pinned.text, repinned, { file: "build/Dockerfile" }).text).toBe(pinned.text);
  });

  it("passes correctly signed images with no secret at all: no credentials, an empty docker config, no Authorization sent", async () => {
    const emptyConfig = await mkdtemp(path.join(work, "docker-config-"));
    const sentAuthorization: string[] = [];
    const base = createTransport({ caPem: stack.caPem });
    try {
      const results = await run(
        [`${A}:v1`, `${B}:top`],
        { signers: ["alice"] },
        {
          dockerConfigDir: emptyConfig,
          transport: async (req) => {
            if (req.headers?.["authorization"]) sentAuthorization.push(req.url);
            return base(req);
          },
        },
      );
      expect(results.map((r) => [r.reason, r.passed])).toEqual([
        ["OK", true],
        ["SIGNER_MISSING", false],
      ]);
      expect(sentAuthorization).toEqual([]);
    } finally {
      base.close();
    }
  });
});
