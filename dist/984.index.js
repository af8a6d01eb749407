export const id = 984;
export const ids = [984];
export const modules = {

/***/ 2717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readFileAtMost),
/* harmony export */   y: () => (/* binding */ readRegularFileAtMostSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Local files read with a bound on the read itself: at most one byte more than the limit is ever
 * read, so a file that is far too large (or a device that never ends, or a pipe that keeps
 * writing) costs neither the memory nor the time of reading it whole. Callers say what too large
 * means to a user; these only say that it was.
 */


const CHUNK_BYTES = 64 * 1024;
/**
 * A file's bytes, read to its end or to `maxBytes` + 1. Whatever `file` is (a regular file, a pipe
 * the shell made for `<(…)`, a device) it is read as a stream would be; errors (ENOENT, EISDIR…)
 * are thrown as fs throws them.
 *
 * A regular file is read at once, on this thread. For the few kilobytes of a key, a CA or a docker
 * config that costs less than the thread pool's round trips (open, read, close), each of whose
 * answers waits behind whatever else the event loop has to do: at start-up, the TLS handshakes of
 * the early connections, tens of milliseconds of it when a run opens many.
 */
async function readFileAtMost(file, maxBytes) {
    const regular = regularFileAtMost(file, maxBytes);
    if (regular)
        return regular;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, "r");
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                return { bytes: Buffer.concat(chunks, total) };
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > maxBytes)
                return { tooLarge: true };
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * A regular file's bytes (blocking), or undefined when `file` is not a regular file or holds more
 * than `maxBytes`; errors (ENOENT, EACCES…) are thrown as fs throws them. Opened without blocking,
 * so that a pipe put in its place cannot hold the process: for files no user names on a command
 * line (caches, docker's directories), where only a regular file is expected.
 */
function readRegularFileAtMostSync(file, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile() || stat.size > maxBytes)
            return undefined;
        return readOpenFileAtMost(fd, stat.size, maxBytes);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * `file` read at once when it is a regular file, else undefined (nor when it cannot be opened:
 * the stream read then throws what fs says). Its type is looked up before it is opened: opening a
 * named pipe, even without blocking, would let its writer go on, and then write into a pipe that
 * nobody reads once it is closed here.
 */
function regularFileAtMost(file, maxBytes) {
    let fd;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
            return undefined;
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        // Replaced between the two looks: read as a stream.
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return undefined;
        const bytes = readOpenFileAtMost(fd, stat.size, maxBytes);
        return bytes ? { bytes } : { tooLarge: true };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** An open file's bytes to its end, or undefined past `maxBytes`; `size` is what fstat said. */
function readOpenFileAtMost(fd, size, maxBytes) {
    // The size may change while it is read: read to the end, never past the limit.
    const chunks = [];
    let total = 0;
    for (let want = size + 1;; want = CHUNK_BYTES) {
        const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
        if (n === 0)
            return Buffer.concat(chunks, total);
        chunks.push(chunk.subarray(0, n));
        total += n;
        if (total > maxBytes)
            return undefined;
    }
}


/***/ }),

/***/ 2187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   sU: () => (/* binding */ digestHex)
/* harmony export */ });
/**
 * Content digests as registries name manifests and blobs (OCI descriptors): `sha256:` and 64
 * lower-case hex digits, the only algorithm Docker Content Trust and cosign signatures use here.
 * Importable from every layer, like errors.ts. Making one from bytes is sha256.ts: this module
 * loads no crypto, so an entry point can read an image reference before Node's crypto is loaded.
 */
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Whether text is a `sha256:<64 hex>` digest (upper-case hex is not: registries never write it). */
function isSha256Digest(text) {
    return SHA256_DIGEST.test(text);
}
/** The hex part of a `sha256:` digest (a target's hash in TUF metadata). */
function digestHex(digest) {
    return digest.startsWith("sha256:") ? digest.slice("sha256:".length) : digest;
}
/** `sha256:0123456789ab`: a digest shortened for messages and tables. */
function shortDigest(digest) {
    return digest.slice(0, "sha256:".length + 12);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ MalformedMetadataError),
/* harmony export */   Ci: () => (/* binding */ ExpiredError),
/* harmony export */   GQ: () => (/* binding */ deadlineExceeded),
/* harmony export */   M2: () => (/* binding */ ThresholdError),
/* harmony export */   Ru: () => (/* binding */ TrustError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   VM: () => (/* binding */ HashMismatchError),
/* harmony export */   ZS: () => (/* binding */ RollbackError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gP: () => (/* binding */ ServerError),
/* harmony export */   hA: () => (/* binding */ RootTrustError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   tE: () => (/* binding */ warningLine)
/* harmony export */ });
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/**
 * One error base for everything a user can meet. `code` is stable and machine-readable,
 * `message` is one line naming the subject and the numbers, `hint` says what to do.
 * Messages never carry key material, passphrases, tokens or more than 1 KiB of a response.
 */


class TrustError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint === undefined ? undefined : oneLine(options.hint);
    }
    /** The message with its hint, as printed to a user. */
    describe() {
        return this.hint ? `${this.message}; ${this.hint}` : this.message;
    }
}
/**
 * Messages quote names a server chose (target names, role names, error codes), so each message,
 * hint and warning is made one line (text.ts messageLine), and quote what a server or a setting
 * said, so each is cleared of the run's secrets and of URL user-info (redaction.ts). Every one of
 * them passes through this function, which the reworded test project wraps
 * (test/reworded/plugin.ts).
 */
function oneLine(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageLine */ .EE)((0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text));
}
/**
 * A warning as it is recorded and passed on: one line, like a message. Warnings pass through here
 * where they are collected (trust loading, signing, verify), so the reworded test project rewords
 * them with the messages: nothing may decide on a warning's wording either.
 */
