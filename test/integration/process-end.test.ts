// The CLI ends its process once the command's result is known, whatever a library it gave up on
// still holds open. Here: AWS credentials from a web identity token, whose STS endpoint takes the
// connection and never answers. The run's deadline cuts the sign short; the STS request, which the
// SDK cannot stop, would hold the process for its own timeout (30 s) and retries after that.
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE24 } from "../helpers/runner.js";
import { startSilentServer, type SilentServer } from "../helpers/silent-server.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
let sts: SilentServer;

beforeAll(async () => {
  sts = await startSilentServer();
});
afterAll(async () => {
  sts.drop();
  await sts.close();
});

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

function runCli(args: string[], env: Record<string, string>): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE24, [cli, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Well past the deadline, short of the STS request's own timeout: a process still alive then is killed.
    const killer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stderr, ms: performance.now() - started });
    });
  });
}

describe("the CLI's process", () => {
  it("ends when a sign fails at its deadline, though a credentials request it gave up on is still open", async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "ct-process-end-"));
    const token = path.join(home, "web-identity-token");
    await writeFile(token, "a-web-identity-token");
    const ended = await runCli(
      [
        "sign",
        `${stack.registry.host}/${uniqueRepo("process-end")}:v1`,
        "--digest",
        `sha256:${"1".repeat(64)}`,
        "--aws-kms-key",
        "alias/ci",
        "--signer-name",
        "ci",
        "--notary-server",
        stack.notary.local.url,
        "--ca-cert",
        stack.caFile,
        "--insecure-registry",
        stack.registry.host,
        "--trust-dir",
        path.join(home, "trust"),
        "--deadline",
        "2",
      ],
      {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: home,
        AWS_REGION: "us-east-1",
        AWS_WEB_IDENTITY_TOKEN_FILE: token,
        AWS_ROLE_ARN: "arn:aws:iam::123456789012:role/ci",
        AWS_ENDPOINT_URL_STS: `http://${sts.host}`,
      },
    );
    // The credentials request really went out, to the endpoint that never answers.
    expect(sts.held.length).toBeGreaterThanOrEqual(1);
    expect(ended.signal).toBeNull();
    expect(ended.code).toBe(1);
    // Cut short by the deadline, not failed before it.
    expect(ended.ms).toBeGreaterThanOrEqual(2000);
    expect(ended.ms).toBeLessThan(20_000);
  });
});
