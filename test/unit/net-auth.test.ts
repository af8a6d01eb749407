import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { AuthSession } from "../../src/net/auth.js";
import { parseChallenges } from "../../src/net/challenge.js";
import type { ResolvedCredentials } from "../../src/net/credentials.js";
import { createTransport, type Transport } from "../../src/net/http.js";
import { expectWording } from "../helpers/wording.js";

/** A registry that wants Bearer tokens, and its token endpoint, on one loopback port. */
interface FakeRegistry {
  base: string;
  tokenRequests: Array<{
    method: string;
    query: Record<string, string>;
    authorization?: string | undefined;
    form?: Record<string, string>;
  }>;
  requests: Array<{ method: string; url: string; authorization?: string | undefined; body: string }>;
  valid: Set<string>;
  scheme: "bearer" | "basic";
  expiresIn: number | undefined;
  forbidden: boolean;
  tokenBody?: string;
  /** `error` of the Bearer challenge for a refused token (RFC 6750 §3.1). */
  challengeError?: (token: string) => string | undefined;
  /** Scopes the token endpoint refuses outright (403) instead of granting part of them. */
  refusedScopes?: string[];
  /** Holds each token answer until this resolves. */
  tokenGate?: Promise<void>;
}

let reg: FakeRegistry;
let server: http.Server;
let transport: Transport & { close(): void };
const alice: ResolvedCredentials = {
  credentials: { username: "alice", password: "s3cret-pw" },
  source: "docker config for 127.0.0.1:5000",
};

