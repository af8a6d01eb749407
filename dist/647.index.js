export const id = 647;
export const ids = [647];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ CommandLineError),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
/** A flag's value parsed by a shared parser; a value that does not parse is a command-line mistake. */
function flagValue(parse) {
    try {
        return parse();
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb && !(err instanceof CommandLineError))
            throw new CommandLineError(err.message, { cause: err, code: err.code, ...(err.hint ? { hint: err.hint } : {}) });
        throw err;
    }
}


/***/ }),

/***/ 1647:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/cli/heap-settings.ts
/**
 * V8 heap settings for the CLI process, imported first by the entry; nothing else in the process
 * sets V8 flags.
 *
 * Reading or signing a role of 10,000 tags allocates tens of megabytes of short-lived objects.
 * V8 answers that by doubling its young generation again and again (to 64 MiB per semi-space in
 * Node 24) and by letting the old generation grow before collecting it, and the process keeps the
 * memory: the peak RSS of such a sign was about 2.5 times what its data needed. Keeping the young
 * generation at its starting size and growing the old one by 10 % per collection costs a little
 * more time collecting (measured: about 0.1 s of CPU on that sign) and holds the peak close to the
 * data. The semi-space size itself can only be set on the command line, which an npm bin or the
 * Actions runner does not give us; these two are read by V8 at every collection.
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
    (0,external_node_v8_.setFlagsFromString)("--semi-space-growth-factor=1");
    (0,external_node_v8_.setFlagsFromString)("--heap-growing-percent=10");
    if (MAGLEV)
        (0,external_node_v8_.setFlagsFromString)("--no-turbofan");
}, 0).unref();

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exit.ts
var exit = __webpack_require__(3139);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/cli/hints.ts
/**
 * The CLI's words for errors whose fix is a flag: the lower layers say what failed (with a code),
 * and this names the flag that fixes it (wording.ts fixHint picks the line by code).
 */

const CLI_FIXES = {
    REGISTRY_PLAIN_HTTP: (host) => `pass --insecure-registry ${host}`,
    PLAIN_HTTP: (host) => `the server speaks plain HTTP: pass --notary-server http://${host} if that is intended`,
    INSECURE_REGISTRY: () => "write --insecure-registry HOST:PORT (or http://HOST:PORT)",
    TLS_UNKNOWN_CA: (host) => `pass the CA certificate of ${host} with --ca-cert FILE, or put it in $DOCKER_CONFIG/tls/${host}/ca.crt`,
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
;// CONCATENATED MODULE: ./src/cli/words.ts
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
            case "migrate":
                return `content-trust migrate ${subject ?? "REPOSITORY"}`;
            case "key-inspect":
                return "the public key PEM that content-trust key inspect KEYFILE prints";
        }
    },
    phrase: {
        "base-directory": "the current directory",
        "aws-credentials": "configure AWS credentials (aws configure or aws sso login, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
        "trust-store": "the trust directory (--trust-dir, default $DOCKER_CONFIG/trust)",
    },
};
/** A line in the CLI's words. */
const words = (text) => (0,wording/* render */.XX)(text, CLI_WORDS);

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Every line it prints is rendered in the CLI's words (flags, commands).
 */





