export const id = 717;
export const ids = [717];
export const modules = {

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ derSet),
/* harmony export */   Cf: () => (/* binding */ derOctetString),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   LU: () => (/* binding */ childrenOf),
/* harmony export */   SU: () => (/* binding */ readDer),
/* harmony export */   UQ: () => (/* binding */ derBitString),
/* harmony export */   Ug: () => (/* binding */ EncodingError),
/* harmony export */   Ut: () => (/* binding */ childAt),
/* harmony export */   Wg: () => (/* binding */ derExplicit),
/* harmony export */   _2: () => (/* binding */ derOid),
/* harmony export */   cl: () => (/* binding */ derBoolean),
/* harmony export */   dV: () => (/* binding */ derUnsigned),
/* harmony export */   dh: () => (/* binding */ oidToString),
/* harmony export */   i5: () => (/* binding */ derInteger),
/* harmony export */   ih: () => (/* binding */ readSmallInteger),
/* harmony export */   kC: () => (/* binding */ derDirectoryString),
/* harmony export */   oD: () => (/* binding */ readWhole),
/* harmony export */   qH: () => (/* binding */ encodeDer),
/* harmony export */   tm: () => (/* binding */ derTime),
/* harmony export */   xy: () => (/* binding */ derSequence)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The little DER (ASN.1) this package needs: read one TLV at a time, and build the few structures
 * key files and certificates contain. Not a general ASN.1 library: definite lengths only,
 * single-byte tags only.
 */

