export const id = 366;
export const ids = [366];
export const modules = {

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
