export const id = 555;
export const ids = [555];
export const modules = {

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGNER_ADD_HELP: () => (/* binding */ SIGNER_ADD_HELP),
/* harmony export */   SIGNER_HELP: () => (/* binding */ SIGNER_HELP),
/* harmony export */   SIGNER_REMOVE_HELP: () => (/* binding */ SIGNER_REMOVE_HELP),
/* harmony export */   signerCommand: () => (/* binding */ signerCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9311);
/* harmony import */ var _signers_public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2060);
/* harmony import */ var _workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1661);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6322);
/* harmony import */ var _workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(677);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2233);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1604);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3217);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5968);










const SIGNER_ADD_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [--key ...] [flags]
       content-trust signer add NAME REPOSITORY --aws-kms-key KEY [flags]

Delegates to signer NAME: its keys go into targets/NAME and targets/releases, as
docker trust signer add does. --key takes Docker's NAME.pub, a public key PEM or a
certificate; --aws-kms-key takes the signer's AWS KMS key (its public key is read from KMS).
With --init, a repository that does not exist is created first (see content-trust init).
Signed with the repository's targets key: --signer-key FILE, --signer-aws-kms-key KEY, or
found in the key directory by ID.

Flags:
  --key FILE                the signer's public key (repeatable)
  --aws-kms-key KEY         the signer's key in AWS KMS
  --init                    create the repository when it does not exist
  --root-key FILE           (with --init) an existing root key instead of a new one
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .keyHelp */ .jg)("of the targets key", "--signer-aws-kms-key KEY")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .ADMIN_FOOTER */ .mj}`;
const SIGNER_REMOVE_HELP = `Usage: content-trust signer remove NAME REPOSITORY [flags]

Takes NAME's keys out of targets/releases and removes targets/NAME. When that leaves
targets/releases without keys or makes its tags stop verifying, it asks on a terminal and
otherwise refuses unless --force is given. Signed with the
repository's targets key: --signer-key FILE, --aws-kms-key KEY (or --signer-aws-kms-key KEY),
or found in the key directory by ID.

Flags:
  --force                   remove even when released tags stop verifying
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .keyHelp */ .jg)("of the targets key")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .ADMIN_FOOTER */ .mj}`;
const SIGNER_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [flags]
       content-trust signer remove NAME REPOSITORY [flags]

Commands:
  add       add a signer (targets/NAME and targets/releases)
  remove    remove a signer

Run content-trust signer add --help or content-trust signer remove --help for their flags.`;
async function signerCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "add" && sub !== "remove")
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`unknown signer command ${JSON.stringify(sub ?? "")}`, {
            hint: "content-trust signer add|remove NAME REPOSITORY",
        });
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(rest, {
        ..._admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminFlags */ .d7,
        key: { type: "string", multiple: true },
        init: { type: "boolean" },
        force: { type: "boolean" },
        "root-key": { type: "string" },
        "signer-aws-kms-key": { type: "string" },
    });
    if (sub === "add" && values.force)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("signer add takes no --force");
    if (positionals.length !== 2)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`signer ${sub} takes NAME and REPOSITORY`, {
            hint: `content-trust signer ${sub} alice registry.example/app${sub === "add" ? " --key alice.pub" : ""}`,
        });
    const [name, repository] = positionals;
    const hooks = (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminHooks */ .O8)(io);
    if (sub === "remove") {
        if (values.key || values.init)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("signer remove takes no --key or --init");
        const force = values.force ?? false;
        const kmsFlag = values["signer-aws-kms-key"] ? "signer-aws-kms-key" : "aws-kms-key";
        const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminConfig */ .wy)(values, io, repository, { file: "signer-key", kms: kmsFlag });
        const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__/* .withAdminSession */ .a)(config, hooks, (s) => (0,_workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_5__/* .removeSigner */ .L)(s.deps, { name, anchor: s.anchor, force, ...(io.confirm ? { confirm: io.confirm } : {}) }));
        io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .signerChangeJson */ .Vq)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSignerChange */ .uS)("remove", result));
        return 0;
    }
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminConfig */ .wy)(values, io, repository, { file: "signer-key", kms: "signer-aws-kms-key" });
    const keys = await signerKeysOf(values.key ?? [], values["aws-kms-key"], values["aws-region"], name, io);
    if (values["root-key"] && !values.init)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("--root-key is for creating a repository", { hint: "add --init" });
    const result = values.init
        ? await (0,_workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .addSignerOrCreate */ .H)({ ...config, ...(await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .rootKeyOption */ .PH)(values["root-key"], io)) }, { ...hooks, newPassphrase: (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .newKeyPassphrase */ .yc)(io) }, { name, keys })
        : await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__/* .withAdminSession */ .a)(config, hooks, (s) => (0,_workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_5__/* .addSigner */ .U)(s.deps, { name, keys, anchor: s.anchor }));
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .signerChangeJson */ .Vq)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSignerChange */ .uS)("add", result));
    return 0;
}
async function signerKeysOf(files, kmsKey, region, name, io) {
    if (files.length === 0 && !kmsKey)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`signer add ${name} needs the signer's public key`, {
            hint: "give --key NAME.pub (docker trust key generate writes it) or --aws-kms-key KEY",
        });
    const keys = [];
    for (const file of files)
        keys.push((0,_signers_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .ee)(await (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .readInputFile */ .jH)(file, "public key", io.cwd), { now: new Date() }).publicKey);
    if (kmsKey)
        keys.push((await (0,_signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_1__.inspectKmsKey)({ keyId: kmsKey, region, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .kmsProxyOption */ .ZH)(io) })).publicKey);
    return keys;
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
    let rootKey;
    if (config.rootKey) {
        rootKey = (0,_signers_key_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .P)(config.rootKey, config.rootKeyPassphrase).keyObject;
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
    rootKey ??= (await newKey("root")).keyObject;
    const targets = session.signers[0] ?? new _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyFileSigner */ .Q(await newKey("targets"));
    const result = await (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .initRepository */ .zY)({ notary, runtime: session.deps.runtime }, { rootKey, targets, ...(config.signers ? { signers: config.signers } : {}) });
    return { ...result, written };
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
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1111);
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
    const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(next, await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .requireSigner */ .Sz)(deps, set, "targets"), now);
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
    let confirmed = opts.force === true;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH],
        change: `removal of signer ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const signer = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(targets, role);
            if (!signer) {
                const names = (targets.delegations.roles ?? [])
                    .map((r) => r.name.replace(/^targets\//, ""))
                    .filter((n) => n !== "releases");
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name} (signers: ${names.join(", ") || "none"})`);
            }
            const ids = signer.keyIds ?? [];
            let next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDelegationKeys */ .VP)(targets, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, ids);
            next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDelegation */ .XE)(next, role);
            notes.length = 0;
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
    for (const n of notes)
        warn(n);
    const result = finish(deps, opts.name, update);
    result.warnings.push(...notes);
    if ((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(update.set.targets.get("targets").signed, role)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${result.gun}: after publishing, ${role} is still delegated`, {
            hint: "another writer changed the signers at the same time; run it again",
        });
    }
    return result;
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
            out.push(`${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} of ${set.gun} is signed only by ${name}'s keys: its ${tags.length} tag${tags.length === 1 ? "" : "s"} (${tags.slice(0, 5).join(", ")}${tags.length > 5 ? ", …" : ""}) stop verifying until a remaining signer of ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} signs it again (notary witness ${set.gun} ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} -p)`);
        }
    }
    return out;
}


/***/ })

};
