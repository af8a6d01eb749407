export const id = 975;
export const ids = [975];
export const modules = {

/***/ 8975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REVOKE_HELP: () => (/* binding */ REVOKE_HELP),
/* harmony export */   revokeCommand: () => (/* binding */ revokeCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _workflows_admin_revoke_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5854);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6322);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2233);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3217);






const REVOKE_HELP = `Usage: content-trust revoke IMAGE:TAG [flags]

Removes the tag from every role that holds it and that the signing key can sign
(targets/releases and the signer's delegation; targets too with the targets key), publishes,
and reads the repository back. A tag that is not signed is not an error; one that a role the
key cannot sign still releases is (exit code 1, after publishing what the key could remove).

Flags:
${_admin_options_js__WEBPACK_IMPORTED_MODULE_5__/* .ADMIN_KEY_HELP */ .yP}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_5__/* .ADMIN_FOOTER */ .mj}`;
async function revokeCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, _admin_options_js__WEBPACK_IMPORTED_MODULE_5__/* .adminFlags */ .d7);
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("revoke takes exactly one IMAGE:TAG", {
            hint: "content-trust revoke registry.example/app:v1",
        });
    // The image's shape is a command-line matter (exit code 2), checked before anything is read.
    const ref = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(() => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRepository */ .SU)(positionals[0], true));
    const tag = ref.tag;
    if (!tag)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`${positionals[0]} has no tag to revoke`, { hint: `write it as ${ref.name}:TAG` });
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_5__/* .adminConfig */ .wy)(values, io, positionals[0], undefined, { allowTag: true });
    const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_3__/* .withAdminSession */ .a)(config, (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_5__/* .adminHooks */ .O8)(io), (s) => (0,_workflows_admin_revoke_js__WEBPACK_IMPORTED_MODULE_1__/* .revokeTag */ .X)(s.deps, { tag, anchor: s.anchor }), {
        allowTag: true,
    });
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_4__/* .revokeJson */ .VE)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRevoke */ .a4)(result));
    if (result.stillReleased)
        throw result.stillReleased;
    return 0;
}


/***/ }),

/***/ 5854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ revokeTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1575);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3395);
/**
 * Revoking a tag (docker/cli cli/command/trust/revoke.go): remove it from every role that holds it
 * and that one of our keys can sign, publish, and read back. Docker removes it from the direct
 * delegations of `targets` it holds keys for; with the targets key, `targets` itself is included,
 * as are deeper delegations we hold keys for. A tag that is not signed anywhere is not an error.
 */





async function revokeTag(deps, opts) {
    const { tag } = opts;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: `the revocation of ${tag}`,
        existing: true,
        plan: async (set, now) => {
            const plan = { files: new Map(), versions: new Map(), removed: [], held: [] };
            const holding = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .walkRoles */ .xM)(set)
                .map((r) => r.name)
                .filter((role) => set.targets.get(role).signed.targets.has(tag));
            for (const role of holding) {
                const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .findSigner */ .EP)(deps, set, role);
                if (!signer) {
                    plan.held.push(role);
                    continue;
                }
                const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .resign */ .LD)((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTarget */ .iS)(set.targets.get(role).signed, tag), signer, now);
                plan.files.set(role, signed.bytes);
                plan.versions.set(role, signed.version);
                plan.removed.push(role);
            }
            // Roles we cannot sign that still list the tag are an error only while one of them releases
            // it (stillReleased below, after what we can remove is published): a run that finds the tag
            // left only in another signer's own role (docker pull ignores those) has nothing to do.
            return plan;
        },
    });
    const set = update.set;
    const { removed, held } = update.applied;
    const stillIn = removed.filter((role) => set.targets.get(role)?.signed.targets.has(tag));
    if (stillIn.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${set.gun}:${tag} is still in ${stillIn.join(", ")} after publishing`, {
            hint: "another signer signed the tag again at the same time; inspect the repository",
        });
    }
    const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .releasedTarget */ .Ty)(set, tag);
    const warnings = [...update.warnings];
    if (removed.length === 0 && held.length === 0)
        deps.runtime.log(`${set.gun}:${tag} is not signed: nothing to revoke`);
    const stillHeld = held.filter((role) => set.targets.get(role)?.signed.targets.has(tag) && role !== released?.role);
    if (stillHeld.length > 0) {
        deps.runtime.log(`${set.gun}:${tag} is still listed by ${stillHeld.join(", ")}, which none of ${deps.keyring.sources} can sign; docker pull does not trust ${stillHeld.length > 1 ? "those roles" : "that role"}`);
    }
    return {
        gun: set.gun,
        tag,
        removedFrom: removed,
        heldBy: held,
        ...(released
            ? {
                stillReleasedBy: released.role,
                stillReleased: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("KEY_NOT_IN_ROLE", `${set.gun}:${tag} is still released by ${released.role} (sha256:${released.digest.slice(0, 12)}…), which none of ${deps.keyring.sources} can sign${removed.length ? `; its removal from ${removed.join(", ")} is published` : ""}`, {
                    hint: `revoke it with a key of ${released.role} (${(0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_3__/* .roleKeys */ .BO)(set, released.role)?.keys ?? new Map())}) in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)("aws-kms-key")}`,
                }),
            }
            : {}),
        published: update.published,
        warnings,
        set,
    };
}


/***/ })

};