/** A PEM or DER encoding that cannot be read. The message never quotes the bytes. */
class EncodingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru {
    constructor(message, options = {}) {
        super("MALFORMED_ENCODING", message, options);
    }
}
const TAG = {
    boolean: 0x01,
    integer: 0x02,
    bitString: 0x03,
    octetString: 0x04,
    null: 0x05,
    oid: 0x06,
    utf8String: 0x0c,
    printableString: 0x13,
    utcTime: 0x17,
    generalizedTime: 0x18,
    sequence: 0x30,
    set: 0x31,
};
/** Reads the TLV that starts at `offset`. */
function readDer(source, offset = 0) {
    if (offset + 2 > source.length)
        throw new EncodingError("truncated DER");
    const tag = source[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new EncodingError("multi-byte DER tags are not supported");
    let length = source[offset + 1];
    let pos = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4)
            throw new EncodingError("unsupported DER length");
        if (pos + count > source.length)
            throw new EncodingError("truncated DER");
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + source[pos + i];
        pos += count;
        if (length < 0x80 || (count > 1 && source[pos - count] === 0))
            throw new EncodingError("non-minimal DER length");
    }
    if (pos + length > source.length)
        throw new EncodingError("truncated DER");
    return { tag, content: source.subarray(pos, pos + length), start: offset, end: pos + length };
}
/** Reads a whole buffer as exactly one TLV with the expected tag. */
function readWhole(source, tag) {
    const node = readDer(source);
    if (node.tag !== tag)
        throw new EncodingError(`expected DER tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
    if (node.end !== source.length)
        throw new EncodingError("trailing bytes after DER structure");
    return node;
}
/** The children of a constructed node, in order. */
function childrenOf(node) {
    const out = [];
    let offset = 0;
    while (offset < node.content.length) {
        const child = readDer(node.content, offset);
        out.push(child);
        offset = child.end;
    }
    return out;
}
/** The child at `index`, which must have `tag`. */
function childAt(children, index, tag, what) {
    const child = children[index];
    if (!child || child.tag !== tag)
        throw new EncodingError(`missing or malformed ${what}`);
    return child;
}
/** Dotted form of an OBJECT IDENTIFIER's content bytes. */
function oidToString(content) {
    if (content.length === 0)
        throw new EncodingError("empty OID");
    const arcs = [];
    let value = 0;
    for (const byte of content) {
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER)
            throw new EncodingError("OID arc too large");
        if (!(byte & 0x80)) {
            arcs.push(value);
            value = 0;
        }
    }
    if (content[content.length - 1] & 0x80)
        throw new EncodingError("truncated OID");
    const first = arcs.shift();
    const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
    return [...head, ...arcs].join(".");
}
/** A non-negative INTEGER small enough for a JS number (iteration counts, versions). */
function readSmallInteger(node, what) {
    if (node.tag !== TAG.integer || node.content.length === 0 || node.content.length > 6) {
        throw new EncodingError(`malformed ${what}`);
    }
    if (node.content[0] & 0x80)
        throw new EncodingError(`negative ${what}`);
    return node.content.readUIntBE(0, node.content.length);
}
function lengthBytes(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let n = length; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/** One TLV. */
function encodeDer(tag, content) {
    return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}
function derSequence(...items) {
    return encodeDer(TAG.sequence, Buffer.concat(items));
}
function derOctetString(content) {
    return encodeDer(TAG.octetString, content);
}
/** A non-negative INTEGER from a JS number, minimal as DER requires. */
function derInteger(value) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new EncodingError("bad INTEGER value");
    const bytes = [];
    for (let n = value; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    if (bytes.length === 0 || bytes[0] & 0x80)
        bytes.unshift(0);
    return encodeDer(TAG.integer, Buffer.from(bytes));
}
function derOid(dotted) {
    const arcs = dotted.split(".").map(Number);
    if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
        throw new EncodingError("bad OID");
    const values = [arcs[0] * 40 + arcs[1], ...arcs.slice(2)];
    const bytes = [];
    for (const value of values) {
        const chunk = [value & 0x7f];
        for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128))
            chunk.unshift((n & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return encodeDer(TAG.oid, Buffer.from(bytes));
}
function derSet(...items) {
    return encodeDer(TAG.set, Buffer.concat(items));
}
/** A non-negative INTEGER from big-endian bytes (leading zeros trimmed, one added for the sign bit). */
function derUnsigned(bytes) {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0)
        i++;
    const trimmed = Buffer.from(bytes.subarray(i));
    return encodeDer(TAG.integer, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function derBitString(bytes) {
    return encodeDer(TAG.bitString, Buffer.concat([Buffer.from([0]), bytes]));
}
function derBoolean(value) {
    return encodeDer(TAG.boolean, Buffer.from([value ? 0xff : 0]));
}
/** An explicitly tagged, constructed context element `[n]`. */
function derExplicit(n, inner) {
    return encodeDer(0xa0 | n, inner);
}
/** PrintableString when the text allows it (as Go's asn1 does), else UTF8String. */
function derDirectoryString(text) {
    return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text)
        ? encodeDer(TAG.printableString, Buffer.from(text, "ascii"))
        : encodeDer(TAG.utf8String, Buffer.from(text, "utf8"));
}
/** UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5), seconds precision. */
function derTime(epochMs) {
    const iso = new Date(Math.floor(epochMs / 1000) * 1000).toISOString();
    const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
    return Number(iso.slice(0, 4)) < 2050
        ? encodeDer(TAG.utcTime, Buffer.from(digits.slice(2)))
        : encodeDer(TAG.generalizedTime, Buffer.from(digits));
}


/***/ }),

/***/ 1588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ encodePem),
/* harmony export */   v: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(231);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/**
 * PEM blocks with RFC 1421 headers, read leniently (CRLF, surrounding text, several blocks) and
 * written exactly as Go's `encoding/pem.EncodeToMemory` does, because notary compares and names
 * keys by those bytes.
 */


const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----$/;
/** Every PEM block in `text`, in order. Text outside blocks is ignored. */
function decodePemBlocks(text) {
    const lines = text.split(/\r?\n/);
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        const begin = BEGIN.exec(lines[i].trim());
        if (!begin)
            continue;
        const type = begin[1];
        const end = `-----END ${type}-----`;
        const headers = {};
        let j = i + 1;
        for (; j < lines.length; j++) {
            const line = lines[j];
            const colon = line.indexOf(":");
            if (colon < 0)
                break;
            headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
        }
        const body = [];
        for (; j < lines.length && lines[j].trim() !== end; j++)
            body.push(lines[j].trim());
        if (j >= lines.length)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`PEM block ${type} has no END line`);
        const base64 = body.join("");
        if (!(0,_base64_js__WEBPACK_IMPORTED_MODULE_0__/* .isStandardBase64 */ .Jx)(base64)) {
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`PEM block ${type} has a body that is not base64`);
        }
        blocks.push({ type, headers, bytes: Buffer.from(base64, "base64") });
        i = j;
    }
    return blocks;
}
/** Go's header order: `Proc-Type` first, then the other keys sorted bytewise. */
function orderedHeaderKeys(headers) {
    const keys = Object.keys(headers).filter((k) => k !== "Proc-Type");
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return "Proc-Type" in headers ? ["Proc-Type", ...keys] : keys;
}
/**
 * Byte-for-byte `pem.EncodeToMemory`: `\n` line ends, headers then a blank line, base64 in lines
 * of 64 characters, and a trailing newline.
 */
function encodePem(block) {
    let out = `-----BEGIN ${block.type}-----\n`;
    const headers = block.headers ?? {};
    const keys = orderedHeaderKeys(headers);
    for (const key of keys) {
        if (key.includes(":") || /[\r\n]/.test(key + headers[key])) {
            throw new _der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("PEM header names cannot contain ':' and values cannot contain line breaks");
        }
        out += `${key}: ${headers[key]}\n`;
    }
    if (keys.length > 0)
        out += "\n";
    const base64 = Buffer.from(block.bytes).toString("base64");
    for (let i = 0; i < base64.length; i += 64)
        out += `${base64.slice(i, i + 64)}\n`;
    return `${out}-----END ${block.type}-----\n`;
}


/***/ }),

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ pickBlock),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   ex: () => (/* binding */ keyFileRole)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _codec_base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(231);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8613);
/* harmony import */ var _codec_pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1588);
/**
 * The PEM block of a private key file and its headers, read without decrypting anything: what a
 * run needs before its first requests (the `role:` header names the delegation to fetch), kept
 * apart from the key decoding so that the latter loads while those requests are in flight.
 */




const PRIVATE_TYPES = new Set([
    "ENCRYPTED PRIVATE KEY",
    "PRIVATE KEY",
    "EC PRIVATE KEY",
    "RSA PRIVATE KEY",
    "ED25519 PRIVATE KEY",
]);
const PUBLIC_TYPES = new Set(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY", "TRUSTED CERTIFICATE"]);
/** How messages name the key: by its role when the file carries one. */
function subjectOf(block) {
    const role = block.headers["role"];
    return role ? `key file (role ${role})` : "key file";
}
function pickBlock(text) {
    let blocks;
    try {
        blocks = (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .decodePemBlocks */ .v)(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key file is malformed: ${err instanceof _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
    if (block)
        return block;
    const other = blocks.find((b) => b.type !== "EC PARAMETERS");
    if (!other)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)", {
            ...notPemHint(text),
        });
    if (PUBLIC_TYPES.has(other.type)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key file holds a ${other.type.toLowerCase()}, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key file holds an unsupported PEM block ${other.type}; expected ENCRYPTED PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY`);
}
/** The `role:` header of a key file, read without decrypting it; undefined when it has none. */
function keyFileRole(text) {
    return pickBlock(text).headers["role"] || undefined;
}
/**
 * What a secret that is not PEM most often is: the file base64-encoded (to keep it on one line),
 * or its line breaks written as the two characters \n. Said without repeating any of it.
 */
