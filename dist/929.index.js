export const id = 929;
export const ids = [929];
export const modules = {

/***/ 3217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ cliRuntime),
/* harmony export */   O8: () => (/* binding */ adminHooks),
/* harmony export */   PH: () => (/* binding */ rootKeyOption),
/* harmony export */   WR: () => (/* binding */ keyDirOf),
/* harmony export */   jg: () => (/* binding */ keyHelp),
/* harmony export */   mc: () => (/* binding */ warnOnce),
/* harmony export */   mj: () => (/* binding */ ADMIN_FOOTER),
/* harmony export */   wy: () => (/* binding */ adminConfig),
/* harmony export */   xH: () => (/* binding */ keyDirectoryPassphrase),
/* harmony export */   yP: () => (/* binding */ ADMIN_KEY_HELP),
/* harmony export */   yc: () => (/* binding */ newKeyPassphrase)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5591);
/* harmony import */ var _workflows_first_use_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9422);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5968);
/* harmony import */ var _workflows_runtime_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9706);
/**
 * Flags and passphrases of the admin commands (init, signer, revoke, renew, key rotate-signer).
 * Keys that sign: --signer-key FILE or --aws-kms-key KEY; without either (or with --key-dir given),
 * the keys of the key directory found by ID. Passphrases: CONTENT_TRUST_PASSPHRASE (and
 * CONTENT_TRUST_ROOT_PASSPHRASE for root keys when set), else a terminal prompt; new keys are asked
 * for twice and never left unencrypted.
 */









/** Help lines for the keys that sign; `what` names the key ("that signs", "to use as the targets key"). */
function keyHelp(what = "that signs", kmsFlag = "--aws-kms-key KEY") {
    return `  --signer-key FILE         private key file ${what} (Docker/notary key file or PEM)
  ${kmsFlag.padEnd(25)} AWS KMS key ID, ARN or alias ${what}, instead of a key file
  --aws-region REGION       region of a KMS key given by ID or alias
  --key-dir DIR             key directory: new keys are written there, and keys are found
                            there by ID when no key is given or when --key-dir is given
                            (default: $DOCKER_CONFIG/trust/private, shared with docker trust)`;
}
const ADMIN_KEY_HELP = keyHelp();
const ADMIN_FOOTER = `${_common_js__WEBPACK_IMPORTED_MODULE_7__/* .CONNECTION_HELP */ .Xf}
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --json                    print the result as JSON
Passphrases: CONTENT_TRUST_PASSPHRASE (CONTENT_TRUST_ROOT_PASSPHRASE for root keys, when set),
and docker's DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE
for root keys): an existing key takes the first of them that decrypts it, a new key the first
that is set; else a prompt on a terminal.
${_common_js__WEBPACK_IMPORTED_MODULE_7__/* .CONNECTION_NOTES */ .Pk}`;
const str = (v) => (typeof v === "string" ? v : undefined);
/** The key directory: --key-dir, else Docker's `$DOCKER_CONFIG/trust/private`. */
function keyDirOf(values, io) {
    const given = str(values["key-dir"]);
    return given ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, given) : node_path__WEBPACK_IMPORTED_MODULE_0___default().join((0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigDir */ .kG)(io.env), "trust", "private");
}
/**
 * The configuration every admin command shares, for `repository` (a tag only where the command
 * takes an image: revoke). A tag or digest elsewhere is a command-line mistake.
 */
async function adminConfig(values, io, repository, keyFlags = { file: "signer-key", kms: "aws-kms-key" }, { allowTag = false } = {}) {
    (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .flagValue */ .y6)(() => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(repository, allowTag));
    const conn = await (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .connectionOptions */ .HZ)(values, io);
    const keyFile = str(values[keyFlags.file]);
    const kms = str(values[keyFlags.kms]);
    if (keyFile && kms)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox(`--${keyFlags.file} and --${keyFlags.kms} are both set`, {
            hint: "give one signing key",
        });
    const signerKey = keyFile ? await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseFor */ .qy)(signerKey, io) : undefined;
    return {
        ...conn,
        repository,
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(kms ? { awsKmsKey: kms } : {}),
        ...(str(values["aws-region"]) ? { awsRegion: str(values["aws-region"]) } : {}),
        keyDir: keyDirOf(values, io),
        searchKeyDir: str(values["key-dir"]) !== undefined,
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .rootKeyIdsOption */ .nM)(Array.isArray(values["root-key-id"]) ? values["root-key-id"] : undefined),
        requireRootPin: values["require-root-pin"] === true,
        pinNames: _workflows_first_use_js__WEBPACK_IMPORTED_MODULE_5__/* .PIN_FLAGS */ ._,
        trustDir: str(values["trust-dir"]) ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().join((0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigDir */ .kG)(io.env), "trust"),
    };
}
/**
 * Root keys: CONTENT_TRUST_ROOT_PASSPHRASE, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE, then
 * CONTENT_TRUST_PASSPHRASE. Other keys: CONTENT_TRUST_PASSPHRASE, then
 * DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, as `docker trust` reads them.
 */
