export const id = 486;
export const ids = [486];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ refusePemArguments),
/* harmony export */   Ox: () => (/* binding */ CommandLineError),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   c0: () => (/* binding */ flagFiles),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5377);
/**
 * Command-line parsing: node:util parseArgs, with mistakes answered in our words. An unknown flag,
 * a flag without its value, a wrong number of arguments or a flag value that does not parse is a
 * CommandLineError: the one kind of failure that exits with code 2 and prints the command's usage.
 */



/** A mistake on the command line itself (exit code 2, usage printed). */
class CommandLineError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    constructor(message, options = {}) {
        super(message, options);
    }
}
/** parseArgs with positionals, checking every flag first so that a mistake names the flag. */
function parseFlags(args, options) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: false, tokens: true });
    for (const token of tokens ?? []) {
        if (token.kind !== "option")
            continue;
        const spec = options[token.name];
        const flag = token.rawName;
        if (!spec)
            throw new CommandLineError(`unknown flag ${flag}`);
        if (spec.type === "string" && token.value === undefined)
            throw new CommandLineError(`flag ${flag} needs a value`);
        if (spec.type === "boolean" && token.inlineValue)
            throw new CommandLineError(`flag ${flag} takes no value`);
    }
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new CommandLineError(`cannot read the command line: ${err.message.split(".")[0]}`);
    }
}
const PEM_ARMOR = /-----BEGIN [A-Z0-9 ]*-----/;
/** Whether a command's flag takes a value ("string") or none ("boolean"); undefined for no flag of ours. */
function flagKind(name) {
    for (const table of _flags_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL_FLAG_TABLES */ .FQ) {
        if (Object.hasOwn(table, name))
            return table[name].type;
    }
    return undefined;
}
/**
 * Refuses a command line that holds PEM text (a key or a certificate pasted where a file's path
 * goes: `--signer-key "$KEY"`), before anything could repeat it: every flag takes a path, and an
 * error that quoted the value would print the key into the job's log. Names the flag, never the
 * value.
 */
function refusePemArguments(argv) {
    const at = argv.findIndex((token) => PEM_ARMOR.test(token));
    if (at < 0)
        return;
    const inline = /^(--[a-z][a-z0-9-]*)=/.exec(argv[at])?.[1];
    const before = argv[at - 1];
    const after = before && /^--[a-z][a-z0-9-]*$/.test(before) ? before : undefined;
    // The flag before it takes it as its value unless it is a flag without one (--json); after a
    // flag that is none of ours, the place is said both ways.
    const kind = after ? flagKind(after.slice(2)) : undefined;
    const where = inline
        ? `the value of ${inline}`
        : after && kind === "string"
            ? `the value of ${after}`
            : after && kind === undefined
                ? `argument ${at + 1} (after ${after})`
                : `argument ${at + 1}`;
    throw new CommandLineError(`${where} is PEM text (a key or certificate), not a file's path`, {
        hint: "write it to a file and give the file's path (in GitLab CI a variable of type File gives one), or give /dev/stdin and pipe it in; a key on the command line is also visible to every process on the machine",
    });
}
/** A flag's value parsed by a shared parser; a value that does not parse is a command-line mistake. */
function flagValue(parse) {
    try {
        return parse();
    }
    catch (err) {
        throw asCommandLineError(err);
    }
}
/** flagValue for a parser that reads files (a path that does not exist is a mistake too). */
async function flagFiles(parse) {
    try {
        return await parse();
    }
    catch (err) {
        throw asCommandLineError(err);
    }
}
function asCommandLineError(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb && !(err instanceof CommandLineError))
        return new CommandLineError(err.message, { cause: err, code: err.code, ...(err.hint ? { hint: err.hint } : {}) });
    return err;
}


/***/ }),

/***/ 6138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ connectEarlyFromCommandLine)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8976);
/* harmony import */ var _net_http_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3848);
/* harmony import */ var _registry_insecure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3705);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7488);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5377);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1604);
/**
 * Opens the Notary server's connections from the command line, before the command's code is loaded
 * (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). Only for sign, inspect and verify of images, when the command line parses with the
 * command's own flags. Anything unexpected opens nothing: the command then reads its command line
 * and reports what is wrong, as usual. The entry point awaits the promise before it loads the
 * command: it resolves once the connections have started (net/early-connections.ts).
 */









