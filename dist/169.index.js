export const id = 169;
export const ids = [169];
export const modules = {

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
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
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
/** `sha256:<hex>` → `sha256-<hex>.sig`, the tag cosign stores the signatures of that digest under. */
function signatureTag(digest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(digest))
        throw new TypeError(`not a sha256 digest: ${digest.slice(0, 80)}`);
    return `${digest.replace(":", "-")}.sig`;
}
/** The payload bytes cosign signs for `manifestDigest` in repository `dockerReference`. */
function simpleSigningPayload(dockerReference, manifestDigest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(manifestDigest))
        throw new TypeError(`not a sha256 digest: ${manifestDigest.slice(0, 80)}`);
    const json = JSON.stringify({
        critical: {
            identity: { "docker-reference": dockerReference },
            image: { "docker-manifest-digest": manifestDigest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: null,
    });
    return new TextEncoder().encode((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .goHtmlEscape */ .BO)(json));
}
/** Bytes that are not a simple-signing payload. */
class PayloadError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustError */ .Ru {
    constructor(message, options = {}) {
        super("COSIGN_NOT_COSIGN_PAYLOAD", message, options);
    }
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


/***/ }),

/***/ 1238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ signToEnvelope),
/* harmony export */   Y: () => (/* binding */ signEnvelope)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3518);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9130);
/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader.
 */



const GO_EXPIRES = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;
async function signEnvelope(signed, signers) {
    return (await signToEnvelope(signed, signers)).bytes;
}
/**
 * As signEnvelope, returning the file parsed back as a reader parses it: a large role's bytes and
 * its parsed form are then at hand for the checks after publishing without a second parse.
 */
async function signToEnvelope(signed, signers) {
    if (!GO_EXPIRES.test(signed.expires)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires ${signed.expires} is not in Go's UTC form`);
    }
    (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoTime */ .bi)(signed.expires);
    const canonical = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalSigned */ .rf)(signed);
    const message = new TextEncoder().encode(canonical);
    const signatures = [];
    for (const signer of signers) {
        if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("MESSAGE_TOO_LARGE", `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`, { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" });
        }
        const sig = await signer.sign(message);
        signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
    }
    const bytes = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseEnvelope */ .YX)(signed, signatures, canonical);
    return assertFixedPoint(bytes, signed.type, message);
}
/**
 * Throws unless parse → serialise gives back exactly `bytes`; returns the parsed file. `signedBytes`,
 * the canonical form the file was written from, saves re-canonicalising it: the check proves it.
 */
