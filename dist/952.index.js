export const id = 952;
export const ids = [952];
export const modules = {

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ neutralise),
/* harmony export */   Ab: () => (/* binding */ maskSecretsWithRunner),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   fA: () => (/* binding */ runtime),
/* harmony export */   q: () => (/* binding */ maskSecretInputs),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1066);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9579);
/* harmony import */ var _workflows_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9706);
/**
 * Logging for the action. Every line is rendered in the action's words (inputs, workflow steps),
 * and text that may come from a server is neutralised so it cannot start a workflow command
 * (`::add-mask::`, `::set-output::`, `::stop-commands::`) on a log line.
 */





function neutralise(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowLogText */ .di)((0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .a)((0,_redaction_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text)));
}
const log = {
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(neutralise(m)),
    warning: (m, props) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(neutralise(m), props),
    error: (m, props) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(neutralise(m), props),
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(neutralise(m)),
};
const warned = new Set();
/** The action's runtime: the real clock and timers, log lines, each warning once as an annotation. */
const runtime = (0,_workflows_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .createRuntime */ .x)({
    log: (m) => log.info(m),
    warn: (m) => {
        if (warned.has(m))
            return;
        warned.add(m);
        log.warning(m);
    },
});
/**
 * An output, in the action's words (messages inside JSON outputs carry terms too). Outputs are
 * data for the next steps and are not redacted as a whole (a password that happens to equal a
 * repository name would garble them): the messages in them already are, as every message is.
 */
function setOutput(name, value) {
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .a)(value));
}
let forwarding = false;
/** From now on, every secret registered anywhere in the process is masked by the runner too. */
function maskSecretsWithRunner() {
    if (forwarding)
        return;
    forwarding = true;
    (0,_redaction_js__WEBPACK_IMPORTED_MODULE_1__/* .onSecret */ .IJ)((secret) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret));
}
const SECRET_INPUTS = ["signer-key", "signer-key-passphrase", "registry-password"];
/**
 * Masks every secret input (a key file line by line) before any input is validated or logged:
 * runStep calls it first, for every action. Here, not with the other inputs (inputs.ts): runStep
 * loads with every action, and that module's imports would come with it.
 */
function maskSecretInputs() {
    for (const name of SECRET_INPUTS)
        (0,_redaction_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined);
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

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The runner's side of a step: inputs from `INPUT_*`, outputs and the job summary in the files the
 * runner names (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`), and workflow commands (`::error::`,
 * `::add-mask::`) on stdout, as GitHub documents them ("Workflow commands for GitHub Actions").
 *
 * The few calls the actions make, written here rather than taken from @actions/core: that package
 * loads an HTTP client (undici, about 1 MB of bundle) for OIDC tokens no step of ours asks for,
 * and parsing it was most of an action's start-up.
 */




/** An input's value, trimmed; empty when the step does not set it (the runner passes defaults). */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** An output of the step: appended to the runner's output file, else the old stdout command. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
        issue("set-output", value, { name });
        return;
    }
    // A delimiter no name or value can contain ends the value (a multi-line value stays whole).
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its own delimiter`);
    appendToRunnerFile(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}`);
}
/** Asks the runner to mask `secret` wherever it would appear in the log. */
function setSecret(secret) {
    issue("add-mask", secret);
}
/** Fails the step (exit code 1) with `message` as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Whether the run has debug logging on (re-run with debug logging, or ACTIONS_STEP_DEBUG). */
function isDebug() {
    return process.env.RUNNER_DEBUG === "1";
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function debug(message) {
    issue("debug", message);
}
function notice(message, properties = {}) {
    issue("notice", message, annotation(properties));
}
function warning(message, properties = {}) {
    issue("warning", message, annotation(properties));
}
function error(message, properties = {}) {
    issue("error", message, annotation(properties));
}
/** Appends Markdown to the job summary; fails when the runner's summary file cannot be written. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error("GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary");
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
    }
    catch {
        throw new Error(`cannot write the job summary file ${file}`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, "utf8");
}
function appendToRunnerFile(file, text) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`the runner's file ${file} is missing`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, text + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, "utf8");
}
/** Command property names, as the runner reads them. */
function annotation(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/** `::name key=value,…::message`, escaped so that neither can end the command early. */
function issue(name, message, properties = {}) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== "" && entry[1] !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(",");
    process.stdout.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ writeCosignOnlySummary),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   dD: () => (/* binding */ writeSignSummary),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export withinSummaryLimit */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8592);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9579);
