// A KMS endpoint that takes the connection and never answers, reached by the AWS SDK's own HTTP
// handler (with Node's agents, or with the agents a forward proxy brings): every call is bounded.
import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ServerError } from "../../src/errors.js";
import { createKmsSigner, type KmsSignerOptions } from "../../src/signers/kms-signer.js";
import { proxyConfigFromEnv } from "../../src/net/proxy.js";
import { kmsProxyOptions } from "../../src/workflows/connect.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { parseAccept } from "../../src/workflows/verify-accept.js";
import { runVerify } from "../../src/workflows/run-verify.js";
import { closed, startSilentServer, type SilentServer } from "../helpers/silent-server.js";
import { expectWording } from "../helpers/wording.js";

const credentials = { accessKeyId: "AKIDKMSBOUNDSTEST", secretAccessKey: "never-printed" };
let silent: SilentServer;
let endpoint: string;

beforeAll(async () => {
  silent = await startSilentServer();
  endpoint = `http://${silent.host}`;
});

afterAll(async () => {
  await silent.close();
});

afterEach(() => {
  silent.drop();
});

const options = (extra: Partial<KmsSignerOptions>): KmsSignerOptions => ({
  keyId: "alias/ci",
  region: "us-east-1",
  endpoint,
  credentials,
  retryDelayMs: () => 0,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<ServerError> {
  const err = await promise.then(
    () => expect.fail("expected a failure"),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServerError);
  return err as ServerError;
}

describe("a KMS call to an endpoint that never answers", () => {
  it("ends at the request timeout, is retried, and then fails as KMS_UNREACHABLE", async () => {
    const err = await failure(createKmsSigner(options({ requestTimeoutMs: 200, maxAttempts: 2 })));
    expect(err.code).toBe("KMS_UNREACHABLE");
    expectWording(err.message).toContain("(ETIMEDOUT) after 2 attempts");
    await silent.taken(2);
  });

  it("names the endpoint the SDK took from AWS_ENDPOINT_URL_KMS, not the region", async () => {
    vi.stubEnv("AWS_ENDPOINT_URL_KMS", endpoint);
    try {
      const err = await failure(
        createKmsSigner(options({ endpoint: undefined, requestTimeoutMs: 200, maxAttempts: 1 })),
      );
      expect(err.code).toBe("KMS_UNREACHABLE");
      expectWording(err.message).toContain(`cannot reach ${silent.host} to use AWS KMS key alias/ci (ETIMEDOUT)`);
      await silent.taken(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("is bounded with the agents a forward proxy brings as well", async () => {
    const agent = new http.Agent();
    try {
      const err = await failure(
        createKmsSigner(
          options({ requestHandler: { httpAgent: agent, httpsAgent: agent }, requestTimeoutMs: 200, maxAttempts: 1 }),
        ),
      );
      expect(err.code).toBe("KMS_UNREACHABLE");
      await silent.taken(1);
    } finally {
      agent.destroy();
    }
  });

  it("through a proxy that never answers CONNECT: retried as a timeout, and no connection to the proxy is left open", async () => {
    const proxy = proxyConfigFromEnv({ HTTPS_PROXY: endpoint, HTTP_PROXY: endpoint });
    const err = await failure(
      createKmsSigner(
        options({
          endpoint: "http://kms.example.test",
          // The tunnel's bound passes before the SDK's own connection timeout.
          ...kmsProxyOptions(proxy, 200),
          requestTimeoutMs: 60_000,
          maxAttempts: 2,
        }),
      ),
    );
    expect(err.code).toBe("KMS_UNREACHABLE");
    expectWording(err.message).toContain("(ETIMEDOUT) after 2 attempts");
    await silent.taken(2);
    // A connection left open would keep the process alive after the run.
    await Promise.all(silent.held.map(closed));
  });

  it("is cut short by the run's deadline, whatever is left of its own timeout and attempts", async () => {
    const err = await failure(
      createKmsSigner(
        options({ requestTimeoutMs: 60_000, maxAttempts: 4, deadline: { at: Date.now() + 200, ms: 300_000 } }),
      ),
    );
    expect(err.code).toBe("DEADLINE_EXCEEDED");
    expectWording(err.message).toBe(
      "kms:GetPublicKey on AWS KMS key alias/ci was cut short: the run's deadline of 300 s passed",
    );
  });

  it("is not started once the run's deadline has passed", async () => {
    const err = await failure(createKmsSigner(options({ deadline: { at: Date.now() - 1, ms: 300_000 } })));
    expect(err.code).toBe("DEADLINE_EXCEEDED");
    expect(silent.held).toHaveLength(0);
  });

  it("is bounded by the deadline of the sign that loads the key", async () => {
    const err = await failure(
      runSign(
        {
          image: "127.0.0.1:1/team/app:v1",
          tags: [],
          notaryServer: "https://127.0.0.1:1",
          awsKmsKey: "alias/ci",
          awsRegion: "us-east-1",
          signerName: "ci",
          deadlineMs: 200,
        },
        { kms: { endpoint, credentials } },
      ),
    );
    expect(err.code).toBe("DEADLINE_EXCEEDED");
    await silent.taken(1);
  });

  it("is bounded by the deadline of the verify that reads a cosign key from KMS", async () => {
    const err = await failure(
      runVerify(
        {
          images: "127.0.0.1:1/team/app:v1",
          notaryServer: "https://127.0.0.1:1",
          cosignKey: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          // Read when an image needs a cosign signature checked.
          accept: parseAccept("cosign", "accept"),
          deadlineMs: 200,
          cwd: process.cwd(),
        },
        { kms: { endpoint, credentials, requestTimeoutMs: 60_000, retryDelayMs: () => 0 } },
      ),
    );
    expect(err.code).toBe("DEADLINE_EXCEEDED");
    expectWording(err.message).toContain("kms:GetPublicKey on AWS KMS key arn:aws:kms:us-east-1:");
    await silent.taken(1);
  });
});

describe("a KMS call through a proxy that refuses the tunnel", () => {
  it("names the proxy, not KMS: 407 as credentials for the proxy, another answer as not KMS's", async () => {
    let answer = "";
    const proxyServer = http.createServer();
    proxyServer.on("connect", (_req, socket: import("node:net").Socket) => {
      socket.end(answer);
    });
    await new Promise<void>((resolve) => proxyServer.listen(0, "127.0.0.1", resolve));
    const proxyUrl = `http://127.0.0.1:${(proxyServer.address() as import("node:net").AddressInfo).port}`;
    try {
      const proxy = proxyConfigFromEnv({ HTTPS_PROXY: proxyUrl });
      const through = () =>
        createKmsSigner(options({ endpoint: "https://kms.example.test", ...kmsProxyOptions(proxy), maxAttempts: 1 }));
      answer = "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n";
      const auth = await failure(through());
      expect(auth.code).toBe("PROXY_AUTH");
      answer =
        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: 15\r\n\r\n<html>no</html>";
      const refused = await failure(through());
      expect(refused.code).toBe("PROXY_REFUSED");
      expectWording(refused.message).toContain("was answered HTTP 500 by something that is not AWS KMS");
    } finally {
      proxyServer.closeAllConnections();
      await new Promise<void>((resolve) => proxyServer.close(() => resolve()));
    }
  });
});
