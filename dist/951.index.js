export const id = 951;
export const ids = [951,856,733];
export const modules = {

/***/ 6986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ ACCESS_CODES),
/* harmony export */   E5: () => (/* binding */ UNREACHABLE_CODES),
/* harmony export */   tv: () => (/* binding */ LOST_ANSWER_CODES),
/* harmony export */   wX: () => (/* binding */ RETRYABLE_CODES)
/* harmony export */ });
/**
 * Failures of one exchange that a retry can cure and that cannot have changed anything on the
 * server before it failed: the transport (net/retry.ts) and registry writes retry them.
 */
const RETRYABLE_CODES = new Set([
    "UNREACHABLE",
    "TIMEOUT",
    "CONNECTION_RESET",
]);
/**
 * An upload that may or may not have been applied: only re-reading the server can tell. A
 * connection reset while the answer was read is one (the server may have committed before the
 * answer was lost); so is a 500 to the upload (UPLOAD_UNCONFIRMED, a lost race on PostgreSQL).
 */
const LOST_ANSWER_CODES = new Set([
    "UNREACHABLE",
    "TIMEOUT",
    "SERVER_UNAVAILABLE",
    "CONNECTION_RESET",
    "UPLOAD_UNCONFIRMED",
]);
/** A server that could not be reached or spoken to: network, redirects, TLS, plain HTTP, proxy. */
const UNREACHABLE_CODES = new Set([
    "UNREACHABLE",
    "TIMEOUT",
    "CONNECTION_RESET",
    "SERVER_UNAVAILABLE",
    "TOO_MANY_REDIRECTS",
    "BAD_REDIRECT",
    "ABORTED",
    "TLS",
    "TLS_UNKNOWN_CA",
    "TLS_WRONG_CA",
    "TLS_HOSTNAME",
    "TLS_CERT_EXPIRED",
    "PLAIN_HTTP",
    "REGISTRY_PLAIN_HTTP",
    "PROXY_AUTH",
    "PROXY_REFUSED",
]);
/** Credentials missing, refused, or without the access asked for. */
const ACCESS_CODES = new Set([
    "UNAUTHORIZED",
    "PULL_DENIED",
    "PUSH_DENIED",
    "TOKEN_ERROR",
    "BAD_CHALLENGE",
    "CREDENTIAL_HELPER",
]);


/***/ }),

/***/ 5294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ eventLoopTurns),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/**
 * Waiting for the event loop itself: after `count` turns (setImmediate), the I/O callbacks, socket
 * writes and close events that were due when it was called have run.
 */
async function eventLoopTurns(count = 1) {
    for (let i = 0; i < count; i++)
        await new Promise((resolve) => setImmediate(resolve));
}
/** Resolves after `ms`; rejects with the signal's reason as soon as `signal` aborts (its timer is cleared). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ AuthSession)
});

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redaction.ts
var redaction = __webpack_require__(1066);
;// CONCATENATED MODULE: ./src/net/challenge.ts
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const TOKEN68 = /[A-Za-z0-9._~+/-]+=*/y;
function parseChallenges(header) {
    if (!header)
        return [];
    const out = [];
    let pos = 0;
    const skip = (chars) => {
        while (pos < header.length && chars.test(header[pos]))
            pos++;
    };
    const read = (re) => {
        re.lastIndex = pos;
        const m = re.exec(header);
        if (!m)
            return undefined;
        pos = re.lastIndex;
        return m[0];
    };
    /** True when a `name =` auth-param starts at pos (so not the next challenge's scheme). */
    const paramAhead = () => {
        const save = pos;
        const name = read(TOKEN);
        skip(/[ \t]/);
        let isParam = name !== undefined && header[pos] === "=";
        if (isParam) {
            // "abc==" is a token68, not the parameter abc: a value is a token or a quoted string.
            pos++;
            skip(/[ \t]/);
            isParam = header[pos] === '"' || /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[pos] ?? "");
        }
        pos = save;
        return isParam;
    };
    const readValue = () => {
        if (header[pos] !== '"')
            return read(TOKEN) ?? "";
        pos++;
        let value = "";
        while (pos < header.length && header[pos] !== '"') {
            if (header[pos] === "\\" && pos + 1 < header.length)
                pos++;
            value += header[pos++];
        }
        pos++; // closing quote (or end of input)
        return value;
    };
    while (pos < header.length) {
        skip(/[\s,]/);
        const scheme = read(TOKEN);
        if (scheme === undefined) {
            pos++; // not a token: skip a stray character rather than loop forever
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        out.push(challenge);
        skip(/[ \t]/);
        if (!paramAhead()) {
            // token68 form (e.g. "Negotiate abc=="): not used by registries; skip it.
            const save = pos;
            if (read(TOKEN68) === undefined || /^\s*=/.test(header.slice(pos)))
                pos = save;
        }
        for (;;) {
            skip(/[ \t]/);
            if (!paramAhead())
                break;
            const name = read(TOKEN).toLowerCase();
            skip(/[ \t]/);
            pos++; // "="
            skip(/[ \t]/);
            challenge.params[name] = readValue();
            skip(/[ \t]/);
            if (header[pos] !== ",")
                break;
            pos++;
            skip(/[\s,]/);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/net/http.ts + 1 modules
var http = __webpack_require__(8547);
;// CONCATENATED MODULE: ./src/net/auth.ts
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





const TOKEN_MAX_BYTES = 64 * 1024;
const MIN_TOKEN_LIFETIME_S = 60; // docker: minimumTokenLifetimeSeconds
const EXPIRY_MARGIN_MS = 5_000;
/** Codes of a token fetch the token endpoint refused, or whose realm we refuse (see fetchToken). */
const KEPT_REFUSALS = new Set(["UNAUTHORIZED", "BAD_CHALLENGE"]);
class AuthSession {
    baseUrl;
    repository;
    transport;
    credentials;
    credentialsHost;
    clientId;
    pushFromStart;
    notary;
    now;
    challenge;
    tokens = new Map();
    refreshToken;
    constructor(options) {
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
        if (c && "identityToken" in c)
            this.refreshToken = c.identityToken;
        // What goes on the wire in their place is as secret as the credentials themselves: a server
        // that repeats a request back in its error must not get them into a message or a log.
        if (c && "username" in c) {
            (0,redaction/* registerSecret */.cl)(c.password);
            (0,redaction/* registerSecret */.cl)(basicCredentials(c.username, c.password));
        }
        else if (c)
            (0,redaction/* registerSecret */.cl)(c.identityToken);
    }
    /** "credentials from docker config for host" or "no credentials": what a message names. */
    describeCredentials() {
        return this.credentials ? `credentials from ${this.credentials.source}` : "no credentials";
    }
    /**
     * GET <base>/v2/ to learn the challenge, so that the next request (a POST whose body should be
     * sent once) carries a token from the start. Returns the status of the ping.
     */
    async ping(signal) {
        const res = await this.transport({
            method: "GET",
            url: `${this.baseUrl}/v2/`,
            maxBytes: 64 * 1024,
            ...(signal ? { signal } : {}),
        });
        if (res.status === 401)
            this.challenge = this.pickChallenge(res, "GET", `${this.baseUrl}/v2/`).challenge;
        else if (res.status < 300 || res.status === 404)
            this.challenge = { scheme: "none" };
        return res.status;
    }
    /**
     * Sends `req` with auth for `access`; returns any answer but a refusal. A refusal throws
     * PUSH_DENIED / PULL_DENIED when the credentials were accepted but lack that access (403, or 401
     * with `error="insufficient_scope"`), else UNAUTHORIZED.
     */
    async request(req, access = "pull") {
        // Credentials and tokens are for this server only (an upload Location may point elsewhere).
        if (originOf(req.url) !== originOf(this.baseUrl))
            return this.transport(withAuthorization(req, undefined));
        let auth = await this.authorization(access, req.signal);
        let refreshed = false;
        for (;;) {
            const res = await this.transport(withAuthorization(req, auth?.header));
            if (res.status === 403)
                throw this.denied(req.method, req.url, access, 403);
            if (res.status !== 401)
                return res;
            const refusal = this.learnChallenge(res, req.method, req.url);
            if (refusal === "insufficient_scope" && this.credentials)
                throw this.denied(req.method, req.url, access, 401);
            // Sent without a token (the challenge was not known): get one. A token from the cache, or
            // one the server calls invalid (expired, revoked), is replaced once; a fresh token refused
            // for another reason would only be issued again with the same grant.
            const renew = auth === undefined ||
                (!refreshed && refusal !== "insufficient_scope" && (auth.cached || refusal === "invalid_token"));
            if (!renew)
                throw this.unauthorized(req.method, req.url, access);
            if (auth !== undefined)
                refreshed = true;
            await this.forget(access, auth?.header);
            auth = await this.authorization(access, req.signal);
            if (auth === undefined)
                throw this.unauthorized(req.method, req.url, access);
        }
    }
    /** Remembers the challenge of a 401; returns its `error` parameter (RFC 6750 §3.1), if any. */
    learnChallenge(res, method, url) {
        const { challenge, error } = this.pickChallenge(res, method, url);
        this.challenge = challenge;
        return error;
    }
    /**
     * Drops the cached token that was refused (`header`), so the next request fetches a new one.
     * Requests in flight with the same expired token all land here: only the first drops it, the
     * others then find the new token already being fetched, so one expiry costs one refresh.
     */
    async forget(access, header) {
        // Sent without a token (the challenge was not known yet): there is no refused token to drop,
        // and a token a concurrent request is fetching must be shared, not fetched again.
        if (header === undefined)
            return;
        for (const scope of access === "pull" ? ["pull", "pull,push"] : ["pull,push"]) {
            const pending = this.tokens.get(scope);
            if (!pending)
                continue;
            const token = await pending.catch(() => undefined);
            const refused = token === undefined || `Bearer ${token.token}` === header;
            if (refused && this.tokens.get(scope) === pending)
                this.tokens.delete(scope);
        }
    }
    pickChallenge(res, method, url) {
        const challenges = parseChallenges(res.headers["www-authenticate"]);
        const bearer = challenges.find((c) => c.scheme === "bearer" && c.params["realm"]);
        if (bearer) {
            const error = bearer.params["error"];
            return {
                challenge: {
                    scheme: "bearer",
                    realm: bearer.params["realm"],
                    ...(bearer.params["service"] !== undefined ? { service: bearer.params["service"] } : {}),
                },
                ...(error !== undefined ? { error } : {}),
            };
        }
        if (challenges.some((c) => c.scheme === "basic"))
            return { challenge: { scheme: "basic" } };
        const schemes = challenges.map((c) => c.scheme).join(", ") || "none";
        throw new errors/* ServerError */.gP("UNAUTHORIZED", `${hostOf(url)} answered 401 to ${method} ${(0,http/* displayUrl */.Q)(url)} with no usable authentication challenge (schemes: ${schemes})`, { status: 401, url: (0,http/* displayUrl */.Q)(url) });
    }
    /** The Authorization header for `access` when the challenge is known; fetches a token if needed. */
    async authorization(access, signal) {
        const challenge = this.challenge;
        if (!challenge || challenge.scheme === "none")
            return undefined;
        if (challenge.scheme === "basic") {
            const c = this.credentials?.credentials;
            if (!c || !("username" in c))
                return undefined;
            return { header: `Basic ${basicCredentials(c.username, c.password)}`, cached: false };
        }
        const wanted = this.pushFromStart ? "pull,push" : access;
        try {
            return await this.bearer(challenge, wanted, signal);
        }
        catch (err) {
            // A token service that refuses push outright, where the spec has it grant the pull part: the
            // reads go on with a pull token, and an upload meets the refusal.
            if (wanted !== access && err instanceof errors/* ServerError */.gP && err.code === "UNAUTHORIZED")
                return this.bearer(challenge, access, signal);
            throw err;
        }
    }
    /** A token for `wanted` (a pull,push token serves pull too): cached, being fetched, or fetched now. */
    async bearer(challenge, wanted, signal) {
        for (const scope of wanted === "pull" ? ["pull", "pull,push"] : ["pull,push"]) {
            let pending = this.tokens.get(scope);
            while (pending) {
                let token;
                try {
                    token = await pending;
                }
                catch (err) {
                    // The endpoint's own refusal is the answer of every request that waits for it: each
                    // asking again would only send the same credentials again, a wave of them where an
                    // endpoint may count failed logins. A refusal of push says nothing about pull.
                    if (err instanceof errors/* ServerError */.gP && KEPT_REFUSALS.has(err.code)) {
                        if (scope === wanted)
                            throw err;
                        break;
                    }
                }
                if (token && token.expiresAt - EXPIRY_MARGIN_MS > this.now())
                    return { header: `Bearer ${token.token}`, cached: true };
                // Expired, or a fetch cut short: share the fetch another request has started since, if any.
                const current = this.tokens.get(scope);
                if (current === pending)
                    this.tokens.delete(scope);
                pending = current === pending ? undefined : current;
            }
        }
        // Another request may have started that fetch while this one waited above.
        if (this.tokens.has(wanted))
            return this.bearer(challenge, wanted, signal);
        const fresh = this.fetchToken(challenge, wanted, signal);
        this.tokens.set(wanted, fresh);
        // A fetch cut short, or a failing endpoint, is forgotten, to be tried again; the endpoint's
        // refusal is kept as the answer of this session's later requests too.
        fresh.catch((err) => {
            if (err instanceof errors/* ServerError */.gP && KEPT_REFUSALS.has(err.code))
                return;
            if (this.tokens.get(wanted) === fresh)
                this.tokens.delete(wanted);
        });
        return { header: `Bearer ${(await fresh).token}`, cached: false };
    }
    async fetchToken(challenge, access, signal) {
        let realm;
        try {
            realm = new URL(challenge.realm);
        }
        catch {
            realm = new URL("invalid:");
        }
        const base = new URL(this.baseUrl);
        if (realm.protocol !== "https:" && !(realm.protocol === "http:" && base.protocol === "http:")) {
            throw new errors/* ServerError */.gP("BAD_CHALLENGE", `${base.host} names a token realm that is not https (${(0,http/* displayUrl */.Q)(challenge.realm)}); refusing to send credentials there`, { url: (0,http/* displayUrl */.Q)(challenge.realm) });
        }
        const scope = `repository:${this.repository}:${access}`;
        const c = this.credentials?.credentials;
        const common = { maxBytes: TOKEN_MAX_BYTES, ...(signal ? { signal } : {}) };
        let res;
        if (this.refreshToken !== undefined) {
            const form = new URLSearchParams({
                grant_type: "refresh_token",
                refresh_token: this.refreshToken,
                client_id: this.clientId,
                access_type: "offline",
                scope,
            });
            if (challenge.service !== undefined)
                form.set("service", challenge.service);
            res = await this.transport({
                method: "POST",
                url: realm.href,
                headers: { "content-type": "application/x-www-form-urlencoded" },
                body: new TextEncoder().encode(form.toString()),
                ...common,
            });
        }
        else {
            if (challenge.service !== undefined)
                realm.searchParams.set("service", challenge.service);
            realm.searchParams.set("scope", scope);
            const headers = {};
            if (c && "username" in c) {
                realm.searchParams.set("account", c.username);
                headers["authorization"] = `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
            }
            res = await this.transport({ method: "GET", url: realm.href, headers, ...common });
        }
        const shown = (0,http/* displayUrl */.Q)(challenge.realm);
        if (res.status === 401 || res.status === 403) {
            throw new errors/* ServerError */.gP("UNAUTHORIZED", `token endpoint ${shown} refused ${this.describeCredentials()} for ${scope} (${res.status})`, {
                status: res.status,
                url: shown,
                hint: this.hint(access),
            });
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered ${res.status} for ${scope}`, {
                status: res.status,
                url: shown,
            });
        }
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered with something that is not JSON`, {
                status: res.status,
                url: shown,
            });
        }
        const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
        if (typeof token !== "string" || !token) {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered without a token`, {
                status: res.status,
                url: shown,
            });
        }
        // A token is the service's choice: one too short to be a secret (a hostile service's "e") would
        // have the runner mask every "e" for the rest of the job.
        for (const issued of [token, body.refresh_token])
            if (typeof issued === "string" && issued.length >= MIN_TOKEN_SECRET)
                (0,redaction/* registerSecret */.cl)(issued);
        if (typeof body.refresh_token === "string" && body.refresh_token && this.refreshToken !== undefined)
            this.refreshToken = body.refresh_token;
        const lifetime = typeof body.expires_in === "number" && body.expires_in >= MIN_TOKEN_LIFETIME_S
            ? body.expires_in
            : MIN_TOKEN_LIFETIME_S;
        return { token, expiresAt: this.now() + lifetime * 1000 };
    }
    unauthorized(method, url, access) {
        return new errors/* ServerError */.gP("UNAUTHORIZED", `${hostOf(url)} refused ${method} ${(0,http/* displayUrl */.Q)(url)} (401) with ${this.describeCredentials()}`, {
            status: 401,
            url: (0,http/* displayUrl */.Q)(url),
            hint: this.hint(access),
        });
    }
    /** The credentials were accepted, but do not grant `access` to this repository. */
    denied(method, url, access, status) {
        const what = access === "pull" ? "pull" : "push";
        const answer = status === 401 ? "401 insufficient_scope" : "403";
        const subject = this.notary ? `the trust data of ${this.repository}` : this.repository;
        // Azure Container Registry grants pushing signatures apart from pushing images.
        const azure = this.notary && access !== "pull" && /\.azurecr\.(io|us|cn)$/i.test(new URL(url).hostname);
        return new errors/* ServerError */.gP(access === "pull" ? "PULL_DENIED" : "PUSH_DENIED", `${hostOf(url)} refused ${what} access to ${subject} for ${this.describeCredentials()} (${answer} on ${method} ${(0,http/* displayUrl */.Q)(url)})`, {
            status,
            url: (0,http/* displayUrl */.Q)(url),
            hint: this.credentials
                ? `these credentials may not ${what}${access === "pull" ? "" : " to"} ${subject}: grant them ${what} access${azure ? " (on Azure Container Registry, the AcrImageSigner role beside AcrPush)" : ""}, or use credentials that have it`
                : this.logIn(),
        });
    }
    hint(access) {
        return this.credentials
            ? `check that the credentials from ${this.credentials.source} are valid and may ${access === "pull" ? "pull" : "push to"} ${this.repository}`
            : this.logIn();
    }
    logIn() {
        const host = this.credentialsHost ?? hostOf(this.baseUrl);
        return `log in to ${host} first (docker login) or give ${(0,wording/* setting */.Pe)("registry-username")} and ${(0,wording/* setting */.Pe)("registry-password")}`;
    }
}
function withAuthorization(req, header) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers ?? {})) {
        if (name.toLowerCase() !== "authorization")
            headers[name] = value;
    }
    if (header)
        headers["authorization"] = header;
    return { ...req, headers };
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return "";
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return "server";
    }
}
/** Issued tokens shorter than this are not registered as secrets (see fetchToken). */
const MIN_TOKEN_SECRET = 16;
/** The Basic credentials of a user and password, as an Authorization header carries them. */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`).toString("base64");
}


/***/ }),

/***/ 7879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ DEFAULT_RUN_DEADLINE_MS),
/* harmony export */   N: () => (/* binding */ withDeadline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8547);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3395);
/**
 * One deadline for a whole run: every request gets at most the time left (its own timeout still
 * applies when shorter), and once the time is up nothing more is sent. A hung server then costs at
 * most the run's deadline, not attempts × the per-request timeout.
 */



/** Default deadline of a run: five minutes. */
const DEFAULT_RUN_DEADLINE_MS = 300_000;
const HUNG_SERVER = `the server is hung or very slow; raise ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("deadline")} only if it is just slow`;
function withDeadline(transport, options) {
    const now = options.now ?? Date.now;
    const perRequest = options.requestTimeoutMs ?? 30_000;
    return async (req) => {
        const what = `${req.method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Q)(req.url)}`;
        const left = options.deadlineAt - now();
        if (left <= 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineExceeded */ .GQ)(options.deadlineMs, what, HUNG_SERVER);
        const own = req.timeoutMs ?? perRequest;
        try {
            return await transport(left < own ? { ...req, timeoutMs: Math.max(1, left) } : req);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "TIMEOUT" && now() >= options.deadlineAt - 5)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlineExceeded */ .GQ)(options.deadlineMs, what, HUNG_SERVER, err);
            throw err;
        }
    };
}


/***/ }),

/***/ 8547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ createTransport),
  Q: () => (/* reexport */ http_parts/* displayUrl */.Qy)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/event-loop.ts
var event_loop = __webpack_require__(5294);
// EXTERNAL MODULE: ./src/net/early-connections.ts
var early_connections = __webpack_require__(8976);
// EXTERNAL MODULE: ./src/net/http-parts.ts
var http_parts = __webpack_require__(3848);
// EXTERNAL MODULE: ./src/net/route.ts
var net_route = __webpack_require__(7982);
// EXTERNAL MODULE: ./src/net/tls-trust.ts
var tls_trust = __webpack_require__(3733);
;// CONCATENATED MODULE: ./src/net/exchange.ts
/**
 * One HTTP exchange over a route (direct or through a proxy): the request, the bounded read of its
 * answer, the one resend on a stale keep-alive socket, and errors that name the URL but never a
 * header value. A TLS handshake that meets plain HTTP is told apart from a broken TLS server here.
 * Redirects, deadlines and TLS contexts are the transport's (http.ts).
 */








const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;
/** What a TLS client reports when the server's first bytes are no TLS record (a plain-HTTP answer, say). */
const NOT_TLS_CODES = new Set([
    "EPROTO",
    "ERR_SSL_WRONG_VERSION_NUMBER",
    "ERR_SSL_PACKET_LENGTH_TOO_LONG",
    "ERR_SSL_HTTP_REQUEST",
]);
/**
 * Largest declared length read into a buffer made before the body arrives: a server's claim alone
 * never makes us hold more than this (a larger body is collected as it comes, within maxBytes).
 */
const PREALLOCATE_MAX = 32 * 1024 * 1024;
/** Deadline of the one plain-HTTP request that tells a plain-HTTP server from a broken TLS one. */
const PLAIN_HTTP_PROBE_MS = 2_000;
/**
 * One request/response; resent once on a new connection when a reused keep-alive socket was closed
 * before any answer, for idempotent methods only (as Go's transport does): a POST may have been
 * processed, so whether to repeat it is the caller's decision. A new connection that is not set up
 * (TCP, and TLS for https) within `setupMs` fails the request as UNREACHABLE.
 */
async function exchange(router, tlsOptions, url, method, headers, body, maxBytes, signal, setupMs) {
    await router.ready;
    // A POST is not resent on a stale socket, so it must not pick one: after seconds of work on the
    // CPU (planning a role of 100,000 tags) the server's close of an idle connection is still waiting
    // unseen, and the POST would be written into it (EPIPE) again on every attempt. Two turns of the
    // event loop let the close be seen (read, then the close callbacks) before the agent hands out a socket.
    if (method === "POST")
        await (0,event_loop/* eventLoopTurns */.X)(2);
    const route = router.route(url, tlsOptions.secureContext);
    const once = () => exchangeOnce(route, tlsOptions, url, method, headers, body, maxBytes, signal, setupMs);
    try {
        try {
            return await once();
        }
        catch (err) {
            if (!(err instanceof StaleSocketError) || signal.aborted)
                throw err;
            if (method === "POST")
                throw unreachable(url, method, err.nodeCode, route);
        }
        try {
            return await once();
        }
        catch (err) {
            if (!(err instanceof StaleSocketError) || signal.aborted)
                throw err;
            throw unreachable(url, method, err.nodeCode, route);
        }
    }
    catch (err) {
        if (!(err instanceof NotTlsError) || signal.aborted)
            throw err;
        // Go's client reads the first bytes of the answer to tell "server gave HTTP response to HTTPS
        // client"; Node only says EPROTO. One plain-HTTP request to the same host and port, through the
        // same proxy, tells the two apart: any HTTP answer means the server speaks plain HTTP.
        const shown = `${method} ${(0,http_parts/* displayUrl */.Qy)(url)}`;
        // Through a proxy named by an https:// URL the handshake that failed may be the proxy's own: a
        // plain-HTTP proxy (most are) written with the wrong scheme.
        // A proxy that completes a TLS handshake of its own is not that: the failure is further on.
        if (route.proxy?.url.protocol === "https:" && !(await speaksTls(route.proxy.url, signal))) {
            const proxyUrl = new URL(`http://${route.proxy.url.host}/`);
            if (await speaksPlainHttp(router, proxyUrl, null, signal, setupMs)) {
                throw new errors/* UsageError */.eb(`the proxy ${route.proxy.url.host} speaks plain HTTP, but its URL says https:// (${err.nodeCode} for ${shown})`, { hint: `write the proxy URL as http://${route.proxy.url.host}` });
            }
        }
        const plain = await speaksPlainHttp(router, url, route.proxy ?? null, signal, setupMs);
        if (plain) {
            throw new errors/* ServerError */.gP("PLAIN_HTTP", `${url.host} answered plain HTTP to an HTTPS request for ${shown}`, {
                url: (0,http_parts/* displayUrl */.Qy)(url),
                hint: "the server does not speak TLS: reach it over http",
            });
        }
        throw (0,tls_trust.tlsFailure)(err.nodeCode, url.host, shown, (0,http_parts/* displayUrl */.Qy)(url), tlsOptions.caGiven === true, proxied(route, true));
    }
}
/** The proxy of a route for tlsFailure; `tunnelAnswered`: the proxy answered CONNECT (its own TLS is done). */
function proxied(route, tunnelAnswered) {
    if (!route.proxy)
        return undefined;
    return { host: route.proxy.url.host, own: route.proxy.url.protocol === "https:" && !tunnelAnswered };
}
/**
 * Whether host:port of `url` completes a TLS handshake (any certificate: nothing is sent over it,
 * and it is closed at once); false only when what answers is not TLS. Undecided (a timeout, a
 * refused connection) counts as TLS, so that nothing is blamed on a guess.
 */
