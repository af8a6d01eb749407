export const id = 654;
export const ids = [654];
export const modules = {

/***/ 7311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readAdminInputs)
/* harmony export */ });
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(535);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);


function readAdminInputs(env, repositoryInput) {
    const repository = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredInput */ .YF)(repositoryInput, repositoryInput === "image" ? "registry.example/app:v1" : "registry.example/app");
    const key = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSigningKeyInputs */ .Iq)(env);
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readConnectionInputs */ .qY)(env);
    const config = {
        ...connection,
        ...key,
        repository,
        rootKeyIds: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKeyIds */ .ll)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF)("root-key-id")),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readRequireRootPinInput */ .D5)(),
    };
    return { config, trustCache: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrustCacheInput */ .d9)() };
}


/***/ }),

/***/ 9654:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _compile_on_main_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2255);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8952);
/* harmony import */ var _renew_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5359);
// Entry point of renew/action.yml (runs.main).



await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_1__.runStep)("renew", (context) => (0,_renew_js__WEBPACK_IMPORTED_MODULE_2__/* .renewAction */ .U)(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ renewAction)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _workflows_admin_renew_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7523);
/* harmony import */ var _report_renew_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5959);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6322);
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6272);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9310);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(535);
/* harmony import */ var _admin_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7311);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1729);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7488);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2163);
/**
 * Entry of renew/action.yml, for a scheduled workflow: re-sign every role the key can sign that
 * expires within the window, and annotate every role that still expires within it.
 */













