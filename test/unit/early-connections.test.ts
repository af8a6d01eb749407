import { execFileSync } from "node:child_process";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type tls from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { poolForFirstWaves } from "../../src/workflows/verify.js";
import { connectEarlyFromInputs } from "../../src/action/early-connect.js";
import { connectEarlyFromCommandLine } from "../../src/cli/early-connect.js";
import { ServerError } from "../../src/errors.js";
import { createTransport } from "../../src/net/http.js";
import { createRouter } from "../../src/net/route.js";
import { parseCaBundle } from "../../src/net/tls-trust.js";
import {
  connectEarly,
  dropEarlyConnections,
  earlyConnectionsSettled,
  openEarlyConnections,
  takeEarlyConnection,
  takeEarlyPlainConnection,
  type EarlyConnectOptions,
} from "../../src/net/early-connections.js";
import { trustOf } from "../../src/net/tls-context.js";
import { firstBaseUrl } from "../../src/registry/insecure.js";
import { parseReference } from "../../src/registry/reference.js";
import { createPki, type Pki } from "../stack/pki.js";

let pki: Pki;
let other: Pki;
let dir: string;
let server: https.Server;
let url: string;
/** A plain-http server, as a registry listed as insecure; host:port, and its accepted client ports. */
let plain: http.Server;
let plainHost: string;
let plainAccepted: number[] = [];
/** The client port of every TLS connection the server accepted, in order. */
let accepted: number[];
let waiters: Array<() => void>;
const transports: Array<{ close(): void }> = [];

