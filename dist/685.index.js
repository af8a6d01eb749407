export const id = 685;
export const ids = [685];
export const modules = {

/***/ 4623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ isReleasedRole),
/* harmony export */   Ex: () => (/* binding */ signerName),
/* harmony export */   Ty: () => (/* binding */ releasedTarget),
/* harmony export */   VH: () => (/* binding */ roleCandidates),
/* harmony export */   dL: () => (/* binding */ signerKeys),
/* harmony export */   eN: () => (/* binding */ allTargets),
/* harmony export */   jz: () => (/* binding */ REPO_ADMIN),
/* harmony export */   m_: () => (/* binding */ signedTags),
/* harmony export */   p0: () => (/* binding */ naturalCompare),
/* harmony export */   pH: () => (/* binding */ RELEASES),
/* harmony export */   xM: () => (/* binding */ walkRoles)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5591);
/* harmony import */ var _role_edits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1575);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(410);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1111);
/* harmony import */ var _file_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9391);
/**
 * Docker's reading of a Notary repository (docker/cli cli/command/trust, notary client/reader.go):
 * released tags live in `targets/releases` or `targets`; the signers of a released tag are the
 * other roles holding the same tag with the same digest; "Repo Admin" when there are none.
 */





const RELEASES = "targets/releases";
const REPO_ADMIN = "Repo Admin";
function isReleasedRole(role) {
    return role === "targets" || role === RELEASES;
}
/** `targets/alice` → `alice`; `targets` and `targets/releases` → `Repo Admin`. */
function signerName(role) {
    return isReleasedRole(role) ? REPO_ADMIN : role.replace(/^targets\//, "");
}
/** Loaded targets roles in notary's walk order: breadth-first from `targets`, children in listed order. */
function walkRoles(set) {
    const out = [];
    const queue = [{ name: "targets", paths: [""] }];
    while (queue.length > 0) {
        const role = queue.shift();
        const env = set.targets.get(role.name);
        if (!env)
            continue;
        out.push(role);
        for (const child of env.signed.delegations.roles ?? []) {
            const d = set.delegations.get(child.name);
            if (d)
                queue.push({ name: d.name, paths: d.paths });
        }
    }
    return out;
}
/** Every target a role may sign (outside its paths is ignored), in walk order; optionally one tag. */
function allTargets(set, tag, filter = {}) {
    return [...targetsOf(walkRoles(set), set, tag, filter, () => true)];
}
/** allTargets of the roles `take` accepts, one entry at a time (a large role is never copied whole). */
function* targetsOf(roles, set, tag, filter, take) {
    for (const [role, name, meta] of entriesOf(roles, set, tag, filter, take)) {
        yield { role, tag: name, meta, digest: (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256HexOf */ .AS)(meta) };
    }
}
/** targetsOf without the hex digest of each entry (made only where it is needed). */
function* entriesOf(roles, set, tag, filter, take) {
    for (const role of roles) {
        if (!take(role.name))
            continue;
        const targets = set.targets.get(role.name).signed.targets;
        const entries = tag === undefined ? targets : targets.has(tag) ? [[tag, targets.get(tag)]] : [];
        for (const [name, meta] of entries) {
            if (filter.paths !== false && !(0,_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .pathAllowed */ .EG)(name, role.paths))
                continue;
            yield [role.name, name, meta];
        }
    }
}
/**
 * Go's sortorder.NaturalLess: strings compare as runs of digits and runs of other characters, run by
 * run; two digit runs compare as numbers (then the one with fewer leading zeros first), any other
 * pair of runs as strings; the string with fewer runs first when all its runs are equal. Walks both
 * strings in place: sorting 10,000 tags calls it some 150,000 times.
 */
function naturalCompare(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const da = isDigit(a.charCodeAt(i));
        const db = isDigit(b.charCodeAt(j));
        const ea = runEnd(a, i, da);
        const eb = runEnd(b, j, db);
        if (da && db) {
            const c = compareNumbers(a, i, ea, b, j, eb);
            if (c !== 0)
                return c;
        }
        else if (!sameRun(a, i, ea, b, j, eb)) {
            // Runs of different kinds, or two non-digit runs: as strings.
            return a.slice(i, ea) < b.slice(j, eb) ? -1 : 1;
        }
        i = ea;
        j = eb;
    }
    return runCount(a, i) - runCount(b, j);
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function runEnd(s, from, digits) {
    let k = from + 1;
    while (k < s.length && isDigit(s.charCodeAt(k)) === digits)
        k++;
    return k;
}
function sameRun(a, i, ea, b, j, eb) {
    if (ea - i !== eb - j)
        return false;
    for (let k = 0; k < ea - i; k++)
        if (a.charCodeAt(i + k) !== b.charCodeAt(j + k))
            return false;
    return true;
}
/** Two digit runs: by value, then the one with fewer leading zeros first; 0 when identical. */
function compareNumbers(a, i, ea, b, j, eb) {
    let za = i;
    while (za < ea && a.charCodeAt(za) === 0x30)
        za++;
    let zb = j;
    while (zb < eb && b.charCodeAt(zb) === 0x30)
        zb++;
    if (ea - za !== eb - zb)
        return ea - za - (eb - zb);
    for (let k = 0; k < ea - za; k++) {
        const d = a.charCodeAt(za + k) - b.charCodeAt(zb + k);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return ea - i - (eb - j);
}
/** Runs left in `s` from `from`. */
function runCount(s, from) {
    let n = 0;
    for (let k = from; k < s.length; k = runEnd(s, k, isDigit(s.charCodeAt(k))))
        n++;
    return n;
}
/** Released (tag, digest) pairs with their signers, sorted naturally by tag. */
function signedTags(set, tag, filter = {}) {
    // Released roles first, then the others, each walked as it is read: the entries of every role
    // of a large repository are never all held at once. Rows are found by tag, then by digest: the
    // base64 as written first (equal strings, equal bytes), the bytes only when the strings differ,
    // so an entry of another role costs no hex digest and no key string.
    const roles = walkRoles(set);
    const byTag = new Map();
    for (const [, name, meta] of entriesOf(roles, set, tag, filter, isReleasedRole)) {
        const rows = byTag.get(name);
        const sha256 = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .hashOf */ .qQ)(meta, "sha256");
        if (rows?.some((r) => sameDigest(r, sha256)))
            continue;
        const row = { tag: name, digest: (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .hexOfBase64 */ .K4)(sha256), signers: [], length: meta.length };
        if (rows)
            rows.push({ row, sha256 });
        else
            byTag.set(name, [{ row, sha256 }]);
    }
    for (const [role, name, meta] of entriesOf(roles, set, tag, filter, (r) => !isReleasedRole(r))) {
        const rows = byTag.get(name);
        if (!rows)
            continue;
        const sha256 = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .hashOf */ .qQ)(meta, "sha256");
        for (const r of rows)
            if (sameDigest(r, sha256))
                r.row.signers.push(signerName(role));
    }
    const out = [];
    for (const rows of byTag.values())
        for (const r of rows)
            out.push(r.row);
    return out.sort((a, b) => naturalCompare(a.tag, b.tag));
}
/** Whether an entry with this written sha256 names the row's digest (the same bytes). */
function sameDigest(r, sha256) {
    return r.sha256 === sha256 || (0,_file_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .hexOfBase64 */ .K4)(sha256) === r.row.digest;
}
/** What `docker pull` trusts for a tag: `targets/releases` first, then `targets`. */
function releasedTarget(set, tag) {
    const entries = allTargets(set, tag);
    return entries.find((e) => e.role === RELEASES) ?? entries.find((e) => e.role === "targets");
}
/** Delegations defined by loaded roles (except releases), with canonical key IDs, sorted by name descending. */
function signerKeys(set) {
    const byName = new Map();
    for (const role of walkRoles(set)) {
        const signed = set.targets.get(role.name).signed;
        for (const child of signed.delegations.roles ?? []) {
            if (child.name === RELEASES)
                continue;
            byName.set(signerName(child.name), (child.keyIds ?? []).map((id) => (0,_role_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalDelegationKeyId */ .Rj)(signed, id)));
        }
    }
    return [...byName]
        .map(([name, keyIds]) => ({ name, keyIds }))
        .sort((a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : 0));
}
/**
 * Docker's GetSignableRoles: every direct child of `targets` that lists the key and whose paths
 * cover the tags; `targets` itself only when there are no delegations at all. Key identity is by
 * canonical ID, so a delegation that lists the key as a certificate still matches.
 */
function roleCandidates(set, canonicalKeyId, tags) {
    const targets = set.targets.get("targets").signed;
    const out = [];
    for (const child of targets.delegations.roles ?? []) {
        const d = set.delegations.get(child.name);
        if (!d || child.name.split("/").length !== 2)
            continue;
        const keyIds = [...d.keys.values()].map((k) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyIdOf */ .Sy)(k));
        out.push({
            name: child.name,
            keyIds,
            paths: d.paths,
            hasKey: keyIds.includes(canonicalKeyId),
            coversTags: tags.every((t) => (0,_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .pathAllowed */ .EG)(t, d.paths)),
            threshold: d.threshold,
        });
    }
    return out;
}


/***/ }),

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ sha256HexOf),
/* harmony export */   K4: () => (/* binding */ hexOfBase64),
/* harmony export */   TZ: () => (/* binding */ sha256Base64),
/* harmony export */   _y: () => (/* binding */ checkHashStructure),
/* harmony export */   kJ: () => (/* binding */ checkFileMeta),
/* harmony export */   td: () => (/* binding */ checkTargetHashStructure),
/* harmony export */   w3: () => (/* binding */ hasFileMeta)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codec_base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(231);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1111);
/** Checking bytes against a FileMeta (length and every known hash), as notary's CheckHashes does. */




