// Child processes for the test stack: one-shot commands with a bounded run time, and long-running
// services whose output is kept for diagnostics and which are killed when this process exits.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import net from "node:net";
import { onProcessExit } from "./exit-hooks.js";

/** Default bound for one CLI invocation (notary, docker, openssl). */
export const COMMAND_TIMEOUT_MS = 60_000;
const MAX_CAPTURE_BYTES = 4 * 1024 * 1024;
const SERVICE_TAIL_BYTES = 64 * 1024;

export interface RunOptions {
  env?: NodeJS.ProcessEnv | undefined;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** Written to stdin, then stdin is closed. Without it stdin is /dev/null, so prompts get EOF. */
  input?: string | undefined;
  timeoutMs?: number | undefined;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stdout: string,
    readonly stderr: string,
    reason: string,
  ) {
    const detail = (stderr.trim() || stdout.trim()).slice(-4000);
    super(`${command}: ${reason}${detail ? `\n${detail}` : ""}`);
    this.name = "CommandError";
  }
}

/** Run a command to completion; throws CommandError (with its output) on a non-zero exit or timeout. */
export function runCommand(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const timeoutMs = options.timeoutMs ?? COMMAND_TIMEOUT_MS;
  const shown = [file, ...args].join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      ...(options.uid !== undefined ? { uid: options.uid } : {}),
      ...(options.gid !== undefined ? { gid: options.gid } : {}),
    });
    const stdout = capture(child.stdout);
    const stderr = capture(child.stderr);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    // A program that exits without reading its input must not crash us with EPIPE.
    child.stdin?.on("error", () => undefined);
    if (options.input !== undefined) child.stdin?.end(options.input);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new CommandError(shown, null, null, stdout(), stderr(), `cannot start (${error.message})`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const out = stdout();
      const err = stderr();
      if (timedOut) reject(new CommandError(shown, code, signal, out, err, `timed out after ${timeoutMs} ms`));
      else if (code !== 0) reject(new CommandError(shown, code, signal, out, err, `exited with ${code ?? signal}`));
      else resolve({ stdout: out, stderr: err });
    });
  });
}

function capture(stream: NodeJS.ReadableStream | null): () => string {
  const chunks: Buffer[] = [];
  let size = 0;
  stream?.on("data", (chunk: Buffer) => {
    if (size >= MAX_CAPTURE_BYTES) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).toString("utf8");
}

/** A long-running child process (a server). */
export interface Service {
  readonly name: string;
  readonly pid: number | undefined;
  /** The last 64 KiB of its stdout and stderr. */
  output(): string;
  /** Resolves when it has exited, with a description of how. */
  readonly exited: Promise<string>;
  isRunning(): boolean;
  stop(): Promise<void>;
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // SIGKILL: synchronous, and the servers keep no state worth a clean stop.
  onProcessExit(() => {
    for (const child of liveChildren) child.kill("SIGKILL");
  });
}

export interface ServiceOptions {
  env?: NodeJS.ProcessEnv | undefined;
  cwd?: string;
  /** Also append its output to this file. */
  logFile?: string | undefined;
  /** Run as this user and group (a server that refuses to run as root, e.g. postgres). */
  uid?: number;
  gid?: number;
  /** Signal that asks it to stop (default SIGTERM); SIGKILL follows after 3 s. */
  stopSignal?: NodeJS.Signals;
}

export function startService(
  name: string,
  file: string,
  args: readonly string[],
  options: ServiceOptions = {},
): Service {
  if (process.env.CONTENT_TRUST_TEST_PROJECT === "unit") {
    throw new Error(`unit tests start no servers (${name}): move this test under test/integration/`);
  }
  installExitHook();
  const child = spawn(file, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  liveChildren.add(child);
  let tail = "";
  const log: WriteStream | undefined = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : undefined;
  // The log is a diagnostic aid: losing it (its directory removed at stop) is not an error.
  log?.on("error", () => undefined);
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-SERVICE_TAIL_BYTES);
    log?.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let running = true;
  const exited = new Promise<string>((resolve) => {
    child.on("error", (error) => {
      running = false;
      liveChildren.delete(child);
      resolve(`could not start ${file}: ${error.message}`);
    });
    child.on("exit", (code, signal) => {
      running = false;
      liveChildren.delete(child);
      resolve(signal ? `killed by ${signal}` : `exited with code ${code}`);
    });
  });
  exited.then(() => log?.end()).catch(() => undefined);
  return {
    name,
    pid: child.pid,
    output: () => tail,
    exited,
    isRunning: () => running,
    async stop() {
      if (!running) return;
      child.kill(options.stopSignal ?? "SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A TCP port that was free on 127.0.0.1 a moment ago (callers retry if they lose the race). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no port assigned"))));
    });
  });
}

/** Whether a service's output says it lost the race for its port. */
export function lostPortRace(service: Service): boolean {
  return /address already in use/i.test(service.output());
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
