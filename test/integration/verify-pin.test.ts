// verify with pin against signed repositories on the real stack: a Dockerfile is written only from
// the text that was verified, kept byte for byte apart from the digests, and never outside the
// workspace; a file that cannot be pinned is said so, and the verdicts stand.
import { writeFileSync } from "node:fs";
import { chmod, mkdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runVerify, type VerifyConfig } from "../../src/workflows/run-verify.js";
import { testRuntime } from "../helpers/runtime.js";
import { ACTION_WORDS } from "../../src/action/words.js";
import { render } from "../../src/wording.js";
import { tempDir } from "../helpers/admin.js";
import { DockerTrust } from "../stack/go-clients.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
let docker: DockerTrust;
let image: string;
let pushed: PushedManifest;

beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  const repo = uniqueRepo("verify-pin");
  image = `${stack.registry.host}/${repo}`;
  pushed = await pushImage(stack.registry.url, repo, "v1");
  const key = await docker.keyGenerate("pin", path.join(docker.configDir, "keys", repo));
  await docker.signerAdd("pin", image, key.pubPath);
  await docker.notary().addhash(image, "v1", pushed.size, pushed.digest.slice(7), ["targets/releases", "targets/pin"]);
});
afterAll(() => docker?.dispose());

async function verifyPinning(cwd: string, onResult?: () => void) {
  const warned: string[] = [];
  const config: VerifyConfig = {
    dockerfiles: "**/Dockerfile",
    cwd,
    notaryServer: stack.notary.local.url,
    caPem: stack.caPem,
    insecureRegistries: [stack.registry.host],
    pin: true,
  };
  const run = await runVerify(config, {
    runtime: testRuntime({ warn: (m) => warned.push(m) }),
    ...(onResult ? { onResult } : {}),
  });
  // Trust on first use warns too; only what pinning says is looked at.
  return { run, warned: warned.filter((m) => m.includes(" is not pinned: ")) };
}

describe("verify with pin", () => {
  it("keeps every other byte, and leaves a file that is not UTF-8 as it is, with a warning", async () => {
    const cwd = await tempDir("pin-bytes");
    const good = Buffer.from(`# syntax=docker/dockerfile:1\r\nFROM ${image}:v1 AS base\r\nRUN true`, "utf8");
    const latin1 = Buffer.concat([Buffer.from(`FROM ${image}:v1\n# caf`), Buffer.from([0xe9]), Buffer.from("\n")]);
    await mkdir(path.join(cwd, "good"));
    await mkdir(path.join(cwd, "latin1"));
    await writeFile(path.join(cwd, "good", "Dockerfile"), good, { mode: 0o664 });
    await chmod(path.join(cwd, "good", "Dockerfile"), 0o664);
    await writeFile(path.join(cwd, "latin1", "Dockerfile"), latin1);
    const { run, warned } = await verifyPinning(cwd);
    expect(run.passed).toBe(true);
    expect(await readFile(path.join(cwd, "good", "Dockerfile"))).toEqual(
      Buffer.from(`# syntax=docker/dockerfile:1\r\nFROM ${image}:v1@${pushed.digest} AS base\r\nRUN true`, "utf8"),
    );
    // Group-writable stays so (a file created with it would be narrowed by the umask).
    expect((await stat(path.join(cwd, "good", "Dockerfile"))).mode & 0o777).toBe(0o664);
    expect(await readFile(path.join(cwd, "latin1", "Dockerfile"))).toEqual(latin1);
    expect(warned).toEqual([
      "latin1/Dockerfile is not pinned: it is not valid UTF-8, and its other bytes would not be kept",
    ]);
  });

  it("does not write a file that changed after it was verified", async () => {
    const cwd = await tempDir("pin-race");
    const file = path.join(cwd, "Dockerfile");
    await writeFile(file, `FROM ${image}:v1\n`);
    const changed = `# another step was here\nFROM ${image}:v1\n`;
    // Written as the result arrives, before anything is pinned.
    const { run, warned } = await verifyPinning(cwd, () => writeFileSync(file, changed));
    expect(run.results.map((r) => r.passed)).toEqual([true]);
    expect(await readFile(file, "utf8")).toBe(changed);
    expect(warned).toEqual(["Dockerfile is not pinned: it changed after it was verified"]);
    expect(run.pinned).toEqual([]);
  });

  it("never writes outside the workspace, and says so when a file cannot be written", async () => {
    const outside = await tempDir("pin-outside");
    const cwd = await tempDir("pin-inside");
    await writeFile(path.join(outside, "Dockerfile"), `FROM ${image}:v1\n`);
    await mkdir(path.join(cwd, "linked"));
    await symlink(path.join(outside, "Dockerfile"), path.join(cwd, "linked", "Dockerfile"));
    const { warned: viaLink } = await verifyPinning(cwd).catch(() => ({ warned: ["(refused by the glob)"] }));
    const literal = await runVerify(
      {
        dockerfiles: "linked/Dockerfile",
        cwd,
        notaryServer: stack.notary.local.url,
        caPem: stack.caPem,
        insecureRegistries: [stack.registry.host],
        pin: true,
      },
      { runtime: testRuntime({ warn: (m) => viaLink.push(m) }) },
    );
    expect(literal.passed).toBe(true);
    expect(await readFile(path.join(outside, "Dockerfile"), "utf8")).toBe(`FROM ${image}:v1\n`);
    expect(viaLink.map((m) => render(m, ACTION_WORDS))).toContain(
      "linked/Dockerfile is not pinned: it is outside the workspace (through a link or ../)",
    );

    // A file whose replacement cannot be created: the verdict stands, the file is as it was.
    const blocked = await tempDir("pin-blocked");
    const file = path.join(blocked, "Dockerfile");
    await writeFile(file, `FROM ${image}:v1\n`);
    await mkdir(`${file}.content-trust-${process.pid}`);
    const { run, warned } = await verifyPinning(blocked);
    expect(run.passed).toBe(true);
    expect(await readFile(file, "utf8")).toBe(`FROM ${image}:v1\n`);
    expect(warned).toEqual(["Dockerfile is not pinned: it could not be written (EEXIST)"]);
  });
});
