export const id = 60;
export const ids = [60];
export const modules = {

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   ll: () => (/* binding */ parseKeyIds),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   mz: () => (/* binding */ parseKeyId),
/* harmony export */   pK: () => (/* binding */ parseOciSignature),
/* harmony export */   rQ: () => (/* binding */ parseExpiry),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3903);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7488);
/**
 * Values users give, parsed once for both front ends: the action reads them from inputs, the CLI
 * from flags, and a message names the setting in each front end's words (`setting`).
 */







const UNITS = { y: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .YEAR_MS */ .L7, mo: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .YEAR_MS */ .L7 / 12, w: 7 * _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, d: _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, h: 3600_000 };
/** `3y`, `18mo`, `90d`, `12h`, or an absolute RFC 3339 time; returns milliseconds from `now`. */
function parseExpiry(text, now, name = "expires") {
    const t = text.trim();
    const m = /^(\d+)(y|mo|w|d|h)$/.exec(t);
    let ms;
    if (m)
        ms = Number(m[1]) * UNITS[m[2]];
    else {
        try {
            ms = (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGoTime */ .bi)(t) - now;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is neither a duration (3y, 18mo, 90d, 12h) nor an RFC 3339 time`);
        }
    }
    if (ms < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is in the past`);
    if (ms < _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_LIFETIME_MS */ .wF)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is less than an hour from now`);
    if (ms > _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LIFETIME_MS */ .oe)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${t}" is more than 100 years from now`);
    return Math.round(ms);
}
/**
 * The lines of a `key=value` input (see inputLines), split at the first `=` (a key never holds
 * one: `NAME=value`, `host=url`) or at the last (a value never holds one: `pattern=mode`).
 */