const EXIT_CODES = `Exit codes:
  0  success (verify: every image passed or was allowed unsigned)
  1  the command failed: verification failed, a server, key, passphrase or credential problem
  2  the command line is wrong: unknown command or flag, missing or extra arguments, a bad flag value`;
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
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(672)]).then(__webpack_require__.bind(__webpack_require__, 3672));
        return { run: m.signCommand, help: m.SIGN_HELP };
    },
    inspect: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 1929));
        return { run: m.inspectCommand, help: m.INSPECT_HELP };
    },
    verify: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(126), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 8143));
        return { run: m.verifyCommand, help: m.VERIFY_HELP };
    },
    key: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 2105));
        return {
            run: m.keyCommand,
            help: m.KEY_HELP,
            sub: { inspect: m.KEY_INSPECT_HELP, "rotate-signer": m.ROTATE_SIGNER_HELP },
        };
    },
    init: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(661), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 9787));
        return { run: m.initCommand, help: m.INIT_HELP };
    },
    signer: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(661), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 7555));
        return { run: m.signerCommand, help: m.SIGNER_HELP, sub: { add: m.SIGNER_ADD_HELP, remove: m.SIGNER_REMOVE_HELP } };
    },
    revoke: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 8975));
        return { run: m.revokeCommand, help: m.REVOKE_HELP };
    },
    renew: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(455)]).then(__webpack_require__.bind(__webpack_require__, 5836));
        return { run: m.renewCommand, help: m.RENEW_HELP };
    },
    migrate: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(719), __webpack_require__.e(685), __webpack_require__.e(899), __webpack_require__.e(910), __webpack_require__.e(836)]).then(__webpack_require__.bind(__webpack_require__, 2836));
        return { run: m.migrateCommand, help: m.MIGRATE_HELP };
    },
};
/** The help of `name args…`: a subcommand's own when one is named. */
function helpOf(command, args) {
    const sub = args[0] !== undefined ? command.sub?.[args[0]] : undefined;
    return sub ?? command.help;
}
async function main(argv, rawIo) {
    const io = { ...rawIo, stdout: (t) => rawIo.stdout(words(t)), stderr: (t) => rawIo.stderr(words(t)) };
    const [name, ...args] = argv;
    if (name === "--version" || name === "-v" || name === "version") {
        io.stdout(`content-trust ${version/* VERSION */.x}\n`);
        return 0;
    }
    if (!name || name === "--help" || name === "-h" || name === "help") {
        (name ? io.stdout : io.stderr)(HELP + "\n");
        return name ? 0 : 2;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
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

// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
;// CONCATENATED MODULE: ./src/cli/prompt.ts
/**
 * A hidden-input prompt on the controlling terminal. Whether there is one is asked of the file
 * descriptors, and readline is loaded only to ask a question: touching process.stdin or loading
 * readline cost every run about ten milliseconds before its first request, prompt or not.
 */


const readline = async () => (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 481, 23))).default;
const onTerminal = () => (0,external_node_tty_.isatty)(0) && (0,external_node_tty_.isatty)(2);
/** A yes/no question on the controlling terminal ("y" or "yes" means yes), or undefined without one. */
function terminalConfirm() {
    if (!onTerminal())
        return undefined;
    return async (question) => {
        const { createInterface } = await readline();
        return new Promise((resolve) => {
            const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
            rl.question(question, (answer) => {
                rl.close();
                resolve(/^\s*y(es)?\s*$/i.test(answer));
            });
            rl.on("SIGINT", () => {
                rl.close();
                resolve(false);
            });
        });
    };
}
function terminalPrompt() {
    if (!onTerminal())
        return undefined;
    return async (question) => {
        const { createInterface } = await readline();
        return new Promise((resolve, reject) => {
            const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
            const out = rl;
            let asked = false;
            out._writeToOutput = (s) => {
                if (!asked) {
                    process.stderr.write(s);
                    asked = true;
                }
            };
            rl.question(question, (answer) => {
                rl.close();
                process.stderr.write("\n");
                resolve(answer);
            });
            rl.on("SIGINT", () => {
                rl.close();
                reject(new errors/* TrustError */.Ru("CANCELLED", "cancelled at the prompt"));
            });
        });
    };
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The `content-trust` executable.






(0,exit/* exitWhenIdle */.f)();
const promptSecret = terminalPrompt();
const cli_confirm = terminalConfirm();
main(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    stderrIsTerminal: Boolean(process.stderr.isTTY) && !process.env.CI,
    columns: process.stderr.columns || 80,
    ...(promptSecret ? { promptSecret } : {}),
    ...(cli_confirm ? { confirm: cli_confirm } : {}),
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(words(`content-trust: ${(0,errors/* describeError */.Uc)(err)}\n`));
    process.exitCode = 1;
});


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ MalformedMetadataError),
/* harmony export */   Ci: () => (/* binding */ ExpiredError),
/* harmony export */   M2: () => (/* binding */ ThresholdError),
/* harmony export */   Ru: () => (/* binding */ TrustError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   VM: () => (/* binding */ HashMismatchError),
/* harmony export */   ZS: () => (/* binding */ RollbackError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gP: () => (/* binding */ ServerError),
/* harmony export */   hA: () => (/* binding */ RootTrustError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   tE: () => (/* binding */ warningLine)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/**
 * One error base for everything a user can meet. `code` is stable and machine-readable,
 * `message` is one line naming the subject and the numbers, `hint` says what to do.
 * Messages never carry key material, passphrases, tokens or more than 1 KiB of a response.
 */

class TrustError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint === undefined ? undefined : oneLine(options.hint);
    }
    /** The message with its hint, as printed to a user. */
    describe() {
        return this.hint ? `${this.message}; ${this.hint}` : this.message;
    }
}
/**
 * Messages quote names a server chose (target names, role names, error codes), so each message,
 * hint and warning is made one line (text.ts messageLine). Every one of them passes through this
 * function, which the reworded test project wraps (test/reworded/plugin.ts).
 */
function oneLine(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLine */ .EE)(text);
}
/**
 * A warning as it is recorded and passed on: one line, like a message. Warnings pass through here
 * where they are collected (trust loading, signing, verify), so the reworded test project rewords
 * them with the messages: nothing may decide on a warning's wording either.
 */
