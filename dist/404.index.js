export const id = 404;
export const ids = [404];
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
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6272);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9310);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(535);
/**
 * Opens the Notary server's connections from the action's inputs, before the action's code is
 * loaded (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). sign: the server of input `image`; verify: the server of the first image of input
 * `images`, with one wave's connections for each image it serves (not with `dockerfile` or
 * `notary-servers`, whose images are known only later). The server is the run's: input
 * `notary-server`, else DOCKER_CONTENT_TRUST_SERVER, else the image's registry's. Inputs are read
 * as the runner passes them (INPUT_<NAME>); anything unexpected opens nothing.
 */






/** Connections per server of the transport of a sign and of a verify (net/http.ts, workflows/verify.ts). */
const MAX_SOCKETS = { sign: 16, verify: 64 };
function connectEarlyFromInputs(action, env) {
    try {
        const input = (name) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
        const images = action === "sign" ? (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .inputLines */ .KD)(input("image")).slice(0, 1) : (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .inputLines */ .KD)(input("images"));
        if (images.length === 0 || (action === "verify" && (input("dockerfile") || input("notary-servers"))))
            return;
        const servers = images.map((image) => (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_3__/* .notaryServerFor */ .A)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(image), input("notary-server"), env.DOCKER_CONTENT_TRUST_SERVER));
        const server = servers[0];
        const count = action === "sign" ? _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_REPOSITORY */ .h6 + 1 : _net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_REPOSITORY */ .h6 * servers.filter((s) => s === server).length;
        const caPem = input("ca-cert");
        (0,_net_early_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .connectEarly */ .Ir)({
            server,
            ...(caPem ? { ca: { pem: caPem } } : {}),
            count: Math.min(count, MAX_SOCKETS[action]),
            env,
            dockerConfigDir: env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir(), ".docker"),
        });
    }
    catch {
        // Nothing opened early: the action reads its inputs and reports what is wrong.
    }
}


/***/ }),

/***/ 2404:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _early_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4070);
// Entry point of action.yml (runs.main).

// Before the action's code is loaded: the connections' set-up overlaps the loading.
(0,_early_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .connectEarlyFromInputs */ .B)("sign", process.env);
const [{ runStep }, { signAction }] = await Promise.all([__webpack_require__.e(/* import() */ 952).then(__webpack_require__.bind(__webpack_require__, 8952)), Promise.all(/* import() */[__webpack_require__.e(541), __webpack_require__.e(957)]).then(__webpack_require__.bind(__webpack_require__, 4957))]);
await runStep("sign", (context) => signAction(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
