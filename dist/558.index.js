export const id = 558;
export const ids = [558];
export const modules = {

/***/ 5558:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _compile_on_main_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2255);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8991);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8952);
// Entry point of migrate/action.yml (runs.main).



await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_2__.runStep)("migrate", (context) => (0,_migrate_js__WEBPACK_IMPORTED_MODULE_1__/* .migrateAction */ .c)(process.env, context));

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
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6272);
/* harmony import */ var _report_migrate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4807);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7488);
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
    const key = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readSigningKeyInputs */ .Iq)(env);
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readConnectionInputs */ .qY)(env);
    const repository = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredInput */ .YF)("repository", "registry.example/app");
    // A repository (every signed tag of it is copied), refused before anything is restored or read.
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRepository */ .SU)(repository);
    const concurrency = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("concurrency") === undefined ? undefined : Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("concurrency"));
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input concurrency ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("concurrency")} is not a number from 1 to 16`);
    const maxWrites = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("max-writes") === undefined ? undefined : Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("max-writes"));
    if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input max-writes ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("max-writes")} is not a whole number`);
    const gun = ref.name;
    if (context) {
        context.subject = gun;
        context.server = (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_3__/* .notaryServerFor */ .A)(ref, connection.notaryServer, connection.envNotaryServer);
    }
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .restoreTrust */ .T)(connection.trustDir, [gun], (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readTrustCacheInput */ .d9)(), env);
    const result = await (0,_workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_6__/* .runMigrate */ .f)({
        ...connection,
        trustDir: trust.dir,
        ...key,
        repository,
        signers: (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .splitList */ .r)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("signers")),
        rootKeyIds: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKeyIds */ .ll)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("root-key-id")),
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .booleanInput */ .tE)("dry-run", false),
        ...(concurrency ? { concurrency } : {}),
        ...(maxWrites !== undefined ? { maxWrites } : {}),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readRequireRootPinInput */ .D5)(),
    }, {
        runtime: _log_js__WEBPACK_IMPORTED_MODULE_8__/* .runtime */ .fA,
        onProgress: (p) => _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info((0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .migrateProgressLine */ .Vl)(p, p.digest, (s) => s)),
    });
    if (trust.available)
        await trust.save();
    const c = result.counts;
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("signed", String(c.signed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("already-signed", String(c["already-signed"]));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("skipped", String(c.skipped));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("stopped", String(c.stopped));
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
    const fence = (lang, text) => ["```" + lang, text.trimEnd(), "```"].join("\n");
    const lines = [
        `### Cosign signatures for ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(r.gun)}`,
        "",
        `${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMigrateCounts */ .HC)(r.counts)} (${r.digests} digests).`,
        "",
        ...(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .migrateTable */ .Gz)(r.rows, _summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq),
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


/***/ }),

/***/ 8952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStep: () => (/* binding */ runStep)
});

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/action/hints.ts
/**
 * The action's words for errors whose fix is an input: the lower layers say what failed (with a
 * code), and this names the input that fixes it (wording.ts fixHint picks the line by code).
 */

