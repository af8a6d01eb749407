#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/errors.ts
class TrustError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint;
    }
    /** The message with its hint, as printed to a user. */
    describe() {
        return this.hint ? `${this.message}; ${this.hint}` : this.message;
    }
}
/** Input that is not what it should be (bad reference, bad key file, bad option). */
class errors_UsageError extends TrustError {
    constructor(message, options = {}) {
        super("USAGE", message, options);
    }
}
/** Metadata that cannot be trusted: signatures, hashes, versions, expiry, shape. */
class VerificationError extends TrustError {
}
class MalformedMetadataError extends VerificationError {
    constructor(message, options = {}) {
        super("MALFORMED_METADATA", message, options);
    }
}
class ExpiredError extends VerificationError {
    constructor(message, options = {}) {
        super("EXPIRED", message, options);
    }
}
class RollbackError extends VerificationError {
    constructor(message, options = {}) {
        super("ROLLBACK", message, options);
    }
}
class HashMismatchError extends VerificationError {
    constructor(message, options = {}) {
        super("HASH_MISMATCH", message, options);
    }
}
class ThresholdError extends VerificationError {
    constructor(message, options = {}) {
        super("THRESHOLD", message, options);
    }
}
class RootTrustError extends VerificationError {
    constructor(message, options = {}) {
        super("ROOT_TRUST", message, options);
    }
}
/** Something the network or a server did. `status` is the HTTP status when there was one. */
class ServerError extends TrustError {
    status;
    url;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.status = options.status;
        this.url = options.url;
    }
}
/** A short, printable description of any thrown value (never a stack, never a dump). */
function describeError(err) {
    if (err instanceof TrustError)
        return err.describe();
    if (err instanceof Error)
        return err.message;
    return String(err);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/registry/reference.ts
/**
 * Image references parsed as Docker does (github.com/distribution/reference: regexp.go grammar,
 * normalize.go `ParseNormalizedNamed`): `[domain[:port]/]path[:tag][@sha256:hex]`. A first path
 * element is a domain when it contains "." or ":", is "localhost", or has upper-case letters;
 * otherwise the image is on Docker Hub ("alpine" -> docker.io/library/alpine).
 */

const HUB_DOMAIN = "docker.io";
const HUB_API_HOST = "registry-1.docker.io";
const NAME_MAX = 255;
const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tagPat = "[\\w][\\w.-]{0,127}";
const digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
const REFERENCE = new RegExp(`^((?:${domainAndPort}/)?${remoteName})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const reference_TAG = new RegExp(`^${tagPat}$`);
/** Parses `input` like `docker pull` does; throws UsageError saying what is wrong. */
function parseReference(input) {
    const s = input.trim();
    const bad = (why) => new errors_UsageError(`invalid image reference ${JSON.stringify(s.slice(0, 300))}: ${why}`);
    if (!s)
        throw bad("it is empty");
    if (IDENTIFIER.test(s))
        throw bad("a 64-character hexadecimal string is an image ID, not a repository name");
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s))
        throw bad("give the image name without a URL scheme (registry.example/app:tag)");
    const [domain, remainder] = splitDockerDomain(s);
    const tagSep = remainder.indexOf(":");
    const remote = tagSep >= 0 ? remainder.slice(0, tagSep) : remainder.split("@")[0];
    if (remote.toLowerCase() !== remote)
        throw bad(`repository name (${remote}) must be lowercase`);
    const full = `${domain}/${remainder}`;
    const m = REFERENCE.exec(full);
    if (!m)
        throw bad(explainMismatch(remainder));
    const nameWithDomain = m[1];
    if (nameWithDomain.length > NAME_MAX)
        throw bad(`repository name is longer than ${NAME_MAX} characters`);
    const tag = m[2];
    const digest = m[3];
    if (digest !== undefined && !SHA256.test(digest)) {
        const algorithm = digest.split(":")[0];
        throw bad(algorithm.toLowerCase() === "sha256"
            ? "a sha256 digest is 64 lower-case hexadecimal characters"
            : `digest algorithm ${algorithm} is not supported; Docker Content Trust signs sha256 digests`);
    }
    const nm = NAME.exec(nameWithDomain);
    const registry = nm[1];
    const repository = nm[2];
    return {
        registry,
        apiHost: registry === HUB_DOMAIN ? HUB_API_HOST : registry,
        repository,
        name: `${registry}/${repository}`,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** normalize.go splitDockerDomain. */
function splitDockerDomain(s) {
    const slash = s.indexOf("/");
    if (slash < 0)
        return [HUB_DOMAIN, `library/${s}`];
    const maybeDomain = s.slice(0, slash);
    const rest = s.slice(slash + 1);
    let domain;
    let remainder;
    if (maybeDomain === "localhost" || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
        domain = maybeDomain === "index.docker.io" ? HUB_DOMAIN : maybeDomain;
        remainder = rest;
    }
    else {
        domain = HUB_DOMAIN;
        remainder = s;
    }
    if (domain === HUB_DOMAIN && !remainder.split(/[:@]/)[0].includes("/"))
        remainder = `library/${remainder}`;
    return [domain, remainder];
}
function explainMismatch(remainder) {
    const at = remainder.indexOf("@");
    const beforeDigest = at >= 0 ? remainder.slice(0, at) : remainder;
    const colon = beforeDigest.lastIndexOf(":");
    const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
    if (at >= 0 && !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(remainder.slice(at + 1))) {
        return "the digest must look like sha256:<64 hexadecimal characters>";
    }
    if (tag !== undefined && !reference_TAG.test(tag)) {
        return "a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";
    }
    return "the name must be [registry[:port]/]path with lower-case path components of letters and digits separated by '.', '_', '__' or '-'";
}
/** `name[:tag][@digest]`, fully qualified unless `familiar` is set. */
function formatReference(ref, options = {}) {
    let name = ref.name;
    if (options.familiar && name.startsWith(`${HUB_DOMAIN}/`)) {
        name = name.slice(HUB_DOMAIN.length + 1);
        const official = name.slice("library/".length);
        if (name.startsWith("library/") && !official.includes("/"))
            name = official;
    }
    return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: ./src/net/http.ts
/**
 * Our HTTP transport over node:http / node:https. Global fetch cannot take a per-client CA bundle,
 * so every request of the action goes through here: keep-alive agents per transport, a deadline per
 * request (covering redirects, slow bodies and hung servers), bounded bodies, bounded redirects that
 * drop `Authorization` across origins, and errors that name the URL but never a header value.
 */




const DEFAULT_TIMEOUT_MS = 30_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;
/** A URL for messages: no user info, no query values (presigned URLs carry secrets there). */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?…" : ""}`;
    }
    catch {
        return "(invalid URL)";
    }
}
function createTransport(options = {}) {
    const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxRedirects = options.maxRedirects ?? 5;
    const userAgent = options.userAgent ?? "content-trust-action";
    const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 16 });
    const httpsAgent = new (external_node_https_default()).Agent({
        keepAlive: true,
        maxSockets: 16,
        ...(options.caPem ? { ca: [...defaultCaCertificates(), options.caPem] } : {}),
    });
    const transport = async (req) => {
        if (!Number.isSafeInteger(req.maxBytes) || req.maxBytes < 0) {
            throw new TypeError(`maxBytes must be a non-negative integer, got ${req.maxBytes}`);
        }
        let url = parseHttpUrl(req.url);
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
                const agent = url.protocol === "https:" ? httpsAgent : httpAgent;
                const res = await exchange(agent, url, req.method, headers, req.body, req.maxBytes, controller.signal);
                const location = res.headers["location"];
                const followable = req.method === "GET" || req.method === "HEAD";
                if (!followable || !REDIRECT_STATUSES.has(res.status) || !location)
                    return res;
                if (hop >= maxRedirects) {
                    throw new ServerError("TOO_MANY_REDIRECTS", `${req.method} ${displayUrl(req.url)} redirected more than ${maxRedirects} times`, { status: res.status, url: displayUrl(req.url) });
                }
                let next;
                try {
                    next = new URL(location, url);
                }
                catch {
                    next = new URL("invalid:");
                }
                if (next.protocol !== "http:" && next.protocol !== "https:") {
                    throw new ServerError("BAD_REDIRECT", `${req.method} ${displayUrl(url)} redirected to a URL that is not http(s)`, { status: res.status, url: displayUrl(url) });
                }
                // Credentials are for the origin that asked for them, never for the next one.
                if (next.origin !== url.origin)
                    delete headers["authorization"];
                url = next;
            }
        }
        catch (err) {
            if (err instanceof ServerError)
                throw err;
            if (timedOut) {
                throw new ServerError("TIMEOUT", `${req.method} ${displayUrl(url)} did not complete within ${formatMs(timeoutMs)}`, { url: displayUrl(url), cause: err });
            }
            if (req.signal?.aborted) {
                throw new ServerError("ABORTED", `${req.method} ${displayUrl(url)} was cancelled`, { url: displayUrl(url), cause: req.signal.reason });
            }
            throw err;
        }
        finally {
            clearTimeout(timer);
            req.signal?.removeEventListener("abort", onCallerAbort);
        }
    };
    return Object.assign(transport, {
        close() {
            httpAgent.destroy();
            httpsAgent.destroy();
        },
    });
}
/** What Node trusts by default (bundled, NODE_EXTRA_CA_CERTS, system when enabled); bundled on Node < 22.15. */
function defaultCaCertificates() {
    const get = (external_node_tls_default()).getCACertificates;
    return typeof get === "function" ? get("default") : (external_node_tls_default()).rootCertificates;
}
function parseHttpUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors_UsageError(`not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new errors_UsageError(`unsupported URL scheme ${url.protocol} in ${displayUrl(url)}; use http or https`);
    }
    return url;
}
/**
 * One request/response; resent once on a new connection when a reused keep-alive socket was closed
 * before any answer, for idempotent methods only (as Go's transport does): a POST may have been
 * processed, so whether to repeat it is the caller's decision.
 */
async function exchange(agent, url, method, headers, body, maxBytes, signal) {
    try {
        return await exchangeOnce(agent, url, method, headers, body, maxBytes, signal);
    }
    catch (err) {
        if (!(err instanceof StaleSocketError) || signal.aborted)
            throw err;
        if (method === "POST")
            throw unreachable(url, method, err.message);
    }
    try {
        return await exchangeOnce(agent, url, method, headers, body, maxBytes, signal);
    }
    catch (err) {
        if (!(err instanceof StaleSocketError) || signal.aborted)
            throw err;
        throw unreachable(url, method, err.message);
    }
}
function unreachable(url, method, code) {
    return new ServerError("UNREACHABLE", `cannot reach ${url.host} for ${method} ${displayUrl(url)} (${code || "connection error"})`, { url: displayUrl(url) });
}
class StaleSocketError extends Error {
}
function exchangeOnce(agent, url, method, headers, body, maxBytes, signal) {
    return new Promise((resolve, reject) => {
        const shown = displayUrl(url);
        const sendHeaders = { ...headers };
        if (body !== undefined)
            sendHeaders["content-length"] = String(body.byteLength);
        const lib = url.protocol === "https:" ? (external_node_https_default()) : (external_node_http_default());
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            request.destroy();
            reject(err);
        };
        const request = lib.request({
            protocol: url.protocol,
            hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
            port: url.port || undefined,
            path: `${url.pathname}${url.search}`,
            method,
            headers: sendHeaders,
            agent,
            signal,
        });
        request.on("error", (err) => {
            if (signal.aborted)
                return fail(err);
            const code = err.code ?? "";
            if (request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE")) {
                return fail(new StaleSocketError(code));
            }
            if (TLS_CODES.test(code)) {
                return fail(new ServerError("TLS", `TLS connection to ${url.host} failed for ${method} ${shown} (${code})`, {
                    url: shown,
                    hint: "if the server uses a private CA, pass its certificate as a CA bundle",
                }));
            }
            fail(unreachable(url, method, code));
        });
        request.on("response", (res) => {
            const status = res.statusCode ?? 0;
            const responseHeaders = flattenHeaders(res.headers);
            const declared = Number(responseHeaders["content-length"]);
            const tooLarge = () => new ServerError("RESPONSE_TOO_LARGE", `response to ${method} ${shown} is larger than the limit of ${maxBytes} bytes`, { status, url: shown });
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
            const chunks = [];
            let received = 0;
            res.on("data", (chunk) => {
                received += chunk.length;
                if (received > maxBytes)
                    return fail(tooLarge());
                chunks.push(chunk);
            });
            res.on("end", () => {
                if (settled)
                    return;
                settled = true;
                resolve({ status, headers: responseHeaders, body: new Uint8Array(Buffer.concat(chunks, received)), url: url.href });
            });
            const reset = (err) => {
                if (signal.aborted)
                    return fail(err ?? new Error("aborted"));
                fail(new ServerError("CONNECTION_RESET", `connection to ${url.host} closed while reading the response to ${method} ${shown} (${err?.code ?? "incomplete body"})`, { status, url: shown }));
            };
            res.on("error", reset);
            res.on("close", () => {
                if (!res.complete)
                    reset();
            });
        });
        request.end(body === undefined ? undefined : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    });
}
function flattenHeaders(raw) {
    const out = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    }
    return out;
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

;// CONCATENATED MODULE: ./src/notary/limits.ts
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
        const file = opts.sha256Hex !== undefined ? `${role}.${opts.sha256Hex}.json` : opts.version !== undefined ? `${opts.version}.${role}.json` : `${role}.json`;
        const maxBytes = opts.length ?? unsignedLimit(role);
        const res = await this.request({ method: "GET", url: this.url(file), maxBytes, ...(opts.signal ? { signal: opts.signal } : {}) }, "pull");
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.failure(res, `GET ${file}`);
        return res.body;
    }
    /** The server-held public key of `timestamp` or `snapshot` (created by the server if it has none). */
    async getServerKey(role) {
        const res = await this.request({ method: "GET", url: this.url(`${role}.key`), maxBytes: MAX_BYTES.key }, "pull,push");
        if (res.status !== 200)
            throw this.failure(res, `GET ${role}.key`);
        let parsed;
        try {
            parsed = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new ServerError("BAD_RESPONSE", `${this.where()} answered GET ${role}.key with something that is not JSON`);
        }
        if (typeof parsed?.keytype !== "string" || typeof parsed.keyval?.public !== "string") {
            throw new ServerError("BAD_RESPONSE", `${this.where()} answered GET ${role}.key without a public key`);
        }
        return { type: parsed.keytype, public: parsed.keyval.public };
    }
    /** One atomic upload of role files (`root`, `targets`, `targets/releases`, …). */
    async publish(files, signal) {
        const boundary = (0,external_node_crypto_namespaceObject.randomBytes)(30).toString("hex");
        const parts = [];
        for (const [role, bytes] of files) {
            parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`), Buffer.from(bytes), Buffer.from("\r\n"));
        }
        parts.push(Buffer.from(`--${boundary}--\r\n`));
        const res = await this.request({
            method: "POST",
            url: this.url(""),
            headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
            body: Buffer.concat(parts),
            maxBytes: MAX_BYTES.error,
            ...(signal ? { signal } : {}),
        }, "pull,push");
        if (res.status !== 200)
            throw this.failure(res, `POST ${[...files.keys()].join(", ")}`);
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
        const url = displayUrl(res.url);
        const status = res.status;
        if (status === 400 && code === "VERSION") {
            return new ServerError("VERSION_CONFLICT", `${this.where()}: ${what} lost a race: a newer version is already published`, { status, url });
        }
        if (status === 400 && code === "INVALID_UPDATE") {
            return new ServerError("INVALID_UPDATE", `${this.where()} rejected ${what}: ${describeDetail(body?.detail)}`, { status, url });
        }
        if (status === 404) {
            return new ServerError("NOT_FOUND", `${this.where()}: ${what} answered 404 (${code ?? "not found"})`, { status, url });
        }
        if (status >= 500) {
            return new ServerError("SERVER_UNAVAILABLE", `${this.where()}: ${what} failed with HTTP ${status}${code ? ` (${code})` : ""}`, {
                status,
                url,
                hint: "the Notary server or its signer is failing; retry later",
            });
        }
        const message = body?.message ? `: ${truncate(body.message)}` : "";
        return new ServerError(code ? `SERVER_${code}` : "BAD_STATUS", `${this.where()}: ${what} answered HTTP ${status}${code ? ` ${code}` : ""}${message}`, { status, url });
    }
}
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, MAX_BYTES.error)));
        return Array.isArray(parsed?.errors) ? parsed.errors[0] : undefined;
    }
    catch {
        return undefined;
    }
}
function truncate(s, n = 300) {
    const clean = s.replace(/[\u0000-\u001f\u007f]/g, " ");
    return clean.length > n ? `${clean.slice(0, n)}…` : clean;
}
/** `{"Name":"ErrBadTargets","Error":{"Msg":"…"}}` → `ErrBadTargets: …`. */
function describeDetail(detail) {
    if (detail && typeof detail === "object") {
        const d = detail;
        const inner = d.Error && typeof d.Error === "object" ? d.Error : undefined;
        const msg = inner ? (typeof inner.Msg === "string" ? inner.Msg : JSON.stringify(inner)) : typeof d.Error === "string" ? d.Error : "";
        if (typeof d.Name === "string")
            return truncate(`${d.Name}${msg ? `: ${msg}` : ""}`);
    }
    return truncate(typeof detail === "string" ? detail : JSON.stringify(detail ?? "invalid update"));
}

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

;// CONCATENATED MODULE: ./src/net/auth.ts
/**
 * Docker registry / Notary token auth for one server and one repository (notary §1.5, docker
 * distribution `registry/client/auth/session.go`). A 401 carries `WWW-Authenticate: Bearer
 * realm=…,service=…`; we ask the realm for `scope=repository:<name>:<actions>` with the actions the
 * caller needs (the challenge's own scope is ignored, as Docker does), cache the token per scope and
 * send it as `Authorization: Bearer`. A 401 on a cached token refreshes it once and retries once.
 * `Basic` challenges are answered with basic credentials. Tokens and passwords never reach a message.
 */



