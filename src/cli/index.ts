#!/usr/bin/env node
// The `content-trust` executable's entry. Only the code that opens connections early is loaded
// before they are opened (early-connect.ts): the rest of the CLI (run.ts), and Node's tls and
// crypto modules, load while their set-up is under way.
import "../compile-on-main-thread.js";
import "./heap-settings.js";
import { connectEarlyFromCommandLine } from "./early-connect.js";

await connectEarlyFromCommandLine(process.argv.slice(2), process.env, process.cwd());
await import("./run.js");
