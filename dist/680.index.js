export const id = 680;
export const ids = [680];
export const modules = {

/***/ 8798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   NU: () => (/* binding */ appendSignature),
/* harmony export */   RV: () => (/* binding */ ManifestFormatError),
/* harmony export */   XY: () => (/* binding */ parseSignatureManifest),
/* harmony export */   k_: () => (/* binding */ OCI_MANIFEST_MEDIA_TYPE)
/* harmony export */ });
/* unused harmony exports OCI_CONFIG_MEDIA_TYPE, MAX_SIGNATURE_LAYERS, emptyImageConfig */
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6773);
/**
 * The OCI image manifest cosign stores at `sha256-<hex>.sig` (SIGNATURE_SPEC.md "OCI Image Manifest
 * V1"): one layer per signature, the payload as the layer blob, the base64 signature in the layer's
 * `dev.cosignproject.cosign/signature` annotation, and a config blob written as go-containerregistry
 * writes it for cosign's empty signature image. Pure: parses and builds bytes.
 */

const OCI_MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
const OCI_CONFIG_MEDIA_TYPE = "application/vnd.oci.image.config.v1+json";
/** cosign refuses signature images with more layers than this (pkg/oci/mutate maxLayers). */
const MAX_SIGNATURE_LAYERS = 1000;
/** go-containerregistry's zero time, as its config and history entries carry it. */
const ZERO_TIME = "0001-01-01T00:00:00Z";
const SHA256 = /^sha256:[a-f0-9]{64}$/;
class ManifestFormatError extends Error {
}
/** Parses the bytes of a `.sig` manifest; throws ManifestFormatError when it is not an image manifest with valid layers. */
function parseSignatureManifest(bytes) {
    let raw;
    try {
        raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    }
    catch {
        throw new ManifestFormatError("signature manifest is not JSON");
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
        throw new ManifestFormatError("signature manifest is not a JSON object");
    const m = raw;
    if (m["schemaVersion"] !== 2)
        throw new ManifestFormatError("signature manifest is not schemaVersion 2");
    if (m["mediaType"] !== undefined && typeof m["mediaType"] !== "string")
        throw new ManifestFormatError("signature manifest mediaType is not a string");
    if (m["manifests"] !== undefined)
        throw new ManifestFormatError("signature tag holds an index, not an image manifest");
    const layersValue = m["layers"] ?? [];
    if (!Array.isArray(layersValue))
        throw new ManifestFormatError("signature manifest layers is not an array");
    if (layersValue.length > MAX_SIGNATURE_LAYERS)
        throw new ManifestFormatError(`signature manifest has ${layersValue.length} layers, more than ${MAX_SIGNATURE_LAYERS}`);
    const layers = layersValue.map((l, i) => {
        const descriptor = readDescriptor(l, `layer ${i}`);
        const signature = descriptor.annotations?.[_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_ANNOTATION */ .ZB];
        return { descriptor, signature, simpleSigning: descriptor.mediaType === _payload_js__WEBPACK_IMPORTED_MODULE_0__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r };
    });
    const config = m["config"] === undefined ? undefined : readDescriptor(m["config"], "config");
    return { raw: m, config, layers };
}
function readDescriptor(value, what) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new ManifestFormatError(`${what} is not an object`);
    const d = value;
    if (typeof d["mediaType"] !== "string")
        throw new ManifestFormatError(`${what} has no mediaType`);
    if (typeof d["digest"] !== "string" || !SHA256.test(d["digest"]))
        throw new ManifestFormatError(`${what} has no sha256 digest`);
    if (typeof d["size"] !== "number" || !Number.isSafeInteger(d["size"]) || d["size"] < 0)
        throw new ManifestFormatError(`${what} has no valid size`);
    const ann = d["annotations"];
    if (ann !== undefined) {
        if (typeof ann !== "object" || ann === null || Array.isArray(ann) || Object.values(ann).some((v) => typeof v !== "string")) {
            throw new ManifestFormatError(`${what} annotations are not a map of strings`);
        }
    }
    return d;
}
/** The layer descriptor for one signature, fields in the order go-containerregistry writes them. */
function signatureLayer(payload, signatureBase64) {
    return { mediaType: _payload_js__WEBPACK_IMPORTED_MODULE_0__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r, size: payload.byteLength, digest: (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(payload), annotations: { [_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNATURE_ANNOTATION */ .ZB]: signatureBase64 } };
}
/**
 * The manifest with `layer` appended to the layers of `base` (none: a new signature image), and
 * its config: the base config with one more diff ID and history entry, as cosign's append makes
 * it, or cosign's config of an empty image when there is no readable base config.
 */
function appendSignature(base, baseConfig, layer) {
    const layers = [...(base?.layers.map((l) => l.descriptor) ?? []), layer];
    if (layers.length > MAX_SIGNATURE_LAYERS)
        throw new ManifestFormatError(`the signature image would have ${layers.length} layers, more than ${MAX_SIGNATURE_LAYERS}`);
    const config = configWith(baseConfig, layers.map((l) => l.digest));
    const configDescriptor = { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.byteLength, digest: (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(config) };
    const manifest = base
        ? { ...base.raw, config: { ...(base.config ?? {}), ...configDescriptor }, layers }
        : { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: configDescriptor, layers };
    const bytes = new TextEncoder().encode(JSON.stringify(manifest));
    return { manifest: bytes, config, digest: (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes) };
}
/** go-containerregistry's config of cosign's empty signature image with these layers. */
function emptyImageConfig(diffIds) {
    const json = {
        architecture: "",
        created: ZERO_TIME,
        history: diffIds.map(() => ({ created: ZERO_TIME })),
        os: "",
        rootfs: { type: "layers", diff_ids: diffIds },
        config: {},
    };
    return new TextEncoder().encode(JSON.stringify(json));
}
/** Signature layers are uncompressed blobs, so each diff ID is the layer digest. */
function configWith(baseConfig, diffIds) {
    if (baseConfig) {
        try {
            const c = JSON.parse(new TextDecoder().decode(baseConfig));
            const rootfs = c["rootfs"];
            const baseIds = rootfs?.diff_ids;
            if (rootfs && Array.isArray(baseIds) && baseIds.length === diffIds.length - 1) {
                const history = Array.isArray(c["history"]) ? c["history"] : [];
                return new TextEncoder().encode(JSON.stringify({ ...c, history: [...history, { created: ZERO_TIME }], rootfs: { ...rootfs, diff_ids: [...baseIds, diffIds.at(-1)] } }));
            }
        }
        catch {
            // unreadable: write cosign's own below
        }
    }
    return emptyImageConfig(diffIds);
}


/***/ }),

/***/ 6773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parseSimpleSigningPayload),
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   ED: () => (/* binding */ COSIGN_SIGNATURE_TYPE),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   qY: () => (/* binding */ MAX_PAYLOAD_BYTES),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * cosign's simple-signing payload (cosign specs/SIGNATURE_SPEC.md "Simple Signing"; sigstore
 * pkg/signature/payload SimpleContainerImage) and the tag-based discovery scheme. Pure: bytes in,
 * bytes out.
 *
 * The payload is what is signed, byte for byte, so it is written exactly as Go's encoding/json
 * writes the struct cosign marshals: fields in declaration order, no spaces, `"optional":null`.
 */

const SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
const SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
const COSIGN_SIGNATURE_TYPE = "cosign container image signature";
/** Largest payload read back (cosign bounds payloads too; a simple-signing payload is a few hundred bytes). */
const MAX_PAYLOAD_BYTES = 64 * 1024;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
/** `sha256:<hex>` → `sha256-<hex>.sig`, the tag cosign stores the signatures of that digest under. */
function signatureTag(digest) {
    if (!SHA256.test(digest))
        throw new TypeError(`not a sha256 digest: ${digest.slice(0, 80)}`);
    return `${digest.replace(":", "-")}.sig`;
}
/** The payload bytes cosign signs for `manifestDigest` in repository `dockerReference`. */
function simpleSigningPayload(dockerReference, manifestDigest) {
    if (!SHA256.test(manifestDigest))
        throw new TypeError(`not a sha256 digest: ${manifestDigest.slice(0, 80)}`);
    const json = JSON.stringify({
        critical: { identity: { "docker-reference": dockerReference }, image: { "docker-manifest-digest": manifestDigest }, type: COSIGN_SIGNATURE_TYPE },
        optional: null,
    });
    return new TextEncoder().encode(goEscape(json));
}
/** Go's encoding/json escapes <, >, & and U+2028/U+2029 inside strings; JSON.stringify does not. */
function goEscape(json) {
    return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
class PayloadError extends Error {
}
/**
 * Reads the claims of a simple-signing payload as cosign does (Go's json.Unmarshal: field names
 * match case-insensitively, unknown fields are ignored). Throws PayloadError when it is not one.
 */
function parseSimpleSigningPayload(bytes) {
    if (bytes.byteLength > MAX_PAYLOAD_BYTES)
        throw new PayloadError(`payload is ${bytes.byteLength} bytes, more than ${MAX_PAYLOAD_BYTES}`);
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    }
    catch {
        throw new PayloadError("payload is not JSON");
    }
    const critical = field(parsed, "critical");
    const str = (v, what) => {
        if (typeof v !== "string")
            throw new PayloadError(`payload has no string ${what}`);
        return v;
    };
    return {
        dockerReference: str(field(field(critical, "identity"), "docker-reference"), "critical.identity.docker-reference"),
        manifestDigest: str(field(field(critical, "image"), "docker-manifest-digest"), "critical.image.docker-manifest-digest"),
        type: str(field(critical, "type"), "critical.type"),
    };
}
/** A member of an object, matched as Go matches struct fields: exact name first, then case-insensitively. */
function field(obj, name) {
    if (typeof obj !== "object" || obj === null || Array.isArray(obj))
        return undefined;
    const record = obj;
    if (Object.hasOwn(record, name))
        return record[name];
    const lower = name.toLowerCase();
    const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : record[key];
}
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex")}`;
}


/***/ }),

/***/ 5477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pb: () => (/* binding */ ecdsaRawToDer),
/* harmony export */   Vf: () => (/* binding */ verifyCosignSignature)
/* harmony export */ });
/* unused harmony export decodeSignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Signature schemes as cosign verifies a signature made with a key (sigstore
 * pkg/signature.LoadVerifier with SHA-256, which cosign uses for `--key`):
 * - ECDSA (any curve): SHA-256 of the payload, ASN.1 DER `SEQUENCE { r, s }`;
 * - RSA: RSASSA-PKCS1-v1_5 with SHA-256 (not PSS, which Notary uses);
 * - Ed25519: pure Ed25519 over the payload.
 * The signature travels as standard base64 (Go's decoder skips CR and LF, so do we).
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Larger than any signature of the schemes above (RSA-4096 is 512 bytes, base64 684 characters). */
const MAX_SIGNATURE_CHARS = 4096;
/** Strict standard base64 as Go's base64.StdEncoding decodes it; undefined when it is not. */
function decodeSignature(text) {
    const compact = text.replace(/[\r\n]/g, "");
    if (compact.length === 0 || compact.length > MAX_SIGNATURE_CHARS || !BASE64.test(compact))
        return undefined;
    return new Uint8Array(Buffer.from(compact, "base64"));
}
/** True when `signatureBase64` is a signature of `payload` by `key` under cosign's rules. */
function verifyCosignSignature(key, payload, signatureBase64) {
    const signature = decodeSignature(signatureBase64);
    if (!signature)
        return false;
    try {
        switch (key.asymmetricKeyType) {
            case "ec":
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", payload, { key, dsaEncoding: "der" }, signature);
            case "rsa":
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", payload, key, signature);
            case "ed25519":
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, payload, key, signature);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}
/** A raw ECDSA signature r‖s (as Notary signers produce it) in the ASN.1 DER form cosign verifies. */
function ecdsaRawToDer(raw) {
    if (raw.length === 0 || raw.length % 2 !== 0 || raw.length > 264)
        throw new RangeError(`raw ECDSA signature of ${raw.length} bytes`);
    const half = raw.length / 2;
    const integer = (bytes) => {
        let i = 0;
        while (i < bytes.length - 1 && bytes[i] === 0)
            i++;
        const body = [...bytes.subarray(i)];
        if (body[0] & 0x80)
            body.unshift(0);
        return [0x02, ...length(body.length), ...body];
    };
    const content = [...integer(raw.subarray(0, half)), ...integer(raw.subarray(half))];
    return new Uint8Array([0x30, ...length(content.length), ...content]);
}
function length(n) {
    return n < 0x80 ? [n] : [0x81, n];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ MalformedMetadataError),
/* harmony export */   Ci: () => (/* binding */ ExpiredError),
/* harmony export */   M2: () => (/* binding */ ThresholdError),
/* harmony export */   Ru: () => (/* binding */ TrustError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   VM: () => (/* binding */ HashMismatchError),
/* harmony export */   ZS: () => (/* binding */ RollbackError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gP: () => (/* binding */ ServerError),
/* harmony export */   hA: () => (/* binding */ RootTrustError),
/* harmony export */   mk: () => (/* binding */ VerificationError)
/* harmony export */ });
/* unused harmony export oneLine */
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
 * Messages quote names a server chose (target names, role names, error codes): a line break in one
 * would let a server start a line of its own in a CI log, e.g. a `::set-output` workflow command.
 * Control characters and Unicode line separators become spaces, so a message is always one line.
 */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, " ");
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
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.status = options.status;
        this.url = options.url;
        this.detailName = options.detailName;
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
/** A short, printable description of any thrown value (never a stack, never a dump). */
function describeError(err) {
    if (err instanceof TrustError)
        return err.describe();
    if (err instanceof Error)
        return oneLine(err.message);
    return oneLine(String(err));
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

// EXTERNAL MODULE: ./src/net/http.ts + 2 modules
var http = __webpack_require__(2134);
;// CONCATENATED MODULE: ./src/net/auth.ts
/**
 * Docker registry / Notary token auth for one server and one repository
 * (docs/notary-protocol.md §4, docker distribution `registry/client/auth/session.go`). A 401
 * carries `WWW-Authenticate: Bearer realm=…,service=…`; we ask the realm for `scope=repository:<name>:<actions>` with the actions the
 * caller needs (the challenge's own scope is ignored, as Docker does), cache the token per scope and
 * send it as `Authorization: Bearer`. A 401 on a cached token, or one whose challenge says
 * `error="invalid_token"` (expired), refreshes it once and retries once; `error="insufficient_scope"`
 * or a 403 means the credentials lack the access asked for (PUSH_DENIED / PULL_DENIED).
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
            const renew = auth === undefined || (!refreshed && refusal !== "insufficient_scope" && (auth.cached || refusal === "invalid_token"));
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
                challenge: { scheme: "bearer", realm: bearer.params["realm"], ...(bearer.params["service"] !== undefined ? { service: bearer.params["service"] } : {}) },
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
            throw new errors/* ServerError */.gP("BAD_CHALLENGE", `${base.host} names a token realm that is not https (${(0,http/* displayUrl */.Q)(challenge.realm)}); refusing to send credentials there`, { url: (0,http/* displayUrl */.Q)(challenge.realm) });
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
        const shown = (0,http/* displayUrl */.Q)(challenge.realm);
        if (res.status === 401 || res.status === 403) {
            throw new errors/* ServerError */.gP("UNAUTHORIZED", `token endpoint ${shown} refused ${this.describeCredentials()} for ${scope} (${res.status})`, {
                status: res.status,
                url: shown,
                hint: this.hint(access),
            });
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered ${res.status} for ${scope}`, { status: res.status, url: shown });
        }
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered with something that is not JSON`, { status: res.status, url: shown });
        }
        const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
        if (typeof token !== "string" || !token) {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered without a token`, { status: res.status, url: shown });
        }
        if (typeof body.refresh_token === "string" && body.refresh_token && this.refreshToken !== undefined)
            this.refreshToken = body.refresh_token;
        const lifetime = typeof body.expires_in === "number" && body.expires_in >= MIN_TOKEN_LIFETIME_S ? body.expires_in : MIN_TOKEN_LIFETIME_S;
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


/***/ }),

/***/ 7879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ DEFAULT_RUN_DEADLINE_MS),
/* harmony export */   NE: () => (/* binding */ withDeadline)
/* harmony export */ });
/* unused harmony export deadlineExceeded */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2134);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3395);
/**
 * One deadline for a whole run: every request gets at most the time left (its own timeout still
 * applies when shorter), and once the time is up nothing more is sent. A hung server then costs at
 * most the run's deadline, not attempts × the per-request timeout.
 */



/** Default deadline of a run: five minutes. */
const DEFAULT_RUN_DEADLINE_MS = 300_000;
function deadlineExceeded(deadlineMs, what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("DEADLINE_EXCEEDED", `${what} was cut short: the run's deadline of ${Math.round(deadlineMs / 1000)} s passed`, {
        ...(cause !== undefined ? { cause } : {}),
        hint: `the server is hung or very slow; raise ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("deadline")} only if it is just slow`,
    });
}
function withDeadline(transport, options) {
    const now = options.now ?? Date.now;
    const perRequest = options.requestTimeoutMs ?? 30_000;
    return async (req) => {
        const what = `${req.method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Q)(req.url)}`;
        const left = options.deadlineAt - now();
        if (left <= 0)
            throw deadlineExceeded(options.deadlineMs, what);
        const own = req.timeoutMs ?? perRequest;
        try {
            return await transport(left < own ? { ...req, timeoutMs: Math.max(1, left) } : req);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "TIMEOUT" && now() >= options.deadlineAt - 5)
                throw deadlineExceeded(options.deadlineMs, what, err);
            throw err;
        }
    };
}


/***/ }),

