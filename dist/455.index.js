export const id = 455;
export const ids = [455];
export const modules = {

/***/ 5836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RENEW_HELP: () => (/* binding */ RENEW_HELP),
/* harmony export */   renewCommand: () => (/* binding */ renewCommand)
/* harmony export */ });
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5377);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _workflows_admin_renew_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7523);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6322);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(535);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2233);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3217);








const RENEW_HELP = `Usage: content-trust renew REPOSITORY [flags]

Re-signs, unchanged and with a fresh expiry, every role the signing key can sign that
expires within the window: the signer's delegations, and targets with the targets key.
Meant for a scheduled job. Root is reported, not renewed.

Flags:
  --within DURATION         renew roles expiring within this: 6mo (default), 90d, 1y
  --expires DURATION        lifetime of the renewed roles: 3y (default), 18mo, 2030-01-01
  --witness ROLE[@DIGEST]   re-sign, as a current signer of ROLE, its content that only
                            removed keys signed (after the last signer was removed and
                            another added). Without DIGEST it lists the content and its
                            sha256:DIGEST and publishes nothing: check the tags, then give
                            ROLE@sha256:DIGEST (repeatable)
${_admin_options_js__WEBPACK_IMPORTED_MODULE_7__/* .ADMIN_KEY_HELP */ .yP}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_7__/* .ADMIN_FOOTER */ .mj}`;
async function renewCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(args, _flags_js__WEBPACK_IMPORTED_MODULE_0__/* .RENEW_FLAGS */ .Ag);
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandLineError */ .Ox("renew takes exactly one REPOSITORY", {
            hint: "content-trust renew registry.example/app",
        });
    (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(() => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(positionals[0]));
    const now = Date.now();
    const withinMs = values.within ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExpiry */ .rQ)(values.within, now, "within")) : undefined;
    const lifetimeMs = values.expires ? (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(() => (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExpiry */ .rQ)(values.expires, now)) : undefined;
    const window = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(() => (0,_workflows_admin_renew_js__WEBPACK_IMPORTED_MODULE_2__/* .renewWindow */ .o)({ ...(withinMs ? { withinMs } : {}), ...(lifetimeMs ? { lifetimeMs } : {}) }));
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_7__/* .adminConfig */ .wy)(values, io, positionals[0]);
    const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__/* .withAdminSession */ .a)(config, (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_7__/* .adminHooks */ .O8)(io), (s) => (0,_workflows_admin_renew_js__WEBPACK_IMPORTED_MODULE_2__/* .renewRoles */ .f)(s.deps, { anchor: s.anchor, ...window, ...(values.witness ? { witness: values.witness } : {}) }));
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .renewJson */ .wZ)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRenew */ .Jh)(result));
    if (result.witnessUnconfirmed)
        throw result.witnessUnconfirmed;
    return 0;
}


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renewRoles),
/* harmony export */   o: () => (/* binding */ renewWindow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6408);
/* harmony import */ var _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3903);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2187);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8868);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5591);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9391);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9130);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3395);
/**
 * Renewing before expiry, for a scheduled job: every targets role one of our keys can sign (the
 * delegations whose keys we hold, and `targets` with the targets key) that expires within the
 * window is re-signed unchanged with version + 1 and a fresh expiry in Go's form. An expired
 * delegation makes its tags disappear for readers, an expired `targets` the whole repository; the
 * Go client only warns (client/helpers.go warnRolesNearExpiry), so nothing else renews them.
 * Root is not renewed here (that takes the root key and, once its certificate runs out, a root
 * rotation); it is reported when it expires within the window.
 */











/**
 * Adds to `plan` each role of `names` that only removed keys signed, re-signed by our key of it.
 * Anything else named is refused before anything is published, but for a role that verifies.
 */
