export const id = 952;
export const ids = [952];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ readRequireRootPinInput),
/* harmony export */   Iq: () => (/* binding */ readSigningKeyInputs),
/* harmony export */   YF: () => (/* binding */ requiredInput),
/* harmony export */   d9: () => (/* binding */ readTrustCacheInput),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   nr: () => (/* binding */ readSignInputs),
/* harmony export */   q: () => (/* binding */ maskSecretInputs),
/* harmony export */   qY: () => (/* binding */ readConnectionInputs),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1987);
/* harmony import */ var _net_tls_trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3733);
/* harmony import */ var _registry_insecure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3705);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(535);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7488);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1066);
/**
 * Inputs the actions share, read once, validated and turned into the typed configuration the
 * workflows take. Secrets are masked on arrival, before anything is logged.
 */










/** An input's value, undefined when empty (the runner passes declared defaults). */
function input(name) {
    const v = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return v === "" ? undefined : v;
}
const SECRET_INPUTS = ["signer-key", "signer-key-passphrase", "registry-password"];
/**
 * Masks every secret input (a key file line by line) before any input is validated or logged:
 * runStep calls it first, for every action.
 */
function maskSecretInputs() {
    for (const name of SECRET_INPUTS)
        (0,_redaction_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSecret */ .cl)(input(name));
}
/** A required input, refused by name when missing or empty, with a hint showing its form. */
function requiredInput(name, example) {
    const v = input(name);
    if (!v?.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input ${name} is required but was not given (or is empty)`, {
            hint: `add it to the step's with: block, e.g. ${name}: ${example}`,
        });
    return v.trim();
}
/** A boolean input (see parseBoolean); empty takes the declared default. */
function booleanInput(name, fallback) {
    const v = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (v === "")
        return fallback;
    const value = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBoolean */ .yG)(v);
    if (value !== undefined)
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input ${name} is ${JSON.stringify(v.slice(0, 40))}, not a boolean`, {
        hint: `write ${name}: true or ${name}: false`,
    });
}
/**
 * The forward proxies of the runner (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, either case), with the
 * credentials in a proxy URL masked before anything can log them.
 */
function readProxyEnv(env) {
    for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"]) {
        const value = env[name];
        if (!value)
            continue;
        try {
            const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
            (0,_redaction_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSecret */ .cl)(url.password);
            (0,_redaction_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSecret */ .cl)(decodeURIComponent(url.password));
        }
        catch {
            // not a URL: proxyConfigFromEnv says so, without the value
        }
    }
    // Its credentials, once parsed (decoded, and as Basic), are registered by net/proxy.ts.
    return (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyConfigFromEnv */ .oR)(env);
}
/**
 * Server, CA, credentials, timeout and trust directory, as every action takes them (runStep has
 * masked the secret inputs).
 */
function readConnectionInputs(env) {
    const password = input("registry-password");
    const username = input("registry-username");
    if ((username === undefined) !== (password === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("inputs registry-username and registry-password go together");
    const timeoutMs = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTimeout */ .ZZ)(input("timeout"));
    const deadlineMs = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTimeout */ .ZZ)(input("deadline"), "deadline");
    const proxy = readProxyEnv(env);
    const caCert = input("ca-cert");
    return {
        ...(input("notary-server") ? { notaryServer: input("notary-server") } : {}),
        ...(env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: env.DOCKER_CONTENT_TRUST_SERVER } : {}),
        ...(caCert ? { caPem: (0,_net_tls_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCaBundle */ .S4)(caCert, "input ca-cert") } : {}),
        ...(proxy ? { proxy } : {}),
        ...(username && password ? { credentials: { username, password } } : {}),
        dockerConfigDir: env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), ".docker"),
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(deadlineMs ? { deadlineMs } : {}),
        insecureRegistries: (0,_registry_insecure_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInsecureRegistries */ .XT)((0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .splitList */ .r)(input("insecure-registries"))),
        trustDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "content-trust", "trust"),
    };
}
/**
 * The key that signs: a key file's content or an AWS KMS key, not both (runStep has masked the secret inputs).
 * The key's passphrase: input signer-key-passphrase, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
 * as `docker trust sign` reads it for delegation and repository keys (masked here).
 */
function readSigningKeyInputs(env = {}) {
    const signerKey = input("signer-key");
    (0,_redaction_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSecret */ .cl)(env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE);
    const passphrase = input("signer-key-passphrase") ?? (env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE || undefined);
    const awsKmsKey = input("aws-kms-key");
    if (signerKey && awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("inputs signer-key and aws-kms-key are both given", {
            hint: "give one signing key: a key file's content or an AWS KMS key",
        });
    if (!awsKmsKey && !signerKey?.trim()) {
        // The runner passes a missing input and a secret that is not set alike: as an empty string.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("no signing key: inputs signer-key and aws-kms-key are both empty (a signer-key set from a secret that is empty, misspelt or not available to this job is empty too)", {
            hint: "give signer-key: ${{ secrets.NAME }} with the key file's content (check the secret's name and that this workflow can read it), or aws-kms-key",
        });
    }
    return {
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase ? { signerKeyPassphrase: passphrase } : {}),
        ...(awsKmsKey ? { awsKmsKey } : {}),
        ...(input("aws-region") ? { awsRegion: input("aws-region") } : {}),
    };
}
/** Input `require-root-pin`: refuse a root that is neither pinned by root-key-id nor stored from an earlier run. */
function readRequireRootPinInput() {
    return booleanInput("require-root-pin", false);
}
function readTrustCacheInput() {
    return booleanInput("trust-cache", true);
}
function readSignInputs(env) {
    const image = requiredInput("image", "registry.example/app:v1");
    const key = readSigningKeyInputs(env);
    const connection = readConnectionInputs(env);
    const digest = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDigest */ .m)(input("digest"));
    const config = {
        ...connection,
        ...key,
        image,
        tags: (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .splitList */ .r)(input("tags")),
        ...(digest ? { digest } : {}),
        ...(input("signer-name") ? { signerName: input("signer-name") } : {}),
        roles: (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .splitList */ .r)(input("roles")),
        ...(input("expires") ? { expiresInMs: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseExpiry */ .rQ)(input("expires"), Date.now()) } : {}),
        rootKeyIds: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKeyIds */ .ll)(input("root-key-id")),
        requireRootPin: readRequireRootPinInput(),
        ociSignature: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_7__/* .parseOciSignature */ .pK)(input("oci-signature"), "input oci-signature"),
    };
    return { config, trustCache: readTrustCacheInput() };
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ neutralise),
/* harmony export */   Ab: () => (/* binding */ maskSecretsWithRunner),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   fA: () => (/* binding */ runtime),
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
    TLS_UNKNOWN_CA: (host) => `give the CA certificate (PEM) of ${host} in the ca-cert input, or as $DOCKER_CONFIG/tls/${host}/ca.crt`,
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
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
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
    (0,inputs/* maskSecretInputs */.q)();
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
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1066);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9579);
/** Job summaries: what a person reads after the step, in the action's words. */




/** Text for a Markdown table cell or line (text.ts markdownText). */
const escapeCell = _text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7;
/** Writes lines to the job summary when the runner gives one (without the run's secrets). */
async function writeSummary(lines) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe((0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .a)((0,_redaction_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(lines.join("\n"))));
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
async function writeSignSummary(r, persisted) {
    const esc = escapeCell;
    const rows = r.tags.map((t) => [esc(t.tag), `\`${t.digest}\``, esc(t.roles.join(", ")), esc(t.signers.join(", "))]);
    await writeSummary([
        `### Content trust: ${esc(r.gun)}`,
        "",
        r.published
            ? `Signed as **${esc(r.signer)}** and verified on the Notary server.`
            : "Already signed: nothing was published.",
        "",
        "| Tag | Digest | Roles | Signers |",
        "| --- | --- | --- | --- |",
        ...rows.map((c) => `| ${c.join(" | ")} |`),
        "",
        `Roles: ${r.roles.map((x) => `${esc(x.name)} v${x.version}`).join(", ")} · Root key \`${r.rootKeyIds.join(", ").slice(0, 64)}\` · Repository key \`${r.repositoryKeyIds.join(", ").slice(0, 64)}\``,
        "",
        persisted
            ? "Trusted root kept for the next run."
            : "Trusted root not persisted (no cache service): trust on first use per run.",
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
            case "init":
            case "signer-add":
                return `docker trust signer add --key NAME.pub NAME ${subject ?? "REPOSITORY"} (it creates the repository when needed)`;
        }
    },
    phrase: {
        "base-directory": "the workspace",
        "aws-credentials": "run aws-actions/configure-aws-credentials before this step (the job needs permissions: id-token: write for OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
        "trust-store": "the Actions cache (delete the cache entries whose key starts with content-trust-v1-, e.g. with gh cache delete)",
    },
};
/** A line in the action's words. */
const words = (text) => (0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(text, ACTION_WORDS);


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

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   ll: () => (/* binding */ parseKeyIds),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   mz: () => (/* binding */ parseKeyId),
/* harmony export */   pK: () => (/* binding */ parseOciSignature),
/* harmony export */   rQ: () => (/* binding */ parseExpiry),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3903);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7488);
/**
 * Values users give, parsed once for both front ends: the action reads them from inputs, the CLI
 * from flags, and a message names the setting in each front end's words (`setting`).
 */