function speaksTls(url, signal) {
    return new Promise((resolve) => {
        const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
        const socket = external_node_tls_default().connect({
            host,
            port: Number(url.port || 443),
            // SNI names a host, never an address (Node warns when given one).
            ...((0,external_node_net_.isIP)(host) ? {} : { servername: host }),
            rejectUnauthorized: false,
        });
        const timer = setTimeout(() => done(true), PLAIN_HTTP_PROBE_MS);
        const abort = () => done(true);
        signal.addEventListener("abort", abort, { once: true });
        function done(answer) {
            clearTimeout(timer);
            signal.removeEventListener("abort", abort);
            socket.destroy();
            resolve(answer);
        }
        socket.once("secureConnect", () => done(true));
        socket.once("error", (err) => done(!NOT_TLS_CODES.has(err.code ?? "")));
    });
}
/** Whether host:port of `url` answers a plain-HTTP HEAD / (no credentials are sent). */
async function speaksPlainHttp(router, url, via, signal, setupMs) {
    const probeUrl = new URL(`http://${url.host}/`);
    const probe = AbortSignal.any([signal, AbortSignal.timeout(PLAIN_HTTP_PROBE_MS)]);
    try {
        await exchangeOnce(router.route(probeUrl, undefined, via), {}, probeUrl, "HEAD", {}, undefined, 0, probe, setupMs);
        return true;
    }
    catch (err) {
        // Any answer at all is HTTP; only a failure to get one says no.
        return err instanceof errors/* ServerError */.gP && err.code === "RESPONSE_TOO_LARGE";
    }
}
function unreachable(url, method, code, route) {
    const shown = (0,http_parts/* displayUrl */.Qy)(url);
    const { proxy } = route;
    const why = code || "connection error";
    if (proxy) {
        return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} through the proxy ${proxy.url.host} for ${method} ${shown} (${why})`, { url: shown, why: `${why}, through the proxy ${proxy.url.host}` });
    }
    // Said when NO_PROXY took it past a proxy: a host only the proxy resolves fails this way.
    return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} for ${method} ${shown} (${why})${route.pastProxy ? `, directly: NO_PROXY lists it` : ""}`, {
        url: shown,
        why,
        ...(route.pastProxy ? { hint: `if only the proxy reaches ${url.hostname}, take it out of NO_PROXY` } : {}),
    });
}
/** A kept-alive socket the server had closed; `nodeCode` is Node's code for how it failed. */
class StaleSocketError extends Error {
    nodeCode;
    constructor(nodeCode) {
        super(`stale socket (${nodeCode})`);
        this.nodeCode = nodeCode;
    }
}
/** A TLS handshake that met something other than TLS; `nodeCode` is Node's code. */
class NotTlsError extends Error {
    nodeCode;
    constructor(nodeCode) {
        super(`not TLS (${nodeCode})`);
        this.nodeCode = nodeCode;
    }
}
function exchangeOnce(route, tlsOptions, url, method, headers, body, maxBytes, signal, setupMs) {
    let onAbort;
    const answer = new Promise((resolve, reject) => {
        const shown = (0,http_parts/* displayUrl */.Qy)(url);
        const sendHeaders = { ...headers, ...route.headers };
        if (body !== undefined)
            sendHeaders["content-length"] = String(body.byteLength);
        let settled = false;
        // Set when the proxy refused the CONNECT tunnel: its answer is not the target's.
        let refusedTunnel;
        let tunnelOpen = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            request.destroy();
            reject(err);
        };
        const request = route.lib.request({ ...route.options, method, headers: sendHeaders, signal });
        // Node reports an abort through the request's socket: one still waited for (a proxy's tunnel
        // being opened, a free connection of the pool) would leave the request unsettled for ever.
        onAbort = () => fail(signal.reason ?? new Error("aborted"));
        signal.addEventListener("abort", onAbort, { once: true });
        if (signal.aborted)
            onAbort();
        const notSetUp = () => unreachable(url, method, `no connection within ${(0,http_parts/* formatMs */._V)(setupMs)}`, route);
        // A server that accepts the connection and never finishes the handshake (or a host that drops
        // it) would hold the request until its whole deadline, on every retry: Go's clients give up on
        // a TLS handshake after 10 s. A reused connection, or an early one already set up, has no wait.
        request.on("socket", (socket) => {
            if (request.reusedSocket || isSetUp(socket))
                return;
            const timer = setTimeout(() => {
                if (!isSetUp(socket))
                    fail(notSetUp());
            }, setupMs);
            const clear = () => clearTimeout(timer);
            socket.once(socket instanceof (external_node_tls_default()).TLSSocket ? "secureConnect" : "connect", clear);
            socket.once("close", clear);
        });
        request.on("proxyConnect", (answer) => {
            tunnelOpen = answer.statusCode === 200;
            if (answer.statusCode !== 200)
                refusedTunnel = answer.statusCode ?? 0;
        });
        request.on("error", (err) => {
            if (signal.aborted)
                return fail(err);
            const code = err.code ?? "";
            if (err instanceof http_parts/* TunnelTimeoutError */.AN)
                return fail(notSetUp());
            if ((request.reusedSocket || (0,early_connections/* wasOpenedEarly */.Y2)(request.socket)) && (code === "ECONNRESET" || code === "EPIPE")) {
                return fail(new StaleSocketError(code));
            }
            if (url.protocol === "https:" && NOT_TLS_CODES.has(code))
                return fail(new NotTlsError(code));
            if (TLS_CODES.test(code)) {
                // A reused connection is a tunnel opened before: its proxy's handshake was done then.
                const via = proxied(route, refusedTunnel !== undefined || tunnelOpen || request.reusedSocket);
                return fail((0,tls_trust.tlsFailure)(code, url.host, `${method} ${shown}`, shown, tlsOptions.caGiven === true, via));
            }
            fail(unreachable(url, method, code, route));
        });
        request.on("response", (res) => {
            const status = res.statusCode ?? 0;
            if (route.proxy && (status === 407 || refusedTunnel !== undefined)) {
                // A refused tunnel's answer is the proxy's, never the target's (a 5xx one says it could not
                // reach the target, and is retried as the target's being unreachable is); 407 is the proxy
                // asking for credentials.
                res.resume();
                return fail((0,net_route/* proxyRefusal */.v)(route.proxy, status, url.host, `${method} ${shown}`, shown, res.headers["proxy-authenticate"]));
            }
            const responseHeaders = (0,http_parts/* flattenHeaders */.N4)(res.headers);
            const declared = Number(responseHeaders["content-length"]);
            const tooLarge = () => new errors/* ServerError */.gP("RESPONSE_TOO_LARGE", `response to ${method} ${shown} is larger than the limit of ${maxBytes} bytes`, { status, url: shown });
            if (REDIRECT_STATUSES.has(status) && responseHeaders["location"] && (method === "GET" || method === "HEAD")) {
                // The body of a redirect is never read; drain small ones to keep the socket.
                if (declared <= 65_536)
                    res.resume();
                else
                    res.destroy();
                settled = true;
                return resolve({ status, headers: responseHeaders, body: new Uint8Array(0), url: url.href });
            }
            if (method !== "HEAD" && Number.isFinite(declared) && declared > maxBytes)
                return fail(tooLarge());
            // A body of declared length is read into one buffer of that size (a large role is then held
            // once, not as chunks plus their concatenation plus a copy); one without is collected in chunks.
            const sized = method !== "HEAD" && Number.isSafeInteger(declared) && declared > 0 && declared <= PREALLOCATE_MAX
                ? new Uint8Array(declared)
                : undefined;
            const chunks = [];
            let received = 0;
            res.on("data", (chunk) => {
                if (received + chunk.length > maxBytes)
                    return fail(tooLarge());
                if (sized && received + chunk.length <= sized.length)
                    sized.set(chunk, received);
                else
                    chunks.push(chunk);
                received += chunk.length;
            });
            res.on("end", () => {
                if (settled)
                    return;
                settled = true;
                resolve({ status, headers: responseHeaders, body: bodyOf(sized, chunks, received), url: url.href });
            });
            const reset = (err) => {
                if (signal.aborted)
                    return fail(err ?? new Error("aborted"));
                fail(new errors/* ServerError */.gP("CONNECTION_RESET", `connection to ${url.host} closed while reading the response to ${method} ${shown} (${err?.code ?? "incomplete body"})`, { status, url: shown, why: `closed while reading the answer (${err?.code ?? "incomplete body"})` }));
            };
            res.on("error", reset);
            res.on("close", () => {
                if (!res.complete)
                    reset();
            });
        });
        request.end(body === undefined ? undefined : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    });
    return answer.finally(() => signal.removeEventListener("abort", onAbort));
}
/**
 * Whether a connection can carry a request now: TCP connected and, for TLS, the handshake finished
 * (both sides' Finished messages exchanged).
 */
function isSetUp(socket) {
    if (socket.pending)
        return false;
    // In TLS 1.2 the client sends its Finished before the server's: both are in once it is done.
    return (!(socket instanceof (external_node_tls_default()).TLSSocket) || (socket.getFinished() !== undefined && socket.getPeerFinished() !== undefined));
}
/**
 * The body read: the sized buffer when exactly its length arrived, else every byte received in
 * order (a body shorter or longer than declared is returned as received, as before). A copy of
 * Buffer.concat's result, which may be a slice of Node's shared pool.
 */
function bodyOf(sized, chunks, received) {
    if (sized && chunks.length === 0 && received === sized.length)
        return sized;
    const head = sized
        ? [Buffer.from(sized.buffer, 0, Math.min(sized.length, received - chunks.reduce((n, c) => n + c.length, 0)))]
        : [];
    return new Uint8Array(Buffer.concat([...head, ...chunks], received));
}

// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
// EXTERNAL MODULE: ./src/net/tls-context.ts
var tls_context = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/net/http.ts







const DEFAULT_TIMEOUT_MS = 30_000;
function createTransport(options = {}) {
    const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const connectTimeoutMs = options.connectTimeoutMs ?? http_parts/* DEFAULT_CONNECT_TIMEOUT_MS */.od;
    const maxRedirects = options.maxRedirects ?? 5;
    const userAgent = options.userAgent ?? "content-trust-action";
    const maxSockets = options.maxSockets ?? http_parts/* DEFAULT_MAX_SOCKETS */.Uq;
    const router = (0,net_route/* createRouter */.a)({ proxy: options.proxy, maxSockets, setupMs: connectTimeoutMs });
    // One TLS context per set of extra CAs, made on first use. Given as `ca` to the agent, the ~150
    // default CA certificates would be parsed again for each new socket (10-20 ms of CPU each, one
    // after another in a parallel wave) and copied into each request's pool key. See contextWithExtraCas
    // for how the context is made without parsing them again even once.
    const contexts = new Map();
    const tlsFor = (url) => {
        if (url.protocol !== "https:")
            return {};
        const hostCa = options.hostCa?.(url.host);
        const key = hostCa ? url.host : "";
        let known = contexts.get(key);
        if (!known) {
            const extra = [options.caPem, hostCa].filter((pem) => Boolean(pem));
            known = extra.length === 0 ? { caGiven: false } : { caGiven: true, secureContext: (0,tls_context.contextWithExtraCas)(extra) };
            contexts.set(key, known);
        }
        return known;
    };
    const transport = async (req) => {
        if (!Number.isSafeInteger(req.maxBytes) || req.maxBytes < 0) {
            throw new TypeError(`maxBytes must be a non-negative integer, got ${req.maxBytes}`);
        }
        let url = (0,http_parts/* parseHttpUrl */.f$)(req.url);
        const timeoutMs = req.timeoutMs ?? defaultTimeout;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        const onCallerAbort = () => controller.abort();
        req.signal?.addEventListener("abort", onCallerAbort, { once: true });
        if (req.signal?.aborted)
            controller.abort();
        const headers = { "user-agent": userAgent };
        for (const [name, value] of Object.entries(req.headers ?? {}))
            headers[name.toLowerCase()] = value;
        try {
            for (let hop = 0;; hop++) {
                const res = await exchange(router, tlsFor(url), url, req.method, headers, req.body, req.maxBytes, controller.signal, connectTimeoutMs);
                const location = res.headers["location"];
                const followable = req.method === "GET" || req.method === "HEAD";
                if (!followable || !REDIRECT_STATUSES.has(res.status) || !location)
                    return res;
                if (hop >= maxRedirects) {
                    throw new errors/* ServerError */.gP("TOO_MANY_REDIRECTS", `${req.method} ${(0,http_parts/* displayUrl */.Qy)(req.url)} redirected more than ${maxRedirects} times`, { status: res.status, url: (0,http_parts/* displayUrl */.Qy)(req.url) });
                }
                let next;
                try {
                    next = new URL(location, url);
                }
                catch {
                    next = new URL("invalid:");
                }
                if (next.protocol !== "http:" && next.protocol !== "https:") {
                    throw new errors/* ServerError */.gP("BAD_REDIRECT", `${req.method} ${(0,http_parts/* displayUrl */.Qy)(url)} redirected to a URL that is not http(s)`, { status: res.status, url: (0,http_parts/* displayUrl */.Qy)(url) });
                }
                // A downgrade would hand the rest of the exchange to anyone on the path; loopback has no path.
                if (url.protocol === "https:" && next.protocol === "http:" && !(0,proxy/* isLoopbackHost */.cW)(next.hostname)) {
                    throw new errors/* ServerError */.gP("BAD_REDIRECT", `${req.method} ${(0,http_parts/* displayUrl */.Qy)(url)} redirected from https to plain http (${next.host})`, {
                        status: res.status,
                        url: (0,http_parts/* displayUrl */.Qy)(url),
                        hint: "the server must redirect to an https URL",
                    });
                }
                // Credentials are for the origin that asked for them, never for the next one.
                if (next.origin !== url.origin)
                    delete headers["authorization"];
                url = next;
            }
        }
        catch (err) {
            if (err instanceof errors/* ServerError */.gP)
                throw err;
            if (timedOut) {
                throw new errors/* ServerError */.gP("TIMEOUT", `${req.method} ${(0,http_parts/* displayUrl */.Qy)(url)} did not complete within ${(0,http_parts/* formatMs */._V)(timeoutMs)}`, { url: (0,http_parts/* displayUrl */.Qy)(url), cause: err, why: `not complete within ${(0,http_parts/* formatMs */._V)(timeoutMs)}` });
            }
            if (req.signal?.aborted) {
                throw new errors/* ServerError */.gP("ABORTED", `${req.method} ${(0,http_parts/* displayUrl */.Qy)(url)} was cancelled`, {
                    url: (0,http_parts/* displayUrl */.Qy)(url),
                    cause: req.signal.reason,
                });
            }
            throw err;
        }
        finally {
            clearTimeout(timer);
            req.signal?.removeEventListener("abort", onCallerAbort);
        }
    };
    return Object.assign(transport, {
        close: () => router.destroy(),
        agentFor: (secure) => router.agentFor(secure),
    });
}


/***/ }),

/***/ 7893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   OK: () => (/* binding */ retryLines),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   hL: () => (/* binding */ triedTimes),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError)
/* harmony export */ });
/* unused harmony exports describeRetry, parseRetryAfter */
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _event_loop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5294);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8547);
/**
 * Retries for idempotent requests (GET, HEAD) on transient failures: 408, 429 and 5xx answers
 * (except 501 Not Implemented), and UNREACHABLE / TIMEOUT / CONNECTION_RESET errors. Jittered
 * exponential backoff, `Retry-After` honoured up to `maxDelayMs`. POST, PUT and DELETE pass through
 * untouched: whether a write may be repeated is the caller's decision.
 */




/**
 * `GET https://notary.example/v2/…/timestamp.json failed (TIMEOUT: not complete within 30 s); retrying
 * in 812 ms (attempt 2 of 4)`.
 */
function describeRetry(e) {
    return `${e.method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Q)(e.url)} failed (${e.reason}); retrying in ${e.delayMs} ms (attempt ${e.attempt + 1} of ${e.attempts})`;
}
/**
 * Retry lines as a person reads them: a server that is down fails every request alike, so one line
 * per host, attempt and reason says it, where one per request would repeat it for every file (of
 * every image, when connections share the lines). An answer from the host ends that episode: a later
 * outage (the read-back after a publish) is said again.
 */
function retryLines(log) {
    const said = new Map();
    return {
        retrying(e) {
            const host = new URL(e.url).host;
            const seen = said.get(host) ?? new Set();
            const key = `${e.attempt} ${e.reason}`;
            if (seen.has(key))
                return;
            said.set(host, seen.add(key));
            log(describeRetry(e));
        },
        answered(url, status) {
            if (!isRetryableStatus(status))
                said.delete(new URL(url).host);
        },
    };
}
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
function withRetries(transport, options = {}) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const baseDelayMs = options.baseDelayMs ?? 200;
    const maxDelayMs = options.maxDelayMs ?? 3000;
    const sleep = options.sleep ?? _event_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .y;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    return async (req) => {
        if (req.method !== "GET" && req.method !== "HEAD")
            return transport(req);
        for (let attempt = 1;; attempt++) {
            let retryAfterMs;
            let reason;
            let failure;
            try {
                const res = await transport(req);
                if (!isRetryableStatus(res.status))
                    return res;
                // Out of attempts: the answer says how often it was tried, for the message naming it.
                if (attempt >= attempts)
                    return attempt > 1 ? { ...res, attempts: attempt } : res;
                retryAfterMs = parseRetryAfter(res.headers["retry-after"], now());
                reason = `HTTP ${res.status}`;
                failure = { res: attempt > 1 ? { ...res, attempts: attempt } : res };
            }
            catch (err) {
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP) || !_error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRYABLE_CODES */ .wX.has(err.code) || req.signal?.aborted)
                    throw err;
                if (attempt >= attempts)
                    throw attempt > 1 ? triedTimes(err, attempt) : err;
                reason = err.why ? `${err.code}: ${err.why}` : err.code;
                failure = { err: attempt > 1 ? triedTimes(err, attempt) : err };
            }
            const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
            // "Equal jitter": half fixed, half random, so concurrent clients spread out.
            const jittered = Math.round(backoff / 2 + (random() * backoff) / 2);
            const delayMs = retryAfterMs === undefined ? jittered : Math.min(maxDelayMs, Math.max(retryAfterMs, 0));
            // A wait that would outlast the run's deadline is not worth starting: the failure is final.
            if (options.deadlineAt !== undefined && now() + delayMs >= options.deadlineAt) {
                if ("res" in failure)
                    return failure.res;
                throw failure.err;
            }
            options.onRetry?.({ method: req.method, url: req.url, reason, attempt, attempts, delayMs });
            await sleep(delayMs, req.signal);
        }
    };
}
/** A request that failed every time it was tried: a caller above must not retry it again. */
class RetriesExhaustedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP {
    attempts;
    constructor(err, attempts) {
        super(err.code, `${err.message} (tried ${attempts} times)`, {
            cause: err,
            ...(err.status !== undefined ? { status: err.status } : {}),
            ...(err.url !== undefined ? { url: err.url } : {}),
            ...(err.hint !== undefined ? { hint: err.hint } : {}),
        });
        this.attempts = attempts;
    }
}
/** The last error of a request that failed every time, saying how many times it was tried. */
function triedTimes(err, attempts) {
    return new RetriesExhaustedError(err, attempts);
}
/** `Retry-After` as delay-seconds or an HTTP-date; undefined when absent or unparsable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}


/***/ }),

/***/ 7982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ createRouter),
/* harmony export */   v: () => (/* binding */ proxyRefusal)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _early_connections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8976);
/* harmony import */ var _http_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3848);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1987);
/* harmony import */ var _tls_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2856);
/**
 * How one request reaches its server: directly, or through the forward proxy that proxy.ts chose.
 * https targets go through an HTTP CONNECT tunnel (https-proxy-agent), with TLS to the target end to
 * end; http targets are sent to the proxy in absolute form (`GET http://host/path`), as Go does.
 * Proxy credentials travel only in `Proxy-Authorization`, never in a URL that a library could log.
 * https-proxy-agent is loaded only by a router that has a proxy to use (start-up time).
 */








function createRouter(options) {
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
    const direct = { http: new DirectHttpAgent(agentOptions), https: new DirectHttpsAgent(agentOptions) };
    const tunnels = new Map();
    const opening = new Set();
    let Tunnel;
    const ready = options.proxy?.https || options.proxy?.http
        ? __webpack_require__.e(/* import() */ 669).then(__webpack_require__.t.bind(__webpack_require__, 3669, 23)).then((m) => {
            Tunnel = boundedTunnel(m.HttpsProxyAgent, options.setupMs ?? _http_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONNECT_TIMEOUT_MS */ .od, opening);
        })
        : Promise.resolve();
    // Awaited by each request; until then a failure to load must not count as unhandled.
    ready.catch(() => undefined);
    const isReady = () => Tunnel !== undefined || !(options.proxy?.https || options.proxy?.http);
    const forwarders = new Map();
    const all = () => [direct.http, direct.https, ...tunnels.values(), ...forwarders.values()];
    const contextIds = new WeakMap();
    let contexts = 0;
    const tunnelTo = (proxy, secureContext) => {
        // An https:// proxy's own certificate is checked with the target's TLS context, so the CA
        // certificates given for the server are trusted for the proxy too: Go's clients check both with
        // one TLS configuration. One agent per proxy and context.
        const context = proxy.url.protocol === "https:" ? secureContext : undefined;
        let id = context ? contextIds.get(context) : 0;
        if (id === undefined)
            contextIds.set(context, (id = ++contexts));
        const key = `${id} ${proxy.url.href}`;
        let agent = tunnels.get(key);
        if (!agent) {
            if (!Tunnel)
                throw new Error("route() before the router is ready");
            agent = new Tunnel(proxy.url.href, {
                ...agentOptions,
                ...(context ? { secureContext: context } : {}),
                ...(proxy.authorization ? { headers: { "Proxy-Authorization": proxy.authorization } } : {}),
            });
            tunnels.set(key, agent);
        }
        return agent;
    };
    const forwarderTo = (proxy) => {
        let agent = forwarders.get(proxy.url.href);
        if (!agent) {
            agent = proxy.url.protocol === "https:" ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(agentOptions) : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(agentOptions);
            forwarders.set(proxy.url.href, agent);
        }
        return agent;
    };
    const route = (url, secureContext, via) => {
        const proxy = via === null ? undefined : (via ?? (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyFor */ .iJ)(url, options.proxy));
        const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
        const path = `${url.pathname}${url.search}`;
        const secure = url.protocol === "https:";
        const tlsOptions = secure && secureContext ? { secureContext } : {};
        if (!proxy) {
            return {
                lib: secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default()),
                options: {
                    protocol: url.protocol,
                    hostname,
                    port: url.port || undefined,
                    path,
                    agent: secure ? direct.https : direct.http,
                    ...tlsOptions,
                },
                headers: {},
                ...(via === undefined && (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .bypassedByNoProxy */ .AI)(url, options.proxy) ? { pastProxy: true } : {}),
            };
        }
        if (secure) {
            return {
                lib: (node_https__WEBPACK_IMPORTED_MODULE_1___default()),
                options: {
                    protocol: url.protocol,
                    hostname,
                    port: url.port || undefined,
                    path,
                    agent: tunnelTo(proxy, secureContext),
                    ...tlsOptions,
                },
                headers: {},
                proxy,
            };
        }
        const target = new URL(url.href);
        target.username = "";
        target.password = "";
        target.hash = "";
        return {
            lib: proxy.url.protocol === "https:" ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default()),
            options: {
                protocol: proxy.url.protocol,
                hostname: proxy.url.hostname.replace(/^\[(.*)\]$/, "$1"),
                port: proxy.url.port || undefined,
                path: target.href,
                agent: forwarderTo(proxy),
            },
            headers: { host: url.host, ...(proxy.authorization ? { "proxy-authorization": proxy.authorization } : {}) },
            proxy,
        };
    };
    const destroy = () => {
        for (const agent of all())
            agent.destroy();
        // A tunnel still being opened is not in its agent's pool yet.
        for (const stop of opening)
            stop.abort();
    };
    return {
        ready,
        route,
        agentFor(secure) {
            return secure ? new RoutingHttpsAgent(pickFor(true), destroy) : new RoutingHttpAgent(pickFor(false), destroy);
        },
        destroy,
    };
    function pickFor(secure) {
        return (host, port, then) => {
            // A proxy variable we cannot use fails the request that would take it (proxyFor throws).
            const give = () => {
                let agent;
                try {
                    agent = pick(host, port);
                }
                catch (err) {
                    then(undefined, err);
                    return;
                }
                then(agent);
            };
            if (!isReady()) {
                ready.then(give, (err) => then(undefined, err));
                return;
            }
            give();
        };
        function pick(host, port) {
            const url = new URL(`${secure ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}${port ? `:${port}` : ""}/`);
            const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyFor */ .iJ)(url, options.proxy);
            // A client that takes an agent cannot send absolute-form requests: tunnel http through CONNECT too.
            if (proxy)
                return tunnelTo(proxy, undefined);
            return secure ? direct.https : direct.http;
        }
    }
}
/**
 * https-proxy-agent's agent with a bound on opening a tunnel: the connection to the proxy and the
 * proxy's answer to CONNECT. It has none, and the request cannot be failed from outside meanwhile:
 * it gets its socket only once the tunnel is open. The socket to the proxy is destroyed when the
 * bound passes (the request then fails with TunnelTimeoutError) or when the router is destroyed
 * (`opening` holds the tunnels being opened; a request given up meanwhile leaves its tunnel to
 * those two, as Node tells no agent of it).
 */
