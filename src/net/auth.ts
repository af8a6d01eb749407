/**
 * Docker registry / Notary token auth for one server and one repository
 * (docs/notary-protocol.md §4, docker distribution `registry/client/auth/session.go`). A 401
 * carries `WWW-Authenticate: Bearer realm=…,service=…`; we ask the realm for
 * `scope=repository:<name>:<actions>` with the actions the caller needs (the challenge's own scope
 * is ignored, as Docker does), cache the token per scope and
 * send it as `Authorization: Bearer`. A 401 on a cached token, or one whose challenge says
 * `error="invalid_token"` (expired), refreshes it once and retries once; `error="insufficient_scope"`
 * or a 403 means the credentials lack the access asked for (PUSH_DENIED / PULL_DENIED).
 * `Basic` challenges are answered with basic credentials. Tokens and passwords never reach a message.
 */
import { setting } from "../wording.js";
import { ServerError } from "../errors.js";
import { registerSecret } from "../redaction.js";
import { parseChallenges } from "./challenge.js";
import type { ResolvedCredentials } from "./credentials.js";
import { displayUrl, type HttpRequest, type HttpResponse, type Transport } from "./http.js";

export type AccessScope = "pull" | "pull,push";

export interface AuthSessionOptions {
  transport: Transport;
  /** Origin (and optional path prefix) of the server: "https://registry.example:5000". */
  baseUrl: string;
  /** Repository name used in the token scope: a registry path, or a GUN for Notary. */
  repository: string;
  credentials?: ResolvedCredentials;
  /**
   * The host the credentials are looked up for, when it is not the server's: a Notary server is
   * reached with the registry's credentials, and a user without them must log in to the registry.
   */
  credentialsHost?: string;
  /** Sent as `client_id` in the refresh-token form; Docker sends "docker". */
  clientId?: string;
  /**
   * The run will upload: every token is asked for pull and push, so that its reads and its upload
   * share the first one, as `docker trust sign` asks, instead of a second token request (one more
   * round trip) right before the upload. Credentials without push still read: a token service
   * grants the pull part alone (the upload is then refused as PUSH_DENIED), or, where it refuses
   * push outright, a pull token is asked for.
   */
  pushFromStart?: boolean;
  /**
   * The server is a Notary server: a refusal names the repository's trust data, which on a host that
   * serves the registry as well (Azure, Harbor, MSR) the same credentials may be allowed to push to
   * or not, apart from its images.
   */
  notary?: boolean;
  now?: () => number;
}

type KnownChallenge = { scheme: "none" } | { scheme: "basic" } | { scheme: "bearer"; realm: string; service?: string };

interface CachedToken {
  token: string;
  expiresAt: number;
}

const TOKEN_MAX_BYTES = 64 * 1024;
const MIN_TOKEN_LIFETIME_S = 60; // docker: minimumTokenLifetimeSeconds
const EXPIRY_MARGIN_MS = 5_000;
/** Codes of a token fetch the token endpoint refused, or whose realm we refuse (see fetchToken). */
const KEPT_REFUSALS = new Set(["UNAUTHORIZED", "BAD_CHALLENGE"]);

export class AuthSession {
  readonly baseUrl: string;
  readonly repository: string;
  private readonly transport: Transport;
  private readonly credentials: ResolvedCredentials | undefined;
  private readonly credentialsHost: string | undefined;
  private readonly clientId: string;
  private readonly pushFromStart: boolean;
  private readonly notary: boolean;
  private readonly now: () => number;
  private challenge: KnownChallenge | undefined;
  private readonly tokens = new Map<AccessScope, Promise<CachedToken>>();
  private refreshToken: string | undefined;

  constructor(options: AuthSessionOptions) {
    this.transport = options.transport;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.repository = options.repository;
    this.notary = options.notary === true;
    this.credentials = options.credentials;
    this.credentialsHost = options.credentialsHost;
    this.clientId = options.clientId ?? "docker";
    this.pushFromStart = options.pushFromStart ?? false;
    this.now = options.now ?? Date.now;
    const c = options.credentials?.credentials;
    if (c && "identityToken" in c) this.refreshToken = c.identityToken;
    // What goes on the wire in their place is as secret as the credentials themselves: a server
    // that repeats a request back in its error must not get them into a message or a log.
    if (c && "username" in c) {
      registerSecret(c.password);
      registerSecret(basicCredentials(c.username, c.password));
    } else if (c) registerSecret(c.identityToken);
  }

