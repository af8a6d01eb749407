export const id = 643;
export const ids = [643];
export const modules = {

/***/ 8656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ describeForAction)
/* harmony export */ });
/* unused harmony export actionHint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The action's words for errors whose fix is an input: the lower layers say what failed (with a
 * code), and this names the input that fixes it.
 */

function hostOf(err) {
    try {
        return err.url ? new URL(err.url).host : "the server";
    }
    catch {
        return "the server";
    }
}
/** The hint an action user needs for `err`, by its code; undefined when the error's own hint fits. */
function actionHint(err) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru))
        return undefined;
    const host = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP ? hostOf(err) : "the server";
    switch (err.code) {
        case "REGISTRY_PLAIN_HTTP":
            return `add ${host} to the insecure-registries input`;
        case "PLAIN_HTTP":
            return `the server speaks plain HTTP: give notary-server as http://${host} if that is intended`;
        case "INSECURE_REGISTRY":
            return `fix the insecure-registries input: write HOST:PORT (or http://HOST:PORT)`;
        case "TLS_UNKNOWN_CA":
            return `give the CA certificate (PEM) of ${host} in the ca-cert input, or as $DOCKER_CONFIG/tls/${host}/ca.crt`;
        case "TLS_WRONG_CA":
            return `the ca-cert input (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`;
        case "CA_NOT_CERTIFICATE":
            return "the ca-cert input takes PEM certificates (-----BEGIN CERTIFICATE-----)";
        default:
            return undefined;
    }
}
/** describeError with the action's hint where it has one. */
function describeForAction(err) {
    const hint = actionHint(err);
    return hint && err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? `${err.message}; ${hint}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
}


/***/ }),

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
/* harmony export */   qY: () => (/* binding */ readConnectionInputs)
/* harmony export */ });
/* unused harmony export readProxyEnv */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1987);
/* harmony import */ var _net_tls_trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3733);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2440);
/* harmony import */ var _workflows_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1892);
/* harmony import */ var _workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5122);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8592);
/**
 * Inputs the actions share, read once, validated and turned into the typed configuration the
 * workflows take. Secrets are masked on arrival, before anything is logged.
 */










/** An input's value, undefined when empty (the runner passes declared defaults). */
function input(name) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return v === "" ? undefined : v;
}
const SECRET_INPUTS = ["signer-key", "signer-key-passphrase", "registry-password"];
/** Masks every secret input (a key file line by line) before any input is validated or logged. */
function maskSecretInputs() {
    for (const name of SECRET_INPUTS)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecret */ .$l)(input(name));
}
/** A required input, with a hint showing its form. */
function requiredInput(name, example) {
    const v = input(name);
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input ${name} is required`, { hint: `${name}: ${example}` });
    return v;
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
            (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecret */ .$l)(url.password);
            (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecret */ .$l)(decodeURIComponent(url.password));
        }
        catch {
            // not a URL: proxyConfigFromEnv says so, without the value
        }
    }
    const proxy = (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyConfigFromEnv */ .oR)(env);
    for (const server of [proxy?.https, proxy?.http])
        for (const secret of server?.secrets ?? [])
            (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecret */ .$l)(secret);
    return proxy;
}
/** Server, CA, credentials, timeout and trust directory, as every action takes them (call maskSecretInputs first). */
function readConnectionInputs(env) {
    const password = input("registry-password");
    const username = input("registry-username");
    if ((username === undefined) !== (password === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("inputs registry-username and registry-password go together");
    const timeoutMs = (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTimeout */ .ZZ)(input("timeout"));
    const deadlineMs = (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTimeout */ .ZZ)(input("deadline"), "deadline");
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
        insecureRegistries: (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInsecureRegistries */ .XT)((0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)(input("insecure-registries"))),
        trustDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "content-trust", "trust"),
    };
}
/**
 * The key that signs: a key file's content or an AWS KMS key, not both (call maskSecretInputs first).
 * The key's passphrase: input signer-key-passphrase, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
 * as `docker trust sign` reads it for delegation and repository keys (masked here).
 */
