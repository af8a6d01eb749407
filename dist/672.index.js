export const id = 672;
export const ids = [672];
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

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGN_HELP: () => (/* binding */ SIGN_HELP),
/* harmony export */   signCommand: () => (/* binding */ signCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);
/* harmony import */ var _workflows_first_use_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9422);
/* harmony import */ var _workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8333);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7488);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(535);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6719);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3217);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5377);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5968);











const SIGN_HELP = `Usage: content-trust sign IMAGE[:TAG][@DIGEST] [flags]

Signs the tag(s) of an image pushed to a registry into its Notary repository, then
verifies what the server serves.

Flags:
  --signer-key FILE         private key file (Docker/notary key file or PEM)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --aws-region REGION       region of the KMS key when it is not an ARN
  --signer-name NAME        the delegation the key signs as (needed with --aws-kms-key; default: the
                            key file's role header); the key signs into the delegations that list it
  --tags LIST               more tags to sign to the same digest (comma separated, repeatable;
                            a tag, or REPOSITORY:TAG of the same repository)
  --digest sha256:HEX       the pushed digest; every tag in the registry must point to it
  --roles LIST              roles to sign into instead of every delegation holding the key
  --expires DURATION        lifetime of the signed roles: 3y (default), 18mo, 90d, 2030-01-01
  --oci-signature KIND      none (default); cosign: also sign the digest as cosign does, with the same
                            key; cosign-only: the cosign signature alone, no Notary server asked
${_common_js__WEBPACK_IMPORTED_MODULE_9__/* .CONNECTION_HELP */ .Xf}
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else a
prompt on a terminal.
${_common_js__WEBPACK_IMPORTED_MODULE_9__/* .CONNECTION_NOTES */ .Pk}`;
async function signCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, _flags_js__WEBPACK_IMPORTED_MODULE_8__/* .SIGN_FLAGS */ .Q1);
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("sign takes exactly one IMAGE", {
            hint: "content-trust sign registry.example/app:v1 --signer-key key.pem",
        });
    const image = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(positionals[0]));
    const tags = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .tagsToSign */ .y)((values.tags ?? []).flatMap(_settings_lists_js__WEBPACK_IMPORTED_MODULE_10__/* .splitList */ .r), image));
    const keyFile = values["signer-key"];
    if (!keyFile && !values["aws-kms-key"])
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("sign needs --signer-key FILE or --aws-kms-key KEY");
    if (keyFile && values["aws-kms-key"])
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("sign takes --signer-key FILE or --aws-kms-key KEY, not both");
    const keyRead = keyFile ? (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(keyFile, "signer key", io.cwd) : undefined;
    // The connection's files (--ca-cert) are read meanwhile; their errors still come after the key's.
    const connRead = (0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .connectionOptions */ .HZ)(values, io);
    connRead.catch(() => undefined);
    const signerKey = await keyRead;
    const passphrase = signerKey ? await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseFor */ .qy)(signerKey, io) : undefined;
    const ociSignature = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOciSignature */ .pK)(values["oci-signature"], "--oci-signature"));
    const conn = await connRead;
    const common = {
        ...conn,
        image: positionals[0],
        tags,
        ...(values.digest ? { digest: (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDigest */ .m)(values.digest)) } : {}),
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
        ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
        roles: (values.roles ?? []).flatMap(_settings_lists_js__WEBPACK_IMPORTED_MODULE_10__/* .splitList */ .r),
        ...(values.expires ? { expiresInMs: (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseExpiry */ .rQ)(values.expires, Date.now())) } : {}),
    };
    if (ociSignature === "cosign-only") {
        const { runCosignOnlySign } = await __webpack_require__.e(/* import() */ 765).then(__webpack_require__.bind(__webpack_require__, 5765));
        const signed = await runCosignOnlySign(common, { runtime: (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_7__/* .cliRuntime */ .Fv)(io) });
        io.stdout(values.json ? JSON.stringify(signed, null, 2) + "\n" : (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCosignOnlySign */ .cg)(signed));
        return 0;
    }
    const result = await (0,_workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .runSign */ .tl)({
        ...common,
        ...(values["signer-name"] ? { signerName: values["signer-name"] } : {}),
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .rootKeyIdsOption */ .nM)(values["root-key-id"]),
        trustDir: values["trust-dir"] ?? `${(0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigDir */ .kG)(io.env)}/trust`,
        requireRootPin: values["require-root-pin"] ?? false,
        pinNames: _workflows_first_use_js__WEBPACK_IMPORTED_MODULE_2__/* .PIN_FLAGS */ ._,
        ociSignature,
    }, { runtime: (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_7__/* .cliRuntime */ .Fv)(io) });
    if (values.json) {
        const { trustedRoot: _root, versions: _v, ...rest } = result;
        io.stdout(JSON.stringify(rest, null, 2) + "\n");
    }
    else
        io.stdout((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSign */ .zM)(result));
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

