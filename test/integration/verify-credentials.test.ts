// Verify of many images reads a registry's credentials once, not once per repository: a credential
// helper (docker-credential-*) is a process to start, and the answer is the same for every image.
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runVerify } from "../../src/workflows/run-verify.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();

describe("verify of several images in one registry", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "verify-creds-"));
    await writeFile(path.join(dir, "config.json"), JSON.stringify({ credsStore: "counting" }));
    const helper = path.join(dir, "docker-credential-counting");
    await writeFile(
      helper,
      `#!/bin/sh\n[ "$1" = get ] || exit 3\ncat >> '${path.join(dir, "calls.log")}'\necho >> '${path.join(dir, "calls.log")}'\necho "credentials not found in native keychain"\nexit 1\n`,
    );
    await chmod(helper, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("asks the credential helper once for the registry", async () => {
    const images = ["a", "b", "c"].map((x) => `${stack.registry.host}/${uniqueRepo(`creds-${x}`)}:v1`);
    const run = await runVerify({
      images: images.join("\n"),
      notaryServer: stack.notary.local.url,
      caPem: stack.caPem,
      dockerConfigDir: dir,
      helperPath: dir,
      cwd: dir,
    });
    expect(run.results.map((r) => r.reference)).toEqual(images);
    const calls = (await readFile(path.join(dir, "calls.log"), "utf8")).split("\n").filter(Boolean);
    expect(calls).toEqual([stack.registry.host]);
  });
});
