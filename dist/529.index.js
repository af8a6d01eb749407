export const id = 529;
export const ids = [529];
export const modules = {

/***/ 2233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ rotationJson),
/* harmony export */   GK: () => (/* binding */ formatInit),
/* harmony export */   Jh: () => (/* binding */ formatRenew),
/* harmony export */   VE: () => (/* binding */ revokeJson),
/* harmony export */   Vq: () => (/* binding */ signerChangeJson),
/* harmony export */   a4: () => (/* binding */ formatRevoke),
/* harmony export */   fn: () => (/* binding */ initJson),
/* harmony export */   mg: () => (/* binding */ formatRotation),
/* harmony export */   uS: () => (/* binding */ formatSignerChange),
/* harmony export */   wZ: () => (/* binding */ renewJson)
/* harmony export */ });
/* harmony import */ var _report_renew_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5959);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6719);


// Warnings are not repeated here: they were printed on stderr as they came, once each (--json keeps them).
const versions = (r, roles) => roles.map((role) => `${role} v${r.set.targets.get(role)?.signed.version ?? "?"}`).join(", ");
function initJson(r) {
    return {
        gun: r.gun,
        rootKeyId: r.rootKeyId,
        rootCanonicalKeyId: r.rootCanonicalKeyId,
        repositoryKeyId: r.targetsKeyId,
        snapshotKeyId: r.snapshotKeyId,
        timestampKeyId: r.timestampKeyId,
        keyFiles: r.written.map((k) => ({ role: k.role, keyId: k.keyId, file: k.fileName })),
    };
}
function formatInit(r, gun, keyDir) {
    const rows = [
        ["Root", r.rootKeyId, r.written.find((k) => k.role === "root")?.fileName ?? "(given)"],
        ["Repository", r.targetsKeyId, r.written.find((k) => k.role === "targets")?.fileName ?? "(given)"],
        ["Snapshot", r.snapshotKeyId, "(held by the server)"],
        ["Timestamp", r.timestampKeyId, "(held by the server)"],
    ];
    return `Created ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(gun)}\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["KEY", "ID", "KEY FILE"], rows)}\n${r.written.length
        ? `Back up the key files in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(keyDir ?? "the key directory")}: without the root key the repository cannot be repaired.\n`
        : ""}`;
}
function signerChangeJson(r) {
    return {
        gun: r.gun,
        signer: r.name,
        keyIds: r.keyIds,
        published: r.published,
        targetsVersion: r.targetsVersion,
        unreleased: r.unreleased,
        warnings: r.warnings,
    };
}
function formatSignerChange(action, r) {
    const head = action === "add"
        ? r.published
            ? `Added signer ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.name)} to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)} with key ${r.keyIds.join(", ")} (targets v${r.targetsVersion})\n`
            : `Signer ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.name)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)} already has key ${r.keyIds.join(", ")}: nothing published\n`
        : r.published
            ? `Removed signer ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.name)} from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)} (targets v${r.targetsVersion})\n`
            : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.name)} is no longer a signer of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)} (an earlier change removed it): nothing published\n`;
    const lost = r.unreleased.length
        ? `No longer verifying: ${r.unreleased.map((t) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(t.tag)).join(", ")}\n`
        : "";
    return head + lost;
}
function revokeJson(r) {
    return {
        gun: r.gun,
        tag: r.tag,
        removedFrom: r.removedFrom,
        heldBy: r.heldBy,
        stillReleasedBy: r.stillReleasedBy ?? null,
        published: r.published,
        cosign: r.cosign.map((c) => ({
            digest: c.digest,
            reference: c.reference,
            ours: c.ours ?? null,
            others: c.others ?? null,
            ...(c.error ? { error: c.error.code } : {}),
        })),
        warnings: r.warnings,
    };
}
function formatRevoke(r) {
    if (r.removedFrom.length)
        return `Revoked ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)}:${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.tag)} from ${versions(r, r.removedFrom)}\n`;
    // Still released by a role the key cannot sign: the error that follows says which.
    if (r.stillReleasedBy)
        return "";
    return r.heldBy.length
        ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)}:${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.tag)} is not released: nothing to revoke (still listed by ${r.heldBy.map(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$).join(", ")}, which docker pull does not trust)\n`
        : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)}:${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.tag)} is not signed: nothing to revoke\n`;
}
function renewJson(r) {
    return {
        gun: r.gun,
        renewed: r.renewed,
        witnessed: r.witnessed,
        unconfirmed: r.unconfirmed,
        notRenewed: r.notRenewed,
        published: r.published,
        warnings: r.warnings,
    };
}
function formatRenew(r) {
    const witnessed = r.witnessed
        .map((w) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(`Witnessed ${w.role} of ${r.gun}: ${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_1__/* .witnessedText */ .EM)(w)}`) + "\n")
        .join("");
    // Each role named to witness without its content confirmed: every target it holds, in full, and
    // the digest that confirms it (the run then fails, having published nothing).
    const unconfirmed = r.unconfirmed
        .map((u) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(`${u.role} of ${r.gun} ${(0,_report_renew_js__WEBPACK_IMPORTED_MODULE_1__/* .unconfirmedText */ .Wc)(u)}`)}\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["TAG", "DIGEST"], u.targets.map((t) => [t.tag, (0,_report_renew_js__WEBPACK_IMPORTED_MODULE_1__/* .targetDigestText */ .Z7)(t)]))}\nTo witness this content: --witness ${u.role}@${u.fileDigest}\n`)
        .join("\n");
    if (unconfirmed)
        return unconfirmed;
    const head = r.renewed.length
        ? `Renewed ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)}\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["ROLE", "NEW VERSION", "PREVIOUS EXPIRY", "EXPIRES AT"], r.renewed.map((x) => [x.role, String(x.version), x.previousExpires, x.expires]))}`
        : witnessed
            ? ""
            : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)}: nothing that the signing keys can sign needs renewing\n`;
    const left = r.notRenewed.length
        ? `\nNot renewed:\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["ROLE", "EXPIRES AT"], r.notRenewed.map((x) => [x.role, (0,_report_renew_js__WEBPACK_IMPORTED_MODULE_1__/* .notRenewedExpiry */ .d_)(x)]))}`
        : "";
    return witnessed + head + left;
}
function rotationJson(r) {
    return {
        gun: r.gun,
        signer: r.name,
        replaced: r.replaced,
        newKeyId: r.newKeyId,
        roles: r.roles,
        published: r.published,
        warnings: r.warnings,
    };
}
function formatRotation(r) {
    const head = r.published
        ? `Rotated signer ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.name)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)} to key ${r.newKeyId}${r.replaced.length ? ` (replaced ${r.replaced.join(", ")})` : ""}\nPublished: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n`
        : `Signer ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.name)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(r.gun)} already signs with key ${r.newKeyId} alone: nothing published\n`;
    return head;
}


/***/ }),

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

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ witnessedText),
/* harmony export */   Wc: () => (/* binding */ unconfirmedText),
/* harmony export */   Z7: () => (/* binding */ targetDigestText),
/* harmony export */   d_: () => (/* binding */ notRenewedExpiry)
/* harmony export */ });
/** When a role left unrenewed expires: its time, or why it is unknown. */
function notRenewedExpiry(r) {
    return r.untrusted ? `unknown: it cannot be verified (${r.untrusted})` : r.expires;
}
/** `v9, its 3 target(s) (v1, v2, v3) now signed by key …`: a role witnessed. */
function witnessedText(w) {
    const more = w.targets > w.firstTargets.length ? ", …" : "";
    return `v${w.version}, its ${w.targets} target(s) (${w.firstTargets.join(", ")}${more}) now signed by key ${w.signedBy} (before only by removed key(s) ${w.signedBefore.join(", ")})`;
}
/** `v3 (expires …), signed only by removed key(s) …: …`: a role named to witness, not confirmed. */
function unconfirmedText(u) {
    return `v${u.version} (${u.expired ? "expired" : "expires"} ${u.expires}), signed only by removed key(s) ${u.signedBefore.join(", ")}: a witness re-signs these ${u.targets.length} target(s) as they are`;
}
/** A target's digest as listed for a witness to check; a target without a sha256 says so. */
function targetDigestText(t) {
    return t.digest || "(no sha256)";
}


/***/ })

};