function passphraseNames(root) {
    return root
        ? ["CONTENT_TRUST_ROOT_PASSPHRASE", "DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE", "CONTENT_TRUST_PASSPHRASE"]
        : ["CONTENT_TRUST_PASSPHRASE", "DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE"];
}
/** The first of passphraseNames that is set: what a new key is encrypted with. */
function envPassphrase(io, root) {
    const name = passphraseNames(root).find((n) => io.env[n] !== undefined);
    return name ? { name, value: io.env[name] } : undefined;
}
/**
 * Every one of passphraseNames that is set, in order, each value once: an existing key is
 * decrypted with the first that is right, so that a job can give two keys' passphrases (the
 * targets key's and a new signer key's) in the two variables.
 */
function envPassphrases(io, root) {
    // An empty one (a workflow's unset secret) decrypts nothing.
    return [
        ...new Set(passphraseNames(root).flatMap((n) => (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseCandidates */ .n_)(io.env, n).filter((value) => value !== ""))),
    ];
}
function describeKey(r) {
    return `${r.role ? `${r.role} key` : "key"} ${(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .shortId */ .m_)(r.keyId)}`;
}
/** Passphrases of encrypted files in the key directory. */
function keyDirectoryPassphrase(io) {
    return async (request) => {
        const env = envPassphrases(io, request.role === "root");
        if (env.length > 0)
            return env;
        if (io.promptSecret)
            return io.promptSecret(`Passphrase for the ${describeKey(request)}: `);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the ${describeKey(request)} in the key directory is encrypted`, {
            hint: "set CONTENT_TRUST_PASSPHRASE",
        });
    };
}
/** Passphrases for new keys: from the environment (not empty), else asked twice on a terminal. */
function newKeyPassphrase(io) {
    const chosen = new Map();
    return async (role) => {
        const kind = role === "root" ? "root" : "repository";
        const known = chosen.get(kind);
        if (known)
            return known;
        const env = envPassphrase(io, role === "root");
        let value;
        if (env) {
            if (env.value === "")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${env.name} is empty; new keys are always encrypted`, { hint: "set it to a passphrase" });
            value = env.value;
        }
        else if (io.promptSecret) {
            value = await io.promptSecret(`Passphrase for the new ${role} key: `);
            if (value === "")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`an empty passphrase for the new ${role} key is refused; new keys are always encrypted`);
            const again = await io.promptSecret(`Repeat the passphrase for the new ${role} key: `);
            if (again !== value)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the passphrases for the new ${role} key do not match`);
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`no passphrase for the new ${role} key`, {
                hint: "set CONTENT_TRUST_PASSPHRASE, or run it on a terminal",
            });
        }
        chosen.set(kind, value);
        return value;
    };
}
/** The CLI's runtime: the real clock and timers, log lines on stderr, and each warning once. */
function cliRuntime(io) {
    return (0,_workflows_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .createRuntime */ .x)({ log: (m) => io.stderr(`${m}\n`), warn: warnOnce(io) });
}
/** The runtime, and the passphrases of the key directory asked of the person. */
function adminHooks(io) {
    return {
        runtime: cliRuntime(io),
        passphrase: keyDirectoryPassphrase(io),
    };
}
/** A warning hook that prints each warning once on stderr. */
function warnOnce(io) {
    const seen = new Set();
    return (m) => {
        if (seen.has(m))
            return;
        seen.add(m);
        io.stderr(`warning: ${m}\n`);
    };
}
/**
 * An existing root key file (--root-key) and its passphrase (CONTENT_TRUST_ROOT_PASSPHRASE, else
 * CONTENT_TRUST_PASSPHRASE, else a prompt).
 */
async function rootKeyOption(file, io) {
    if (!file)
        return {};
    const rootKey = await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(file, "root key", io.cwd);
    const rootKeyPassphrase = await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseFor */ .qy)(rootKey, io, "root key", passphraseNames(true));
    return { rootKey, ...(rootKeyPassphrase !== undefined ? { rootKeyPassphrase } : {}) };
}


/***/ }),

/***/ 5968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ connectionOptions),
/* harmony export */   Pk: () => (/* binding */ CONNECTION_NOTES),
/* harmony export */   Xf: () => (/* binding */ CONNECTION_HELP),
/* harmony export */   nM: () => (/* binding */ rootKeyIdsOption),
/* harmony export */   x_: () => (/* binding */ kmsCallOptionsOf)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7488);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(535);
/* harmony import */ var _workflows_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4213);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6272);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1987);
/* harmony import */ var _net_tls_trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3733);
/* harmony import */ var _registry_insecure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3705);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7593);
/** Flags every networked command takes, mirroring the action's inputs. */










const CONNECTION_HELP = `  --notary-server URL       Notary server (default: DOCKER_CONTENT_TRUST_SERVER, notary.docker.io
                            for Docker Hub, else https://<registry host>)
  --ca-cert FILE            PEM bundle to trust for a self-hosted server
  --registry-username USER  with CONTENT_TRUST_REGISTRY_PASSWORD; else the docker config is used
  --root-key-id ID          pin the root key (repeatable); else trust on first use
  --trust-dir DIR           where trusted roots are kept (default: $DOCKER_CONFIG/trust)
  --timeout SECONDS         deadline of each request (default 30)
  --deadline SECONDS        deadline of the whole run (default 300)
  --insecure-registry HOST  talk plain http to this registry (repeatable; loopback registries
                            need none: https is tried first, then plain http)`;
/** What every command's help ends with: where the connection's settings come from besides flags. */
const CONNECTION_NOTES = `Flags that take a key or certificate take the path of a file (a File-type CI variable,
or /dev/stdin), never the PEM text itself.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as docker reads them.
CA of a Notary server: --ca-cert, and $DOCKER_CONFIG/tls/<host:port>/*.crt as docker trust reads it;
NODE_EXTRA_CA_CERTS, and the system's CA store with NODE_USE_SYSTEM_CA=1.`;
async function connectionOptions(values, io) {
    const password = io.env.CONTENT_TRUST_REGISTRY_PASSWORD;
    const username = values["registry-username"];
    const timeoutMs = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimeout */ .ZZ)(values.timeout));
    const deadlineMs = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimeout */ .ZZ)(values.deadline, "deadline"));
    if (username && password === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("--registry-username needs the password in CONTENT_TRUST_REGISTRY_PASSWORD");
    }
    // A password without its user is not used: said, since a 401 later would seem to have nothing to
    // do with it (a warning, as a job may set the variable for every command it runs).
    if (!username && password)
        io.stderr("warning: CONTENT_TRUST_REGISTRY_PASSWORD is set, but --registry-username is not: the password is not used; give --registry-username USER with it, or unset it to use the docker config's credentials\n");
    // A --notary-server that is not an http(s) URL is a mistake on the command line (exit code 2).
    if (values["notary-server"])
        (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .flagValue */ .y6)(() => (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_4__/* .notaryServerFor */ .A)({ registry: "docker.io" }, values["notary-server"]));
    return {
        ...(values["notary-server"] ? { notaryServer: values["notary-server"] } : {}),
        ...(io.env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: io.env.DOCKER_CONTENT_TRUST_SERVER } : {}),
        ...(values["ca-cert"] ? { caPem: await readCaCert(values["ca-cert"], io) } : {}),
        ...proxyOption(io),
        ...(username && password !== undefined
            ? { credentials: { username, password }, credentialsSource: "--registry-username" }
            : {}),
        dockerConfigDir: (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigDir */ .kG)(io.env),
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(deadlineMs ? { deadlineMs } : {}),
        ...(values["insecure-registry"]
            ? { insecureRegistries: (0,_registry_insecure_js__WEBPACK_IMPORTED_MODULE_7__/* .parseInsecureRegistries */ .XT)(values["insecure-registry"].flatMap(_settings_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .splitList */ .r)) }
            : {}),
    };
}
/** `--root-key-id` (repeatable, each maybe a comma list) as `{ rootKeyIds }`, or `{}` when not given. */
function rootKeyIdsOption(given) {
    return given ? { rootKeyIds: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyIds */ .ll)(given.join(","))) } : {};
}
/** HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment, as `{ proxy }` when one is set. */
function proxyOption(io) {
    const proxy = (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyConfigFromEnv */ .oR)(io.env);
    return proxy ? { proxy } : {};
}
/**
 * How a command that has no run (key inspect) reaches and bounds its KMS calls: the environment's
 * proxy, and the default deadline.
 */