const ACTION_FIXES = {
    REGISTRY_PLAIN_HTTP: (host) => `add ${host} to the insecure-registries input`,
    PLAIN_HTTP: (host) => `the server speaks plain HTTP: if ${host} is your registry, not its Notary server, give the Notary server's URL in notary-server (it defaults to https://<registry host>); if it is the Notary server, give notary-server as http://${host}`,
    INSECURE_REGISTRY: () => "fix the insecure-registries input: write HOST:PORT (or http://HOST:PORT)",
    TLS_UNKNOWN_CA: (host) => `give the CA certificate (PEM) of ${host} in the ca-cert input, or as $DOCKER_CONFIG/tls/${host}/ca.crt; a CA only the runner's system trusts counts with NODE_USE_SYSTEM_CA: 1 in the step's env`,
    TLS_WRONG_CA: (host) => `the ca-cert input (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`,
    CA_NOT_CERTIFICATE: () => "the ca-cert input takes PEM certificates (-----BEGIN CERTIFICATE-----)",
};
/** The hint an action user needs for `err`, by its code; undefined when the error's own hint fits. */
function actionHint(err) {
    return (0,wording/* fixHint */.JW)(err, ACTION_FIXES);
}
/** describeError with the action's hint where it has one. */
function describeForAction(err) {
    return (0,wording/* describeWithFix */.Hi)(err, ACTION_FIXES);
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/words.ts
var words = __webpack_require__(9579);
// EXTERNAL MODULE: ./src/exit.ts
var exit = __webpack_require__(3139);
;// CONCATENATED MODULE: ./src/action/run-step.ts
/**
 * One wrapper for every action entry: prints the version, runs the step, and on any thrown value
 * (Error or not) fails the step with one line and writes a job summary saying what failed, on
 * which image and server, the reason code and what to do.
 */









async function runStep(action, entry) {
    const context = { action };
    let settled = false;
    (0,exit/* failIfUnsettled */.G)(() => settled, () => runner/* setFailed */.C1(`the ${action} step ended without a result (a bug): the step failed; re-run it, and report it if it repeats`));
    // Before anything is printed: the secret inputs, and every secret the run meets later, are
    // masked by the runner as they become known.
    (0,log/* maskSecretsWithRunner */.Ab)();
    (0,log/* maskSecretInputs */.q)();
    log/* log */.Rm.info(`content-trust-action ${version/* VERSION */.x} (${action})`);
    try {
        await entry(context);
    }
    catch (err) {
        runner/* setFailed */.C1((0,log/* neutralise */.$0)(describeForAction(err)));
        if (err instanceof Error && err.stack && runner/* isDebug */._o())
            runner/* debug */.Yz((0,log/* neutralise */.$0)(err.stack.split("\n").slice(0, 8).join(" | ")));
        await writeFailureSummary(context, err).catch((e) => log/* log */.Rm.warning(`could not write the job summary: ${(0,errors/* describeError */.Uc)(e)}`));
    }
    settled = true;
    // The step's work is done, and everything it waits for is awaited above. What is still open
    // belongs to a library that was given up on (a cache restore or save that the cache service never
    // answered, an AWS credentials request cut short by the deadline) and must not hold the step.
    await (0,exit/* exitOnceWritten */.B)();
}
/** The job summary of a failed step: a person opening the run sees why without reading the log. */
async function writeFailureSummary(context, err) {
    const code = err instanceof errors/* TrustError */.Ru ? err.code : "ERROR";
    const message = err instanceof errors/* TrustError */.Ru ? err.message : (0,errors/* describeError */.Uc)(err);
    const hint = actionHint(err) ?? (err instanceof errors/* TrustError */.Ru ? err.hint : undefined);
    const rows = [
        ["What failed", (0,summary/* escapeCell */.kq)((0,words/* words */.a)(message))],
        ...(context.subject ? [[subjectLabel(context.action), (0,src_text/* markdownCode */.D9)(context.subject)]] : []),
        ...(context.server ? [["Notary server", (0,summary/* escapeCell */.kq)(context.server)]] : []),
        ["Reason code", `\`${code}\``],
        ["What to do", (0,summary/* escapeCell */.kq)((0,words/* words */.a)(hint ?? whatToDo(code)))],
    ];
    await (0,summary/* writeSummary */.Sy)([
        `### ❌ Content trust: ${context.action} failed`,
        "",
        "| | |",
        "| --- | --- |",
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        "",
    ]);
}
/** What the step's subject is called: the input it comes from (renew and migrate take a repository). */
function subjectLabel(action) {
    return action === "renew" || action === "migrate" ? "Repository" : "Image";
}
/** Advice for errors that carry no hint of their own. */
function whatToDo(code) {
    switch (code) {
        case "UNREACHABLE":
        case "TIMEOUT":
        case "CONNECTION_RESET":
        case "SERVER_UNAVAILABLE":
            return "check that the server is up and reachable from the runner, then re-run the job";
        case "UNAUTHORIZED":
            return "check the registry credentials (docker/login-action, or registry-username and registry-password)";
        case "USAGE":
            return "correct the step's inputs";
        case "SERVICE_ENDED":
            return "move to cosign signatures: see Leaving Notary v1 in the README of content-trust-action";
        default:
            return "read the step's log for details; re-run with debug logging (ACTIONS_STEP_DEBUG) for more";
    }
}


/***/ }),

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ exitOnceWritten),
/* harmony export */   G: () => (/* binding */ failIfUnsettled)
/* harmony export */ });
/**
 * The end of a process once its command is done.
 *
 * Both entry points end the process themselves as soon as the command's result is known and its
 * output is handed on, instead of waiting until nothing is pending. What can still be pending then
 * belongs to work the command gave up on: an AWS credentials request cut short by the run's
 * deadline (the SDK has no way to stop it, and it waits for its own timeouts and retries), the DNS
 * lookup of a connection opened early that the run never used, a cache service that never
 * answered. None of it may hold a pipeline's step or job after the run has failed or passed.
 * It is also the faster end: Node would otherwise still free its heap and join its threads first
 * (about 4 ms of every run, measured on a CLI sign, from the last write to the exit).
 */
/**
 * Ends the process with `process.exitCode` once what it wrote to stdout and stderr is handed on
 * (a write's callback runs after the writes before it).
 */
async function exitOnceWritten() {
    await Promise.all([process.stdout, process.stderr].map((s) => new Promise((resolve) => {
        if (s.destroyed || s.writableEnded)
            resolve();
        else
            s.write("", () => resolve());
    })));
    process.exit();
}
/**
 * Guards a command whose result never came: when the event loop has nothing left while `settled()`
 * is still false, a bug left the command's promise pending forever, and Node would end the process
 * with exit code 0 as if it had passed. `fail` is called then to say so; the process ends with exit
 * code 1 (or the one `fail` sets).
 */
function failIfUnsettled(settled, fail) {
    process.once("beforeExit", () => {
        if (settled())
            return;
        process.exitCode = 1;
        fail();
    });
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The release this code is; kept equal to package.json's version (a unit test compares them). */
const VERSION = "0.1.0";


/***/ })

};
