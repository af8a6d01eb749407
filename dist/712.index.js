export const id = 712;
export const ids = [712];
export const modules = {

/***/ 6773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parseSimpleSigningPayload),
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   ED: () => (/* binding */ COSIGN_SIGNATURE_TYPE),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   qY: () => (/* binding */ MAX_PAYLOAD_BYTES),
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/**
 * cosign's simple-signing payload (cosign specs/SIGNATURE_SPEC.md "Simple Signing"; sigstore
 * pkg/signature/payload SimpleContainerImage) and the tag-based discovery scheme. Pure: bytes in,
 * bytes out.
 *
 * The payload is what is signed, byte for byte, so it is written exactly as Go's encoding/json
 * writes the struct cosign marshals: fields in declaration order, no spaces, `"optional":null`.
 */



const SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
const SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
const COSIGN_SIGNATURE_TYPE = "cosign container image signature";
/** Largest payload read back (cosign bounds payloads too; a simple-signing payload is a few hundred bytes). */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/** `sha256:<hex>` → `sha256-<hex>.sig`, the tag cosign stores the signatures of that digest under. */
function signatureTag(digest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Digest */ .q9)(digest))
        throw new TypeError(`not a sha256 digest: ${digest.slice(0, 80)}`);
    return `${digest.replace(":", "-")}.sig`;
}
/** The payload bytes cosign signs for `manifestDigest` in repository `dockerReference`. */
function simpleSigningPayload(dockerReference, manifestDigest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Digest */ .q9)(manifestDigest))
        throw new TypeError(`not a sha256 digest: ${manifestDigest.slice(0, 80)}`);
    const json = JSON.stringify({
        critical: {
            identity: { "docker-reference": dockerReference },
            image: { "docker-manifest-digest": manifestDigest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: null,
    });
    return new TextEncoder().encode((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .goHtmlEscape */ .BO)(json));
}
/** Bytes that are not a simple-signing payload. */
class PayloadError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru {
    constructor(message, options = {}) {
        super("COSIGN_NOT_COSIGN_PAYLOAD", message, options);
    }
}
/**
 * Reads the claims of a simple-signing payload as cosign does (Go's json.Unmarshal: field names
 * match case-insensitively, unknown fields are ignored). Throws PayloadError when it is not one.
 */
function parseSimpleSigningPayload(bytes) {
    if (bytes.byteLength > MAX_PAYLOAD_BYTES)
        throw new PayloadError(`payload is ${bytes.byteLength} bytes, more than ${MAX_PAYLOAD_BYTES}`);
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    }
    catch {
        throw new PayloadError("payload is not JSON");
    }
    const critical = field(parsed, "critical");
    const str = (v, what) => {
        if (typeof v !== "string")
            throw new PayloadError(`payload has no string ${what}`);
        return v;
    };
    return {
        dockerReference: str(field(field(critical, "identity"), "docker-reference"), "critical.identity.docker-reference"),
        manifestDigest: str(field(field(critical, "image"), "docker-manifest-digest"), "critical.image.docker-manifest-digest"),
        type: str(field(critical, "type"), "critical.type"),
    };
}
/** A member of an object, matched as Go matches struct fields: exact name first, then case-insensitively. */
function field(obj, name) {
    if (typeof obj !== "object" || obj === null || Array.isArray(obj))
        return undefined;
    const record = obj;
    if (Object.hasOwn(record, name))
        return record[name];
    const lower = name.toLowerCase();
    const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : record[key];
}


/***/ }),

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
/* harmony export */   nd: () => (/* binding */ keySignsIn),
/* harmony export */   p0: () => (/* binding */ naturalCompare),
/* harmony export */   pH: () => (/* binding */ RELEASES),
/* harmony export */   xM: () => (/* binding */ walkRoles)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5591);
/* harmony import */ var _role_edits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1575);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(410);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3518);
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
 * Whether a key signs in the repository: it is a key of `targets` (in root) or of a delegation
 * read. Key identity is by canonical ID, as in roleCandidates.
 */
function keySignsIn(set, canonicalKeyId) {
    const same = (key) => {
        try {
            return key !== undefined && (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyIdOf */ .Sy)(key) === canonicalKeyId;
        }
        catch {
            return false;
        }
    };
    const root = set.root.signed;
    if ((root.roles.get("targets")?.keyIds ?? []).some((id) => same(root.keys.get(id))))
        return true;
    return [...set.delegations.values()].some((d) => [...d.keys.values()].some(same));
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

/***/ 1324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ checkImage),
/* harmony export */   f: () => (/* binding */ classifyError)
/* harmony export */ });
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2187);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4623);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/* harmony import */ var _tuf_root_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2504);
/**
 * The verdict for one image against trust data we loaded and verified, and the reason code for a
 * repository that could not be loaded. Docker's rules (docs/notary-protocol.md §7): a tag is trusted only when
 * released, in `targets/releases` (first) or `targets`; its signers are the other roles holding the
 * same tag with the same digest. A delegation that failed verification was skipped by loadTrust (as
 * Docker skips it); when the answer depends on it, the reason is that failure, not "not signed".
 */