beforeAll(async () => {
  [pki, other] = await Promise.all([createPki(), createPki()]);
  dir = mkdtempSync(path.join(os.tmpdir(), "early-"));
  const tlsFiles = { cert: readFileSync(pki.chainFile, "utf8"), key: readFileSync(pki.keyFile, "utf8") };
  server = https.createServer(tlsFiles, (req, res) => res.end(String(req.socket.remotePort)));
  server.on("secureConnection", (socket: tls.TLSSocket) => {
    accepted.push(socket.remotePort!);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  plain = http.createServer((req, res) => res.end(String(req.socket.remotePort)));
  plain.on("connection", (socket: net.Socket) => {
    plainAccepted.push(socket.remotePort!);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
  plainHost = `127.0.0.1:${(plain.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  plain.closeAllConnections();
  await new Promise<void>((resolve) => plain.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
  await Promise.all([pki.dispose(), other.dispose()]);
});

afterEach(() => {
  for (const t of transports.splice(0)) t.close();
  dropEarlyConnections();
  server.closeAllConnections();
  plain.closeAllConnections();
  accepted = [];
  plainAccepted = [];
  waiters = [];
});

accepted = [];
waiters = [];

/** Resolves once the server has accepted `n` TLS connections in this test. */
async function acceptedCount(n: number): Promise<void> {
  while (accepted.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
}

function transport(caPem?: string) {
  const t = createTransport(caPem ? { caPem } : {});
  transports.push(t);
  return t;
}

async function portOfAnswer(t: ReturnType<typeof transport>): Promise<number> {
  const res = await t({ method: "GET", url: `${url}/`, maxBytes: 100 });
  return Number(new TextDecoder().decode(res.body));
}

/** connectEarly for one repository whose first wave has `count` requests, on the test server. */
function connectTo(
  options: Omit<EarlyConnectOptions, "registries" | "notaryServer" | "firstWave" | "maxSockets"> & { count: number },
): Promise<void> {
  const { count, ...rest } = options;
  return connectEarly({ ...rest, registries: ["127.0.0.1:5000"], notaryServer: url, firstWave: count, maxSockets: 64 });
}

/**
 * How many early connections wait for this server with Node's default CAs only, once their TCP
 * set-up is done (and drops them).
 */
async function waitingWithDefaultCas(): Promise<number> {
  await earlyConnectionsSettled();
  const port = Number(new URL(url).port);
  let n = 0;
  for (let socket = takeEarlyConnection("127.0.0.1", port, "", ""); socket;) {
    socket.destroy();
    n++;
    socket = takeEarlyConnection("127.0.0.1", port, "", "");
  }
  return n;
}

/** How many plain-http early connections wait for the plain server (and drops them). */
function waitingPlain(): number {
  const port = Number(plainHost.split(":")[1]);
  let n = 0;
  for (
    let socket = takeEarlyPlainConnection("127.0.0.1", port);
    socket;
    socket = takeEarlyPlainConnection("127.0.0.1", port)
  ) {
    socket.destroy();
    n++;
  }
  return n;
}

describe("early connections", () => {
  it("are taken by requests to the same server that trust the same CA certificates", async () => {
    await openEarlyConnections({ url, caPems: [pki.caPem], count: 2 });
    await acceptedCount(2);
    const early = [...accepted];
    const t = transport(pki.caPem);
    const ports = await Promise.all([portOfAnswer(t), portOfAnswer(t)]);
    expect(ports.sort()).toEqual(early.sort());
    expect(accepted).toHaveLength(2);
  });

  it("are not taken by a transport that trusts other CA certificates", async () => {
    await openEarlyConnections({ url, caPems: [pki.caPem], count: 1 });
    await acceptedCount(1);
    const t = transport(pki.caPem + other.caPem);
    const port = await portOfAnswer(t);
    expect(accepted).toHaveLength(2);
    expect(port).toBe(accepted[1]);
  });

  it("to a plain-http server are taken by the transport's plain requests to the same host and port", async () => {
    await openEarlyConnections({ url: `http://${plainHost}`, caPems: [], count: 2 });
    while (plainAccepted.length < 2) await new Promise<void>((resolve) => waiters.push(resolve));
    const early = [...plainAccepted];
    const t = transport();
    const ask = async () =>
      Number(new TextDecoder().decode((await t({ method: "GET", url: `http://${plainHost}/`, maxBytes: 100 })).body));
    const ports = await Promise.all([ask(), ask()]);
    expect(ports.sort()).toEqual(early.sort());
    expect(plainAccepted).toHaveLength(2);
  });

  it("are not taken by a request that chooses its own way to connect", async () => {
    await openEarlyConnections({ url: `http://${plainHost}`, caPems: [], count: 1 });
    while (plainAccepted.length < 1) await new Promise<void>((resolve) => waiters.push(resolve));
    const router = createRouter({ maxSockets: 4 });
    try {
      const { options } = router.route(new URL(`http://${plainHost}/`), undefined);
      const port = await new Promise<number>((resolve, reject) => {
        http
          .get({ ...options, localAddress: "127.0.0.1" }, (res) => {
            let body = "";
            res.on("data", (c: Buffer) => (body += c.toString()));
            res.on("end", () => resolve(Number(body)));
          })
          .on("error", reject);
      });
      expect(plainAccepted).toHaveLength(2);
      expect(port).toBe(plainAccepted[1]);
    } finally {
      router.destroy();
    }
  });

  it("compare CA certificates by their bytes, not by how the PEM text is laid out", () => {
    const body = pki.caPem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
    const rewrapped = `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,76}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
    expect(trustOf([rewrapped])).toBe(trustOf([pki.caPem]));
    expect(trustOf([pki.caPem, other.caPem])).toBe(trustOf([other.caPem + pki.caPem]));
    expect(trustOf([pki.caPem])).not.toBe(trustOf([other.caPem]));
  });

  it("that failed are dropped: the request opens its own and reports its own error", async () => {
    // Node's default CAs do not include the test CA: the early handshake fails, and the server sees it.
    const refused = new Promise<void>((resolve) => server.once("tlsClientError", () => resolve()));
    await openEarlyConnections({ url, caPems: [], count: 1 });
    await refused;
    const handshakes = new Promise<void>((resolve) => server.once("tlsClientError", () => resolve()));
    const err = await transport()({ method: "GET", url: `${url}/`, maxBytes: 100 }).catch((e: unknown) => e);
    await handshakes;
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe("TLS_UNKNOWN_CA");
  });

  it("to a name with several addresses start TLS once one of them answered, and serve requests", async () => {
    // A dual-stack name whose IPv6 address refuses (nothing listens on ::1), as on a runner without
    // IPv6: Node tries the next address on a new handle. TLS started over the first one crashed
    // the process (Node 24).
    const name = "several.content-trust.test";
    const lookup = dns.lookup;
    const addresses = [
      { address: "::1", family: 6 },
      { address: "127.0.0.1", family: 4 },
    ];
    (dns as { lookup: unknown }).lookup = (
      host: string,
      options: { all?: boolean },
      callback: (err: Error | null, address: unknown, family?: number) => void,
    ) => {
      if (host !== name) return (lookup as (...args: unknown[]) => unknown)(host, options, callback);
      process.nextTick(() => (options.all ? callback(null, addresses) : callback(null, "::1", 6)));
    };
    try {
      const port = Number(new URL(url).port);
      await openEarlyConnections({ url: `https://${name}:${port}`, caPems: [pki.caPem], count: 2 });
      await acceptedCount(2);
      const early = [...accepted];
      const t = transport(pki.caPem);
      const answer = async () =>
        Number(
          new TextDecoder().decode((await t({ method: "GET", url: `https://${name}:${port}/`, maxBytes: 100 })).body),
        );
      const ports = await Promise.all([answer(), answer()]);
      expect(ports.sort()).toEqual(early.sort());
      expect(accepted).toHaveLength(2);
    } finally {
      (dns as { lookup: unknown }).lookup = lookup;
    }
  });

  it("to a port nobody listens on fail quietly: the request reports the refusal as its own", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    // The refusal reaches the sockets while TLS is being started on them, or once it has.
    await openEarlyConnections({ url: `https://127.0.0.1:${port}`, caPems: [pki.caPem], count: 2 });
    const ask = () =>
      transport(pki.caPem)({ method: "GET", url: `https://127.0.0.1:${port}/`, maxBytes: 100 }).catch(
        (e: unknown) => e,
      );
    const errors = await Promise.all([ask(), ask()]);
    for (const err of errors) expect((err as ServerError).code).toBe("UNREACHABLE");
  });

  it("that hold bytes the server sent unasked are dropped, and the request gets its own answer", async () => {
    // An idle-timeout answer and a close, as HAProxy or Node's own server send to a silent client.
    const rude = https.createServer(
      { cert: readFileSync(pki.chainFile, "utf8"), key: readFileSync(pki.keyFile, "utf8") },
      (_req, res) => res.end("fresh"),
    );
    const idle = new Set<net.Socket>();
    rude.on("secureConnection", (socket: tls.TLSSocket) => {
      if (idle.size === 0) {
        idle.add(socket);
        socket.write("HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
        socket.end();
      }
    });
    await new Promise<void>((resolve) => rude.listen(0, "127.0.0.1", resolve));
    const rudeUrl = `https://127.0.0.1:${(rude.address() as AddressInfo).port}`;
    try {
      await openEarlyConnections({ url: rudeUrl, caPems: [pki.caPem], count: 1 });
      const early = new Promise<void>((resolve) => rude.once("secureConnection", () => resolve()));
      await early;
      // A round trip on a connection of its own (other CAs: it takes no early one) lets this process
      // read what arrived before it, the 408 among it.
      await transport(pki.caPem + other.caPem)({ method: "GET", url: `${rudeUrl}/`, maxBytes: 100 });
      const res = await transport(pki.caPem)({ method: "GET", url: `${rudeUrl}/`, maxBytes: 100 });
      expect(res.status).toBe(200);
      expect(new TextDecoder().decode(res.body)).toBe("fresh");
    } finally {
      rude.closeAllConnections();
      await new Promise<void>((resolve) => rude.close(() => resolve()));
    }
  });

  it("that the server closes once taken are resent on a new connection, as a reused one is", async () => {
    const closing = https.createServer(
      { cert: readFileSync(pki.chainFile, "utf8"), key: readFileSync(pki.keyFile, "utf8") },
      (_req, res) => res.end("fresh"),
    );
    let first = true;
    const closed = new Promise<void>((resolve) =>
      closing.on("secureConnection", (socket: tls.TLSSocket) => {
        if (!first) return;
        first = false;
        socket.destroy();
        resolve();
      }),
    );
    await new Promise<void>((resolve) => closing.listen(0, "127.0.0.1", resolve));
    const closingUrl = `https://127.0.0.1:${(closing.address() as AddressInfo).port}`;
    try {
      await openEarlyConnections({ url: closingUrl, caPems: [pki.caPem], count: 1 });
      await closed;
      // Taken before this process has read the close: the request meets it as it is sent.
      const res = await transport(pki.caPem)({ method: "GET", url: `${closingUrl}/`, maxBytes: 100 });
      expect(new TextDecoder().decode(res.body)).toBe("fresh");
    } finally {
      closing.closeAllConnections();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    }
  });

  it("are closed when no request takes them within 10 s", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    try {
      await connectTo({ count: 2, env: {}, dockerConfigDir: path.join(dir, "none") });
      vi.advanceTimersByTime(10_000);
      expect(await waitingWithDefaultCas()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("never trust CA text that holds other blocks than CERTIFICATE, which a context would trust unseen", async () => {
    // OpenSSL reads a TRUSTED CERTIFICATE block as a CA; the transport trusts CERTIFICATE blocks only.
    const trusted = execFileSync("openssl", ["x509", "-trustout"], { input: pki.caPem }).toString();
    expect(trusted).toContain("BEGIN TRUSTED CERTIFICATE");
    expect(trustOf([other.caPem + trusted])).toBeUndefined();
    await openEarlyConnections({ url, caPems: [other.caPem + trusted], count: 1 });
    expect(await waitingWithDefaultCas()).toBe(0);
    // Through the front end, the text is read as the transport reads it: the server's CA is not
    // trusted, and the request fails as it would have without early connections.
    await connectTo({ ca: { pem: other.caPem + trusted }, count: 1, env: {}, dockerConfigDir: dir });
    const err = await transport(other.caPem)({ method: "GET", url: `${url}/`, maxBytes: 100 }).catch((e: unknown) => e);
    expect((err as ServerError).code).toBe("TLS_WRONG_CA");
  });

  it("leave a CA file that is not a regular file alone (a pipe read here would be empty for the command)", async () => {
    const fifo = path.join(dir, "ca.fifo");
    execFileSync("mkfifo", [fifo]);
    await connectTo({ ca: { file: fifo }, count: 1, env: {}, dockerConfigDir: dir });
    await connectTo({ ca: { file: "/dev/zero" }, count: 1, env: {}, dockerConfigDir: dir });
    rmSync(fifo);
    await connectTo({ ca: { file: path.join(dir, "missing.pem") }, count: 1, env: {}, dockerConfigDir: dir });
    expect(await waitingWithDefaultCas()).toBe(0);
  });

  it("are not opened when a proxy is set or docker keeps CA certificates for the server", async () => {
    const config = path.join(dir, "docker");
    const base = { count: 2, dockerConfigDir: config };
    await connectTo({ ...base, env: { HTTPS_PROXY: "http://127.0.0.1:9" } });
    await connectTo({ ...base, env: { no_proxy: "*", http_proxy: "http://127.0.0.1:9" } });
    expect(await waitingWithDefaultCas()).toBe(0);
    mkdirSync(path.join(config, "tls", new URL(url).host), { recursive: true });
    await connectTo({ ...base, env: {} });
    expect(await waitingWithDefaultCas()).toBe(0);
    rmSync(path.join(config, "tls"), { recursive: true });
    await connectTo({ ...base, env: {} });
    expect(await waitingWithDefaultCas()).toBe(2);
  });
});

describe("the command line's early connections", () => {
  const env = () => ({ DOCKER_CONFIG: path.join(dir, "none") });
  const image = (name: string) => `127.0.0.1:5000/team/${name}:v1`;

  it("are one wave's for a sign, and one wave's per image for verify and inspect", async () => {
    await connectEarlyFromCommandLine(
      ["sign", image("a"), "--signer-key", "k.pem", "--notary-server", url],
      env(),
      dir,
    );
    expect(await waitingWithDefaultCas()).toBe(6);
    await connectEarlyFromCommandLine(
      ["verify", image("a"), image("b"), image("c"), "--notary-server", url],
      env(),
      dir,
    );
    expect(await waitingWithDefaultCas()).toBe(15);
    await connectEarlyFromCommandLine(["inspect", "--json", `--notary-server=${url}`, image("a")], env(), dir);
    expect(await waitingWithDefaultCas()).toBe(5);
  });

  it("for a verify are one wave's per repository, on as few connections as keep the rounds, as its pool", async () => {
    const names = Array.from({ length: 12 }, (_, i) => image(`r${i}`));
    // 12 repositories, one named twice: 60 requests, one round on 60 connections (not 65 on 33).
    const args = ["verify", ...names, names[0]!.replace(/:[^:/]*$/, ":other"), "--notary-server", url];
    await connectEarlyFromCommandLine(args, env(), dir);
    expect(await waitingWithDefaultCas()).toBe(60);
    expect(poolForFirstWaves(args.slice(1, -2), { notaryServer: url })).toBe(60);
    // 20 repositories: 100 requests take two rounds on 64 connections, and on 50.
    const twenty = Array.from({ length: 20 }, (_, i) => image(`t${i}`));
    await connectEarlyFromCommandLine(["verify", ...twenty, "--notary-server", url], env(), dir);
    expect(await waitingWithDefaultCas()).toBe(50);
    expect(poolForFirstWaves(twenty, { notaryServer: url })).toBe(50);
  });

  it("of a sign include its registry's first wave when the registry's scheme is known", async () => {
    const signArgs = (...more: string[]) => [
      "sign",
      `${plainHost}/team/a:v1`,
      "--signer-key",
      "k.pem",
      "--notary-server",
      url,
      ...more,
    ];
    // One request for each tag, and one for the digest given.
    await connectEarlyFromCommandLine(signArgs("--insecure-registry", `other.example,${plainHost}`), env(), dir);
    expect(waitingPlain()).toBe(1);
    expect(await waitingWithDefaultCas()).toBe(6);
    const digest = `sha256:${"a".repeat(64)}`;
    await connectEarlyFromCommandLine(
      signArgs("--insecure-registry", `# ours\n${plainHost}`, "--digest", digest, "--tags", "v2,v1"),
      env(),
      dir,
    );
    expect(waitingPlain()).toBe(3);
    expect(await waitingWithDefaultCas()).toBe(6);
    // An unlisted loopback registry: its scheme is found by trying, so nothing is opened to it.
    await connectEarlyFromCommandLine(signArgs(), env(), dir);
    expect(waitingPlain()).toBe(0);
    expect(await waitingWithDefaultCas()).toBe(6);
    // Inspect and verify do not ask the registry.
    await connectEarlyFromCommandLine(
      ["verify", `${plainHost}/team/a:v1`, "--notary-server", url, "--insecure-registry", plainHost],
      env(),
      dir,
    );
    expect(waitingPlain()).toBe(0);
    expect(await waitingWithDefaultCas()).toBe(5);
  });

  it("start with the scheme the registry client starts with", () => {
    const at = (image: string, insecure: string[] = []) => firstBaseUrl(parseReference(image), insecure);
    expect(at("registry.example:5000/a:v1", ["registry.example:5000"])).toBe("http://registry.example:5000");
    expect(at("registry.example:5000/a:v1", ["http://Registry.Example:5000/"])).toBe("http://registry.example:5000");
    expect(at("registry.example/a:v1")).toBe("https://registry.example");
    expect(at("alpine:3")).toBe("https://registry-1.docker.io");
    expect(at("localhost:5000/a:v1")).toBeUndefined();
    expect(at("127.0.0.1:5000/a:v1", ["ftp://127.0.0.1:5000"])).toBeUndefined();
  });

  it("go to the server the command would use, and to no other", async () => {
    const host = new URL(url).host;
    // The server of each image's registry: only the first image's, with a wave for each of its images.
    await connectEarlyFromCommandLine(["verify", `${host}/a:v1`, "registry.invalid/b:v1", `${host}/c:v1`], env(), dir);
    expect(await waitingWithDefaultCas()).toBe(10);
    await connectEarlyFromCommandLine(
      ["inspect", `${host}/a:v1`],
      { ...env(), DOCKER_CONTENT_TRUST_SERVER: "https://127.0.0.1:9" },
      dir,
    );
    expect(await waitingWithDefaultCas()).toBe(0);
  });

  it("are not opened for a command line the command would refuse, for --help, or for Dockerfiles", async () => {
    const lines = [
      ["sign", image("a"), "--notary-server", url, "--no-such-flag"],
      ["sign", "--help", "--notary-server", url],
      ["verify", "--dockerfile", "Dockerfile", "--notary-server", url],
      ["verify", "--notary-servers", `127.0.0.1:5000=${url}`, image("a")],
      ["sign", "Not/An/Image", "--notary-server", url],
      ["key", "inspect", "k.pem", "--notary-server", url],
      ["verify", "--notary-server", url],
    ];
    for (const argv of lines) await connectEarlyFromCommandLine(argv, env(), dir);
    expect(await waitingWithDefaultCas()).toBe(0);
  });

  it("trust the --ca-cert file, so that the command's transport takes them", async () => {
    const caFile = path.join(dir, "ca.pem");
    writeFileSync(caFile, pki.caPem);
    await connectEarlyFromCommandLine(
      ["inspect", image("a"), "--notary-server", url, "--ca-cert", "ca.pem"],
      env(),
      dir,
    );
    await acceptedCount(5);
    const early = new Set(accepted);
    expect(early.has(await portOfAnswer(transport(pki.caPem)))).toBe(true);
    expect(accepted).toHaveLength(5);
  });
});

describe("the action's early connections", () => {
  const env = (inputs: Record<string, string>) => ({
    DOCKER_CONFIG: path.join(dir, "none"),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });

  it("are one wave's for sign and one wave's per image for verify", async () => {
    await connectEarlyFromInputs("sign", env({ image: "127.0.0.1:5000/a:v1", "notary-server": url }));
    expect(await waitingWithDefaultCas()).toBe(6);
    await connectEarlyFromInputs(
      "sign",
      env({
        image: `${plainHost}/a:v1`,
        "notary-server": url,
        "insecure-registries": `a.example\n${plainHost}`,
        digest: `sha256:${"b".repeat(64)}`,
      }),
    );
    expect(waitingPlain()).toBe(2);
    expect(await waitingWithDefaultCas()).toBe(6);
    await connectEarlyFromInputs(
      "verify",
      env({ images: "127.0.0.1:5000/a:v1\n# a comment\n127.0.0.1:5000/b:v1\n", "notary-server": url }),
    );
    expect(await waitingWithDefaultCas()).toBe(10);
  });

  it("are not opened for a verify whose accept spares any repository the Notary server", async () => {
    const verify = (accept: string) =>
      connectEarlyFromInputs("verify", env({ images: "127.0.0.1:5000/a:v1", "notary-server": url, accept }));
    for (const accept of [
      "cosign",
      "Cosign",
      "127.0.0.1:5000/*=cosign",
      "127.0.0.1:5000/b=notary\n127.0.0.1:5000/*= cosign",
    ])
      await verify(accept);
    expect(await waitingWithDefaultCas()).toBe(0);
    for (const accept of ["any", "127.0.0.1:5000/*=all"]) await verify(accept);
    expect(await waitingWithDefaultCas()).toBe(10);
    await connectEarlyFromCommandLine(
      [
        "verify",
        "127.0.0.1:5000/a:v1",
        "--notary-server",
        url,
        "--accept",
        "127.0.0.1:5000/a=any",
        "--accept",
        "*=cosign",
      ],
      { DOCKER_CONFIG: path.join(dir, "none") },
      dir,
    );
    expect(await waitingWithDefaultCas()).toBe(0);
  });

  it("trust the ca-cert input, so that the action's transport takes them", async () => {
    await connectEarlyFromInputs(
      "sign",
      env({ image: "127.0.0.1:5000/a:v1", "notary-server": url, "ca-cert": pki.caPem }),
    );
    await acceptedCount(6);
    const early = new Set(accepted);
    expect(early.has(await portOfAnswer(transport(parseCaBundle(pki.caPem, "input ca-cert"))))).toBe(true);
    expect(accepted).toHaveLength(6);
  });

  it("are not opened for Dockerfiles, several servers, or an image that does not parse", async () => {
    await connectEarlyFromInputs(
      "verify",
      env({ dockerfile: "Dockerfile", images: "127.0.0.1:5000/a:v1", "notary-server": url }),
    );
    await connectEarlyFromInputs(
      "verify",
      env({ "notary-servers": `127.0.0.1:5000=${url}`, images: "127.0.0.1:5000/a:v1" }),
    );
    await connectEarlyFromInputs("sign", env({ image: "127.0.0.1:5000/UPPER:v1", "notary-server": url }));
    await connectEarlyFromInputs("sign", env({ "notary-server": url }));
    expect(await waitingWithDefaultCas()).toBe(0);
  });
});