function warningLine(text) {
    return oneLine(text);
}
/** Input that is not what it should be (bad reference, bad key file, bad option). */
class UsageError extends TrustError {
    /** `code` defaults to USAGE; a more precise one lets a front end word its hint (CA_NOT_CERTIFICATE). */
    constructor(message, options = {}) {
        super(options.code ?? "USAGE", message, options);
    }
}
/** Metadata that cannot be trusted: signatures, hashes, versions, expiry, shape. */
class VerificationError extends TrustError {
}
class MalformedMetadataError extends VerificationError {
    constructor(message, options = {}) {
        super("MALFORMED_METADATA", message, options);
    }
}
class ExpiredError extends VerificationError {
    constructor(message, options = {}) {
        super("EXPIRED", message, options);
    }
}
class RollbackError extends VerificationError {
    /** The role whose version went back (`root`, `timestamp`, `targets/releases`, …). */
    role;
    constructor(role, message, options = {}) {
        super("ROLLBACK", message, options);
        this.role = role;
    }
}
class HashMismatchError extends VerificationError {
    constructor(message, options = {}) {
        super("HASH_MISMATCH", message, options);
    }
}
class ThresholdError extends VerificationError {
    /** `code` THRESHOLD, or SIGNERS_REMOVED when every signature is by a key the role no longer lists. */
    constructor(message, options = {}, code = "THRESHOLD") {
        super(code, message, options);
    }
}
class RootTrustError extends VerificationError {
    constructor(message, options = {}) {
        super("ROOT_TRUST", message, options);
    }
}
/** Something the network or a server did. `status` is the HTTP status when there was one. */
class ServerError extends TrustError {
    status;
    url;
    /**
     * The `Name` of a notary-server validation error (`ErrBadTargets`, `ErrBadHierarchy`, …) taken
     * from the answer's `detail`, when it had one: what callers decide on, never the message.
     */
    detailName;
    /** The `code` of the server's error body (`VERSION`, `INVALID_UPDATE`, `DENIED`, …), when it had one. */
    serverCode;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.status = options.status;
        this.url = options.url;
        this.detailName = options.detailName;
        this.serverCode = options.serverCode;
    }
    /** The `host[:port]` of `url`, when there is a URL that parses. */
    get host() {
        try {
            return this.url ? new URL(this.url).host : undefined;
        }
        catch {
            return undefined;
        }
    }
}
/** A short, printable description of any thrown value (never a stack, never a dump). */
function describeError(err) {
    if (err instanceof TrustError)
        return err.describe();
    if (err instanceof Error)
        return oneLine(err.message);
    return oneLine(String(err));
}


/***/ }),

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ exitWhenIdle)
/* harmony export */ });
/**
 * The end of a process once its work is done. When the event loop has nothing left (no request,
 * write, timer or child pending), Node would still free its heap and join its threads before the
 * process ends, about 4 ms of every run that a caller waits for (measured on a CLI sign, from the
 * last write to the exit). `beforeExit` comes exactly when nothing is pending, so exiting there cuts
 * nothing short, and the exit code set by then (process.exitCode) is kept.
 */
function exitWhenIdle() {
    process.once("beforeExit", () => process.exit());
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ goHtmlEscape),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   DX: () => (/* binding */ clipLine),
/* harmony export */   EE: () => (/* binding */ messageLine),
/* harmony export */   di: () => (/* binding */ workflowLogText),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/**
 * Text that came from elsewhere (a server's names and messages, a person's input) made safe for
 * where it is shown: one function per target, each saying what that target would otherwise do
 * with it. Importable from every layer, like errors.ts.
 *
 * - a message line (errors, log lines): no line breaks, no terminal control sequences;
 * - a terminal (the CLI's output): control characters shown as `?`;
 * - a GitHub Actions log line: a message line that cannot start a workflow command (`::`);
 * - Markdown (job summaries): inline text and code spans, safe inside a table cell;
 * - JSON as Go writes it: HTML-significant characters escaped.
 */
/**
 * C0 controls (line breaks, ESC that starts an ANSI sequence), DEL, C1 controls (U+009B is a
 * one-character CSI on many terminals, U+0085 a line break) and the Unicode line and paragraph
 * separators.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * One line of a message. A line break in a name a server chose would let the server start a
 * line of its own in a CI log (a forged workflow command, a fake "signed" line); an ANSI escape
 * would let it recolour or erase what is shown. Each control character becomes a space.
 */
function messageLine(text) {
    return text.replace(CONTROL, " ");
}
/** Text for a terminal: each control character shown as `?`, so a removed byte stays visible. */
function terminalText(text) {
    return text.replace(CONTROL, "?");
}
/**
 * Text for a GitHub Actions log line (plain output or an annotation's message): one line, and
 * every `::` broken by a zero-width space, so that nothing in it reads as a workflow command
 * (`::add-mask::`, `::set-output::`, `::stop-commands::`) wherever the line is split.
 */
