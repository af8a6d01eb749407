export const id = 488;
export const ids = [488];
export const modules = {

/***/ 9816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r_: () => (/* binding */ KeyDirectory),
  po: () => (/* binding */ keyFileName)
});

// UNUSED EXPORTS: keyFileHeaders

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bounded-file.ts
var bounded_file = __webpack_require__(2717);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/signers/key-file.ts + 1 modules
var key_file = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/signers/pbes2.ts
var pbes2 = __webpack_require__(2003);
// EXTERNAL MODULE: ./src/codec/der.ts
var der = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/codec/pem.ts
var pem = __webpack_require__(1588);
// EXTERNAL MODULE: ./src/signers/pkcs8.ts
var pkcs8 = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/signers/key-file-writer.ts
/**
 * Writes private key files exactly as Docker and the notary CLI do (trustmanager/keystore.go,
 * tuf/utils/x509.go ConvertPrivateKeyToPKCS8): PEM `ENCRYPTED PRIVATE KEY` (or `PRIVATE KEY` with no
 * passphrase), headers `gun:` then `role:` (Go sorts them), a blank line, base64 in 64-character
 * lines. Store the result as `<keyId>.key` (mode 0600) in `~/.docker/trust/private/`.
 */







const REPOSITORY_ROLES = new Set(["targets", "snapshot", "timestamp"]);
/** The text of a key file for a private ECDSA (P-256/384/521), RSA or Ed25519 key. */
function encodePrivateKeyFile(source, options) {
    const key = source instanceof external_node_crypto_.KeyObject ? source : source.keyObject;
    if (key.type !== "private")
        throw new errors/* UsageError */.eb("a private key is required to write a key file");
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(key);
    if (reason)
        throw new errors/* UsageError */.eb(reason);
    const { role, gun, passphrase } = options;
    if (!role || /[\r\n]/.test(role))
        throw new errors/* UsageError */.eb("key file role must be a non-empty single line");
    if (gun !== undefined && gun !== "") {
        if (!REPOSITORY_ROLES.has(role)) {
            throw new errors/* UsageError */.eb(`a ${role} key is not tied to a repository; write it without gun`);
        }
        if (/[\r\n]/.test(gun))
            throw new errors/* UsageError */.eb("key file gun must be a single line");
    }
    const headers = { role, ...(gun ? { gun } : {}) };
    let plain;
    try {
        plain = (0,pkcs8/* encodeNotaryPkcs8 */.p7)(key);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(err instanceof der/* EncodingError */.Ug ? err.message : "cannot encode the key");
    }
    try {
        if (!passphrase)
            return (0,pem/* encodePem */.T)({ type: "PRIVATE KEY", headers, bytes: plain });
        return (0,pem/* encodePem */.T)({ type: "ENCRYPTED PRIVATE KEY", headers, bytes: (0,pbes2/* encryptPkcs8 */.t3)(plain, passphrase) });
    }
    finally {
        plain.fill(0);
    }
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/signers/key-directory.ts
/**
 * A directory of private key files as Docker and notary keep them (`~/.docker/trust/private`,
 * trustmanager/keystore.go, storage/filestore.go): one file per key, named by the key's canonical
 * ID plus `.key`, mode 0600 in a 0700 directory, encrypted PKCS#8 with `role:` (and `gun:` for
 * repository keys) PEM headers. Keys are found by ID, so `docker trust`, `notary` and this tool can
 * share one directory. Messages name keys by ID, never by the directory's path.
 */











const MAX_KEY_FILE_BYTES = 64 * 1024;
/** `<canonical key id>.key`; refuses anything that is not a 64-digit hex ID. */
function keyFileName(canonicalKeyId) {
    if (!(0,keys/* isKeyId */.rZ)(canonicalKeyId))
        throw new errors/* UsageError */.eb(`key ID ${JSON.stringify(canonicalKeyId.slice(0, 80))} is not 64 hex digits`);
    return `${canonicalKeyId}.key`;
}
/** The `role:` and `gun:` headers of a key file, without decrypting it. */
function keyFileHeaders(text) {
    try {
        const block = (0,pem/* decodePemBlocks */.v)(text).find((b) => /PRIVATE KEY$/.test(b.type));
        const role = block?.headers["role"];
        const gun = block?.headers["gun"];
        return { ...(role ? { role } : {}), ...(gun ? { gun } : {}) };
    }
    catch {
        return {};
    }
}
function isEncryptedKeyFile(text) {
    return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}
class KeyDirectory {
    #dir;
    #loaded = new Map();
    constructor(dir) {
        this.#dir = dir;
    }
    /** The text of `<id>.key`, or undefined when the directory has no such file. */
    async read(canonicalKeyId) {
        const file = external_node_path_default().join(this.#dir, keyFileName(canonicalKeyId));
        try {
            const read = await (0,bounded_file/* readFileAtMost */.n)(file, MAX_KEY_FILE_BYTES);
            if (read.tooLarge)
                throw new errors/* UsageError */.eb(`key file ${(0,keys/* shortId */.m_)(canonicalKeyId)}.key is larger than ${MAX_KEY_FILE_BYTES} bytes`);
            return read.bytes.toString("utf8");
        }
        catch (err) {
            const code = err.code;
            if (code === "ENOENT" || code === "ENOTDIR")
                return undefined;
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            throw new errors/* UsageError */.eb(`cannot read key file ${(0,keys/* shortId */.m_)(canonicalKeyId)}.key in the key directory: ${code ?? "error"}`);
        }
    }
    /** Whether the directory holds `<id>.key`. */
    async has(canonicalKeyId) {
        return (await this.read(canonicalKeyId)) !== undefined;
    }
    /**
     * The private key of `<id>.key`, or undefined when there is no such file. The passphrase is asked
     * for only when the file is encrypted; the key inside must have the ID the file is named by.
     */
    async load(canonicalKeyId, passphrase) {
        const cached = this.#loaded.get(canonicalKeyId);
        if (cached)
            return cached;
        const text = await this.read(canonicalKeyId);
        if (text === undefined)
            return undefined;
        const secret = isEncryptedKeyFile(text)
            ? await passphrase({ keyId: canonicalKeyId, ...keyFileHeaders(text) })
            : undefined;
        const key = loadWithAny(text, typeof secret === "string" || secret === undefined ? [secret] : secret);
        if (key.keyId !== canonicalKeyId) {
            throw new errors/* UsageError */.eb(`key file ${(0,keys/* shortId */.m_)(canonicalKeyId)}.key holds key ${(0,keys/* shortId */.m_)(key.keyId)}, not the key it is named after`, {
                hint: "rename or remove the file; Docker and notary find keys by the ID in the file name",
            });
        }
        this.#loaded.set(canonicalKeyId, key);
        return key;
    }
    /** Writes a private key as `<canonical id>.key` (0600), refusing to replace a different file. */
    async write(privateKey, options) {
        if (!options.passphrase)
            throw new errors/* UsageError */.eb("new keys are always encrypted: the passphrase is empty", {
                hint: `give a passphrase in ${(0,wording/* setting */.Pe)("signer-key-passphrase")}`,
            });
        const text = encodePrivateKeyFile(privateKey, {
            role: options.role,
            ...(options.gun ? { gun: options.gun } : {}),
            passphrase: options.passphrase,
        });
        const key = (0,key_file.loadPrivateKey)(text, options.passphrase);
        const fileName = keyFileName(key.keyId);
        await (0,promises_.mkdir)(this.#dir, { recursive: true, mode: 0o700 });
        let handle;
        try {
            handle = await (0,promises_.open)(external_node_path_default().join(this.#dir, fileName), "wx", 0o600);
        }
        catch (err) {
            const code = err.code;
            if (code === "EEXIST")
                throw new errors/* UsageError */.eb(`the key directory already holds ${(0,keys/* shortId */.m_)(key.keyId)}.key; refusing to overwrite it`);
            throw new errors/* UsageError */.eb(`cannot write key file ${(0,keys/* shortId */.m_)(key.keyId)}.key in the key directory: ${code ?? "error"}`, {
                hint: `check that the key directory (${(0,wording/* setting */.Pe)("key-dir")}) is writable`,
            });
        }
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.chmod)(external_node_path_default().join(this.#dir, fileName), 0o600);
        this.#loaded.set(key.keyId, key);
        return { key, keyId: key.keyId, fileName };
    }
    /** Generates an ECDSA P-256 key (the only kind Docker and notary generate) and writes it. */
    async generate(options) {
        const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)("ec", { namedCurve: "P-256" });
        return this.write(privateKey, options);
    }
}
/**
 * The key of `text`, decrypted with the first of `passphrases` that is not wrong; the last one's
 * error when none is right (what a single passphrase reports).
 */
function loadWithAny(text, passphrases) {
    const candidates = passphrases.length > 0 ? passphrases : [undefined];
    for (const [i, passphrase] of candidates.entries()) {
        try {
            return (0,key_file.loadPrivateKey)(text, passphrase);
        }
        catch (err) {
            if (!(err instanceof pbes2/* WrongPassphraseError */.iA) || i === candidates.length - 1)
                throw err;
        }
    }
    throw new Error("unreachable: the last candidate returns or throws");
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
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
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
        .map(({ role, env }) => ({
        role,
        expiresAt: env.expiresAt,
        version: env.signed.version,
        expired: env.expiresAt <= now,
    }))
        .sort((a, b) => a.expiresAt - b.expiresAt || (a.role < b.role ? -1 : 1));
}
/** `12 days`, `5 months`, `3 hours`: a rough human distance for messages. */
function describeDistance(ms) {
    const abs = Math.abs(ms);
    const hours = abs / 3600_000;
    const days = hours / 24;
    const [n, unit] = days >= 60
        ? [Math.floor(days / 30), "month"]
        : days >= 2
            ? [Math.floor(days), "day"]
            : [Math.max(1, Math.floor(hours)), "hour"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/** One line per role: `targets/releases of GUN expires at …Z (in 12 days); renew it with: …`. */
function expiryWarning(gun, e, now, advice) {
    const when = e.expired
        ? `expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (${describeDistance(now - e.expiresAt)} ago)`
        : `expires at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (in ${describeDistance(e.expiresAt - now)})`;
    const hint = advice ??
        (e.role === "root"
            ? "renew root with its root key: notary key rotate " + gun + " root"
            : `renew it with: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)("renew", gun)}${e.role === "targets" ? " (with the targets key)" : ""}`);
    return `${e.role} of ${gun} ${when}; ${hint}`;
}


/***/ }),

/***/ 3043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ createKeyring),
/* harmony export */   W: () => (/* reexport safe */ _tuf_signer_js__WEBPACK_IMPORTED_MODULE_1__.W)
/* harmony export */ });
/* harmony import */ var _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(326);
/* harmony import */ var _tuf_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2581);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);