function readSigningKeyInputs(env = {}) {
    const signerKey = input("signer-key");
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecret */ .$l)(env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE);
    const passphrase = input("signer-key-passphrase") ?? (env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE || undefined);
    const awsKmsKey = input("aws-kms-key");
    if (signerKey && awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("set either signer-key or aws-kms-key, not both");
    if (!signerKey && !awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("no signing key: set input signer-key (a key file's content) or aws-kms-key");
    return {
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase ? { signerKeyPassphrase: passphrase } : {}),
        ...(awsKmsKey ? { awsKmsKey } : {}),
        ...(input("aws-region") ? { awsRegion: input("aws-region") } : {}),
    };
}
/** Input `require-root-pin`: refuse a root that is neither pinned by root-key-id nor stored from an earlier run. */
function readRequireRootPinInput() {
    return (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBoolean */ .yG)(input("require-root-pin"), "require-root-pin", false);
}
function readTrustCacheInput() {
    return (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBoolean */ .yG)(input("trust-cache"), "trust-cache", true);
}
function readSignInputs(env) {
    maskSecretInputs();
    const key = readSigningKeyInputs(env);
    const connection = readConnectionInputs(env);
    const image = requiredInput("image", "registry.example/app:v1");
    const digest = (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDigest */ .m)(input("digest"));
    const config = {
        ...connection,
        ...key,
        image,
        tags: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)(input("tags")),
        ...(digest ? { digest } : {}),
        ...(input("signer-name") ? { signerName: input("signer-name") } : {}),
        roles: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry)(input("roles")),
        expiresInMs: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseExpiry */ .rQ)(input("expires") ?? "3y", Date.now()),
        rootKeyIds: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKeyIds */ .ll)(input("root-key-id")),
        requireRootPin: readRequireRootPinInput(),
        ociSignature: (0,_workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_8__/* .parseOciSignature */ .pK)(input("oci-signature"), "input oci-signature"),
    };
    return { config, trustCache: readTrustCacheInput() };
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   eg: () => (/* binding */ runStep)
/* harmony export */ });
/* unused harmony export neutralise */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/**
 * Logging for the action. Text that may come from a server is neutralised so it cannot start a
 * workflow command (`::add-mask::`, `::set-output::`, `::stop-commands::`) on a log line.
 */

function neutralise(text) {
    return text.replace(/\r?\n|\r/g, " ").replace(/::/g, ":\u200b:");
}
const log = {
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(neutralise(m)),
    warning: (m, props) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(neutralise(m), props),
    error: (m, props) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(neutralise(m), props),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(neutralise(m)),
};
/** Registers a secret with the runner: the whole value and each line of it (a PEM body line by line). */
function maskSecret(value) {
    if (!value)
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    for (const raw of value.split(/\r?\n/)) {
        const line = raw.trim();
        // Armor lines and `role:`/`gun:` headers are not secret; masking them would hide names in logs.
        if (line.length < 4 || /^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line) || /^[A-Za-z-]+: [^\s]/.test(line))
            continue;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(line);
    }
}
/** Runs an entry point, failing the step for any thrown value (Error or not), with one line. */
async function runStep(entry, describe) {
    try {
        await entry();
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(neutralise(describe(err)));
        if (err instanceof Error && err.stack && _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(neutralise(err.stack.split("\n").slice(0, 8).join(" | ")));
    }
}


/***/ }),

/***/ 2163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ restoreTrust)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8592);
/**
 * Trust on first use between runs: the trust directory (trusted roots and versions) is restored
 * from the GitHub Actions cache before a run and saved after it. Cache entries are immutable, so
 * each run saves under a new key and restores the newest by prefix.
 */


const VERSION = "v1";
function prefixFor(names) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update([...names].sort().join("\n")).digest("hex").slice(0, 20);
    return `content-trust-${VERSION}-${id}-`;
}
/**
 * @actions/cache (with the Azure storage SDK it brings) is most of each action's bundle: it is
 * loaded only when the runner advertises a cache service, which isFeatureAvailable() requires
 * anyway. Without one (outside GitHub, or `trust-cache: false`) the step starts ~100 ms sooner.
 */
