export const id = 899;
export const ids = [899];
export const modules = {

/***/ 8798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ signatureLayer),
/* harmony export */   NU: () => (/* binding */ appendSignature),
/* harmony export */   RV: () => (/* binding */ ManifestFormatError),
/* harmony export */   XY: () => (/* binding */ parseSignatureManifest)
/* harmony export */ });
/* unused harmony exports OCI_MANIFEST_MEDIA_TYPE, emptyImageConfig */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2187);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8868);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6773);
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
/** Bytes under cosign's signature tag that are not a signature image we can read or extend. */
class ManifestFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustError */ .Ru {
    constructor(message, options = {}) {
        super("COSIGN_MANIFEST_INVALID", message, options);
    }
}
/**
 * Parses the bytes of a `.sig` manifest; throws ManifestFormatError when it is not an image manifest with valid
 * layers.
 */
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
        const signature = descriptor.annotations?.[_payload_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNATURE_ANNOTATION */ .ZB];
        return { descriptor, signature, simpleSigning: descriptor.mediaType === _payload_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r };
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
    if (typeof d["digest"] !== "string" || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isSha256Digest */ .q9)(d["digest"]))
        throw new ManifestFormatError(`${what} has no sha256 digest`);
    if (typeof d["size"] !== "number" || !Number.isSafeInteger(d["size"]) || d["size"] < 0)
        throw new ManifestFormatError(`${what} has no valid size`);
    const ann = d["annotations"];
    if (ann !== undefined) {
        if (typeof ann !== "object" ||
            ann === null ||
            Array.isArray(ann) ||
            Object.values(ann).some((v) => typeof v !== "string")) {
            throw new ManifestFormatError(`${what} annotations are not a map of strings`);
        }
    }
    return d;
}
/** The layer descriptor for one signature, fields in the order go-containerregistry writes them. */
function signatureLayer(payload, signatureBase64) {
    return {
        mediaType: _payload_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r,
        size: payload.byteLength,
        digest: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .s)(payload),
        annotations: { [_payload_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNATURE_ANNOTATION */ .ZB]: signatureBase64 },
    };
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
    // A base written with Docker's media types (cosign with COSIGN_DOCKER_MEDIA_TYPES=1, for
    // registries without OCI manifests) keeps them, as cosign's own append does.
    const configDescriptor = {
        mediaType: base?.config?.mediaType ?? OCI_CONFIG_MEDIA_TYPE,
        size: config.byteLength,
        digest: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .s)(config),
    };
    const manifest = base
        ? { ...base.raw, config: { ...(base.config ?? {}), ...configDescriptor }, layers }
        : { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: configDescriptor, layers };
    const bytes = new TextEncoder().encode(JSON.stringify(manifest));
    const mediaType = typeof manifest["mediaType"] === "string" ? manifest["mediaType"] : OCI_MANIFEST_MEDIA_TYPE;
    return { manifest: bytes, mediaType, config, digest: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .s)(bytes) };
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
                return new TextEncoder().encode(JSON.stringify({
                    ...c,
                    history: [...history, { created: ZERO_TIME }],
                    rootfs: { ...rootfs, diff_ids: [...baseIds, diffIds.at(-1)] },
                }));
            }
        }
        catch {
            // unreadable: write cosign's own below
        }
    }
    return emptyImageConfig(diffIds);
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
/* harmony import */ var _codec_base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(231);
/**
 * Signature schemes as cosign verifies a signature made with a key (sigstore
 * pkg/signature.LoadVerifier with SHA-256, which cosign uses for `--key`):
 * - ECDSA (any curve): SHA-256 of the payload, ASN.1 DER `SEQUENCE { r, s }`;
 * - RSA: RSASSA-PKCS1-v1_5 with SHA-256 (not PSS, which Notary uses);
 * - Ed25519: pure Ed25519 over the payload.
 * The signature travels as standard base64 (Go's decoder skips CR and LF, so do we).
 */


