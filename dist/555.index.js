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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9311);
/* harmony import */ var _signers_public_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2060);
/* harmony import */ var _workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1661);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6322);
/* harmony import */ var _workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(677);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2233);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1604);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3217);
/* harmony import */ var _workflows_connect_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4213);












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
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .keyHelp */ .jg)("of the targets key", "--signer-aws-kms-key KEY")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .ADMIN_FOOTER */ .mj}`;
const SIGNER_REMOVE_HELP = `Usage: content-trust signer remove NAME REPOSITORY [flags]

Takes NAME's keys out of targets/releases and removes targets/NAME. When that leaves
targets/releases without keys or makes its tags stop verifying, it asks on a terminal and
otherwise refuses unless --force is given. Signed with the
repository's targets key: --signer-key FILE, --aws-kms-key KEY (or --signer-aws-kms-key KEY),
or found in the key directory by ID.

Flags:
  --force                   remove even when released tags stop verifying
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .keyHelp */ .jg)("of the targets key")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .ADMIN_FOOTER */ .mj}`;
const SIGNER_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [flags]
       content-trust signer remove NAME REPOSITORY [flags]

Commands:
  add       add a signer (targets/NAME and targets/releases)
  remove    remove a signer

Run content-trust signer add --help or content-trust signer remove --help for their flags.`;
async function signerCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "add" && sub !== "remove")
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox(`unknown signer command ${JSON.stringify(sub ?? "")}`, {
            hint: "content-trust signer add|remove NAME REPOSITORY",
        });
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(rest, _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNER_FLAGS */ .BF);
    if (sub === "add" && values.force)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox("signer add takes no --force");
    if (positionals.length !== 2)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox(`signer ${sub} takes NAME and REPOSITORY`, {
            hint: `content-trust signer ${sub} alice registry.example/app${sub === "add" ? " --key alice.pub" : ""}`,
        });
    const [name, repository] = positionals;
    const hooks = (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .adminHooks */ .O8)(io);
    if (sub === "remove") {
        if (values.key || values.init)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox("signer remove takes no --key or --init");
        const force = values.force ?? false;
        const kmsFlag = values["signer-aws-kms-key"] ? "signer-aws-kms-key" : "aws-kms-key";
        const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .adminConfig */ .wy)(values, io, repository, { file: "signer-key", kms: kmsFlag });
        const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_6__/* .withAdminSession */ .a)(config, hooks, (s) => (0,_workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_7__/* .removeSigner */ .L)(s.deps, { name, anchor: s.anchor, force, ...(io.confirm ? { confirm: io.confirm } : {}) }));
        io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_8__/* .signerChangeJson */ .Vq)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatSignerChange */ .uS)("remove", result));
        return 0;
    }
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .adminConfig */ .wy)(values, io, repository, { file: "signer-key", kms: "signer-aws-kms-key" });
    const keys = await signerKeysOf(values.key ?? [], values["aws-kms-key"], config, name, io);
    if (values["root-key"] && !values.init)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox("--root-key is for creating a repository", { hint: "add --init" });
    const result = values.init
        ? await (0,_workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .addSignerOrCreate */ .H)({ ...config, ...(await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .rootKeyOption */ .PH)(values["root-key"], io)) }, { ...hooks, newPassphrase: (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_10__/* .newKeyPassphrase */ .yc)(io) }, { name, keys })
        : await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_6__/* .withAdminSession */ .a)(config, hooks, (s) => (0,_workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_7__/* .addSigner */ .U)(s.deps, { name, keys, anchor: s.anchor })).catch(targetsKeyFlags);
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_8__/* .signerChangeJson */ .Vq)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatSignerChange */ .uS)("add", result));
    return 0;
}
/**
 * signer add signs with the targets key alone, and takes it as --signer-key or
 * --signer-aws-kms-key (--key and --aws-kms-key are the new signer's): a missing one is asked for
 * by those flags.
 */
function targetsKeyFlags(err) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru) || err.code !== "KEY_NOT_FOUND")
        throw err;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_FOUND", err.message, {
        cause: err,
        hint: "give the repository's targets key with --signer-key FILE (Docker keeps it as <key id>.key in ~/.docker/trust/private) or --signer-aws-kms-key KEY",
    });
}
async function signerKeysOf(files, kmsKey, config, name, io) {
    if (files.length === 0 && !kmsKey)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandLineError */ .Ox(`signer add ${name} needs the signer's public key`, {
            hint: "give --key NAME.pub (docker trust key generate writes it) or --aws-kms-key KEY",
        });
    const keys = [];
    for (const file of files)
        keys.push((0,_signers_public_key_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePublicKey */ .ee)(await (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .readInputFile */ .jH)(file, "public key", io.cwd), { now: new Date() }).publicKey);
    if (kmsKey)
        keys.push((await (0,_signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_3__.inspectKmsKey)({
            keyId: kmsKey,
            region: config.awsRegion,
            ...(0,_workflows_connect_js__WEBPACK_IMPORTED_MODULE_11__/* .kmsCallOptions */ .GC)(config),
        })).publicKey);
    return keys;
}


/***/ })

};