function warningLine(text) {
    return oneLine(text);
}
/** Input that is not what it should be (bad reference, bad key file, bad option). */
class UsageError extends TrustError {
    /** `code` defaults to USAGE; a more precise one lets a front end word its hint (CA_NOT_CERTIFICATE). */
    constructor(message, options = {}) {
        super(options.code ?? "USAGE", message, options);
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
    /** The role whose version went back (`root`, `timestamp`, `targets/releases`, …). */
    role;
    constructor(role, message, options = {}) {
        super("ROLLBACK", message, options);
        this.role = role;
    }
}
class HashMismatchError extends VerificationError {
    constructor(message, options = {}) {
        super("HASH_MISMATCH", message, options);
    }
}
class ThresholdError extends VerificationError {
    /** `code` THRESHOLD, or SIGNERS_REMOVED when every signature is by a key the role no longer lists. */
    constructor(message, options = {}, code = "THRESHOLD") {
        super(code, message, options);
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
    /**
     * The `Name` of a notary-server validation error (`ErrBadTargets`, `ErrBadHierarchy`, …) taken
     * from the answer's `detail`, when it had one: what callers decide on, never the message.
     */
    detailName;
    /** The `code` of the server's error body (`VERSION`, `INVALID_UPDATE`, `DENIED`, …), when it had one. */
    serverCode;
    /**
     * A 404 without a Notary server's own error code (METADATA_NOT_FOUND): the host may serve no
     * Notary at all (a registry without content trust).
     */
    foreignNotFound;
    /**
     * Why a request got no answer, in a few words (`ECONNREFUSED`, `no connection within 10 s`), for
     * a line that names the failure without its whole message: a retry as it happens.
     */
    why;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.status = options.status;
        this.url = options.url;
        this.detailName = options.detailName;
        this.serverCode = options.serverCode;
        this.foreignNotFound = options.foreignNotFound === true;
        this.why = options.why;
    }
    /** The `host[:port]` of `url`, when there is a URL that parses. */
    get host() {
        try {
            return this.url ? new URL(this.url).host : undefined;
        }
        catch {
            return undefined;
        }
    }
}
/**
 * DEADLINE_EXCEEDED: `what` (a request, a KMS call) was under way when the run's deadline of
 * `deadlineMs` passed; `hint` says which side is hung and what setting to raise.
 */
function deadlineExceeded(deadlineMs, what, hint, cause) {
    return new ServerError("DEADLINE_EXCEEDED", `${what} was cut short: the run's deadline of ${Math.round(deadlineMs / 1000)} s passed`, { ...(cause !== undefined ? { cause } : {}), hint });
}
/** A short, printable description of any thrown value (never a stack, never a dump). */
function describeError(err) {
    if (err instanceof TrustError)
        return err.describe();
    if (err instanceof Error)
        return oneLine(err.message);
    return oneLine(String(err));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ HUB_CREDENTIAL_HOSTS),
/* harmony export */   L$: () => (/* binding */ HUB_DOMAIN),
/* harmony export */   LZ: () => (/* binding */ HUB_CREDENTIALS_KEY),
/* harmony export */   Ps: () => (/* binding */ isHubCredentialHost),
/* harmony export */   WR: () => (/* binding */ HUB_API_HOST),
/* harmony export */   hZ: () => (/* binding */ HUB_LEGACY_DOMAIN),
/* harmony export */   x2: () => (/* binding */ policyHost)
/* harmony export */ });
/**
 * Docker Hub's names, in one place. Three readings of "is this Docker Hub?" exist on purpose:
 *
 * - Image names (the Notary GUN): only `index.docker.io` is rewritten to `docker.io`, as Docker's
 *   reference parser does (distribution/reference normalize.go). Any other host is a registry of
 *   its own, and its trust data lives under its own GUN: reading more as Hub would sign or verify
 *   under a name Docker never looks up.
 * - Credentials: `docker.io`, `index.docker.io` and `registry-1.docker.io` find Hub's entry, stored
 *   under `https://index.docker.io/v1/`, as the Docker CLI looks them up (registry.IndexServer).
 *   No other host gets Hub's password.
 * - Policy patterns (`allow-unsigned`, `root-key-id`, `notary-servers`): also
 *   `registry.hub.docker.com`, which people write for Hub, so a pattern matches an image however
 *   either of them names Hub. A pattern only widens or narrows what is checked; it sends nothing.
 */
/** Hub's name in image references (normalize.go defaultDomain). */
const HUB_DOMAIN = "docker.io";
/** Hub's legacy name, which reference parsing reads as docker.io (normalize.go legacyDefaultDomain). */
const HUB_LEGACY_DOMAIN = "index.docker.io";
/** The host that serves Hub's registry API (normalize.go defaultRegistryHost ... DefaultV2Registry). */
const HUB_API_HOST = "registry-1.docker.io";
/** The key of Hub's credentials in Docker's config.json and credential helpers (registry.IndexServer). */
const HUB_CREDENTIALS_KEY = "https://index.docker.io/v1/";
/** Hosts whose credentials are Hub's. */
const HUB_CREDENTIAL_HOSTS = [HUB_DOMAIN, HUB_LEGACY_DOMAIN, HUB_API_HOST];
const HUB_POLICY_HOSTS = new Set([...HUB_CREDENTIAL_HOSTS, "registry.hub.docker.com"]);
/** Whether Docker looks up Hub's credentials for this host. */
function isHubCredentialHost(host) {
    return HUB_CREDENTIAL_HOSTS.includes(host.toLowerCase());
}
/** A registry host as a policy compares it: any of Hub's host names reads as docker.io. */
function policyHost(host) {
    const lower = host.toLowerCase();
    return HUB_POLICY_HOSTS.has(lower) ? HUB_DOMAIN : lower;
}


/***/ }),

/***/ 8976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ acceptsCosignAlone),
/* harmony export */   F6: () => (/* binding */ firstWaveConnections),
/* harmony export */   Ir: () => (/* binding */ connectEarly),
/* harmony export */   J8: () => (/* binding */ REPOSITORIES_AT_ONCE),
/* harmony export */   Jv: () => (/* binding */ FIRST_WAVE),
/* harmony export */   Um: () => (/* binding */ signRegistryWave),
/* harmony export */   Y2: () => (/* binding */ wasOpenedEarly),
/* harmony export */   ZG: () => (/* binding */ takeEarlyConnection),
/* harmony export */   rU: () => (/* binding */ takeEarlyPlainConnection)
/* harmony export */ });
/* unused harmony exports openEarlyConnections, earlyConnectionsSettled, dropEarlyConnections */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2717);
/* harmony import */ var _http_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3848);
/* harmony import */ var _notary_server_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6272);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1987);
/**
 * Connections to the Notary server (and, for a sign, to the registry) opened by an entry point
 * before the code that sends the requests is loaded. A new TLS connection costs two round trips
 * (TCP, then TLS) before its first request, a plain one (a registry listed as insecure) one;
 * opened first, those round trips pass while the runtime loads and compiles the command and reads
 * the key. The TCP set-up starts before Node's tls and crypto modules are loaded (this module and
 * the entry points' early-connect modules import neither): loading them takes several milliseconds,
 * which the TCP round trip then overlaps; TLS starts on the same connections once they are loaded.
 * The transport's direct agents take these connections instead of opening their own.
 *
 * Trust is the same as for a connection the transport opens:
 * - A plain connection is handed only to a plain-http request for the same host and port.
 * - A TLS connection is handed only to a request for the same host, port and server name, whose TLS
 *   context trusts exactly the same extra CA certificates: both are made from PEM text that holds
 *   CERTIFICATE blocks only (anything else, such as OpenSSL's TRUSTED CERTIFICATE, would be trusted
 *   by the context but not compared, so such text never matches), compared by their DER bytes.
 *   Everything else is Node's default for both: the chain and the host name are checked, no client
 *   certificate is sent; a request that sets any TLS option of its own never takes one.
 * - Only direct routes: nothing is opened when a proxy is set in the environment, and the
 *   transport's proxy routes never take one.
 * - A connection that failed, closed, has bytes the server sent unasked (an idle server's 408
 *   before it closes), or waited longer than `MAX_WAIT_MS` is dropped. The request then opens its
 *   own connection and reports its own error, as without this module. One the server closes after
 *   it was taken is resent once on a new connection, as a reused keep-alive connection is
 *   (exchange.ts asks wasOpenedEarly).
 * Opening is best effort: any failure here only means that there is no early connection.
 */







/** How long an early connection waits to be taken before it is closed. */
const MAX_WAIT_MS = 10_000;
/**
 * Requests of one repository's first wave to its Notary server: root, timestamp, snapshot, targets
 * and targets/releases; a sign also asks for its signer's role.
 */
const FIRST_WAVE = { read: 5, sign: 6 };
/**
 * Whether a verify's accept setting spares some repositories the Notary server: `cosign` alone, or
 * any `pattern=cosign` line. Nothing is opened early then: which repositories still ask the server
 * is known only once the policy is read, and one that is gone must not even see a handshake.
 */
function acceptsCosignAlone(accept) {
    return (accept ?? "").split(/[\n,]/).some((line) => /(^|=)\s*cosign$/i.test(line.trim()));
}
/**
 * Requests of a sign's first wave to its registry: the manifest of each tag (the image's, else
 * latest, and the extra ones, without repeats) and of the digest, given or in the image.
 */
