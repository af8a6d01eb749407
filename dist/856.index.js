export const id = 856;
export const ids = [856];
export const modules = {

/***/ 2856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contextWithExtraCas: () => (/* binding */ contextWithExtraCas),
/* harmony export */   trustOf: () => (/* binding */ trustOf),
/* harmony export */   trustOfContext: () => (/* binding */ trustOfContext)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2717);
/**
 * TLS contexts that trust what Node trusts by default and some extra CA certificates, and which
 * extra certificates each one trusts: connections opened with one context may serve the requests
 * of another only when both trust the same (early-connections.ts).
 */


const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
/** The extra CA certificates of each context made by contextWithExtraCas, as trustOf gives them. */
const contextTrust = new WeakMap();
/**
 * The extra CA certificates of `pems` as one string, equal for the same certificates however the
 * text is laid out; undefined when the text holds any PEM block but CERTIFICATE (OpenSSL also
 * trusts a TRUSTED CERTIFICATE block, which this string would not describe).
 */
function trustOf(pems) {
    const bodies = [];
    for (const pem of pems) {
        const blocks = pem.match(/-----BEGIN [^-]*-----/g) ?? [];
        if (blocks.some((b) => b !== "-----BEGIN CERTIFICATE-----"))
            return undefined;
        for (const m of pem.matchAll(PEM_CERTIFICATE))
            bodies.push(m[1].replace(/\s+/g, ""));
    }
    return bodies.sort().join(",");
}
/**
 * A TLS context trusting what Node trusts by default and the `extra` CA certificates. Node's own
 * context starts from the default store it has already parsed and copies it when a certificate is
 * added; passing the defaults as `ca` instead would turn each into PEM and parse it again (tens of
 * milliseconds before the first request). Falls back to that where the context cannot add one.
 */
function contextWithExtraCas(extra) {
    const context = node_tls__WEBPACK_IMPORTED_MODULE_0___default().createSecureContext();
    const native = context.context;
    if (typeof native?.addCACert !== "function")
        return node_tls__WEBPACK_IMPORTED_MODULE_0___default().createSecureContext({ ca: [...defaultCaCertificates(), ...extra] });
    for (const pem of [...extraCertsNodeDrops(), ...extra])
        native.addCACert(pem);
    const trust = trustOf(extra);
    if (trust !== undefined)
        contextTrust.set(context, trust);
    return context;
}
/**
 * NODE_EXTRA_CA_CERTS, where adding a certificate to a context drops it: Node before 22.15 (no
 * tls.getCACertificates) starts the context's own store from the bundled roots alone. A CA given
 * for one server (a private Notary server) must not cost the CA of a TLS-inspecting proxy that the
 * runner trusts through that variable. Read as Node reads it at start; nothing when it cannot be.
 */
function extraCertsNodeDrops() {
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (!file || typeof (node_tls__WEBPACK_IMPORTED_MODULE_0___default().getCACertificates) === "function")
        return [];
    try {
        const text = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFileAtMostSync */ .y)(file, MAX_EXTRA_CA_BYTES)?.toString("utf8") ?? "";
        return [...text.matchAll(PEM_CERTIFICATE)].map((m) => m[0]);
    }
    catch {
        return [];
    }
}
const MAX_EXTRA_CA_BYTES = 16 * 1024 * 1024;
/** What Node trusts by default (bundled, NODE_EXTRA_CA_CERTS, system when enabled); bundled on Node < 22.15. */
function defaultCaCertificates() {
    const get = (node_tls__WEBPACK_IMPORTED_MODULE_0___default().getCACertificates);
    return typeof get === "function" ? get("default") : (node_tls__WEBPACK_IMPORTED_MODULE_0___default().rootCertificates);
}
/**
 * The extra CA certificates a context trusts: "" for none (Node's defaults, no context of ours),
 * undefined when it is not known (a context made otherwise, or from other blocks than CERTIFICATE).
 */
function trustOfContext(context) {
    return context === undefined ? "" : contextTrust.get(context);
}


/***/ })

};