/***/ 2134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ createTransport),
  Q: () => (/* reexport */ displayUrl)
});

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/net/http-parts.ts


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
        throw new errors/* UsageError */.eb(`not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new errors/* UsageError */.eb(`unsupported URL scheme ${url.protocol} in ${displayUrl(url)}; use http or https`);
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

// EXTERNAL MODULE: ./src/net/route.ts
var net_route = __webpack_require__(7982);
// EXTERNAL MODULE: ./src/net/tls-trust.ts
var tls_trust = __webpack_require__(3733);
;// CONCATENATED MODULE: ./src/net/exchange.ts




const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;
/** What a TLS client reports when the server's first bytes are no TLS record (a plain-HTTP answer, say). */
const NOT_TLS_CODES = new Set(["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);
/** Deadline of the one plain-HTTP request that tells a plain-HTTP server from a broken TLS one. */
const PLAIN_HTTP_PROBE_MS = 2_000;
/**
 * One request/response; resent once on a new connection when a reused keep-alive socket was closed
 * before any answer, for idempotent methods only (as Go's transport does): a POST may have been
 * processed, so whether to repeat it is the caller's decision.
 */
async function exchange(router, tlsOptions, url, method, headers, body, maxBytes, signal) {
    const route = router.route(url, tlsOptions.secureContext);
    const once = () => exchangeOnce(route, tlsOptions, url, method, headers, body, maxBytes, signal);
    try {
        try {
            return await once();
        }
        catch (err) {
            if (!(err instanceof StaleSocketError) || signal.aborted)
                throw err;
            if (method === "POST")
                throw unreachable(url, method, err.message, route.proxy);
        }
        try {
            return await once();
        }
        catch (err) {
            if (!(err instanceof StaleSocketError) || signal.aborted)
                throw err;
            throw unreachable(url, method, err.message, route.proxy);
        }
    }
    catch (err) {
        if (!(err instanceof NotTlsError) || signal.aborted)
            throw err;
        // Go's client reads the first bytes of the answer to tell "server gave HTTP response to HTTPS
        // client"; Node only says EPROTO. One plain-HTTP request to the same host and port, through the
        // same proxy, tells the two apart: any HTTP answer means the server speaks plain HTTP.
        const plain = await speaksPlainHttp(router, url, route.proxy ?? null, signal);
        const shown = `${method} ${displayUrl(url)}`;
        if (plain) {
            throw new errors/* ServerError */.gP("PLAIN_HTTP", `${url.host} answered plain HTTP to an HTTPS request for ${shown}`, {
                url: displayUrl(url),
                hint: "the server does not speak TLS: reach it over http",
            });
        }
        throw (0,tls_trust/* tlsFailure */.kL)(err.message, url.host, shown, displayUrl(url), tlsOptions.caGiven === true);
    }
}
/** Whether host:port of `url` answers a plain-HTTP HEAD / (no credentials are sent). */
async function speaksPlainHttp(router, url, via, signal) {
    const probeUrl = new URL(`http://${url.host}/`);
    const probe = AbortSignal.any([signal, AbortSignal.timeout(PLAIN_HTTP_PROBE_MS)]);
    try {
        await exchangeOnce(router.route(probeUrl, undefined, via), {}, probeUrl, "HEAD", {}, undefined, 0, probe);
        return true;
    }
    catch (err) {
        // Any answer at all is HTTP; only a failure to get one says no.
        return err instanceof errors/* ServerError */.gP && err.code === "RESPONSE_TOO_LARGE";
    }
}
function unreachable(url, method, code, proxy) {
    const shown = displayUrl(url);
    if (proxy) {
        return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} through the proxy ${proxy.url.host} for ${method} ${shown} (${code || "connection error"})`, { url: shown });
    }
    return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} for ${method} ${shown} (${code || "connection error"})`, { url: shown });
}
class StaleSocketError extends Error {
}
/** A TLS handshake that met something other than TLS; `message` is Node's code. */
class NotTlsError extends Error {
}
function exchangeOnce(route, tlsOptions, url, method, headers, body, maxBytes, signal) {
    return new Promise((resolve, reject) => {
        const shown = displayUrl(url);
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
        request.on("proxyConnect", (answer) => {
            if (answer.statusCode !== 200)
                refusedTunnel = answer.statusCode ?? 0;
        });
        request.on("error", (err) => {
            if (signal.aborted)
                return fail(err);
            const code = err.code ?? "";
            if (request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE")) {
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
            const responseHeaders = flattenHeaders(res.headers);
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
}

// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
;// CONCATENATED MODULE: ./src/net/http.ts







const DEFAULT_TIMEOUT_MS = 30_000;
function createTransport(options = {}) {
    const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxRedirects = options.maxRedirects ?? 5;
    const userAgent = options.userAgent ?? "content-trust-action";
    const maxSockets = options.maxSockets ?? 16;
    const router = (0,net_route/* createRouter */.a)({ proxy: options.proxy, maxSockets });
    // One TLS context per set of extra CAs, made on first use. Given as `ca` to the agent, the ~150
    // default CA certificates would be parsed again for each new socket (10-20 ms of CPU each, one
    // after another in a parallel wave) and copied into each request's pool key.
    const contexts = new Map();
    const tlsFor = (url) => {
        if (url.protocol !== "https:")
            return {};
        const hostCa = options.hostCa?.(url.host);
        const key = hostCa ? url.host : "";
        let known = contexts.get(key);
        if (!known) {
            const extra = [options.caPem, hostCa].filter((pem) => Boolean(pem));
            known = extra.length === 0 ? { caGiven: false } : { caGiven: true, secureContext: external_node_tls_default().createSecureContext({ ca: [...defaultCaCertificates(), ...extra] }) };
            contexts.set(key, known);
        }
        return known;
    };
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
                const res = await exchange(router, tlsFor(url), url, req.method, headers, req.body, req.maxBytes, controller.signal);
                const location = res.headers["location"];
                const followable = req.method === "GET" || req.method === "HEAD";
                if (!followable || !REDIRECT_STATUSES.has(res.status) || !location)
                    return res;
                if (hop >= maxRedirects) {
                    throw new errors/* ServerError */.gP("TOO_MANY_REDIRECTS", `${req.method} ${displayUrl(req.url)} redirected more than ${maxRedirects} times`, { status: res.status, url: displayUrl(req.url) });
                }
                let next;
                try {
                    next = new URL(location, url);
                }
                catch {
                    next = new URL("invalid:");
                }
                if (next.protocol !== "http:" && next.protocol !== "https:") {
                    throw new errors/* ServerError */.gP("BAD_REDIRECT", `${req.method} ${displayUrl(url)} redirected to a URL that is not http(s)`, { status: res.status, url: displayUrl(url) });
                }
                // A downgrade would hand the rest of the exchange to anyone on the path; loopback has no path.
                if (url.protocol === "https:" && next.protocol === "http:" && !(0,proxy/* isLoopbackHost */.cW)(next.hostname)) {
                    throw new errors/* ServerError */.gP("BAD_REDIRECT", `${req.method} ${displayUrl(url)} redirected from https to plain http (${next.host})`, {
                        status: res.status,
                        url: displayUrl(url),
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
                throw new errors/* ServerError */.gP("TIMEOUT", `${req.method} ${displayUrl(url)} did not complete within ${formatMs(timeoutMs)}`, { url: displayUrl(url), cause: err });
            }
            if (req.signal?.aborted) {
                throw new errors/* ServerError */.gP("ABORTED", `${req.method} ${displayUrl(url)} was cancelled`, { url: displayUrl(url), cause: req.signal.reason });
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

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   oR: () => (/* binding */ proxyConfigFromEnv)
/* harmony export */ });
/* unused harmony export parseProxyUrl */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
    return {
        ...(https ? { https: parseProxyUrl(https.value, https.name) } : {}),
        ...(http ? { http: parseProxyUrl(http.value, http.name) } : {}),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${variable} is not a proxy URL`, { hint: "write http://HOST:PORT (credentials as http://USER:PASSWORD@HOST:PORT)" });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${variable} uses ${url.protocol.replace(/:$/, "")}, which is not supported`, { hint: "use an http:// or https:// proxy" });
    }
    if (!url.hostname)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${variable} names no proxy host`, { hint: "write http://HOST:PORT" });
    const user = decoded(url.username);
    const password = decoded(url.password);
    const bare = new URL(`${url.protocol}//${url.host}`);
    if (!user && !password)
        return { url: bare, secrets: [] };
    const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    // The password is the secret, decoded and as written; with none, the user name is (a token given
    // as http://TOKEN@HOST:PORT).
    const secret = password ? [password, url.password] : [user, url.username];
    return { url: bare, authorization, secrets: [...new Set([...secret, authorization])].filter((s) => s.length > 0) };
}
/** The proxy that a request to `url` goes through, or undefined for a direct connection. */
function proxyFor(url, config) {
    if (!config)
        return undefined;
    const server = url.protocol === "https:" ? config.https : url.protocol === "http:" ? config.http : undefined;
    if (!server)
        return undefined;
    const host = bareHost(url.hostname);
    if (isLoopbackHost(host))
        return undefined;
    const port = url.port || (url.protocol === "https:" ? "443" : "80");
    return bypassed(host, port, config.noProxy ?? "") ? undefined : server;
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
        const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
        if (mapped)
            return mapped[1].startsWith("127.");
        return expandIPv6(host).every((part, i) => (i < 7 ? part === 0 : part === 1));
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
        entry = bareHost(entry).replace(/\.$/, "");
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2134);
/**
 * Retries for idempotent requests (GET, HEAD) on transient failures: 408, 429 and 5xx answers
 * (except 501 Not Implemented), and UNREACHABLE / TIMEOUT / CONNECTION_RESET errors. Jittered
 * exponential backoff, `Retry-After` honoured up to `maxDelayMs`. POST, PUT and DELETE pass through
 * untouched: whether a write may be repeated is the caller's decision.
 */


/** `GET https://notary.example/v2/…/timestamp.json failed (TIMEOUT); retrying in 812 ms (attempt 2 of 4)`. */
function describeRetry(e) {
    return `${e.method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Q)(e.url)} failed (${e.reason}); retrying in ${e.delayMs} ms (attempt ${e.attempt + 1} of ${e.attempts})`;
}
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
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP) || !RETRY_CODES.has(err.code) || req.signal?.aborted)
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
class RetriesExhaustedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP {
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
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3669);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1987);
/**
 * How one request reaches its server: directly, or through the forward proxy that proxy.ts chose.
 * https targets go through an HTTP CONNECT tunnel (https-proxy-agent), with TLS to the target end to
 * end; http targets are sent to the proxy in absolute form (`GET http://host/path`), as Go does.
 * Proxy credentials travel only in `Proxy-Authorization`, never in a URL that a library could log.
 */





function createRouter(options) {
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
    const direct = { http: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(agentOptions), https: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(agentOptions) };
    const tunnels = new Map();
    const forwarders = new Map();
    const all = () => [direct.http, direct.https, ...tunnels.values(), ...forwarders.values()];
    const tunnelTo = (proxy) => {
        let agent = tunnels.get(proxy.url.href);
        if (!agent) {
            agent = new https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__.HttpsProxyAgent(proxy.url.href, { ...agentOptions, ...(proxy.authorization ? { headers: { "Proxy-Authorization": proxy.authorization } } : {}) });
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
        const proxy = via === null ? undefined : (via ?? (0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyFor */ .iJ)(url, options.proxy));
        const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
        const path = `${url.pathname}${url.search}`;
        const secure = url.protocol === "https:";
        const tlsOptions = secure && secureContext ? { secureContext } : {};
        if (!proxy) {
            return { lib: secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default()), options: { protocol: url.protocol, hostname, port: url.port || undefined, path, agent: secure ? direct.https : direct.http, ...tlsOptions }, headers: {} };
        }
        if (secure) {
            return { lib: (node_https__WEBPACK_IMPORTED_MODULE_1___default()), options: { protocol: url.protocol, hostname, port: url.port || undefined, path, agent: tunnelTo(proxy), ...tlsOptions }, headers: {}, proxy };
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
    };
    return {
        route,
        agentFor(secure) {
            return secure ? new RoutingHttpsAgent(pickFor(true), destroy) : new RoutingHttpAgent(pickFor(false), destroy);
        },
        destroy,
    };
    function pickFor(secure) {
        return (host, port) => {
            const url = new URL(`${secure ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}${port ? `:${port}` : ""}/`);
            const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyFor */ .iJ)(url, options.proxy);
            // A client that takes an agent cannot send absolute-form requests: tunnel http through CONNECT too.
            if (proxy)
                return tunnelTo(proxy);
            return secure ? direct.https : direct.http;
        };
    }
}
/** The proxy's own refusal: 407 (it wants credentials) or a refused CONNECT to `host`. */
function proxyRefusal(proxy, status, host, request, url) {
    return status === 407
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("PROXY_AUTH", `the proxy ${proxy.url.host} wants credentials (407) for ${request}`, { status, url, hint: "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT" })
        : new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("PROXY_REFUSED", `the proxy ${proxy.url.host} refused to connect to ${host} (${status}) for ${request}`, { status, url, hint: "allow the host in the proxy, or list it in NO_PROXY" });
}
/** Passes a request on to the agent `pick` chooses for its host, as https or plain http. */
function route(pick, req, options, secure) {
    const agent = pick(options.hostname ?? options.host ?? "localhost", options.port);
    const routed = { ...options, protocol: secure ? "https:" : "http:", secureEndpoint: secure };
    agent.addRequest(req, routed);
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

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ parseCaBundle),
/* harmony export */   kL: () => (/* binding */ tlsFailure),
/* harmony export */   mX: () => (/* binding */ readDockerTlsCa)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${subject}: certificate ${i + 1} of ${blocks.length} is not a valid X.509 certificate`, { code: "CA_NOT_CERTIFICATE" });
        }
    }
    if (out.length === 0) {
        const what = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) ? "a private key, not a certificate" : "no PEM certificate (-----BEGIN CERTIFICATE-----)";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${subject} holds ${what}`, { code: "CA_NOT_CERTIFICATE" });
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
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).filter((n) => n.endsWith(".crt")).sort();
    }
    catch {
        return undefined;
    }
    const bundles = [];
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size > MAX_CA_BYTES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${file} is larger than 1 MiB`, { code: "CA_NOT_CERTIFICATE" });
            bundles.push(parseCaBundle((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, "utf8"), file));
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb)
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot read ${file}: ${err.code ?? "error"}`, { code: "CA_FILE_MISSING" });
        }
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
/** A failed TLS handshake with `host` as a typed error; `caGiven`: whether a CA was given for it. */
function tlsFailure(code, host, request, url, caGiven) {
    if (UNTRUSTED.has(code)) {
        return caGiven
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("TLS_WRONG_CA", `the certificate of ${host} is not signed by the CA certificates given for it (${code}) for ${request}`, {
                url,
                hint: "give the CA that issued the server's certificate",
            })
            : new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("TLS_UNKNOWN_CA", `the certificate of ${host} is signed by a CA that is not trusted (${code}) for ${request}`, {
                url,
                hint: "if the server uses a private CA, give its CA certificate",
            });
    }
    if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("TLS_CERT_EXPIRED", `the certificate of ${host} is outside its validity period (${code}) for ${request}`, { url });
    }
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || code === "HOSTNAME_MISMATCH") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("TLS_HOSTNAME", `the certificate of ${host} is not valid for that name (${code}) for ${request}`, { url, hint: "use the name the certificate was issued for" });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerError */ .gP("TLS", `TLS connection to ${host} failed for ${request} (${code})`, { url, hint: "if the server uses a private CA, give its CA certificate" });
}


/***/ }),

/***/ 2440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VS: () => (/* binding */ registryErrorCode),
/* harmony export */   XT: () => (/* binding */ parseInsecureRegistries),
/* harmony export */   bP: () => (/* binding */ RegistryClient)
/* harmony export */ });
/* unused harmony exports MEDIA_TYPES, MANIFEST_MAX_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _net_auth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6887);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2134);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1987);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
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
        this.insecureHosts = new Set(parseInsecureRegistries(options.insecureHosts ?? []));
        this.now = options.now;
    }
    /** https://<apiHost>, or http:// for a host listed in insecureHosts. */
    baseUrlFor(ref) {
        const host = ref.apiHost.toLowerCase();
        const insecure = this.insecureHosts.has(ref.registry.toLowerCase()) || this.insecureHosts.has(host) || this.plainLoopback.has(host);
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
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP) || err.code !== "PLAIN_HTTP" || options.baseUrl)
                throw err;
            if (!(0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .cW)(new URL(baseUrl).hostname)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("REGISTRY_PLAIN_HTTP", `registry ${ref.registry} speaks plain HTTP, and plain HTTP is used only for loopback registries and the ones listed as insecure`, {
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
        const shownRef = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)({ name: ref.name, ...(ref.digest ? { digest: ref.digest } : { tag: target }) });
        const url = `${baseUrl}/v2/${ref.repository}/manifests/${target}`;
        const res = await session.request({ method: "GET", url, headers: { accept: ACCEPT }, maxBytes: MANIFEST_MAX_BYTES, ...(options.signal ? { signal: options.signal } : {}) }, "pull");
        if (res.status === 404) {
            const code = registryErrorCode(res.body);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("MANIFEST_UNKNOWN", `${shownRef} not found in the registry${code === "NAME_UNKNOWN" ? ` (no repository ${ref.repository})` : ""}`, {
                status: 404,
                url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Q)(url),
                hint: "push the image first, or check the name and tag",
            });
        }
        if (res.status !== 200) {
            const code = registryErrorCode(res.body);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("REGISTRY_ERROR", `registry ${ref.registry} answered ${res.status}${code ? ` ${code}` : ""} to GET ${(0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Q)(url)}`, {
                status: res.status,
                url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Q)(url),
            });
        }
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(res.body).digest("hex")}`;
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
        return { digest, size: res.body.byteLength, mediaType: mediaTypeOf(res.headers["content-type"], res.body), bytes: res.body };
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
                return new _net_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .AuthSession */ .j({
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
 * Insecure-registry entries as host[:port], lower case. `http://host:port` means the same (docker
 * strips the scheme with a warning); any other scheme, a path or an empty host is refused with a
 * USAGE error whose code is INSECURE_REGISTRY, so the front end can name its input or flag.
 */
