export const id = 774;
export const ids = [774];
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

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yj: () => (/* binding */ signEnvelope),
  mj: () => (/* binding */ signTargetsEdit)
});

// UNUSED EXPORTS: signToEnvelope

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/metadata.ts
var metadata = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/tuf/canonical.ts
var canonical = __webpack_require__(5493);
// EXTERNAL MODULE: ./src/tuf/canonical-form.ts
var canonical_form = __webpack_require__(1776);
;// CONCATENATED MODULE: ./src/tuf/targets-splice.ts
/**
 * The canonical text of a targets role after an edit of a few entries, written around the bytes of
 * the entries that did not change.
 *
 * A sign into a role of 10,000 tags changes one entry, and writing the other 9,999 again (sorting
 * their names, escaping, joining, encoding) took most of the sign's CPU. The role's canonical bytes
 * (Envelope.signedBytes) are the canonical form of the JSON it was read from, and when each entry
 * was read as written (entriesWriteBackAsRead), an unchanged entry's bytes are exactly the text
 * canonicalSigned writes for it. The new text is then the shell written again (`_type`,
 * `delegations`, `expires`; `version`) around the old entries' bytes, with each changed entry
 * written in its place in Go's order (the UTF-8 bytes of the names): byte for byte
 * canonicalSigned(next), which this module never has to build.
 *
 * Every condition the argument rests on is checked, and any that does not hold gives undefined:
 * the caller then writes the role whole, as before. Nothing here decides what is signed, only how
 * its bytes are found.
 */



const encoder = new TextEncoder();
const TARGETS_KEY = Buffer.from('"targets"');
/**
 * The UTF-8 bytes of the characters Go's envelope writes as `\u…` escapes (canonical.ts, htmlEscape):
 * `<`, `>`, `&`, U+2028 and U+2029.
 */
const HTML_SIGNIFICANT = [[0x3c], [0x3e], [0x26], [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xa9]].map((b) => Buffer.from(b));
/**
 * The canonical bytes of `next`, an edit of the parsed role `base`, and the names of the entries
 * the edit changed (changedEntries); undefined when the bytes cannot be taken from `base`'s (the
 * caller then writes `next` whole). The bytes hold none of the characters Go's envelope escapes,
 * so they go into the file as they are.
 */
function splicedTargets(base, next) {
    if (!(0,metadata/* entriesWriteBackAsRead */.Rs)(base))
        return undefined;
    const changed = changedEntries(base.signed, next);
    const edits = [];
    for (const name of changed) {
        // A name written with an escape sorts by its escaped bytes in the text: not worth the case.
        if ((0,canonical/* canonicalScalar */.f7)(name) !== `"${name}"`)
            return undefined;
        const meta = next.targets.get(name);
        edits.push({ key: Buffer.from(name), text: meta && encoder.encode((0,metadata/* targetEntryCanonical */.Wt)(name, meta)) });
    }
    edits.sort((x, y) => Buffer.compare(x.key, y.key));
    const s = base.signedBytes;
    const b = Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    const region = targetsRegion(b, base.signed.version);
    if (!region)
        return undefined;
    const entries = mergedEntries(b, region, edits, base.signed.targets.size);
    if (!entries)
        return undefined;
    const { head, tail } = (0,metadata/* targetsShell */.z1)(next);
    const out = joined([encoder.encode(head), Uint8Array.of(canonical_form/* OPEN_OBJECT */.bV)], entries, [
        Uint8Array.of(canonical_form/* CLOSE_OBJECT */.tX),
        encoder.encode(tail),
    ]);
    // The whole text once more: canonical, names strictly in Go's order (so each edit went to its
    // place and no name is there twice).
    if ((0,canonical_form/* canonicalObjectEnd */.$q)(out, 0) !== out.length)
        return undefined;
    if (HTML_SIGNIFICANT.some((c) => out.includes(c)))
        return undefined;
    return { text: out, changed };
}
/**
 * The names of the entries `next` adds, replaces or removes: every other entry of `next` holds the
 * very values of `base`'s entry of that name (an edit copies entries, not their hashes or custom
 * data), so it writes the same text and its bytes can be taken from `base`.
 */
