// Signing, verifying and KMS signing through a real forward proxy (squid) that demands credentials.
// The notary-server, the registry and the KMS are named under content-trust.test, which only the
// proxy resolves: a request that bypassed the proxy could not reach its server, so each success
// shows that every request of the run went through it; the proxy's access log shows them.
import dns from "node:dns/promises";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import tls from "node:tls";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerError, UsageError } from "../../src/errors.js";
import { isLoopbackHost, proxyConfigFromEnv } from "../../src/net/proxy.js";
import { inspectKmsKey } from "../../src/signers/kms-signer.js";
import { parseReference } from "../../src/registry/reference.js";
import { connect } from "../../src/workflows/connect.js";
import { runMigrate } from "../../src/workflows/run-migrate.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { runVerify } from "../../src/workflows/run-verify.js";
import { parseAccept } from "../../src/workflows/verify-accept.js";
import { leakedSecrets, runAction } from "../helpers/runner.js";
import { runCli } from "../helpers/admin.js";
import { FakeKms } from "../stack/fake-kms.js";
import { startProxy } from "../stack/proxy.js";
import { PROXIED_DOMAIN, startForwardProxy, type ForwardProxy, type ProxyLogEntry } from "../stack/forward-proxy.js";
import { DEFAULT_REPOSITORY_PASSPHRASE, DockerTrust } from "../stack/go-clients.js";
import { createPki } from "../stack/pki.js";
import { freePort } from "../stack/processes.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";

const stack = useStack();
const NOTARY = `notary.${PROXIED_DOMAIN}`;
const REGISTRY = `registry.${PROXIED_DOMAIN}`;
const KMS = `kms.${PROXIED_DOMAIN}`;
const AUTH_NOTARY = `auth-notary.${PROXIED_DOMAIN}`;
const TOKENS = `tokens.${PROXIED_DOMAIN}`;
const PROXY_PASSWORD = "proxy-pass-5b1f0c9e";
const notaryPort = new URL(stack.notary.local.url).port;
const registryPort = new URL(stack.registry.url).port;
const notaryUrl = `https://${NOTARY}:${notaryPort}`;
const registryHost = `${REGISTRY}:${registryPort}`;
const kmsCredentials = { accessKeyId: "AKIDPROXYTEST", secretAccessKey: "fake-secret-for-proxy-test" };

let proxy: ForwardProxy;
let proxyEnv: Record<string, string>;
let docker: DockerTrust;
const kms = new FakeKms();
let kmsPort: string;

beforeAll(async () => {
  proxy = await startForwardProxy({
    names: [NOTARY, REGISTRY, KMS, AUTH_NOTARY, TOKENS],
    credentials: { user: "ci", password: PROXY_PASSWORD },
  });
  const withCredentials = proxy.url.replace("http://", `http://ci:${PROXY_PASSWORD}@`);
  proxyEnv = { HTTPS_PROXY: withCredentials, http_proxy: withCredentials };
  docker = await DockerTrust.create({ serverUrl: stack.notary.local.url, caPem: stack.caPem });
  const [cert, key] = await Promise.all([readFile(stack.certFile, "utf8"), readFile(stack.keyFile, "utf8")]);
  kmsPort = new URL(await kms.listen({ cert, key })).port;
});
afterAll(async () => {
  await proxy?.stop();
  await kms.close();
  await docker?.dispose();
});

/** A repository named under the proxied registry name, with signer NAME added (directly, by docker) and v1 pushed. */
async function proxiedRepo(prefix: string, signer: string, registry = registryHost) {
  const repo = uniqueRepo(prefix);
  const gun = `${registry}/${repo}`;
  const pushed = await pushImage(stack.registry.url, repo, "v1");
  const key = await docker.keyGenerate(signer, path.join(docker.configDir, "keys", repo));
  await docker.signerAdd(signer, gun, key.pubPath);
  return { repo, gun, pushed, keyText: await readFile(key.privateKeyPath, "utf8") };
}

/**
 * A proxy's side of one CONNECT: the tunnel goes to the asked port on 127.0.0.1, whatever host was
 * asked for (the names and addresses these tests use stand for servers on this machine).
 */