const SIZES = { sha256: 32, sha512: 64 };
/** A FileMeta must carry sha256, and every known hash must have its algorithm's length. */
function checkHashStructure(meta, subject) {
    if (!meta)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: no entry`);
    if ((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256") === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: no sha256 hash`);
    return checkLengths(meta, subject);
}
/**
 * A target entry as Go reads it: any entry whose known hashes have their algorithm's length. Go
 * accepts a sha512-only entry (`notary addhash --sha512`); it lists with an empty digest and cannot
 * be pulled or verified by digest, but it must not make the rest of its role unreadable.
 */
function checkTargetHashStructure(meta, subject) {
    if ((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256") === undefined && (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha512") === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: no sha256 or sha512 hash`);
    return checkLengths(meta, subject);
}
/**
 * Every known hash has its algorithm's length, and the length is not negative. The hashes are
 * standard base64 (FileMeta): their length is counted, not decoded, for each of a role's entries.
 */
function checkLengths(meta, subject) {
    for (const [alg, b64] of Object.entries(meta.hashes)) {
        const size = SIZES[alg];
        if (size !== undefined && (0,_codec_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .standardBase64ByteLength */ .N)(b64) !== size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: ${alg} hash has the wrong length`);
        }
    }
    if (meta.length < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${subject}: negative length ${meta.length}`);
    return meta;
}
/** Throws unless `bytes` has the length and every sha256/sha512 hash `meta` names. */
function checkFileMeta(bytes, meta, subject) {
    if (bytes.length !== meta.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HashMismatchError */ .VM(`${subject}: ${bytes.length} bytes where the signed length is ${meta.length}`);
    }
    let checked = 0;
    for (const [alg, b64] of Object.entries(meta.hashes)) {
        if (!(alg in SIZES))
            continue;
        const want = Buffer.from(b64, "base64");
        const got = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
        if (want.length !== got.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(want, got)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HashMismatchError */ .VM(`${subject}: ${alg} does not match the signed hash`);
        }
        checked++;
    }
    if (checked === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HashMismatchError */ .VM(`${subject}: no sha256 or sha512 hash to check`);
}
/** Whether `bytes` has the length and every sha256/sha512 hash `meta` names (checkFileMeta, as a test). */
function hasFileMeta(bytes, meta) {
    try {
        checkFileMeta(bytes, meta, "");
        return true;
    }
    catch {
        return false;
    }
}
function sha256Base64(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(bytes).digest("base64");
}
/** Hex sha256 named by a FileMeta (for `<role>.<hex>.json` URLs). */
function sha256HexOf(meta) {
    return hexOfBase64((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256"));
}
/** Hex of a hash as metadata writes it (standard base64); `""` for none. */
function hexOfBase64(written) {
    return Buffer.from(written ?? "", "base64").toString("hex");
}


/***/ }),

/***/ 1111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rf: () => (/* binding */ canonicalSigned),
  qQ: () => (/* binding */ hashOf),
  mE: () => (/* binding */ parseEnvelope),
  n8: () => (/* binding */ parseWrittenEnvelope),
  YX: () => (/* binding */ serialiseEnvelope),
  H0: () => (/* binding */ signedJson)
});

// UNUSED EXPORTS: signingBytes

// EXTERNAL MODULE: ./src/tuf/canonical.ts
var canonical = __webpack_require__(5493);
;// CONCATENATED MODULE: ./src/tuf/canonical-form.ts
/**
 * Whether bytes already are Go's canonical JSON (canonical.ts), read without building anything.
 *
 * A signature is checked over the canonical form of the parsed `signed` object. Go clients write
 * that form into the file as it is, so for nearly every file the canonical bytes are a slice of
 * the file: proving that costs one pass over the bytes, where canonicalising a role of 10,000 tags
 * built a second copy of it out of tens of thousands of strings. When the proof fails (a file from
 * another writer, HTML escapes, an unusual key), the caller canonicalises as before: this decides
 * only how the bytes are found, never whether a signature is accepted.
 *
 * The proof is that every rule canonicalJson follows holds byte by byte: no whitespace; object
 * keys strictly increasing in UTF-8 byte order (so no duplicates); strings escaped only as `\"`
 * and `\\`, with no control characters; integers written in the shortest form and within the safe
 * range; nothing else. Bytes that pass parse (JSON.parse) to a value whose canonical form is
 * these bytes, once they are valid UTF-8, which the caller's decoder checks. A key holding an
 * escape is not taken: its escaped bytes sort differently from its characters.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
/** Deeper than any metadata nests; deeper input is left to the caller's general path. */
const MAX_DEPTH = 32;
/** Digits of an integer certainly within Number.MAX_SAFE_INTEGER (16 digits). */
const SAFE_DIGITS = 15;
const NOT_CANONICAL = -1;
/**
 * The offset just past the JSON object that starts at `from` when its bytes are Go's canonical
 * form; -1 when they are not (or are not JSON at all).
 */
function canonicalObjectEnd(b, from) {
    return b[from] === OPEN_OBJECT ? value(b, from, 0) : NOT_CANONICAL;
}
function value(b, i, depth) {
    switch (b[i]) {
        case OPEN_OBJECT:
            return depth >= MAX_DEPTH ? NOT_CANONICAL : object(b, i, depth + 1);
        case OPEN_ARRAY:
            return depth >= MAX_DEPTH ? NOT_CANONICAL : array(b, i, depth + 1);
        case QUOTE:
            return string(b, i, true);
        case 0x74: // t
            return literal(b, i, TRUE);
        case 0x66: // f
            return literal(b, i, FALSE);
        case 0x6e: // n
            return literal(b, i, NULL);
        default:
            return integer(b, i);
    }
}
const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];
function literal(b, i, word) {
    for (let k = 0; k < word.length; k++)
        if (b[i + k] !== word[k])
            return NOT_CANONICAL;
    return i + word.length;
}
/** `0`, or a non-zero digit then digits, optionally after `-` (not `-0`); no fraction, no exponent. */
function integer(b, i) {
    let k = i;
    if (b[k] === MINUS)
        k++;
    const first = b[k];
    if (first === undefined || first < ZERO || first > NINE)
        return NOT_CANONICAL;
    if (first === ZERO)
        return k === i ? k + 1 : NOT_CANONICAL;
    const start = k;
    while (k < b.length && b[k] >= ZERO && b[k] <= NINE)
        k++;
    return k - start > SAFE_DIGITS ? NOT_CANONICAL : k;
}
/**
 * A string whose only escapes are `\"` and `\\` and which holds no control character; `escapes`
 * false refuses any escape at all (object keys).
 */
function string(b, i, escapes) {
    for (let k = i + 1; k < b.length; k++) {
        const c = b[k];
        if (c === QUOTE)
            return k + 1;
        if (c < 0x20)
            return NOT_CANONICAL;
        if (c === BACKSLASH) {
            const next = b[k + 1];
            if (!escapes || (next !== QUOTE && next !== BACKSLASH))
                return NOT_CANONICAL;
            k++;
        }
    }
    return NOT_CANONICAL;
}
function array(b, i, depth) {
    let k = i + 1;
    if (b[k] === CLOSE_ARRAY)
        return k + 1;
    for (;;) {
        k = value(b, k, depth);
        if (k < 0)
            return NOT_CANONICAL;
        if (b[k] === CLOSE_ARRAY)
            return k + 1;
        if (b[k] !== COMMA)
            return NOT_CANONICAL;
        k++;
    }
}
function object(b, i, depth) {
    let k = i + 1;
    if (b[k] === CLOSE_OBJECT)
        return k + 1;
    let previous = -1;
    let previousEnd = -1;
    for (;;) {
        if (b[k] !== QUOTE)
            return NOT_CANONICAL;
        const keyEnd = string(b, k, false);
        if (keyEnd < 0)
            return NOT_CANONICAL;
        if (previous >= 0 && !increasing(b, previous + 1, previousEnd - 1, k + 1, keyEnd - 1))
            return NOT_CANONICAL;
        previous = k;
        previousEnd = keyEnd;
        if (b[keyEnd] !== COLON)
            return NOT_CANONICAL;
        k = value(b, keyEnd + 1, depth);
        if (k < 0)
            return NOT_CANONICAL;
        if (b[k] === CLOSE_OBJECT)
            return k + 1;
        if (b[k] !== COMMA)
            return NOT_CANONICAL;
        k++;
    }
}
/** Whether bytes [a, aEnd) sort strictly before [c, cEnd): Go's order of the keys they spell. */
function increasing(b, a, aEnd, c, cEnd) {
    const n = Math.min(aEnd - a, cEnd - c);
    for (let k = 0; k < n; k++) {
        const x = b[a + k];
        const y = b[c + k];
        if (x !== y)
            return x < y;
    }
    return aEnd - a < cEnd - c;
}

// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/codec/base64.ts
var base64 = __webpack_require__(231);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
;// CONCATENATED MODULE: ./src/tuf/metadata.ts
/**
 * Notary metadata models and their Go-exact wire form.
 *
 * Parsing keeps what Go keeps: `expires` as the original string, `keyids: null` and
 * `roles: null` as null, hashes as the base64 strings written. Unknown fields are dropped on
 * writing, exactly as Go's structs drop them: the server re-serialises what we upload through
 * those structs and hashes the result, so anything Go would not write breaks the repository.
 * Signatures are always checked over the canonical form of the parsed `signed` object, as notary's
 * verifier does: the file's own bytes of `signed` when they are that form (canonical-form.ts),
 * else the form written out again (the file may carry HTML escapes, or come from another writer).
 */