/** Larger than any signature of the schemes above (RSA-4096 is 512 bytes, base64 684 characters). */
const MAX_SIGNATURE_CHARS = 4096;
/** Strict standard base64 as Go's base64.StdEncoding decodes it; undefined when it is not. */
function decodeSignature(text) {
    const compact = text.replace(/[\r\n]/g, "");
    if (compact.length === 0 || compact.length > MAX_SIGNATURE_CHARS || !(0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .isStandardBase64 */ .Jx)(compact))
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

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ pushBlob),
/* harmony export */   RV: () => (/* binding */ putManifest),
/* harmony export */   eB: () => (/* binding */ manifestIfPresent),
/* harmony export */   qW: () => (/* binding */ getBlob)
/* harmony export */ });
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8868);
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8547);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7893);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2440);
/* harmony import */ var _event_loop_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5294);
/**
 * Registry reads and writes beyond resolving a manifest: blobs by digest, blob upload (monolithic:
 * POST an upload, PUT its Location with `digest=`), manifest PUT by tag, and a manifest that may be
 * absent. Writes ask for push scope with the same credentials. Each write is bounded in size and
 * time (the transport's deadline) and retried a bounded number of times on 408, 429, 5xx and
 * network failures: both writes are idempotent (a blob is named by its digest, a manifest PUT
 * by tag with the same bytes lands the same manifest).
 */