  /** "credentials from docker config for host" or "no credentials": what a message names. */
  describeCredentials(): string {
    return this.credentials ? `credentials from ${this.credentials.source}` : "no credentials";
  }

  /**
   * GET <base>/v2/ to learn the challenge, so that the next request (a POST whose body should be
   * sent once) carries a token from the start. Returns the status of the ping.
   */
  async ping(signal?: AbortSignal): Promise<number> {
    const res = await this.transport({
      method: "GET",
      url: `${this.baseUrl}/v2/`,
      maxBytes: 64 * 1024,
      ...(signal ? { signal } : {}),
    });
    if (res.status === 401) this.challenge = this.pickChallenge(res, "GET", `${this.baseUrl}/v2/`).challenge;
    else if (res.status < 300 || res.status === 404) this.challenge = { scheme: "none" };
    return res.status;
  }

  /**
   * Sends `req` with auth for `access`; returns any answer but a refusal. A refusal throws
   * PUSH_DENIED / PULL_DENIED when the credentials were accepted but lack that access (403, or 401
   * with `error="insufficient_scope"`), else UNAUTHORIZED.
   */
  async request(req: HttpRequest, access: AccessScope = "pull"): Promise<HttpResponse> {
    // Credentials and tokens are for this server only (an upload Location may point elsewhere).
    if (originOf(req.url) !== originOf(this.baseUrl)) return this.transport(withAuthorization(req, undefined));
    let auth = await this.authorization(access, req.signal);
    let refreshed = false;
    for (;;) {
      const res = await this.transport(withAuthorization(req, auth?.header));
      if (res.status === 403) throw this.denied(req.method, req.url, access, 403);
      if (res.status !== 401) return res;
      const refusal = this.learnChallenge(res, req.method, req.url);
      if (refusal === "insufficient_scope" && this.credentials) throw this.denied(req.method, req.url, access, 401);
      // Sent without a token (the challenge was not known): get one. A token from the cache, or
      // one the server calls invalid (expired, revoked), is replaced once; a fresh token refused
      // for another reason would only be issued again with the same grant.
      const renew =
        auth === undefined ||
        (!refreshed && refusal !== "insufficient_scope" && (auth.cached || refusal === "invalid_token"));
      if (!renew) throw this.unauthorized(req.method, req.url, access);
      if (auth !== undefined) refreshed = true;
      await this.forget(access, auth?.header);
      auth = await this.authorization(access, req.signal);
      if (auth === undefined) throw this.unauthorized(req.method, req.url, access);
    }
  }

  /** Remembers the challenge of a 401; returns its `error` parameter (RFC 6750 §3.1), if any. */
  private learnChallenge(res: HttpResponse, method: string, url: string): string | undefined {
    const { challenge, error } = this.pickChallenge(res, method, url);
    this.challenge = challenge;
    return error;
  }

  /**
   * Drops the cached token that was refused (`header`), so the next request fetches a new one.
   * Requests in flight with the same expired token all land here: only the first drops it, the
   * others then find the new token already being fetched, so one expiry costs one refresh.
   */
  private async forget(access: AccessScope, header: string | undefined): Promise<void> {
    // Sent without a token (the challenge was not known yet): there is no refused token to drop,
    // and a token a concurrent request is fetching must be shared, not fetched again.
    if (header === undefined) return;
    for (const scope of access === "pull" ? (["pull", "pull,push"] as const) : (["pull,push"] as const)) {
      const pending = this.tokens.get(scope);
      if (!pending) continue;
      const token = await pending.catch(() => undefined);
      const refused = token === undefined || `Bearer ${token.token}` === header;
      if (refused && this.tokens.get(scope) === pending) this.tokens.delete(scope);
    }
  }

  private pickChallenge(res: HttpResponse, method: string, url: string): { challenge: KnownChallenge; error?: string } {
    const challenges = parseChallenges(res.headers["www-authenticate"]);
    const bearer = challenges.find((c) => c.scheme === "bearer" && c.params["realm"]);
    if (bearer) {
      const error = bearer.params["error"];
      return {
        challenge: {
          scheme: "bearer",
          realm: bearer.params["realm"]!,
          ...(bearer.params["service"] !== undefined ? { service: bearer.params["service"] } : {}),
        },
        ...(error !== undefined ? { error } : {}),
      };
    }
    if (challenges.some((c) => c.scheme === "basic")) return { challenge: { scheme: "basic" } };
    const schemes = challenges.map((c) => c.scheme).join(", ") || "none";
    throw new ServerError(
      "UNAUTHORIZED",
      `${hostOf(url)} answered 401 to ${method} ${displayUrl(url)} with no usable authentication challenge (schemes: ${schemes})`,
      { status: 401, url: displayUrl(url) },
    );
  }

