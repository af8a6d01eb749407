#!/usr/bin/env node
// The `content-trust` executable.
import "../compile-on-main-thread.js";
import "./heap-settings.js";
import os from "node:os";
import { describeError } from "../errors.js";
import { exitOnceWritten, failIfUnsettled } from "../exit.js";
import { redactSecrets } from "../redaction.js";
import { workflowCommandFilter } from "../text.js";
import { connectEarlyFromCommandLine } from "./early-connect.js";
import { isCommand, main } from "./main.js";
import { terminalConfirm, terminalPrompt } from "./prompt.js";
import { words } from "./words.js";

// A job cancelled or timed out by its CI system (SIGTERM; Ctrl-C is SIGINT) says so, and what it
// leaves behind: a publish that reached the server stands, and running the command again completes
// it (it publishes what is missing, or nothing). The exit code is the shell's for the signal.
// Every command publishes but these (`key` only with rotate-signer).
const READING = new Set(["inspect", "verify"]);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    // Only a command's name is repeated, never another argument (it could be anything).
    const given = process.argv[2] ?? "";
    const command = isCommand(given) ? given : "";
    const publishes =
      command !== "" && !READING.has(command) && (command !== "key" || process.argv[3] === "rotate-signer");
    const after = publishes ? "; what it published before stands, and running the same command again completes it" : "";
    process.stderr.write(
      `content-trust${command ? ` ${command}` : ""}: stopped by ${signal} before it finished${after}\n`,
    );
    process.exit(128 + os.constants.signals[signal]);
  });
}

let settled = false;
failIfUnsettled(
  () => settled,
  () =>
    process.stderr.write(
      words(
        "content-trust: the command ended without a result (a bug): the run failed; run it again, and report it if it repeats\n",
      ),
    ),
);
// Before main() loads the command, and started before it does: their set-up overlaps the loading.
await connectEarlyFromCommandLine(process.argv.slice(2), process.env, process.cwd());
const promptSecret = terminalPrompt();
const confirm = terminalConfirm();
// In a GitHub Actions step, whose runner reads both outputs line by line for workflow commands, a
// server's text can start none (`::set-output`, `##[stop-commands]`). Standard output in JSON
// (--json) stays the same data (text.ts).
const inActions = process.env.GITHUB_ACTIONS === "true";
const stdout = writerOf(process.stdout, inActions ? workflowCommandFilter(process.argv.includes("--json")) : undefined);
// What a server or a setting said, quoted in a message, goes out without the run's secrets, and
// only then is made command-free: redaction sees each secret whole.
const commandFree = inActions ? workflowCommandFilter() : (text: string) => text;
const stderr = writerOf(process.stderr, (text) => commandFree(redactSecrets(text)));
void main(process.argv.slice(2), {
  env: process.env,
  stdout,
  stderr,
  cwd: process.cwd(),
  stderrIsTerminal: Boolean(process.stderr.isTTY) && !process.env.CI,
  columns: process.stderr.columns || 80,
  ...(promptSecret ? { promptSecret } : {}),
  ...(confirm ? { confirm } : {}),
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      stderr(words(`content-trust: ${describeError(err)}\n`));
      process.exitCode = 1;
    },
  )
  .then(() => {
    settled = true;
    // The command's work is done and awaited: whatever is still open was given up on (exit.ts).
    return exitOnceWritten();
  });

/**
 * Writes to one of the process's streams until its reader goes away (`content-trust … | head`
 * closes the pipe: EPIPE), then drops what is left: the command runs to its end and exits with its
 * own code, as it would with the whole output read. Any other error of the stream is thrown.
 */
function writerOf(stream: NodeJS.WriteStream, filter: (text: string) => string = (t) => t): (text: string) => void {
  let readerGone = false;
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    readerGone = true;
  });
  return (text) => {
    if (!readerGone) stream.write(filter(text));
  };
}