function boundedTunnel(Tunnel, setupMs, opening) {
    return class BoundedTunnel extends Tunnel {
        async connect(req, opts) {
            const stop = new AbortController();
            let late = false;
            const timer = setTimeout(() => {
                late = true;
                stop.abort();
            }, setupMs);
            opening.add(stop);
            // The socket to the proxy is made at once, from these options: their signal destroys it.
            const own = this;
            const base = own.connectOpts;
            own.connectOpts = { ...base, signal: stop.signal };
            let tunnel;
            try {
                tunnel = super.connect(req, withTargetIdentity(opts));
            }
            finally {
                own.connectOpts = base;
            }
            try {
                return await tunnel;
            }
            catch (err) {
                throw late ? new _http_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .TunnelTimeoutError */ .AN(setupMs) : err;
            }
            finally {
                // Once open, the tunnel is the request's (and then the pool's): nothing here stops it.
                clearTimeout(timer);
                opening.delete(stop);
            }
        }
    };
}
/**
 * The options of a tunnelled request, with the target's certificate checked against the target's
 * name. https-proxy-agent starts TLS over the tunnel without a host and, for an IP address, without
 * a server name: Node would then check the certificate against the host of the socket, which is the
 * proxy's, and a proxy could answer for any server given by address with a certificate of its own.
 */
function withTargetIdentity(opts) {
    const { host, secureEndpoint } = opts;
    if (!secureEndpoint || !host || "checkServerIdentity" in opts)
        return opts;
    const target = host.replace(/^\[(.*)\]$/, "$1");
    return {
        ...opts,
        checkServerIdentity: (_name, cert) => node_tls__WEBPACK_IMPORTED_MODULE_2___default().checkServerIdentity(target, cert),
    };
}
/** The proxy's own refusal: 407 (it wants credentials) or a refused CONNECT to `host`. */
function proxyRefusal(proxy, status, host, request, url, authenticate) {
    // A proxy that offers only schemes other than Basic (Negotiate, NTLM) can never take the
    // credentials of a proxy URL: say so rather than ask for them.
    const schemes = [authenticate ?? []]
        .flat()
        .flatMap((h) => h.split(","))
        .map((c) => /^\s*([A-Za-z][A-Za-z0-9-]*)(\s|$)/.exec(c)?.[1])
        .filter((s) => s !== undefined);
    if (status === 407 && schemes.length > 0 && !schemes.some((s) => s.toLowerCase() === "basic")) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("PROXY_AUTH", `the proxy ${proxy.url.host} wants ${[...new Set(schemes)].join(" or ")} authentication (407) for ${request}, and only Basic credentials (from the proxy URL) are sent`, {
            status,
            url,
            hint: "allow Basic authentication or this runner's address at the proxy, list the host in NO_PROXY, or run a local proxy that authenticates for it (such as cntlm or px) and point HTTPS_PROXY there",
        });
    }
    // Credentials in the proxy URL that earn a 407 were refused, not missing.
    return status === 407
        ? proxy.authorization
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("PROXY_AUTH", `the proxy ${proxy.url.host} refused the credentials in the proxy URL (407) for ${request}`, {
                status,
                url,
                hint: "check the user name and password; percent-encode @ : / # % and spaces in them (@ is %40)",
            })
            : new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("PROXY_AUTH", `the proxy ${proxy.url.host} wants credentials (407) for ${request}`, {
                status,
                url,
                hint: "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT",
            })
        : status >= 500 && status !== 501
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("UNREACHABLE", `the proxy ${proxy.url.host} could not connect to ${host} (${status}) for ${request}`, {
                status,
                url,
                why: `the proxy answered ${status}`,
                hint: `check that ${host} is the server's name and port and that it is up; the proxy resolves and connects to it, so a host only this machine can reach belongs in NO_PROXY`,
            })
            : new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("PROXY_REFUSED", `the proxy ${proxy.url.host} refused to connect to ${host} (${status}) for ${request}`, { status, url, hint: "allow the host in the proxy, or list it in NO_PROXY" });
}
/** Connection options a request could set that an early connection was not opened with. */
const OWN_SOCKET_OPTIONS = ["socketPath", "localAddress", "localPort", "family", "lookup"];
/** Whether a request chooses its own way to connect: then it never takes an early connection. */
const choosesOwnSocket = (options) => OWN_SOCKET_OPTIONS.some((name) => options[name] !== undefined);
/** TLS options a request could set that an early connection was not opened with. */
const OWN_TLS_OPTIONS = [
    "ca",
    "cert",
    "key",
    "pfx",
    "passphrase",
    "ciphers",
    "checkServerIdentity",
    "secureProtocol",
    "minVersion",
    "maxVersion",
    "ALPNProtocols",
];
/**
 * The agent of direct https requests: a new connection is one the entry point opened early for the
 * same host, port and trusted CAs when there is one (early-connections.ts), else a new one.
 */
class DirectHttpsAgent extends (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent) {
    createConnection(options, callback) {
        const host = options.host?.replace(/^\[(.*)\]$/, "$1");
        const early = host &&
            !OWN_TLS_OPTIONS.some((name) => options[name] !== undefined) &&
            !choosesOwnSocket(options) &&
            options.rejectUnauthorized !== false
            ? (0,_early_connections_js__WEBPACK_IMPORTED_MODULE_4__/* .takeEarlyConnection */ .ZG)(host, Number(options.port || 443), options.servername ?? "", (0,_tls_context_js__WEBPACK_IMPORTED_MODULE_7__.trustOfContext)(options.secureContext))
            : undefined;
        if (early)
            return early;
        return super.createConnection(options, callback);
    }
}
/**
 * The agent of direct plain-http requests (registries listed as insecure): a new connection is one
 * the entry point opened early to the same host and port when there is one, else a new one.
 */
class DirectHttpAgent extends (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent) {
    createConnection(options, callback) {
        const host = options.host?.replace(/^\[(.*)\]$/, "$1");
        const early = host && !choosesOwnSocket(options) ? (0,_early_connections_js__WEBPACK_IMPORTED_MODULE_4__/* .takeEarlyPlainConnection */ .rU)(host, Number(options.port || 80)) : undefined;
        if (early)
            return early;
        return super.createConnection(options, callback);
    }
}
/** Passes a request on to the agent `pick` chooses for its host, as https or plain http. */
function route(pick, req, options, secure) {
    pick(options.hostname ?? options.host ?? "localhost", options.port, (agent, err) => {
        if (!agent) {
            // As an agent whose connection failed: a request that has no socket yet emits no error when
            // destroyed, and would wait for the caller's timeout instead.
            req.onSocket(null, err instanceof Error ? err : new Error("no route"));
            return;
        }
        const routed = { ...options, protocol: secure ? "https:" : "http:", secureEndpoint: secure };
        agent.addRequest(req, routed);
    });
}
/** Hands each request to the direct or the proxy agent for its host (the agents keep the sockets). */
class RoutingHttpsAgent extends (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent) {
    pick;
    onDestroy;
    constructor(pick, onDestroy) {
        super();
        this.pick = pick;
        this.onDestroy = onDestroy;
    }
    destroy() {
        super.destroy();
        this.onDestroy();
    }
    addRequest(req, options) {
        route(this.pick, req, options, true);
    }
}
class RoutingHttpAgent extends (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent) {
    pick;
    onDestroy;
    constructor(pick, onDestroy) {
        super();
        this.pick = pick;
        this.onDestroy = onDestroy;
    }
    destroy() {
        super.destroy();
        this.onDestroy();
    }
    addRequest(req, options) {
        route(this.pick, req, options, false);
    }
}


/***/ }),

/***/ 2856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextWithExtraCas: () => (/* binding */ contextWithExtraCas),
/* harmony export */   trustOf: () => (/* binding */ trustOf),
/* harmony export */   trustOfContext: () => (/* binding */ trustOfContext)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2717);
/**
 * TLS contexts that trust what Node trusts by default and some extra CA certificates, and which
 * extra certificates each one trusts: connections opened with one context may serve the requests
 * of another only when both trust the same (early-connections.ts).
 */


const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
/** The extra CA certificates of each context made by contextWithExtraCas, as trustOf gives them. */
const contextTrust = new WeakMap();
/**
 * The extra CA certificates of `pems` as one string, equal for the same certificates however the
 * text is laid out; undefined when the text holds any PEM block but CERTIFICATE (OpenSSL also
 * trusts a TRUSTED CERTIFICATE block, which this string would not describe).
 */
function trustOf(pems) {
    const bodies = [];
    for (const pem of pems) {
        const blocks = pem.match(/-----BEGIN [^-]*-----/g) ?? [];
        if (blocks.some((b) => b !== "-----BEGIN CERTIFICATE-----"))
            return undefined;
        for (const m of pem.matchAll(PEM_CERTIFICATE))
            bodies.push(m[1].replace(/\s+/g, ""));
    }
    return bodies.sort().join(",");
}
/**
 * A TLS context trusting what Node trusts by default and the `extra` CA certificates. Node's own
 * context starts from the default store it has already parsed and copies it when a certificate is
 * added; passing the defaults as `ca` instead would turn each into PEM and parse it again (tens of
 * milliseconds before the first request). Falls back to that where the context cannot add one.
 */
function contextWithExtraCas(extra) {
    const context = node_tls__WEBPACK_IMPORTED_MODULE_0___default().createSecureContext();
    const native = context.context;
    if (typeof native?.addCACert !== "function")
        return node_tls__WEBPACK_IMPORTED_MODULE_0___default().createSecureContext({ ca: [...defaultCaCertificates(), ...extra] });
    for (const pem of [...extraCertsNodeDrops(), ...extra])
        native.addCACert(pem);
    const trust = trustOf(extra);
    if (trust !== undefined)
        contextTrust.set(context, trust);
    return context;
}
/**
 * NODE_EXTRA_CA_CERTS, where adding a certificate to a context drops it: Node before 22.15 (no
 * tls.getCACertificates) starts the context's own store from the bundled roots alone. A CA given
 * for one server (a private Notary server) must not cost the CA of a TLS-inspecting proxy that the
 * runner trusts through that variable. Read as Node reads it at start; nothing when it cannot be.
 */
function extraCertsNodeDrops() {
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (!file || typeof (node_tls__WEBPACK_IMPORTED_MODULE_0___default().getCACertificates) === "function")
        return [];
    try {
        const text = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFileAtMostSync */ .y)(file, MAX_EXTRA_CA_BYTES)?.toString("utf8") ?? "";
        return [...text.matchAll(PEM_CERTIFICATE)].map((m) => m[0]);
    }
    catch {
        return [];
    }
}
const MAX_EXTRA_CA_BYTES = 16 * 1024 * 1024;
/** What Node trusts by default (bundled, NODE_EXTRA_CA_CERTS, system when enabled); bundled on Node < 22.15. */
function defaultCaCertificates() {
    const get = (node_tls__WEBPACK_IMPORTED_MODULE_0___default().getCACertificates);
    return typeof get === "function" ? get("default") : (node_tls__WEBPACK_IMPORTED_MODULE_0___default().rootCertificates);
}
/**
 * The extra CA certificates a context trusts: "" for none (Node's defaults, no context of ours),
 * undefined when it is not known (a context made otherwise, or from other blocks than CERTIFICATE).
 */
function trustOfContext(context) {
    return context === undefined ? "" : contextTrust.get(context);
}


/***/ }),

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCaBundle: () => (/* binding */ parseCaBundle),
/* harmony export */   readDockerTlsCa: () => (/* binding */ readDockerTlsCa),
/* harmony export */   tlsFailure: () => (/* binding */ tlsFailure)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2717);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/**
 * Which CA certificates a TLS connection trusts, and what a failed handshake means.
 *
 * - A CA bundle given by the user (input `ca-cert`, flag `--ca-cert`) must hold certificates: text
 *   that holds none is refused before anything is sent (CA_NOT_CERTIFICATE).
 * - Docker's per-host directory for a Notary server, `$DOCKER_CONFIG/tls/<host:port>/`: every `*.crt`
 *   file there is a CA, trusted for that host only, as `docker trust` reads it.
 * - A certificate signed by no CA we know is TLS_UNKNOWN_CA when no CA was given for the host, and
 *   TLS_WRONG_CA when one was (the server's certificate is not signed by it).
 */






const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const MAX_CA_BYTES = 1024 * 1024;
/** The certificates of a PEM bundle, re-encoded; throws CA_NOT_CERTIFICATE naming `subject` when it holds none. */
function parseCaBundle(text, subject) {
    const blocks = text.match(PEM_CERTIFICATE) ?? [];
    const out = [];
    for (const [i, block] of blocks.entries()) {
        try {
            out.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block).toString());
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${subject}: certificate ${i + 1} of ${blocks.length} is not a valid X.509 certificate`, {
                code: "CA_NOT_CERTIFICATE",
            });
        }
    }
    if (out.length === 0) {
        const what = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)
            ? "a private key, not a certificate"
            : "no PEM certificate (-----BEGIN CERTIFICATE-----)";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${subject} holds ${what}`, { code: "CA_NOT_CERTIFICATE" });
    }
    return out.join("");
}
/**
 * The CA certificates in `<dockerConfigDir>/tls/<host>/*.crt`, or undefined when there are none
 * (a missing directory is not an error, as in docker). Read synchronously, once per host.
 */
function readDockerTlsCa(dockerConfigDir, host) {
    // host:port as it appears in the server URL; a name with a path separator is never a host.
    if (!host || /[/\\]|^\.\.?$/.test(host))
        return undefined;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dockerConfigDir, "tls", host);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
            .filter((n) => n.endsWith(".crt"))
            .sort();
    }
    catch {
        return undefined;
    }
    const bundles = [];
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        let bytes;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size > MAX_CA_BYTES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${file} is larger than 1 MiB`, { code: "CA_NOT_CERTIFICATE" });
            bytes = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFileAtMostSync */ .y)(file, MAX_CA_BYTES);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb)
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`cannot read ${file}: ${err.code ?? "error"}`, {
                code: "CA_FILE_MISSING",
            });
        }
        // Bounded however the file changed since: anything but a regular file within the bound.
        if (!bytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`cannot read ${file}: not a regular file of at most 1 MiB`, { code: "CA_FILE_MISSING" });
        bundles.push(parseCaBundle(bytes.toString("utf8"), file));
    }
    return bundles.length > 0 ? bundles.join("") : undefined;
}
/** Node's codes for a certificate no trusted CA signed. */
const UNTRUSTED = new Set([
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "CERT_SIGNATURE_FAILURE",
]);
/**
 * A failed TLS handshake with `host` as a typed error; `caGiven`: whether a CA was given for it.
 * `proxy`: the forward proxy the connection went through, and whether the handshake that failed
 * was the proxy's own (an https:// proxy, before it answered CONNECT) or the server's through it.
 */
function tlsFailure(code, host, request, url, caGiven, proxy) {
    if (proxy?.own) {
        const failure = tlsFailure(code, `the proxy ${proxy.host}`, request, url, caGiven);
        const hint = UNTRUSTED.has(code)
            ? `give the CA certificate that issued the proxy's certificate in NODE_EXTRA_CA_CERTS (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("ca-cert")} covers the proxy too, on the way to the server it is given for)`
            : failure.hint;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP(failure.code, failure.message, { url, ...(hint !== undefined ? { hint } : {}) });
    }
    // A proxy that inspects TLS answers the handshake itself, with a certificate of its own CA.
    const inspecting = proxy
        ? `; the connection went through the proxy ${proxy.host}: if it inspects TLS, its CA certificate must be given too`
        : "";
    if (UNTRUSTED.has(code)) {
        return caGiven
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_WRONG_CA", `the certificate of ${host} is not signed by the CA certificates given for it (${code}) for ${request}`, {
                url,
                hint: `give the CA that issued the server's certificate${inspecting}`,
            })
            : new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_UNKNOWN_CA", `the certificate of ${host} is signed by a CA that is not trusted (${code}) for ${request}`, {
                url,
                hint: `if the server uses a private CA, give its CA certificate${inspecting}`,
            });
    }
    if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_CERT_EXPIRED", `the certificate of ${host} is outside its validity period (${code}) for ${request}`, { url });
    }
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || code === "HOSTNAME_MISMATCH") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_HOSTNAME", `the certificate of ${host} is not valid for that name (${code}) for ${request}`, { url, hint: "use the name the certificate was issued for" });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS", `TLS connection to ${host} failed for ${request} (${code})`, {
        url,
        hint: "if the server uses a private CA, give its CA certificate",
    });
}


/***/ }),

/***/ 7181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ unsignedLimit),
/* harmony export */   z: () => (/* binding */ MAX_BYTES)
/* harmony export */ });
/**
 * Bounds on what a Notary server may send us. notary caps root at 100 MiB and timestamp at
 * 1 MiB; ours are tighter where the size is not yet signed. Once a length is signed (timestamp →
 * snapshot, snapshot → targets), reads are bounded by that exact length.
 */
const MAX_BYTES = {
    root: 2 * 1024 * 1024,
    timestamp: 1024 * 1024,
    snapshot: 32 * 1024 * 1024,
    targets: 64 * 1024 * 1024,
    key: 64 * 1024,
    error: 64 * 1024,
};
/** The bound for a current-version fetch of a role whose length is not yet known. */
function unsignedLimit(role) {
    if (role === "root")
        return MAX_BYTES.root;
    if (role === "timestamp")
        return MAX_BYTES.timestamp;
    if (role === "snapshot")
        return MAX_BYTES.snapshot;
    return MAX_BYTES.targets;
}


/***/ }),

/***/ 2989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ retirementNotice),
/* harmony export */   _T: () => (/* binding */ serviceEndedError),
/* harmony export */   mT: () => (/* binding */ endedService)
/* harmony export */ });
/* unused harmony exports NOTICE_BEFORE_MS, serviceEnd */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3903);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3395);
/**
 * Notary v1 services with a published end: after it, their trust data can no longer be read or
 * published, and every run against them fails. A run against one of them says so while there is
 * time to move (from NOTICE_BEFORE_MS before the end) and after it, so that a failing run explains
 * itself. After the end, a root the service shows for the first time is not trusted (the host may
 * no longer be the publisher's), and a failure against it is reported as the end; a run with a root
 * stored or pinned before goes on while the service still answers.
 */



const RETIREMENTS = [
    {
        service: "Docker Hub's Notary service (notary.docker.io)",
        endsOn: "2026-12-08",
        serves: (host) => host === "notary.docker.io",
    },
    {
        // Every Azure cloud's registries, whose Notary server is the registry itself.
        service: "Azure Container Registry's content trust",
        endsOn: "2028-03-31",
        serves: (host) => /\.azurecr\.(io|us|cn)$/.test(host),
    },
];
/** How long before a service's end its runs start saying so. */
const NOTICE_BEFORE_MS = 90 * _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO;
/** The service a Notary server URL belongs to and when it ends, if it has an announced end. */
function serviceEnd(serverUrl) {
    let host;
    try {
        // A fully qualified name's trailing dot names the same host.
        host = new URL(serverUrl).hostname.toLowerCase().replace(/\.$/, "");
    }
    catch {
        return undefined;
    }
    const retirement = RETIREMENTS.find((r) => r.serves(host));
    if (!retirement)
        return undefined;
    return { ...retirement, endsAt: Date.parse(`${retirement.endsOn}T00:00:00Z`) };
}
/**
 * A warning for a run against `serverUrl` at `now`, or undefined when its service has no end in
 * sight. `subject` is the repository, for the migrate step.
 */
function retirementNotice(serverUrl, now, use, subject) {
    const retirement = serviceEnd(serverUrl);
    if (!retirement)
        return undefined;
    const { endsAt } = retirement;
    if (now < endsAt - NOTICE_BEFORE_MS)
        return undefined;
    const guide = 'see "Leaving Notary v1" in the README of content-trust-action';
    const dualSign = `sign new releases with cosign signatures as well (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("oci-signature")} cosign)`;
    const backfill = `copy the signed tags to cosign signatures with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .step */ .PM)("migrate", subject)}`;
    const verifyCosign = `verify cosign signatures where their publisher makes them (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("accept")} cosign or any, with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("cosign-key")}), and list the images nobody signs that way in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("allow-unsigned")}`;
    if (now >= endsAt) {
        const cosignOnly = `sign with cosign signatures only (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("oci-signature")} cosign-only), which asks no Notary server`;
        const instead = {
            publish: cosignOnly,
            "dual-publish": cosignOnly,
            // After the end, `any` still asks the ended service first for a repository whose root is kept.
            verify: `verify cosign signatures where their publisher makes them (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("accept")} cosign, with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("cosign-key")}), and list the images nobody signs that way in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("allow-unsigned")}`,
            inspect: `the cosign signatures of the same images are checked by verify with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("accept")} cosign`,
            migrate: "what was copied before stays as cosign signatures; the rest of the history cannot be read any more",
        }[use];
        return `${retirement.service} ended on ${retirement.endsOn}: nothing can be published there, its trust data may no longer be readable, and a failure of this run may be that; ${instead} (${guide})`;
    }
    const days = Math.ceil((endsAt - now) / _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO);
    const meanwhile = {
        publish: `${dualSign} now and ${backfill}`,
        "dual-publish": `${backfill} if that is not done, and switch to ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("oci-signature")} cosign-only on that day`,
        verify: `move this check before then: ${verifyCosign}`,
        // Whoever inspects may only use the images: copying their history needs the publisher's key.
        inspect: `if you publish this repository, ${backfill} before then; if you use its images, ${verifyCosign}`,
        migrate: `run this copy again after the last release signed in Notary, and ${dualSign} until then`,
    }[use];
    return `${retirement.service} ends on ${retirement.endsOn}, in ${days} day${days === 1 ? "" : "s"}: after that its trust data can no longer be read or published; ${meanwhile} (${guide})`;
}
/** The service of a Notary server URL when it has ended by `now`; undefined otherwise. */
function endedService(serverUrl, now) {
    const end = serviceEnd(serverUrl);
    return end && now >= end.endsAt ? { service: end.service, endsOn: end.endsOn } : undefined;
}
const AFTER_THE_END_FOR_CHECKS = `verify the image's cosign signatures where its publisher makes them (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("accept")} cosign, with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("cosign-key")}), or list it in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("allow-unsigned")}; see "Leaving Notary v1" in the README of content-trust-action`;
const AFTER_THE_END = `sign with cosign signatures only (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("oci-signature")} cosign-only) and verify them (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("accept")} cosign, with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("cosign-key")}); see "Leaving Notary v1" in the README of content-trust-action`;
/**
 * A repository's trust data asked of a service that has ended. Without `cause`: no root of it is
 * stored or pinned, and nothing it shows can be told from a stranger's, so its root is not trusted
 * on first use. With `cause`, what failed is reported as the end it most likely is.
 */
