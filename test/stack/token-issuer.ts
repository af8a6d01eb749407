// A token service as the distribution token spec describes it (docs/spec/auth/token.md, jwt.md):
// `GET <realm>?service=…&scope=repository:<name>:<actions>[&scope=…]` with Basic credentials (or
// none, for an anonymous token) answers `{"token", "access_token", "expires_in", "issued_at"}`. The
// token is an ES256 JWT whose header carries the signing certificate (`x5c`), which chains to the
// CA the servers are given as `rootcertbundle`; its claims are iss, sub, aud (the service), exp, nbf,
// iat, jti and `access`: the requested actions this user is granted, possibly fewer than asked (a
// pull-only user asking for pull,push gets a token for pull, as the spec says). The real
// notary-server and docker-registry validate these tokens themselves.
//
// Test controls: the clock (`now`) the claims are made from, and `expireNext(user)`, which makes
// the next tokens of a user already expired for the servers (exp and nbf an hour in the past,
// beyond the servers' 60 s leeway) while `expires_in` still promises a normal lifetime.
import { createPrivateKey, randomUUID, sign, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { Pki } from "./pki.js";

export interface TokenUser {
  password: string;
  /** Actions granted on every repository ("pull", "push", "*"). */
  actions: readonly string[];
}

export interface TokenIssuerOptions {
  /** Serves TLS with the PKI's leaf and signs tokens with its key; the servers trust `pki.caFile`. */
  pki: Pki;
  users: Readonly<Record<string, TokenUser>>;
  /** `iss` claim (default "ct-test-token-issuer"). */
  issuer?: string;
  /** Milliseconds since the epoch, for iat/nbf/exp (default Date.now). */
  now?: () => number;
  /** `expires_in` and the JWT lifetime in seconds (default 300). */
  lifetimeS?: number;
}

export interface IssuedToken {
  /** Basic user, or "" for an anonymous request. */
  user: string;
  service: string;
  /** The scopes asked for, as sent. */
  scopes: string[];
  /** `name:action,action` for each repository scope granted (actions may be fewer than asked). */
  granted: string[];
  /** Issued already expired (expireNext). */
  expired: boolean;
}

export interface TokenIssuer {
  /** https://127.0.0.1:PORT/token */
  realm: string;
  issuer: string;
  /** Every token issued, in order. */
  readonly issued: IssuedToken[];
  /** Token requests refused (wrong password), by user. */
  readonly refused: string[];
  /** The next `count` tokens issued to `user` are expired for the servers. */
  expireNext(user: string, count?: number): void;
  /** A token as a client would get it (tests that push images through the registry's auth). */
  tokenFor(user: string, service: string, scope: string): Promise<string>;
  stop(): Promise<void>;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** `repository:127.0.0.1:5000/test/app:pull,push` → type, name (may hold colons), actions. */
export function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const first = scope.indexOf(":");
  const last = scope.lastIndexOf(":");
  if (first <= 0 || last <= first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(",")
      .filter(Boolean),
  };
}

export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const issuer = options.issuer ?? "ct-test-token-issuer";
  const now = options.now ?? Date.now;
  const lifetimeS = options.lifetimeS ?? 300;
  const key: KeyObject = createPrivateKey(await readFile(options.pki.keyFile));
  const leafDer = (await readFile(options.pki.certFile, "utf8")).replace(/-----[^-]+-----|\s/g, "");
  const issued: IssuedToken[] = [];
  const refused: string[] = [];
  const expiring = new Map<string, number>();

  const makeToken = (user: string, service: string, scopes: string[]): { token: string; record: IssuedToken } => {
    const grants = user ? (options.users[user]?.actions ?? []) : [];
    const access: { type: string; name: string; actions: string[] }[] = [];
    for (const raw of scopes) {
      const scope = parseScope(raw);
      if (!scope || scope.type !== "repository") continue;
      const actions = scope.actions.filter((a) => grants.includes(a) || grants.includes("*"));
      access.push({ type: "repository", name: scope.name, actions });
    }
    const left = expiring.get(user) ?? 0;
    const expired = left > 0;
    if (expired) expiring.set(user, left - 1);
    const nowS = Math.floor(now() / 1000);
    const start = expired ? nowS - 2 * 3600 : nowS - 10;
    const claims = {
      iss: issuer,
      sub: user,
      aud: service,
      exp: expired ? nowS - 3600 : nowS + lifetimeS,
      nbf: start,
      iat: start,
      jti: randomUUID(),
      access,
    };
    const signing = `${b64url({ typ: "JWT", alg: "ES256", x5c: [leafDer] })}.${b64url(claims)}`;
    const signature = sign("sha256", Buffer.from(signing), { key, dsaEncoding: "ieee-p1363" }).toString("base64url");
    const record = { user, service, scopes, granted: access.map((a) => `${a.name}:${a.actions.join(",")}`), expired };
    issued.push(record);
    return { token: `${signing}.${signature}`, record };
  };

  const server = https.createServer(
    { cert: await readFile(options.pki.chainFile), key: await readFile(options.pki.keyFile) },
    (req, res) => {
      const url = new URL(req.url ?? "/", "https://issuer");
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (req.method !== "GET" || url.pathname !== "/token") return json(404, { details: "not found" });
      let user = "";
      const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? "");
      if (basic) {
        const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        user = decoded.slice(0, colon);
        if (colon <= 0 || options.users[user]?.password !== decoded.slice(colon + 1)) {
          refused.push(user);
          return json(401, { details: "incorrect username or password" });
        }
      }
      const { token } = makeToken(user, url.searchParams.get("service") ?? "", url.searchParams.getAll("scope"));
      json(200, { token, access_token: token, expires_in: lifetimeS, issued_at: new Date(now()).toISOString() });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const realm = `https://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  return {
    realm,
    issuer,
    issued,
    refused,
    expireNext(user, count = 1) {
      expiring.set(user, (expiring.get(user) ?? 0) + count);
    },
    async tokenFor(user, service, scope) {
      if (!options.users[user]) throw new Error(`no user ${user}`);
      return makeToken(user, service, [scope]).token;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
