export const id = 546;
export const ids = [546];
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
/* harmony export */   qY: () => (/* binding */ readConnectionInputs),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1987);
/* harmony import */ var _net_tls_trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3733);
/* harmony import */ var _registry_insecure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3705);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(535);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7488);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1066);
/**
 * Inputs the actions share, read once, validated and turned into the typed configuration the
 * workflows take. Secrets are masked on arrival, before anything is logged.
 */











/** An input's value, undefined when empty (the runner passes declared defaults). */
function input(name) {
    const v = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return v === "" ? undefined : v;
}
/** A required input, refused by name when missing or empty, with a hint showing its form. */
function requiredInput(name, example) {
    const v = input(name);
    if (!v?.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`input ${name} is required but was not given (or is empty)`, {
            hint: `add it to the step's with: block, e.g. ${name}: ${example}`,
        });
    return v.trim();
}
/** A boolean input (see parseBoolean); empty takes the declared default. */
function booleanInput(name, fallback) {
    const v = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (v === "")
        return fallback;
    const value = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseBoolean */ .yG)(v);
    if (value !== undefined)
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`input ${name} is ${JSON.stringify(v.slice(0, 40))}, not a boolean`, {
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
            (0,_redaction_js__WEBPACK_IMPORTED_MODULE_9__/* .registerSecret */ .cl)(url.password);
            (0,_redaction_js__WEBPACK_IMPORTED_MODULE_9__/* .registerSecret */ .cl)(decodeURIComponent(url.password));
        }
        catch {
            // not a URL: proxyConfigFromEnv says so, without the value
        }
    }
    // Its credentials, once parsed (decoded, and as Basic), are registered by net/proxy.ts.
    return (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyConfigFromEnv */ .oR)(env);
}
/**
 * Server, CA, credentials, timeout and trust directory, as every action takes them (runStep has
 * masked the secret inputs).
 */
function readConnectionInputs(env) {
    const password = input("registry-password");
    const username = input("registry-username");
    if ((username === undefined) !== (password === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb("inputs registry-username and registry-password go together");
    const timeoutMs = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseTimeout */ .ZZ)(input("timeout"));
    const deadlineMs = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseTimeout */ .ZZ)(input("deadline"), "deadline");
    const proxy = readProxyEnv(env);
    const caCert = input("ca-cert");
    return {
        ...(input("notary-server") ? { notaryServer: input("notary-server") } : {}),
        ...(env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: env.DOCKER_CONTENT_TRUST_SERVER } : {}),
        ...(caCert ? { caPem: (0,_net_tls_trust_js__WEBPACK_IMPORTED_MODULE_6__.parseCaBundle)(caCert, "input ca-cert") } : {}),
        ...(proxy ? { proxy } : {}),
        ...(username && password ? { credentials: { username, password } } : {}),
        dockerConfigDir: env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir(), ".docker"),
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(deadlineMs ? { deadlineMs } : {}),
        insecureRegistries: (0,_registry_insecure_js__WEBPACK_IMPORTED_MODULE_7__/* .parseInsecureRegistries */ .XT)((0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_10__/* .splitList */ .r)(input("insecure-registries"))),
        // The runner's per-job directory; without one (a runner emulator), a new directory of this run's
        // own: a shared temp directory would carry roots between jobs and users unseen.
        trustDir: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP || runTempDir(), "content-trust", "trust"),
    };
}
/**
 * A temp directory of this run's own, removed when the process ends (the runner removes RUNNER_TEMP
 * after each job; nothing removes this one otherwise).
 */
function runTempDir() {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), "content-trust-"));
    process.once("exit", () => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        }
        catch {
            // Left behind (a file still in use): the step's result stands, and a stack trace would not help.
        }
    });
    return dir;
}
/**
 * The key that signs: a key file's content or an AWS KMS key, not both (runStep has masked the secret inputs).
 * The key's passphrase: input signer-key-passphrase, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
 * as `docker trust sign` reads it for delegation and repository keys (masked here).
 */