function notPemHint(text) {
    const t = text.trim();
    if (/^-----BEGIN [^\n]*\\n/.test(t))
        return { hint: "its line breaks are the two characters \\n: store the file as it is, with real line breaks" };
    // A PEM pasted onto one line: its line breaks became spaces.
    if (/-----BEGIN [A-Z0-9 ]+-----[ \t]+\S/.test(t))
        return { hint: "its line breaks were replaced by spaces: store the file as it is, with its line breaks" };
    if (/-----END [A-Z0-9 ]+-----/.test(t) && !t.includes("-----BEGIN "))
        return { hint: "its -----BEGIN … line is missing: store the whole key file, first line included" };
    if (!t.includes("-----") && (0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeBase64 */ .z0)(t, 40))
        return { hint: "it looks base64-encoded: store the key file itself (its PEM text), not an encoding of it" };
    return {};
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPrivateKey: () => (/* binding */ loadPrivateKey),
  J: () => (/* binding */ loadPrivateKeyAsync)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redaction.ts
var redaction = __webpack_require__(1066);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/codec/der.ts
var codec_der = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/signers/pbes2.ts
var pbes2 = __webpack_require__(2003);
;// CONCATENATED MODULE: ./src/signers/legacy-pem.ts
/**
 * Legacy OpenSSL PEM encryption (`Proc-Type: 4,ENCRYPTED` + `DEK-Info: AES-256-CBC,<iv hex>`), as
 * notary 0.1–0.3 wrote its `EC PRIVATE KEY` / `RSA PRIVATE KEY` / `ED25519 PRIVATE KEY` files and
 * Go's deprecated x509.DecryptPEMBlock reads them: key = EVP_BytesToKey(MD5, passphrase,
 * salt = first 8 bytes of the IV, 1 round), CBC with PKCS#7 padding.
 *
 * Done by hand because OpenSSL refuses the non-standard `role:` header notary adds to such blocks,
 * and because it lets a wrong passphrase be told apart from an unsupported file.
 */



const CIPHERS = {
    "AES-128-CBC": { name: "aes-128-cbc", keyLength: 16, ivLength: 16 },
    "AES-192-CBC": { name: "aes-192-cbc", keyLength: 24, ivLength: 16 },
    "AES-256-CBC": { name: "aes-256-cbc", keyLength: 32, ivLength: 16 },
    "DES-EDE3-CBC": { name: "des-ede3-cbc", keyLength: 24, ivLength: 8 },
};
/** True when the block carries `Proc-Type: 4,ENCRYPTED`. */
function isLegacyEncrypted(block) {
    return (block.headers["Proc-Type"] ?? "").replace(/\s/g, "") === "4,ENCRYPTED";
}
/** OpenSSL's EVP_BytesToKey with MD5 and one round. */
function bytesToKey(passphrase, salt, length) {
    const parts = [];
    let previous = Buffer.alloc(0);
    let total = 0;
    while (total < length) {
        previous = (0,external_node_crypto_.createHash)("md5").update(previous).update(passphrase, "utf8").update(salt).digest();
        parts.push(previous);
        total += previous.length;
    }
    return Buffer.concat(parts).subarray(0, length);
}
/** Decrypts the body of a legacy encrypted block; throws WrongPassphraseError on bad padding. */
function decryptLegacyPem(block, passphrase) {
    const dekInfo = block.headers["DEK-Info"] ?? "";
    const [name = "", ivHex = ""] = dekInfo.split(",").map((s) => s.trim());
    const cipher = CIPHERS[name.toUpperCase()];
    if (!cipher)
        throw new codec_der/* EncodingError */.Ug(`unsupported PEM encryption ${name || "(no DEK-Info)"}`);
    if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== cipher.ivLength * 2) {
        throw new codec_der/* EncodingError */.Ug("malformed DEK-Info IV");
    }
    if (block.bytes.length === 0 || block.bytes.length % cipher.ivLength !== 0) {
        throw new codec_der/* EncodingError */.Ug("encrypted PEM body is not a whole number of cipher blocks");
    }
    const iv = Buffer.from(ivHex, "hex");
    const key = bytesToKey(passphrase, iv.subarray(0, 8), cipher.keyLength);
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)(cipher.name, key, iv);
        return Buffer.concat([decipher.update(block.bytes), decipher.final()]);
    }
    catch {
        throw new pbes2/* WrongPassphraseError */.iA();
    }
    finally {
        key.fill(0);
    }
}

// EXTERNAL MODULE: ./src/signers/key-file-block.ts
var key_file_block = __webpack_require__(7159);
// EXTERNAL MODULE: ./src/signers/pkcs8.ts
var pkcs8 = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/signers/key-file.ts
/**
 * Loads a private key for signing: Docker/notary key files (`~/.docker/trust/private/<id>.key`,
 * encrypted PKCS#8 with `role:`/`gun:` PEM headers), notary's Ed25519 layout, the legacy encrypted
 * PEMs of notary 0.1–0.3, and plain PKCS#8 / SEC1 / PKCS#1 PEMs from other tools.
 *
 * Errors are one line, name the key by role when known, and never carry key bytes or the passphrase
 * (no `cause` either: OpenSSL errors are not quoted).
 */












const PASSPHRASE_HINT = `the key is encrypted: give its passphrase in ${(0,wording/* setting */.Pe)("signer-key-passphrase")}`;
/** Decodes a legacy (`EC`/`RSA`/`ED25519 PRIVATE KEY`) body. */
function importLegacy(type, der) {
    switch (type) {
        case "EC PRIVATE KEY":
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "sec1" });
        case "RSA PRIVATE KEY":
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "pkcs1" });
        default:
            return (0,pkcs8/* ed25519FromNotaryRaw */.dz)(der);
    }
}
/** Whether a passphrase given is the absolute path of a file (what a CI "file" variable holds). */
function isExistingPath(text) {
    if (!text || !text.startsWith("/") || text.length > 4096 || /[\n\0]/.test(text))
        return false;
    try {
        return (0,external_node_fs_.statSync)(text).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The private KeyObject of a block; `secret` is the passphrase or undefined. A key that decrypts
 * but cannot then be read is reported as a wrong passphrase, as notary does.
 */
function importBlock(block, secret, decrypt = pbes2/* decryptPkcs8 */.lx) {
    const subject = (0,key_file_block/* subjectOf */.et)(block);
    // No cause: what a failed decryption threw may quote the bytes it could not read.
    // A CI "file" variable holds a path: said without repeating it (it is given as a secret).
    const aPath = () => isExistingPath(secret) ? "; the passphrase given is the path of a file: give the passphrase itself" : "";
    const wrong = () => new pbes2/* WrongPassphraseError */.iA(subject, {
        hint: (block.headers["role"] === "root"
            ? `give the passphrase the root key was written with in ${(0,wording/* phrase */.MZ)("root-passphrase")}`
            : `give the passphrase the key file was written with in ${(0,wording/* setting */.Pe)("signer-key-passphrase")}`) + aPath(),
    });
    const needsPassphrase = () => new errors/* UsageError */.eb(`${subject}: ${PASSPHRASE_HINT}`);
    if (block.type === "ENCRYPTED PRIVATE KEY") {
        if (secret === undefined)
            throw needsPassphrase();
        let plain;
        try {
            plain = decrypt(block.bytes, secret);
        }
        catch (err) {
            if (err instanceof pbes2/* WrongPassphraseError */.iA)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : "unreadable encrypted key"}`);
        }
        if (!plain) {
            // Not PBES2/PBKDF2/AES (e.g. scrypt or PKCS#12 PBE): let OpenSSL try it.
            try {
                return (0,external_node_crypto_.createPrivateKey)({ key: block.bytes, format: "der", type: "pkcs8", passphrase: secret });
            }
            catch {
                throw new errors/* UsageError */.eb(`cannot decrypt ${subject}: wrong passphrase or unsupported encryption`);
            }
        }
        try {
            return (0,pkcs8/* importPkcs8 */.Fo)(plain);
        }
        catch {
            throw wrong();
        }
        finally {
            plain.fill(0);
        }
    }
    if (block.type === "PRIVATE KEY") {
        try {
            return (0,pkcs8/* importPkcs8 */.Fo)(block.bytes);
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : "unreadable PKCS#8 key"}`);
        }
    }
    // Legacy types, encrypted with Proc-Type/DEK-Info or not.
    let der = block.bytes;
    const encrypted = isLegacyEncrypted(block);
    if (encrypted) {
        if (secret === undefined)
            throw needsPassphrase();
        try {
            der = decryptLegacyPem(block, secret);
        }
        catch (err) {
            if (err instanceof pbes2/* WrongPassphraseError */.iA)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject}: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : "cannot decrypt"}`);
        }
    }
    try {
        return importLegacy(block.type, der);
    }
    catch (err) {
        if (encrypted)
            throw wrong();
        throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof codec_der/* EncodingError */.Ug ? err.message : `unreadable ${block.type}`}`);
    }
    finally {
        if (encrypted)
            der.fill(0);
    }
}
/** A private key's text (line by line) and its passphrase, as secrets (redaction.ts). */
function registerKeySecrets(text, passphrase) {
    (0,redaction/* registerSecret */.cl)(text);
    (0,redaction/* registerSecret */.cl)(passphrase);
}
/**
 * Reads a private key file. `passphrase` is needed for encrypted keys (an empty string counts as
 * none, as notary never encrypts with an empty passphrase) and ignored for unencrypted ones.
 */