function serviceEndedError(ended, subject, cause, use = "publish") {
    // A check or a look at images is told what a reader can do: the publisher's cosign signatures,
    // or none; only a publisher is told how to sign.
    const instead = use === "verify" || use === "inspect" ? AFTER_THE_END_FOR_CHECKS : AFTER_THE_END;
    // The cause's message without its hint: its advice (create the repository, retry later) is the
    // one this replaces.
    const what = cause === undefined
        ? `a root first seen now is not trusted on first use, and ${subject} has none stored or pinned`
        : `reading ${subject} failed: ${cause instanceof Error ? cause.message : "an answer that is no error"}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("SERVICE_ENDED", `${ended.service} ended on ${ended.endsOn}: ${what}`, {
        ...(cause === undefined ? {} : { cause }),
        hint: cause === undefined
            ? `${instead}; while the service still answers, the repository can be read with its root key ID pinned (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("root-key-id")})`
            : instead,
    });
}


/***/ }),

/***/ 2440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   eo: () => (/* binding */ registryError)
/* harmony export */ });
/* unused harmony export MEDIA_TYPES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8868);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _net_auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6887);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8547);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1987);
/* harmony import */ var _insecure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3705);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9310);
/**
 * OCI distribution client: resolve a tag or digest to the exact manifest bytes a registry serves,
 * with their sha256 digest, size and media type (what a Notary target signs, docs/notary-protocol.md §8). The
 * digest is computed here and checked against what was asked for and what the registry claims.
 */








const MEDIA_TYPES = {
    dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
    dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
    ociManifest: "application/vnd.oci.image.manifest.v1+json",
    ociIndex: "application/vnd.oci.image.index.v1+json",
};
const ACCEPT = Object.values(MEDIA_TYPES).join(", ");
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    transport;
    credentials;
    insecureHosts;
    now;
    sessions = new Map();
    /** Loopback registries found to speak plain HTTP. */
    plainLoopback = new Set();
    constructor(options) {
        this.transport = options.transport;
        this.credentials = options.credentials;
        this.insecureHosts = new Set((0,_insecure_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInsecureRegistries */ .XT)(options.insecureHosts ?? []));
        this.now = options.now;
    }
    /** https://<apiHost>, or http:// for a host listed in insecureHosts. */
    baseUrlFor(ref) {
        const insecure = (0,_insecure_js__WEBPACK_IMPORTED_MODULE_6__/* .listedAsInsecure */ .cK)(ref, this.insecureHosts) || this.plainLoopback.has(ref.apiHost.toLowerCase());
        return `${insecure ? "http" : "https"}://${ref.apiHost}`;
    }
    /**
     * GET the manifest for the reference's digest (when it has one) or tag ("latest" when neither),
     * accepting Docker and OCI manifests and indexes, and check its digest.
     */
    async resolve(ref, options = {}) {
        const baseUrl = (options.baseUrl ?? this.baseUrlFor(ref)).replace(/\/+$/, "");
        try {
            return await this.resolveAt(baseUrl, ref, options);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP) || err.code !== "PLAIN_HTTP" || options.baseUrl)
                throw err;
            if (!(0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopbackHost */ .cW)(new URL(baseUrl).hostname)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("REGISTRY_PLAIN_HTTP", `registry ${ref.registry} speaks plain HTTP, and plain HTTP is used only for loopback registries and the ones listed as insecure`, {
                    ...(err.url ? { url: err.url } : {}),
                    cause: err,
                    hint: `list ${ref.registry} as an insecure registry`,
                });
            }
            // Docker's rule for loopback registries: HTTPS first, then plain HTTP.
            this.plainLoopback.add(ref.apiHost.toLowerCase());
            return this.resolveAt(this.baseUrlFor(ref), ref, options);
        }
    }
    async resolveAt(baseUrl, ref, options) {
        const session = await this.session(baseUrl, ref);
        const target = ref.digest ?? ref.tag ?? "latest";
        const shownRef = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .formatReference */ .FH)({ name: ref.name, ...(ref.digest ? { digest: ref.digest } : { tag: target }) });
        const url = `${baseUrl}/v2/${ref.repository}/manifests/${target}`;
        const res = await session.request({
            method: "GET",
            url,
            headers: { accept: ACCEPT },
            maxBytes: MANIFEST_MAX_BYTES,
            ...(options.signal ? { signal: options.signal } : {}),
        }, "pull");
        if (res.status === 404) {
            const code = registryErrorCode(res.body);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("MANIFEST_UNKNOWN", `${shownRef} not found in the registry${code === "NAME_UNKNOWN" ? ` (no repository ${ref.repository})` : ""}`, {
                status: 404,
                url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Q)(url),
                hint: "push the image first, or check the name and tag",
            });
        }
        if (res.status !== 200)
            throw registryError(ref, res, "GET", url);
        const digest = (0,_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .s)(res.body);
        if (ref.digest !== undefined && ref.digest !== digest) {
            throw mismatch(shownRef, `asked for ${ref.digest}`, digest, url);
        }
        const claimed = res.headers["docker-content-digest"]?.trim();
        if (claimed) {
            const algorithm = claimed.split(":")[0].toLowerCase();
            if (["sha256", "sha384", "sha512"].includes(algorithm)) {
                const ours = algorithm === "sha256" ? digest : `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(res.body).digest("hex")}`;
                if (claimed.toLowerCase() !== ours)
                    throw mismatch(shownRef, `Docker-Content-Digest ${claimed.slice(0, 140)}`, ours, url);
            }
        }
        return {
            digest,
            size: res.body.byteLength,
            mediaType: mediaTypeOf(res.headers["content-type"], res.body),
            bytes: res.body,
        };
    }
    /** The authenticated session for the reference's repository (writes ask it for push scope). */
    authSession(ref, baseUrl) {
        return this.session((baseUrl ?? this.baseUrlFor(ref)).replace(/\/+$/, ""), ref);
    }
    session(baseUrl, ref) {
        const key = `${baseUrl} ${ref.repository}`;
        let session = this.sessions.get(key);
        if (!session) {
            session = (async () => {
                const credentials = this.credentials ? await this.credentials(ref.registry) : undefined;
                return new _net_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .AuthSession */ .j({
                    transport: this.transport,
                    baseUrl,
                    repository: ref.repository,
                    ...(credentials ? { credentials } : {}),
                    ...(this.now ? { now: this.now } : {}),
                });
            })();
            session.catch(() => this.sessions.delete(key));
            this.sessions.set(key, session);
        }
        return session;
    }
}
/**
 * A registry's answer that is not what was asked for: the status, the registry's error code and
 * the request. A write the registry refuses outright (405, UNSUPPORTED) says so in its hint.
 */
function registryError(ref, res, method, url) {
    const code = registryErrorCode(res.body);
    const refusedWrite = method !== "GET" && method !== "HEAD" && (res.status === 405 || code === "UNSUPPORTED");
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("REGISTRY_ERROR", `registry ${ref.registry} answered ${res.status}${code ? ` ${code}` : ""} to ${method} ${(0,_net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Q)(url)}`, {
        status: res.status,
        url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Q)(url),
        ...(refusedWrite
            ? {
                hint: "the registry refuses writes here; cosign signatures need a registry that accepts pushes to this repository",
            }
            : {}),
    });
}
function mismatch(shownRef, expected, actual, url) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("DIGEST_MISMATCH", `manifest of ${shownRef} does not match: ${expected}, but the bytes served hash to ${actual}`, {
        url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Q)(url),
        hint: "the registry or a proxy altered the manifest; do not sign it",
    });
}
/** A media type (RFC 6838 names); anything else a registry sends is not repeated in logs or outputs. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;
function mediaTypeOf(contentType, body) {
    const fromHeader = contentType?.split(";")[0].trim().toLowerCase();
    const valid = (t) => (t !== undefined && MEDIA_TYPE.test(t) ? t : "");
    if (fromHeader && fromHeader !== "application/json" && fromHeader !== "application/octet-stream")
        return valid(fromHeader);
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body));
        if (typeof parsed.mediaType === "string")
            return valid(parsed.mediaType);
    }
    catch {
        // not JSON: keep what the header said
    }
    return valid(fromHeader);
}
/** The first `errors[].code` of a distribution error body, if it is one (never more of the body). */
function registryErrorCode(body) {
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, 64 * 1024)));
        const code = parsed.errors?.[0]?.code;
        return typeof code === "string" && /^[A-Z_]{1,64}$/.test(code) ? code : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   ES: () => (/* binding */ isKmsKeyName),
/* harmony export */   I0: () => (/* binding */ kmsArnShape),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   ll: () => (/* binding */ parseKeyIds),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   mz: () => (/* binding */ parseKeyId),
/* harmony export */   pK: () => (/* binding */ parseOciSignature),
/* harmony export */   rQ: () => (/* binding */ parseExpiry),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2187);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3903);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7488);
/**
 * Values users give, parsed once for both front ends: the action reads them from inputs, the CLI
 * from flags, and a message names the setting in each front end's words (`setting`).
 */







const UNITS = { y: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .YEAR_MS */ .L7, mo: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .YEAR_MS */ .L7 / 12, w: 7 * _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO, d: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_MS */ .sO, h: 3600_000 };
/**
 * `3y`, `18mo`, `90d`, `12h`, a day (`2030-01-01`: its start, UTC) or an absolute RFC 3339 time;
 * returns milliseconds from `now`.
 */
function parseExpiry(text, now, name = "expires") {
    const t = text.trim();
    const m = /^(\d+)(y|mo|w|d|h)$/.exec(t);
    let ms;
    if (m)
        ms = Number(m[1]) * UNITS[m[2]];
    else {
        try {
            ms = (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGoTime */ .bi)(/^\d{4}-\d\d-\d\d$/.test(t) ? `${t}T00:00:00Z` : t) - now;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)} "${t}" is neither a duration (3y, 18mo, 90d, 12h), a date (2030-01-01) nor an RFC 3339 time`);
        }
    }
    if (ms < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)} "${t}" is in the past`);
    if (ms < _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_LIFETIME_MS */ .wF)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)} "${t}" is less than an hour from now`);
    if (ms > _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LIFETIME_MS */ .oe)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)} "${t}" is more than 100 years from now`);
    return Math.round(ms);
}
/**
 * The lines of a `key=value` input (see inputLines), split at the first `=` (a key never holds
 * one: `NAME=value`, `host=url`) or at the last (a value never holds one: `pattern=mode`).
 */
function keyValueLines(input, at) {
    return (0,_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .inputLines */ .K)(input).map((line) => {
        const eq = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
        return eq < 0
            ? { line, key: undefined, value: line }
            : { line, key: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
    });
}
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/**
 * A boolean as the runner's getBooleanInput reads it (YAML 1.2 core schema: true, True, TRUE,
 * false, False, FALSE); undefined for anything else.
 */
function parseBoolean(text) {
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    return undefined;
}
/** A timeout in seconds (input `timeout`), as milliseconds. */
function parseTimeout(text, name = "timeout") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const n = Number(text.trim().replace(/s$/, ""));
    if (!Number.isFinite(n) || n <= 0 || n > 3600)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)} "${text}" must be a number of seconds between 1 and 3600`);
    return Math.round(n * 1000);
}
/** One root key ID as a person gives it (case folded), or a USAGE error naming the setting. */
function parseKeyId(text) {
    const id = text.trim().toLowerCase();
    if (!(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyId */ .rZ)(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("root-key-id")} ${JSON.stringify(id.slice(0, 80))} is not a 64-character hexadecimal key ID`, {
            hint: `copy the Root Key ID that ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .step */ .PM)("inspect", undefined)} shows`,
        });
    }
    return id;
}
/** Root key IDs, one a line or comma-separated. */
function parseKeyIds(text) {
    return (0,_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .r)(text).map(parseKeyId);
}
function parseDigest(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const d = text.trim();
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .isSha256Digest */ .q9)(d))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("digest")} "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
    return d;
}
function parseOciSignature(value, name) {
    const v = (value ?? "none").trim().toLowerCase() || "none";
    if (v !== "none" && v !== "cosign" && v !== "cosign-only")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} ${JSON.stringify(value?.slice(0, 40))} is not one of none, cosign, cosign-only`);
    return v;
}
/** The ARN to write for a KMS key named by alias or key ID, its region and account left to fill in. */
function kmsArnShape(name) {
    const trimmed = name.trim();
    return `arn:aws:kms:REGION:ACCOUNT:${trimmed.startsWith("alias/") ? trimmed : `key/${trimmed}`}`;
}
/** Whether `text` names an AWS KMS key as signing takes it (an alias or a key ID), not by ARN. */
function isKmsKeyName(text) {
    return /^alias\/[\w/+=,.@-]+$|^(mrk-)?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^mrk-[0-9a-f]{32}$/i.test(text.trim());
}


/***/ }),

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The sha256 of bytes, as hex and as the `sha256:<hex>` digest a registry names them by
 * (digest.ts). Importable from every layer, like errors.ts.
 */

/** The hex sha256 of bytes. */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex");
}
/** The `sha256:<hex>` digest of bytes, as a registry names them. */
function sha256Digest(bytes) {
    return `sha256:${sha256Hex(bytes)}`;
}


/***/ }),

/***/ 326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ KeyFileSigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/**
 * A Signer over a private key loaded from a file (tuf/data/keys.go signing):
 * ecdsa → sha256, raw r‖s padded to the curve size; rsa → RSASSA-PSS sha256, MGF1-sha256, salt 32;
 * ed25519 → pure Ed25519 over the message.
 */


const METHODS = { ecdsa: "ecdsa", rsa: "rsapss", ed25519: "eddsa" };
class KeyFileSigner {
    keyId;
    publicKey;
    method;
    description;
    #key;
    constructor(key) {
        const method = METHODS[key.publicKey.type];
        if (!method)
            throw new TypeError(`no signature method for key type ${key.publicKey.type}`);
        this.keyId = key.keyId;
        this.publicKey = key.publicKey;
        this.method = method;
        this.description = `key file ${(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(key.keyId)}${key.role ? ` (role ${key.role})` : ""}`;
        this.#key = key.keyObject;
    }
    async sign(message) {
        switch (this.method) {
            case "ecdsa":
                return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)("sha256", message, { key: this.#key, dsaEncoding: "ieee-p1363" }));
            case "rsapss":
                return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)("sha256", message, { key: this.#key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
            default:
                return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, this.#key));
        }
    }
    async signRsaPkcs1v15(message) {
        if (this.method !== "rsapss")
            throw new TypeError(`a ${this.publicKey.type} key does not sign RSASSA-PKCS1-v1_5`);
        return new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)("sha256", message, { key: this.#key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }));
    }
}


/***/ }),

/***/ 1776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ canonicalObjectEnd),
/* harmony export */   B8: () => (/* binding */ canonicalKeyEnd),
/* harmony export */   KE: () => (/* binding */ COMMA),
/* harmony export */   bV: () => (/* binding */ OPEN_OBJECT),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   oH: () => (/* binding */ COLON),
/* harmony export */   tX: () => (/* binding */ CLOSE_OBJECT),
/* harmony export */   zc: () => (/* binding */ canonicalValueEnd)
/* harmony export */ });
/**
 * Whether bytes already are Go's canonical JSON (canonical.ts), read without building anything.
 *
 * A signature is checked over the canonical form of the parsed `signed` object. Go clients write
 * that form into the file as it is, so for nearly every file the canonical bytes are a slice of
 * the file: proving that costs one pass over the bytes, where canonicalising a role of 10,000 tags
 * built a second copy of it out of tens of thousands of strings. When the proof fails (a file from
 * another writer, HTML escapes, an unusual key), the caller canonicalises as before: this decides
 * only how the bytes are found, never whether a signature is accepted.
 *
 * The proof is that every rule canonicalJson follows holds byte by byte: no whitespace; object
 * keys strictly increasing in UTF-8 byte order (so no duplicates); strings escaped only as `\"`
 * and `\\`, with no control characters; integers written in the shortest form and within the safe
 * range; nothing else. Bytes that pass parse (JSON.parse) to a value whose canonical form is
 * these bytes, once they are valid UTF-8, which the caller's decoder checks. A key holding an
 * escape is not taken: its escaped bytes sort differently from its characters.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
/** Deeper than any metadata nests; deeper input is left to the caller's general path. */
const MAX_DEPTH = 32;
/** Digits of an integer certainly within Number.MAX_SAFE_INTEGER (16 digits). */
const SAFE_DIGITS = 15;
const NOT_CANONICAL = -1;
/**
 * The offset just past the JSON object that starts at `from` when its bytes are Go's canonical
 * form; -1 when they are not (or are not JSON at all).
 */
function canonicalObjectEnd(b, from) {
    return b[from] === OPEN_OBJECT ? value(b, from, 0) : NOT_CANONICAL;
}
/**
 * For a walk through the members of an object already known to be canonical: the offset just past
 * the key at `from` (a string holding no escape), or -1.
 */
function canonicalKeyEnd(b, from) {
    return b[from] === QUOTE ? string(b, from, false) : NOT_CANONICAL;
}
/** The offset just past the canonical value at `from`, `depth` objects and lists deep; -1 when not canonical. */
function canonicalValueEnd(b, from, depth) {
    return value(b, from, depth);
}
function value(b, i, depth) {
    switch (b[i]) {
        case OPEN_OBJECT:
            return depth >= MAX_DEPTH ? NOT_CANONICAL : object(b, i, depth + 1);
        case OPEN_ARRAY:
            return depth >= MAX_DEPTH ? NOT_CANONICAL : array(b, i, depth + 1);
        case QUOTE:
            return string(b, i, true);
        case 0x74: // t
            return literal(b, i, TRUE);
        case 0x66: // f
            return literal(b, i, FALSE);
        case 0x6e: // n
            return literal(b, i, NULL);
        default:
            return integer(b, i);
    }
}
const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];
function literal(b, i, word) {
    for (let k = 0; k < word.length; k++)
        if (b[i + k] !== word[k])
            return NOT_CANONICAL;
    return i + word.length;
}
/** `0`, or a non-zero digit then digits, optionally after `-` (not `-0`); no fraction, no exponent. */
function integer(b, i) {
    let k = i;
    if (b[k] === MINUS)
        k++;
    const first = b[k];
    if (first === undefined || first < ZERO || first > NINE)
        return NOT_CANONICAL;
    if (first === ZERO)
        return k === i ? k + 1 : NOT_CANONICAL;
    const start = k;
    while (k < b.length && b[k] >= ZERO && b[k] <= NINE)
        k++;
    return k - start > SAFE_DIGITS ? NOT_CANONICAL : k;
}
/**
 * A string whose only escapes are `\"` and `\\` and which holds no control character; `escapes`
 * false refuses any escape at all (object keys).
 */
function string(b, i, escapes) {
    for (let k = i + 1; k < b.length; k++) {
        const c = b[k];
        if (c === QUOTE)
            return k + 1;
        if (c < 0x20)
            return NOT_CANONICAL;
        if (c === BACKSLASH) {
            const next = b[k + 1];
            if (!escapes || (next !== QUOTE && next !== BACKSLASH))
                return NOT_CANONICAL;
            k++;
        }
    }
    return NOT_CANONICAL;
}
function array(b, i, depth) {
    let k = i + 1;
    if (b[k] === CLOSE_ARRAY)
        return k + 1;
    for (;;) {
        k = value(b, k, depth);
        if (k < 0)
            return NOT_CANONICAL;
        if (b[k] === CLOSE_ARRAY)
            return k + 1;
        if (b[k] !== COMMA)
            return NOT_CANONICAL;
        k++;
    }
}
function object(b, i, depth) {
    let k = i + 1;
    if (b[k] === CLOSE_OBJECT)
        return k + 1;
    let previous = -1;
    let previousEnd = -1;
    for (;;) {
        if (b[k] !== QUOTE)
            return NOT_CANONICAL;
        const keyEnd = string(b, k, false);
        if (keyEnd < 0)
            return NOT_CANONICAL;
        if (previous >= 0 && !increasing(b, previous + 1, previousEnd - 1, k + 1, keyEnd - 1))
            return NOT_CANONICAL;
        previous = k;
        previousEnd = keyEnd;
        if (b[keyEnd] !== COLON)
            return NOT_CANONICAL;
        k = value(b, keyEnd + 1, depth);
        if (k < 0)
            return NOT_CANONICAL;
        if (b[k] === CLOSE_OBJECT)
            return k + 1;
        if (b[k] !== COMMA)
            return NOT_CANONICAL;
        k++;
    }
}
/** Whether bytes [a, aEnd) sort strictly before [c, cEnd): Go's order of the keys they spell. */
function increasing(b, a, aEnd, c, cEnd) {
    const n = Math.min(aEnd - a, cEnd - c);
    for (let k = 0; k < n; k++) {
        const x = b[a + k];
        const y = b[c + k];
        if (x !== y)
            return x < y;
    }
    return aEnd - a < cEnd - c;
}


/***/ }),

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ sha256HexOf),
/* harmony export */   K4: () => (/* binding */ hexOfBase64),
/* harmony export */   TZ: () => (/* binding */ sha256Base64),
/* harmony export */   _y: () => (/* binding */ checkHashStructure),
/* harmony export */   kJ: () => (/* binding */ checkFileMeta),
/* harmony export */   td: () => (/* binding */ checkTargetHashStructure),
/* harmony export */   w3: () => (/* binding */ hasFileMeta)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codec_base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(231);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3518);
/** Checking bytes against a FileMeta (length and every known hash), as notary's CheckHashes does. */




const SIZES = { sha256: 32, sha512: 64 };
/** A FileMeta must carry sha256, and every known hash must have its algorithm's length. */
function checkHashStructure(meta, subject) {
    if (!meta)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: no entry`);
    if ((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256") === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: no sha256 hash`);
    return checkLengths(meta, subject);
}
/**
 * A target entry as Go reads it: any entry whose known hashes have their algorithm's length. Go
 * accepts a sha512-only entry (`notary addhash --sha512`); it lists with an empty digest and cannot
 * be pulled or verified by digest, but it must not make the rest of its role unreadable.
 */
