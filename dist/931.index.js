export const id = 931;
export const ids = [931];
export const modules = {

/***/ 7311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readAdminInputs)
/* harmony export */ });
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(535);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);


function readAdminInputs(env, repositoryInput) {
    const repository = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredInput */ .YF)(repositoryInput, repositoryInput === "image" ? "registry.example/app:v1" : "registry.example/app");
    const key = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSigningKeyInputs */ .Iq)(env);
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readConnectionInputs */ .qY)(env);
    const config = {
        ...connection,
        ...key,
        repository,
        rootKeyIds: (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKeyIds */ .ll)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF)("root-key-id")),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readRequireRootPinInput */ .D5)(),
    };
    return { config, trustCache: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrustCacheInput */ .d9)() };
}


/***/ }),

/***/ 931:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _compile_on_main_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2255);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8952);
/* harmony import */ var _revoke_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6706);
// Entry point of revoke/action.yml (runs.main).



await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_1__.runStep)("revoke", (context) => (0,_revoke_js__WEBPACK_IMPORTED_MODULE_2__/* .revokeAction */ .r)(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ revokeAction)
/* harmony export */ });
/* harmony import */ var _workflows_admin_revoke_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5854);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6322);
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6272);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _admin_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7311);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2163);
/**
 * Entry of revoke/action.yml: remove a signed tag from every role the key can sign, publish, and
 * read the repository back.
 */









async function revokeAction(env = process.env, context = { action: "revoke" }) {
    const { config, trustCache } = (0,_admin_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readAdminInputs */ .x)(env, "image");
    context.subject = config.repository;
    context.server = (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_2__/* .notaryServerFor */ .A)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(config.repository), config.notaryServer, config.envNotaryServer);
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(config.repository, true);
    if (!ref.tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`image ${config.repository} has no tag to revoke`, { hint: `image: ${ref.name}:TAG` });
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .restoreTrust */ .T)(config.trustDir, [ref.name], trustCache, env);
    const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_1__/* .withAdminSession */ .a)({ ...config, trustDir: trust.dir }, { runtime: _log_js__WEBPACK_IMPORTED_MODULE_6__/* .runtime */ .fA }, (s) => (0,_workflows_admin_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeTag */ .X)(s.deps, { tag: ref.tag, anchor: s.anchor, cosign: { registry: s.connection.registry, image: s.ref } }), { allowTag: true });
    if (trust.available)
        await trust.save();
    (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH)("removed-from", JSON.stringify(result.removedFrom));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH)("still-released-by", result.stillReleasedBy ?? "");
    (0,_log_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH)("published", String(result.published));
    // The tag is still trusted by docker pull: the step fails (its summary says why), outputs set.
    if (result.stillReleased)
        throw result.stillReleased;
    const line = result.removedFrom.length
        ? `Revoked ${result.gun}:${result.tag} from ${result.removedFrom.join(", ")}`
        : result.heldBy.length && !result.stillReleasedBy
            ? `${result.gun}:${result.tag} is not released: nothing to revoke (still listed by ${result.heldBy.join(", ")}, which docker pull does not trust)`
            : `${result.gun}:${result.tag} is not signed: nothing to revoke`;
    _log_js__WEBPACK_IMPORTED_MODULE_6__/* .log */ .Rm.info(line);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)([
        `### Content trust: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(result.gun)}`,
        "",
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(line),
        ...(result.warnings.length ? ["", "Warnings:", ...result.warnings.map((w) => `- ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(w)}`)] : []),
    ]);
}


/***/ }),

/***/ 8952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStep: () => (/* binding */ runStep)
});

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/action/hints.ts
/**
 * The action's words for errors whose fix is an input: the lower layers say what failed (with a
 * code), and this names the input that fixes it (wording.ts fixHint picks the line by code).
 */