function parseInsecureRegistries(entries) {
    return entries.map((raw) => {
        const entry = raw.trim();
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(entry);
        if (scheme && scheme[1].toLowerCase() !== "http") {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`insecure registry ${JSON.stringify(entry.slice(0, 200))} names the scheme ${scheme[1]}: an insecure registry is reached over plain http`, {
                code: "INSECURE_REGISTRY",
                hint: "write HOST:PORT (or http://HOST:PORT); a registry with TLS needs no entry",
            });
        }
        const host = (scheme ? entry.slice(scheme[0].length) : entry).replace(/\/+$/, "");
        if (!/^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(:\d{1,5})?$/i.test(host)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`insecure registry ${JSON.stringify(entry.slice(0, 200))} is not HOST[:PORT]`, { code: "INSECURE_REGISTRY", hint: "write HOST:PORT, e.g. registry.internal:5000" });
        }
        return host.toLowerCase();
    });
}
function mismatch(shownRef, expected, actual, url) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("DIGEST_MISMATCH", `manifest of ${shownRef} does not match: ${expected}, but the bytes served hash to ${actual}`, {
        url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Q)(url),
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

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
const TAG = new RegExp(`^${tagPat}$`);
/** Parses `input` like `docker pull` does; throws UsageError saying what is wrong. */
function parseReference(input) {
    const s = input.trim();
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid image reference ${JSON.stringify(s.slice(0, 300))}: ${why}`);
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
    if (tag !== undefined && !TAG.test(tag)) {
        return "a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";
    }
    return "the name must be [registry[:port]/]path with lower-case path components of letters and digits separated by '.', '_', '__' or '-'";
}
/** Checks one tag (`v1`, `latest`) as Docker does; throws UsageError naming it. */
function parseTag(tag) {
    if (!TAG.test(tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid tag ${JSON.stringify(tag.slice(0, 200))}: a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return tag;
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


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ pushBlob),
/* harmony export */   RV: () => (/* binding */ putManifest),
/* harmony export */   eB: () => (/* binding */ manifestIfPresent),
/* harmony export */   qW: () => (/* binding */ getBlob)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2134);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7893);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2440);
/**
 * Registry reads and writes beyond resolving a manifest: blobs by digest, blob upload (monolithic:
 * POST an upload, PUT its Location with `digest=`), manifest PUT by tag, and a manifest that may be
 * absent. Writes ask for push scope with the same credentials. Each write is bounded in size and
 * time (the transport's deadline) and retried a bounded number of times on 408, 429, 5xx and
 * network failures: both writes are idempotent (a blob is named by its digest, a manifest PUT
 * by tag with the same bytes lands the same manifest).
 */





const RETRY_CODES = new Set(["UNREACHABLE", "TIMEOUT", "CONNECTION_RESET"]);
const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** The manifest at `tag`, or undefined when the registry has none (404). */
async function manifestIfPresent(client, ref, tag) {
    try {
        return await client.resolve({ ...withoutPin(ref), tag });
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP && err.code === "MANIFEST_UNKNOWN")
            return undefined;
        throw err;
    }
}
/** GET a blob (at most maxBytes); undefined on 404. The caller checks the digest: a mismatch is evidence. */
async function getBlob(client, ref, digest, maxBytes) {
    const session = await client.authSession(ref);
    const url = `${session.baseUrl}/v2/${ref.repository}/blobs/${digest}`;
    const res = await session.request({ method: "GET", url, maxBytes }, "pull");
    if (res.status === 404)
        return undefined;
    if (res.status !== 200)
        throw registryError(ref, res, "GET", url);
    return res.body;
}
/** Uploads `bytes` as a blob unless the repository has it already; returns its digest. */
async function pushBlob(client, ref, bytes, options = {}) {
    if (bytes.byteLength > MAX_UPLOAD_BYTES)
        throw new RangeError(`blob of ${bytes.byteLength} bytes is more than ${MAX_UPLOAD_BYTES}`);
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex")}`;
    const session = await client.authSession(ref);
    const blobUrl = `${session.baseUrl}/v2/${ref.repository}/blobs/${digest}`;
    return retried(options, async () => {
        const head = await session.request({ method: "HEAD", url: blobUrl, maxBytes: 0 }, "pull,push");
        if (head.status === 200)
            return digest;
        const startUrl = `${session.baseUrl}/v2/${ref.repository}/blobs/uploads/`;
        const start = await session.request({ method: "POST", url: startUrl, headers: { "content-length": "0" }, maxBytes: 64 * 1024 }, "pull,push");
        if (start.status !== 202 || !start.headers["location"])
            return fail(ref, start, "POST", startUrl);
        const location = new URL(start.headers["location"], startUrl);
        location.searchParams.set("digest", digest);
        const put = await session.request({ method: "PUT", url: location.toString(), headers: { "content-type": "application/octet-stream" }, body: bytes, maxBytes: 64 * 1024 }, "pull,push");
        if (put.status !== 201)
            return fail(ref, put, "PUT", location.toString());
        return digest;
    });
}
/** PUTs a manifest under `tag`; returns the digest the registry answered with (checked against the bytes). */
async function putManifest(client, ref, tag, bytes, mediaType, options = {}) {
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("hex")}`;
    const session = await client.authSession(ref);
    const url = `${session.baseUrl}/v2/${ref.repository}/manifests/${tag}`;
    return retried(options, async () => {
        const res = await session.request({ method: "PUT", url, headers: { "content-type": mediaType }, body: bytes, maxBytes: 64 * 1024 }, "pull,push");
        if (res.status !== 201 && res.status !== 200)
            return fail(ref, res, "PUT", url);
        const claimed = res.headers["docker-content-digest"]?.trim().toLowerCase();
        if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("DIGEST_MISMATCH", `registry ${ref.registry} stored the manifest for ${ref.repository}:${tag} as ${claimed.slice(0, 80)}, but its bytes hash to ${digest}`, { url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Q)(url) });
        }
        return digest;
    });
}
class RetryableAnswer extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
function fail(ref, res, method, url) {
    const error = registryError(ref, res, method, url);
    throw (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableStatus */ .PS)(res.status) ? new RetryableAnswer(error) : error;
}
function registryError(ref, res, method, url) {
    const code = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .registryErrorCode */ .VS)(res.body);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("REGISTRY_ERROR", `registry ${ref.registry} answered ${res.status}${code ? ` ${code}` : ""} to ${method} ${(0,_net_http_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Q)(url)}`, {
        status: res.status,
        url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Q)(url),
        ...(res.status === 405 || code === "UNSUPPORTED" ? { hint: "the registry refuses writes here; cosign signatures need a registry that accepts pushes to this repository" } : {}),
    });
}
async function retried(options, run) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await run();
        }
        catch (err) {
            // A read inside the write (a HEAD, a GET) that the transport already retried to the end.
            if (err instanceof _net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .RetriesExhaustedError */ .i5)
                throw err;
            const retryable = err instanceof RetryableAnswer || (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP && RETRY_CODES.has(err.code));
            const error = err instanceof RetryableAnswer ? err.error : err;
            if (!retryable || attempt >= attempts) {
                if (retryable && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP)
                    throw (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .triedTimes */ .hL)(error, attempt);
                throw error;
            }
            const backoff = Math.min(3000, 200 * 2 ** (attempt - 1));
            await sleep(Math.round(backoff / 2 + (random() * backoff) / 2));
        }
    }
}
function withoutPin(ref) {
    const { digest: _digest, tag: _tag, ...rest } = ref;
    return rest;
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
  P: () => (/* binding */ loadPrivateKey)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/der.ts
var tuf_der = __webpack_require__(4396);
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
        throw new tuf_der/* EncodingError */.Ug(`unsupported PEM encryption ${name || "(no DEK-Info)"}`);
    if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== cipher.ivLength * 2) {
        throw new tuf_der/* EncodingError */.Ug("malformed DEK-Info IV");
    }
    if (block.bytes.length === 0 || block.bytes.length % cipher.ivLength !== 0) {
        throw new tuf_der/* EncodingError */.Ug("encrypted PEM body is not a whole number of cipher blocks");
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

// EXTERNAL MODULE: ./src/signers/pem.ts
var pem = __webpack_require__(3873);
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
const PRIVATE_TYPES = new Set(["ENCRYPTED PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "ED25519 PRIVATE KEY"]);
const PUBLIC_TYPES = new Set(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY", "TRUSTED CERTIFICATE"]);
/** How messages name the key: by its role when the file carries one. */
function subjectOf(block) {
    const role = block.headers["role"];
    return role ? `key file (role ${role})` : "key file";
}
function pickBlock(text) {
    let blocks;
    try {
        blocks = (0,pem/* decodePemBlocks */.v)(text);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`key file is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
    if (block)
        return block;
    const other = blocks.find((b) => b.type !== "EC PARAMETERS");
    if (!other)
        throw new errors/* UsageError */.eb("key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)");
    if (PUBLIC_TYPES.has(other.type)) {
        throw new errors/* UsageError */.eb(`key file holds a ${other.type.toLowerCase()}, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)`);
    }
    throw new errors/* UsageError */.eb(`key file holds an unsupported PEM block ${other.type}; expected ENCRYPTED PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY`);
}
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
function importBlock(block, secret) {
    const subject = subjectOf(block);
    const wrong = () => new errors/* UsageError */.eb(`wrong passphrase for ${subject}`);
    const needsPassphrase = () => new errors/* UsageError */.eb(`${subject}: ${PASSPHRASE_HINT}`);
    if (block.type === "ENCRYPTED PRIVATE KEY") {
        if (secret === undefined)
            throw needsPassphrase();
        let plain;
        try {
            plain = (0,pbes2/* decryptPkcs8 */.lx)(block.bytes, secret);
        }
        catch (err) {
            if (err instanceof pbes2/* WrongPassphraseError */.iA)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "unreadable encrypted key"}`);
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
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "unreadable PKCS#8 key"}`);
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
            throw new errors/* UsageError */.eb(`${subject}: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "cannot decrypt"}`);
        }
    }
    try {
        return importLegacy(block.type, der);
    }
    catch (err) {
        if (encrypted)
            throw wrong();
        throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : `unreadable ${block.type}`}`);
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
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(keyObject);
    if (reason)
        throw new errors/* UsageError */.eb(`${subjectOf(block)}: ${reason}`);
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

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EH: () => (/* binding */ createKmsSigner),
  inspectKmsKey: () => (/* binding */ inspectKmsKey)
});

// UNUSED EXPORTS: KMS_MAX_RAW_MESSAGE_BYTES, KmsSigner, ecdsaDerToRaw, regionOfKmsKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/der.ts
var tuf_der = __webpack_require__(4396);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/signers/kms-errors.ts
/**
 * AWS SDK errors from KMS calls, as one line naming the key and what to check. The SDK has already
 * retried what is worth retrying (throttling, 5xx, network) when an error reaches here; everything
 * else (access, key state, region, credentials) fails on the first answer. Messages never carry
 * credentials, and a service message is clipped to one short line.
 */


const THROTTLING = new Set(["ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded", "LimitExceededException"]);
const BAD_CREDENTIALS = new Set([
    "UnrecognizedClientException",
    "InvalidClientTokenId",
    "InvalidSignatureException",
    "IncompleteSignatureException",
    "ExpiredTokenException",
    "MissingAuthenticationTokenException",
    "SignatureDoesNotMatch",
]);
const NETWORK_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
const SUPPORTED_SPECS = "ECC_NIST_P256 (recommended), RSA_2048/3072/4096 or ECC_NIST_EDWARDS25519";
/** One short line of a service message: no newlines, at most 200 characters. */
function clip(text) {
    const line = (text ?? "").replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
function attemptsText(err) {
    const n = err.$metadata?.attempts;
    return n && n > 1 ? ` after ${n} attempts` : "";
}
/** Maps any value thrown by a KMS call to a TrustError; TrustErrors pass through unchanged. */
function kmsError(thrown, ctx) {
    if (thrown instanceof errors/* TrustError */.Ru)
        return thrown;
    const err = (typeof thrown === "object" && thrown !== null ? thrown : { message: String(thrown) });
    const name = err.name ?? "Error";
    const status = err.$metadata?.httpStatusCode;
    const subject = `AWS KMS key ${ctx.key}`;
    const where = ctx.region ? ` in region ${ctx.region}` : "";
    const cause = { cause: thrown };
    if (name === "CredentialsProviderError" || /Could not load credentials/i.test(err.message ?? "")) {
        return new errors/* UsageError */.eb(`no AWS credentials to call ${ctx.operation} on ${subject}`, {
            ...cause,
            hint: (0,wording/* phrase */.MZ)("aws-credentials"),
        });
    }
    if (/Region is missing/i.test(err.message ?? ""))
        return missingRegion(ctx.key, thrown);
    if (BAD_CREDENTIALS.has(name)) {
        return new errors/* UsageError */.eb(`AWS rejected the credentials used for ${ctx.operation} on ${subject} (${name})`, {
            ...cause,
            hint: "the credentials are invalid or expired: check the role or profile they come from, its session duration, and the machine's clock",
        });
    }
    switch (name) {
        case "AccessDeniedException":
            return new errors/* TrustError */.Ru("KMS_ACCESS_DENIED", `access denied to ${ctx.operation} on ${subject}${where}`, {
                ...cause,
                hint: "allow kms:GetPublicKey and kms:Sign on this key's ARN for the role this job assumes, in its IAM policy and in the key policy",
            });
        case "DisabledException":
            return new errors/* TrustError */.Ru("KMS_KEY_DISABLED", `${subject} is disabled`, {
                ...cause,
                hint: `enable it (aws kms enable-key --key-id ${ctx.key}) or sign with another key`,
            });
        case "KMSInvalidStateException":
            if (/pending\s*(replica\s*)?deletion/i.test(err.message ?? "")) {
                return new errors/* TrustError */.Ru("KMS_KEY_PENDING_DELETION", `${subject} is pending deletion`, {
                    ...cause,
                    hint: `cancel the deletion (aws kms cancel-key-deletion --key-id ${ctx.key}) and enable the key, or sign with another key`,
                });
            }
            return new errors/* TrustError */.Ru("KMS_KEY_STATE", `${subject} is not in a state that allows ${ctx.operation}`, {
                ...cause,
                hint: `check its state with: aws kms describe-key --key-id ${ctx.key}`,
            });
        case "NotFoundException":
        case "InvalidArnException":
            return new errors/* UsageError */.eb(`${subject} was not found${where}`, {
                ...cause,
                hint: `check the key ID or alias and the region: a key ARN carries its region, otherwise ${(0,wording/* setting */.Pe)("aws-region")} (or AWS_REGION) decides`,
            });
        case "InvalidKeyUsageException":
        case "UnsupportedOperationException":
            return new errors/* UsageError */.eb(`${subject} cannot be used for ${ctx.operation} (${name}: ${clip(err.message)})`, {
                ...cause,
                hint: `Notary signing needs an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
            });
        case "ValidationException":
            return new errors/* TrustError */.Ru("KMS_REJECTED", `AWS KMS rejected ${ctx.operation} on ${subject} (${clip(err.message)})`, cause);
    }
    if (THROTTLING.has(name) || status === 429) {
        return new errors/* ServerError */.gP("KMS_THROTTLED", `AWS KMS kept throttling ${ctx.operation} on ${subject}${attemptsText(err)}`, {
            ...cause,
            ...(status ? { status } : {}),
            hint: "re-run the job later, or ask for a higher KMS request quota",
        });
    }
    if (err.code && NETWORK_CODES.has(err.code)) {
        const host = err.hostname ?? (err.address ? `${err.address}${err.port ? `:${err.port}` : ""}` : undefined) ?? ctx.endpointHost ?? `AWS KMS in ${ctx.region ?? "no region"}`;
        return new errors/* ServerError */.gP("KMS_UNREACHABLE", `cannot reach ${host} to use ${subject} (${err.code})${attemptsText(err)}`, {
            ...cause,
            hint: err.code === "ENOTFOUND" || err.code === "EAI_AGAIN"
                ? `check the region (${ctx.region ?? "none"}) and any AWS_ENDPOINT_URL_KMS`
                : "check the runner's network access to KMS",
        });
    }
    if ((status !== undefined && status >= 500) || err.$fault === "server") {
        return new errors/* ServerError */.gP("KMS_UNAVAILABLE", `AWS KMS failed ${ctx.operation} on ${subject}${attemptsText(err)} (${name}${status ? `, HTTP ${status}` : ""})`, {
            ...cause,
            ...(status ? { status } : {}),
            hint: "KMS is having trouble; re-run the job later",
        });
    }
    return new errors/* TrustError */.Ru("KMS_ERROR", `${ctx.operation} on ${subject} failed (${name}${status ? `, HTTP ${status}` : ""}: ${clip(err.message)})`, cause);
}
function missingRegion(key, cause) {
    return new errors/* UsageError */.eb(`no AWS region for AWS KMS key ${key}`, {
        ...(cause === undefined ? {} : { cause }),
        hint: `give the key as an ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or give ${(0,wording/* setting */.Pe)("aws-region")} (or set AWS_REGION)`,
    });
}


// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/signers/kms-signer.ts
/**
 * A Signer backed by an asymmetric AWS KMS key. This is the only module that loads @aws-sdk/*, and
 * it does so with a dynamic import, so the SDK is read (and bundled in its own chunk) only when a
 * KMS key is used.
 *
 * GetPublicKey runs once: the SPKI gives the Notary public key and key ID, the key spec decides how
 * each signature is made so that notary's verifier accepts it (docs/notary-protocol.md §6.2):
 * - ECC_NIST_P256, ECDSA_SHA_256: sha256 here, Sign with MessageType DIGEST; KMS answers DER,
 *   notary wants raw r‖s of 32 + 32 bytes.
 * - RSA_2048/3072/4096, RSASSA_PSS_SHA_256: DIGEST; KMS uses salt length 32, as notary requires.
 * - ECC_NIST_EDWARDS25519, ED25519_SHA_512: pure Ed25519 over the whole message (RAW), which KMS
 *   accepts only up to 4096 bytes. ED25519_PH_SHA_512 (Ed25519ph) is not what notary verifies.
 * Every signature is checked against the public key before it is used.
 */