const UNITS = { y: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .YEAR_MS */ .L7, mo: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .YEAR_MS */ .L7 / 12, w: 7 * _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, d: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, h: 3600_000 };
/** `3y`, `18mo`, `90d`, `12h`, or an absolute RFC 3339 time; returns milliseconds from `now`. */
function parseExpiry(text, now, name = "expires") {
    const t = text.trim();
    const m = /^(\d+)(y|mo|w|d|h)$/.exec(t);
    let ms;
    if (m)
        ms = Number(m[1]) * UNITS[m[2]];
    else {
        try {
            ms = (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGoTime */ .bi)(t) - now;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is neither a duration (3y, 18mo, 90d, 12h) nor an RFC 3339 time`);
        }
    }
    if (ms < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is in the past`);
    if (ms < _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_LIFETIME_MS */ .wF)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is less than an hour from now`);
    if (ms > _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LIFETIME_MS */ .oe)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is more than 100 years from now`);
    return Math.round(ms);
}
/**
 * The lines of a `key=value` input (see inputLines), split at the first `=` (a key never holds
 * one: `NAME=value`, `host=url`) or at the last (a value never holds one: `pattern=mode`).
 */
function keyValueLines(input, at) {
    return (0,_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .inputLines */ .K)(input).map((line) => {
        const eq = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
        return eq < 0
            ? { line, key: undefined, value: line }
            : { line, key: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
    });
}
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/**
 * A boolean as the runner's getBooleanInput reads it (YAML 1.2 core schema: true, True, TRUE,
 * false, False, FALSE); undefined for anything else.
 */
function parseBoolean(text) {
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    return undefined;
}
/** A timeout in seconds (input `timeout`), as milliseconds. */
function parseTimeout(text, name = "timeout") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const n = Number(text.trim().replace(/s$/, ""));
    if (!Number.isFinite(n) || n <= 0 || n > 3600)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${text}" must be a number of seconds between 1 and 3600`);
    return Math.round(n * 1000);
}
/** One root key ID as a person gives it (case folded), or a USAGE error naming the setting. */
function parseKeyId(text) {
    const id = text.trim().toLowerCase();
    if (!(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isKeyId */ .rZ)(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)("root-key-id")} ${JSON.stringify(id.slice(0, 80))} is not a 64-character hexadecimal key ID`, {
            hint: "copy the Root key ID from `docker trust inspect` (AdministrativeKeys)",
        });
    }
    return id;
}
/** Root key IDs, one a line or comma-separated. */
function parseKeyIds(text) {
    return (0,_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .splitList */ .r)(text).map(parseKeyId);
}
function parseDigest(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const d = text.trim();
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(d))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)("digest")} "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
    return d;
}
function parseOciSignature(value, name) {
    const v = (value ?? "none").trim().toLowerCase() || "none";
    if (v !== "none" && v !== "cosign" && v !== "cosign-only")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} ${JSON.stringify(value?.slice(0, 40))} is not one of none, cosign, cosign-only`);
    return v;
}


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ canonicalMap),
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   X8: () => (/* binding */ envelopeJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   f7: () => (/* binding */ canonicalScalar)
/* harmony export */ });
/* unused harmony export compareUtf8 */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/**
 * Go's canonical JSON (github.com/docker/go/canonical/json, as vendored by notary) and the
 * file envelope notary writes around it.
 *
 * Why not the `canonicalize` package (RFC 8785 / JCS): JCS sorts object keys by UTF-16 code
 * units where Go sorts by UTF-8 bytes (astral characters and U+E000..U+FFFF come out in opposite
 * orders), JCS escapes control characters where Go writes them raw, and JCS knows nothing about
 * the HTML-escaped `{"signed":…,"signatures":…}` envelope. A server accepts such bytes with 200
 * and the repository is then unreadable for every client, so we write Go's form by hand and keep
 * `canonicalize` only as a differential oracle in the tests.
 */


