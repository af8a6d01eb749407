// The AWS KMS client behind a forward proxy: the workflows hand the SDK proxy-aware agents as its
// request handler. The KMS (test/stack/fake-kms.ts) and the proxy run on loopback; the KMS is named
// under a test domain that only this proxy resolves, so nothing reaches it but through the proxy.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { proxyConfigFromEnv, type ProxyConfig } from "../../src/net/proxy.js";
import { createKmsSigner, inspectKmsKey, type KmsSignerOptions } from "../../src/signers/kms-signer.js";
import { kmsProxyOptions } from "../../src/workflows/connect.js";
import { FakeKms } from "../stack/fake-kms.js";
import { expectWording } from "../helpers/wording.js";

const credentials = { accessKeyId: "AKIDKMSPROXYTEST", secretAccessKey: "fake-secret-for-kms-proxy" };
const AUTHORIZATION = `Basic ${Buffer.from("ci:proxy-pass").toString("base64")}`;
const kms = new FakeKms();
let kmsPort: number;
let proxyServer: http.Server;
let proxy: ProxyConfig;
/** CONNECT targets and the Proxy-Authorization each carried. */
const tunnels: Array<{ target: string; authorization: string | undefined }> = [];

beforeAll(async () => {
  kmsPort = Number(new URL(await kms.listen()).port);
  proxyServer = http.createServer((_req, res) => res.writeHead(502).end());
  proxyServer.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push({ target: req.url ?? "", authorization: req.headers["proxy-authorization"] });
    if (req.url !== `kms.content-trust.test:${kmsPort}`) return client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    const upstream = net.connect(kmsPort, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxyServer.listen(0, "127.0.0.1", resolve));
  const url = new URL(`http://127.0.0.1:${(proxyServer.address() as AddressInfo).port}`);
  proxy = {
    http: { url, authorization: AUTHORIZATION, secrets: [] },
    https: { url, authorization: AUTHORIZATION, secrets: [] },
  };
});

afterAll(async () => {
  await kms.close();
  proxyServer.closeAllConnections();
  await new Promise<void>((resolve) => proxyServer.close(() => resolve()));
});

afterEach(() => {
  tunnels.length = 0;
});

describe("kmsProxyOptions", () => {
  it("sends the KMS client's calls through the proxy's tunnel, with the proxy credentials", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256" });
    const endpoint = `http://kms.content-trust.test:${kmsPort}`;
    const signer = await createKmsSigner({
      keyId: key.keyId,
      region: kms.region,
      endpoint,
      credentials,
      maxAttempts: 1,
      ...kmsProxyOptions(proxy),
    });
    try {
      expect(signer.keyArn).toBe(key.arn);
      const signature = await signer.sign(new TextEncoder().encode("through the proxy"));
      expect(signature.length).toBe(64);
    } finally {
      signer.close();
    }
    expect(tunnels.length).toBeGreaterThan(0);
    for (const tunnel of tunnels)
      expect(tunnel).toEqual({ target: `kms.content-trust.test:${kmsPort}`, authorization: AUTHORIZATION });
  });

  it("reaches a loopback KMS endpoint directly, as the transport does", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256" });
    const described = await inspectKmsKey({
      keyId: key.keyId,
      region: kms.region,
      endpoint: `http://127.0.0.1:${kmsPort}`,
      credentials,
      maxAttempts: 1,
      ...kmsProxyOptions(proxy),
    });
    expect(described.keyArn).toBe(key.arn);
    expect(tunnels).toEqual([]);
  });

  it("fails a call that would go through a proxy we cannot use at once, with that variable's error, unretried", async () => {
    const key = kms.createKey({ keySpec: "ECC_NIST_P256" });
    const before = kms.calls.length;
    const err = await createKmsSigner({
      keyId: key.keyId,
      region: kms.region,
      endpoint: `http://kms.content-trust.test:${kmsPort}`,
      credentials,
      maxAttempts: 2,
      requestTimeoutMs: 2_000,
      ...kmsProxyOptions(proxyConfigFromEnv({ http_proxy: "socks5://u:socks-pass@socks.content-trust.test:1080" })),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).code).toBe("USAGE");
    expectWording((err as UsageError).message).toMatch(/^http_proxy uses socks5/);
    expect((err as UsageError).message).not.toContain("socks-pass");
    expect(kms.calls.length).toBe(before);
    expect(tunnels).toEqual([]);
  });

  it("adds no handler without a proxy, so the SDK keeps its own", () => {
    expect(kmsProxyOptions(undefined)).toEqual({});
  });

  it("takes no proxy in the signer's own options, even spread in (a type error, so it is never silently dropped)", () => {
    const fromConfig = { proxy };
    // @ts-expect-error the KMS signer reaches a proxy only as requestHandler (kmsProxyOptions)
    const options: KmsSignerOptions = { keyId: "alias/x", ...fromConfig };
    expect(options.keyId).toBe("alias/x");
  });
});