function readSigningKeyInputs(env = {}) {
    const signerKey = input("signer-key");
    (0,_redaction_js__WEBPACK_IMPORTED_MODULE_9__/* .registerSecret */ .cl)(env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE);
    const passphrase = input("signer-key-passphrase") ?? (env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE || undefined);
    // A passphrase taken from the environment is said to be: an error about it names the input.
    if (signerKey && !input("signer-key-passphrase") && passphrase)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq("signer-key-passphrase is empty: the key's passphrase is taken from DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE");
    const awsKmsKey = input("aws-kms-key");
    if (signerKey && awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb("inputs signer-key and aws-kms-key are both given", {
            hint: "give one signing key: a key file's content or an AWS KMS key",
        });
    if (!awsKmsKey && !signerKey?.trim()) {
        // The runner passes a missing input and a secret that is not set alike: as an empty string.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb("no signing key: inputs signer-key and aws-kms-key are both empty (a signer-key set from a secret that is empty, misspelt or not available to this job is empty too)", {
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
    const digest = (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDigest */ .m)(input("digest"));
    const config = {
        ...connection,
        ...key,
        image,
        tags: (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_10__/* .splitList */ .r)(input("tags")),
        ...(digest ? { digest } : {}),
        ...(input("signer-name") ? { signerName: input("signer-name") } : {}),
        roles: (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_10__/* .splitList */ .r)(input("roles")),
        ...(input("expires") ? { expiresInMs: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseExpiry */ .rQ)(input("expires"), Date.now()) } : {}),
        rootKeyIds: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseKeyIds */ .ll)(input("root-key-id")),
        requireRootPin: readRequireRootPinInput(),
        ociSignature: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_8__/* .parseOciSignature */ .pK)(input("oci-signature"), "input oci-signature"),
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

/***/ 2163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ restoreTrust)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2717);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8592);
/**
 * Trust on first use between runs: the trust directory (trusted roots and versions) is restored
 * from the GitHub Actions cache before a run and saved after it. Cache entries are immutable, so
 * each run that changes the state saves it under a new key, and the newest is restored by prefix.
 */






const VERSION = "v1";
function prefixFor(names) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update([...names].sort().join("\n"))
        .digest("hex")
        .slice(0, 20);
    return `content-trust-${VERSION}-${id}-`;
}
/**
 * How long a restore or a save of the trust state may take before the run goes on without it. The
 * state is a few kilobytes; @actions/cache bounds neither its requests to the cache service nor
 * (before 10 minutes) a download, and a service that hangs would hold every signing step.
 */
const CACHE_WAIT_MS = 30_000;
/** `work`'s outcome, or "late" when it took longer than `ms`; `work` itself is never cancelled. */
async function within(work, ms) {
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(() => resolve("late"), ms)));
    try {
        return await Promise.race([work.then((value) => ({ value })), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** trustStateOf a directory that holds nothing. */
const NOTHING = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").digest("hex");
/** A trust directory larger than this (files, bytes) is not compared: it counts as changed. */
const MAX_COMPARED_FILES = 10_000;
const MAX_COMPARED_BYTES = 64 * 1024 * 1024;
/**
 * One digest of what the trust directory holds: each entry's relative path and kind, each file's
 * bytes and each symbolic link's target, in name order. Undefined when the directory holds more
 * than is worth reading or cannot be read: it then counts as changed. A directory that does not
 * exist holds nothing.
 */
function trustStateOf(dir) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    let files = 0;
    let bytes = 0;
    const walk = (rel) => {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, rel), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (++files > MAX_COMPARED_FILES)
                return false;
            const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(rel, entry.name);
            const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
            if (entry.isDirectory()) {
                hash.update(`d\0${name}\0`);
                if (!walk(name))
                    return false;
            }
            else if (entry.isSymbolicLink()) {
                hash.update(`l\0${name}\0${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(full)}\0`);
            }
            else {
                const content = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFileAtMostSync */ .y)(full, MAX_COMPARED_BYTES - bytes);
                if (content === undefined)
                    return false;
                bytes += content.length;
                hash.update(`f\0${name}\0${content.length}\0`).update(content);
            }
        }
        return true;
    };
    try {
        if (!walk(""))
            return undefined;
    }
    catch (err) {
        if (err.code !== "ENOENT" || files > 0)
            return undefined;
    }
    return hash.digest("hex");
}
/**
 * @actions/cache (with the Azure storage SDK it brings) is most of each action's bundle: it is
 * loaded only when the runner advertises a cache service, which isFeatureAvailable() requires
 * anyway. Without one (outside GitHub, or `trust-cache: false`) the step starts ~100 ms sooner.
 */