/** An entry's hash for `alg`, from its own properties only; undefined when it has none. */
function hashOf(meta, alg) {
    return Object.hasOwn(meta.hashes, alg) ? meta.hashes[alg] : undefined;
}
/** The hashes of an entry whose JSON had `"hashes": null` (Go decodes it into a nil map). */
const NO_HASHES = Object.freeze(Object.create(null));
// ---- parsing ---------------------------------------------------------------------------------
const at = (field, name, sub) => `${field}.${name}${sub}`;
class Reader {
    subject;
    constructor(subject) {
        this.subject = subject;
    }
    fail(what) {
        throw new errors/* MalformedMetadataError */.$6(`${this.subject}: ${what}`);
    }
    object(v, field) {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            this.fail(`${field} is not an object`);
        return v;
    }
    string(v, field) {
        if (typeof v !== "string")
            this.fail(`${field} is not a string`);
        return v;
    }
    int(v, field) {
        if (typeof v !== "number" || !Number.isSafeInteger(v))
            this.fail(`${field} is not an integer`);
        return v;
    }
    bool(v, field) {
        if (typeof v !== "boolean")
            this.fail(`${field} is not a boolean`);
        return v;
    }
    strings(v, field) {
        if (!Array.isArray(v))
            this.fail(`${field} is not a list`);
        return v.map((x, i) => this.string(x, `${field}[${i}]`));
    }
    base64(v, field) {
        const s = this.string(v, field);
        if (!(0,base64/* isStandardBase64 */.Jx)(s))
            this.fail(`${field} is not standard base64`);
        return s;
    }
    map(v, field, each) {
        const out = new Map();
        if (v === null)
            return out; // Go decodes null into a nil map
        const o = this.object(v, field);
        for (const k of Object.keys(o))
            out.set(k, each(o[k], k));
        return out;
    }
    key(v, field) {
        const o = this.object(v, field);
        const keyval = this.object(o.keyval, `${field}.keyval`);
        return {
            type: this.string(o.keytype, `${field}.keytype`),
            public: this.base64(keyval.public, `${field}.keyval.public`),
        };
    }
    /**
     * The entry `name` of the map `field` (`targets`, `meta`). A large role has tens of thousands of
     * entries: the names of their fields are built only for a message, when one is wrong.
     */
    fileMeta(v, field, name) {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            this.fail(`${at(field, name, "")} is not an object`);
        const length = v.length;
        if (typeof length !== "number" || !Number.isSafeInteger(length))
            this.fail(`${at(field, name, ".length")} is not an integer`);
        const h = v.hashes;
        let hashes = NO_HASHES;
        if (h !== null) {
            if (h === undefined || typeof h !== "object" || Array.isArray(h))
                this.fail(`${at(field, name, ".hashes")} is not an object`);
            for (const alg of Object.keys(h)) {
                const x = h[alg];
                if (typeof x !== "string")
                    this.fail(`${at(field, name, `.hashes.${alg}`)} is not a string`);
                if (!(0,base64/* isStandardBase64 */.Jx)(x))
                    this.fail(`${at(field, name, `.hashes.${alg}`)} is not standard base64`);
            }
            // Every value is a string now: the parsed object is kept as it is.
            hashes = h;
        }
        const meta = { length, hashes };
        if (v.custom !== undefined && v.custom !== null)
            meta.custom = v.custom;
        return meta;
    }
    roleKeys(v, field) {
        const o = this.object(v, field);
        return {
            keyIds: o.keyids === null ? null : this.strings(o.keyids, `${field}.keyids`),
            threshold: this.int(o.threshold, `${field}.threshold`),
        };
    }
}
function parseSigned(r, o, expected) {
    const type = r.string(o._type, "_type");
    if (type !== expected)
        r.fail(`expected type ${expected}, not ${type}`);
    const common = { expires: r.string(o.expires, "expires"), version: r.int(o.version, "version") };
    switch (expected) {
        case "Root":
            return {
                type: "Root",
                ...common,
                consistentSnapshot: r.bool(o.consistent_snapshot, "consistent_snapshot"),
                keys: r.map(o.keys, "keys", (k, id) => r.key(k, `keys.${id}`)),
                roles: r.map(o.roles, "roles", (x, name) => r.roleKeys(x, `roles.${name}`)),
            };
        case "Targets": {
            const d = o.delegations === undefined || o.delegations === null ? {} : r.object(o.delegations, "delegations");
            const roles = d.roles === null || d.roles === undefined
                ? d.roles === null
                    ? null
                    : []
                : (Array.isArray(d.roles) ? d.roles : r.fail("delegations.roles is not a list")).map((x, i) => {
                    const f = `delegations.roles[${i}]`;
                    const ro = r.object(x, f);
                    return {
                        ...r.roleKeys(x, f),
                        name: r.string(ro.name, `${f}.name`),
                        paths: ro.paths === undefined || ro.paths === null ? [] : r.strings(ro.paths, `${f}.paths`),
                    };
                });
            return {
                type: "Targets",
                ...common,
                delegations: {
                    keys: r.map(d.keys ?? {}, "delegations.keys", (k, id) => r.key(k, `delegations.keys.${id}`)),
                    roles,
                },
                targets: r.map(o.targets, "targets", (x, name) => r.fileMeta(x, "targets", name)),
            };
        }
        case "Snapshot":
        case "Timestamp":
            return { type: expected, ...common, meta: r.map(o.meta, "meta", (x, name) => r.fileMeta(x, "meta", name)) };
    }
}
const decoder = new TextDecoder("utf-8", { fatal: true });
/** Parses a metadata file of the expected type; throws MalformedMetadataError naming `subject`. */
function parseEnvelope(bytes, expected, subject) {
    return parseWith(bytes, expected, subject, undefined);
}
/**
 * Parses a file this process has just written from `signedBytes`, the canonical form it signed,
 * taking those as the canonical bytes of `signed` instead of re-canonicalising a large role. Only
 * for a caller that then proves the file a fixed point of parse → serialise (tuf/sign.ts): the
 * canonical form of a parsed canonical text is that text, so the two then agree.
 */
function parseWrittenEnvelope(bytes, expected, subject, signedBytes) {
    return parseWith(bytes, expected, subject, signedBytes);
}
function parseWith(bytes, expected, subject, known) {
    const r = new Reader(subject);
    const decode = (b) => {
        try {
            return decoder.decode(b);
        }
        catch {
            return r.fail("is not UTF-8");
        }
    };
    // Go's envelope holds the canonical bytes as they are: when they are there, they are what the
    // signatures are checked over, and `signed` is parsed from exactly those bytes.
    const split = known ? undefined : canonicalSplit(bytes, decode, subject);
    const file = split?.rest ?? (0,canonical/* parseJsonObject */.dw)(decode(bytes), subject);
    const signedObj = split?.signed ?? r.object(file.signed, "signed");
    const sigList = Array.isArray(file.signatures) ? file.signatures : r.fail("signatures is not a list");
    const signatures = sigList.map((s, i) => {
        const o = r.object(s, `signatures[${i}]`);
        return {
            keyId: r.string(o.keyid, `signatures[${i}].keyid`),
            method: r.string(o.method, `signatures[${i}].method`),
            sig: r.base64(o.sig, `signatures[${i}].sig`),
        };
    });
    const signed = parseSigned(r, signedObj, expected);
    if (signed.version < 1)
        r.fail(`version ${signed.version} is less than 1`);
    let expiresAt;
    try {
        expiresAt = (0,time/* parseGoTime */.bi)(signed.expires);
    }
    catch (err) {
        throw new errors/* MalformedMetadataError */.$6(`${subject}: ${err.message}`);
    }
    let signedBytes;
    try {
        signedBytes = known ?? split?.bytes ?? (0,canonical/* canonicalBytes */.Mr)(signedObj);
    }
    catch (err) {
        throw new errors/* MalformedMetadataError */.$6(`${subject}: ${err.message}`);
    }
    return { signed, signatures, signedBytes, bytes, expiresAt };
}
/** How every Go-written file starts: `{"signed":`. */
const ENVELOPE_START = new TextEncoder().encode('{"signed":');
/**
 * A file of the form `{"signed":<canonical bytes>,<the rest>}` taken apart: the canonical bytes,
 * the object they parse to, and the rest of the envelope as an object of its own. Undefined when
 * the file has another form, or when the rest names `signed` again (JSON.parse, like Go, keeps the
 * last of two equal keys: that file is read whole, as before).
 */
