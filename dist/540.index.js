export const id = 540;
export const ids = [540];
export const modules = {

/***/ 3540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fingerprintOf: () => (/* binding */ fingerprintOf),
/* harmony export */   loadCosignKeys: () => (/* binding */ loadCosignKeys),
/* harmony export */   parseCosignPemKeys: () => (/* binding */ parseCosignPemKeys)
/* harmony export */ });
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8868);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9311);
/* harmony import */ var _signers_public_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2060);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5591);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(535);







const MAX_PEM_CHARS = 64 * 1024;
const KMS_ARN = /^arn:aws[a-z-]*:kms:/;
function fingerprintOf(key) {
    return `sha256:${(0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(key.export({ type: "spki", format: "der" })).slice(0, 12)}`;
}
/** Every key in `value`: a KMS ARN, or PEM text holding one or more public keys or certificates. */
async function loadCosignKeys(value, name, kms = {}) {
    const text = value.trim();
    if (!text)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name} is empty`, { hint: `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .step */ .PM)("key-inspect")}, or an AWS KMS key ARN` });
    if (KMS_ARN.test(text)) {
        const described = await (0,_signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_2__.inspectKmsKey)({ ...kms, keyId: text });
        const key = (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyObjectOf */ ._z)(described.publicKey);
        if (!key)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: AWS KMS key ${text} has no public key cosign can verify with`);
        return [{ key, fingerprint: fingerprintOf(key), source: `AWS KMS key ${text}` }];
    }
    return parseCosignPemKeys(text, name);
}
/** The public keys of PEM text (public keys or certificates), as cosign verifies with them. */
function parseCosignPemKeys(value, name) {
    const text = value.trim();
    if (text.length > MAX_PEM_CHARS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name} is ${text.length} characters, more than ${MAX_PEM_CHARS}`);
    const blocks = text.match(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g) ?? [];
    if (blocks.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name} is neither a PEM public key nor an AWS KMS key ARN`, {
            hint: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isKmsKeyName */ .ES)(text)
                ? `an AWS KMS key is given by its ARN here: ${(0,_settings_values_js__WEBPACK_IMPORTED_MODULE_6__/* .kmsArnShape */ .I0)(text)}`
                : `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .step */ .PM)("key-inspect")} (-----BEGIN PUBLIC KEY-----…)`,
        });
    return blocks.map((block) => {
        let parsed;
        try {
            parsed = (0,_signers_public_key_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePublicKey */ .ee)(block);
        }
        catch (err) {
            // Say which setting holds the unusable key: in verify it could be taken for the signing key.
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${err.message}`, {
                    code: err.code,
                    cause: err,
                    ...(err.hint ? { hint: err.hint } : {}),
                });
            throw err;
        }
        const key = (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyObjectOf */ ._z)(parsed.publicKey);
        if (!key)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: a ${parsed.publicKey.type} key that cosign cannot verify with`);
        return { key, fingerprint: fingerprintOf(key), source: name };
    });
}


/***/ })

};