  /** The Authorization header for `access` when the challenge is known; fetches a token if needed. */
  private async authorization(
    access: AccessScope,
    signal?: AbortSignal,
  ): Promise<{ header: string; cached: boolean } | undefined> {
    const challenge = this.challenge;
    if (!challenge || challenge.scheme === "none") return undefined;
    if (challenge.scheme === "basic") {
      const c = this.credentials?.credentials;
      if (!c || !("username" in c)) return undefined;
      return { header: `Basic ${basicCredentials(c.username, c.password)}`, cached: false };
    }
    const wanted: AccessScope = this.pushFromStart ? "pull,push" : access;
    try {
      return await this.bearer(challenge, wanted, signal);
    } catch (err) {
      // A token service that refuses push outright, where the spec has it grant the pull part: the
      // reads go on with a pull token, and an upload meets the refusal.
      if (wanted !== access && err instanceof ServerError && err.code === "UNAUTHORIZED")
        return this.bearer(challenge, access, signal);
      throw err;
    }
  }

  /** A token for `wanted` (a pull,push token serves pull too): cached, being fetched, or fetched now. */
  private async bearer(
    challenge: { realm: string; service?: string },
    wanted: AccessScope,
    signal?: AbortSignal,
  ): Promise<{ header: string; cached: boolean }> {
    for (const scope of wanted === "pull" ? (["pull", "pull,push"] as const) : (["pull,push"] as const)) {
      let pending = this.tokens.get(scope);
      while (pending) {
        let token: CachedToken | undefined;
        try {
          token = await pending;
        } catch (err) {
          // The endpoint's own refusal is the answer of every request that waits for it: each
          // asking again would only send the same credentials again, a wave of them where an
          // endpoint may count failed logins. A refusal of push says nothing about pull.
          if (err instanceof ServerError && KEPT_REFUSALS.has(err.code)) {
            if (scope === wanted) throw err;
            break;
          }
        }
        if (token && token.expiresAt - EXPIRY_MARGIN_MS > this.now())
          return { header: `Bearer ${token.token}`, cached: true };
        // Expired, or a fetch cut short: share the fetch another request has started since, if any.
        const current = this.tokens.get(scope);
        if (current === pending) this.tokens.delete(scope);
        pending = current === pending ? undefined : current;
      }
    }
    // Another request may have started that fetch while this one waited above.
    if (this.tokens.has(wanted)) return this.bearer(challenge, wanted, signal);
    const fresh = this.fetchToken(challenge, wanted, signal);
    this.tokens.set(wanted, fresh);
    // A fetch cut short, or a failing endpoint, is forgotten, to be tried again; the endpoint's
    // refusal is kept as the answer of this session's later requests too.
    fresh.catch((err: unknown) => {
      if (err instanceof ServerError && KEPT_REFUSALS.has(err.code)) return;
      if (this.tokens.get(wanted) === fresh) this.tokens.delete(wanted);
    });
    return { header: `Bearer ${(await fresh).token}`, cached: false };
  }