function keyValueLines(input, at) {
    return (0,_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .inputLines */ .K)(input).map((line) => {
        const eq = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
        return eq < 0
            ? { line, key: undefined, value: line }
            : { line, key: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
    });
}
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/**
 * A boolean as the runner's getBooleanInput reads it (YAML 1.2 core schema: true, True, TRUE,
 * false, False, FALSE); undefined for anything else.
 */
function parseBoolean(text) {
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    return undefined;
}
/** A timeout in seconds (input `timeout`), as milliseconds. */
function parseTimeout(text, name = "timeout") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const n = Number(text.trim().replace(/s$/, ""));
    if (!Number.isFinite(n) || n <= 0 || n > 3600)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)(name)} "${text}" must be a number of seconds between 1 and 3600`);
    return Math.round(n * 1000);
}
/** One root key ID as a person gives it (case folded), or a USAGE error naming the setting. */
function parseKeyId(text) {
    const id = text.trim().toLowerCase();
    if (!(0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isKeyId */ .rZ)(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)("root-key-id")} ${JSON.stringify(id.slice(0, 80))} is not a 64-character hexadecimal key ID`, {
            hint: "copy the Root key ID from `docker trust inspect` (AdministrativeKeys)",
        });
    }
    return id;
}
/** Root key IDs, one a line or comma-separated. */
function parseKeyIds(text) {
    return (0,_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .splitList */ .r)(text).map(parseKeyId);
}
function parseDigest(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const d = text.trim();
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(d))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .setting */ .Pe)("digest")} "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
    return d;
}
function parseOciSignature(value, name) {
    const v = (value ?? "none").trim().toLowerCase() || "none";
    if (v !== "none" && v !== "cosign" && v !== "cosign-only")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} ${JSON.stringify(value?.slice(0, 40))} is not one of none, cosign, cosign-only`);
    return v;
}


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ canonicalMap),
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   X8: () => (/* binding */ envelopeJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   f7: () => (/* binding */ canonicalScalar)
/* harmony export */ });
/* unused harmony export compareUtf8 */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/**
 * Go's canonical JSON (github.com/docker/go/canonical/json, as vendored by notary) and the
 * file envelope notary writes around it.
 *
 * Why not the `canonicalize` package (RFC 8785 / JCS): JCS sorts object keys by UTF-16 code
 * units where Go sorts by UTF-8 bytes (astral characters and U+E000..U+FFFF come out in opposite
 * orders), JCS escapes control characters where Go writes them raw, and JCS knows nothing about
 * the HTML-escaped `{"signed":…,"signatures":…}` envelope. A server accepts such bytes with 200
 * and the repository is then unreadable for every client, so we write Go's form by hand and keep
 * `canonicalize` only as a differential oracle in the tests.
 */


/**
 * Orders strings by Unicode code point, which is the order of their UTF-8 bytes (Go's string `<`),
 * without encoding them: at the first differing UTF-16 unit, surrogates (astral characters) must
 * sort above U+E000..U+FFFF, so both ranges are shifted before comparing.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800)
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        if (y >= 0xd800)
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        return x - y;
    }
    return a.length - b.length;
}
// Characters that need attention: `"`, `\`, C0 controls, and surrogates (checked for pairing).
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;
function encodeString(s) {
    if (!SPECIAL.test(s))
        return `"${s}"`;
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x22)
            out += '\\"';
        else if (c === 0x5c)
            out += "\\\\";
        else if (c < 0x20) {
            // Go writes control characters raw, and Go's own envelope encoder then refuses the
            // result ("invalid character in string literal"): no Go client can publish them.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`control character U+${c.toString(16).padStart(4, "0")} in a JSON string cannot be published to a Notary server`);
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            const next = s.charCodeAt(i + 1);
            if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6("unpaired UTF-16 surrogate in a JSON string");
            }
            out += s[i] + s[i + 1];
            i++;
        }
        else
            out += s[i];
    }
    return out + '"';
}
function encodeNumber(n) {
    if (!Number.isSafeInteger(n)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`canonical JSON allows only integers, found ${n}`);
    }
    return String(n === 0 ? 0 : n);
}
/** Go canonical JSON of a parsed value: sorted keys (UTF-8 order), only `"` and `\` escaped, no whitespace. */
function canonicalJson(value) {
    // One string grown by appending (V8 joins the pieces once, when the result is encoded): a large
    // role is written without an array of parts per object.
    return writeValue("", value);
}
// Keys holding a surrogate are the only ones whose UTF-16 order (the engine's sort) differs from
// Go's UTF-8 byte order.
const SURROGATE = /[\ud800-\udfff]/;
function sortedKeys(o) {
    return sortUtf8(Object.keys(o));
}
/** Sorts strings in place in Go's order (their UTF-8 bytes). */
function sortUtf8(keys) {
    if (keys.length < 2)
        return keys;
    for (const k of keys)
        if (SURROGATE.test(k))
            return keys.sort(compareUtf8);
    return keys.sort();
}
/**
 * Canonical JSON of a map whose values the caller writes (`each` returns canonical JSON): the same
 * text as canonicalJson of the object with those keys, without building that object first.
 */
function canonicalMap(m, each) {
    let out = "{";
    let first = true;
    for (const k of sortUtf8([...m.keys()])) {
        out += `${first ? "" : ","}${encodeString(k)}:${each(m.get(k))}`;
        first = false;
    }
    return out + "}";
}
/** Canonical JSON of one string or integer. */
function canonicalScalar(v) {
    return typeof v === "string" ? encodeString(v) : encodeNumber(v);
}
function writeValue(out, value) {
    if (value === null)
        return out + "null";
    switch (typeof value) {
        case "boolean":
            return out + (value ? "true" : "false");
        case "number":
            return out + encodeNumber(value);
        case "string":
            return out + encodeString(value);
        case "object": {
            if (Array.isArray(value)) {
                out += "[";
                for (let i = 0; i < value.length; i++)
                    out = writeValue(i === 0 ? out : out + ",", value[i]);
                return out + "]";
            }
            out += "{";
            let first = true;
            for (const k of sortedKeys(value)) {
                const v = value[k];
                if (v === undefined)
                    continue;
                out = writeValue(`${out}${first ? "" : ","}${encodeString(k)}:`, v);
                first = false;
            }
            return out + "}";
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`value of type ${typeof value} has no JSON form`);
    }
}
const encoder = new TextEncoder();
/** UTF-8 bytes of the canonical form: what is signed and verified. */
function canonicalBytes(value) {
    return encoder.encode(canonicalJson(value));
}
/** What Go's encoding/json does to a RawMessage it compacts: HTML-significant characters escaped. */
const htmlEscape = _text_js__WEBPACK_IMPORTED_MODULE_1__/* .goHtmlEscape */ .BO;
/**
 * The file bytes notary writes: `{"signed":<html-escaped canonical>,"signatures":[…]}` in struct
 * order (not canonical order), from client/helpers.go and tuf/tuf.go.
 */
