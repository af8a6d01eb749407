export const id = 765;
export const ids = [765];
export const modules = {

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCosignOnlySign: () => (/* binding */ runCosignOnlySign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6578);
/* harmony import */ var _run_sign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8333);
/**
 * Signing without Notary (`oci-signature: cosign-only`): the last step of leaving Notary v1, when
 * the Notary server is gone or no longer wanted. The same inputs and the same key (file or AWS
 * KMS) as a sign; the image's digest gets a cosign signature in the registry, read back and
 * verified under cosign's rules, and no request goes to a Notary server.
 */




async function runCosignOnlySign(config, hooks = {}) {
    // A digest alone names the image: no tag is assumed beside it. Nor beside tags: an image named
    // without a tag then stands for the first of them (what the Notary sign would sign), not latest.
    const image = (0,_run_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .imageToSign */ .cA)(config, { digestAlone: true, tagsGiven: config.tags.length > 0 });
    const wanted = config.digest ?? image.digest;
    // Tags that found the digest (an image named without tag or digest) were not ignored.
    let tagsUsed = false;
    if (!image.tag && !wanted) {
        const [first] = (0,_run_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .tagsToSign */ .y)(config.tags, image);
        if (first !== undefined)
            image.tag = first;
        tagsUsed = first !== undefined && config.tags.length > 0;
    }
    // Settings that only shape Notary metadata or its trust: a cosign signature covers the digest,
    // so every tag that points to it, for as long as the key is trusted.
    const ignored = [
        ...(config.tags.length && !tagsUsed ? [(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("tags")] : []),
        ...(config.roles?.length ? [(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("roles")] : []),
        ...(config.expiresInMs ? [(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("expires")] : []),
        ...(config.rootKeyIds?.length ? [(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("root-key-id")] : []),
    ];
    // No Notary server is asked: its settings are not read (a malformed one must not fail the run).
    const { notaryServer: _server, envNotaryServer: _env, ...cosignConfig } = config;
    return (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .withRun */ .Yq)(image, cosignConfig, hooks, async (run) => {
        const { runtime, connection: conn } = run;
        if (ignored.length)
            runtime.warn(`${ignored.join(", ")} ${ignored.length === 1 ? "is" : "are"} for Notary only and ${ignored.length === 1 ? "is" : "are"} ignored with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("oci-signature")} cosign-only: the cosign signature covers the digest, whatever tags point to it`);
        const manifest = await manifestToSign(conn.registry, image, wanted, runtime.warn);
        const signer = run.signers[0];
        const { attachCosignSignature, attachedLine } = await Promise.all(/* import() */[__webpack_require__.e(899), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 2734));
        const cosign = await attachCosignSignature({ registry: conn.registry, signer, runtime }, { image, digest: manifest.digest });
        runtime.log(attachedLine(cosign));
        return {
            gun: image.name,
            tag: image.tag,
            digest: manifest.digest,
            signer: signer.description,
            keyId: signer.keyId,
            cosign,
        };
    }, { requireKey: true, notary: false });
}
/**
 * The manifest whose digest is signed: the one given (which must be in the registry, and which the
 * tag, when the registry has it, must point to), else the tag's.
 */
async function manifestToSign(registry, image, wanted, warn) {
    const { tag: _tag, digest: _digest, ...name } = image;
    if (!wanted)
        return registry.resolve({ ...name, tag: image.tag });
    const manifest = await registry.resolve({ ...name, digest: wanted });
    if (!image.tag)
        return manifest;
    const byTag = await registry.resolve({ ...name, tag: image.tag }).catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "MANIFEST_UNKNOWN")
            return undefined;
        throw err;
    });
    if (!byTag)
        warn(`${image.name}:${image.tag} is not in the registry; signing ${manifest.digest} alone`);
    else if (byTag.digest !== manifest.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("TAG_MISMATCH", `${image.name}:${image.tag} points to ${byTag.digest} in the registry, not ${manifest.digest}`, { hint: `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("digest")} the digest of the push that produced this tag` });
    return manifest;
}


/***/ })

};
