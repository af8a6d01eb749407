export const id = 836;
export const ids = [836];
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

/***/ 2836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MIGRATE_HELP: () => (/* binding */ MIGRATE_HELP),
/* harmony export */   migrateCommand: () => (/* binding */ migrateCommand),
/* harmony export */   progressPrinter: () => (/* binding */ progressPrinter)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2187);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _workflows_first_use_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9422);
/* harmony import */ var _report_migrate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4807);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7488);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4968);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6719);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5377);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5968);
/* harmony import */ var _workflows_runtime_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9706);












const MIGRATE_HELP = `Usage: content-trust migrate REPOSITORY [flags]

Backfills cosign signatures: every tag released in Notary whose trust verifies (as verify
checks it) gets a cosign signature by this key for its digest, stored as cosign stores it
(REPOSITORY:sha256-<hex>.sig). Each digest is signed once; digests already signed by this key
are left alone, so running it again writes nothing and a stopped run can simply be restarted.
Nothing is written for a tag whose Notary trust does not verify.

Flags:
  --signer-key FILE         private key file (the Notary signer key)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --aws-region REGION       region of the KMS key when it is not an ARN
  --signers LIST            signers that must each hold a tag for it to count as verified
  --concurrency N           digests handled at once (default 4, at most 16)
  --max-writes N            stop after writing N signatures (run again to go on)
  --dry-run                 check and report; write nothing
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
${_common_js__WEBPACK_IMPORTED_MODULE_8__/* .CONNECTION_HELP */ .Xf}
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else a prompt on a
terminal.
${_common_js__WEBPACK_IMPORTED_MODULE_8__/* .CONNECTION_NOTES */ .Pk}`;
async function migrateCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .MIGRATE_FLAGS */ .av);
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("migrate takes exactly one REPOSITORY", {
            hint: "content-trust migrate registry.example/app --signer-key key.pem",
        });
    (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(positionals[0]));
    const keyFile = values["signer-key"];
    if (!keyFile && !values["aws-kms-key"])
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("migrate needs --signer-key FILE or --aws-kms-key KEY");
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`--concurrency ${values.concurrency} is not a number from 1 to 16`);
    const maxWrites = values["max-writes"] === undefined ? undefined : Number(values["max-writes"]);
    if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`--max-writes ${values["max-writes"]} is not a whole number`);
    const signerKey = keyFile ? await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseFor */ .qy)(signerKey, io) : undefined;
    const conn = await (0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .connectionOptions */ .HZ)(values, io);
    const progress = progressPrinter(io);
    const result = await (0,_workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_4__/* .runMigrate */ .f)({
        ...conn,
        repository: positionals[0],
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
        ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
        signers: (values.signers ?? []).flatMap(_settings_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .splitList */ .r),
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_8__/* .rootKeyIdsOption */ .nM)(values["root-key-id"]),
        ...(values["dry-run"] ? { dryRun: true } : {}),
        ...(concurrency ? { concurrency } : {}),
        ...(maxWrites !== undefined ? { maxWrites } : {}),
        requireRootPin: values["require-root-pin"] ?? false,
        pinNames: _workflows_first_use_js__WEBPACK_IMPORTED_MODULE_1__/* .PIN_FLAGS */ ._,
        trustDir: values["trust-dir"] ?? `${(0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .dockerConfigDir */ .kG)(io.env)}/trust`,
    }, { onProgress: progress.update, runtime: (0,_workflows_runtime_js__WEBPACK_IMPORTED_MODULE_10__/* .createRuntime */ .x)({ warn: (m) => io.stderr(`warning: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g$)(m)}\n`) }) });
    progress.end();
    if (values.json) {
        const { trustedRoot: _root, versions: _v, ...rest } = result;
        io.stdout(JSON.stringify(rest, null, 2) + "\n");
    }
    else {
        const c = result.counts;
        io.stdout(`${result.gun}: ${result.rows.length} tag(s), ${result.digests} digest(s): ${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMigrateCounts */ .HC)(c)}\n\n`);
        io.stdout((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(["TAG", "DIGEST", "COSIGN SIGNATURE", "WHY"], result.rows.map((r) => [
            r.tag,
            r.digest ? `${(0,_digest_js__WEBPACK_IMPORTED_MODULE_11__/* .shortDigest */ .VK)(r.digest)}…` : "",
            _report_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATE_STATUS_LABELS */ .py[r.status],
            r.reason ?? "",
        ])));
        io.stdout(`\n${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .formatVerifierConfigs */ .p1)(result.verifiers)}\n`);
    }
    return result.counts.failed > 0 ? 1 : 0;
}
/** A bar redrawn in place on a terminal; one line per digest otherwise (CI logs). */
function progressPrinter(io) {
    let drawn = false;
    return {
        update(p) {
            if (io.stderrIsTerminal) {
                const width = 30;
                const filled = Math.round((p.done / Math.max(1, p.total)) * width);
                io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${p.done}/${p.total} ${_report_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATE_STATUS_LABELS */ .py[p.status]}${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .migratePace */ .Ri)(p)}`.padEnd(100));
                drawn = true;
            }
            else {
                io.stderr(`${(0,_report_migrate_js__WEBPACK_IMPORTED_MODULE_2__/* .migrateProgressLine */ .Vl)(p, `${(0,_digest_js__WEBPACK_IMPORTED_MODULE_11__/* .shortDigest */ .VK)(p.digest)}…`, _format_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g$)}\n`);
            }
        },
        end() {
            if (drawn)
                io.stderr("\n");
        },
    };
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
