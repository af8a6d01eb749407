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
            repositories: refs.map((ref) => ref.name),
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
/* harmony export */   Kk: () => (/* binding */ connectionFlags),
/* harmony export */   NX: () => (/* binding */ KEY_INSPECT_FLAGS),
/* harmony export */   Oi: () => (/* binding */ VERIFY_FLAGS),
/* harmony export */   Q1: () => (/* binding */ SIGN_FLAGS),
/* harmony export */   av: () => (/* binding */ MIGRATE_FLAGS),
/* harmony export */   d9: () => (/* binding */ INSPECT_FLAGS),
/* harmony export */   jM: () => (/* binding */ KEY_ROTATION_FLAGS),
/* harmony export */   jQ: () => (/* binding */ INIT_FLAGS),
/* harmony export */   yy: () => (/* binding */ ADMIN_FLAGS)
/* harmony export */ });
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
    "require-root-pin": { type: "boolean" },
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
    witness: { type: "string", multiple: true },
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
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3139);
/* harmony import */ var _redaction_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1066);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8992);
/* harmony import */ var _early_connect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6138);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1208);
/* harmony import */ var _prompt_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1934);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8679);
// The `content-trust` executable.











// A job cancelled or timed out by its CI system (SIGTERM; Ctrl-C is SIGINT) says so, and what it
// leaves behind: a publish that reached the server stands, and running the command again completes
// it (it publishes what is missing, or nothing). The exit code is the shell's for the signal.
// Every command publishes but these (`key` only with rotate-signer).
const READING = new Set(["inspect", "verify"]);
for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
        // Only a command's name is repeated, never another argument (it could be anything).
        const given = process.argv[2] ?? "";
        const command = (0,_main_js__WEBPACK_IMPORTED_MODULE_7__/* .isCommand */ .y9)(given) ? given : "";
        const publishes = command !== "" && !READING.has(command) && (command !== "key" || process.argv[3] === "rotate-signer");
        const after = publishes ? "; what it published before stands, and running the same command again completes it" : "";
        process.stderr.write(`content-trust${command ? ` ${command}` : ""}: stopped by ${signal} before it finished${after}\n`);
        process.exit(128 + (node_os__WEBPACK_IMPORTED_MODULE_2___default().constants).signals[signal]);
    });
}
let settled = false;
(0,_exit_js__WEBPACK_IMPORTED_MODULE_10__/* .failIfUnsettled */ .G)(() => settled, () => process.stderr.write((0,_words_js__WEBPACK_IMPORTED_MODULE_9__/* .words */ .a)("content-trust: the command ended without a result (a bug): the run failed; run it again, and report it if it repeats\n")));
// Before main() loads the command, and started before it does: their set-up overlaps the loading.
await (0,_early_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .connectEarlyFromCommandLine */ .B)(process.argv.slice(2), process.env, process.cwd());
const promptSecret = (0,_prompt_js__WEBPACK_IMPORTED_MODULE_8__/* .terminalPrompt */ .l7)();
const confirm = (0,_prompt_js__WEBPACK_IMPORTED_MODULE_8__/* .terminalConfirm */ .lT)();
// In a GitHub Actions step, whose runner reads both outputs line by line for workflow commands, a
// server's text can start none (`::set-output`, `##[stop-commands]`). Standard output in JSON
// (--json) stays the same data (text.ts).
const inActions = process.env.GITHUB_ACTIONS === "true";
const stdout = writerOf(process.stdout, inActions ? (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .workflowCommandFilter */ .L_)(process.argv.includes("--json")) : undefined);
// What a server or a setting said, quoted in a message, goes out without the run's secrets, and
// only then is made command-free: redaction sees each secret whole.
const commandFree = inActions ? (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .workflowCommandFilter */ .L_)() : (text) => text;
const stderr = writerOf(process.stderr, (text) => commandFree((0,_redaction_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecrets */ .fp)(text)));
void (0,_main_js__WEBPACK_IMPORTED_MODULE_7__/* .main */ .iW)(process.argv.slice(2), {
    env: process.env,
    stdout,
    stderr,
    cwd: process.cwd(),
    stderrIsTerminal: Boolean(process.stderr.isTTY) && !process.env.CI,
    columns: process.stderr.columns || 80,
    ...(promptSecret ? { promptSecret } : {}),
    ...(confirm ? { confirm } : {}),
})
    .then((code) => {
    process.exitCode = code;
}, (err) => {
    stderr((0,_words_js__WEBPACK_IMPORTED_MODULE_9__/* .words */ .a)(`content-trust: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(err)}\n`));
    process.exitCode = 1;
})
    .then(() => {
    settled = true;
    // The command's work is done and awaited: whatever is still open was given up on (exit.ts).
    return (0,_exit_js__WEBPACK_IMPORTED_MODULE_10__/* .exitOnceWritten */ .B)();
});
/**
 * Writes to one of the process's streams until its reader goes away (`content-trust … | head`
 * closes the pipe: EPIPE), then drops what is left: the command runs to its end and exits with its
 * own code, as it would with the whole output read. Any other error of the stream is thrown.
 */
