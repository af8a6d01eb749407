export const id = 957;
export const ids = [957];
export const modules = {

/***/ 4957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signAction: () => (/* binding */ signAction)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9310);
/* harmony import */ var _net_notary_server_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6272);
/* harmony import */ var _workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8333);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2163);
/**
 * Entry of the sign action (action.yml): read inputs, restore trust state, sign, verify, write
 * outputs and the job summary.
 */







async function signAction(env = process.env, context = { action: "sign" }) {
    const { config, trustCache } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readSignInputs */ .nr)(env);
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(config.image);
    context.subject = config.image;
    if (config.ociSignature === "cosign-only")
        return cosignOnlyAction(config);
    context.server = (0,_net_notary_server_js__WEBPACK_IMPORTED_MODULE_1__/* .notaryServerFor */ .A)(ref, config.notaryServer, config.envNotaryServer);
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .restoreTrust */ .T)(config.trustDir, [ref.name], trustCache, env);
    const result = await (0,_workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .runSign */ .tl)({ ...config, trustDir: trust.dir }, { runtime: _log_js__WEBPACK_IMPORTED_MODULE_4__/* .runtime */ .fA }).catch((err) => {
        // The Notary signature stands when only the cosign signature failed: a later step (if:
        // failure()) reads what was published, and that the cosign signature is missing.
        const signed = (0,_workflows_run_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .notarySignedBefore */ .nI)(err);
        if (signed) {
            setNotaryOutputs(signed);
            (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature-status", "failed");
        }
        throw err;
    });
    const kept = trust.available && (await trust.save());
    setNotaryOutputs(result);
    if (result.cosign)
        setCosignOutputs(result.cosign);
    _log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(result.published
        ? `Signed ${result.tags.map((t) => t.tag).join(", ")} of ${result.gun} as ${result.signer}`
        : `Nothing to publish in Notary: ${result.gun} already signed`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSignSummary */ .dD)(result, {
        kept,
        ...(trust.unavailable ? { unavailable: trust.unavailable } : {}),
        pinned: (config.rootKeyIds?.length ?? 0) > 0,
    });
}
/** oci-signature cosign-only: the digest's cosign signature alone; no Notary server, no trust cache. */
async function cosignOnlyAction(config) {
    const { runCosignOnlySign } = await __webpack_require__.e(/* import() */ 765).then(__webpack_require__.bind(__webpack_require__, 5765));
    const result = await runCosignOnlySign(config, { runtime: _log_js__WEBPACK_IMPORTED_MODULE_4__/* .runtime */ .fA });
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("digest", result.digest);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("signer", result.keyId);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("signed-tags", "[]");
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("roles", "[]");
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("published", String(result.cosign.status === "written"));
    setCosignOutputs(result.cosign);
    _log_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(result.cosign.status === "written"
        ? `Signed ${result.gun}@${result.digest} with cosign as ${result.signer}`
        : `Nothing to write: ${result.gun}@${result.digest} already has a cosign signature by ${result.signer}`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeCosignOnlySummary */ .D_)(result);
}
function setNotaryOutputs(result) {
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("digest", result.digest);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("signer", result.signer);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("signed-tags", JSON.stringify(result.tags));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("roles", JSON.stringify(result.roles));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("root-key-id", result.rootKeyIds.join(","));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("repository-key-id", result.repositoryKeyIds.join(","));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("published", String(result.published));
}
function setCosignOutputs(c) {
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature", c.reference);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature-status", c.status);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH)("cosign-signature-manifest", c.manifestDigest ?? "");
}


/***/ }),

/***/ 8333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cA: () => (/* binding */ imageToSign),
/* harmony export */   nI: () => (/* binding */ notarySignedBefore),
/* harmony export */   tl: () => (/* binding */ runSign),
/* harmony export */   y: () => (/* binding */ tagsToSign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(410);
/* harmony import */ var _settings_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(535);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6578);
/* harmony import */ var _first_use_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9422);
/* harmony import */ var _sign_wave_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3195);
/* harmony import */ var _trust_wave_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8216);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3395);
/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */









const MAX_TAGS = 256;
/**
 * The image a sign names: `latest` when it names neither tag nor digest (nor, with `digestAlone`,
 * is a digest given beside it; nor, with `tagsGiven`, are tags), and a digest given twice (in the
 * name and as a setting) only when both agree.
 */
function imageToSign(config, options = {}) {
    const image = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(config.image);
    if (!image.tag && !image.digest && !options.tagsGiven && !(options.digestAlone && config.digest !== undefined))
        image.tag = "latest";
    if (config.digest !== undefined && image.digest && config.digest !== image.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`image ${image.name}@${image.digest} and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("digest")} ${config.digest} disagree`, {
            hint: "give the digest once, in the image or on its own",
        });
    return image;
}
/**
 * The tags to sign beside the image's: each entry a tag, or a whole reference to a tag of the
 * same repository (what docker/metadata-action's `tags` output holds: `registry/app:1.4`), as
 * its tag. A reference to another repository is refused: that is another Notary repository, for
 * a sign of its own, and leaving it unsigned without a word would be worse.
 */
function tagsToSign(entries, image) {
    const tags = entries.map((entry) => {
        const ref = /[/:]/.test(entry) ? referenceOrUndefined(entry) : undefined;
        // Anything but a reference to a tag (a digest smuggled in, a bare name) is judged as a tag.
        if (!ref?.tag || ref.digest)
            return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTag */ .ED)(entry);
        if (ref.name !== image.name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("tags")} names ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref)}, another repository than ${image.name}`, {
                hint: `sign each repository in its own run; give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("tags")} as tags, or references to ${image.name}`,
            });
        return ref.tag;
    });
    return [...new Set(tags)];
}
function referenceOrUndefined(text) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    }
    catch {
        return undefined;
    }
}
async function runSign(config, hooks = {}) {
    if (config.ociSignature === "cosign-only")
        throw new Error("runSign publishes to Notary: a cosign-only sign is runCosignOnlySign");
    // An image named without a tag beside tags to sign (docker/metadata-action's images and tags
    // outputs) signs those tags, not `latest` as well.
    const image = imageToSign(config, { tagsGiven: config.tags.length > 0 });
    const tags = tagsToSign(config.tags, image);
    if (!image.tag && tags[0] !== undefined)
        image.tag = tags[0];
    if (!image.tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`image ${config.image} has no tag to sign`, {
            hint: `write it as name:tag or name:tag@sha256:…, or give the tags in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("tags")}`,
        });
    config = { ...config, tags };
    checkSignInputs(config);
    return (0,_compose_js__WEBPACK_IMPORTED_MODULE_3__/* .withRun */ .Yq)(image, config, hooks, async (run) => {
        const { runtime, connection: conn } = run;
        // The key file is still being decrypted while sign sends its first requests.
        const signer = run.keyFileSigner ?? run.signers[0];
        const role = run.keyFileRole;
        const fromKeyFile = role && !["root", "targets", "snapshot", "timestamp"].includes(role)
            ? role.replace(/^targets\//, "")
            : undefined;
        const signerName = config.signerName ?? (fromKeyFile && (0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isTopLevelDelegation */ ._4)(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
        const waveOptions = {
            image,
            extraTags: config.tags,
            ...(config.digest ? { digest: config.digest } : {}),
            ...(signerName ? { signerName } : {}),
            ...(config.roles?.length ? { roles: config.roles } : {}),
            anchor: run.anchor,
        };
        // The first requests go out before the key is decrypted and before the code that verifies,
        // plans and publishes is loaded: both happen while the requests are in flight.
        const wave = (0,_sign_wave_js__WEBPACK_IMPORTED_MODULE_5__/* .startSignWave */ .h)({ notary: conn.notary, registry: conn.registry, runtime }, waveOptions);
        // The sign code is compiled once the requests are written. A key that fails before then
        // (one that does not decode, a wrong passphrase) ends the run at once, as when it was
        // awaited right after the wave: closing the connection may still stop the requests.
        await Promise.race([(0,_trust_wave_js__WEBPACK_IMPORTED_MODULE_6__/* .waveSent */ .aD)(conn), failureOf(signer)]).catch((err) => {
            wave.trust.stop();
            throw err;
        });
        const { sign } = await Promise.all(/* import() */[__webpack_require__.e(774), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 1911));
        const result = await sign({ notary: conn.notary, registry: conn.registry, signer, runtime }, {
            ...waveOptions,
            ...(config.signerName !== undefined ? { givenSignerName: config.signerName } : {}),
            wave,
            ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
            deadlineAt: run.deadlineAt,
            firstUse: (0,_first_use_js__WEBPACK_IMPORTED_MODULE_4__/* .firstUseCheck */ .I)({
                gun: image.name,
                requireRootPin: config.requireRootPin ?? false,
                ...(config.pinNames ? { pinNames: config.pinNames } : {}),
                warn: runtime.warn,
            }),
        });
        await run.save({ root: result.trustedRoot, versions: result.versions });
        // Only a digest whose Notary signature was published and read back gets a cosign signature.
        const cosign = config.ociSignature === "cosign"
            ? await Promise.all(/* import() */[__webpack_require__.e(899), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 2734))
                .then(async ({ attachCosignSignature, attachedLine }) => {
                const attached = await attachCosignSignature({ registry: conn.registry, signer: await signer, runtime }, { image, digest: result.digest });
                runtime.log(attachedLine(attached));
                return attached;
            })
                .catch((err) => {
                const failure = cosignFailure(err, image.name, result.digest);
                signedBefore.set(failure, { ...result, persisted: run.persists });
                throw failure;
            })
            : undefined;
        return { ...result, persisted: run.persists, ...(cosign ? { cosign } : {}) };
    }, {
        requireKey: true,
        keyFileInFlight: true,
        pushFromStart: true,
        // A run that already signs with cosign too is told what comes next, not to start doing it.
        ...(config.ociSignature === "cosign" ? { use: "dual-publish" } : {}),
    });
}
/** Rejects as `signer` does; never settles when it resolves. */
function failureOf(signer) {
    return Promise.resolve(signer).then(() => new Promise(() => undefined));
}
/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config) {
    // A KMS key has no PEM header naming its delegation: the name must be given.
    if (config.awsKmsKey && !config.signerKey && !config.signerName) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("signer-name")} is required with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("aws-kms-key")} ${config.awsKmsKey}`, {
            hint: `give the delegation name the key was added under (NAME in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .step */ .PM)("signer-add-kms", undefined)})`,
        });
    }
    if (config.tags.length > MAX_TAGS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
    for (const tag of config.tags)
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTag */ .ED)(tag);
    if (config.digest !== undefined)
        (0,_settings_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(config.digest);
    if (config.signerName !== undefined && !(0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isTopLevelDelegation */ ._4)(`targets/${config.signerName}`)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`, { hint: `give the NAME the key was added under (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .step */ .PM)("signer-add", undefined)})` });
    }
    for (const role of config.roles ?? []) {
        if (role !== "targets" && !(0,_tuf_roles_js__WEBPACK_IMPORTED_MODULE_8__/* .isTopLevelDelegation */ ._4)(role))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`);
    }
}
/** What a sign had published in Notary before its cosign signature failed, by the error thrown. */
const signedBefore = new WeakMap();
/**
 * The Notary signature a failed dual sign had published (and read back) before its cosign
 * signature failed, so that an entry point still reports it; undefined for any other failure.
 */