function assertFixedPoint(bytes, type, signedBytes) {
    const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWrittenEnvelope */ .n8)(bytes, type, "metadata to upload", signedBytes);
    const again = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseEnvelope */ .YX)(env.signed, env.signatures);
    if (!Buffer.from(again.buffer, again.byteOffset, again.byteLength).equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`);
    }
    return env;
}


/***/ }),

/***/ 2581:
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
    const { sleep, random, log } = deps.runtime;
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
        payloadDigest: payloadDigest ?? state.parsed?.layers[state.verdicts?.find((v) => v.ok)?.index ?? -1]?.descriptor.digest,
        signatures: state.parsed?.layers.length ?? 0,
        status,
        attempts,
    });
    const first = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
    if (first.verdict.ok)
        return result(first, "present", 0);
    if (opts.dryRun)
        return result(first, "would-write", 0);
    let state = first;
    const payload = (0,cosign_payload/* simpleSigningPayload */.Kq)((0,cosign_read/* cosignDockerReference */.zO)(image), opts.digest);
    const signature = await signCosignPayload(signer, payload);
    const layer = (0,manifest/* signatureLayer */.MU)(payload, signature);
    await (0,registry_writes/* pushBlob */.Ee)(registry, image, payload, writes);
    const ours = (s) => s.verdicts.some((v) => v.ok &&
        s.parsed?.layers[v.index]?.descriptor.digest === layer.digest &&
        s.parsed.layers[v.index]?.signature === signature);
    // After our PUT the manifest alone tells whether our layer is there: its payload is the blob we
    // pushed (named by its digest) and its signature is the one we made; nothing else is re-read.
    const holdsOurs = (s) => s.parsed?.layers.some((l) => l.descriptor.digest === layer.digest && l.signature === signature) ?? false;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const baseConfig = state.parsed?.config
            ? await (0,registry_writes/* getBlob */.qW)(registry, image, state.parsed.config.digest, MAX_CONFIG_BYTES).catch(() => undefined)
            : undefined;
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
            log(`${image.name}:${state.tag} changed while signing; appending to the new manifest`);
            const changed = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
            if (ours(changed) || changed.verdict.ok)
                return result(changed, "present", attempt);
            state = changed;
            continue;
        }
        await (0,registry_writes/* putManifest */.RV)(registry, image, state.tag, built.manifest, manifest/* OCI_MANIFEST_MEDIA_TYPE */.k_, writes);
        state = await (0,cosign_read/* readSignatureManifest */.MD)(registry, image, opts.digest);
        if (holdsOurs(state)) {
            await sleep(Math.round(settleMs / 2 + (random() * settleMs) / 2));
            state = await (0,cosign_read/* readSignatureManifest */.MD)(registry, image, opts.digest);
            if (holdsOurs(state))
                return result(state, "written", attempt, layer.digest);
        }
        log(`another writer replaced ${image.name}:${state.tag} at the same moment; appending again (attempt ${attempt + 1} of ${maxAttempts})`);
        await sleep(Math.round(50 + random() * 200 * attempt));
    }
    throw new errors/* TrustError */.Ru("COSIGN_WRITE_LOST", `our cosign signature on ${image.name}:${state.tag} was replaced by other writers ${maxAttempts} times`, {
        hint: "other signers write this digest at the same time; run again",
    });
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

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ publishWithRetry),
/* harmony export */   MK: () => (/* binding */ assertServed),
/* harmony export */   yE: () => (/* binding */ RETRY_POLICY)
/* harmony export */ });
/* unused harmony export mapPublishError */
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9391);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3518);
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
const RETRY_POLICY = {
    maxAttempts: 40,
    maxFailures: 6,
    deadlineMs: 180_000,
    baseDelayMs: 100,
    maxDelayMs: 5_000,
};
async function publishWithRetry(deps, opts) {
    const { sleep, random, log, now } = deps.runtime;
    const maxAttempts = opts.maxAttempts ?? RETRY_POLICY.maxAttempts;
    const deadline = now() + (opts.deadlineMs ?? RETRY_POLICY.deadlineMs);
    let failures = 0;
    const change = opts.change ?? "our change";
    const { gun, baseUrl } = deps.notary;
    let state = opts.state;
    let answerLost = false;
    let sent;
    let rereadAfterRefusal = false;
    /** The last upload answered 500: its error and the versions it tried. */
    let unconfirmed;
    for (let attempt = 1;; attempt++) {
        const plan = await opts.plan(state);
        if (plan.files.size === 0) {
            if (answerLost)
                log("Our earlier upload had landed");
            return { state, plan, applied: answerLost && sent ? sent : plan, published: answerLost, attempts: attempt };
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
        sent = plan;
        try {
            await deps.notary.publish(plan.files);
            return { state, plan, applied: plan, published: true, attempts: attempt };
        }
        catch (err) {
            // A refusal of our roles' signatures or delegations may mean an admin changed the
            // delegations since we read them: re-read once, so we either succeed or fail with what the
            // repository now says (e.g. "signer key … is not a key of …"), not with a stale plan.
            const refused = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP &&
                err.code === "INVALID_UPDATE" &&
                err.detailName === "ErrBadTargets" &&
                !rereadAfterRefusal;
            const retryable = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP && (err.code === "VERSION_CONFLICT" || isLostAnswer(err) || refused);
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
/** The upload may or may not have been applied (error-codes.ts LOST_ANSWER_CODES). */
function isLostAnswer(err) {
    return _error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .LOST_ANSWER_CODES */ .tv.has(err.code);
}
function gaveUp(err, attempts, gun, baseUrl) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("PUBLISH_FAILED", `${gun}: gave up after ${attempts} attempts to publish to ${baseUrl} (${err.message})`, {
        cause: err,
        hint: "other writers keep updating the same roles, or the server keeps failing; run it again",
    });
}
/** A server that does not hold the snapshot key answers ErrBadHierarchy: say what to do about it. */
function mapPublishError(err, gun, server) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP && err.code === "INVALID_UPDATE" && err.detailName === "ErrBadHierarchy") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("SNAPSHOT_KEY_REQUIRED", `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`, {
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
 * `versions` (role → version uploaded, as planned) saves parsing each uploaded file again.
 */
function assertServed(set, uploaded, versions) {
    for (const [role, bytes] of uploaded) {
        const type = role === "root" ? "Root" : "Targets";
        const ours = versions?.get(role) ?? (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnvelope */ .mE)(bytes, type, role).signed.version;
        const served = role === "root" ? set.root : set.targets.get(role);
        if (served && served.signed.version > ours)
            continue;
        const meta = set.snapshot?.signed.meta.get(role);
        if (!meta || meta.hashes.get("sha256") !== (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Base64 */ .TZ)(bytes)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
                hint: "run it again; if it persists, report it with the server version",
            });
        }
        if (!served)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: ${role} v${ours} was uploaded but cannot be read back`);
    }
}