function canonicalSplit(bytes, decode, subject) {
    const from = ENVELOPE_START.length;
    for (let k = 0; k < from; k++)
        if (bytes[k] !== ENVELOPE_START[k])
            return undefined;
    const end = canonicalObjectEnd(bytes, from);
    if (end < 0 || bytes[end] !== COMMA || bytes[end + 1] !== QUOTE)
        return undefined;
    const rest = (0,canonical/* parseJsonObject */.dw)(`{${decode(bytes.subarray(end + 1))}`, subject);
    if (Object.hasOwn(rest, "signed"))
        return undefined;
    const signedBytes = bytes.subarray(from, end);
    return { bytes: signedBytes, signed: (0,canonical/* parseJsonObject */.dw)(decode(signedBytes), subject), rest };
}
// ---- writing ---------------------------------------------------------------------------------
function mapObject(m, each) {
    const o = Object.create(null);
    for (const [k, v] of m)
        o[k] = each(v);
    return o;
}
function fileMetaJson(f) {
    const o = { hashes: f.hashes, length: f.length };
    if (f.custom !== undefined)
        o.custom = f.custom;
    return o;
}
/** The `signed` object in Go's struct shape (every field present, `paths` omitted when empty). */
function signedJson(s) {
    const common = { _type: s.type, expires: s.expires, version: s.version };
    switch (s.type) {
        case "Root":
            return {
                ...common,
                consistent_snapshot: s.consistentSnapshot,
                keys: mapObject(s.keys, keys/* keyJson */.O7),
                roles: mapObject(s.roles, (r) => ({ keyids: r.keyIds, threshold: r.threshold })),
            };
        case "Targets":
            return {
                ...common,
                delegations: {
                    keys: mapObject(s.delegations.keys, keys/* keyJson */.O7),
                    roles: s.delegations.roles === null
                        ? null
                        : s.delegations.roles.map((r) => {
                            const o = { keyids: r.keyIds, name: r.name, threshold: r.threshold };
                            if (r.paths.length > 0)
                                o.paths = r.paths;
                            return o;
                        }),
                },
                targets: mapObject(s.targets, fileMetaJson),
            };
        case "Snapshot":
        case "Timestamp":
            return { ...common, meta: mapObject(s.meta, fileMetaJson) };
    }
}
/**
 * Canonical JSON of a `signed` object we build: canonicalJson(signedJson(s)), with a targets role's
 * entries written straight from its map (a large role is not first rebuilt as a JSON object graph).
 * `targets` sorts between `expires` and `version`, the last two keys of the object.
 */
function canonicalSigned(s) {
    if (s.type !== "Targets")
        return (0,canonical/* canonicalJson */.dj)(signedJson(s));
    const shell = (0,canonical/* canonicalJson */.dj)(signedJson({ ...s, targets: new Map() }));
    const tail = `"targets":{},"version":${(0,canonical/* canonicalScalar */.f7)(s.version)}}`;
    if (!shell.endsWith(tail))
        throw new errors/* MalformedMetadataError */.$6("targets metadata has an unexpected shape");
    return `${shell.slice(0, -tail.length)}"targets":${(0,canonical/* canonicalMap */.LL)(s.targets, fileMetaCanonical)},"version":${(0,canonical/* canonicalScalar */.f7)(s.version)}}`;
}
/** canonicalJson(fileMetaJson(f)): keys in order custom, hashes, length. */
function fileMetaCanonical(f) {
    const custom = f.custom !== undefined ? `"custom":${(0,canonical/* canonicalJson */.dj)(f.custom)},` : "";
    return `{${custom}"hashes":${(0,canonical/* canonicalJson */.dj)(f.hashes)},"length":${(0,canonical/* canonicalScalar */.f7)(f.length)}}`;
}
/** Canonical bytes of a `signed` object we build: what a signer signs. */
function signingBytes(s) {
    return encoder.encode(canonicalSigned(s));
}
const encoder = new TextEncoder();
/**
 * The file bytes Go would write for this signed object and these signatures. `canonicalText`,
 * when the caller already has it (it signed those bytes), saves serialising a large role again.
 */
function serialiseEnvelope(s, signatures, canonicalText) {
    return encoder.encode((0,canonical/* envelopeJson */.X8)(canonicalText ?? canonicalSigned(s), signatures.map((g) => ({ keyid: g.keyId, method: g.method.toLowerCase(), sig: g.sig }))));
}


/***/ }),

/***/ 1575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ delegationCanonicalKeyIds),
/* harmony export */   Rj: () => (/* binding */ canonicalDelegationKeyId),
/* harmony export */   Ry: () => (/* binding */ replaceDelegationKeys),
/* harmony export */   VP: () => (/* binding */ removeDelegationKeys),
/* harmony export */   XE: () => (/* binding */ removeDelegation),
/* harmony export */   Y$: () => (/* binding */ findDelegation),
/* harmony export */   gr: () => (/* binding */ emptyTargets),
/* harmony export */   iS: () => (/* binding */ removeTarget),
/* harmony export */   ok: () => (/* binding */ addDelegationKeys),
/* harmony export */   sb: () => (/* binding */ releasesIdsOnlyOf),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5591);
/**
 * Edits of targets metadata as the Go client makes them (notary tuf/tuf.go delegationUpdateVisitor,
 * DeleteDelegation, RemoveTargets; tuf/data/roles.go; tuf/utils RemoveUnusedKeys). Pure: every
 * function returns a new object and leaves its input alone. Go's slice habits are kept where they
 * show on the wire: a key list emptied by a removal becomes `null`, as does a delegation list
 * emptied by a deletion, and new roles and keys are appended after the existing ones.
 */

/** A deep copy, so that edits never reach metadata that was verified and is still in use. */
function cloneTargets(t) {
    return {
        ...t,
        delegations: {
            keys: new Map(t.delegations.keys),
            roles: t.delegations.roles?.map((r) => ({ ...r, keyIds: r.keyIds ? [...r.keyIds] : null, paths: [...r.paths] })) ??
                null,
        },
        targets: new Map([...t.targets].map(([name, meta]) => [name, { ...meta }])),
    };
}
/** An empty targets role (never published: version 0, so the first publish is version 1). */
function emptyTargets(expires, version = 0) {
    return { type: "Targets", delegations: { keys: new Map(), roles: [] }, expires, targets: new Map(), version };
}
/** The next version to publish: version + 1 and a fresh expiry (Go re-signs with the default lifetime). */
function nextVersion(t, expires) {
    return { ...cloneTargets(t), version: t.version + 1, expires };
}
/** Go's subtractStrSlices: the IDs left, or null when none are (a nil slice). */
function subtract(ids, remove) {
    const keep = (ids ?? []).filter((id) => !remove.has(id));
    return keep.length > 0 ? keep : null;
}
/** utils.RemoveUnusedKeys: drop delegation keys that no delegation lists any more. */
function dropUnusedKeys(t) {
    const used = new Set((t.delegations.roles ?? []).flatMap((r) => r.keyIds ?? []));
    for (const id of [...t.delegations.keys.keys()])
        if (!used.has(id))
            t.delegations.keys.delete(id);
}
/**
 * The canonical ID of a key `t` lists for its delegations (a certificate and its bare public key
 * are one key), or the ID itself when `t` does not hold the key.
 */
function canonicalDelegationKeyId(t, id) {
    const key = t.delegations.keys.get(id);
    return key ? (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyIdOf */ .Sy)(key) : id;
}
/** The canonical IDs of the keys delegation `name` of `t` lists (none when `t` has no such delegation). */
function delegationCanonicalKeyIds(t, name) {
    return new Set((findDelegation(t, name)?.keyIds ?? []).map((id) => canonicalDelegationKeyId(t, id)));
}
/**
 * The IDs `releases` lists for the keys among `keyIds` (compared as canonical IDs) that no other
 * delegation of `t` than `releases` and `except` also lists: those a signer's removal or rotation
 * takes out of targets/releases. A key another signer also holds stays: that signer releases with it.
 */
function releasesIdsOnlyOf(t, keyIds, releases, except) {
    const canon = (id) => canonicalDelegationKeyId(t, id);
    const mine = new Set(keyIds.map(canon));
    const shared = new Map();
    for (const role of t.delegations.roles ?? []) {
        if (role.name === releases || role.name === except)
            continue;
        for (const id of role.keyIds ?? []) {
            const c = canon(id);
            if (mine.has(c))
                shared.set(c, [...(shared.get(c) ?? []), role.name]);
        }
    }
    const listed = findDelegation(t, releases)?.keyIds ?? [];
    return { remove: listed.filter((id) => mine.has(canon(id)) && !shared.has(canon(id))), shared };
}
/** Finds a delegation by name. */
function findDelegation(t, name) {
    return t.delegations.roles?.find((r) => r.name === name);
}
/**
 * Adds keys (and paths) to a delegation, creating it with threshold 1 when it does not exist:
 * `AddDelegationRoleAndKeys` followed by `AddDelegationPaths`, as `docker trust signer add` stages
 * them. Existing key IDs and paths are kept in order; new ones are appended.
 */