function kmsCallOptionsOf(io) {
    return (0,_workflows_connect_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsCallOptions */ .GC)(proxyOption(io));
}
/** The --ca-cert file: a missing file and one that holds no certificate are told apart (codes). */
async function readCaCert(file, io) {
    let text;
    try {
        text = await (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .readInputFile */ .jH)(file, "CA certificate", io.cwd);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb && err.code === "USAGE")
            throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandLineError */ .Ox(err.message, {
                code: "CA_FILE_MISSING",
                hint: "give the path of the server's CA certificate (PEM)",
            });
        throw err;
    }
    return (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .flagValue */ .y6)(() => (0,_net_tls_trust_js__WEBPACK_IMPORTED_MODULE_6__.parseCaBundle)(text, `--ca-cert ${file}`));
}


/***/ }),

/***/ 1929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INSPECT_HELP: () => (/* binding */ INSPECT_HELP),
  inspectCommand: () => (/* binding */ inspectCommand)
});

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/workflows/compose.ts
var compose = __webpack_require__(6578);
// EXTERNAL MODULE: ./src/workflows/inspect-wave.ts
var inspect_wave = __webpack_require__(1270);
// EXTERNAL MODULE: ./src/workflows/trust-wave.ts
var trust_wave = __webpack_require__(8216);
;// CONCATENATED MODULE: ./src/workflows/inspect-images.ts
/**
 * Inspect as the CLI runs it: each image in a run of its own (see compose.ts), all at once, each
 * root kept trusted for the next run. Each run's first wave is sent before the code that verifies
 * and reports (inspect.ts) is loaded, so that loading it overlaps the wait for the answers.
 */




