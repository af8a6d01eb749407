// How a process of ours ends (src/exit.ts), seen from outside: a child process under Node 24 runs
// the module itself (it has no imports and only erasable types, so Node runs it as it is).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE24 } from "../helpers/runner.js";
import { closed, startSilentServer } from "../helpers/silent-server.js";

const exitModule = fileURLToPath(new URL("../../src/exit.ts", import.meta.url));
/** Node runs a .ts file as it is from 22.18 and 23.6; NODE24 is the runner's own Node without the package. */
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const runsTypeScript =
  NODE24 !== process.execPath || major >= 24 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs `body` (module code with `exit` imported) in a child; killed after 10 s, which a test then sees. */
function runChild(body: string): Promise<Ended> {
  const script = `import * as exit from ${JSON.stringify(exitModule)};\n${body}`;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, ["--no-warnings", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "" },
    });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr });
    });
  });
}

describe.runIf(runsTypeScript)("exitOnceWritten", () => {
  it("ends the process with its exit code while a connection it gave up on is still open, output intact", async () => {
    const silent = await startSilentServer();
    try {
      const [host, port] = silent.host.split(":");
      // 4 MiB to a pipe: more than the pipe holds, so the write is still under way when the exit is asked for.
      const ended = await runChild(`
        import net from "node:net";
        net.connect(${Number(port)}, ${JSON.stringify(host)}).on("error", () => {});
        process.stdout.write("x".repeat(4 * 1024 * 1024) + "end\\n");
        process.exitCode = 3;
        await exit.exitOnceWritten();
      `);
      expect(ended.signal).toBeNull();
      expect(ended.code).toBe(3);
      expect(ended.stdout.length).toBe(4 * 1024 * 1024 + 4);
      expect(ended.stdout.subarray(-4).toString()).toBe("end\n");
      // The connection the child held open was really taken, and the exit closed it.
      await silent.taken(1);
      await closed(silent.held[0]!);
    } finally {
      silent.drop();
      await silent.close();
    }
  });
});

describe.runIf(runsTypeScript)("failIfUnsettled", () => {
  it("fails a process whose command never settled instead of letting it end with 0", async () => {
    const ended = await runChild(`
      exit.failIfUnsettled(() => false, () => process.stderr.write("no result\\n"));
      new Promise(() => {});
    `);
    expect(ended.code).toBe(1);
    expect(ended.stderr).toBe("no result\n");
  });

  it("stays silent once the command has settled", async () => {
    const ended = await runChild(`
      let settled = false;
      exit.failIfUnsettled(() => settled, () => process.stderr.write("no result\\n"));
      await Promise.resolve();
      settled = true;
    `);
    expect(ended.code).toBe(0);
    expect(ended.stderr).toBe("");
  });
});
