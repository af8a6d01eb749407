export const id = 143;
export const ids = [143];
export const modules = {

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

/***/ 8143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_HELP: () => (/* binding */ VERIFY_HELP),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/digest.ts
var digest = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: ./src/workflows/run-verify.ts + 3 modules
var run_verify = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/workflows/verify-accept.ts
var verify_accept = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/settings/lists.ts
var lists = __webpack_require__(7488);
// EXTERNAL MODULE: ./src/settings/values.ts
var settings_values = __webpack_require__(535);
// EXTERNAL MODULE: ./src/dockerfile/discovery.ts
var discovery = __webpack_require__(2516);
// EXTERNAL MODULE: ./src/workflows/verify-policy.ts
var verify_policy = __webpack_require__(5276);
// EXTERNAL MODULE: ./src/report/verify.ts
var verify = __webpack_require__(8325);
// EXTERNAL MODULE: ./src/cli/format.ts
var format = __webpack_require__(6719);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * Progress on stderr while a command works: on a terminal, one live line rewritten in place; in
 * CI or when stderr is not a terminal, plain lines, one per event. Results still go to stdout.
 */

function progressOn(io) {
    if (!io.stderrIsTerminal)
        return { line: (t) => io.stderr(`${(0,format/* printable */.g$)(t)}\n`), done: () => { } };
    let live = false;
    const width = Math.max(20, (io.columns ?? 80) - 1);
    return {
        line(text) {
            const t = (0,format/* printable */.g$)(text);
            io.stderr(`\r\x1b[K${t.length > width ? `${t.slice(0, width - 1)}…` : t}`);
            live = true;
        },
        done() {
            if (live)
                io.stderr("\r\x1b[K");
            live = false;
        },
    };
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/commands/common.ts
var common = __webpack_require__(5968);
// EXTERNAL MODULE: ./src/workflows/runtime.ts
var runtime = __webpack_require__(9706);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts


















const VERIFY_HELP = `Usage: content-trust verify [IMAGE...] [--dockerfile FILE...] [flags]

Checks that images (given, or the FROM lines of Dockerfiles) are signed as the policy requires.
Exit code 1 when any image fails.

Flags:
  --dockerfile PATH         Dockerfile path or glob (repeatable)
  --build-arg NAME=VALUE    ARG override for the Dockerfiles (repeatable)
  --signers LIST            signers that must each have signed the tag with the same digest
  --allow-unsigned PATTERN  repositories allowed without trust data (repeatable; * and **)
  --notary-servers LIST     registry-host=url lines for images from several registries
  --root-key-id PIN         repository=keyid, or one key ID for all (repeatable)
  --pin                     write the verified digests into the Dockerfiles
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --accept MODE             notary (default), cosign, any or all; or pattern=mode (repeatable)
  --cosign-key FILE|ARN     public key PEM file, or AWS KMS key ARN, for cosign signatures
${common/* CONNECTION_HELP */.Xf.split("\n")
    .filter((l) => !l.includes("--root-key-id"))
    .join("\n")}
  --json                    print the result as JSON
  --markdown                print the result as a Markdown table
${common/* CONNECTION_NOTES */.Pk}`;
/** What the RESULT column says: an image let through unchecked never reads as passed. */
const VERDICT = { passed: "ok", allowed: "not checked", failed: "FAIL" };
async function verifyCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseFlags */.bQ)(args, flags/* VERIFY_FLAGS */.Oi);
    if (positionals.length === 0 && !values.dockerfile?.length)
        throw new cli_args/* CommandLineError */.Ox("verify needs IMAGE arguments or --dockerfile");
    const accept = (0,cli_args/* flagValue */.y6)(() => (0,verify_accept/* parseAccept */.cN)(values.accept ?? [], "--accept"));
    const keyArg = values["cosign-key"];
    (0,cli_args/* flagValue */.y6)(() => (0,verify_accept/* requireCosignKey */.Ig)(accept, keyArg !== undefined));
    const signers = (values.signers ?? []).flatMap(lists/* splitList */.r);
    (0,cli_args/* flagValue */.y6)(() => (0,verify_accept/* refuseSignersWithCosign */.Nf)(accept, signers));
    const allowUnsigned = (0,cli_args/* flagValue */.y6)(() => (0,verify_policy/* parseAllowUnsigned */.Ai)(values["allow-unsigned"]));
    // Paths and globs are resolved now: a Dockerfile that is not there is a mistake in the command.
    const dockerfiles = await (0,cli_args/* flagFiles */.c0)(() => (0,discovery/* findDockerfiles */.v)(values.dockerfile ?? [], io.cwd));
    if (keyArg !== undefined && (0,settings_values/* isKmsKeyName */.ES)(keyArg) && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(io.cwd, keyArg)))
        throw new cli_args/* CommandLineError */.Ox(`--cosign-key ${keyArg} is no file; an AWS KMS key is given by its ARN here`, {
            hint: `--cosign-key ${(0,settings_values/* kmsArnShape */.I0)(keyArg)}`,
        });
    const cosignKey = keyArg === undefined
        ? undefined
        : keyArg.startsWith("arn:")
            ? keyArg
            : await (0,cli_io/* readInputFile */.jH)(keyArg, "cosign key", io.cwd);
    // A file that holds no usable public key (a private key, say) is a mistake in the command.
    if (cosignKey !== undefined && !keyArg.startsWith("arn:")) {
        const { parseCosignPemKeys } = await Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(540)]).then(__webpack_require__.bind(__webpack_require__, 3540));
        (0,cli_args/* flagValue */.y6)(() => parseCosignPemKeys(cosignKey, "--cosign-key"));
    }
    const { notaryServer, ...conn } = await (0,common/* connectionOptions */.HZ)(withoutRootPins(values), io);
    const progress = progressOn(io);
    let finished = 0;
    const warned = new Set();
    const run = await (0,run_verify/* runVerify */.R)({
        ...conn,
        ...(notaryServer ? { notaryServer } : {}),
        images: positionals.join("\n"),
        dockerfiles: dockerfiles.join("\n"),
        buildArgs: (0,cli_args/* flagValue */.y6)(() => (0,verify_policy/* parseBuildArgs */.NQ)(values["build-arg"] ?? [])),
        cwd: io.cwd,
        notaryServers: (0,cli_args/* flagValue */.y6)(() => (0,verify_policy/* parseNotaryServers */.bI)((0,lists/* splitList */.r)(values["notary-servers"]))),
        signers,
        rootKeyPins: (0,cli_args/* flagValue */.y6)(() => (0,verify_policy/* parseRootKeyPins */.$o)(values["root-key-id"] ?? [])),
        allowUnsigned,
        pin: values.pin ?? false,
        accept,
        ...(cosignKey ? { cosignKey, cosignKeyName: "--cosign-key" } : {}),
        trustDir: values["trust-dir"] ?? `${(0,cli_io/* dockerConfigDir */.kG)(io.env)}/trust`,
        requireRootPin: values["require-root-pin"] ?? false,
        pinNames: first_use/* PIN_FLAGS */._,
    }, {
        runtime: (0,runtime/* createRuntime */.x)({
            log: (m) => progress.line(m),
            warn: (m) => {
                if (warned.has(m))
                    return;
                warned.add(m);
                progress.done();
                io.stderr(`warning: ${(0,format/* printable */.g$)(m)}\n`);
            },
        }),
        onResult: (r) => progress.line(`[${++finished}] ${VERDICT[(0,verify/* verdictOf */.Vj)(r)]} ${r.reference}${r.file ? ` (${r.file}:${r.line})` : ""}${r.passed ? "" : `: ${r.reason}`}`),
    });
    progress.done();
    for (const { file, outcome } of run.pinned)
        for (const u of outcome.unpinned)
            io.stderr(`warning: not pinned ${file}:${u.line}: ${(0,format/* printable */.g$)(u.reason)}\n`);
    if (values.json)
        io.stdout((0,verify/* verifyOutputs */.ce)(run.results).result + "\n");
    else if (values.markdown)
        io.stdout((0,verify/* summaryTable */.jb)(run.results) + "\n");
    else if (run.results.length) {
        const rows = run.results.map((r) => [
            VERDICT[(0,verify/* verdictOf */.Vj)(r)],
            r.file ? `${r.reference} (${r.file}:${r.line})` : r.reference,
            r.digest ? (0,digest/* shortDigest */.VK)(r.digest) + "…" : "",
            r.accepted ? `${r.signers.join(", ")}${r.signers.length ? " " : ""}[${r.accepted}]` : r.signers.join(", "),
            r.reason === "OK" ? "" : (0,verify/* detailOf */.Rw)(r),
        ]);
        io.stdout((0,format/* table */.tp)(["RESULT", "IMAGE", "DIGEST", "SIGNERS", "REASON"], rows));
        for (const { file, outcome } of run.pinned)
            for (const p of outcome.pinned)
                io.stdout(`pinned ${file}:${p.line}: ${p.to}\n`);
    }
    return run.passed ? 0 : 1;
}
/** Verify's --root-key-id takes repository=keyid lines, not the shared flag's key IDs: never passed on. */
function withoutRootPins(values) {
    const { "root-key-id": _pins, ...rest } = values;
    return rest;
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


/***/ })

};