function writerOf(stream, filter = (t) => t) {
    let readerGone = false;
    stream.on("error", (err) => {
        if (err.code !== "EPIPE")
            throw err;
        readerGone = true;
    });
    return (text) => {
        if (!readerGone)
            stream.write(filter(text));
    };
}

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

/***/ 1208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y9: () => (/* binding */ isCommand),
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_CODES

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/cli/hints.ts
/**
 * The CLI's words for errors whose fix is a flag: the lower layers say what failed (with a code),
 * and this names the flag that fixes it (wording.ts fixHint picks the line by code).
 */

const CLI_FIXES = {
    REGISTRY_PLAIN_HTTP: (host) => `pass --insecure-registry ${host}`,
    PLAIN_HTTP: (host) => `the server speaks plain HTTP: if ${host} is your registry, not its Notary server, pass the Notary server's URL with --notary-server (it defaults to https://<registry host>); if it is the Notary server, pass --notary-server http://${host}`,
    INSECURE_REGISTRY: () => "write --insecure-registry HOST:PORT (or http://HOST:PORT)",
    TLS_UNKNOWN_CA: (host) => `pass the CA certificate of ${host} with --ca-cert FILE, or put it in $DOCKER_CONFIG/tls/${host}/ca.crt; a CA only the system trusts (update-ca-certificates, SSL_CERT_FILE) counts when NODE_USE_SYSTEM_CA=1 is set (Node 22.15 and later) or its file is in NODE_EXTRA_CA_CERTS`,
    TLS_WRONG_CA: (host) => `--ca-cert (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`,
    CA_FILE_MISSING: () => "--ca-cert takes the path of a PEM file",
    CA_NOT_CERTIFICATE: () => "--ca-cert takes a PEM file of certificates (-----BEGIN CERTIFICATE-----)",
};
/** describeError with the CLI's hint where it has one. */
function describeForCli(err) {
    return (0,wording/* describeWithFix */.Hi)(err, CLI_FIXES);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/words.ts
var words = __webpack_require__(8679);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Every line it prints is rendered in the CLI's words (flags, commands).
 */





const EXIT_CODES = `Exit codes:
  0    success (verify: every image passed or was allowed unsigned)
  1    the command failed: verification failed, a server, key, passphrase or credential problem
  2    the command line is wrong: unknown command or flag, missing or extra arguments, a bad flag value
  130  stopped by SIGINT; 143 stopped by SIGTERM (a cancelled job): run the same command again`;
const HELP = `Usage: content-trust COMMAND [flags]

Docker Content Trust (Notary v1) signing and verification without a Docker daemon.

Commands:
  sign IMAGE          sign tags of a pushed image and verify what the server serves
  inspect IMAGE...    show signed tags, signers and keys (docker trust inspect)
  verify IMAGE...     check images or Dockerfile FROM lines against a signing policy
  key inspect FILE    show a key's ID and the public key for docker trust signer add
  migrate REPO        give every verified released tag a cosign signature by the same key
  version             print the version (also --version)

Administer a repository:
  init REPO                          create a repository (root, targets and server keys)
  signer add NAME REPO --key PUB     add a signer (targets/NAME and targets/releases)
  signer remove NAME REPO            remove a signer
  revoke IMAGE:TAG                   remove a signed tag
  renew REPO                         re-sign roles that expire soon
  key rotate-signer NAME REPO        replace a signer's key without breaking released tags

Run content-trust COMMAND --help for its flags.

${EXIT_CODES}`;
/**
 * Each command's module, loaded only when that command runs: a run parses and compiles the code
 * of its own command, not of all of them (start-up time).
 */
const COMMANDS = {
    sign: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(672)]).then(__webpack_require__.bind(__webpack_require__, 3672));
        return { run: m.signCommand, help: m.SIGN_HELP };
    },
    inspect: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 1929));
        return { run: m.inspectCommand, help: m.INSPECT_HELP };
    },
    verify: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(712), __webpack_require__.e(852), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 8143));
        return { run: m.verifyCommand, help: m.VERIFY_HELP };
    },
    key: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(774), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(692), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 2105));
        return {
            run: m.keyCommand,
            help: m.KEY_HELP,
            sub: { inspect: m.KEY_INSPECT_HELP, "rotate-signer": m.ROTATE_SIGNER_HELP },
        };
    },
    init: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(774), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(661), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 9787));
        return { run: m.initCommand, help: m.INIT_HELP };
    },
    signer: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(774), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(692), __webpack_require__.e(661), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 7555));
        return { run: m.signerCommand, help: m.SIGNER_HELP, sub: { add: m.SIGNER_ADD_HELP, remove: m.SIGNER_REMOVE_HELP } };
    },
    revoke: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(774), __webpack_require__.e(488), __webpack_require__.e(899), __webpack_require__.e(529), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 8975));
        return { run: m.revokeCommand, help: m.REVOKE_HELP };
    },
    renew: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(774), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(455)]).then(__webpack_require__.bind(__webpack_require__, 5836));
        return { run: m.renewCommand, help: m.RENEW_HELP };
    },
    migrate: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(899), __webpack_require__.e(712), __webpack_require__.e(910), __webpack_require__.e(836)]).then(__webpack_require__.bind(__webpack_require__, 2836));
        return { run: m.migrateCommand, help: m.MIGRATE_HELP };
    },
};
/** Whether `name` is one of the commands (not a flag, a typo or anything else a user typed). */
function isCommand(name) {
    return Object.hasOwn(COMMANDS, name);
}
/** The help of `name args…`: a subcommand's own when one is named. */
function helpOf(command, args) {
    const sub = args[0] !== undefined ? command.sub?.[args[0]] : undefined;
    return sub ?? command.help;
}
async function main(argv, rawIo) {
    const io = { ...rawIo, stdout: (t) => rawIo.stdout((0,words/* words */.a)(t)), stderr: (t) => rawIo.stderr((0,words/* words */.a)(t)) };
    try {
        (0,cli_args/* refusePemArguments */.Br)(argv);
    }
    catch (err) {
        io.stderr(`content-trust: ${describeForCli(err)}\n`);
        return 2;
    }
    const [name, ...args] = argv;
    if (name === "--version" || name === "-v" || name === "version") {
        io.stdout(`content-trust ${version/* VERSION */.x}\n`);
        return 0;
    }
    if (!name || name === "--help" || name === "-h" || name === "help") {
        (name ? io.stdout : io.stderr)(HELP + "\n");
        return name ? 0 : 2;
    }
    const load = isCommand(name) ? COMMANDS[name] : undefined;
    if (!load) {
        io.stderr(`content-trust: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
        return 2;
    }
    const command = await load();
    if (args.includes("--help") || args.includes("-h")) {
        io.stdout(helpOf(command, args) + "\n");
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (err) {
        const label = command.sub?.[args[0] ?? ""] !== undefined ? `${name} ${args[0]}` : name;
        io.stderr(`content-trust ${label}: ${describeForCli(err)}\n`);
        if (err instanceof cli_args/* CommandLineError */.Ox) {
            io.stderr(`\n${helpOf(command, args)}\n`);
            return 2;
        }
        if (!(err instanceof errors/* TrustError */.Ru) && io.env.CONTENT_TRUST_DEBUG)
            io.stderr(`${err.stack ?? ""}\n`);
        return 1;
    }
}


/***/ }),

/***/ 1934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l7: () => (/* binding */ terminalPrompt),
/* harmony export */   lT: () => (/* binding */ terminalConfirm)
/* harmony export */ });
/* unused harmony exports confirmOn, askHiddenOn */
/* harmony import */ var node_tty__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7066);
/* harmony import */ var node_tty__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tty__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8679);
/**
 * A hidden-input prompt on the controlling terminal. Whether there is one is asked of the file
 * descriptors, and readline is loaded only to ask a question: touching process.stdin or loading
 * readline cost every run about ten milliseconds before its first request, prompt or not.
 */



const readline = async () => (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 481, 23))).default;
const onTerminal = () => (0,node_tty__WEBPACK_IMPORTED_MODULE_0__.isatty)(0) && (0,node_tty__WEBPACK_IMPORTED_MODULE_0__.isatty)(2);
const terminal = () => ({ input: process.stdin, output: process.stderr });
/** A yes/no question on the controlling terminal ("y" or "yes" means yes), or undefined without one. */
function terminalConfirm() {
    if (!onTerminal())
        return undefined;
    return (question) => confirmOn(terminal(), question);
}
/** A question whose answer is not echoed, on the controlling terminal, or undefined without one. */
function terminalPrompt() {
    if (!onTerminal())
        return undefined;
    return (question) => askHiddenOn(terminal(), question);
}
/** Yes ("y" or "yes") or no; Ctrl-C, or the input closed (Ctrl-D) before an answer, is no. */
async function confirmOn({ input, output }, question) {
    const { createInterface } = await readline();
    return new Promise((resolve) => {
        const rl = createInterface({ input, output, terminal: true });
        // A question from a workflow names settings and steps as placeholders: in the CLI's words here.
        rl.question((0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .a)(question), (answer) => {
            resolve(/^\s*y(es)?\s*$/i.test(answer));
            rl.close();
        });
        rl.on("SIGINT", () => rl.close());
        rl.on("close", () => resolve(false));
    });
}
/**
 * The answer, which is never written to `output` (only the question is). Ctrl-C, or the input
 * closed (Ctrl-D) before an answer, rejects with CANCELLED.
 */
async function askHiddenOn({ input, output }, question) {
    const { createInterface } = await readline();
    return new Promise((resolve, reject) => {
        const rl = createInterface({ input, output, terminal: true });
        const out = rl;
        let asked = false;
        out._writeToOutput = (s) => {
            if (!asked) {
                output.write(s);
                asked = true;
            }
        };
        rl.question((0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .a)(question), (answer) => {
            resolve(answer);
            rl.close();
            output.write("\n");
        });
        rl.on("SIGINT", () => rl.close());
        // After an answer, closing is a no-op here.
        rl.on("close", () => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustError */ .Ru("CANCELLED", "cancelled at the prompt")));
    });
}


/***/ }),

/***/ 8679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ words)
/* harmony export */ });
/* unused harmony export CLI_WORDS */
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3395);
/** The CLI's vocabulary: settings are flags (or the environment variables that hold secrets). */

const CLI_WORDS = {
    setting: {
        image: "IMAGE",
        images: "IMAGE arguments",
        repository: "REPOSITORY",
        dockerfile: "--dockerfile",
        "build-args": "--build-arg NAME=VALUE",
        signers: "--signers",
        "allow-unsigned": "--allow-unsigned",
        pin: "--pin",
        tags: "--tags",
        digest: "--digest",
        roles: "--roles",
        expires: "--expires",
        within: "--within",
        "signer-key": "--signer-key FILE",
        "signer-key-passphrase": "CONTENT_TRUST_PASSPHRASE",
        "signer-name": "--signer-name",
        "aws-kms-key": "--aws-kms-key",
        "aws-region": "--aws-region",
        "root-key-id": "--root-key-id",
        "notary-server": "--notary-server",
        "notary-servers": "--notary-servers",
        "ca-cert": "--ca-cert",
        "registry-username": "--registry-username",
        "registry-password": "CONTENT_TRUST_REGISTRY_PASSWORD",
        timeout: "--timeout",
        deadline: "--deadline",
        "trust-cache": "--trust-dir",
        "insecure-registries": "--insecure-registry",
        "key-dir": "--key-dir DIR",
        force: "--force",
        accept: "--accept",
        "cosign-key": "--cosign-key",
        "oci-signature": "--oci-signature",
        witness: "--witness",
    },
    step: (step, subject) => {
        switch (step) {
            case "sign":
                return `content-trust sign ${subject ?? "IMAGE"}`;
            case "renew":
                return `content-trust renew ${subject ?? "REPOSITORY"}`;
            case "revoke":
                return `content-trust revoke ${subject ?? "IMAGE:TAG"}`;
            case "init":
                return `content-trust init ${subject ?? "REPOSITORY"}`;
            case "signer-add":
                return `content-trust signer add NAME ${subject ?? "REPOSITORY"} --key NAME.pub`;
            case "signer-add-kms":
                return `content-trust signer add NAME ${subject ?? "REPOSITORY"} --aws-kms-key KEY`;
            case "migrate":
                return `content-trust migrate ${subject ?? "REPOSITORY"}`;
            case "key-inspect":
                return "the public key PEM that content-trust key inspect KEYFILE prints";
            case "rotate-signer":
                return `content-trust key rotate-signer NAME ${subject ?? "REPOSITORY"} --new-key FILE`;
            case "inspect":
                return `content-trust inspect ${subject ?? "IMAGE"}`;
        }
    },
    phrase: {
        "base-directory": "the current directory",
        "aws-credentials": "configure AWS credentials (aws configure or aws sso login, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
        "trust-store": "the trust directory (--trust-dir, default $DOCKER_CONFIG/trust)",
        "root-passphrase": "CONTENT_TRUST_ROOT_PASSPHRASE (or DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE or CONTENT_TRUST_PASSPHRASE: each one set is tried)",
    },
};
/** A line in the CLI's words. */
const words = (text) => (0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(text, CLI_WORDS);


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
