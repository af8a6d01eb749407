export const id = 541;
export const ids = [541];
export const modules = {

/***/ 231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isStandardBase64),
/* harmony export */   N: () => (/* binding */ standardBase64ByteLength)
/* harmony export */ });
/**
 * Standard base64 (RFC 4648 §4, with padding) as Go's base64.StdEncoding accepts it: whole groups
 * of four characters from the standard alphabet, the last group padded with one or two `=`.
 *
 * A loop over character codes rather than a regular expression: a role of 10,000 tags holds 10,000
 * digests, and each is checked every time the role is read.
 */
/** 1 for each character of the standard alphabet, by character code. */
const ALPHABET = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    ALPHABET[c.charCodeAt(0)] = 1;
const PAD = 0x3d;
/** True when `s` is standard padded base64 (the empty string included). */
function isStandardBase64(s) {
    const n = s.length;
    if (n % 4 !== 0)
        return false;
    let end = n;
    if (n > 0 && s.charCodeAt(n - 1) === PAD)
        end = s.charCodeAt(n - 2) === PAD ? n - 2 : n - 1;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c >= 128 || ALPHABET[c] === 0)
            return false;
    }
    return true;
}
/**
 * How many bytes standard padded base64 decodes to, counted from its length and padding without
 * decoding it; only for a string isStandardBase64 accepts.
 */
function standardBase64ByteLength(s) {
    const n = s.length;
    const padding = n > 0 && s.charCodeAt(n - 1) === PAD ? (s.charCodeAt(n - 2) === PAD ? 2 : 1) : 0;
    return (n / 4) * 3 - padding;
}


/***/ }),

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ derSet),
/* harmony export */   Cf: () => (/* binding */ derOctetString),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   LU: () => (/* binding */ childrenOf),
/* harmony export */   SU: () => (/* binding */ readDer),
/* harmony export */   UQ: () => (/* binding */ derBitString),
/* harmony export */   Ug: () => (/* binding */ EncodingError),
/* harmony export */   Ut: () => (/* binding */ childAt),
/* harmony export */   Wg: () => (/* binding */ derExplicit),
/* harmony export */   _2: () => (/* binding */ derOid),
/* harmony export */   cl: () => (/* binding */ derBoolean),
/* harmony export */   dV: () => (/* binding */ derUnsigned),
/* harmony export */   dh: () => (/* binding */ oidToString),
/* harmony export */   i5: () => (/* binding */ derInteger),
/* harmony export */   ih: () => (/* binding */ readSmallInteger),
/* harmony export */   kC: () => (/* binding */ derDirectoryString),
/* harmony export */   oD: () => (/* binding */ readWhole),
/* harmony export */   qH: () => (/* binding */ encodeDer),
/* harmony export */   tm: () => (/* binding */ derTime),
/* harmony export */   xy: () => (/* binding */ derSequence)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The little DER (ASN.1) this package needs: read one TLV at a time, and build the few structures
 * key files and certificates contain. Not a general ASN.1 library: definite lengths only,
 * single-byte tags only.
 */