async function renewAction(env = process.env, context = { action: "renew" }) {
    const { config, trustCache } = (0,_admin_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readAdminInputs */ .x)(env, "repository");
    context.subject = config.repository;
    const now = Date.now();
    const withinMs = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExpiry */ .rQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("within") ?? "6mo", now, "within");
    const expires = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("expires");
    const lifetimeMs = expires ? (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExpiry */ .rQ)(expires, now) : undefined;
    const witness = (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_11__/* .splitList */ .r)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .input */ .hF)("witness"));
    context.server = (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_3__/* .notaryServerFor */ .A)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(config.repository), config.notaryServer, config.envNotaryServer);
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRepository */ .SU)(config.repository);
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .restoreTrust */ .T)(config.trustDir, [ref.name], trustCache, env);
    // Expiry warnings become annotations (log.warning); other progress is plain log.
    const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_2__/* .withAdminSession */ .a)({ ...config, trustDir: trust.dir }, { runtime: _log_js__WEBPACK_IMPORTED_MODULE_8__/* .runtime */ .fA }, (s) => (0,_workflows_admin_renew_js__WEBPACK_IMPORTED_MODULE_1__/* .renewRoles */ .f)(s.deps, {
        anchor: s.anchor,
        withinMs,
        ...(lifetimeMs ? { lifetimeMs } : {}),
        witness,
    }));
    if (trust.available)
        await trust.save();
    for (const r of result.renewed)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .neutralise */ .$0)(`${r.role} of ${result.gun} renewed: v${r.version}, expires at ${r.expires} (was ${r.previousExpires})`));
    for (const w of result.witnessed)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .neutralise */ .$0)(`${w.role} of ${result.gun} witnessed: ${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_12__/* .witnessedText */ .EM)(w)}`));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("renewed", JSON.stringify(result.renewed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("witnessed", JSON.stringify(result.witnessed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("not-renewed", JSON.stringify(result.notRenewed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH)("published", String(result.published));
    if (result.witnessUnconfirmed) {
        // Every target each unconfirmed role holds, in full, where a person checks them; the step fails.
        const lines = [`### Content trust: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(result.gun)}`, ""];
        for (const u of result.unconfirmed) {
            const confirm = `witness: ${u.role}@${u.fileDigest}`;
            _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`${u.role} of ${result.gun} ${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_12__/* .unconfirmedText */ .Wc)(u)}; to witness this content: ${confirm}`);
            for (const t of u.targets)
                _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(`  ${t.tag} ${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_12__/* .targetDigestText */ .Z7)(t)}`);
            lines.push(`Not witnessed: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(`${u.role} ${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_12__/* .unconfirmedText */ .Wc)(u)}`)}. To witness this content: \`${confirm}\``, "", "| Tag | Digest |", "| --- | --- |", ...u.targets.map((t) => `| ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(t.tag)} | \`${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_12__/* .targetDigestText */ .Z7)(t)}\` |`), "");
        }
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSummary */ .Sy)(lines);
        throw result.witnessUnconfirmed;
    }
    _log_js__WEBPACK_IMPORTED_MODULE_8__/* .log */ .Rm.info(result.renewed.length
        ? `Renewed ${result.renewed.map((r) => r.role).join(", ")} of ${result.gun}`
        : `${result.gun}: nothing the key can sign needs renewing`);
    const rows = result.renewed.map((r) => `| ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(r.role)} | ${r.version} | ${r.previousExpires} | ${r.expires} |`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSummary */ .Sy)([
        `### Content trust: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(result.gun)}`,
        "",
        ...(rows.length
            ? ["| Role | New version | Previous expiry | Expires at |", "| --- | --- | --- | --- |", ...rows]
            : ["Nothing the key can sign needed renewing."]),
        ...(result.notRenewed.length
            ? ["", "Not renewed:", ...result.notRenewed.map((r) => `- ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)(r.role)}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeCell */ .kq)((0,_report_renew_js__WEBPACK_IMPORTED_MODULE_12__/* .notRenewedExpiry */ .d_)(r))}`)]
            : []),
    ]);
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

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ witnessedText),
/* harmony export */   Wc: () => (/* binding */ unconfirmedText),
/* harmony export */   Z7: () => (/* binding */ targetDigestText),
/* harmony export */   d_: () => (/* binding */ notRenewedExpiry)
/* harmony export */ });
/** When a role left unrenewed expires: its time, or why it is unknown. */
function notRenewedExpiry(r) {
    return r.untrusted ? `unknown: it cannot be verified (${r.untrusted})` : r.expires;
}
/** `v9, its 3 target(s) (v1, v2, v3) now signed by key …`: a role witnessed. */
function witnessedText(w) {
    const more = w.targets > w.firstTargets.length ? ", …" : "";
    return `v${w.version}, its ${w.targets} target(s) (${w.firstTargets.join(", ")}${more}) now signed by key ${w.signedBy} (before only by removed key(s) ${w.signedBefore.join(", ")})`;
}
/** `v3 (expires …), signed only by removed key(s) …: …`: a role named to witness, not confirmed. */
function unconfirmedText(u) {
    return `v${u.version} (${u.expired ? "expired" : "expires"} ${u.expires}), signed only by removed key(s) ${u.signedBefore.join(", ")}: a witness re-signs these ${u.targets.length} target(s) as they are`;
}
/** A target's digest as listed for a witness to check; a target without a sha256 says so. */
function targetDigestText(t) {
    return t.digest || "(no sha256)";
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The release this code is; kept equal to package.json's version (a unit test compares them). */
const VERSION = "0.1.0";


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renewRoles),
/* harmony export */   o: () => (/* binding */ renewWindow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6408);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3903);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2187);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8868);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5591);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9391);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9130);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3395);
/**
 * Renewing before expiry, for a scheduled job: every targets role one of our keys can sign (the
 * delegations whose keys we hold, and `targets` with the targets key) that expires within the
 * window is re-signed unchanged with version + 1 and a fresh expiry in Go's form. An expired
 * delegation makes its tags disappear for readers, an expired `targets` the whole repository; the
 * Go client only warns (client/helpers.go warnRolesNearExpiry), so nothing else renews them.
 * Root is not renewed here (that takes the root key and, once its certificate runs out, a root
 * rotation); it is reported when it expires within the window.
 */











/**
 * Adds to `plan` each role of `names` that only removed keys signed, re-signed by our key of it.
 * Anything else named is refused before anything is published, but for a role that verifies.
 */