/** Job summaries: what a person reads after the step, in the action's words. */





/** Text for a Markdown table cell or line (text.ts markdownText). */
const escapeCell = _text_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7;
/**
 * What a step's summary may hold: GitHub drops a step's summary whole when it is larger than 1 MiB
 * ("Adding a job summary"), so a summary is cut short well before that, at a line's end.
 */
const SUMMARY_MAX_BYTES = 1000 * 1024;
/**
 * Writes lines to the job summary when the runner gives one (without the run's secrets). The
 * summary is a report of work already done: a summary that cannot be written is a warning, never a
 * failed step.
 */
async function writeSummary(lines) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const markdown = withinSummaryLimit((0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .words */ .a)((0,_redaction_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(lines.join("\n"))));
    try {
        await _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(markdown);
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`the job summary was not written: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** `markdown`, cut at a line's end with a last line saying so when it is over SUMMARY_MAX_BYTES. */
function withinSummaryLimit(markdown, maxBytes = SUMMARY_MAX_BYTES) {
    if (Buffer.byteLength(markdown, "utf8") <= maxBytes)
        return markdown;
    const note = "\n\n_The rest of this summary was left out: a job summary holds at most 1 MiB (see the step's log)._";
    const room = maxBytes - Buffer.byteLength(note, "utf8");
    // Bytes to characters: cut at `room` bytes, then back to the last whole line.
    const cut = Buffer.from(markdown, "utf8").subarray(0, room).toString("utf8");
    const end = cut.lastIndexOf("\n");
    return (end > 0 ? cut.slice(0, end) : "") + note;
}
async function writeCosignOnlySummary(r) {
    const esc = escapeCell;
    await writeSummary([
        `### Content trust: ${esc(r.gun)}`,
        "",
        r.cosign.status === "written"
            ? `Signed with cosign as **${esc(r.signer)}**, read back and verified under cosign's rules. No Notary server was asked.`
            : `Already signed with cosign by **${esc(r.signer)}**: nothing was written. No Notary server was asked.`,
        "",
        "| Image | Digest | Cosign signature | Signatures there |",
        "| --- | --- | --- | --- |",
        `| ${esc(r.tag ? `${r.gun}:${r.tag}` : r.gun)} | \`${r.digest}\` | ${esc(r.cosign.reference)} | ${r.cosign.signatures} |`,
    ]);
}
/** What became of the trusted root, for the next run. */
function trustLine(trust) {
    if (trust.kept)
        return "Trusted root kept for the next run.";
    const why = {
        disabled: "the trust cache is off (trust-cache: false)",
        "no-service": "no cache service here",
        "not-answering": "the cache service did not answer (see the log)",
        failed: "the cache service failed (see the log)",
    }[trust.unavailable ?? "failed"];
    const next = trust.pinned
        ? "the next run checks the root against root-key-id"
        : "the next run trusts the root on first use (pin it with root-key-id)";
    return `Trusted root not saved: ${why}; ${next}.`;
}
async function writeSignSummary(r, trust) {
    const esc = escapeCell;
    const rows = r.tags.map((t) => [esc(t.tag), `\`${t.digest}\``, esc(t.roles.join(", ")), esc(t.signers.join(", "))]);
    // Key IDs come from the server's root.json: each is quoted as code, whatever it holds.
    const keys = (ids) => ids.map(_text_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCode */ .D9).join(", ");
    await writeSummary([
        `### Content trust: ${esc(r.gun)}`,
        "",
        r.published
            ? `Signed as **${esc(r.signer)}** and verified on the Notary server.`
            : "Already signed in Notary: nothing was published there.",
        "",
        "| Tag | Digest | Roles | Signers |",
        "| --- | --- | --- | --- |",
        ...rows.map((c) => `| ${c.join(" | ")} |`),
        "",
        ...(r.cosign
            ? [
                `Cosign signature: ${r.cosign.status === "written" ? "written now" : "already there by this key, nothing written"} at ${esc(r.cosign.reference)} (${r.cosign.signatures} signature${r.cosign.signatures === 1 ? "" : "s"} there), read back and verified under cosign's rules.`,
                "",
            ]
            : []),
        `Roles: ${r.roles.map((x) => `${esc(x.name)} v${x.version}`).join(", ")} · Root key ${keys(r.rootKeyIds)} · Repository key ${keys(r.repositoryKeyIds)}`,
        "",
        trustLine(trust),
        ...(r.warnings.length ? ["", "Warnings:", ...r.warnings.map((w) => `- ${esc(w)}`)] : []),
    ]);
}