const ECDSA = { algorithm: "ECDSA_SHA_256", method: "ecdsa", messageType: "DIGEST", keyType: "ec" };
const RSA_PSS = { algorithm: "RSASSA_PSS_SHA_256", method: "rsapss", messageType: "DIGEST", keyType: "rsa" };
const ED25519 = { algorithm: "ED25519_SHA_512", method: "eddsa", messageType: "RAW", keyType: "ed25519" };
const PLANS = {
    ECC_NIST_P256: ECDSA,
    RSA_2048: RSA_PSS,
    RSA_3072: RSA_PSS,
    RSA_4096: RSA_PSS,
    ECC_NIST_EDWARDS25519: ED25519,
};
/** KMS signs at most this many bytes of a RAW message (the API's documented limit). */
const KMS_MAX_RAW_MESSAGE_BYTES = 4096;
/** The region named in a key or alias ARN (`arn:aws:kms:REGION:ACCOUNT:key/ID`), if keyId is one. */
function regionOfKmsKey(keyId) {
    if (!keyId.startsWith("arn:"))
        return undefined;
    const match = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(?:key|alias)\/\S+$/.exec(keyId);
    if (!match)
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} ${keyId} is not a KMS key ARN or alias ARN`, { hint: "write arn:aws:kms:REGION:ACCOUNT:key/ID or arn:aws:kms:REGION:ACCOUNT:alias/NAME" });
    return match[1];
}
/**
 * Converts an ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, as KMS returns it) to
 * the raw r‖s notary verifies, each left-padded to `size` bytes (32 for P-256). A leading zero of a
 * DER integer is dropped; a shorter integer is padded. Throws EncodingError on anything else.
 */
function ecdsaDerToRaw(der, size) {
    const parts = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* readWhole */.oD)(Buffer.from(der.buffer, der.byteOffset, der.byteLength), tuf_der/* TAG */.Dk.sequence));
    if (parts.length !== 2 || parts.some((p) => p.tag !== tuf_der/* TAG */.Dk.integer))
        throw new tuf_der/* EncodingError */.Ug("ECDSA signature is not a SEQUENCE of two INTEGERs");
    const raw = new Uint8Array(2 * size);
    parts.forEach((part, i) => {
        let value = part.content;
        if (value.length === 0 || (value[0] & 0x80) !== 0)
            throw new tuf_der/* EncodingError */.Ug("ECDSA signature holds an empty or negative integer");
        while (value.length > 1 && value[0] === 0)
            value = value.subarray(1);
        if (value.length > size)
            throw new tuf_der/* EncodingError */.Ug(`ECDSA signature integer is ${value.length} bytes, more than ${size}`);
        raw.set(value, (i + 1) * size - value.length);
    });
    return raw;
}
async function openSession(options) {
    const key = options.keyId.trim();
    if (!key || /\s/.test(key))
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} is empty or contains spaces`, { hint: "give a key ID, key ARN, alias/NAME or alias ARN" });
    const arnRegion = regionOfKmsKey(key);
    if (arnRegion && options.region && options.region !== arnRegion) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} ${key} is in region ${arnRegion}, but the region given is ${options.region}`, { hint: `leave ${(0,wording/* setting */.Pe)("aws-region")} unset or make it match the ARN` });
    }
    let endpointHost;
    try {
        endpointHost = options.endpoint ? new URL(options.endpoint).host : undefined;
    }
    catch {
        throw new errors/* UsageError */.eb(`AWS KMS endpoint ${options.endpoint} is not a URL`);
    }
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(632)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
    const region = options.region ?? arnRegion;
    const maxAttempts = options.maxAttempts ?? 4;
    const retry = options.retryDelayMs
        ? { retryStrategy: new (await __webpack_require__.e(/* import() */ 609).then(__webpack_require__.t.bind(__webpack_require__, 3609, 19))).ConfiguredRetryStrategy(maxAttempts, options.retryDelayMs) }
        : { maxAttempts };
    const client = new sdk.KMSClient({
        ...(region ? { region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
        ...retry,
    });
    const resolved = region ?? (await client.config.region().catch(() => undefined));
    if (!resolved) {
        client.destroy();
        throw missingRegion(key);
    }
    return { client, sdk, context: { key, region: resolved, endpointHost } };
}
function fail(err, session, operation) {
    throw kmsError(err, { ...session.context, operation });
}
async function fetchKey(session, role) {
    const { key } = session.context;
    const answer = await session.client
        .send(new session.sdk.GetPublicKeyCommand({ KeyId: key }))
        .catch((err) => fail(err, session, "kms:GetPublicKey"));
    const keySpec = answer.KeySpec ?? answer.CustomerMasterKeySpec ?? "unknown";
    if (answer.KeyUsage !== "SIGN_VERIFY") {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key usage ${answer.KeyUsage ?? "unknown"} (key spec ${keySpec}); Notary signing needs SIGN_VERIFY`, {
            hint: `create an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
        });
    }
    const plan = PLANS[keySpec];
    if (!plan) {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key spec ${keySpec}, which cannot make signatures notary verifies`, { hint: `use a key with spec ${SUPPORTED_SPECS}` });
    }
    if (!answer.SigningAlgorithms?.includes(plan.algorithm)) {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} (${keySpec}) does not offer ${plan.algorithm} (it offers ${answer.SigningAlgorithms?.join(", ") || "none"})`);
    }
    let spki;
    try {
        spki = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(answer.PublicKey ?? new Uint8Array()), format: "der", type: "spki" });
    }
    catch (err) {
        throw new errors/* TrustError */.Ru("KMS_BAD_PUBLIC_KEY", `AWS KMS key ${key} returned a public key that is not a readable SubjectPublicKeyInfo`, { cause: err });
    }
    const curve = spki.asymmetricKeyDetails?.namedCurve;
    if (spki.asymmetricKeyType !== plan.keyType || (plan.keyType === "ec" && curve !== "prime256v1")) {
        throw new errors/* TrustError */.Ru("KMS_BAD_PUBLIC_KEY", `AWS KMS key ${key} says ${keySpec} but its public key is ${spki.asymmetricKeyType ?? "unknown"}${curve ? ` ${curve}` : ""}`);
    }
    const publicKey = (0,public_key/* notaryPublicKeyOf */.hE)(spki);
    return {
        keyId: (0,keys/* keyIdOf */.yg)(publicKey),
        canonicalKeyId: (0,keys/* canonicalKeyIdOf */.Sy)(publicKey),
        keyArn: answer.KeyId ?? key,
        keySpec,
        publicKey,
        publicKeyPem: (0,public_key/* publicKeyPem */.rY)(publicKey, role ? { role } : {}),
        plan,
    };
}
/**
 * What `content-trust key inspect --aws-kms-key` prints: the key ID and the public key PEM an admin
 * gives to `docker trust signer add --key`. Refuses keys that cannot sign for notary, as signing would.
 */
async function inspectKmsKey(options) {
    const session = await openSession(options);
    try {
        const { plan: _plan, ...description } = await fetchKey(session, options.role);
        return description;
    }
    finally {
        session.client.destroy();
    }
}
class KmsSigner {
    keyId;
    publicKey;
    method;
    description;
    maxMessageBytes;
    keyArn;
    keySpec;
    #session;
    #plan;
    constructor(session, key) {
        this.#session = session;
        this.#plan = key.plan;
        this.keyId = key.keyId;
        this.publicKey = key.publicKey;
        this.method = key.plan.method;
        this.keyArn = key.keyArn;
        this.keySpec = key.keySpec;
        const raw = key.plan.messageType === "RAW";
        this.description = `AWS KMS key ${session.context.key}${raw ? ` (${key.keySpec}, pure Ed25519 over the whole role)` : ""}`;
        this.maxMessageBytes = raw ? KMS_MAX_RAW_MESSAGE_BYTES : undefined;
    }
    async sign(message) {
        const { sdk, client, context } = this.#session;
        const raw = this.#plan.messageType === "RAW";
        if (raw && message.length > KMS_MAX_RAW_MESSAGE_BYTES) {
            throw new errors/* TrustError */.Ru("MESSAGE_TOO_LARGE", `${message.length} bytes is more than the ${KMS_MAX_RAW_MESSAGE_BYTES} bytes AWS KMS signs with pure Ed25519 (key ${context.key})`);
        }
        const input = raw ? message : (0,external_node_crypto_.createHash)("sha256").update(message).digest();
        const answer = await client
            .send(new sdk.SignCommand({ KeyId: context.key, Message: input, MessageType: this.#plan.messageType, SigningAlgorithm: this.#plan.algorithm }))
            .catch((err) => fail(err, this.#session, "kms:Sign"));
        let signature = answer.Signature ?? new Uint8Array();
        if (this.#plan.method === "ecdsa") {
            try {
                signature = ecdsaDerToRaw(signature, 32);
            }
            catch (err) {
                throw new errors/* TrustError */.Ru("KMS_BAD_SIGNATURE", `AWS KMS key ${context.key} returned an ECDSA signature that is not DER (${err instanceof Error ? err.message : "unreadable"})`, { cause: err });
            }
        }
        if (!(0,keys/* verifySignature */.Od)(this.publicKey, this.method, message, signature)) {
            throw new errors/* TrustError */.Ru("KMS_BAD_SIGNATURE", `AWS KMS key ${context.key} returned a signature that does not verify with the public key it gave`, {
                hint: "if the key is an alias, check that it was not moved to another key during the run",
            });
        }
        return signature;
    }
    /** RSA keys: RSASSA_PKCS1_V1_5_SHA_256 over a local SHA-256 (what cosign verifies), checked before use. */
    async signRsaPkcs1v15(message) {
        const { sdk, client, context } = this.#session;
        if (this.#plan.keyType !== "rsa")
            throw new TypeError(`AWS KMS key ${context.key} is not an RSA key`);
        const answer = await client
            .send(new sdk.SignCommand({ KeyId: context.key, Message: (0,external_node_crypto_.createHash)("sha256").update(message).digest(), MessageType: "DIGEST", SigningAlgorithm: "RSASSA_PKCS1_V1_5_SHA_256" }))
            .catch((err) => fail(err, this.#session, "kms:Sign"));
        const signature = answer.Signature ?? new Uint8Array();
        if (!(0,keys/* verifySignature */.Od)(this.publicKey, "rsapkcs1v15", message, signature)) {
            throw new errors/* TrustError */.Ru("KMS_BAD_SIGNATURE", `AWS KMS key ${context.key} returned an RSASSA-PKCS1-v1_5 signature that does not verify with the public key it gave`);
        }
        return signature;
    }
    /** Releases the SDK client's connections. */
    close() {
        this.#session.client.destroy();
    }
}
/** Opens a KMS client and reads the key once (GetPublicKey); the result signs many times. */
async function createKmsSigner(options) {
    const session = await openSession(options);
    try {
        return new KmsSigner(session, await fetchKey(session));
    }
    catch (err) {
        session.client.destroy();
        throw err;
    }
}


/***/ }),

/***/ 2003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iA: () => (/* binding */ WrongPassphraseError),
/* harmony export */   lx: () => (/* binding */ decryptPkcs8),
/* harmony export */   t3: () => (/* binding */ encryptPkcs8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4396);
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
    const oid = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(algorithm, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "encryption algorithm").content);
    if (oid !== OID_PBES2)
        return undefined;
    const params = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(algorithm, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PBES2 parameters"));
    const kdf = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(params, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PBES2 key derivation function"));
    const scheme = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(params, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PBES2 encryption scheme"));
    if ((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(kdf, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "key derivation OID").content) !== OID_PBKDF2)
        return undefined;
    const cipher = CIPHERS[(0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(scheme, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "cipher OID").content)];
    if (!cipher)
        return undefined;
    const iv = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(scheme, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.octetString, "cipher IV").content;
    if (iv.length !== 16)
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("AES-CBC IV is not 16 bytes");
    const pbkdf2 = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(kdf, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PBKDF2 parameters"));
    const salt = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(pbkdf2, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.octetString, "PBKDF2 salt").content;
    const iterations = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readSmallInteger */ .ih)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(pbkdf2, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.integer, "PBKDF2 iteration count"), "iteration count");
    if (iterations < 1 || iterations > MAX_ITERATIONS)
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`PBKDF2 iteration count ${iterations} is out of range`);
    let next = 2;
    const keyLengthNode = pbkdf2[next];
    if (keyLengthNode?.tag === _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.integer) {
        if ((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readSmallInteger */ .ih)(keyLengthNode, "PBKDF2 key length") !== cipher.keyLength) {
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("PBKDF2 key length does not match the cipher");
        }
        next++;
    }
    let prf = "sha1";
    if (pbkdf2[next]) {
        const prfAlgorithm = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(pbkdf2, next, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PBKDF2 PRF"));
        const found = PRFS[(0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(prfAlgorithm, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "PRF OID").content)];
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
    const outer = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readWhole */ .oD)(der, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence));
    const algorithm = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(outer, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "encryption algorithm"));
    const ciphertext = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(outer, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.octetString, "encrypted data").content;
    const params = readPbes2(algorithm);
    if (!params)
        return undefined;
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("encrypted data is not a whole number of AES blocks");
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(passphrase, params.salt, params.iterations, params.keyLength, params.prf);
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
        (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readWhole */ .oD)(plain, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence)), 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.integer, "version");
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
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("salt must be 8 bytes and IV 16 bytes");
    const iterations = 2048;
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(passphrase, salt, iterations, 32, "sha1");
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)("aes-256-cbc", key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    key.fill(0);
    return (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_PBES2), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_PBKDF2), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(salt), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(iterations))), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_AES256_CBC), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(iv)))), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(ciphertext));
}


/***/ }),

/***/ 3873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ encodePem),
/* harmony export */   v: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4396);
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
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__/* .EncodingError */ .Ug(`PEM block ${type} has no END line`);
        const base64 = body.join("");
        if (!BASE64.test(base64) || base64.length % 4 !== 0) {
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__/* .EncodingError */ .Ug(`PEM block ${type} has a body that is not base64`);
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
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__/* .EncodingError */ .Ug("PEM header names cannot contain ':' and values cannot contain line breaks");
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

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ importPkcs8),
/* harmony export */   dz: () => (/* binding */ ed25519FromNotaryRaw),
/* harmony export */   p7: () => (/* binding */ encodeNotaryPkcs8)
/* harmony export */ });
/* unused harmony exports OID_NOTARY_ED25519, pkcs8AlgorithmOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4396);
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
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`ed25519 private key is ${raw.length} bytes, expected 96`);
    const pub = raw.subarray(0, 32);
    // Import the seed alone (RFC 8410 PKCS#8) and compare the public key it derives with both stored
    // copies here. A JWK import with `x` would leave the check to Node, and Node versions disagree:
    // some accept a mismatched `x`, newer ones refuse the JWK itself with a generic error.
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({
        key: (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_ED25519)), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(raw.subarray(32, 64)))),
        format: "der",
        type: "pkcs8",
    });
    const derived = Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ format: "jwk" }).x ?? "", "base64url");
    if (!derived.equals(pub) || !derived.equals(raw.subarray(64))) {
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("ed25519 private key does not match its public key");
    }
    return key;
}
/** Imports a DER PrivateKeyInfo, including notary's Ed25519 layout and its NULL-less RSA form. */
function importPkcs8(der) {
    const fields = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readWhole */ .oD)(der, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence));
    (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.integer, "PKCS#8 version");
    const algorithm = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PKCS#8 algorithm"));
    const oid = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(algorithm, 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "PKCS#8 algorithm OID").content);
    const privateKey = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 2, _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.octetString, "PKCS#8 private key").content;
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
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unreadable PKCS#8 private key (algorithm ${oid})`);
    }
}
/** DER PrivateKeyInfo in notary's layout for a private EC (P-256/384/521), RSA or Ed25519 key. */
function encodeNotaryPkcs8(key) {
    if (key.type !== "private")
        throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("a private key is required");
    switch (key.asymmetricKeyType) {
        case "ec": {
            const curve = CURVE_OIDS[key.asymmetricKeyDetails?.namedCurve ?? ""];
            if (!curve)
                throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unsupported curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
            // SEC1 with [0] curve and [1] public key, as Go's x509.MarshalECPrivateKey writes it.
            const sec1 = key.export({ format: "der", type: "sec1" });
            return (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(1), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_EC), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(curve)), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(sec1));
        }
        case "rsa": {
            const pkcs1 = key.export({ format: "der", type: "pkcs1" });
            return (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_RSA)), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(pkcs1));
        }
        case "ed25519": {
            const jwk = key.export({ format: "jwk" });
            const pub = Buffer.from(jwk.x ?? "", "base64url");
            const seed = Buffer.from(jwk.d ?? "", "base64url");
            const raw = Buffer.concat([pub, seed, pub]);
            seed.fill(0);
            const der = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_NOTARY_ED25519)), (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(raw));
            raw.fill(0);
            return der;
        }
        default:
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unsupported key type ${key.asymmetricKeyType ?? "unknown"}`);
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
/* harmony import */ var _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4396);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3873);
/**
 * Public keys as `docker trust signer add --key` takes them (notary tuf/utils/x509.go
 * ParsePEMPublicKey): Docker's `NAME.pub` (`PUBLIC KEY` with a `role:` header), any SPKI PEM, or a
 * certificate PEM (which becomes an `ecdsa-x509`/`rsa-x509` key holding the PEM as Go writes it).
 */





const SUPPORTED_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
const MIN_RSA_BITS = 2048;
const SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3"]);
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
            return { type: "ed25519", public: Buffer.from(pub.export({ format: "jwk" }).x ?? "", "base64url").toString("base64") };
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
function signatureAlgorithmOf(der) {
    const fields = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .readWhole */ .oD)(der, _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.sequence));
    return (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childAt */ .Ut)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childAt */ .Ut)(fields, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.sequence, "signature algorithm")), 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.oid, "signature OID").content);
}
function fromCertificate(block, now) {
    let cert;
    let signatureOid;
    try {
        cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block.bytes);
        signatureOid = signatureAlgorithmOf(block.bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("certificate PEM holds no readable X.509 certificate");
    }
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "(no CN)";
    if (SHA1_SIGNATURES.has(signatureOid))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} is signed with SHA-1, which notary rejects`);
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    if (notBefore > notAfter)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} has an invalid validity window`);
    if (now && (notBefore.getTime() > now.getTime() + 86_400_000 || now > notAfter)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} is not valid now (valid ${cert.validFrom} to ${cert.validTo})`);
    }
    const key = cert.publicKey;
    const reason = unsupportedKeyReason(key);
    if (reason || key.asymmetricKeyType === "ed25519") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn}: ${reason ?? "ed25519 certificates are not supported by notary"}`);
    }
    const type = key.asymmetricKeyType === "ec" ? "ecdsa-x509" : "rsa-x509";
    return { type, public: Buffer.from((0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "CERTIFICATE", bytes: block.bytes })).toString("base64") };
}
/** Parses the first PEM block of a public key or certificate file. */
function parsePublicKey(text, options = {}) {
    let blocks;
    try {
        blocks = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePemBlocks */ .v)(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key file is malformed: ${err instanceof _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .EncodingError */ .Ug ? err.message : "unreadable PEM"}`);
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
            return (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "PUBLIC KEY", ...(headers ? { headers } : {}), bytes: Buffer.from(publicKey.public, "base64") });
        case "ed25519": {
            const raw = Buffer.from(publicKey.public, "base64");
            if (raw.length !== 32)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("ed25519 public key is not 32 bytes");
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
            return (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "PUBLIC KEY", ...(headers ? { headers } : {}), bytes: key.export({ type: "spki", format: "der" }) });
        }
        case "ecdsa-x509":
        case "rsa-x509":
            return Buffer.from(publicKey.public, "base64").toString("utf8");
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write a PEM for key type ${publicKey.type}`);
    }
}


/***/ }),

/***/ 2025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ listedAs)
/* harmony export */ });
/** The same signer, signing under the ID (and public key form) a role lists it with. */
function listedAs(signer, keyId, publicKey) {
    if (signer.keyId === keyId)
        return signer;
    return {
        keyId,
        publicKey,
        method: signer.method,
        description: signer.description,
        ...(signer.maxMessageBytes !== undefined ? { maxMessageBytes: signer.maxMessageBytes } : {}),
        sign: (message) => signer.sign(message),
    };
}


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   X8: () => (/* binding */ envelopeJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   dw: () => (/* binding */ parseJsonObject)
/* harmony export */ });
/* unused harmony exports compareUtf8, htmlEscape */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`control character U+${c.toString(16).padStart(4, "0")} in a JSON string cannot be published to a Notary server`);
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            const next = s.charCodeAt(i + 1);
            if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6("unpaired UTF-16 surrogate in a JSON string");
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`canonical JSON allows only integers, found ${n}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`value of type ${typeof value} has no JSON form`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not valid JSON`, { cause: err });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not a JSON object`);
    }
    return value;
}


/***/ }),

/***/ 4396:
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
/**
 * The little DER (ASN.1) this package needs: read one TLV at a time, and build the few structures
 * key files and certificates contain. Not a general ASN.1 library: definite lengths only,
 * single-byte tags only.
 */
/** A PEM or DER encoding that cannot be read. The message never quotes the bytes. */
class EncodingError extends Error {
    constructor(message) {
        super(message);
        this.name = "EncodingError";
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
    return Number(iso.slice(0, 4)) < 2050 ? encodeDer(TAG.utcTime, Buffer.from(digits.slice(2))) : encodeDer(TAG.generalizedTime, Buffer.from(digits));
}


/***/ }),

/***/ 4623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ isReleasedRole),
/* harmony export */   Ex: () => (/* binding */ signerName),
/* harmony export */   Ty: () => (/* binding */ releasedTarget),
/* harmony export */   VH: () => (/* binding */ roleCandidates),
/* harmony export */   dL: () => (/* binding */ signerKeys),
/* harmony export */   eN: () => (/* binding */ allTargets),
/* harmony export */   jz: () => (/* binding */ REPO_ADMIN),
/* harmony export */   m_: () => (/* binding */ signedTags),
/* harmony export */   p0: () => (/* binding */ naturalCompare),
/* harmony export */   pH: () => (/* binding */ RELEASES),
/* harmony export */   xM: () => (/* binding */ walkRoles)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5591);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(410);
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
function allTargets(set, tag, filter = {}) {
    const out = [];
    for (const role of walkRoles(set)) {
        const targets = set.targets.get(role.name).signed.targets;
        const entries = tag === undefined ? [...targets] : targets.has(tag) ? [[tag, targets.get(tag)]] : [];
        for (const [name, meta] of entries) {
            if (filter.paths !== false && !(0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(name, role.paths))
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
function signedTags(set, tag, filter = {}) {
    const entries = allTargets(set, tag, filter);
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
                return key ? (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyIdOf */ .Sy)(key) : id;
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
        const keyIds = [...d.keys.values()].map((k) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyIdOf */ .Sy)(k));
        out.push({
            name: child.name,
            keyIds,
            paths: d.paths,
            hasKey: keyIds.includes(canonicalKeyId),
            coversTags: tags.every((t) => (0,_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(t, d.paths)),
            threshold: d.threshold,
        });
    }
    return out;
}


/***/ }),

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ sha256HexOf),
/* harmony export */   TZ: () => (/* binding */ sha256Base64),
/* harmony export */   _y: () => (/* binding */ checkHashStructure),
/* harmony export */   kJ: () => (/* binding */ checkFileMeta),
/* harmony export */   td: () => (/* binding */ checkTargetHashStructure)
/* harmony export */ });
/* unused harmony export sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/** Checking bytes against a FileMeta (length and every known hash), as notary's CheckHashes does. */