function addDelegationKeys(t, name, keys, paths = [""]) {
    const out = cloneTargets(t);
    const roles = out.delegations.roles ?? [];
    let role = roles.find((r) => r.name === name);
    if (!role) {
        role = { name, keyIds: [], threshold: 1, paths: [] };
        roles.push(role);
    }
    const ids = [...(role.keyIds ?? [])];
    for (const key of keys) {
        const id = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .keyIdOf */ .yg)(key);
        if (!ids.includes(id))
            ids.push(id);
        out.delegations.keys.set(id, key);
    }
    role.keyIds = ids.length > 0 ? ids : null;
    for (const p of paths)
        if (!role.paths.includes(p))
            role.paths.push(p);
    out.delegations.roles = roles;
    dropUnusedKeys(out);
    return out;
}
/** `RemoveDelegationKeys`: takes key IDs out of one delegation and drops keys no role uses any more. */
function removeDelegationKeys(t, name, keyIds) {
    const out = cloneTargets(t);
    const role = findDelegation(out, name);
    if (role)
        role.keyIds = subtract(role.keyIds, new Set(keyIds));
    dropUnusedKeys(out);
    return out;
}
/** `DeleteDelegation`: removes the role from its parent (a list left empty becomes null, as in Go). */
function removeDelegation(t, name) {
    const out = cloneTargets(t);
    const roles = (out.delegations.roles ?? []).filter((r) => r.name !== name);
    out.delegations.roles = roles.length > 0 ? roles : null;
    dropUnusedKeys(out);
    return out;
}
/** Replaces key IDs of a delegation in place (same position), adding the new keys: a key rotation. */
function replaceDelegationKeys(t, name, oldIds, newKeys) {
    const out = cloneTargets(t);
    const role = findDelegation(out, name);
    if (!role)
        return out;
    const remove = new Set(oldIds);
    const ids = [];
    let inserted = false;
    const newIds = newKeys.map((k) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .keyIdOf */ .yg)(k));
    for (const id of role.keyIds ?? []) {
        if (!remove.has(id)) {
            if (!ids.includes(id))
                ids.push(id);
            continue;
        }
        if (!inserted)
            for (const n of newIds)
                if (!ids.includes(n))
                    ids.push(n);
        inserted = true;
    }
    if (!inserted)
        for (const n of newIds)
            if (!ids.includes(n))
                ids.push(n);
    role.keyIds = ids.length > 0 ? ids : null;
    for (const key of newKeys)
        out.delegations.keys.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .keyIdOf */ .yg)(key), key);
    dropUnusedKeys(out);
    return out;
}
/** Removes a target by name (no change when absent). */
function removeTarget(t, name) {
    const out = cloneTargets(t);
    out.targets.delete(name);
    return out;
}


/***/ }),

/***/ 2504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ rootRecovery),
/* harmony export */   Y: () => (/* binding */ checkRootSignatures)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _root_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5288);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6360);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/**
 * Whether a root may be trusted: its shape (every top-level role, thresholds of at least 1, keys
 * it lists), a threshold of its own root certificate keys (valid for the repository, and among
 * the pinned ones when pins are given), and, for a rotation, a threshold of the previous root's
 * root keys too (notary's tuf/builder.go). Expiry is the caller's: an anchor may have expired.
 */




function checkRootSignatures(env, previous, check) {
    const { gun, now } = check;
    const root = env.signed;
    const subject = `root v${root.version}`;
    for (const role of ["root", "targets", "snapshot", "timestamp"]) {
        const r = root.roles.get(role);
        if (!r)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: no ${role} role`);
        if (r.threshold < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: ${role} threshold ${r.threshold} is less than 1`);
        (0,_signatures_js__WEBPACK_IMPORTED_MODULE_2__/* .pickKeys */ .g)(root.keys, r.keyIds, `${subject} ${role} role`);
    }
    if (previous) {
        const prevKeys = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .rootCertificateKeys */ .Yx)(previous.signed, { gun, now, checkExpiry: false });
        try {
            (0,_signatures_js__WEBPACK_IMPORTED_MODULE_2__/* .checkThreshold */ .w)(env, {
                name: subject,
                keys: prevKeys.keys,
                threshold: previous.signed.roles.get("root").threshold,
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject} of ${gun} is not signed by the root keys of trusted root v${previous.signed.version}: a rotation was served, but not a valid one`, {
                cause: err,
                hint: rootRecovery(gun),
            });
        }
    }
    const own = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .rootCertificateKeys */ .Yx)(root, { gun, now, checkExpiry: check.fresh });
    if (own.keys.size === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject}: no valid root certificate for ${gun} (${own.rejected.join("; ") || "no root keys"})`);
    }
    let keys = own.keys;
    if (check.pinnedRootKeyIds?.length) {
        keys = (0,_root_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedOnly */ .T5)(own.keys, check.pinnedRootKeyIds);
        if (keys.size === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RootTrustError */ .hA(`${subject} of ${gun} is signed by root key ${[...own.keys.keys()].map((k) => k.slice(0, 12) + "…").join(", ")}, not the pinned ${check.pinnedRootKeyIds.map((k) => k.slice(0, 12) + "…").join(", ")}`, { hint: `check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")} against the Root Key that docker trust inspect shows` });
        }
    }
    (0,_signatures_js__WEBPACK_IMPORTED_MODULE_2__/* .checkThreshold */ .w)(env, { name: subject, keys, threshold: root.roles.get("root").threshold });
}
/** How to get out of a changed root: only when its owner really re-created the repository. */
function rootRecovery(gun) {
    return `confirm with the repository's owner that ${gun} was re-created; if so, remove its stored root from ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .phrase */ .MZ)("trust-store")} or pin the new root with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")}; otherwise do not trust it`;
}


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pickKeys),
/* harmony export */   w: () => (/* binding */ checkThreshold)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/**
 * Threshold signature checks (tuf/signed/verify.go), with two hardenings over a key-ID count:
 * a key counts once however many IDs or key types list it (distinct public keys, identified by
 * their canonical key ID), and a signature counts only when its method fits the key type.
 */