const FLAGS = { sign: _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGN_FLAGS */ .Q1, inspect: _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .INSPECT_FLAGS */ .d9, verify: _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_FLAGS */ .Oi };
/** What an entry point awaits when nothing was opened. */
const NONE = Promise.resolve();
function connectEarlyFromCommandLine(argv, env, cwd) {
    try {
        const [command, ...args] = argv;
        if (command !== "sign" && command !== "inspect" && command !== "verify")
            return NONE;
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: FLAGS[command],
            allowPositionals: true,
            strict: true,
        });
        if (values.dockerfile || values["notary-servers"] || (command === "sign" && positionals.length !== 1))
            return NONE;
        // A sign with cosign signatures only, and a verify that accepts cosign alone, ask no Notary server.
        if (values["oci-signature"]?.trim().toLowerCase() === "cosign-only")
            return NONE;
        if ((0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptsCosignAlone */ .Cw)(values.accept?.join("\n")))
            return NONE;
        const caFile = values["ca-cert"];
        const refs = positionals.map((p) => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(p));
        return (0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .connectEarly */ .Ir)({
            registries: refs.map((ref) => ref.registry),
            notaryServer: values["notary-server"],
            firstWave: command === "sign" ? _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .FIRST_WAVE */ .Jv.sign : _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .FIRST_WAVE */ .Jv.read,
            // A sign resolves its tag in the registry in the same wave; inspect and verify do not ask it.
            ...(command === "sign"
                ? {
                    registryUrls: refs.map((ref) => (0,_registry_insecure_js__WEBPACK_IMPORTED_MODULE_4__/* .firstBaseUrl */ .nZ)(ref, (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_8__/* .splitList */ .r)(values["insecure-registry"]))),
                    registryWave: (0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .signRegistryWave */ .Um)(refs[0], (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_8__/* .splitList */ .r)(values.tags), values.digest),
                }
                : {}),
            maxSockets: command === "verify" ? _net_http_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .MANY_REPOSITORIES_MAX_SOCKETS */ .p1 : _net_http_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_SOCKETS */ .Uq,
            ...(caFile !== undefined ? { ca: { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, caFile) } } : {}),
            env,
            dockerConfigDir: (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .dockerConfigDir */ .kG)(env),
        });
    }
    catch {
        // Nothing opened early.
        return NONE;
    }
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ RENEW_FLAGS),
/* harmony export */   BF: () => (/* binding */ SIGNER_FLAGS),
/* harmony export */   FQ: () => (/* binding */ ALL_FLAG_TABLES),
/* harmony export */   NX: () => (/* binding */ KEY_INSPECT_FLAGS),
/* harmony export */   Oi: () => (/* binding */ VERIFY_FLAGS),
/* harmony export */   Q1: () => (/* binding */ SIGN_FLAGS),
/* harmony export */   av: () => (/* binding */ MIGRATE_FLAGS),
/* harmony export */   d9: () => (/* binding */ INSPECT_FLAGS),
/* harmony export */   jM: () => (/* binding */ KEY_ROTATION_FLAGS),
/* harmony export */   jQ: () => (/* binding */ INIT_FLAGS),
/* harmony export */   yy: () => (/* binding */ ADMIN_FLAGS)
/* harmony export */ });
/* unused harmony export connectionFlags */
/**
 * The flags of every command, as node:util parseArgs options. Kept apart from the commands so that
 * the entry point can read a command line (early-connect.ts) and tell a flag's value from an
 * argument (args.ts) without loading them.
 */