const SIZES = { sha256: 32, sha512: 64 };
/** A FileMeta must carry sha256, and every known hash must have its algorithm's length. */
function checkHashStructure(meta, subject) {
    if (!meta)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedMetadataError */ .$6(`${subject}: no entry`);
    if (!meta.hashes.has("sha256"))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedMetadataError */ .$6(`${subject}: no sha256 hash`);
    return checkLengths(meta, subject);
}
/**
 * A target entry as Go reads it: any entry whose known hashes have their algorithm's length. Go
 * accepts a sha512-only entry (`notary addhash --sha512`); it lists with an empty digest and cannot
 * be pulled or verified by digest, but it must not make the rest of its role unreadable.
 */
function checkTargetHashStructure(meta, subject) {
    if (!meta.hashes.has("sha256") && !meta.hashes.has("sha512"))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedMetadataError */ .$6(`${subject}: no sha256 or sha512 hash`);
    return checkLengths(meta, subject);
}
/** Every known hash has its algorithm's length, and the length is not negative. */
function checkLengths(meta, subject) {
    for (const [alg, b64] of meta.hashes) {
        const size = SIZES[alg];
        if (size !== undefined && Buffer.from(b64, "base64").length !== size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedMetadataError */ .$6(`${subject}: ${alg} hash has the wrong length`);
        }
    }
    if (meta.length < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedMetadataError */ .$6(`${subject}: negative length ${meta.length}`);
    return meta;
}
/** Throws unless `bytes` has the length and every sha256/sha512 hash `meta` names. */
function checkFileMeta(bytes, meta, subject) {
    if (bytes.length !== meta.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HashMismatchError */ .VM(`${subject}: ${bytes.length} bytes where the signed length is ${meta.length}`);
    }
    let checked = 0;
    for (const [alg, b64] of meta.hashes) {
        if (!(alg in SIZES))
            continue;
        const want = Buffer.from(b64, "base64");
        const got = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
        if (want.length !== got.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(want, got)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HashMismatchError */ .VM(`${subject}: ${alg} does not match the signed hash`);
        }
        checked++;
    }
    if (checked === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HashMismatchError */ .VM(`${subject}: no sha256 or sha512 hash to check`);
}
function sha256Hex(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}
function sha256Base64(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("base64");
}
/** Hex sha256 named by a FileMeta (for `<role>.<hex>.json` URLs). */
function sha256HexOf(meta) {
    return Buffer.from(meta.hashes.get("sha256") ?? "", "base64").toString("hex");
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ keyJson),
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   Sy: () => (/* binding */ canonicalKeyIdOf),
/* harmony export */   _z: () => (/* binding */ keyObjectOf),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* unused harmony exports KEY_TYPES, SIGNATURE_METHODS, isKnownKeyType, certificateOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5493);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(keyJson(key))).digest("hex");
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
/** The first certificate of an `*-x509` key (leaf first, as notary requires). */
function certificateOf(key) {
    if (!key.type.endsWith("-x509")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`key of type ${key.type} carries no certificate`);
    }
    const pem = Buffer.from(key.public, "base64").toString("utf8");
    const first = PEM_CERT.exec(pem);
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds no PEM certificate`);
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(first[0]);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds an unreadable certificate`, { cause: err });
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
                obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(key.public, "base64"), format: "der", type: "spki" });
                break;
            case "ecdsa-x509":
            case "rsa-x509":
                obj = certificateOf(key).publicKey;
                break;
            case "ed25519": {
                const raw = Buffer.from(key.public, "base64");
                if (raw.length === 32) {
                    obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
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
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, dsaEncoding: "ieee-p1363" }, signature);
            }
            case "rsapss":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
            case "rsapkcs1v15":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
            case "eddsa":
                if (obj.asymmetricKeyType !== "ed25519" || signature.length !== 64)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, obj, signature);
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


/***/ }),

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ signedJson),
/* harmony export */   YX: () => (/* binding */ serialiseEnvelope),
/* harmony export */   mE: () => (/* binding */ parseEnvelope)
/* harmony export */ });
/* unused harmony export signingBytes */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5493);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9130);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${this.subject}: ${what}`);
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
    const file = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonObject */ .dw)(text, subject);
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
        expiresAt = (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGoTime */ .bi)(signed.expires);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: ${err.message}`);
    }
    let signedBytes;
    try {
        signedBytes = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalBytes */ .Mr)(signedObj);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: ${err.message}`);
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
/** Canonical bytes of a `signed` object we build: what a signer signs. */
function signingBytes(s) {
    return canonicalBytes(signedJson(s));
}
const encoder = new TextEncoder();
/**
 * The file bytes Go would write for this signed object and these signatures. `canonicalSigned`,
 * when the caller already has it (it signed those bytes), saves serialising a large role again.
 */
function serialiseEnvelope(s, signatures, canonicalSigned) {
    return encoder.encode((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeJson */ .X8)(canonicalSigned ?? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(signedJson(s)), signatures.map((g) => ({ keyid: g.keyId, method: g.method.toLowerCase(), sig: g.sig }))));
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
/* harmony export */   ED: () => (/* binding */ goCertificatePem),
/* harmony export */   T5: () => (/* binding */ pinnedOnly),
/* harmony export */   Yx: () => (/* binding */ rootCertificateKeys)
/* harmony export */ });
/* unused harmony exports cnMatchesGun, certificateProblem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4396);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9130);
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
    try {
        const [, sigAlg] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readDer */ .SU)(Buffer.from(der)));
        const [oid] = sigAlg ? (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(sigAlg) : [];
        return oid?.tag === _der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid ? (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)(oid.content) : "";
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
    if (check.checkExpiry && from > check.now + DAY)
        return `certificate is not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(from)} (valid ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(from)} to ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(to)}); check the clock of this machine, or of the one that made the certificate`;
    if (check.checkExpiry && check.now > to)
        return `certificate expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(to)} (valid ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(from)} to ${(0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .displayTime */ .Wk)(to)})`;
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
            certs = splitPemBundle(Buffer.from(key.public, "base64").toString("utf8")).map((der) => ({ der, cert: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der) }));
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
        keys.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdOf */ .yg)(derived), derived);
    }
    return { keys, rejected };
}
/** Keeps only the keys whose certificate ID or canonical ID is pinned. */
function pinnedOnly(keys, pins) {
    const wanted = new Set(pins.map((p) => p.toLowerCase()));
    const out = new Map();
    for (const [id, key] of keys)
        if (wanted.has(id) || wanted.has((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(key)))
            out.set(id, key);
    return out;
}


/***/ }),

/***/ 8857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ signEnvelope)
/* harmony export */ });
/* unused harmony export assertFixedPoint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5493);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3518);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9130);
/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader.
 */




const GO_EXPIRES = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;
async function signEnvelope(signed, signers) {
    if (!GO_EXPIRES.test(signed.expires)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires ${signed.expires} is not in Go's UTC form`);
    }
    (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGoTime */ .bi)(signed.expires);
    const canonical = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)((0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .signedJson */ .H0)(signed));
    const message = new TextEncoder().encode(canonical);
    const signatures = [];
    for (const signer of signers) {
        if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("MESSAGE_TOO_LARGE", `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`, { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" });
        }
        const sig = await signer.sign(message);
        signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
    }
    const bytes = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .serialiseEnvelope */ .YX)(signed, signatures, canonical);
    assertFixedPoint(bytes, signed.type);
    return bytes;
}
/** Throws unless parse → serialise gives back exactly `bytes`. */
function assertFixedPoint(bytes, type) {
    const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, type, "metadata to upload");
    const again = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .serialiseEnvelope */ .YX)(env.signed, env.signatures);
    if (Buffer.compare(Buffer.from(again), Buffer.from(bytes)) !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`);
    }
}


/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ expiresAfterYears),
/* harmony export */   Wk: () => (/* binding */ displayTime),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   bi: () => (/* binding */ parseGoTime)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires "${text.slice(0, 40)}" is not an RFC 3339 time`);
    const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
    const ms = frac ? Number(frac.padEnd(3, "0").slice(0, 3)) : 0;
    let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const check = new Date(t);
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires "${text}" is not a valid date`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`time ${iso} is outside the years Go can write`);
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


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ rootRecovery),
/* harmony export */   Ef: () => (/* binding */ TrustedSet),
/* harmony export */   zi: () => (/* binding */ RootChangedError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _file_meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9391);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3518);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(162);
/* harmony import */ var _root_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5288);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9130);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5591);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(410);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3395);
/**
 * The trusted set: a pure state machine over metadata bytes, in notary's client order
 * (client/tufclient.go, tuf/builder.go): root, then timestamp, snapshot (by the timestamp's hash
 * and length), targets and delegations (by the snapshot's hashes and lengths). Every step checks
 * signatures against the already-trusted parent, `_type`, version rollback against what was
 * trusted before, and expiry against the injected clock. It does no I/O.
 */









/** A snapshot whose root entry differs from the trusted root: the caller fetches the new root. */
class RootChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk {
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
    /** The root trusted in an earlier run, under which `previousVersions` were recorded. */
    anchorRoot;
    rootEnv;
    timestamp;
    snapshot;
    /** `targets` and every delegation loaded, by role name. */
    targets = new Map();
    /** Delegation roles as their parents define them (loaded or not). */
    delegations = new Map();
    /**
     * Delegations a loader left out because they could not be trusted, with the error each failed
     * with (ExpiredError, or ThresholdError with code THRESHOLD or SIGNERS_REMOVED): callers decide
     * on its class and code, and print its message.
     */
    skipped = new Map();
    /**
     * Roles a loader could read only as the Go re-serialisation of what the server stores: the
     * server holds bytes other than those its snapshot names, so Go clients (docker, notary) cannot
     * read them. Publishing a new version repairs the repository.
     */
    inconsistent = new Set();
    /** Trusts `rootBytes` (or rotates to it from the anchor's trusted root). */
    constructor(rootBytes, opts) {
        this.gun = opts.gun;
        this.now = opts.now;
        this.opts = opts;
        if (opts.trustedRoot) {
            this.rootEnv = this.checkRoot((0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(opts.trustedRoot, "Root", "trusted root"), undefined, false);
            this.anchorRoot = this.rootEnv.signed;
            this.updateRoot(rootBytes);
        }
        else {
            this.rootEnv = this.checkRoot((0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(rootBytes, "Root", "root"), undefined, true);
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
        const next = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, "Root", "served root");
        const cur = this.rootEnv.signed.version;
        if (next.signed.version < cur)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RollbackError */ .ZS("root", `root version ${next.signed.version} is lower than trusted version ${cur}`);
        if (next.signed.version === cur)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`root version ${cur} of ${this.gun} served with content other than the trusted root v${cur}: a different root, and no rotation to it`, { hint: rootRecovery(this.gun) });
        this.rootEnv = this.checkRoot(next, this.rootEnv, true);
    }
    checkRoot(env, previous, fresh) {
        const root = env.signed;
        const subject = `root v${root.version}`;
        for (const role of ["root", "targets", "snapshot", "timestamp"]) {
            const r = root.roles.get(role);
            if (!r)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: no ${role} role`);
            if (r.threshold < 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: ${role} threshold ${r.threshold} is less than 1`);
            (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .pickKeys */ .g)(root.keys, r.keyIds, `${subject} ${role} role`);
        }
        if (previous) {
            const prevKeys = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .rootCertificateKeys */ .Yx)(previous.signed, { gun: this.gun, now: this.now, checkExpiry: false });
            try {
                (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyThreshold */ .V)(env, { name: subject, keys: prevKeys.keys, threshold: previous.signed.roles.get("root").threshold });
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject} of ${this.gun} is not signed by the root keys of trusted root v${previous.signed.version}: a rotation was served, but not a valid one`, {
                    cause: err,
                    hint: rootRecovery(this.gun),
                });
            }
        }
        const own = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .rootCertificateKeys */ .Yx)(root, { gun: this.gun, now: this.now, checkExpiry: fresh });
        if (own.keys.size === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject}: no valid root certificate for ${this.gun} (${own.rejected.join("; ") || "no root keys"})`);
        }
        let keys = own.keys;
        if (this.opts.pinnedRootKeyIds?.length) {
            keys = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .pinnedOnly */ .T5)(own.keys, this.opts.pinnedRootKeyIds);
            if (keys.size === 0) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject} of ${this.gun} is signed by root key ${[...own.keys.keys()].map((k) => k.slice(0, 12) + "…").join(", ")}, not the pinned ${this.opts.pinnedRootKeyIds.map((k) => k.slice(0, 12) + "…").join(", ")}`, { hint: `check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("root-key-id")} against the Root Key that docker trust inspect shows` });
            }
        }
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyThreshold */ .V)(env, { name: subject, keys, threshold: root.roles.get("root").threshold });
        if (fresh)
            this.checkExpiry(env, "root");
        return env;
    }
    checkExpiry(env, role) {
        if (env.expiresAt < this.now) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpiredError */ .Ci(`${role} expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(env.expiresAt)}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RollbackError */ .ZS(role, `${role} version ${version} is lower than version ${prev} trusted before`);
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
        return { name: role, keys: (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .pickKeys */ .g)(this.rootEnv.signed.keys, r.keyIds, `root ${role} role`), threshold: r.threshold };
    }
    updateTimestamp(bytes) {
        // The root in force must itself be current before anything it signs for is trusted.
        this.checkExpiry(this.rootEnv, "root");
        const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, "Timestamp", "timestamp");
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyThreshold */ .V)(env, this.rootRole("timestamp"));
        this.checkVersion("timestamp", env.signed.version);
        this.checkExpiry(env, "timestamp");
        (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHashStructure */ ._y)(env.signed.meta.get("snapshot"), "timestamp meta for snapshot");
        this.timestamp = env;
        this.snapshot = undefined;
        this.targets.clear();
        this.delegations.clear();
        this.skipped.clear();
        this.inconsistent.clear();
        return env;
    }
    /** What the trusted timestamp says of the snapshot (for a by-hash fetch). */
    get snapshotMeta() {
        if (!this.timestamp)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("ORDER", "timestamp must be loaded before snapshot");
        return this.timestamp.signed.meta.get("snapshot");
    }
    updateSnapshot(bytes) {
        (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFileMeta */ .kJ)(bytes, this.snapshotMeta, "snapshot");
        const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, "Snapshot", "snapshot");
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyThreshold */ .V)(env, this.rootRole("snapshot"));
        this.checkVersion("snapshot", env.signed.version);
        this.checkExpiry(env, "snapshot");
        for (const role of ["root", "targets"])
            (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHashStructure */ ._y)(env.signed.meta.get(role), `snapshot meta for ${role}`);
        const rootMeta = env.signed.meta.get("root");
        try {
            (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFileMeta */ .kJ)(this.rootEnv.bytes, rootMeta, "root");
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("ORDER", "snapshot must be loaded before targets");
        const meta = this.snapshot.signed.meta.get(role);
        return meta && (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHashStructure */ ._y)(meta, `snapshot meta for ${role}`);
    }
    updateTargets(bytes) {
        const meta = this.metaFor("targets");
        (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFileMeta */ .kJ)(bytes, meta, "targets");
        const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, "Targets", "targets");
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyThreshold */ .V)(env, this.rootRole("targets"));
        this.checkVersion("targets", env.signed.version);
        if (!this.opts.allowExpiredTargets)
            this.checkExpiry(env, "targets");
        this.acceptTargets("targets", env, [""]);
        return env;
    }
    /** Loads a delegation whose parent is loaded. Throws when it cannot be trusted (callers skip it). */
    updateDelegation(name, bytes) {
        const role = this.delegations.get(name);
        if (!role)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("UNKNOWN_ROLE", `${name} is not delegated by a loaded parent`);
        const meta = this.metaFor(name);
        if (!meta)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("UNKNOWN_ROLE", `${name} is not in the snapshot`);
        (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFileMeta */ .kJ)(bytes, meta, name);
        const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, "Targets", name);
        // Every signature by a key the role does not list (a signer removed since it signed): the file
        // is what the snapshot names, so this is an outdated role, not an altered one.
        if (env.signatures.length > 0 && !env.signatures.some((s) => role.keys.has(s.keyId))) {
            const ids = [...new Set(env.signatures.map((s) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(s.keyId)))].join(", ");
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdError */ .M2(`${name} is signed only by keys it no longer lists (${ids}), as after its signer was removed; its targets do not verify until a current signer of ${name} signs it again`, {}, "SIGNERS_REMOVED");
        }
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyThreshold */ .V)(env, role);
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
                keys: (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .pickKeys */ .g)(d.keys, child.keyIds, `${name} delegation ${child.name}`),
                threshold: child.threshold,
                paths: (0,_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .restrictPaths */ .T4)(paths, child.paths),
            });
        }
    }
    checkDelegationShape(parent, child, keys) {
        if (!(0,_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isDelegationName */ .mm)(child.name) || (0,_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .parentOf */ .gN)(child.name) !== parent) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${parent}: delegation role ${child.name} is not a valid child`);
        }
        if (child.threshold < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${parent}: ${child.name} threshold ${child.threshold} is less than 1`);
        (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .pickKeys */ .g)(keys, child.keyIds, `${parent} delegation ${child.name}`);
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
    (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTargetHashStructure */ .td)(meta, `${role} target ${target}`);
}
/** How to get out of a changed root: only when its owner really re-created the repository. */
function rootRecovery(gun) {
    return `confirm with the repository's owner that ${gun} was re-created; if so, remove its stored root from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .phrase */ .MZ)("trust-store")} or pin the new root with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("root-key-id")}; otherwise do not trust it`;
}


/***/ }),

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ verifyThreshold),
/* harmony export */   g: () => (/* binding */ pickKeys)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/**
 * Threshold signature checks (tuf/signed/verify.go), with two hardenings over a key-ID count:
 * a key counts once however many IDs or key types list it (distinct public keys, identified by
 * their canonical key ID), and a signature counts only when its method fits the key type.
 */


/** Counts valid signatures over `env.signedBytes` by distinct keys; throws below the threshold. */
function verifyThreshold(env, role) {
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The release this code is; kept equal to package.json's version (a unit test compares them). */
const VERSION = "0.1.0";


/***/ }),

/***/ 3395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ phrase),
/* harmony export */   PM: () => (/* binding */ step),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   XX: () => (/* binding */ render)
/* harmony export */ });
/* unused harmony export plain */
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
/** Text with its terms in their neutral form (the setting's name), for places no front end reads. */
function plain(text) {
    return text.replace(TOKEN, (_all, _kind, name, subject) => (subject ? `${name} ${subject}` : name));
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ connect),
  o7: () => (/* binding */ kmsProxyOptions),
  SX: () => (/* binding */ notaryHostCa),
  AG: () => (/* binding */ notaryServerFor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/net/http.ts + 2 modules
var http = __webpack_require__(2134);
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
        // The current file changes with every publish: a cache on the way (notary-server allows 300 s)
        // must ask the server. Files by hash or version never change and may come from a cache.
        const current = opts.sha256Hex === undefined && opts.version === undefined;
        const headers = current ? { "cache-control": "no-cache" } : undefined;
        const res = await this.request({ method: "GET", url: this.url(file), maxBytes, ...(headers ? { headers } : {}), ...(opts.signal ? { signal: opts.signal } : {}) }, "pull");
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
            return new errors/* ServerError */.gP("INVALID_UPDATE", `${this.where()} rejected ${what}: ${describeDetail(body?.detail)}`, { status, url, detailName: detailNameOf(body?.detail) });
        }
        if (status === 404) {
            return new errors/* ServerError */.gP("NOT_FOUND", `${this.where()}: ${what} answered 404 (${code ?? "not found"})`, { status, url });
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
        return new errors/* ServerError */.gP(code ? `SERVER_${code}` : "BAD_STATUS", `${this.where()}: ${what} answered HTTP ${status}${code ? ` ${code}` : ""}${message}`, { status, url });
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
        const msg = inner ? (typeof inner.Msg === "string" ? inner.Msg : JSON.stringify(inner)) : typeof d.Error === "string" ? d.Error : "";
        if (typeof d.Name === "string")
            return truncate(`${d.Name}${msg ? `: ${msg}` : ""}`);
    }
    return truncate(typeof detail === "string" ? detail : JSON.stringify(detail ?? "invalid update"));
}