function loadPrivateKey(text, passphrase) {
    registerKeySecrets(text, passphrase);
    const block = (0,key_file_block/* pickBlock */.DT)(text);
    return loaded(block, importBlock(block, passphrase === "" ? undefined : passphrase));
}
/**
 * loadPrivateKey with the PBKDF2 of an encrypted PKCS#8 key (Docker's key files) on the thread
 * pool: a caller can send its first requests and decrypt while they are in flight. Same results
 * and the same errors.
 */
async function loadPrivateKeyAsync(text, passphrase) {
    registerKeySecrets(text, passphrase);
    const block = (0,key_file_block/* pickBlock */.DT)(text);
    const secret = passphrase === "" ? undefined : passphrase;
    if (block.type !== "ENCRYPTED PRIVATE KEY" || secret === undefined)
        return loaded(block, importBlock(block, secret));
    let outcome;
    try {
        outcome = { plain: await (0,pbes2/* decryptPkcs8Async */.R)(block.bytes, secret) };
    }
    catch (error) {
        outcome = { error };
    }
    // importBlock turns the outcome into a key or into the error loadPrivateKey reports.
    return loaded(block, importBlock(block, secret, () => {
        if ("error" in outcome)
            throw outcome.error;
        return outcome.plain;
    }));
}
function loaded(block, keyObject) {
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(keyObject);
    if (reason)
        throw new errors/* UsageError */.eb(`${(0,key_file_block/* subjectOf */.et)(block)}: ${reason}`);
    const publicKey = (0,public_key/* notaryPublicKeyOf */.hE)(keyObject);
    const role = block.headers["role"];
    const gun = block.headers["gun"];
    return {
        keyObject,
        publicKey,
        keyId: (0,keys/* keyIdOf */.yg)(publicKey),
        ...(role ? { role } : {}),
        ...(gun ? { gun } : {}),
    };
}


/***/ }),

/***/ 2003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ decryptPkcs8Async),
/* harmony export */   iA: () => (/* binding */ WrongPassphraseError),
/* harmony export */   lx: () => (/* binding */ decryptPkcs8),
/* harmony export */   t3: () => (/* binding */ encryptPkcs8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8613);
/**
 * Encrypted PKCS#8 (`EncryptedPrivateKeyInfo`, RFC 5958 / PKCS#5 v2.1 PBES2) as notary writes it
 * (tuf/utils/pkcs8.go): PBKDF2 with an 8-byte salt, 2048 iterations and the PRF left out (so
 * HMAC-SHA1), then AES-256-CBC with a 16-byte IV and PKCS#7 padding.
 *
 * Decryption is done here rather than by OpenSSL because notary's ed25519 keys use a private-key
 * layout OpenSSL refuses to load even to decrypt it. Other PBKDF2 PRFs and AES key sizes are read
 * too; anything else (PBES1, scrypt) is reported as `unsupported` so the caller can hand the
 * DER to OpenSSL instead.
 */



