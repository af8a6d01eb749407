export const id = 734;
export const ids = [734];
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
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
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
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Digest */ .q9)(digest))
        throw new TypeError(`not a sha256 digest: ${digest.slice(0, 80)}`);
    return `${digest.replace(":", "-")}.sig`;
}
/** The payload bytes cosign signs for `manifestDigest` in repository `dockerReference`. */
function simpleSigningPayload(dockerReference, manifestDigest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Digest */ .q9)(manifestDigest))
        throw new TypeError(`not a sha256 digest: ${manifestDigest.slice(0, 80)}`);
    const json = JSON.stringify({
        critical: {
            identity: { "docker-reference": dockerReference },
            image: { "docker-manifest-digest": manifestDigest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: null,
    });
    return new TextEncoder().encode((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .goHtmlEscape */ .BO)(json));
}
/** Bytes that are not a simple-signing payload. */
class PayloadError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru {
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

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachCosignSignature: () => (/* binding */ attachCosignSignature),
  attachedLine: () => (/* binding */ attachedLine)
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
/** The progress line of a sign's cosign signature: written, or found already there. */
function attachedLine(r) {
    return r.status === "written"
        ? `Wrote cosign signature ${r.reference} (${r.signatures} signature(s) there now)`
        : `Cosign signature by this key already at ${r.reference}`;
}
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
        await (0,registry_writes/* putManifest */.RV)(registry, image, state.tag, built.manifest, built.mediaType, writes);
        state = await (0,cosign_read/* readSignatureManifest */.MD)(registry, image, opts.digest);
        if (holdsOurs(state)) {
            opts.onSettling?.();
            await sleep(Math.round(settleMs / 2 + (random() * settleMs) / 2));
            state = await (0,cosign_read/* readSignatureManifest */.MD)(registry, image, opts.digest);
            if (holdsOurs(state))
                return result(state, "written", attempt, layer.digest);
        }
        // Replaced: by a writer with this key too (another run of the same migration), whose signature
        // then stands for ours, or by another signer's, onto which ours is appended again.
        const replaced = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
        if (replaced.verdict.ok)
            return result(replaced, "present", attempt);
        state = replaced;
        log(`another writer replaced ${image.name}:${state.tag} at the same moment; appending again (attempt ${attempt + 1} of ${maxAttempts})`);
        await sleep(Math.round(50 + random() * 200 * attempt));
    }
    throw new errors/* TrustError */.Ru("COSIGN_WRITE_LOST", `our cosign signature on ${image.name}:${state.tag} was replaced by other writers ${maxAttempts} times`, {
        hint: "other signers write this digest at the same time; run again",
    });
}


/***/ })

};