/***/ 8333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cA: () => (/* binding */ imageToSign),
/* harmony export */   nI: () => (/* binding */ notarySignedBefore),
/* harmony export */   tl: () => (/* binding */ runSign),
/* harmony export */   y: () => (/* binding */ tagsToSign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(410);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(535);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6578);
/* harmony import */ var _first_use_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9422);
/* harmony import */ var _sign_wave_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3195);
/* harmony import */ var _trust_wave_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8216);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3395);
/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */









const MAX_TAGS = 256;
/**
 * The image a sign names: `latest` when it names neither tag nor digest (nor, with `digestAlone`,
 * is a digest given beside it; nor, with `tagsGiven`, are tags), and a digest given twice (in the
 * name and as a setting) only when both agree.
 */
function imageToSign(config, options = {}) {
    const image = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(config.image);
    if (!image.tag && !image.digest && !options.tagsGiven && !(options.digestAlone && config.digest !== undefined))
        image.tag = "latest";
    if (config.digest !== undefined && image.digest && config.digest !== image.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`image ${image.name}@${image.digest} and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("digest")} ${config.digest} disagree`, {
            hint: "give the digest once, in the image or on its own",
        });
    return image;
}
/**
 * The tags to sign beside the image's: each entry a tag, or a whole reference to a tag of the
 * same repository (what docker/metadata-action's `tags` output holds: `registry/app:1.4`), as
 * its tag. A reference to another repository is refused: that is another Notary repository, for
 * a sign of its own, and leaving it unsigned without a word would be worse.
 */