function changedEntries(base, next) {
    const changed = [];
    let kept = 0;
    for (const [name, meta] of next.targets) {
        const was = base.targets.get(name);
        if (was &&
            (was === meta || (was.length === meta.length && was.hashes === meta.hashes && was.custom === meta.custom)))
            kept++;
        else
            changed.push(name);
    }
    if (kept < base.targets.size)
        for (const name of base.targets.keys())
            if (!next.targets.has(name))
                changed.push(name);
    return changed;
}
/**
 * Where the `targets` object of canonical bytes `b` is: from its `{` to just past its `}`, which
 * the text's last member, `"version":<version>`, follows.
 */
function targetsRegion(b, version) {
    const tail = encoder.encode(`,"version":${(0,canonical/* canonicalScalar */.f7)(version)}}`);
    const end = b.length - tail.length;
    if (end < 1 || b[end - 1] !== canonical_form/* CLOSE_OBJECT */.tX)
        return undefined;
    for (let k = 0; k < tail.length; k++)
        if (b[end + k] !== tail[k])
            return undefined;
    if (b[0] !== canonical_form/* OPEN_OBJECT */.bV)
        return undefined;
    for (let k = 1;;) {
        const keyEnd = (0,canonical_form/* canonicalKeyEnd */.B8)(b, k);
        if (keyEnd < 0 || b[keyEnd] !== canonical_form/* COLON */.oH)
            return undefined;
        if (b.compare(TARGETS_KEY, 0, TARGETS_KEY.length, k, keyEnd) === 0) {
            return b[keyEnd + 1] === canonical_form/* OPEN_OBJECT */.bV ? { start: keyEnd + 1, end } : undefined;
        }
        const valueEnd = (0,canonical_form/* canonicalValueEnd */.zc)(b, keyEnd + 1, 1);
        if (valueEnd < 0 || b[valueEnd] !== canonical_form/* COMMA */.KE)
            return undefined;
        k = valueEnd + 1;
    }
}
/**
 * The members of the new `targets` object in order: runs of unchanged members as slices of `b`
 * (with the commas between them), and the edits' entries in their places. Undefined when the
 * region's members do not end where the region does, or are not the `count` entries the parsed
 * role holds.
 */
function mergedEntries(b, region, edits, count) {
    const out = [];
    let members = 0;
    let run = -1;
    let runEnd = -1;
    let j = 0;
    const flush = () => {
        if (run >= 0)
            out.push(b.subarray(run, runEnd));
        run = -1;
    };
    const place = (edit) => {
        flush();
        if (edit.text)
            out.push(edit.text);
    };
    let k = region.start + 1;
    if (b[k] === canonical_form/* CLOSE_OBJECT */.tX)
        k++;
    else {
        for (;;) {
            const keyEnd = (0,canonical_form/* canonicalKeyEnd */.B8)(b, k);
            if (keyEnd < 0 || b[keyEnd] !== canonical_form/* COLON */.oH)
                return undefined;
            const valueEnd = (0,canonical_form/* canonicalValueEnd */.zc)(b, keyEnd + 1, 2);
            if (valueEnd < 0)
                return undefined;
            members++;
            let order = 1;
            while (j < edits.length) {
                order = edits[j].key.compare(b, k + 1, keyEnd - 1);
                if (order > 0)
                    break;
                place(edits[j++]);
                if (order === 0)
                    break;
            }
            if (order !== 0) {
                if (run < 0)
                    run = k;
                runEnd = valueEnd;
            }
            k = valueEnd + 1;
            if (b[valueEnd] === canonical_form/* CLOSE_OBJECT */.tX)
                break;
            if (b[valueEnd] !== canonical_form/* COMMA */.KE)
                return undefined;
        }
    }
    flush();
    while (j < edits.length)
        place(edits[j++]);
    return k === region.end && members === count ? out : undefined;
}
/** `before`, then `parts` joined with commas, then `after`, in one buffer. */
function joined(before, parts, after) {
    let length = Math.max(parts.length - 1, 0);
    for (const p of [...before, ...parts, ...after])
        length += p.length;
    const out = Buffer.alloc(length);
    let at = 0;
    const put = (p) => {
        out.set(p, at);
        at += p.length;
    };
    before.forEach(put);
    parts.forEach((p, i) => {
        if (i > 0)
            out[at++] = canonical_form/* COMMA */.KE;
        put(p);
    });
    after.forEach(put);
    return out;
}

// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
;// CONCATENATED MODULE: ./src/tuf/sign.ts
/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader. An
 * edit of a large role proves the same of what it wrote, and takes the rest from the bytes it read
 * (signTargetsEdit).
 */





const GO_EXPIRES = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;
async function signEnvelope(signed, signers) {
    return (await signToEnvelope(signed, signers)).bytes;
}
/**
 * As signEnvelope, returning the file parsed back as a reader parses it: a large role's bytes and
 * its parsed form are then at hand for the checks after publishing without a second parse.
 */
async function signToEnvelope(signed, signers) {
    goExpires(signed);
    const canonical = (0,metadata/* canonicalSigned */.rf)(signed);
    const message = new TextEncoder().encode(canonical);
    const signatures = await signatureList(signed, message, signers);
    const bytes = (0,metadata/* serialiseEnvelope */.YX)(signed, signatures, canonical);
    return assertFixedPoint(bytes, signed, { canonical, message, signatures });
}
/**
 * As signToEnvelope for `next`, an edit of the parsed role `base` (undefined for a role never
 * published): the same file, byte for byte, with the bytes of the entries the edit left alone taken
 * from `base` (targets-splice.ts) instead of written and parsed again.
 *
 * What the file holds beyond those bytes (the shell, the changed entries, the signatures) goes
 * through the same round trip as a whole file does, in a file of its own that holds only them;
 * the unchanged entries' bytes are the canonical form of what they were read from, which writes
 * back as it was read. The file returned carries `next` as its parsed form: the data parsing it
 * gives, its entries in the edit's order rather than the file's (an order nothing reads: the
 * metadata's maps have none). The caller leaves `next` as it is from then on.
 */
async function signTargetsEdit(base, next, signers) {
    const expiresAt = goExpires(next);
    const spliced = base && splicedTargets(base, next);
    if (!spliced)
        return signToEnvelope(next, signers);
    const message = spliced.text;
    const signatures = await signatureList(next, message, signers);
    const part = {
        ...next,
        targets: new Map(spliced.changed.flatMap((name) => {
            const meta = next.targets.get(name);
            return meta ? [[name, meta]] : [];
        })),
    };
    const partCanonical = (0,metadata/* canonicalSigned */.rf)(part);
    assertFixedPoint((0,metadata/* serialiseEnvelope */.YX)(part, signatures, partCanonical), part, {
        canonical: partCanonical,
        message: new TextEncoder().encode(partCanonical),
        signatures,
    });
    const bytes = (0,metadata/* envelopeAround */._O)(message, signatures);
    const from = canonical/* ENVELOPE_HEAD */.yq.length;
    return {
        signed: next,
        signatures: signatures.map((g) => ({ ...g, method: g.method.toLowerCase() })),
        signedBytes: bytes.subarray(from, from + message.length),
        bytes,
        expiresAt,
    };
}
/** `expires` as an instant, once it is checked to be in the form Go writes. */
function goExpires(signed) {
    if (!GO_EXPIRES.test(signed.expires)) {
        throw new errors/* MalformedMetadataError */.$6(`expires ${signed.expires} is not in Go's UTC form`);
    }
    return (0,time/* parseGoTime */.bi)(signed.expires);
}
async function signatureList(signed, message, signers) {
    const signatures = [];
    for (const signer of signers) {
        if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
            throw new errors/* TrustError */.Ru("MESSAGE_TOO_LARGE", `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`, { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" });
        }
        const sig = await signer.sign(message);
        signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
    }
    return signatures;
}
/**
 * Throws unless parse → serialise gives back exactly `bytes`; returns the parsed file. The file is
 * envelopeJson(canonical, signatures), and that function is one-to-one (canonical text holds no
 * `\u003c` of its own to confuse with an escape), so serialising the parse gives back the same bytes
 * exactly when the parsed `signed` object writes the same canonical text and the signatures come
 * back as written: those are compared, without escaping and encoding a large role a second time.
 * `written.message`, the canonical bytes the file was written from, saves re-canonicalising the
 * parsed object as a reader would: the comparison proves it. When the parsed object holds the same
 * data as `signed`, the object the text was written from, it writes the same text (sameData), which
 * is proof enough; only when it does not is its text written and compared. `signed` is the object
 * the caller passed to signToEnvelope, which no caller changes while it is being signed.
 */
function assertFixedPoint(bytes, signed, written) {
    const type = signed.type;
    const env = (0,metadata/* parseWrittenEnvelope */.n8)(bytes, type, "metadata to upload", written.message);
    const sameSignatures = env.signatures.length === written.signatures.length &&
        env.signatures.every((s, i) => {
            const w = written.signatures[i];
            return s.keyId === w.keyId && s.method.toLowerCase() === w.method.toLowerCase() && s.sig === w.sig;
        });
    if (!sameSignatures || !((0,canonical/* sameData */.n6)(env.signed, signed) || (0,metadata/* canonicalSigned */.rf)(env.signed) === written.canonical)) {
        throw new errors/* MalformedMetadataError */.$6(`${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`);
    }
    return env;
}


/***/ }),