function createKeyring(options) {
    const explicit = (options.signers ?? []).map((s) => ({ signer: s, canonical: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(s.publicKey) }));
    const directory = options.directory;
    const passphrase = options.passphrase ?? (async () => undefined);
    const sources = [...explicit.map((e) => `the given key ${(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(e.canonical)}`), ...(directory ? ["the key directory"] : [])].join(" and ") || "no keys";
    return {
        sources,
        async signerFor(keys) {
            const listed = [...keys].map(([id, key]) => ({ id, key, canonical: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .listedCanonicalKeyId */ .ov)(key) }));
            for (const { id, key, canonical } of listed) {
                const hit = explicit.find((e) => e.canonical === canonical);
                if (hit)
                    return (0,_tuf_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .listedAs */ .W)(hit.signer, id, key);
            }
            if (!directory)
                return undefined;
            for (const { id, key, canonical } of listed) {
                if (!canonical)
                    continue;
                const loaded = await directory.load(canonical, passphrase);
                if (loaded)
                    return (0,_tuf_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .listedAs */ .W)(new _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyFileSigner */ .Q(loaded), id, key);
            }
            return undefined;
        },
    };
}


/***/ }),

/***/ 6322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ withAdminSession)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9310);
/* harmony import */ var _signers_key_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9816);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6578);
/* harmony import */ var _first_use_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9422);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3043);
/**
 * What every admin command sets up from a typed configuration (CLI flags or action inputs): the
 * repository, the Notary connection, the keys to sign with, and the trusted root kept between runs.
 * Signing keys are the ones given (a key file, an AWS KMS key); the key directory is searched by
 * key ID when none is given, or always when asked, as Docker searches `~/.docker/trust/private`.
 */





