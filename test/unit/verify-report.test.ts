// The inputs a verify run is configured with, the targets it collects from Dockerfiles, and what it
// hands back (outputs, summary table, annotations).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../../src/errors.js";
import type { ImageReference } from "../../src/registry/reference.js";
import {
  allowedUnsignedBy,
  matchesRepository,
  notaryServerOf,
  parseAllowUnsigned,
  parseBuildArgs,
  parseNotaryServers,
  parseRootKeyPins,
  pinnedRootKeyIds,
} from "../../src/workflows/verify-policy.js";
import {
  annotations,
  detailOf,
  FAILURE_ANNOTATIONS,
  SUMMARY_ROWS,
  summaryTable,
  verifyOutputs,
} from "../../src/report/verify.js";
import { findDockerfiles } from "../../src/dockerfile/discovery.js";
import { collectTargets } from "../../src/workflows/collect-targets.js";
import { runVerify } from "../../src/workflows/run-verify.js";
import { parseAccept, refuseSignersWithCosign, requireCosignKey } from "../../src/workflows/verify-accept.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import type { VerifyResult } from "../../src/workflows/verify.js";
import { plain, render } from "../../src/wording.js";
import { ACTION_WORDS } from "../../src/action/words.js";

/** What a user reads for the error `fn` throws (message and hint). */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return describeError(err);
  }
  throw new Error("did not throw");
}

const K1 = "a1".repeat(32);
const K2 = "b2".repeat(32);
const D = "sha256:" + "0f".repeat(32);