const OID_PBES2 = "1.2.840.113549.1.5.13";
const OID_PBKDF2 = "1.2.840.113549.1.5.12";
const PRFS = {
    "1.2.840.113549.2.7": "sha1",
    "1.2.840.113549.2.8": "sha224",
    "1.2.840.113549.2.9": "sha256",
    "1.2.840.113549.2.10": "sha384",
    "1.2.840.113549.2.11": "sha512",
};
const CIPHERS = {
    "2.16.840.1.101.3.4.1.2": { name: "aes-128-cbc", keyLength: 16 },
    "2.16.840.1.101.3.4.1.22": { name: "aes-192-cbc", keyLength: 24 },
    "2.16.840.1.101.3.4.1.42": { name: "aes-256-cbc", keyLength: 32 },
};
const OID_AES256_CBC = "2.16.840.1.101.3.4.1.42";
/** More PBKDF2 rounds than this are refused: a key file should not be able to stall a CI job. */
const MAX_ITERATIONS = 10_000_000;
/** The passphrase did not decrypt the key (bad padding or no PKCS#8 structure inside). */
class WrongPassphraseError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    constructor(subject = "the key", options = {}) {
        super(`wrong passphrase for ${subject}`, { code: "WRONG_PASSPHRASE", ...options });
    }
}
/** PBES2 parameters, or undefined when the scheme is not PBES2 + PBKDF2 + AES-CBC. */
function readPbes2(algorithm) {
    const oid = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(algorithm, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "encryption algorithm").content);
    if (oid !== OID_PBES2)
        return undefined;
    const params = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(algorithm, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBES2 parameters"));
    const kdf = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(params, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBES2 key derivation function"));
    const scheme = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(params, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBES2 encryption scheme"));
    if ((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(kdf, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "key derivation OID").content) !== OID_PBKDF2)
        return undefined;
    const cipher = CIPHERS[(0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(scheme, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "cipher OID").content)];
    if (!cipher)
        return undefined;
    const iv = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(scheme, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.octetString, "cipher IV").content;
    if (iv.length !== 16)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("AES-CBC IV is not 16 bytes");
    const pbkdf2 = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(kdf, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBKDF2 parameters"));
    const salt = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(pbkdf2, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.octetString, "PBKDF2 salt").content;
    const iterations = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallInteger */ .ih)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(pbkdf2, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.integer, "PBKDF2 iteration count"), "iteration count");
    if (iterations < 1 || iterations > MAX_ITERATIONS)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug(`PBKDF2 iteration count ${iterations} is out of range`);
    let next = 2;
    const keyLengthNode = pbkdf2[next];
    if (keyLengthNode?.tag === _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.integer) {
        if ((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readSmallInteger */ .ih)(keyLengthNode, "PBKDF2 key length") !== cipher.keyLength) {
            throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("PBKDF2 key length does not match the cipher");
        }
        next++;
    }
    let prf = "sha1";
    if (pbkdf2[next]) {
        const prfAlgorithm = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(pbkdf2, next, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "PBKDF2 PRF"));
        const found = PRFS[(0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(prfAlgorithm, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.oid, "PRF OID").content)];
        if (!found)
            return undefined;
        prf = found;
    }
    return { salt, iterations, prf, cipher: cipher.name, keyLength: cipher.keyLength, iv };
}
/**
 * Decrypts an `EncryptedPrivateKeyInfo` to the DER `PrivateKeyInfo` inside it. Returns undefined
 * when the encryption scheme is not one this module reads. Throws WrongPassphraseError when the
 * result is not a well-formed structure (as notary does: it cannot tell a wrong passphrase apart
 * from damaged data).
 */
function decryptPkcs8(der, passphrase) {
    const encrypted = readEncrypted(der);
    if (!encrypted)
        return undefined;
    const { params } = encrypted;
    return decryptWith(encrypted, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(passphrase, params.salt, params.iterations, params.keyLength, params.prf));
}
/**
 * decryptPkcs8 with the key derivation (PBKDF2, most of the work) on libuv's thread pool, so that
 * the caller's requests go on while it runs. Same results and errors.
 */
async function decryptPkcs8Async(der, passphrase) {
    const encrypted = readEncrypted(der);
    if (!encrypted)
        return undefined;
    const { params } = encrypted;
    const key = await new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2)(passphrase, params.salt, params.iterations, params.keyLength, params.prf, (err, derived) => err ? reject(err) : resolve(derived)));
    return decryptWith(encrypted, key);
}
/** The parameters and ciphertext of a PBES2 key; undefined for a scheme this module does not read. */
function readEncrypted(der) {
    const outer = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readWhole */ .oD)(der, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence));
    const algorithm = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(outer, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence, "encryption algorithm"));
    const ciphertext = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(outer, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.octetString, "encrypted data").content;
    const params = readPbes2(algorithm);
    if (!params)
        return undefined;
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("encrypted data is not a whole number of AES blocks");
    return { params, ciphertext };
}
/** AES-CBC decryption with the derived `key` (wiped afterwards), and the checks of the result. */
function decryptWith({ params, ciphertext }, key) {
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(params.cipher, key, params.iv).setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    key.fill(0);
    // A wrong passphrase shows as bad PKCS#7 padding or, rarely, as a plaintext that is not one
    // DER SEQUENCE starting with a version INTEGER. (Go's pkcs8.go only tries the ASN.1 parse.)
    const pad = padded[padded.length - 1];
    const validPadding = pad >= 1 && pad <= 16 && padded.subarray(padded.length - pad).every((b) => b === pad);
    try {
        if (!validPadding)
            throw new WrongPassphraseError();
        const plain = padded.subarray(0, padded.length - pad);
        (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .readWhole */ .oD)(plain, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.sequence)), 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.integer, "version");
        return Buffer.from(plain);
    }
    catch {
        throw new WrongPassphraseError();
    }
    finally {
        padded.fill(0);
    }
}
/**
 * Encrypts a DER `PrivateKeyInfo` exactly as notary does: PBES2, PBKDF2 (8-byte salt, 2048
 * iterations, PRF omitted = HMAC-SHA1), AES-256-CBC (16-byte IV), PKCS#7 padding.
 */
function encryptPkcs8(plain, passphrase, options = {}) {
    const salt = Buffer.from(options.salt ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8));
    const iv = Buffer.from(options.iv ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16));
    if (salt.length !== 8 || iv.length !== 16)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .EncodingError */ .Ug("salt must be 8 bytes and IV 16 bytes");
    const iterations = 2048;
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(passphrase, salt, iterations, 32, "sha1");
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)("aes-256-cbc", key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    key.fill(0);
    return (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOid */ ._2)(OID_PBES2), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOid */ ._2)(OID_PBKDF2), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOctetString */ .Cf)(salt), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derInteger */ .i5)(iterations))), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOid */ ._2)(OID_AES256_CBC), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOctetString */ .Cf)(iv)))), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derOctetString */ .Cf)(ciphertext));
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ importPkcs8),
/* harmony export */   dz: () => (/* binding */ ed25519FromNotaryRaw),
/* harmony export */   p7: () => (/* binding */ encodeNotaryPkcs8)
/* harmony export */ });
/* unused harmony export pkcs8AlgorithmOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/**
 * Unencrypted PKCS#8 `PrivateKeyInfo` as notary reads and writes it (tuf/utils/pkcs8.go):
 *
 *   EC:      SEQ{ INTEGER 1, SEQ{ id-ecPublicKey, namedCurve }, OCTET STRING <SEC1 ECPrivateKey> }
 *   RSA:     SEQ{ INTEGER 0, SEQ{ rsaEncryption } (no NULL), OCTET STRING <PKCS#1 RSAPrivateKey> }
 *   Ed25519: SEQ{ INTEGER 0, SEQ{ 1.3.6.1.4.1.11591.15.1 }, OCTET STRING <pub(32) ‖ seed(32) ‖ pub(32)> }
 *
 * The EC version 1 (not 0) and the missing RSA NULL are what Go's struct marshalling produces; the
 * ed25519 OID and raw layout are notary's own and no other tool reads them, so they are handled here.
 */


