// The CLI's output piped into a reader that stops early (`content-trust … | head -1`): the rest is
// dropped and the command ends as it would have, without a stack trace for the closed pipe.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE24 } from "../helpers/runner.js";

const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [cli, ...args], {
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Closed before the process has started up, so its first write meets a pipe with no reader.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("the CLI's output into a closed pipe", () => {
  it("is dropped: the command exits with its own code and prints no error", async () => {
    const help = await runWithClosedStdout(["--help"]);
    expect(help.stderr).toBe("");
    expect(help.code).toBe(0);
    const commandHelp = await runWithClosedStdout(["verify", "--help"]);
    expect(commandHelp.stderr).toBe("");
    expect(commandHelp.code).toBe(0);
  });
});