/***/ 2581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ listedAs),
/* harmony export */   r: () => (/* binding */ signingThrough)
/* harmony export */ });
/** The same signer, signing under the ID (and public key form) a role lists it with. */
function listedAs(signer, keyId, publicKey) {
    if (signer.keyId === keyId)
        return signer;
    return signingThrough(signer, (sign) => sign(), { keyId, publicKey });
}
/**
 * The same signer with each of its signatures made through `through`, which is given the signing to
 * call (to watch or refuse it), and under another key ID and public key form when `listed` says so.
 */
function signingThrough(signer, through, listed = signer) {
    return {
        keyId: listed.keyId,
        publicKey: listed.publicKey,
        method: signer.method,
        description: signer.description,
        ...(signer.maxMessageBytes !== undefined ? { maxMessageBytes: signer.maxMessageBytes } : {}),
        ...(signer.kmsKey !== undefined ? { kmsKey: signer.kmsKey } : {}),
        sign: (message) => through(() => signer.sign(message)),
        ...(signer.signRsaPkcs1v15
            ? { signRsaPkcs1v15: (message) => through(() => signer.signRsaPkcs1v15(message)) }
            : {}),
    };
}


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ publishWithRetry),
/* harmony export */   MK: () => (/* binding */ assertServed),
/* harmony export */   ZS: () => (/* binding */ minTimestampAfter),
/* harmony export */   yE: () => (/* binding */ RETRY_POLICY)
/* harmony export */ });
/* unused harmony export mapPublishError */
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _net_http_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3848);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9391);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3518);
/**
 * Publishing a change to a Notary repository the way the Go client recovers from races
 * (docs/notary-protocol.md §2, §9.2): plan the files from what the server serves, POST them in
 * one atomic upload, and on `400 VERSION` (another writer won) or a lost answer (timeout, 5xx)
 * re-read the repository and plan again, so that only our change is re-applied and nobody else's
 * is overwritten. A plan that comes out empty after a lost answer means our upload had landed. A
 * 500 to an upload (UPLOAD_UNCONFIRMED) is a lost race when the re-read shows another writer's
 * newer versions, and a failure otherwise. After publishing, `assertServed`
 * checks that the server's snapshot names exactly the bytes we uploaded: a server accepts bytes Go
 * would not write with 200 and then serves a broken repository.
 */