/** One repository that fails does not stop the others. */
async function inspectImages(names, config, hooks = {}) {
    return Promise.allSettled(
    // async: a name that does not parse fails its own entry, not the whole list.
    names.map(async (name) => {
        const ref = (0,reference/* parseReference */.F2)(name);
        return (0,compose/* withRun */.Yq)(ref, config, hooks, async (run) => {
            const wave = (0,inspect_wave/* startInspectWave */.Q)(run.connection.notary, run.anchor);
            await (0,trust_wave/* waveSent */.aD)(run.connection);
            const { inspect } = await __webpack_require__.e(/* import() */ 366).then(__webpack_require__.bind(__webpack_require__, 1366));
            const { result, set } = await inspect(run.connection.notary, {
                ...run.anchor,
                name,
                ...(ref.tag ? { tag: ref.tag } : {}),
                runtime: run.runtime,
                ...(config.expiryWindowMs !== undefined ? { expiryWindowMs: config.expiryWindowMs } : {}),
                wave,
            });
            await run.save((0,compose/* trustedState */.R0)(set));
            return result;
        });
    }));
}

// EXTERNAL MODULE: ./src/cli/commands/admin-options.ts
var admin_options = __webpack_require__(3217);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/cli/docker-inspect.ts

/**
 * `docker trust inspect`'s stdout for these results: Go's json.MarshalIndent with a 4-space indent
 * and Go's HTML escaping of <, >, & (and U+2028, U+2029) inside strings, then a newline.
 */
function dockerInspectText(results) {
    return [...dockerInspectPieces(results)].join("");
}
/** Pieces of a signed-tag list written at once: large enough to write few times, small beside the list. */
const PIECE_CHARS = 64 * 1024;
/** Stands for result i's signed tags in the JSON of everything else (no reference holds a NUL). */
const tagsMark = (i) => `\u0000SignedTags${i}`;
/** The indent of a signed tag's object: inside the top-level list and a result's object. */
const TAG_INDENT = " ".repeat(12);
/**
 * dockerInspectText in pieces, the signed tags of a large repository a few at a time: the JSON of
 * each tag is made only when written, never the whole text or object graph of every tag at once.
 */