async function planWitness(deps, set, names, now, lifetimeMs, plan) {
    for (const entry of new Set(names)) {
        const at = entry.indexOf("@");
        const role = at < 0 ? entry : entry.slice(0, at);
        const confirmed = at < 0 ? undefined : entry.slice(at + 1).toLowerCase();
        if (confirmed !== undefined && !(0,_digest_js__WEBPACK_IMPORTED_MODULE_10__/* .isSha256Digest */ .q9)(confirmed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`witness ${entry}: write the content confirmed as ${role}@sha256:<64 hex digits>`);
        if (set.targets.has(role)) {
            deps.runtime.log(`${role} of ${set.gun} verifies: nothing to witness`);
            continue;
        }
        const outdated = set.outdated(role);
        if (!outdated) {
            const why = !set.delegations.has(role)
                ? "it is not a delegation of the repository"
                : set.metaFor(role)
                    ? "it is not signed only by keys it no longer lists"
                    : "it was never published";
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot witness ${role} of ${set.gun}: ${why}`, {
                hint: "witness names a delegation whose signers were all removed (its load says SIGNERS_REMOVED)",
            });
        }
        // Its own delegations would be vouched for too, keys and all: left to a repository admin.
        const children = (outdated.signed.delegations.roles ?? []).map((d) => d.name);
        if (children.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot witness ${role} of ${set.gun}: it delegates to ${children.join(", ")}, whose keys a witness would vouch for as well`);
        const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .findSigner */ .EP)(deps, set, role);
        if (!signer) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_IN_ROLE", `${deps.keyring.sources} is not a key of ${role} of ${set.gun}, so it cannot witness it`, {
                hint: `give a current key of ${role} (${(0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, role)?.keys ?? new Map())}) with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("aws-kms-key")}`,
            });
        }
        // Naming the role is not enough: the content checked is named by its digest, so that a later
        // run (a scheduled job that kept the setting) never re-signs content nobody checked.
        const fileDigest = (0,_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .s)(outdated.bytes);
        const signedBefore = [...new Set(outdated.signatures.map((g) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(g.keyId)))];
        if (confirmed !== fileDigest) {
            plan.unconfirmed.push({
                role,
                version: outdated.signed.version,
                fileDigest,
                ...(confirmed ? { confirmed } : {}),
                expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(outdated.expiresAt),
                expired: outdated.expiresAt <= now,
                signedBefore,
                targets: [...outdated.signed.targets].map(([tag, meta]) => {
                    const hex = (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256HexOf */ .AS)(meta);
                    return { tag, digest: hex ? `sha256:${hex}` : "" };
                }),
            });
            continue;
        }
        const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(outdated.signed, signer, now, { lifetimeMs, from: outdated });
        plan.files.set(role, signed.bytes);
        plan.versions.set(role, signed.version);
        plan.witnessed.push({
            role,
            version: signed.version,
            targets: outdated.signed.targets.size,
            firstTargets: [...outdated.signed.targets.keys()].slice(0, 5),
            signedBefore,
            signedBy: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(signer.keyId),
        });
    }
}
/**
 * The renewal window and the new lifetime, with their defaults; a lifetime not longer than the
 * window is refused (every run would renew again).
 */
