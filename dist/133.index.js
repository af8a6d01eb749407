export const id = 133;
export const ids = [133];
export const modules = {

/***/ 9133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trustCacheNames: () => (/* binding */ trustCacheNames),
/* harmony export */   verifyAction: () => (/* binding */ verifyAction)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7488);
/* harmony import */ var _workflows_run_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6416);
/* harmony import */ var _workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5276);
/* harmony import */ var _workflows_verify_accept_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5710);
/* harmony import */ var _report_verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8325);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2163);
/**
 * Entry of verify/action.yml: PR checks that base images are signed as the policy requires.
 * Needs no secret; each failure is an error annotation on its Dockerfile line. Each image is
 * logged as soon as its result is known.
 */












function readVerifyInputs(env) {
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readConnectionInputs */ .qY)(env);
    const images = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("images");
    const dockerfiles = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("dockerfile");
    if (!images && !dockerfiles)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("nothing to verify: inputs images and dockerfile are both empty", {
            hint: "give images: (one reference a line) or dockerfile: (paths or globs)",
        });
    const config = {
        ...connection,
        ...(images ? { images } : {}),
        ...(dockerfiles ? { dockerfiles } : {}),
        buildArgs: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBuildArgs */ .NQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("build-args")),
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
        notaryServers: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNotaryServers */ .bI)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("notary-servers")),
        signers: (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .splitList */ .r)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("signers")),
        rootKeyPins: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRootKeyPins */ .$o)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("root-key-id")),
        allowUnsigned: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAllowUnsigned */ .Ai)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("allow-unsigned")),
        pin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .booleanInput */ .tE)("pin", false),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readRequireRootPinInput */ .D5)(),
        accept: (0,_workflows_verify_accept_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAccept */ .cN)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("accept"), "input accept"),
        ...((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("cosign-key") ? { cosignKey: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("cosign-key"), cosignKeyName: "input cosign-key" } : {}),
    };
    return { config, trustCache: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readTrustCacheInput */ .d9)() };
}
/** One log line per image: ✓ checked and passed, ○ not checked (allowed unsigned), ✗ failed. */
function resultLine(r) {
    const where = r.file ? ` (${r.file}:${r.line})` : "";
    switch ((0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verdictOf */ .Vj)(r)) {
        case "passed":
            return `✓ ${r.reference}${where}: ${`${r.digest ?? ""} ${r.signers.join(", ")}${r.accepted ? ` [${r.accepted}]` : ""}`.trim()}`;
        case "allowed":
            return `○ ${r.reference}${where}: ${(0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .detailOf */ .Rw)(r)}`;
        case "failed":
            return `✗ ${r.reference}${where}: ${(0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .detailOf */ .Rw)(r)}`;
    }
}
/**
 * What the trust cache is keyed by: what stays when a PR bumps a tag or a digest, the images'
 * repositories and the Dockerfile paths, so that a new tag of a known base image finds its root.
 */
function trustCacheNames(config) {
    const repositories = (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLines */ .K)(config.images).map(repositoryOf);
    return [...new Set([...repositories, ...(0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLines */ .K)(config.dockerfiles)])];
}
/** An image line's repository; a line that does not parse as it is (runVerify reports it). */
function repositoryOf(line) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(line).name;
    }
    catch {
        return line;
    }
}
async function verifyAction(env = process.env, context = { action: "verify" }) {
    // A step that fails before any image is checked (bad inputs, a missing Dockerfile) still leaves
    // outputs a later step can read: no result, no digest, nothing pinned.
    const none = (0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyOutputs */ .ce)([]);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("result", none.result);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("digests", none.digests);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("pinned", none.pinned);
    const { config, trustCache } = readVerifyInputs(env);
    context.subject = [...(0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLines */ .K)(config.images), ...(0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLines */ .K)(config.dockerfiles)].join(", ");
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .restoreTrust */ .T)(config.trustDir, trustCacheNames(config), trustCache, env);
    const run = await (0,_workflows_run_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .runVerify */ .R)({ ...config, trustDir: trust.dir }, { runtime: _log_js__WEBPACK_IMPORTED_MODULE_8__/* .runtime */ .fA, onResult: (r) => _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(resultLine(r)) });
    if (trust.available)
        await trust.save();
    for (const a of (0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .annotations */ .hk)(run.results)) {
        _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.error(a.message, {
            title: a.title,
            ...(a.file ? { file: a.file } : {}),
            ...(a.line ? { startLine: a.line } : {}),
            ...(a.column ? { startColumn: a.column } : {}),
        });
    }
    for (const { file, outcome } of run.pinned) {
        for (const p of outcome.pinned)
            _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`pinned ${file}:${p.line}: ${p.from} -> ${p.to}`);
        for (const u of outcome.unpinned)
            _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.warning(`not pinned: ${u.reason}`, { file, startLine: u.line });
    }
    const outputs = (0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyOutputs */ .ce)(run.results, config.pin ? run.pinned : undefined);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("result", outputs.result);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("digests", outputs.digests);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("pinned", outputs.pinned);
    const policy = {
        signers: config.signers ?? [],
        rootKeyPins: config.rootKeyPins ?? [],
        allowUnsigned: config.allowUnsigned ?? [],
        accept: config.accept ?? [],
        ...(run.cosignKeys ? { cosignKeys: run.cosignKeys } : {}),
        pin: config.pin ?? false,
    };
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSummary */ .Sy)([
        "### Base image signatures",
        "",
        (0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .summaryTable */ .jb)(run.results),
        (0,_report_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .policySummary */ .jZ)(run.results, policy, run.pinned),
    ]);
    const failed = run.results.filter((r) => !r.passed);
    if (failed.length > 0)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${failed.length} of ${run.results.length} images failed verification`);
}


/***/ })

};