function signRegistryWave(image, extraTags, digest) {
    return new Set([image.tag ?? "latest", ...extraTags]).size + ((digest ?? image.digest) ? 1 : 0);
}
/** Repositories a verify loads at once (workflows/verify.ts): their first waves go out together. */
const REPOSITORIES_AT_ONCE = 32;
/**
 * Connections to each Notary server host (`host:port`) for the first waves of a run's images, sent
 * together: per host, the fewest that take them in as few rounds as `max` would (connectionsFor),
 * counting each repository once (its first wave is sent once) and at most REPOSITORIES_AT_ONCE of
 * them. The entry points open this many early to the first image's host, and a verify's pool
 * allows the most of them per host (workflows/verify.ts), so the early connections always fit.
 */
function firstWaveConnections(images, perRepository, max) {
    const repositories = new Map();
    for (const image of images) {
        let host;
        try {
            host = new URL(image.server).host;
        }
        catch {
            continue;
        }
        const names = repositories.get(host) ?? new Set();
        repositories.set(host, names.add(image.repository));
    }
    const connections = new Map();
    for (const [host, names] of repositories)
        connections.set(host, (0,_http_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .connectionsFor */ .l_)(perRepository * Math.min(names.size, REPOSITORIES_AT_ONCE), max));
    return connections;
}
/** More connections than one wave of requests can use are never opened early. */
const MAX_EARLY_CONNECTIONS = 64;
/** Early connections by `scheme host port trust` (trust: "" for http). */
const waiting = new Map();
/** Connections handed to a request (exchange.ts resends on them as on a reused one). */
const taken = new WeakSet();
/** Whether a request's connection was opened early (and so may have been closed while it waited). */
function wasOpenedEarly(socket) {
    return socket != null && taken.has(socket);
}
const keyOf = (scheme, host, port, trust) => `${scheme} ${host} ${port} ${trust}`;
/** The SNI name Node's https agent sends for `host`: none for an IP address. */
const serverNameOf = (host) => (node_net__WEBPACK_IMPORTED_MODULE_1___default().isIP(host) ? "" : host);
/**
 * Opens up to `count` connections to the server of `url`, trusting the extra CA certificates
 * `caPems` for https (best effort; see the header). Resolves once they can be taken.
 */
function openEarlyConnections(options) {
    return open([options], () => options.caPems);
}
/**
 * Opens the connections of `targets` in two steps. Their TCP set-up starts first; Node's `tls` and
 * `crypto` modules are loaded, and the CA text parsed (`caPems`), only once it has: loading those
 * takes several milliseconds of this thread, which the TCP round trip now overlaps. TLS then starts
 * on each connection, once its TCP set-up is done, as the transport would start it on its own.
 * Plain connections can be taken at once, https ones once TLS has started on them; resolves after
 * one turn of the event loop in which those whose TCP set-up is done start it. Any failure here
 * leaves fewer early connections, or none.
 */
async function open(targets, caPems) {
    const begun = targets.map(begin).filter((b) => b !== undefined);
    for (const b of begun)
        if (!b.secure)
            offer(keyOf("http", b.host, b.port, ""), b.entries);
    await started(begun.flatMap((b) => b.entries.map((e) => e.socket)));
    const secure = begun.filter((b) => b.secure);
    if (secure.length === 0)
        return;
    try {
        const [tlsModule, { contextWithExtraCas, trustOfContext }, { parseCaBundle: parse }] = await Promise.all([
            Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23)),
            __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)),
            __webpack_require__.e(/* import() */ 733).then(__webpack_require__.bind(__webpack_require__, 3733)),
        ]);
        const extra = caPems(parse);
        // As the transport makes its context; one whose trust is not known could serve no request.
        const secureContext = extra.length > 0 ? contextWithExtraCas(extra) : undefined;
        const trust = trustOfContext(secureContext);
        if (trust === undefined)
            return drop(secure);
        for (const b of secure) {
            const servername = serverNameOf(b.host);
            const key = keyOf("https", b.host, b.port, trust);
            for (const entry of b.entries) {
                const tcp = entry.socket;
                const secureIt = () => {
                    // One refused or closed meanwhile is not offered.
                    if (entry.failed || tcp.destroyed)
                        return;
                    // The server's name is checked against host, as for a connection the transport opens.
                    entry.socket = watch(entry, tlsModule.connect({ socket: tcp, host: b.host, servername, ...(secureContext ? { secureContext } : {}) }));
                    entry.servername = servername;
                    offer(key, [entry]);
                };
                // Only over a finished TCP set-up: a socket still trying a name's addresses one after
                // another replaces its handle between attempts, and TLS started on the old one crashes
                // the process (seen with Node 24: a host whose IPv6 address refused, then IPv4).
                if (!tcp.connecting)
                    secureIt();
                else
                    settling(tcp)
                        .then(secureIt)
                        .catch(() => tcp.destroy());
            }
        }
        // Node sees a TCP set-up finish (and TLS starts on it) only in a turn of the event loop;
        // loading the command next takes tens of milliseconds without one (import() compiles on this
        // thread and its promise jobs run first). On a near server the TCP set-up is done by now: one
        // turn sends those handshakes' first messages before the loading.
        await new Promise((resolve) => setImmediate(resolve));
    }
    catch {
        // No early https connection: the requests open their own.
        drop(secure);
    }
}
function drop(begun) {
    for (const b of begun)
        for (const entry of b.entries)
            entry.socket.destroy();
}
/** Starts the TCP set-up of a target's connections; undefined when it opens none. */
function begin(target) {
    try {
        const url = new URL(target.url);
        const secure = url.protocol === "https:";
        if (!secure && url.protocol !== "http:")
            return undefined;
        const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
        const port = Number(url.port || (secure ? 443 : 80));
        const count = Math.min(Math.max(0, Math.floor(target.count)), MAX_EARLY_CONNECTIONS);
        if (count === 0)
            return undefined;
        const entries = [];
        for (let i = 0; i < count; i++) {
            const entry = { socket: node_net__WEBPACK_IMPORTED_MODULE_1___default().connect({ host, port }), servername: "", failed: false };
            // As Node's agents open their connections (no delay, keep-alive probes after 1 s).
            entry.socket.setNoDelay(true);
            entry.socket.setKeepAlive(true, 1000);
            watch(entry, entry.socket);
            entries.push(entry);
        }
        setTimeout(() => {
            for (const entry of entries)
                if (!taken.has(entry.socket))
                    entry.socket.destroy();
        }, MAX_WAIT_MS).unref();
        return { host, port, secure, entries };
    }
    catch {
        return undefined;
    }
}
/**
 * Watches `socket`, the entry's connection: a failure marks the entry failed, and the socket never
 * keeps the process alive while it waits (each new address tried makes a new handle); a taken
 * connection is referenced again.
 */
function watch(entry, socket) {
    socket.on("error", () => {
        entry.failed = true;
    });
    socket.unref();
    socket.on("connectionAttempt", () => {
        if (!taken.has(socket))
            socket.unref();
    });
    return socket;
}
/** TCP set-ups still under way, each settled by its socket's connect, error or close. */
const unsettled = new Set();
/** Resolves on the socket's connect; rejects on its error or close before that. */
function settling(socket) {
    const settled = new Promise((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("close", () => reject(new Error("closed before its TCP set-up finished")));
    });
    unsettled.add(settled);
    const forget = () => void unsettled.delete(settled);
    settled.then(forget, forget);
    return settled;
}
/** Resolves once every early connection's TCP set-up has finished or failed (tests). */
async function earlyConnectionsSettled() {
    while (unsettled.size > 0)
        await Promise.allSettled([...unsettled]);
}
function offer(key, entries) {
    const list = waiting.get(key) ?? [];
    list.push(...entries);
    waiting.set(key, list);
}
/** How long an entry point waits for its early connections to start (a DNS lookup first). */
const START_WAIT_MS = 10;
/**
 * Resolves once each of `sockets` has started its connection attempt (or failed), and after
 * `START_WAIT_MS` at the latest; at once for none. Node starts a connection later than the call
 * that opens it: on the next tick for an IP address, once its DNS lookup answers for a host name.
 * An entry point that went straight on to load its code would put both off until the loading is
 * done (import() compiles on this thread, and its promise jobs run before the next tick), and the
 * connections' set-up would no longer overlap it. Waiting costs nothing for an IP address. For a
 * name it is the lookup, up to the limit: a process's first lookup takes about 10 ms on a small
 * machine even from /etc/hosts (libuv starts its thread pool for it), against a load of tens of
 * milliseconds and a TCP and TLS set-up of two round trips that then start that much sooner.
 */