function notarySignedBefore(err) {
    return typeof err === "object" && err !== null ? signedBefore.get(err) : undefined;
}
/** The Notary signature stands; say so, with what failed for cosign and its hint. */
function cosignFailure(err, name, digest) {
    const message = `${name}@${digest} is signed in Notary, but its cosign signature was not written: ${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}`;
    const hint = (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.hint : undefined) ??
        "fix the cause and run again: the Notary signature is kept and only the cosign signature is written";
    // The cause's code (and class, for a server's answer) passes through: callers decide on them.
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP(err.code, message, {
            cause: err,
            hint,
            status: err.status,
            url: err.url,
            detailName: err.detailName,
            serverCode: err.serverCode,
        });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.code : "COSIGN_WRITE_FAILED", message, { cause: err, hint });
}


/***/ }),

/***/ 3195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ startSignWave)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3395);
/* harmony import */ var _trust_wave_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8216);
/**
 * The first wave of a sign: the Notary GETs of the roles it reads (trust-wave.ts) and the registry
 * resolution of its tags, sent at once. Light on imports, so that a run sends it before the code
 * that verifies, plans and publishes is loaded; sign.ts takes the wave and decides on its answers.
 */



/** Sends the first wave of a sign. `resolved` is awaited by the sign; until then its failure is held. */
function startSignWave(deps, opts) {
    const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
    const gun = opts.image.name;
    const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
    deps.runtime.log(`Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`);
    // The registry request first: plain HTTP, it is written as soon as its socket connects. Made
    // after the Notary requests it waited behind their TLS handshakes' CPU work (measured: the first
    // request reached the server 10-20 ms later, and the run was no faster).
    const wanted = opts.digest ?? opts.image.digest;
    const resolved = resolveTags(deps, opts.image, tags, wanted);
    // Awaited by the sign; a failure before then must not count as unhandled.
    resolved.catch(() => undefined);
    const trust = (0,_trust_wave_js__WEBPACK_IMPORTED_MODULE_2__/* .startTrustWave */ .W5)(deps.notary, {
        hints,
        ...(opts.anchor?.previousVersions ? { previousVersions: opts.anchor.previousVersions } : {}),
    });
    return { tags, wanted, resolved, trust };
}
/**
 * The manifest of every tag (and of the digest, when one is given). Without a digest the first tag
 * must exist; a further tag may be absent from the registry (sign.ts warns and signs it anyway).
 */