async function planWitness(deps, set, names, now, lifetimeMs, plan) {
    for (const entry of new Set(names)) {
        const at = entry.indexOf("@");
        const role = at < 0 ? entry : entry.slice(0, at);
        const confirmed = at < 0 ? undefined : entry.slice(at + 1).toLowerCase();
        if (confirmed !== undefined && !(0,_digest_js__WEBPACK_IMPORTED_MODULE_10__/* .isSha256Digest */ .q9)(confirmed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`witness ${entry}: write the content confirmed as ${role}@sha256:<64 hex digits>`);
        if (set.targets.has(role)) {
            deps.runtime.log(`${role} of ${set.gun} verifies: nothing to witness`);
            continue;
        }
        const outdated = set.outdated(role);
        if (!outdated) {
            const why = !set.delegations.has(role)
                ? "it is not a delegation of the repository"
                : set.metaFor(role)
                    ? "it is not signed only by keys it no longer lists"
                    : "it was never published";
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot witness ${role} of ${set.gun}: ${why}`, {
                hint: "witness names a delegation whose signers were all removed (its load says SIGNERS_REMOVED)",
            });
        }
        // Its own delegations would be vouched for too, keys and all: left to a repository admin.
        const children = (outdated.signed.delegations.roles ?? []).map((d) => d.name);
        if (children.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot witness ${role} of ${set.gun}: it delegates to ${children.join(", ")}, whose keys a witness would vouch for as well`);
        const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .findSigner */ .EP)(deps, set, role);
        if (!signer) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_IN_ROLE", `${deps.keyring.sources} is not a key of ${role} of ${set.gun}, so it cannot witness it`, {
                hint: `give a current key of ${role} (${(0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, role)?.keys ?? new Map())}) with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("aws-kms-key")}`,
            });
        }
        // Naming the role is not enough: the content checked is named by its digest, so that a later
        // run (a scheduled job that kept the setting) never re-signs content nobody checked.
        const fileDigest = (0,_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .s)(outdated.bytes);
        const signedBefore = [...new Set(outdated.signatures.map((g) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(g.keyId)))];
        if (confirmed !== fileDigest) {
            plan.unconfirmed.push({
                role,
                version: outdated.signed.version,
                fileDigest,
                ...(confirmed ? { confirmed } : {}),
                expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(outdated.expiresAt),
                expired: outdated.expiresAt <= now,
                signedBefore,
                targets: [...outdated.signed.targets].map(([tag, meta]) => {
                    const hex = (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256HexOf */ .AS)(meta);
                    return { tag, digest: hex ? `sha256:${hex}` : "" };
                }),
            });
            continue;
        }
        const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(outdated.signed, signer, now, { lifetimeMs, from: outdated });
        plan.files.set(role, signed.bytes);
        plan.versions.set(role, signed.version);
        plan.witnessed.push({
            role,
            version: signed.version,
            targets: outdated.signed.targets.size,
            firstTargets: [...outdated.signed.targets.keys()].slice(0, 5),
            signedBefore,
            signedBy: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(signer.keyId),
        });
    }
}
/**
 * The renewal window and the new lifetime, with their defaults; a lifetime not longer than the
 * window is refused (every run would renew again).
 */