// EXTERNAL MODULE: ./src/net/auth.ts + 1 modules
var auth = __webpack_require__(6887);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
        const bytes = await (0,promises_.readFile)(configPath);
        if (bytes.length > MAX_CONFIG_BYTES)
            throw new errors/* UsageError */.eb(`docker config ${configPath} is larger than 1 MiB`);
        text = bytes.toString("utf8");
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
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} ${why}`, { cause: err, hint: `install it or remove "${helper}" from the docker config` });
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
        const detail = firstLine(result.stderr || result.stdout);
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
function runProcess(file, args, input, timeoutMs, env) {
    return new Promise((resolve, reject) => {
        // Own process group, so that a timeout also ends whatever the helper started (and holds our pipes).
        const group = process.platform !== "win32";
        const child = (0,external_node_child_process_.spawn)(file, args, { stdio: ["pipe", "pipe", "pipe"], ...(env ? { env } : {}), windowsHide: true, detached: group });
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
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
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
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("notary-server")} ${JSON.stringify(chosen)} is not a URL`, { hint: "use https://host[:port]" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("notary-server")} ${chosen} must be an https URL`);
    if (url.username || url.password)
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("notary-server")} must not carry credentials in the URL`, { hint: `use ${(0,wording/* setting */.Pe)("registry-username")} and ${(0,wording/* setting */.Pe)("registry-password")}` });
    return url.origin + url.pathname.replace(/\/+$/, "");
}
/**
 * The AWS SDK's request handler for KMS behind the forward proxy: agents that send each request
 * directly or through the proxy, as our transport does (destroying the SDK client destroys them).
 * Empty without a proxy, so the SDK keeps its own handler.
 */
function kmsProxyOptions(proxy) {
    if (!proxy)
        return {};
    const router = (0,route/* createRouter */.a)({ proxy, maxSockets: 16 });
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
    const notaryServer = notaryServerFor(ref, opts.notaryServer, opts.envNotaryServer);
    const own = opts.transport
        ? undefined
        : (0,http/* createTransport */.o)({
            ...(opts.caPem ? { caPem: opts.caPem } : {}),
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
            userAgent: opts.userAgent ?? "content-trust-action",
            proxy: opts.proxy,
            hostCa: notaryHostCa(opts.dockerConfigDir, new Set([new URL(notaryServer).host])),
        });
    const deadlineMs = opts.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.Ig;
    const deadlineAt = opts.deadlineAt ?? Date.now() + deadlineMs;
    const bounded = (0,deadline/* withDeadline */.NE)(opts.transport ?? own, { deadlineAt, deadlineMs, ...(opts.timeoutMs ? { requestTimeoutMs: opts.timeoutMs } : {}) });
    const transport = (0,retry/* withRetries */.LH)(bounded, {
        ...opts.retry,
        deadlineAt,
        onRetry: (e) => {
            opts.retry?.onRetry?.(e);
            opts.logRetry?.((0,retry/* describeRetry */.eV)(e));
        },
    });
    const cache = new Map();
    const credentialsFor = (registry) => {
        let p = cache.get(registry);
        if (!p) {
            p = resolveCredentials(registry, {
                ...(opts.credentials ? { explicit: opts.credentials, ...(opts.credentialsSource ? { explicitSource: opts.credentialsSource } : {}) } : {}),
                ...(opts.dockerConfigDir ? { dockerConfigDir: opts.dockerConfigDir } : {}),
                ...(opts.helperPath ? { helperPath: opts.helperPath } : {}),
            });
            cache.set(registry, p);
        }
        return p;
    };
    let session;
    const sessionFor = () => (session ??= credentialsFor(ref.registry).then((credentials) => new auth/* AuthSession */.j({ transport, baseUrl: notaryServer, repository: ref.name, ...(credentials ? { credentials } : {}) })));
    const notary = new NotaryClient({
        baseUrl: notaryServer,
        gun: ref.name,
        send: async (req, access) => (await sessionFor()).request(req, access),
    });
    const registry = new client/* RegistryClient */.bP({ transport, credentials: credentialsFor, ...(opts.insecureRegistries ? { insecureHosts: opts.insecureRegistries } : {}) });
    return {
        notary,
        registry,
        notaryServer,
        // Only a transport made here is closed; a shared one belongs to the caller.
        close: () => own?.close(),
    };
}


/***/ }),

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ attachCosignSignature)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cosign/manifest.ts
var manifest = __webpack_require__(8798);
// EXTERNAL MODULE: ./src/cosign/payload.ts
var cosign_payload = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/registry/writes.ts
var registry_writes = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/cosign/signature.ts
var cosign_signature = __webpack_require__(5477);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
;// CONCATENATED MODULE: ./src/signers/cosign-signing.ts
/**
 * A Notary signer signing a cosign payload with the same key, in the scheme cosign verifies
 * (../cosign/signature.ts): ECDSA signatures turned from Notary's raw r‖s into DER, Ed25519 as is,
 * RSA through the signer's PKCS#1 v1.5 method. The result is checked against the public key.
 */



/** The base64 signature for the `dev.cosignproject.cosign/signature` annotation. */
async function signCosignPayload(signer, payload) {
    let signature;
    switch (signer.method) {
        case "ecdsa":
            signature = (0,cosign_signature/* ecdsaRawToDer */.Pb)(await signer.sign(payload));
            break;
        case "eddsa":
            signature = await signer.sign(payload);
            break;
        case "rsapss":
        case "rsapkcs1v15":
            if (!signer.signRsaPkcs1v15)
                throw new errors/* UsageError */.eb(`${signer.description} cannot make the RSASSA-PKCS1-v1_5 signatures cosign verifies`);
            signature = await signer.signRsaPkcs1v15(payload);
            break;
        default:
            throw new errors/* UsageError */.eb(`${signer.description} signs with ${String(signer.method)}, which cosign does not verify`);
    }
    const base64 = Buffer.from(signature).toString("base64");
    const key = (0,keys/* keyObjectOf */._z)(signer.publicKey);
    if (!key || !(0,cosign_signature/* verifyCosignSignature */.Vf)(key, payload, base64)) {
        throw new errors/* UsageError */.eb(`${signer.description} made a cosign signature that does not verify with its own public key`);
    }
    return base64;
}

// EXTERNAL MODULE: ./src/workflows/cosign-read.ts + 1 modules
var cosign_read = __webpack_require__(4899);
;// CONCATENATED MODULE: ./src/workflows/cosign-attach.ts
/**
 * Attach a cosign signature by our key to one image digest, as cosign stores it: append a layer to
 * the OCI manifest tagged `sha256-<hex>.sig` in the image's repository, keeping every layer there.
 *
 * A registry without conditional PUT cannot refuse a stale write, so a lost update is detected
 * instead of prevented: just before the PUT the tag is re-read (another writer since our read:
 * start again from theirs); after the PUT it is read back, and once more after a short settle
 * delay, and our signature must be there and verify. If another writer's PUT replaced ours, we
 * append again on top of theirs; both writers follow the same loop, so both signatures end up
 * stored. Bounded: at most `maxAttempts` rounds.
 */







const MAX_CONFIG_BYTES = 64 * 1024;
async function attachCosignSignature(deps, opts) {
    const { registry, signer } = deps;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = deps.random ?? Math.random;
    const key = (0,keys/* keyObjectOf */._z)(signer.publicKey);
    if (!key)
        throw new errors/* UsageError */.eb(`${signer.description} has no public key cosign can verify with`);
    const maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
    const settleMs = opts.settleMs ?? 300;
    const image = opts.image;
    const writes = { sleep, random };
    const result = (state, status, attempts, payloadDigest) => ({
        reference: `${image.name}:${state.tag}`,
        tag: state.tag,
        digest: opts.digest,
        manifestDigest: state.served?.digest,
        payloadDigest: payloadDigest ?? state.parsed?.layers[state.verdicts.find((v) => v.ok)?.index ?? -1]?.descriptor.digest,
        signatures: state.parsed?.layers.length ?? 0,
        status,
        attempts,
    });
    let state = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
    if (state.verdict.ok)
        return result(state, "present", 0);
    if (opts.dryRun)
        return result(state, "would-write", 0);
    const payload = (0,cosign_payload/* simpleSigningPayload */.Kq)((0,cosign_read/* cosignDockerReference */.zO)(image), opts.digest);
    const signature = await signCosignPayload(signer, payload);
    const layer = (0,manifest/* signatureLayer */.MU)(payload, signature);
    await (0,registry_writes/* pushBlob */.Ee)(registry, image, payload, writes);
    const ours = (s) => s.verdicts.some((v) => v.ok && s.parsed?.layers[v.index]?.descriptor.digest === layer.digest && s.parsed.layers[v.index]?.signature === signature);
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const baseConfig = state.parsed?.config ? await (0,registry_writes/* getBlob */.qW)(registry, image, state.parsed.config.digest, MAX_CONFIG_BYTES).catch(() => undefined) : undefined;
        let built;
        try {
            built = (0,manifest/* appendSignature */.NU)(state.parsed, baseConfig, layer);
        }
        catch (err) {
            if (!(err instanceof manifest/* ManifestFormatError */.RV))
                throw err;
            throw new errors/* TrustError */.Ru("COSIGN_MANIFEST_FULL", `${image.name}:${state.tag} cannot take another signature: ${err.message}`, {
                cause: err,
                hint: "remove old signatures from the signature image, then sign again",
            });
        }
        await (0,registry_writes/* pushBlob */.Ee)(registry, image, built.config, writes);
        // Narrow the window: if the tag moved since our read, rebase on what is there now. Only the
        // manifest is read for this; its payloads only when it did move.
        const current = await (0,registry_writes/* manifestIfPresent */.eB)(registry, image, state.tag);
        if (current?.digest !== state.served?.digest) {
            deps.log?.(`${image.name}:${state.tag} changed while signing; appending to the new manifest`);
            state = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
            if (ours(state) || state.verdict.ok)
                return result(state, "present", attempt);
            continue;
        }
        await (0,registry_writes/* putManifest */.RV)(registry, image, state.tag, built.manifest, manifest/* OCI_MANIFEST_MEDIA_TYPE */.k_, writes);
        state = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
        if (ours(state)) {
            await sleep(Math.round(settleMs / 2 + (random() * settleMs) / 2));
            state = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
            if (ours(state))
                return result(state, "written", attempt, layer.digest);
        }
        deps.log?.(`another writer replaced ${image.name}:${state.tag} at the same moment; appending again (attempt ${attempt + 1} of ${maxAttempts})`);
        await sleep(Math.round(50 + random() * 200 * attempt));
    }
    throw new errors/* TrustError */.Ru("COSIGN_WRITE_LOST", `our cosign signature on ${image.name}:${state.tag} was replaced by other writers ${maxAttempts} times`, {
        hint: "other signers write this digest at the same time; run again",
    });
}


/***/ }),

/***/ 4899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zO: () => (/* binding */ cosignDockerReference),
  yz: () => (/* binding */ readSignatures),
  Lb: () => (/* binding */ readSignaturesForKeys)
});

// UNUSED EXPORTS: sameRepository

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cosign/payload.ts
var cosign_payload = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/cosign/signature.ts
var signature = __webpack_require__(5477);
;// CONCATENATED MODULE: ./src/cosign/check.ts


/** Judges one layer; `payload` is the blob as served, or undefined when the layer is not a simple-signing layer. */
function checkLayer(index, layer, payload, key, expected) {
    if (!layer.simpleSigning || layer.signature === undefined || payload === undefined)
        return { index, ok: false, reason: "NOT_SIMPLE_SIGNING" };
    if (payload.byteLength !== layer.descriptor.size || (0,cosign_payload/* sha256Digest */.sI)(payload) !== layer.descriptor.digest)
        return { index, ok: false, reason: "PAYLOAD_TAMPERED" };
    if (!(0,signature/* verifyCosignSignature */.Vf)(key, payload, layer.signature))
        return { index, ok: false, reason: "WRONG_KEY" };
    let claims;
    try {
        claims = (0,cosign_payload/* parseSimpleSigningPayload */.$l)(payload);
    }
    catch (err) {
        if (err instanceof cosign_payload/* PayloadError */.tG)
            return { index, ok: false, reason: "NOT_COSIGN_PAYLOAD" };
        throw err;
    }
    if (claims.manifestDigest !== expected.digest)
        return { index, ok: false, reason: "OTHER_DIGEST", claims };
    if (claims.type !== cosign_payload/* COSIGN_SIGNATURE_TYPE */.ED)
        return { index, ok: false, reason: "NOT_COSIGN_PAYLOAD", claims };
    if (!expected.sameRepository(claims.dockerReference))
        return { index, ok: false, reason: "OTHER_REPOSITORY", claims };
    return { index, ok: true, claims };
}
/** Most telling first: a reason backed by a valid signature says more than one without. */
const PRECEDENCE = ["OTHER_DIGEST", "OTHER_REPOSITORY", "NOT_COSIGN_PAYLOAD", "PAYLOAD_TAMPERED", "WRONG_KEY", "NOT_SIMPLE_SIGNING", "NO_SIGNATURES"];
function summarise(verdicts) {
    const passed = verdicts.filter((v) => v.ok).length;
    if (passed > 0)
        return { ok: true, passed, layers: verdicts.length };
    const reasons = new Set(verdicts.map((v) => v.reason));
    const reason = PRECEDENCE.find((r) => reasons.has(r)) ?? "NO_SIGNATURES";
    return { ok: false, passed: 0, layers: verdicts.length, reason };
}

// EXTERNAL MODULE: ./src/cosign/manifest.ts
var manifest = __webpack_require__(8798);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/registry/writes.ts
var writes = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/workflows/cosign-read.ts






/** The name cosign writes as `docker-reference` (go-containerregistry names Docker Hub index.docker.io). */
function cosignDockerReference(image) {
    return image.registry === "docker.io" ? `index.docker.io/${image.repository}` : image.name;
}
/** Whether a payload's docker-reference names the image's repository (tag or digest ignored). */
function sameRepository(image, dockerReference) {
    try {
        return (0,reference/* parseReference */.F2)(dockerReference).name === image.name;
    }
    catch {
        return false;
    }
}
function expectationFor(image, digest) {
    return { digest, sameRepository: (r) => sameRepository(image, r) };
}
/** Payload blobs fetched at once while judging one signature manifest. */
const FETCH_CONCURRENCY = 8;
/**
 * Reads `sha256-<hex>.sig` in the image's repository and checks each signature layer with `key`.
 * A tag holding something that is not an image manifest is an error (it is never overwritten).
 */
async function readSignatures(registry, image, digest, key) {
    return (await readSignaturesForKeys(registry, image, digest, [key]))[0];
}
/**
 * The signature manifest and its payloads read once and judged against every key: one state per
 * key, in order. Payloads are fetched FETCH_CONCURRENCY at a time, in layer order. With
 * `stopAtFirstPass` no further payload is fetched once a layer passes with any key (a verifier
 * needs one); the states then judge only the layers read, and `verdict.layers` still counts all.
 */
async function readSignaturesForKeys(registry, image, digest, keys, options = {}) {
    const tag = (0,cosign_payload/* signatureTag */.bG)(digest);
    const served = await (0,writes/* manifestIfPresent */.eB)(registry, image, tag);
    if (!served)
        return keys.map(() => ({ tag, served, parsed: undefined, verdicts: [], verdict: summarise([]) }));
    let parsed;
    try {
        parsed = (0,manifest/* parseSignatureManifest */.XY)(served.bytes);
    }
    catch (err) {
        if (!(err instanceof manifest/* ManifestFormatError */.RV))
            throw err;
        throw new errors/* TrustError */.Ru("COSIGN_MANIFEST_INVALID", `${image.name}:${tag} is not a cosign signature manifest: ${err.message}`, {
            hint: "something else uses cosign's signature tag; inspect it before signing again",
        });
    }
    const expected = expectationFor(image, digest);
    const verdicts = keys.map(() => []);
    for (let start = 0; start < parsed.layers.length; start += FETCH_CONCURRENCY) {
        const batch = parsed.layers.slice(start, start + FETCH_CONCURRENCY);
        const payloads = await Promise.all(batch.map(async (layer) => {
            const wanted = layer.simpleSigning && layer.signature !== undefined && layer.descriptor.size <= cosign_payload/* MAX_PAYLOAD_BYTES */.qY;
            return { wanted, payload: wanted ? await (0,writes/* getBlob */.qW)(registry, image, layer.descriptor.digest, cosign_payload/* MAX_PAYLOAD_BYTES */.qY) : undefined };
        }));
        batch.forEach((layer, i) => {
            const index = start + i;
            const { wanted, payload } = payloads[i];
            keys.forEach((key, k) => verdicts[k].push(wanted && payload === undefined ? { index, ok: false, reason: "PAYLOAD_TAMPERED" } : checkLayer(index, layer, payload, key, expected)));
        });
        if (options.stopAtFirstPass && verdicts.some((v) => v.some((x) => x.ok)))
            break;
    }
    return verdicts.map((v) => ({ tag, served, parsed, verdicts: v, verdict: { ...summarise(v), layers: parsed.layers.length } }));
}


/***/ }),

/***/ 9422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ firstUseCheck),
/* harmony export */   _: () => (/* binding */ PIN_FLAGS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
                hint: `check the key against docker trust inspect's Root Key, then pin it with ${pinText}`,
            });
        }
        if (warned)
            return;
        warned = true;
        opts.warn?.(`${opts.gun}: trusting ${keys} on first use: no ${names.pin} pins it and no root is stored from an earlier run, so the server's first answer was trusted as is; pin it with ${pinText}`);
    };
}


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ loadTrust)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9391);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3518);
/* harmony import */ var _tuf_roles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(410);
/* harmony import */ var _tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5661);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
/**
 * Loading a repository's trust data: the I/O around the pure TrustedSet.
 *
 * notary's client fetches timestamp, snapshot, targets and each delegation one after another. We
 * fetch the current file of every role we expect to need in one parallel wave, check each against
 * the trusted chain, and fall back to a by-hash fetch only for a file that does not match (a
 * concurrent update between two of our requests). Nothing is trusted before it is checked.
 */