function started(sockets) {
    if (sockets.length === 0)
        return Promise.resolve();
    return new Promise((resolve) => {
        const events = ["connectionAttempt", "error", "close"];
        const waiting = new Map();
        const stop = () => {
            clearTimeout(timer);
            for (const [socket, first] of waiting)
                for (const event of events)
                    socket.off(event, first);
            waiting.clear();
            resolve();
        };
        const timer = setTimeout(stop, START_WAIT_MS);
        for (const socket of sockets) {
            const first = () => {
                for (const event of events)
                    socket.off(event, first);
                waiting.delete(socket);
                if (waiting.size === 0)
                    stop();
            };
            waiting.set(socket, first);
            for (const event of events)
                socket.on(event, first);
        }
    });
}
/**
 * An early connection for a direct https request to `host`:`port` with SNI `servername` and a TLS
 * context that trusts `trust` (tls-context.ts's trustOfContext: "" for Node's default CAs only,
 * undefined when not known), or undefined. Connections found failed, closed or holding unasked
 * bytes are dropped.
 */
function takeEarlyConnection(host, port, servername, trust) {
    if (waiting.size === 0 || trust === undefined)
        return undefined;
    // Only TLS sockets wait under an https key.
    return take(keyOf("https", host, port, trust), servername);
}
/** An early connection for a direct plain-http request to `host`:`port`, or undefined (as above). */
function takeEarlyPlainConnection(host, port) {
    if (waiting.size === 0)
        return undefined;
    return take(keyOf("http", host, port, ""), "");
}
function take(key, servername) {
    const list = waiting.get(key);
    while (list && list.length > 0) {
        const entry = list.shift();
        const { socket } = entry;
        if (entry.failed ||
            socket.destroyed ||
            !socket.writable ||
            socket.readableEnded ||
            socket.readableLength > 0 ||
            entry.servername !== servername) {
            socket.destroy();
            continue;
        }
        taken.add(socket);
        socket.ref();
        return socket;
    }
    return undefined;
}
/** A CA file larger than this is left for the command to refuse. */
const MAX_CA_FILE_BYTES = 1024 * 1024;
/**
 * What the entry points call: opens one first wave's connections for each of the run's
 * repositories on the first one's Notary server, unless a forward proxy is set in the environment
 * or docker keeps CA certificates for this server (the transport adds those; these connections
 * would not match it). Best effort, as openEarlyConnections. The entry point awaits the promise
 * before it loads the command's code: it resolves once the connections have started, and TLS on
 * those whose TCP set-up is done (`open`).
 */
function connectEarly(options) {
    try {
        if (options.registries.length === 0 || (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyConfigFromEnv */ .oR)(options.env))
            return Promise.resolve();
        const servers = options.registries.map((registry) => (0,_notary_server_js__WEBPACK_IMPORTED_MODULE_5__/* .notaryServerFor */ .A)({ registry }, options.notaryServer, options.env.DOCKER_CONTENT_TRUST_SERVER));
        const server = servers[0];
        const url = new URL(server);
        // As many as the transport's pool for the run will keep (workflows/verify.ts sizes it so).
        const count = firstWaveConnections(servers.map((s, i) => ({ repository: options.repositories?.[i] ?? String(i), server: s })), options.firstWave, options.maxSockets).get(url.host) ?? 0;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.dockerConfigDir, "tls", url.host), { throwIfNoEntry: false }))
            return Promise.resolve();
        const ca = options.ca;
        let text;
        if (ca && "file" in ca) {
            // Only a regular file: a pipe (--ca-cert <(…)) would be read here and then be empty for the
            // command, and a device might never end. Stat does not open it (opening a named pipe would
            // let its writer go on, to nobody); the read is bounded however the file changed since.
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(ca.file, { throwIfNoEntry: false });
            if (!stat?.isFile() || stat.size > MAX_CA_FILE_BYTES)
                return Promise.resolve();
            const bytes = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFileAtMostSync */ .y)(ca.file, MAX_CA_FILE_BYTES);
            if (!bytes)
                return Promise.resolve();
            text = bytes.toString("utf8");
        }
        else if (ca)
            text = ca.pem;
        const registryUrls = new Set((options.registryUrls ?? []).filter((u) => u !== undefined));
        return open([
            { url: server, count },
            ...[...registryUrls].map((registryUrl) => ({
                url: registryUrl,
                count: Math.min(options.registryWave ?? 0, options.maxSockets),
            })),
        ], 
        // The certificates as the transport is given them (each front end parses the CA text so); the
        // transport trusts them for every host, and docker's CA directory only for Notary servers.
        (parse) => (text === undefined ? [] : [parse(text, "CA")]));
    }
    catch {
        // No early connection: the requests open their own.
        return Promise.resolve();
    }
}
/** Closes every early connection not taken (tests). */
function dropEarlyConnections() {
    for (const list of waiting.values())
        for (const entry of list.splice(0))
            entry.socket.destroy();
    waiting.clear();
}


/***/ }),

/***/ 3848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ TunnelTimeoutError),
/* harmony export */   N4: () => (/* binding */ flattenHeaders),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   Uq: () => (/* binding */ DEFAULT_MAX_SOCKETS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl),
/* harmony export */   l_: () => (/* binding */ connectionsFor),
/* harmony export */   od: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_MS),
/* harmony export */   p1: () => (/* binding */ MANY_REPOSITORIES_MAX_SOCKETS)
/* harmony export */ });
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * Small parts of the HTTP transport: URLs as messages show them and as requests take them, the CA
 * certificates Node trusts by default, response headers and durations.
 */


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
/** Connections per host of a transport, unless it is given another number. */
const DEFAULT_MAX_SOCKETS = 16;
/**
 * How long a new connection may take to be set up (TCP, a proxy's tunnel, TLS), unless the
 * transport is given another bound: 10 s, the Go clients' bound on a TLS handshake.
 */
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/**
 * A tunnel through a proxy that was not opened in time. Named and coded as Node's and the AWS
 * SDK's own timeouts, so that a client that takes our agents (the SDK) retries it as one.
 */
class TunnelTimeoutError extends Error {
    name = "TimeoutError";
    code = "ETIMEDOUT";
    constructor(setupMs) {
        super(`no tunnel through the proxy within ${setupMs} ms`);
    }
}
/**
 * Connections per server when many repositories are read at once (verify): every repository's
 * first wave goes out together.
 */
const MANY_REPOSITORIES_MAX_SOCKETS = 64;
/**
 * Connections for `requests` sent together to one server, at most `max`: the fewest that take them
 * in as many rounds as `max` connections would. 100 requests on at most 64 connections take two
 * rounds either way, and 50 connections do it: each one more costs a TLS handshake on both sides
 * (the verify of 20 repositories: 488 ms on 50 connections against 538 on 64, in the bench's
 * setting) and saves no round trip.
 */
function connectionsFor(requests, max) {
    if (!(requests > 0) || !(max > 0))
        return 0;
    return Math.ceil(requests / Math.ceil(requests / max));
}
function parseHttpUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`not a valid URL: ${(0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedInput */ .bY)(raw, 200)}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported URL scheme ${url.protocol} in ${displayUrl(url)}; use http or https`);
    }
    return url;
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