function tagsToSign(entries, image) {
    const tags = entries.map((entry) => {
        const ref = /[/:]/.test(entry) ? referenceOrUndefined(entry) : undefined;
        // Anything but a reference to a tag (a digest smuggled in, a bare name) is judged as a tag.
        if (!ref?.tag || ref.digest)
            return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTag */ .ED)(entry);
        if (ref.name !== image.name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("tags")} names ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref)}, another repository than ${image.name}`, {
                hint: `sign each repository in its own run; give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("tags")} as tags, or references to ${image.name}`,
            });
        return ref.tag;
    });
    return [...new Set(tags)];
}
function referenceOrUndefined(text) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    }
    catch {
        return undefined;
    }
}
async function runSign(config, hooks = {}) {
    if (config.ociSignature === "cosign-only")
        throw new Error("runSign publishes to Notary: a cosign-only sign is runCosignOnlySign");
    // An image named without a tag beside tags to sign (docker/metadata-action's images and tags
    // outputs) signs those tags, not `latest` as well.
    const image = imageToSign(config, { tagsGiven: config.tags.length > 0 });
    const tags = tagsToSign(config.tags, image);
    if (!image.tag && tags[0] !== undefined)
        image.tag = tags[0];
    if (!image.tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`image ${config.image} has no tag to sign`, {
            hint: `write it as name:tag or name:tag@sha256:…, or give the tags in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("tags")}`,
        });
    config = { ...config, tags };
    checkSignInputs(config);
    return (0,_compose_js__WEBPACK_IMPORTED_MODULE_3__/* .withRun */ .Yq)(image, config, hooks, async (run) => {
        const { runtime, connection: conn } = run;
        // The key file is still being decrypted while sign sends its first requests.
        const signer = run.keyFileSigner ?? run.signers[0];
        const role = run.keyFileRole;
        const fromKeyFile = role && !["root", "targets", "snapshot", "timestamp"].includes(role)
            ? role.replace(/^targets\//, "")
            : undefined;
        const signerName = config.signerName ?? (fromKeyFile && (0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isTopLevelDelegation */ ._4)(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
        const waveOptions = {
            image,
            extraTags: config.tags,
            ...(config.digest ? { digest: config.digest } : {}),
            ...(signerName ? { signerName } : {}),
            ...(config.roles?.length ? { roles: config.roles } : {}),
            anchor: run.anchor,
        };
        // The first requests go out before the key is decrypted and before the code that verifies,
        // plans and publishes is loaded: both happen while the requests are in flight.
        const wave = (0,_sign_wave_js__WEBPACK_IMPORTED_MODULE_5__/* .startSignWave */ .h)({ notary: conn.notary, registry: conn.registry, runtime }, waveOptions);
        // The sign code is compiled once the requests are written. A key that fails before then
        // (one that does not decode, a wrong passphrase) ends the run at once, as when it was
        // awaited right after the wave: closing the connection may still stop the requests.
        await Promise.race([(0,_trust_wave_js__WEBPACK_IMPORTED_MODULE_6__/* .waveSent */ .aD)(conn), failureOf(signer)]).catch((err) => {
            wave.trust.stop();
            throw err;
        });
        const { sign } = await Promise.all(/* import() */[__webpack_require__.e(774), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 1911));
        const result = await sign({ notary: conn.notary, registry: conn.registry, signer, runtime }, {
            ...waveOptions,
            ...(config.signerName !== undefined ? { givenSignerName: config.signerName } : {}),
            wave,
            ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
            deadlineAt: run.deadlineAt,
            firstUse: (0,_first_use_js__WEBPACK_IMPORTED_MODULE_4__/* .firstUseCheck */ .I)({
                gun: image.name,
                requireRootPin: config.requireRootPin ?? false,
                ...(config.pinNames ? { pinNames: config.pinNames } : {}),
                warn: runtime.warn,
            }),
        });
        await run.save({ root: result.trustedRoot, versions: result.versions });
        // Only a digest whose Notary signature was published and read back gets a cosign signature.
        const cosign = config.ociSignature === "cosign"
            ? await Promise.all(/* import() */[__webpack_require__.e(899), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 2734))
                .then(async ({ attachCosignSignature, attachedLine }) => {
                const attached = await attachCosignSignature({ registry: conn.registry, signer: await signer, runtime }, { image, digest: result.digest });
                runtime.log(attachedLine(attached));
                return attached;
            })
                .catch((err) => {
                const failure = cosignFailure(err, image.name, result.digest);
                signedBefore.set(failure, { ...result, persisted: run.persists });
                throw failure;
            })
            : undefined;
        return { ...result, persisted: run.persists, ...(cosign ? { cosign } : {}) };
    }, {
        requireKey: true,
        keyFileInFlight: true,
        pushFromStart: true,
        // A run that already signs with cosign too is told what comes next, not to start doing it.
        ...(config.ociSignature === "cosign" ? { use: "dual-publish" } : {}),
    });
}
/** Rejects as `signer` does; never settles when it resolves. */
function failureOf(signer) {
    return Promise.resolve(signer).then(() => new Promise(() => undefined));
}
/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config) {
    // A KMS key has no PEM header naming its delegation: the name must be given.
    if (config.awsKmsKey && !config.signerKey && !config.signerName) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("signer-name")} is required with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("aws-kms-key")} ${config.awsKmsKey}`, {
            hint: `give the delegation name the key was added under (NAME in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .step */ .PM)("signer-add-kms", undefined)})`,
        });
    }
    if (config.tags.length > MAX_TAGS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
    for (const tag of config.tags)
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTag */ .ED)(tag);
    if (config.digest !== undefined)
        (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(config.digest);
    if (config.signerName !== undefined && !(0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isTopLevelDelegation */ ._4)(`targets/${config.signerName}`)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`, { hint: `give the NAME the key was added under (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .step */ .PM)("signer-add", undefined)})` });
    }
    for (const role of config.roles ?? []) {
        if (role !== "targets" && !(0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isTopLevelDelegation */ ._4)(role))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`);
    }
}
/** What a sign had published in Notary before its cosign signature failed, by the error thrown. */
const signedBefore = new WeakMap();
/**
 * The Notary signature a failed dual sign had published (and read back) before its cosign
 * signature failed, so that an entry point still reports it; undefined for any other failure.
 */
function notarySignedBefore(err) {
    return typeof err === "object" && err !== null ? signedBefore.get(err) : undefined;
}
/** The Notary signature stands; say so, with what failed for cosign and its hint. */
function cosignFailure(err, name, digest) {
    const message = `${name}@${digest} is signed in Notary, but its cosign signature was not written: ${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}`;
    const hint = (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.hint : undefined) ??
        "fix the cause and run again: the Notary signature is kept and only the cosign signature is written";
    // The cause's code (and class, for a server's answer) passes through: callers decide on them.
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP(err.code, message, {
            cause: err,
            hint,
            status: err.status,
            url: err.url,
            detailName: err.detailName,
            serverCode: err.serverCode,
        });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.code : "COSIGN_WRITE_FAILED", message, { cause: err, hint });
}