/**
 * A run (see compose.ts) with the keyring admin commands sign with: the keys given, else (or also, when asked)
 * the key directory.
 */
async function openAdminSession(config, hooks = {}, options = {}) {
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepository */ .SU)(config.repository, options.allowTag);
    // Every admin command publishes what it changes.
    const run = await (0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .openRun */ .Iy)(ref, config, hooks, { pushFromStart: true });
    const { signers } = run;
    const directory = config.keyDir ? new _signers_key_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyDirectory */ .r_(config.keyDir) : undefined;
    const searchDirectory = directory && (signers.length === 0 || config.searchKeyDir);
    const keyring = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .createKeyring */ .M)({
        signers,
        ...(searchDirectory ? { directory } : {}),
        ...(hooks.passphrase ? { passphrase: hooks.passphrase } : {}),
    });
    return {
        ref,
        gun: ref.name,
        deps: {
            notary: run.connection.notary,
            keyring,
            runtime: run.runtime,
            // A command that publishes over a root it trusted on first use says so, as sign does, and
            // refuses it when a pin is required.
            firstUse: (0,_first_use_js__WEBPACK_IMPORTED_MODULE_3__/* .firstUseCheck */ .I)({
                gun: ref.name,
                warn: run.runtime.warn,
                ...(config.requireRootPin !== undefined ? { requireRootPin: config.requireRootPin } : {}),
                ...(config.pinNames ? { pinNames: config.pinNames } : {}),
            }),
        },
        anchor: run.anchor,
        connection: run.connection,
        directory,
        signers,
        save: (set) => run.save((0,_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedState */ .R0)(set)),
        close: () => run.close(),
    };
}
/** Opens a session, runs one command, keeps the trusted root, and always closes. */
async function withAdminSession(config, hooks, run, options = {}) {
    const session = await openAdminSession(config, hooks, options);
    try {
        const result = await run(session);
        await session.save(result.set);
        return result;
    }
    finally {
        session.close();
    }
}