async function resolveTags(deps, image, tags, wanted) {
    const { digest: _pinned, ...byName } = image;
    const byTag = tags.map((tag, i) => deps.registry.resolve({ ...byName, tag }).then((m) => ({ tag, m }), (e) => {
        if ((wanted || i > 0) && e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && e.code === "MANIFEST_UNKNOWN")
            return { tag, m: undefined };
        throw e;
    }));
    const byDigest = wanted ? deps.registry.resolve({ ...image, digest: wanted }) : undefined;
    byDigest?.catch(() => undefined);
    const rows = await Promise.all(byTag);
    const primary = await byDigest?.catch((err) => {
        throw notAManifest(err, image, wanted, rows);
    });
    return { primary, rows };
}
/**
 * The given digest names no manifest, while a tag does (registries answer 404, or 500 as
 * docker-registry does for a config blob's digest): most often the image ID (the config's digest,
 * build-push-action's imageid) given instead of the pushed digest. Said so, with what the tag is;
 * any other failure stays as it is.
 */
function notAManifest(err, image, wanted, rows) {
    const found = rows.find((r) => r.m && r.m.digest !== wanted);
    // 404, or docker-registry's 500 for a blob's digest asked for as a manifest; an outage (502,
    // 503) or anything else stays what it is.
    const answer = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && err.code === "MANIFEST_UNKNOWN"
        ? "not found"
        : err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.status === 500
            ? "HTTP 500"
            : undefined;
    if (!answer)
        return err;
    // No tag points anywhere yet (a new tag, and the registry answered for it): the image was not
    // pushed, or the digest is the image ID all the same.
    if (!found) {
        const tags = rows.map((r) => `${image.name}:${r.tag}`).join(", ");
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP("MANIFEST_UNKNOWN", `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("digest")} ${wanted} is no manifest in ${image.name} (${answer}), and ${tags} ${rows.length === 1 ? "is" : "are"} not in the registry`, {
            cause: err,
            ...(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP ? { status: err.status, url: err.url } : {}),
            hint: "push the image first; if the digest is the image ID (build-push-action's imageid output, the config's digest), give the pushed digest (its digest output) instead",
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("TAG_MISMATCH", `${image.name}:${found.tag} points to ${found.m.digest} in the registry, and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)("digest")} ${wanted} is no manifest there (${answer})`, {
        cause: err,
        hint: "give the digest of the pushed manifest or index (build-push-action's digest output), not the image ID (its imageid output, the config's digest)",
    });
}


/***/ })

};