const ACTION_FIXES = {
    REGISTRY_PLAIN_HTTP: (host) => `add ${host} to the insecure-registries input`,
    PLAIN_HTTP: (host) => `the server speaks plain HTTP: if ${host} is your registry, not its Notary server, give the Notary server's URL in notary-server (it defaults to https://<registry host>); if it is the Notary server, give notary-server as http://${host}`,
    INSECURE_REGISTRY: () => "fix the insecure-registries input: write HOST:PORT (or http://HOST:PORT)",
    TLS_UNKNOWN_CA: (host) => `give the CA certificate (PEM) of ${host} in the ca-cert input, or as $DOCKER_CONFIG/tls/${host}/ca.crt; a CA only the runner's system trusts counts with NODE_USE_SYSTEM_CA: 1 in the step's env`,
    TLS_WRONG_CA: (host) => `the ca-cert input (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`,
    CA_NOT_CERTIFICATE: () => "the ca-cert input takes PEM certificates (-----BEGIN CERTIFICATE-----)",
};
/** The hint an action user needs for `err`, by its code; undefined when the error's own hint fits. */
function actionHint(err) {
    return (0,wording/* fixHint */.JW)(err, ACTION_FIXES);
}
/** describeError with the action's hint where it has one. */
function describeForAction(err) {
    return (0,wording/* describeWithFix */.Hi)(err, ACTION_FIXES);
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/words.ts
var words = __webpack_require__(9579);
// EXTERNAL MODULE: ./src/exit.ts
var exit = __webpack_require__(3139);
;// CONCATENATED MODULE: ./src/action/run-step.ts
/**
 * One wrapper for every action entry: prints the version, runs the step, and on any thrown value
 * (Error or not) fails the step with one line and writes a job summary saying what failed, on
 * which image and server, the reason code and what to do.
 */









async function runStep(action, entry) {
    const context = { action };
    let settled = false;
    (0,exit/* failIfUnsettled */.G)(() => settled, () => runner/* setFailed */.C1(`the ${action} step ended without a result (a bug): the step failed; re-run it, and report it if it repeats`));
    // Before anything is printed: the secret inputs, and every secret the run meets later, are
    // masked by the runner as they become known.
    (0,log/* maskSecretsWithRunner */.Ab)();
    (0,log/* maskSecretInputs */.q)();
    log/* log */.Rm.info(`content-trust-action ${version/* VERSION */.x} (${action})`);
    try {
        await entry(context);
    }
    catch (err) {
        runner/* setFailed */.C1((0,log/* neutralise */.$0)(describeForAction(err)));
        if (err instanceof Error && err.stack && runner/* isDebug */._o())
            runner/* debug */.Yz((0,log/* neutralise */.$0)(err.stack.split("\n").slice(0, 8).join(" | ")));
        await writeFailureSummary(context, err).catch((e) => log/* log */.Rm.warning(`could not write the job summary: ${(0,errors/* describeError */.Uc)(e)}`));
    }
    settled = true;
    // The step's work is done, and everything it waits for is awaited above. What is still open
    // belongs to a library that was given up on (a cache restore or save that the cache service never
    // answered, an AWS credentials request cut short by the deadline) and must not hold the step.
    await (0,exit/* exitOnceWritten */.B)();
}
/** The job summary of a failed step: a person opening the run sees why without reading the log. */
async function writeFailureSummary(context, err) {
    const code = err instanceof errors/* TrustError */.Ru ? err.code : "ERROR";
    const message = err instanceof errors/* TrustError */.Ru ? err.message : (0,errors/* describeError */.Uc)(err);
    const hint = actionHint(err) ?? (err instanceof errors/* TrustError */.Ru ? err.hint : undefined);
    const rows = [
        ["What failed", (0,summary/* escapeCell */.kq)((0,words/* words */.a)(message))],
        ...(context.subject ? [[subjectLabel(context.action), (0,src_text/* markdownCode */.D9)(context.subject)]] : []),
        ...(context.server ? [["Notary server", (0,summary/* escapeCell */.kq)(context.server)]] : []),
        ["Reason code", `\`${code}\``],
        ["What to do", (0,summary/* escapeCell */.kq)((0,words/* words */.a)(hint ?? whatToDo(code)))],
    ];
    await (0,summary/* writeSummary */.Sy)([
        `### ❌ Content trust: ${context.action} failed`,
        "",
        "| | |",
        "| --- | --- |",
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        "",
    ]);
}
/** What the step's subject is called: the input it comes from (renew and migrate take a repository). */
function subjectLabel(action) {
    return action === "renew" || action === "migrate" ? "Repository" : "Image";
}
/** Advice for errors that carry no hint of their own. */
function whatToDo(code) {
    switch (code) {
        case "UNREACHABLE":
        case "TIMEOUT":
        case "CONNECTION_RESET":
        case "SERVER_UNAVAILABLE":
            return "check that the server is up and reachable from the runner, then re-run the job";
        case "UNAUTHORIZED":
            return "check the registry credentials (docker/login-action, or registry-username and registry-password)";
        case "USAGE":
            return "correct the step's inputs";
        case "SERVICE_ENDED":
            return "move to cosign signatures: see Leaving Notary v1 in the README of content-trust-action";
        default:
            return "read the step's log for details; re-run with debug logging (ACTIONS_STEP_DEBUG) for more";
    }
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

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ exitOnceWritten),
/* harmony export */   G: () => (/* binding */ failIfUnsettled)
/* harmony export */ });
/**
 * The end of a process once its command is done.
 *
 * Both entry points end the process themselves as soon as the command's result is known and its
 * output is handed on, instead of waiting until nothing is pending. What can still be pending then
 * belongs to work the command gave up on: an AWS credentials request cut short by the run's
 * deadline (the SDK has no way to stop it, and it waits for its own timeouts and retries), the DNS
 * lookup of a connection opened early that the run never used, a cache service that never
 * answered. None of it may hold a pipeline's step or job after the run has failed or passed.
 * It is also the faster end: Node would otherwise still free its heap and join its threads first
 * (about 4 ms of every run, measured on a CLI sign, from the last write to the exit).
 */
/**
 * Ends the process with `process.exitCode` once what it wrote to stdout and stderr is handed on
 * (a write's callback runs after the writes before it).
 */
async function exitOnceWritten() {
    await Promise.all([process.stdout, process.stderr].map((s) => new Promise((resolve) => {
        if (s.destroyed || s.writableEnded)
            resolve();
        else
            s.write("", () => resolve());
    })));
    process.exit();
}
/**
 * Guards a command whose result never came: when the event loop has nothing left while `settled()`
 * is still false, a bug left the command's promise pending forever, and Node would end the process
 * with exit code 0 as if it had passed. `fail` is called then to say so; the process ends with exit
 * code 1 (or the one `fail` sets).
 */
function failIfUnsettled(settled, fail) {
    process.once("beforeExit", () => {
        if (settled())
            return;
        process.exitCode = 1;
        fail();
    });
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The release this code is; kept equal to package.json's version (a unit test compares them). */
const VERSION = "0.1.0";


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
