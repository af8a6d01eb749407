export const id = 661;
export const ids = [661];
export const modules = {

/***/ 7482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jp: () => (/* binding */ assertNewRepository),
  _D: () => (/* binding */ checkSignerName),
  Yp: () => (/* binding */ fetchServerKeys),
  zY: () => (/* binding */ initRepository),
  hh: () => (/* binding */ rootKeyProblem)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/signers/key-file-signer.ts
var key_file_signer = __webpack_require__(326);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/codec/der.ts
var codec_der = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/codec/pem.ts
var codec_pem = __webpack_require__(1588);
// EXTERNAL MODULE: ./src/tuf/lifetimes.ts
var lifetimes = __webpack_require__(3903);
;// CONCATENATED MODULE: ./src/signers/root-certificate.ts
/**
 * Self-signed root certificates as notary makes them (tuf/utils/x509.go NewCertificate,
 * cryptoservice/certificate.go): CN = repository name, random 128-bit serial, valid from now for
 * 10 years, KeyUsage digitalSignature|keyEncipherment (critical), ExtKeyUsage codeSigning,
 * BasicConstraints CA:FALSE (critical), signed with ecdsa-with-SHA256.
 * Node's X509Certificate only parses, so the DER is built here.
 */




function createRootCertificate(opts) {
    const notBefore = opts.notBefore ?? Date.now();
    const notAfter = opts.notAfter ?? notBefore + lifetimes/* ROOT_CERTIFICATE_LIFETIME_MS */.kY;
    if (opts.privateKey.asymmetricKeyType !== "ec")
        throw new TypeError("root certificates are made for ECDSA keys");
    const spki = (0,external_node_crypto_.createPublicKey)(opts.privateKey).export({ type: "spki", format: "der" });
    const name = (0,codec_der/* derSequence */.xy)((0,codec_der/* derSet */.CU)((0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.4.3"), (0,codec_der/* derDirectoryString */.kC)(opts.gun))));
    const sigAlg = (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("1.2.840.10045.4.3.2"));
    const extensions = (0,codec_der/* derExplicit */.Wg)(3, (0,codec_der/* derSequence */.xy)(
    // keyUsage: digitalSignature (bit 0) | keyEncipherment (bit 2) → 0b101 in the top bits, 5 unused bits
    (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.29.15"), (0,codec_der/* derBoolean */.cl)(true), (0,codec_der/* derOctetString */.Cf)((0,codec_der/* encodeDer */.qH)(codec_der/* TAG */.Dk.bitString, Buffer.from([5, 0xa0])))), (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.29.37"), (0,codec_der/* derOctetString */.Cf)((0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("1.3.6.1.5.5.7.3.3")))), (0,codec_der/* derSequence */.xy)((0,codec_der/* derOid */._2)("2.5.29.19"), (0,codec_der/* derBoolean */.cl)(true), (0,codec_der/* derOctetString */.Cf)((0,codec_der/* derSequence */.xy)()))));
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f;
    const tbs = (0,codec_der/* derSequence */.xy)((0,codec_der/* derExplicit */.Wg)(0, (0,codec_der/* derUnsigned */.dV)(Buffer.from([2]))), (0,codec_der/* derUnsigned */.dV)(serial), sigAlg, name, (0,codec_der/* derSequence */.xy)((0,codec_der/* derTime */.tm)(notBefore), (0,codec_der/* derTime */.tm)(notAfter)), name, spki, extensions);
    const signature = (0,external_node_crypto_.sign)("sha256", tbs, opts.privateKey);
    const der = (0,codec_der/* derSequence */.xy)(tbs, sigAlg, (0,codec_der/* derBitString */.UQ)(signature));
    const pem = (0,codec_pem/* encodePem */.T)({ type: "CERTIFICATE", bytes: der });
    return { der, pem, publicKey: { type: "ecdsa-x509", public: Buffer.from(pem).toString("base64") } };
}

// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/metadata.ts
var metadata = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/tuf/role-edits.ts
var role_edits = __webpack_require__(1575);
// EXTERNAL MODULE: ./src/tuf/sign.ts + 1 modules
var sign = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts + 2 modules
var load_trust = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/workflows/publication.ts
var publication = __webpack_require__(9564);
// EXTERNAL MODULE: ./src/workflows/admin/keyring.ts
var keyring = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/admin/init.ts















/** Docker's signer names (cli/command/trust/signer_add.go): `releases` is reserved. */
function checkSignerName(name) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
        throw new errors/* UsageError */.eb(`signer name ${JSON.stringify(name.slice(0, 80))} must start with a lower-case letter or digit and may then hold "-" or "_"`);
    }
    if (name === "releases")
        throw new errors/* UsageError */.eb("releases is a reserved signer name", { hint: "use a different signer name" });
}
async function initRepository(deps, opts) {
    const { notary } = deps;
    const gun = notary.gun;
    const now = deps.runtime.now();
    const { log } = deps.runtime;
    if (opts.rootKey.type !== "private" ||
        opts.rootKey.asymmetricKeyType !== "ec" ||
        opts.rootKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
        throw new errors/* UsageError */.eb("the root key must be an ECDSA P-256 private key, as Docker and notary make them");
    }
    for (const s of opts.signers ?? [])
        checkSignerName(s.name);
    let serverKeys = opts.serverKeys;
    if (!serverKeys) {
        await assertNewRepository(notary);
        serverKeys = await fetchServerKeys(notary, log);
    }
    const { timestamp: timestampKey, snapshot: snapshotKey } = serverKeys;
    const cert = createRootCertificate({ gun, privateKey: opts.rootKey, notBefore: now });
    const rootPlain = (0,public_key/* notaryPublicKeyOf */.hE)(opts.rootKey);
    const rootId = (0,keys/* keyIdOf */.yg)(cert.publicKey);
    const plainSigner = new key_file_signer/* KeyFileSigner */.Q({
        keyObject: opts.rootKey,
        publicKey: rootPlain,
        keyId: (0,keys/* keyIdOf */.yg)(rootPlain),
        role: "root",
    });
    const rootSigner = (0,keyring/* listedAs */.W)(plainSigner, rootId, cert.publicKey);
    const ids = {
        root: rootId,
        targets: (0,keys/* keyIdOf */.yg)(opts.targets.publicKey),
        snapshot: (0,keys/* keyIdOf */.yg)(snapshotKey),
        timestamp: (0,keys/* keyIdOf */.yg)(timestampKey),
    };
    const root = {
        type: "Root",
        consistentSnapshot: false,
        expires: (0,time/* formatGoTime */.Z0)(now + lifetimes/* ROOT_LIFETIME_MS */.iV),
        keys: new Map([
            [ids.root, cert.publicKey],
            [ids.targets, opts.targets.publicKey],
            [ids.snapshot, snapshotKey],
            [ids.timestamp, timestampKey],
        ]),
        roles: new Map(["root", "snapshot", "targets", "timestamp"].map((r) => [r, { keyIds: [ids[r]], threshold: 1 }])),
        version: 1,
    };
    let targets = { ...(0,role_edits/* emptyTargets */.gr)((0,time/* formatGoTime */.Z0)(now + lifetimes/* TARGETS_LIFETIME_MS */.C7)), version: 1 };
    for (const s of opts.signers ?? []) {
        targets = (0,role_edits/* addDelegationKeys */.ok)(targets, `targets/${s.name}`, s.keys);
        targets = (0,role_edits/* addDelegationKeys */.ok)(targets, docker/* RELEASES */.pH, s.keys);
    }
    const files = new Map([
        ["root", await (0,sign/* signEnvelope */.Yj)(root, [rootSigner])],
        ["targets", await (0,sign/* signEnvelope */.Yj)(targets, [opts.targets])],
    ]);
    const versions = new Map([
        ["root", 1],
        ["targets", 1],
    ]);
    // A lost answer is resolved by reading root.json again: ours means the upload landed.
    await (0,publication/* publishWithRetry */.M4)({ notary, runtime: deps.runtime }, {
        state: undefined,
        plan: async (served) => {
            if (!served)
                return { files, versions };
            if (Buffer.compare(Buffer.from(served), Buffer.from(files.get("root"))) === 0)
                return { files: new Map(), versions };
            throw exists(gun, notary.baseUrl, served);
        },
        reload: () => notary.getMetadata("root"),
        change: `the new repository ${gun}`,
    });
    log("Verifying what the server now serves");
    const hints = (opts.signers ?? []).flatMap((s) => [`targets/${s.name}`, docker/* RELEASES */.pH]);
    const { set } = await (0,load_trust/* loadTrust */.V)(notary, { trustedRoot: files.get("root"), now: deps.runtime.now(), hints });
    (0,publication/* assertServed */.MK)(set, files);
    return {
        gun,
        rootKeyId: rootId,
        rootCanonicalKeyId: (0,keys/* canonicalKeyIdOf */.Sy)(cert.publicKey),
        targetsKeyId: ids.targets,
        snapshotKeyId: ids.snapshot,
        timestampKeyId: ids.timestamp,
        set,
    };
}
/**
 * The server's timestamp and snapshot keys for a new repository (notary-server makes them on the
 * first request). Asked for before any key of ours is made: a host that serves no Notary refuses
 * here, with nothing written.
 */
async function fetchServerKeys(notary, log) {
    log(`Creating ${notary.gun} on ${notary.baseUrl}: fetching the server's timestamp and snapshot keys`);
    try {
        const [timestamp, snapshot] = await Promise.all([
            notary.getServerKey("timestamp"),
            notary.getServerKey("snapshot"),
        ]);
        return { timestamp, snapshot };
    }
    catch (err) {
        if (err instanceof errors/* ServerError */.gP && err.status === 404 && notary.notFoundByOtherServer("root")) {
            throw new errors/* ServerError */.gP(err.code, `${notary.baseUrl} has no timestamp key to give for ${notary.gun}: ${err.message}`, {
                status: 404,
                cause: err,
                hint: `${notary.baseUrl} answered 404 not as a Notary server answers, and may serve no Notary at all (a registry without content trust): give the Notary server in ${(0,wording/* setting */.Pe)("notary-server")}`,
            });
        }
        throw err;
    }
}
/** Throws REPOSITORY_EXISTS when the server has a root for the repository. */
async function assertNewRepository(notary) {
    const existing = await notary.getMetadata("root");
    if (existing)
        throw exists(notary.gun, notary.baseUrl, existing);
}
function exists(gun, server, root) {
    let version = "";
    try {
        version = ` (root v${(0,metadata/* parseEnvelope */.mE)(root, "Root", "root").signed.version})`;
    }
    catch {
        // an unreadable root still means the repository exists
    }
    return new errors/* TrustError */.Ru("REPOSITORY_EXISTS", `${gun} already exists on ${server}${version}; init never touches an existing repository`, {
        hint: `manage it with ${(0,wording/* step */.PM)("signer-add", gun)}, or choose another repository name`,
    });
}
/** Checks that a key can be a root key before anything is written (for callers that load one). */
function rootKeyProblem(key) {
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(key);
    if (reason)
        return reason;
    if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
        return "the root key must be ECDSA P-256";
    return undefined;
}


/***/ }),