/** notary's (GnuPG-arc) Ed25519 OID; RFC 8410's is 1.3.101.112. */
const OID_NOTARY_ED25519 = "1.3.6.1.4.1.11591.15.1";
const OID_ED25519 = "1.3.101.112";
const OID_RSA = "1.2.840.113549.1.1.1";
const OID_EC = "1.2.840.10045.2.1";
const CURVE_OIDS = {
    prime256v1: "1.2.840.10045.3.1.7",
    secp384r1: "1.3.132.0.34",
    secp521r1: "1.3.132.0.35",
};
/** The OID of a PrivateKeyInfo's algorithm (to route notary's ed25519 keys). */
function pkcs8AlgorithmOf(der) {
    const fields = childrenOf(readWhole(der, TAG.sequence));
    const algorithm = childrenOf(childAt(fields, 1, TAG.sequence, "PKCS#8 algorithm"));
    return oidToString(childAt(algorithm, 0, TAG.oid, "PKCS#8 algorithm OID").content);
}
/**
 * A private KeyObject from notary's raw Ed25519 layout `pub ‖ seed ‖ pub` (96 bytes; Go's
 * ed25519.PrivateKey is `seed ‖ pub`). Both copies of the public key must match the seed, or Go
 * would produce signatures that do not verify.
 */
function ed25519FromNotaryRaw(raw) {
    if (raw.length !== 96)
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`ed25519 private key is ${raw.length} bytes, expected 96`);
    const pub = raw.subarray(0, 32);
    // Import the seed alone (RFC 8410 PKCS#8) and compare the public key it derives with both stored
    // copies here. A JWK import with `x` would leave the check to Node, and Node versions disagree:
    // some accept a mismatched `x`, newer ones refuse the JWK itself with a generic error.
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({
        key: (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_ED25519)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(raw.subarray(32, 64)))),
        format: "der",
        type: "pkcs8",
    });
    const derived = Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ format: "jwk" }).x ?? "", "base64url");
    if (!derived.equals(pub) || !derived.equals(raw.subarray(64))) {
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("ed25519 private key does not match its public key");
    }
    return key;
}
/** Imports a DER PrivateKeyInfo, including notary's Ed25519 layout and its NULL-less RSA form. */
function importPkcs8(der) {
    const fields = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readWhole */ .oD)(der, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence));
    (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.integer, "PKCS#8 version");
    const algorithm = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 1, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.sequence, "PKCS#8 algorithm"));
    const oid = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(algorithm, 0, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid, "PKCS#8 algorithm OID").content);
    const privateKey = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childAt */ .Ut)(fields, 2, _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.octetString, "PKCS#8 private key").content;
    if (oid === OID_NOTARY_ED25519)
        return ed25519FromNotaryRaw(privateKey);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: "der", type: "pkcs8" });
    }
    catch {
        if (oid === OID_RSA) {
            try {
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: privateKey, format: "der", type: "pkcs1" });
            }
            catch {
                // fall through to the generic message
            }
        }
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unreadable PKCS#8 private key (algorithm ${oid})`);
    }
}
/** DER PrivateKeyInfo in notary's layout for a private EC (P-256/384/521), RSA or Ed25519 key. */
function encodeNotaryPkcs8(key) {
    if (key.type !== "private")
        throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug("a private key is required");
    switch (key.asymmetricKeyType) {
        case "ec": {
            const curve = CURVE_OIDS[key.asymmetricKeyDetails?.namedCurve ?? ""];
            if (!curve)
                throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unsupported curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
            // SEC1 with [0] curve and [1] public key, as Go's x509.MarshalECPrivateKey writes it.
            const sec1 = key.export({ format: "der", type: "sec1" });
            return (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(1), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_EC), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(curve)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(sec1));
        }
        case "rsa": {
            const pkcs1 = key.export({ format: "der", type: "pkcs1" });
            return (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_RSA)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(pkcs1));
        }
        case "ed25519": {
            const jwk = key.export({ format: "jwk" });
            const pub = Buffer.from(jwk.x ?? "", "base64url");
            const seed = Buffer.from(jwk.d ?? "", "base64url");
            const raw = Buffer.concat([pub, seed, pub]);
            seed.fill(0);
            const der = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derInteger */ .i5)(0), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derSequence */ .xy)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOid */ ._2)(OID_NOTARY_ED25519)), (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derOctetString */ .Cf)(raw));
            raw.fill(0);
            return der;
        }
        default:
            throw new _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .EncodingError */ .Ug(`unsupported key type ${key.asymmetricKeyType ?? "unknown"}`);
    }
}


/***/ }),

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ unsupportedKeyReason),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   hE: () => (/* binding */ notaryPublicKeyOf),
/* harmony export */   rY: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8613);
/* harmony import */ var _codec_pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1588);
/* harmony import */ var _tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5288);
/**
 * Public keys as `docker trust signer add --key` takes them (notary tuf/utils/x509.go
 * ParsePEMPublicKey): Docker's `NAME.pub` (`PUBLIC KEY` with a `role:` header), any SPKI PEM, or a
 * certificate PEM (which becomes an `ecdsa-x509`/`rsa-x509` key holding the PEM as Go writes it).
 */






const SUPPORTED_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
const PRIVATE_TYPES = /PRIVATE KEY$/;
/** Why notary cannot use this key, or undefined when it can (ecdsa P-256/384/521, rsa ≥ 2048, ed25519). */
function unsupportedKeyReason(key) {
    const details = key.asymmetricKeyDetails;
    switch (key.asymmetricKeyType) {
        case "ec":
            return SUPPORTED_CURVES.has(details?.namedCurve ?? "")
                ? undefined
                : `unsupported curve ${details?.namedCurve ?? "(unnamed)"}; notary uses P-256 ECDSA keys`;
        case "rsa": {
            const bits = details?.modulusLength ?? 0;
            return bits >= _tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_RSA_BITS */ .Hm
                ? undefined
                : `RSA key of ${bits} bits is too small; notary requires at least ${_tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_RSA_BITS */ .Hm}`;
        }
        case "ed25519":
            return undefined;
        default:
            return `unsupported key type ${key.asymmetricKeyType ?? "unknown"}; notary signs with ecdsa (P-256), rsa or ed25519 keys`;
    }
}
/**
 * The Notary form of a (private or public) key: `ecdsa`/`rsa` with the DER SubjectPublicKeyInfo,
 * `ed25519` with the raw 32-byte public key. The caller has checked unsupportedKeyReason.
 */