describe("policy inputs", () => {
  it.each([
    ["alpine", "docker.io/library/alpine", true],
    ["alpine", "docker.io/library/alpine-x", false],
    ["myorg/*", "docker.io/myorg/app", true],
    ["myorg/*", "docker.io/myorg/team/app", false],
    ["myorg/**", "docker.io/myorg/team/app", true],
    ["registry.example/internal/*", "registry.example/internal/app", true],
    ["registry.example/internal/*", "registry.example/internals/app", false],
    ["localhost:5000/**", "localhost:5000/a/b", true],
    ["*.example.com/app", "eu.example.com/app", true],
    ["index.docker.io/library/redis", "docker.io/library/redis", true],
    // Docker Hub written out on either side: one rule for the pattern and the image's name.
    ["registry.hub.docker.com/library/alpine", "docker.io/library/alpine", true],
    ["registry.hub.docker.com/library/alpine", "registry.hub.docker.com/library/alpine", true],
    ["alpine", "registry.hub.docker.com/library/alpine", true],
    ["docker.io/library/*", "registry-1.docker.io/library/alpine", true],
    ["registry.hub.docker.com/library/alpine", "registry.example/library/alpine", false],
    ["app-?", "docker.io/library/app-1", true],
  ])("pattern %s matches %s: %s", (pattern, name, expected) => {
    expect(matchesRepository(pattern, name)).toBe(expected);
  });

  it("refuses patterns with a tag or digest", () => {
    expect(thrown(() => allowedUnsignedBy("docker.io/library/alpine", ["alpine:3.19"]))).toBe(
      'pattern "alpine:3.19" is not a repository pattern; name repositories without tag or digest, e.g. registry.example/internal/*',
    );
  });

  it("refuses accept rules that take cosign signatures without cosign-key, whether or not an image meets them", () => {
    const rules = parseAccept("docker.io/library/*=notary\nregistry.example/other/*=any", "accept");
    expect(() => requireCosignKey(rules, true)).not.toThrow();
    expect(() => requireCosignKey(parseAccept("notary", "accept"), false)).not.toThrow();
    let message = "";
    try {
      requireCosignKey(rules, false);
    } catch (err) {
      message = render((err as Error).message, ACTION_WORDS);
    }
    expect(message).toBe("accept names cosign, any or all, but cosign-key is not given");
  });

  it("refuses signers with accept rules that pass on a cosign signature alone, which names no signer", () => {
    expect(() => refuseSignersWithCosign(parseAccept("all", "accept"), ["alice"])).not.toThrow();
    expect(() => refuseSignersWithCosign(parseAccept("any", "accept"), [])).not.toThrow();
    for (const mode of ["cosign", "any", "registry.example/other/*=any"])
      expect(() => refuseSignersWithCosign(parseAccept(mode, "accept"), ["alice"]), mode).toThrow(
        expect.objectContaining({ code: "USAGE" }),
      );
  });

  it("checks every allow-unsigned pattern when it is read, naming the input, whether or not an image meets it", () => {
    expect(parseAllowUnsigned("registry.example/internal/*\n\ndocker.io/library/*\n")).toEqual([
      "registry.example/internal/*",
      "docker.io/library/*",
    ]);
    let message = "";
    try {
      parseAllowUnsigned("ok/*\nregistry.example/internal/app:v1");
    } catch (err) {
      message = render((err as Error).message, ACTION_WORDS);
    }
    expect(message).toBe('allow-unsigned "registry.example/internal/app:v1" is not a repository pattern');
  });

  it("reads root-key-id as one global key or repository=keyid lines, most specific first", () => {
    const pins = parseRootKeyPins(
      `${K1}\n# comment\nregistry.example/app=${K2}\nregistry.example/*=${K1},${K2.toUpperCase()}\n`,
    );
    expect(pins).toEqual([
      { keyIds: [K1] },
      { repository: "registry.example/app", keyIds: [K2] },
      { repository: "registry.example/*", keyIds: [K1, K2] },
    ]);
    expect(pinnedRootKeyIds("registry.example/app", pins)).toEqual([K2]);
    expect(pinnedRootKeyIds("registry.example/other", pins)).toEqual([K1, K2]);
    expect(pinnedRootKeyIds("docker.io/library/alpine", pins)).toEqual([K1]);
    expect(pinnedRootKeyIds("docker.io/library/alpine", [])).toBeUndefined();
    expect(plain(thrown(() => parseRootKeyPins("app=1234")))).toBe(
      'root-key-id "1234" is not a 64-character hexadecimal key ID; copy the Root Key ID that inspect shows',
    );
  });

  it("reads notary-servers and picks the server by registry host", () => {
    const servers = parseNotaryServers(
      "registry.example:5000 = https://notary.example:4443/\ndocker.io=https://notary.mirror\n",
    );
    expect([...servers]).toEqual([
      ["registry.example:5000", "https://notary.example:4443"],
      ["docker.io", "https://notary.mirror"],
    ]);
    const ref = (registry: string) => ({ registry }) as ImageReference;
    expect(notaryServerOf(ref("registry.example:5000"), { notaryServers: servers, notaryServer: "https://n" })).toBe(
      "https://notary.example:4443",
    );
    expect(notaryServerOf(ref("docker.io"), { notaryServers: servers })).toBe("https://notary.mirror");
    expect(notaryServerOf(ref("ghcr.io"), { notaryServers: servers, notaryServer: "https://n" })).toBe("https://n");
    expect(notaryServerOf(ref("ghcr.io"), { notaryServers: servers })).toBeUndefined();
    expect(() => parseNotaryServers("https://notary.example")).toThrow(/is not registry-host=url/);
    expect(() => parseNotaryServers("r.example=ftp://x")).toThrow(/must be an https URL/);
  });

  it("reads build-args as NAME=value lines", () => {
    expect(parseBuildArgs("TAG=1.2\nEMPTY=\nURL=a=b\n")).toEqual({ TAG: "1.2", EMPTY: "", URL: "a=b" });
    expect(() => parseBuildArgs("JUSTNAME")).toThrow(/build-args\W+: "JUSTNAME" is not NAME=value/);
  });
});