  private async fetchToken(
    challenge: { realm: string; service?: string },
    access: AccessScope,
    signal?: AbortSignal,
  ): Promise<CachedToken> {
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      realm = new URL("invalid:");
    }
    const base = new URL(this.baseUrl);
    if (realm.protocol !== "https:" && !(realm.protocol === "http:" && base.protocol === "http:")) {
      throw new ServerError(
        "BAD_CHALLENGE",
        `${base.host} names a token realm that is not https (${displayUrl(challenge.realm)}); refusing to send credentials there`,
        { url: displayUrl(challenge.realm) },
      );
    }
    const scope = `repository:${this.repository}:${access}`;
    const c = this.credentials?.credentials;
    const common = { maxBytes: TOKEN_MAX_BYTES, ...(signal ? { signal } : {}) };
    let res: HttpResponse;
    if (this.refreshToken !== undefined) {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: this.refreshToken,
        client_id: this.clientId,
        access_type: "offline",
        scope,
      });
      if (challenge.service !== undefined) form.set("service", challenge.service);
      res = await this.transport({
        method: "POST",
        url: realm.href,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new TextEncoder().encode(form.toString()),
        ...common,
      });
    } else {
      if (challenge.service !== undefined) realm.searchParams.set("service", challenge.service);
      realm.searchParams.set("scope", scope);
      const headers: Record<string, string> = {};
      if (c && "username" in c) {
        realm.searchParams.set("account", c.username);
        headers["authorization"] = `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
      }
      res = await this.transport({ method: "GET", url: realm.href, headers, ...common });
    }
    const shown = displayUrl(challenge.realm);
    if (res.status === 401 || res.status === 403) {
      throw new ServerError(
        "UNAUTHORIZED",
        `token endpoint ${shown} refused ${this.describeCredentials()} for ${scope} (${res.status})`,
        {
          status: res.status,
          url: shown,
          hint: this.hint(access),
        },
      );
    }
    if (res.status < 200 || res.status >= 300) {
      throw new ServerError("TOKEN_ERROR", `token endpoint ${shown} answered ${res.status} for ${scope}`, {
        status: res.status,
        url: shown,
      });
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown; refresh_token?: unknown };
    try {
      body = JSON.parse(new TextDecoder().decode(res.body)) as typeof body;
    } catch {
      throw new ServerError("TOKEN_ERROR", `token endpoint ${shown} answered with something that is not JSON`, {
        status: res.status,
        url: shown,
      });
    }
    const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
    if (typeof token !== "string" || !token) {
      throw new ServerError("TOKEN_ERROR", `token endpoint ${shown} answered without a token`, {
        status: res.status,
        url: shown,
      });
    }
    // A token is the service's choice: one too short to be a secret (a hostile service's "e") would
    // have the runner mask every "e" for the rest of the job.
    for (const issued of [token, body.refresh_token])
      if (typeof issued === "string" && issued.length >= MIN_TOKEN_SECRET) registerSecret(issued);
    if (typeof body.refresh_token === "string" && body.refresh_token && this.refreshToken !== undefined)
      this.refreshToken = body.refresh_token;
    const lifetime =
      typeof body.expires_in === "number" && body.expires_in >= MIN_TOKEN_LIFETIME_S
        ? body.expires_in
        : MIN_TOKEN_LIFETIME_S;
    return { token, expiresAt: this.now() + lifetime * 1000 };
  }

  private unauthorized(method: string, url: string, access: AccessScope): ServerError {
    return new ServerError(
      "UNAUTHORIZED",
      `${hostOf(url)} refused ${method} ${displayUrl(url)} (401) with ${this.describeCredentials()}`,
      {
        status: 401,
        url: displayUrl(url),
        hint: this.hint(access),
      },
    );
  }

  /** The credentials were accepted, but do not grant `access` to this repository. */
  private denied(method: string, url: string, access: AccessScope, status: 401 | 403): ServerError {
    const what = access === "pull" ? "pull" : "push";
    const answer = status === 401 ? "401 insufficient_scope" : "403";
    const subject = this.notary ? `the trust data of ${this.repository}` : this.repository;
    // Azure Container Registry grants pushing signatures apart from pushing images.
    const azure = this.notary && access !== "pull" && /\.azurecr\.(io|us|cn)$/i.test(new URL(url).hostname);
    return new ServerError(
      access === "pull" ? "PULL_DENIED" : "PUSH_DENIED",
      `${hostOf(url)} refused ${what} access to ${subject} for ${this.describeCredentials()} (${answer} on ${method} ${displayUrl(url)})`,
      {
        status,
        url: displayUrl(url),
        hint: this.credentials
          ? `these credentials may not ${what}${access === "pull" ? "" : " to"} ${subject}: grant them ${what} access${azure ? " (on Azure Container Registry, the AcrImageSigner role beside AcrPush)" : ""}, or use credentials that have it`
          : this.logIn(),
      },
    );
  }

  private hint(access: AccessScope): string {
    return this.credentials
      ? `check that the credentials from ${this.credentials.source} are valid and may ${access === "pull" ? "pull" : "push to"} ${this.repository}`
      : this.logIn();
  }

  private logIn(): string {
    const host = this.credentialsHost ?? hostOf(this.baseUrl);
    return `log in to ${host} first (docker login) or give ${setting("registry-username")} and ${setting("registry-password")}`;
  }
}

function withAuthorization(req: HttpRequest, header: string | undefined): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (name.toLowerCase() !== "authorization") headers[name] = value;
  }
  if (header) headers["authorization"] = header;
  return { ...req, headers };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "server";
  }
}

/** Issued tokens shorter than this are not registered as secrets (see fetchToken). */
const MIN_TOKEN_SECRET = 16;

/** The Basic credentials of a user and password, as an Authorization header carries them. */
function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString("base64");
}