/***/ }),

/***/ 6272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ notaryServerFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/* harmony import */ var _docker_hub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/** Which Notary server holds an image's trust data. */



/** Docker's choice (cli/trust/trust.go): the env override, notary.docker.io for Hub, else https://<registry>. */
function notaryServerFor(ref, explicit, envServer) {
    const chosen = explicit ||
        envServer ||
        ((0,_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .isHubCredentialHost */ .Ps)(ref.registry) ? "https://notary.docker.io" : `https://${ref.registry}`);
    // A URL with credentials in it is never quoted, whatever else is wrong with it.
    const withheld = chosen.includes("@") ? "(not shown: it holds an @)" : undefined;
    let url;
    try {
        url = new URL(chosen);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("notary-server")} ${withheld ?? JSON.stringify(chosen)} is not a URL`, {
            hint: "use https://host[:port]",
        });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("notary-server")} ${withheld ?? chosen} must be an https URL`);
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("notary-server")} must not carry credentials in the URL`, {
            hint: `use ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("registry-username")} and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("registry-password")}`,
        });
    return url.origin + url.pathname.replace(/\/+$/, "");
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ bypassedByNoProxy),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   oR: () => (/* binding */ proxyConfigFromEnv)
/* harmony export */ });
/* unused harmony export parseProxyUrl */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1066);
/**
 * Forward proxies, chosen as Go's net/http (and so docker and notary) chooses them: HTTPS_PROXY for
 * https URLs, HTTP_PROXY for http URLs, NO_PROXY for the exceptions, and loopback never proxied.
 * Pure: the front ends read the environment and pass the values in; nothing here reads it.
 *
 * NO_PROXY entries, comma- or space-separated: `*` (no proxy at all), a host or domain (`example.com`
 * matches it and its subdomains, `.example.com` and `*.example.com` only subdomains), any of those
 * with `:port`, an IP address, or a CIDR range of IP addresses.
 */




/** The variables, upper case first as Go reads them; an empty value counts as unset. */
function proxyConfigFromEnv(env) {
    const pick = (name) => {
        for (const n of [name, name.toLowerCase()]) {
            const v = env[n]?.trim();
            if (v)
                return { name: n, value: v };
        }
        return undefined;
    };
    const https = pick("HTTPS_PROXY");
    const http = pick("HTTP_PROXY");
    const noProxy = pick("NO_PROXY");
    if (!https && !http)
        return undefined;
    const parse = (v) => {
        try {
            return parseProxyUrl(v.value, v.name);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
                return { unusable: err };
            throw err;
        }
    };
    return {
        ...(https ? { https: parse(https) } : {}),
        ...(http ? { http: parse(http) } : {}),
        ...(noProxy ? { noProxy: noProxy.value } : {}),
    };
}
/** A proxy URL (`host:port` alone means http://host:port, as in Go); `variable` names it in errors. */
function parseProxyUrl(value, variable) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${variable} is not a proxy URL`, {
            hint: "write http://HOST:PORT (credentials as http://USER:PASSWORD@HOST:PORT)",
        });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${variable} uses ${url.protocol.replace(/:$/, "")}, which is not supported`, {
            hint: "use an http:// or https:// proxy",
        });
    }
    if (!url.hostname)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${variable} names no proxy host`, { hint: "write http://HOST:PORT" });
    // A proxy URL has no path. An `@` after the host is a password's `@` that was not encoded, after
    // a `/`, `?` or `#` of that password ended the host early: what stands as the host is then part
    // of the password, and neither is quoted.
    if (/@/.test(url.pathname + url.search + url.hash)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${variable} has an @ after its host: its credentials hold a character that must be encoded`, {
            hint: "percent-encode / ? # @ and : in the user name and password (%2F %3F %23 %40 %3A): http://USER:PASSWORD@HOST:PORT",
        });
    }
    const user = decoded(url.username);
    const password = decoded(url.password);
    const bare = new URL(`${url.protocol}//${url.host}`);
    if (!user && !password)
        return { url: bare, secrets: [] };
    const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    // The password is the secret, decoded and as written; with none, the user name is (a token given
    // as http://TOKEN@HOST:PORT).
    const secret = password ? [password, url.password] : [user, url.username];
    const secrets = [...new Set([...secret, authorization])].filter((s) => s.length > 0);
    for (const s of secrets)
        (0,_redaction_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(s);
    return { url: bare, authorization, secrets };
}
/**
 * The proxy variable that covers `url`'s scheme, and whether NO_PROXY exempts its host; undefined
 * when none covers it, or for a loopback host (never proxied).
 */
function configuredFor(url, config) {
    const server = url.protocol === "https:" ? config?.https : url.protocol === "http:" ? config?.http : undefined;
    if (!server)
        return undefined;
    const host = bareHost(url.hostname);
    if (isLoopbackHost(host))
        return undefined;
    const port = url.port || (url.protocol === "https:" ? "443" : "80");
    return { server, host, exempt: bypassed(host, port, config?.noProxy ?? "") };
}
/** Whether NO_PROXY sends a request to `url` past the proxy its scheme would go through. */
function bypassedByNoProxy(url, config) {
    const configured = configuredFor(url, config);
    return configured !== undefined && configured.exempt && !("unusable" in configured.server);
}
/**
 * The proxy that a request to `url` goes through, or undefined for a direct connection. Throws the
 * variable's UsageError when that proxy is one we cannot use.
 */
function proxyFor(url, config) {
    const configured = configuredFor(url, config);
    if (!configured || configured.exempt)
        return undefined;
    const { server, host } = configured;
    if ("unusable" in server) {
        const { unusable } = server;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${unusable.message}, and a request to ${url.host} would go through it`, {
            cause: unusable,
            ...(unusable.hint ? { hint: `${unusable.hint}, or exempt ${host} in NO_PROXY` } : {}),
        });
    }
    return server;
}
/**
 * The literal name `localhost` and loopback IP literals (127.0.0.0/8, ::1): never proxied, and plain
 * HTTP allowed as docker does. As in Go, no other name counts: `*.localhost` or `localhost.` may be
 * answered by upstream DNS with any address.
 */
function isLoopbackHost(hostname) {
    const host = bareHost(hostname).toLowerCase();
    if (host === "localhost")
        return true;
    if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv4(host))
        return host.startsWith("127.");
    if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(host)) {
        const parts = expandIPv6(host);
        // An IPv4-mapped address (::ffff:127.0.0.1, which a URL writes ::ffff:7f00:1) is IPv4's, as in Go.
        if (parts.slice(0, 5).every((p) => p === 0) && parts[5] === 0xffff)
            return parts[6] >> 8 === 127;
        return parts.every((part, i) => (i < 7 ? part === 0 : part === 1));
    }
    return false;
}
/** Whether NO_PROXY exempts host:port (host lower case, without brackets). */
function bypassed(rawHost, port, noProxy) {
    const host = rawHost.toLowerCase().replace(/\.$/, "");
    for (const raw of noProxy.split(/[\s,]+/)) {
        let entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === "*")
            return true;
        if (entry.includes("/")) {
            if (inCidr(host, entry))
                return true;
            continue;
        }
        let entryPort = "";
        const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (withPort) {
            entry = withPort[1];
            entryPort = withPort[2];
        }
        entry = asciiName(bareHost(entry).replace(/\.$/, ""));
        if (entryPort && entryPort !== port)
            continue;
        if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(entry)) {
            if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(host) && sameIp(entry, host))
                return true;
            continue;
        }
        if (entry.startsWith("*."))
            entry = entry.slice(1);
        if (entry.startsWith(".")) {
            if (host.endsWith(entry))
                return true;
        }
        else if (host === entry || host.endsWith(`.${entry}`)) {
            return true;
        }
    }
    return false;
}
/**
 * A NO_PROXY name as a URL gives a host: Unicode labels in punycode, as Go's idna does; a leading
 * `.` or `*.` kept.
 */
function asciiName(entry) {
    if (!/[^\x00-\x7f]/.test(entry))
        return entry;
    const lead = /^\*?\./.exec(entry)?.[0] ?? "";
    return lead + ((0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(entry.slice(lead.length)) || entry.slice(lead.length));
}
/** Percent-decoded user info; as written when it is not valid percent-encoding. */
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function bareHost(host) {
    return host.replace(/^\[(.*)\]$/, "$1");
}
function sameIp(a, b) {
    if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv4(a) && node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv4(b))
        return a === b;
    if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(a) && node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(b))
        return expandIPv6(a).join(":") === expandIPv6(b).join(":");
    return false;
}
function inCidr(host, cidr) {
    const [base, bitsText] = cidr.split("/");
    const bits = Number(bitsText);
    if (!base || !Number.isInteger(bits) || !node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(host))
        return false;
    const list = new (node_net__WEBPACK_IMPORTED_MODULE_0___default().BlockList)();
    try {
        list.addSubnet(base, bits, node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(base) ? "ipv6" : "ipv4");
    }
    catch {
        return false;
    }
    return list.check(host, node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(host) ? "ipv6" : "ipv4");
}
/** Eight 16-bit groups of an IPv6 address (the caller checked it is one). */
function expandIPv6(address) {
    let text = address.toLowerCase();
    const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
    if (v4) {
        const [a, b, c, d] = v4.slice(1).map(Number);
        text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    const fill = tail === undefined ? [] : new Array(8 - left.length - right.length).fill("0");
    return [...left, ...fill, ...right].map((g) => parseInt(g || "0", 16));
}


/***/ }),

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ onSecret),
/* harmony export */   bY: () => (/* binding */ quotedInput),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export forgetSecrets */
/**
 * The run's secrets, registered where each one is read or received: a key's passphrase and the
 * key itself, registry passwords and the Basic form that carries them, tokens a token service
 * issued, credentials from a docker config or a credential helper, a proxy's password, AWS
 * credentials. Importable from every layer, like errors.ts.
 *
 * - Text we show (messages, also those inside outputs, warnings, log lines, job summaries, the
 *   CLI's stderr) passes through `redactSecrets`, which replaces each registered secret and the
 *   user-info of any URL (`scheme://user:password@`). A server or helper that repeats a request
 *   back in its error, or a setting written with a password in it, then shows `***` where the
 *   secret was. Outputs and the CLI's stdout are data and are not redacted as a whole.
 * - The action forwards each secret to the runner as it is registered (`onSecret`), which masks it
 *   in the job's log; that covers secrets shorter than the ones redacted here, and text that is not
 *   ours.
 */
/** Registered secrets shorter than this are masked by the runner only: replacing them here would garble text. */
const MIN_REDACTED = 6;
/**
 * A shorter secret is replaced here too when it holds `#`, `:` or `[`: text for a GitHub Actions
 * log may get a zero-width space inside `##[` or a leading `::` (text.ts, workflowCommandFilter),
 * and the runner's mask, which looks for the secret as it is, would then miss it.
 */
const MIN_REDACTED_COMMAND_LIKE = 3;
const COMMAND_CHARS = /[#:[]/;
const redactedHere = (secret) => secret.length >= MIN_REDACTED || (secret.length >= MIN_REDACTED_COMMAND_LIKE && COMMAND_CHARS.test(secret));
const secrets = new Set();
/** The secrets to replace, longest first (a secret that holds another is replaced whole). */
let ordered = [];
const listeners = [];
/**
 * The parts of a secret that are registered: the value and each line of it, trimmed (a PEM body
 * line by line, as a log may show one line of it), without the lines that are not secret: armour
 * lines and `Name: value` headers (`role:`, `Proc-Type:`), which would hide names in a log.
 */
function partsOf(value) {
    const parts = [value];
    if (/[\r\n]/.test(value)) {
        for (const raw of value.split(/\r?\n|\r/)) {
            const line = raw.trim();
            if (line.length < 4 || /^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line) || /^[A-Za-z-]+: \S/.test(line))
                continue;
            parts.push(line);
        }
    }
    return parts;
}
/** Registers a secret (empty and undefined values are ignored); listeners hear each new part. */
function registerSecret(value) {
    if (!value)
        return;
    let added = false;
    for (const part of partsOf(value)) {
        if (secrets.has(part))
            continue;
        secrets.add(part);
        added = true;
        for (const listener of listeners)
            listener(part);
    }
    if (added)
        ordered = [...secrets].filter(redactedHere).sort((a, b) => b.length - a.length);
}
/** Calls `listener` with each secret part registered from now on, and with those registered so far. */
function onSecret(listener) {
    listeners.push(listener);
    for (const part of secrets)
        listener(part);
}
/** The placeholders of our own advice (`http://USER:PASSWORD@HOST:PORT`), which stay. */
const PLACEHOLDER_USER_INFO = /^(USER:PASSWORD|USER|TOKEN)$/;
const SCHEME_CHAR = /[a-z0-9+.-]/i;
/**
 * `text` with every URL's user-info replaced by `***`, whether or not the URL parses: in each run
 * of text without white space, from the first `scheme://` to the last `@` of the run, so that a
 * password written with `@`, `/`, `?`, `#` or a quote in it goes whole (a URL parser would end the
 * host at the `/`). More is hidden that way, never less. One pass over the text (a regular
 * expression here backtracks for each position of a long run, a quadratic time on what a server
 * sends).
 */
function redactUserInfo(text) {
    if (!text.includes("://"))
        return text;
    let out = "";
    let from = 0;
    for (const run of text.matchAll(/\S+/g)) {
        const start = run.index;
        const word = run[0];
        const sep = word.indexOf("://");
        const at = word.lastIndexOf("@");
        if (sep <= 0 || at <= sep + 3)
            continue;
        let scheme = sep;
        while (scheme > 0 && SCHEME_CHAR.test(word[scheme - 1]))
            scheme--;
        if (scheme === sep || !/[a-z]/i.test(word[scheme]))
            continue;
        if (PLACEHOLDER_USER_INFO.test(word.slice(sep + 3, at)))
            continue;
        out += `${text.slice(from, start + sep + 3)}***`;
        from = start + at;
    }
    return out + text.slice(from);
}
/** `text` with every registered secret and every URL's user-info replaced by `***`. */
function redactSecrets(text) {
    let out = text;
    for (const secret of ordered)
        if (out.includes(secret))
            out = out.split(secret).join("***");
    return redactUserInfo(out);
}
/**
 * Input quoted in a message (JSON string syntax), at most `max` characters of it: cleared of
 * secrets before it is cut, so that a cut cannot keep half a secret or drop the `@` that marks
 * a URL's user-info.
 */
function quotedInput(text, max) {
    const clear = redactSecrets(text);
    return JSON.stringify(clear.slice(0, max));
}
/** Forgets every secret and listener (tests). */
function forgetSecrets() {
    secrets.clear();
    ordered = [];
    listeners.length = 0;
}


/***/ }),

/***/ 3705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XT: () => (/* binding */ parseInsecureRegistries),
/* harmony export */   cK: () => (/* binding */ listedAsInsecure),
/* harmony export */   nZ: () => (/* binding */ firstBaseUrl)
/* harmony export */ });
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1987);
/**
 * Registries reached over plain http: the insecure-registry entries a user lists, and the scheme a
 * registry client starts with. Light on imports: the entry points read these before the transport
 * is loaded (net/early-connections.ts).
 */