function checkTargetHashStructure(meta, subject) {
    if ((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256") === undefined && (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha512") === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: no sha256 or sha512 hash`);
    return checkLengths(meta, subject);
}
/**
 * Every known hash has its algorithm's length, and the length is not negative. The hashes are
 * standard base64 (FileMeta): their length is counted, not decoded, for each of a role's entries.
 */
function checkLengths(meta, subject) {
    for (const [alg, b64] of Object.entries(meta.hashes)) {
        const size = SIZES[alg];
        if (size !== undefined && (0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .standardBase64ByteLength */ .N)(b64) !== size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: ${alg} hash has the wrong length`);
        }
    }
    if (meta.length < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: negative length ${meta.length}`);
    return meta;
}
/** Throws unless `bytes` has the length and every sha256/sha512 hash `meta` names. */
function checkFileMeta(bytes, meta, subject) {
    if (bytes.length !== meta.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HashMismatchError */ .VM(`${subject}: ${bytes.length} bytes where the signed length is ${meta.length}`);
    }
    let checked = 0;
    for (const [alg, b64] of Object.entries(meta.hashes)) {
        if (!(alg in SIZES))
            continue;
        const want = Buffer.from(b64, "base64");
        const got = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
        if (want.length !== got.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(want, got)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HashMismatchError */ .VM(`${subject}: ${alg} does not match the signed hash`);
        }
        checked++;
    }
    if (checked === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HashMismatchError */ .VM(`${subject}: no sha256 or sha512 hash to check`);
}
/** Whether `bytes` has the length and every sha256/sha512 hash `meta` names (checkFileMeta, as a test). */
function hasFileMeta(bytes, meta) {
    try {
        checkFileMeta(bytes, meta, "");
        return true;
    }
    catch {
        return false;
    }
}
function sha256Base64(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("base64");
}
/** Hex sha256 named by a FileMeta (for `<role>.<hex>.json` URLs). */
function sha256HexOf(meta) {
    return hexOfBase64((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256"));
}
/** Hex of a hash as metadata writes it (standard base64); `""` for none. */
function hexOfBase64(written) {
    return Buffer.from(written ?? "", "base64").toString("hex");
}


/***/ }),

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ signedJson),
/* harmony export */   Rs: () => (/* binding */ entriesWriteBackAsRead),
/* harmony export */   Wt: () => (/* binding */ targetEntryCanonical),
/* harmony export */   YX: () => (/* binding */ serialiseEnvelope),
/* harmony export */   _O: () => (/* binding */ envelopeAround),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   n8: () => (/* binding */ parseWrittenEnvelope),
/* harmony export */   qQ: () => (/* binding */ hashOf),
/* harmony export */   rf: () => (/* binding */ canonicalSigned),
/* harmony export */   z1: () => (/* binding */ targetsShell)
/* harmony export */ });
/* unused harmony export signingBytes */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5493);
/* harmony import */ var _canonical_form_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1776);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/* harmony import */ var _codec_base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(231);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9130);
/**
 * Notary metadata models and their Go-exact wire form.
 *
 * Parsing keeps what Go keeps: `expires` as the original string, `keyids: null` and
 * `roles: null` as null, hashes as the base64 strings written. Unknown fields are dropped on
 * writing, exactly as Go's structs drop them: the server re-serialises what we upload through
 * those structs and hashes the result, so anything Go would not write breaks the repository.
 * Signatures are always checked over the canonical form of the parsed `signed` object, as notary's
 * verifier does: the file's own bytes of `signed` when they are that form (canonical-form.ts),
 * else the form written out again (the file may carry HTML escapes, or come from another writer).
 */






/** An entry's hash for `alg`, from its own properties only; undefined when it has none. */
function hashOf(meta, alg) {
    return Object.hasOwn(meta.hashes, alg) ? meta.hashes[alg] : undefined;
}
/** The hashes of an entry whose JSON had `"hashes": null` (Go decodes it into a nil map). */
const NO_HASHES = Object.freeze(Object.create(null));
// ---- parsing ---------------------------------------------------------------------------------
const at = (field, name, sub) => `${field}.${name}${sub}`;
class Reader {
    subject;
    /**
     * Whether an entry read so far (fileMeta) would be written back other than as its JSON was: a
     * field Go's struct drops, or a null that Go keeps and we write otherwise (`hashes`) or drop
     * (`custom`).
     */
    entryRewritten = false;
    constructor(subject) {
        this.subject = subject;
    }
    fail(what) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MalformedMetadataError */ .$6(`${this.subject}: ${what}`);
    }
    object(v, field) {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            this.fail(`${field} is not an object`);
        return v;
    }
    string(v, field) {
        if (typeof v !== "string")
            this.fail(`${field} is not a string`);
        return v;
    }
    int(v, field) {
        if (typeof v !== "number" || !Number.isSafeInteger(v))
            this.fail(`${field} is not an integer`);
        return v;
    }
    bool(v, field) {
        if (typeof v !== "boolean")
            this.fail(`${field} is not a boolean`);
        return v;
    }
    strings(v, field) {
        if (!Array.isArray(v))
            this.fail(`${field} is not a list`);
        return v.map((x, i) => this.string(x, `${field}[${i}]`));
    }
    base64(v, field) {
        const s = this.string(v, field);
        if (!(0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .isStandardBase64 */ .Jx)(s))
            this.fail(`${field} is not standard base64`);
        return s;
    }
    map(v, field, each) {
        const out = new Map();
        if (v === null)
            return out; // Go decodes null into a nil map
        const o = this.object(v, field);
        for (const k of Object.keys(o))
            out.set(k, each(o[k], k));
        return out;
    }
    key(v, field) {
        const o = this.object(v, field);
        const keyval = this.object(o.keyval, `${field}.keyval`);
        return {
            type: this.string(o.keytype, `${field}.keytype`),
            public: this.base64(keyval.public, `${field}.keyval.public`),
        };
    }
    /**
     * The entry `name` of the map `field` (`targets`, `meta`). A large role has tens of thousands of
     * entries: the names of their fields are built only for a message, when one is wrong.
     */
    fileMeta(v, field, name) {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            this.fail(`${at(field, name, "")} is not an object`);
        const length = v.length;
        if (typeof length !== "number" || !Number.isSafeInteger(length))
            this.fail(`${at(field, name, ".length")} is not an integer`);
        const h = v.hashes;
        let hashes = NO_HASHES;
        if (h !== null) {
            if (h === undefined || typeof h !== "object" || Array.isArray(h))
                this.fail(`${at(field, name, ".hashes")} is not an object`);
            for (const alg of Object.keys(h)) {
                const x = h[alg];
                if (typeof x !== "string")
                    this.fail(`${at(field, name, `.hashes.${alg}`)} is not a string`);
                if (!(0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .isStandardBase64 */ .Jx)(x))
                    this.fail(`${at(field, name, `.hashes.${alg}`)} is not standard base64`);
            }
            // Every value is a string now: the parsed object is kept as it is.
            hashes = h;
        }
        const meta = { length, hashes };
        let fields = 2;
        if (v.custom !== undefined && v.custom !== null) {
            meta.custom = v.custom;
            fields++;
        }
        if (!this.entryRewritten && (h === null || v.custom === null || Object.keys(v).length !== fields)) {
            this.entryRewritten = true;
        }
        return meta;
    }
    roleKeys(v, field) {
        const o = this.object(v, field);
        return {
            keyIds: o.keyids === null ? null : this.strings(o.keyids, `${field}.keyids`),
            threshold: this.int(o.threshold, `${field}.threshold`),
        };
    }
}
function parseSigned(r, o, expected) {
    const type = r.string(o._type, "_type");
    if (type !== expected)
        r.fail(`expected type ${expected}, not ${type}`);
    const common = { expires: r.string(o.expires, "expires"), version: r.int(o.version, "version") };
    switch (expected) {
        case "Root":
            return {
                type: "Root",
                ...common,
                consistentSnapshot: r.bool(o.consistent_snapshot, "consistent_snapshot"),
                keys: r.map(o.keys, "keys", (k, id) => r.key(k, `keys.${id}`)),
                roles: r.map(o.roles, "roles", (x, name) => r.roleKeys(x, `roles.${name}`)),
            };
        case "Targets": {
            const d = o.delegations === undefined || o.delegations === null ? {} : r.object(o.delegations, "delegations");
            const roles = d.roles === null || d.roles === undefined
                ? d.roles === null
                    ? null
                    : []
                : (Array.isArray(d.roles) ? d.roles : r.fail("delegations.roles is not a list")).map((x, i) => {
                    const f = `delegations.roles[${i}]`;
                    const ro = r.object(x, f);
                    return {
                        ...r.roleKeys(x, f),
                        name: r.string(ro.name, `${f}.name`),
                        paths: ro.paths === undefined || ro.paths === null ? [] : r.strings(ro.paths, `${f}.paths`),
                    };
                });
            return {
                type: "Targets",
                ...common,
                delegations: {
                    keys: r.map(d.keys ?? {}, "delegations.keys", (k, id) => r.key(k, `delegations.keys.${id}`)),
                    roles,
                },
                targets: r.map(o.targets, "targets", (x, name) => r.fileMeta(x, "targets", name)),
            };
        }
        case "Snapshot":
        case "Timestamp":
            return { type: expected, ...common, meta: r.map(o.meta, "meta", (x, name) => r.fileMeta(x, "meta", name)) };
    }
}
const decoder = new TextDecoder("utf-8", { fatal: true });
/** Parses a metadata file of the expected type; throws MalformedMetadataError naming `subject`. */
function parseEnvelope(bytes, expected, subject) {
    return parseWith(bytes, expected, subject, undefined);
}
/**
 * Parses a file this process has just written from `signedBytes`, the canonical form it signed,
 * taking those as the canonical bytes of `signed` instead of re-canonicalising a large role. Only
 * for a caller that then proves the file a fixed point of parse → serialise (tuf/sign.ts): the
 * canonical form of a parsed canonical text is that text, so the two then agree.
 */
function parseWrittenEnvelope(bytes, expected, subject, signedBytes) {
    return parseWith(bytes, expected, subject, signedBytes);
}
function parseWith(bytes, expected, subject, known) {
    const r = new Reader(subject);
    const decode = (b) => {
        try {
            return decoder.decode(b);
        }
        catch {
            return r.fail("is not UTF-8");
        }
    };
    // Go's envelope holds the canonical bytes as they are: when they are there, they are what the
    // signatures are checked over, and `signed` is parsed from exactly those bytes.
    const split = known ? undefined : canonicalSplit(bytes, decode, subject);
    const file = split?.rest ?? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonObject */ .dw)(decode(bytes), subject);
    const signedObj = split?.signed ?? r.object(file.signed, "signed");
    const sigList = Array.isArray(file.signatures) ? file.signatures : r.fail("signatures is not a list");
    const signatures = sigList.map((s, i) => {
        const o = r.object(s, `signatures[${i}]`);
        return {
            keyId: r.string(o.keyid, `signatures[${i}].keyid`),
            method: r.string(o.method, `signatures[${i}].method`),
            sig: r.base64(o.sig, `signatures[${i}].sig`),
        };
    });
    const signed = parseSigned(r, signedObj, expected);
    if (signed.version < 1)
        r.fail(`version ${signed.version} is less than 1`);
    let expiresAt;
    try {
        expiresAt = (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGoTime */ .bi)(signed.expires);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MalformedMetadataError */ .$6(`${subject}: ${err.message}`);
    }
    let signedBytes;
    try {
        signedBytes = known ?? split?.bytes ?? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalBytes */ .Mr)(signedObj);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MalformedMetadataError */ .$6(`${subject}: ${err.message}`);
    }
    if (signed.type === "Targets" && !r.entryRewritten)
        entriesAsRead.set(signed, signedBytes);
    return { signed, signatures, signedBytes, bytes, expiresAt };
}
/** How every Go-written file starts: `{"signed":`. */
const ENVELOPE_START = new TextEncoder().encode(_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVELOPE_HEAD */ .yq);
/**
 * Targets roles parsed from a file each of whose entries writes back (fileMetaCanonical) exactly as
 * the JSON it was read from, with the canonical bytes they were parsed from: the bytes of such a
 * role's entries are then the text canonicalSigned writes for them (targets-splice.ts).
 */
const entriesAsRead = new WeakMap();
/**
 * Whether every entry of `env.signed` writes back as it was read from `env.signedBytes`
 * (entriesAsRead). Parsed roles are not edited in place (role-edits.ts copies them); what this
 * cannot see, an entry added or removed in place, targets-splice.ts counts.
 */
function entriesWriteBackAsRead(env) {
    return entriesAsRead.get(env.signed) === env.signedBytes;
}
/**
 * A file of the form `{"signed":<canonical bytes>,<the rest>}` taken apart: the canonical bytes,
 * the object they parse to, and the rest of the envelope as an object of its own. Undefined when
 * the file has another form, or when the rest names `signed` again (JSON.parse, like Go, keeps the
 * last of two equal keys: that file is read whole, as before).
 */
function canonicalSplit(bytes, decode, subject) {
    const from = ENVELOPE_START.length;
    for (let k = 0; k < from; k++)
        if (bytes[k] !== ENVELOPE_START[k])
            return undefined;
    const end = (0,_canonical_form_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalObjectEnd */ .$q)(bytes, from);
    if (end < 0 || bytes[end] !== _canonical_form_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMA */ .KE || bytes[end + 1] !== _canonical_form_js__WEBPACK_IMPORTED_MODULE_5__/* .QUOTE */ .jA)
        return undefined;
    const rest = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonObject */ .dw)(`{${decode(bytes.subarray(end + 1))}`, subject);
    if (Object.hasOwn(rest, "signed"))
        return undefined;
    const signedBytes = bytes.subarray(from, end);
    return { bytes: signedBytes, signed: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonObject */ .dw)(decode(signedBytes), subject), rest };
}
// ---- writing ---------------------------------------------------------------------------------
function mapObject(m, each) {
    const o = Object.create(null);
    for (const [k, v] of m)
        o[k] = each(v);
    return o;
}
function fileMetaJson(f) {
    const o = { hashes: f.hashes, length: f.length };
    if (f.custom !== undefined)
        o.custom = f.custom;
    return o;
}
/** The `signed` object in Go's struct shape (every field present, `paths` omitted when empty). */
function signedJson(s) {
    const common = { _type: s.type, expires: s.expires, version: s.version };
    switch (s.type) {
        case "Root":
            return {
                ...common,
                consistent_snapshot: s.consistentSnapshot,
                keys: mapObject(s.keys, _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyJson */ .O7),
                roles: mapObject(s.roles, (r) => ({ keyids: r.keyIds, threshold: r.threshold })),
            };
        case "Targets":
            return {
                ...common,
                delegations: {
                    keys: mapObject(s.delegations.keys, _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyJson */ .O7),
                    roles: s.delegations.roles === null
                        ? null
                        : s.delegations.roles.map((r) => {
                            const o = { keyids: r.keyIds, name: r.name, threshold: r.threshold };
                            if (r.paths.length > 0)
                                o.paths = r.paths;
                            return o;
                        }),
                },
                targets: mapObject(s.targets, fileMetaJson),
            };
        case "Snapshot":
        case "Timestamp":
            return { ...common, meta: mapObject(s.meta, fileMetaJson) };
    }
}
/**
 * Canonical JSON of a `signed` object we build: canonicalJson(signedJson(s)), with a targets role's
 * entries written straight from its map (a large role is not first rebuilt as a JSON object graph).
 * `targets` sorts between `expires` and `version`, the last two keys of the object.
 */
function canonicalSigned(s) {
    if (s.type !== "Targets")
        return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(signedJson(s));
    const { head, tail } = targetsShell(s);
    return `${head}${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalMap */ .LL)(s.targets, fileMetaCanonical)}${tail}`;
}
/**
 * The canonical text of a targets role around its entries: `head` ends with `"targets":` and
 * `tail` is `,"version":N}`; the `targets` object goes between them.
 */
function targetsShell(s) {
    const shell = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(signedJson({ ...s, targets: new Map() }));
    const tail = `,"version":${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalScalar */ .f7)(s.version)}}`;
    const empty = `"targets":{}${tail}`;
    if (!shell.endsWith(empty))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MalformedMetadataError */ .$6("targets metadata has an unexpected shape");
    return { head: `${shell.slice(0, -empty.length)}"targets":`, tail };
}
/** One member of a targets role's `targets` object as canonicalSigned writes it: `"name":{…}`. */
function targetEntryCanonical(name, meta) {
    return `${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalScalar */ .f7)(name)}:${fileMetaCanonical(meta)}`;
}
/** canonicalJson(fileMetaJson(f)): keys in order custom, hashes, length. */
function fileMetaCanonical(f) {
    const custom = f.custom !== undefined ? `"custom":${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(f.custom)},` : "";
    return `{${custom}"hashes":${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(f.hashes)},"length":${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalScalar */ .f7)(f.length)}}`;
}
/** Canonical bytes of a `signed` object we build: what a signer signs. */
function signingBytes(s) {
    return encoder.encode(canonicalSigned(s));
}
const encoder = new TextEncoder();
/**
 * The file bytes Go would write for this signed object and these signatures. `canonicalText`,
 * when the caller already has it (it signed those bytes), saves serialising a large role again.
 */
function serialiseEnvelope(s, signatures, canonicalText) {
    return encoder.encode((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeJson */ .X8)(canonicalText ?? canonicalSigned(s), signatures.map(wireSignature)));
}
/**
 * The file bytes serialiseEnvelope gives, for canonical bytes that hold none of the characters Go's
 * envelope escapes (targets-splice.ts): put in as they are, not decoded, escaped and encoded again.
 */
function envelopeAround(signedBytes, signatures) {
    const head = encoder.encode(_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVELOPE_HEAD */ .yq);
    const tail = encoder.encode((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeTail */ .JX)(signatures.map(wireSignature)));
    const bytes = new Uint8Array(head.length + signedBytes.length + tail.length);
    bytes.set(head, 0);
    bytes.set(signedBytes, head.length);
    bytes.set(tail, head.length + signedBytes.length);
    return bytes;
}
/** A signature as the file holds it: Go writes the method lower-cased. */
function wireSignature(g) {
    return { keyid: g.keyId, method: g.method.toLowerCase(), sig: g.sig };
}


/***/ }),

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ pathAllowed),
/* harmony export */   T4: () => (/* binding */ restrictPaths),
/* harmony export */   _4: () => (/* binding */ isTopLevelDelegation),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   mm: () => (/* binding */ isDelegationName)
/* harmony export */ });
/** Role names and delegation paths (tuf/data/roles.go). */
const DELEGATION_NAME = /^[-a-z0-9_/]+$/;
/** A delegation name: `targets/x` (path-clean, lower-case, shorter than 256 characters). */
function isDelegationName(name) {
    if (!name.startsWith("targets/") || name.length >= 256 || !DELEGATION_NAME.test(name))
        return false;
    return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
/** `targets/a/b` → `targets/a`. */
function parentOf(name) {
    return name.slice(0, name.lastIndexOf("/"));
}
/** A direct child of `targets`, the only kind Docker signs into. */
function isTopLevelDelegation(name) {
    return isDelegationName(name) && parentOf(name) === "targets";
}
/** Paths are plain prefixes; `""` matches everything. */
function pathAllowed(target, paths) {
    return paths.some((p) => target.startsWith(p));
}
/** A child's paths restricted to those inside one of its parent's paths (RestrictDelegationPathPrefixes). */
function restrictPaths(parentPaths, childPaths) {
    return childPaths.filter((p) => parentPaths.some((pp) => p.startsWith(pp)));
}


/***/ }),

/***/ 2504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ rootRecovery),
/* harmony export */   M5: () => (/* binding */ rootHasPinnedKey),
/* harmony export */   YF: () => (/* binding */ checkRootSignatures)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _root_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5288);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6360);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/**
 * Whether a root may be trusted: its shape (every top-level role, thresholds of at least 1, keys
 * it lists), a threshold of its own root certificate keys (valid for the repository, and among
 * the pinned ones when pins are given), and, for a rotation, a threshold of the previous root's
 * root keys too (notary's tuf/builder.go). Expiry is the caller's: an anchor may have expired.
 */




function checkRootSignatures(env, previous, check) {
    const { gun, now } = check;
    const root = env.signed;
    const subject = `root v${root.version}`;
    for (const role of ["root", "targets", "snapshot", "timestamp"]) {
        const r = root.roles.get(role);
        if (!r)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: no ${role} role`);
        if (r.threshold < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: ${role} threshold ${r.threshold} is less than 1`);
        (0,_signatures_js__WEBPACK_IMPORTED_MODULE_2__/* .pickKeys */ .g)(root.keys, r.keyIds, `${subject} ${role} role`);
    }
    if (previous) {
        const prevKeys = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .rootCertificateKeys */ .Yx)(previous.signed, { gun, now, checkExpiry: false });
        try {
            (0,_signatures_js__WEBPACK_IMPORTED_MODULE_2__/* .checkThreshold */ .w)(env, {
                name: subject,
                keys: prevKeys.keys,
                threshold: previous.signed.roles.get("root").threshold,
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject} of ${gun} is not signed by the root keys of trusted root v${previous.signed.version}: a rotation was served, but not a valid one`, {
                cause: err,
                hint: rootRecovery(gun),
            });
        }
    }
    const own = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .rootCertificateKeys */ .Yx)(root, { gun, now, checkExpiry: check.fresh });
    if (own.keys.size === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject}: no valid root certificate for ${gun} (${own.rejected.join("; ") || "no root keys"})`);
    }
    let keys = own.keys;
    if (check.pinnedRootKeyIds?.length) {
        keys = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedOnly */ .T5)(own.keys, check.pinnedRootKeyIds);
        if (keys.size === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject} of ${gun} is signed by root key ${[...own.keys.keys()].map((k) => k.slice(0, 12) + "…").join(", ")}, not the pinned ${check.pinnedRootKeyIds.map((k) => k.slice(0, 12) + "…").join(", ")}`, { hint: `check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")} against the Root Key that ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("inspect", gun)} shows` });
        }
    }
    (0,_signatures_js__WEBPACK_IMPORTED_MODULE_2__/* .checkThreshold */ .w)(env, { name: subject, keys, threshold: root.roles.get("root").threshold });
}
/**
 * Whether a pinned key is one of `root`'s root keys, read as checkRootSignatures reads pins (a
 * certificate valid for `gun`, its expiry aside). A stored root none of them is does not anchor a
 * pinned load: the pins say which root is the repository's.
 */
function rootHasPinnedKey(root, gun, now, pins) {
    return (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedOnly */ .T5)((0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .rootCertificateKeys */ .Yx)(root, { gun, now, checkExpiry: false }).keys, pins).size > 0;
}
/** How to get out of a changed root: only when its owner really re-created the repository. */
function rootRecovery(gun) {
    return `confirm with the repository's owner that ${gun} was re-created; if so, remove its stored root from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .phrase */ .MZ)("trust-store")} or pin the new root with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")}; otherwise do not trust it`;
}


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pickKeys),
/* harmony export */   w: () => (/* binding */ checkThreshold)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/**
 * Threshold signature checks (tuf/signed/verify.go), with two hardenings over a key-ID count:
 * a key counts once however many IDs or key types list it (distinct public keys, identified by
 * their canonical key ID), and a signature counts only when its method fits the key type.
 */


/** Counts valid signatures over `env.signedBytes` by distinct keys; throws below the threshold. */
function checkThreshold(env, role) {
    if (role.threshold < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${role.name}: threshold ${role.threshold} is less than 1`);
    if (env.signatures.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdError */ .M2(`${role.name}: no signatures`);
    const seenKeys = new Set();
    const validKeyIds = [];
    for (const sig of env.signatures) {
        const key = role.keys.get(sig.keyId);
        if (!key)
            continue;
        // notary treats a key listed under an ID that is not its own as a hard error.
        if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyIdOf */ .yg)(key) !== sig.keyId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${role.name}: key listed as ${sig.keyId} has a different key ID`);
        }
        let identity;
        try {
            identity = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyIdOf */ .Sy)(key);
        }
        catch {
            continue;
        }
        if (seenKeys.has(identity))
            continue;
        if (!(0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .verifySignature */ .Od)(key, sig.method, env.signedBytes, Buffer.from(sig.sig, "base64")))
            continue;
        seenKeys.add(identity);
        validKeyIds.push(sig.keyId);
    }
    if (seenKeys.size < role.threshold) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdError */ .M2(`${role.name}: ${seenKeys.size} of ${role.threshold} required signatures valid (${env.signatures.length} present)`);
    }
    return { validKeyIds };
}
/** The keys of `keyIds` from `keys`; a listed ID without a key is malformed metadata. */
function pickKeys(keys, keyIds, subject) {
    const out = new Map();
    for (const id of keyIds ?? []) {
        const key = keys.get(id);
        if (!key)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: key ID ${id} is listed without a key`);
        out.set(id, key);
    }
    return out;
}


/***/ }),

/***/ 6578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ loadAnchor),
/* harmony export */   Iy: () => (/* binding */ openRun),
/* harmony export */   R0: () => (/* binding */ trustedState),
/* harmony export */   Yq: () => (/* binding */ withRun)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _net_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7879);
/* harmony import */ var _notary_retirements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2989);
/* harmony import */ var _signers_key_file_block_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7159);
/* harmony import */ var _signers_key_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3717);
/* harmony import */ var _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(326);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3395);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4213);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5135);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9706);
/* harmony import */ var _trust_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8664);
/**
 * The one way a run is put together from a typed configuration (CLI flags or action inputs), for
 * sign, migrate, inspect and the admin commands: the signing keys given (a key file or an AWS KMS
 * key, never both), the connection to the Notary server and the registry under one deadline, the
 * trust anchor (the root and versions kept from earlier runs, and the pinned root keys), and the
 * runtime. Verify reads many repositories over one transport and takes each anchor by the same
 * rule (`loadAnchor`).
 */











/** The stored anchor of `gun` (nothing when there is no store), with the pinned root keys when given. */
async function loadAnchor(store, gun, pins) {
    const anchor = (await store?.load(gun)) ?? {};
    if (pins?.length)
        anchor.pinnedRootKeyIds = [...pins];
    return anchor;
}
/** What a trusted set leaves for the next run: its root and the versions it trusted. */
function trustedState(set) {
    return { root: set.root.bytes, versions: set.versions() };
}
/** The key file's text, refused before any decryption when it is missing or larger than a key file. */
function keyFileText(config) {
    if (!config.signerKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no signing key: give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .setting */ .Pe)("signer-key")} (a private key file) or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .setting */ .Pe)("aws-kms-key")}`);
    if (config.signerKey.length > MAX_KEY_FILE_CHARS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`signer key is ${config.signerKey.length} characters long, more than a key file's 1 MiB; give the content of one private key file`);
    return config.signerKey;
}
/** The signer of a key file, with the role its PEM header names. */
function loadSigner(config) {
    const pem = keyFileText(config);
    const key = (0,_signers_key_file_js__WEBPACK_IMPORTED_MODULE_4__.loadPrivateKey)(pem, config.signerKeyPassphrase);
    return { signer: new _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyFileSigner */ .Q(key), ...(key.role ? { role: key.role } : {}) };
}
/** loadSigner with the decryption under way: the checks that need none throw at once. */
function startKeyFile(config) {
    const pem = keyFileText(config);
    const role = (0,_signers_key_file_block_js__WEBPACK_IMPORTED_MODULE_3__/* .keyFileRole */ .ex)(pem);
    const signer = (0,_signers_key_file_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPrivateKeyAsync */ .J)(pem, config.signerKeyPassphrase).then((key) => new _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyFileSigner */ .Q(key));
    // Awaited by the run; one that fails before then must not leave it unhandled.
    signer.catch(() => undefined);
    return { signer, ...(role ? { role } : {}) };
}
/** A runtime whose progress lines and warnings wait for `ready`, and are dropped if it fails. */
function heldUntil(ready, runtime) {
    let held = [];
    ready.then(() => {
        const lines = held ?? [];
        held = undefined;
        for (const line of lines)
            line();
    }, () => undefined);
    const hold = (f) => (m) => (held ? held.push(() => f(m)) : f(m));
    return { ...runtime, log: hold(runtime.log), warn: hold(runtime.warn) };
}
const MAX_KEY_FILE_CHARS = 1024 * 1024;
/**
 * Opens a run for the repository of `ref`. The key file is read before anything goes on the
 * network; the KMS key is asked for its public key once the connection is set up, and everything
 * opened is closed again when a later step fails.
 */