beforeEach(async () => {
  let issued = 0;
  reg = {
    base: "",
    tokenRequests: [],
    requests: [],
    valid: new Set(),
    scheme: "bearer",
    expiresIn: 300,
    forbidden: false,
  };
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      const url = new URL(req.url!, reg.base);
      if (url.pathname === "/token") {
        const form = req.method === "POST" ? Object.fromEntries(new URLSearchParams(body)) : undefined;
        reg.tokenRequests.push({
          method: req.method!,
          query: Object.fromEntries(url.searchParams),
          authorization: req.headers.authorization,
          ...(form ? { form } : {}),
        });
        const basicOk = req.headers.authorization === `Basic ${Buffer.from("alice:s3cret-pw").toString("base64")}`;
        const refreshOk = form?.["refresh_token"] === "idt-1";
        if (reg.refusedScopes?.includes(url.searchParams.get("scope") ?? ""))
          return res.writeHead(403).end('{"details":"no push"}');
        if (req.headers.authorization && !basicOk) {
          if (reg.tokenGate) return void reg.tokenGate.then(() => res.writeHead(401).end('{"details":"bad password"}'));
          return res.writeHead(401).end('{"details":"bad password"}');
        }
        if (form && !refreshOk) return res.writeHead(401).end();
        if (reg.tokenBody !== undefined) return res.writeHead(200).end(reg.tokenBody);
        const token = `tok-${++issued}`;
        reg.valid.add(token);
        const key = form ? "access_token" : "token";
        return res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ [key]: token, ...(reg.expiresIn !== undefined ? { expires_in: reg.expiresIn } : {}) }));
      }
      reg.requests.push({ method: req.method!, url: url.pathname, authorization: req.headers.authorization, body });
      const auth = req.headers.authorization ?? "";
      const ok =
        reg.scheme === "bearer"
          ? reg.valid.has(auth.replace(/^Bearer /, ""))
          : auth === `Basic ${Buffer.from("alice:s3cret-pw").toString("base64")}`;
      if (!ok) {
        const sent = auth.replace(/^Bearer /, "");
        const error = sent && reg.challengeError ? reg.challengeError(sent) : undefined;
        const challenge =
          reg.scheme === "bearer"
            ? `Bearer realm="${reg.base}/token",service="test, registry",scope="repository:app:*"${error ? `,error="${error}"` : ""}`
            : 'Basic realm="Registry Realm"';
        return res
          .writeHead(401, { "www-authenticate": challenge, "content-type": "application/json" })
          .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      }
      if (reg.forbidden) return res.writeHead(403).end();
      res.writeHead(200).end(`hello ${req.method}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  reg.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  transport = createTransport();
});

afterEach(async () => {
  transport.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const session = (credentials?: ResolvedCredentials, now?: () => number) =>
  new AuthSession({
    transport,
    baseUrl: reg.base,
    repository: "team/app",
    ...(credentials ? { credentials } : {}),
    ...(now ? { now } : {}),
  });
/** A session of a run that will push, with alice's credentials. */
const pushing = () =>
  new AuthSession({ transport, baseUrl: reg.base, repository: "team/app", credentials: alice, pushFromStart: true });
const get = (s: AuthSession, path = "/v2/team/app/manifests/v1", access: "pull" | "pull,push" = "pull") =>
  s.request({ method: "GET", url: `${reg.base}${path}`, maxBytes: 1024 }, access);

describe("AuthSession", () => {
  it("answers a Bearer challenge with a token for the scope the caller asks, not the challenge's", async () => {
    const res = await get(session(alice));
    expect(res.status).toBe(200);
    expect(reg.tokenRequests).toEqual([
      {
        method: "GET",
        query: { service: "test, registry", scope: "repository:team/app:pull", account: "alice" },
        authorization: `Basic ${Buffer.from("alice:s3cret-pw").toString("base64")}`,
      },
    ]);
    expect(reg.requests.map((r) => r.authorization)).toEqual([undefined, "Bearer tok-1"]);
  });

  it("caches the token per scope, and asks for pull,push when pushing", async () => {
    const s = session(alice);
    await get(s);
    await get(s, "/v2/team/app/manifests/v2");
    expect(reg.tokenRequests).toHaveLength(1);
    await get(s, "/v2/team/app/blobs/x", "pull,push");
    expect(reg.tokenRequests.map((t) => t.query["scope"])).toEqual([
      "repository:team/app:pull",
      "repository:team/app:pull,push",
    ]);
    await get(s);
    expect(reg.tokenRequests).toHaveLength(2);
  });

  it("fetches an anonymous token without credentials", async () => {
    const res = await get(session());
    expect(res.status).toBe(200);
    expect(reg.tokenRequests[0]!.authorization).toBeUndefined();
    expect(reg.tokenRequests[0]!.query["account"]).toBeUndefined();
  });

  it("renews an expired token before sending it", async () => {
    let now = 1_000_000;
    reg.expiresIn = 10; // below Docker's 60 s minimum: treated as 60 s
    const s = session(alice, () => now);
    await get(s);
    now += 50_000;
    await get(s);
    expect(reg.tokenRequests).toHaveLength(1);
    now += 10_000;
    await get(s);
    expect(reg.tokenRequests).toHaveLength(2);
    expect(reg.requests.at(-1)!.authorization).toBe("Bearer tok-2");
  });

  it("refreshes once and retries once when the server rejects a cached token", async () => {
    const s = session(alice);
    await get(s);
    reg.valid.clear(); // the server revoked tok-1
    expect((await get(s)).status).toBe(200);
    expect(reg.tokenRequests).toHaveLength(2);
    expect(reg.requests.slice(-2).map((r) => r.authorization)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("throws UNAUTHORIZED, naming the URL and the credentials but never the secrets, when a fresh token is refused", async () => {
    const s = session(alice);
    reg.valid = { has: () => false, add: () => undefined, clear: () => undefined } as unknown as Set<string>;
    const err = (await get(s).catch((e: unknown) => e)) as ServerError;
    expect(err).toBeInstanceOf(ServerError);
    expect(err.code).toBe("UNAUTHORIZED");
    expectWording(err.message).toBe(
      `${reg.base.slice(7)} refused GET ${reg.base}/v2/team/app/manifests/v1 (401) with credentials from docker config for 127.0.0.1:5000`,
    );
    expectWording(err.hint).toContain("may pull team/app");
    expect(`${err.message} ${err.hint}`).not.toMatch(/s3cret|tok-/);
    expect(reg.tokenRequests).toHaveLength(1);
  });

  it("says 'no credentials' and how to log in when anonymous access is refused", async () => {
    reg.scheme = "basic";
    const err = (await get(session()).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("UNAUTHORIZED");
    expectWording(err.message).toContain("with no credentials");
    expectWording(err.hint).toContain("log in to");
  });

  it("reports a token endpoint that refuses the password", async () => {
    const wrong: ResolvedCredentials = { credentials: { username: "alice", password: "wrong" }, source: "inputs" };
    const err = (await get(session(wrong)).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("UNAUTHORIZED");
    expectWording(err.message).toBe(
      `token endpoint ${reg.base}/token refused credentials from inputs for repository:team/app:pull (401)`,
    );
    expectWording(err.message).not.toContain("wrong");
  });

  it("asks the token endpoint once for requests that wait on the same refused fetch", async () => {
    const wrong: ResolvedCredentials = { credentials: { username: "alice", password: "wrong" }, source: "inputs" };
    const s = session(wrong);
    const errors = await Promise.all(
      ["v1", "v2", "v3", "v4"].map((tag) => get(s, `/v2/team/app/manifests/${tag}`).catch((e: unknown) => e)),
    );
    expect(errors.map((e) => (e as ServerError).code)).toEqual([
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
      "UNAUTHORIZED",
    ]);
    expect(reg.tokenRequests).toHaveLength(1);
  });

  it("keeps a refused push token from answering reads, which get a pull token when theirs expires", async () => {
    let now = 1_000_000;
    const s = session(alice, () => now);
    reg.refusedScopes = ["repository:team/app:pull,push"];
    expect((await get(s)).status).toBe(200);
    expect(((await get(s, "/v2/team/app/blobs/x", "pull,push").catch((e: unknown) => e)) as ServerError).code).toBe(
      "UNAUTHORIZED",
    );
    now += 600_000; // the pull token has expired
    expect((await get(s)).status).toBe(200);
    expect(reg.tokenRequests.map((t) => t.query["scope"])).toEqual([
      "repository:team/app:pull",
      "repository:team/app:pull,push",
      "repository:team/app:pull",
    ]);
  });

  it("reads with a pull token when a run that will push meets a token service that refuses push outright", async () => {
    reg.refusedScopes = ["repository:team/app:pull,push"];
    const s = pushing();
    const reads = await Promise.all([get(s), get(s, "/v2/team/app/manifests/v2"), get(s, "/v2/team/app/manifests/v3")]);
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(reg.tokenRequests.map((t) => t.query["scope"])).toEqual([
      "repository:team/app:pull,push",
      "repository:team/app:pull",
    ]);
  });

  it("shares one new token fetch when the fetch requests waited for was cancelled", async () => {
    const wrong: ResolvedCredentials = { credentials: { username: "alice", password: "wrong" }, source: "inputs" };
    const s = session(wrong);
    let open!: () => void;
    reg.tokenGate = new Promise<void>((resolve) => (open = resolve));
    const first = new AbortController();
    const requests = [
      s.request({ method: "GET", url: `${reg.base}/v2/team/app/manifests/v1`, maxBytes: 1024, signal: first.signal }),
      ...["v2", "v3", "v4"].map((tag) => get(s, `/v2/team/app/manifests/${tag}`)),
    ].map((p) =>
      p.then(
        () => new ServerError("BAD_RESPONSE", "answered"),
        (e: unknown) => e as ServerError,
      ),
    );
    // Every request has had its 401 and waits for the one token fetch, held by the gate.
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
    while (reg.tokenRequests.length < 1 || reg.requests.length < 4) await turn();
    for (let i = 0; i < 20; i++) await turn();
    expect(reg.tokenRequests).toHaveLength(1);
    first.abort();
    const cancelled = await requests[0];
    expect(cancelled!.code).toBe("ABORTED");
    open();
    const others = await Promise.all(requests.slice(1));
    expect(others.map((e) => e.code)).toEqual(["UNAUTHORIZED", "UNAUTHORIZED", "UNAUTHORIZED"]);
    expect(reg.tokenRequests).toHaveLength(2);
  });

  it("asks its first token for pull and push when the run will push, and uses it for reads and the push", async () => {
    const s = pushing();
    await Promise.all([get(s), get(s, "/v2/team/app/manifests/v2")]);
    await get(s, "/v2/team/app/blobs/x", "pull,push");
    expect(reg.tokenRequests.map((t) => t.query["scope"])).toEqual(["repository:team/app:pull,push"]);
    expect(reg.requests.filter((r) => r.authorization === "Bearer tok-1")).toHaveLength(3);
  });

  it("trades an identity token for an access token with a refresh_token POST", async () => {
    const s = session({ credentials: { identityToken: "idt-1" }, source: "docker config for 127.0.0.1:5000" });
    expect((await get(s)).status).toBe(200);
    expect(reg.tokenRequests[0]).toMatchObject({
      method: "POST",
      form: {
        grant_type: "refresh_token",
        refresh_token: "idt-1",
        service: "test, registry",
        scope: "repository:team/app:pull",
        client_id: "docker",
        access_type: "offline",
      },
    });
  });

  it("answers a Basic challenge with basic credentials", async () => {
    reg.scheme = "basic";
    const s = session(alice);
    expect((await get(s)).status).toBe(200);
    expect((await get(s)).status).toBe(200);
    expect(reg.requests.map((r) => r.authorization?.split(" ")[0])).toEqual([undefined, "Basic", "Basic"]);
  });

  it("throws PUSH_DENIED on 403 to a push", async () => {
    reg.forbidden = true;
    const err = (await get(session(alice), "/v2/team/app/manifests/v1", "pull,push").catch(
      (e: unknown) => e,
    )) as ServerError;
    expect(err.code).toBe("PUSH_DENIED");
    expectWording(err.message).toBe(
      `127.0.0.1:${new URL(reg.base).port} refused push access to team/app for credentials from docker config for 127.0.0.1:5000 (403 on GET ${reg.base}/v2/team/app/manifests/v1)`,
    );
    expectWording(err.hint).toContain("may not push to team/app");
  });

  it("names the repository's trust data when a Notary server refuses, and Azure's signing role on its hosts", async () => {
    // A Notary server on the registry's own host, which answers a push with 403 (Basic auth).
    const refusing = async (req: { url: string }) => ({
      status: 403,
      headers: {},
      body: new Uint8Array(),
      url: req.url,
    });
    const refusal = async (baseUrl: string) => {
      const s = new AuthSession({
        transport: refusing,
        baseUrl,
        repository: "acr.example/team/app",
        credentials: alice,
        notary: true,
      });
      return (await s
        .request({ method: "POST", url: `${baseUrl}/v2/acr.example/team/app/_trust/tuf/`, maxBytes: 1024 }, "pull,push")
        .catch((e: unknown) => e)) as ServerError;
    };
    const plain = await refusal("https://registry.example");
    expect(plain.code).toBe("PUSH_DENIED");
    expectWording(plain.message).toContain("refused push access to the trust data of acr.example/team/app");
    expectWording(plain.hint).toContain(
      "may not push to the trust data of acr.example/team/app: grant them push access,",
    );
    expect(plain.hint).not.toContain("AcrImageSigner");
    const azure = await refusal("https://myreg.azurecr.io");
    expect(azure.code).toBe("PUSH_DENIED");
    expectWording(azure.hint).toContain("AcrImageSigner");
  });

  it("throws PUSH_DENIED, without asking for another token, when the token lacks the push scope", async () => {
    const s = session(alice);
    reg.challengeError = () => "insufficient_scope";
    reg.valid = { has: () => false, add: () => undefined, clear: () => undefined } as unknown as Set<string>;
    const err = (await get(s, "/v2/team/app/_trust/tuf/", "pull,push").catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("PUSH_DENIED");
    expectWording(err.message).toContain(
      "refused push access to team/app for credentials from docker config for 127.0.0.1:5000 (401 insufficient_scope on GET",
    );
    expect(`${err.message} ${err.hint}`).not.toMatch(/valid|s3cret|tok-/);
    expect(reg.tokenRequests).toHaveLength(1);
  });

  it("gets a new token once when the server calls a fresh one invalid (expired), and fails if that one is too", async () => {
    const expired = new Set(["tok-1"]);
    reg.challengeError = (token) => (expired.has(token) ? "invalid_token" : undefined);
    const isValid = (t: string) => t.startsWith("tok-") && !expired.has(t);
    reg.valid = { has: isValid, add: () => undefined, clear: () => undefined } as unknown as Set<string>;
    expect((await get(session(alice))).status).toBe(200);
    expect(reg.tokenRequests).toHaveLength(2);
    expect(reg.requests.map((r) => r.authorization)).toEqual([undefined, "Bearer tok-1", "Bearer tok-2"]);

    for (let i = 3; i <= 6; i++) expired.add(`tok-${i}`);
    const err = (await get(session(alice)).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("UNAUTHORIZED");
    expect(reg.tokenRequests).toHaveLength(4);
  });

  it("bounds the token endpoint's answer to 64 KiB", async () => {
    reg.tokenBody = JSON.stringify({ token: "x".repeat(70 * 1024) });
    const err = (await get(session(alice)).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("RESPONSE_TOO_LARGE");
  });

  it("lets ping() learn the challenge so a POST body is sent once", async () => {
    const s = session(alice);
    expect(await s.ping()).toBe(401);
    const res = await s.request(
      {
        method: "POST",
        url: `${reg.base}/v2/team/app/_trust/tuf/`,
        body: new TextEncoder().encode("payload"),
        maxBytes: 1024,
      },
      "pull,push",
    );
    expect(res.status).toBe(200);
    const posts = reg.requests.filter((r) => r.method === "POST");
    expect(posts).toEqual([
      { method: "POST", url: "/v2/team/app/_trust/tuf/", authorization: "Bearer tok-1", body: "payload" },
    ]);
    expect(reg.tokenRequests[0]!.query["scope"]).toBe("repository:team/app:pull,push");
  });

  it("sends no credentials or token to another origin", async () => {
    const s = session(alice);
    await get(s);
    const elsewhere = reg.base.replace("127.0.0.1", "localhost");
    const res = await s.request({
      method: "GET",
      url: `${elsewhere}/v2/team/app/blobs/x`,
      headers: { Authorization: "Bearer leaked" },
      maxBytes: 1024,
    });
    expect(res.status).toBe(401);
    expect(reg.requests.at(-1)!.authorization).toBeUndefined();
    expect(reg.tokenRequests).toHaveLength(1);
  });

  it("refuses to send credentials to a plain-http realm named by an https server", async () => {
    const fake: Transport = async (req) => ({
      status: 401,
      headers: { "www-authenticate": 'Bearer realm="http://evil.example/token"' },
      body: new Uint8Array(),
      url: req.url,
    });
    const s = new AuthSession({
      transport: fake,
      baseUrl: "https://registry.example",
      repository: "app",
      credentials: alice,
    });
    const err = (await s
      .request({ method: "GET", url: "https://registry.example/v2/", maxBytes: 10 })
      .catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("BAD_CHALLENGE");
  });
});

describe("parseChallenges", () => {
  it.each([
    [
      'Bearer realm="https://auth.example/token",service="registry.example"',
      [{ scheme: "bearer", params: { realm: "https://auth.example/token", service: "registry.example" } }],
    ],
    [
      'bearer  Realm = "https://a/t" , Service=reg',
      [{ scheme: "bearer", params: { realm: "https://a/t", service: "reg" } }],
    ],
    [
      'Bearer realm="https://a/t?x=1,y=2",scope="repository:a/b:pull,push",error="invalid_token"',
      [
        {
          scheme: "bearer",
          params: { realm: "https://a/t?x=1,y=2", scope: "repository:a/b:pull,push", error: "invalid_token" },
        },
      ],
    ],
    [
      'Basic realm="say \\"hi\\"", Bearer realm="https://a/t",service=s',
      [
        { scheme: "basic", params: { realm: 'say "hi"' } },
        { scheme: "bearer", params: { realm: "https://a/t", service: "s" } },
      ],
    ],
    [
      "Negotiate abc==, Basic realm=x",
      [
        { scheme: "negotiate", params: {} },
        { scheme: "basic", params: { realm: "x" } },
      ],
    ],
    ["", []],
  ])("%s", (header, expected) => {
    expect(parseChallenges(header)).toEqual(expected);
  });
});