function* dockerInspectPieces(results) {
    const shells = results.map((r, i) => ({
        ...dockerInspectJson({ ...r, signedTags: [] }),
        SignedTags: r.signedTags.length ? tagsMark(i) : [],
    }));
    const shell = JSON.stringify(shells, null, 4);
    let from = 0;
    for (let i = 0; i < results.length; i++) {
        const mark = JSON.stringify(tagsMark(i));
        const at = shell.indexOf(mark, from);
        if (at < 0)
            continue;
        yield goEscaped(shell.slice(from, at));
        from = at + mark.length;
        let piece = "[\n";
        let first = true;
        for (const t of results[i].signedTags) {
            const entry = JSON.stringify(signedTagJson(t), null, 4).replaceAll("\n", `\n${TAG_INDENT}`);
            piece += `${first ? "" : ",\n"}${TAG_INDENT}${entry}`;
            first = false;
            if (piece.length >= PIECE_CHARS) {
                yield goEscaped(piece);
                piece = "";
            }
        }
        yield goEscaped(`${piece}\n        ]`);
    }
    yield `${goEscaped(shell.slice(from))}\n`;
}
/** Go's HTML escaping inside JSON strings (<, >, & and U+2028, U+2029 as \u escapes). */
const goEscaped = src_text/* goHtmlEscape */.BO;
const signedTagJson = (t) => ({
    SignedTag: t.tag,
    Digest: t.digest,
    Signers: t.signers,
});
/** The JSON `docker trust inspect` prints for one repository (field names and order as Go writes them). */
function dockerInspectJson(r) {
    const keys = (ids) => (ids.length ? { Keys: ids.map((ID) => ({ ID })) } : {});
    return {
        Name: r.name,
        SignedTags: r.signedTags.map(signedTagJson),
        Signers: r.signers.map((s) => ({ Name: s.name, ...keys(s.keyIds) })),
        AdministrativeKeys: [
            { Name: "Root", ...keys(r.rootKeyIds) },
            { Name: "Repository", ...keys(r.repositoryKeyIds) },
        ],
    };
}

// EXTERNAL MODULE: ./src/settings/values.ts
var settings_values = __webpack_require__(535);
// EXTERNAL MODULE: ./src/workflows/runtime.ts
var runtime = __webpack_require__(9706);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(6719);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/commands/common.ts
var common = __webpack_require__(5968);
;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts










const INSPECT_HELP = `Usage: content-trust inspect IMAGE[:TAG] [IMAGE[:TAG]...] [flags]

Verifies and prints the signed tags, signers and administrative keys of repositories,
as docker trust inspect does. With --json, prints docker trust inspect's JSON.

Flags:
${common/* CONNECTION_HELP */.Xf}
  --json                    print docker trust inspect JSON
  --within DURATION         warn about roles expiring within this (default 6mo; 0 never)
${common/* CONNECTION_NOTES */.Pk}`;
async function inspectCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseFlags */.bQ)(args, flags/* INSPECT_FLAGS */.d9);
    if (positionals.length === 0)
        throw new cli_args/* CommandLineError */.Ox("inspect takes at least one IMAGE");
    const opts = await (0,common/* connectionOptions */.HZ)(values, io);
    const pins = (0,common/* rootKeyIdsOption */.nM)(values["root-key-id"]).rootKeyIds ?? [];
    const expiryWindowMs = values.within === undefined
        ? undefined
        : values.within.trim() === "0"
            ? 0
            : (0,cli_args/* flagValue */.y6)(() => (0,settings_values/* parseExpiry */.rQ)(values.within, Date.now(), "within"));
    const settled = await inspectImages(positionals, {
        ...opts,
        trustDir: values["trust-dir"] ?? `${(0,cli_io/* dockerConfigDir */.kG)(io.env)}/trust`,
        ...(pins.length ? { rootKeyIds: pins } : {}),
        ...(expiryWindowMs !== undefined ? { expiryWindowMs } : {}),
    }, 
    // One runtime for every image: a warning about their common server is printed once.
    { runtime: (0,runtime/* createRuntime */.x)({ warn: (0,admin_options/* warnOnce */.mc)(io) }) });
    // As docker trust inspect: the repositories read are printed, then the first failure (exit 1).
    const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const failure = settled.find((s) => s.status === "rejected");
    // Written a piece at a time: the text of a repository of many tags is never held whole.
    if (values.json)
        for (const piece of dockerInspectPieces(results))
            io.stdout(piece);
    else if (results.length > 0)
        io.stdout(results.map(format/* formatInspect */._f).join("\n\n"));
    if (failure)
        throw failure.reason;
    return 0;
}