/** A PEM or DER encoding that cannot be read. The message never quotes the bytes. */
class EncodingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru {
    constructor(message, options = {}) {
        super("MALFORMED_ENCODING", message, options);
    }
}
const TAG = {
    boolean: 0x01,
    integer: 0x02,
    bitString: 0x03,
    octetString: 0x04,
    null: 0x05,
    oid: 0x06,
    utf8String: 0x0c,
    printableString: 0x13,
    utcTime: 0x17,
    generalizedTime: 0x18,
    sequence: 0x30,
    set: 0x31,
};
/** Reads the TLV that starts at `offset`. */
function readDer(source, offset = 0) {
    if (offset + 2 > source.length)
        throw new EncodingError("truncated DER");
    const tag = source[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new EncodingError("multi-byte DER tags are not supported");
    let length = source[offset + 1];
    let pos = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4)
            throw new EncodingError("unsupported DER length");
        if (pos + count > source.length)
            throw new EncodingError("truncated DER");
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + source[pos + i];
        pos += count;
        if (length < 0x80 || (count > 1 && source[pos - count] === 0))
            throw new EncodingError("non-minimal DER length");
    }
    if (pos + length > source.length)
        throw new EncodingError("truncated DER");
    return { tag, content: source.subarray(pos, pos + length), start: offset, end: pos + length };
}
/** Reads a whole buffer as exactly one TLV with the expected tag. */
function readWhole(source, tag) {
    const node = readDer(source);
    if (node.tag !== tag)
        throw new EncodingError(`expected DER tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
    if (node.end !== source.length)
        throw new EncodingError("trailing bytes after DER structure");
    return node;
}
/** The children of a constructed node, in order. */
function childrenOf(node) {
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
function childAt(children, index, tag, what) {
    const child = children[index];
    if (!child || child.tag !== tag)
        throw new EncodingError(`missing or malformed ${what}`);
    return child;
}
/** Dotted form of an OBJECT IDENTIFIER's content bytes. */
function oidToString(content) {
    if (content.length === 0)
        throw new EncodingError("empty OID");
    const arcs = [];
    let value = 0;
    for (const byte of content) {
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER)
            throw new EncodingError("OID arc too large");
        if (!(byte & 0x80)) {
            arcs.push(value);
            value = 0;
        }
    }
    if (content[content.length - 1] & 0x80)
        throw new EncodingError("truncated OID");
    const first = arcs.shift();
    const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
    return [...head, ...arcs].join(".");
}
/** A non-negative INTEGER small enough for a JS number (iteration counts, versions). */
function readSmallInteger(node, what) {
    if (node.tag !== TAG.integer || node.content.length === 0 || node.content.length > 6) {
        throw new EncodingError(`malformed ${what}`);
    }
    if (node.content[0] & 0x80)
        throw new EncodingError(`negative ${what}`);
    return node.content.readUIntBE(0, node.content.length);
}
function lengthBytes(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let n = length; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/** One TLV. */
function encodeDer(tag, content) {
    return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}
function derSequence(...items) {
    return encodeDer(TAG.sequence, Buffer.concat(items));
}
function derOctetString(content) {
    return encodeDer(TAG.octetString, content);
}
/** A non-negative INTEGER from a JS number, minimal as DER requires. */
function derInteger(value) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new EncodingError("bad INTEGER value");
    const bytes = [];
    for (let n = value; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    if (bytes.length === 0 || bytes[0] & 0x80)
        bytes.unshift(0);
    return encodeDer(TAG.integer, Buffer.from(bytes));
}
function derOid(dotted) {
    const arcs = dotted.split(".").map(Number);
    if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
        throw new EncodingError("bad OID");
    const values = [arcs[0] * 40 + arcs[1], ...arcs.slice(2)];
    const bytes = [];
    for (const value of values) {
        const chunk = [value & 0x7f];
        for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128))
            chunk.unshift((n & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return encodeDer(TAG.oid, Buffer.from(bytes));
}
function derSet(...items) {
    return encodeDer(TAG.set, Buffer.concat(items));
}
/** A non-negative INTEGER from big-endian bytes (leading zeros trimmed, one added for the sign bit). */
function derUnsigned(bytes) {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0)
        i++;
    const trimmed = Buffer.from(bytes.subarray(i));
    return encodeDer(TAG.integer, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function derBitString(bytes) {
    return encodeDer(TAG.bitString, Buffer.concat([Buffer.from([0]), bytes]));
}
function derBoolean(value) {
    return encodeDer(TAG.boolean, Buffer.from([value ? 0xff : 0]));
}
/** An explicitly tagged, constructed context element `[n]`. */
function derExplicit(n, inner) {
    return encodeDer(0xa0 | n, inner);
}
/** PrintableString when the text allows it (as Go's asn1 does), else UTF8String. */
function derDirectoryString(text) {
    return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text)
        ? encodeDer(TAG.printableString, Buffer.from(text, "ascii"))
        : encodeDer(TAG.utf8String, Buffer.from(text, "utf8"));
}
/** UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5), seconds precision. */
function derTime(epochMs) {
    const iso = new Date(Math.floor(epochMs / 1000) * 1000).toISOString();
    const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
    return Number(iso.slice(0, 4)) < 2050
        ? encodeDer(TAG.utcTime, Buffer.from(digits.slice(2)))
        : encodeDer(TAG.generalizedTime, Buffer.from(digits));
}


/***/ }),

/***/ 1588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ encodePem),
/* harmony export */   v: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(231);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/**
 * PEM blocks with RFC 1421 headers, read leniently (CRLF, surrounding text, several blocks) and
 * written exactly as Go's `encoding/pem.EncodeToMemory` does, because notary compares and names
 * keys by those bytes.
 */


const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----$/;
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
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`PEM block ${type} has no END line`);
        const base64 = body.join("");
        if (!(0,_base64_js__WEBPACK_IMPORTED_MODULE_0__/* .isStandardBase64 */ .J)(base64)) {
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`PEM block ${type} has a body that is not base64`);
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
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("PEM header names cannot contain ':' and values cannot contain line breaks");
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


/***/ }),

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
/* harmony export */   X: () => (/* binding */ eventLoopTurns)
/* harmony export */ });
/**
 * Waiting for the event loop itself: after `count` turns (setImmediate), the I/O callbacks, socket
 * writes and close events that were due when it was called have run.
 */
async function eventLoopTurns(count = 1) {
    for (let i = 0; i < count; i++)
        await new Promise((resolve) => setImmediate(resolve));
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ AuthSession)
});

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
    clientId;
    pushFromStart;
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
        (0,redaction/* registerSecret */.cl)(token);
        if (typeof body.refresh_token === "string" && body.refresh_token)
            (0,redaction/* registerSecret */.cl)(body.refresh_token);
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
        return new errors/* ServerError */.gP(access === "pull" ? "PULL_DENIED" : "PUSH_DENIED", `${hostOf(url)} refused ${what} access to ${this.repository} for ${this.describeCredentials()} (${answer} on ${method} ${(0,http/* displayUrl */.Q)(url)})`, {
            status,
            url: (0,http/* displayUrl */.Q)(url),
            hint: this.credentials
                ? `these credentials may not ${what}${access === "pull" ? "" : " to"} ${this.repository}: grant them ${what} access, or use credentials that have it`
                : `log in to ${hostOf(this.baseUrl)} first (docker login or docker/login-action) or pass registry credentials`,
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
                throw unreachable(url, method, err.nodeCode, route.proxy);
        }
        try {
            return await once();
        }
        catch (err) {
            if (!(err instanceof StaleSocketError) || signal.aborted)
                throw err;
            throw unreachable(url, method, err.nodeCode, route.proxy);
        }
    }
    catch (err) {
        if (!(err instanceof NotTlsError) || signal.aborted)
            throw err;
        // Go's client reads the first bytes of the answer to tell "server gave HTTP response to HTTPS
        // client"; Node only says EPROTO. One plain-HTTP request to the same host and port, through the
        // same proxy, tells the two apart: any HTTP answer means the server speaks plain HTTP.
        const plain = await speaksPlainHttp(router, url, route.proxy ?? null, signal, setupMs);
        const shown = `${method} ${(0,http_parts/* displayUrl */.Qy)(url)}`;
        if (plain) {
            throw new errors/* ServerError */.gP("PLAIN_HTTP", `${url.host} answered plain HTTP to an HTTPS request for ${shown}`, {
                url: (0,http_parts/* displayUrl */.Qy)(url),
                hint: "the server does not speak TLS: reach it over http",
            });
        }
        throw (0,tls_trust/* tlsFailure */.kL)(err.nodeCode, url.host, shown, (0,http_parts/* displayUrl */.Qy)(url), tlsOptions.caGiven === true);
    }
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
function unreachable(url, method, code, proxy) {
    const shown = (0,http_parts/* displayUrl */.Qy)(url);
    if (proxy) {
        return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} through the proxy ${proxy.url.host} for ${method} ${shown} (${code || "connection error"})`, { url: shown });
    }
    return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} for ${method} ${shown} (${code || "connection error"})`, { url: shown });
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
        const notSetUp = () => unreachable(url, method, `no connection within ${(0,http_parts/* formatMs */._V)(setupMs)}`, route.proxy);
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
            if (TLS_CODES.test(code))
                return fail((0,tls_trust/* tlsFailure */.kL)(code, url.host, `${method} ${shown}`, shown, tlsOptions.caGiven === true));
            fail(unreachable(url, method, code, route.proxy));
        });
        request.on("response", (res) => {
            const status = res.statusCode ?? 0;
            if (route.proxy && (status === 407 || (refusedTunnel !== undefined && status < 500))) {
                // A refused tunnel's answer is the proxy's (a 5xx one says it could not reach the target,
                // and is retried like the target's own 5xx); 407 is the proxy asking for credentials.
                res.resume();
                return fail((0,net_route/* proxyRefusal */.v)(route.proxy, status, url.host, `${method} ${shown}`, shown));
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
                fail(new errors/* ServerError */.gP("CONNECTION_RESET", `connection to ${url.host} closed while reading the response to ${method} ${shown} (${err?.code ?? "incomplete body"})`, { status, url: shown }));
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
            known = extra.length === 0 ? { caGiven: false } : { caGiven: true, secureContext: (0,tls_context/* contextWithExtraCas */.Jp)(extra) };
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
                throw new errors/* ServerError */.gP("TIMEOUT", `${req.method} ${(0,http_parts/* displayUrl */.Qy)(url)} did not complete within ${(0,http_parts/* formatMs */._V)(timeoutMs)}`, { url: (0,http_parts/* displayUrl */.Qy)(url), cause: err });
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
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   eV: () => (/* binding */ describeRetry),
/* harmony export */   hL: () => (/* binding */ triedTimes),
/* harmony export */   i5: () => (/* binding */ RetriesExhaustedError)
/* harmony export */ });
/* unused harmony export parseRetryAfter */
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8547);
/**
 * Retries for idempotent requests (GET, HEAD) on transient failures: 408, 429 and 5xx answers
 * (except 501 Not Implemented), and UNREACHABLE / TIMEOUT / CONNECTION_RESET errors. Jittered
 * exponential backoff, `Retry-After` honoured up to `maxDelayMs`. POST, PUT and DELETE pass through
 * untouched: whether a write may be repeated is the caller's decision.
 */



/** `GET https://notary.example/v2/…/timestamp.json failed (TIMEOUT); retrying in 812 ms (attempt 2 of 4)`. */
function describeRetry(e) {
    return `${e.method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Q)(e.url)} failed (${e.reason}); retrying in ${e.delayMs} ms (attempt ${e.attempt + 1} of ${e.attempts})`;
}
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
                reason = err.code;
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _early_connections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8976);
/* harmony import */ var _http_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3848);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1987);
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
            Tunnel = boundedTunnel(m.HttpsProxyAgent, options.setupMs ?? _http_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONNECT_TIMEOUT_MS */ .od, opening);
        })
        : Promise.resolve();
    // Awaited by each request; until then a failure to load must not count as unhandled.
    ready.catch(() => undefined);
    const isReady = () => Tunnel !== undefined || !(options.proxy?.https || options.proxy?.http);
    const forwarders = new Map();
    const all = () => [direct.http, direct.https, ...tunnels.values(), ...forwarders.values()];
    const tunnelTo = (proxy) => {
        let agent = tunnels.get(proxy.url.href);
        if (!agent) {
            if (!Tunnel)
                throw new Error("route() before the router is ready");
            agent = new Tunnel(proxy.url.href, {
                ...agentOptions,
                ...(proxy.authorization ? { headers: { "Proxy-Authorization": proxy.authorization } } : {}),
            });
            tunnels.set(proxy.url.href, agent);
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
        const proxy = via === null ? undefined : (via ?? (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyFor */ .iJ)(url, options.proxy));
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
                    agent: tunnelTo(proxy),
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
            if (!isReady()) {
                ready.then(() => then(pick(host, port)), (err) => then(undefined, err));
                return;
            }
            then(pick(host, port));
        };
        function pick(host, port) {
            const url = new URL(`${secure ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}${port ? `:${port}` : ""}/`);
            const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyFor */ .iJ)(url, options.proxy);
            // A client that takes an agent cannot send absolute-form requests: tunnel http through CONNECT too.
            if (proxy)
                return tunnelTo(proxy);
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
                tunnel = super.connect(req, opts);
            }
            finally {
                own.connectOpts = base;
            }
            try {
                return await tunnel;
            }
            catch (err) {
                throw late ? new _http_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .TunnelTimeoutError */ .AN(setupMs) : err;
            }
            finally {
                // Once open, the tunnel is the request's (and then the pool's): nothing here stops it.
                clearTimeout(timer);
                opening.delete(stop);
            }
        }
    };
}
/** The proxy's own refusal: 407 (it wants credentials) or a refused CONNECT to `host`. */
function proxyRefusal(proxy, status, host, request, url) {
    return status === 407
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("PROXY_AUTH", `the proxy ${proxy.url.host} wants credentials (407) for ${request}`, {
            status,
            url,
            hint: "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT",
        })
        : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("PROXY_REFUSED", `the proxy ${proxy.url.host} refused to connect to ${host} (${status}) for ${request}`, { status, url, hint: "allow the host in the proxy, or list it in NO_PROXY" });
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
            ? (0,_early_connections_js__WEBPACK_IMPORTED_MODULE_3__/* .takeEarlyConnection */ .ZG)(host, Number(options.port || 443), options.servername ?? "", options.secureContext)
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
        const early = host && !choosesOwnSocket(options) ? (0,_early_connections_js__WEBPACK_IMPORTED_MODULE_3__/* .takeEarlyPlainConnection */ .rU)(host, Number(options.port || 80)) : undefined;
        if (early)
            return early;
        return super.createConnection(options, callback);
    }
}
/** Passes a request on to the agent `pick` chooses for its host, as https or plain http. */
function route(pick, req, options, secure) {
    pick(options.hostname ?? options.host ?? "localhost", options.port, (agent, err) => {
        if (!agent) {
            req.destroy(err instanceof Error ? err : new Error("no route"));
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
/* harmony export */   A8: () => (/* binding */ retirementNotice)
/* harmony export */ });
/* unused harmony exports NOTICE_BEFORE_MS, serviceEnd */
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3903);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/**
 * Notary v1 services with a published end: after it, their trust data can no longer be read or
 * published, and every run against them fails. A run against one of them says so while there is
 * time to move (from NOTICE_BEFORE_MS before the end) and after it, so that a failing run explains
 * itself. The server is not refused: if a service answers after its date, the run goes on.
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
const NOTICE_BEFORE_MS = 90 * _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
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
    const dualSign = `sign new releases with cosign signatures as well (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("oci-signature")} cosign)`;
    const backfill = `copy the signed tags to cosign signatures with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)("migrate", subject)}`;
    const verifyCosign = `verify cosign signatures where their publisher makes them (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("accept")} cosign or any, with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("cosign-key")}), and list the images nobody signs that way in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("allow-unsigned")}`;
    if (now >= endsAt) {
        const instead = {
            publish: `sign with cosign signatures only (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("oci-signature")} cosign-only), which asks no Notary server`,
            verify: verifyCosign,
            inspect: `the cosign signatures of the same images are checked by verify with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("accept")} cosign`,
            migrate: "what was copied before stays as cosign signatures; the rest of the history cannot be read any more",
        }[use];
        return `${retirement.service} ended on ${retirement.endsOn}: its trust data can no longer be read or published, and a failure of this run may be that; ${instead} (${guide})`;
    }
    const days = Math.ceil((endsAt - now) / _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    const meanwhile = {
        publish: `${dualSign} now and ${backfill}`,
        verify: `move this check before then: ${verifyCosign}`,
        inspect: `${backfill} before then`,
        migrate: `run this copy again after the last release signed in Notary, and ${dualSign} until then`,
    }[use];
    return `${retirement.service} ends on ${retirement.endsOn}, in ${days} day${days === 1 ? "" : "s"}: after that its trust data can no longer be read or published; ${meanwhile} (${guide})`;
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
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
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
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(res.body);
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

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ pickBlock),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   ex: () => (/* binding */ keyFileRole)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/* harmony import */ var _codec_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1588);
/**
 * The PEM block of a private key file and its headers, read without decrypting anything: what a
 * run needs before its first requests (the `role:` header names the delegation to fetch), kept
 * apart from the key decoding so that the latter loads while those requests are in flight.
 */



