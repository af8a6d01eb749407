// Start-up of the bundled CLI: the first wave of a sign (and of an inspect) is sent before the code
// that verifies the trust data and plans the signature is loaded, so that loading
// it overlaps the wait for the answers. A module hook records which bundle files the process loads
// before its first connection attempt; the run itself is a real sign against the stack.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, DEFAULT_REPOSITORY_PASSPHRASE } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { NODE24 } from "../helpers/runner.js";

const stack = useStack();
const cli = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));

/**
 * Preloaded into the CLI: notes every file of the bundle as it is loaded, whether a connection
 * attempt had started by then, and writes the list to LOAD_ORDER_OUT when the process exits.
 */
const HOOK = `
import module from "node:module";
import net from "node:net";
import { writeFileSync } from "node:fs";
let connected = false;
let established = false;
const loads = [];
module.registerHooks({
  load(url, context, next) {
    if (url.startsWith("file:") || url.startsWith("node:"))
      loads.push({ url, beforeConnect: !connected, beforeEstablished: !established });
    return next(url, context);
  },
});
// Node starts a connection later than the call that asks for it (on a later tick, or once a DNS
// lookup answers): what counts is the attempt itself, as the socket reports it.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  this.once("connectionAttempt", () => {
    connected = true;
  });
  // Node has seen the TCP set-up finish (TLS starts on an early connection then).
  this.once("connect", () => {
    established = true;
  });
  return connect.apply(this, args);
};
process.on("exit", () => writeFileSync(process.env.LOAD_ORDER_OUT, JSON.stringify({ connected, loads })));
`;

/** Code that a sign needs only once its first requests are out, by a function it defines. */
const AFTER_THE_WAVE = [
  "async function loadTrust(", // verifying the trust data
  "function checkRootSignatures(", // the TUF checks
  "function planSignature(", // planning the signature
];

/**
 * Code that sends the requests, by a class or function it defines: loaded only once the connections
 * opened early are under way, so that their set-up overlaps its loading too.
 */
const AFTER_THE_CONNECTIONS = ["class NotaryClient", "class RegistryClient", "function exchangeOnce("];

interface Loaded {
  name: string;
  source: string;
}

/** The files among `files` that define `marker`. */
function holding(files: readonly Loaded[], marker: string): string[] {
  return files.filter((f) => f.source.includes(marker)).map((f) => f.name);
}

let dir: string;
let hook: string;
let docker: DockerTrust;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ct-startup-"));
  hook = path.join(dir, "hook.mjs");
  await writeFile(hook, HOOK);
  await writeFile(path.join(dir, "ca.pem"), stack.caPem);
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
});
afterAll(() => docker?.dispose());

async function runTraced(
  args: string[],
  env: Record<string, string>,
): Promise<{
  code: number;
  stderr: string;
  before: Loaded[];
  after: Loaded[];
  connected: boolean;
  builtinsBefore: string[];
  builtinsAfter: string[];
  /** Bundle files loaded before Node saw any connection's TCP set-up finish. */
  beforeEstablished: Loaded[];
}> {
  const out = path.join(dir, `loads-${Math.random().toString(36).slice(2)}.json`);
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
    const child = spawn(NODE24, ["--import", hook, cli, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: dir, LOAD_ORDER_OUT: out, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d));
    child.on("close", (c) => resolve({ code: c ?? 1, stderr: err }));
  });
  const trace = JSON.parse(await readFile(out, "utf8")) as {
    connected: boolean;
    loads: { url: string; beforeConnect: boolean; beforeEstablished: boolean }[];
  };
  const file = (url: string): Loaded => ({
    name: path.basename(fileURLToPath(url)),
    source: readFileSync(fileURLToPath(url), "utf8"),
  });
  const bundle = trace.loads.filter((l) => l.url.includes("/dist/"));
  const builtins = trace.loads.filter((l) => l.url.startsWith("node:"));
  return {
    code,
    stderr,
    connected: trace.connected,
    builtinsBefore: builtins.filter((l) => l.beforeConnect).map((l) => l.url),
    builtinsAfter: builtins.filter((l) => !l.beforeConnect).map((l) => l.url),
    before: bundle.filter((l) => l.beforeConnect).map((l) => file(l.url)),
    after: bundle.filter((l) => !l.beforeConnect).map((l) => file(l.url)),
    beforeEstablished: bundle.filter((l) => l.beforeEstablished).map((l) => file(l.url)),
  };
}

describe("start-up order of the bundled CLI", () => {
  it("a sign starts its connections before loading the code that sends requests and Node's tls and crypto, sends them before the TUF and planning code, and signs", async () => {
    const repo = uniqueRepo("startup");
    const image = `${stack.registry.host}/${repo}`;
    await pushImage(stack.registry.url, repo, "v1");
    const key = await docker.keyGenerate("boot", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("boot", image, key.pubPath);
    const run = await runTraced(
      [
        "sign",
        `${image}:v1`,
        "--signer-key",
        key.privateKeyPath,
        "--notary-server",
        stack.notary.local.url,
        "--ca-cert",
        path.join(dir, "ca.pem"),
        "--insecure-registry",
        stack.registry.host,
        "--trust-dir",
        path.join(dir, "trust"),
      ],
      { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.connected).toBe(true);
    // Loading Node's tls and crypto takes several milliseconds: the TCP set-up overlaps it.
    for (const builtin of ["node:tls", "node:crypto"]) {
      expect(run.builtinsBefore, builtin).not.toContain(builtin);
      expect(run.builtinsAfter, builtin).toContain(builtin);
    }
    for (const marker of [...AFTER_THE_CONNECTIONS, ...AFTER_THE_WAVE]) {
      expect(holding(run.before, marker), marker).toEqual([]);
      // On a near server the TCP set-up is done before the command loads: TLS starts on it first.
      expect(holding(run.beforeEstablished, marker), marker).toEqual([]);
      expect(holding(run.after, marker).length, marker).toBeGreaterThan(0);
    }
  });

  it("an inspect sends its first requests before loading the TUF code", async () => {
    const run = await runTraced(
      [
        "inspect",
        `${stack.registry.host}/${uniqueRepo("startup-none")}`,
        "--notary-server",
        stack.notary.local.url,
        "--ca-cert",
        path.join(dir, "ca.pem"),
      ],
      {},
    );
    // The repository does not exist: the run fails after reading the server's answer.
    expect(run.code, run.stderr).toBe(1);
    for (const marker of AFTER_THE_WAVE.slice(0, 2)) {
      expect(holding(run.before, marker), marker).toEqual([]);
      expect(holding(run.after, marker).length, marker).toBeGreaterThan(0);
    }
  });
});