const MAX_ROOT_WALK = 100;
/** Delegations remembered from an earlier run that are fetched in the first wave. */
const MAX_KNOWN_HINTS = 32;
/** Loads and verifies the repository; throws NOT_INITIALISED when the server has no root. */
async function loadTrust(client, opts) {
    const warnings = [];
    const warn = (m) => {
        warnings.push(m);
        opts.onWarning?.(m);
    };
    // Delegations trusted in an earlier run (the stored versions) join the first wave too, so a
    // repository read before costs one wave however deep its delegations go.
    const wanted = opts.only ? ancestorsAndSelf(opts.only) : undefined;
    const known = Object.keys(opts.previousVersions ?? {}).filter((r) => (0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .isDelegationName */ .mm)(r) && (!wanted || wanted.has(r)));
    const hints = [...new Set([...(opts.hints ?? []), ...known.slice(0, MAX_KNOWN_HINTS)])];
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("NOT_INITIALISED", `${client.gun} is not initialised on ${client.baseUrl}: no root.json (404)`, {
            status: 404,
            hint: `create it with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .step */ .PM)("init", client.gun)}`,
        });
    }
    const set = await trustRoot(client, rootBytes, opts);
    if (!opts.trustedRoot && !opts.pinnedRootKeyIds?.length)
        opts.onFirstUse?.(set.root.signed.roles.get("root")?.keyIds ?? []);
    const tsBytes = take(tsR);
    if (!tsBytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("NOT_FOUND", `${client.gun} on ${client.baseUrl} has a root but no timestamp.json`, { status: 404 });
    set.updateTimestamp(tsBytes);
    let snapBytes = take(snapR);
    if (!snapBytes || !matches(snapBytes, set.snapshotMeta)) {
        snapBytes = await byHash(client, "snapshot", set.snapshotMeta);
    }
    try {
        set.updateSnapshot(snapBytes);
    }
    catch (err) {
        if (!(err instanceof _tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_3__/* .RootChangedError */ .zi))
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
    const read = async (role, prefetchedBytes) => {
        const r = await current(client, role, prefetchedBytes, set);
        if (r.normalised) {
            set.inconsistent.add(role);
            warn(`${role} on ${client.baseUrl} is stored in a form other than the one its snapshot names, so Go clients cannot read it; publishing it again repairs this`);
        }
        return r.bytes;
    };
    set.updateTargets(await read("targets", targetsBytes));
    // Breadth-first over delegations, one parallel wave per depth.
    let frontier = childrenOf(set, "targets", wanted);
    while (frontier.length > 0) {
        const loaded = await Promise.all(frontier.map(async (name) => {
            try {
                const bytes = await read(name, prefetched.get(name));
                set.updateDelegation(name, bytes);
                return name;
            }
            catch (err) {
                // As notary's client (tufclient.go downloadTargets): a delegation that is expired or
                // short of valid signatures is skipped, as if it had no targets. Anything else (a file
                // that is not the one the snapshot names, a rolled-back version, malformed content) is
                // a server that cannot be trusted, and fails the whole load: skipping such a role would
                // let a hostile server hide `targets/releases` and have `targets` answer for a tag.
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpiredError */ .Ci || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdError */ .M2))
                    throw err;
                set.skipped.set(name, err);
                warn(`${name} skipped: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}`);
                return undefined;
            }
        }));
        frontier = loaded.flatMap((n) => (n ? childrenOf(set, n, wanted) : []));
    }
    return { set, warnings };
}
function matches(bytes, meta) {
    try {
        (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFileMeta */ .kJ)(bytes, meta, "");
        return true;
    }
    catch {
        return false;
    }
}
async function byHash(client, role, meta) {
    const bytes = await client.getMetadata(role, { sha256Hex: (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256HexOf */ .AS)(meta), length: meta.length });
    if (!bytes)
        throw missing(client, role, meta);
    return bytes;
}
function missing(client, role, meta) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("NOT_FOUND", `${client.gun} on ${client.baseUrl}: ${role}.${(0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256HexOf */ .AS)(meta).slice(0, 12)}….json is missing (404)`, { status: 404, hint: "the repository is inconsistent; a re-publish of a Go-exact version repairs it" });
}
/**
 * The current bytes when they match the snapshot, else the by-hash file. When the server has no
 * file under the hash its snapshot names, it stored bytes that are not Go-exact (it hashes its own
 * re-serialisation, docs/notary-protocol.md §5.4): the current file is then accepted, as its Go re-serialisation,
 * only if that is exactly what the snapshot names, and flagged as `normalised`.
 */
async function current(client, role, prefetched, set) {
    const meta = set.metaFor(role);
    if (!meta)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("UNKNOWN_ROLE", `${role} is not in the snapshot`);
    if (prefetched && matches(prefetched, meta))
        return { bytes: prefetched, normalised: false };
    const bytes = await client.getMetadata(role, { sha256Hex: (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256HexOf */ .AS)(meta), length: meta.length });
    if (bytes)
        return { bytes, normalised: false };
    const served = prefetched ?? (await client.getMetadata(role));
    const goForm = served && goReserialised(served, role);
    if (goForm && matches(goForm, meta))
        return { bytes: goForm, normalised: true };
    throw missing(client, role, meta);
}
function goReserialised(bytes, role) {
    try {
        const env = (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, "Targets", role);
        return (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .serialiseEnvelope */ .YX)(env.signed, env.signatures);
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
        return new _tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustedSet */ .Ef(rootBytes, base);
    // Start from the stored root (its own bytes as the served root: a no-op update), then rotate.
    const set = new _tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustedSet */ .Ef(opts.trustedRoot, base);
    await rotateRoot(client, set, rootBytes);
    return set;
}
async function rotateRoot(client, set, target) {
    try {
        set.updateRoot(target);
        return;
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk) || err.code !== "ROOT_TRUST")
            throw err;
        const targetVersion = (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(target, "Root", "served root").signed.version;
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


/***/ }),

/***/ 1892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   ll: () => (/* binding */ parseKeyIds),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   rQ: () => (/* binding */ parseExpiry),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3395);
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
            ms = (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoTime */ .bi)(t) - now;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(name)} "${t}" is neither a duration (3y, 18mo, 90d, 12h) nor an RFC 3339 time`);
        }
    }
    if (ms < 3600_000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(name)} "${t}" is less than an hour from now`);
    if (ms > 100 * YEAR)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(name)} "${t}" is more than 100 years from now`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(name)} "${text}" must be a number of seconds between 1 and 3600`);
    return Math.round(n * 1000);
}
const KEY_ID = /^[0-9a-f]{64}$/;
function parseKeyIds(text) {
    const ids = splitList(text).map((s) => s.toLowerCase());
    for (const id of ids)
        if (!KEY_ID.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("root-key-id")} "${id.slice(0, 80)}" is not a 64-digit hex key ID`);
    return ids;
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function parseDigest(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const d = text.trim();
    if (!DIGEST.test(d))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)("digest")} "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
    return d;
}


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ publishWithRetry),
/* harmony export */   MK: () => (/* binding */ assertServed),
/* harmony export */   yE: () => (/* binding */ RETRY_POLICY)
/* harmony export */ });
/* unused harmony export mapPublishError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9391);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3518);
/**
 * Publishing a change to a Notary repository the way the Go client recovers from races
 * (docs/notary-protocol.md §2, §9.2): plan the files from what the server serves, POST them in
 * one atomic upload, and on `400 VERSION` (another writer won) or a lost answer (timeout, 5xx)
 * re-read the repository and plan again, so that only our change is re-applied and nobody else's
 * is overwritten. A plan that comes out empty after a lost answer means our upload had landed. A
 * 500 to an upload (UPLOAD_UNCONFIRMED) is a lost race when the re-read shows another writer's
 * newer versions, and a failure otherwise. After publishing, `assertServed`
 * checks that the server's snapshot names exactly the bytes we uploaded: a server accepts bytes Go
 * would not write with 200 and then serves a broken repository.
 */



/**
 * Why these numbers. A lost race (`VERSION`) means another writer made progress: with N writers
 * updating one role at once, each round lets about one through, so the last needs up to N attempts.
 * Those retries are bounded by time (3 minutes) and a generous count (40), with full-jitter
 * exponential backoff (a random wait up to 100 ms · 2^n, at most 5 s) so racers spread out instead
 * of colliding again. 30 processes signing into one role at once (test/integration/hostile-load)
 * needed up to 6 attempts with the old bound of 6 in all, and up to 7 with this policy: the old
 * bound failed such runs. A lost answer or a refusal is no progress by anyone: those stay bounded
 * by 6 attempts in all, as before.
 */
const RETRY_POLICY = { maxAttempts: 40, maxFailures: 6, deadlineMs: 180_000, baseDelayMs: 100, maxDelayMs: 5_000 };
async function publishWithRetry(deps, opts) {
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = deps.random ?? Math.random;
    const log = deps.log ?? (() => { });
    const now = deps.now ?? Date.now;
    const maxAttempts = opts.maxAttempts ?? RETRY_POLICY.maxAttempts;
    const deadline = now() + (opts.deadlineMs ?? RETRY_POLICY.deadlineMs);
    let failures = 0;
    const change = opts.change ?? "our change";
    const { gun, baseUrl } = deps.notary;
    let state = opts.state;
    let answerLost = false;
    let rereadAfterRefusal = false;
    /** The last upload answered 500: its error and the versions it tried. */
    let unconfirmed;
    for (let attempt = 1;; attempt++) {
        const plan = await opts.plan(state);
        if (plan.files.size === 0) {
            if (answerLost)
                log("Our earlier upload had landed");
            return { state, plan, published: answerLost, attempts: attempt };
        }
        if (unconfirmed) {
            // Another writer took a version we tried: the 500 was a lost race (no failure of the
            // server's); otherwise nobody wrote and the server failed.
            const { err, versions } = unconfirmed;
            unconfirmed = undefined;
            const raced = [...versions].some(([role, version]) => (plan.versions.get(role) ?? 0) > version);
            if (raced)
                log(`Another writer had published first; re-applying ${change}`);
            else if (++failures >= RETRY_POLICY.maxFailures)
                throw gaveUp(err, attempt - 1, gun, baseUrl);
        }
        log(`Publishing ${[...plan.files.keys()].map((r) => `${r} v${plan.versions.get(r)}`).join(", ")} (attempt ${attempt})`);
        try {
            await deps.notary.publish(plan.files);
            return { state, plan, published: true, attempts: attempt };
        }
        catch (err) {
            // A refusal of our roles' signatures or delegations may mean an admin changed the
            // delegations since we read them: re-read once, so we either succeed or fail with what the
            // repository now says (e.g. "signer key … is not a key of …"), not with a stale plan.
            const refused = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "INVALID_UPDATE" && err.detailName === "ErrBadTargets" && !rereadAfterRefusal;
            const retryable = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && (err.code === "VERSION_CONFLICT" || isLostAnswer(err) || refused);
            if (!retryable)
                throw mapPublishError(err, gun, baseUrl);
            if (refused)
                rereadAfterRefusal = true;
            // A 500 to an upload is counted as a failure only if the re-read shows no other writer.
            if (err.code === "UPLOAD_UNCONFIRMED")
                unconfirmed = { err, versions: plan.versions };
            else if (err.code !== "VERSION_CONFLICT")
                failures++;
            const delay = Math.round(random() * Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1)));
            if (attempt >= maxAttempts || failures >= RETRY_POLICY.maxFailures || now() + delay > deadline)
                throw gaveUp(err, attempt, gun, baseUrl);
            if (isLostAnswer(err))
                answerLost = true;
            log(err.code === "VERSION_CONFLICT"
                ? `Another writer published first; re-reading and re-applying ${change} in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
                : refused
                    ? `The server refused our upload (${err.message}); re-reading the repository in case its delegations changed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
                    : err.code === "UPLOAD_UNCONFIRMED"
                        ? `The server answered 500 to our upload, as a Notary server on PostgreSQL does to a lost race; re-reading the server to see whether it landed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
                        : `The answer to our upload was lost (${err.code}); re-reading the server to see whether it landed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`);
            await sleep(delay);
            state = await opts.reload(plan);
        }
    }
}
/**
 * The upload may or may not have been applied: only re-reading the server can tell. A connection
 * reset while the answer was being read (CONNECTION_RESET) is one of these: the server may well
 * have committed the upload before the answer was lost. So is a 500 to the upload.
 */
function isLostAnswer(err) {
    return ["UNREACHABLE", "TIMEOUT", "SERVER_UNAVAILABLE", "CONNECTION_RESET", "UPLOAD_UNCONFIRMED"].includes(err.code);
}
function gaveUp(err, attempts, gun, baseUrl) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("PUBLISH_FAILED", `${gun}: gave up after ${attempts} attempts to publish to ${baseUrl} (${err.message})`, {
        cause: err,
        hint: "other writers keep updating the same roles, or the server keeps failing; run it again",
    });
}
/** A server that does not hold the snapshot key answers ErrBadHierarchy: say what to do about it. */
function mapPublishError(err, gun, server) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "INVALID_UPDATE" && err.detailName === "ErrBadHierarchy") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("SNAPSHOT_KEY_REQUIRED", `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`, {
            cause: err,
            hint: `hand the snapshot key to the server once with: notary key rotate ${gun} snapshot -r`,
        });
    }
    return err;
}
/**
 * Checks a freshly loaded repository against what we uploaded: for each role, the snapshot names
 * the sha256 of our bytes and the role was read back and verified. A role that another writer has
 * since moved to a higher version is skipped (checks on its content still apply to the caller).
 */