/***/ 1661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ addSignerOrCreate),
/* harmony export */   v: () => (/* binding */ createRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _signers_key_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3717);
/* harmony import */ var _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(326);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4623);
/* harmony import */ var _init_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7482);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6322);
/* harmony import */ var _signers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(677);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3395);








async function createIn(session, config, hooks) {
    const notary = session.connection.notary;
    await (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .assertNewRepository */ .Jp)(notary);
    const serverKeys = await (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchServerKeys */ .Yp)(notary, session.deps.runtime.log);
    let rootKey;
    if (config.rootKey) {
        rootKey = (0,_signers_key_file_js__WEBPACK_IMPORTED_MODULE_1__.loadPrivateKey)(config.rootKey, config.rootKeyPassphrase).keyObject;
        const problem = (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .rootKeyProblem */ .hh)(rootKey);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`root key: ${problem}`);
    }
    const written = [];
    const newKey = async (role) => {
        if (!session.directory)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`a new ${role} key needs a key directory to be written to`, {
                hint: `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("key-dir")}`,
            });
        if (!hooks.newPassphrase)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no passphrase for the new ${role} key`, {
                hint: `give it in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("signer-key-passphrase")}`,
            });
        const passphrase = await hooks.newPassphrase(role);
        const key = await session.directory.generate({
            role,
            ...(role === "targets" ? { gun: session.gun } : {}),
            passphrase,
        });
        written.push({ role, keyId: key.keyId, fileName: key.fileName });
        session.deps.runtime.log(`Wrote the new ${role} key ${key.keyId} to the key directory`);
        return key.key;
    };
    try {
        rootKey ??= (await newKey("root")).keyObject;
        const targets = session.signers[0] ?? new _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyFileSigner */ .Q(await newKey("targets"));
        const result = await (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .initRepository */ .zY)({ notary, runtime: session.deps.runtime }, { rootKey, targets, serverKeys, ...(config.signers ? { signers: config.signers } : {}) });
        return { ...result, written };
    }
    catch (err) {
        // The keys stay: if the repository was created after all, they are the only keys of its
        // root and targets. A run again makes new ones; the person must know which files are which.
        if (written.length > 0)
            session.deps.runtime.warn(`the key files written for ${session.gun} stay in the key directory: ${written.map((k) => `${k.role} ${k.fileName}`).join(", ")}. If the same command run again creates the repository, it writes new keys and these can be deleted; if it says the repository exists, the upload landed after all and these are its keys: keep them`);
        throw err;
    }
}
/** Creates a repository: root and targets keys given or made, the server's snapshot and timestamp keys. */
async function createRepository(config, hooks = {}) {
    return (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .withAdminSession */ .a)(config, hooks, (session) => createIn(session, config, hooks));
}
/** `signer add --init`: creates the repository with the signer when it does not exist, else adds the signer. */
async function addSignerOrCreate(config, hooks, signer) {
    return (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .withAdminSession */ .a)(config, hooks, async (session) => {
        if (await session.connection.notary.getMetadata("root")) {
            return (0,_signers_js__WEBPACK_IMPORTED_MODULE_6__/* .addSigner */ .U)(session.deps, { name: signer.name, keys: signer.keys, anchor: session.anchor });
        }
        session.deps.runtime.log(`${session.gun} does not exist yet: creating it with signer ${signer.name}`);
        const created = await createIn(session, { ...config, signers: [{ name: signer.name, keys: signer.keys }] }, hooks);
        return {
            gun: session.gun,
            name: signer.name,
            keyIds: (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .signerKeys */ .dL)(created.set).find((s) => s.name === signer.name)?.keyIds ?? [],
            published: true,
            targetsVersion: created.set.targets.get("targets").signed.version,
            unreleased: [],
            warnings: [],
            set: created.set,
            created,
        };
    });
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ removeSigner),
/* harmony export */   U: () => (/* binding */ addSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _tuf_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5493);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3518);
/* harmony import */ var _tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1575);
/* harmony import */ var _tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6360);
/* harmony import */ var _init_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7482);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3395);
/**
 * Managing signers as `docker trust signer add/remove` do (docker/cli cli/command/trust
 * signer_add.go, signer_remove.go; docs/notary-protocol.md §7). A signer NAME is the delegation `targets/NAME`;
 * its keys are also keys of `targets/releases`, the role `docker pull` trusts. Both changes edit
 * `targets` only, so they are signed with the repository's targets key.
 *
 * `docker trust signer remove` is a no-op in Docker 28.2.2 (it only acts after an interactive
 * confirmation that is never asked for); this one does what its help says and warns when the
 * releases role is left without keys or its current content stops verifying.
 */











function sameContent(a, b) {
    return (0,_tuf_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)((0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .signedJson */ .H0)(a)) === (0,_tuf_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)((0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .signedJson */ .H0)(b));
}
async function targetsPlan(deps, set, next, now) {
    const current = set.targets.get("targets").signed;
    if (sameContent(current, next))
        return { files: new Map(), versions: new Map() };
    const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(next, await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .requireSigner */ .Sz)(deps, set, "targets"), now, {
        from: set.targets.get("targets"),
    });
    return { files: new Map([["targets", signed.bytes]]), versions: new Map([["targets", signed.version]]) };
}
function finish(deps, name, update) {
    const set = update.set;
    return {
        gun: set.gun,
        name,
        keyIds: (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerKeys */ .dL)(set).find((s) => s.name === name)?.keyIds ?? [],
        published: update.published,
        targetsVersion: set.targets.get("targets").signed.version,
        unreleased: (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .lostReleases */ .Ln)(update.before, (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .releasedTags */ .JR)(set, deps.runtime.now())),
        warnings: update.warnings,
        set,
    };
}
/** Adds keys to `targets/NAME` and `targets/releases` (creating them), as `docker trust signer add`. */
async function addSigner(deps, opts) {
    (0,_init_js__WEBPACK_IMPORTED_MODULE_7__/* .checkSignerName */ ._D)(opts.name);
    if (opts.keys.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`signer ${opts.name} needs at least one public key`, {
            hint: "give the signer's public key or AWS KMS key",
        });
    const role = `targets/${opts.name}`;
    let stale = false;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH],
        change: `signer ${opts.name}`,
        plan: async (set, now) => {
            const current = set.targets.get("targets").signed;
            stale = !(0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(current, role) && set.snapshot?.signed.meta.has(role) === true;
            let next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .addDelegationKeys */ .ok)(current, role, opts.keys);
            next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .addDelegationKeys */ .ok)(next, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, opts.keys);
            return targetsPlan(deps, set, next, now);
        },
    });
    const result = finish(deps, opts.name, update);
    if (stale && update.published && !update.set.targets.has(role)) {
        // The server keeps the snapshot entry of a removed delegation; its old file does not verify
        // with the new keys, and signing into the role is refused until it is replaced.
        const m = `${role} of ${result.gun} still holds the file of an earlier signer named ${opts.name}, signed by other keys; signing into it will be refused. Remove this signer and choose another name, or use the earlier key (key rotate-signer replaces keys without this)`;
        result.warnings.push(m);
        deps.runtime.warn(m);
    }
    const want = opts.keys.map((k) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(k));
    const releases = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(update.set.targets.get("targets").signed, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    const inReleases = new Set((releases?.keyIds ?? [])
        .map((id) => update.set.targets.get("targets").signed.delegations.keys.get(id))
        .filter((k) => k)
        .map((k) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(k)));
    if (!want.every((id) => result.keyIds.includes(id) && inReleases.has(id))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${result.gun}: after publishing, signer ${opts.name} does not list key ${want.map(_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_).join(", ")} in ${role} and ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH}`, {
            hint: "another writer changed the signers at the same time; inspect the repository and run it again",
        });
    }
    return result;
}
/**
 * Removes NAME's keys from `targets/releases` and the `targets/NAME` delegation. A removal that
 * breaks released tags (the last signer of targets/releases, or its content no longer verifying)
 * is asked about on a terminal and otherwise needs `force`, as `docker trust signer remove` asks.
 */