const connectionFlags = {
    "notary-server": { type: "string" },
    "ca-cert": { type: "string" },
    "registry-username": { type: "string" },
    "root-key-id": { type: "string", multiple: true },
    "trust-dir": { type: "string" },
    timeout: { type: "string" },
    deadline: { type: "string" },
    "insecure-registry": { type: "string", multiple: true },
};
const SIGN_FLAGS = {
    ...connectionFlags,
    "signer-key": { type: "string" },
    "aws-kms-key": { type: "string" },
    "aws-region": { type: "string" },
    "signer-name": { type: "string" },
    tags: { type: "string", multiple: true },
    digest: { type: "string" },
    roles: { type: "string", multiple: true },
    expires: { type: "string" },
    "require-root-pin": { type: "boolean" },
    "oci-signature": { type: "string" },
    json: { type: "boolean" },
};
const INSPECT_FLAGS = {
    ...connectionFlags,
    json: { type: "boolean" },
    within: { type: "string" },
};
const VERIFY_FLAGS = {
    ...connectionFlags,
    dockerfile: { type: "string", multiple: true },
    "build-arg": { type: "string", multiple: true },
    signers: { type: "string", multiple: true },
    "allow-unsigned": { type: "string", multiple: true },
    "notary-servers": { type: "string", multiple: true },
    pin: { type: "boolean" },
    "require-root-pin": { type: "boolean" },
    accept: { type: "string", multiple: true },
    "cosign-key": { type: "string" },
    json: { type: "boolean" },
    markdown: { type: "boolean" },
};
/** The admin commands' shared flags (init, signer, revoke, renew, key rotate-signer). */
const ADMIN_FLAGS = {
    ...connectionFlags,
    "key-dir": { type: "string" },
    "signer-key": { type: "string" },
    "aws-kms-key": { type: "string" },
    "aws-region": { type: "string" },
    json: { type: "boolean" },
};
const INIT_FLAGS = { ...ADMIN_FLAGS, "root-key": { type: "string" } };
const SIGNER_FLAGS = {
    ...ADMIN_FLAGS,
    key: { type: "string", multiple: true },
    init: { type: "boolean" },
    force: { type: "boolean" },
    "root-key": { type: "string" },
    "signer-aws-kms-key": { type: "string" },
};
const RENEW_FLAGS = {
    ...ADMIN_FLAGS,
    within: { type: "string" },
    expires: { type: "string" },
};
const KEY_ROTATION_FLAGS = {
    ...ADMIN_FLAGS,
    "new-key": { type: "string" },
    "new-aws-kms-key": { type: "string" },
    "old-key": { type: "string", multiple: true },
};
const KEY_INSPECT_FLAGS = {
    json: { type: "boolean" },
    cosign: { type: "boolean" },
    "aws-kms-key": { type: "string" },
    "aws-region": { type: "string" },
    "signer-name": { type: "string" },
};
const MIGRATE_FLAGS = {
    ...connectionFlags,
    "signer-key": { type: "string" },
    "aws-kms-key": { type: "string" },
    "aws-region": { type: "string" },
    signers: { type: "string", multiple: true },
    concurrency: { type: "string" },
    "max-writes": { type: "string" },
    "dry-run": { type: "boolean" },
    "require-root-pin": { type: "boolean" },
    json: { type: "boolean" },
};
/** Every command's table: what the command-line checks that run before a command loads consult. */
const ALL_FLAG_TABLES = [
    SIGN_FLAGS,
    INSPECT_FLAGS,
    VERIFY_FLAGS,
    ADMIN_FLAGS,
    INIT_FLAGS,
    SIGNER_FLAGS,
    RENEW_FLAGS,
    KEY_ROTATION_FLAGS,
    KEY_INSPECT_FLAGS,
    MIGRATE_FLAGS,
];


/***/ }),

/***/ 3614:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/**
 * V8 heap settings for the CLI process, imported by its entry right after compile-on-main-thread.ts
 * (the only other module that sets V8 flags).
 *
 * Reading or signing a role of 10,000 tags allocates tens of megabytes of short-lived objects.
 * V8 answers that by doubling its young generation again and again (to 64 MiB per semi-space in
 * Node 24) and by letting the old generation grow before collecting it, and the process keeps the
 * memory: the peak RSS of such a sign was about 2.5 times what its data needed. Keeping the young
 * generation at its starting size and growing the old one by 10 % per collection costs a little
 * more time collecting (measured: about 0.1 s of CPU on that sign) and holds the peak close to the
 * data. The semi-space size itself can only be set on the command line, which an npm bin or the
 * Actions runner does not give us; these are read by V8 at every collection.
 *
 * Nor does the old generation grow while a collection of it marks: V8 marks incrementally, between
 * allocations, and a run that allocates a large role all at once keeps allocating (and promoting)
 * for the whole marking, then keeps the freed pages pooled. Marking at once when the limit is
 * reached held an inspect of five 10,000-tag delegations at 90-93 MiB peak RSS where it was 100-125
 * from run to run, and a sign into two such roles about 5 MiB lower, in the same time: a CLI run
 * has no frames to keep smooth, which is what incremental marking is for.
 */

// Set once start-up has run: loading and compiling the command allocates in bursts, and holding
// the young generation at its start size during that cost about 20 ms of scavenges before the first
// request (measured on a CLI run). The large reads come later, under the flags.
//
// No TurboFan either: a CLI run is over in about a second, and the optimising compiler's jobs cost
// more than they save there (measured on inspect of two 10,000-tag roles: peak RSS about 5 MiB lower
// and CPU about 10 % lower with Maglev as the top tier; on five such roles 4 to 14 MiB lower). At
// 100,000 tags per role, parsing and signing in one process took about 10 % more CPU without it.
// Set at start instead, it cost about 17 ms before the first request (measured on a CLI sign).
// Only where Maglev is on by default (Node 22 and later): on Node 20 the baseline compiler would be
// the top tier, several times slower on a large role.
const MAGLEV = Number(process.versions.node.split(".")[0]) >= 22;
setTimeout(() => {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)("--semi-space-growth-factor=1");
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)("--heap-growing-percent=10");
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)("--no-incremental-marking");
    if (MAGLEV)
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)("--no-turbofan");
}, 0).unref();


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _compile_on_main_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2255);
/* harmony import */ var _heap_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3614);
/* harmony import */ var _early_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6138);
// The `content-trust` executable's entry. Only the code that opens connections early is loaded
// before they are opened (early-connect.ts): the rest of the CLI (run.ts), and Node's tls and
// crypto modules, load while their set-up is under way.