/**
 * The base URL a RegistryClient with these insecure registries starts with for `ref`: plain http
 * for a listed registry, https for any other but a loopback one, and undefined for an unlisted
 * loopback registry, whose scheme is found by trying (https, then plain http). Entries that do not
 * parse make it undefined too: the client refuses them.
 */
function firstBaseUrl(ref, insecureHosts) {
    let listed;
    try {
        listed = parseInsecureRegistries(insecureHosts);
    }
    catch {
        return undefined;
    }
    if (listedAsInsecure(ref, new Set(listed)))
        return `http://${ref.apiHost}`;
    if ((0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopbackHost */ .cW)(new URL(`https://${ref.apiHost}`).hostname))
        return undefined;
    return `https://${ref.apiHost}`;
}
/** Whether `ref`'s registry, by its name or its API host, is among `listed` (parsed entries). */
function listedAsInsecure(ref, listed) {
    return listed.has(ref.registry.toLowerCase()) || listed.has(ref.apiHost.toLowerCase());
}
/**
 * Insecure-registry entries as host[:port], lower case. `http://host:port` means the same (docker
 * strips the scheme with a warning); any other scheme, a path or an empty host is refused with a
 * USAGE error whose code is INSECURE_REGISTRY, so the front end can name its input or flag.
 */