async function removeSigner(deps, opts) {
    (0,_init_js__WEBPACK_IMPORTED_MODULE_7__/* .checkSignerName */ ._D)(opts.name);
    const role = `targets/${opts.name}`;
    const warn = (m) => deps.runtime.warn(m);
    const notes = [];
    const kept = [];
    let confirmed = opts.force === true;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH],
        change: `removal of signer ${opts.name}`,
        existing: true,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const signer = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(targets, role);
            // No longer delegated: removed before (a re-run of this removal, or `notary delegation remove`,
            // which leaves the key in targets/releases), or never a signer (a mistyped name). Only an
            // earlier targets signed by the targets key, which the server cannot forge, tells which, and
            // which keys the signer had.
            const earlier = signer ? undefined : await earlierKeys(deps, set, role);
            if (!signer && !earlier) {
                const names = (targets.delegations.roles ?? [])
                    .map((r) => r.name.replace(/^targets\//, ""))
                    .filter((n) => n !== "releases");
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name} (signers: ${names.join(", ") || "none"})`);
            }
            // The signer's keys as targets/releases lists them now: what an earlier removal left there is
            // taken out too (nothing is published when it left nothing).
            const keyIds = signer?.keyIds ??
                ((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(targets, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH)?.keyIds ?? []).filter((id) => earlier.has((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalDelegationKeyId */ .Rj)(targets, id)));
            // A key another signer also holds stays in targets/releases: that signer still releases with it.
            const { remove, shared } = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .releasesIdsOnlyOf */ .sb)(targets, keyIds, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, role);
            let next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDelegationKeys */ .VP)(targets, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, remove);
            next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDelegation */ .XE)(next, role);
            notes.length = 0;
            kept.length = 0;
            const releasesKeys = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .delegationCanonicalKeyIds */ .O4)(targets, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
            for (const [key, roles] of shared)
                kept.push(`key ${(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(key)} of ${opts.name} is also a key of ${roles.join(", ")} in ${set.gun} and stays ${releasesKeys.has(key) ? `in ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH}` : "there"}`);
            notes.push(...releasesWarnings(set, opts.name, next));
            if (notes.length > 0 && !confirmed) {
                const what = `removing signer ${opts.name} from ${set.gun} breaks released tags: ${notes.join("; ")}`;
                if (!opts.confirm) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("CONFIRMATION_REQUIRED", `${what}; nothing was published`, {
                        hint: `run it on a terminal to confirm, or give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("force")}`,
                    });
                }
                if (!(await opts.confirm(`${what}. Remove ${opts.name} anyway? (y/N) `))) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("CANCELLED", `signer ${opts.name} was not removed from ${set.gun}; nothing was published`);
                }
                confirmed = true;
            }
            return targetsPlan(deps, set, next, now);
        },
    });
    for (const n of [...notes, ...kept])
        warn(n);
    const result = finish(deps, opts.name, update);
    result.warnings.push(...notes, ...kept);
    if ((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(update.set.targets.get("targets").signed, role)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${result.gun}: after publishing, ${role} is still delegated`, {
            hint: "another writer changed the signers at the same time; run it again",
        });
    }
    return result;
}
/** How many earlier versions of targets a removal looks through for a signer no longer delegated. */
const EARLIER_TARGETS = 10;
/**
 * The canonical IDs of `role`'s keys in the newest of the last EARLIER_TARGETS versions of targets
 * that delegated it, each fetched by version and verified with the current root's targets keys;
 * undefined when none did, or one cannot be read or verified (then the name is not taken as a
 * signer that was removed).
 */
