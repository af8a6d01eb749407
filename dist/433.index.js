export const id = 433;
export const ids = [433];
export const modules = {

/***/ 3433:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exit.ts
var exit = __webpack_require__(3139);
// EXTERNAL MODULE: ./src/redaction.ts
var redaction = __webpack_require__(1066);
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
        "root-passphrase": "CONTENT_TRUST_ROOT_PASSPHRASE (or DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE or CONTENT_TRUST_PASSPHRASE: each one set is tried)",
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
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(672)]).then(__webpack_require__.bind(__webpack_require__, 3672));
        return { run: m.signCommand, help: m.SIGN_HELP };
    },
    inspect: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 1929));
        return { run: m.inspectCommand, help: m.INSPECT_HELP };
    },
    verify: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(257), __webpack_require__.e(852), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 8143));
        return { run: m.verifyCommand, help: m.VERIFY_HELP };
    },
    key: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(315), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(692), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 2105));
        return {
            run: m.keyCommand,
            help: m.KEY_HELP,
            sub: { inspect: m.KEY_INSPECT_HELP, "rotate-signer": m.ROTATE_SIGNER_HELP },
        };
    },
    init: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(315), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(661), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 9787));
        return { run: m.initCommand, help: m.INIT_HELP };
    },
    signer: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(315), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(692), __webpack_require__.e(661), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 7555));
        return { run: m.signerCommand, help: m.SIGNER_HELP, sub: { add: m.SIGNER_ADD_HELP, remove: m.SIGNER_REMOVE_HELP } };
    },
    revoke: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(315), __webpack_require__.e(488), __webpack_require__.e(899), __webpack_require__.e(529), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 8975));
        return { run: m.revokeCommand, help: m.REVOKE_HELP };
    },
    renew: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(315), __webpack_require__.e(488), __webpack_require__.e(529), __webpack_require__.e(455)]).then(__webpack_require__.bind(__webpack_require__, 5836));
        return { run: m.renewCommand, help: m.RENEW_HELP };
    },
    migrate: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(676), __webpack_require__.e(899), __webpack_require__.e(257), __webpack_require__.e(910), __webpack_require__.e(836)]).then(__webpack_require__.bind(__webpack_require__, 2836));
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
    const io = { ...rawIo, stdout: (t) => rawIo.stdout(words(t)), stderr: (t) => rawIo.stderr(words(t)) };
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
        rl.question(words(question), (answer) => {
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
        rl.question(words(question), (answer) => {
            resolve(answer);
            rl.close();
            output.write("\n");
        });
        rl.on("SIGINT", () => rl.close());
        // After an answer, closing is a no-op here.
        rl.on("close", () => reject(new errors/* TrustError */.Ru("CANCELLED", "cancelled at the prompt")));
    });
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The `content-trust` executable, loaded by its entry (index.ts) once the connections it opens
// early have started.







// A job cancelled or timed out by its CI system (SIGTERM; Ctrl-C is SIGINT) says so, and what it
// leaves behind: a publish that reached the server stands, and running the command again completes
// it (it publishes what is missing, or nothing). The exit code is the shell's for the signal.
// Every command publishes but these (`key` only with rotate-signer).
const READING = new Set(["inspect", "verify"]);
for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
        // Only a command's name is repeated, never another argument (it could be anything).
        const given = process.argv[2] ?? "";
        const command = isCommand(given) ? given : "";
        const publishes = command !== "" && !READING.has(command) && (command !== "key" || process.argv[3] === "rotate-signer");
        const after = publishes ? "; what it published before stands, and running the same command again completes it" : "";
        process.stderr.write(`content-trust${command ? ` ${command}` : ""}: stopped by ${signal} before it finished${after}\n`);
        process.exit(128 + (external_node_os_default()).constants.signals[signal]);
    });
}
let settled = false;
(0,exit/* failIfUnsettled */.G)(() => settled, () => process.stderr.write(words("content-trust: the command ended without a result (a bug): the run failed; run it again, and report it if it repeats\n")));
const promptSecret = terminalPrompt();
const run_confirm = terminalConfirm();
const stdout = writerOf(process.stdout);
// What a server or a setting said, quoted in a message, goes out without the run's secrets.
const stderr = writerOf(process.stderr, redaction/* redactSecrets */.fp);
void main(process.argv.slice(2), {
    env: process.env,
    stdout,
    stderr,
    cwd: process.cwd(),
    stderrIsTerminal: Boolean(process.stderr.isTTY) && !process.env.CI,
    columns: process.stderr.columns || 80,
    ...(promptSecret ? { promptSecret } : {}),
    ...(run_confirm ? { confirm: run_confirm } : {}),
})
    .then((code) => {
    process.exitCode = code;
}, (err) => {
    stderr(words(`content-trust: ${(0,errors/* describeError */.Uc)(err)}\n`));
    process.exitCode = 1;
})
    .then(() => {
    settled = true;
    // The command's work is done and awaited: whatever is still open was given up on (exit.ts).
    return (0,exit/* exitOnceWritten */.B)();
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
