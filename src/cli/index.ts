#!/usr/bin/env node
// The `content-trust` executable.
import "./heap-settings.js";
import { describeError } from "../errors.js";
import { exitWhenIdle } from "../exit.js";
import { connectEarlyFromCommandLine } from "./early-connect.js";
import { main } from "./main.js";
import { terminalConfirm, terminalPrompt } from "./prompt.js";
import { words } from "./words.js";

exitWhenIdle();
// Before main() loads the command: the connections' set-up overlaps the loading.
connectEarlyFromCommandLine(process.argv.slice(2), process.env, process.cwd());
const promptSecret = terminalPrompt();
const confirm = terminalConfirm();
main(process.argv.slice(2), {
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  stderrIsTerminal: Boolean(process.stderr.isTTY) && !process.env.CI,
  columns: process.stderr.columns || 80,
  ...(promptSecret ? { promptSecret } : {}),
  ...(confirm ? { confirm } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(words(`content-trust: ${describeError(err)}\n`));
    process.exitCode = 1;
  },
);