function tunnelToLoopback(socket: net.Socket): void {
  socket.once("data", (head: Buffer) => {
    const port = Number(/^CONNECT [^ ]+:(\d+) /.exec(head.toString())?.[1]);
    const upstream = net.connect(port, "127.0.0.1", () => {
      socket.write("HTTP/1.1 200 Connection established\r\n\r\n");
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
  });
}

const connectsTo = (host: string) => (e: ProxyLogEntry) => e.method === "CONNECT" && e.target === host;
const forwardedTo = (host: string) => (e: ProxyLogEntry) => e.method !== "CONNECT" && e.host === host;

describe("through a forward proxy (HTTPS_PROXY, HTTP_PROXY with credentials)", () => {
  it("the sign and verify actions reach the notary-server (CONNECT) and the registry (absolute form) only through the proxy, and never show its password", async () => {
    const { gun, pushed, keyText } = await proxiedRepo("proxy-action", "proxied");
    const before = proxy.log().length;
    const inputs = { "notary-server": notaryUrl, "ca-cert": stack.caPem, "insecure-registries": registryHost };
    const signed = await runAction(
      ".",
      { image: `${gun}:v1`, "signer-key": keyText, "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE, ...inputs },
      { ...proxyEnv, ACTIONS_STEP_DEBUG: "true" },
    );
    expect(signed.code, signed.stdout + signed.stderr).toBe(0);
    expect(signed.outputs.digest).toBe(pushed.digest);
    expect(leakedSecrets([signed.stdout, signed.stderr, signed.summary].join("\n"), [PROXY_PASSWORD])).toEqual([]);
    expect(signed.stdout).toContain(`::add-mask::${PROXY_PASSWORD}`);

    const verified = await runAction("verify", { images: `${gun}:v1`, ...inputs }, proxyEnv);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);

    const entries = (
      await proxy.waitForLog((log) => log.slice(before).filter(connectsTo(`${NOTARY}:${notaryPort}`)).length >= 2)
    ).slice(before);
    expect(entries.filter(connectsTo(`${NOTARY}:${notaryPort}`)).length).toBeGreaterThanOrEqual(2);
    expect(entries.filter(forwardedTo(registryHost)).map((e) => `${e.method} ${new URL(e.target).pathname}`)).toContain(
      `GET /v2/${gun.slice(registryHost.length + 1)}/manifests/v1`,
    );
    expect(
      entries.every((e) => /\/(200|201|202|404)$/.test(e.result)),
      JSON.stringify(entries),
    ).toBe(true);
    const [inspection] = await docker.inspect(gun);
    expect(inspection?.SignedTags).toEqual([{ SignedTag: "v1", Digest: pushed.digest.slice(7), Signers: ["proxied"] }]);
  });

  it("signs with an AWS KMS key whose endpoint, like the notary-server and the registry, only the proxy reaches", async () => {
    const repo = uniqueRepo("proxy-kms");
    const gun = `${registryHost}/${repo}`;
    const pushed = await pushImage(stack.registry.url, repo, "v1");
    const key = kms.createKey({ keySpec: "ECC_NIST_P256", alias: `alias/${repo.replace(/\W/g, "-")}` });
    // The admin adds the key directly (loopback, no proxy); the signing run below goes through the proxy.
    const inspected = await inspectKmsKey({
      keyId: key.alias!,
      region: kms.region,
      endpoint: `https://127.0.0.1:${kmsPort}`,
      credentials: kmsCredentials,
      role: "kmsbot",
    });
    const pubPath = path.join(docker.configDir, `${repo.replace(/\W/g, "-")}.pub`);
    await writeFile(pubPath, inspected.publicKeyPem);
    await docker.signerAdd("kmsbot", gun, pubPath);

    const before = proxy.log().length;
    const signs = kms.callsOf("Sign").length;
    const result = await runSign(
      {
        image: `${gun}:v1`,
        tags: [],
        awsKmsKey: key.alias!,
        awsRegion: kms.region,
        signerName: "kmsbot",
        notaryServer: notaryUrl,
        caPem: stack.caPem,
        insecureRegistries: [registryHost],
        proxy: proxyConfigFromEnv(proxyEnv)!,
      },
      { kms: { endpoint: `https://${KMS}:${kmsPort}`, credentials: kmsCredentials } },
    );
    expect(result).toMatchObject({ digest: pushed.digest, signer: "kmsbot", published: true });
    expect(kms.callsOf("Sign").length).toBeGreaterThan(signs);
    const entries = (
      await proxy.waitForLog((log) =>
        [`${KMS}:${kmsPort}`, `${NOTARY}:${notaryPort}`].every((host) => log.slice(before).some(connectsTo(host))),
      )
    ).slice(before);
    expect(entries.some(connectsTo(`${KMS}:${kmsPort}`)), JSON.stringify(entries)).toBe(true);
    expect(entries.some(connectsTo(`${NOTARY}:${notaryPort}`))).toBe(true);
    expect(entries.some(forwardedTo(registryHost))).toBe(true);
  });

  it("migrate's AWS KMS key and verify's cosign-key KMS ARN are reached through the proxy too", async () => {
    const { gun } = await proxiedRepo("proxy-kms-migrate", "alice");
    const key = kms.createKey({ keySpec: "ECC_NIST_P256" });
    const hooks = { kms: { endpoint: `https://${KMS}:${kmsPort}`, credentials: kmsCredentials } };
    const connection = {
      notaryServer: notaryUrl,
      caPem: stack.caPem,
      insecureRegistries: [registryHost],
      proxy: proxyConfigFromEnv(proxyEnv)!,
    };
    const reads = kms.callsOf("GetPublicKey").length;
    // A key no signer of the repository holds: refused, once its public key was read through the proxy.
    const migrated = runMigrate({ ...connection, repository: gun, awsKmsKey: key.arn, dryRun: true }, hooks);
    await expect(migrated).rejects.toMatchObject({ code: "KEY_NOT_IN_ROLE" });
    expect(kms.callsOf("GetPublicKey").length).toBe(reads + 1);
    // Only whether the key was read matters here: the image carries no cosign signature.
    await runVerify(
      {
        ...connection,
        images: `${gun}:v1`,
        cwd: os.tmpdir(),
        cosignKey: key.arn,
        accept: parseAccept("cosign", "accept"),
      },
      hooks,
    ).catch(() => undefined);
    expect(kms.callsOf("GetPublicKey").length).toBe(reads + 2);
  });

  it("sends nothing for a NO_PROXY host through the proxy, while the notary-server still goes through it (CLI)", async () => {
    // The machine's own name resolves (from /etc/hosts) to loopback without being a loopback literal,
    // so only NO_PROXY keeps it from the proxy; the proxy could not resolve it.
    const own = os.hostname().toLowerCase();
    const { address } = await dns.lookup(own);
    expect(
      isLoopbackHost(address),
      `${own} must resolve to a loopback address for this test (it resolves to ${address})`,
    ).toBe(true);
    expect(isLoopbackHost(own)).toBe(false);
    const direct = `${own}:${registryPort}`;
    const { gun, pushed, keyText } = await proxiedRepo("proxy-noproxy", "direct", direct);
    const keyFile = path.join(docker.configDir, `${gun.replace(/\W/g, "-")}.key`);
    await writeFile(keyFile, keyText);
    const caFile = path.join(docker.configDir, "proxy-ca.pem");
    await writeFile(caFile, stack.caPem);

    const before = proxy.log().length;
    const run = await runCli(
      [
        "sign",
        `${gun}:v1`,
        "--signer-key",
        keyFile,
        "--notary-server",
        notaryUrl,
        "--ca-cert",
        caFile,
        "--insecure-registry",
        direct,
        "--trust-dir",
        path.join(docker.configDir, "noproxy-trust"),
      ],
      { ...proxyEnv, NO_PROXY: `example.invalid, ${own}`, CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(pushed.digest);
    const entries = (
      await proxy.waitForLog((log) => log.slice(before).some(connectsTo(`${NOTARY}:${notaryPort}`)))
    ).slice(before);
    expect(entries.some(connectsTo(`${NOTARY}:${notaryPort}`))).toBe(true);
    expect(
      entries.filter((e) => e.host.toLowerCase().startsWith(`${own}:`) || e.target.toLowerCase().includes(`//${own}:`)),
    ).toEqual([]);
  });
});

describe("a proxy variable we cannot use (http_proxy naming a SOCKS proxy)", () => {
  it("leaves https requests to HTTPS_PROXY, and fails only a request that would take it, without its password", async () => {
    const { gun, pushed, keyText } = await proxiedRepo("proxy-socks", "socks");
    const keyFile = path.join(docker.configDir, "socks.key");
    const caFile = path.join(docker.configDir, "socks-ca.pem");
    await Promise.all([writeFile(keyFile, keyText), writeFile(caFile, stack.caPem)]);
    const common = ["--notary-server", notaryUrl, "--ca-cert", caFile, "--insecure-registry", registryHost];
    const signed = await runCli(
      ["sign", `${gun}:v1`, "--signer-key", keyFile, ...common, "--trust-dir", path.join(docker.configDir, "socks-0")],
      { ...proxyEnv, CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(signed.code, signed.stderr).toBe(0);

    const env = {
      HTTPS_PROXY: proxyEnv.HTTPS_PROXY!,
      http_proxy: "socks5://sockuser:socks-secret-77@socks.invalid:1080",
    };
    const before = proxy.log().length;
    const inspected = await runCli(
      ["inspect", gun, ...common, "--trust-dir", path.join(docker.configDir, "socks-1")],
      env,
    );
    expect(inspected.code, inspected.stderr).toBe(0);
    expect(inspected.stdout).toContain(pushed.digest.replace(/^sha256:/, ""));
    // squid writes its access log a moment after the run: wait for the line (bounded) rather than
    // read the log as it stands.
    const seen = await proxy.waitForLog((log) => log.slice(before).some(connectsTo(`${NOTARY}:${notaryPort}`)));
    expect(seen.slice(before).some(connectsTo(`${NOTARY}:${notaryPort}`))).toBe(true);

    // The registry is plain HTTP here: a sign's registry requests would take http_proxy.
    const resigned = await runCli(
      ["sign", `${gun}:v1`, "--signer-key", keyFile, ...common, "--trust-dir", path.join(docker.configDir, "socks-2")],
      { ...env, CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(resigned.code).not.toBe(0);
    expect(resigned.stderr).toMatch(
      new RegExp(
        `http_proxy uses socks5, which is not supported, and a request to ${registryHost} would go through it`,
      ),
    );
    expect(resigned.stderr).toMatch(/or exempt \S+ in NO_PROXY/);
    expect(leakedSecrets(resigned.stdout + resigned.stderr, ["socks-secret-77"])).toEqual([]);
  });
});

describe("token auth and proxy credentials through the forward proxy", () => {
  it("fetches the token from the realm the server names, through the proxy as well", async () => {
    const [cert, key] = await Promise.all([readFile(stack.certFile, "utf8"), readFile(stack.keyFile, "utf8")]);
    const front = await startProxy({
      upstream: stack.notary.local.url,
      upstreamCa: stack.caPem,
      tls: { cert, key },
      auth: { scheme: "bearer", username: "signer", password: "registry-pass-0d4e" },
      realmHost: TOKENS,
    });
    try {
      const frontPort = new URL(front.url).port;
      const { gun, pushed, keyText } = await proxiedRepo("proxy-token", "tokenbot");
      const before = proxy.log().length;
      const result = await runSign({
        image: `${gun}:v1`,
        tags: [],
        signerKey: keyText,
        signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
        notaryServer: `https://${AUTH_NOTARY}:${frontPort}`,
        caPem: stack.caPem,
        credentials: { username: "signer", password: "registry-pass-0d4e" },
        insecureRegistries: [registryHost],
        proxy: proxyConfigFromEnv(proxyEnv)!,
      });
      expect(result).toMatchObject({ digest: pushed.digest, published: true });
      expect(front.auth!.issued.length).toBeGreaterThan(0);
      const entries = (
        await proxy.waitForLog((log) =>
          [TOKENS, AUTH_NOTARY].every((name) => log.slice(before).some(connectsTo(`${name}:${frontPort}`))),
        )
      ).slice(before);
      expect(entries.some(connectsTo(`${TOKENS}:${frontPort}`)), JSON.stringify(entries)).toBe(true);
      expect(entries.some(connectsTo(`${AUTH_NOTARY}:${frontPort}`))).toBe(true);
    } finally {
      await front.close();
    }
  });

  it("a plain-HTTP proxy written as https:// is named as such, not blamed on the server's certificate", async () => {
    const conn = connect(parseReference(`${registryHost}/any/repo:v1`), {
      notaryServer: notaryUrl,
      caPem: stack.caPem,
      proxy: proxyConfigFromEnv({ HTTPS_PROXY: proxy.url.replace("http://", "https://") })!,
    });
    try {
      const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "USAGE" });
      expect(String((err as Error).message)).toMatch(
        new RegExp(
          `^the proxy ${new URL(proxy.url).host.replace(/[.]/g, "\\.")} speaks plain HTTP, but its URL says https://`,
        ),
      );
      expect((err as UsageError).hint).toBe(`write the proxy URL as http://${new URL(proxy.url).host}`);
    } finally {
      conn.close();
    }
  });

  it("through a TLS proxy, a plain-HTTP server written as https:// is not blamed on the proxy", async () => {
    // A genuine TLS proxy (the stack's certificate, which the test workers trust) that answers
    // plain HTTP on its port with 400, as nginx and Go's net/http do; CONNECT goes to 127.0.0.1.
    const plainServer = http.createServer((_req, res) => res.end("{}"));
    await new Promise<void>((resolve) => plainServer.listen(0, "127.0.0.1", resolve));
    const plainPort = (plainServer.address() as AddressInfo).port;
    const tlsSide = tls.createServer(
      { cert: await readFile(stack.certFile), key: await readFile(stack.keyFile) },
      (socket) => tunnelToLoopback(socket),
    );
    const tlsProxy = net.createServer((socket) =>
      socket.once("readable", () => {
        const first = socket.read(1) as Buffer | null;
        if (!first) return;
        socket.unshift(first);
        if (first[0] === 0x16) tlsSide.emit("connection", socket);
        else socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      }),
    );
    await new Promise<void>((resolve) => tlsProxy.listen(0, "127.0.0.1", resolve));
    const conn = connect(parseReference("registry.tls-proxy.test/any/repo:v1"), {
      notaryServer: `https://notary.tls-proxy.test:${plainPort}`,
      proxy: proxyConfigFromEnv({ HTTPS_PROXY: `https://127.0.0.1:${(tlsProxy.address() as AddressInfo).port}` })!,
      deadlineMs: 8_000,
    });
    try {
      const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServerError);
      expect(String((err as Error).message)).toContain("notary.tls-proxy.test");
      expect(String((err as Error).message)).not.toContain("speaks plain HTTP, but its URL says https://");
    } finally {
      conn.close();
      await new Promise((resolve) => tlsProxy.close(resolve));
      await new Promise((resolve) => plainServer.close(resolve));
    }
  });

  it("a host NO_PROXY sends past the proxy and that cannot be reached directly: says NO_PROXY sent it there", async () => {
    // A name only a proxy could resolve (.invalid never resolves), exempted from the proxy.
    const conn = connect(parseReference("registry.notary-only.invalid/any/repo:v1"), {
      notaryServer: "https://notary.notary-only.invalid",
      proxy: proxyConfigFromEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: ".notary-only.invalid" })!,
      deadlineMs: 5_000,
    });
    try {
      const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "UNREACHABLE" });
      expect(String((err as Error).message)).toMatch(/\(ENOTFOUND\), directly: NO_PROXY lists it/);
      expect((err as ServerError).hint).toBe(
        "if only the proxy reaches notary.notary-only.invalid, take it out of NO_PROXY",
      );
    } finally {
      conn.close();
    }
  });

  it("an https:// proxy's certificate is checked with the CA certificates given and named when they do not cover it; an inspecting proxy is hinted at", async () => {
    // A TLS proxy whose certificate comes from a CA of its own, which nothing trusts by default; it
    // opens each CONNECT tunnel to the same port on 127.0.0.1.
    const proxyPki = await createPki();
    const [proxyCert, proxyKey] = await Promise.all([readFile(proxyPki.certFile), readFile(proxyPki.keyFile)]);
    const tlsProxy = tls.createServer({ cert: proxyCert, key: proxyKey }, (socket) => tunnelToLoopback(socket));
    await new Promise<void>((resolve) => tlsProxy.listen(0, "127.0.0.1", resolve));
    const proxyHost = `127.0.0.1:${(tlsProxy.address() as AddressInfo).port}`;
    const rootOf = async (caPem: string) => {
      const conn = connect(parseReference(`${registryHost}/${uniqueRepo("tls-proxy")}:v1`), {
        notaryServer: notaryUrl,
        caPem,
        proxy: proxyConfigFromEnv({ HTTPS_PROXY: `https://${proxyHost}` })!,
        deadlineMs: 8_000,
      });
      try {
        return await conn.notary.getMetadata("root").catch((e: unknown) => e);
      } finally {
        conn.close();
      }
    };
    try {
      // The server's CA alone: the proxy's handshake fails, and the proxy is named, not the server.
      const refused = await rootOf(stack.caPem);
      expect(refused).toMatchObject({ code: "TLS_WRONG_CA" });
      expect(String((refused as Error).message)).toContain(`the certificate of the proxy ${proxyHost}`);
      expect(String((refused as Error).message)).not.toContain(`the certificate of ${NOTARY}`);
      // Both CAs given: the proxy is trusted and the server answers: a new repository has no root.
      const answered = await rootOf(stack.caPem + proxyPki.caPem);
      expect(answered).toBeUndefined();
      // An http:// proxy that inspects TLS: it answers the server's handshake with its own CA's
      // certificate. The server is named, and the hint says where such a certificate comes from.
      const inspecting = net.createServer((socket) =>
        socket.once("data", () => {
          socket.write("HTTP/1.1 200 Connection established\r\n\r\n");
          const fake = new tls.TLSSocket(socket, {
            isServer: true,
            secureContext: tls.createSecureContext({ cert: proxyCert, key: proxyKey }),
          });
          fake.on("error", () => socket.destroy());
        }),
      );
      await new Promise<void>((resolve) => inspecting.listen(0, "127.0.0.1", resolve));
      const inspectingHost = `127.0.0.1:${(inspecting.address() as AddressInfo).port}`;
      try {
        const conn = connect(parseReference(`${registryHost}/any/repo:v1`), {
          notaryServer: notaryUrl,
          caPem: stack.caPem,
          proxy: proxyConfigFromEnv({ HTTPS_PROXY: `http://${inspectingHost}` })!,
          deadlineMs: 8_000,
        });
        const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
        conn.close();
        expect(err).toMatchObject({ code: "TLS_WRONG_CA" });
        expect(String((err as Error).message)).toContain(`the certificate of ${NOTARY}`);
        expect((err as ServerError).hint).toContain(`through the proxy ${inspectingHost}: if it inspects TLS`);
      } finally {
        await new Promise((resolve) => inspecting.close(resolve));
      }
    } finally {
      await new Promise((resolve) => tlsProxy.close(resolve));
      await proxyPki.dispose();
    }
  });

  it("through a proxy, a server given by IP address is checked against that address, not the proxy's name", async () => {
    // A proxy that opens every tunnel to the notary-server on 127.0.0.1, whatever address it was asked for:
    // the server's certificate names 127.0.0.1 (the proxy's address here) and not 192.0.2.2.
    const redirecting = net.createServer((socket) => tunnelToLoopback(socket));
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    const conn = connect(parseReference(`${registryHost}/any/repo:v1`), {
      notaryServer: `https://192.0.2.2:${notaryPort}`,
      caPem: stack.caPem,
      proxy: proxyConfigFromEnv({ HTTPS_PROXY: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}` })!,
      deadlineMs: 8_000,
    });
    try {
      const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "TLS_HOSTNAME" });
      expect(String((err as Error).message)).toContain("the certificate of 192.0.2.2");
    } finally {
      conn.close();
      await new Promise((resolve) => redirecting.close(resolve));
    }
  });

  it("a proxy that takes only Negotiate or NTLM is said to, rather than asked for a password", async () => {
    const negotiating = net.createServer((socket) =>
      socket.once("data", () =>
        socket.end(
          "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\nProxy-Authenticate: NTLM\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        ),
      ),
    );
    await new Promise<void>((resolve) => negotiating.listen(0, "127.0.0.1", resolve));
    const host = `127.0.0.1:${(negotiating.address() as AddressInfo).port}`;
    try {
      for (const proxyUrl of [`http://${host}`, `http://ci:${PROXY_PASSWORD}@${host}`]) {
        const conn = connect(parseReference(`${registryHost}/any/repo:v1`), {
          notaryServer: notaryUrl,
          caPem: stack.caPem,
          proxy: proxyConfigFromEnv({ HTTPS_PROXY: proxyUrl })!,
        });
        const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
        conn.close();
        expect(err).toMatchObject({ code: "PROXY_AUTH", status: 407 });
        expect(String((err as Error).message)).toContain(`the proxy ${host} wants Negotiate or NTLM authentication`);
        expect((err as ServerError).hint).not.toMatch(/USER:PASSWORD|check the user name/);
      }
    } finally {
      await new Promise((resolve) => negotiating.close(resolve));
    }
  });

  it("a proxy that cannot connect to the server (5xx to CONNECT) is named, and the server is not blamed", async () => {
    // A port nothing listens on, behind a name only the proxy resolves: squid answers 503.
    const closed = await freePort();
    const conn = connect(parseReference(`${registryHost}/any/repo:v1`), {
      notaryServer: `https://${NOTARY}:${closed}`,
      caPem: stack.caPem,
      proxy: proxyConfigFromEnv({ HTTPS_PROXY: proxy.url.replace("http://", `http://ci:${PROXY_PASSWORD}@`) })!,
      deadlineMs: 20_000,
    });
    try {
      const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
      // Retried as an unreachable server is, and named as the proxy's answer.
      expect(err).toMatchObject({ code: "UNREACHABLE" });
      expect((err as ServerError).status).toBeGreaterThanOrEqual(500);
      expect(String((err as Error).message)).toContain(
        `the proxy ${new URL(proxy.url).host} could not connect to ${NOTARY}:${closed}`,
      );
      expect(String((err as Error).message)).not.toContain(PROXY_PASSWORD);
    } finally {
      conn.close();
    }
  });

  it("reports a proxy that refuses the credentials as PROXY_AUTH, once, without the password", async () => {
    const wrong = proxy.url.replace("http://", "http://ci:not-the-proxy-password@");
    const conn = connect(parseReference(`${registryHost}/any/repo:v1`), {
      notaryServer: notaryUrl,
      caPem: stack.caPem,
      proxy: proxyConfigFromEnv({ HTTPS_PROXY: wrong })!,
    });
    try {
      const started = performance.now();
      const err = await conn.notary.getMetadata("root").catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "PROXY_AUTH", status: 407 });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(String((err as Error).message)).toContain(
        `the proxy ${new URL(proxy.url).host} refused the credentials in the proxy URL (407)`,
      );
      expect(JSON.stringify(err) + String((err as Error).message)).not.toContain("not-the-proxy-password");
    } finally {
      conn.close();
    }
  });
});