async function openRun(ref, config, hooks = {}, options = {}) {
    if (config.signerKey && config.awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .setting */ .Pe)("signer-key")} and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_6__/* .setting */ .Pe)("aws-kms-key")} are both set`, {
            hint: "give one signing key: a key file or an AWS KMS key",
        });
    const wantsFile = Boolean(config.signerKey || (options.requireKey && !config.awsKmsKey));
    const fromFile = wantsFile && !options.keyFileInFlight ? loadSigner(config) : undefined;
    const inFlight = wantsFile && options.keyFileInFlight ? startKeyFile(config) : undefined;
    const runtime = inFlight
        ? heldUntil(inFlight.signer, hooks.runtime ?? (0,_runtime_js__WEBPACK_IMPORTED_MODULE_10__/* .createRuntime */ .x)())
        : (hooks.runtime ?? (0,_runtime_js__WEBPACK_IMPORTED_MODULE_10__/* .createRuntime */ .x)());
    // The key's own failure is reported first, as when it was loaded before anything else.
    const keyFirst = async (err) => {
        await inFlight?.signer;
        throw err;
    };
    const store = config.trustDir ? new _trust_store_js__WEBPACK_IMPORTED_MODULE_9__/* .TrustStore */ .O(config.trustDir) : undefined;
    // The stored anchor is read while the connection reads its credentials.
    const anchorRead = loadAnchor(store, ref.name, config.rootKeyIds);
    anchorRead.catch(() => undefined);
    const deadlineAt = runtime.now() + (config.deadlineMs ?? _net_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RUN_DEADLINE_MS */ .I);
    let connection;
    try {
        connection = (0,_connect_js__WEBPACK_IMPORTED_MODULE_7__/* .connect */ .Ng)(ref, {
            ...config,
            deadlineAt,
            logRetry: runtime.log,
            now: runtime.now,
            ...(options.pushFromStart ? { pushFromStart: true } : {}),
        });
    }
    catch (err) {
        await anchorRead.catch(keyFirst);
        return keyFirst(err);
    }
    const notice = options.notary !== false &&
        (0,_notary_retirements_js__WEBPACK_IMPORTED_MODULE_2__/* .retirementNotice */ .A8)(connection.notaryServer, runtime.now(), options.use ?? (options.pushFromStart ? "publish" : "inspect"), ref.name);
    if (notice)
        runtime.warn(notice);
    let anchor;
    try {
        anchor = await anchorRead;
    }
    catch (err) {
        connection.close();
        return keyFirst(err);
    }
    // Refused before the body sends its first wave: nothing goes to an ended service's host.
    const refused = options.notary !== false && (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .refusedFirstUse */ .u)(connection.notary, anchor, runtime.now());
    if (refused) {
        connection.close();
        return keyFirst((0,_notary_retirements_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceEndedError */ ._T)(refused, ref.name, undefined, options.use ?? (options.pushFromStart ? "publish" : "inspect")));
    }
    let kms;
    try {
        if (config.awsKmsKey) {
            const { createKmsSigner } = await __webpack_require__.e(/* import() */ 692).then(__webpack_require__.bind(__webpack_require__, 9311));
            kms = await createKmsSigner({
                keyId: config.awsKmsKey,
                region: config.awsRegion,
                ...(0,_connect_js__WEBPACK_IMPORTED_MODULE_7__/* .kmsCallOptions */ .GC)(config, deadlineAt, runtime.now),
                ...hooks.kms,
            });
        }
    }
    catch (err) {
        connection.close();
        throw err;
    }
    return {
        ref,
        runtime,
        connection,
        anchor,
        signers: [...(fromFile ? [fromFile.signer] : []), ...(kms ? [kms] : [])],
        ...(fromFile?.role ? { keyFileRole: fromFile.role } : {}),
        ...(inFlight?.role ? { keyFileRole: inFlight.role } : {}),
        ...(inFlight ? { keyFileSigner: inFlight.signer } : {}),
        deadlineAt,
        persists: store !== undefined,
        // What the run did stands when its root cannot be kept: a warning, never a failure after a publish.
        save: async ({ root, versions }) => {
            await store
                ?.save(ref.name, root, versions)
                .catch((err) => runtime.warn((0,_trust_store_js__WEBPACK_IMPORTED_MODULE_9__/* .storeFailureWarning */ .k)(ref.name, err)));
        },
        close: () => {
            connection.close();
            kms?.close();
        },
    };
}
/** Opens a run, gives it to `body`, and always closes it. */
async function withRun(ref, config, hooks, body, options = {}) {
    const run = await openRun(ref, config, hooks, options);
    try {
        return await body(run);
    }
    finally {
        run.close();
    }
}


/***/ }),

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ connect),
  GC: () => (/* binding */ kmsCallOptions),
  SX: () => (/* binding */ notaryHostCa)
});

// UNUSED EXPORTS: kmsProxyOptions

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/net/http.ts + 1 modules
var http = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/notary/limits.ts
var limits = __webpack_require__(7181);
;// CONCATENATED MODULE: ./src/notary/client.ts
/**
 * The Notary server's HTTP API (server/server.go routes): metadata by current name, checksum or
 * version, the server-held timestamp and snapshot keys, and the atomic multipart upload.
 * Authentication and transport bounds live in net/; this maps the server's answers to typed errors.
 */





class NotaryClient {
    baseUrl;
    gun;
    send;
    /** Requests sent, for summaries and benchmarks. */
    requests = 0;
    /**
     * Roles whose current file was answered 404 without a Notary server's own error code
     * (METADATA_NOT_FOUND): by a server that is no Notary server, most often the registry on the same
     * host (https://<registry> is the default Notary server) with no content trust behind it.
     */
    #foreign404 = new Set();
    constructor(opts) {
        this.baseUrl = opts.baseUrl.replace(/\/+$/, "");
        this.gun = opts.gun;
        this.send = opts.send;
    }
    url(file) {
        return `${this.baseUrl}/v2/${this.gun}/_trust/tuf/${file}`;
    }
    /** A metadata file, or undefined when the server has none (404). */
    async getMetadata(role, opts = {}) {
        const file = opts.sha256Hex !== undefined
            ? `${role}.${opts.sha256Hex}.json`
            : opts.version !== undefined
                ? `${opts.version}.${role}.json`
                : `${role}.json`;
        const maxBytes = opts.length ?? (0,limits/* unsignedLimit */.F)(role);
        // The current file changes with every publish: a cache on the way (notary-server allows 300 s)
        // must ask the server. Files by hash or version never change and may come from a cache.
        const current = opts.sha256Hex === undefined && opts.version === undefined;
        const headers = current ? { "cache-control": "no-cache" } : undefined;
        const res = await this.request({
            method: "GET",
            url: this.url(file),
            maxBytes,
            ...(headers ? { headers } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
        }, "pull");
        // Only the current file's answer says whether the repository is there at all.
        const foreign = res.status === 404 && parseErrorBody(res.body)?.code !== "METADATA_NOT_FOUND";
        if (current) {
            if (foreign)
                this.#foreign404.add(role);
            else
                this.#foreign404.delete(role);
        }
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.failure(res, `GET ${file}`);
        return res.body;
    }
    /** Whether `role` was answered 404 by something that is not a Notary server (see #foreign404). */
    notFoundByOtherServer(role) {
        return this.#foreign404.has(role);
    }
    /** The server-held public key of `timestamp` or `snapshot` (created by the server if it has none). */
    async getServerKey(role) {
        const res = await this.request({ method: "GET", url: this.url(`${role}.key`), maxBytes: limits/* MAX_BYTES */.z.key }, "pull,push");
        if (res.status !== 200)
            throw this.failure(res, `GET ${role}.key`);
        let parsed;
        try {
            parsed = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new errors/* ServerError */.gP("BAD_RESPONSE", `${this.where()} answered GET ${role}.key with something that is not JSON`);
        }
        if (typeof parsed?.keytype !== "string" || typeof parsed.keyval?.public !== "string") {
            throw new errors/* ServerError */.gP("BAD_RESPONSE", `${this.where()} answered GET ${role}.key without a public key`);
        }
        return { type: parsed.keytype, public: parsed.keyval.public };
    }
    /** One atomic upload of role files (`root`, `targets`, `targets/releases`, …). */
    async publish(files, signal) {
        const boundary = (0,external_node_crypto_.randomBytes)(30).toString("hex");
        const parts = [];
        for (const [role, bytes] of files) {
            parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`), 
            // A view of the role's bytes, not a copy: Buffer.concat below makes the one copy sent.
            Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), Buffer.from("\r\n"));
        }
        parts.push(Buffer.from(`--${boundary}--\r\n`));
        const res = await this.request({
            method: "POST",
            url: this.url(""),
            headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
            body: Buffer.concat(parts),
            maxBytes: limits/* MAX_BYTES */.z.error,
            ...(signal ? { signal } : {}),
        }, "pull,push");
        if (res.status === 500)
            throw this.uploadUnconfirmed(res, `POST ${[...files.keys()].join(", ")}`);
        if (res.status !== 200)
            throw this.failure(res, `POST ${[...files.keys()].join(", ")}`);
    }
    /**
     * A 500 to an upload: the server failed while storing it. notary-server on PostgreSQL answers a
     * lost race (another upload of the same version committed first) this way instead of 400
     * VERSION, as its storage only recognises MySQL's duplicate-key error. Only re-reading can tell
     * a lost race, an upload that landed, and a server failure apart.
     */
    uploadUnconfirmed(res, what) {
        const code = parseErrorBody(res.body)?.code;
        return new errors/* ServerError */.gP("UPLOAD_UNCONFIRMED", `${this.where()}: ${what} failed with HTTP 500${code ? ` (${code})` : ""}`, {
            status: 500,
            url: (0,http/* displayUrl */.Q)(res.url),
            hint: "the Notary server or its database is failing, or another writer published at the same moment; retry later",
        });
    }
    async request(req, access) {
        this.requests++;
        return this.send(req, access);
    }
    where() {
        return `${this.gun} on ${this.baseUrl}`;
    }
    /** Maps a non-success answer to one line naming the request, the server's code and its detail. */
    failure(res, what) {
        const body = parseErrorBody(res.body);
        const code = body?.code;
        const url = (0,http/* displayUrl */.Q)(res.url);
        const status = res.status;
        if (status === 400 && code === "VERSION") {
            return new errors/* ServerError */.gP("VERSION_CONFLICT", `${this.where()}: ${what} lost a race: a newer version is already published`, { status, url });
        }
        if (status === 400 && code === "INVALID_UPDATE") {
            return new errors/* ServerError */.gP("INVALID_UPDATE", `${this.where()} rejected ${what}: ${describeDetail(body?.detail)}`, {
                status,
                url,
                detailName: detailNameOf(body?.detail),
            });
        }
        if (status === 404) {
            return new errors/* ServerError */.gP("NOT_FOUND", `${this.where()}: ${what} answered 404 (${code ?? "not found"})`, {
                status,
                url,
            });
        }
        if (status >= 500) {
            const tried = res.attempts ? ` (tried ${res.attempts} times)` : "";
            return new errors/* ServerError */.gP("SERVER_UNAVAILABLE", `${this.where()}: ${what} failed with HTTP ${status}${code ? ` (${code})` : ""}${tried}`, {
                status,
                url,
                hint: "the Notary server or its signer is failing; retry later",
            });
        }
        const message = body?.message ? `: ${truncate(body.message)}` : "";
        // A TLS server (Go's among them) answers 400 to a request in plain HTTP, in plain text: a JSON
        // error is a plain-HTTP Notary server's own.
        const plainToTls = status === 400 && url.startsWith("http:") && body === undefined;
        return new errors/* ServerError */.gP("BAD_STATUS", `${this.where()}: ${what} answered HTTP ${status}${code ? ` ${code}` : ""}${message}`, {
            status,
            url,
            serverCode: code,
            ...(plainToTls
                ? { hint: "a server that speaks TLS answers 400 to plain HTTP: if it does, use its https:// URL" }
                : {}),
        });
    }
}
/**
 * The first error of a notary-server error body. Its `code` is kept only when it is a code
 * (`VERSION`, `INVALID_UPDATE`, `DENIED`): it is quoted whole and decided on. Its message and
 * detail are quoted clipped, and, as every message, without the run's secrets (redaction.ts): a
 * server or a proxy in front of it may repeat the request, Authorization header included.
 */
function parseErrorBody(body) {
    let first;
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, limits/* MAX_BYTES */.z.error)));
        first = Array.isArray(parsed?.errors) ? parsed.errors[0] : undefined;
    }
    catch {
        return undefined;
    }
    if (!first || typeof first !== "object")
        return undefined;
    const { code, message, detail } = first;
    return {
        ...(typeof code === "string" && /^[A-Z_]{1,64}$/.test(code) ? { code } : {}),
        ...(typeof message === "string" ? { message } : {}),
        ...(detail !== undefined ? { detail } : {}),
    };
}
function truncate(s) {
    return (0,src_text/* clipLine */.DX)(s, 300);
}
/** The `Name` of a validation error detail (`ErrBadTargets`), if it is a plain identifier. */
function detailNameOf(detail) {
    const name = detail && typeof detail === "object" ? detail.Name : undefined;
    return typeof name === "string" && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name) ? name : undefined;
}
/** `{"Name":"ErrBadTargets","Error":{"Msg":"…"}}` → `ErrBadTargets: …`. */
function describeDetail(detail) {
    if (detail && typeof detail === "object") {
        const d = detail;
        const inner = d.Error && typeof d.Error === "object" ? d.Error : undefined;
        const msg = inner
            ? typeof inner.Msg === "string"
                ? inner.Msg
                : JSON.stringify(inner)
            : typeof d.Error === "string"
                ? d.Error
                : "";
        if (typeof d.Name === "string")
            return truncate(`${d.Name}${msg ? `: ${msg}` : ""}`);
    }
    return truncate(typeof detail === "string" ? detail : JSON.stringify(detail ?? "invalid update"));
}

// EXTERNAL MODULE: ./src/notary/retirements.ts
var retirements = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/net/auth.ts + 1 modules
var auth = __webpack_require__(6887);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bounded-file.ts
var bounded_file = __webpack_require__(2717);
// EXTERNAL MODULE: ./src/redaction.ts
var redaction = __webpack_require__(1066);
// EXTERNAL MODULE: ./src/net/docker-hub.ts
var docker_hub = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/net/credentials.ts
/**
 * Registry credentials, resolved as the docker CLI does from a docker config directory (the one
 * docker/login-action writes): explicit credentials win; then `auths[host]` (`auth` or
 * `identitytoken`), then `credHelpers[host]`, then `credsStore`, both run as
 * `docker-credential-<helper> get` with the server URL on stdin. Nothing here reads process.env:
 * the caller passes the config directory and, when it wants, the PATH to search for helpers.
 * `source` says where credentials came from, for messages; secrets never leave the returned object.
 */







const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT = 64 * 1024;
async function resolveCredentials(host, options = {}) {
    const resolved = await lookUp(host, options);
    // Whatever they are and wherever they came from, no message or log line of ours shows them.
    const c = resolved?.credentials;
    if (c)
        (0,redaction/* registerSecret */.cl)("password" in c ? c.password : c.identityToken);
    return resolved;
}
async function lookUp(host, options) {
    if (options.explicit)
        return { credentials: options.explicit, source: options.explicitSource ?? "inputs" };
    if (!options.dockerConfigDir)
        return undefined;
    const configPath = external_node_path_default().join(options.dockerConfigDir, "config.json");
    const config = await readDockerConfig(configPath);
    if (!config)
        return undefined;
    const hosts = hostAliases(host);
    const authKey = findKey(config.auths, hosts);
    if (authKey !== undefined) {
        const fromFile = decodeAuthEntry(config.auths[authKey], authKey, configPath);
        if (fromFile)
            return { credentials: fromFile, source: `docker config for ${host}` };
    }
    const helperKey = findKey(config.credHelpers, hosts);
    const serverUrl = (0,docker_hub/* isHubCredentialHost */.Ps)(host) ? docker_hub/* HUB_CREDENTIALS_KEY */.LZ : host;
    if (helperKey !== undefined) {
        const helper = config.credHelpers[helperKey];
        return runLookup(helper, `docker config credHelpers ${helper}`, serverUrl, options);
    }
    if (config.credsStore) {
        return runLookup(config.credsStore, `docker config credsStore ${config.credsStore}`, serverUrl, options);
    }
    return undefined;
}
function hostAliases(host) {
    return (0,docker_hub/* isHubCredentialHost */.Ps)(host) ? docker_hub/* HUB_CREDENTIAL_HOSTS */.C2 : [host.toLowerCase()];
}
/** Docker's ConvertToHostname: "https://host:5000/v1/" -> "host:5000". */
function keyHostname(key) {
    return key
        .replace(/^https?:\/\//i, "")
        .split("/")[0]
        .toLowerCase();
}
function findKey(map, hosts) {
    if (!map || typeof map !== "object")
        return undefined;
    const keys = Object.keys(map);
    for (const h of hosts) {
        const exact = keys.find((k) => k.toLowerCase() === h);
        if (exact !== undefined)
            return exact;
    }
    if (hosts === docker_hub/* HUB_CREDENTIAL_HOSTS */.C2 && docker_hub/* HUB_CREDENTIALS_KEY */.LZ in map)
        return docker_hub/* HUB_CREDENTIALS_KEY */.LZ;
    return keys.find((k) => hosts.includes(keyHostname(k)));
}
async function readDockerConfig(configPath) {
    let text;
    try {
        const read = await (0,bounded_file/* readFileAtMost */.n)(configPath, MAX_CONFIG_BYTES);
        if (read.tooLarge)
            throw new errors/* UsageError */.eb(`docker config ${configPath} is larger than 1 MiB`);
        text = read.bytes.toString("utf8");
    }
    catch (err) {
        if (err.code === "ENOENT")
            return undefined;
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        throw new errors/* UsageError */.eb(`cannot read docker config ${configPath} (${err.code ?? "error"})`, { cause: err });
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            throw new Error("not an object");
        return parsed;
    }
    catch {
        throw new errors/* UsageError */.eb(`docker config ${configPath} is not a JSON object`);
    }
}
function decodeAuthEntry(entry, key, configPath) {
    if (!entry || typeof entry !== "object")
        return undefined;
    if (typeof entry.identitytoken === "string" && entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (typeof entry.auth === "string" && entry.auth) {
        const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon <= 0) {
            throw new errors/* UsageError */.eb(`docker config ${configPath}: auths["${key}"].auth is not base64 of user:password`);
        }
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof entry.username === "string" && typeof entry.password === "string" && entry.username) {
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
async function runLookup(helper, source, serverUrl, options) {
    const credentials = await runCredentialHelper(helper, serverUrl, options);
    return credentials ? { credentials, source } : undefined;
}
/** `docker-credential-<helper> get`; undefined when the helper has nothing for this server. */
async function runCredentialHelper(helper, serverUrl, options = {}) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(helper)) {
        throw new errors/* UsageError */.eb(`docker config names an invalid credential helper ${JSON.stringify(helper.slice(0, 64))}`);
    }
    const program = `docker-credential-${helper}`;
    const executable = options.helperPath === undefined ? program : await findExecutable(program, options.helperPath);
    const timeoutMs = options.helperTimeoutMs ?? 10_000;
    const result = await runProcess(executable, ["get"], serverUrl, timeoutMs, options.helperEnv).catch((err) => {
        const why = err.code === "ENOENT" ? "is not installed or not on PATH" : `could not start (${err.code ?? "error"})`;
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} ${why}`, {
            cause: err,
            hint: `install it or remove "${helper}" from the docker config`,
        });
    });
    if (result.timedOut) {
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} did not finish within ${timeoutMs / 1000} s`);
    }
    if (result.overflow) {
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed more than ${MAX_HELPER_OUTPUT / 1024} KiB`);
    }
    if (result.code !== 0) {
        if (/credentials not found/i.test(result.stdout + result.stderr))
            return undefined;
        // What a helper prints on stdout is its answer, which holds the secret: quoted only when it is
        // not JSON (docker-credential-helpers print their error there). A helper that failed may still
        // have printed its answer: the secret in it is the run's secret too, and is cleared from the
        // line quoted (as from any message).
        if (isJsonObject(result.stdout))
            (0,redaction/* registerSecret */.cl)(secretOf(result.stdout));
        const detail = result.stderr.trim()
            ? firstLine(result.stderr)
            : isJsonObject(result.stdout)
                ? ""
                : firstLine(result.stdout);
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} failed (exit ${result.code})${detail ? `: ${detail}` : ""}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed something that is not JSON`);
    }
    const username = typeof parsed.Username === "string" ? parsed.Username : "";
    const secret = typeof parsed.Secret === "string" ? parsed.Secret : "";
    if (!secret)
        return undefined;
    return username === "<token>" ? { identityToken: secret } : { username, password: secret };
}
async function findExecutable(program, searchPath) {
    for (const dir of searchPath.split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, program);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    const err = new Error(`${program} not found`);
    err.code = "ENOENT";
    throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} is not installed or not on PATH`, {
        cause: err,
        hint: `install it or remove "${program.slice("docker-credential-".length)}" from the docker config`,
    });
}
async function runProcess(file, args, input, timeoutMs, env) {
    // Loaded by the runs that start a helper only (start-up time of the others).
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        // Own process group, so that a timeout also ends whatever the helper started (and holds our pipes).
        const group = process.platform !== "win32";
        const child = spawn(file, args, {
            stdio: ["pipe", "pipe", "pipe"],
            ...(env ? { env } : {}),
            windowsHide: true,
            detached: group,
        });
        const out = [];
        const errOut = [];
        let outBytes = 0;
        let errBytes = 0;
        let done = false;
        const stop = () => {
            try {
                if (group && child.pid !== undefined)
                    process.kill(-child.pid, "SIGKILL");
                else
                    child.kill("SIGKILL");
            }
            catch {
                child.kill("SIGKILL");
            }
        };
        const finish = (result) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(result);
        };
        const timer = setTimeout(() => {
            stop();
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ code: null, stdout: "", stderr: "", timedOut: true, overflow: false });
        }, timeoutMs);
        child.stdout.on("data", (c) => {
            outBytes += c.length;
            if (outBytes > MAX_HELPER_OUTPUT)
                stop();
            else
                out.push(c);
        });
        child.stderr.on("data", (c) => {
            errBytes += c.length;
            if (errBytes <= 4096)
                errOut.push(c);
        });
        child.on("error", (err) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            reject(err);
        });
        child.on("close", (code) => {
            const stdout = Buffer.concat(out).toString("utf8");
            finish({
                code,
                stdout,
                stderr: Buffer.concat(errOut).toString("utf8"),
                timedOut: false,
                overflow: outBytes > MAX_HELPER_OUTPUT,
            });
        });
        child.stdin.on("error", () => {
            /* the helper may exit without reading stdin */
        });
        child.stdin.end(input);
    });
}
/** The `Secret` of a helper's JSON answer, if it has one. */
function secretOf(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed?.Secret === "string" ? parsed.Secret : undefined;
    }
    catch {
        return undefined;
    }
}
function isJsonObject(text) {
    return text.trimStart().startsWith("{");
}
function firstLine(text) {
    // Cleared of the run's secrets before it is cut: a cut must not keep part of one.
    const line = (0,redaction/* redactSecrets */.fp)(text).trim().split(/\r?\n/)[0] ?? "";
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

// EXTERNAL MODULE: ./src/net/notary-server.ts
var notary_server = __webpack_require__(6272);
// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/net/route.ts
var route = __webpack_require__(7982);
// EXTERNAL MODULE: ./src/net/tls-trust.ts
var tls_trust = __webpack_require__(3733);
// EXTERNAL MODULE: ./src/net/retry.ts
var net_retry = __webpack_require__(7893);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __webpack_require__(2440);
;// CONCATENATED MODULE: ./src/workflows/connect.ts
/**
 * Builds the network clients for one image: the transport (CA bundle, deadline, retries), the
 * credentials (inputs, else the docker config), the registry client and the Notary client with
 * token auth. The same credentials serve the registry and the Notary token exchange, as in Docker.
 */











/**
 * The AWS SDK's request handler for KMS behind the forward proxy: agents that send each request
 * directly or through the proxy, as our transport does (destroying the SDK client destroys them).
 * Empty without a proxy, so the SDK keeps its own handler. `setupMs` bounds opening a tunnel
 * (DEFAULT_CONNECT_TIMEOUT_MS when absent; tests give a shorter one).
 */
function kmsProxyOptions(proxy, setupMs) {
    if (!proxy)
        return {};
    const router = (0,route/* createRouter */.a)({ proxy, maxSockets: 16, ...(setupMs ? { setupMs } : {}) });
    return { requestHandler: { httpAgent: router.agentFor(false), httpsAgent: router.agentFor(true) } };
}
/**
 * How a run reaches and bounds its KMS calls, as it does its requests: through its forward proxy
 * (kmsProxyOptions), each call by the request timeout, all by the run's deadline (`deadlineAt`, or
 * one that starts now for a command whose KMS lookup comes before its run).
 */
function kmsCallOptions(config, deadlineAt, now = Date.now) {
    const ms = config.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.I;
    return {
        ...kmsProxyOptions(config.proxy),
        ...(config.timeoutMs ? { requestTimeoutMs: config.timeoutMs } : {}),
        deadline: { at: deadlineAt ?? now() + ms, ms, now },
    };
}
/**
 * CA certificates for Notary servers from docker's `$DOCKER_CONFIG/tls/<host:port>/` directory
 * (each `*.crt`), read once per host; other hosts get none, as in `docker trust`.
 */
function notaryHostCa(dockerConfigDir, notaryHosts) {
    const read = new Map();
    return (host) => {
        if (!dockerConfigDir || !notaryHosts.has(host))
            return undefined;
        if (!read.has(host))
            read.set(host, (0,tls_trust.readDockerTlsCa)(dockerConfigDir, host));
        return read.get(host);
    };
}
function connect(ref, opts) {
    const notaryServer = (0,notary_server/* notaryServerFor */.A)(ref, opts.notaryServer, opts.envNotaryServer);
    const own = opts.transport
        ? undefined
        : (0,http/* createTransport */.o)({
            ...(opts.caPem ? { caPem: opts.caPem } : {}),
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
            userAgent: opts.userAgent ?? "content-trust-action",
            proxy: opts.proxy,
            hostCa: notaryHostCa(opts.dockerConfigDir, new Set([new URL(notaryServer).host])),
        });
    const deadlineMs = opts.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.I;
    const deadlineAt = opts.deadlineAt ?? Date.now() + deadlineMs;
    const bounded = (0,deadline/* withDeadline */.N)(opts.transport ?? own, {
        deadlineAt,
        deadlineMs,
        ...(opts.timeoutMs ? { requestTimeoutMs: opts.timeoutMs } : {}),
    });
    // Once the run has closed its connection (it is over, failed or not), requests still in flight
    // fail with it (or, on a transport the caller shares, go on without us): they are not worth a
    // "retrying" line after the run's own result.
    let closed = false;
    const lines = opts.retryLines ?? (opts.logRetry ? (0,net_retry/* retryLines */.OK)(opts.logRetry) : undefined);
    const answered = async (req) => {
        const res = await bounded(req);
        lines?.answered(req.url, res.status);
        return res;
    };
    const retry = {
        ...opts.retry,
        deadlineAt,
        onRetry: (e) => {
            if (closed)
                return;
            opts.retry?.onRetry?.(e);
            lines?.retrying(e);
        },
    };
    const transport = (0,net_retry/* withRetries */.LH)(answered, retry);
    // A service past its end is not asked again: a failure is reported as that end (load-trust.ts),
    // where retries against a host that no longer answers would only hold the run up to four times
    // as long. Other hosts are retried as before: the registry, and the token service the Notary
    // server names (auth.docker.io, still in service).
    const endedHost = (0,retirements/* endedService */.mT)(notaryServer, (opts.now ?? Date.now)()) ? new URL(notaryServer).host : undefined;
    const once = endedHost ? (0,net_retry/* withRetries */.LH)(answered, { ...retry, attempts: 1 }) : undefined;
    const notaryTransport = once
        ? (req) => (new URL(req.url).host === endedHost ? once(req) : transport(req))
        : transport;
    const cache = opts.credentialsCache ?? new Map();
    const credentialsFor = (registry) => {
        let p = cache.get(registry);
        if (!p) {
            p = resolveCredentials(registry, {
                ...(opts.credentials
                    ? {
                        explicit: opts.credentials,
                        ...(opts.credentialsSource ? { explicitSource: opts.credentialsSource } : {}),
                    }
                    : {}),
                ...(opts.dockerConfigDir ? { dockerConfigDir: opts.dockerConfigDir } : {}),
                ...(opts.helperPath ? { helperPath: opts.helperPath } : {}),
            });
            cache.set(registry, p);
        }
        return p;
    };
    let session;
    const sessionFor = () => (session ??= credentialsFor(ref.registry).then((credentials) => new auth/* AuthSession */.j({
        transport: notaryTransport,
        baseUrl: notaryServer,
        repository: ref.name,
        credentialsHost: ref.registry,
        notary: true,
        ...(credentials ? { credentials } : {}),
        ...(opts.pushFromStart ? { pushFromStart: true } : {}),
    })));
    // The credentials are read (the docker config, a helper) while the caller prepares its first
    // requests, so that these are sent at once; a failure is reported by the first request.
    const ready = sessionFor().then(() => undefined, () => undefined);
    const notary = new NotaryClient({
        baseUrl: notaryServer,
        gun: ref.name,
        send: async (req, access) => (await sessionFor()).request(req, access),
    });
    const registry = new client/* RegistryClient */.bP({
        transport,
        credentials: credentialsFor,
        ...(opts.insecureRegistries ? { insecureHosts: opts.insecureRegistries } : {}),
    });
    return {
        notary,
        registry,
        notaryServer,
        ready,
        // Only a transport made here is closed; a shared one belongs to the caller.
        close: () => {
            closed = true;
            own?.close();
        },
    };
}


/***/ }),

/***/ 9422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ firstUseCheck),
/* harmony export */   _: () => (/* binding */ PIN_FLAGS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/**
 * Trust on first use, said out loud. With no pinned root key and no root stored from an earlier
 * run, whoever answers the first request decides which root is trusted: Docker does the same, so it
 * stays the default, but the run warns with the root key ID it trusted and the exact setting that
 * pins it. With `require-root-pin` such a root is refused before anything else is read or written.
 */


const PIN_INPUTS = { pin: "root-key-id", require: "require-root-pin", style: "input" };
const PIN_FLAGS = { pin: "--root-key-id", require: "--require-root-pin", style: "flag" };
/** The callback for one repository: throws ROOT_NOT_PINNED when a pin is required, else warns once. */
function firstUseCheck(opts) {
    const names = opts.pinNames ?? PIN_INPUTS;
    let warned = false;
    return (rootKeyIds) => {
        const ids = rootKeyIds.length ? [...rootKeyIds] : ["(none)"];
        const value = ids.map((id) => (opts.perRepository ? `${opts.gun}=${id}` : id)).join(",");
        const pinText = names.style === "flag" ? `${names.pin} ${value}` : `${names.pin}: ${value}`;
        const keys = `root key ${ids.join(", ")}`;
        if (opts.requireRootPin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("ROOT_NOT_PINNED", `${opts.gun}: ${keys} is neither pinned by ${names.pin} nor stored from an earlier run, and ${names.require} refuses trust on first use`, {
                hint: `check the key against the Root Key that ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)("inspect", opts.gun)} shows, then pin it with ${pinText}`,
            });
        }
        if (warned)
            return;
        warned = true;
        opts.warn?.(`${opts.gun}: trusting ${keys} on first use: no ${names.pin} pins it and no root is stored from an earlier run, so the server's first answer was trusted as is; pin it with ${pinText}`);
    };
}


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ loadTrust),
  u: () => (/* binding */ refusedFirstUse)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/event-loop.ts