function envelopeJson(canonicalSigned, signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${encodeString(s.keyid)},"method":${encodeString(s.method)},"sig":${encodeString(s.sig)}}`)
        .join(",");
    return `{"signed":${htmlEscape(canonicalSigned)},"signatures":[${htmlEscape(sigs)}]}`;
}
/** Parses JSON text from an untrusted source into a plain value, refusing anything but an object. */
function parseJsonObject(text, subject) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not valid JSON`, { cause: err });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not a JSON object`);
    }
    return value;
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ keyJson),
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   Sy: () => (/* binding */ canonicalKeyIdOf),
/* harmony export */   VK: () => (/* binding */ rememberCertificate),
/* harmony export */   _z: () => (/* binding */ keyObjectOf),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   ov: () => (/* binding */ listedCanonicalKeyId),
/* harmony export */   rZ: () => (/* binding */ isKeyId),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5493);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Notary public keys, key IDs and signature verification (tuf/data/keys.go, tuf/signed/verifiers.go).
 */



const KEY_TYPES = (/* unused pure expression or super */ null && (["ecdsa", "ecdsa-x509", "rsa", "rsa-x509", "ed25519"]));
const SIGNATURE_METHODS = (/* unused pure expression or super */ null && (["ecdsa", "rsapss", "rsapkcs1v15", "eddsa"]));
/** The JSON of a key as Go writes it (key IDs hash this; root and targets files embed it). */
function keyJson(key) {
    return { keytype: key.type, keyval: { private: null, public: key.public } };
}
/** TUF key ID: hex sha256 of the canonical key JSON, `"private":null` included. */
function keyIdOf(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(keyJson(key)))
        .digest("hex");
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
// Parsed once per key object: a root's certificate is read for its key ID, its key and its checks,
// and X509Certificate parsing and SPKI export are the costly part of checking a root.
const certificates = new WeakMap();
const canonicalIds = new WeakMap();
/**
 * Records the certificate already parsed from `key`'s first PEM block, so that its key ID and key
 * object are derived from it without parsing it again. Any other certificate is not recorded.
 */
function rememberCertificate(key, cert) {
    const first = key.type.endsWith("-x509") ? firstCertificatePem(key) : undefined;
    const der = first && Buffer.from(first.replace(/-----[A-Z ]+-----|\s+/g, ""), "base64");
    if (der && der.equals(cert.raw))
        certificates.set(key, cert);
}
/** The first PEM certificate in a certificate key's text, if it holds one. */
function firstCertificatePem(key) {
    return PEM_CERT.exec(Buffer.from(key.public, "base64").toString("utf8"))?.[0];
}
/** The first certificate of an `*-x509` key (leaf first, as notary requires). */
function certificateOf(key) {
    const known = certificates.get(key);
    if (known)
        return known;
    const cert = parseCertificate(key);
    certificates.set(key, cert);
    return cert;
}
function parseCertificate(key) {
    if (!key.type.endsWith("-x509")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`key of type ${key.type} carries no certificate`);
    }
    const first = firstCertificatePem(key);
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds no PEM certificate`);
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(first);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds an unreadable certificate`, { cause: err });
    }
}
/**
 * The canonical key ID (tuf/utils/x509.go): for certificate keys, the ID of the plain key
 * (`ecdsa`/`rsa`, DER SubjectPublicKeyInfo) inside the certificate. Private key files are named by
 * it and Docker shows delegation keys by it. For plain keys it equals `keyIdOf`.
 */
function canonicalKeyIdOf(key) {
    if (!key.type.endsWith("-x509"))
        return keyIdOf(key);
    const known = canonicalIds.get(key);
    if (known !== undefined)
        return known;
    const spki = certificateOf(key).publicKey.export({ type: "spki", format: "der" });
    const id = keyIdOf({ type: key.type.slice(0, -"-x509".length), public: spki.toString("base64") });
    canonicalIds.set(key, id);
    return id;
}
/**
 * The canonical key ID of a key a role lists, or undefined when it has none (an unreadable
 * certificate): such a key matches no signer, and looking for one goes on with the next key.
 */
function listedCanonicalKeyId(key) {
    try {
        return canonicalKeyIdOf(key);
    }
    catch {
        return undefined;
    }
}
const keyObjects = new WeakMap();
/** The node:crypto key behind a Notary key, or null when it has none we can use. */
function keyObjectOf(key) {
    const cached = keyObjects.get(key);
    if (cached !== undefined)
        return cached;
    let obj = null;
    try {
        switch (key.type) {
            case "ecdsa":
            case "rsa":
                obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(key.public, "base64"), format: "der", type: "spki" });
                break;
            case "ecdsa-x509":
            case "rsa-x509":
                obj = certificateOf(key).publicKey;
                break;
            case "ed25519": {
                const raw = Buffer.from(key.public, "base64");
                if (raw.length === 32) {
                    obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
                }
                break;
            }
        }
    }
    catch {
        obj = null;
    }
    // The key's algorithm must match its declared type, or it never verifies.
    if (obj) {
        const family = key.type.startsWith("ecdsa") ? "ec" : key.type.startsWith("rsa") ? "rsa" : "ed25519";
        if (obj.asymmetricKeyType !== family)
            obj = null;
    }
    keyObjects.set(key, obj);
    return obj;
}
const EC_SIZES = {
    prime256v1: 32,
    "P-256": 32,
    secp384r1: 48,
    "P-384": 48,
    secp521r1: 66,
    "P-521": 66,
};
/**
 * Checks one signature as notary's verifiers do: the method decides the algorithm and must fit the
 * key type; ECDSA is raw r‖s of exactly 2×⌈bits/8⌉ bytes over sha256; RSA keys need 2048 bits;
 * RSA-PSS uses salt length 32. Anything unknown or mismatched is simply not valid.
 */
function verifySignature(key, method, message, signature) {
    const obj = keyObjectOf(key);
    if (!obj)
        return false;
    try {
        switch (method.toLowerCase()) {
            case "ecdsa": {
                if (obj.asymmetricKeyType !== "ec")
                    return false;
                const size = EC_SIZES[obj.asymmetricKeyDetails?.namedCurve ?? ""];
                if (!size || signature.length !== 2 * size)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, dsaEncoding: "ieee-p1363" }, signature);
            }
            case "rsapss":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
            case "rsapkcs1v15":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
            case "eddsa":
                if (obj.asymmetricKeyType !== "ed25519" || signature.length !== 64)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, obj, signature);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}
const KEY_ID = /^[0-9a-f]{64}$/;
/** Whether text is a key ID as notary writes one: the hex sha256 of a key, 64 lower-case digits. */
function isKeyId(text) {
    return KEY_ID.test(text);
}
/** Short form of a key ID for messages: the first 12 hex digits and an ellipsis. */
function shortId(id) {
    return id.length > 12 ? `${id.slice(0, 12)}…` : id;
}


/***/ }),

/***/ 3903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ TARGETS_LIFETIME_MS),
/* harmony export */   L7: () => (/* binding */ YEAR_MS),
/* harmony export */   iV: () => (/* binding */ ROOT_LIFETIME_MS),
/* harmony export */   kY: () => (/* binding */ ROOT_CERTIFICATE_LIFETIME_MS),
/* harmony export */   oe: () => (/* binding */ MAX_LIFETIME_MS),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   wF: () => (/* binding */ MIN_LIFETIME_MS),
/* harmony export */   x: () => (/* binding */ defaultLifetime)
/* harmony export */ });
/**
 * How long signed metadata and root certificates live, in one place. Defaults are notary's
 * (const.go: NotaryRootExpiry, NotaryTargetsExpiry, NotarySnapshotExpiry, NotaryTimestampExpiry;
 * a year is notary.Year, 365 days, leap days ignored). Delegations get the targets lifetime, as the
 * Go client re-signs them. Snapshot and timestamp are signed by the server in a Docker repository:
 * their lifetimes are here to explain what a reader sees, not to sign with.
 */
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** notary.Year: 365 days. */
const YEAR_MS = 365 * DAY_MS;
const ROOT_LIFETIME_MS = 10 * YEAR_MS;
/** Targets and every delegation (targets/releases, targets/<signer>). */
const TARGETS_LIFETIME_MS = 3 * YEAR_MS;
const SNAPSHOT_LIFETIME_MS = 3 * YEAR_MS;
const TIMESTAMP_LIFETIME_MS = 14 * DAY_MS;
/** A root certificate made for a new repository (notary's NewCertificate: 10 years from now). */
const ROOT_CERTIFICATE_LIFETIME_MS = 10 * YEAR_MS;
/** The shortest lifetime a person may ask for: less would expire before most pipelines end. */
const MIN_LIFETIME_MS = HOUR_MS;
/** The longest lifetime a person may ask for: past it, a date is a typo rather than a plan. */
const MAX_LIFETIME_MS = 100 * YEAR_MS;
/** The default lifetime of a role when it is (re-)signed. */
function defaultLifetime(role) {
    if (role === "root")
        return ROOT_LIFETIME_MS;
    if (role === "snapshot")
        return SNAPSHOT_LIFETIME_MS;
    if (role === "timestamp")
        return TIMESTAMP_LIFETIME_MS;
    return TARGETS_LIFETIME_MS;
}


/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ displayTime),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   bi: () => (/* binding */ parseGoTime)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Expiry times as Go writes and reads them (time.Time, RFC 3339 with nanoseconds).
 * Read: any RFC 3339 offset, fraction of any length. Write: UTC with `Z`, trailing fraction zeros
 * dropped, no fraction when it is zero (Go's RFC3339Nano). JavaScript's toISOString() (`.000Z`)
 * is not Go's form and breaks every reader once uploaded.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;
/** Milliseconds since the epoch of an RFC 3339 time (sub-millisecond digits are truncated). */
function parseGoTime(text) {
    const m = RFC3339.exec(text);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires "${text.slice(0, 40)}" is not an RFC 3339 time`);
    const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
    const ms = frac ? Number(frac.padEnd(3, "0").slice(0, 3)) : 0;
    let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const check = new Date(t);
    if (check.getUTCDate() !== Number(d) ||
        check.getUTCMonth() !== Number(mo) - 1 ||
        Number(h) > 23 ||
        Number(mi) > 59 ||
        Number(s) > 59) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires "${text}" is not a valid date`);
    }
    if (zone !== "Z") {
        const offset = (Number(oh) * 60 + Number(om)) * 60_000;
        t += sign === "+" ? -offset : offset;
    }
    return t;
}
/** Go's RFC3339Nano for a UTC instant: `2029-11-20T21:01:51.35Z`, `2029-11-20T21:01:51Z`. */
function formatGoTime(epochMs) {
    const iso = new Date(epochMs).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (!/^\d{4}-/.test(iso))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`time ${iso} is outside the years Go can write`);
    const [base, frac] = iso.slice(0, -1).split(".");
    const trimmed = (frac ?? "").replace(/0+$/, "");
    return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}
/** The normalised UTC form of an expiry for messages (`2026-01-02T03:04:05Z`). */
function displayTime(epochMs) {
    return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createRuntime)
/* harmony export */ });
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quiet = () => { };
/** The real clock, timers and randomness; progress and warnings go where `parts` says (nowhere by default). */
function createRuntime(parts = {}) {
    return { now: Date.now, sleep: realSleep, random: Math.random, log: quiet, warn: quiet, ...parts };
}


/***/ })

};