/**
 * The timestamp version a read-back must see at least: our publish made a new one, so a read
 * showing the version the last plan was made from (`timestampVersion`) is stale, not the answer.
 * After a lost answer the last plan comes out empty, and its state already shows our upload.
 */
function minTimestampAfter(timestampVersion, publication) {
    return timestampVersion + (publication.published && publication.plan.files.size > 0 ? 1 : 0);
}
/**
 * Why these numbers. A lost race (`VERSION`) means another writer made progress: with N writers
 * updating one role at once, each round lets about one through, so the last needs up to N attempts.
 * Those retries are bounded by time (3 minutes) and a generous count (40), with full-jitter
 * exponential backoff (a random wait up to 100 ms · 2^n, at most 5 s) so racers spread out instead
 * of colliding again. 30 processes signing into one role at once (test/integration/hostile-load)
 * needed up to 6 attempts with the old bound of 6 in all, and up to 7 with this policy: the old
 * bound failed such runs. A lost answer or a refusal is no progress by anyone: those stay bounded
 * by 6 attempts in all, as before.
 */
const RETRY_POLICY = {
    maxAttempts: 40,
    maxFailures: 6,
    deadlineMs: 180_000,
    baseDelayMs: 100,
    maxDelayMs: 5_000,
};
async function publishWithRetry(deps, opts) {
    const { sleep, random, log, now } = deps.runtime;
    const maxAttempts = opts.maxAttempts ?? RETRY_POLICY.maxAttempts;
    const start = now();
    const deadline = start + (opts.deadlineMs ?? RETRY_POLICY.deadlineMs);
    let failures = 0;
    const change = opts.change ?? "our change";
    const { gun, baseUrl } = deps.notary;
    let state = opts.state;
    let answerLost = false;
    let sent;
    let rereadAfterRefusal = false;
    /** The last upload answered 500: its error and the versions it tried. */
    let unconfirmed;
    for (let attempt = 1;; attempt++) {
        const plan = await opts.plan(state);
        if (plan.files.size === 0) {
            if (answerLost)
                log("Our earlier upload had landed");
            return { state, plan, applied: answerLost && sent ? sent : plan, published: answerLost, attempts: attempt };
        }
        if (unconfirmed) {
            // Another writer took a version we tried: the 500 was a lost race (no failure of the
            // server's); otherwise nobody wrote and the server failed.
            const { err, versions } = unconfirmed;
            unconfirmed = undefined;
            const raced = [...versions].some(([role, version]) => (plan.versions.get(role) ?? 0) > version);
            if (raced)
                log(`Another writer had published first; re-applying ${change}`);
            else if (++failures >= RETRY_POLICY.maxFailures)
                throw gaveUp(err, attempt - 1, gun, baseUrl, `${failures} failures with no other writer's progress`);
        }
        log(`Publishing ${[...plan.files.keys()].map((r) => `${r} v${plan.versions.get(r)}`).join(", ")} (attempt ${attempt})`);
        sent = plan;
        try {
            await deps.notary.publish(plan.files);
            return { state, plan, applied: plan, published: true, attempts: attempt };
        }
        catch (err) {
            // A refusal of our roles' signatures or delegations may mean an admin changed the
            // delegations since we read them: re-read once, so we either succeed or fail with what the
            // repository now says (e.g. "signer key … is not a key of …"), not with a stale plan.
            const refused = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP &&
                err.code === "INVALID_UPDATE" &&
                err.detailName === "ErrBadTargets" &&
                !rereadAfterRefusal;
            const retryable = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP && (err.code === "VERSION_CONFLICT" || isLostAnswer(err) || refused);
            if (!retryable)
                throw mapPublishError(err, gun, baseUrl);
            if (refused)
                rereadAfterRefusal = true;
            // A 500 to an upload is counted as a failure only if the re-read shows no other writer.
            if (err.code === "UPLOAD_UNCONFIRMED")
                unconfirmed = { err, versions: plan.versions };
            else if (err.code !== "VERSION_CONFLICT")
                failures++;
            const delay = Math.round(random() * Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1)));
            if (attempt >= maxAttempts || failures >= RETRY_POLICY.maxFailures || now() + delay > deadline) {
                const stop = attempt >= maxAttempts
                    ? `the limit of ${maxAttempts} attempts`
                    : failures >= RETRY_POLICY.maxFailures
                        ? `${failures} failures with no other writer's progress`
                        : `the time left for publishing (${(0,_net_http_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(Math.max(0, Math.round((deadline - start) / 1000)) * 1000)})`;
                throw gaveUp(err, attempt, gun, baseUrl, stop);
            }
            if (isLostAnswer(err))
                answerLost = true;
            log(err.code === "VERSION_CONFLICT"
                ? `Another writer published first; re-reading and re-applying ${change} in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
                : refused
                    ? `The server refused our upload (${err.message}); re-reading the repository in case its delegations changed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`
                    : err.code === "UPLOAD_UNCONFIRMED"
                        ? // No attempt number: whether there is another depends on what the re-read finds
                            // (another writer: yes; nobody: a failure of the server, which may be the last allowed).
                            `The server answered 500 to our upload, as a Notary server on PostgreSQL does to a lost race; re-reading the server in ${Math.round(delay)} ms to see whether it landed or another writer published first`
                        : `The answer to our upload was lost (${err.code}); re-reading the server to see whether it landed, in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${maxAttempts})`);
            await sleep(delay);
            state = await opts.reload(plan);
        }
    }
}
/** The upload may or may not have been applied (error-codes.ts LOST_ANSWER_CODES). */
function isLostAnswer(err) {
    return _error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .LOST_ANSWER_CODES */ .tv.has(err.code);
}
/** `stop`: what ended the attempts (their limit, the failures, or the time left). */
function gaveUp(err, attempts, gun, baseUrl, stop) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("PUBLISH_FAILED", `${gun}: gave up after ${attempts} attempts to publish to ${baseUrl}, stopped by ${stop} (${err.message})`, {
        cause: err,
        hint: err.code === "VERSION_CONFLICT"
            ? "other writers kept updating the same roles, or the server (or a proxy before it) refuses every version; run it again, and if it fails the same way check the server's log"
            : "the server keeps failing; run it again",
    });
}
/** A server that does not hold the snapshot key answers ErrBadHierarchy: say what to do about it. */
function mapPublishError(err, gun, server) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP && err.code === "INVALID_UPDATE" && err.detailName === "ErrBadHierarchy") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServerError */ .gP("SNAPSHOT_KEY_REQUIRED", `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`, {
            cause: err,
            hint: `hand the snapshot key to the server once with: notary key rotate ${gun} snapshot -r`,
        });
    }
    return err;
}
/**
 * Checks a freshly loaded repository against what we uploaded: for each role, the snapshot names
 * the sha256 of our bytes and the role was read back and verified. A role that another writer has
 * since moved to a higher version is skipped (checks on its content still apply to the caller).
 * `versions` (role → version uploaded, as planned) saves parsing each uploaded file again.
 */
function assertServed(set, uploaded, versions) {
    for (const [role, bytes] of uploaded) {
        const type = role === "root" ? "Root" : "Targets";
        const ours = versions?.get(role) ?? (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnvelope */ .mE)(bytes, type, role).signed.version;
        const served = role === "root" ? set.root : set.targets.get(role);
        if (served && served.signed.version > ours)
            continue;
        const meta = set.snapshot?.signed.meta.get(role);
        if (!meta || (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .hashOf */ .qQ)(meta, "sha256") !== (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Base64 */ .TZ)(bytes)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
                hint: "run it again; if it persists, report it with the server version",
            });
        }
        if (!served)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: ${role} v${ours} was uploaded but cannot be read back`);
    }
}