/***/ }),

/***/ 6719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _f: () => (/* binding */ formatInspect),
/* harmony export */   cg: () => (/* binding */ formatCosignOnlySign),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zM: () => (/* binding */ formatSign)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/** Human output of the CLI: small aligned tables, short key IDs, no secrets. */


/** Text that came from a server, made safe for a terminal (control characters shown as `?`). */
const printable = _text_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR;
function table(header, rows) {
    const all = [header, ...rows].map((r) => r.map(printable));
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
    return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("   ")).join("\n") + "\n";
}
function formatSign(r) {
    const head = r.published
        ? `Signed ${r.gun} as ${r.signer}: ${r.digest} (${r.size} bytes)\n`
        : `${r.gun}: every tag already points to ${r.digest}; nothing published\n`;
    const rows = r.tags.map((t) => [t.tag, (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(t.digest) + "…", t.roles.join(", "), t.signers.join(", ")]);
    const cosign = r.cosign ? cosignLine(r.cosign) : "";
    // Warnings were printed on stderr as they came (once each); --json carries them too.
    return `${head}\n${table(["TAG", "DIGEST", "ROLES", "SIGNERS"], rows)}\nRoles now: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n${cosign}`;
}
/** A sign with cosign signatures only: what was signed, by which key, and where the signature is. */
function formatCosignOnlySign(r) {
    const name = `${r.gun}${r.tag ? `:${r.tag}` : ""}`;
    const head = r.cosign.status === "written"
        ? `Signed ${name} with cosign as ${r.signer}: ${r.digest}`
        : `${name}: ${r.digest} already has a cosign signature by ${r.signer}; nothing written`;
    return `${head}\n${cosignLine(r.cosign)}`;
}
function cosignLine(c) {
    return `Cosign signature: ${c.status === "written" ? "written to" : "already at"} ${c.reference} (${c.signatures} signature(s) there)\n`;
}
/** The layout of `docker trust inspect --pretty`. */
function formatInspect(r) {
    let out = `\nSignatures for ${printable(r.name)}\n\n`;
    out += r.signedTags.length
        ? table(["SIGNED TAG", "DIGEST", "SIGNERS"], r.signedTags.map((t) => [
            t.tag,
            t.digest,
            t.signers.map((s) => (s === "Repo Admin" ? "(Repo Admin)" : s)).join(", "),
        ]))
        : `No signatures for ${printable(r.name)}\n`;
    const outside = r.signedTags.filter((t) => t.outsidePaths).map((t) => t.tag);
    if (outside.length) {
        out += `\nOutside the paths of the role that holds ${outside.length > 1 ? "them" : "it"}, so docker pull and verify refuse ${outside.length > 1 ? "them" : "it"}: ${outside.map(printable).join(", ")}\n`;
    }
    if (r.signers.length) {
        out += `\nList of signers and their keys for ${printable(r.name)}:\n\n`;
        out += table(["SIGNER", "KEYS"], [...r.signers].reverse().map((s) => [s.name, s.keyIds.map((k) => k.slice(0, 12)).join(", ")]));
    }
    out += `\nAdministrative keys for ${printable(r.name)}:\n\n`;
    out += `  Repository Key:\t${[...r.repositoryKeyIds].sort().join(", ")}\n  Root Key:\t${[...r.rootKeyIds].sort().join(", ")}\n`;
    return out;
}


/***/ }),

/***/ 1270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ startInspectWave)
/* harmony export */ });
/* harmony import */ var _trust_wave_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8216);

function startInspectWave(client, anchor) {
    return (0,_trust_wave_js__WEBPACK_IMPORTED_MODULE_0__/* .startTrustWave */ .W5)(client, {
        hints: ["targets/releases"],
        ...(anchor.previousVersions ? { previousVersions: anchor.previousVersions } : {}),
    });
}


/***/ })

};