function cacheServiceAdvertised() {
    return Boolean(process.env["ACTIONS_CACHE_URL"] || process.env["ACTIONS_RESULTS_URL"]);
}
async function restoreTrust(dir, names, enabled, env, waitMs = CACHE_WAIT_MS) {
    const cache = enabled && cacheServiceAdvertised() ? await Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 4305)) : undefined;
    const available = cache !== undefined && cache.isFeatureAvailable();
    const prefix = prefixFor(names);
    if (!available) {
        _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(enabled
            ? "Trust state is not persisted between runs: no cache service here (trust on first use in each run, for roots that root-key-id does not pin)"
            : "Trust cache disabled: trust on first use in each run, for roots that root-key-id does not pin");
        return { available, unavailable: enabled ? "no-service" : "disabled", dir, save: async () => false };
    }
    // This step's own entries only: GitHub searches the branch's scope before the base branch's, so
    // a wider prefix would let another step's entry in the branch win over this step's own on the
    // base branch, and a root one step trusted on first use would count as stored for every other.
    const restoring = cache.restoreCache([dir], `${prefix}none`, [prefix]);
    const restored = await within(restoring, waitMs).catch((err) => {
        _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`could not restore trusted roots from the cache: ${err.message}`);
        return undefined;
    });
    // Given up on, its request may stay open: the step ends the process once done (run-step.ts).
    if (restored === "late") {
        restoring.catch(() => undefined);
        _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`the cache service did not answer within ${waitMs / 1000} s: trusted roots are not restored (trust on first use for this run) and this run's are not saved`);
        // The restore may still write into `dir`; this run reads and writes a directory of its own.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir), { recursive: true });
        return {
            available: false,
            unavailable: "not-answering",
            dir: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(`${dir}-`),
            save: async () => false,
        };
    }
    const hit = restored?.value;
    // A miss and a cache service that failed (which @actions/cache reports itself) look alike here.
    if (restored)
        _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(hit ? `Restored trusted roots from cache ${hit}` : "No trusted roots restored: trusting on first use");
    // Each save is a new cache entry and several requests to the cache service: a run that leaves
    // the trust state as it found it (a check of base images whose repositories published nothing
    // new) saves nothing, and the entry it restored stays the newest. Found as the cache held it:
    // after a miss, nothing, whatever the directory holds already (an earlier step of the job, with
    // another cache key, shares it).
    const before = hit !== undefined ? trustStateOf(dir) : NOTHING;
    return {
        available,
        dir,
        async save() {
            if (before !== undefined && trustStateOf(dir) === before) {
                _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.info(hit
                    ? `Trusted roots unchanged since cache ${hit}: nothing to save`
                    : "No trusted roots to save: none was stored");
                return hit !== undefined;
            }
            const key = `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${Date.now()}`;
            const saving = cache.saveCache([dir], key);
            try {
                const saved = await within(saving, waitMs);
                if (saved === "late") {
                    saving.catch(() => undefined);
                    _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`could not save trusted roots to the cache: the cache service did not answer within ${waitMs / 1000} s`);
                    return false;
                }
                // @actions/cache reports its own failures and answers -1 for them.
                return saved.value !== -1;
            }
            catch (err) {
                _log_js__WEBPACK_IMPORTED_MODULE_5__/* .log */ .Rm.warning(`could not save trusted roots to the cache: ${err.message}`);
                return false;
            }
        },
    };
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

/***/ 231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ isStandardBase64),
/* harmony export */   N: () => (/* binding */ standardBase64ByteLength),
/* harmony export */   z0: () => (/* binding */ looksLikeBase64)
/* harmony export */ });
/**
 * Standard base64 (RFC 4648 §4, with padding) as Go's base64.StdEncoding accepts it: whole groups
 * of four characters from the standard alphabet, the last group padded with one or two `=`.
 *
 * A loop over character codes rather than a regular expression: a role of 10,000 tags holds 10,000
 * digests, and each is checked every time the role is read.
 */
/** 1 for each character of the standard alphabet, by character code. */
const ALPHABET = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    ALPHABET[c.charCodeAt(0)] = 1;
const PAD = 0x3d;
/** True when `s` is standard padded base64 (the empty string included). */
function isStandardBase64(s) {
    const n = s.length;
    if (n % 4 !== 0)
        return false;
    let end = n;
    if (n > 0 && s.charCodeAt(n - 1) === PAD)
        end = s.charCodeAt(n - 2) === PAD ? n - 2 : n - 1;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c >= 128 || ALPHABET[c] === 0)
            return false;
    }
    return true;
}
/**
 * How many bytes standard padded base64 decodes to, counted from its length and padding without
 * decoding it; only for a string isStandardBase64 accepts.
 */
function standardBase64ByteLength(s) {
    const n = s.length;
    const padding = n > 0 && s.charCodeAt(n - 1) === PAD ? (s.charCodeAt(n - 2) === PAD ? 2 : 1) : 0;
    return (n / 4) * 3 - padding;
}
/**
 * Whether `text`, whitespace ignored (base64 wrapped in lines), reads as base64 or base64url of at
 * least `minChars` characters rather than as a path or PEM text: a key kept encoded in a CI
 * variable, which a message must describe and not repeat.
 */
function looksLikeBase64(text, minChars) {
    const t = text.replace(/\s+/g, "");
    return t.length >= minChars && /^[A-Za-z0-9+/_-]+={0,2}$/.test(t);
}


/***/ })

};
