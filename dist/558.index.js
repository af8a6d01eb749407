export const id = 558;
export const ids = [558];
export const modules = {

/***/ 5558:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8991);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8952);
// Entry point of migrate/action.yml (runs.main).


await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runStep */ .e)("migrate", (context) => (0,_migrate_js__WEBPACK_IMPORTED_MODULE_0__/* .migrateAction */ .c)(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ migrateAction)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _workflows_connect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4213);
/* harmony import */ var _report_migrate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4807);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(535);
/* harmony import */ var _workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4968);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2163);
/**
 * Entry of migrate/action.yml: backfill cosign signatures by the signing key for every verified
 * released tag of a repository; progress lines in the log, the table and the verifier
 * configurations in the job summary.
 */











async function migrateAction(env = process.env, context) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .maskSecretInputs */ .q)();
    const key = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readSigningKeyInputs */ .Iq)(env);
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readConnectionInputs */ .qY)(env);
    const repository = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredInput */ .YF)("repository", "registry.example/app");
    const concurrency = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("concurrency") === undefined ? undefined : Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("concurrency"));
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input concurrency ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("concurrency")} is not a number from 1 to 16`);
    const maxWrites = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("max-writes") === undefined ? undefined : Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("max-writes"));
    if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input max-writes ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("max-writes")} is not a whole number`);
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(repository);
    const gun = ref.name;
    if (context) {
        context.subject = gun;
        context.server = (0,_workflows_connect_js__WEBPACK_IMPORTED_MODULE_3__/* .notaryServerFor */ .AG)(ref, connection.notaryServer, connection.envNotaryServer);
    }
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .restoreTrust */ .T)(connection.trustDir, [gun], (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readTrustCacheInput */ .d9)(), env);
    const result = await (0,_workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_6__/* .runMigrate */ .f)({
        ...connection,
        ...key,
        repository,
        signers: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("signers")),
        rootKeyIds: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKeyIds */ .ll)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("root-key-id")),
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .booleanInput */ .tE)("dry-run", false),
        ...(concurrency ? { concurrency } : {}),
        ...(maxWrites !== undefined ? { maxWrites } : {}),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readRequireRootPinInput */ .D5)(),
    }, {
        runtime: _log_js__WEBPACK_IMPORTED_MODULE_8__/* .runtime */ .fA,
        onProgress: (p) => _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`[${p.done}/${p.total}] ${p.digest} (${p.tags.slice(0, 3).join(", ")}${p.tags.length > 3 ? ", …" : ""}): ${_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .MIGRATE_STATUS_LABELS */ .py[p.status]}${p.reason ? ` (${p.reason})` : ""}`),
    });
    if (trust.available)
        await trust.save();
    const c = result.counts;
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("signed", String(c.signed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("already-signed", String(c["already-signed"]));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("skipped", String(c.skipped));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("failed", String(c.failed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("result", JSON.stringify(result.rows));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("public-key", result.verifiers.publicKeyPem);
    _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`${result.gun}: ${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMigrateCounts */ .HC)(c)}`);
    // One line at a time: the PEM and YAML keep their lines in the log.
    for (const line of (0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .formatVerifierConfigs */ .p1)(result.verifiers).split("\n"))
        _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(line);
    await writeSummary(result);
    if (c.failed > 0)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${c.failed} of ${result.rows.length} tags could not be given a cosign signature`);
}
async function writeSummary(r) {
    const rows = r.rows.map((x) => `| ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(x.tag)} | ${x.digest ? `\`${x.digest}\`` : ""} | ${_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .MIGRATE_STATUS_LABELS */ .py[x.status]} | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(x.reason ?? "")} |`);
    const fence = (lang, text) => ["```" + lang, text.trimEnd(), "```"].join("\n");
    const lines = [
        `### Cosign signatures for ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(r.gun)}`,
        "",
        `${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMigrateCounts */ .HC)(r.counts)} (${r.digests} digests).`,
        "",
        "| Tag | Digest | Cosign signature | Why |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        "#### Verify with the same key",
        "",
        fence("", r.verifiers.publicKeyPem),
        fence("sh", r.verifiers.cosign),
        "Kyverno:",
        fence("yaml", r.verifiers.kyverno),
        "sigstore policy-controller:",
        fence("yaml", r.verifiers.policyController),
        "Connaisseur:",
        fence("yaml", r.verifiers.connaisseur),
    ];
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSummary */ .Sy)(lines);
}


/***/ })

};