function renewWindow(opts) {
    const withinMs = opts.withinMs ?? _tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RENEW_WINDOW_MS */ .g0;
    const lifetimeMs = opts.lifetimeMs ?? _tuf_lifetimes_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS_LIFETIME_MS */ .C7;
    if (lifetimeMs <= withinMs) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the new lifetime (${Math.round(lifetimeMs / 86400_000)} days) must be longer than the renewal window (${Math.round(withinMs / 86400_000)} days), or every run would renew again`, { hint: `lengthen ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("expires")} or shorten ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("within")}` });
    }
    return { withinMs, lifetimeMs };
}
/**
 * Whether one of our keys is a key of `targets` or of a delegation a loaded role lists, loaded or
 * not (short of signatures, or signed by removed keys): such a key belongs to the repository, even
 * though what it signs cannot be renewed now. The trusted set keeps every listed delegation's keys.
 */
async function someSigner(deps, set) {
    for (const role of ["targets", ...set.delegations.keys()]) {
        const keys = (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, role)?.keys;
        if (keys && (await deps.keyring.signerFor(keys)))
            return true;
    }
    return false;
}
async function renewRoles(deps, opts = {}) {
    const { withinMs, lifetimeMs } = renewWindow(opts);
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: "the renewal",
        existing: true,
        plan: async (set, now) => {
            const plan = {
                files: new Map(),
                versions: new Map(),
                previous: new Map(),
                witnessed: [],
                unconfirmed: [],
            };
            const roles = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .walkRoles */ .xM)(set).map((r) => r.name);
            // A scheduled renew given a key of no role (an old key after a rotation, the wrong secret)
            // would pass every week until the roles expire: it fails now, naming the roles' keys.
            if (!(await someSigner(deps, set))) {
                const keys = roles.map((r) => `${r}: ${(0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(set, r)?.keys ?? new Map())}`).join("; ");
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_IN_ROLE", `${deps.keyring.sources} can sign no role of ${set.gun} (${keys})`, {
                    hint: `give the targets key or a signer's key with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("aws-kms-key")}`,
                });
            }
            const loaded = new Set(roles);
            for (const e of (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs)) {
                if (e.role === "root" || !loaded.has(e.role))
                    continue;
                const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .findSigner */ .EP)(deps, set, e.role);
                if (!signer)
                    continue;
                const from = set.targets.get(e.role);
                const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(from.signed, signer, now, { lifetimeMs, from });
                plan.files.set(e.role, signed.bytes);
                plan.versions.set(e.role, signed.version);
                plan.previous.set(e.role, (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(e.expiresAt));
            }
            await planWitness(deps, set, opts.witness ?? [], now, lifetimeMs, plan);
            // Content named without being confirmed: nothing at all is published, renewals included.
            if (plan.unconfirmed.length > 0) {
                plan.files.clear();
                plan.versions.clear();
                plan.previous.clear();
                plan.witnessed = [];
            }
            return plan;
        },
    });
    const set = update.set;
    const plan = update.applied;
    const renewed = [...plan.previous].map(([role, previousExpires]) => {
        const env = set.targets.get(role);
        return { role, version: env?.signed.version ?? 0, previousExpires, expires: env ? (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(env.expiresAt) : "" };
    });
    const witnessed = plan.witnessed;
    for (const w of witnessed) {
        if (!set.targets.has(w.role))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}: ${w.role} was witnessed but does not verify as served`, {
                hint: "inspect the repository; another writer may have changed it at the same time",
            });
    }
    const lost = (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .lostReleases */ .Ln)(update.before, (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .releasedTags */ .JR)(set, deps.runtime.now()));
    if (lost.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}: after renewing, ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; another writer may have changed it at the same time" });
    }
    const now = deps.runtime.now();
    const expiring = (0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiringRoles */ .QG)(set, now, withinMs);
    // Running renew again with the same keys would not help: name the keys that can.
    const advice = (from, role) => {
        const keys = role === "root" ? undefined : (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .roleKeys */ .BO)(from, role)?.keys;
        return keys
            ? `${deps.keyring.sources} cannot sign it; renew it with a key of ${role}: ${(0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .describeKeys */ .mC)(keys)}`
            : undefined;
    };
    const warnings = [...update.warnings];
    const warnOnce = (m) => {
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.runtime.warn(m);
    };
    const notRenewed = expiring.map((e) => ({
        role: e.role,
        expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(e.expiresAt),
        expired: e.expired,
    }));
    // A role the read-back could not verify (its warning says why) is not renewed either. An expired
    // one was read before publishing (expired delegations are read for renewing): its expiry is known.
    for (const [role, err] of update.skipped) {
        const env = err.code === "EXPIRED" ? update.state.targets.get(role) : undefined;
        if (!env) {
            notRenewed.push({ role, expires: "", expired: err.code === "EXPIRED", untrusted: err.code });
            continue;
        }
        notRenewed.push({ role, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(env.expiresAt), expired: true });
        const e = { role, expiresAt: env.expiresAt, version: env.signed.version, expired: true };
        warnOnce((0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now, advice(update.state, role)));
    }
    for (const e of expiring)
        warnOnce((0,_tuf_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryWarning */ .iD)(set.gun, e, now, advice(set, e.role)));
    if (plan.files.size === 0 && !update.published)
        deps.runtime.log(`Nothing of ${set.gun} that our keys can sign expires before ${(0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_7__/* .displayTime */ .Wk)(now + withinMs)}`);
    const unconfirmed = plan.unconfirmed;
    return {
        gun: set.gun,
        renewed,
        witnessed,
        unconfirmed,
        ...(unconfirmed.length > 0 ? { witnessUnconfirmed: unconfirmedError(set.gun, unconfirmed) } : {}),
        notRenewed,
        published: update.published,
        warnings,
        set,
    };
}
/** The failure of a run that named content to witness without confirming it. */
function unconfirmedError(gun, roles) {
    const said = roles.map((u) => `${u.confirmed ? `the content confirmed for ${u.role} (${u.confirmed}) is not the one served (${u.fileDigest}); ` : ""}${u.role} v${u.version}${u.expired ? `, expired at ${u.expires},` : ""} is signed only by removed key(s) ${u.signedBefore.join(", ")}, and a witness re-signs its ${u.targets.length} target(s) as they are (the run's output lists each with its digest)`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("WITNESS_UNCONFIRMED", `${gun}: ${said.join("; ")}; nothing was published`, {
        hint: `check them, then confirm each content with ${roles.map((u) => `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("witness")} ${u.role}@${u.fileDigest}`).join(" ")}`,
    });
}


/***/ })

};
