export const id = 404;
export const ids = [404];
export const modules = {

/***/ 2404:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8952);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4957);
// Entry point of action.yml (runs.main).


await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_0__/* .runStep */ .e)("sign", (context) => (0,_sign_js__WEBPACK_IMPORTED_MODULE_1__/* .signAction */ .K)(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ signAction)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9310);
/* harmony import */ var _workflows_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(670);
/* harmony import */ var _workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8169);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2163);
/**
 * Entry of the sign action (action.yml): read inputs, restore trust state, sign, verify, write
 * outputs and the job summary.
 */







async function signAction(env = process.env, context = { action: "sign" }) {
    const { config, trustCache } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readSignInputs */ .nr)(env);
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(config.image);
    context.subject = config.image;
    context.server = (0,_workflows_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .notaryServerFor */ .AG)(ref, config.notaryServer, config.envNotaryServer);
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .restoreTrust */ .T)(config.trustDir, [ref.name], trustCache, env);
    const result = await (0,_workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .runSign */ .t)(config, { runtime: _log_js__WEBPACK_IMPORTED_MODULE_4__/* .runtime */ .fA });
    if (trust.available)
        await trust.save();
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("digest", result.digest);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("signer", result.signer);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("signed-tags", JSON.stringify(result.tags));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("roles", JSON.stringify(result.roles));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("root-key-id", result.rootKeyIds.join(","));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("repository-key-id", result.repositoryKeyIds.join(","));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("published", String(result.published));
    if (result.cosign) {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature", result.cosign.reference);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature-status", result.cosign.status);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature-manifest", result.cosign.manifestDigest ?? "");
    }
    _log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(result.published
        ? `Signed ${result.tags.map((t) => t.tag).join(", ")} of ${result.gun} as ${result.signer}`
        : `Nothing to publish: ${result.gun} already signed`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSignSummary */ .dD)(result, trust.available);
}


/***/ })

};