/** Checks one reference (tag, tag@digest or @digest) against the loaded repository. */
function checkImage(trust, ref, requiredSigners) {
    const { set } = trust;
    const subject = ref.tag ? `${set.gun}:${ref.tag}` : `${set.gun}@${ref.digest}`;
    const broken = (roles) => {
        for (const role of roles) {
            const skipped = set.targets.has(role) ? undefined : trust.skipped.get(role);
            if (!skipped)
                continue;
            const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(skipped);
            if (skipped.code === "SIGNERS_REMOVED") {
                return { reason: "SIGNERS_REMOVED", message: `${subject}: ${detail}`, signers: [] };
            }
            return skipped instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpiredError */ .Ci
                ? {
                    reason: "EXPIRED",
                    message: `${subject}: ${detail}, so it is not trusted; its signer must sign it again to renew it`,
                    signers: [],
                }
                : {
                    reason: "TAMPERED",
                    message: `${subject}: ${role} failed verification (${detail}); the trust data was altered on the server or on the way`,
                    signers: [],
                };
        }
        return undefined;
    };
    let candidates;
    if (ref.tag) {
        const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .releasedTarget */ .Ty)(set, ref.tag);
        if (!released) {
            // The verdict is about the tag the reference names, signed or not.
            const verdict = broken([_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH]) ??
                notSigned(set, subject, (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(set, ref.tag).map((e) => e.role));
            return { ...verdict, tag: ref.tag };
        }
        if (!released.digest) {
            // Go accepts a sha512-only entry (notary addhash --sha512); docker lists it with an empty
            // digest and cannot pull it by digest. It is not tampering, and it cannot be verified.
            return {
                reason: "NO_SHA256",
                message: `${subject} is released in ${released.role} with no sha256 digest (hashes: ${Object.keys(released.meta.hashes).join(", ") || "none"}), so it cannot be pulled or verified by digest; sign it again with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)}`,
                tag: ref.tag,
                signers: [],
            };
        }
        candidates = [{ tag: ref.tag, hex: released.digest }];
        if (ref.digest && ref.digest !== `sha256:${released.digest}`) {
            return {
                reason: "DIGEST_MISMATCH",
                message: `${subject} is signed as sha256:${released.digest}, not the pinned ${ref.digest}; update the pin if the new digest is expected, else find out who moved the tag`,
                tag: ref.tag,
                digest: `sha256:${released.digest}`,
                signers: signersOf(set, ref.tag, released.digest),
            };
        }
    }
    else {
        const hex = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(ref.digest);
        candidates = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .signedTags */ .m_)(set)
            .filter((t) => t.digest === hex)
            .map((t) => ({ tag: t.tag, hex }));
        if (candidates.length === 0) {
            const elsewhere = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(set).filter((e) => e.digest === hex && !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .isReleasedRole */ .Cj)(e.role));
            return (broken([_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH]) ??
                notSigned(set, subject, elsewhere.map((e) => `${e.role} (as ${e.tag})`), true));
        }
    }
    const missing = (c) => requiredSigners
        .map(roleOf)
        .filter((role) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(set, c.tag).some((e) => e.role === role && e.digest === c.hex));
    const chosen = candidates.find((c) => missing(c).length === 0);
    if (!chosen) {
        const c = candidates[0];
        const role = missing(c)[0];
        return {
            ...(broken([role]) ?? {
                reason: "SIGNER_MISSING",
                message: signerMissing(set, c, role, subject),
                signers: [],
            }),
            tag: c.tag,
            digest: `sha256:${c.hex}`,
            signers: signersOf(set, c.tag, c.hex),
        };
    }
    const signers = signersOf(set, chosen.tag, chosen.hex);
    const also = candidates.length > 1 ? ` (tags ${candidates.map((c) => c.tag).join(", ")})` : "";
    return {
        reason: "OK",
        message: ref.tag
            ? `${subject} is signed as sha256:${chosen.hex} by ${signers.join(", ")}`
            : `${subject} is signed as tag ${chosen.tag}${also} by ${signers.join(", ")}`,
        tag: chosen.tag,
        digest: `sha256:${chosen.hex}`,
        signers,
    };
}
/** The reason a repository could not be loaded, knowing whether a stored root or a root-key-id pin was in force. */
function classifyError(err, anchor, gun = "the repository") {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err);
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP) {
        if (err.code === "NOT_INITIALISED") {
            return {
                reason: "NO_TRUST_DATA",
                message: `${err.message}: the repository has no Docker Content Trust data; ${err.foreignNotFound && err.hint ? `${err.hint}; ` : ""}sign it, verify its cosign signatures if its publisher makes them (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("accept")} cosign, with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("cosign-key")}), or list it in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("allow-unsigned")}`,
            };
        }
        if (err.code === "RESPONSE_TOO_LARGE")
            return { reason: "TAMPERED", message: `${message}; the server sent more than the signed length` };
        if (_error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_CODES */ .A4.has(err.code))
            return { reason: "ACCESS_DENIED", message };
        if (err.code === "PLAIN_HTTP") {
            // Most often the registry itself, taken as the Notary server by default (https://<registry>).
            const host = err.host ?? "the server";
            return {
                reason: "UNREACHABLE",
                message: `${err.message}; if ${host} is the registry, give its Notary server in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-server")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-servers")} (without them it is https://<registry host>); if it is the Notary server, give it there as http://${host}`,
            };
        }
        if (_error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREACHABLE_CODES */ .E5.has(err.code) || (err.status ?? 0) >= 500) {
            return {
                reason: "UNREACHABLE",
                message: err.hint
                    ? message
                    : `${message}; check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-server")} (or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-servers")}) and that the server is up`,
            };
        }
        return { reason: "ERROR", message };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk) {
        if (err.code === "EXPIRED")
            return {
                reason: "EXPIRED",
                message: err.hint
                    ? message
                    : `${message}; the repository's trust data is stale (a frozen server, or a role nobody renewed)`,
            };
        const aboutRoot = err.code === "ROOT_TRUST" || err.code === "ROOT_CHANGED" || (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RollbackError */ .ZS && err.role === "root");
        if (aboutRoot && (anchor.stored || anchor.pinned)) {
            const hint = err.hint
                ? ""
                : anchor.stored
                    ? `; it does not match the root trusted in an earlier run; ${(0,_tuf_root_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .rootRecovery */ .EM)(gun)}`
                    : `; check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")} against the Root Key that ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("inspect", gun)} shows`;
            return { reason: "ROOT_CHANGED", message: message + hint };
        }
        return {
            reason: "TAMPERED",
            message: err.hint ? message : `${message}; the trust data was altered on the server or on the way`,
        };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustError */ .Ru && _error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCESS_CODES */ .A4.has(err.code))
        return { reason: "ACCESS_DENIED", message };
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustError */ .Ru && err.code === "ROOT_NOT_PINNED")
        return { reason: "ROOT_NOT_PINNED", message };
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustError */ .Ru && err.code === "SERVICE_ENDED")
        return { reason: "SERVICE_ENDED", message };
    return { reason: "ERROR", message };
}
/** Docker's signer names for a released (tag, digest); "Repo Admin" when only released roles hold it. */
function signersOf(set, tag, hex) {
    const names = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(set, tag)
        .filter((e) => e.digest === hex && !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .isReleasedRole */ .Cj)(e.role))
        .map((e) => (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .signerName */ .Ex)(e.role));
    const unique = [...new Set(names)];
    return unique.length ? unique : [_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .REPO_ADMIN */ .jz];
}
function roleOf(signer) {
    return signer.startsWith("targets/") ? signer : `targets/${signer}`;
}
/** The loader's warning for a role it skipped because it failed verification. */
function notSigned(set, subject, holders, byDigest = false) {
    const onlyIn = [...new Set(holders)];
    if (onlyIn.length) {
        return {
            reason: "TAG_NOT_SIGNED",
            message: `${subject} is signed only in ${onlyIn.join(", ")}, which docker pull does not trust; release it into targets/releases with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)}`,
            signers: [],
            onlyIn,
        };
    }
    const tags = [...new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .signedTags */ .m_)(set).map((t) => t.tag))].sort(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .naturalCompare */ .p0);
    const shown = tags.length
        ? `signed tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""}`
        : "no tag is signed";
    return {
        reason: "TAG_NOT_SIGNED",
        message: byDigest
            ? `${subject}: no released tag of ${set.gun} is signed to this digest (${shown})`
            : `${subject} is not signed (${shown}); sign it with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)}`,
        signers: [],
    };
}
function signerMissing(set, c, role, subject) {
    const name = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .signerName */ .Ex)(role);
    if (!set.delegations.has(role)) {
        const known = [...set.delegations.keys()].filter((r) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .isReleasedRole */ .Cj)(r)).map(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .signerName */ .Ex);
        return `${subject}: required signer ${name} is not a signer of ${set.gun} (signers: ${known.join(", ") || "none"})`;
    }
    const other = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(set, c.tag).find((e) => e.role === role);
    if (other)
        return `${subject}: required signer ${name} signed ${c.tag} as sha256:${other.digest}, not the released sha256:${c.hex}`;
    return `${subject}: required signer ${name} has not signed ${c.tag} (sha256:${c.hex})`;
}


/***/ })

};