const result = (r: Partial<VerifyResult> & Pick<VerifyResult, "reference" | "reason" | "passed">): VerifyResult => ({
  name: "",
  signers: [],
  message: "",
  warnings: [],
  ...r,
});

describe("verify outputs", () => {
  const results = [
    result({
      reference: "alpine:3.19",
      name: "docker.io/library/alpine",
      tag: "3.19",
      digest: D,
      signers: ["Repo Admin"],
      passed: true,
      reason: "OK",
      file: "Dockerfile",
      line: 3,
    }),
    result({
      reference: "ghcr.io/acme/app:v1@" + D,
      name: "ghcr.io/acme/app",
      tag: "v1",
      digest: "sha256:" + "99".repeat(32),
      pinnedDigest: D,
      passed: false,
      reason: "DIGEST_MISMATCH",
      message: "ghcr.io/acme/app:v1 is signed as sha256:9999…, not the pinned | one",
      file: "Dockerfile",
      line: 7,
      column: 1,
    }),
    result({
      reference: "registry.internal/x",
      name: "registry.internal/x",
      tag: "latest",
      passed: true,
      reason: "ALLOWED_UNSIGNED",
      message: "not checked",
    }),
    result({
      reference: "localhost:5000/app@" + D,
      name: "localhost:5000/app",
      tag: "v2",
      digest: D,
      signers: ["alice"],
      passed: true,
      reason: "OK",
    }),
  ];

  it("gives result JSON, a digests map of passed images and name:tag@digest pins, never inventing a tag", () => {
    const out = verifyOutputs(results);
    expect(JSON.parse(out.result)).toHaveLength(4);
    // Every entry names its tag, failed ones too; an allowed image is not checked, which says so.
    expect(JSON.parse(out.result).map((r: { tag: string | null; checked: boolean }) => [r.tag, r.checked])).toEqual([
      ["3.19", true],
      ["v1", true],
      ["latest", false],
      ["v2", true],
    ]);
    expect(JSON.parse(out.result)[1]).toMatchObject({
      reference: "ghcr.io/acme/app:v1@" + D,
      digest: "sha256:" + "99".repeat(32),
      pinnedDigest: D,
      passed: false,
      reason: "DIGEST_MISMATCH",
      file: "Dockerfile",
      line: 7,
    });
    expect(JSON.parse(out.digests)).toEqual({ "alpine:3.19": D, ["localhost:5000/app@" + D]: D });
    // localhost:5000/app@sha256:… was written without a tag: pinning it as :v2 would invent one.
    expect(out.pinned.split("\n")).toEqual([`alpine:3.19@${D}`]);
  });

  it("annotates each failure on the line of its FROM", () => {
    expect(annotations(results)).toEqual([
      {
        file: "Dockerfile",
        line: 7,
        column: 1,
        title: "content trust: DIGEST_MISMATCH",
        message: `ghcr.io/acme/app:v1@${D}: ghcr.io/acme/app:v1 is signed as sha256:9999…, not the pinned | one`,
      },
    ]);
  });

  it("summarises every image in a Markdown table with reasons in plain words, escaping cells", () => {
    const table = summaryTable(results)
      .split("\n")
      .map((l) => render(l, ACTION_WORDS));
    expect(table[0]).toBe("3 images checked, 1 failed; 1 not checked (allowed unsigned)");
    expect(table[2]).toBe("| Image | Tag | Digest | Signers | Result | Reason |");
    // Failures first, then what passed, then what was not checked; each in the order checked.
    expect(table[4]).toContain("| ❌ failed | tag v1 is signed for another digest than the one pinned |");
    expect(table[5]).toBe(
      "| `alpine:3.19` (Dockerfile:3) | 3.19 | `sha256:0f0f0f0f0f0f` | Repo Admin | ✅ passed |  |",
    );
    expect(table[6]).toContain("`localhost:5000/app@sha256:");
    expect(table[7]).toContain("| ⚪ not checked | allowed unsigned by allow-unsigned |");
    expect(table.join("\n")).not.toContain("✅ passed | not checked");
  });

  /** `n` results of each verdict, interleaved as a long Dockerfile would give them. */
  function many(n: number): VerifyResult[] {
    return Array.from({ length: n }, (_, i) => [
      result({ reference: `r.example/ok-${i}:v1`, passed: true, reason: "OK", signers: ["alice"] }),
      result({ reference: `r.example/free-${i}:v1`, passed: true, reason: "ALLOWED_UNSIGNED", message: "not checked" }),
      result({ reference: `r.example/bad-${i}:v1`, passed: false, reason: "TAG_NOT_SIGNED", message: "not signed" }),
    ]).flat();
  }

  it("keeps a long summary to its first rows, failures first, and counts what it leaves out", () => {
    const lines = summaryTable(many(SUMMARY_ROWS)).split("\n");
    const rows = lines.filter((l) => l.startsWith("| `"));
    expect(rows).toHaveLength(SUMMARY_ROWS);
    expect(rows.every((l) => l.includes("❌ failed"))).toBe(true);
    expect(rows[0]).toContain("r.example/bad-0:v1");
    expect(lines.join("\n")).toContain(
      `${2 * SUMMARY_ROWS} more images not shown (${SUMMARY_ROWS} passed, ${SUMMARY_ROWS} not checked)`,
    );
    // A short one has no such line.
    expect(summaryTable(many(2))).not.toMatch(/not shown/);
  });

  it("annotates at most eight failures and one more that counts the rest", () => {
    expect(annotations(many(FAILURE_ANNOTATIONS + 1).filter((r) => !r.passed))).toHaveLength(FAILURE_ANNOTATIONS + 1);
    const rolled = annotations(many(30));
    expect(rolled).toHaveLength(FAILURE_ANNOTATIONS + 1);
    expect(rolled.slice(0, FAILURE_ANNOTATIONS).map((a) => a.title)).toEqual(
      Array(FAILURE_ANNOTATIONS).fill("content trust: TAG_NOT_SIGNED"),
    );
    expect(rolled[FAILURE_ANNOTATIONS]!.message).toContain(
      `${30 - FAILURE_ANNOTATIONS} more images failed verification`,
    );
    expect(rolled[FAILURE_ANNOTATIONS]).not.toHaveProperty("file");
  });
});

