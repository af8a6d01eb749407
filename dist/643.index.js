export const id = 643;
export const ids = [643];
export const modules = {

/***/ 8532:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8952);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9133);
// Entry point of verify/action.yml (runs.main).


await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_0__/* .runStep */ .e)("verify", (context) => (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyAction */ .E2)(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ verifyAction)
/* harmony export */ });
/* unused harmony exports readVerifyInputs, resultLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _workflows_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1892);
/* harmony import */ var _workflows_run_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2898);
/* harmony import */ var _workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5276);
/* harmony import */ var _workflows_verify_accept_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5710);
/* harmony import */ var _workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1572);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2163);
/**
 * Entry of verify/action.yml: PR checks that base images are signed as the policy requires.
 * Needs no secret; each failure is an error annotation on its Dockerfile line. Each image is
 * logged as soon as its result is known.
 */











function readVerifyInputs(env) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .maskSecretInputs */ .q)();
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readConnectionInputs */ .qY)(env);
    const images = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("images");
    const dockerfiles = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("dockerfile");
    if (!images && !dockerfiles)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("nothing to verify: inputs images and dockerfile are both empty", { hint: "give images: (one reference a line) or dockerfile: (paths or globs)" });
    const config = {
        ...connection,
        ...(images ? { images } : {}),
        ...(dockerfiles ? { dockerfiles } : {}),
        buildArgs: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBuildArgs */ .NQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("build-args")),
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
        notaryServers: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNotaryServers */ .bI)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("notary-servers")),
        signers: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLines */ .KD)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("signers")).flatMap((l) => (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(l)),
        rootKeyPins: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRootKeyPins */ .$o)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("root-key-id")),
        allowUnsigned: (0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLines */ .KD)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("allow-unsigned")),
        pin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .booleanInput */ .tE)("pin", false),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readRequireRootPinInput */ .D5)(),
        accept: (0,_workflows_verify_accept_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAccept */ .cN)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("accept"), "input accept"),
        ...((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("cosign-key") ? { cosignKey: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("cosign-key"), cosignKeyName: "input cosign-key" } : {}),
    };
    return { config, trustCache: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readTrustCacheInput */ .d9)() };
}
/** One log line per image: ✓ checked and passed, ○ not checked (allowed unsigned), ✗ failed. */
function resultLine(r) {
    const where = r.file ? ` (${r.file}:${r.line})` : "";
    switch ((0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__/* .verdictOf */ .Vj)(r)) {
        case "passed":
            return `✓ ${r.reference}${where}: ${`${r.digest ?? ""} ${r.signers.join(", ")}${r.accepted ? ` [${r.accepted}]` : ""}`.trim()}`;
        case "allowed":
            return `○ ${r.reference}${where}: ${(0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__/* .detailOf */ .Rw)(r)}`;
        case "failed":
            return `✗ ${r.reference}${where}: ${(0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__/* .detailOf */ .Rw)(r)}`;
    }
}
async function verifyAction(env = process.env, context = { action: "verify" }) {
    const { config, trustCache } = readVerifyInputs(env);
    const names = [...(0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLines */ .KD)(config.images), ...(0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLines */ .KD)(config.dockerfiles)];
    context.subject = names.join(", ");
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .restoreTrust */ .T)(config.trustDir, names, trustCache, env);
    const run = await (0,_workflows_run_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .runVerify */ .R)(config, { warn: _log_js__WEBPACK_IMPORTED_MODULE_7__/* .hooks */ .JL.warn, log: _log_js__WEBPACK_IMPORTED_MODULE_7__/* .hooks */ .JL.log, onResult: (r) => _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(resultLine(r)) });
    if (trust.available)
        await trust.save();
    for (const a of (0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__/* .annotations */ .hk)(run.results)) {
        _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.error(a.message, {
            title: a.title,
            ...(a.file ? { file: a.file } : {}),
            ...(a.line ? { startLine: a.line } : {}),
            ...(a.column ? { startColumn: a.column } : {}),
        });
    }
    for (const { file, outcome } of run.pinned) {
        for (const p of outcome.pinned)
            _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(`pinned ${file}:${p.line}: ${p.from} -> ${p.to}`);
        for (const u of outcome.unpinned)
            _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(`not pinned: ${u.reason}`, { file, startLine: u.line });
    }
    (0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH)("result", run.outputs.result);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH)("digests", run.outputs.digests);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH)("pinned", run.outputs.pinned);
    const policy = { signers: config.signers ?? [], rootKeyPins: config.rootKeyPins ?? [], allowUnsigned: config.allowUnsigned ?? [], pin: config.pin ?? false };
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .writeSummary */ .Sy)(["### Base image signatures", "", (0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__/* .summaryTable */ .jb)(run.results), (0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_10__/* .policySummary */ .jZ)(run.results, policy, run.pinned)]);
    const failed = run.results.filter((r) => !r.passed);
    if (failed.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${failed.length} of ${run.results.length} images failed verification`);
}


/***/ }),

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ expiringRoles),
/* harmony export */   g0: () => (/* binding */ DEFAULT_RENEW_WINDOW_MS),
/* harmony export */   iD: () => (/* binding */ expiryWarning)
/* harmony export */ });
/* unused harmony export describeDistance */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/**
 * Which roles need renewing soon. The Go client warns when a role expires within six months
 * (client/helpers.go warnRolesNearExpiry) and re-signs root on publish in that case. Timestamp and
 * snapshot are left out: in a Docker repository the server holds their keys and re-signs them
 * itself (it regenerates an expired timestamp or snapshot when asked for the timestamp), and the
 * timestamp's 14-day lifetime would otherwise always be reported.
 */


/** About six months: the Go client's window is six calendar months (time.AddDate(0, 6, 0)). */
const DEFAULT_RENEW_WINDOW_MS = 182 * 24 * 3600 * 1000;
/** Root, targets and every loaded delegation that expires before `now + withinMs`, soonest first. */
function expiringRoles(set, now, withinMs = DEFAULT_RENEW_WINDOW_MS) {
    const roles = [{ role: "root", env: set.root }, ...[...set.targets].map(([role, env]) => ({ role, env }))];
    return roles
        .filter(({ env }) => env.expiresAt < now + withinMs)
        .map(({ role, env }) => ({ role, expiresAt: env.expiresAt, version: env.signed.version, expired: env.expiresAt <= now }))
        .sort((a, b) => a.expiresAt - b.expiresAt || (a.role < b.role ? -1 : 1));
}
/** `12 days`, `5 months`, `3 hours`: a rough human distance for messages. */
function describeDistance(ms) {
    const abs = Math.abs(ms);
    const hours = abs / 3600_000;
    const days = hours / 24;
    const [n, unit] = days >= 60 ? [Math.floor(days / 30), "month"] : days >= 2 ? [Math.floor(days), "day"] : [Math.max(1, Math.floor(hours)), "hour"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/** One line per role: `targets/releases of GUN expires at …Z (in 12 days); renew it with: …`. */
function expiryWarning(gun, e, now) {
    const when = e.expired
        ? `expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (${describeDistance(now - e.expiresAt)} ago)`
        : `expires at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (in ${describeDistance(e.expiresAt - now)})`;
    const hint = e.role === "root"
        ? "renew root with its root key: notary key rotate " + gun + " root"
        : `renew it with: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)("renew", gun)}${e.role === "targets" ? " (with the targets key)" : ""}`;
    return `${e.role} of ${gun} ${when}; ${hint}`;
}


/***/ })

};