/**
 * Orders strings by Unicode code point, which is the order of their UTF-8 bytes (Go's string `<`),
 * without encoding them: at the first differing UTF-16 unit, surrogates (astral characters) must
 * sort above U+E000..U+FFFF, so both ranges are shifted before comparing.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800)
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        if (y >= 0xd800)
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        return x - y;
    }
    return a.length - b.length;
}
// Characters that need attention: `"`, `\`, C0 controls, and surrogates (checked for pairing).
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;
function encodeString(s) {
    if (!SPECIAL.test(s))
        return `"${s}"`;
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x22)
            out += '\\"';
        else if (c === 0x5c)
            out += "\\\\";
        else if (c < 0x20) {
            // Go writes control characters raw, and Go's own envelope encoder then refuses the
            // result ("invalid character in string literal"): no Go client can publish them.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`control character U+${c.toString(16).padStart(4, "0")} in a JSON string cannot be published to a Notary server`);
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            const next = s.charCodeAt(i + 1);
            if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6("unpaired UTF-16 surrogate in a JSON string");
            }
            out += s[i] + s[i + 1];
            i++;
        }
        else
            out += s[i];
    }
    return out + '"';
}
function encodeNumber(n) {
    if (!Number.isSafeInteger(n)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`canonical JSON allows only integers, found ${n}`);
    }
    return String(n === 0 ? 0 : n);
}
/** Go canonical JSON of a parsed value: sorted keys (UTF-8 order), only `"` and `\` escaped, no whitespace. */
function canonicalJson(value) {
    // One string grown by appending (V8 joins the pieces once, when the result is encoded): a large
    // role is written without an array of parts per object.
    return writeValue("", value);
}
// Keys holding a surrogate are the only ones whose UTF-16 order (the engine's sort) differs from
// Go's UTF-8 byte order.
const SURROGATE = /[\ud800-\udfff]/;
function sortedKeys(o) {
    return sortUtf8(Object.keys(o));
}
/** Sorts strings in place in Go's order (their UTF-8 bytes). */
function sortUtf8(keys) {
    if (keys.length < 2)
        return keys;
    for (const k of keys)
        if (SURROGATE.test(k))
            return keys.sort(compareUtf8);
    return keys.sort();
}
/**
 * Canonical JSON of a map whose values the caller writes (`each` returns canonical JSON): the same
 * text as canonicalJson of the object with those keys, without building that object first.
 */