/***/ }),

/***/ 2265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ roleKeys),
/* harmony export */   EP: () => (/* binding */ findSigner),
/* harmony export */   Ir: () => (/* binding */ updateRepository),
/* harmony export */   JR: () => (/* binding */ releasedTags),
/* harmony export */   LD: () => (/* binding */ resign),
/* harmony export */   Ln: () => (/* binding */ lostReleases),
/* harmony export */   Sz: () => (/* binding */ requireSigner),
/* harmony export */   mC: () => (/* binding */ describeKeys)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6408);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3903);
/* harmony import */ var _tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1575);
/* harmony import */ var _tuf_sign_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5001);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9130);
/* harmony import */ var _tuf_signatures_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6360);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5135);
/* harmony import */ var _publication_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9564);
/* harmony import */ var _read_back_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8258);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3395);
/**
 * The shape every admin change shares: read and verify the repository, plan the files from it,
 * publish with the Go client's retry on lost races (publication.ts), then read the repository
 * again as a reader would and check that the server serves exactly what we uploaded. The helpers
 * below find the keys of a role, pick the signer for it, and re-sign a targets role.
 */













async function updateRepository(deps, opts) {
    const { now, log } = deps.runtime;
    const warnings = [];
    const warn = (m) => {
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.runtime.warn(m);
    };
    const hints = [...(opts.hints ?? [])];
    // A reload is anchored on the root the first load trusted (`trusted`): it must not trust a root
    // on first use again.
    const load = async (more, trusted) => (await (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_9__/* .loadTrust */ .V)(deps.notary, {
        ...opts.anchor,
        ...trusted?.anchor(),
        ...(!trusted && deps.firstUse ? { onFirstUse: deps.firstUse } : {}),
        now: now(),
        hints: [...new Set([...hints, ...more])],
        allowExpiredDelegations: true,
        allowExpiredTargets: true,
        onWarning: warn,
    })).set;
    log(`Reading the trust data of ${deps.notary.gun} from ${deps.notary.baseUrl}`);
    const state = await load([]).catch((err) => {
        if (!opts.existing || !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP) || err.code !== "NOT_INITIALISED")
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("NOT_INITIALISED", err.message, {
            status: 404,
            cause: err,
            hint: `check the repository's name and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_12__/* .setting */ .Pe)("notary-server")}: ${opts.change} changes a repository that exists`,
        });
    });
    const publication = await (0,_publication_js__WEBPACK_IMPORTED_MODULE_10__/* .publishWithRetry */ .M4)({ notary: deps.notary, runtime: deps.runtime }, {
        state,
        plan: (set) => opts.plan(set, now()),
        reload: (previous) => load([...previous.files.keys()], state),
        change: opts.change,
    });
    const before = releasedTags(publication.state, now());
    if (publication.published)
        log("Verifying what the server now serves");
    const { set, skipped } = await (0,_read_back_js__WEBPACK_IMPORTED_MODULE_11__/* .readAfterPublish */ .K)(deps.notary, {
        anchor: { ...opts.anchor, ...publication.state.anchor() },
        roles: [...new Set([...hints, ...publication.plan.files.keys()])],
        minTimestampVersion: (0,_publication_js__WEBPACK_IMPORTED_MODULE_10__/* .minTimestampAfter */ .ZS)(publication.state.timestamp?.signed.version ?? 0, publication),
        runtime: { ...deps.runtime, warn },
    });
    (0,_publication_js__WEBPACK_IMPORTED_MODULE_10__/* .assertServed */ .MK)(set, publication.published ? publication.plan.files : new Map());
    const expiring = (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now());
    for (const e of expiring)
        warn((0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now()));
    return {
        plan: publication.plan,
        applied: publication.applied,
        published: publication.published,
        attempts: publication.attempts,
        set,
        before,
        expiring,
        skipped,
        state: publication.state,
        warnings,
    };
}
/** The keys of `targets` (from root) or of a loaded delegation, by the IDs the role lists. */
function roleKeys(set, role) {
    if (role === "targets") {
        const r = set.root.signed.roles.get("targets");
        return { keys: (0,_tuf_signatures_js__WEBPACK_IMPORTED_MODULE_8__/* .pickKeys */ .g)(set.root.signed.keys, r.keyIds, "root targets role"), threshold: r.threshold };
    }
    const d = set.delegations.get(role);
    return d ? { keys: d.keys, threshold: d.threshold } : undefined;
}
/** Canonical IDs of a role's keys, shortened, for messages. */
function describeKeys(keys) {
    return [...keys.values()].map((k) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)((0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalKeyIdOf */ .Sy)(k))).join(", ") || "no keys";
}
/** The signer for a role, or a one-line error naming the role's keys and how to give one. */
async function requireSigner(deps, set, role) {
    const found = await findSigner(deps, set, role);
    if (found)
        return found;
    const keys = roleKeys(set, role);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_FOUND", `no key of ${role} of ${set.gun} (${describeKeys(keys?.keys ?? new Map())}) in ${deps.keyring.sources}`, {
        hint: role === "targets"
            ? `give the repository's targets key with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_12__/* .setting */ .Pe)("signer-key")} (Docker keeps it as <key id>.key in ~/.docker/trust/private) or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_12__/* .setting */ .Pe)("aws-kms-key")}`
            : `give a key of the role with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_12__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_12__/* .setting */ .Pe)("aws-kms-key")}`,
    });
}
/** The signer for a role when one is on hand; roles needing more than one signature are refused. */
async function findSigner(deps, set, role) {
    const keys = roleKeys(set, role);
    if (!keys)
        return undefined;
    const signer = await deps.keyring.signerFor(keys.keys);
    if (signer && keys.threshold > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("THRESHOLD_UNSUPPORTED", `${role} of ${set.gun} needs ${keys.threshold} signatures; this tool signs with one key`);
    }
    return signer;
}
/**
 * Signs the next version of a targets role with a fresh expiry. `from`, the role as read when
 * `signed` is an edit of it, lets the file be written around the bytes of the entries the edit
 * left alone (signTargetsEdit): the same file, without writing every tag of a large role again.
 */
