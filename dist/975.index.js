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
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5377);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _workflows_admin_revoke_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5854);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6322);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2233);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3217);







const REVOKE_HELP = `Usage: content-trust revoke IMAGE:TAG [flags]

Removes the tag from every role that holds it and that the signing key can sign
(targets/releases and the signer's delegation; targets too with the targets key), publishes,
and reads the repository back. A tag that is not signed is not an error; one that a role the
key cannot sign still releases is (exit code 1, after publishing what the key could remove).
Once no tag released in Notary points to the tag's digest, the key's cosign signatures of that
digest, which still vouch for it with cosign, are looked for and reported (not removed).

Flags:
${_admin_options_js__WEBPACK_IMPORTED_MODULE_6__/* .ADMIN_KEY_HELP */ .yP}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_6__/* .ADMIN_FOOTER */ .mj}`;
async function revokeCommand(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(args, _flags_js__WEBPACK_IMPORTED_MODULE_0__/* .ADMIN_FLAGS */ .yy);
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandLineError */ .Ox("revoke takes exactly one IMAGE:TAG", {
            hint: "content-trust revoke registry.example/app:v1",
        });
    // The image's shape is a command-line matter (exit code 2), checked before anything is read.
    const ref = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(() => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(positionals[0], true));
    const tag = ref.tag;
    if (!tag)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandLineError */ .Ox(`${positionals[0]} has no tag to revoke`, { hint: `write it as ${ref.name}:TAG` });
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_6__/* .adminConfig */ .wy)(values, io, positionals[0], undefined, { allowTag: true });
    const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__/* .withAdminSession */ .a)(config, (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_6__/* .adminHooks */ .O8)(io), (s) => (0,_workflows_admin_revoke_js__WEBPACK_IMPORTED_MODULE_2__/* .revokeTag */ .X)(s.deps, { tag, anchor: s.anchor, cosign: { registry: s.connection.registry, image: s.ref } }), { allowTag: true });
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_5__/* .revokeJson */ .VE)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRevoke */ .a4)(result));
    if (result.stillReleased)
        throw result.stillReleased;
    return 0;
}


/***/ }),

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

/***/ 5854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ revokeTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5591);
/* harmony import */ var _cosign_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4899);
/* harmony import */ var _cosign_payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6773);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4623);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9391);
/* harmony import */ var _tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1575);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3395);









async function revokeTag(deps, opts) {
    const { tag } = opts;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_7__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: `the revocation of ${tag}`,
        existing: true,
        plan: async (set, now) => {
            const plan = {
                files: new Map(),
                versions: new Map(),
                removed: [],
                held: [],
                digests: new Set(),
                keys: [],
            };
            const holding = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_4__/* .walkRoles */ .xM)(set)
                .map((r) => r.name)
                .filter((role) => set.targets.get(role).signed.targets.has(tag));
            for (const role of holding) {
                const signer = await (0,_update_js__WEBPACK_IMPORTED_MODULE_7__/* .findSigner */ .EP)(deps, set, role);
                if (!signer) {
                    plan.held.push(role);
                    continue;
                }
                const from = set.targets.get(role);
                const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_7__/* .resign */ .LD)((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTarget */ .iS)(from.signed, tag), signer, now, { from });
                plan.files.set(role, signed.bytes);
                plan.versions.set(role, signed.version);
                plan.removed.push(role);
                // The digest of the entry removed (one without a sha256 names none).
                const digest = (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256HexOf */ .AS)(set.targets.get(role).signed.targets.get(tag));
                if (digest)
                    plan.digests.add(`sha256:${digest}`);
                const key = (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyObjectOf */ ._z)(signer.publicKey);
                if (key && !plan.keys.includes(key))
                    plan.keys.push(key);
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
    const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_4__/* .releasedTarget */ .Ty)(set, tag);
    const warnings = [...update.warnings];
    const cosign = opts.cosign ? await revokeCosign(deps, opts.cosign, set, update.applied, tag, warnings) : [];
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
                    hint: `revoke it with a key of ${released.role} (${(0,_update_js__WEBPACK_IMPORTED_MODULE_7__/* .describeKeys */ .mC)((0,_update_js__WEBPACK_IMPORTED_MODULE_7__/* .roleKeys */ .BO)(set, released.role)?.keys ?? new Map())}) in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .setting */ .Pe)("signer-key")} or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_8__/* .setting */ .Pe)("aws-kms-key")}`,
                }),
            }
            : {}),
        published: update.published,
        cosign,
        warnings,
        set,
    };
}
/**
 * Looks up, for each digest the tag named that no tag released in Notary names any more, the
 * cosign signatures of it, counting those by the keys that revoked the tag (any repository named
 * in its payload: cosign verifiers do not check it) and those by other keys, and warns of any.
 * Read only.
 */
async function revokeCosign(deps, target, set, plan, tag, warnings) {
    const stillReleased = new Set((0,_update_js__WEBPACK_IMPORTED_MODULE_7__/* .releasedTags */ .JR)(set, deps.runtime.now()).map((t) => `sha256:${t.digest}`));
    const out = [];
    if (plan.keys.length === 0)
        return out;
    const warn = (m) => {
        warnings.push(m);
        deps.runtime.warn(m);
    };
    for (const digest of plan.digests) {
        if (stillReleased.has(digest))
            continue;
        const reference = `${target.image.name}:${(0,_cosign_payload_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureTag */ .bG)(digest)}`;
        try {
            const states = await (0,_cosign_read_js__WEBPACK_IMPORTED_MODULE_2__.readSignaturesForKeys)(target.registry, target.image, digest, plan.keys);
            const byUs = new Set(states.flatMap((st) => st.verdicts.filter((v) => v.ok || v.reason === "OTHER_REPOSITORY").map((v) => v.index)));
            const total = states[0].parsed?.layers.length ?? 0;
            const others = total - byUs.size;
            out.push({ digest, reference, ours: byUs.size, others });
            // Every signature counts, not only this key's: a migration signs every verified tag with one
            // signer's key, so the revoking key is often not the one that vouches for the digest.
            if (total > 0)
                warn(`${set.gun}:${tag} is revoked in Notary, but cosign signatures of its digest ${digest} remain in ${reference} (${total} in all, ${byUs.size > 0 ? byUs.size : "none"} by this key): verify with accept cosign or any, trusting a key that made one, still passes every tag that points to that digest. If no release still uses it, remove them (cosign clean --type signature ${target.image.name}@${digest} removes every signer's)`);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru))
                throw err;
            out.push({ digest, reference, error: err });
            warn(`${set.gun}:${tag} is revoked in Notary; whether a cosign signature by this key of its digest ${digest} remains could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}): check ${reference}`);
        }
    }
    return out;
}


/***/ })

};