function renewWindow(opts) {
    const withinMs = opts.withinMs ?? _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RENEW_WINDOW_MS */ .g0;
    const lifetimeMs = opts.lifetimeMs ?? _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS_LIFETIME_MS */ .C7;
    if (lifetimeMs <= withinMs) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the new lifetime (${Math.round(lifetimeMs / 86400_000)} days) must be longer than the renewal window (${Math.round(withinMs / 86400_000)} days), or every run would renew again`, { hint: `lengthen ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("expires")} or shorten ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("within")}` });
    }
    return { withinMs, lifetimeMs };
}
/**
 * Whether one of our keys is a key of `targets` or of a delegation a loaded role lists, loaded or
 * not (short of signatures, or signed by removed keys): such a key belongs to the repository, even
 * though what it signs cannot be renewed now. The trusted set keeps every listed delegation's keys.
 */
async function someSigner(deps, set) {
    for (const role of ["targets", ...set.delegations.keys()]) {
        const keys = (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, role)?.keys;
        if (keys && (await deps.keyring.signerFor(keys)))
            return true;
    }
    return false;
}
async function renewRoles(deps, opts = {}) {
    const { withinMs, lifetimeMs } = renewWindow(opts);
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: "the renewal",
        existing: true,
        plan: async (set, now) => {
            const plan = {
                files: new Map(),
                versions: new Map(),
                previous: new Map(),
                witnessed: [],
                unconfirmed: [],
            };
            const roles = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .walkRoles */ .xM)(set).map((r) => r.name);
            // A scheduled renew given a key of no role (an old key after a rotation, the wrong secret)
            // would pass every week until the roles expire: it fails now, naming the roles' keys.
            if (!(await someSigner(deps, set))) {
                const keys = roles.map((r) => `${r}: ${(0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, r)?.keys ?? new Map())}`).join("; ");
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_IN_ROLE", `${deps.keyring.sources} can sign no role of ${set.gun} (${keys})`, {
                    hint: `give the targets key or a signer's key with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("aws-kms-key")}`,
                });
            }
            const loaded = new Set(roles);
            for (const e of (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs)) {
                if (e.role === "root" || !loaded.has(e.role))
                    continue;
                const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .findSigner */ .EP)(deps, set, e.role);
                if (!signer)
                    continue;
                const from = set.targets.get(e.role);
                const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(from.signed, signer, now, { lifetimeMs, from });
                plan.files.set(e.role, signed.bytes);
                plan.versions.set(e.role, signed.version);
                plan.previous.set(e.role, (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(e.expiresAt));
            }
            await planWitness(deps, set, opts.witness ?? [], now, lifetimeMs, plan);
            // Content named without being confirmed: nothing at all is published, renewals included.
            if (plan.unconfirmed.length > 0) {
                plan.files.clear();
                plan.versions.clear();
                plan.previous.clear();
                plan.witnessed = [];
            }
            return plan;
        },
    });
    const set = update.set;
    const plan = update.applied;
    const renewed = [...plan.previous].map(([role, previousExpires]) => {
        const env = set.targets.get(role);
        return { role, version: env?.signed.version ?? 0, previousExpires, expires: env ? (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(env.expiresAt) : "" };
    });
    const witnessed = plan.witnessed;
    for (const w of witnessed) {
        if (!set.targets.has(w.role))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}: ${w.role} was witnessed but does not verify as served`, {
                hint: "inspect the repository; another writer may have changed it at the same time",
            });
    }
    const lost = (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .lostReleases */ .Ln)(update.before, (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .releasedTags */ .JR)(set, deps.runtime.now()));
    if (lost.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}: after renewing, ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; another writer may have changed it at the same time" });
    }
    const now = deps.runtime.now();
    const expiring = (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs);
    // Running renew again with the same keys would not help: name the keys that can.
    const advice = (from, role) => {
        const keys = role === "root" ? undefined : (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(from, role)?.keys;
        return keys
            ? `${deps.keyring.sources} cannot sign it; renew it with a key of ${role}: ${(0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKeys */ .mC)(keys)}`
            : undefined;
    };
    const warnings = [...update.warnings];
    const warnOnce = (m) => {
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.runtime.warn(m);
    };
    const notRenewed = expiring.map((e) => ({
        role: e.role,
        expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(e.expiresAt),
        expired: e.expired,
    }));
    // A role the read-back could not verify (its warning says why) is not renewed either. An expired
    // one was read before publishing (expired delegations are read for renewing): its expiry is known.
    for (const [role, err] of update.skipped) {
        const env = err.code === "EXPIRED" ? update.state.targets.get(role) : undefined;
        if (!env) {
            notRenewed.push({ role, expires: "", expired: err.code === "EXPIRED", untrusted: err.code });
            continue;
        }
        notRenewed.push({ role, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(env.expiresAt), expired: true });
        const e = { role, expiresAt: env.expiresAt, version: env.signed.version, expired: true };
        warnOnce((0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now, advice(update.state, role)));
    }
    for (const e of expiring)
        warnOnce((0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now, advice(set, e.role)));
    if (plan.files.size === 0 && !update.published)
        deps.runtime.log(`Nothing of ${set.gun} that our keys can sign expires before ${(0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(now + withinMs)}`);
    const unconfirmed = plan.unconfirmed;
    return {
        gun: set.gun,
        renewed,
        witnessed,
        unconfirmed,
        ...(unconfirmed.length > 0 ? { witnessUnconfirmed: unconfirmedError(set.gun, unconfirmed) } : {}),
        notRenewed,
        published: update.published,
        warnings,
        set,
    };
}
/** The failure of a run that named content to witness without confirming it. */
function unconfirmedError(gun, roles) {
    const said = roles.map((u) => `${u.confirmed ? `the content confirmed for ${u.role} (${u.confirmed}) is not the one served (${u.fileDigest}); ` : ""}${u.role} v${u.version}${u.expired ? `, expired at ${u.expires},` : ""} is signed only by removed key(s) ${u.signedBefore.join(", ")}, and a witness re-signs its ${u.targets.length} target(s) as they are (the run's output lists each with its digest)`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("WITNESS_UNCONFIRMED", `${gun}: ${said.join("; ")}; nothing was published`, {
        hint: `check them, then confirm each content with ${roles.map((u) => `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("witness")} ${u.role}@${u.fileDigest}`).join(" ")}`,
    });
}


/***/ })

};