function canonicalMap(m, each) {
    let out = "{";
    let first = true;
    for (const k of sortUtf8([...m.keys()])) {
        out += `${first ? "" : ","}${encodeString(k)}:${each(m.get(k))}`;
        first = false;
    }
    return out + "}";
}
/** Canonical JSON of one string or integer. */
function canonicalScalar(v) {
    return typeof v === "string" ? encodeString(v) : encodeNumber(v);
}
function writeValue(out, value) {
    if (value === null)
        return out + "null";
    switch (typeof value) {
        case "boolean":
            return out + (value ? "true" : "false");
        case "number":
            return out + encodeNumber(value);
        case "string":
            return out + encodeString(value);
        case "object": {
            if (Array.isArray(value)) {
                out += "[";
                for (let i = 0; i < value.length; i++)
                    out = writeValue(i === 0 ? out : out + ",", value[i]);
                return out + "]";
            }
            out += "{";
            let first = true;
            for (const k of sortedKeys(value)) {
                const v = value[k];
                if (v === undefined)
                    continue;
                out = writeValue(`${out}${first ? "" : ","}${encodeString(k)}:`, v);
                first = false;
            }
            return out + "}";
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`value of type ${typeof value} has no JSON form`);
    }
}
const encoder = new TextEncoder();
/** UTF-8 bytes of the canonical form: what is signed and verified. */
function canonicalBytes(value) {
    return encoder.encode(canonicalJson(value));
}
/** What Go's encoding/json does to a RawMessage it compacts: HTML-significant characters escaped. */
const htmlEscape = _text_js__WEBPACK_IMPORTED_MODULE_1__/* .goHtmlEscape */ .BO;
/**
 * The file bytes notary writes: `{"signed":<html-escaped canonical>,"signatures":[…]}` in struct
 * order (not canonical order), from client/helpers.go and tuf/tuf.go.
 */
