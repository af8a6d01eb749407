export const id = 733;
export const ids = [733];
export const modules = {

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCaBundle: () => (/* binding */ parseCaBundle),
/* harmony export */   readDockerTlsCa: () => (/* binding */ readDockerTlsCa),
/* harmony export */   tlsFailure: () => (/* binding */ tlsFailure)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bounded_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2717);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/**
 * Which CA certificates a TLS connection trusts, and what a failed handshake means.
 *
 * - A CA bundle given by the user (input `ca-cert`, flag `--ca-cert`) must hold certificates: text
 *   that holds none is refused before anything is sent (CA_NOT_CERTIFICATE).
 * - Docker's per-host directory for a Notary server, `$DOCKER_CONFIG/tls/<host:port>/`: every `*.crt`
 *   file there is a CA, trusted for that host only, as `docker trust` reads it.
 * - A certificate signed by no CA we know is TLS_UNKNOWN_CA when no CA was given for the host, and
 *   TLS_WRONG_CA when one was (the server's certificate is not signed by it).
 */






const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const MAX_CA_BYTES = 1024 * 1024;
/** The certificates of a PEM bundle, re-encoded; throws CA_NOT_CERTIFICATE naming `subject` when it holds none. */
function parseCaBundle(text, subject) {
    const blocks = text.match(PEM_CERTIFICATE) ?? [];
    const out = [];
    for (const [i, block] of blocks.entries()) {
        try {
            out.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block).toString());
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${subject}: certificate ${i + 1} of ${blocks.length} is not a valid X.509 certificate`, {
                code: "CA_NOT_CERTIFICATE",
            });
        }
    }
    if (out.length === 0) {
        const what = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)
            ? "a private key, not a certificate"
            : "no PEM certificate (-----BEGIN CERTIFICATE-----)";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${subject} holds ${what}`, { code: "CA_NOT_CERTIFICATE" });
    }
    return out.join("");
}
/**
 * The CA certificates in `<dockerConfigDir>/tls/<host>/*.crt`, or undefined when there are none
 * (a missing directory is not an error, as in docker). Read synchronously, once per host.
 */
function readDockerTlsCa(dockerConfigDir, host) {
    // host:port as it appears in the server URL; a name with a path separator is never a host.
    if (!host || /[/\\]|^\.\.?$/.test(host))
        return undefined;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dockerConfigDir, "tls", host);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
            .filter((n) => n.endsWith(".crt"))
            .sort();
    }
    catch {
        return undefined;
    }
    const bundles = [];
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        let bytes;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size > MAX_CA_BYTES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${file} is larger than 1 MiB`, { code: "CA_NOT_CERTIFICATE" });
            bytes = (0,_bounded_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFileAtMostSync */ .y)(file, MAX_CA_BYTES);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb)
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`cannot read ${file}: ${err.code ?? "error"}`, {
                code: "CA_FILE_MISSING",
            });
        }
        // Bounded however the file changed since: anything but a regular file within the bound.
        if (!bytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`cannot read ${file}: not a regular file of at most 1 MiB`, { code: "CA_FILE_MISSING" });
        bundles.push(parseCaBundle(bytes.toString("utf8"), file));
    }
    return bundles.length > 0 ? bundles.join("") : undefined;
}
/** Node's codes for a certificate no trusted CA signed. */
const UNTRUSTED = new Set([
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "CERT_SIGNATURE_FAILURE",
]);
/**
 * A failed TLS handshake with `host` as a typed error; `caGiven`: whether a CA was given for it.
 * `proxy`: the forward proxy the connection went through, and whether the handshake that failed
 * was the proxy's own (an https:// proxy, before it answered CONNECT) or the server's through it.
 */
function tlsFailure(code, host, request, url, caGiven, proxy) {
    if (proxy?.own) {
        const failure = tlsFailure(code, `the proxy ${proxy.host}`, request, url, caGiven);
        const hint = UNTRUSTED.has(code)
            ? `give the CA certificate that issued the proxy's certificate in NODE_EXTRA_CA_CERTS (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("ca-cert")} covers the proxy too, on the way to the server it is given for)`
            : failure.hint;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP(failure.code, failure.message, { url, ...(hint !== undefined ? { hint } : {}) });
    }
    // A proxy that inspects TLS answers the handshake itself, with a certificate of its own CA.
    const inspecting = proxy
        ? `; the connection went through the proxy ${proxy.host}: if it inspects TLS, its CA certificate must be given too`
        : "";
    if (UNTRUSTED.has(code)) {
        return caGiven
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_WRONG_CA", `the certificate of ${host} is not signed by the CA certificates given for it (${code}) for ${request}`, {
                url,
                hint: `give the CA that issued the server's certificate${inspecting}`,
            })
            : new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_UNKNOWN_CA", `the certificate of ${host} is signed by a CA that is not trusted (${code}) for ${request}`, {
                url,
                hint: `if the server uses a private CA, give its CA certificate${inspecting}`,
            });
    }
    if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_CERT_EXPIRED", `the certificate of ${host} is outside its validity period (${code}) for ${request}`, { url });
    }
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || code === "HOSTNAME_MISMATCH") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS_HOSTNAME", `the certificate of ${host} is not valid for that name (${code}) for ${request}`, { url, hint: "use the name the certificate was issued for" });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ServerError */ .gP("TLS", `TLS connection to ${host} failed for ${request} (${code})`, {
        url,
        hint: "if the server uses a private CA, give its CA certificate",
    });
}


/***/ })

};
