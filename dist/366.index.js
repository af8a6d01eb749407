export const id = 366;
export const ids = [366];
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

/***/ 6408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ expiringRoles),
/* harmony export */   g0: () => (/* binding */ DEFAULT_RENEW_WINDOW_MS),
/* harmony export */   iD: () => (/* binding */ expiryWarning)
/* harmony export */ });
/* unused harmony export describeDistance */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9130);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/**
 * Which roles need renewing soon. The Go client warns when a role expires within six months
 * (client/helpers.go warnRolesNearExpiry) and re-signs root on publish in that case. Timestamp and
 * snapshot are left out: in a Docker repository the server holds their keys and re-signs them
 * itself (it regenerates an expired timestamp or snapshot when asked for the timestamp), and the
 * timestamp's 14-day lifetime would otherwise always be reported.
 */


/** About six months: the Go client's window is six calendar months (time.AddDate(0, 6, 0)). */
const DEFAULT_RENEW_WINDOW_MS = 182 * 24 * 3600 * 1000;
/** Root, targets and every loaded delegation that expires before `now + withinMs`, soonest first. */
function expiringRoles(set, now, withinMs = DEFAULT_RENEW_WINDOW_MS) {
    const roles = [{ role: "root", env: set.root }, ...[...set.targets].map(([role, env]) => ({ role, env }))];
    return roles
        .filter(({ env }) => env.expiresAt < now + withinMs)
        .map(({ role, env }) => ({
        role,
        expiresAt: env.expiresAt,
        version: env.signed.version,
        expired: env.expiresAt <= now,
    }))
        .sort((a, b) => a.expiresAt - b.expiresAt || (a.role < b.role ? -1 : 1));
}
/** `12 days`, `5 months`, `3 hours`: a rough human distance for messages. */
function describeDistance(ms) {
    const abs = Math.abs(ms);
    const hours = abs / 3600_000;
    const days = hours / 24;
    const [n, unit] = days >= 60
        ? [Math.floor(days / 30), "month"]
        : days >= 2
            ? [Math.floor(days), "day"]
            : [Math.max(1, Math.floor(hours)), "hour"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/** One line per role: `targets/releases of GUN expires at …Z (in 12 days); renew it with: …`. */
function expiryWarning(gun, e, now, advice) {
    const when = e.expired
        ? `expired at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (${describeDistance(now - e.expiresAt)} ago)`
        : `expires at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .displayTime */ .Wk)(e.expiresAt)} (in ${describeDistance(e.expiresAt - now)})`;
    const hint = advice ??
        (e.role === "root"
            ? "renew root with its root key: notary key rotate " + gun + " root"
            : `renew it with: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .step */ .PM)("renew", gun)}${e.role === "targets" ? " (with the targets key)" : ""}`);
    return `${e.role} of ${gun} ${when}; ${hint}`;
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

/***/ 1366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4623);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9130);
/* harmony import */ var _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6408);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5135);
/* harmony import */ var _inspect_wave_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1270);





async function inspect(client, opts) {
    const { runtime, wave, ...anchor } = opts;
    const now = runtime.now();
    const { set, warnings } = await (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrust */ .V)(client, {
        ...anchor,
        now,
        onWarning: runtime.warn,
        wave: wave ?? (0,_inspect_wave_js__WEBPACK_IMPORTED_MODULE_4__/* .startInspectWave */ .Q)(client, anchor),
    });
    if (opts.expiryWindowMs !== 0) {
        for (const e of (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, opts.expiryWindowMs ?? _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RENEW_WINDOW_MS */ .g0)) {
            const m = (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now);
            warnings.push(m);
            runtime.warn(m);
        }
    }
    return { result: reportOf(set, opts.name, opts.tag, warnings), set };
}
function reportOf(set, name, tag, warnings = []) {
    const root = set.root.signed;
    const expires = [
        { role: "root", env: set.root },
        ...(set.timestamp ? [{ role: "timestamp", env: set.timestamp }] : []),
        ...(set.snapshot ? [{ role: "snapshot", env: set.snapshot }] : []),
        ...[...set.targets].map(([role, env]) => ({ role, env })),
    ].map(({ role, env }) => ({ role, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_1__/* .displayTime */ .Wk)(env.expiresAt), version: env.signed.version }));
    return {
        name,
        gun: set.gun,
        signedTags: inspectedTags(set, tag),
        signers: (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .signerKeys */ .dL)(set),
        rootKeyIds: root.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: root.roles.get("targets")?.keyIds ?? [],
        expires,
        warnings,
    };
}
/** Released tags without paths applied (as docker lists them), marked where the paths exclude them. */
function inspectedTags(set, tag) {
    // Only a role whose paths do not include "" (every name) can exclude a row.
    const restricted = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .walkRoles */ .xM)(set).some((r) => !r.paths.includes(""));
    const strict = restricted ? new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .signedTags */ .m_)(set, tag).map((t) => `${t.tag}\u0000${t.digest}`)) : undefined;
    return (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .signedTags */ .m_)(set, tag, { paths: false }).map((t) => ({
        tag: t.tag,
        digest: t.digest,
        signers: t.signers.length ? t.signers : [_tuf_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .REPO_ADMIN */ .jz],
        ...(!strict || strict.has(`${t.tag}\u0000${t.digest}`) ? {} : { outsidePaths: true }),
    }));
}


/***/ })

};
