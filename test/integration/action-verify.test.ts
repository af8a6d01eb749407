// The bundled verify action (verify/action.yml → dist/verify) run as the GitHub runner runs it,
// with no secret in the environment: annotations on the Dockerfile lines, outputs, summary, pinning.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { runAction } from "../helpers/runner.js";

const stack = useStack();
const server = stack.notary.local.url;
let docker: DockerTrust;
let signed: string;
let unsigned: string;
let pushed: PushedManifest;

beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
  const repo = uniqueRepo("action-verify");
  signed = `${stack.registry.host}/${repo}`;
  unsigned = `${stack.registry.host}/${uniqueRepo("action-unsigned")}`;
  pushed = await pushImage(stack.registry.url, repo, "1.0");
  const key = await docker.keyGenerate("base", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("base", signed, key.pubPath);
  await docker
    .notary()
    .addhash(signed, "1.0", pushed.size, pushed.digest.slice(7), ["targets/releases", "targets/base"]);
});
afterAll(() => docker?.dispose());

describe("dist/verify under Node 24", () => {
  it("fails the check with an annotation on the FROM line of the unsigned image, and pins the signed one", async () => {
    const dockerfile = [
      "# syntax=docker/dockerfile:1",
      `ARG BASE=${signed}:1.0`,
      "FROM ${BASE} AS build",
      "RUN true",
      "",
      `FROM ${unsigned}:2.0`,
      "COPY --from=build / /",
    ].join("\n");
    const run = await runAction(
      "verify",
      {
        dockerfile: "app/Dockerfile",
        signers: "base",
        "notary-server": server,
        "ca-cert": stack.caPem,
        pin: "true",
      },
      {},
      async (workspace) => {
        await mkdir(path.join(workspace, "app"), { recursive: true });
        await writeFile(path.join(workspace, "app/Dockerfile"), dockerfile);
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error title=content trust%3A NO_TRUST_DATA,file=app/Dockerfile,line=6,col=1::${unsigned.replace(/[.]/g, "\\.")}:2\\.0: .*is not initialised`,
        "m",
      ),
    );
    expect(run.stdout).not.toMatch(/^::error .*line=3/m);
    expect(run.stdout).toMatch(/^::error::1 of 2 images failed verification/m);
    const result = JSON.parse(run.outputs.result!) as {
      reference: string;
      passed: boolean;
      reason: string;
      line: number;
      accepted?: string;
    }[];
    // accepted says what the image passed with, under the default accept (notary) too.
    expect(result.map((r) => [r.line, r.passed, r.reason, r.accepted])).toEqual([
      [3, true, "OK", "notary"],
      [6, false, "NO_TRUST_DATA", undefined],
    ]);
    expect(JSON.parse(run.outputs.digests!)).toEqual({ [`${signed}:1.0`]: pushed.digest });
    // The summary says it as a reviewer reads it, states the policy, and what was pinned.
    expect(run.summary).toContain(`| ❌ failed | no signatures on ${new URL(server).host} for this repository |`);
    expect(run.summary).not.toContain("root.json");
    expect(run.summary).toContain("- Required signers: base");
    expect(run.summary).toContain(`- Notary servers: ${server}`);
    // On the line that changed: the ARG whose default the FROM on line 3 reads.
    expect(run.summary).toMatch(/- Pinned: app\/Dockerfile:2 `[^`]+@sha256:[0-9a-f]{64}`/);
    expect(run.summary).toContain("- Not pinned: app/Dockerfile:6 (failed)");
    expect(run.outputs.pinned).toBe(`${signed}:1.0@${pushed.digest}`);
    expect(JSON.parse(run.outputs.result!)[1]).toMatchObject({ tag: "2.0", passed: false });
    const pinnedText = await readFile(path.join(run.workspace, "app/Dockerfile"), "utf8");
    expect(pinnedText).toContain(`ARG BASE=${signed}:1.0@${pushed.digest}`);
  });

  it("a step that fails before checking any image (no such Dockerfile) still sets its outputs", async () => {
    const run = await runAction("verify", { dockerfile: "services/*/Dockerfile", "notary-server": server });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ result: "[]", digests: "{}", pinned: "" });
  });

  it("passes for correctly signed images with no secret in the environment", async () => {
    const run = await runAction("verify", { images: `${signed}:1.0`, "notary-server": server, "ca-cert": stack.caPem });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.pinned).toBe(`${signed}:1.0@${pushed.digest}`);
  });

  it("without RUNNER_TEMP (a runner emulator), keeps its trust in a directory of its own and removes it at the end", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "ct-no-runner-temp-"));
    try {
      const run = await runAction(
        "verify",
        { images: `${signed}:1.0`, "notary-server": server, "ca-cert": stack.caPem },
        { RUNNER_TEMP: "", TMPDIR: tmp },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/trust on first use/i);
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