describe("reasons in plain words", () => {
  it("an image checked by cosign alone that fails to reach its registry names the registry, not a Notary server", () => {
    const unreachable = (r: Partial<VerifyResult>) =>
      summaryTable([result({ reference: "r.example/app:v1", reason: "UNREACHABLE", passed: false, ...r })])
        .split("\n")
        .find((l) => l.includes("❌ failed"));
    const cosign = { passed: false, reason: "UNREACHABLE" as const, signatures: 0, message: "cannot reach r.example" };
    expect(unreachable({ cosign })).toContain("| could not reach the image's registry to read its cosign signatures |");
    expect(unreachable({ notaryServer: "https://notary.example" })).toContain("| could not reach notary.example |");
  });
});

describe("result details", () => {
  it("does not repeat the reference a line already names", () => {
    const r = result({
      reference: "ghcr.io/acme/app:v1",
      reason: "UNREACHABLE",
      passed: false,
      message: "ghcr.io/acme/app:v1: cannot reach ghcr.io",
    });
    expect(detailOf(r)).toBe("cannot reach ghcr.io");
    expect(detailOf({ ...r, message: "registry.internal/x is not signed" })).toBe("registry.internal/x is not signed");
  });
});

describe("collectTargets", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ct-targets-"));
    await mkdir(path.join(dir, "svc/api"), { recursive: true });
    await mkdir(path.join(dir, "node_modules/pkg"), { recursive: true });
    await writeFile(
      path.join(dir, "Dockerfile"),
      "ARG BASE=alpine:3.19\nFROM ${BASE} AS build\nFROM build\nFROM scratch\n",
    );
    await writeFile(path.join(dir, "svc/api/Dockerfile"), "ARG TAG\nFROM golang:${TAG}\n\nFROM debian:12\n");
    await writeFile(path.join(dir, "svc/api/Dockerfile.dev"), "FROM node:22\n");
    await writeFile(path.join(dir, "node_modules/pkg/Dockerfile"), "FROM ignored\n");
    await writeFile(path.join(dir, "bad.Dockerfile"), "# escape=?\nFROM x\n");
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("expands globs relative to the workspace, skipping node_modules", async () => {
    expect(await findDockerfiles(["**/Dockerfile*", "./Dockerfile"], dir)).toEqual([
      "Dockerfile",
      "svc/api/Dockerfile",
      "svc/api/Dockerfile.dev",
    ]);
    expect(await findDockerfiles(["svc/*/Dockerfile"], dir)).toEqual(["svc/api/Dockerfile"]);
    await expect(findDockerfiles(["missing/Dockerfile"], dir)).rejects.toThrow(
      /dockerfile\W+missing\/Dockerfile was not found/,
    );
    await expect(findDockerfiles(["**/*.containerfile"], dir)).rejects.toThrow(/matched no file/);
  });

  it("turns images and FROM lines into targets with file and line, and unresolvable FROMs into failing ones", async () => {
    const { targets, dockerfiles } = await collectTargets({
      images: "ghcr.io/acme/tool:1\n\n",
      dockerfiles: ["Dockerfile", "svc/api/Dockerfile", "bad.Dockerfile"],
      cwd: dir,
    });
    expect(targets).toEqual([
      { reference: "ghcr.io/acme/tool:1" },
      { reference: "alpine:3.19", file: "Dockerfile", line: 2, column: 1 },
      {
        reference: "golang:${TAG}",
        file: "svc/api/Dockerfile",
        line: 2,
        column: 1,
        error: expect.stringMatching(/^svc\/api\/Dockerfile:2: FROM golang:\$\{TAG\}: ARG TAG has no default/),
      },
      { reference: "debian:12", file: "svc/api/Dockerfile", line: 4, column: 1 },
      {
        reference: "bad.Dockerfile",
        file: "bad.Dockerfile",
        line: 1,
        error: "bad.Dockerfile:1: invalid escape token '?'; use ` or \\",
      },
    ]);
    expect(dockerfiles.map((d) => [d.file, d.froms.length])).toEqual([
      ["Dockerfile", 3],
      ["svc/api/Dockerfile", 2],
    ]);
    const withArgs = await collectTargets({
      dockerfiles: "svc/api/Dockerfile",
      buildArgs: parseBuildArgs("TAG=1.22"),
      cwd: dir,
    });
    expect(withArgs.targets[0]).toEqual({ reference: "golang:1.22", file: "svc/api/Dockerfile", line: 2, column: 1 });
  });

  it("passes a Dockerfile built only from scratch and its own stages without asking any server, and says so", async () => {
    await writeFile(path.join(dir, "static.Dockerfile"), "FROM scratch AS base\nFROM base\nCOPY app /app\n");
    const logged: string[] = [];
    const run = await runVerify(
      { dockerfiles: "static.Dockerfile", cwd: dir, notaryServer: "https://127.0.0.1:1" },
      { runtime: createRuntime({ warn: (m) => logged.push(m) }) },
    );
    expect(run).toEqual({ results: [], passed: true, pinned: [] });
    expect(logged).toEqual(["no base image to verify: every FROM in static.Dockerfile is scratch or an earlier stage"]);
    expect(summaryTable(run.results)).toMatch(/^No image checked: the Dockerfiles build only from scratch/);
    await expect(runVerify({ cwd: dir })).rejects.toMatchObject({ code: "USAGE" });
  });
});