async function earlierKeys(deps, set, role) {
    const current = set.targets.get("targets").signed.version;
    const { keys, threshold } = (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, "targets");
    const versions = Array.from({ length: Math.min(EARLIER_TARGETS, current - 1) }, (_, i) => current - 1 - i);
    // One wave: a mistyped name costs a round trip, not one per version.
    const read = await Promise.all(versions.map(async (version) => {
        try {
            const bytes = await deps.notary.getMetadata("targets", { version });
            if (!bytes)
                return undefined;
            const env = (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnvelope */ .mE)(bytes, "Targets", `targets v${version}`);
            (0,_tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__/* .checkThreshold */ .w)(env, { name: "targets", keys, threshold });
            return env.signed.version === version ? env.signed : undefined;
        }
        catch {
            return undefined;
        }
    }));
    // Newest first; history that cannot be read or verified ends the search.
    for (const signed of read) {
        if (!signed)
            return undefined;
        if ((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(signed, role))
            return (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .delegationCanonicalKeyIds */ .O4)(signed, role);
    }
    return undefined;
}
/** What removing a signer does to `targets/releases`: no keys left, or its content no longer verifying. */
function releasesWarnings(set, name, next) {
    const before = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(set.targets.get("targets").signed, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    const after = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(next, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    if (!before || !after)
        return [];
    const out = [];
    if ((before.keyIds ?? []).length > 0 && (after.keyIds ?? []).length === 0) {
        out.push(`${name} was the last signer of ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} in ${set.gun}: nobody can sign releases until a signer is added (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .step */ .PM)("signer-add", set.gun)})`);
    }
    const env = set.targets.get(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    if (env && env.signed.targets.size > 0) {
        try {
            (0,_tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__/* .checkThreshold */ .w)(env, {
                name: _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH,
                keys: (0,_tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__/* .pickKeys */ .g)(next.delegations.keys, after.keyIds, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH),
                threshold: after.threshold,
            });
        }
        catch {
            const tags = [...env.signed.targets.keys()];
            out.push(`${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} of ${set.gun} is signed only by ${name}'s keys: its ${tags.length} tag${tags.length === 1 ? "" : "s"} (${tags.slice(0, 5).join(", ")}${tags.length > 5 ? ", …" : ""}) stop verifying until a remaining signer of ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} signs it again (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .step */ .PM)("renew", set.gun)} with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("witness")} ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} and that signer's key)`);
        }
    }
    return out;
}


/***/ })

};
