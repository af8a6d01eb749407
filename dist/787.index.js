export const id = 787;
export const ids = [787];
export const modules = {

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INIT_HELP: () => (/* binding */ INIT_HELP),
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5377);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1661);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2233);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3217);





const INIT_HELP = `Usage: content-trust init REPOSITORY [flags]

Creates a Notary repository as docker trust does: a root key with a self-signed certificate
for the repository, a targets (repository) key, and snapshot and timestamp keys held by the
server. New keys are written to the key directory as <key id>.key, encrypted, in Docker's
format, so docker trust and notary can use them. An existing repository is never touched.

Flags:
  --root-key FILE           an existing root key (ECDSA P-256) instead of a new one
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_4__/* .keyHelp */ .jg)("to use as the targets key")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_4__/* .ADMIN_FOOTER */ .mj}`;
async function initCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(args, _flags_js__WEBPACK_IMPORTED_MODULE_0__/* .INIT_FLAGS */ .jQ);
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandLineError */ .Ox("init takes exactly one REPOSITORY", {
            hint: "content-trust init registry.example/app",
        });
    const root = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_4__/* .rootKeyOption */ .PH)(values["root-key"], io);
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_4__/* .adminConfig */ .wy)(values, io, positionals[0]);
    const result = await (0,_workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .createRepository */ .v)({ ...config, ...root }, { ...(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_4__/* .adminHooks */ .O8)(io), newPassphrase: (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_4__/* .newKeyPassphrase */ .yc)(io) });
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_3__/* .initJson */ .fn)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInit */ .GK)(result, result.set.gun, config.keyDir));
    return 0;
}


/***/ })

};