function cacheServiceAdvertised() {
    return Boolean(process.env["ACTIONS_CACHE_URL"] || process.env["ACTIONS_RESULTS_URL"]);
}
async function restoreTrust(dir, names, enabled, env) {
    const cache = enabled && cacheServiceAdvertised() ? await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691)) : undefined;
    const available = cache !== undefined && cache.isFeatureAvailable();
    const prefix = prefixFor(names);
    if (!available) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(enabled ? "Trust state is not persisted between runs: no cache service here (trust on first use per run)" : "Trust cache disabled: trust on first use per run");
        return { available, save: async () => { } };
    }
    try {
        const hit = await cache.restoreCache([dir], `${prefix}none`, [prefix]);
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(hit ? `Restored trusted roots from cache ${hit}` : "No trusted roots cached yet: trusting on first use");
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`could not restore trusted roots from the cache: ${err.message}`);
    }
    return {
        available,
        async save() {
            const key = `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${Date.now()}`;
            try {
                await cache.saveCache([dir], key);
            }
            catch (err) {
                _log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`could not save trusted roots to the cache: ${err.message}`);
            }
        },
    };
}


/***/ }),

/***/ 8532:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8656);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8592);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9133);
// Entry point of verify/action.yml (runs.main).



await (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .runStep */ .eg)(() => (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyAction */ .E)(), _hints_js__WEBPACK_IMPORTED_MODULE_0__/* .describeForAction */ .L);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ verifyAction)
/* harmony export */ });
/* unused harmony export readVerifyInputs */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _workflows_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1892);
/* harmony import */ var _workflows_run_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2898);
/* harmony import */ var _workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5276);
/* harmony import */ var _workflows_verify_accept_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5710);
/* harmony import */ var _workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1572);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8592);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2163);
/**
 * Entry of verify/action.yml: PR checks that base images are signed as the policy requires.
 * Needs no secret; each failure is an error annotation on its Dockerfile line.
 */










function readVerifyInputs(env) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .maskSecretInputs */ .q)();
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readConnectionInputs */ .qY)(env);
    const images = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("images");
    const dockerfiles = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("dockerfile");
    if (!images && !dockerfiles)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("nothing to verify: set input images or dockerfile");
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
        pin: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("pin"), "pin", false),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readRequireRootPinInput */ .D5)(),
        accept: (0,_workflows_verify_accept_js__WEBPACK_IMPORTED_MODULE_5__/* .parseAccept */ .cN)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("accept"), "input accept"),
        ...((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("cosign-key") ? { cosignKey: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .input */ .hF)("cosign-key"), cosignKeyName: "input cosign-key" } : {}),
    };
    return { config, trustCache: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readTrustCacheInput */ .d9)() };
}
async function verifyAction(env = process.env) {
    const { config, trustCache } = readVerifyInputs(env);
    const names = [...(0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLines */ .KD)(config.images), ...(0,_workflows_verify_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLines */ .KD)(config.dockerfiles)];
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .restoreTrust */ .T)(config.trustDir, names, trustCache, env);
    const run = await (0,_workflows_run_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .runVerify */ .R)(config, { warn: (m) => _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.warning(m), log: _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info });
    if (trust.available)
        await trust.save();
    for (const r of run.results) {
        const where = r.file ? ` (${r.file}:${r.line})` : "";
        const kind = r.accepted ? ` [${r.accepted}]` : "";
        _log_js__WEBPACK_IMPORTED_MODULE_7__/* .log */ .Rm.info(`${r.passed ? "✓" : "✗"} ${r.reference}${where}: ${r.passed ? `${r.digest ?? ""} ${r.signers.join(", ")}${kind}`.trim() : r.message}`);
    }
    for (const a of (0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .annotations */ .hk)(run.results)) {
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
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("result", run.outputs.result);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("digests", run.outputs.digests);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("pinned", run.outputs.pinned);
    if (env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(`### Base image signatures\n\n${(0,_workflows_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .summaryTable */ .jb)(run.results)}\n`, true).write();
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
        : `renew it with: content-trust renew ${gun}${e.role === "targets" ? " (with the targets key)" : ""}`;
    return `${e.role} of ${gun} ${when}; ${hint}`;
}


/***/ })

};