const TOKEN_MAX_BYTES = 64 * 1024;
const MIN_TOKEN_LIFETIME_S = 60; // docker: minimumTokenLifetimeSeconds
const EXPIRY_MARGIN_MS = 5_000;
class AuthSession {
    baseUrl;
    repository;
    transport;
    credentials;
    clientId;
    now;
    challenge;
    tokens = new Map();
    refreshToken;
    constructor(options) {
        this.transport = options.transport;
        this.baseUrl = options.baseUrl.replace(/\/+$/, "");
        this.repository = options.repository;
        this.credentials = options.credentials;
        this.clientId = options.clientId ?? "docker";
        this.now = options.now ?? Date.now;
        const c = options.credentials?.credentials;
        if (c && "identityToken" in c)
            this.refreshToken = c.identityToken;
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
        const res = await this.transport({ method: "GET", url: `${this.baseUrl}/v2/`, maxBytes: 64 * 1024, ...(signal ? { signal } : {}) });
        if (res.status === 401)
            this.challenge = this.pickChallenge(res, "GET", `${this.baseUrl}/v2/`);
        else if (res.status < 300 || res.status === 404)
            this.challenge = { scheme: "none" };
        return res.status;
    }
    /** Sends `req` with auth for `access`; throws UNAUTHORIZED / FORBIDDEN, returns any other answer. */
    async request(req, access = "pull") {
        // Credentials and tokens are for this server only (an upload Location may point elsewhere).
        if (originOf(req.url) !== originOf(this.baseUrl))
            return this.transport(withAuthorization(req, undefined));
        let auth = await this.authorization(access, req.signal);
        let res = await this.transport(withAuthorization(req, auth?.header));
        if (res.status === 401) {
            const wasCached = auth?.cached ?? false;
            this.challenge = this.pickChallenge(res, req.method, req.url);
            if (auth === undefined || wasCached) {
                this.tokens.delete(access);
                if (access === "pull")
                    this.tokens.delete("pull,push");
                auth = await this.authorization(access, req.signal);
                if (auth === undefined)
                    throw this.unauthorized(req.method, req.url, access);
                res = await this.transport(withAuthorization(req, auth.header));
            }
            if (res.status === 401)
                throw this.unauthorized(req.method, req.url, access);
        }
        if (res.status === 403) {
            throw new ServerError("FORBIDDEN", `${hostOf(req.url)} denied ${access} access to ${this.repository} for ${this.describeCredentials()} (403 on ${req.method} ${displayUrl(req.url)})`, {
                status: 403,
                url: displayUrl(req.url),
                hint: `grant these credentials ${access === "pull" ? "read" : "write"} access to ${this.repository}`,
            });
        }
        return res;
    }
    pickChallenge(res, method, url) {
        const challenges = parseChallenges(res.headers["www-authenticate"]);
        const bearer = challenges.find((c) => c.scheme === "bearer" && c.params["realm"]);
        if (bearer)
            return { scheme: "bearer", realm: bearer.params["realm"], ...(bearer.params["service"] !== undefined ? { service: bearer.params["service"] } : {}) };
        if (challenges.some((c) => c.scheme === "basic"))
            return { scheme: "basic" };
        const schemes = challenges.map((c) => c.scheme).join(", ") || "none";
        throw new ServerError("UNAUTHORIZED", `${hostOf(url)} answered 401 to ${method} ${displayUrl(url)} with no usable authentication challenge (schemes: ${schemes})`, { status: 401, url: displayUrl(url) });
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
            return { header: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`, cached: false };
        }
        for (const scope of access === "pull" ? ["pull", "pull,push"] : ["pull,push"]) {
            const pending = this.tokens.get(scope);
            if (!pending)
                continue;
            const token = await pending.catch(() => undefined);
            if (token && token.expiresAt - EXPIRY_MARGIN_MS > this.now())
                return { header: `Bearer ${token.token}`, cached: true };
            if (this.tokens.get(scope) === pending)
                this.tokens.delete(scope);
        }
        const fresh = this.fetchToken(challenge, access, signal);
        this.tokens.set(access, fresh);
        fresh.catch(() => {
            if (this.tokens.get(access) === fresh)
                this.tokens.delete(access);
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
            throw new ServerError("BAD_CHALLENGE", `${base.host} names a token realm that is not https (${displayUrl(challenge.realm)}); refusing to send credentials there`, { url: displayUrl(challenge.realm) });
        }
        const scope = `repository:${this.repository}:${access}`;
        const c = this.credentials?.credentials;
        const common = { maxBytes: TOKEN_MAX_BYTES, ...(signal ? { signal } : {}) };
        let res;
        if (this.refreshToken !== undefined) {
            const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: this.refreshToken, client_id: this.clientId, access_type: "offline", scope });
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
        const shown = displayUrl(challenge.realm);
        if (res.status === 401 || res.status === 403) {
            throw new ServerError("UNAUTHORIZED", `token endpoint ${shown} refused ${this.describeCredentials()} for ${scope} (${res.status})`, {
                status: res.status,
                url: shown,
                hint: this.hint(access),
            });
        }
        if (res.status < 200 || res.status >= 300) {
            throw new ServerError("TOKEN_ERROR", `token endpoint ${shown} answered ${res.status} for ${scope}`, { status: res.status, url: shown });
        }
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new ServerError("TOKEN_ERROR", `token endpoint ${shown} answered with something that is not JSON`, { status: res.status, url: shown });
        }
        const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
        if (typeof token !== "string" || !token) {
            throw new ServerError("TOKEN_ERROR", `token endpoint ${shown} answered without a token`, { status: res.status, url: shown });
        }
        if (typeof body.refresh_token === "string" && body.refresh_token && this.refreshToken !== undefined)
            this.refreshToken = body.refresh_token;
        const lifetime = typeof body.expires_in === "number" && body.expires_in >= MIN_TOKEN_LIFETIME_S ? body.expires_in : MIN_TOKEN_LIFETIME_S;
        return { token, expiresAt: this.now() + lifetime * 1000 };
    }
    unauthorized(method, url, access) {
        return new ServerError("UNAUTHORIZED", `${hostOf(url)} refused ${method} ${displayUrl(url)} (401) with ${this.describeCredentials()}`, {
            status: 401,
            url: displayUrl(url),
            hint: this.hint(access),
        });
    }
    hint(access) {
        const host = hostOf(this.baseUrl);
        return this.credentials
            ? `check that the credentials from ${this.credentials.source} are valid and may ${access === "pull" ? "pull" : "push to"} ${this.repository}`
            : `log in to ${host} first (docker login or docker/login-action) or pass registry credentials`;
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/net/credentials.ts
/**
 * Registry credentials, resolved as the docker CLI does from a docker config directory (the one
 * docker/login-action writes): explicit credentials win; then `auths[host]` (`auth` or
 * `identitytoken`), then `credHelpers[host]`, then `credsStore`, both run as
 * `docker-credential-<helper> get` with the server URL on stdin. Nothing here reads process.env:
 * the caller passes the config directory and, when it wants, the PATH to search for helpers.
 * `source` says where credentials came from, for messages; secrets never leave the returned object.
 */





const HUB_HOSTS = ["docker.io", "index.docker.io", "registry-1.docker.io"];
const HUB_SERVER_URL = "https://index.docker.io/v1/";
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT = 64 * 1024;
async function resolveCredentials(host, options = {}) {
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
    const serverUrl = isHubHost(host) ? HUB_SERVER_URL : host;
    if (helperKey !== undefined) {
        const helper = config.credHelpers[helperKey];
        return runLookup(helper, `docker config credHelpers ${helper}`, serverUrl, options);
    }
    if (config.credsStore) {
        return runLookup(config.credsStore, `docker config credsStore ${config.credsStore}`, serverUrl, options);
    }
    return undefined;
}
function isHubHost(host) {
    return HUB_HOSTS.includes(host.toLowerCase());
}
function hostAliases(host) {
    return isHubHost(host) ? HUB_HOSTS : [host.toLowerCase()];
}
/** Docker's ConvertToHostname: "https://host:5000/v1/" -> "host:5000". */
function keyHostname(key) {
    return key.replace(/^https?:\/\//i, "").split("/")[0].toLowerCase();
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
    if (hosts === HUB_HOSTS && HUB_SERVER_URL in map)
        return HUB_SERVER_URL;
    return keys.find((k) => hosts.includes(keyHostname(k)));
}
async function readDockerConfig(configPath) {
    let text;
    try {
        const bytes = await (0,promises_namespaceObject.readFile)(configPath);
        if (bytes.length > MAX_CONFIG_BYTES)
            throw new errors_UsageError(`docker config ${configPath} is larger than 1 MiB`);
        text = bytes.toString("utf8");
    }
    catch (err) {
        if (err.code === "ENOENT")
            return undefined;
        if (err instanceof errors_UsageError)
            throw err;
        throw new errors_UsageError(`cannot read docker config ${configPath} (${err.code ?? "error"})`, { cause: err });
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            throw new Error("not an object");
        return parsed;
    }
    catch {
        throw new errors_UsageError(`docker config ${configPath} is not a JSON object`);
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
            throw new errors_UsageError(`docker config ${configPath}: auths["${key}"].auth is not base64 of user:password`);
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
        throw new errors_UsageError(`docker config names an invalid credential helper ${JSON.stringify(helper.slice(0, 64))}`);
    }
    const program = `docker-credential-${helper}`;
    const executable = options.helperPath === undefined ? program : await findExecutable(program, options.helperPath);
    const timeoutMs = options.helperTimeoutMs ?? 10_000;
    const result = await runProcess(executable, ["get"], serverUrl, timeoutMs, options.helperEnv).catch((err) => {
        const why = err.code === "ENOENT" ? "is not installed or not on PATH" : `could not start (${err.code ?? "error"})`;
        throw new TrustError("CREDENTIAL_HELPER", `${program} ${why}`, { cause: err, hint: `install it or remove "${helper}" from the docker config` });
    });
    if (result.timedOut) {
        throw new TrustError("CREDENTIAL_HELPER", `${program} get for ${serverUrl} did not finish within ${timeoutMs / 1000} s`);
    }
    if (result.overflow) {
        throw new TrustError("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed more than ${MAX_HELPER_OUTPUT / 1024} KiB`);
    }
    if (result.code !== 0) {
        if (/credentials not found/i.test(result.stdout + result.stderr))
            return undefined;
        const detail = firstLine(result.stderr || result.stdout);
        throw new TrustError("CREDENTIAL_HELPER", `${program} get for ${serverUrl} failed (exit ${result.code})${detail ? `: ${detail}` : ""}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new TrustError("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed something that is not JSON`);
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
            await (0,promises_namespaceObject.access)(candidate, external_node_fs_namespaceObject.constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    const err = new Error(`${program} not found`);
    err.code = "ENOENT";
    throw new TrustError("CREDENTIAL_HELPER", `${program} is not installed or not on PATH`, {
        cause: err,
        hint: `install it or remove "${program.slice("docker-credential-".length)}" from the docker config`,
    });
}
function runProcess(file, args, input, timeoutMs, env) {
    return new Promise((resolve, reject) => {
        // Own process group, so that a timeout also ends whatever the helper started (and holds our pipes).
        const group = process.platform !== "win32";
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, { stdio: ["pipe", "pipe", "pipe"], ...(env ? { env } : {}), windowsHide: true, detached: group });
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
            finish({ code, stdout, stderr: Buffer.concat(errOut).toString("utf8"), timedOut: false, overflow: outBytes > MAX_HELPER_OUTPUT });
        });
        child.stdin.on("error", () => {
            /* the helper may exit without reading stdin */
        });
        child.stdin.end(input);
    });
}
function firstLine(text) {
    const line = text.trim().split(/\r?\n/)[0] ?? "";
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

;// CONCATENATED MODULE: ./src/net/retry.ts
/**
 * Retries for idempotent requests (GET, HEAD) on transient failures: 408, 429 and 5xx answers
 * (except 501 Not Implemented), and UNREACHABLE / TIMEOUT / CONNECTION_RESET errors. Jittered
 * exponential backoff, `Retry-After` honoured up to `maxDelayMs`. POST, PUT and DELETE pass through
 * untouched: whether a write may be repeated is the caller's decision.
 */

const RETRY_CODES = new Set(["UNREACHABLE", "TIMEOUT", "CONNECTION_RESET"]);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
function withRetries(transport, options = {}) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const baseDelayMs = options.baseDelayMs ?? 200;
    const maxDelayMs = options.maxDelayMs ?? 3000;
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    return async (req) => {
        if (req.method !== "GET" && req.method !== "HEAD")
            return transport(req);
        for (let attempt = 1;; attempt++) {
            let retryAfterMs;
            let reason;
            try {
                const res = await transport(req);
                if (!isRetryableStatus(res.status) || attempt >= attempts)
                    return res;
                retryAfterMs = parseRetryAfter(res.headers["retry-after"], now());
                reason = `HTTP ${res.status}`;
            }
            catch (err) {
                if (!(err instanceof ServerError) || !RETRY_CODES.has(err.code) || attempt >= attempts)
                    throw err;
                if (req.signal?.aborted)
                    throw err;
                reason = err.code;
            }
            const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
            // "Equal jitter": half fixed, half random, so concurrent clients spread out.
            const jittered = Math.round(backoff / 2 + (random() * backoff) / 2);
            const delayMs = retryAfterMs === undefined ? jittered : Math.min(maxDelayMs, Math.max(retryAfterMs, 0));
            options.onRetry?.({ attempt, delayMs, reason, url: req.url });
            await sleep(delayMs, req.signal);
        }
    };
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
function defaultSleep(ms, signal) {
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

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * OCI distribution client: resolve a tag or digest to the exact manifest bytes a registry serves,
 * with their sha256 digest, size and media type (what a Notary target signs, protocol §8). The
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
    constructor(options) {
        this.transport = options.transport;
        this.credentials = options.credentials;
        this.insecureHosts = new Set((options.insecureHosts ?? []).map((h) => h.toLowerCase()));
        this.now = options.now;
    }
    /** https://<apiHost>, or http:// for a host listed in insecureHosts. */
    baseUrlFor(ref) {
        const insecure = this.insecureHosts.has(ref.registry.toLowerCase()) || this.insecureHosts.has(ref.apiHost.toLowerCase());
        return `${insecure ? "http" : "https"}://${ref.apiHost}`;
    }
    /**
     * GET the manifest for the reference's digest (when it has one) or tag ("latest" when neither),
     * accepting Docker and OCI manifests and indexes, and check its digest.
     */
    async resolve(ref, options = {}) {
        const baseUrl = (options.baseUrl ?? this.baseUrlFor(ref)).replace(/\/+$/, "");
        const session = await this.session(baseUrl, ref);
        const target = ref.digest ?? ref.tag ?? "latest";
        const shownRef = formatReference({ name: ref.name, ...(ref.digest ? { digest: ref.digest } : { tag: target }) });
        const url = `${baseUrl}/v2/${ref.repository}/manifests/${target}`;
        const res = await session.request({ method: "GET", url, headers: { accept: ACCEPT }, maxBytes: MANIFEST_MAX_BYTES, ...(options.signal ? { signal: options.signal } : {}) }, "pull");
        if (res.status === 404) {
            const code = registryErrorCode(res.body);
            throw new ServerError("MANIFEST_UNKNOWN", `${shownRef} not found in the registry${code === "NAME_UNKNOWN" ? ` (no repository ${ref.repository})` : ""}`, {
                status: 404,
                url: displayUrl(url),
                hint: "push the image first, or check the name and tag",
            });
        }
        if (res.status !== 200) {
            const code = registryErrorCode(res.body);
            throw new ServerError("REGISTRY_ERROR", `registry ${ref.registry} answered ${res.status}${code ? ` ${code}` : ""} to GET ${displayUrl(url)}`, {
                status: res.status,
                url: displayUrl(url),
            });
        }
        const digest = `sha256:${(0,external_node_crypto_namespaceObject.createHash)("sha256").update(res.body).digest("hex")}`;
        if (ref.digest !== undefined && ref.digest !== digest) {
            throw mismatch(shownRef, `asked for ${ref.digest}`, digest, url);
        }
        const claimed = res.headers["docker-content-digest"]?.trim();
        if (claimed) {
            const algorithm = claimed.split(":")[0].toLowerCase();
            if (["sha256", "sha384", "sha512"].includes(algorithm)) {
                const ours = algorithm === "sha256" ? digest : `${algorithm}:${(0,external_node_crypto_namespaceObject.createHash)(algorithm).update(res.body).digest("hex")}`;
                if (claimed.toLowerCase() !== ours)
                    throw mismatch(shownRef, `Docker-Content-Digest ${claimed.slice(0, 140)}`, ours, url);
            }
        }
        return { digest, size: res.body.byteLength, mediaType: mediaTypeOf(res.headers["content-type"], res.body), bytes: res.body };
    }
    session(baseUrl, ref) {
        const key = `${baseUrl} ${ref.repository}`;
        let session = this.sessions.get(key);
        if (!session) {
            session = (async () => {
                const credentials = this.credentials ? await this.credentials(ref.registry) : undefined;
                return new AuthSession({
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
function mismatch(shownRef, expected, actual, url) {
    return new ServerError("DIGEST_MISMATCH", `manifest of ${shownRef} does not match: ${expected}, but the bytes served hash to ${actual}`, {
        url: displayUrl(url),
        hint: "the registry or a proxy altered the manifest; do not sign it",
    });
}
function mediaTypeOf(contentType, body) {
    const fromHeader = contentType?.split(";")[0].trim().toLowerCase();
    if (fromHeader && fromHeader !== "application/json" && fromHeader !== "application/octet-stream")
        return fromHeader;
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body));
        if (typeof parsed.mediaType === "string")
            return parsed.mediaType;
    }
    catch {
        // not JSON: keep what the header said
    }
    return fromHeader ?? "";
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

;// CONCATENATED MODULE: ./src/workflows/connect.ts
/**
 * Builds the network clients for one image: the transport (CA bundle, deadline, retries), the
 * credentials (inputs, else the docker config), the registry client and the Notary client with
 * token auth. The same credentials serve the registry and the Notary token exchange, as in Docker.
 */







/** Docker's choice (cli/trust/trust.go): the env override, notary.docker.io for Hub, else https://<registry>. */
function notaryServerFor(ref, explicit, envServer) {
    const chosen = explicit || envServer || (isHubHost(ref.registry) ? "https://notary.docker.io" : `https://${ref.registry}`);
    let url;
    try {
        url = new URL(chosen);
    }
    catch {
        throw new errors_UsageError(`notary-server ${JSON.stringify(chosen)} is not a URL`, { hint: "use https://host[:port]" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new errors_UsageError(`notary-server ${chosen} must be an https URL`);
    if (url.username || url.password)
        throw new errors_UsageError("notary-server must not carry credentials in the URL", { hint: "use registry-username and registry-password" });
    return url.origin + url.pathname.replace(/\/+$/, "");
}
function connect(ref, opts) {
    const base = opts.transport ?? createTransport({ ...(opts.caPem ? { caPem: opts.caPem } : {}), ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}), userAgent: opts.userAgent ?? "content-trust-action" });
    const transport = withRetries(base, opts.retry);
    const cache = new Map();
    const credentialsFor = (registry) => {
        let p = cache.get(registry);
        if (!p) {
            p = resolveCredentials(registry, {
                ...(opts.credentials ? { explicit: opts.credentials } : {}),
                ...(opts.dockerConfigDir ? { dockerConfigDir: opts.dockerConfigDir } : {}),
                ...(opts.helperPath ? { helperPath: opts.helperPath } : {}),
            });
            cache.set(registry, p);
        }
        return p;
    };
    const notaryServer = notaryServerFor(ref, opts.notaryServer, opts.envNotaryServer);
    let session;
    const sessionFor = () => (session ??= credentialsFor(ref.registry).then((credentials) => new AuthSession({ transport, baseUrl: notaryServer, repository: ref.name, ...(credentials ? { credentials } : {}) })));
    const notary = new NotaryClient({
        baseUrl: notaryServer,
        gun: ref.name,
        send: async (req, access) => (await sessionFor()).request(req, access),
    });
    const registry = new RegistryClient({ transport, credentials: credentialsFor, ...(opts.insecureRegistries ? { insecureHosts: opts.insecureRegistries } : {}) });
    return {
        notary,
        registry,
        notaryServer,
        get credentialsSource() {
            return opts.credentials ? "inputs" : opts.dockerConfigDir ? "docker config" : "none";
        },
        close: () => base.close?.(),
    };
}

;// CONCATENATED MODULE: ./src/tuf/canonical.ts
/**
 * Go's canonical JSON (github.com/docker/go/canonical/json, as vendored by notary) and the
 * file envelope notary writes around it.
 *
 * Why not the `canonicalize` package (RFC 8785 / JCS): JCS sorts object keys by UTF-16 code
 * units where Go sorts by UTF-8 bytes (astral characters and U+E000..U+FFFF come out in opposite
 * orders), JCS escapes control characters where Go writes them raw, and JCS knows nothing about
 * the HTML-escaped `{"signed":…,"signatures":…}` envelope. A server accepts such bytes with 200
 * and the repository is then unreadable for every client, so we write Go's form by hand and keep
 * `canonicalize` only as a differential oracle in the tests.
 */

/**
 * Orders strings by Unicode code point, which is the order of their UTF-8 bytes (Go's string `<`),
 * without encoding them: at the first differing UTF-16 unit, surrogates (astral characters) must
 * sort above U+E000..U+FFFF, so both ranges are shifted before comparing.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800)
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        if (y >= 0xd800)
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        return x - y;
    }
    return a.length - b.length;
}
// Characters that need attention: `"`, `\`, C0 controls, and surrogates (checked for pairing).
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;
function encodeString(s) {
    if (!SPECIAL.test(s))
        return `"${s}"`;
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x22)
            out += '\\"';
        else if (c === 0x5c)
            out += "\\\\";
        else if (c < 0x20) {
            // Go writes control characters raw, and Go's own envelope encoder then refuses the
            // result ("invalid character in string literal"): no Go client can publish them.
            throw new MalformedMetadataError(`control character U+${c.toString(16).padStart(4, "0")} in a JSON string cannot be published to a Notary server`);
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            const next = s.charCodeAt(i + 1);
            if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                throw new MalformedMetadataError("unpaired UTF-16 surrogate in a JSON string");
            }
            out += s[i] + s[i + 1];
            i++;
        }
        else
            out += s[i];
    }
    return out + '"';
}
function encodeNumber(n) {
    if (!Number.isSafeInteger(n)) {
        throw new MalformedMetadataError(`canonical JSON allows only integers, found ${n}`);
    }
    return String(n === 0 ? 0 : n);
}
/** Go canonical JSON of a parsed value: sorted keys (UTF-8 order), only `"` and `\` escaped, no whitespace. */
function canonicalJson(value) {
    if (value === null)
        return "null";
    switch (typeof value) {
        case "boolean":
            return value ? "true" : "false";
        case "number":
            return encodeNumber(value);
        case "string":
            return encodeString(value);
        case "object": {
            if (Array.isArray(value))
                return `[${value.map(canonicalJson).join(",")}]`;
            const keys = Object.keys(value).sort(compareUtf8);
            const parts = [];
            for (const k of keys) {
                const v = value[k];
                if (v === undefined)
                    continue;
                parts.push(`${encodeString(k)}:${canonicalJson(v)}`);
            }
            return `{${parts.join(",")}}`;
        }
        default:
            throw new MalformedMetadataError(`value of type ${typeof value} has no JSON form`);
    }
}
const encoder = new TextEncoder();
/** UTF-8 bytes of the canonical form: what is signed and verified. */
function canonicalBytes(value) {
    return encoder.encode(canonicalJson(value));
}
const HTML = /[<>&\u2028\u2029]/g;
const HTML_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
};
/** What Go's encoding/json does to a RawMessage it compacts: HTML-significant characters escaped. */
function htmlEscape(json) {
    return json.replace(HTML, (c) => HTML_ESCAPES[c]);
}
/**
 * The file bytes notary writes: `{"signed":<html-escaped canonical>,"signatures":[…]}` in struct
 * order (not canonical order), from client/helpers.go and tuf/tuf.go.
 */
function envelopeJson(canonicalSigned, signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${encodeString(s.keyid)},"method":${encodeString(s.method)},"sig":${encodeString(s.sig)}}`)
        .join(",");
    return `{"signed":${htmlEscape(canonicalSigned)},"signatures":[${htmlEscape(sigs)}]}`;
}
/** Parses JSON text from an untrusted source into a plain value, refusing anything but an object. */
function parseJsonObject(text, subject) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new MalformedMetadataError(`${subject} is not valid JSON`, { cause: err });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new MalformedMetadataError(`${subject} is not a JSON object`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/tuf/keys.ts
/**
 * Notary public keys, key IDs and signature verification (tuf/data/keys.go, tuf/signed/verifiers.go).
 */



const KEY_TYPES = (/* unused pure expression or super */ null && (["ecdsa", "ecdsa-x509", "rsa", "rsa-x509", "ed25519"]));
const SIGNATURE_METHODS = (/* unused pure expression or super */ null && (["ecdsa", "rsapss", "rsapkcs1v15", "eddsa"]));
function isKnownKeyType(type) {
    return KEY_TYPES.includes(type);
}
/** The JSON of a key as Go writes it (key IDs hash this; root and targets files embed it). */
function keyJson(key) {
    return { keytype: key.type, keyval: { private: null, public: key.public } };
}
/** TUF key ID: hex sha256 of the canonical key JSON, `"private":null` included. */
function keyIdOf(key) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(canonicalJson(keyJson(key))).digest("hex");
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
/** The first certificate of an `*-x509` key (leaf first, as notary requires). */
function certificateOf(key) {
    if (!key.type.endsWith("-x509")) {
        throw new MalformedMetadataError(`key of type ${key.type} carries no certificate`);
    }
    const pem = Buffer.from(key.public, "base64").toString("utf8");
    const first = PEM_CERT.exec(pem);
    if (!first)
        throw new MalformedMetadataError(`${key.type} key holds no PEM certificate`);
    try {
        return new external_node_crypto_namespaceObject.X509Certificate(first[0]);
    }
    catch (err) {
        throw new MalformedMetadataError(`${key.type} key holds an unreadable certificate`, { cause: err });
    }
}
/**
 * The canonical key ID (tuf/utils/x509.go): for certificate keys, the ID of the plain key
 * (`ecdsa`/`rsa`, DER SubjectPublicKeyInfo) inside the certificate. Private key files are named by
 * it and Docker shows delegation keys by it. For plain keys it equals `keyIdOf`.
 */
function canonicalKeyIdOf(key) {
    if (!key.type.endsWith("-x509"))
        return keyIdOf(key);
    const spki = certificateOf(key).publicKey.export({ type: "spki", format: "der" });
    return keyIdOf({ type: key.type.slice(0, -"-x509".length), public: spki.toString("base64") });
}
const keyObjects = new WeakMap();
/** The node:crypto key behind a Notary key, or null when it has none we can use. */
function keyObjectOf(key) {
    const cached = keyObjects.get(key);
    if (cached !== undefined)
        return cached;
    let obj = null;
    try {
        switch (key.type) {
            case "ecdsa":
            case "rsa":
                obj = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: Buffer.from(key.public, "base64"), format: "der", type: "spki" });
                break;
            case "ecdsa-x509":
            case "rsa-x509":
                obj = certificateOf(key).publicKey;
                break;
            case "ed25519": {
                const raw = Buffer.from(key.public, "base64");
                if (raw.length === 32) {
                    obj = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
                }
                break;
            }
        }
    }
    catch {
        obj = null;
    }
    // The key's algorithm must match its declared type, or it never verifies.
    if (obj) {
        const family = key.type.startsWith("ecdsa") ? "ec" : key.type.startsWith("rsa") ? "rsa" : "ed25519";
        if (obj.asymmetricKeyType !== family)
            obj = null;
    }
    keyObjects.set(key, obj);
    return obj;
}
const EC_SIZES = { prime256v1: 32, "P-256": 32, secp384r1: 48, "P-384": 48, secp521r1: 66, "P-521": 66 };
/**
 * Checks one signature as notary's verifiers do: the method decides the algorithm and must fit the
 * key type; ECDSA is raw r‖s of exactly 2×⌈bits/8⌉ bytes over sha256; RSA keys need 2048 bits;
 * RSA-PSS uses salt length 32. Anything unknown or mismatched is simply not valid.
 */
function verifySignature(key, method, message, signature) {
    const obj = keyObjectOf(key);
    if (!obj)
        return false;
    try {
        switch (method.toLowerCase()) {
            case "ecdsa": {
                if (obj.asymmetricKeyType !== "ec")
                    return false;
                const size = EC_SIZES[obj.asymmetricKeyDetails?.namedCurve ?? ""];
                if (!size || signature.length !== 2 * size)
                    return false;
                return (0,external_node_crypto_namespaceObject.verify)("sha256", message, { key: obj, dsaEncoding: "ieee-p1363" }, signature);
            }
            case "rsapss":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,external_node_crypto_namespaceObject.verify)("sha256", message, { key: obj, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
            case "rsapkcs1v15":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,external_node_crypto_namespaceObject.verify)("sha256", message, { key: obj, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING }, signature);
            case "eddsa":
                if (obj.asymmetricKeyType !== "ed25519" || signature.length !== 64)
                    return false;
                return (0,external_node_crypto_namespaceObject.verify)(null, message, obj, signature);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}
/** Short form of a key ID for messages: the first 12 hex digits and an ellipsis. */
function shortId(id) {
    return id.length > 12 ? `${id.slice(0, 12)}…` : id;
}

;// CONCATENATED MODULE: ./src/tuf/roles.ts
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

;// CONCATENATED MODULE: ./src/tuf/docker.ts
/**
 * Docker's reading of a Notary repository (docker/cli cli/command/trust, notary client/reader.go):
 * released tags live in `targets/releases` or `targets`; the signers of a released tag are the
 * other roles holding the same tag with the same digest; "Repo Admin" when there are none.
 */


const RELEASES = "targets/releases";
const REPO_ADMIN = "Repo Admin";
function isReleasedRole(role) {
    return role === "targets" || role === RELEASES;
}
/** `targets/alice` → `alice`; `targets` and `targets/releases` → `Repo Admin`. */
function signerName(role) {
    return isReleasedRole(role) ? REPO_ADMIN : role.replace(/^targets\//, "");
}
/** Loaded targets roles in notary's walk order: breadth-first from `targets`, children in listed order. */
function walkRoles(set) {
    const out = [];
    const queue = [{ name: "targets", paths: [""] }];
    while (queue.length > 0) {
        const role = queue.shift();
        const env = set.targets.get(role.name);
        if (!env)
            continue;
        out.push(role);
        for (const child of env.signed.delegations.roles ?? []) {
            const d = set.delegations.get(child.name);
            if (d)
                queue.push({ name: d.name, paths: d.paths });
        }
    }
    return out;
}
/** Every target a role may sign (outside its paths is ignored), in walk order; optionally one tag. */
function allTargets(set, tag) {
    const out = [];
    for (const role of walkRoles(set)) {
        const targets = set.targets.get(role.name).signed.targets;
        const entries = tag === undefined ? [...targets] : targets.has(tag) ? [[tag, targets.get(tag)]] : [];
        for (const [name, meta] of entries) {
            if (!pathAllowed(name, role.paths))
                continue;
            out.push({ role: role.name, tag: name, meta, digest: Buffer.from(meta.hashes.get("sha256") ?? "", "base64").toString("hex") });
        }
    }
    return out;
}
/** Go's sortorder.NaturalLess: runs of digits compare as numbers. */
function naturalCompare(a, b) {
    const re = /(\d+|\D+)/g;
    const pa = a.match(re) ?? [];
    const pb = b.match(re) ?? [];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === y)
            continue;
        const dx = /^\d/.test(x);
        const dy = /^\d/.test(y);
        if (dx && dy) {
            const nx = x.replace(/^0+/, "");
            const ny = y.replace(/^0+/, "");
            if (nx.length !== ny.length)
                return nx.length - ny.length;
            if (nx !== ny)
                return nx < ny ? -1 : 1;
            return x.length - y.length;
        }
        return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
}
/** Released (tag, digest) pairs with their signers, sorted naturally by tag. */
function signedTags(set, tag) {
    const entries = allTargets(set, tag);
    const rows = new Map();
    for (const e of entries) {
        if (!isReleasedRole(e.role))
            continue;
        const key = `${e.tag}\u0000${e.digest}`;
        if (!rows.has(key))
            rows.set(key, { tag: e.tag, digest: e.digest, signers: [], length: e.meta.length });
    }
    for (const e of entries) {
        if (isReleasedRole(e.role))
            continue;
        rows.get(`${e.tag}\u0000${e.digest}`)?.signers.push(signerName(e.role));
    }
    return [...rows.values()].sort((a, b) => naturalCompare(a.tag, b.tag));
}
/** What `docker pull` trusts for a tag: `targets/releases` first, then `targets`. */
function releasedTarget(set, tag) {
    const entries = allTargets(set, tag);
    return entries.find((e) => e.role === RELEASES) ?? entries.find((e) => e.role === "targets");
}
/** Delegations defined by loaded roles (except releases), with canonical key IDs, sorted by name descending. */
function signerKeys(set) {
    const byName = new Map();
    for (const role of walkRoles(set)) {
        const d = set.targets.get(role.name).signed.delegations;
        for (const child of d.roles ?? []) {
            if (child.name === RELEASES)
                continue;
            byName.set(signerName(child.name), (child.keyIds ?? []).map((id) => {
                const key = d.keys.get(id);
                return key ? canonicalKeyIdOf(key) : id;
            }));
        }
    }
    return [...byName].map(([name, keyIds]) => ({ name, keyIds })).sort((a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : 0));
}
/**
 * Docker's GetSignableRoles: every direct child of `targets` that lists the key and whose paths
 * cover the tags; `targets` itself only when there are no delegations at all. Key identity is by
 * canonical ID, so a delegation that lists the key as a certificate still matches.
 */
function roleCandidates(set, canonicalKeyId, tags) {
    const targets = set.targets.get("targets").signed;
    const out = [];
    for (const child of targets.delegations.roles ?? []) {
        const d = set.delegations.get(child.name);
        if (!d || child.name.split("/").length !== 2)
            continue;
        const keyIds = [...d.keys.values()].map((k) => canonicalKeyIdOf(k));
        out.push({
            name: child.name,
            keyIds,
            paths: d.paths,
            hasKey: keyIds.includes(canonicalKeyId),
            coversTags: tags.every((t) => pathAllowed(t, d.paths)),
            threshold: d.threshold,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/tuf/time.ts
/**
 * Expiry times as Go writes and reads them (time.Time, RFC 3339 with nanoseconds).
 * Read: any RFC 3339 offset, fraction of any length. Write: UTC with `Z`, trailing fraction zeros
 * dropped, no fraction when it is zero (Go's RFC3339Nano). JavaScript's toISOString() (`.000Z`)
 * is not Go's form and breaks every reader once uploaded.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;
/** Milliseconds since the epoch of an RFC 3339 time (sub-millisecond digits are truncated). */
function parseGoTime(text) {
    const m = RFC3339.exec(text);
    if (!m)
        throw new MalformedMetadataError(`expires "${text.slice(0, 40)}" is not an RFC 3339 time`);
    const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
    const ms = frac ? Number(frac.padEnd(3, "0").slice(0, 3)) : 0;
    let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const check = new Date(t);
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
        throw new MalformedMetadataError(`expires "${text}" is not a valid date`);
    }
    if (zone !== "Z") {
        const offset = (Number(oh) * 60 + Number(om)) * 60_000;
        t += sign === "+" ? -offset : offset;
    }
    return t;
}
/** Go's RFC3339Nano for a UTC instant: `2029-11-20T21:01:51.35Z`, `2029-11-20T21:01:51Z`. */
function formatGoTime(epochMs) {
    const iso = new Date(epochMs).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (!/^\d{4}-/.test(iso))
        throw new MalformedMetadataError(`time ${iso} is outside the years Go can write`);
    const [base, frac] = iso.slice(0, -1).split(".");
    const trimmed = (frac ?? "").replace(/0+$/, "");
    return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}
/** An expiry `years` Notary years (365 days, leap days ignored, as notary.Year) after `now`. */
function expiresAfterYears(now, years) {
    return formatGoTime(now + years * 365 * 24 * 3600 * 1000);
}
/** The normalised UTC form of an expiry for messages (`2026-01-02T03:04:05Z`). */
function displayTime(epochMs) {
    return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

;// CONCATENATED MODULE: ./src/tuf/file-meta.ts
/** Checking bytes against a FileMeta (length and every known hash), as notary's CheckHashes does. */


const SIZES = { sha256: 32, sha512: 64 };
/** A FileMeta must carry sha256, and every known hash must have its algorithm's length. */
function checkHashStructure(meta, subject) {
    if (!meta)
        throw new MalformedMetadataError(`${subject}: no entry`);
    if (!meta.hashes.has("sha256"))
        throw new MalformedMetadataError(`${subject}: no sha256 hash`);
    for (const [alg, b64] of meta.hashes) {
        const size = SIZES[alg];
        if (size !== undefined && Buffer.from(b64, "base64").length !== size) {
            throw new MalformedMetadataError(`${subject}: ${alg} hash has the wrong length`);
        }
    }
    if (meta.length < 0)
        throw new MalformedMetadataError(`${subject}: negative length ${meta.length}`);
    return meta;
}
/** Throws unless `bytes` has the length and every sha256/sha512 hash `meta` names. */
function checkFileMeta(bytes, meta, subject) {
    if (bytes.length !== meta.length) {
        throw new HashMismatchError(`${subject}: ${bytes.length} bytes where the signed length is ${meta.length}`);
    }
    let checked = 0;
    for (const [alg, b64] of meta.hashes) {
        if (!(alg in SIZES))
            continue;
        const want = Buffer.from(b64, "base64");
        const got = (0,external_node_crypto_namespaceObject.createHash)(alg).update(bytes).digest();
        if (want.length !== got.length || !(0,external_node_crypto_namespaceObject.timingSafeEqual)(want, got)) {
            throw new HashMismatchError(`${subject}: ${alg} does not match the signed hash`);
        }
        checked++;
    }
    if (checked === 0)
        throw new HashMismatchError(`${subject}: no sha256 or sha512 hash to check`);
}
function sha256Hex(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}
function sha256Base64(bytes) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(bytes).digest("base64");
}
/** Hex sha256 named by a FileMeta (for `<role>.<hex>.json` URLs). */
function sha256HexOf(meta) {
    return Buffer.from(meta.hashes.get("sha256") ?? "", "base64").toString("hex");
}

;// CONCATENATED MODULE: ./src/tuf/metadata.ts
/**
 * Notary metadata models and their Go-exact wire form.
 *
 * Parsing keeps what Go keeps: `expires` as the original string, `keyids: null` and
 * `roles: null` as null, hashes as the base64 strings written. Unknown fields are dropped on
 * writing, exactly as Go's structs drop them: the server re-serialises what we upload through
 * those structs and hashes the result, so anything Go would not write breaks the repository.
 * Signatures are always checked over the canonical form of the parsed `signed` object, never
 * over the file bytes (which carry HTML escapes), as notary's verifier does.
 */




// ---- parsing ---------------------------------------------------------------------------------
class Reader {
    subject;
    constructor(subject) {
        this.subject = subject;
    }
    fail(what) {
        throw new MalformedMetadataError(`${this.subject}: ${what}`);
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
        if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
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
        return { type: this.string(o.keytype, `${field}.keytype`), public: this.base64(keyval.public, `${field}.keyval.public`) };
    }
    fileMeta(v, field) {
        const o = this.object(v, field);
        const meta = {
            length: this.int(o.length, `${field}.length`),
            hashes: this.map(o.hashes, `${field}.hashes`, (h, alg) => this.base64(h, `${field}.hashes.${alg}`)),
        };
        if (o.custom !== undefined && o.custom !== null)
            meta.custom = o.custom;
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
                ? d.roles === null ? null : []
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
                delegations: { keys: r.map(d.keys ?? {}, "delegations.keys", (k, id) => r.key(k, `delegations.keys.${id}`)), roles },
                targets: r.map(o.targets, "targets", (x, name) => r.fileMeta(x, `targets.${name}`)),
            };
        }
        case "Snapshot":
        case "Timestamp":
            return { type: expected, ...common, meta: r.map(o.meta, "meta", (x, name) => r.fileMeta(x, `meta.${name}`)) };
    }
}
const decoder = new TextDecoder("utf-8", { fatal: true });
/** Parses a metadata file of the expected type; throws MalformedMetadataError naming `subject`. */
function parseEnvelope(bytes, expected, subject) {
    const r = new Reader(subject);
    let text;
    try {
        text = decoder.decode(bytes);
    }
    catch {
        r.fail("is not UTF-8");
    }
    const file = parseJsonObject(text, subject);
    const signedObj = r.object(file.signed, "signed");
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
        expiresAt = parseGoTime(signed.expires);
    }
    catch (err) {
        throw new MalformedMetadataError(`${subject}: ${err.message}`);
    }
    let signedBytes;
    try {
        signedBytes = canonicalBytes(signedObj);
    }
    catch (err) {
        throw new MalformedMetadataError(`${subject}: ${err.message}`);
    }
    return { signed, signatures, signedBytes, bytes, expiresAt };
}
// ---- writing ---------------------------------------------------------------------------------
function mapObject(m, each) {
    const o = Object.create(null);
    for (const [k, v] of m)
        o[k] = each(v);
    return o;
}
function fileMetaJson(f) {
    const o = { hashes: mapObject(f.hashes, (h) => h), length: f.length };
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
                keys: mapObject(s.keys, keyJson),
                roles: mapObject(s.roles, (r) => ({ keyids: r.keyIds, threshold: r.threshold })),
            };
        case "Targets":
            return {
                ...common,
                delegations: {
                    keys: mapObject(s.delegations.keys, keyJson),
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
/** Canonical bytes of a `signed` object we build: what a signer signs. */
function signingBytes(s) {
    return canonicalBytes(signedJson(s));
}
const metadata_encoder = new TextEncoder();
/** The file bytes Go would write for this signed object and these signatures. */
function serialiseEnvelope(s, signatures) {
    return metadata_encoder.encode(envelopeJson(canonicalJson(signedJson(s)), signatures.map((g) => ({ keyid: g.keyId, method: g.method.toLowerCase(), sig: g.sig }))));
}

;// CONCATENATED MODULE: ./src/tuf/verify.ts
/**
 * Threshold signature checks (tuf/signed/verify.go), with two hardenings over a key-ID count:
 * a key counts once however many IDs or key types list it (distinct public keys, identified by
 * their canonical key ID), and a signature counts only when its method fits the key type.
 */


/** Counts valid signatures over `env.signedBytes` by distinct keys; throws below the threshold. */
function verifyThreshold(env, role) {
    if (role.threshold < 1)
        throw new MalformedMetadataError(`${role.name}: threshold ${role.threshold} is less than 1`);
    if (env.signatures.length === 0)
        throw new ThresholdError(`${role.name}: no signatures`);
    const seenKeys = new Set();
    const validKeyIds = [];
    for (const sig of env.signatures) {
        const key = role.keys.get(sig.keyId);
        if (!key)
            continue;
        // notary treats a key listed under an ID that is not its own as a hard error.
        if (keyIdOf(key) !== sig.keyId) {
            throw new MalformedMetadataError(`${role.name}: key listed as ${sig.keyId} has a different key ID`);
        }
        let identity;
        try {
            identity = canonicalKeyIdOf(key);
        }
        catch {
            continue;
        }
        if (seenKeys.has(identity))
            continue;
        if (!verifySignature(key, sig.method, env.signedBytes, Buffer.from(sig.sig, "base64")))
            continue;
        seenKeys.add(identity);
        validKeyIds.push(sig.keyId);
    }
    if (seenKeys.size < role.threshold) {
        throw new ThresholdError(`${role.name}: ${seenKeys.size} of ${role.threshold} required signatures valid (${env.signatures.length} present)`);
    }
    return { validKeyIds };
}
/** The keys of `keyIds` from `keys`; a listed ID without a key is malformed metadata. */
function pickKeys(keys, keyIds, subject) {
    const out = new Map();
    for (const id of keyIds ?? []) {
        const key = keys.get(id);
        if (!key)
            throw new MalformedMetadataError(`${subject}: key ID ${id} is listed without a key`);
        out.set(id, key);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/tuf/der.ts
/** A minimal DER reader: enough to walk certificates and key structures we must inspect by hand. */

function readTlv(buf, offset) {
    if (offset + 2 > buf.length)
        throw new MalformedMetadataError("DER: truncated element");
    const tag = buf[offset];
    let len = buf[offset + 1];
    let start = offset + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || start + n > buf.length)
            throw new MalformedMetadataError("DER: bad length");
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + buf[start + i];
        start += n;
    }
    const end = start + len;
    if (end > buf.length)
        throw new MalformedMetadataError("DER: element runs past its container");
    return { tag, start, length: len, end };
}
/** The child elements of a constructed element. */
function children(buf, parent) {
    const out = [];
    for (let p = parent.start; p < parent.end;) {
        const t = readTlv(buf, p);
        out.push(t);
        p = t.end;
    }
    return out;
}
/** Dotted form of an OBJECT IDENTIFIER element. */
function oidOf(buf, t) {
    if (t.tag !== 0x06 || t.length === 0)
        throw new MalformedMetadataError("DER: expected an OBJECT IDENTIFIER");
    const bytes = buf.subarray(t.start, t.end);
    const parts = [];
    let v = 0;
    for (const b of bytes) {
        v = v * 128 + (b & 0x7f);
        if (!(b & 0x80)) {
            parts.push(v);
            v = 0;
        }
    }
    const first = parts.shift();
    const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
    return [...head, ...parts].join(".");
}
// ---- writing ---------------------------------------------------------------------------------
function lengthBytes(n) {
    if (n < 0x80)
        return [n];
    const out = [];
    for (let v = n; v > 0; v = Math.floor(v / 256))
        out.unshift(v & 0xff);
    return [0x80 | out.length, ...out];
}
/** One DER element from a tag and its content. */
function tlv(tag, ...content) {
    const body = Buffer.concat(content);
    return Buffer.concat([Buffer.from([tag, ...lengthBytes(body.length)]), body]);
}
const seq = (...items) => tlv(0x30, ...items);
const set = (...items) => tlv(0x31, ...items);
function oid(dotted) {
    const [a, b, ...rest] = dotted.split(".").map(Number);
    const bytes = [a * 40 + b];
    for (const n of rest) {
        const chunk = [n & 0x7f];
        for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128))
            chunk.unshift(0x80 | (v & 0x7f));
        bytes.push(...chunk);
    }
    return tlv(0x06, Buffer.from(bytes));
}
/** A positive INTEGER from big-endian bytes (a leading zero is added when the top bit is set). */
function uint(bytes) {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0)
        i++;
    const trimmed = bytes.subarray(i);
    return tlv(0x02, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
const utf8String = (s) => tlv(0x0c, Buffer.from(s, "utf8"));
const bitString = (bytes) => tlv(0x03, Buffer.from([0]), bytes);
const octetString = (bytes) => tlv(0x04, bytes);
const der_boolean = (v) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const explicit = (n, inner) => tlv(0xa0 | n, inner);
/** UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5), seconds precision. */
function time(epochMs) {
    const iso = new Date(Math.floor(epochMs / 1000) * 1000).toISOString();
    const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
    const year = Number(iso.slice(0, 4));
    return year < 2050 ? tlv(0x17, Buffer.from(digits.slice(2))) : tlv(0x18, Buffer.from(digits));
}

;// CONCATENATED MODULE: ./src/tuf/root-keys.ts
/**
 * Root keys are X.509 certificates (trustpinning/certs.go). A root key counts only when its
 * certificate is a single non-CA leaf placed first, whose CN is the repository name (or a `*`
 * prefix of it), that is not signed with SHA-1, has an RSA key of 2048 bits or more, and (for the
 * root being trusted now) is inside its validity window with one day of leeway. The key is then
 * re-derived from the certificate as notary does (Go's PEM of the leaf and its valid
 * intermediates), so a PEM that Go would write differently yields a different key ID and its
 * signatures do not count.
 */



const SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10040.4.3", "1.2.840.10045.4.1"]);
const DAY = 24 * 3600 * 1000;
/** Go's pem.EncodeToMemory for a certificate: 64-column base64, `\n` endings. */
function goCertificatePem(der) {
    const b64 = Buffer.from(der).toString("base64");
    const lines = b64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}
function signatureAlgorithmOf(der) {
    const cert = readTlv(der, 0);
    const [, sigAlg] = children(der, cert);
    if (!sigAlg)
        return "";
    const [oid] = children(der, sigAlg);
    return oid ? oidOf(der, oid) : "";
}
function commonNameOf(cert) {
    for (const line of cert.subject.split("\n"))
        if (line.startsWith("CN="))
            return line.slice(3);
    return undefined;
}
function cnMatchesGun(cn, gun) {
    return cn.endsWith("*") ? gun.startsWith(cn.replace(/\*+$/, "")) : cn === gun;
}
/** Why a certificate is not usable, or undefined when it is. */
function certificateProblem(cert, der, check) {
    const cn = commonNameOf(cert);
    if (cn === undefined || !cnMatchesGun(cn, check.gun))
        return `certificate CN ${JSON.stringify(cn ?? "")} is not ${check.gun}`;
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (from > to)
        return "certificate validity window is invalid";
    if (SHA1_SIGNATURES.has(signatureAlgorithmOf(der)))
        return "certificate is signed with SHA-1";
    if (cert.publicKey.asymmetricKeyType === "rsa" && (cert.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
        return "certificate RSA key is shorter than 2048 bits";
    }
    if (check.checkExpiry && (from > check.now + DAY || check.now > to))
        return `certificate expired or not yet valid (${cert.validTo})`;
    return undefined;
}
function splitPemBundle(pem) {
    const out = [];
    const re = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
    for (let m = re.exec(pem); m; m = re.exec(pem))
        out.push(Buffer.from(m[1].replace(/\s+/g, ""), "base64"));
    return out;
}
/** The usable root keys of a root, as notary's parseAllCerts + validRootLeafCerts derive them. */
function rootCertificateKeys(root, check) {
    const keys = new Map();
    const rejected = [];
    for (const id of root.roles.get("root")?.keyIds ?? []) {
        const key = root.keys.get(id);
        if (!key)
            continue;
        if (key.type !== "ecdsa-x509" && key.type !== "rsa-x509") {
            rejected.push(`${id.slice(0, 12)}…: root key of type ${key.type} is not a certificate`);
            continue;
        }
        let certs;
        try {
            certs = splitPemBundle(Buffer.from(key.public, "base64").toString("utf8")).map((der) => ({ der, cert: new external_node_crypto_namespaceObject.X509Certificate(der) }));
        }
        catch {
            rejected.push(`${id.slice(0, 12)}…: unreadable certificate`);
            continue;
        }
        const leaves = certs.filter((c) => !c.cert.ca);
        if (certs.length === 0 || leaves.length !== 1 || certs[0].cert.ca) {
            rejected.push(`${id.slice(0, 12)}…: certificate bundle must hold exactly one leaf, first`);
            continue;
        }
        const problem = certificateProblem(certs[0].cert, certs[0].der, check);
        if (problem) {
            rejected.push(`${id.slice(0, 12)}…: ${problem}`);
            continue;
        }
        // Intermediates count when valid now (validRootIntCerts always checks expiry).
        const validInts = certs.slice(1).filter((c) => {
            const from = Date.parse(c.cert.validFrom);
            const to = Date.parse(c.cert.validTo);
            return from <= to && !SHA1_SIGNATURES.has(signatureAlgorithmOf(c.der)) && !(from > check.now + DAY || check.now > to);
        });
        const pem = [certs[0], ...validInts].map((c) => goCertificatePem(c.der)).join("");
        const derived = { type: certs[0].cert.publicKey.asymmetricKeyType === "rsa" ? "rsa-x509" : "ecdsa-x509", public: Buffer.from(pem).toString("base64") };
        keys.set(keyIdOf(derived), derived);
    }
    return { keys, rejected };
}
/** Keeps only the keys whose certificate ID or canonical ID is pinned. */
function pinnedOnly(keys, pins) {
    const wanted = new Set(pins.map((p) => p.toLowerCase()));
    const out = new Map();
    for (const [id, key] of keys)
        if (wanted.has(id) || wanted.has(canonicalKeyIdOf(key)))
            out.set(id, key);
    return out;
}

;// CONCATENATED MODULE: ./src/tuf/trusted-set.ts
/**
 * The trusted set: a pure state machine over metadata bytes, in notary's client order
 * (client/tufclient.go, tuf/builder.go): root, then timestamp, snapshot (by the timestamp's hash
 * and length), targets and delegations (by the snapshot's hashes and lengths). Every step checks
 * signatures against the already-trusted parent, `_type`, version rollback against what was
 * trusted before, and expiry against the injected clock. It does no I/O.
 */







/** A snapshot whose root entry differs from the trusted root: the caller fetches the new root. */
class RootChangedError extends VerificationError {
    rootMeta;
    constructor(rootMeta) {
        super("ROOT_CHANGED", "the snapshot names a root other than the trusted one");
        this.rootMeta = rootMeta;
    }
}
class TrustedSet {
    gun;
    now;
    opts;
    rootEnv;
    timestamp;
    snapshot;
    /** `targets` and every delegation loaded, by role name. */
    targets = new Map();
    /** Delegation roles as their parents define them (loaded or not). */
    delegations = new Map();
    /** Trusts `rootBytes` (or rotates to it from the anchor's trusted root). */
    constructor(rootBytes, opts) {
        this.gun = opts.gun;
        this.now = opts.now;
        this.opts = opts;
        if (opts.trustedRoot) {
            this.rootEnv = this.checkRoot(parseEnvelope(opts.trustedRoot, "Root", "trusted root"), undefined, false);
            this.updateRoot(rootBytes);
        }
        else {
            this.rootEnv = this.checkRoot(parseEnvelope(rootBytes, "Root", "root"), undefined, true);
        }
    }
    get root() {
        return this.rootEnv;
    }
    /**
     * Moves to a newer root: it must be signed by a threshold of the current root's certificate
     * keys and by its own, and must pass the pins. Equal bytes are a no-op.
     */
    updateRoot(bytes) {
        if (Buffer.compare(Buffer.from(bytes), Buffer.from(this.rootEnv.bytes)) === 0)
            return;
        const next = parseEnvelope(bytes, "Root", "served root");
        const cur = this.rootEnv.signed.version;
        if (next.signed.version < cur)
            throw new RollbackError(`root version ${next.signed.version} is lower than trusted version ${cur}`);
        if (next.signed.version === cur)
            throw new RootTrustError(`root version ${cur} served with content other than the trusted root v${cur}`, { hint: "the server's root changed without a rotation; check with the repository owner" });
        this.rootEnv = this.checkRoot(next, this.rootEnv, true);
    }
    checkRoot(env, previous, fresh) {
        const root = env.signed;
        const subject = `root v${root.version}`;
        for (const role of ["root", "targets", "snapshot", "timestamp"]) {
            const r = root.roles.get(role);
            if (!r)
                throw new MalformedMetadataError(`${subject}: no ${role} role`);
            if (r.threshold < 1)
                throw new MalformedMetadataError(`${subject}: ${role} threshold ${r.threshold} is less than 1`);
            pickKeys(root.keys, r.keyIds, `${subject} ${role} role`);
        }
        if (previous) {
            const prevKeys = rootCertificateKeys(previous.signed, { gun: this.gun, now: this.now, checkExpiry: false });
            try {
                verifyThreshold(env, { name: subject, keys: prevKeys.keys, threshold: previous.signed.roles.get("root").threshold });
            }
            catch (err) {
                throw new RootTrustError(`${subject} is not signed by the root keys of trusted root v${previous.signed.version}`, {
                    cause: err,
                    hint: "the repository's root changed without a valid rotation; if the owner re-created it, remove the stored root or set root-key-id",
                });
            }
        }
        const own = rootCertificateKeys(root, { gun: this.gun, now: this.now, checkExpiry: fresh });
        if (own.keys.size === 0) {
            throw new RootTrustError(`${subject}: no valid root certificate for ${this.gun} (${own.rejected.join("; ") || "no root keys"})`);
        }
        let keys = own.keys;
        if (this.opts.pinnedRootKeyIds?.length) {
            keys = pinnedOnly(own.keys, this.opts.pinnedRootKeyIds);
            if (keys.size === 0) {
                throw new RootTrustError(`${subject} of ${this.gun} is signed by root key ${[...own.keys.keys()].map((k) => k.slice(0, 12) + "…").join(", ")}, not the pinned ${this.opts.pinnedRootKeyIds.map((k) => k.slice(0, 12) + "…").join(", ")}`, { hint: "check root-key-id against `docker trust inspect` Root Key" });
            }
        }
        verifyThreshold(env, { name: subject, keys, threshold: root.roles.get("root").threshold });
        if (fresh)
            this.checkExpiry(env, "root");
        return env;
    }
    checkExpiry(env, role) {
        if (env.expiresAt < this.now) {
            throw new ExpiredError(`${role} expired at ${displayTime(env.expiresAt)}`);
        }
    }
    checkVersion(role, version) {
        const prev = this.opts.previousVersions?.[role];
        if (prev !== undefined && version < prev) {
            throw new RollbackError(`${role} version ${version} is lower than version ${prev} trusted before`);
        }
    }
    rootRole(role) {
        const r = this.rootEnv.signed.roles.get(role);
        return { name: role, keys: pickKeys(this.rootEnv.signed.keys, r.keyIds, `root ${role} role`), threshold: r.threshold };
    }
    updateTimestamp(bytes) {
        // The root in force must itself be current before anything it signs for is trusted.
        this.checkExpiry(this.rootEnv, "root");
        const env = parseEnvelope(bytes, "Timestamp", "timestamp");
        verifyThreshold(env, this.rootRole("timestamp"));
        this.checkVersion("timestamp", env.signed.version);
        this.checkExpiry(env, "timestamp");
        checkHashStructure(env.signed.meta.get("snapshot"), "timestamp meta for snapshot");
        this.timestamp = env;
        this.snapshot = undefined;
        this.targets.clear();
        this.delegations.clear();
        return env;
    }
    /** What the trusted timestamp says of the snapshot (for a by-hash fetch). */
    get snapshotMeta() {
        if (!this.timestamp)
            throw new VerificationError("ORDER", "timestamp must be loaded before snapshot");
        return this.timestamp.signed.meta.get("snapshot");
    }
    updateSnapshot(bytes) {
        checkFileMeta(bytes, this.snapshotMeta, "snapshot");
        const env = parseEnvelope(bytes, "Snapshot", "snapshot");
        verifyThreshold(env, this.rootRole("snapshot"));
        this.checkVersion("snapshot", env.signed.version);
        this.checkExpiry(env, "snapshot");
        for (const role of ["root", "targets"])
            checkHashStructure(env.signed.meta.get(role), `snapshot meta for ${role}`);
        const rootMeta = env.signed.meta.get("root");
        try {
            checkFileMeta(this.rootEnv.bytes, rootMeta, "root");
        }
        catch {
            throw new RootChangedError(rootMeta);
        }
        this.snapshot = env;
        return env;
    }
    /** The snapshot's entry for a targets role, or undefined when the role was never published. */
    metaFor(role) {
        if (!this.snapshot)
            throw new VerificationError("ORDER", "snapshot must be loaded before targets");
        const meta = this.snapshot.signed.meta.get(role);
        return meta && checkHashStructure(meta, `snapshot meta for ${role}`);
    }
    updateTargets(bytes) {
        const meta = this.metaFor("targets");
        checkFileMeta(bytes, meta, "targets");
        const env = parseEnvelope(bytes, "Targets", "targets");
        verifyThreshold(env, this.rootRole("targets"));
        this.checkVersion("targets", env.signed.version);
        this.checkExpiry(env, "targets");
        this.acceptTargets("targets", env, [""]);
        return env;
    }
    /** Loads a delegation whose parent is loaded. Throws when it cannot be trusted (callers skip it). */
    updateDelegation(name, bytes) {
        const role = this.delegations.get(name);
        if (!role)
            throw new VerificationError("UNKNOWN_ROLE", `${name} is not delegated by a loaded parent`);
        const meta = this.metaFor(name);
        if (!meta)
            throw new VerificationError("UNKNOWN_ROLE", `${name} is not in the snapshot`);
        checkFileMeta(bytes, meta, name);
        const env = parseEnvelope(bytes, "Targets", name);
        verifyThreshold(env, role);
        this.checkVersion(name, env.signed.version);
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
        this.targets.set(name, env);
        for (const child of d.roles ?? []) {
            this.delegations.set(child.name, {
                name: child.name,
                keys: pickKeys(d.keys, child.keyIds, `${name} delegation ${child.name}`),
                threshold: child.threshold,
                paths: restrictPaths(paths, child.paths),
            });
        }
    }
    checkDelegationShape(parent, child, keys) {
        if (!isDelegationName(child.name) || parentOf(child.name) !== parent) {
            throw new MalformedMetadataError(`${parent}: delegation role ${child.name} is not a valid child`);
        }
        if (child.threshold < 1)
            throw new MalformedMetadataError(`${parent}: ${child.name} threshold ${child.threshold} is less than 1`);
        pickKeys(keys, child.keyIds, `${parent} delegation ${child.name}`);
    }
    /** Versions trusted now, to be persisted and passed as `previousVersions` next time. */
    versions() {
        const out = { root: this.rootEnv.signed.version };
        if (this.timestamp)
            out.timestamp = this.timestamp.signed.version;
        if (this.snapshot)
            out.snapshot = this.snapshot.signed.version;
        for (const [name, env] of this.targets)
            out[name] = env.signed.version;
        return out;
    }
}
/** Target entries must have sane hashes and lengths (a negative length or short hash is tampering). */
function checkTargetMeta(role, target, meta) {
    checkHashStructure(meta, `${role} target ${target}`);
}

;// CONCATENATED MODULE: ./src/workflows/load-trust.ts
/**
 * Loading a repository's trust data: the I/O around the pure TrustedSet.
 *
 * notary's client fetches timestamp, snapshot, targets and each delegation one after another. We
 * fetch the current file of every role we expect to need in one parallel wave, check each against
 * the trusted chain, and fall back to a by-hash fetch only for a file that does not match (a
 * concurrent update between two of our requests). Nothing is trusted before it is checked.
 */




const MAX_ROOT_WALK = 100;
/** Loads and verifies the repository; throws NOT_INITIALISED when the server has no root. */
async function loadTrust(client, opts) {
    const warnings = [];
    const warn = (m) => {
        warnings.push(m);
        opts.onWarning?.(m);
    };
    const hints = [...new Set(opts.hints ?? [])];
    const settle = (p) => p.then((v) => ({ ok: true, v }), (e) => ({ ok: false, e }));
    const [rootR, tsR, snapR, targetsR, ...hintR] = await Promise.all([
        settle(client.getMetadata("root")),
        settle(client.getMetadata("timestamp")),
        settle(client.getMetadata("snapshot")),
        settle(client.getMetadata("targets")),
        ...hints.map((h) => settle(client.getMetadata(h))),
    ]);
    const take = (r) => {
        if (!r.ok)
            throw r.e;
        return r.v;
    };
    const rootBytes = take(rootR);
    if (!rootBytes) {
        throw new ServerError("NOT_INITIALISED", `${client.gun} is not initialised on ${client.baseUrl}: no root.json (404)`, {
            status: 404,
            hint: "create it with `content-trust init` or `docker trust signer add`",
        });
    }
    const set = await trustRoot(client, rootBytes, opts);
    const tsBytes = take(tsR);
    if (!tsBytes)
        throw new ServerError("NOT_FOUND", `${client.gun} on ${client.baseUrl} has a root but no timestamp.json`, { status: 404 });
    set.updateTimestamp(tsBytes);
    let snapBytes = take(snapR);
    if (!snapBytes || !matches(snapBytes, set.snapshotMeta)) {
        snapBytes = await byHash(client, "snapshot", set.snapshotMeta);
    }
    try {
        set.updateSnapshot(snapBytes);
    }
    catch (err) {
        if (!(err instanceof RootChangedError))
            throw err;
        // The snapshot names another root than root.json gave us (a rotation racing our wave).
        const newRoot = await byHash(client, "root", err.rootMeta);
        await rotateRoot(client, set, newRoot);
        set.updateTimestamp(tsBytes);
        set.updateSnapshot(snapBytes);
    }
    const prefetched = new Map();
    const targetsBytes = take(targetsR);
    hints.forEach((h, i) => {
        const r = hintR[i];
        if (r.ok)
            prefetched.set(h, r.v);
    });
    set.updateTargets(await current(client, "targets", targetsBytes, set));
    // Breadth-first over delegations, one parallel wave per depth.
    const wanted = opts.only ? ancestorsAndSelf(opts.only) : undefined;
    let frontier = load_trust_childrenOf(set, "targets", wanted);
    while (frontier.length > 0) {
        const loaded = await Promise.all(frontier.map(async (name) => {
            try {
                const bytes = await current(client, name, prefetched.get(name), set);
                set.updateDelegation(name, bytes);
                return name;
            }
            catch (err) {
                if (!(err instanceof VerificationError))
                    throw err;
                warn(`${name} skipped: ${describeError(err)}`);
                return undefined;
            }
        }));
        frontier = loaded.flatMap((n) => (n ? load_trust_childrenOf(set, n, wanted) : []));
    }
    return { set, warnings };
}
function matches(bytes, meta) {
    try {
        checkFileMeta(bytes, meta, "");
        return true;
    }
    catch {
        return false;
    }
}
async function byHash(client, role, meta) {
    const bytes = await client.getMetadata(role, { sha256Hex: sha256HexOf(meta), length: meta.length });
    if (!bytes)
        throw new ServerError("NOT_FOUND", `${client.gun} on ${client.baseUrl}: ${role}.${sha256HexOf(meta).slice(0, 12)}….json is missing (404)`, { status: 404, hint: "the repository is inconsistent; a re-publish of a Go-exact version repairs it" });
    return bytes;
}
/** The current bytes when they match the snapshot, else the by-hash file. */
async function current(client, role, prefetched, set) {
    const meta = set.metaFor(role);
    if (!meta)
        throw new VerificationError("UNKNOWN_ROLE", `${role} is not in the snapshot`);
    if (prefetched && matches(prefetched, meta))
        return prefetched;
    return byHash(client, role, meta);
}
function load_trust_childrenOf(set, parent, wanted) {
    const env = set.targets.get(parent);
    return (env?.signed.delegations.roles ?? [])
        .map((r) => r.name)
        .filter((n) => set.delegations.has(n) && set.snapshot.signed.meta.has(n) && (!wanted || wanted.has(n)));
}
function ancestorsAndSelf(names) {
    const out = new Set();
    for (const n of names)
        for (let p = n; p.includes("/"); p = p.slice(0, p.lastIndexOf("/")))
            out.add(p);
    return out;
}
/** Trusts the served root, walking `N.root.json` from a stored root when it was rotated more than once. */
async function trustRoot(client, rootBytes, opts) {
    const base = { ...opts, gun: client.gun };
    if (!opts.trustedRoot)
        return new TrustedSet(rootBytes, base);
    // Start from the stored root (its own bytes as the served root: a no-op update), then rotate.
    const set = new TrustedSet(opts.trustedRoot, base);
    await rotateRoot(client, set, rootBytes);
    return set;
}
async function rotateRoot(client, set, target) {
    try {
        set.updateRoot(target);
        return;
    }
    catch (err) {
        if (!(err instanceof VerificationError) || err.code !== "ROOT_TRUST")
            throw err;
        const targetVersion = parseEnvelope(target, "Root", "served root").signed.version;
        const from = set.root.signed.version;
        if (targetVersion - from > MAX_ROOT_WALK || targetVersion - from < 2)
            throw err;
        for (let v = from + 1; v < targetVersion; v++) {
            const bytes = await client.getMetadata("root", { version: v });
            if (!bytes)
                throw err;
            set.updateRoot(bytes);
        }
        set.updateRoot(target);
    }
}

;// CONCATENATED MODULE: ./src/workflows/inspect.ts



async function inspect(client, opts) {
    const { set, warnings } = await loadTrust(client, { ...opts, hints: ["targets/releases"] });
    return { result: reportOf(set, opts.name, opts.tag, warnings), set };
}
function reportOf(set, name, tag, warnings = []) {
    const root = set.root.signed;
    const expires = [
        { role: "root", env: set.root },
        ...(set.timestamp ? [{ role: "timestamp", env: set.timestamp }] : []),
        ...(set.snapshot ? [{ role: "snapshot", env: set.snapshot }] : []),
        ...[...set.targets].map(([role, env]) => ({ role, env })),
    ].map(({ role, env }) => ({ role, expires: displayTime(env.expiresAt), version: env.signed.version }));
    return {
        name,
        gun: set.gun,
        signedTags: signedTags(set, tag).map((t) => ({ tag: t.tag, digest: t.digest, signers: t.signers.length ? t.signers : [REPO_ADMIN] })),
        signers: signerKeys(set),
        rootKeyIds: root.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: root.roles.get("targets")?.keyIds ?? [],
        expires,
        warnings,
    };
}
/** The JSON `docker trust inspect` prints for one repository (field names and order as Go writes them). */
function dockerInspectJson(r) {
    const keys = (ids) => (ids.length ? { Keys: ids.map((ID) => ({ ID })) } : {});
    return {
        Name: r.name,
        SignedTags: r.signedTags.map((t) => ({ SignedTag: t.tag, Digest: t.digest, Signers: t.signers })),
        Signers: r.signers.map((s) => ({ Name: s.name, ...keys(s.keyIds) })),
        AdministrativeKeys: [
            { Name: "Root", ...keys(r.rootKeyIds) },
            { Name: "Repository", ...keys(r.repositoryKeyIds) },
        ],
    };
}

;// CONCATENATED MODULE: ./src/workflows/options.ts
/**
 * Shared parsing of values that the CLI flags and the action inputs both take.
 */


const YEAR = 365 * 24 * 3600 * 1000;
const UNITS = { y: YEAR, mo: YEAR / 12, w: 7 * 86400_000, d: 86400_000, h: 3600_000 };
/** `3y`, `18mo`, `90d`, `12h`, or an absolute RFC 3339 time; returns milliseconds from `now`. */
function parseExpiry(text, now, name = "expires") {
    const t = text.trim();
    const m = /^(\d+)(y|mo|w|d|h)$/.exec(t);
    let ms;
    if (m)
        ms = Number(m[1]) * UNITS[m[2]];
    else {
        try {
            ms = parseGoTime(t) - now;
        }
        catch {
            throw new errors_UsageError(`${name} "${t}" is neither a duration (3y, 18mo, 90d, 12h) nor an RFC 3339 time`);
        }
    }
    if (ms < 3600_000)
        throw new errors_UsageError(`${name} "${t}" is less than an hour from now`);
    if (ms > 100 * YEAR)
        throw new errors_UsageError(`${name} "${t}" is more than 100 years from now`);
    return Math.round(ms);
}
/** Splits newline- or comma-separated lists, dropping blanks and `#` comments. */
function splitList(text) {
    if (!text)
        return [];
    return text
        .split(/[\n,]/)
        .map((s) => s.replace(/#.*$/, "").trim())
        .filter((s) => s.length > 0);
}
/** A timeout in seconds (input `timeout`), as milliseconds. */
function parseTimeout(text, name = "timeout") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const n = Number(text.trim().replace(/s$/, ""));
    if (!Number.isFinite(n) || n <= 0 || n > 3600)
        throw new errors_UsageError(`${name} "${text}" must be a number of seconds between 1 and 3600`);
    return Math.round(n * 1000);
}
const KEY_ID = /^[0-9a-f]{64}$/;
function parseKeyIds(text, name = "root-key-id") {
    const ids = splitList(text).map((s) => s.toLowerCase());
    for (const id of ids)
        if (!KEY_ID.test(id))
            throw new errors_UsageError(`${name} "${id.slice(0, 80)}" is not a 64-digit hex key ID`);
    return ids;
}
function parseBoolean(text, name, fallback) {
    if (text === undefined || text.trim() === "")
        return fallback;
    const t = text.trim().toLowerCase();
    if (["true", "yes", "1", "on"].includes(t))
        return true;
    if (["false", "no", "0", "off"].includes(t))
        return false;
    throw new UsageError(`${name} "${text}" must be true or false`);
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function parseDigest(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const d = text.trim();
    if (!DIGEST.test(d))
        throw new errors_UsageError(`digest "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
    return d;
}

;// CONCATENATED MODULE: ./src/workflows/trust-store.ts
/**
 * Trust on first use across runs: the root we trusted, and the versions we saw, per repository.
 * Stored where Docker and notary cache it (`<trust dir>/tuf/<gun>/metadata/root.json`), so a
 * root pinned by `docker trust` is honoured by us and the other way round.
 */


const VERSIONS_FILE = "content-trust-versions.json";
const MAX_ROOT_BYTES = 2 * 1024 * 1024;
class TrustStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    metadataDir(gun) {
        const parts = gun.split("/");
        if (parts.some((p) => p === "" || p === "." || p === ".."))
            throw new Error(`invalid repository name ${gun}`);
        return external_node_path_default().join(this.dir, "tuf", ...parts, "metadata");
    }
    /** The stored anchor for `gun`, empty when nothing was stored. */
    async load(gun) {
        const dir = this.metadataDir(gun);
        const root = await (0,promises_namespaceObject.readFile)(external_node_path_default().join(dir, "root.json")).catch(() => undefined);
        const versions = await (0,promises_namespaceObject.readFile)(external_node_path_default().join(dir, VERSIONS_FILE), "utf8")
            .then((t) => JSON.parse(t))
            .catch(() => undefined);
        return {
            ...(root && root.length <= MAX_ROOT_BYTES ? { trustedRoot: new Uint8Array(root) } : {}),
            ...(versions && typeof versions === "object" ? { previousVersions: sanitize(versions) } : {}),
        };
    }
    async save(gun, root, versions) {
        const dir = this.metadataDir(gun);
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true, mode: 0o700 });
        await atomicWrite(external_node_path_default().join(dir, "root.json"), root);
        await atomicWrite(external_node_path_default().join(dir, VERSIONS_FILE), JSON.stringify(versions));
    }
}
function sanitize(v) {
    const out = {};
    for (const [k, n] of Object.entries(v))
        if (typeof n === "number" && Number.isSafeInteger(n))
            out[k] = n;
    return out;
}
async function atomicWrite(file, data) {
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_namespaceObject.writeFile)(tmp, data, { mode: 0o600 });
    await (0,promises_namespaceObject.rename)(tmp, file);
}

;// CONCATENATED MODULE: ./src/cli/format.ts
/** Removes control characters from text that came from a server before it reaches a terminal. */
function printable(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}
function table(header, rows) {
    const all = [header, ...rows].map((r) => r.map(printable));
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
    return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("   ")).join("\n") + "\n";
}
function formatSign(r) {
    const head = r.published
        ? `Signed ${r.gun} as ${r.signer}: ${r.digest} (${r.size} bytes)\n`
        : `${r.gun}: every tag already points to ${r.digest}; nothing published\n`;
    const rows = r.tags.map((t) => [t.tag, t.digest.slice(0, 19) + "…", t.roles.join(", "), t.signers.join(", ")]);
    return `${head}\n${table(["TAG", "DIGEST", "ROLES", "SIGNERS"], rows)}\nRoles now: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n${r.warnings.length ? `\nWarnings:\n${r.warnings.map((w) => `  ${printable(w)}`).join("\n")}\n` : ""}`;
}
/** The layout of `docker trust inspect --pretty`. */
function formatInspect(r) {
    let out = `\nSignatures for ${printable(r.name)}\n\n`;
    out += r.signedTags.length
        ? table(["SIGNED TAG", "DIGEST", "SIGNERS"], r.signedTags.map((t) => [t.tag, t.digest, t.signers.map((s) => (s === "Repo Admin" ? "(Repo Admin)" : s)).join(", ")]))
        : `No signatures for ${printable(r.name)}\n`;
    if (r.signers.length) {
        out += `\nList of signers and their keys for ${printable(r.name)}:\n\n`;
        out += table(["SIGNER", "KEYS"], [...r.signers].reverse().map((s) => [s.name, s.keyIds.map((k) => k.slice(0, 12)).join(", ")]));
    }
    out += `\nAdministrative keys for ${printable(r.name)}:\n\n`;
    out += `  Repository Key:\t${[...r.repositoryKeyIds].sort().join(", ")}\n  Root Key:\t${[...r.rootKeyIds].sort().join(", ")}\n`;
    if (r.warnings.length)
        out += `\nWarnings:\n${r.warnings.map((w) => `  ${printable(w)}`).join("\n")}\n`;
    return out;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * What the CLI reads from and writes to the outside: arguments, environment, files, streams.
 * Commands take it as a parameter so tests can run them in-process.
 */




async function readInputFile(file, what, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    try {
        const text = await (0,promises_namespaceObject.readFile)(full, "utf8");
        if (text.length > 1024 * 1024)
            throw new errors_UsageError(`${what} ${file} is larger than 1 MiB`);
        return text;
    }
    catch (err) {
        if (err instanceof errors_UsageError)
            throw err;
        throw new errors_UsageError(`cannot read ${what} ${file}: ${err.code ?? "error"}`);
    }
}
/** `$DOCKER_CONFIG`, else `~/.docker`, as the docker CLI chooses. */
function dockerConfigDir(env) {
    return env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), ".docker");
}
/** Whether a key file's text is encrypted (PKCS#8 or legacy PEM encryption). */
function isEncryptedKey(text) {
    return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}
/** The passphrase from CONTENT_TRUST_PASSPHRASE, else a terminal prompt, never a flag. */
async function passphraseFor(text, io, what = "signer key") {
    if (!isEncryptedKey(text))
        return undefined;
    const fromEnv = io.env.CONTENT_TRUST_PASSPHRASE;
    if (fromEnv !== undefined)
        return fromEnv;
    if (io.promptSecret)
        return io.promptSecret(`Passphrase for the ${what}: `);
    throw new errors_UsageError(`the ${what} is encrypted`, { hint: "set CONTENT_TRUST_PASSPHRASE" });
}

;// CONCATENATED MODULE: ./src/cli/commands/common.ts
/** Flags every networked command takes, mirroring the action's inputs. */



const connectionFlags = {
    "notary-server": { type: "string" },
    "ca-cert": { type: "string" },
    "registry-username": { type: "string" },
    "root-key-id": { type: "string", multiple: true },
    "trust-dir": { type: "string" },
    timeout: { type: "string" },
    "insecure-registry": { type: "string", multiple: true },
};
const CONNECTION_HELP = `  --notary-server URL       Notary server (default: DOCKER_CONTENT_TRUST_SERVER, notary.docker.io
                            for Docker Hub, else https://<registry host>)
  --ca-cert FILE            PEM bundle to trust for a self-hosted server
  --registry-username USER  with CONTENT_TRUST_REGISTRY_PASSWORD; else the docker config is used
  --root-key-id ID          pin the root key (repeatable); else trust on first use
  --trust-dir DIR           where trusted roots are kept (default: $DOCKER_CONFIG/trust)
  --timeout SECONDS         deadline of each request (default 30)
  --insecure-registry HOST  talk plain http to this registry (repeatable; loopback tests)`;
async function connectionOptions(values, io) {
    const password = io.env.CONTENT_TRUST_REGISTRY_PASSWORD;
    const username = values["registry-username"];
    const timeoutMs = parseTimeout(values.timeout);
    if (username && password === undefined) {
        throw new errors_UsageError("--registry-username needs the password in CONTENT_TRUST_REGISTRY_PASSWORD");
    }
    return {
        ...(values["notary-server"] ? { notaryServer: values["notary-server"] } : {}),
        ...(io.env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: io.env.DOCKER_CONTENT_TRUST_SERVER } : {}),
        ...(values["ca-cert"] ? { caPem: await readInputFile(values["ca-cert"], "CA certificate", io.cwd) } : {}),
        ...(username && password !== undefined ? { credentials: { username, password } } : {}),
        dockerConfigDir: dockerConfigDir(io.env),
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(values["insecure-registry"] ? { insecureRegistries: values["insecure-registry"].flatMap(splitList) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts










const INSPECT_HELP = `Usage: content-trust inspect IMAGE[:TAG] [IMAGE[:TAG]...] [flags]

Verifies and prints the signed tags, signers and administrative keys of repositories,
as docker trust inspect does. With --json, prints docker trust inspect's JSON.

Flags:
${CONNECTION_HELP}
  --json                    print docker trust inspect JSON`;
async function inspectCommand(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args, allowPositionals: true, options: { ...connectionFlags, json: { type: "boolean" } } });
    if (positionals.length === 0)
        throw new errors_UsageError("inspect takes at least one IMAGE");
    const opts = await connectionOptions(values, io);
    const store = new TrustStore(values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`);
    const pins = values["root-key-id"] ? parseKeyIds(values["root-key-id"].join(",")) : [];
    const results = await Promise.all(positionals.map(async (name) => {
        const ref = parseReference(name);
        const conn = connect(ref, opts);
        try {
            const anchor = await store.load(ref.name);
            const { result, set } = await inspect(conn.notary, {
                ...anchor,
                ...(pins.length ? { pinnedRootKeyIds: pins } : {}),
                name,
                ...(ref.tag ? { tag: ref.tag } : {}),
                now: Date.now(),
                onWarning: (m) => io.stderr(`warning: ${m}\n`),
            });
            await store.save(ref.name, set.root.bytes, set.versions());
            return result;
        }
        finally {
            conn.close();
        }
    }));
    if (values.json)
        io.stdout(JSON.stringify(results.map(dockerInspectJson), null, 2) + "\n");
    else
        io.stdout(results.map(formatInspect).join("\n\n"));
    return 0;
}

;// CONCATENATED MODULE: ./src/signers/der.ts
/**
 * The little DER (ASN.1) this package needs: read one TLV at a time, and build the few structures
 * key files contain. Not a general ASN.1 library: definite lengths only, single-byte tags only.
 */
/** A PEM or DER encoding that cannot be read. The message never quotes the bytes. */
class der_EncodingError extends Error {
    constructor(message) {
        super(message);
        this.name = "EncodingError";
    }
}
const der_TAG = {
    integer: 0x02,
    bitString: 0x03,
    octetString: 0x04,
    null: 0x05,
    oid: 0x06,
    sequence: 0x30,
};
/** Reads the TLV that starts at `offset`. */
function readDer(source, offset = 0) {
    if (offset + 2 > source.length)
        throw new der_EncodingError("truncated DER");
    const tag = source[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new der_EncodingError("multi-byte DER tags are not supported");
    let length = source[offset + 1];
    let pos = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4)
            throw new der_EncodingError("unsupported DER length");
        if (pos + count > source.length)
            throw new der_EncodingError("truncated DER");
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + source[pos + i];
        pos += count;
        if (length < 0x80 || (count > 1 && source[pos - count] === 0))
            throw new der_EncodingError("non-minimal DER length");
    }
    if (pos + length > source.length)
        throw new der_EncodingError("truncated DER");
    return { tag, content: source.subarray(pos, pos + length), start: offset, end: pos + length };
}
/** Reads a whole buffer as exactly one TLV with the expected tag. */
function der_readWhole(source, tag) {
    const node = readDer(source);
    if (node.tag !== tag)
        throw new der_EncodingError(`expected DER tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
    if (node.end !== source.length)
        throw new der_EncodingError("trailing bytes after DER structure");
    return node;
}
/** The children of a constructed node, in order. */
function der_childrenOf(node) {
    const out = [];
    let offset = 0;
    while (offset < node.content.length) {
        const child = readDer(node.content, offset);
        out.push(child);
        offset = child.end;
    }
    return out;
}
/** The child at `index`, which must have `tag`. */
function der_childAt(children, index, tag, what) {
    const child = children[index];
    if (!child || child.tag !== tag)
        throw new der_EncodingError(`missing or malformed ${what}`);
    return child;
}
/** Dotted form of an OBJECT IDENTIFIER's content bytes. */
function der_oidToString(content) {
    if (content.length === 0)
        throw new der_EncodingError("empty OID");
    const arcs = [];
    let value = 0;
    for (const byte of content) {
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER)
            throw new der_EncodingError("OID arc too large");
        if (!(byte & 0x80)) {
            arcs.push(value);
            value = 0;
        }
    }
    if (content[content.length - 1] & 0x80)
        throw new der_EncodingError("truncated OID");
    const first = arcs.shift();
    const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
    return [...head, ...arcs].join(".");
}
/** A non-negative INTEGER small enough for a JS number (iteration counts, versions). */
function readSmallInteger(node, what) {
    if (node.tag !== der_TAG.integer || node.content.length === 0 || node.content.length > 6) {
        throw new der_EncodingError(`malformed ${what}`);
    }
    if (node.content[0] & 0x80)
        throw new der_EncodingError(`negative ${what}`);
    return node.content.readUIntBE(0, node.content.length);
}
function der_lengthBytes(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let n = length; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/** One TLV. */
function encodeDer(tag, content) {
    return Buffer.concat([Buffer.from([tag]), der_lengthBytes(content.length), content]);
}
function der_derSequence(...items) {
    return encodeDer(der_TAG.sequence, Buffer.concat(items));
}
function der_derOctetString(content) {
    return encodeDer(der_TAG.octetString, content);
}
/** A non-negative INTEGER from a JS number, minimal as DER requires. */
function der_derInteger(value) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new der_EncodingError("bad INTEGER value");
    const bytes = [];
    for (let n = value; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    if (bytes.length === 0 || bytes[0] & 0x80)
        bytes.unshift(0);
    return encodeDer(der_TAG.integer, Buffer.from(bytes));
}
function der_derOid(dotted) {
    const arcs = dotted.split(".").map(Number);
    if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
        throw new der_EncodingError("bad OID");
    const values = [arcs[0] * 40 + arcs[1], ...arcs.slice(2)];
    const bytes = [];
    for (const value of values) {
        const chunk = [value & 0x7f];
        for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128))
            chunk.unshift((n & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return encodeDer(der_TAG.oid, Buffer.from(bytes));
}

;// CONCATENATED MODULE: ./src/signers/pbes2.ts
/**
 * Encrypted PKCS#8 (`EncryptedPrivateKeyInfo`, RFC 5958 / PKCS#5 v2.1 PBES2) as notary writes it
 * (tuf/utils/pkcs8.go): PBKDF2 with an 8-byte salt, 2048 iterations and the PRF left out (so
 * HMAC-SHA1), then AES-256-CBC with a 16-byte IV and PKCS#7 padding.
 *
 * Decryption is done here rather than by OpenSSL because notary's ed25519 keys use a private-key
 * layout OpenSSL refuses to load even to decrypt it. Other PBKDF2 PRFs and AES key sizes are read
 * too; anything else (PBES1, scrypt) is reported as `unsupported` so the caller can hand the
 * DER to OpenSSL instead.
 */


const OID_PBES2 = "1.2.840.113549.1.5.13";
const OID_PBKDF2 = "1.2.840.113549.1.5.12";
const PRFS = {
    "1.2.840.113549.2.7": "sha1",
    "1.2.840.113549.2.8": "sha224",
    "1.2.840.113549.2.9": "sha256",
    "1.2.840.113549.2.10": "sha384",
    "1.2.840.113549.2.11": "sha512",
};
const CIPHERS = {
    "2.16.840.1.101.3.4.1.2": { name: "aes-128-cbc", keyLength: 16 },
    "2.16.840.1.101.3.4.1.22": { name: "aes-192-cbc", keyLength: 24 },
    "2.16.840.1.101.3.4.1.42": { name: "aes-256-cbc", keyLength: 32 },
};
const OID_AES256_CBC = "2.16.840.1.101.3.4.1.42";
/** More PBKDF2 rounds than this are refused: a key file should not be able to stall a CI job. */
const MAX_ITERATIONS = 10_000_000;
/** The passphrase did not decrypt the key (bad padding or no PKCS#8 structure inside). */
class WrongPassphraseError extends Error {
    constructor() {
        super("wrong passphrase");
        this.name = "WrongPassphraseError";
    }
}
/** PBES2 parameters, or undefined when the scheme is not PBES2 + PBKDF2 + AES-CBC. */
function readPbes2(algorithm) {
    const oid = der_oidToString(der_childAt(algorithm, 0, der_TAG.oid, "encryption algorithm").content);
    if (oid !== OID_PBES2)
        return undefined;
    const params = der_childrenOf(der_childAt(algorithm, 1, der_TAG.sequence, "PBES2 parameters"));
    const kdf = der_childrenOf(der_childAt(params, 0, der_TAG.sequence, "PBES2 key derivation function"));
    const scheme = der_childrenOf(der_childAt(params, 1, der_TAG.sequence, "PBES2 encryption scheme"));
    if (der_oidToString(der_childAt(kdf, 0, der_TAG.oid, "key derivation OID").content) !== OID_PBKDF2)
        return undefined;
    const cipher = CIPHERS[der_oidToString(der_childAt(scheme, 0, der_TAG.oid, "cipher OID").content)];
    if (!cipher)
        return undefined;
    const iv = der_childAt(scheme, 1, der_TAG.octetString, "cipher IV").content;
    if (iv.length !== 16)
        throw new der_EncodingError("AES-CBC IV is not 16 bytes");
    const pbkdf2 = der_childrenOf(der_childAt(kdf, 1, der_TAG.sequence, "PBKDF2 parameters"));
    const salt = der_childAt(pbkdf2, 0, der_TAG.octetString, "PBKDF2 salt").content;
    const iterations = readSmallInteger(der_childAt(pbkdf2, 1, der_TAG.integer, "PBKDF2 iteration count"), "iteration count");
    if (iterations < 1 || iterations > MAX_ITERATIONS)
        throw new der_EncodingError(`PBKDF2 iteration count ${iterations} is out of range`);
    let next = 2;
    const keyLengthNode = pbkdf2[next];
    if (keyLengthNode?.tag === der_TAG.integer) {
        if (readSmallInteger(keyLengthNode, "PBKDF2 key length") !== cipher.keyLength) {
            throw new der_EncodingError("PBKDF2 key length does not match the cipher");
        }
        next++;
    }
    let prf = "sha1";
    if (pbkdf2[next]) {
        const prfAlgorithm = der_childrenOf(der_childAt(pbkdf2, next, der_TAG.sequence, "PBKDF2 PRF"));
        const found = PRFS[der_oidToString(der_childAt(prfAlgorithm, 0, der_TAG.oid, "PRF OID").content)];
        if (!found)
            return undefined;
        prf = found;
    }
    return { salt, iterations, prf, cipher: cipher.name, keyLength: cipher.keyLength, iv };
}
/**
 * Decrypts an `EncryptedPrivateKeyInfo` to the DER `PrivateKeyInfo` inside it. Returns undefined
 * when the encryption scheme is not one this module reads. Throws WrongPassphraseError when the
 * result is not a well-formed structure (as notary does: it cannot tell a wrong passphrase apart
 * from damaged data).
 */
function decryptPkcs8(der, passphrase) {
    const outer = der_childrenOf(der_readWhole(der, der_TAG.sequence));
    const algorithm = der_childrenOf(der_childAt(outer, 0, der_TAG.sequence, "encryption algorithm"));
    const ciphertext = der_childAt(outer, 1, der_TAG.octetString, "encrypted data").content;
    const params = readPbes2(algorithm);
    if (!params)
        return undefined;
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
        throw new der_EncodingError("encrypted data is not a whole number of AES blocks");
    const key = (0,external_node_crypto_namespaceObject.pbkdf2Sync)(passphrase, params.salt, params.iterations, params.keyLength, params.prf);
    const decipher = (0,external_node_crypto_namespaceObject.createDecipheriv)(params.cipher, key, params.iv).setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    key.fill(0);
    // A wrong passphrase shows as bad PKCS#7 padding or, rarely, as a plaintext that is not one
    // DER SEQUENCE starting with a version INTEGER. (Go's pkcs8.go only tries the ASN.1 parse.)
    const pad = padded[padded.length - 1];
    const validPadding = pad >= 1 && pad <= 16 && padded.subarray(padded.length - pad).every((b) => b === pad);
    try {
        if (!validPadding)
            throw new WrongPassphraseError();
        const plain = padded.subarray(0, padded.length - pad);
        der_childAt(der_childrenOf(der_readWhole(plain, der_TAG.sequence)), 0, der_TAG.integer, "version");
        return Buffer.from(plain);
    }
    catch {
        throw new WrongPassphraseError();
    }
    finally {
        padded.fill(0);
    }
}
/**
 * Encrypts a DER `PrivateKeyInfo` exactly as notary does: PBES2, PBKDF2 (8-byte salt, 2048
 * iterations, PRF omitted = HMAC-SHA1), AES-256-CBC (16-byte IV), PKCS#7 padding.
 */
function encryptPkcs8(plain, passphrase, options = {}) {
    const salt = Buffer.from(options.salt ?? randomBytes(8));
    const iv = Buffer.from(options.iv ?? randomBytes(16));
    if (salt.length !== 8 || iv.length !== 16)
        throw new EncodingError("salt must be 8 bytes and IV 16 bytes");
    const iterations = 2048;
    const key = pbkdf2Sync(passphrase, salt, iterations, 32, "sha1");
    const cipher = createCipheriv("aes-256-cbc", key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    key.fill(0);
    return derSequence(derSequence(derOid(OID_PBES2), derSequence(derSequence(derOid(OID_PBKDF2), derSequence(derOctetString(salt), derInteger(iterations))), derSequence(derOid(OID_AES256_CBC), derOctetString(iv)))), derOctetString(ciphertext));
}

;// CONCATENATED MODULE: ./src/signers/legacy-pem.ts
/**
 * Legacy OpenSSL PEM encryption (`Proc-Type: 4,ENCRYPTED` + `DEK-Info: AES-256-CBC,<iv hex>`), as
 * notary 0.1–0.3 wrote its `EC PRIVATE KEY` / `RSA PRIVATE KEY` / `ED25519 PRIVATE KEY` files and
 * Go's deprecated x509.DecryptPEMBlock reads them: key = EVP_BytesToKey(MD5, passphrase,
 * salt = first 8 bytes of the IV, 1 round), CBC with PKCS#7 padding.
 *
 * Done by hand because OpenSSL refuses the non-standard `role:` header notary adds to such blocks,
 * and because it lets a wrong passphrase be told apart from an unsupported file.
 */



const legacy_pem_CIPHERS = {
    "AES-128-CBC": { name: "aes-128-cbc", keyLength: 16, ivLength: 16 },
    "AES-192-CBC": { name: "aes-192-cbc", keyLength: 24, ivLength: 16 },
    "AES-256-CBC": { name: "aes-256-cbc", keyLength: 32, ivLength: 16 },
    "DES-EDE3-CBC": { name: "des-ede3-cbc", keyLength: 24, ivLength: 8 },
};
/** True when the block carries `Proc-Type: 4,ENCRYPTED`. */
function isLegacyEncrypted(block) {
    return (block.headers["Proc-Type"] ?? "").replace(/\s/g, "") === "4,ENCRYPTED";
}
/** OpenSSL's EVP_BytesToKey with MD5 and one round. */
function bytesToKey(passphrase, salt, length) {
    const parts = [];
    let previous = Buffer.alloc(0);
    let total = 0;
    while (total < length) {
        previous = (0,external_node_crypto_namespaceObject.createHash)("md5").update(previous).update(passphrase, "utf8").update(salt).digest();
        parts.push(previous);
        total += previous.length;
    }
    return Buffer.concat(parts).subarray(0, length);
}
/** Decrypts the body of a legacy encrypted block; throws WrongPassphraseError on bad padding. */
function decryptLegacyPem(block, passphrase) {
    const dekInfo = block.headers["DEK-Info"] ?? "";
    const [name = "", ivHex = ""] = dekInfo.split(",").map((s) => s.trim());
    const cipher = legacy_pem_CIPHERS[name.toUpperCase()];
    if (!cipher)
        throw new der_EncodingError(`unsupported PEM encryption ${name || "(no DEK-Info)"}`);
    if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== cipher.ivLength * 2) {
        throw new der_EncodingError("malformed DEK-Info IV");
    }
    if (block.bytes.length === 0 || block.bytes.length % cipher.ivLength !== 0) {
        throw new der_EncodingError("encrypted PEM body is not a whole number of cipher blocks");
    }
    const iv = Buffer.from(ivHex, "hex");
    const key = bytesToKey(passphrase, iv.subarray(0, 8), cipher.keyLength);
    try {
        const decipher = (0,external_node_crypto_namespaceObject.createDecipheriv)(cipher.name, key, iv);
        return Buffer.concat([decipher.update(block.bytes), decipher.final()]);
    }
    catch {
        throw new WrongPassphraseError();
    }
    finally {
        key.fill(0);
    }
}

;// CONCATENATED MODULE: ./src/signers/pem.ts
/**
 * PEM blocks with RFC 1421 headers, read leniently (CRLF, surrounding text, several blocks) and
 * written exactly as Go's `encoding/pem.EncodeToMemory` does, because notary compares and names
 * keys by those bytes.
 */

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Every PEM block in `text`, in order. Text outside blocks is ignored. */
function decodePemBlocks(text) {
    const lines = text.split(/\r?\n/);
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        const begin = BEGIN.exec(lines[i].trim());
        if (!begin)
            continue;
        const type = begin[1];
        const end = `-----END ${type}-----`;
        const headers = {};
        let j = i + 1;
        for (; j < lines.length; j++) {
            const line = lines[j];
            const colon = line.indexOf(":");
            if (colon < 0)
                break;
            headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
        }
        const body = [];
        for (; j < lines.length && lines[j].trim() !== end; j++)
            body.push(lines[j].trim());
        if (j >= lines.length)
            throw new der_EncodingError(`PEM block ${type} has no END line`);
        const base64 = body.join("");
        if (!BASE64.test(base64) || base64.length % 4 !== 0) {
            throw new der_EncodingError(`PEM block ${type} has a body that is not base64`);
        }
        blocks.push({ type, headers, bytes: Buffer.from(base64, "base64") });
        i = j;
    }
    return blocks;
}
/** Go's header order: `Proc-Type` first, then the other keys sorted bytewise. */
function orderedHeaderKeys(headers) {
    const keys = Object.keys(headers).filter((k) => k !== "Proc-Type");
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return "Proc-Type" in headers ? ["Proc-Type", ...keys] : keys;
}
/**
 * Byte-for-byte `pem.EncodeToMemory`: `\n` line ends, headers then a blank line, base64 in lines
 * of 64 characters, and a trailing newline.
 */
function encodePem(block) {
    let out = `-----BEGIN ${block.type}-----\n`;
    const headers = block.headers ?? {};
    const keys = orderedHeaderKeys(headers);
    for (const key of keys) {
        if (key.includes(":") || /[\r\n]/.test(key + headers[key])) {
            throw new der_EncodingError("PEM header names cannot contain ':' and values cannot contain line breaks");
        }
        out += `${key}: ${headers[key]}\n`;
    }
    if (keys.length > 0)
        out += "\n";
    const base64 = Buffer.from(block.bytes).toString("base64");
    for (let i = 0; i < base64.length; i += 64)
        out += `${base64.slice(i, i + 64)}\n`;
    return `${out}-----END ${block.type}-----\n`;
}

;// CONCATENATED MODULE: ./src/signers/pkcs8.ts
/**
 * Unencrypted PKCS#8 `PrivateKeyInfo` as notary reads and writes it (tuf/utils/pkcs8.go):
 *
 *   EC:      SEQ{ INTEGER 1, SEQ{ id-ecPublicKey, namedCurve }, OCTET STRING <SEC1 ECPrivateKey> }
 *   RSA:     SEQ{ INTEGER 0, SEQ{ rsaEncryption } (no NULL), OCTET STRING <PKCS#1 RSAPrivateKey> }
 *   Ed25519: SEQ{ INTEGER 0, SEQ{ 1.3.6.1.4.1.11591.15.1 }, OCTET STRING <pub(32) ‖ seed(32) ‖ pub(32)> }
 *
 * The EC version 1 (not 0) and the missing RSA NULL are what Go's struct marshalling produces; the
 * ed25519 OID and raw layout are notary's own and no other tool reads them, so they are handled here.
 */


/** notary's (GnuPG-arc) Ed25519 OID; RFC 8410's is 1.3.101.112. */
const OID_NOTARY_ED25519 = "1.3.6.1.4.1.11591.15.1";
const OID_RSA = "1.2.840.113549.1.1.1";
const OID_EC = "1.2.840.10045.2.1";
const CURVE_OIDS = {
    prime256v1: "1.2.840.10045.3.1.7",
    secp384r1: "1.3.132.0.34",
    secp521r1: "1.3.132.0.35",
};
/** The OID of a PrivateKeyInfo's algorithm (to route notary's ed25519 keys). */
function pkcs8AlgorithmOf(der) {
    const fields = childrenOf(readWhole(der, TAG.sequence));
    const algorithm = childrenOf(childAt(fields, 1, TAG.sequence, "PKCS#8 algorithm"));
    return oidToString(childAt(algorithm, 0, TAG.oid, "PKCS#8 algorithm OID").content);
}
/**
 * A private KeyObject from notary's raw Ed25519 layout `pub ‖ seed ‖ pub` (96 bytes; Go's
 * ed25519.PrivateKey is `seed ‖ pub`). Both copies of the public key must match the seed, or Go
 * would produce signatures that do not verify.
 */
function ed25519FromNotaryRaw(raw) {
    if (raw.length !== 96)
        throw new der_EncodingError(`ed25519 private key is ${raw.length} bytes, expected 96`);
    const pub = raw.subarray(0, 32);
    const key = (0,external_node_crypto_namespaceObject.createPrivateKey)({
        key: { kty: "OKP", crv: "Ed25519", d: raw.subarray(32, 64).toString("base64url"), x: pub.toString("base64url") },
        format: "jwk",
    });
    const derived = Buffer.from((0,external_node_crypto_namespaceObject.createPublicKey)(key).export({ format: "jwk" }).x ?? "", "base64url");
    if (!derived.equals(pub) || !derived.equals(raw.subarray(64))) {
        throw new der_EncodingError("ed25519 private key does not match its public key");
    }
    return key;
}
/** Imports a DER PrivateKeyInfo, including notary's Ed25519 layout and its NULL-less RSA form. */
function importPkcs8(der) {
    const fields = der_childrenOf(der_readWhole(der, der_TAG.sequence));
    der_childAt(fields, 0, der_TAG.integer, "PKCS#8 version");
    const algorithm = der_childrenOf(der_childAt(fields, 1, der_TAG.sequence, "PKCS#8 algorithm"));
    const oid = der_oidToString(der_childAt(algorithm, 0, der_TAG.oid, "PKCS#8 algorithm OID").content);
    const privateKey = der_childAt(fields, 2, der_TAG.octetString, "PKCS#8 private key").content;
    if (oid === OID_NOTARY_ED25519)
        return ed25519FromNotaryRaw(privateKey);
    try {
        return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: der, format: "der", type: "pkcs8" });
    }
    catch {
        if (oid === OID_RSA) {
            try {
                return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: privateKey, format: "der", type: "pkcs1" });
            }
            catch {
                // fall through to the generic message
            }
        }
        throw new der_EncodingError(`unreadable PKCS#8 private key (algorithm ${oid})`);
    }
}
/** DER PrivateKeyInfo in notary's layout for a private EC (P-256/384/521), RSA or Ed25519 key. */
function encodeNotaryPkcs8(key) {
    if (key.type !== "private")
        throw new EncodingError("a private key is required");
    switch (key.asymmetricKeyType) {
        case "ec": {
            const curve = CURVE_OIDS[key.asymmetricKeyDetails?.namedCurve ?? ""];
            if (!curve)
                throw new EncodingError(`unsupported curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
            // SEC1 with [0] curve and [1] public key, as Go's x509.MarshalECPrivateKey writes it.
            const sec1 = key.export({ format: "der", type: "sec1" });
            return derSequence(derInteger(1), derSequence(derOid(OID_EC), derOid(curve)), derOctetString(sec1));
        }
        case "rsa": {
            const pkcs1 = key.export({ format: "der", type: "pkcs1" });
            return derSequence(derInteger(0), derSequence(derOid(OID_RSA)), derOctetString(pkcs1));
        }
        case "ed25519": {
            const jwk = key.export({ format: "jwk" });
            const pub = Buffer.from(jwk.x ?? "", "base64url");
            const seed = Buffer.from(jwk.d ?? "", "base64url");
            const raw = Buffer.concat([pub, seed, pub]);
            seed.fill(0);
            const der = derSequence(derInteger(0), derSequence(derOid(OID_NOTARY_ED25519)), derOctetString(raw));
            raw.fill(0);
            return der;
        }
        default:
            throw new EncodingError(`unsupported key type ${key.asymmetricKeyType ?? "unknown"}`);
    }
}

;// CONCATENATED MODULE: ./src/signers/public-key.ts
/**
 * Public keys as `docker trust signer add --key` takes them (notary tuf/utils/x509.go
 * ParsePEMPublicKey): Docker's `NAME.pub` (`PUBLIC KEY` with a `role:` header), any SPKI PEM, or a
 * certificate PEM (which becomes an `ecdsa-x509`/`rsa-x509` key holding the PEM as Go writes it).
 */





const SUPPORTED_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
const MIN_RSA_BITS = 2048;
const public_key_SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3"]);
const PRIVATE_TYPES = /PRIVATE KEY$/;
/** Why notary cannot use this key, or undefined when it can (ecdsa P-256/384/521, rsa ≥ 2048, ed25519). */
function unsupportedKeyReason(key) {
    const details = key.asymmetricKeyDetails;
    switch (key.asymmetricKeyType) {
        case "ec":
            return SUPPORTED_CURVES.has(details?.namedCurve ?? "")
                ? undefined
                : `unsupported curve ${details?.namedCurve ?? "(unnamed)"}; notary uses P-256 ECDSA keys`;
        case "rsa": {
            const bits = details?.modulusLength ?? 0;
            return bits >= MIN_RSA_BITS ? undefined : `RSA key of ${bits} bits is too small; notary requires at least ${MIN_RSA_BITS}`;
        }
        case "ed25519":
            return undefined;
        default:
            return `unsupported key type ${key.asymmetricKeyType ?? "unknown"}; notary signs with ecdsa (P-256), rsa or ed25519 keys`;
    }
}
/**
 * The Notary form of a (private or public) key: `ecdsa`/`rsa` with the DER SubjectPublicKeyInfo,
 * `ed25519` with the raw 32-byte public key. The caller has checked unsupportedKeyReason.
 */
function notaryPublicKeyOf(key) {
    const pub = key.type === "private" ? (0,external_node_crypto_namespaceObject.createPublicKey)(key) : key;
    switch (pub.asymmetricKeyType) {
        case "ec": {
            // Go's MarshalPKIXPublicKey always writes the uncompressed point; OpenSSL keeps the form it
            // parsed, so go through JWK to get the uncompressed one.
            const uncompressed = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: pub.export({ format: "jwk" }), format: "jwk" });
            return { type: "ecdsa", public: uncompressed.export({ type: "spki", format: "der" }).toString("base64") };
        }
        case "rsa":
            return { type: "rsa", public: pub.export({ type: "spki", format: "der" }).toString("base64") };
        case "ed25519":
            return { type: "ed25519", public: Buffer.from(pub.export({ format: "jwk" }).x ?? "", "base64url").toString("base64") };
        default:
            throw new errors_UsageError(`unsupported key type ${pub.asymmetricKeyType ?? "unknown"}`);
    }
}
function fromSpki(block) {
    let key;
    try {
        key = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: block.bytes, format: "der", type: "spki" });
    }
    catch {
        throw new errors_UsageError("public key PEM holds no readable SubjectPublicKeyInfo");
    }
    const reason = unsupportedKeyReason(key);
    if (reason)
        throw new errors_UsageError(`public key: ${reason}`);
    const publicKey = notaryPublicKeyOf(key);
    // notary keeps the given DER bytes; Go refuses non-canonical forms (compressed points, RSA
    // without NULL), so insist on the canonical encoding, which keeps the key ID the same as Go's.
    if (publicKey.type !== "ed25519" && publicKey.public !== block.bytes.toString("base64")) {
        throw new errors_UsageError("public key is not in canonical DER form; re-export it with: openssl pkey -pubin -pubout");
    }
    return publicKey;
}
function public_key_signatureAlgorithmOf(der) {
    const fields = der_childrenOf(der_readWhole(der, der_TAG.sequence));
    return der_oidToString(der_childAt(der_childrenOf(der_childAt(fields, 1, der_TAG.sequence, "signature algorithm")), 0, der_TAG.oid, "signature OID").content);
}
function fromCertificate(block, now) {
    let cert;
    let signatureOid;
    try {
        cert = new external_node_crypto_namespaceObject.X509Certificate(block.bytes);
        signatureOid = public_key_signatureAlgorithmOf(block.bytes);
    }
    catch {
        throw new errors_UsageError("certificate PEM holds no readable X.509 certificate");
    }
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "(no CN)";
    if (public_key_SHA1_SIGNATURES.has(signatureOid))
        throw new errors_UsageError(`certificate ${cn} is signed with SHA-1, which notary rejects`);
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    if (notBefore > notAfter)
        throw new errors_UsageError(`certificate ${cn} has an invalid validity window`);
    if (now && (notBefore.getTime() > now.getTime() + 86_400_000 || now > notAfter)) {
        throw new errors_UsageError(`certificate ${cn} is not valid now (valid ${cert.validFrom} to ${cert.validTo})`);
    }
    const key = cert.publicKey;
    const reason = unsupportedKeyReason(key);
    if (reason || key.asymmetricKeyType === "ed25519") {
        throw new errors_UsageError(`certificate ${cn}: ${reason ?? "ed25519 certificates are not supported by notary"}`);
    }
    const type = key.asymmetricKeyType === "ec" ? "ecdsa-x509" : "rsa-x509";
    return { type, public: Buffer.from(encodePem({ type: "CERTIFICATE", bytes: block.bytes })).toString("base64") };
}
/** Parses the first PEM block of a public key or certificate file. */
function parsePublicKey(text, options = {}) {
    let blocks;
    try {
        blocks = decodePemBlocks(text);
    }
    catch (err) {
        throw new errors_UsageError(`public key file is malformed: ${err instanceof der_EncodingError ? err.message : "unreadable PEM"}`);
    }
    const block = blocks[0];
    if (!block)
        throw new errors_UsageError("public key is not a PEM file (expected -----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----)");
    let publicKey;
    if (block.type === "PUBLIC KEY")
        publicKey = fromSpki(block);
    else if (block.type === "CERTIFICATE")
        publicKey = fromCertificate(block, options.now);
    else if (PRIVATE_TYPES.test(block.type)) {
        throw new errors_UsageError(`a private key (${block.type}) was given where a public key is expected; give the NAME.pub file`);
    }
    else
        throw new errors_UsageError(`unsupported PEM block ${block.type}, expected PUBLIC KEY or CERTIFICATE`);
    const role = block.headers["role"];
    return {
        publicKey,
        keyId: keyIdOf(publicKey),
        canonicalKeyId: canonicalKeyIdOf(publicKey),
        ...(role ? { role } : {}),
    };
}
/**
 * A PEM for `docker trust signer add --key`: SPKI `PUBLIC KEY` (with Docker's `role:` header when
 * asked) for plain keys, the certificate PEM for x509 keys. Note: notary only accepts ECDSA and RSA
 * SPKI keys there; an ed25519 key is written in RFC 8410 form for other tools.
 */
function publicKeyPem(publicKey, options = {}) {
    const headers = options.role ? { role: options.role } : undefined;
    switch (publicKey.type) {
        case "ecdsa":
        case "rsa":
            return encodePem({ type: "PUBLIC KEY", ...(headers ? { headers } : {}), bytes: Buffer.from(publicKey.public, "base64") });
        case "ed25519": {
            const raw = Buffer.from(publicKey.public, "base64");
            if (raw.length !== 32)
                throw new errors_UsageError("ed25519 public key is not 32 bytes");
            const key = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
            return encodePem({ type: "PUBLIC KEY", ...(headers ? { headers } : {}), bytes: key.export({ type: "spki", format: "der" }) });
        }
        case "ecdsa-x509":
        case "rsa-x509":
            return Buffer.from(publicKey.public, "base64").toString("utf8");
        default:
            throw new errors_UsageError(`cannot write a PEM for key type ${publicKey.type}`);
    }
}

;// CONCATENATED MODULE: ./src/signers/key-file.ts
/**
 * Loads a private key for signing: Docker/notary key files (`~/.docker/trust/private/<id>.key`,
 * encrypted PKCS#8 with `role:`/`gun:` PEM headers), notary's Ed25519 layout, the legacy encrypted
 * PEMs of notary 0.1–0.3, and plain PKCS#8 / SEC1 / PKCS#1 PEMs from other tools.
 *
 * Errors are one line, name the key by role when known, and never carry key bytes or the passphrase
 * (no `cause` either: OpenSSL errors are not quoted).
 */









const PASSPHRASE_HINT = "the key is encrypted: set signer-key-passphrase";
const key_file_PRIVATE_TYPES = new Set(["ENCRYPTED PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "ED25519 PRIVATE KEY"]);
const PUBLIC_TYPES = new Set(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY", "TRUSTED CERTIFICATE"]);
/** How messages name the key: by its role when the file carries one. */
function subjectOf(block) {
    const role = block.headers["role"];
    return role ? `key file (role ${role})` : "key file";
}
function pickBlock(text) {
    let blocks;
    try {
        blocks = decodePemBlocks(text);
    }
    catch (err) {
        throw new errors_UsageError(`key file is malformed: ${err instanceof der_EncodingError ? err.message : "unreadable PEM"}`);
    }
    const block = blocks.find((b) => key_file_PRIVATE_TYPES.has(b.type));
    if (block)
        return block;
    const other = blocks.find((b) => b.type !== "EC PARAMETERS");
    if (!other)
        throw new errors_UsageError("key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)");
    if (PUBLIC_TYPES.has(other.type)) {
        throw new errors_UsageError(`key file holds a ${other.type.toLowerCase()}, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)`);
    }
    throw new errors_UsageError(`key file holds an unsupported PEM block ${other.type}; expected ENCRYPTED PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY`);
}
/** Decodes a legacy (`EC`/`RSA`/`ED25519 PRIVATE KEY`) body. */
function importLegacy(type, der) {
    switch (type) {
        case "EC PRIVATE KEY":
            return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: der, format: "der", type: "sec1" });
        case "RSA PRIVATE KEY":
            return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: der, format: "der", type: "pkcs1" });
        default:
            return ed25519FromNotaryRaw(der);
    }
}
/**
 * The private KeyObject of a block; `secret` is the passphrase or undefined. A key that decrypts
 * but cannot then be read is reported as a wrong passphrase, as notary does.
 */
function importBlock(block, secret) {
    const subject = subjectOf(block);
    const wrong = () => new errors_UsageError(`wrong passphrase for ${subject}`);
    const needsPassphrase = () => new errors_UsageError(`${subject}: ${PASSPHRASE_HINT}`);
    if (block.type === "ENCRYPTED PRIVATE KEY") {
        if (secret === undefined)
            throw needsPassphrase();
        let plain;
        try {
            plain = decryptPkcs8(block.bytes, secret);
        }
        catch (err) {
            if (err instanceof WrongPassphraseError)
                throw wrong();
            throw new errors_UsageError(`${subject} is malformed: ${err instanceof der_EncodingError ? err.message : "unreadable encrypted key"}`);
        }
        if (!plain) {
            // Not PBES2/PBKDF2/AES (e.g. scrypt or PKCS#12 PBE): let OpenSSL try it.
            try {
                return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: block.bytes, format: "der", type: "pkcs8", passphrase: secret });
            }
            catch {
                throw new errors_UsageError(`cannot decrypt ${subject}: wrong passphrase or unsupported encryption`);
            }
        }
        try {
            return importPkcs8(plain);
        }
        catch {
            throw wrong();
        }
        finally {
            plain.fill(0);
        }
    }
    if (block.type === "PRIVATE KEY") {
        try {
            return importPkcs8(block.bytes);
        }
        catch (err) {
            throw new errors_UsageError(`${subject} is malformed: ${err instanceof der_EncodingError ? err.message : "unreadable PKCS#8 key"}`);
        }
    }
    // Legacy types, encrypted with Proc-Type/DEK-Info or not.
    let der = block.bytes;
    const encrypted = isLegacyEncrypted(block);
    if (encrypted) {
        if (secret === undefined)
            throw needsPassphrase();
        try {
            der = decryptLegacyPem(block, secret);
        }
        catch (err) {
            if (err instanceof WrongPassphraseError)
                throw wrong();
            throw new errors_UsageError(`${subject}: ${err instanceof der_EncodingError ? err.message : "cannot decrypt"}`);
        }
    }
    try {
        return importLegacy(block.type, der);
    }
    catch (err) {
        if (encrypted)
            throw wrong();
        throw new errors_UsageError(`${subject} is malformed: ${err instanceof der_EncodingError ? err.message : `unreadable ${block.type}`}`);
    }
    finally {
        if (encrypted)
            der.fill(0);
    }
}
/**
 * Reads a private key file. `passphrase` is needed for encrypted keys (an empty string counts as
 * none, as notary never encrypts with an empty passphrase) and ignored for unencrypted ones.
 */
function loadPrivateKey(text, passphrase) {
    const block = pickBlock(text);
    const keyObject = importBlock(block, passphrase === "" ? undefined : passphrase);
    const reason = unsupportedKeyReason(keyObject);
    if (reason)
        throw new errors_UsageError(`${subjectOf(block)}: ${reason}`);
    const publicKey = notaryPublicKeyOf(keyObject);
    const role = block.headers["role"];
    const gun = block.headers["gun"];
    return {
        keyObject,
        publicKey,
        keyId: keyIdOf(publicKey),
        ...(role ? { role } : {}),
        ...(gun ? { gun } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/key.ts






const KEY_HELP = `Usage: content-trust key inspect FILE [--json]

Prints the key ID, the delegation name (the key file's role header) and the public key
PEM that \`docker trust signer add --key\` accepts. FILE may be a private key file
(Docker/notary key file or PEM; passphrase from CONTENT_TRUST_PASSPHRASE or a prompt)
or a public key or certificate.`;
async function keyCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "inspect")
        throw new errors_UsageError(`unknown key command ${JSON.stringify(sub ?? "")}`, { hint: "content-trust key inspect FILE" });
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: rest, allowPositionals: true, options: { json: { type: "boolean" } } });
    if (positionals.length !== 1)
        throw new errors_UsageError("key inspect takes exactly one FILE");
    const text = await readInputFile(positionals[0], "key file", io.cwd);
    let info;
    if (/-----BEGIN (ENCRYPTED |EC |RSA )?PRIVATE KEY-----/.test(text) || /Proc-Type:/.test(text)) {
        const key = loadPrivateKey(text, await passphraseFor(text, io, "key file"));
        info = {
            keyId: key.keyId,
            canonicalKeyId: canonicalKeyIdOf(key.publicKey),
            ...(key.role ? { role: key.role } : {}),
            keyType: key.publicKey.type,
            publicKeyPem: publicKeyPem(key.publicKey, key.role ? { role: key.role } : {}),
        };
    }
    else {
        const pub = parsePublicKey(text);
        info = {
            keyId: pub.keyId,
            canonicalKeyId: pub.canonicalKeyId,
            ...(pub.role ? { role: pub.role } : {}),
            keyType: pub.publicKey.type,
            publicKeyPem: publicKeyPem(pub.publicKey, pub.role ? { role: pub.role } : {}),
        };
    }
    if (values.json)
        io.stdout(JSON.stringify(info, null, 2) + "\n");
    else {
        io.stdout(`Key ID:      ${info.keyId}\n`);
        if (info.canonicalKeyId !== info.keyId)
            io.stdout(`Canonical:   ${info.canonicalKeyId}\n`);
        io.stdout(`Key type:    ${info.keyType}\n`);
        if (info.role)
            io.stdout(`Signer name: ${info.role}\n`);
        io.stdout(`\n${info.publicKeyPem}`);
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/signers/key-file-signer.ts
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
        this.description = `key file ${shortId(key.keyId)}${key.role ? ` (role ${key.role})` : ""}`;
        this.#key = key.keyObject;
    }
    async sign(message) {
        switch (this.method) {
            case "ecdsa":
                return new Uint8Array((0,external_node_crypto_namespaceObject.sign)("sha256", message, { key: this.#key, dsaEncoding: "ieee-p1363" }));
            case "rsapss":
                return new Uint8Array((0,external_node_crypto_namespaceObject.sign)("sha256", message, { key: this.#key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
            default:
                return new Uint8Array((0,external_node_crypto_namespaceObject.sign)(null, message, this.#key));
        }
    }
}

;// CONCATENATED MODULE: ./src/tuf/sign.ts
/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader.
 */



const GO_EXPIRES = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;
async function signEnvelope(signed, signers) {
    if (!GO_EXPIRES.test(signed.expires)) {
        throw new MalformedMetadataError(`expires ${signed.expires} is not in Go's UTC form`);
    }
    parseGoTime(signed.expires);
    const message = signingBytes(signed);
    const signatures = [];
    for (const signer of signers) {
        if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
            throw new TrustError("MESSAGE_TOO_LARGE", `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`, { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" });
        }
        const sig = await signer.sign(message);
        signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
    }
    const bytes = serialiseEnvelope(signed, signatures);
    assertFixedPoint(bytes, signed.type);
    return bytes;
}
/** Throws unless parse → serialise gives back exactly `bytes`. */
function assertFixedPoint(bytes, type) {
    const env = parseEnvelope(bytes, type, "metadata to upload");
    const again = serialiseEnvelope(env.signed, env.signatures);
    if (Buffer.compare(Buffer.from(again), Buffer.from(bytes)) !== 0) {
        throw new MalformedMetadataError(`${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`);
    }
}

;// CONCATENATED MODULE: ./src/workflows/sign-plan.ts
/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */





async function planSignature(set, opts) {
    const roles = chooseRoles(set, opts);
    const sha256 = Buffer.from(opts.manifest.digest.replace(/^sha256:/, ""), "hex").toString("base64");
    const files = new Map();
    const versions = new Map();
    const pending = [];
    for (const role of roles) {
        const current = currentRole(set, role, opts.now);
        const expired = current.loaded && current.expiresAt < opts.now;
        const changed = opts.tags.some((tag) => !sameTarget(current.signed.targets.get(tag), sha256, opts.manifest.size));
        if (!changed && !expired)
            continue;
        const next = {
            ...current.signed,
            targets: new Map(current.signed.targets),
            version: current.signed.version + 1,
            expires: formatGoTime(opts.now + opts.expiresInMs),
        };
        for (const tag of opts.tags)
            next.targets.set(tag, { length: opts.manifest.size, hashes: new Map([["sha256", sha256]]) });
        pending.push({ role, signed: next });
    }
    for (const { role, signed } of pending) {
        files.set(role, await signEnvelope(signed, [opts.signer]));
        versions.set(role, signed.version);
    }
    return { roles, files, versions };
}
function sameTarget(meta, sha256, length) {
    return meta !== undefined && meta.length === length && meta.hashes.get("sha256") === sha256;
}
function currentRole(set, role, now) {
    const env = set.targets.get(role);
    if (env)
        return { signed: env.signed, loaded: true, expiresAt: env.expiresAt };
    if (set.snapshot?.signed.meta.has(role)) {
        throw new TrustError("ROLE_UNTRUSTED", `${role} of ${set.gun} is published but cannot be verified; refusing to overwrite it`, {
            hint: "see the warning above for why; a repository admin must repair or re-key the delegation",
        });
    }
    // Never published: start from an empty role at version 0, as notary does.
    return {
        signed: { type: "Targets", delegations: { keys: new Map(), roles: [] }, expires: expiresAfterYears(now, 3), targets: new Map(), version: 0 },
        loaded: false,
        expiresAt: Infinity,
    };
}
function describeRoles(candidates) {
    return candidates.map((c) => `${c.name}: ${c.keyIds.map(shortId).join(", ") || "no keys"}`).join("; ");
}
function chooseRoles(set, opts) {
    const candidates = roleCandidates(set, opts.signerKeyId, opts.tags);
    const keyText = `signer key ${shortId(opts.signerKeyId)}`;
    const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) => canonicalKeyIdOf(set.root.signed.keys.get(id)));
    const addHint = `add it with: docker trust signer add --key signer.pub NAME ${set.gun} (or content-trust signer add)`;
    let chosen;
    if (opts.roles && opts.roles.length > 0) {
        chosen = [...opts.roles];
        for (const role of chosen) {
            if (role === "targets") {
                if (!targetsKeys.includes(opts.signerKeyId))
                    throw new TrustError("KEY_NOT_IN_ROLE", `${keyText} is not the targets key of ${set.gun}`);
                continue;
            }
            const c = candidates.find((x) => x.name === role);
            if (!c)
                throw new TrustError("UNKNOWN_ROLE", `${role} is not a delegation of ${set.gun} (delegations: ${candidates.map((x) => x.name).join(", ") || "none"})`);
            if (!c.hasKey)
                throw new TrustError("KEY_NOT_IN_ROLE", `${keyText} is not a key of ${role} in ${set.gun} (keys: ${c.keyIds.map(shortId).join(", ")})`, { hint: addHint });
            if (!c.coversTags)
                throw new TrustError("PATH_NOT_ALLOWED", `${role} of ${set.gun} may only sign tags starting with ${c.paths.map((p) => JSON.stringify(p)).join(", ")}`);
        }
    }
    else if (candidates.length === 0) {
        if (!targetsKeys.includes(opts.signerKeyId)) {
            throw new TrustError("NO_SIGNABLE_ROLE", `${keyText} cannot sign ${set.gun}: it has no delegations and the key is not its targets key (${targetsKeys.map(shortId).join(", ")})`, { hint: addHint });
        }
        chosen = ["targets"];
    }
    else {
        chosen = candidates.filter((c) => c.hasKey && c.coversTags).map((c) => c.name);
        if (chosen.length === 0) {
            const withKey = candidates.filter((c) => c.hasKey);
            if (withKey.length > 0) {
                throw new TrustError("PATH_NOT_ALLOWED", `${keyText} is in ${withKey.map((c) => c.name).join(", ")} of ${set.gun}, whose paths (${withKey.flatMap((c) => c.paths).map((p) => JSON.stringify(p)).join(", ")}) do not cover ${opts.tags.join(", ")}`);
            }
            throw new TrustError("KEY_NOT_IN_ROLE", `${keyText} is not a key of any delegation of ${set.gun} (${describeRoles(candidates)})`, { hint: addHint });
        }
    }
    for (const role of chosen) {
        const c = candidates.find((x) => x.name === role);
        const threshold = role === "targets" ? set.root.signed.roles.get("targets").threshold : c.threshold;
        if (threshold > 1) {
            throw new TrustError("THRESHOLD_UNSUPPORTED", `${role} of ${set.gun} needs ${threshold} signatures; this tool signs with one key`);
        }
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/workflows/sign-verify.ts
/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */





async function verifyPublished(client, opts) {
    const { set } = await loadTrust(client, { ...opts.anchor, now: opts.now, hints: opts.roles, allowExpiredDelegations: false, ...(opts.onWarning ? { onWarning: opts.onWarning } : {}) });
    for (const [role, bytes] of opts.uploaded) {
        const meta = set.snapshot.signed.meta.get(role);
        const served = set.targets.get(role);
        const ours = parseEnvelope(bytes, "Targets", role).signed.version;
        if (served && served.signed.version > ours)
            continue; // another signer published after us; the tag checks below still apply
        if (!meta || meta.hashes.get("sha256") !== sha256Base64(bytes)) {
            throw new VerificationError("SERVED_MISMATCH", `${client.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
                hint: "re-run the step; if it persists, report it with the server version",
            });
        }
        if (!served)
            throw new VerificationError("SERVED_MISMATCH", `${client.gun}: ${role} v${ours} was uploaded but cannot be read back`);
    }
    const hex = opts.manifest.digest.replace(/^sha256:/, "");
    const tags = opts.tags.map((tag) => {
        const released = releasedTarget(set, tag);
        if (!released || released.digest !== hex) {
            throw new VerificationError("NOT_RELEASED", released ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}` : `${client.gun}:${tag} is not released after publishing`, { hint: "another signer may have signed this tag at the same time; inspect the repository" });
        }
        const holding = allTargets(set, tag).filter((e) => e.digest === hex);
        const signers = [...new Set(holding.filter((e) => !isReleasedRole(e.role)).map((e) => signerName(e.role)))];
        return { tag, digest: opts.manifest.digest, roles: holding.map((e) => e.role), signers: signers.length ? signers : ["Repo Admin"] };
    });
    return { set, tags };
}

;// CONCATENATED MODULE: ./src/workflows/sign.ts
/**
 * Sign: publish signed targets for one digest under one or more tags, then verify what the server
 * serves. Docker's semantics (protocol §5.2, §9 B): the tags go into every direct child of
 * `targets` that lists our key; only our tags change; a lost race (`VERSION`) is resolved by
 * re-reading and re-applying our tags, never by overwriting another signer's.
 */





const DEFAULT_EXPIRY_MS = 3 * 365 * 24 * 3600 * 1000;
async function sign(deps, opts) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = deps.random ?? Math.random;
    const log = deps.log ?? (() => { });
    const warnings = [];
    const warn = (m) => {
        if (!warnings.includes(m))
            warnings.push(m);
        deps.warn?.(m);
    };
    const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
    const gun = opts.image.name;
    const signerKeyId = canonicalKeyIdOf(deps.signer.publicKey);
    const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
    log(`Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`);
    const [manifest, initial] = await Promise.all([
        resolveDigest(deps, opts.image, tags, opts.digest),
        loadTrust(deps.notary, { ...opts.anchor, now: now(), hints, allowExpiredDelegations: true, onWarning: warn }),
    ]);
    log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
    let loaded = initial;
    let plan;
    let published = false;
    let answerLost = false;
    let attempt = 0;
    const maxAttempts = opts.maxAttempts ?? 6;
    for (;;) {
        attempt++;
        plan = await planSignature(loaded.set, {
            signer: deps.signer,
            signerKeyId,
            tags,
            manifest,
            roles: opts.roles,
            now: now(),
            expiresInMs: opts.expiresInMs ?? DEFAULT_EXPIRY_MS,
        });
        if (plan.files.size === 0) {
            if (answerLost) {
                published = true;
                log("Our earlier upload had landed");
                break;
            }
            log(`Every tag already points to ${manifest.digest} in ${plan.roles.join(", ")}: nothing to publish`);
            break;
        }
        log(`Publishing ${[...plan.files.keys()].map((r) => `${r} v${plan.versions.get(r)}`).join(", ")} (attempt ${attempt})`);
        try {
            await deps.notary.publish(plan.files);
            published = true;
            break;
        }
        catch (err) {
            const retryable = err instanceof ServerError && (err.code === "VERSION_CONFLICT" || isLostAnswer(err));
            if (!retryable)
                throw mapPublishError(err, gun, deps.notary.baseUrl);
            if (attempt >= maxAttempts) {
                throw new ServerError("PUBLISH_FAILED", `${gun}: gave up after ${attempt} attempts to publish to ${deps.notary.baseUrl} (${err.message})`, {
                    cause: err,
                    hint: "other signers keep updating the same roles, or the server keeps failing; re-run the step",
                });
            }
            if (isLostAnswer(err))
                answerLost = true;
            const delay = Math.min(2000, 100 * 2 ** (attempt - 1)) * (0.5 + random());
            log(err.code === "VERSION_CONFLICT" ? `Another signer published first; re-reading and re-applying our tags in ${Math.round(delay)} ms` : `The answer to our upload was lost (${err.code}); re-reading the server to see whether it landed`);
            await sleep(delay);
            loaded = await loadTrust(deps.notary, { ...opts.anchor, now: now(), hints: plan.roles, allowExpiredDelegations: true, onWarning: warn });
        }
    }
    log("Verifying what the server now serves");
    const check = await verifyPublished(deps.notary, {
        anchor: { ...opts.anchor, trustedRoot: loaded.set.root.bytes },
        now: now(),
        tags,
        manifest,
        uploaded: published ? plan.files : new Map(),
        roles: plan.roles,
        onWarning: warn,
    });
    return {
        gun,
        digest: manifest.digest,
        size: manifest.size,
        mediaType: manifest.mediaType,
        signer: opts.signerName ?? plan.roles.filter((r) => r !== "targets/releases").map((r) => r.replace(/^targets\//, ""))[0] ?? plan.roles[0],
        tags: check.tags,
        roles: plan.roles.map((name) => ({ name, version: check.set.targets.get(name)?.signed.version ?? 0 })),
        published,
        attempts: attempt,
        rootKeyIds: check.set.root.signed.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: check.set.root.signed.roles.get("targets")?.keyIds ?? [],
        warnings,
        trustedRoot: check.set.root.bytes,
        versions: check.set.versions(),
    };
}
function isLostAnswer(err) {
    return err.code === "UNREACHABLE" || err.code === "TIMEOUT" || err.code === "SERVER_UNAVAILABLE";
}
/** Resolves the digest to sign and checks that every tag present in the registry points to it. */
async function resolveDigest(deps, image, tags, digest) {
    const wanted = digest ?? image.digest;
    if (digest && image.digest && digest !== image.digest) {
        throw new errors_UsageError(`image ${image.name}@${image.digest} and digest ${digest} disagree`);
    }
    const byTag = tags.map((tag) => deps.registry.resolve({ ...image, tag, digest: undefined }).then((m) => ({ tag, m }), (e) => {
        if (wanted && e instanceof TrustError && e.code === "MANIFEST_UNKNOWN")
            return { tag, m: undefined };
        throw e;
    }));
    const [primary, ...rest] = await Promise.all([
        wanted ? deps.registry.resolve({ ...image, digest: wanted }) : undefined,
        ...byTag,
    ]);
    const tagged = rest;
    const manifest = primary ?? tagged[0].m;
    for (const { tag, m } of tagged) {
        if (m && m.digest !== manifest.digest) {
            throw new VerificationError("TAG_MISMATCH", `${image.name}:${tag} points to ${m.digest} in the registry, not ${manifest.digest}`, { hint: wanted ? "pass the digest of the push that produced this tag" : "all tags signed together must point to one digest" });
        }
    }
    return manifest;
}
function mapPublishError(err, gun, server) {
    if (err instanceof ServerError && err.code === "INVALID_UPDATE" && /ErrBadHierarchy|snapshot key/i.test(err.message)) {
        return new ServerError("SNAPSHOT_KEY_REQUIRED", `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`, {
            cause: err,
            hint: `hand the snapshot key to the server once with: notary key rotate ${gun} snapshot -r`,
        });
    }
    return err;
}

;// CONCATENATED MODULE: ./src/workflows/run-sign.ts
/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */







async function loadSigner(config) {
    if (!config.signerKey)
        throw new errors_UsageError("no signing key: set signer-key (a private key file) or aws-kms-key");
    const key = loadPrivateKey(config.signerKey, config.signerKeyPassphrase);
    return { signer: new KeyFileSigner(key), ...(key.role ? { role: key.role } : {}) };
}
async function runSign(config, hooks = {}) {
    const image = parseReference(config.image);
    if (!image.tag && !image.digest)
        image.tag = "latest";
    if (!image.tag)
        throw new errors_UsageError(`image ${config.image} has no tag to sign`, { hint: "write it as name:tag or name:tag@sha256:…" });
    for (const tag of config.tags)
        parseReference(`${image.name}:${tag}`);
    const { signer, role } = hooks.signerFactory && !config.signerKey ? { signer: await hooks.signerFactory(), role: undefined } : await loadSigner(config);
    const signerName = config.signerName ?? (role && !["root", "targets", "snapshot", "timestamp"].includes(role) ? role.replace(/^targets\//, "") : undefined);
    const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
    const anchor = (await store?.load(image.name)) ?? {};
    if (config.rootKeyIds?.length)
        anchor.pinnedRootKeyIds = config.rootKeyIds;
    const conn = connect(image, config);
    try {
        const result = await sign({ notary: conn.notary, registry: conn.registry, signer, ...(hooks.log ? { log: hooks.log } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) }, {
            image,
            extraTags: config.tags,
            ...(config.digest ? { digest: config.digest } : {}),
            ...(signerName ? { signerName } : {}),
            ...(config.roles?.length ? { roles: config.roles } : {}),
            ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
            anchor,
        });
        if (store)
            await store.save(image.name, result.trustedRoot, result.versions);
        return { ...result, persisted: store !== undefined };
    }
    finally {
        conn.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/sign.ts







const SIGN_HELP = `Usage: content-trust sign IMAGE[:TAG][@DIGEST] [flags]

Signs the tag(s) of an image pushed to a registry into its Notary repository, then
verifies what the server serves.

Flags:
  --signer-key FILE         private key file (Docker/notary key file or PEM)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --signer-name NAME        delegation name (default: the key file's role header)
  --tags LIST               more tags to sign to the same digest (comma separated, repeatable)
  --digest sha256:HEX       the pushed digest; every tag in the registry must point to it
  --roles LIST              roles to sign into instead of every delegation holding the key
  --expires DURATION        lifetime of the signed roles: 3y (default), 18mo, 90d or a date
${CONNECTION_HELP}
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, or a prompt on a terminal.`;
async function signCommand(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            ...connectionFlags,
            "signer-key": { type: "string" },
            "aws-kms-key": { type: "string" },
            "aws-region": { type: "string" },
            "signer-name": { type: "string" },
            tags: { type: "string", multiple: true },
            digest: { type: "string" },
            roles: { type: "string", multiple: true },
            expires: { type: "string" },
            json: { type: "boolean" },
        },
    });
    if (positionals.length !== 1)
        throw new errors_UsageError("sign takes exactly one IMAGE", { hint: "content-trust sign registry.example/app:v1 --signer-key key.pem" });
    const keyFile = values["signer-key"];
    if (!keyFile && !values["aws-kms-key"])
        throw new errors_UsageError("sign needs --signer-key FILE or --aws-kms-key KEY");
    const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
    const conn = await connectionOptions(values, io);
    const result = await runSign({
        ...conn,
        image: positionals[0],
        tags: (values.tags ?? []).flatMap(splitList),
        ...(parseDigest(values.digest) ? { digest: parseDigest(values.digest) } : {}),
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
        ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
        ...(values["signer-name"] ? { signerName: values["signer-name"] } : {}),
        roles: (values.roles ?? []).flatMap(splitList),
        ...(values.expires ? { expiresInMs: parseExpiry(values.expires, Date.now()) } : {}),
        ...(values["root-key-id"] ? { rootKeyIds: parseKeyIds(values["root-key-id"].join(",")) } : {}),
        trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
    }, { log: (m) => io.stderr(`${m}\n`), warn: (m) => io.stderr(`warning: ${m}\n`) });
    if (values.json) {
        const { trustedRoot: _root, versions: _v, ...rest } = result;
        io.stdout(JSON.stringify(rest, null, 2) + "\n");
    }
    else
        io.stdout(formatSign(result));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Exit codes: 0 ok, 1 verification or signing failed, 2 usage.
 */




const HELP = `Usage: content-trust COMMAND [flags]

Docker Content Trust (Notary v1) signing and verification without a Docker daemon.

Commands:
  sign IMAGE          sign tags of a pushed image and verify what the server serves
  inspect IMAGE...    show signed tags, signers and keys (docker trust inspect)
  key inspect FILE    show a key's ID and the public key for docker trust signer add

Run content-trust COMMAND --help for its flags.`;
const COMMANDS = {
    sign: { run: signCommand, help: SIGN_HELP },
    inspect: { run: inspectCommand, help: INSPECT_HELP },
    key: { run: keyCommand, help: KEY_HELP },
};
async function main(argv, io) {
    const [name, ...args] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
        io.stdout(HELP + "\n");
        return name ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`content-trust: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
        return 2;
    }
    if (args.includes("--help") || args.includes("-h")) {
        io.stdout(command.help + "\n");
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (err) {
        const usage = err instanceof errors_UsageError || (err instanceof TypeError && /ERR_PARSE_ARGS/.test(String(err.code)));
        io.stderr(`content-trust ${name}: ${describeError(err)}\n`);
        if (!(err instanceof TrustError) && !usage && io.env.CONTENT_TRUST_DEBUG)
            io.stderr(`${err.stack ?? ""}\n`);
        return usage ? 2 : 1;
    }
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
var external_node_readline_default = /*#__PURE__*/__nccwpck_require__.n(external_node_readline_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/prompt.ts
/** A hidden-input prompt on the controlling terminal. */

function terminalPrompt() {
    if (!process.stdin.isTTY || !process.stderr.isTTY)
        return undefined;
    return (question) => new Promise((resolve, reject) => {
        const rl = external_node_readline_default().createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        const out = rl;
        let asked = false;
        out._writeToOutput = (s) => {
            if (!asked) {
                process.stderr.write(s);
                asked = true;
            }
        };
        rl.question(question, (answer) => {
            rl.close();
            process.stderr.write("\n");
            resolve(answer);
        });
        rl.on("SIGINT", () => {
            rl.close();
            reject(new Error("cancelled"));
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The `content-trust` executable.



const promptSecret = terminalPrompt();
main(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    ...(promptSecret ? { promptSecret } : {}),
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`content-trust: ${describeError(err)}\n`);
    process.exitCode = 1;
});