function envelopeJson(canonicalSigned, signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${encodeString(s.keyid)},"method":${encodeString(s.method)},"sig":${encodeString(s.sig)}}`)
        .join(",");
    return `{"signed":${htmlEscape(canonicalSigned)},"signatures":[${htmlEscape(sigs)}]}`;
}
/** Parses JSON text from an untrusted source into a plain value, refusing anything but an object. */
function parseJsonObject(text, subject) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not valid JSON`, { cause: err });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not a JSON object`);
    }
    return value;
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ keyJson),
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   Sy: () => (/* binding */ canonicalKeyIdOf),
/* harmony export */   VK: () => (/* binding */ rememberCertificate),
/* harmony export */   _z: () => (/* binding */ keyObjectOf),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   ov: () => (/* binding */ listedCanonicalKeyId),
/* harmony export */   rZ: () => (/* binding */ isKeyId),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5493);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Notary public keys, key IDs and signature verification (tuf/data/keys.go, tuf/signed/verifiers.go).
 */



const KEY_TYPES = (/* unused pure expression or super */ null && (["ecdsa", "ecdsa-x509", "rsa", "rsa-x509", "ed25519"]));
const SIGNATURE_METHODS = (/* unused pure expression or super */ null && (["ecdsa", "rsapss", "rsapkcs1v15", "eddsa"]));
/** The JSON of a key as Go writes it (key IDs hash this; root and targets files embed it). */
function keyJson(key) {
    return { keytype: key.type, keyval: { private: null, public: key.public } };
}
/** TUF key ID: hex sha256 of the canonical key JSON, `"private":null` included. */
function keyIdOf(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(keyJson(key)))
        .digest("hex");
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
// Parsed once per key object: a root's certificate is read for its key ID, its key and its checks,
// and X509Certificate parsing and SPKI export are the costly part of checking a root.
const certificates = new WeakMap();
const canonicalIds = new WeakMap();
/**
 * Records the certificate already parsed from `key`'s first PEM block, so that its key ID and key
 * object are derived from it without parsing it again. Any other certificate is not recorded.
 */
function rememberCertificate(key, cert) {
    const first = key.type.endsWith("-x509") ? firstCertificatePem(key) : undefined;
    const der = first && Buffer.from(first.replace(/-----[A-Z ]+-----|\s+/g, ""), "base64");
    if (der && der.equals(cert.raw))
        certificates.set(key, cert);
}
/** The first PEM certificate in a certificate key's text, if it holds one. */
function firstCertificatePem(key) {
    return PEM_CERT.exec(Buffer.from(key.public, "base64").toString("utf8"))?.[0];
}
/** The first certificate of an `*-x509` key (leaf first, as notary requires). */
function certificateOf(key) {
    const known = certificates.get(key);
    if (known)
        return known;
    const cert = parseCertificate(key);
    certificates.set(key, cert);
    return cert;
}
function parseCertificate(key) {
    if (!key.type.endsWith("-x509")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`key of type ${key.type} carries no certificate`);
    }
    const first = firstCertificatePem(key);
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds no PEM certificate`);
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(first);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds an unreadable certificate`, { cause: err });
    }
}
/**
 * The canonical key ID (tuf/utils/x509.go): for certificate keys, the ID of the plain key
 * (`ecdsa`/`rsa`, DER SubjectPublicKeyInfo) inside the certificate. Private key files are named by
 * it and Docker shows delegation keys by it. For plain keys it equals `keyIdOf`.
 */
function canonicalKeyIdOf(key) {
    if (!key.type.endsWith("-x509"))
        return keyIdOf(key);
    const known = canonicalIds.get(key);
    if (known !== undefined)
        return known;
    const spki = certificateOf(key).publicKey.export({ type: "spki", format: "der" });
    const id = keyIdOf({ type: key.type.slice(0, -"-x509".length), public: spki.toString("base64") });
    canonicalIds.set(key, id);
    return id;
}
/**
 * The canonical key ID of a key a role lists, or undefined when it has none (an unreadable
 * certificate): such a key matches no signer, and looking for one goes on with the next key.
 */
function listedCanonicalKeyId(key) {
    try {
        return canonicalKeyIdOf(key);
    }
    catch {
        return undefined;
    }
}
const keyObjects = new WeakMap();
/** The node:crypto key behind a Notary key, or null when it has none we can use. */
function keyObjectOf(key) {
    const cached = keyObjects.get(key);
    if (cached !== undefined)
        return cached;
    let obj = null;
    try {
        switch (key.type) {
            case "ecdsa":
            case "rsa":
                obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(key.public, "base64"), format: "der", type: "spki" });
                break;
            case "ecdsa-x509":
            case "rsa-x509":
                obj = certificateOf(key).publicKey;
                break;
            case "ed25519": {
                const raw = Buffer.from(key.public, "base64");
                if (raw.length === 32) {
                    obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
                }
                break;
            }
        }
    }
    catch {
        obj = null;
    }
    // The key's algorithm must match its declared type, or it never verifies.
    if (obj) {
        const family = key.type.startsWith("ecdsa") ? "ec" : key.type.startsWith("rsa") ? "rsa" : "ed25519";
        if (obj.asymmetricKeyType !== family)
            obj = null;
    }
    keyObjects.set(key, obj);
    return obj;
}
const EC_SIZES = {
    prime256v1: 32,
    "P-256": 32,
    secp384r1: 48,
    "P-384": 48,
    secp521r1: 66,
    "P-521": 66,
};
/**
 * Checks one signature as notary's verifiers do: the method decides the algorithm and must fit the
 * key type; ECDSA is raw r‖s of exactly 2×⌈bits/8⌉ bytes over sha256; RSA keys need 2048 bits;
 * RSA-PSS uses salt length 32. Anything unknown or mismatched is simply not valid.
 */
function verifySignature(key, method, message, signature) {
    const obj = keyObjectOf(key);
    if (!obj)
        return false;
    try {
        switch (method.toLowerCase()) {
            case "ecdsa": {
                if (obj.asymmetricKeyType !== "ec")
                    return false;
                const size = EC_SIZES[obj.asymmetricKeyDetails?.namedCurve ?? ""];
                if (!size || signature.length !== 2 * size)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, dsaEncoding: "ieee-p1363" }, signature);
            }
            case "rsapss":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
            case "rsapkcs1v15":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
            case "eddsa":
                if (obj.asymmetricKeyType !== "ed25519" || signature.length !== 64)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, obj, signature);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}
const KEY_ID = /^[0-9a-f]{64}$/;
/** Whether text is a key ID as notary writes one: the hex sha256 of a key, 64 lower-case digits. */
function isKeyId(text) {
    return KEY_ID.test(text);
}
/** Short form of a key ID for messages: the first 12 hex digits and an ellipsis. */
function shortId(id) {
    return id.length > 12 ? `${id.slice(0, 12)}…` : id;
}


/***/ }),

/***/ 3903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ TARGETS_LIFETIME_MS),
/* harmony export */   L7: () => (/* binding */ YEAR_MS),
/* harmony export */   iV: () => (/* binding */ ROOT_LIFETIME_MS),
/* harmony export */   kY: () => (/* binding */ ROOT_CERTIFICATE_LIFETIME_MS),
/* harmony export */   oe: () => (/* binding */ MAX_LIFETIME_MS),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   wF: () => (/* binding */ MIN_LIFETIME_MS),
/* harmony export */   x: () => (/* binding */ defaultLifetime)
/* harmony export */ });
/**
 * How long signed metadata and root certificates live, in one place. Defaults are notary's
 * (const.go: NotaryRootExpiry, NotaryTargetsExpiry, NotarySnapshotExpiry, NotaryTimestampExpiry;
 * a year is notary.Year, 365 days, leap days ignored). Delegations get the targets lifetime, as the
 * Go client re-signs them. Snapshot and timestamp are signed by the server in a Docker repository:
 * their lifetimes are here to explain what a reader sees, not to sign with.
 */
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** notary.Year: 365 days. */
const YEAR_MS = 365 * DAY_MS;
const ROOT_LIFETIME_MS = 10 * YEAR_MS;
/** Targets and every delegation (targets/releases, targets/<signer>). */
const TARGETS_LIFETIME_MS = 3 * YEAR_MS;
const SNAPSHOT_LIFETIME_MS = 3 * YEAR_MS;
const TIMESTAMP_LIFETIME_MS = 14 * DAY_MS;
/** A root certificate made for a new repository (notary's NewCertificate: 10 years from now). */
const ROOT_CERTIFICATE_LIFETIME_MS = 10 * YEAR_MS;
/** The shortest lifetime a person may ask for: less would expire before most pipelines end. */
const MIN_LIFETIME_MS = HOUR_MS;
/** The longest lifetime a person may ask for: past it, a date is a typo rather than a plan. */
const MAX_LIFETIME_MS = 100 * YEAR_MS;
/** The default lifetime of a role when it is (re-)signed. */
function defaultLifetime(role) {
    if (role === "root")
        return ROOT_LIFETIME_MS;
    if (role === "snapshot")
        return SNAPSHOT_LIFETIME_MS;
    if (role === "timestamp")
        return TIMESTAMP_LIFETIME_MS;
    return TARGETS_LIFETIME_MS;
}


/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ displayTime),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   bi: () => (/* binding */ parseGoTime)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Expiry times as Go writes and reads them (time.Time, RFC 3339 with nanoseconds).
 * Read: any RFC 3339 offset, fraction of any length. Write: UTC with `Z`, trailing fraction zeros
 * dropped, no fraction when it is zero (Go's RFC3339Nano). JavaScript's toISOString() (`.000Z`)
 * is not Go's form and breaks every reader once uploaded.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;
/** Milliseconds since the epoch of an RFC 3339 time (sub-millisecond digits are truncated). */
function parseGoTime(text) {
    const m = RFC3339.exec(text);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires "${text.slice(0, 40)}" is not an RFC 3339 time`);
    const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
    const ms = frac ? Number(frac.padEnd(3, "0").slice(0, 3)) : 0;
    let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const check = new Date(t);
    if (check.getUTCDate() !== Number(d) ||
        check.getUTCMonth() !== Number(mo) - 1 ||
        Number(h) > 23 ||
        Number(mi) > 59 ||
        Number(s) > 59) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires "${text}" is not a valid date`);
    }
    if (zone !== "Z") {
        const offset = (Number(oh) * 60 + Number(om)) * 60_000;
        t += sign === "+" ? -offset : offset;
    }
    return t;
}
/** Go's RFC3339Nano for a UTC instant: `2029-11-20T21:01:51.35Z`, `2029-11-20T21:01:51Z`. */
function formatGoTime(epochMs) {
    const iso = new Date(epochMs).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (!/^\d{4}-/.test(iso))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`time ${iso} is outside the years Go can write`);
    const [base, frac] = iso.slice(0, -1).split(".");
    const trimmed = (frac ?? "").replace(/0+$/, "");
    return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}
/** The normalised UTC form of an expiry for messages (`2026-01-02T03:04:05Z`). */
function displayTime(epochMs) {
    return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
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
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quiet = () => { };
/** The real clock, timers and randomness; progress and warnings go where `parts` says (nowhere by default). */
function createRuntime(parts = {}) {
    return { now: Date.now, sleep: realSleep, random: Math.random, log: quiet, warn: quiet, ...parts };
}


/***/ })

};