/** Counts valid signatures over `env.signedBytes` by distinct keys; throws below the threshold. */
function checkThreshold(env, role) {
    if (role.threshold < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${role.name}: threshold ${role.threshold} is less than 1`);
    if (env.signatures.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdError */ .M2(`${role.name}: no signatures`);
    const seenKeys = new Set();
    const validKeyIds = [];
    for (const sig of env.signatures) {
        const key = role.keys.get(sig.keyId);
        if (!key)
            continue;
        // notary treats a key listed under an ID that is not its own as a hard error.
        if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyIdOf */ .yg)(key) !== sig.keyId) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${role.name}: key listed as ${sig.keyId} has a different key ID`);
        }
        let identity;
        try {
            identity = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyIdOf */ .Sy)(key);
        }
        catch {
            continue;
        }
        if (seenKeys.has(identity))
            continue;
        if (!(0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .verifySignature */ .Od)(key, sig.method, env.signedBytes, Buffer.from(sig.sig, "base64")))
            continue;
        seenKeys.add(identity);
        validKeyIds.push(sig.keyId);
    }
    if (seenKeys.size < role.threshold) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdError */ .M2(`${role.name}: ${seenKeys.size} of ${role.threshold} required signatures valid (${env.signatures.length} present)`);
    }
    return { validKeyIds };
}
/** The keys of `keyIds` from `keys`; a listed ID without a key is malformed metadata. */
function pickKeys(keys, keyIds, subject) {
    const out = new Map();
    for (const id of keyIds ?? []) {
        const key = keys.get(id);
        if (!key)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject}: key ID ${id} is listed without a key`);
        out.set(id, key);
    }
    return out;
}


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ loadTrust)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/event-loop.ts
var event_loop = __webpack_require__(5294);
// EXTERNAL MODULE: ./src/tuf/file-meta.ts
var file_meta = __webpack_require__(9391);
// EXTERNAL MODULE: ./src/tuf/metadata.ts + 1 modules
var metadata = __webpack_require__(1111);
// EXTERNAL MODULE: ./src/tuf/signatures.ts
var signatures = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/tuf/root-trust.ts
var root_trust = __webpack_require__(2504);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/roles.ts
var roles = __webpack_require__(410);
;// CONCATENATED MODULE: ./src/tuf/trusted-set.ts
/**
 * The trusted set: a pure state machine over metadata bytes, in notary's client order
 * (client/tufclient.go, tuf/builder.go): root, then timestamp, snapshot (by the timestamp's hash
 * and length), targets and delegations (by the snapshot's hashes and lengths). Every step checks
 * signatures against the already-trusted parent, `_type`, version rollback against what was
 * trusted before, and expiry against the injected clock. It does no I/O.
 *
 * The order is enforced, as in go-tuf's trusted metadata set: a step taken before the one it
 * depends on, or after a later one has been trusted, throws an OrderError. What a loader makes of
 * the roles it could not trust is the loader's own record, not the set's.
 */








/** A snapshot whose root entry differs from the trusted root: the caller fetches the new root. */
class RootChangedError extends errors/* VerificationError */.mk {
    rootMeta;
    constructor(rootMeta) {
        super("ROOT_CHANGED", "the snapshot names a root other than the trusted one");
        this.rootMeta = rootMeta;
    }
}
/** A step taken out of order: a caller's mistake, never something a server can cause. */
class OrderError extends errors/* VerificationError */.mk {
    constructor(message) {
        super("ORDER", message);
    }
}
class TrustedSet {
    gun;
    now;
    opts;
    /** The root trusted in an earlier run, under which `previousVersions` were recorded. */
    anchorRoot;
    rootEnv;
    timestampEnv;
    snapshotEnv;
    loaded = new Map();
    delegated = new Map();
    /** Trusts `rootBytes` (or rotates to it from the anchor's trusted root). */
    constructor(rootBytes, opts) {
        this.gun = opts.gun;
        this.now = opts.now;
        this.opts = opts;
        if (opts.trustedRoot) {
            this.rootEnv = this.checkRoot((0,metadata/* parseEnvelope */.mE)(opts.trustedRoot, "Root", "trusted root"), undefined, false);
            this.anchorRoot = this.rootEnv.signed;
            this.updateRoot(rootBytes);
        }
        else {
            this.rootEnv = this.checkRoot((0,metadata/* parseEnvelope */.mE)(rootBytes, "Root", "root"), undefined, true);
        }
    }
    get root() {
        return this.rootEnv;
    }
    /** The trusted timestamp, once loaded. */
    get timestamp() {
        return this.timestampEnv;
    }
    /** The trusted snapshot, once loaded. */
    get snapshot() {
        return this.snapshotEnv;
    }
    /** `targets` and every delegation loaded, by role name. */
    get targets() {
        return this.loaded;
    }
    /** Delegation roles as their loaded parents define them (loaded themselves or not). */
    get delegations() {
        return this.delegated;
    }
    /**
     * Moves to a newer root: it must be signed by a threshold of the current root's certificate
     * keys and by its own, and must pass the pins. Equal bytes are a no-op. Refused once a snapshot
     * is trusted; a timestamp trusted under the old root is dropped, to be checked again under the
     * new one (a snapshot naming another root sends the loader here between the two).
     */
    updateRoot(bytes) {
        if (this.snapshotEnv)
            throw new OrderError("the root cannot change after the snapshot is trusted");
        if (Buffer.compare(Buffer.from(bytes), Buffer.from(this.rootEnv.bytes)) === 0)
            return;
        const next = (0,metadata/* parseEnvelope */.mE)(bytes, "Root", "served root");
        const cur = this.rootEnv.signed.version;
        if (next.signed.version < cur)
            throw new errors/* RollbackError */.ZS("root", `root version ${next.signed.version} is lower than trusted version ${cur}`);
        if (next.signed.version === cur)
            throw new errors/* RootTrustError */.hA(`root version ${cur} of ${this.gun} served with content other than the trusted root v${cur}: a different root, and no rotation to it`, { hint: (0,root_trust/* rootRecovery */.E)(this.gun) });
        this.rootEnv = this.checkRoot(next, this.rootEnv, true);
        this.timestampEnv = undefined;
    }
    checkRoot(env, previous, fresh) {
        (0,root_trust/* checkRootSignatures */.Y)(env, previous, {
            gun: this.gun,
            now: this.now,
            fresh,
            ...(this.opts.pinnedRootKeyIds ? { pinnedRootKeyIds: this.opts.pinnedRootKeyIds } : {}),
        });
        if (fresh)
            this.checkExpiry(env, "root");
        return env;
    }
    checkExpiry(env, role) {
        if (env.expiresAt < this.now) {
            throw new errors/* ExpiredError */.Ci(`${role} expired at ${(0,time/* displayTime */.Wk)(env.expiresAt)}`);
        }
    }
    checkVersion(role, version) {
        const prev = this.opts.previousVersions?.[role];
        // TUF 5.3.11: once a root rotates the timestamp or snapshot keys, versions trusted under the
        // old keys no longer bind. That is the way out of a fast-forward attack made with a
        // compromised timestamp or snapshot key: the owner rotates the key.
        if ((role === "timestamp" || role === "snapshot") && this.keysRotatedSinceAnchor(role))
            return;
        if (prev !== undefined && version < prev) {
            throw new errors/* RollbackError */.ZS(role, `${role} version ${version} is lower than version ${prev} trusted before`);
        }
    }
    keysRotatedSinceAnchor(role) {
        const before = this.anchorRoot?.roles.get(role);
        const now = this.rootEnv.signed.roles.get(role);
        const ids = (r) => [...(r?.keyIds ?? [])].sort().join(",");
        return before !== undefined && ids(before) !== ids(now);
    }
    rootRole(role) {
        const r = this.rootEnv.signed.roles.get(role);
        return {
            name: role,
            keys: (0,signatures/* pickKeys */.g)(this.rootEnv.signed.keys, r.keyIds, `root ${role} role`),
            threshold: r.threshold,
        };
    }
    /** Trusts a timestamp signed under the root in force; refused once a snapshot is trusted. */
    updateTimestamp(bytes) {
        if (this.snapshotEnv)
            throw new OrderError("the timestamp cannot change after the snapshot is trusted");
        // The root in force must itself be current before anything it signs for is trusted.
        this.checkExpiry(this.rootEnv, "root");
        const env = (0,metadata/* parseEnvelope */.mE)(bytes, "Timestamp", "timestamp");
        (0,signatures/* checkThreshold */.w)(env, this.rootRole("timestamp"));
        this.checkVersion("timestamp", env.signed.version);
        const trusted = this.timestampEnv?.signed.version;
        if (trusted !== undefined && env.signed.version < trusted) {
            throw new errors/* RollbackError */.ZS("timestamp", `timestamp version ${env.signed.version} is lower than version ${trusted} trusted in this run`);
        }
        this.checkExpiry(env, "timestamp");
        (0,file_meta/* checkHashStructure */._y)(env.signed.meta.get("snapshot"), "timestamp meta for snapshot");
        this.timestampEnv = env;
        return env;
    }
    /** What the trusted timestamp says of the snapshot (for a by-hash fetch). */
    get snapshotMeta() {
        if (!this.timestampEnv)
            throw new OrderError("the timestamp must be trusted before the snapshot");
        return this.timestampEnv.signed.meta.get("snapshot");
    }
    /** Trusts the snapshot the timestamp names; refused before the timestamp and once targets is trusted. */
    updateSnapshot(bytes) {
        const snapshotMeta = this.snapshotMeta;
        if (this.loaded.has("targets"))
            throw new OrderError("the snapshot cannot change after targets is trusted");
        (0,file_meta/* checkFileMeta */.kJ)(bytes, snapshotMeta, "snapshot");
        const env = (0,metadata/* parseEnvelope */.mE)(bytes, "Snapshot", "snapshot");
        (0,signatures/* checkThreshold */.w)(env, this.rootRole("snapshot"));
        this.checkVersion("snapshot", env.signed.version);
        this.checkExpiry(env, "snapshot");
        for (const role of ["root", "targets"])
            (0,file_meta/* checkHashStructure */._y)(env.signed.meta.get(role), `snapshot meta for ${role}`);
        const rootMeta = env.signed.meta.get("root");
        try {
            (0,file_meta/* checkFileMeta */.kJ)(this.rootEnv.bytes, rootMeta, "root");
        }
        catch {
            throw new RootChangedError(rootMeta);
        }
        this.snapshotEnv = env;
        return env;
    }
    /** The snapshot's entry for a targets role, or undefined when the role was never published. */
    metaFor(role) {
        if (!this.snapshotEnv)
            throw new OrderError(`the snapshot must be trusted before ${role}`);
        const meta = this.snapshotEnv.signed.meta.get(role);
        return meta && (0,file_meta/* checkHashStructure */._y)(meta, `snapshot meta for ${role}`);
    }
    /**
     * Trusts `targets` by the root's targets keys; once, after the snapshot. `parsed`, when given for
     * a file this run wrote itself, is parseEnvelope's result for exactly `bytes` (the same buffer),
     * which saves parsing a large role a second time; every check still runs on it.
     */
    updateTargets(bytes, parsed) {
        const meta = this.metaFor("targets");
        if (this.loaded.has("targets"))
            throw new OrderError("targets is already trusted");
        (0,file_meta/* checkFileMeta */.kJ)(bytes, meta, "targets");
        const env = reuse(parsed, bytes) ?? (0,metadata/* parseEnvelope */.mE)(bytes, "Targets", "targets");
        (0,signatures/* checkThreshold */.w)(env, this.rootRole("targets"));
        this.checkVersion("targets", env.signed.version);
        if (!this.opts.allowExpiredTargets)
            this.checkExpiry(env, "targets");
        this.acceptTargets("targets", env, [""]);
        return env;
    }
    /**
     * Loads a delegation whose parent is loaded, once. Throws when it cannot be trusted (callers skip it).
     * `parsed`: as for updateTargets.
     */
    updateDelegation(name, bytes, parsed) {
        const parent = (0,roles/* isDelegationName */.mm)(name) ? (0,roles/* parentOf */.gN)(name) : undefined;
        if (parent !== undefined && !this.loaded.has(parent))
            throw new OrderError(`${parent} must be trusted before its delegation ${name}`);
        if (this.loaded.has(name))
            throw new OrderError(`${name} is already trusted`);
        const role = this.delegated.get(name);
        if (!role)
            throw new errors/* VerificationError */.mk("ROLE_NOT_DELEGATED", `${name} is not delegated by a loaded parent`);
        const meta = this.metaFor(name);
        if (!meta)
            throw new errors/* VerificationError */.mk("ROLE_NOT_IN_SNAPSHOT", `${name} is not in the snapshot`);
        (0,file_meta/* checkFileMeta */.kJ)(bytes, meta, name);
        const env = reuse(parsed, bytes) ?? (0,metadata/* parseEnvelope */.mE)(bytes, "Targets", name);
        // Every signature by a key the role does not list (a signer removed since it signed): the file
        // is what the snapshot names, so this is an outdated role, not an altered one.
        if (env.signatures.length > 0 && !env.signatures.some((s) => role.keys.has(s.keyId))) {
            const ids = [...new Set(env.signatures.map((s) => (0,keys/* shortId */.m_)(s.keyId)))].join(", ");
            throw new errors/* ThresholdError */.M2(`${name} is signed only by keys it no longer lists (${ids}), as after its signer was removed; its targets do not verify until a current signer of ${name} signs it again`, {}, "SIGNERS_REMOVED");
        }
        (0,signatures/* checkThreshold */.w)(env, role);
        this.checkVersion(name, env.signed.version);
        if (!this.opts.allowExpiredDelegations)
            this.checkExpiry(env, name);
        this.acceptTargets(name, env, role.paths);
        return env;
    }
    acceptTargets(name, env, paths) {
        const d = env.signed.delegations;
        for (const child of d.roles ?? [])
            this.checkDelegationShape(name, child, d.keys);
        for (const [target, meta] of env.signed.targets)
            checkTargetMeta(name, target, meta);
        this.loaded.set(name, env);
        for (const child of d.roles ?? []) {
            this.delegated.set(child.name, {
                name: child.name,
                keys: (0,signatures/* pickKeys */.g)(d.keys, child.keyIds, `${name} delegation ${child.name}`),
                threshold: child.threshold,
                paths: (0,roles/* restrictPaths */.T4)(paths, child.paths),
            });
        }
    }
    checkDelegationShape(parent, child, keys) {
        if (!(0,roles/* isDelegationName */.mm)(child.name) || (0,roles/* parentOf */.gN)(child.name) !== parent) {
            throw new errors/* MalformedMetadataError */.$6(`${parent}: delegation role ${child.name} is not a valid child`);
        }
        if (child.threshold < 1)
            throw new errors/* MalformedMetadataError */.$6(`${parent}: ${child.name} threshold ${child.threshold} is less than 1`);
        (0,signatures/* pickKeys */.g)(keys, child.keyIds, `${parent} delegation ${child.name}`);
    }
    /** Versions trusted now, to be persisted and passed as `previousVersions` next time. */
    versions() {
        const out = { root: this.rootEnv.signed.version };
        if (this.timestampEnv)
            out.timestamp = this.timestampEnv.signed.version;
        if (this.snapshotEnv)
            out.snapshot = this.snapshotEnv.signed.version;
        for (const [name, env] of this.loaded)
            out[name] = env.signed.version;
        return out;
    }
}
/** A parsed envelope of exactly these bytes (the same buffer, of type Targets), else undefined. */
const reuse = (parsed, bytes) => parsed?.bytes === bytes && parsed.signed.type === "Targets" ? parsed : undefined;
/** Target entries must have sane hashes and lengths (a negative length or short hash is tampering). */
function checkTargetMeta(role, target, meta) {
    (0,file_meta/* checkTargetHashStructure */.td)(meta, `${role} target ${target}`);
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
// EXTERNAL MODULE: ./src/workflows/trust-wave.ts
var trust_wave = __webpack_require__(8216);
// EXTERNAL MODULE: ./src/codec/base64.ts
var base64 = __webpack_require__(231);
// EXTERNAL MODULE: ./src/notary/limits.ts
var limits = __webpack_require__(7181);
;// CONCATENATED MODULE: ./src/workflows/early-delegations.ts
/**
 * The top-level delegations a trust load's first wave did not ask for (a signer's role beside
 * `targets/releases`), asked for by the hashes the snapshot of that wave names as soon as it
 * arrives, however far the checks have come by then. Checking the snapshot and targets (and the
 * root and timestamp, if they are not checked yet) then overlaps these requests instead of coming
 * before them (load-trust.ts).
 *
 * Nothing here is trusted. An answer is handed to the load only when the checked snapshot names
 * exactly the file that was asked for, and then only if its bytes are that file; anything else
 * costs a request, and the load asks for the file the checked snapshot names as it did before.
 * Bounded: at most 32 roles and 64 MiB in all (what one role may be), each read by the length the
 * snapshot gives, and only from a snapshot of at most 1 MiB. What is still under way when the load
 * ends is stopped.
 */







const MAX_EARLY_DELEGATIONS = 32;
const MAX_EARLY_BYTES = limits/* MAX_BYTES */.z.targets;
/** A snapshot larger than this is not read before it is checked (a few hundred roles fit in far less). */
const MAX_EARLY_SNAPSHOT_BYTES = 1024 * 1024;
function askEarly(client, wave) {
    const controller = new AbortController();
    (0,external_node_events_.setMaxListeners)(trust_wave/* LISTENERS_PER_REQUEST */.ID * MAX_EARLY_DELEGATIONS, controller.signal);
    const requests = wave.snapshot.then(async (r) => {
        const asked = new Map();
        if (!r.ok || !r.v || r.v.length > MAX_EARLY_SNAPSHOT_BYTES)
            return asked;
        const wanted = leftOut(namedDelegations(r.v), wave);
        if (wanted.length === 0)
            return asked;
        // One turn of the event loop first: the connections whose answers have just ended (the
        // snapshot's own among them) are then back in the pool to carry these requests, where they
        // would otherwise open new connections, each a TCP and TLS set-up that a long check after this
        // may hold up further (measured on five 10,000-tag delegations: 5 connections instead of 5 to 8).
        await (0,event_loop/* eventLoopTurns */.X)();
        if (controller.signal.aborted)
            return asked;
        for (const [role, sha256Hex, length] of wanted) {
            const answer = client.getMetadata(role, { sha256Hex, length, signal: controller.signal }).then((v) => ({ ok: true, v }), (e) => ({ ok: false, e }));
            asked.set(role, { sha256Hex, length, answer });
        }
        return asked;
    });
    return {
        asked: requests.then((m) => m.size),
        async take(role, meta) {
            const asked = (await requests).get(role);
            if (!asked || !meta || asked.length !== meta.length || asked.sha256Hex !== (0,file_meta/* sha256HexOf */.AS)(meta))
                return undefined;
            const r = await asked.answer;
            if (!r.ok)
                throw r.e;
            return r.v && (0,file_meta/* hasFileMeta */.w3)(r.v, meta) ? r.v : undefined;
        },
        stop: () => controller.abort(),
    };
}
/** Of `named`, the roles the wave left out and the load wants, within the count and byte bounds. */
function leftOut(named, wave) {
    const out = [];
    let bytes = 0;
    for (const entry of named) {
        const [role, , length] = entry;
        if (out.length >= MAX_EARLY_DELEGATIONS)
            break;
        if (wave.hints.includes(role) || (wave.wanted && !wave.wanted.has(role)))
            continue;
        if (bytes + length > MAX_EARLY_BYTES)
            continue;
        bytes += length;
        out.push(entry);
    }
    return out;
}
/** `[role, sha256 hex, length]` of each top-level delegation an unchecked snapshot lists. */
function namedDelegations(bytes) {
    let meta;
    try {
        meta = JSON.parse(new TextDecoder().decode(bytes))?.signed?.meta;
    }
    catch {
        return [];
    }
    if (meta === null || typeof meta !== "object")
        return [];
    const out = [];
    for (const [role, entry] of Object.entries(meta)) {
        if (!(0,roles/* isTopLevelDelegation */._4)(role) || entry === null || typeof entry !== "object")
            continue;
        const { length, hashes } = entry;
        const sha256 = hashes?.sha256;
        if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 1 || length > MAX_EARLY_BYTES)
            continue;
        if (typeof sha256 !== "string" || !(0,base64/* isStandardBase64 */.Jx)(sha256) || (0,base64/* standardBase64ByteLength */.N)(sha256) !== 32)
            continue;
        out.push([role, (0,file_meta/* hexOfBase64 */.K4)(sha256), length]);
    }
    return out;
}

// EXTERNAL MODULE: ./src/notary/retirements.ts
var retirements = __webpack_require__(2989);
;// CONCATENATED MODULE: ./src/workflows/load-trust.ts
/**
 * Loading a repository's trust data: the I/O around the pure TrustedSet.
 *
 * notary's client fetches timestamp, snapshot, targets and each delegation one after another. We
 * fetch the current file of every role we expect to need in one parallel wave, check each against
 * the trusted chain, and fall back to a by-hash fetch only for a file that does not match (a
 * concurrent update between two of our requests). Nothing is trusted before it is checked.
 *
 * The delegations of `targets` that the first wave did not ask for are asked for as soon as the
 * snapshot arrives, by the hashes it names, while the root, timestamp and snapshot are still being
 * checked (early-delegations.ts). Each is used only if it is the file the checked snapshot names.
 */










const MAX_ROOT_WALK = 100;
/** Loads and verifies the repository; throws NOT_INITIALISED when the server has no root. */
async function loadTrust(client, opts) {
    // A Notary service past its announced end: a root seen for the first time could be anyone's.
    const ended = (0,retirements/* endedService */.mT)(client.baseUrl, opts.now);
    if (ended && !opts.trustedRoot && !opts.pinnedRootKeyIds?.length) {
        opts.wave?.stop();
        throw (0,retirements/* serviceEndedError */._T)(ended, client.gun);
    }
    const wave = opts.wave ?? (0,trust_wave/* startTrustWave */.W5)(client, opts);
    const early = askEarly(client, wave);
    // The load's own requests (a role by its hash, a root walk): one delegation that fails the load
    // stops those of its siblings. As many listen at once as delegations are read at once, which the
    // limits on delegations bound: no leak for Node to warn of.
    const own = new AbortController();
    (0,external_node_events_.setMaxListeners)(0, own.signal);
    try {
        return await loadFrom(client, opts, wave, early, own.signal);
    }
    catch (err) {
        throw ended ? (0,retirements/* serviceEndedError */._T)(ended, client.gun, err) : err;
    }
    finally {
        // What the load never reached (it failed, or a role asked for early was not needed) stops
        // reading; the files it awaited are in already.
        wave.stop();
        early.stop();
        own.abort();
    }
}
async function loadFrom(client, opts, wave, early, signal) {
    const warnings = [];
    const skipped = new Map();
    const inconsistent = new Set();
    const warn = (text) => {
        const m = (0,errors/* warningLine */.tE)(text);
        warnings.push(m);
        opts.onWarning?.(m);
    };
    const { hints, wanted } = wave;
    // Each file is checked as soon as it is in, in the order of the checks: when the wave comes
    // over more than one round trip (many repositories on one server), the first checks overlap the
    // files still on their way instead of waiting for all of them.
    let snapshotIn = false;
    void wave.snapshot.then(() => (snapshotIn = true));
    let flushed = false;
    const next = async (answer) => {
        const r = await answer;
        // Answers already received are read first (one turn of the event loop): the snapshot among them
        // then asks for its delegations before a check takes the thread.
        if (!snapshotIn)
            await (0,event_loop/* eventLoopTurns */.X)();
        // The delegations asked for early are written before the checks below take the thread: their
        // requests are made in promise jobs that would otherwise wait behind all of these checks.
        if (snapshotIn && !flushed) {
            flushed = true;
            if ((await early.asked) > 0)
                await (0,event_loop/* eventLoopTurns */.X)();
        }
        return r;
    };
    const take = (r) => {
        if (!r.ok)
            throw r.e;
        return r.v;
    };
    const rootBytes = take(await next(wave.root));
    if (!rootBytes)
        throw notInitialised(client);
    const set = await trustRoot(client, rootBytes, opts, signal);
    if (!opts.trustedRoot && !opts.pinnedRootKeyIds?.length)
        opts.onFirstUse?.(set.root.signed.roles.get("root")?.keyIds ?? []);
    const tsBytes = take(await next(wave.timestamp));
    if (!tsBytes)
        throw new errors/* ServerError */.gP("REPOSITORY_INCONSISTENT", `${client.gun} on ${client.baseUrl} has a root but no timestamp.json`, { status: 404 });
    set.updateTimestamp(tsBytes);
    let snapBytes = take(await next(wave.snapshot));
    if (!snapBytes || !(0,file_meta/* hasFileMeta */.w3)(snapBytes, set.snapshotMeta)) {
        snapBytes = await byHash(client, "snapshot", set.snapshotMeta, signal);
    }
    try {
        set.updateSnapshot(snapBytes);
    }
    catch (err) {
        if (!(err instanceof RootChangedError))
            throw err;
        // The snapshot names another root than root.json gave us (a rotation racing our wave).
        const newRoot = await byHash(client, "root", err.rootMeta, signal);
        await rotateRoot(client, set, newRoot, signal);
        set.updateTimestamp(tsBytes);
        set.updateSnapshot(snapBytes);
    }
    const prefetched = new Map();
    const targetsBytes = take(await next(wave.targets));
    const hintR = await Promise.all(wave.hinted);
    hints.forEach((h, i) => {
        const r = hintR[i];
        if (r.ok)
            prefetched.set(h, r.v);
    });
    const read = async (role, prefetchedBytes) => {
        const r = await current(client, role, prefetchedBytes, set, signal);
        if (r.normalised) {
            inconsistent.add(role);
            warn(`${role} on ${client.baseUrl} is stored in a form other than the one its snapshot names, so Go clients cannot read it; publishing it again repairs this`);
        }
        return r.bytes;
    };
    // A role we uploaded, served and named by the snapshot as exactly our bytes, is our parsed file.
    const parsed = (role, bytes) => {
        const ours = opts.known?.get(role);
        return ours && sameBytes(ours.bytes, bytes) ? ours : undefined;
    };
    const update = (role, bytes) => {
        const ours = parsed(role, bytes);
        if (role === "targets")
            set.updateTargets(ours?.bytes ?? bytes, ours);
        else
            set.updateDelegation(role, ours?.bytes ?? bytes, ours);
    };
    update("targets", await read("targets", targetsBytes));
    // Breadth-first over delegations, one parallel wave per depth.
    let frontier = childrenOf(set, "targets", wanted);
    while (frontier.length > 0) {
        const loaded = await Promise.all(frontier.map(async (name) => {
            try {
                const asked = await early.take(name, set.metaFor(name));
                update(name, asked ?? (await read(name, prefetched.get(name))));
                return name;
            }
            catch (err) {
                // As notary's client (tufclient.go downloadTargets): a delegation that is expired or
                // short of valid signatures is skipped, as if it had no targets. Anything else (a file
                // that is not the one the snapshot names, a rolled-back version, malformed content) is
                // a server that cannot be trusted, and fails the whole load: skipping such a role would
                // let a hostile server hide `targets/releases` and have `targets` answer for a tag.
                if (!(err instanceof errors/* ExpiredError */.Ci || err instanceof errors/* ThresholdError */.M2))
                    throw err;
                skipped.set(name, err);
                warn(`${name} skipped: ${(0,errors/* describeError */.Uc)(err)}`);
                return undefined;
            }
        }));
        frontier = loaded.flatMap((n) => (n ? childrenOf(set, n, wanted) : []));
    }
    return { set, skipped, inconsistent, warnings };
}
function sameBytes(a, b) {
    return (a.length === b.length &&
        Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
}
async function byHash(client, role, meta, signal) {
    const bytes = await client.getMetadata(role, { sha256Hex: (0,file_meta/* sha256HexOf */.AS)(meta), length: meta.length, signal });
    if (!bytes)
        throw missing(client, role, meta);
    return bytes;
}
function missing(client, role, meta) {
    return new errors/* ServerError */.gP("REPOSITORY_INCONSISTENT", `${client.gun} on ${client.baseUrl}: ${role}.${(0,file_meta/* sha256HexOf */.AS)(meta).slice(0, 12)}….json is missing (404)`, { status: 404, hint: "the repository is inconsistent; a re-publish of a Go-exact version repairs it" });
}
/**
 * The current bytes when they match the snapshot, else the by-hash file. When the server has no
 * file under the hash its snapshot names, it stored bytes that are not Go-exact (it hashes its own
 * re-serialisation, docs/notary-protocol.md §5.4): the current file is then accepted, as its Go re-serialisation,
 * only if that is exactly what the snapshot names, and flagged as `normalised`.
 */
async function current(client, role, prefetched, set, signal) {
    const meta = set.metaFor(role);
    if (!meta)
        throw new errors/* VerificationError */.mk("ROLE_NOT_IN_SNAPSHOT", `${role} is not in the snapshot`);
    if (prefetched && (0,file_meta/* hasFileMeta */.w3)(prefetched, meta))
        return { bytes: prefetched, normalised: false };
    const bytes = await client.getMetadata(role, { sha256Hex: (0,file_meta/* sha256HexOf */.AS)(meta), length: meta.length, signal });
    if (bytes)
        return { bytes, normalised: false };
    const served = prefetched ?? (await client.getMetadata(role, { signal }));
    const goForm = served && goReserialised(served, role);
    if (goForm && (0,file_meta/* hasFileMeta */.w3)(goForm, meta))
        return { bytes: goForm, normalised: true };
    throw missing(client, role, meta);
}
function goReserialised(bytes, role) {
    try {
        const env = (0,metadata/* parseEnvelope */.mE)(bytes, "Targets", role);
        return (0,metadata/* serialiseEnvelope */.YX)(env.signed, env.signatures);
    }
    catch {
        return undefined;
    }
}
function childrenOf(set, parent, wanted) {
    const env = set.targets.get(parent);
    return (env?.signed.delegations.roles ?? [])
        .map((r) => r.name)
        .filter((n) => set.delegations.has(n) && set.snapshot.signed.meta.has(n) && (!wanted || wanted.has(n)));
}
/** Trusts the served root, walking `N.root.json` from a stored root when it was rotated more than once. */
async function trustRoot(client, rootBytes, opts, signal) {
    const base = { ...opts, gun: client.gun };
    if (!opts.trustedRoot)
        return new TrustedSet(rootBytes, base);
    // Start from the stored root (its own bytes as the served root: a no-op update), then rotate.
    const set = new TrustedSet(opts.trustedRoot, base);
    await rotateRoot(client, set, rootBytes, signal);
    return set;
}
async function rotateRoot(client, set, target, signal) {
    try {
        set.updateRoot(target);
        return;
    }
    catch (err) {
        if (!(err instanceof errors/* VerificationError */.mk) || err.code !== "ROOT_TRUST")
            throw err;
        const targetVersion = (0,metadata/* parseEnvelope */.mE)(target, "Root", "served root").signed.version;
        const from = set.root.signed.version;
        if (targetVersion - from > MAX_ROOT_WALK || targetVersion - from < 2)
            throw err;
        for (let v = from + 1; v < targetVersion; v++) {
            const bytes = await client.getMetadata("root", { version: v, signal });
            if (!bytes)
                throw err;
            set.updateRoot(bytes);
        }
        set.updateRoot(target);
    }
}
/**
 * No root.json: a repository never created, or, when the 404 was not a Notary server's own, a host
 * that serves no Notary at all (a registry without content trust, taken as its own Notary server).
 * The code is the same either way: nothing there is signed.
 */
function notInitialised(client) {
    if (client.notFoundByOtherServer("root")) {
        return new errors/* ServerError */.gP("NOT_INITIALISED", `${client.gun} has no trust data on ${client.baseUrl}: root.json answered 404, not as a Notary server answers it (the server may serve no Notary at all)`, {
            status: 404,
            hint: `a registry without content trust answers so: give its Notary server in ${(0,wording/* setting */.Pe)("notary-server")}; if this is a Notary server, create the repository with ${(0,wording/* step */.PM)("init", client.gun)}`,
        });
    }
    return new errors/* ServerError */.gP("NOT_INITIALISED", `${client.gun} is not initialised on ${client.baseUrl}: no root.json (404)`, {
        status: 404,
        hint: `create it with ${(0,wording/* step */.PM)("init", client.gun)}`,
    });
}


/***/ })

};