describe("a plain-HTTP registry that is not loopback", () => {
  it("fails once, in under a second, naming the insecure-registries input (action) and --insecure-registry (CLI)", async () => {
    const { gun, keyText } = await proxiedRepo("proxy-plain", "plain");
    const ref = parseReference(`${gun}:v1`);
    const conn = connect(ref, { notaryServer: notaryUrl, caPem: stack.caPem, proxy: proxyConfigFromEnv(proxyEnv)! });
    const before = proxy.log().length;
    const started = performance.now();
    const err = await conn.registry.resolve(ref).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    conn.close();
    expect(err).toMatchObject({ code: "REGISTRY_PLAIN_HTTP" });
    console.log(`non-loopback plain-HTTP registry refused through the proxy in ${Math.round(elapsed)} ms`);
    expect(elapsed).toBeLessThan(1000);
    // One TLS attempt (CONNECT) and the one plain-HTTP HEAD that identified the server: no retry.
    const entries = (
      await proxy.waitForLog(
        (log) => log.slice(before).some(connectsTo(registryHost)) && log.slice(before).some(forwardedTo(registryHost)),
      )
    ).slice(before);
    expect(entries.filter(connectsTo(registryHost))).toHaveLength(1);
    expect(entries.filter(forwardedTo(registryHost)).map((e) => e.method)).toEqual(["HEAD"]);

    const action = await runAction(
      ".",
      {
        image: `${gun}:v1`,
        "signer-key": keyText,
        "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
        "notary-server": notaryUrl,
        "ca-cert": stack.caPem,
      },
      proxyEnv,
    );
    expect(action.code).toBe(1);
    expect(action.stdout).toMatch(
      new RegExp(
        `^::error::registry ${registryHost.replace(/\./g, "\\.")} speaks plain HTTP.*add ${registryHost.replace(/\./g, "\\.")} to the insecure-registries input`,
        "m",
      ),
    );
    expect(action.stdout).not.toMatch(/tried \d+ times/);

    const keyFile = path.join(docker.configDir, "plain.key");
    await writeFile(keyFile, keyText);
    const caFile = path.join(docker.configDir, "plain-ca.pem");
    await writeFile(caFile, stack.caPem);
    const cli = await runCli(
      ["sign", `${gun}:v1`, "--signer-key", keyFile, "--notary-server", notaryUrl, "--ca-cert", caFile],
      { ...proxyEnv, CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`pass --insecure-registry ${registryHost}`);
  });
});