function workflowLogText(text) {
    return messageLine(text).replace(/::/g, ":\u200b:");
}
const MARKDOWN_ESCAPES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
/**
 * Inline Markdown text, also safe in a table cell: one line; HTML (`<`, `>`, `&`) as entities;
 * backslash, backtick, `*`, `[`, `]` and `|` backslash-escaped, so a name cannot open a code span,
 * emphasis, a link or an image, or end a table cell. Underscores stay: GitHub does not emphasise
 * inside a word, and names (`my_app`) are full of them.
 */
function markdownText(text) {
    return messageLine(text).replace(/[\\`*[\]|<>&]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`);
}
/**
 * A Markdown code span holding `text` verbatim, also safe in a table cell: one line, fenced by one
 * backtick more than the longest run of backticks inside, and `|` escaped (GitHub splits table
 * cells before it reads code spans; `\|` is its one escape that works inside them).
 */
function markdownCode(text) {
    const line = messageLine(text).replace(/\|/g, "\\|");
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return `${fence}${pad}${line}${pad}${fence}`;
}
/**
 * At most `max` characters of one line, runs of white space folded, `…` where it was cut. For
 * quoting a service's message inside one of ours.
 */
function clipLine(text, max) {
    const line = messageLine(text).replace(/\s+/g, " ").trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
const GO_HTML = /[<>&\u2028\u2029]/g;
/**
 * What Go's encoding/json does inside JSON strings and to a RawMessage it compacts: `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\u003c`…; JSON.stringify writes them as they are.
 */
function goHtmlEscape(json) {
    return json.replace(GO_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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

/***/ 3395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ describeWithFix),
/* harmony export */   JW: () => (/* binding */ fixHint),
/* harmony export */   MZ: () => (/* binding */ phrase),
/* harmony export */   PM: () => (/* binding */ step),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   XX: () => (/* binding */ render)
/* harmony export */ });
/* unused harmony export plain */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Words that depend on the front end. The action names inputs (`signer-key`), the CLI names flags
 * (`--signer-key FILE`); "run the renew action" and "run content-trust renew" are the same advice.
 * Code below the front ends never writes such a word itself: it writes a term (`setting`, `step`,
 * `phrase`), and each front end renders every line it prints with its own vocabulary.
 *
 * A term travels inside ordinary message strings (error messages, hints, warnings, verify results)
 * as a token between two private-use characters, so it survives every layer that passes text
 * along; `render` replaces it at the edge. Unknown tokens render as nothing.
 */

// Private-use characters around a term: a setting, a phrase, a step (with an optional subject).
const SETTING = "\uE000";
const PHRASE = "\uE002";
const STEP = "\uE003";
const SUBJECT = "\uE004";
const END = "\uE001";
const TOKEN = /([\uE000\uE002\uE003])([a-z-]+)(?:\uE004([^\uE000-\uE004]*))?\uE001/g;
/** A setting, as the front end names it (`signer-key` / `--signer-key FILE`). */
function setting(name) {
    return `${SETTING}${name}${END}`;
}
/** A next step (`a step with uses: …/renew` / `content-trust renew REPO`). */
function step(name, subject) {
    return `${STEP}${name}${subject === undefined ? "" : SUBJECT + subject.replace(/[\uE000-\uE004]/g, "")}${END}`;
}
function phrase(name) {
    return `${PHRASE}${name}${END}`;
}
/** Text with every term replaced by the vocabulary's words. */
function render(text, words) {
    return text.replace(TOKEN, (_all, kind, name, subject) => {
        if (kind === SETTING && Object.hasOwn(words.setting, name))
            return words.setting[name];
        if (kind === PHRASE && Object.hasOwn(words.phrase, name))
            return words.phrase[name];
        if (kind === STEP)
            return words.step(name, subject) ?? "";
        return "";
    });
}
/** The front end's hint for `err`, by its code; undefined when the error's own hint fits. */
function fixHint(err, fixes) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru) || !Object.hasOwn(fixes, err.code))
        return undefined;
    const host = (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP ? err.host : undefined) ?? "the server";
    return fixes[err.code]?.(host);
}
/** describeError with the front end's hint where it has one. */
function describeWithFix(err, fixes) {
    const hint = fixHint(err, fixes);
    return hint && err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? `${err.message}; ${hint}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
}
/** Text with its terms in their neutral form (the setting's name), for places no front end reads. */
function plain(text) {
    return text.replace(TOKEN, (_all, _kind, name, subject) => subject ? `${name} ${subject}` : name);
}


/***/ })

};