/***/ }),

/***/ 8169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/roles.ts
var roles = __webpack_require__(410);
// EXTERNAL MODULE: ./src/settings/values.ts
var values = __webpack_require__(535);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/workflows/compose.ts
var compose = __webpack_require__(6578);
// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var tuf_keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/lifetimes.ts
var lifetimes = __webpack_require__(3903);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts + 1 modules
var load_trust = __webpack_require__(5394);
// EXTERNAL MODULE: ./src/digest.ts
var digest = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/tuf/signer.ts
var tuf_signer = __webpack_require__(2581);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/sign.ts
var sign = __webpack_require__(1238);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/sign-plan.ts
/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */









async function planSignature(trust, opts) {
    const { set } = trust;
    const roles = chooseRoles(set, opts);
    assertReleased(set, opts, roles);
    const sha256 = Buffer.from((0,digest/* digestHex */.sU)(opts.manifest.digest), "hex").toString("base64");
    const files = new Map();
    const versions = new Map();
    const envelopes = new Map();
    const pending = [];
    for (const role of roles) {
        const current = currentRole(trust, role, opts.now);
        const expired = current.loaded && current.expiresAt < opts.now;
        const changed = opts.tags.some((tag) => !sameTarget(current.signed.targets.get(tag), sha256, opts.manifest.size));
        // A role stored in a form Go clients cannot read is published again, which repairs it.
        if (!changed && !expired && !trust.inconsistent.has(role))
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
        const env = await (0,sign/* signToEnvelope */.T)(signed, [signerAsListed(set, role, opts.signer, opts.signerKeyId)]);
        files.set(role, env.bytes);
        envelopes.set(role, env);
        versions.set(role, signed.version);
    }
    return { roles, files, versions, envelopes };
}
/**
 * The signer under the ID the role lists its key by. A delegation added from a certificate
 * (`ecdsa-x509`, `rsa-x509`) lists the certificate's ID, not the plain key's: a signature carrying
 * the plain key's ID would match no key of the role, and the server refuses it.
 */
