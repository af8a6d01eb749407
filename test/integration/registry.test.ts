// RegistryClient, AuthSession and the transport against the real docker-registry (distribution 2.8):
// the shared stack's registry (no auth) for every manifest kind, and one started here with token
// auth, whose tokens (ES256 JWTs with an x5c chain) come from a tiny token server in this process.
import { createHash, createPrivateKey, randomUUID, sign } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { AuthSession } from "../../src/net/auth.js";
import type { ResolvedCredentials } from "../../src/net/credentials.js";
import { createTransport } from "../../src/net/http.js";
import { withRetries } from "../../src/net/retry.js";
import { MEDIA_TYPES, RegistryClient } from "../../src/registry/client.js";
import { parseReference } from "../../src/registry/reference.js";
import { httpGet } from "../stack/http-get.js";
import { buildImage } from "../stack/image.js";
import { createPki, type Pki } from "../stack/pki.js";
import { delay, freePort, startService, type Service } from "../stack/processes.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { makeTempDir, removeTempDir } from "../stack/temp-dir.js";

const stack = useStack();
const transport = createTransport({ timeoutMs: 10_000 });
afterAll(() => transport.close());

describe("RegistryClient against docker-registry", () => {
  const client = new RegistryClient({ transport: withRetries(transport), insecureHosts: [stack.registry.host] });

  it.each([
    ["docker", MEDIA_TYPES.dockerManifest],
    ["oci", MEDIA_TYPES.ociManifest],
    ["index", MEDIA_TYPES.ociIndex],
    ["manifest-list", MEDIA_TYPES.dockerManifestList],
  ] as const)(
    "resolves a pushed %s image by tag and by digest to the bytes the registry stores",
    async (kind, mediaType) => {
      const repo = uniqueRepo(`resolve-${kind}`);
      const pushed = await pushImage(stack.registry.url, repo, "v1", { kind });
      const byTag = await client.resolve(parseReference(`${stack.registry.host}/${repo}:v1`));
      expect(byTag).toEqual({
        digest: pushed.digest,
        size: pushed.size,
        mediaType,
        bytes: new Uint8Array(pushed.bytes),
      });
      const byDigest = await client.resolve(parseReference(`${stack.registry.host}/${repo}@${pushed.digest}`));
      expect(byDigest.digest).toBe(pushed.digest);
      expect(byDigest.size).toBe(pushed.size);
    },
  );

  it("reports a missing tag and a missing repository as MANIFEST_UNKNOWN", async () => {
    const repo = uniqueRepo("missing");
    await pushImage(stack.registry.url, repo, "v1");
    const tag = await client
      .resolve(parseReference(`${stack.registry.host}/${repo}:nope`))
      .catch((e: ServerError) => e);
    expect(tag).toMatchObject({
      code: "MANIFEST_UNKNOWN",
      message: `${stack.registry.host}/${repo}:nope not found in the registry`,
    });
    const name = await client
      .resolve(parseReference(`${stack.registry.host}/test/never-pushed:v1`))
      .catch((e: ServerError) => e);
    expect(name).toMatchObject({ code: "MANIFEST_UNKNOWN" });
  });
});

