export const id = 532;
export const ids = [532];
export const modules = {

/***/ 4070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ connectEarlyFromInputs)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8976);
/* harmony import */ var _net_http_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3848);
/* harmony import */ var _registry_insecure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3705);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
/* harmony import */ var _settings_lists_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7488);
/**
 * Opens the Notary server's connections from the action's inputs, before the action's code is
 * loaded (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). sign: input `image`; verify: input `images` (not with `dockerfile` or
 * `notary-servers`, whose images or servers are known only later). Inputs are read as the runner
 * passes them (INPUT_<NAME>); anything unexpected opens nothing. The entry point awaits the promise
 * before it loads the action's code: it resolves once the connections have started.
 */







/** What an entry point awaits when nothing was opened. */
const NONE = Promise.resolve();
function connectEarlyFromInputs(action, env) {
    try {
        const input = (name) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
        if (action === "verify" && (input("dockerfile") || input("notary-servers")))
            return NONE;
        // A sign with cosign signatures only asks no Notary server, nor does a verify that accepts cosign
        // alone; nor, for the repositories it names, one with `pattern=cosign` lines: those open nothing
        // early (which repositories they name is known once the policy is read).
        if (action === "sign" && input("oci-signature")?.toLowerCase() === "cosign-only")
            return NONE;
        if (action === "verify" && (0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptsCosignAlone */ .Cw)(input("accept")))
            return NONE;
        const images = action === "sign" ? (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .inputLines */ .K)(input("image")).slice(0, 1) : (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .inputLines */ .K)(input("images"));
        const caPem = input("ca-cert");
        const refs = images.map((image) => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(image));
        return (0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .connectEarly */ .Ir)({
            registries: refs.map((ref) => ref.registry),
            repositories: refs.map((ref) => ref.name),
            notaryServer: input("notary-server"),
            firstWave: action === "sign" ? _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .FIRST_WAVE */ .Jv.sign : _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .FIRST_WAVE */ .Jv.read,
            ...(action === "sign"
                ? {
                    registryUrls: refs.map((ref) => (0,_registry_insecure_js__WEBPACK_IMPORTED_MODULE_4__/* .firstBaseUrl */ .nZ)(ref, (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .splitList */ .r)(input("insecure-registries")))),
                    registryWave: (0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .signRegistryWave */ .Um)(refs[0] ?? {}, (0,_settings_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .splitList */ .r)(input("tags")), input("digest")),
                }
                : {}),
            maxSockets: action === "sign" ? _net_http_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_SOCKETS */ .Uq : _net_http_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .MANY_REPOSITORIES_MAX_SOCKETS */ .p1,
            ...(caPem ? { ca: { pem: caPem } } : {}),
            env,
            dockerConfigDir: env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir(), ".docker"),
        });
    }
    catch {
        // Nothing opened early: the action reads its inputs and reports what is wrong.
        return NONE;
    }
}


/***/ }),

/***/ 8532:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _compile_on_main_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2255);
/* harmony import */ var _early_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4070);
// Entry point of verify/action.yml (runs.main).


// Before the action's code is loaded, and started before it is: their set-up overlaps the loading.
await (0,_early_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .connectEarlyFromInputs */ .B)("verify", process.env);
const [{ runStep }, { verifyAction }] = await Promise.all([__webpack_require__.e(/* import() */ 952).then(__webpack_require__.bind(__webpack_require__, 8952)), Promise.all(/* import() */[__webpack_require__.e(717), __webpack_require__.e(951), __webpack_require__.e(546), __webpack_require__.e(712), __webpack_require__.e(852), __webpack_require__.e(133)]).then(__webpack_require__.bind(__webpack_require__, 9133))]);
await runStep("verify", (context) => verifyAction(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