/***/ }),

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ words)
/* harmony export */ });
/* unused harmony export ACTION_WORDS */
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3395);
/** The action's vocabulary: settings are inputs, next steps are workflow steps. */

const ACTIONS = "content-trust-action";
const ACTION_WORDS = {
    setting: {
        image: "image",
        images: "images",
        repository: "repository",
        dockerfile: "dockerfile",
        "build-args": "build-args",
        signers: "signers",
        "allow-unsigned": "allow-unsigned",
        pin: "pin",
        tags: "tags",
        digest: "digest",
        roles: "roles",
        expires: "expires",
        within: "within",
        "signer-key": "signer-key",
        "signer-key-passphrase": "signer-key-passphrase",
        "signer-name": "signer-name",
        "aws-kms-key": "aws-kms-key",
        "aws-region": "aws-region",
        "root-key-id": "root-key-id",
        "notary-server": "notary-server",
        "notary-servers": "notary-servers",
        "ca-cert": "ca-cert",
        "registry-username": "registry-username",
        "registry-password": "registry-password",
        timeout: "timeout",
        deadline: "deadline",
        "trust-cache": "trust-cache",
        "insecure-registries": "insecure-registries",
        "key-dir": "a key directory (not available in the action)",
        force: "force (not available in the action)",
        accept: "accept",
        "cosign-key": "cosign-key",
        "oci-signature": "oci-signature",
        witness: "witness",
    },
    step: (step, subject) => {
        const on = subject ? ` on ${subject}` : "";
        switch (step) {
            case "sign":
                return `a step with uses: ${ACTIONS}${on}`;
            case "renew":
                return `a step with uses: ${ACTIONS}/renew${on}`;
            case "revoke":
                return `a step with uses: ${ACTIONS}/revoke${on}`;
            case "migrate":
                return `a step with uses: ${ACTIONS}/migrate${on}`;
            case "key-inspect":
                return "the public key PEM that the content-trust CLI's key inspect prints for the key file";
            case "rotate-signer":
                return `the content-trust CLI's key rotate-signer${on}, run with the repository's targets key`;
            case "init":
                return `the content-trust CLI's init ${subject ?? "REPOSITORY"}`;
            case "signer-add":
                return `the content-trust CLI's signer add, for NAME on ${subject ?? "REPOSITORY"} with the public key NAME.pub`;
            case "signer-add-kms":
                return `the content-trust CLI's signer add, for NAME on ${subject ?? "REPOSITORY"} with the AWS KMS key`;
            case "inspect":
                return `the content-trust CLI's inspect ${subject ?? "IMAGE"}`;
        }
    },
    phrase: {
        "base-directory": "the workspace",
        "aws-credentials": "run aws-actions/configure-aws-credentials before this step (the job needs permissions: id-token: write for OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
        "trust-store": "the Actions cache (delete the cache entries whose key starts with content-trust-v1-, e.g. with gh cache delete)",
        // The actions read every key from signer-key, a root key too: its passphrase is given there.
        "root-passphrase": "signer-key-passphrase",
    },
};
/** A line in the action's words. */
const words = (text) => (0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(text, ACTION_WORDS);


/***/ }),

/***/ 5294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ eventLoopTurns),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/**
 * Waiting for the event loop itself: after `count` turns (setImmediate), the I/O callbacks, socket
 * writes and close events that were due when it was called have run.
 */
async function eventLoopTurns(count = 1) {
    for (let i = 0; i < count; i++)
        await new Promise((resolve) => setImmediate(resolve));
}
/** Resolves after `ms`; rejects with the signal's reason as soon as `signal` aborts (its timer is cleared). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
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


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createRuntime)
/* harmony export */ });
/* harmony import */ var _event_loop_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);
/**
 * What a run needs from the world besides the servers: a clock, a way to wait, randomness for
 * retry jitter, and two channels to the person watching. Each front end builds one and passes it
 * down; tests build one with a fixed clock and a sleep that returns at once.
 */

const quiet = () => { };
/** The real clock, timers and randomness; progress and warnings go where `parts` says (nowhere by default). */
function createRuntime(parts = {}) {
    return { now: Date.now, sleep: _event_loop_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y, random: Math.random, log: quiet, warn: quiet, ...parts };
}


/***/ })

};