await (0,_early_connect_js__WEBPACK_IMPORTED_MODULE_2__/* .connectEarlyFromCommandLine */ .B)(process.argv.slice(2), process.env, process.cwd());
await __webpack_require__.e(/* import() */ 433).then(__webpack_require__.bind(__webpack_require__, 3433));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir),
/* harmony export */   n_: () => (/* binding */ passphraseCandidates),
/* harmony export */   qy: () => (/* binding */ passphraseFor)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2717);
/* harmony import */ var _codec_base64_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(231);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);
/**
 * What the CLI reads from and writes to the outside: arguments, environment, files, streams.
 * Commands take it as a parameter so tests can run them in-process.
 */






async function readInputFile(file, what, cwd) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    try {
        const read = await (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileAtMost */ .n)(full, 1024 * 1024);
        if (read.tooLarge)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandLineError */ .Ox(`${what} ${file} is larger than 1 MiB`);
        const text = read.bytes.toString("utf8");
        if (text.trim() === "")
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandLineError */ .Ox(`${what} ${file} is empty`, { hint: `give the file that holds the ${what}` });
        return text;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb)
            throw err;
        const code = err.code ?? "error";
        // A key kept encoded in a CI variable (base64, one line or wrapped) and given where the path
        // goes: the value is the key, and is not repeated; nor is anything that is no path's shape.
        if ((0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeBase64 */ .z0)(file, 64) && !/^[./~]/.test(file))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandLineError */ .Ox(`cannot read ${what}: the value given is no file (${code}) and looks like encoded text, such as a base64 key`, { hint: `decode it into a file and give the file's path` });
        if (/[\r\n]/.test(file) || file.length > MAX_SHOWN_PATH)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandLineError */ .Ox(`cannot read ${what}: the value given is no file's path (${code})`, {
                hint: `give the path of the file that holds the ${what}`,
            });
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .CommandLineError */ .Ox(`cannot read ${what} ${file}: ${code}`);
    }
}
/** A path longer than this is not repeated in a message: it is most likely something else. */
const MAX_SHOWN_PATH = 255;
/** `$DOCKER_CONFIG`, else `~/.docker`, as the docker CLI chooses. */
function dockerConfigDir(env) {
    return env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir(), ".docker");
}
/** Whether a key file's text is encrypted (PKCS#8 or legacy PEM encryption). */
function isEncryptedKey(text) {
    return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}
/**
 * What a passphrase variable's value may decrypt a key with: the value as given (docker uses it
 * so), then without one trailing line break (a CI variable pasted from a file, or a secret saved
 * with the file's last newline, holds one that no prompt could have typed; the action trims its
 * inputs). Empty when the variable is not set.
 */
function passphraseCandidates(env, name) {
    const value = env[name];
    if (value === undefined)
        return [];
    const trimmed = value.replace(/\r?\n$/, "");
    return trimmed === value ? [value] : [value, trimmed];
}
/**
 * The passphrase from CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (what
 * `docker trust` reads for delegation and repository keys), else a terminal prompt; never a flag.
 * `names` replaces those two variables (a root key's).
 */
async function passphraseFor(text, io, what = "signer key", names = ["CONTENT_TRUST_PASSPHRASE", "DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE"]) {
    if (!isEncryptedKey(text))
        return undefined;
    const set = names.flatMap((n) => passphraseCandidates(io.env, n));
    // An empty one (a workflow's unset secret) is no candidate when another is set.
    const fromEnv = [...new Set(set.filter((p) => p !== ""))];
    if (fromEnv.length === 0 && set.length > 0)
        return "";
    // Several (a job that holds two keys' passphrases, or one as given and without its trailing line
    // break): the one that decrypts this key, tried here; with one, it is used as it is and a wrong
    // one is reported where it is used.
    if (fromEnv.length > 1) {
        // Loaded here only: this module is read before the early connections are opened.
        const { loadPrivateKey } = await __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 3717));
        return fromEnv.find((p) => decrypts(() => loadPrivateKey(text, p))) ?? fromEnv[0];
    }
    if (fromEnv.length === 1)
        return fromEnv[0];
    if (io.promptSecret)
        return io.promptSecret(`Passphrase for the ${what}: `);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the ${what} is encrypted`, { hint: `set ${names[0]}` });
}
/** Whether `load` decrypts the key (any other problem with the file: also no). */
function decrypts(load) {
    try {
        load();
        return true;
    }
    catch {
        return false;
    }
}


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