function signerAsListed(set, role, signer, canonicalId) {
    const keys = role === "targets" ? rootTargetsKeys(set) : (set.delegations.get(role)?.keys ?? new Map());
    for (const [id, key] of keys) {
        if ((0,tuf_keys/* listedCanonicalKeyId */.ov)(key) === canonicalId)
            return (0,tuf_signer/* listedAs */.W)(signer, id, key);
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
function sameTarget(meta, sha256, length) {
    return meta !== undefined && meta.length === length && meta.hashes.get("sha256") === sha256;
}
function currentRole({ set, skipped: skippedRoles }, role, now) {
    const env = set.targets.get(role);
    if (env)
        return { signed: env.signed, loaded: true, expiresAt: env.expiresAt };
    if (set.snapshot?.signed.meta.has(role)) {
        const skipped = skippedRoles.get(role);
        const why = skipped ? (0,errors/* describeError */.Uc)(skipped) : undefined;
        throw new errors/* TrustError */.Ru("ROLE_UNTRUSTED", `${role} of ${set.gun} is published but cannot be verified${why ? ` (${why})` : ""}; refusing to overwrite it`, {
            hint: "a repository admin must repair or re-key the delegation",
        });
    }
    // Never published: start from an empty role at version 0, as notary does.
    return {
        signed: {
            type: "Targets",
            delegations: { keys: new Map(), roles: [] },
            expires: (0,time/* formatGoTime */.Z0)(now + (0,lifetimes/* defaultLifetime */.x)(role)),
            targets: new Map(),
            version: 0,
        },
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
    const hex = (0,digest/* digestHex */.sU)(opts.manifest.digest);
    const unreleased = opts.tags.filter((tag) => (0,docker/* releasedTarget */.Ty)(set, tag)?.digest !== hex);
    if (unreleased.length === 0)
        return;
    const tags = unreleased.join(", ");
    const releases = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, unreleased).find((c) => c.name === docker/* RELEASES */.pH);
    const keyText = `signer key ${(0,tuf_keys/* shortId */.m_)(opts.signerKeyId)}`;
    if (releases?.hasKey && !releases.coversTags) {
        const paths = releases.paths.map((p) => JSON.stringify(p)).join(", ") || "none";
        throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${docker/* RELEASES */.pH} of ${set.gun} excludes ${tags} by its paths (${paths}), so ${tags} would not be released; nothing was published`, {
            hint: `sign a tag inside those paths, or have a repository admin widen the paths of ${docker/* RELEASES */.pH}`,
        });
    }
    const why = releases
        ? `${keyText} is not a key of ${docker/* RELEASES */.pH} (keys: ${releases.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "none"})`
        : `${set.gun} has no ${docker/* RELEASES */.pH} role`;
    throw new errors/* TrustError */.Ru("NOT_RELEASABLE", `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: ${why}; nothing was published`, {
        hint: `add the key to ${docker/* RELEASES */.pH} with: docker trust signer add --key signer.pub NAME ${set.gun} (or ${(0,wording/* step */.PM)("signer-add", set.gun)})`,
    });
}
function describeRoles(candidates) {
    return candidates.map((c) => `${c.name}: ${c.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "no keys"}`).join("; ");
}
function chooseRoles(set, opts) {
    const candidates = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, opts.tags);
    const keyText = `signer key ${(0,tuf_keys/* shortId */.m_)(opts.signerKeyId)}`;
    const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(set.root.signed.keys.get(id)));
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
                throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not a key of ${role} in ${set.gun} (keys: ${c.keyIds.map(tuf_keys/* shortId */.m_).join(", ")})`, { hint: addHint });
            if (!c.coversTags)
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${role} of ${set.gun} may only sign tags starting with ${c.paths.map((p) => JSON.stringify(p)).join(", ")}`);
        }
    }
    else if (candidates.length === 0) {
        if (!targetsKeys.includes(opts.signerKeyId)) {
            throw new errors/* TrustError */.Ru("NO_SIGNABLE_ROLE", `${keyText} cannot sign ${set.gun}: it has no delegations and the key is not its targets key (${targetsKeys.map(tuf_keys/* shortId */.m_).join(", ")})`, { hint: addHint });
        }
        chosen = ["targets"];
    }
    else {
        chosen = candidates.filter((c) => c.hasKey && c.coversTags).map((c) => c.name);
        if (chosen.length === 0) {
            const withKey = candidates.filter((c) => c.hasKey);
            if (withKey.length > 0) {
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${keyText} is in ${withKey.map((c) => c.name).join(", ")} of ${set.gun}, whose paths (${withKey
                    .flatMap((c) => c.paths)
                    .map((p) => JSON.stringify(p))
                    .join(", ")}) do not cover ${opts.tags.join(", ")}`);
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
;// CONCATENATED MODULE: ./src/workflows/read-back.ts
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
async function readBack(client, opts) {
    const { sleep, log, now, warn } = opts.runtime;
    const wanted = opts.minTimestampVersion ?? 0;
    for (let attempt = 1;; attempt++) {
        const loaded = await (0,load_trust/* loadTrust */.V)(client, {
            ...opts.anchor,
            now: now(),
            hints: opts.roles,
            allowExpiredDelegations: false,
            onWarning: warn,
            ...(opts.parsed ? { known: opts.parsed } : {}),
        });
        const served = loaded.set.timestamp?.signed.version ?? 0;
        if (served >= wanted)
            return checkReadBack(client, loaded, opts);
        if (attempt >= READ_BACK_POLICY.attempts) {
            throw new errors/* VerificationError */.mk("STALE_READ_BACK", `${client.gun}: ${client.baseUrl} still serves timestamp v${served} after ${attempt} reads, but our publish made v${wanted} or later`, {
                hint: "a cache between this runner and the server keeps serving old metadata; the tag may well be published: inspect the repository",
            });
        }
        const delay = Math.min(READ_BACK_POLICY.maxDelayMs, READ_BACK_POLICY.baseDelayMs * 2 ** (attempt - 1));
        log(`The server still serves timestamp v${served}, older than our publish (v${wanted}); reading again in ${delay} ms (attempt ${attempt + 1} of ${READ_BACK_POLICY.attempts})`);
        await sleep(delay);
    }
}
function checkReadBack(client, { set, inconsistent }, opts) {
    // A role the server stored in another form than the Go-exact bytes its snapshot names (altered in
    // transit, or by the server) reads back only through re-serialisation; Go readers get 404 for it.
    const unreadable = opts.roles.filter((role) => inconsistent.has(role));
    if (unreadable.length > 0) {
        throw new errors/* VerificationError */.mk("SERVED_MISMATCH", `${client.gun}: ${unreadable.join(", ")} as stored on ${client.baseUrl} ${unreadable.length > 1 ? "are not the files" : "is not the file"} its snapshot names; docker and notary cannot read ${unreadable.length > 1 ? "them" : "it"}`, {
            hint: "run the step again: a new version of the role repairs the repository",
        });
    }
    const versions = opts.parsed && new Map([...opts.parsed].map(([role, env]) => [role, env.signed.version]));
    (0,workflows_publication/* assertServed */.MK)(set, opts.uploaded, versions);
    const hex = (0,digest/* digestHex */.sU)(opts.manifest.digest);
    const tags = opts.tags.map((tag) => {
        const released = (0,docker/* releasedTarget */.Ty)(set, tag);
        if (!released || released.digest !== hex) {
            throw new errors/* VerificationError */.mk("NOT_RELEASED", released
                ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}`
                : `${client.gun}:${tag} is not released after publishing`, { hint: "another signer may have signed this tag at the same time; inspect the repository" });
        }
        const holding = (0,docker/* allTargets */.eN)(set, tag).filter((e) => e.digest === hex);
        const signers = [...new Set(holding.filter((e) => !(0,docker/* isReleasedRole */.Cj)(e.role)).map((e) => (0,docker/* signerName */.Ex)(e.role)))];
        return {
            tag,
            digest: opts.manifest.digest,
            roles: holding.map((e) => e.role),
            signers: signers.length ? signers : ["Repo Admin"],
        };
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







async function sign_sign(deps, opts) {
    const { log } = deps.runtime;
    const warnings = [];
    const warn = (text) => {
        const m = (0,errors/* warningLine */.tE)(text);
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.runtime.warn(m);
    };
    const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
    const gun = opts.image.name;
    const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
    // Reading and publishing happen in a function of their own: the repository as first read (large
    // roles, parsed) is garbage once it returns, before the read-back reads anything.
    const { manifest, plan, published, attempts, readBack: readBackFrom, } = await readAndPublish(deps, opts, { tags, hints, warn });
    if (!published)
        log(`Every tag already points to ${manifest.digest} in ${plan.roles.join(", ")}: nothing to publish`);
    log("Verifying what the server now serves");
    const check = await readBack(deps.notary, {
        anchor: readBackFrom.anchor,
        tags,
        manifest,
        uploaded: published ? plan.files : new Map(),
        ...(published ? { parsed: plan.envelopes } : {}),
        roles: plan.roles,
        runtime: { ...deps.runtime, warn },
        minTimestampVersion: readBackFrom.minTimestampVersion,
    });
    return {
        gun,
        digest: manifest.digest,
        size: manifest.size,
        mediaType: manifest.mediaType,
        signer: opts.signerName ??
            plan.roles.filter((r) => r !== "targets/releases").map((r) => r.replace(/^targets\//, ""))[0] ??
            plan.roles[0],
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
async function readAndPublish(deps, opts, ctx) {
    const { now, log } = deps.runtime;
    const { tags, hints, warn } = ctx;
    const gun = opts.image.name;
    log(`Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`);
    const wave = Promise.all([
        resolveDigest(deps, opts.image, tags, opts.digest, warn),
        (0,load_trust/* loadTrust */.V)(deps.notary, {
            ...opts.anchor,
            now: now(),
            hints,
            allowExpiredDelegations: true,
            onWarning: warn,
            ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
        }),
    ]);
    // Awaited below; until then a failure of the wave must not count as unhandled.
    wave.catch(() => undefined);
    // The key's failure (a wrong passphrase) comes first, as when it was loaded before any request.
    const signer = await deps.signer;
    const signerKeyId = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(signer.publicKey);
    const [manifest, initial] = await wave;
    log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
    const publication = await (0,workflows_publication/* publishWithRetry */.M4)({ notary: deps.notary, runtime: deps.runtime }, {
        state: initial,
        plan: (loaded) => planSignature(loaded, {
            signer,
            signerKeyId,
            tags,
            manifest,
            roles: opts.roles,
            now: now(),
            expiresInMs: opts.expiresInMs ?? lifetimes/* TARGETS_LIFETIME_MS */.C7,
        }),
        reload: (previous) => (0,load_trust/* loadTrust */.V)(deps.notary, {
            ...opts.anchor,
            now: now(),
            hints: previous.roles,
            allowExpiredDelegations: true,
            onWarning: warn,
            ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
        }),
        ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
        ...(opts.deadlineAt !== undefined
            ? { deadlineMs: Math.max(0, Math.min(workflows_publication/* RETRY_POLICY */.yE.deadlineMs, opts.deadlineAt - now())) }
            : {}),
        change: "our tags",
    });
    const { plan, published, state: loaded, attempts } = publication;
    return {
        manifest,
        plan,
        published,
        attempts,
        readBack: {
            // What this run just trusted is the anchor: its root and the versions checked against it (a
            // stored version superseded by a key rotation must not be held against the rotated root).
            anchor: { ...opts.anchor, trustedRoot: loaded.set.root.bytes, previousVersions: loaded.set.versions() },
            // Our publish made a new timestamp: a read that shows an older one is stale, not the answer.
            // (After a lost answer the plan comes out empty and `loaded` already shows our upload.)
            minTimestampVersion: (loaded.set.timestamp?.signed.version ?? 0) + (published && plan.files.size > 0 ? 1 : 0),
        },
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
    const { digest: _pinned, ...byName } = image;
    const byTag = tags.map((tag, i) => deps.registry.resolve({ ...byName, tag }).then((m) => ({ tag, m }), (e) => {
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
            throw new errors/* VerificationError */.mk("TAG_MISMATCH", `${image.name}:${tag} points to ${m.digest} in the registry, not ${manifest.digest}`, {
                hint: wanted
                    ? "pass the digest of the push that produced this tag"
                    : "all tags signed together must point to one digest",
            });
        }
    }
    return manifest;
}

// EXTERNAL MODULE: ./src/workflows/cosign-attach.ts + 1 modules
var cosign_attach = __webpack_require__(2734);
;// CONCATENATED MODULE: ./src/workflows/run-sign.ts
/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */









const MAX_TAGS = 256;
async function runSign(config, hooks = {}) {
    const image = (0,reference/* parseReference */.F2)(config.image);
    if (!image.tag && !image.digest)
        image.tag = "latest";
    if (!image.tag)
        throw new errors/* UsageError */.eb(`image ${config.image} has no tag to sign`, {
            hint: "write it as name:tag or name:tag@sha256:…",
        });
    checkSignInputs(config);
    return (0,compose/* withRun */.Yq)(image, config, hooks, async (run) => {
        const { runtime, connection: conn } = run;
        // The key file is still being decrypted while sign sends its first requests.
        const signer = run.keyFileSigner ?? run.signers[0];
        const role = run.keyFileRole;
        const fromKeyFile = role && !["root", "targets", "snapshot", "timestamp"].includes(role)
            ? role.replace(/^targets\//, "")
            : undefined;
        const signerName = config.signerName ?? (fromKeyFile && (0,roles/* isTopLevelDelegation */._4)(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
        const result = await sign_sign({ notary: conn.notary, registry: conn.registry, signer, runtime }, {
            image,
            extraTags: config.tags,
            ...(config.digest ? { digest: config.digest } : {}),
            ...(signerName ? { signerName } : {}),
            ...(config.roles?.length ? { roles: config.roles } : {}),
            ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
            anchor: run.anchor,
            deadlineAt: run.deadlineAt,
            firstUse: (0,first_use/* firstUseCheck */.I)({
                gun: image.name,
                requireRootPin: config.requireRootPin ?? false,
                ...(config.pinNames ? { pinNames: config.pinNames } : {}),
                warn: runtime.warn,
            }),
        });
        await run.save({ root: result.trustedRoot, versions: result.versions });
        // Only a digest whose Notary signature was published and read back gets a cosign signature.
        const cosign = config.ociSignature === "cosign"
            ? await (0,cosign_attach/* attachCosignSignature */.l)({ registry: conn.registry, signer: await signer, runtime }, { image, digest: result.digest }).catch((err) => {
                throw cosignFailure(err, image.name, result.digest);
            })
            : undefined;
        if (cosign)
            runtime.log(cosign.status === "written"
                ? `Wrote cosign signature ${cosign.reference} (${cosign.signatures} signature(s) there now)`
                : `Cosign signature by this key already at ${cosign.reference}`);
        return { ...result, persisted: run.persists, ...(cosign ? { cosign } : {}) };
    }, { requireKey: true, keyFileInFlight: true });
}
/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config) {
    // A KMS key has no PEM header naming its delegation: the name must be given.
    if (config.awsKmsKey && !config.signerKey && !config.signerName) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("signer-name")} is required with ${(0,wording/* setting */.Pe)("aws-kms-key")} ${config.awsKmsKey}`, {
            hint: "give the delegation name the key was added under (docker trust signer add --key KEY.pub NAME IMAGE)",
        });
    }
    if (config.tags.length > MAX_TAGS)
        throw new errors/* UsageError */.eb(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
    for (const tag of config.tags)
        (0,reference/* parseTag */.ED)(tag);
    if (config.digest !== undefined)
        (0,values/* parseDigest */.m)(config.digest);
    if (config.signerName !== undefined && !(0,roles/* isTopLevelDelegation */._4)(`targets/${config.signerName}`)) {
        throw new errors/* UsageError */.eb(`signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`, { hint: "give the NAME used with docker trust signer add" });
    }
    for (const role of config.roles ?? []) {
        if (role !== "targets" && !(0,roles/* isTopLevelDelegation */._4)(role))
            throw new errors/* UsageError */.eb(`role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`);
    }
}
/** The Notary signature stands; say so, with what failed for cosign and its hint. */
function cosignFailure(err, name, digest) {
    const message = `${name}@${digest} is signed in Notary, but its cosign signature was not written: ${err instanceof errors/* TrustError */.Ru ? err.message : (0,errors/* describeError */.Uc)(err)}`;
    const hint = (err instanceof errors/* TrustError */.Ru ? err.hint : undefined) ??
        "fix the cause and run again: the Notary signature is kept and only the cosign signature is written";
    // The cause's code (and class, for a server's answer) passes through: callers decide on them.
    if (err instanceof errors/* ServerError */.gP)
        return new errors/* ServerError */.gP(err.code, message, {
            cause: err,
            hint,
            status: err.status,
            url: err.url,
            detailName: err.detailName,
            serverCode: err.serverCode,
        });
    return new errors/* TrustError */.Ru(err instanceof errors/* TrustError */.Ru ? err.code : "COSIGN_WRITE_FAILED", message, { cause: err, hint });
}


/***/ })

};