var event_loop = __webpack_require__(5294);
// EXTERNAL MODULE: ./src/tuf/file-meta.ts
var file_meta = __webpack_require__(9391);
// EXTERNAL MODULE: ./src/tuf/metadata.ts
var metadata = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/tuf/root-trust.ts
var root_trust = __webpack_require__(2504);
// EXTERNAL MODULE: ./src/tuf/signatures.ts
var signatures = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/roles.ts
var roles = __webpack_require__(410);
;// CONCATENATED MODULE: ./src/tuf/trusted-set.ts
/**
 * The trusted set: a pure state machine over metadata bytes, in notary's client order
 * (client/tufclient.go, tuf/builder.go): root, then timestamp, snapshot (by the timestamp's hash
 * and length), targets and delegations (by the snapshot's hashes and lengths). Every step checks
 * signatures against the already-trusted parent, `_type`, version rollback against what was
 * trusted before, and expiry against the injected clock. It does no I/O.
 *
 * The order is enforced, as in go-tuf's trusted metadata set: a step taken before the one it
 * depends on, or after a later one has been trusted, throws an OrderError. What a loader makes of
 * the roles it could not trust is the loader's own record, not the set's.
 */








/** A snapshot whose root entry differs from the trusted root: the caller fetches the new root. */
class RootChangedError extends errors/* VerificationError */.mk {
    rootMeta;
    constructor(rootMeta) {
        super("ROOT_CHANGED", "the snapshot names a root other than the trusted one");
        this.rootMeta = rootMeta;
    }
}
/** A step taken out of order: a caller's mistake, never something a server can cause. */
class OrderError extends errors/* VerificationError */.mk {
    constructor(message) {
        super("ORDER", message);
    }
}
class TrustedSet {
    gun;
    now;
    opts;
    /** The root trusted in an earlier run, under which `previousVersions` were recorded. */
    anchorRoot;
    rootEnv;
    timestampEnv;
    snapshotEnv;
    loaded = new Map();
    delegated = new Map();
    outdatedRoles = new Map();
    /** Trusts `rootBytes` (or rotates to it from the anchor's trusted root). */
    constructor(rootBytes, opts) {
        this.gun = opts.gun;
        this.now = opts.now;
        this.opts = opts;
        if (opts.trustedRoot) {
            // The stored root and the rotations from it are checked as a chain; the pins, when given,
            // apply to the root the chain ends at (checkPinned): the user may have pinned the new key.
            this.rootEnv = this.checkRoot((0,metadata/* parseEnvelope */.mE)(opts.trustedRoot, "Root", "trusted root"), undefined, false, false);
            this.anchorRoot = this.rootEnv.signed;
            this.updateRoot(rootBytes);
        }
        else {
            this.rootEnv = this.checkRoot((0,metadata/* parseEnvelope */.mE)(rootBytes, "Root", "root"), undefined, true, true);
        }
    }
    get root() {
        return this.rootEnv;
    }
    /** The trusted timestamp, once loaded. */
    get timestamp() {
        return this.timestampEnv;
    }
    /** The trusted snapshot, once loaded. */
    get snapshot() {
        return this.snapshotEnv;
    }
    /** `targets` and every delegation loaded, by role name. */
    get targets() {
        return this.loaded;
    }
    /**
     * A delegation that was not trusted because every signature on it is by a key it no longer lists
     * (SIGNERS_REMOVED): the file its snapshot names, parsed, and nothing vouches for its content.
     * Only for a current signer who re-signs that content on purpose (renew's witness).
     */
    outdated(name) {
        return this.outdatedRoles.get(name);
    }
    /** Delegation roles as their loaded parents define them (loaded themselves or not). */
    get delegations() {
        return this.delegated;
    }
    /**
     * Moves to a newer root: it must be signed by a threshold of the current root's certificate
     * keys and by its own (the pins apply to the root a load ends at: checkPinned). `final` false
     * for a root a walk passes through: its expiry and certificates' validity are not checked, as
     * they are not when it is the previous root of the next. Equal bytes are a no-op. Refused once
     * a snapshot is trusted; a timestamp trusted under the old root is dropped, to be checked again
     * under the new one (a snapshot naming another root sends the loader here between the two).
     */
    updateRoot(bytes, final = true) {
        if (this.snapshotEnv)
            throw new OrderError("the root cannot change after the snapshot is trusted");
        if (Buffer.compare(Buffer.from(bytes), Buffer.from(this.rootEnv.bytes)) === 0)
            return;
        const next = (0,metadata/* parseEnvelope */.mE)(bytes, "Root", "served root");
        const cur = this.rootEnv.signed.version;
        if (next.signed.version < cur)
            throw new errors/* RollbackError */.ZS("root", `root version ${next.signed.version} is lower than trusted version ${cur}`);
        if (next.signed.version === cur)
            throw new errors/* RootTrustError */.hA(`root version ${cur} of ${this.gun} served with content other than the trusted root v${cur}: a different root, and no rotation to it`, { hint: (0,root_trust/* rootRecovery */.EM)(this.gun) });
        // Only the root a walk ends at must be in force: one between is checked as a link of the chain.
        this.rootEnv = this.checkRoot(next, this.rootEnv, final, false);
        this.timestampEnv = undefined;
    }
    /**
     * Throws unless the root trusted now is signed by the pinned root keys, when pins are given. For
     * a set that started from a stored root, once its rotations are done and before anything else
     * is trusted under it; a set that started from a served root checked them then.
     */
    checkPinned() {
        if (!this.opts.pinnedRootKeyIds?.length)
            return;
        (0,root_trust/* checkRootSignatures */.YF)(this.rootEnv, undefined, {
            gun: this.gun,
            now: this.now,
            fresh: false,
            pinnedRootKeyIds: this.opts.pinnedRootKeyIds,
        });
    }
    checkRoot(env, previous, fresh, pinned) {
        (0,root_trust/* checkRootSignatures */.YF)(env, previous, {
            gun: this.gun,
            now: this.now,
            fresh,
            ...(pinned && this.opts.pinnedRootKeyIds ? { pinnedRootKeyIds: this.opts.pinnedRootKeyIds } : {}),
        });
        if (fresh)
            this.checkExpiry(env, "root");
        return env;
    }
    checkExpiry(env, role) {
        if (env.expiresAt < this.now) {
            throw new errors/* ExpiredError */.Ci(`${role} expired at ${(0,time/* displayTime */.Wk)(env.expiresAt)}`);
        }
    }
    checkVersion(role, version) {
        const prev = this.opts.previousVersions?.[role];
        // TUF 5.3.11: once a root rotates the timestamp or snapshot keys, versions trusted under the
        // old keys no longer bind. That is the way out of a fast-forward attack made with a
        // compromised timestamp or snapshot key: the owner rotates the key.
        if ((role === "timestamp" || role === "snapshot") && this.keysRotatedSinceAnchor(role))
            return;
        if (prev !== undefined && version < prev) {
            throw new errors/* RollbackError */.ZS(role, `${role} version ${version} is lower than version ${prev} trusted before`);
        }
    }
    keysRotatedSinceAnchor(role) {
        const before = this.anchorRoot?.roles.get(role);
        const now = this.rootEnv.signed.roles.get(role);
        const ids = (r) => [...(r?.keyIds ?? [])].sort().join(",");
        return before !== undefined && ids(before) !== ids(now);
    }
    rootRole(role) {
        const r = this.rootEnv.signed.roles.get(role);
        return {
            name: role,
            keys: (0,signatures/* pickKeys */.g)(this.rootEnv.signed.keys, r.keyIds, `root ${role} role`),
            threshold: r.threshold,
        };
    }
    /** Trusts a timestamp signed under the root in force; refused once a snapshot is trusted. */
    updateTimestamp(bytes) {
        if (this.snapshotEnv)
            throw new OrderError("the timestamp cannot change after the snapshot is trusted");
        // The root in force must itself be current before anything it signs for is trusted.
        this.checkExpiry(this.rootEnv, "root");
        const env = (0,metadata/* parseEnvelope */.mE)(bytes, "Timestamp", "timestamp");
        (0,signatures/* checkThreshold */.w)(env, this.rootRole("timestamp"));
        this.checkVersion("timestamp", env.signed.version);
        const trusted = this.timestampEnv?.signed.version;
        if (trusted !== undefined && env.signed.version < trusted) {
            throw new errors/* RollbackError */.ZS("timestamp", `timestamp version ${env.signed.version} is lower than version ${trusted} trusted in this run`);
        }
        this.checkExpiry(env, "timestamp");
        (0,file_meta/* checkHashStructure */._y)(env.signed.meta.get("snapshot"), "timestamp meta for snapshot");
        this.timestampEnv = env;
        return env;
    }
    /** What the trusted timestamp says of the snapshot (for a by-hash fetch). */
    get snapshotMeta() {
        if (!this.timestampEnv)
            throw new OrderError("the timestamp must be trusted before the snapshot");
        return this.timestampEnv.signed.meta.get("snapshot");
    }
    /** Trusts the snapshot the timestamp names; refused before the timestamp and once targets is trusted. */
    updateSnapshot(bytes) {
        const snapshotMeta = this.snapshotMeta;
        if (this.loaded.has("targets"))
            throw new OrderError("the snapshot cannot change after targets is trusted");
        (0,file_meta/* checkFileMeta */.kJ)(bytes, snapshotMeta, "snapshot");
        const env = (0,metadata/* parseEnvelope */.mE)(bytes, "Snapshot", "snapshot");
        (0,signatures/* checkThreshold */.w)(env, this.rootRole("snapshot"));
        this.checkVersion("snapshot", env.signed.version);
        this.checkExpiry(env, "snapshot");
        for (const role of ["root", "targets"])
            (0,file_meta/* checkHashStructure */._y)(env.signed.meta.get(role), `snapshot meta for ${role}`);
        const rootMeta = env.signed.meta.get("root");
        try {
            (0,file_meta/* checkFileMeta */.kJ)(this.rootEnv.bytes, rootMeta, "root");
        }
        catch {
            throw new RootChangedError(rootMeta);
        }
        this.snapshotEnv = env;
        return env;
    }
    /** The snapshot's entry for a targets role, or undefined when the role was never published. */
    metaFor(role) {
        if (!this.snapshotEnv)
            throw new OrderError(`the snapshot must be trusted before ${role}`);
        const meta = this.snapshotEnv.signed.meta.get(role);
        return meta && (0,file_meta/* checkHashStructure */._y)(meta, `snapshot meta for ${role}`);
    }
    /**
     * Trusts `targets` by the root's targets keys; once, after the snapshot. `parsed`, when given for
     * a file this run wrote itself, is parseEnvelope's result for exactly `bytes` (the same buffer),
     * which saves parsing a large role a second time; every check still runs on it.
     */
    updateTargets(bytes, parsed) {
        const meta = this.metaFor("targets");
        if (this.loaded.has("targets"))
            throw new OrderError("targets is already trusted");
        (0,file_meta/* checkFileMeta */.kJ)(bytes, meta, "targets");
        const env = reuse(parsed, bytes) ?? (0,metadata/* parseEnvelope */.mE)(bytes, "Targets", "targets");
        (0,signatures/* checkThreshold */.w)(env, this.rootRole("targets"));
        this.checkVersion("targets", env.signed.version);
        if (!this.opts.allowExpiredTargets)
            this.checkExpiry(env, "targets");
        this.acceptTargets("targets", env, [""]);
        return env;
    }
    /**
     * Loads a delegation whose parent is loaded, once. Throws when it cannot be trusted (callers skip it).
     * `parsed`: as for updateTargets.
     */
    updateDelegation(name, bytes, parsed) {
        const parent = (0,roles/* isDelegationName */.mm)(name) ? (0,roles/* parentOf */.gN)(name) : undefined;
        if (parent !== undefined && !this.loaded.has(parent))
            throw new OrderError(`${parent} must be trusted before its delegation ${name}`);
        if (this.loaded.has(name))
            throw new OrderError(`${name} is already trusted`);
        const role = this.delegated.get(name);
        if (!role)
            throw new errors/* VerificationError */.mk("ROLE_NOT_DELEGATED", `${name} is not delegated by a loaded parent`);
        const meta = this.metaFor(name);
        if (!meta)
            throw new errors/* VerificationError */.mk("ROLE_NOT_IN_SNAPSHOT", `${name} is not in the snapshot`);
        (0,file_meta/* checkFileMeta */.kJ)(bytes, meta, name);
        const env = reuse(parsed, bytes) ?? (0,metadata/* parseEnvelope */.mE)(bytes, "Targets", name);
        // A version lower than one trusted before is a rollback whoever signed it: refused before
        // anything else, so that no older file passes for an outdated one (which a signer may witness).
        this.checkVersion(name, env.signed.version);
        // Every signature by a key the role does not list (a signer removed since it signed): the file
        // is what the snapshot names, so this is an outdated role, not an altered one.
        if (env.signatures.length > 0 && !env.signatures.some((s) => role.keys.has(s.keyId))) {
            this.outdatedRoles.set(name, env);
            const ids = [...new Set(env.signatures.map((s) => (0,keys/* shortId */.m_)(s.keyId)))].join(", ");
            throw new errors/* ThresholdError */.M2(`${name} is signed only by keys it no longer lists (${ids}), as after its signer was removed; its targets do not verify until a current signer of ${name} signs it again`, {}, "SIGNERS_REMOVED");
        }
        (0,signatures/* checkThreshold */.w)(env, role);
        if (!this.opts.allowExpiredDelegations)
            this.checkExpiry(env, name);
        this.acceptTargets(name, env, role.paths);
        return env;
    }
    acceptTargets(name, env, paths) {
        const d = env.signed.delegations;
        for (const child of d.roles ?? [])
            this.checkDelegationShape(name, child, d.keys);
        for (const [target, meta] of env.signed.targets)
            checkTargetMeta(name, target, meta);
        this.loaded.set(name, env);
        for (const child of d.roles ?? []) {
            this.delegated.set(child.name, {
                name: child.name,
                keys: (0,signatures/* pickKeys */.g)(d.keys, child.keyIds, `${name} delegation ${child.name}`),
                threshold: child.threshold,
                paths: (0,roles/* restrictPaths */.T4)(paths, child.paths),
            });
        }
    }
    checkDelegationShape(parent, child, keys) {
        if (!(0,roles/* isDelegationName */.mm)(child.name) || (0,roles/* parentOf */.gN)(child.name) !== parent) {
            throw new errors/* MalformedMetadataError */.$6(`${parent}: delegation role ${child.name} is not a valid child`);
        }
        if (child.threshold < 1)
            throw new errors/* MalformedMetadataError */.$6(`${parent}: ${child.name} threshold ${child.threshold} is less than 1`);
        (0,signatures/* pickKeys */.g)(keys, child.keyIds, `${parent} delegation ${child.name}`);
    }
    /**
     * What a later load of the same repository starts from: this root and the versions checked with
     * it (a stored version that a key rotation superseded is not held against the rotated root).
     */
    anchor() {
        return { trustedRoot: this.rootEnv.bytes, previousVersions: this.versions() };
    }
    /** Versions trusted now, to be persisted and passed as `previousVersions` next time. */
    versions() {
        const out = { root: this.rootEnv.signed.version };
        if (this.timestampEnv)
            out.timestamp = this.timestampEnv.signed.version;
        if (this.snapshotEnv)
            out.snapshot = this.snapshotEnv.signed.version;
        for (const [name, env] of this.loaded)
            out[name] = env.signed.version;
        // A delegation still delegated but not trusted this time (its signers removed, expired) keeps
        // the version trusted before: dropping it would let an older file pass for it next time.
        for (const [name, prev] of Object.entries(this.opts.previousVersions ?? {}))
            if (out[name] === undefined && this.delegated.has(name))
                out[name] = prev;
        return out;
    }
}
/** A parsed envelope of exactly these bytes (the same buffer, of type Targets), else undefined. */
const reuse = (parsed, bytes) => parsed?.bytes === bytes && parsed.signed.type === "Targets" ? parsed : undefined;
/** Target entries must have sane hashes and lengths (a negative length or short hash is tampering). */
function checkTargetMeta(role, target, meta) {
    (0,file_meta/* checkTargetHashStructure */.td)(meta, `${role} target ${target}`);
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
// EXTERNAL MODULE: ./src/workflows/trust-wave.ts
var trust_wave = __webpack_require__(8216);
// EXTERNAL MODULE: ./src/codec/base64.ts
var base64 = __webpack_require__(231);
// EXTERNAL MODULE: ./src/notary/limits.ts
var limits = __webpack_require__(7181);
;// CONCATENATED MODULE: ./src/workflows/early-delegations.ts
/**
 * The top-level delegations a trust load's first wave did not ask for (a signer's role beside
 * `targets/releases`), asked for by the hashes the snapshot of that wave names as soon as it
 * arrives, however far the checks have come by then. Checking the snapshot and targets (and the
 * root and timestamp, if they are not checked yet) then overlaps these requests instead of coming
 * before them (load-trust.ts).
 *
 * Nothing here is trusted. An answer is handed to the load only when the checked snapshot names
 * exactly the file that was asked for, and then only if its bytes are that file; anything else
 * costs a request, and the load asks for the file the checked snapshot names as it did before.
 * Bounded: at most 32 roles and 64 MiB in all (what one role may be), each read by the length the
 * snapshot gives, and only from a snapshot of at most 1 MiB. What is still under way when the load
 * ends is stopped.
 */







const MAX_EARLY_DELEGATIONS = 32;
const MAX_EARLY_BYTES = limits/* MAX_BYTES */.z.targets;
/** A snapshot larger than this is not read before it is checked (a few hundred roles fit in far less). */
const MAX_EARLY_SNAPSHOT_BYTES = 1024 * 1024;
function askEarly(client, wave) {
    const controller = new AbortController();
    (0,external_node_events_.setMaxListeners)(trust_wave/* LISTENERS_PER_REQUEST */.ID * MAX_EARLY_DELEGATIONS, controller.signal);
    const requests = wave.snapshot.then(async (r) => {
        const asked = new Map();
        if (!r.ok || !r.v || r.v.length > MAX_EARLY_SNAPSHOT_BYTES)
            return asked;
        const wanted = leftOut(namedDelegations(r.v), wave);
        if (wanted.length === 0)
            return asked;
        // One turn of the event loop first: the connections whose answers have just ended (the
        // snapshot's own among them) are then back in the pool to carry these requests, where they
        // would otherwise open new connections, each a TCP and TLS set-up that a long check after this
        // may hold up further (measured on five 10,000-tag delegations: 5 connections instead of 5 to 8).
        await (0,event_loop/* eventLoopTurns */.X)();
        if (controller.signal.aborted)
            return asked;
        for (const [role, sha256Hex, length] of wanted) {
            const answer = client.getMetadata(role, { sha256Hex, length, signal: controller.signal }).then((v) => ({ ok: true, v }), (e) => ({ ok: false, e }));
            asked.set(role, { sha256Hex, length, answer });
        }
        return asked;
    });
    return {
        asked: requests.then((m) => m.size),
        async take(role, meta) {
            const asked = (await requests).get(role);
            if (!asked || !meta || asked.length !== meta.length || asked.sha256Hex !== (0,file_meta/* sha256HexOf */.AS)(meta))
                return undefined;
            const r = await asked.answer;
            if (!r.ok)
                throw r.e;
            return r.v && (0,file_meta/* hasFileMeta */.w3)(r.v, meta) ? r.v : undefined;
        },
        stop: () => controller.abort(),
    };
}
/** Of `named`, the roles the wave left out and the load wants, within the count and byte bounds. */
function leftOut(named, wave) {
    const out = [];
    let bytes = 0;
    for (const entry of named) {
        const [role, , length] = entry;
        if (out.length >= MAX_EARLY_DELEGATIONS)
            break;
        if (wave.hints.includes(role) || (wave.wanted && !wave.wanted.has(role)))
            continue;
        if (bytes + length > MAX_EARLY_BYTES)
            continue;
        bytes += length;
        out.push(entry);
    }
    return out;
}
/** `[role, sha256 hex, length]` of each top-level delegation an unchecked snapshot lists. */
function namedDelegations(bytes) {
    let meta;
    try {
        meta = JSON.parse(new TextDecoder().decode(bytes))?.signed?.meta;
    }
    catch {
        return [];
    }
    if (meta === null || typeof meta !== "object")
        return [];
    const out = [];
    for (const [role, entry] of Object.entries(meta)) {
        if (!(0,roles/* isTopLevelDelegation */._4)(role) || entry === null || typeof entry !== "object")
            continue;
        const { length, hashes } = entry;
        const sha256 = hashes?.sha256;
        if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 1 || length > MAX_EARLY_BYTES)
            continue;
        if (typeof sha256 !== "string" || !(0,base64/* isStandardBase64 */.Jx)(sha256) || (0,base64/* standardBase64ByteLength */.N)(sha256) !== 32)
            continue;
        out.push([role, (0,file_meta/* hexOfBase64 */.K4)(sha256), length]);
    }
    return out;
}

// EXTERNAL MODULE: ./src/notary/retirements.ts
var retirements = __webpack_require__(2989);
;// CONCATENATED MODULE: ./src/workflows/load-trust.ts
/**
 * Loading a repository's trust data: the I/O around the pure TrustedSet.
 *
 * notary's client fetches timestamp, snapshot, targets and each delegation one after another. We
 * fetch the current file of every role we expect to need in one parallel wave, check each against
 * the trusted chain, and fall back to a by-hash fetch only for a file that does not match (a
 * concurrent update between two of our requests). Nothing is trusted before it is checked.
 *
 * The delegations of `targets` that the first wave did not ask for are asked for as soon as the
 * snapshot arrives, by the hashes it names, while the root, timestamp and snapshot are still being
 * checked (early-delegations.ts). Each is used only if it is the file the checked snapshot names.
 */