function notaryPublicKeyOf(key) {
    const pub = key.type === "private" ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    switch (pub.asymmetricKeyType) {
        case "ec": {
            // Go's MarshalPKIXPublicKey always writes the uncompressed point; OpenSSL keeps the form it
            // parsed, so go through JWK to get the uncompressed one.
            const uncompressed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pub.export({ format: "jwk" }), format: "jwk" });
            return { type: "ecdsa", public: uncompressed.export({ type: "spki", format: "der" }).toString("base64") };
        }
        case "rsa":
            return { type: "rsa", public: pub.export({ type: "spki", format: "der" }).toString("base64") };
        case "ed25519":
            return {
                type: "ed25519",
                public: Buffer.from(pub.export({ format: "jwk" }).x ?? "", "base64url").toString("base64"),
            };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported key type ${pub.asymmetricKeyType ?? "unknown"}`);
    }
}
function fromSpki(block) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.bytes, format: "der", type: "spki" });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key PEM holds no readable SubjectPublicKeyInfo");
    }
    const reason = unsupportedKeyReason(key);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key: ${reason}`);
    const publicKey = notaryPublicKeyOf(key);
    // notary keeps the given DER bytes; Go refuses non-canonical forms (compressed points, RSA
    // without NULL), so insist on the canonical encoding, which keeps the key ID the same as Go's.
    if (publicKey.type !== "ed25519" && publicKey.public !== block.bytes.toString("base64")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key is not in canonical DER form; re-export it with: openssl pkey -pubin -pubout");
    }
    return publicKey;
}
function fromCertificate(block, now) {
    let cert;
    try {
        cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block.bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("certificate PEM holds no readable X.509 certificate");
    }
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "(no CN)";
    const problem = (0,_tuf_root_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateKeyProblem */ .Ii)(cert, block.bytes, now?.getTime());
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} ${problem}`);
    const key = cert.publicKey;
    const reason = unsupportedKeyReason(key);
    if (reason || key.asymmetricKeyType === "ed25519") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn}: ${reason ?? "ed25519 certificates are not supported by notary"}`);
    }
    const type = key.asymmetricKeyType === "ec" ? "ecdsa-x509" : "rsa-x509";
    return { type, public: Buffer.from((0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "CERTIFICATE", bytes: block.bytes })).toString("base64") };
}
/** Parses the first PEM block of a public key or certificate file. */
function parsePublicKey(text, options = {}) {
    let blocks;
    try {
        blocks = (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePemBlocks */ .v)(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key file is malformed: ${err instanceof _codec_der_js__WEBPACK_IMPORTED_MODULE_3__/* .EncodingError */ .Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks[0];
    if (!block)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key is not a PEM file (expected -----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----)");
    let publicKey;
    if (block.type === "PUBLIC KEY")
        publicKey = fromSpki(block);
    else if (block.type === "CERTIFICATE")
        publicKey = fromCertificate(block, options.now);
    else if (PRIVATE_TYPES.test(block.type)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`a private key (${block.type}) was given where a public key is expected; give the NAME.pub file`);
    }
    else
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported PEM block ${block.type}, expected PUBLIC KEY or CERTIFICATE`);
    const role = block.headers["role"];
    return {
        publicKey,
        keyId: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdOf */ .yg)(publicKey),
        canonicalKeyId: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(publicKey),
        ...(role ? { role } : {}),
    };
}
/**
 * A PEM for `docker trust signer add --key`: SPKI `PUBLIC KEY` (with Docker's `role:` header when
 * asked) for plain keys, the certificate PEM for x509 keys. Note: notary only accepts ECDSA and RSA
 * SPKI keys there; an ed25519 key is written in RFC 8410 form for other tools.
 */
function publicKeyPem(publicKey, options = {}) {
    const headers = options.role ? { role: options.role } : undefined;
    switch (publicKey.type) {
        case "ecdsa":
        case "rsa":
            return (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({
                type: "PUBLIC KEY",
                ...(headers ? { headers } : {}),
                bytes: Buffer.from(publicKey.public, "base64"),
            });
        case "ed25519": {
            const raw = Buffer.from(publicKey.public, "base64");
            if (raw.length !== 32)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("ed25519 public key is not 32 bytes");
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
            return (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({
                type: "PUBLIC KEY",
                ...(headers ? { headers } : {}),
                bytes: key.export({ type: "spki", format: "der" }),
            });
        }
        case "ecdsa-x509":
        case "rsa-x509":
            return Buffer.from(publicKey.public, "base64").toString("utf8");
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write a PEM for key type ${publicKey.type}`);
    }
}


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ envelopeTail),
/* harmony export */   LL: () => (/* binding */ canonicalMap),
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   X8: () => (/* binding */ envelopeJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   f7: () => (/* binding */ canonicalScalar),
/* harmony export */   n6: () => (/* binding */ sameData),
/* harmony export */   yq: () => (/* binding */ ENVELOPE_HEAD)
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
/**
 * Whether two values built of maps, arrays, plain objects and JSON scalars hold the same data: maps
 * by their entries, objects by their own keys (one whose value is undefined is a key like any
 * other; the keys are the own enumerable ones that Object.keys lists), in any order. Any function
 * that writes such a value (canonicalSigned) then writes both the same. Cheaper than writing a
 * large role to compare the text, and not allocating.
 */
function sameData(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (a instanceof Map) {
        if (!(b instanceof Map) || a.size !== b.size)
            return false;
        for (const [k, v] of a)
            if (!sameData(v, b.get(k)) || !b.has(k))
                return false;
        return true;
    }
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!sameData(a[i], b[i]))
                return false;
        return true;
    }
    if (b instanceof Map || Array.isArray(b) || ArrayBuffer.isView(a) || ArrayBuffer.isView(b))
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    for (const k of keys) {
        if (!Object.prototype.propertyIsEnumerable.call(b, k) ||
            !sameData(a[k], b[k]))
            return false;
    }
    return true;
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
    return `${ENVELOPE_HEAD}${htmlEscape(canonicalSigned)}${envelopeTail(signatures)}`;
}
/** What the envelope holds before the `signed` text. */
const ENVELOPE_HEAD = '{"signed":';
/** What the envelope holds after the `signed` text: the signatures. */
function envelopeTail(signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${encodeString(s.keyid)},"method":${encodeString(s.method)},"sig":${encodeString(s.sig)}}`)
        .join(",");
    return `,"signatures":[${htmlEscape(sigs)}]}`;
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

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ MIN_RSA_BITS),
/* harmony export */   Ii: () => (/* binding */ certificateKeyProblem),
/* harmony export */   T5: () => (/* binding */ pinnedOnly),
/* harmony export */   Yx: () => (/* binding */ rootCertificateKeys)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codec_der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8613);
/* harmony import */ var _codec_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1588);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);
/* harmony import */ var _lifetimes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3903);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9130);
/**
 * Root keys are X.509 certificates (trustpinning/certs.go). A root key counts only when its
 * certificate is a single non-CA leaf placed first, whose CN is the repository name (or a `*`
 * prefix of it), that is not signed with SHA-1, has an RSA key of 2048 bits or more, and (for the
 * root being trusted now) is inside its validity window with one day of leeway. The key is then
 * re-derived from the certificate as notary does (Go's PEM of the leaf and its valid
 * intermediates), so a PEM that Go would write differently yields a different key ID and its
 * signatures do not count.
 */






const SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10040.4.3", "1.2.840.10045.4.1"]);
/** notary.MinRSABitSize. */
const MIN_RSA_BITS = 2048;
function signatureAlgorithmOf(der) {
    try {
        const [, sigAlg] = (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)((0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readDer */ .SU)(Buffer.from(der)));
        const [oid] = sigAlg ? (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(sigAlg) : [];
        return oid?.tag === _codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.oid ? (0,_codec_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidToString */ .dh)(oid.content) : "";
    }
    catch {
        return "";
    }
}
function commonNameOf(cert) {
    for (const line of cert.subject.split("\n"))
        if (line.startsWith("CN="))
            return line.slice(3);
    return undefined;
}
function cnMatchesGun(cn, gun) {
    return cn.endsWith("*") ? gun.startsWith(cn.replace(/\*+$/, "")) : cn === gun;
}
/**
 * Why notary would not take a certificate as a key, whatever it is for (a root leaf, an
 * intermediate, a delegation key given as a certificate), or undefined when it would: notary's
 * ValidateCertificate (tuf/utils/x509.go). The validity window is checked when `now` is given,
 * with a day of leeway on NotBefore. The reason reads after "certificate NAME ".
 */
function certificateKeyProblem(cert, der, now) {
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (from > to)
        return "has an invalid validity window";
    if (SHA1_SIGNATURES.has(signatureAlgorithmOf(der)))
        return "is signed with SHA-1, which notary rejects";
    if (cert.publicKey.asymmetricKeyType === "rsa" &&
        (cert.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
        return `has an RSA key shorter than ${MIN_RSA_BITS} bits`;
    }
    if (now !== undefined && from > now + _lifetimes_js__WEBPACK_IMPORTED_MODULE_4__/* .DAY_MS */ .sO)
        return `is not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(from)} (valid ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(from)} to ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(to)}); check the clock of this machine, or of the one that made the certificate`;
    if (now !== undefined && now > to)
        return `expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(to)} (valid ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(from)} to ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .displayTime */ .Wk)(to)})`;
    return undefined;
}
/** Why a root leaf certificate is not usable for the repository, or undefined when it is. */
function certificateProblem(cert, der, check) {
    const cn = commonNameOf(cert);
    if (cn === undefined || !cnMatchesGun(cn, check.gun))
        return `certificate CN ${JSON.stringify(cn ?? "")} is not ${check.gun}`;
    const problem = certificateKeyProblem(cert, der, check.checkExpiry ? check.now : undefined);
    return problem && `certificate ${problem}`;
}
function splitPemBundle(pem) {
    const out = [];
    const re = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
    for (let m = re.exec(pem); m; m = re.exec(pem))
        out.push(Buffer.from(m[1].replace(/\s+/g, ""), "base64"));
    return out;
}
/** The usable root keys of a root, as notary's parseAllCerts + validRootLeafCerts derive them. */
function rootCertificateKeys(root, check) {
    const keys = new Map();
    const rejected = [];
    for (const id of root.roles.get("root")?.keyIds ?? []) {
        const key = root.keys.get(id);
        if (!key)
            continue;
        if (key.type !== "ecdsa-x509" && key.type !== "rsa-x509") {
            rejected.push(`${id.slice(0, 12)}…: root key of type ${key.type} is not a certificate`);
            continue;
        }
        let certs;
        try {
            certs = splitPemBundle(Buffer.from(key.public, "base64").toString("utf8")).map((der) => ({
                der,
                cert: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der),
            }));
        }
        catch {
            rejected.push(`${id.slice(0, 12)}…: unreadable certificate`);
            continue;
        }
        const leaves = certs.filter((c) => !c.cert.ca);
        if (certs.length === 0 || leaves.length !== 1 || certs[0].cert.ca) {
            rejected.push(`${id.slice(0, 12)}…: certificate bundle must hold exactly one leaf, first`);
            continue;
        }
        const problem = certificateProblem(certs[0].cert, certs[0].der, check);
        if (problem) {
            rejected.push(`${id.slice(0, 12)}…: ${problem}`);
            continue;
        }
        // Intermediates count when valid now (validRootIntCerts always checks expiry).
        const validInts = certs.slice(1).filter((c) => certificateKeyProblem(c.cert, c.der, check.now) === undefined);
        const pem = [certs[0], ...validInts].map((c) => (0,_codec_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePem */ .T)({ type: "CERTIFICATE", bytes: c.der })).join("");
        const derived = {
            type: certs[0].cert.publicKey.asymmetricKeyType === "rsa" ? "rsa-x509" : "ecdsa-x509",
            public: Buffer.from(pem).toString("base64"),
        };
        // The derived PEM starts with the same leaf.
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberCertificate */ .VK)(derived, certs[0].cert);
        keys.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .keyIdOf */ .yg)(derived), derived);
    }
    return { keys, rejected };
}
/** Keeps only the keys whose certificate ID or canonical ID is pinned. */
function pinnedOnly(keys, pins) {
    const wanted = new Set(pins.map((p) => p.toLowerCase()));
    const out = new Map();
    for (const [id, key] of keys)
        if (wanted.has(id) || wanted.has((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalKeyIdOf */ .Sy)(key)))
            out.set(id, key);
    return out;
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


/***/ })

};