describe("transport TLS", () => {
  it("trusts notary-server (Go TLS) through caPem", async () => {
    const t = createTransport({ caPem: stack.caPem });
    try {
      expect(
        (await t({ method: "GET", url: `${stack.notary.local.url}/_notary_server/health`, maxBytes: 1024 })).status,
      ).toBe(200);
    } finally {
      t.close();
    }
  });

  it("trusts a private CA only when given it, and tells no CA from a wrong one otherwise", async () => {
    const [own, other] = await Promise.all([createPki(), createPki()]);
    const server = https.createServer(
      { cert: await readFile(own.chainFile), key: await readFile(own.keyFile) },
      (_req, res) => res.end("ok"),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transports = [
      createTransport({ caPem: own.caPem }),
      createTransport({ caPem: other.caPem }),
      createTransport(),
    ];
    try {
      const [good, wrong, none] = transports.map((t) =>
        t({ method: "GET", url: `https://${host}/v2/`, maxBytes: 16 }).catch((e: unknown) => e),
      );
      expect(await good).toMatchObject({ status: 200 });
      expect(await wrong).toBeInstanceOf(ServerError);
      expect(await wrong).toMatchObject({ code: "TLS_WRONG_CA" });
      expect(((await wrong) as ServerError).message).toMatch(
        new RegExp(
          `^the certificate of ${host} is not signed by the CA certificates given for it \\([A-Z_]+\\) for GET https://${host}/v2/$`,
        ),
      );
      expect(await none).toMatchObject({ code: "TLS_UNKNOWN_CA" });
      expect(((await none) as ServerError).message).toMatch(
        new RegExp(
          `^the certificate of ${host} is signed by a CA that is not trusted \\([A-Z_]+\\) for GET https://${host}/v2/$`,
        ),
      );
    } finally {
      for (const t of transports) t.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await Promise.all([own.dispose(), other.dispose()]);
    }
  });
});

/** docker-registry with `auth.token`, and a token server that signs what `grants` allows. */
describe("token auth against docker-registry", () => {
  const SERVICE = "ct-test-registry";
  const ISSUER = "ct-test-issuer";
  const users: Record<string, { password: string; actions: string[] }> = {
    writer: { password: "w-secret", actions: ["pull", "push"] },
    reader: { password: "r-secret", actions: ["pull"] },
  };
  let pki: Pki;
  let dir: string;
  let registry: Service;
  let tokenServer: http.Server;
  let base: string;
  let tokenRequests = 0;
  const creds = (user: string, password = users[user]!.password): ResolvedCredentials => ({
    credentials: { username: user, password },
    source: `docker config for ${new URL(base).host}`,
  });

  beforeAll(async () => {
    pki = await createPki();
    dir = makeTempDir("token-registry");
    const key = createPrivateKey(await readFile(pki.keyFile));
    const certDer = (await readFile(pki.certFile, "utf8")).replace(/-----[^-]+-----|\s/g, "");
    tokenServer = http.createServer((req, res) => {
      tokenRequests++;
      const url = new URL(req.url!, "http://x");
      const [user, password] = Buffer.from((req.headers.authorization ?? "").replace(/^Basic /, ""), "base64")
        .toString()
        .split(":");
      const account = user ? users[user] : undefined;
      if (user && account?.password !== password) return res.writeHead(401).end();
      const [type, name, wanted] = (url.searchParams.get("scope") ?? "").split(":");
      const actions = (wanted ?? "").split(",").filter((a) => account?.actions.includes(a));
      const now = Math.floor(Date.now() / 1000);
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
      const signing = `${b64({ typ: "JWT", alg: "ES256", x5c: [certDer] })}.${b64({
        iss: ISSUER,
        sub: user ?? "",
        aud: url.searchParams.get("service"),
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: type === "repository" ? [{ type, name, actions }] : [],
      })}`;
      const signature = sign("sha256", Buffer.from(signing), { key, dsaEncoding: "ieee-p1363" }).toString("base64url");
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ token: `${signing}.${signature}`, expires_in: 300 }));
    });
    await new Promise<void>((resolve) => tokenServer.listen(0, "127.0.0.1", resolve));
    const realm = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token`;
    const port = await freePort();
    const config = path.join(dir, "config.yml");
    await writeFile(
      config,
      [
        "version: 0.1",
        "log:",
        "  level: error",
        "  accesslog:",
        "    disabled: true",
        "storage:",
        "  inmemory: {}",
        "http:",
        `  addr: 127.0.0.1:${port}`,
        "auth:",
        "  token:",
        `    realm: ${realm}`,
        `    service: ${SERVICE}`,
        `    issuer: ${ISSUER}`,
        `    rootcertbundle: ${pki.caFile}`,
        "",
      ].join("\n"),
    );
    registry = startService("docker-registry (token auth)", "docker-registry", ["serve", config]);
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const status = await httpGet(`${base}/v2/`, { timeoutMs: 1000 }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 401) break;
      if (i > 200 || !registry.isRunning()) throw new Error(`token-auth registry did not start: ${registry.output()}`);
      await delay(50);
    }
  });

  afterAll(async () => {
    await registry?.stop();
    tokenServer?.closeAllConnections();
    await new Promise((resolve) => tokenServer?.close(resolve));
    if (dir) await removeTempDir(dir);
    await pki?.dispose();
  });

  /** Push through AuthSession: ping first, so each POST/PUT body goes out once with a push token. */
  async function pushWithSession(session: AuthSession, repo: string, tag: string) {
    const image = buildImage("index");
    await session.ping();
    for (const blob of image.blobs) {
      const start = await session.request(
        { method: "POST", url: `${base}/v2/${repo}/blobs/uploads/`, maxBytes: 4096 },
        "pull,push",
      );
      expect(start.status).toBe(202);
      const upload = new URL(start.headers["location"]!, base);
      upload.searchParams.set("digest", blob.digest);
      const put = await session.request(
        {
          method: "PUT",
          url: upload.href,
          body: blob.bytes,
          headers: { "content-type": "application/octet-stream" },
          maxBytes: 4096,
        },
        "pull,push",
      );
      expect(put.status).toBe(201);
    }
    for (const m of [...image.children.map((c) => ({ ...c, ref: c.digest })), { ...image.top, ref: tag }]) {
      const put = await session.request(
        {
          method: "PUT",
          url: `${base}/v2/${repo}/manifests/${m.ref}`,
          body: m.bytes,
          headers: { "content-type": m.mediaType },
          maxBytes: 4096,
        },
        "pull,push",
      );
      expect(put.status).toBe(201);
    }
    return image.top;
  }

  it("pushes with a pull,push token and resolves with a pull token", async () => {
    const repo = uniqueRepo("token");
    const host = new URL(base).host;
    const top = await pushWithSession(
      new AuthSession({ transport, baseUrl: base, repository: repo, credentials: creds("writer") }),
      repo,
      "v1",
    );
    const asked: string[] = [];
    const client = new RegistryClient({
      transport,
      insecureHosts: [host],
      credentials: async (h) => (asked.push(h), creds("reader")),
    });
    const before = tokenRequests;
    const r = await client.resolve(parseReference(`${host}/${repo}:v1`));
    expect(r).toMatchObject({ digest: top.digest, size: top.size, mediaType: MEDIA_TYPES.ociIndex });
    expect(r.digest).toBe(`sha256:${createHash("sha256").update(r.bytes).digest("hex")}`);
    await client.resolve(parseReference(`${host}/${repo}@${top.digest}`));
    expect(tokenRequests - before).toBe(1);
    expect(asked).toEqual([host]);
  });

  it("refuses a wrong password at the token endpoint without printing it", async () => {
    const host = new URL(base).host;
    const client = new RegistryClient({
      transport,
      insecureHosts: [host],
      credentials: async () => creds("reader", "not-the-password"),
    });
    const err = (await client.resolve(parseReference(`${host}/test/x:v1`)).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("UNAUTHORIZED");
    expect(err.message).toContain(`credentials from docker config for ${host}`);
    expect(err.describe()).not.toContain("not-the-password");
  });

  it("reports PUSH_DENIED when the registry refuses a push with a pull-only token", async () => {
    const repo = uniqueRepo("readonly");
    const session = new AuthSession({ transport, baseUrl: base, repository: repo, credentials: creds("reader") });
    await session.ping();
    const err = (await session
      .request({ method: "POST", url: `${base}/v2/${repo}/blobs/uploads/`, maxBytes: 4096 }, "pull,push")
      .catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("PUSH_DENIED");
    expect(err.message).toBe(
      `${new URL(base).host} refused push access to ${repo} for credentials from docker config for ${new URL(base).host} (401 insufficient_scope on POST ${base}/v2/${repo}/blobs/uploads/)`,
    );
    expect(err.hint).toContain(`may not push to ${repo}`);
  });

  it("gets an anonymous token and a clear error for an anonymous pull the token server does not grant", async () => {
    const host = new URL(base).host;
    const client = new RegistryClient({ transport, insecureHosts: [host] });
    const err = (await client.resolve(parseReference(`${host}/test/y:v1`)).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("UNAUTHORIZED");
    expect(err.message).toContain("with no credentials");
  });
});