const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** The manifest at `tag`, or undefined when the registry has none (404). */
async function manifestIfPresent(client, ref, tag) {
    try {
        return await client.resolve({ ...withoutPin(ref), tag });
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP && err.code === "MANIFEST_UNKNOWN")
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
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .registryError */ .eo)(ref, res, "GET", url);
    return res.body;
}
/** Uploads `bytes` as a blob unless the repository has it already; returns its digest. */
async function pushBlob(client, ref, bytes, options = {}) {
    if (bytes.byteLength > MAX_UPLOAD_BYTES)
        throw new RangeError(`blob of ${bytes.byteLength} bytes is more than ${MAX_UPLOAD_BYTES}`);
    const digest = (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .s)(bytes);
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
        const put = await session.request({
            method: "PUT",
            url: location.toString(),
            headers: { "content-type": "application/octet-stream" },
            body: bytes,
            maxBytes: 64 * 1024,
        }, "pull,push");
        if (put.status !== 201)
            return fail(ref, put, "PUT", location.toString());
        return digest;
    });
}
/** PUTs a manifest under `tag`; returns the digest the registry answered with (checked against the bytes). */
async function putManifest(client, ref, tag, bytes, mediaType, options = {}) {
    const digest = (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .s)(bytes);
    const session = await client.authSession(ref);
    const url = `${session.baseUrl}/v2/${ref.repository}/manifests/${tag}`;
    return retried(options, async () => {
        const res = await session.request({ method: "PUT", url, headers: { "content-type": mediaType }, body: bytes, maxBytes: 64 * 1024 }, "pull,push");
        if (res.status !== 201 && res.status !== 200)
            return fail(ref, res, "PUT", url);
        const claimed = res.headers["docker-content-digest"]?.trim().toLowerCase();
        if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("DIGEST_MISMATCH", `registry ${ref.registry} stored the manifest for ${ref.repository}:${tag} as ${claimed.slice(0, 80)}, but its bytes hash to ${digest}`, { url: (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Q)(url) });
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
    const error = (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .registryError */ .eo)(ref, res, method, url);
    throw (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .isRetryableStatus */ .PS)(res.status) ? new RetryableAnswer(error) : error;
}
async function retried(options, run) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const sleep = options.sleep ?? _event_loop_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .y;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await run();
        }
        catch (err) {
            // A read inside the write (a HEAD, a GET) that the transport already retried to the end.
            if (err instanceof _net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .RetriesExhaustedError */ .i5)
                throw err;
            const retryable = err instanceof RetryableAnswer || (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP && _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRYABLE_CODES */ .wX.has(err.code));
            const error = err instanceof RetryableAnswer ? err.error : err;
            if (!retryable || attempt >= attempts) {
                if (retryable && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP)
                    throw (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .triedTimes */ .hL)(error, attempt);
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

/***/ 4899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zO: () => (/* binding */ cosignDockerReference),
  MD: () => (/* binding */ readSignatureManifest),
  yz: () => (/* binding */ readSignatures),
  readSignaturesForKeys: () => (/* binding */ readSignaturesForKeys)
});

// UNUSED EXPORTS: sameRepository

// EXTERNAL MODULE: ./src/sha256.ts
var sha256 = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/cosign/payload.ts
var cosign_payload = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/cosign/signature.ts
var signature = __webpack_require__(5477);
;// CONCATENATED MODULE: ./src/cosign/check.ts



/** Judges one layer; `payload` is the blob as served, or undefined when the layer is not a simple-signing layer. */
function checkLayer(index, layer, payload, key, expected) {
    if (!layer.simpleSigning || layer.signature === undefined || payload === undefined)
        return { index, ok: false, reason: "NOT_SIMPLE_SIGNING" };
    if (payload.byteLength !== layer.descriptor.size || (0,sha256/* sha256Digest */.s)(payload) !== layer.descriptor.digest)
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
const PRECEDENCE = [
    "OTHER_DIGEST",
    "OTHER_REPOSITORY",
    "NOT_COSIGN_PAYLOAD",
    "PAYLOAD_TAMPERED",
    "WRONG_KEY",
    "NOT_SIMPLE_SIGNING",
    "NO_SIGNATURES",
];
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
/** The `.sig` manifest of `digest` alone, parsed; no payload is read. */
async function readSignatureManifest(registry, image, digest) {
    const tag = (0,cosign_payload/* signatureTag */.bG)(digest);
    const served = await (0,writes/* manifestIfPresent */.eB)(registry, image, tag);
    if (!served)
        return { tag, served, parsed: undefined };
    try {
        return { tag, served, parsed: (0,manifest/* parseSignatureManifest */.XY)(served.bytes) };
    }
    catch (err) {
        if (!(err instanceof manifest/* ManifestFormatError */.RV))
            throw err;
        throw new manifest/* ManifestFormatError */.RV(`${image.name}:${tag} is not a cosign signature manifest: ${err.message}`, {
            cause: err,
            hint: "something else uses cosign's signature tag; inspect it before signing again",
        });
    }
}
/**
 * The signature manifest and its payloads read once and judged against every key: one state per
 * key, in order. Payloads are fetched FETCH_CONCURRENCY at a time, in layer order. With
 * `stopAtFirstPass` no further payload is fetched once a layer passes with any key (a verifier
 * needs one); the states then judge only the layers read, and `verdict.layers` still counts all.
 */
async function readSignaturesForKeys(registry, image, digest, keys, options = {}) {
    const { tag, served, parsed } = await readSignatureManifest(registry, image, digest);
    if (!served || !parsed)
        return keys.map(() => ({ tag, served, parsed: undefined, verdicts: [], verdict: summarise([]) }));
    const expected = expectationFor(image, digest);
    const verdicts = keys.map(() => []);
    for (let start = 0; start < parsed.layers.length; start += FETCH_CONCURRENCY) {
        const batch = parsed.layers.slice(start, start + FETCH_CONCURRENCY);
        const payloads = await Promise.all(batch.map(async (layer) => {
            const wanted = layer.simpleSigning && layer.signature !== undefined && layer.descriptor.size <= cosign_payload/* MAX_PAYLOAD_BYTES */.qY;
            return {
                wanted,
                payload: wanted ? await (0,writes/* getBlob */.qW)(registry, image, layer.descriptor.digest, cosign_payload/* MAX_PAYLOAD_BYTES */.qY) : undefined,
            };
        }));
        batch.forEach((layer, i) => {
            const index = start + i;
            const { wanted, payload } = payloads[i];
            keys.forEach((key, k) => verdicts[k].push(wanted && payload === undefined
                ? { index, ok: false, reason: "PAYLOAD_TAMPERED" }
                : checkLayer(index, layer, payload, key, expected)));
        });
        if (options.stopAtFirstPass && verdicts.some((v) => v.some((x) => x.ok)))
            break;
    }
    return verdicts.map((v) => ({
        tag,
        served,
        parsed,
        verdicts: v,
        verdict: { ...summarise(v), layers: parsed.layers.length },
    }));
}


/***/ })

};