const PRIVATE_TYPES = new Set([
    "ENCRYPTED PRIVATE KEY",
    "PRIVATE KEY",
    "EC PRIVATE KEY",
    "RSA PRIVATE KEY",
    "ED25519 PRIVATE KEY",
]);
const PUBLIC_TYPES = new Set(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY", "TRUSTED CERTIFICATE"]);
/** How messages name the key: by its role when the file carries one. */
function subjectOf(block) {
    const role = block.headers["role"];
    return role ? `key file (role ${role})` : "key file";
}
function pickBlock(text) {
    let blocks;
    try {
        blocks = (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .v)(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key file is malformed: ${err instanceof _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
    if (block)
        return block;
    const other = blocks.find((b) => b.type !== "EC PARAMETERS");
    if (!other)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)");
    if (PUBLIC_TYPES.has(other.type)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key file holds a ${other.type.toLowerCase()}, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key file holds an unsupported PEM block ${other.type}; expected ENCRYPTED PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY`);
}
/** The `role:` header of a key file, read without decrypting it; undefined when it has none. */
function keyFileRole(text) {
    return pickBlock(text).headers["role"] || undefined;
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

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ loadPrivateKey),
  J: () => (/* binding */ loadPrivateKeyAsync)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redaction.ts
var redaction = __webpack_require__(1066);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/codec/der.ts
var codec_der = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/signers/pbes2.ts
var pbes2 = __webpack_require__(2003);
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



const CIPHERS = {
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
        previous = (0,external_node_crypto_.createHash)("md5").update(previous).update(passphrase, "utf8").update(salt).digest();
        parts.push(previous);
        total += previous.length;
    }
    return Buffer.concat(parts).subarray(0, length);
}
/** Decrypts the body of a legacy encrypted block; throws WrongPassphraseError on bad padding. */
function decryptLegacyPem(block, passphrase) {
    const dekInfo = block.headers["DEK-Info"] ?? "";
    const [name = "", ivHex = ""] = dekInfo.split(",").map((s) => s.trim());
    const cipher = CIPHERS[name.toUpperCase()];
    if (!cipher)
        throw new codec_der/* EncodingError */.Ug(`unsupported PEM encryption ${name || "(no DEK-Info)"}`);
    if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== cipher.ivLength * 2) {
        throw new codec_der/* EncodingError */.Ug("malformed DEK-Info IV");
    }
    if (block.bytes.length === 0 || block.bytes.length % cipher.ivLength !== 0) {
        throw new codec_der/* EncodingError */.Ug("encrypted PEM body is not a whole number of cipher blocks");
    }
    const iv = Buffer.from(ivHex, "hex");
    const key = bytesToKey(passphrase, iv.subarray(0, 8), cipher.keyLength);
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)(cipher.name, key, iv);
        return Buffer.concat([decipher.update(block.bytes), decipher.final()]);
    }
    catch {
        throw new pbes2/* WrongPassphraseError */.iA();
    }
    finally {
        key.fill(0);
    }
}

// EXTERNAL MODULE: ./src/signers/key-file-block.ts
var key_file_block = __webpack_require__(7159);
// EXTERNAL MODULE: ./src/signers/pkcs8.ts
var pkcs8 = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/signers/key-file.ts
/**
 * Loads a private key for signing: Docker/notary key files (`~/.docker/trust/private/<id>.key`,
 * encrypted PKCS#8 with `role:`/`gun:` PEM headers), notary's Ed25519 layout, the legacy encrypted
 * PEMs of notary 0.1–0.3, and plain PKCS#8 / SEC1 / PKCS#1 PEMs from other tools.
 *
 * Errors are one line, name the key by role when known, and never carry key bytes or the passphrase
 * (no `cause` either: OpenSSL errors are not quoted).
 */











const PASSPHRASE_HINT = `the key is encrypted: give its passphrase in ${(0,wording/* setting */.Pe)("signer-key-passphrase")}`;
/** Decodes a legacy (`EC`/`RSA`/`ED25519 PRIVATE KEY`) body. */
function importLegacy(type, der) {
    switch (type) {
        case "EC PRIVATE KEY":
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "sec1" });
        case "RSA PRIVATE KEY":
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "pkcs1" });
        default:
            return (0,pkcs8/* ed25519FromNotaryRaw */.dz)(der);
    }
}
/**
 * The private KeyObject of a block; `secret` is the passphrase or undefined. A key that decrypts
 * but cannot then be read is reported as a wrong passphrase, as notary does.
 */
function importBlock(block, secret, decrypt = pbes2/* decryptPkcs8 */.lx) {
    const subject = (0,key_file_block/* subjectOf */.et)(block);
    // No cause: what a failed decryption threw may quote the bytes it could not read.
    const wrong = () => new pbes2/* WrongPassphraseError */.iA(subject);
    const needsPassphrase = () => new errors/* UsageError */.eb(`${subject}: ${PASSPHRASE_HINT}`);
    if (block.type === "ENCRYPTED PRIVATE KEY") {
        if (secret === undefined)
            throw needsPassphrase();
        let plain;
        try {
            plain = decrypt(block.bytes, secret);
        }
        catch (err) {
            if (err instanceof pbes2/* WrongPassphraseError */.iA)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : "unreadable encrypted key"}`);
        }
        if (!plain) {
            // Not PBES2/PBKDF2/AES (e.g. scrypt or PKCS#12 PBE): let OpenSSL try it.
            try {
                return (0,external_node_crypto_.createPrivateKey)({ key: block.bytes, format: "der", type: "pkcs8", passphrase: secret });
            }
            catch {
                throw new errors/* UsageError */.eb(`cannot decrypt ${subject}: wrong passphrase or unsupported encryption`);
            }
        }
        try {
            return (0,pkcs8/* importPkcs8 */.Fo)(plain);
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
            return (0,pkcs8/* importPkcs8 */.Fo)(block.bytes);
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : "unreadable PKCS#8 key"}`);
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
            if (err instanceof pbes2/* WrongPassphraseError */.iA)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject}: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : "cannot decrypt"}`);
        }
    }
    try {
        return importLegacy(block.type, der);
    }
    catch (err) {
        if (encrypted)
            throw wrong();
        throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : `unreadable ${block.type}`}`);
    }
    finally {
        if (encrypted)
            der.fill(0);
    }
}
/** A private key's text (line by line) and its passphrase, as secrets (redaction.ts). */
function registerKeySecrets(text, passphrase) {
    (0,redaction/* registerSecret */.cl)(text);
    (0,redaction/* registerSecret */.cl)(passphrase);
}
/**
 * Reads a private key file. `passphrase` is needed for encrypted keys (an empty string counts as
 * none, as notary never encrypts with an empty passphrase) and ignored for unencrypted ones.
 */
function loadPrivateKey(text, passphrase) {
    registerKeySecrets(text, passphrase);
    const block = (0,key_file_block/* pickBlock */.DT)(text);
    return loaded(block, importBlock(block, passphrase === "" ? undefined : passphrase));
}
/**
 * loadPrivateKey with the PBKDF2 of an encrypted PKCS#8 key (Docker's key files) on the thread
 * pool: a caller can send its first requests and decrypt while they are in flight. Same results
 * and the same errors.
 */
async function loadPrivateKeyAsync(text, passphrase) {
    registerKeySecrets(text, passphrase);
    const block = (0,key_file_block/* pickBlock */.DT)(text);
    const secret = passphrase === "" ? undefined : passphrase;
    if (block.type !== "ENCRYPTED PRIVATE KEY" || secret === undefined)
        return loaded(block, importBlock(block, secret));
    let outcome;
    try {
        outcome = { plain: await (0,pbes2/* decryptPkcs8Async */.R)(block.bytes, secret) };
    }
    catch (error) {
        outcome = { error };
    }
    // importBlock turns the outcome into a key or into the error loadPrivateKey reports.
    return loaded(block, importBlock(block, secret, () => {
        if ("error" in outcome)
            throw outcome.error;
        return outcome.plain;
    }));
}
function loaded(block, keyObject) {
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(keyObject);
    if (reason)
        throw new errors/* UsageError */.eb(`${(0,key_file_block/* subjectOf */.et)(block)}: ${reason}`);
    const publicKey = (0,public_key/* notaryPublicKeyOf */.hE)(keyObject);
    const role = block.headers["role"];
    const gun = block.headers["gun"];
    return {
        keyObject,
        publicKey,
        keyId: (0,keys/* keyIdOf */.yg)(publicKey),
        ...(role ? { role } : {}),
        ...(gun ? { gun } : {}),
    };
}


/***/ }),

/***/ 2003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ decryptPkcs8Async),
/* harmony export */   iA: () => (/* binding */ WrongPassphraseError),
/* harmony export */   lx: () => (/* binding */ decryptPkcs8),
/* harmony export */   t3: () => (/* binding */ encryptPkcs8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8613);
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
class WrongPassphraseError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    constructor(subject = "the key", options = {}) {
        super(`wrong passphrase for ${subject}`, options);
    }
}
/** PBES2 parameters, or undefined when the scheme is not PBES2 + PBKDF2 + AES-CBC. */
function readPbes2(algorithm) {
    const oid = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(algorithm, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "encryption algorithm").content);
    if (oid !== OID_PBES2)
        return undefined;
    const params = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(algorithm, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBES2 parameters"));
    const kdf = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(params, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBES2 key derivation function"));
    const scheme = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(params, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBES2 encryption scheme"));
    if ((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(kdf, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "key derivation OID").content) !== OID_PBKDF2)
        return undefined;
    const cipher = CIPHERS[(0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(scheme, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "cipher OID").content)];
    if (!cipher)
        return undefined;
    const iv = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(scheme, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.octetString, "cipher IV").content;
    if (iv.length !== 16)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("AES-CBC IV is not 16 bytes");
    const pbkdf2 = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(kdf, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBKDF2 parameters"));
    const salt = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(pbkdf2, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.octetString, "PBKDF2 salt").content;
    const iterations = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallInteger */ .ih)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(pbkdf2, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.integer, "PBKDF2 iteration count"), "iteration count");
    if (iterations < 1 || iterations > MAX_ITERATIONS)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug(`PBKDF2 iteration count ${iterations} is out of range`);
    let next = 2;
    const keyLengthNode = pbkdf2[next];
    if (keyLengthNode?.tag === _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.integer) {
        if ((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallInteger */ .ih)(keyLengthNode, "PBKDF2 key length") !== cipher.keyLength) {
            throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("PBKDF2 key length does not match the cipher");
        }
        next++;
    }
    let prf = "sha1";
    if (pbkdf2[next]) {
        const prfAlgorithm = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(pbkdf2, next, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBKDF2 PRF"));
        const found = PRFS[(0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(prfAlgorithm, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "PRF OID").content)];
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
    const encrypted = readEncrypted(der);
    if (!encrypted)
        return undefined;
    const { params } = encrypted;
    return decryptWith(encrypted, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(passphrase, params.salt, params.iterations, params.keyLength, params.prf));
}
/**
 * decryptPkcs8 with the key derivation (PBKDF2, most of the work) on libuv's thread pool, so that
 * the caller's requests go on while it runs. Same results and errors.
 */
async function decryptPkcs8Async(der, passphrase) {
    const encrypted = readEncrypted(der);
    if (!encrypted)
        return undefined;
    const { params } = encrypted;
    const key = await new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2)(passphrase, params.salt, params.iterations, params.keyLength, params.prf, (err, derived) => err ? reject(err) : resolve(derived)));
    return decryptWith(encrypted, key);
}
/** The parameters and ciphertext of a PBES2 key; undefined for a scheme this module does not read. */
function readEncrypted(der) {
    const outer = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readWhole */ .oD)(der, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence));
    const algorithm = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(outer, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "encryption algorithm"));
    const ciphertext = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(outer, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.octetString, "encrypted data").content;
    const params = readPbes2(algorithm);
    if (!params)
        return undefined;
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("encrypted data is not a whole number of AES blocks");
    return { params, ciphertext };
}
/** AES-CBC decryption with the derived `key` (wiped afterwards), and the checks of the result. */
function decryptWith({ params, ciphertext }, key) {
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(params.cipher, key, params.iv).setAutoPadding(false);
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
        (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readWhole */ .oD)(plain, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence)), 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.integer, "version");
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
    const salt = Buffer.from(options.salt ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8));
    const iv = Buffer.from(options.iv ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16));
    if (salt.length !== 8 || iv.length !== 16)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("salt must be 8 bytes and IV 16 bytes");
    const iterations = 2048;
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(passphrase, salt, iterations, 32, "sha1");
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)("aes-256-cbc", key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    key.fill(0);
    return (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOid */ ._2)(OID_PBES2), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOid */ ._2)(OID_PBKDF2), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOctetString */ .Cf)(salt), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derInteger */ .i5)(iterations))), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOid */ ._2)(OID_AES256_CBC), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOctetString */ .Cf)(iv)))), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOctetString */ .Cf)(ciphertext));
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ importPkcs8),
/* harmony export */   dz: () => (/* binding */ ed25519FromNotaryRaw),
/* harmony export */   p7: () => (/* binding */ encodeNotaryPkcs8)
/* harmony export */ });
/* unused harmony export pkcs8AlgorithmOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
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
const OID_ED25519 = "1.3.101.112";
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
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`ed25519 private key is ${raw.length} bytes, expected 96`);
    const pub = raw.subarray(0, 32);
    // Import the seed alone (RFC 8410 PKCS#8) and compare the public key it derives with both stored
    // copies here. A JWK import with `x` would leave the check to Node, and Node versions disagree:
    // some accept a mismatched `x`, newer ones refuse the JWK itself with a generic error.
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({
        key: (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_ED25519)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(raw.subarray(32, 64)))),
        format: "der",
        type: "pkcs8",
    });
    const derived = Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ format: "jwk" }).x ?? "", "base64url");
    if (!derived.equals(pub) || !derived.equals(raw.subarray(64))) {
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("ed25519 private key does not match its public key");
    }
    return key;
}
/** Imports a DER PrivateKeyInfo, including notary's Ed25519 layout and its NULL-less RSA form. */
function importPkcs8(der) {
    const fields = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readWhole */ .oD)(der, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence));
    (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.integer, "PKCS#8 version");
    const algorithm = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PKCS#8 algorithm"));
    const oid = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(algorithm, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "PKCS#8 algorithm OID").content);
    const privateKey = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 2, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.octetString, "PKCS#8 private key").content;
    if (oid === OID_NOTARY_ED25519)
        return ed25519FromNotaryRaw(privateKey);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: "der", type: "pkcs8" });
    }
    catch {
        if (oid === OID_RSA) {
            try {
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: privateKey, format: "der", type: "pkcs1" });
            }
            catch {
                // fall through to the generic message
            }
        }
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unreadable PKCS#8 private key (algorithm ${oid})`);
    }
}
/** DER PrivateKeyInfo in notary's layout for a private EC (P-256/384/521), RSA or Ed25519 key. */
function encodeNotaryPkcs8(key) {
    if (key.type !== "private")
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("a private key is required");
    switch (key.asymmetricKeyType) {
        case "ec": {
            const curve = CURVE_OIDS[key.asymmetricKeyDetails?.namedCurve ?? ""];
            if (!curve)
                throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unsupported curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
            // SEC1 with [0] curve and [1] public key, as Go's x509.MarshalECPrivateKey writes it.
            const sec1 = key.export({ format: "der", type: "sec1" });
            return (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(1), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_EC), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(curve)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(sec1));
        }
        case "rsa": {
            const pkcs1 = key.export({ format: "der", type: "pkcs1" });
            return (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_RSA)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(pkcs1));
        }
        case "ed25519": {
            const jwk = key.export({ format: "jwk" });
            const pub = Buffer.from(jwk.x ?? "", "base64url");
            const seed = Buffer.from(jwk.d ?? "", "base64url");
            const raw = Buffer.concat([pub, seed, pub]);
            seed.fill(0);
            const der = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_NOTARY_ED25519)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(raw));
            raw.fill(0);
            return der;
        }
        default:
            throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unsupported key type ${key.asymmetricKeyType ?? "unknown"}`);
    }
}


/***/ }),

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ unsupportedKeyReason),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   hE: () => (/* binding */ notaryPublicKeyOf),
/* harmony export */   rY: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8613);
/* harmony import */ var _codec_pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1588);
/* harmony import */ var _tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5288);
/**
 * Public keys as `docker trust signer add --key` takes them (notary tuf/utils/x509.go
 * ParsePEMPublicKey): Docker's `NAME.pub` (`PUBLIC KEY` with a `role:` header), any SPKI PEM, or a
 * certificate PEM (which becomes an `ecdsa-x509`/`rsa-x509` key holding the PEM as Go writes it).
 */






const SUPPORTED_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
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
            return bits >= _tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_RSA_BITS */ .Hm
                ? undefined
                : `RSA key of ${bits} bits is too small; notary requires at least ${_tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_RSA_BITS */ .Hm}`;
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
    const pub = key.type === "private" ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    switch (pub.asymmetricKeyType) {
        case "ec": {
            // Go's MarshalPKIXPublicKey always writes the uncompressed point; OpenSSL keeps the form it
            // parsed, so go through JWK to get the uncompressed one.
            const uncompressed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pub.export({ format: "jwk" }), format: "jwk" });
            return { type: "ecdsa", public: uncompressed.export({ type: "spki", format: "der" }).toString("base64") };
        }
        case "rsa":
            return { type: "rsa", public: pub.export({ type: "spki", format: "der" }).toString("base64") };
        case "ed25519":
            return {
                type: "ed25519",
                public: Buffer.from(pub.export({ format: "jwk" }).x ?? "", "base64url").toString("base64"),
            };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported key type ${pub.asymmetricKeyType ?? "unknown"}`);
    }
}
function fromSpki(block) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.bytes, format: "der", type: "spki" });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key PEM holds no readable SubjectPublicKeyInfo");
    }
    const reason = unsupportedKeyReason(key);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key: ${reason}`);
    const publicKey = notaryPublicKeyOf(key);
    // notary keeps the given DER bytes; Go refuses non-canonical forms (compressed points, RSA
    // without NULL), so insist on the canonical encoding, which keeps the key ID the same as Go's.
    if (publicKey.type !== "ed25519" && publicKey.public !== block.bytes.toString("base64")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key is not in canonical DER form; re-export it with: openssl pkey -pubin -pubout");
    }
    return publicKey;
}
function fromCertificate(block, now) {
    let cert;
    try {
        cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block.bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("certificate PEM holds no readable X.509 certificate");
    }
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "(no CN)";
    const problem = (0,_tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateKeyProblem */ .Ii)(cert, block.bytes, now?.getTime());
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} ${problem}`);
    const key = cert.publicKey;
    const reason = unsupportedKeyReason(key);
    if (reason || key.asymmetricKeyType === "ed25519") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn}: ${reason ?? "ed25519 certificates are not supported by notary"}`);
    }
    const type = key.asymmetricKeyType === "ec" ? "ecdsa-x509" : "rsa-x509";
    return { type, public: Buffer.from((0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "CERTIFICATE", bytes: block.bytes })).toString("base64") };
}
/** Parses the first PEM block of a public key or certificate file. */
function parsePublicKey(text, options = {}) {
    let blocks;
    try {
        blocks = (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePemBlocks */ .v)(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key file is malformed: ${err instanceof _codec_der_js__WEBPACK_IMPORTED_MODULE_3__/* .EncodingError */ .Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks[0];
    if (!block)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key is not a PEM file (expected -----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----)");
    let publicKey;
    if (block.type === "PUBLIC KEY")
        publicKey = fromSpki(block);
    else if (block.type === "CERTIFICATE")
        publicKey = fromCertificate(block, options.now);
    else if (PRIVATE_TYPES.test(block.type)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`a private key (${block.type}) was given where a public key is expected; give the NAME.pub file`);
    }
    else
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported PEM block ${block.type}, expected PUBLIC KEY or CERTIFICATE`);
    const role = block.headers["role"];
    return {
        publicKey,
        keyId: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdOf */ .yg)(publicKey),
        canonicalKeyId: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(publicKey),
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
            return (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({
                type: "PUBLIC KEY",
                ...(headers ? { headers } : {}),
                bytes: Buffer.from(publicKey.public, "base64"),
            });
        case "ed25519": {
            const raw = Buffer.from(publicKey.public, "base64");
            if (raw.length !== 32)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("ed25519 public key is not 32 bytes");
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
            return (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({
                type: "PUBLIC KEY",
                ...(headers ? { headers } : {}),
                bytes: key.export({ type: "spki", format: "der" }),
            });
        }
        case "ecdsa-x509":
        case "rsa-x509":
            return Buffer.from(publicKey.public, "base64").toString("utf8");
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write a PEM for key type ${publicKey.type}`);
    }
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

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ MIN_RSA_BITS),
/* harmony export */   Ii: () => (/* binding */ certificateKeyProblem),
/* harmony export */   T5: () => (/* binding */ pinnedOnly),
/* harmony export */   Yx: () => (/* binding */ rootCertificateKeys)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/* harmony import */ var _codec_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1588);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);
/* harmony import */ var _lifetimes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3903);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9130);
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
/** notary.MinRSABitSize. */
const MIN_RSA_BITS = 2048;
function signatureAlgorithmOf(der) {
    try {
        const [, sigAlg] = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readDer */ .SU)(Buffer.from(der)));
        const [oid] = sigAlg ? (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(sigAlg) : [];
        return oid?.tag === _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid ? (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)(oid.content) : "";
    }
    catch {
        return "";
    }
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
/**
 * Why notary would not take a certificate as a key, whatever it is for (a root leaf, an
 * intermediate, a delegation key given as a certificate), or undefined when it would: notary's
 * ValidateCertificate (tuf/utils/x509.go). The validity window is checked when `now` is given,
 * with a day of leeway on NotBefore. The reason reads after "certificate NAME ".
 */
function certificateKeyProblem(cert, der, now) {
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (from > to)
        return "has an invalid validity window";
    if (SHA1_SIGNATURES.has(signatureAlgorithmOf(der)))
        return "is signed with SHA-1, which notary rejects";
    if (cert.publicKey.asymmetricKeyType === "rsa" &&
        (cert.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
        return `has an RSA key shorter than ${MIN_RSA_BITS} bits`;
    }
    if (now !== undefined && from > now + _lifetimes_js__WEBPACK_IMPORTED_MODULE_4__/* .DAY_MS */ .sO)
        return `is not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(from)} (valid ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(from)} to ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(to)}); check the clock of this machine, or of the one that made the certificate`;
    if (now !== undefined && now > to)
        return `expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(to)} (valid ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(from)} to ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(to)})`;
    return undefined;
}
/** Why a root leaf certificate is not usable for the repository, or undefined when it is. */
function certificateProblem(cert, der, check) {
    const cn = commonNameOf(cert);
    if (cn === undefined || !cnMatchesGun(cn, check.gun))
        return `certificate CN ${JSON.stringify(cn ?? "")} is not ${check.gun}`;
    const problem = certificateKeyProblem(cert, der, check.checkExpiry ? check.now : undefined);
    return problem && `certificate ${problem}`;
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
            certs = splitPemBundle(Buffer.from(key.public, "base64").toString("utf8")).map((der) => ({
                der,
                cert: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der),
            }));
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
        const validInts = certs.slice(1).filter((c) => certificateKeyProblem(c.cert, c.der, check.now) === undefined);
        const pem = [certs[0], ...validInts].map((c) => (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePem */ .T)({ type: "CERTIFICATE", bytes: c.der })).join("");
        const derived = {
            type: certs[0].cert.publicKey.asymmetricKeyType === "rsa" ? "rsa-x509" : "ecdsa-x509",
            public: Buffer.from(pem).toString("base64"),
        };
        // The derived PEM starts with the same leaf.
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberCertificate */ .VK)(derived, certs[0].cert);
        keys.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .keyIdOf */ .yg)(derived), derived);
    }
    return { keys, rejected };
}
/** Keeps only the keys whose certificate ID or canonical ID is pinned. */
function pinnedOnly(keys, pins) {
    const wanted = new Set(pins.map((p) => p.toLowerCase()));
    const out = new Map();
    for (const [id, key] of keys)
        if (wanted.has(id) || wanted.has((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalKeyIdOf */ .Sy)(key)))
            out.set(id, key);
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
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9706);
/* harmony import */ var _trust_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8664);
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
    const key = (0,_signers_key_file_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPrivateKey */ .P)(pem, config.signerKeyPassphrase);
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
        ? heldUntil(inFlight.signer, hooks.runtime ?? (0,_runtime_js__WEBPACK_IMPORTED_MODULE_9__/* .createRuntime */ .x)())
        : (hooks.runtime ?? (0,_runtime_js__WEBPACK_IMPORTED_MODULE_9__/* .createRuntime */ .x)());
    // The key's own failure is reported first, as when it was loaded before anything else.
    const keyFirst = async (err) => {
        await inFlight?.signer;
        throw err;
    };
    const store = config.trustDir ? new _trust_store_js__WEBPACK_IMPORTED_MODULE_8__/* .TrustStore */ .O(config.trustDir) : undefined;
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
    let kms;
    try {
        if (config.awsKmsKey) {
            const { createKmsSigner } = await __webpack_require__.e(/* import() */ 692).then(__webpack_require__.bind(__webpack_require__, 9311));
            kms = await createKmsSigner({
                keyId: config.awsKmsKey,
                region: config.awsRegion,
                ...(0,_connect_js__WEBPACK_IMPORTED_MODULE_7__/* .kmsProxyOptions */ .o7)(config.proxy),
                // KMS calls are bound as the run's requests are: each by the request timeout, all by the deadline.
                ...(config.timeoutMs ? { requestTimeoutMs: config.timeoutMs } : {}),
                deadline: { at: deadlineAt, ms: config.deadlineMs ?? _net_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RUN_DEADLINE_MS */ .I, now: runtime.now },
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
        save: async ({ root, versions }) => {
            await store?.save(ref.name, root, versions);
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
  o7: () => (/* binding */ kmsProxyOptions),
  SX: () => (/* binding */ notaryHostCa)
});

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
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.failure(res, `GET ${file}`);
        return res.body;
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
        // A TLS server (Go's among them) answers 400 to a request in plain HTTP.
        const plainToTls = status === 400 && url.startsWith("http:");
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
        // not JSON (docker-credential-helpers print their error there). The text quoted is cleared of
        // the run's known secrets as any message is.
        // A helper that failed may still have printed its answer: the secret in it is the run's secret
        // too, and is cleared from the line quoted below.
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
    const line = text.trim().split(/\r?\n/)[0] ?? "";
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
var retry = __webpack_require__(7893);
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
 * CA certificates for Notary servers from docker's `$DOCKER_CONFIG/tls/<host:port>/` directory
 * (each `*.crt`), read once per host; other hosts get none, as in `docker trust`.
 */
function notaryHostCa(dockerConfigDir, notaryHosts) {
    const read = new Map();
    return (host) => {
        if (!dockerConfigDir || !notaryHosts.has(host))
            return undefined;
        if (!read.has(host))
            read.set(host, (0,tls_trust/* readDockerTlsCa */.mX)(dockerConfigDir, host));
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
    // fail with it: they are not worth a "retrying" line after the run's own result.
    let closed = false;
    const transport = (0,retry/* withRetries */.LH)(bounded, {
        ...opts.retry,
        deadlineAt,
        onRetry: (e) => {
            if (closed)
                return;
            opts.retry?.onRetry?.(e);
            opts.logRetry?.((0,retry/* describeRetry */.eV)(e));
        },
    });
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
        transport,
        baseUrl: notaryServer,
        repository: ref.name,
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

/***/ 8664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TrustStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2717);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot read the root stored for ${gun}: ${code ?? "error"}`, { hint, cause: err });
    }
    if (!bytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the root stored for ${gun} is not a regular file of at most ${MAX_ROOT_BYTES / (1024 * 1024)} MiB`, { hint });
    return bytes;
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
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
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
            ? client.getMetadata(role, { sha256Hex: (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(ours.bytes), length: ours.bytes.length, signal })
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