function assertServed(set, uploaded) {
    for (const [role, bytes] of uploaded) {
        const type = role === "root" ? "Root" : "Targets";
        const ours = (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, type, role).signed.version;
        const served = role === "root" ? set.root : set.targets.get(role);
        if (served && served.signed.version > ours)
            continue;
        const meta = set.snapshot?.signed.meta.get(role);
        if (!meta || meta.hashes.get("sha256") !== (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Base64 */ .TZ)(bytes)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
                hint: "run it again; if it persists, report it with the server version",
            });
        }
        if (!served)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: ${role} v${ours} was uploaded but cannot be read back`);
    }
}


/***/ }),

/***/ 5122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vu: () => (/* binding */ loadSigner),
  pK: () => (/* binding */ parseOciSignature),
  tl: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/roles.ts
var roles = __webpack_require__(410);
// EXTERNAL MODULE: ./src/workflows/options.ts
var options = __webpack_require__(1892);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/signers/key-file.ts + 1 modules
var key_file = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/signers/key-file-signer.ts
var key_file_signer = __webpack_require__(326);
// EXTERNAL MODULE: ./src/signers/kms-signer.ts + 1 modules
var kms_signer = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/net/deadline.ts
var deadline = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/workflows/connect.ts + 3 modules
var connect = __webpack_require__(670);
// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts
var load_trust = __webpack_require__(5399);
// EXTERNAL MODULE: ./src/signers/signer.ts
var signers_signer = __webpack_require__(2025);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/sign.ts
var sign = __webpack_require__(8857);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/sign-plan.ts
/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */







async function planSignature(set, opts) {
    const roles = chooseRoles(set, opts);
    assertReleased(set, opts, roles);
    const sha256 = Buffer.from(opts.manifest.digest.replace(/^sha256:/, ""), "hex").toString("base64");
    const files = new Map();
    const versions = new Map();
    const pending = [];
    for (const role of roles) {
        const current = currentRole(set, role, opts.now);
        const expired = current.loaded && current.expiresAt < opts.now;
        const changed = opts.tags.some((tag) => !sameTarget(current.signed.targets.get(tag), sha256, opts.manifest.size));
        // A role stored in a form Go clients cannot read is published again, which repairs it.
        if (!changed && !expired && !set.inconsistent.has(role))
            continue;
        const next = {
            ...current.signed,
            targets: new Map(current.signed.targets),
            version: current.signed.version + 1,
            expires: (0,time/* formatGoTime */.Z0)(opts.now + opts.expiresInMs),
        };
        for (const tag of opts.tags)
            next.targets.set(tag, { length: opts.manifest.size, hashes: new Map([["sha256", sha256]]) });
        pending.push({ role, signed: next });
    }
    for (const { role, signed } of pending) {
        files.set(role, await (0,sign/* signEnvelope */.Y)(signed, [signerAsListed(set, role, opts.signer, opts.signerKeyId)]));
        versions.set(role, signed.version);
    }
    return { roles, files, versions };
}
/**
 * The signer under the ID the role lists its key by. A delegation added from a certificate
 * (`ecdsa-x509`, `rsa-x509`) lists the certificate's ID, not the plain key's: a signature carrying
 * the plain key's ID would match no key of the role, and the server refuses it.
 */
function signerAsListed(set, role, signer, canonicalId) {
    const keys = role === "targets" ? rootTargetsKeys(set) : set.delegations.get(role)?.keys ?? new Map();
    for (const [id, key] of keys) {
        if (canonicalOrUndefined(key) === canonicalId)
            return (0,signers_signer/* listedAs */.W)(signer, id, key);
    }
    return signer;
}
function rootTargetsKeys(set) {
    const root = set.root.signed;
    const out = new Map();
    for (const id of root.roles.get("targets")?.keyIds ?? []) {
        const key = root.keys.get(id);
        if (key)
            out.set(id, key);
    }
    return out;
}
function canonicalOrUndefined(key) {
    try {
        return (0,keys/* canonicalKeyIdOf */.Sy)(key);
    }
    catch {
        return undefined;
    }
}
function sameTarget(meta, sha256, length) {
    return meta !== undefined && meta.length === length && meta.hashes.get("sha256") === sha256;
}
function currentRole(set, role, now) {
    const env = set.targets.get(role);
    if (env)
        return { signed: env.signed, loaded: true, expiresAt: env.expiresAt };
    if (set.snapshot?.signed.meta.has(role)) {
        const skipped = set.skipped.get(role);
        const why = skipped ? (0,errors/* describeError */.Uc)(skipped) : undefined;
        throw new errors/* TrustError */.Ru("ROLE_UNTRUSTED", `${role} of ${set.gun} is published but cannot be verified${why ? ` (${why})` : ""}; refusing to overwrite it`, {
            hint: "a repository admin must repair or re-key the delegation",
        });
    }
    // Never published: start from an empty role at version 0, as notary does.
    return {
        signed: { type: "Targets", delegations: { keys: new Map(), roles: [] }, expires: (0,time/* expiresAfterYears */.T0)(now, 3), targets: new Map(), version: 0 },
        loaded: false,
        expiresAt: Infinity,
    };
}
/**
 * Refuses, before anything is uploaded, a signature that would leave a tag unreleased: a tag is
 * trusted only from `targets` or `targets/releases`, so publishing only the signer's own role
 * would change the repository and still fail. A tag already released with this digest may be
 * co-signed by the signer's role alone.
 */
function assertReleased(set, opts, roles) {
    if (roles.some(docker/* isReleasedRole */.Cj))
        return;
    const hex = opts.manifest.digest.replace(/^sha256:/, "");
    const unreleased = opts.tags.filter((tag) => (0,docker/* releasedTarget */.Ty)(set, tag)?.digest !== hex);
    if (unreleased.length === 0)
        return;
    const tags = unreleased.join(", ");
    const releases = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, unreleased).find((c) => c.name === docker/* RELEASES */.pH);
    const keyText = `signer key ${(0,keys/* shortId */.m_)(opts.signerKeyId)}`;
    if (releases?.hasKey && !releases.coversTags) {
        const paths = releases.paths.map((p) => JSON.stringify(p)).join(", ") || "none";
        throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${docker/* RELEASES */.pH} of ${set.gun} excludes ${tags} by its paths (${paths}), so ${tags} would not be released; nothing was published`, {
            hint: `sign a tag inside those paths, or have a repository admin widen the paths of ${docker/* RELEASES */.pH}`,
        });
    }
    const why = releases ? `${keyText} is not a key of ${docker/* RELEASES */.pH} (keys: ${releases.keyIds.map(keys/* shortId */.m_).join(", ") || "none"})` : `${set.gun} has no ${docker/* RELEASES */.pH} role`;
    throw new errors/* TrustError */.Ru("NOT_RELEASABLE", `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: ${why}; nothing was published`, {
        hint: `add the key to ${docker/* RELEASES */.pH} with: docker trust signer add --key signer.pub NAME ${set.gun} (or ${(0,wording/* step */.PM)("signer-add", set.gun)})`,
    });
}
function describeRoles(candidates) {
    return candidates.map((c) => `${c.name}: ${c.keyIds.map(keys/* shortId */.m_).join(", ") || "no keys"}`).join("; ");
}
function chooseRoles(set, opts) {
    const candidates = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, opts.tags);
    const keyText = `signer key ${(0,keys/* shortId */.m_)(opts.signerKeyId)}`;
    const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) => (0,keys/* canonicalKeyIdOf */.Sy)(set.root.signed.keys.get(id)));
    const addHint = `add it with: docker trust signer add --key signer.pub NAME ${set.gun} (or ${(0,wording/* step */.PM)("signer-add", set.gun)})`;
    let chosen;
    if (opts.roles && opts.roles.length > 0) {
        chosen = [...opts.roles];
        for (const role of chosen) {
            if (role === "targets") {
                if (!targetsKeys.includes(opts.signerKeyId))
                    throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not the targets key of ${set.gun}`);
                continue;
            }
            const c = candidates.find((x) => x.name === role);
            if (!c)
                throw new errors/* TrustError */.Ru("UNKNOWN_ROLE", `${role} is not a delegation of ${set.gun} (delegations: ${candidates.map((x) => x.name).join(", ") || "none"})`);
            if (!c.hasKey)
                throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not a key of ${role} in ${set.gun} (keys: ${c.keyIds.map(keys/* shortId */.m_).join(", ")})`, { hint: addHint });
            if (!c.coversTags)
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${role} of ${set.gun} may only sign tags starting with ${c.paths.map((p) => JSON.stringify(p)).join(", ")}`);
        }
    }
    else if (candidates.length === 0) {
        if (!targetsKeys.includes(opts.signerKeyId)) {
            throw new errors/* TrustError */.Ru("NO_SIGNABLE_ROLE", `${keyText} cannot sign ${set.gun}: it has no delegations and the key is not its targets key (${targetsKeys.map(keys/* shortId */.m_).join(", ")})`, { hint: addHint });
        }
        chosen = ["targets"];
    }
    else {
        chosen = candidates.filter((c) => c.hasKey && c.coversTags).map((c) => c.name);
        if (chosen.length === 0) {
            const withKey = candidates.filter((c) => c.hasKey);
            if (withKey.length > 0) {
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${keyText} is in ${withKey.map((c) => c.name).join(", ")} of ${set.gun}, whose paths (${withKey.flatMap((c) => c.paths).map((p) => JSON.stringify(p)).join(", ")}) do not cover ${opts.tags.join(", ")}`);
            }
            throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not a key of any delegation of ${set.gun} (${describeRoles(candidates)})`, { hint: addHint });
        }
    }
    for (const role of chosen) {
        const c = candidates.find((x) => x.name === role);
        const threshold = role === "targets" ? set.root.signed.roles.get("targets").threshold : c.threshold;
        if (threshold > 1) {
            throw new errors/* TrustError */.Ru("THRESHOLD_UNSUPPORTED", `${role} of ${set.gun} needs ${threshold} signatures; this tool signs with one key`);
        }
    }
    return chosen;
}

// EXTERNAL MODULE: ./src/workflows/publication.ts
var workflows_publication = __webpack_require__(9564);
;// CONCATENATED MODULE: ./src/workflows/sign-verify.ts
/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */




/**
 * The read-back is polled while the server (or a cache on the way) still serves a timestamp older
 * than our publish: at most 6 reads, waiting 250 ms doubling up to 4 s in between (about 8 s).
 */
const READ_BACK_POLICY = { attempts: 6, baseDelayMs: 250, maxDelayMs: 4_000 };
async function verifyPublished(client, opts) {
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const wanted = opts.minTimestampVersion ?? 0;
    for (let attempt = 1;; attempt++) {
        const { set } = await (0,load_trust/* loadTrust */.V)(client, { ...opts.anchor, now: opts.now, hints: opts.roles, allowExpiredDelegations: false, ...(opts.onWarning ? { onWarning: opts.onWarning } : {}) });
        const served = set.timestamp?.signed.version ?? 0;
        if (served >= wanted)
            return checkReadBack(client, set, opts);
        if (attempt >= READ_BACK_POLICY.attempts) {
            throw new errors/* VerificationError */.mk("STALE_READ_BACK", `${client.gun}: ${client.baseUrl} still serves timestamp v${served} after ${attempt} reads, but our publish made v${wanted} or later`, {
                hint: "a cache between this runner and the server keeps serving old metadata; the tag may well be published: inspect the repository",
            });
        }
        const delay = Math.min(READ_BACK_POLICY.maxDelayMs, READ_BACK_POLICY.baseDelayMs * 2 ** (attempt - 1));
        opts.log?.(`The server still serves timestamp v${served}, older than our publish (v${wanted}); reading again in ${delay} ms (attempt ${attempt + 1} of ${READ_BACK_POLICY.attempts})`);
        await sleep(delay);
    }
}
function checkReadBack(client, set, opts) {
    // A role the server stored in another form than the Go-exact bytes its snapshot names (altered in
    // transit, or by the server) reads back only through re-serialisation; Go readers get 404 for it.
    const unreadable = opts.roles.filter((role) => set.inconsistent.has(role));
    if (unreadable.length > 0) {
        throw new errors/* VerificationError */.mk("SERVED_MISMATCH", `${client.gun}: ${unreadable.join(", ")} as stored on ${client.baseUrl} ${unreadable.length > 1 ? "are not the files" : "is not the file"} its snapshot names; docker and notary cannot read ${unreadable.length > 1 ? "them" : "it"}`, {
            hint: "run the step again: a new version of the role repairs the repository",
        });
    }
    (0,workflows_publication/* assertServed */.MK)(set, opts.uploaded);
    const hex = opts.manifest.digest.replace(/^sha256:/, "");
    const tags = opts.tags.map((tag) => {
        const released = (0,docker/* releasedTarget */.Ty)(set, tag);
        if (!released || released.digest !== hex) {
            throw new errors/* VerificationError */.mk("NOT_RELEASED", released ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}` : `${client.gun}:${tag} is not released after publishing`, { hint: "another signer may have signed this tag at the same time; inspect the repository" });
        }
        const holding = (0,docker/* allTargets */.eN)(set, tag).filter((e) => e.digest === hex);
        const signers = [...new Set(holding.filter((e) => !(0,docker/* isReleasedRole */.Cj)(e.role)).map((e) => (0,docker/* signerName */.Ex)(e.role)))];
        return { tag, digest: opts.manifest.digest, roles: holding.map((e) => e.role), signers: signers.length ? signers : ["Repo Admin"] };
    });
    return { set, tags };
}

;// CONCATENATED MODULE: ./src/workflows/sign.ts
/**
 * Sign: publish signed targets for one digest under one or more tags, then verify what the server
 * serves. Docker's semantics (docs/notary-protocol.md §7, §9.2): the tags go into every direct child of
 * `targets` that lists our key; only our tags change; a lost race (`VERSION`) is resolved by
 * re-reading and re-applying our tags, never by overwriting another signer's.
 */






const DEFAULT_EXPIRY_MS = 3 * 365 * 24 * 3600 * 1000;
async function sign_sign(deps, opts) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = deps.random ?? Math.random;
    const log = deps.log ?? (() => { });
    const warnings = [];
    const warn = (m) => {
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.warn?.(m);
    };
    const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
    const gun = opts.image.name;
    const signerKeyId = (0,keys/* canonicalKeyIdOf */.Sy)(deps.signer.publicKey);
    const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
    log(`Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`);
    const [manifest, initial] = await Promise.all([
        resolveDigest(deps, opts.image, tags, opts.digest, warn),
        (0,load_trust/* loadTrust */.V)(deps.notary, { ...opts.anchor, now: now(), hints, allowExpiredDelegations: true, onWarning: warn, ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}) }),
    ]);
    log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
    const publication = await (0,workflows_publication/* publishWithRetry */.M4)({ notary: deps.notary, sleep, random, log }, {
        state: initial,
        plan: (loaded) => planSignature(loaded.set, {
            signer: deps.signer,
            signerKeyId,
            tags,
            manifest,
            roles: opts.roles,
            now: now(),
            expiresInMs: opts.expiresInMs ?? DEFAULT_EXPIRY_MS,
        }),
        reload: (previous) => (0,load_trust/* loadTrust */.V)(deps.notary, { ...opts.anchor, now: now(), hints: previous.roles, allowExpiredDelegations: true, onWarning: warn, ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}) }),
        ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
        ...(opts.deadlineAt !== undefined ? { deadlineMs: Math.max(0, Math.min(workflows_publication/* RETRY_POLICY */.yE.deadlineMs, opts.deadlineAt - now())) } : {}),
        change: "our tags",
    });
    const { plan, published, state: loaded, attempts } = publication;
    if (!published)
        log(`Every tag already points to ${manifest.digest} in ${plan.roles.join(", ")}: nothing to publish`);
    log("Verifying what the server now serves");
    const check = await verifyPublished(deps.notary, {
        // What this run just trusted is the anchor: its root and the versions checked against it (a
        // stored version superseded by a key rotation must not be held against the rotated root).
        anchor: { ...opts.anchor, trustedRoot: loaded.set.root.bytes, previousVersions: loaded.set.versions() },
        now: now(),
        tags,
        manifest,
        uploaded: published ? plan.files : new Map(),
        roles: plan.roles,
        onWarning: warn,
        // Our publish made a new timestamp: a read that shows an older one is stale, not the answer.
        // (After a lost answer the plan comes out empty and `loaded` already shows our upload.)
        minTimestampVersion: (loaded.set.timestamp?.signed.version ?? 0) + (published && plan.files.size > 0 ? 1 : 0),
        sleep,
        log,
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
        attempts,
        rootKeyIds: check.set.root.signed.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: check.set.root.signed.roles.get("targets")?.keyIds ?? [],
        warnings,
        trustedRoot: check.set.root.bytes,
        versions: check.set.versions(),
    };
}
/**
 * Resolves the digest to sign and checks that every tag present in the registry points to it.
 * Without a digest the first tag must exist; a further tag absent from the registry is signed
 * anyway (a pull by that tag resolves through the signed digest) with a warning.
 */
async function resolveDigest(deps, image, tags, digest, warn) {
    const wanted = digest ?? image.digest;
    if (digest && image.digest && digest !== image.digest) {
        throw new errors/* UsageError */.eb(`image ${image.name}@${image.digest} and digest ${digest} disagree`);
    }
    const byTag = tags.map((tag, i) => deps.registry.resolve({ ...image, tag, digest: undefined }).then((m) => ({ tag, m }), (e) => {
        if ((wanted || i > 0) && e instanceof errors/* TrustError */.Ru && e.code === "MANIFEST_UNKNOWN")
            return { tag, m: undefined };
        throw e;
    }));
    const [primary, ...tagged] = await Promise.all([
        wanted ? deps.registry.resolve({ ...image, digest: wanted }) : undefined,
        ...byTag,
    ]);
    const rows = tagged;
    const manifest = primary ?? rows[0].m;
    for (const { tag, m } of rows) {
        if (!m)
            warn(`${image.name}:${tag} is not in the registry; signing it to ${manifest.digest}`);
        else if (m.digest !== manifest.digest) {
            throw new errors/* VerificationError */.mk("TAG_MISMATCH", `${image.name}:${tag} points to ${m.digest} in the registry, not ${manifest.digest}`, { hint: wanted ? "pass the digest of the push that produced this tag" : "all tags signed together must point to one digest" });
        }
    }
    return manifest;
}

// EXTERNAL MODULE: ./src/workflows/trust-store.ts
var trust_store = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/workflows/cosign-attach.ts + 1 modules
var cosign_attach = __webpack_require__(2734);
;// CONCATENATED MODULE: ./src/workflows/run-sign.ts
/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */














function parseOciSignature(value, name) {
    const v = (value ?? "none").trim().toLowerCase() || "none";
    if (v !== "none" && v !== "cosign")
        throw new errors/* UsageError */.eb(`${name} ${JSON.stringify(value?.slice(0, 40))} is not one of none, cosign`);
    return v;
}
const MAX_KEY_FILE_CHARS = 1024 * 1024;
const MAX_TAGS = 256;
async function loadSigner(config) {
    if (!config.signerKey)
        throw new errors/* UsageError */.eb(`no signing key: give ${(0,wording/* setting */.Pe)("signer-key")} (a private key file) or ${(0,wording/* setting */.Pe)("aws-kms-key")}`);
    if (config.signerKey.length > MAX_KEY_FILE_CHARS)
        throw new errors/* UsageError */.eb(`signer key is ${config.signerKey.length} characters long, more than a key file's 1 MiB; give the content of one private key file`);
    const key = (0,key_file/* loadPrivateKey */.P)(config.signerKey, config.signerKeyPassphrase);
    return { signer: new key_file_signer/* KeyFileSigner */.Q(key), ...(key.role ? { role: key.role } : {}) };
}
async function runSign(config, hooks = {}) {
    const image = (0,reference/* parseReference */.F2)(config.image);
    if (!image.tag && !image.digest)
        image.tag = "latest";
    if (!image.tag)
        throw new errors/* UsageError */.eb(`image ${config.image} has no tag to sign`, { hint: "write it as name:tag or name:tag@sha256:…" });
    checkSignInputs(config);
    const kms = await kmsSigner(config, hooks);
    const { signer, role } = kms ? { signer: kms, role: undefined } : await loadSigner(config);
    const fromKeyFile = role && !["root", "targets", "snapshot", "timestamp"].includes(role) ? role.replace(/^targets\//, "") : undefined;
    const signerName = config.signerName ?? (fromKeyFile && (0,roles/* isTopLevelDelegation */._4)(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
    const store = config.trustDir ? new trust_store/* TrustStore */.O(config.trustDir) : undefined;
    const anchor = (await store?.load(image.name)) ?? {};
    if (config.rootKeyIds?.length)
        anchor.pinnedRootKeyIds = config.rootKeyIds;
    const deadlineAt = Date.now() + (config.deadlineMs ?? deadline/* DEFAULT_RUN_DEADLINE_MS */.Ig);
    const conn = (0,connect/* connect */.Ng)(image, { ...config, deadlineAt, ...(hooks.log ? { logRetry: hooks.log } : {}) });
    try {
        const result = await sign_sign({ notary: conn.notary, registry: conn.registry, signer, ...(hooks.log ? { log: hooks.log } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) }, {
            image,
            extraTags: config.tags,
            ...(config.digest ? { digest: config.digest } : {}),
            ...(signerName ? { signerName } : {}),
            ...(config.roles?.length ? { roles: config.roles } : {}),
            ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
            anchor,
            deadlineAt,
            firstUse: (0,first_use/* firstUseCheck */.I)({ gun: image.name, requireRootPin: config.requireRootPin ?? false, ...(config.pinNames ? { pinNames: config.pinNames } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) }),
        });
        if (store)
            await store.save(image.name, result.trustedRoot, result.versions);
        // Only a digest whose Notary signature was published and read back gets a cosign signature.
        const cosign = config.ociSignature === "cosign"
            ? await (0,cosign_attach/* attachCosignSignature */.l)({ registry: conn.registry, signer, ...(hooks.log ? { log: hooks.log } : {}) }, { image, digest: result.digest }).catch((err) => {
                throw cosignFailure(err, image.name, result.digest);
            })
            : undefined;
        if (cosign)
            hooks.log?.(cosign.status === "written" ? `Wrote cosign signature ${cosign.reference} (${cosign.signatures} signature(s) there now)` : `Cosign signature by this key already at ${cosign.reference}`);
        return { ...result, persisted: store !== undefined, ...(cosign ? { cosign } : {}) };
    }
    finally {
        conn.close();
        kms?.close();
    }
}
/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config) {
    if (config.tags.length > MAX_TAGS)
        throw new errors/* UsageError */.eb(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
    for (const tag of config.tags)
        (0,reference/* parseTag */.ED)(tag);
    if (config.digest !== undefined)
        (0,options/* parseDigest */.m)(config.digest);
    if (config.signerName !== undefined && !(0,roles/* isTopLevelDelegation */._4)(`targets/${config.signerName}`)) {
        throw new errors/* UsageError */.eb(`signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`, { hint: "give the NAME used with docker trust signer add" });
    }
    for (const role of config.roles ?? []) {
        if (role !== "targets" && !(0,roles/* isTopLevelDelegation */._4)(role))
            throw new errors/* UsageError */.eb(`role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`);
    }
}
/** The KMS signer when aws-kms-key is set (after GetPublicKey); undefined otherwise. */
async function kmsSigner(config, hooks) {
    if (!config.awsKmsKey)
        return undefined;
    if (config.signerKey)
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("signer-key")} and ${(0,wording/* setting */.Pe)("aws-kms-key")} are both set`, { hint: "give one signing key: a key file or an AWS KMS key" });
    if (!config.signerName) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("signer-name")} is required with ${(0,wording/* setting */.Pe)("aws-kms-key")} ${config.awsKmsKey}`, { hint: "give the delegation name the key was added under (docker trust signer add --key KEY.pub NAME IMAGE)" });
    }
    return (0,kms_signer/* createKmsSigner */.EH)({ keyId: config.awsKmsKey, region: config.awsRegion, ...(0,connect/* kmsProxyOptions */.o7)(config.proxy), ...hooks.kms });
}
/** The Notary signature stands; say so, with what failed for cosign and its hint. */
function cosignFailure(err, name, digest) {
    const code = err instanceof errors/* TrustError */.Ru ? err.code : "COSIGN_WRITE_FAILED";
    const hint = err instanceof errors/* TrustError */.Ru ? err.hint : undefined;
    return new errors/* TrustError */.Ru(code, `${name}@${digest} is signed in Notary, but its cosign signature was not written: ${err instanceof errors/* TrustError */.Ru ? err.message : (0,errors/* describeError */.Uc)(err)}`, {
        cause: err,
        hint: hint ?? "fix the cause and run again: the Notary signature is kept and only the cosign signature is written",
    });
}


/***/ }),

/***/ 8664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TrustStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, "tuf", ...parts, "metadata");
    }
    /** The stored anchor for `gun`, empty when nothing was stored. */
    async load(gun) {
        const dir = this.metadataDir(gun);
        const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, "root.json")).catch(() => undefined);
        const versions = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, VERSIONS_FILE), "utf8")
            .then((t) => JSON.parse(t))
            .catch(() => undefined);
        return {
            ...(root && root.length <= MAX_ROOT_BYTES ? { trustedRoot: new Uint8Array(root) } : {}),
            ...(versions && typeof versions === "object" ? { previousVersions: sanitize(versions) } : {}),
        };
    }
    async save(gun, root, versions) {
        const dir = this.metadataDir(gun);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true, mode: 0o700 });
        await atomicWrite(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, "root.json"), root);
        await atomicWrite(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, VERSIONS_FILE), JSON.stringify(versions));
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
    const tmp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
}


/***/ })

};