function parseInsecureRegistries(entries) {
    return entries.map((raw) => {
        const entry = raw.trim();
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(entry);
        if (scheme && scheme[1].toLowerCase() !== "http") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`insecure registry ${(0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedInput */ .bY)(entry, 200)} names the scheme ${scheme[1]}: an insecure registry is reached over plain http`, {
                code: "INSECURE_REGISTRY",
                hint: "write HOST:PORT (or http://HOST:PORT); a registry with TLS needs no entry",
            });
        }
        const host = (scheme ? entry.slice(scheme[0].length) : entry).replace(/\/+$/, "");
        if (!/^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(:\d{1,5})?$/i.test(host)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`insecure registry ${(0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedInput */ .bY)(entry, 200)} is not HOST[:PORT]`, {
                code: "INSECURE_REGISTRY",
                hint: "write HOST:PORT, e.g. registry.internal:5000",
            });
        }
        return host.toLowerCase();
    });
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   SU: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2187);
/* harmony import */ var _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/**
 * Image references parsed as Docker does (github.com/distribution/reference: regexp.go grammar,
 * normalize.go `ParseNormalizedNamed`): `[domain[:port]/]path[:tag][@sha256:hex]`. A first path
 * element is a domain when it contains "." or ":", is "localhost", or has upper-case letters;
 * otherwise the image is on Docker Hub ("alpine" -> docker.io/library/alpine).
 */





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
const TAG = new RegExp(`^${tagPat}$`);
/** Parses `input` like `docker pull` does; throws UsageError saying what is wrong. */
function parseReference(input) {
    const s = input.trim();
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid image reference ${(0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedInput */ .bY)(s, 300)}: ${why}`);
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
    if (digest !== undefined && !(0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isSha256Digest */ .q9)(digest)) {
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
        apiHost: registry === _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$ ? _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_API_HOST */ .WR : registry,
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
        return [_net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$, `library/${s}`];
    const maybeDomain = s.slice(0, slash);
    const rest = s.slice(slash + 1);
    let domain;
    let remainder;
    if (maybeDomain === "localhost" || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
        domain = maybeDomain === _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_LEGACY_DOMAIN */ .hZ ? _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$ : maybeDomain;
        remainder = rest;
    }
    else {
        domain = _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$;
        remainder = s;
    }
    if (domain === _net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$ && !remainder.split(/[:@]/)[0].includes("/"))
        remainder = `library/${remainder}`;
    return [domain, remainder];
}
function explainMismatch(remainder) {
    const at = remainder.indexOf("@");
    const beforeDigest = at >= 0 ? remainder.slice(0, at) : remainder;
    const colon = beforeDigest.lastIndexOf(":");
    const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
    if (at >= 0 &&
        !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(remainder.slice(at + 1))) {
        return "the digest must look like sha256:<64 hexadecimal characters>";
    }
    if (tag !== undefined && !TAG.test(tag)) {
        return "a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";
    }
    return "the name must be [registry[:port]/]path with lower-case path components of letters and digits separated by '.', '_', '__' or '-'";
}
/** Checks one tag (`v1`, `latest`) as Docker does; throws UsageError naming it. */
function parseTag(tag) {
    if (!TAG.test(tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid tag ${JSON.stringify(tag.slice(0, 200))}: a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return tag;
}
/** `name[:tag][@digest]`, fully qualified unless `familiar` is set. */
function formatReference(ref, options = {}) {
    let name = ref.name;
    if (options.familiar && name.startsWith(`${_net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$}/`)) {
        name = name.slice(_net_docker_hub_js__WEBPACK_IMPORTED_MODULE_2__/* .HUB_DOMAIN */ .L$.length + 1);
        const official = name.slice("library/".length);
        if (name.startsWith("library/") && !official.includes("/"))
            name = official;
    }
    return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}
/** The repository of `text`; a tag is refused unless the command takes one. */
function parseRepository(text, allowTag = false) {
    const ref = parseReference(text);
    if (ref.digest && allowTag) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${text} names a digest, but what is revoked is a signed tag`, {
            hint: `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("image")} as ${ref.name}:TAG`,
        });
    }
    if (ref.digest || (ref.tag && !allowTag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${text} names an image, not a repository`, {
            hint: `give the repository alone, e.g. ${ref.name}`,
        });
    }
    return ref;
}


/***/ }),

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ inputLines),
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
/**
 * Lists as the inputs and flags give them: lines of a multi-line value, and items one a line or
 * comma-separated. Without imports: the entry points read them before anything else is loaded.
 */
/**
 * Lines of a multi-line value: trimmed, without blank lines and lines that start with `#`. A `#`
 * later in a line stays, and so do commas: a line's value may hold either (`NAME=a,b#c`).
 */
function inputLines(input) {
    if (input === undefined)
        return [];
    const lines = typeof input === "string" ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
    return lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
/**
 * Items of a list (tags, roles, signers, hosts), one a line or comma-separated: a `#` starts a
 * comment to the end of its line; blanks are dropped.
 */
function splitList(input) {
    return inputLines(input)
        .flatMap((line) => line.replace(/#.*$/, "").split(","))
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ goHtmlEscape),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   DX: () => (/* binding */ clipLine),
/* harmony export */   EE: () => (/* binding */ messageLine),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   L_: () => (/* binding */ workflowCommandFilter),
/* harmony export */   di: () => (/* binding */ workflowLogText),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1066);
/**
 * Text that came from elsewhere (a server's names and messages, a person's input) made safe for
 * where it is shown: one function per target, each saying what that target would otherwise do
 * with it. Importable from every layer, like errors.ts.
 *
 * - a message line (errors, log lines): no line breaks, no terminal control sequences;
 * - a terminal (the CLI's output): control characters shown as `?`;
 * - a GitHub Actions log line: a message line that the runner reads as no workflow command;
 * - Markdown (job summaries): inline text and code spans, safe inside a table cell;
 * - JSON as Go writes it: HTML-significant characters escaped.
 */

/**
 * C0 controls (line breaks, ESC that starts an ANSI sequence), DEL, C1 controls (U+009B is a
 * one-character CSI on many terminals, U+0085 a line break) and the Unicode line and paragraph
 * separators.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * One line of a message. A line break in a name a server chose would let the server start a
 * line of its own in a CI log (a forged workflow command, a fake "signed" line); an ANSI escape
 * would let it recolour or erase what is shown. Each control character becomes a space.
 */
function messageLine(text) {
    return text.replace(CONTROL, " ");
}
/** Text for a terminal: each control character shown as `?`, so a removed byte stays visible. */
function terminalText(text) {
    return text.replace(CONTROL, "?");
}
/**
 * Text for a GitHub Actions log line (plain output or an annotation's message): one line that the
 * runner reads as no workflow command (workflowCommandFilter). A `::` inside the line stays as it
 * is, so that an ARN (`arn:aws:iam::111122223333:role/…`) or an IPv6 address (`[::1]:5000`) that a
 * reader copies out of the log is the one that was meant.
 */
function workflowLogText(text) {
    return workflowCommandFilter()(messageLine(text));
}
/**
 * White space that the runner trims from the start of a line (.NET's TrimStart), and more: JavaScript's
 * `\s` without the line breaks, with U+0085 and U+180E.
 */
const RUNNER_SPACE = "[\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff\\u0085\\u180e]";
/** The first of two colons that start a line, after its leading white space. */
const LEADING_COLONS = new RegExp(`(^|[\\r\\n])(${RUNNER_SPACE}*):(?=:)`, "g");
/** A line so far that is white space, or white space and a colon. */
const BLANK = new RegExp(`^${RUNNER_SPACE}*$`);
const BLANK_THEN_COLON = new RegExp(`^${RUNNER_SPACE}*:$`);
/**
 * A filter for text written, in any number of pieces, to an output whose lines a GitHub Actions
 * runner reads for workflow commands. The runner reads them in two forms (actions/runner,
 * ActionCommand.cs): `::name …::data` only at the start of a line, after any leading white space,
 * and the older `##[name …]data` anywhere in a line. A zero-width space breaks both: between the
 * two colons that start a line, and between every `##` and `[`. Lines end at `\n` and at `\r`, as
 * the runner reads them; a piece may end anywhere, even inside `##[`.
 *
 * `jsonSafe`, for output that may be JSON: the `[` of `##[` is written `\u005b` instead, which a
 * JSON reader reads back as `[` (JSON has `##[` only inside a string, and no line of it starts with
 * `::`), so that JSON data stays the same data.
 *
 * Each piece is read with a few characters standing for what came before it (`context`): a line
 * break when the line so far is white space, that and a colon when it ends in the first colon, else
 * a letter and the `#`s it ends in. They come out unchanged in front, and are cut off again.
 */
function workflowCommandFilter(jsonSafe = false) {
    const bracket = jsonSafe ? "##\\u005b" : "##\u200b[";
    let context = "\n";
    return (text) => {
        if (text === "")
            return text;
        const before = context;
        const withContext = before + text;
        const out = withContext.replace(/##\[/g, bracket).replace(LEADING_COLONS, "$1$2:\u200b");
        const line = withContext.slice(Math.max(withContext.lastIndexOf("\n"), withContext.lastIndexOf("\r")) + 1);
        context = BLANK.test(line)
            ? "\n"
            : BLANK_THEN_COLON.test(line)
                ? "\n:"
                : line.endsWith("##")
                    ? "x##"
                    : line.endsWith("#")
                        ? "x#"
                        : "x";
        return out.slice(before.length);
    };
}
const MARKDOWN_ESCAPES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
/**
 * Inline Markdown text, also safe in a table cell: one line; HTML (`<`, `>`, `&`) as entities;
 * backslash, backtick, `*`, `[`, `]` and `|` backslash-escaped, so a name cannot open a code span,
 * emphasis, a link or an image, or end a table cell. Underscores stay: GitHub does not emphasise
 * inside a word, and names (`my_app`) are full of them.
 */
function markdownText(text) {
    return messageLine((0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)).replace(/[\\`*[\]|<>&]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`);
}
/**
 * A Markdown code span holding `text` verbatim, also safe in a table cell: one line, fenced by one
 * backtick more than the longest run of backticks inside, and `|` escaped (GitHub splits table
 * cells before it reads code spans; `\|` is its one escape that works inside them).
 */
function markdownCode(text) {
    const line = messageLine((0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)).replace(/\|/g, "\\|");
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return `${fence}${pad}${line}${pad}${fence}`;
}
/**
 * At most `max` characters of one line, runs of white space folded, `…` where it was cut. For
 * quoting a service's message inside one of ours: cleared of the run's secrets first
 * (redaction.ts), so that a cut or a folded space cannot keep part of one.
 */
function clipLine(text, max) {
    const line = messageLine((0,_redaction_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)).replace(/\s+/g, " ").trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
const GO_HTML = /[<>&\u2028\u2029]/g;
/**
 * What Go's encoding/json does inside JSON strings and to a RawMessage it compacts: `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\u003c`…; JSON.stringify writes them as they are.
 */
function goHtmlEscape(json) {
    return json.replace(GO_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** The first `max` items joined with ", ", and how many more there are. */
function listed(items, max) {
    const shown = items.slice(0, max).join(", ");
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}


/***/ }),

/***/ 3395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ describeWithFix),
/* harmony export */   JW: () => (/* binding */ fixHint),
/* harmony export */   MZ: () => (/* binding */ phrase),
/* harmony export */   PM: () => (/* binding */ step),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   XX: () => (/* binding */ render)
/* harmony export */ });
/* unused harmony export plain */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Words that depend on the front end. The action names inputs (`signer-key`), the CLI names flags
 * (`--signer-key FILE`); "run the renew action" and "run content-trust renew" are the same advice.
 * Code below the front ends never writes such a word itself: it writes a term (`setting`, `step`,
 * `phrase`), and each front end renders every line it prints with its own vocabulary.
 *
 * A term travels inside ordinary message strings (error messages, hints, warnings, verify results)
 * as a token between two private-use characters, so it survives every layer that passes text
 * along; `render` replaces it at the edge. Unknown tokens render as nothing.
 */

// Private-use characters around a term: a setting, a phrase, a step (with an optional subject).
const SETTING = "\uE000";
const PHRASE = "\uE002";
const STEP = "\uE003";
const SUBJECT = "\uE004";
const END = "\uE001";
const TOKEN = /([\uE000\uE002\uE003])([a-z-]+)(?:\uE004([^\uE000-\uE004]*))?\uE001/g;
/** A setting, as the front end names it (`signer-key` / `--signer-key FILE`). */
function setting(name) {
    return `${SETTING}${name}${END}`;
}
/** A next step (`a step with uses: …/renew` / `content-trust renew REPO`). */
function step(name, subject) {
    return `${STEP}${name}${subject === undefined ? "" : SUBJECT + subject.replace(/[\uE000-\uE004]/g, "")}${END}`;
}
function phrase(name) {
    return `${PHRASE}${name}${END}`;
}
/** Text with every term replaced by the vocabulary's words. */
function render(text, words) {
    return text.replace(TOKEN, (_all, kind, name, subject) => {
        if (kind === SETTING && Object.hasOwn(words.setting, name))
            return words.setting[name];
        if (kind === PHRASE && Object.hasOwn(words.phrase, name))
            return words.phrase[name];
        if (kind === STEP)
            return words.step(name, subject) ?? "";
        return "";
    });
}
/** The front end's hint for `err`, by its code; undefined when the error's own hint fits. */
function fixHint(err, fixes) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru) || !Object.hasOwn(fixes, err.code))
        return undefined;
    const host = (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP ? err.host : undefined) ?? "the server";
    return fixes[err.code]?.(host);
}
/** describeError with the front end's hint where it has one. */
function describeWithFix(err, fixes) {
    const hint = fixHint(err, fixes);
    return hint && err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? `${err.message}; ${hint}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
}
/** Text with its terms in their neutral form (the setting's name), for places no front end reads. */
function plain(text) {
    return text.replace(TOKEN, (_all, _kind, name, subject) => subject ? `${name} ${subject}` : name);
}


/***/ })

};