const MAX_ROOT_WALK = 100;
/** Failures that prove something about the data served, kept as they are after a service's end. */
const PROOF_CODES = new Set([
    "ROOT_TRUST",
    "ROOT_CHANGED",
    "THRESHOLD",
    "SIGNERS_REMOVED",
    "ROLLBACK",
    "HASH_MISMATCH",
]);
/**
 * The ended service a load of `client`'s repository would be refused by before anything is asked:
 * a Notary service past its announced end, with no root of it stored or pinned (a root it shows for
 * the first time could be anyone's). Callers that send a first wave ahead of the load skip it then,
 * so that nothing, credentials included, goes to that host.
 */
function refusedFirstUse(client, anchor, now) {
    if (anchor.trustedRoot || anchor.pinnedRootKeyIds?.length)
        return undefined;
    return (0,retirements/* endedService */.mT)(client.baseUrl, now);
}
/** Loads and verifies the repository; throws NOT_INITIALISED when the server has no root. */
async function loadTrust(client, opts) {
    const refused = refusedFirstUse(client, opts, opts.now);
    if (refused) {
        opts.wave?.stop();
        throw (0,retirements/* serviceEndedError */._T)(refused, client.gun, undefined, opts.use);
    }
    if (opts.signal?.aborted) {
        opts.wave?.stop();
        throw opts.signal.reason;
    }
    const ended = (0,retirements/* endedService */.mT)(client.baseUrl, opts.now);
    const wave = opts.wave ?? (0,trust_wave/* startTrustWave */.W5)(client, opts);
    const early = askEarly(client, wave);
    // The load's own requests (a role by its hash, a root walk): one delegation that fails the load
    // stops those of its siblings. As many listen at once as delegations are read at once, which the
    // limits on delegations bound: no leak for Node to warn of.
    const own = new AbortController();
    (0,external_node_events_.setMaxListeners)(0, own.signal);
    // Stopped from outside: what is under way ends as when the load fails (below).
    const stop = () => {
        wave.stop();
        early.stop();
        own.abort();
    };
    opts.signal?.addEventListener("abort", stop, { once: true });
    try {
        return await loadFrom(client, opts, wave, early, own.signal);
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw opts.signal.reason;
        // What the data itself disproves (a root other than the one trusted, a bad signature, a
        // rollback, a file other than the one signed for) is said as it is: after the end, that is how a
        // stranger answering for the host shows. Stale or unreadable data is the end's likely symptom.
        throw ended && !(err instanceof errors/* VerificationError */.mk && PROOF_CODES.has(err.code))
            ? (0,retirements/* serviceEndedError */._T)(ended, client.gun, err, opts.use)
            : err;
    }
    finally {
        // What the load never reached (it failed, or a role asked for early was not needed) stops
        // reading; the files it awaited are in already.
        opts.signal?.removeEventListener("abort", stop);
        stop();
    }
}
async function loadFrom(client, opts, wave, early, signal) {
    const warnings = [];
    const skipped = new Map();
    const inconsistent = new Set();
    const warn = (text) => {
        const m = (0,errors/* warningLine */.tE)(text);
        warnings.push(m);
        opts.onWarning?.(m);
    };
    const { hints, wanted } = wave;
    // Each file is checked as soon as it is in, in the order of the checks: when the wave comes
    // over more than one round trip (many repositories on one server), the first checks overlap the
    // files still on their way instead of waiting for all of them.
    let snapshotIn = false;
    void wave.snapshot.then(() => (snapshotIn = true));
    let flushed = false;
    const next = async (answer) => {
        const r = await answer;
        // Answers already received are read first (one turn of the event loop): the snapshot among them
        // then asks for its delegations before a check takes the thread.
        if (!snapshotIn)
            await (0,event_loop/* eventLoopTurns */.X)();
        // The delegations asked for early are written before the checks below take the thread: their
        // requests are made in promise jobs that would otherwise wait behind all of these checks.
        if (snapshotIn && !flushed) {
            flushed = true;
            if ((await early.asked) > 0)
                await (0,event_loop/* eventLoopTurns */.X)();
        }
        return r;
    };
    const take = (r) => {
        if (!r.ok)
            throw r.e;
        return r.v;
    };
    const rootBytes = take(await next(wave.root));
    if (!rootBytes)
        throw notInitialised(client);
    const set = await trustRoot(client, rootBytes, opts, signal, warn);
    if (!opts.trustedRoot && !opts.pinnedRootKeyIds?.length)
        opts.onFirstUse?.(set.root.signed.roles.get("root")?.keyIds ?? []);
    const tsBytes = take(await next(wave.timestamp));
    if (!tsBytes)
        throw new errors/* ServerError */.gP("REPOSITORY_INCONSISTENT", `${client.gun} on ${client.baseUrl} has a root but no timestamp.json`, { status: 404 });
    set.updateTimestamp(tsBytes);
    let snapBytes = take(await next(wave.snapshot));
    if (!snapBytes || !(0,file_meta/* hasFileMeta */.w3)(snapBytes, set.snapshotMeta)) {
        snapBytes = await byHash(client, "snapshot", set.snapshotMeta, signal);
    }
    try {
        set.updateSnapshot(snapBytes);
    }
    catch (err) {
        if (!(err instanceof RootChangedError))
            throw err;
        // The snapshot names another root than root.json gave us (a rotation racing our wave).
        const newRoot = await byHash(client, "root", err.rootMeta, signal);
        await rotateRoot(client, set, newRoot, signal);
        set.checkPinned();
        set.updateTimestamp(tsBytes);
        set.updateSnapshot(snapBytes);
    }
    const prefetched = new Map();
    const targetsBytes = take(await next(wave.targets));
    const hintR = await Promise.all(wave.hinted);
    hints.forEach((h, i) => {
        const r = hintR[i];
        if (r.ok)
            prefetched.set(h, r.v);
    });
    const read = async (role, prefetchedBytes) => {
        const r = await current(client, role, prefetchedBytes, set, signal);
        if (r.normalised) {
            inconsistent.add(role);
            warn(`${role} on ${client.baseUrl} is stored in a form other than the one its snapshot names, so Go clients cannot read it; publishing it again repairs this`);
        }
        return r.bytes;
    };
    // A role we uploaded, served and named by the snapshot as exactly our bytes, is our parsed file.
    const parsed = (role, bytes) => {
        const ours = opts.known?.get(role);
        return ours && sameBytes(ours.bytes, bytes) ? ours : undefined;
    };
    const update = (role, bytes) => {
        const ours = parsed(role, bytes);
        if (role === "targets")
            set.updateTargets(ours?.bytes ?? bytes, ours);
        else
            set.updateDelegation(role, ours?.bytes ?? bytes, ours);
    };
    update("targets", await read("targets", targetsBytes));
    // Breadth-first over delegations, one parallel wave per depth.
    let frontier = childrenOf(set, "targets", wanted);
    while (frontier.length > 0) {
        const loaded = await Promise.all(frontier.map(async (name) => {
            try {
                const asked = await early.take(name, set.metaFor(name));
                update(name, asked ?? (await read(name, prefetched.get(name))));
                return name;
            }
            catch (err) {
                // As notary's client (tufclient.go downloadTargets): a delegation that is expired or
                // short of valid signatures is skipped, as if it had no targets. Anything else (a file
                // that is not the one the snapshot names, a rolled-back version, malformed content) is
                // a server that cannot be trusted, and fails the whole load: skipping such a role would
                // let a hostile server hide `targets/releases` and have `targets` answer for a tag.
                if (!(err instanceof errors/* ExpiredError */.Ci || err instanceof errors/* ThresholdError */.M2))
                    throw err;
                skipped.set(name, err);
                warn(`${name} skipped: ${(0,errors/* describeError */.Uc)(err)}`);
                return undefined;
            }
        }));
        frontier = loaded.flatMap((n) => (n ? childrenOf(set, n, wanted) : []));
    }
    return { set, skipped, inconsistent, warnings };
}
function sameBytes(a, b) {
    return (a.length === b.length &&
        Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
}
async function byHash(client, role, meta, signal) {
    const bytes = await client.getMetadata(role, { sha256Hex: (0,file_meta/* sha256HexOf */.AS)(meta), length: meta.length, signal });
    if (!bytes)
        throw missing(client, role, meta);
    return bytes;
}
function missing(client, role, meta) {
    return new errors/* ServerError */.gP("REPOSITORY_INCONSISTENT", `${client.gun} on ${client.baseUrl}: ${role}.${(0,file_meta/* sha256HexOf */.AS)(meta).slice(0, 12)}….json is missing (404)`, { status: 404, hint: "the repository is inconsistent; a re-publish of a Go-exact version repairs it" });
}
/**
 * The current bytes when they match the snapshot, else the by-hash file. When the server has no
 * file under the hash its snapshot names, it stored bytes that are not Go-exact (it hashes its own
 * re-serialisation, docs/notary-protocol.md §5.4): the current file is then accepted, as its Go re-serialisation,
 * only if that is exactly what the snapshot names, and flagged as `normalised`.
 */
async function current(client, role, prefetched, set, signal) {
    const meta = set.metaFor(role);
    if (!meta)
        throw new errors/* VerificationError */.mk("ROLE_NOT_IN_SNAPSHOT", `${role} is not in the snapshot`);
    if (prefetched && (0,file_meta/* hasFileMeta */.w3)(prefetched, meta))
        return { bytes: prefetched, normalised: false };
    const bytes = await client.getMetadata(role, { sha256Hex: (0,file_meta/* sha256HexOf */.AS)(meta), length: meta.length, signal });
    if (bytes)
        return { bytes, normalised: false };
    const served = prefetched ?? (await client.getMetadata(role, { signal }));
    const goForm = served && goReserialised(served, role);
    if (goForm && (0,file_meta/* hasFileMeta */.w3)(goForm, meta))
        return { bytes: goForm, normalised: true };
    throw missing(client, role, meta);
}
function goReserialised(bytes, role) {
    try {
        const env = (0,metadata/* parseEnvelope */.mE)(bytes, "Targets", role);
        return (0,metadata/* serialiseEnvelope */.YX)(env.signed, env.signatures);
    }
    catch {
        return undefined;
    }
}
function childrenOf(set, parent, wanted) {
    const env = set.targets.get(parent);
    return (env?.signed.delegations.roles ?? [])
        .map((r) => r.name)
        .filter((n) => set.delegations.has(n) && set.snapshot.signed.meta.has(n) && (!wanted || wanted.has(n)));
}
/**
 * The trusted set for `rootBytes`: from the stored root, through each rotation, when one is stored;
 * the root reached must then be signed by the pinned root keys, when pins are given (the stored
 * root and those between need not be: the user may have pinned the rotated key already).
 *
 * When no valid chain leads from a stored root that has none of the pinned keys (the repository
 * was re-created, and the user pinned its new root, as ROOT_CHANGED's hint says to), the pins
 * decide: the stored root is set aside, with a warning, and the served root is trusted as on a
 * first use with pins, keeping the versions of the roles whose keys it still lists. A stored root
 * that has a pinned key stays the anchor: a chain that fails from it fails the load. A walk of
 * `N.root.json` from the stored root is made when it was rotated more than once.
 */
async function trustRoot(client, rootBytes, opts, signal, warn) {
    const base = { ...opts, gun: client.gun };
    if (!opts.trustedRoot)
        return new TrustedSet(rootBytes, base);
    try {
        // Start from the stored root (its own bytes as the served root: a no-op update), then rotate.
        const set = new TrustedSet(opts.trustedRoot, base);
        await rotateRoot(client, set, rootBytes, signal);
        set.checkPinned();
        return set;
    }
    catch (err) {
        const pins = opts.pinnedRootKeyIds;
        if (!pins?.length || !(err instanceof errors/* VerificationError */.mk) || !SET_ASIDE_CODES.has(err.code))
            throw err;
        let stored;
        try {
            stored = (0,metadata/* parseEnvelope */.mE)(opts.trustedRoot, "Root", "trusted root").signed;
        }
        catch {
            throw err;
        }
        if ((0,root_trust/* rootHasPinnedKey */.M5)(stored, client.gun, opts.now, pins))
            throw err;
        let served;
        try {
            served = (0,metadata/* parseEnvelope */.mE)(rootBytes, "Root", "served root").signed;
        }
        catch {
            throw err;
        }
        // A version trusted before still binds while the keys that sign its role are the same in the
        // served root: a re-created repository has new targets, snapshot and timestamp keys, and starts
        // its versions again; a rotation made to look broken (an intermediate root withheld, a
        // signature stripped) keeps them, and so keeps what was trusted under them.
        const { trustedRoot: _root, previousVersions, ...rest } = base;
        const kept = floorsUnderSameKeys(previousVersions, stored, served);
        const set = new TrustedSet(rootBytes, { ...rest, ...(kept ? { previousVersions: kept } : {}) });
        warn(`${client.gun}: the root stored from an earlier run has none of the pinned root keys (${(0,wording/* setting */.Pe)("root-key-id")}) and no valid rotation leads from it to the root served; the pins decide, so the stored root is set aside${kept ? ", with the versions of the roles whose keys are unchanged kept" : ", with the versions trusted under it"}`);
        return set;
    }
}
/**
 * The stored versions of the roles whose signing keys are the same in `served` as in `stored`
 * (timestamp, snapshot and targets by their own keys, a delegation by the targets keys), or
 * undefined when none is.
 */
function floorsUnderSameKeys(versions, stored, served) {
    const keysOf = (root, role) => [...(root.roles.get(role)?.keyIds ?? [])].sort().join(",");
    const same = (role) => keysOf(stored, role) !== "" && keysOf(stored, role) === keysOf(served, role);
    const out = {};
    for (const [role, version] of Object.entries(versions ?? {})) {
        if (role === "root")
            continue;
        if (same(role.includes("/") ? "targets" : role))
            out[role] = version;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** A root that does not follow from the stored one: what pins may overrule. */
const SET_ASIDE_CODES = new Set(["ROOT_TRUST", "ROLLBACK"]);
async function rotateRoot(client, set, target, signal) {
    try {
        set.updateRoot(target);
        return;
    }
    catch (err) {
        if (!(err instanceof errors/* VerificationError */.mk) || err.code !== "ROOT_TRUST")
            throw err;
        const targetVersion = (0,metadata/* parseEnvelope */.mE)(target, "Root", "served root").signed.version;
        const from = set.root.signed.version;
        if (targetVersion - from > MAX_ROOT_WALK || targetVersion - from < 2)
            throw err;
        for (let v = from + 1; v < targetVersion; v++) {
            const bytes = await client.getMetadata("root", { version: v, signal });
            if (!bytes)
                throw err;
            // A root between the two need not be in force any more (notary's builder, TUF 5.3.4).
            set.updateRoot(bytes, false);
        }
        set.updateRoot(target);
    }
}
/**
 * No root.json: a repository never created, or, when the 404 was not a Notary server's own, a host
 * that serves no Notary at all (a registry without content trust, taken as its own Notary server).
 * The code is the same either way: nothing there is signed.
 */
function notInitialised(client) {
    if (client.notFoundByOtherServer("root")) {
        return new errors/* ServerError */.gP("NOT_INITIALISED", `${client.gun} has no trust data on ${client.baseUrl}: root.json answered 404, not as a Notary server answers it (the server may serve no Notary at all)`, {
            status: 404,
            foreignNotFound: true,
            hint: `a registry without content trust answers so: give its Notary server in ${(0,wording/* setting */.Pe)("notary-server")}; if this is a Notary server, create the repository with ${(0,wording/* step */.PM)("init", client.gun)}`,
        });
    }
    return new errors/* ServerError */.gP("NOT_INITIALISED", `${client.gun} is not initialised on ${client.baseUrl}: no root.json (404)`, {
        status: 404,
        hint: `create it with ${(0,wording/* step */.PM)("init", client.gun)}`,
    });
}


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createRuntime)
/* harmony export */ });
/* harmony import */ var _event_loop_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);
/**
 * What a run needs from the world besides the servers: a clock, a way to wait, randomness for
 * retry jitter, and two channels to the person watching. Each front end builds one and passes it
 * down; tests build one with a fixed clock and a sleep that returns at once.
 */

const quiet = () => { };
/** The real clock, timers and randomness; progress and warnings go where `parts` says (nowhere by default). */
function createRuntime(parts = {}) {
    return { now: Date.now, sleep: _event_loop_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y, random: Math.random, log: quiet, warn: quiet, ...parts };
}


/***/ }),

/***/ 8664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TrustStore),
/* harmony export */   k: () => (/* binding */ storeFailureWarning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
/**
 * Trust on first use across runs: the root we trusted, and the versions we saw, per repository.
 * Stored where Docker and notary cache it (`<trust dir>/tuf/<gun>/metadata/root.json`), so a
 * root pinned by `docker trust` is honoured by us and the other way round.
 *
 * Read and written with blocking calls: two small files in a local directory take a few tens of
 * microseconds that way, where each asynchronous step (a directory level, open, write, close,
 * rename) waits its turn on the thread pool and the event loop. The read comes before a run's
 * first request, and the write between the last answer and the exit: both are on the path a user
 * waits for (measured on a sign: about 7 ms less from the last answer to the exit).
 */






const VERSIONS_FILE = "content-trust-versions.json";
const MAX_ROOT_BYTES = 2 * 1024 * 1024;
const MAX_VERSIONS_BYTES = 1024 * 1024;
/**
 * The warning for a trusted root that could not be stored (a HOME that cannot be written, a
 * read-only file system): the run's own work is done and stands; only the next run's first use is
 * affected, so it is not a failure.
 */
function storeFailureWarning(gun, err) {
    return `${gun}: could not store the trusted root (${err.message}); the next run trusts on first use again`;
}
class TrustStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    metadataDir(gun) {
        const parts = gun.split("/");
        if (parts.some((p) => p === "" || p === "." || p === ".."))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`invalid repository name ${JSON.stringify(gun.slice(0, 200))}`);
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, "tuf", ...parts, "metadata");
    }
    /** The stored anchor for `gun`, empty when nothing was stored. */
    async load(gun) {
        const dir = this.metadataDir(gun);
        const root = readStoredRoot(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, "root.json"), gun);
        // Versions that cannot be read are as if none were stored, as versions that do not parse are.
        const versionsText = readOrUndefined(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, VERSIONS_FILE), MAX_VERSIONS_BYTES);
        let versions;
        try {
            versions = versionsText && JSON.parse(versionsText.toString("utf8"));
        }
        catch {
            versions = undefined;
        }
        return {
            ...(root ? { trustedRoot: new Uint8Array(root) } : {}),
            ...(versions && typeof versions === "object"
                ? { previousVersions: sanitize(versions) }
                : {}),
        };
    }
    async save(gun, root, versions) {
        const dir = this.metadataDir(gun);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        atomicWrite(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, "root.json"), root);
        atomicWrite(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, VERSIONS_FILE), JSON.stringify(versions));
    }
}
/**
 * The stored root's bytes, or undefined when none is stored. A root that is stored but cannot be
 * read is an error, as a damaged one is when it is parsed: taking it as absent would trust the
 * server's root on first use again, with a warning that says nothing was stored.
 */
function readStoredRoot(file, gun) {
    const hint = `fix ${file}, or remove it to trust the server's root on first use again`;
    let bytes;
    try {
        bytes = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFileAtMostSync */ .y)(file, MAX_ROOT_BYTES);
    }
    catch (err) {
        const code = err.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return undefined;
        // A directory on the way that this user may not enter (HOME set to another user's home): no
        // root can be said to be stored or not, and trusting on first use is not safe either.
        const closed = code === "EACCES" ? closedDirectory(file) : undefined;
        if (closed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot tell whether a root is stored for ${gun}: this user cannot enter ${closed} (EACCES)`, {
                hint: `run as the user who owns it, or keep trusted roots where this user can: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .phrase */ .MZ)("trust-store")}`,
                cause: err,
            });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot read the root stored for ${gun}: ${code ?? "error"}`, { hint, cause: err });
    }
    if (!bytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the root stored for ${gun} is not a regular file of at most ${MAX_ROOT_BYTES / (1024 * 1024)} MiB`, { hint });
    return bytes;
}
/** The first directory on the way to `file` that this process may not enter, if there is one. */
function closedDirectory(file) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().parse(file).root;
    for (const part of node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file).slice(dir.length).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).filter(Boolean)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, part);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(next);
        }
        catch (err) {
            return err.code === "EACCES" ? dir : undefined;
        }
        dir = next;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return undefined;
    }
    catch {
        return dir;
    }
}
/** A file's bytes, or undefined when it is missing, unreadable, not a regular file or too large. */
function readOrUndefined(file, maxBytes) {
    try {
        return (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFileAtMostSync */ .y)(file, maxBytes);
    }
    catch {
        return undefined;
    }
}
function sanitize(v) {
    const out = {};
    for (const [k, n] of Object.entries(v))
        if (typeof n === "number" && Number.isSafeInteger(n))
            out[k] = n;
    return out;
}
function atomicWrite(file, data) {
    const tmp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, data, { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
}


/***/ }),

/***/ 8216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LISTENERS_PER_REQUEST),
/* harmony export */   RT: () => (/* binding */ startTrustWaves),
/* harmony export */   W5: () => (/* binding */ startTrustWave),
/* harmony export */   aD: () => (/* binding */ waveSent)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8868);
/* harmony import */ var _event_loop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5294);
/* harmony import */ var _tuf_roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(410);
/**
 * The first wave of a trust load (load-trust.ts): the current file of every role it expects to
 * need, asked for at once. A module of its own, light on imports, so that a run can send the wave
 * before the verification code is loaded and compiled, and hand it to `loadTrust`, which then
 * asks for none of these files again. Nothing here trusts or parses what comes back.
 */




/** Delegations remembered from an earlier run that are fetched in the first wave. */
const MAX_KNOWN_HINTS = 32;
/** Listeners one request may hold on its signal at once: the request, a retry's wait, a token request. */
const LISTENERS_PER_REQUEST = 3;
/** Sends the first wave; none of its promises rejects. */
function startTrustWave(client, opts) {
    return startTrustWaves([{ client, opts }])[0];
}
/**
 * Sends the first waves of several repositories at once (a verify of many images), file by file
 * across them: every repository's snapshot, then every root, timestamp, targets and hinted
 * delegation. Together they can be more requests than the connections to a server, and the last
 * ones then wait a round trip for a free one. Those should be the files nothing else waits for:
 * each snapshot names the delegations asked for next (early-delegations.ts), so a snapshot that
 * waited would make its repository's next wave wait too; the root is the first file checked.
 * Against a server that asks for a token, this order holds for the requests that meet its 401:
 * each repository's files are sent again together once its own token arrives.
 * None of the promises rejects.
 */
function startTrustWaves(repositories) {
    const plans = repositories.map(({ client, opts }) => planWave(client, opts));
    const sent = plans.map(() => new Map());
    const slots = Math.max(0, ...plans.map((plan) => plan.files.length));
    for (let slot = 0; slot < slots; slot++)
        plans.forEach((plan, i) => {
            const file = plan.files[slot];
            if (file)
                sent[i].set(file[0], file[1]());
        });
    return plans.map(({ hints, wanted, stop }, i) => {
        const answer = (role) => sent[i].get(role);
        return {
            hints,
            wanted,
            root: answer("root"),
            timestamp: answer("timestamp"),
            snapshot: answer("snapshot"),
            targets: answer("targets"),
            hinted: hints.map(answer),
            stop,
        };
    });
}
/** A repository's first wave: its files by role, in the order they are sent; each call sends one. */
function planWave(client, opts) {
    // Delegations trusted in an earlier run (the stored versions) join the first wave too, so a
    // repository read before costs one wave however deep its delegations go.
    const wanted = opts.only ? ancestorsAndSelf(opts.only) : undefined;
    const known = Object.keys(opts.previousVersions ?? {}).filter((r) => (0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .isDelegationName */ .mm)(r) && (!wanted || wanted.has(r)));
    const hints = [...new Set([...(opts.hints ?? []), ...known.slice(0, MAX_KNOWN_HINTS)])];
    // Top-level roles and delegations (`targets/…`) never share a name.
    const roles = ["snapshot", "root", "timestamp", "targets", ...hints];
    const controller = new AbortController();
    const { signal } = controller;
    // Each request of the wave listens to the signal while it runs (and its retry waits and token
    // request with it): more than Node's default of 10 is no leak here.
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(LISTENERS_PER_REQUEST * roles.length, signal);
    const get = (role) => {
        const ours = opts.known?.get(role);
        return settle(ours
            ? client.getMetadata(role, { sha256Hex: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .f)(ours.bytes), length: ours.bytes.length, signal })
            : client.getMetadata(role, { signal }));
    };
    return { hints, wanted, files: roles.map((role) => [role, () => get(role)]), stop: () => controller.abort() };
}
/**
 * Resolves once requests sent on `connection` before the call are written: the credentials are
 * read, then two turns of the event loop open the connections and write the requests. Code
 * imported after it is compiled (import() compiles at once, on this thread) while they are in flight.
 */
async function waveSent(connection) {
    await connection.ready;
    await (0,_event_loop_js__WEBPACK_IMPORTED_MODULE_3__/* .eventLoopTurns */ .X)(2);
}
function settle(p) {
    return p.then((v) => ({ ok: true, v }), (e) => ({ ok: false, e }));
}
function ancestorsAndSelf(names) {
    const out = new Set();
    for (const n of names)
        for (let p = n; p.includes("/"); p = p.slice(0, p.lastIndexOf("/")))
            out.add(p);
    return out;
}


/***/ })

};