/***/ }),

/***/ 3195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ startSignWave)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/* harmony import */ var _trust_wave_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8216);
/**
 * The first wave of a sign: the Notary GETs of the roles it reads (trust-wave.ts) and the registry
 * resolution of its tags, sent at once. Light on imports, so that a run sends it before the code
 * that verifies, plans and publishes is loaded; sign.ts takes the wave and decides on its answers.
 */



/** Sends the first wave of a sign. `resolved` is awaited by the sign; until then its failure is held. */
function startSignWave(deps, opts) {
    const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
    const gun = opts.image.name;
    const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
    deps.runtime.log(`Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`);
    // The registry request first: plain HTTP, it is written as soon as its socket connects. Made
    // after the Notary requests it waited behind their TLS handshakes' CPU work (measured: the first
    // request reached the server 10-20 ms later, and the run was no faster).
    const wanted = opts.digest ?? opts.image.digest;
    const resolved = resolveTags(deps, opts.image, tags, wanted);
    // Awaited by the sign; a failure before then must not count as unhandled.
    resolved.catch(() => undefined);
    const trust = (0,_trust_wave_js__WEBPACK_IMPORTED_MODULE_2__/* .startTrustWave */ .W5)(deps.notary, {
        hints,
        ...(opts.anchor?.previousVersions ? { previousVersions: opts.anchor.previousVersions } : {}),
    });
    return { tags, wanted, resolved, trust };
}
/**
 * The manifest of every tag (and of the digest, when one is given). Without a digest the first tag
 * must exist; a further tag may be absent from the registry (sign.ts warns and signs it anyway).
 */
async function resolveTags(deps, image, tags, wanted) {
    const { digest: _pinned, ...byName } = image;
    const byTag = tags.map((tag, i) => deps.registry.resolve({ ...byName, tag }).then((m) => ({ tag, m }), (e) => {
        if ((wanted || i > 0) && e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && e.code === "MANIFEST_UNKNOWN")
            return { tag, m: undefined };
        throw e;
    }));
    const byDigest = wanted ? deps.registry.resolve({ ...image, digest: wanted }) : undefined;
    byDigest?.catch(() => undefined);
    const rows = await Promise.all(byTag);
    const primary = await byDigest?.catch((err) => {
        throw notAManifest(err, image, wanted, rows);
    });
    return { primary, rows };
}
/**
 * The given digest names no manifest, while a tag does (registries answer 404, or 500 as
 * docker-registry does for a config blob's digest): most often the image ID (the config's digest,
 * build-push-action's imageid) given instead of the pushed digest. Said so, with what the tag is;
 * any other failure stays as it is.
 */
function notAManifest(err, image, wanted, rows) {
    const found = rows.find((r) => r.m && r.m.digest !== wanted);
    // 404, or docker-registry's 500 for a blob's digest asked for as a manifest; an outage (502,
    // 503) or anything else stays what it is.
    const answer = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && err.code === "MANIFEST_UNKNOWN"
        ? "not found"
        : err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.status === 500
            ? "HTTP 500"
            : undefined;
    if (!answer)
        return err;
    // No tag points anywhere yet (a new tag, and the registry answered for it): the image was not
    // pushed, or the digest is the image ID all the same.
    if (!found) {
        const tags = rows.map((r) => `${image.name}:${r.tag}`).join(", ");
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("MANIFEST_UNKNOWN", `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("digest")} ${wanted} is no manifest in ${image.name} (${answer}), and ${tags} ${rows.length === 1 ? "is" : "are"} not in the registry`, {
            cause: err,
            ...(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP ? { status: err.status, url: err.url } : {}),
            hint: "push the image first; if the digest is the image ID (build-push-action's imageid output, the config's digest), give the pushed digest (its digest output) instead",
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("TAG_MISMATCH", `${image.name}:${found.tag} points to ${found.m.digest} in the registry, and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("digest")} ${wanted} is no manifest there (${answer})`, {
        cause: err,
        hint: "give the digest of the pushed manifest or index (build-push-action's digest output), not the image ID (its imageid output, the config's digest)",
    });
}


/***/ })

};