/***/ }),

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readAfterPublish),
/* harmony export */   e: () => (/* binding */ readBack)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2187);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5135);
/* harmony import */ var _publication_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9564);
/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */





/**
 * The read-back is polled while the server (or a cache on the way) still serves a timestamp older
 * than our publish: at most 6 reads, waiting 250 ms doubling up to 4 s in between (about 8 s).
 */
const READ_BACK_POLICY = { attempts: 6, baseDelayMs: 250, maxDelayMs: 4_000 };
async function readBack(client, opts) {
    const loaded = await readAfterPublish(client, {
        anchor: opts.anchor,
        roles: opts.roles,
        runtime: opts.runtime,
        ...(opts.minTimestampVersion !== undefined ? { minTimestampVersion: opts.minTimestampVersion } : {}),
        ...(opts.parsed ? { known: opts.parsed } : {}),
    });
    return checkReadBack(client, loaded, opts);
}
/**
 * The repository read as a reader reads it once the server serves a timestamp of at least
 * `minTimestampVersion` (polled as READ_BACK_POLICY says; STALE_READ_BACK when it never does).
 * Sign and the admin changes read back through it.
 */
async function readAfterPublish(client, opts) {
    const { sleep, log, now, warn } = opts.runtime;
    const wanted = opts.minTimestampVersion ?? 0;
    for (let attempt = 1;; attempt++) {
        const loaded = await (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTrust */ .V)(client, {
            ...opts.anchor,
            now: now(),
            hints: opts.roles,
            allowExpiredDelegations: false,
            onWarning: warn,
            ...(opts.known ? { known: opts.known } : {}),
        });
        const served = loaded.set.timestamp?.signed.version ?? 0;
        if (served >= wanted)
            return loaded;
        if (attempt >= READ_BACK_POLICY.attempts) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("STALE_READ_BACK", `${client.gun}: ${client.baseUrl} still serves timestamp v${served} after ${attempt} reads, but our publish made v${wanted} or later`, {
                hint: "a cache between this runner and the server keeps serving old metadata; the change may well be published: inspect the repository",
            });
        }
        const delay = Math.min(READ_BACK_POLICY.maxDelayMs, READ_BACK_POLICY.baseDelayMs * 2 ** (attempt - 1));
        log(`The server still serves timestamp v${served}, older than our publish (v${wanted}); reading again in ${delay} ms (attempt ${attempt + 1} of ${READ_BACK_POLICY.attempts})`);
        await sleep(delay);
    }
}
function checkReadBack(client, { set, inconsistent }, opts) {
    // A role the server stored in another form than the Go-exact bytes its snapshot names (altered in
    // transit, or by the server) reads back only through re-serialisation; Go readers get 404 for it.
    const unreadable = opts.roles.filter((role) => inconsistent.has(role));
    if (unreadable.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("SERVED_MISMATCH", `${client.gun}: ${unreadable.join(", ")} as stored on ${client.baseUrl} ${unreadable.length > 1 ? "are not the files" : "is not the file"} its snapshot names; docker and notary cannot read ${unreadable.length > 1 ? "them" : "it"}`, {
            hint: "run the step again: a new version of the role repairs the repository",
        });
    }
    const versions = opts.parsed && new Map([...opts.parsed].map(([role, env]) => [role, env.signed.version]));
    (0,_publication_js__WEBPACK_IMPORTED_MODULE_3__/* .assertServed */ .MK)(set, opts.uploaded, versions);
    const hex = (0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .digestHex */ .sU)(opts.manifest.digest);
    const tags = opts.tags.map((tag) => {
        const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .releasedTarget */ .Ty)(set, tag);
        if (!released || released.digest !== hex) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("NOT_RELEASED", released
                ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}`
                : `${client.gun}:${tag} is not released after publishing`, { hint: "another signer may have signed this tag at the same time; inspect the repository" });
        }
        const holding = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, tag).filter((e) => e.digest === hex);
        const signers = [...new Set(holding.filter((e) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(e.role)).map((e) => (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex)(e.role)))];
        return {
            tag,
            digest: opts.manifest.digest,
            roles: holding.map((e) => e.role),
            signers: signers.length ? signers : ["Repo Admin"],
        };
    });
    return { set, tags };
}


/***/ })

};