async function resign(signed, signer, now, { lifetimeMs = _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS_LIFETIME_MS */ .C7, from } = {}) {
    const next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .nextVersion */ .yU)(signed, (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .formatGoTime */ .Z0)(now + lifetimeMs));
    return { bytes: (await (0,_tuf_sign_js__WEBPACK_IMPORTED_MODULE_6__/* .signTargetsEdit */ .mj)(from, next, [signer])).bytes, version: next.version };
}
/**
 * The (tag, digest) pairs `docker pull` would accept: entries of `targets` and `targets/releases`
 * that are in force. Expired roles count for nothing (the set may have been loaded leniently).
 */
function releasedTags(set, now) {
    const targets = set.targets.get("targets");
    if (!targets || targets.expiresAt <= now)
        return [];
    const seen = new Set();
    const out = [];
    for (const e of (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set)) {
        if (!(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(e.role) || set.targets.get(e.role).expiresAt <= now)
            continue;
        const key = `${e.tag}\u0000${e.digest}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ tag: e.tag, digest: e.digest });
    }
    return out;
}
/** Tags released before that are no longer released with the same digest. */
function lostReleases(before, after) {
    const now = new Set(after.map((t) => `${t.tag}\u0000${t.digest}`));
    return before.filter((t) => !now.has(`${t.tag}\u0000${t.digest}`));
}


/***/ })

};
