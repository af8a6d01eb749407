export const id = 558;
export const ids = [558];
export const modules = {

/***/ 5558:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8991);
/* harmony import */ var _run_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8952);
// Entry point of migrate/action.yml (runs.main).


await (0,_run_step_js__WEBPACK_IMPORTED_MODULE_1__/* .runStep */ .e)("migrate", (context) => (0,_migrate_js__WEBPACK_IMPORTED_MODULE_0__/* .migrateAction */ .c)(process.env, context));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ migrateAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _workflows_connect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(670);
/* harmony import */ var _workflows_handover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(427);
/* harmony import */ var _workflows_migrate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2463);
/* harmony import */ var _workflows_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1892);
/* harmony import */ var _workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9263);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1729);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8592);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8770);
/* harmony import */ var _trust_cache_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2163);
/**
 * Entry of migrate/action.yml: backfill cosign signatures by the signing key for every verified
 * released tag of a repository; progress lines in the log, the table and the verifier
 * configurations in the job summary.
 */












const LABELS = { "already-signed": "already signed", signed: "signed now", "would-sign": "would sign", skipped: "skipped", failed: "failed" };
async function migrateAction(env = process.env, context) {
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .maskSecretInputs */ .q)();
    const key = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readSigningKeyInputs */ .Iq)(env);
    const connection = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readConnectionInputs */ .qY)(env);
    const repository = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .requiredInput */ .YF)("repository", "registry.example/app");
    const concurrency = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("concurrency") === undefined ? undefined : Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("concurrency"));
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input concurrency ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("concurrency")} is not a number from 1 to 16`);
    const maxWrites = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("max-writes") === undefined ? undefined : Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("max-writes"));
    if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input max-writes ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("max-writes")} is not a whole number`);
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(repository);
    const gun = ref.name;
    if (context) {
        context.subject = gun;
        context.server = (0,_workflows_connect_js__WEBPACK_IMPORTED_MODULE_3__/* .notaryServerFor */ .AG)(ref, connection.notaryServer, connection.envNotaryServer);
    }
    const trust = await (0,_trust_cache_js__WEBPACK_IMPORTED_MODULE_11__/* .restoreTrust */ .T)(connection.trustDir, [gun], (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readTrustCacheInput */ .d9)(), env);
    const result = await (0,_workflows_run_migrate_js__WEBPACK_IMPORTED_MODULE_7__/* .runMigrate */ .f)({
        ...connection,
        ...key,
        repository,
        signers: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_6__/* .splitList */ .ry)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("signers")),
        rootKeyIds: (0,_workflows_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseKeyIds */ .ll)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .input */ .hF)("root-key-id")),
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .booleanInput */ .tE)("dry-run", false),
        ...(concurrency ? { concurrency } : {}),
        ...(maxWrites !== undefined ? { maxWrites } : {}),
        requireRootPin: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readRequireRootPinInput */ .D5)(),
    }, {
        warn: (m) => _log_js__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.warning(m),
        onProgress: (p) => _log_js__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.info(`[${p.done}/${p.total}] ${p.digest} (${p.tags.slice(0, 3).join(", ")}${p.tags.length > 3 ? ", …" : ""}): ${LABELS[p.status]}${p.reason ? ` (${p.reason})` : ""}`),
    });
    if (trust.available)
        await trust.save();
    const c = result.counts;
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH)("signed", String(c.signed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH)("already-signed", String(c["already-signed"]));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH)("skipped", String(c.skipped));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH)("failed", String(c.failed));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH)("result", JSON.stringify(result.rows));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH)("public-key", result.verifiers.publicKeyPem);
    _log_js__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.info(`${result.gun}: ${(0,_workflows_migrate_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMigrateCounts */ .H)(c)}`);
    // One line at a time: the PEM and YAML keep their lines in the log.
    for (const line of (0,_workflows_handover_js__WEBPACK_IMPORTED_MODULE_4__/* .formatVerifierConfigs */ .p)(result.verifiers).split("\n"))
        _log_js__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.info(line);
    await writeSummary(result);
    if (c.failed > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${c.failed} of ${result.rows.length} tags could not be given a cosign signature`);
}
async function writeSummary(r) {
    const rows = r.rows.map((x) => `| ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeCell */ .kq)(x.tag)} | ${x.digest ? `\`${x.digest}\`` : ""} | ${LABELS[x.status]} | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeCell */ .kq)(x.reason ?? "")} |`);
    const fence = (lang, text) => ["```" + lang, text.trimEnd(), "```"].join("\n");
    const lines = [
        `### Cosign signatures for ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeCell */ .kq)(r.gun)}`,
        "",
        `${(0,_workflows_migrate_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMigrateCounts */ .H)(r.counts)} (${r.digests} digests).`,
        "",
        "| Tag | Digest | Cosign signature | Why |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        "#### Verify with the same key",
        "",
        fence("", r.verifiers.publicKeyPem),
        fence("sh", r.verifiers.cosign),
        "Kyverno:",
        fence("yaml", r.verifiers.kyverno),
        "sigstore policy-controller:",
        fence("yaml", r.verifiers.policyController),
        "Connaisseur:",
        fence("yaml", r.verifiers.connaisseur),
    ];
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .writeSummary */ .Sy)(lines);
}


/***/ }),

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ verifierConfigs),
/* harmony export */   p: () => (/* binding */ formatVerifierConfigs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The verifier configurations users paste once their images carry cosign signatures by their
 * Notary key: `cosign verify`, a Kyverno ClusterPolicy (verifyImages with publicKeys), a sigstore
 * policy-controller ClusterImagePolicy and a Connaisseur validator. Keys without a transparency
 * log entry: each one is told not to require Rekor. Pure text.
 */

/** `image` is a repository name (`registry.example/app`); `pattern` the glob policies match. */
function verifierConfigs(publicKeyPem, image) {
    const pem = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(publicKeyPem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, "")).export({ type: "spki", format: "pem" }).toString();
    const indented = (n) => pem.trimEnd().split("\n").map((l) => `${" ".repeat(n)}${l}`).join("\n");
    const pattern = `${image}*`;
    const name = image.split("/").at(-1).replace(/[^a-z0-9-]/g, "-").replace(/^-+|-+$/g, "") || "images";
    return {
        publicKeyPem: pem,
        cosign: `cosign verify --key cosign.pub --insecure-ignore-tlog=true ${image}:TAG`,
        kyverno: [
            "apiVersion: kyverno.io/v1",
            "kind: ClusterPolicy",
            "metadata:",
            `  name: verify-${name}`,
            "spec:",
            "  validationFailureAction: Enforce",
            "  webhookTimeoutSeconds: 30",
            "  rules:",
            "    - name: cosign-key",
            "      match:",
            "        any:",
            "          - resources:",
            "              kinds: [Pod]",
            "      verifyImages:",
            "        - imageReferences:",
            `            - "${pattern}"`,
            "          attestors:",
            "            - entries:",
            "                - keys:",
            "                    publicKeys: |-",
            indented(22),
            "                    rekor:",
            "                      ignoreTlog: true",
            "                    ctlog:",
            "                      ignoreSCT: true",
            "",
        ].join("\n"),
        policyController: [
            "apiVersion: policy.sigstore.dev/v1beta1",
            "kind: ClusterImagePolicy",
            "metadata:",
            `  name: ${name}-cosign-key`,
            "spec:",
            "  images:",
            `    - glob: "${pattern}"`,
            "  authorities:",
            "    - key:",
            "        hashAlgorithm: sha256",
            "        data: |",
            indented(10),
            "      # no ctlog: these signatures have no transparency log entry to check",
            "",
        ].join("\n"),
        connaisseur: [
            "# Connaisseur 3.x helm values (2.x: validators and policy at the top level)",
            "application:",
            "  validators:",
            `    - name: ${name}`,
            "      type: cosign",
            "      trustRoots:",
            "        - name: default",
            "          key: |",
            indented(12),
            "  policy:",
            `    - pattern: "${pattern}:*"`,
            `      validator: ${name}`,
            "      with:",
            "        trustRoot: default",
            "        verifyInTransparencyLog: false",
            "",
        ].join("\n"),
    };
}
function formatVerifierConfigs(c) {
    return [
        "Public key for cosign and admission controllers (save as cosign.pub):",
        c.publicKeyPem.trimEnd(),
        "",
        "cosign:",
        `  ${c.cosign}`,
        "",
        "Kyverno:",
        c.kyverno,
        "sigstore policy-controller:",
        c.policyController,
        "Connaisseur (helm values):",
        c.connaisseur,
    ].join("\n");
}


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatMigrateCounts),
/* harmony export */   _: () => (/* binding */ migrate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _cosign_attach_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2734);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5399);
/* harmony import */ var _verify_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1324);
/**
 * Migrate (backfill): for every tag released in Notary whose trust verifies as `verify` checks it
 * (verify-check.ts, the same rules), make sure a cosign signature by our key exists for its digest
 * (cosign-attach.ts). Each digest is signed once however many tags name it; nothing is written for
 * a tag whose Notary trust does not verify, nor for a digest the registry no longer has.
 * Idempotent and so resumable: a digest that already carries a valid signature by this key is
 * left alone, so a second run (or a run after one stopped half-way) writes only what is missing.
 * Digests are handled `concurrency` at a time; each one reports progress.
 */





/** `3 signed now, 1 already signed, 2 skipped, 0 failed` (with "N would sign" on a dry run). */
function formatMigrateCounts(c) {
    const wouldSign = c["would-sign"] ? `${c["would-sign"]} would sign, ` : "";
    return `${c.signed} signed now, ${c["already-signed"]} already signed, ${wouldSign}${c.skipped} skipped, ${c.failed} failed`;
}
async function migrate(deps, opts) {
    const now = deps.now ?? Date.now;
    const image = { registry: opts.image.registry, apiHost: opts.image.apiHost, repository: opts.image.repository, name: opts.image.name };
    const { set } = await (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrust */ .V)(deps.notary, { ...(opts.anchor ?? {}), now: now(), hints: ["targets/releases"], ...(deps.onWarning ? { onWarning: deps.onWarning } : {}), ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}) });
    const tags = [...new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set).map((e) => e.tag))].sort(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .naturalCompare */ .p0);
    const rows = new Map();
    const byDigest = new Map();
    for (const tag of tags) {
        const verdict = (0,_verify_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkImage */ .cd)(set, { ...image, tag }, opts.signers ?? []);
        if (verdict.reason !== "OK" || !verdict.digest) {
            rows.set(tag, { tag, digest: verdict.digest ?? "", status: "skipped", reason: `${verdict.reason}: ${verdict.message}` });
            continue;
        }
        rows.set(tag, { tag, digest: verdict.digest, status: "skipped" });
        byDigest.set(verdict.digest, [...(byDigest.get(verdict.digest) ?? []), tag]);
    }
    const digests = [...byDigest.keys()];
    let done = 0;
    // Signatures written or being written: a slot is taken before an attach starts, so concurrent
    // workers never write more than maxWrites, and given back when nothing was written.
    let reserved = 0;
    // Set when the run's deadline passes: no further digest is started, those left are STOPPED.
    let deadlineHit = false;
    const setAll = (digest, row) => {
        for (const tag of byDigest.get(digest))
            rows.set(tag, { tag, digest, ...row });
        deps.onProgress?.({ done: ++done, total: digests.length, digest, tags: byDigest.get(digest), status: row.status, ...(row.reason ? { reason: row.reason } : {}) });
    };
    const isDeadline = (err) => err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "DEADLINE_EXCEEDED";
    const limit = Math.min(16, Math.max(1, opts.concurrency ?? 4));
    let next = 0;
    const worker = async () => {
        while (next < digests.length && !deadlineHit) {
            if (opts.maxWrites !== undefined && reserved >= opts.maxWrites)
                return;
            const digest = digests[next++];
            try {
                await deps.registry.resolve({ ...image, digest });
            }
            catch (err) {
                if (isDeadline(err)) {
                    deadlineHit = true;
                    return;
                }
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP && err.code === "MANIFEST_UNKNOWN") {
                    setAll(digest, { status: "skipped", reason: `MANIFEST_UNKNOWN: ${image.name}@${digest} is not in the registry any more` });
                    continue;
                }
                setAll(digest, { status: "failed", reason: `${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.code : "ERROR"}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}` });
                continue;
            }
            // Checked again after the await: another worker may have taken the last slot meanwhile (this digest stays STOPPED).
            if (opts.maxWrites !== undefined && reserved >= opts.maxWrites)
                return;
            reserved++;
            let written = false;
            try {
                const r = await (0,_cosign_attach_js__WEBPACK_IMPORTED_MODULE_2__/* .attachCosignSignature */ .l)({ registry: deps.registry, signer: deps.signer, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}) }, { image, digest, ...(opts.dryRun ? { dryRun: true } : {}) });
                written = r.status === "written";
                setAll(digest, { status: written ? "signed" : r.status === "present" ? "already-signed" : "would-sign", signature: r.reference });
            }
            catch (err) {
                if (isDeadline(err))
                    deadlineHit = true;
                else
                    setAll(digest, { status: "failed", reason: `${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru ? err.code : "ERROR"}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err)}` });
            }
            finally {
                if (!written)
                    reserved--;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, Math.max(1, digests.length)) }, worker));
    if (deadlineHit)
        deps.onWarning?.(`${image.name}: the run's deadline passed with ${done} of ${digests.length} digests done; the rest are STOPPED, run again to resume`);
    const stopped = deadlineHit ? "STOPPED: the run's deadline passed before this digest was done; run again to resume" : "STOPPED: the run ended before this digest";
    const list = tags.map((t) => {
        const row = rows.get(t);
        return row.status === "skipped" && !row.reason ? { ...row, reason: stopped } : row;
    });
    const counts = { "already-signed": 0, signed: 0, "would-sign": 0, skipped: 0, failed: 0 };
    for (const r of list)
        counts[r.status]++;
    return { gun: set.gun, rows: list, counts, digests: digests.length, trustedRoot: set.root.bytes, versions: set.versions() };
}


/***/ }),

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runMigrate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);
/* harmony import */ var _signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9311);
/* harmony import */ var _signers_public_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2060);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(670);
/* harmony import */ var _first_use_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9422);
/* harmony import */ var _handover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(427);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2463);
/* harmony import */ var _run_sign_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5122);
/* harmony import */ var _trust_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8664);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3395);
/**
 * The migrate job as both entry points run it: key (file or AWS KMS) and connection from a typed
 * configuration, trust anchored as verify anchors it (stored root, pins), then migrate.ts.
 */











async function runMigrate(config, hooks = {}) {
    const image = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(config.repository);
    if (config.signerKey && config.awsKmsKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_10__/* .setting */ .Pe)("signer-key")} and ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_10__/* .setting */ .Pe)("aws-kms-key")} are both set`, { hint: "give one signing key: a key file or an AWS KMS key" });
    let kms;
    if (config.awsKmsKey)
        kms = await (0,_signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .createKmsSigner */ .EH)({ keyId: config.awsKmsKey, region: config.awsRegion, ...(0,_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .kmsProxyOptions */ .o7)(config.proxy), ...hooks.kms });
    const { signer } = kms ? { signer: kms } : await (0,_run_sign_js__WEBPACK_IMPORTED_MODULE_8__/* .loadSigner */ .vu)(config);
    const store = config.trustDir ? new _trust_store_js__WEBPACK_IMPORTED_MODULE_9__/* .TrustStore */ .O(config.trustDir) : undefined;
    const anchor = (await store?.load(image.name)) ?? {};
    if (config.rootKeyIds?.length)
        anchor.pinnedRootKeyIds = config.rootKeyIds;
    const conn = (0,_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connect */ .Ng)(image, config);
    try {
        const result = await (0,_migrate_js__WEBPACK_IMPORTED_MODULE_7__/* .migrate */ ._)({ notary: conn.notary, registry: conn.registry, signer, ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}), ...(hooks.warn ? { onWarning: hooks.warn } : {}) }, {
            image,
            anchor,
            ...(config.signers?.length ? { signers: config.signers } : {}),
            ...(config.dryRun ? { dryRun: true } : {}),
            ...(config.concurrency ? { concurrency: config.concurrency } : {}),
            ...(config.maxWrites !== undefined ? { maxWrites: config.maxWrites } : {}),
            firstUse: (0,_first_use_js__WEBPACK_IMPORTED_MODULE_5__/* .firstUseCheck */ .I)({ gun: image.name, requireRootPin: config.requireRootPin ?? false, ...(config.pinNames ? { pinNames: config.pinNames } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) }),
        });
        if (store)
            await store.save(image.name, result.trustedRoot, result.versions);
        return { ...result, verifiers: (0,_handover_js__WEBPACK_IMPORTED_MODULE_6__/* .verifierConfigs */ .G)((0,_signers_public_key_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyPem */ .rY)(signer.publicKey), image.name), keyDescription: signer.description };
    }
    finally {
        conn.close();
        kms?.close();
    }
}


/***/ }),

/***/ 1324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ ACCESS_CODES),
/* harmony export */   E5: () => (/* binding */ UNREACHABLE_CODES),
/* harmony export */   cd: () => (/* binding */ checkImage),
/* harmony export */   fe: () => (/* binding */ classifyError)
/* harmony export */ });
/* unused harmony export signersOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3395);
/* harmony import */ var _tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5661);
/**
 * The verdict for one image against trust data we loaded and verified, and the reason code for a
 * repository that could not be loaded. Docker's rules (docs/notary-protocol.md §7): a tag is trusted only when
 * released, in `targets/releases` (first) or `targets`; its signers are the other roles holding the
 * same tag with the same digest. A delegation that failed verification was skipped by loadTrust (as
 * Docker skips it); when the answer depends on it, the reason is that failure, not "not signed".
 */




const UNREACHABLE_CODES = new Set([
    "UNREACHABLE", "TIMEOUT", "CONNECTION_RESET", "SERVER_UNAVAILABLE", "TOO_MANY_REDIRECTS", "BAD_REDIRECT", "ABORTED",
    "TLS", "TLS_UNKNOWN_CA", "TLS_WRONG_CA", "TLS_HOSTNAME", "TLS_CERT_EXPIRED", "PLAIN_HTTP", "REGISTRY_PLAIN_HTTP", "PROXY_AUTH", "PROXY_REFUSED",
]);
const ACCESS_CODES = new Set(["UNAUTHORIZED", "FORBIDDEN", "PULL_DENIED", "PUSH_DENIED", "TOKEN_ERROR", "BAD_CHALLENGE", "CREDENTIAL_HELPER"]);
/** Checks one reference (tag, tag@digest or @digest) against the loaded repository. */
function checkImage(set, ref, requiredSigners) {
    const subject = ref.tag ? `${set.gun}:${ref.tag}` : `${set.gun}@${ref.digest}`;
    const broken = (roles) => {
        for (const role of roles) {
            const skipped = set.targets.has(role) ? undefined : set.skipped.get(role);
            if (!skipped)
                continue;
            const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(skipped);
            if (skipped.code === "SIGNERS_REMOVED") {
                return { reason: "SIGNERS_REMOVED", message: `${subject}: ${detail}`, signers: [] };
            }
            return skipped instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpiredError */ .Ci
                ? { reason: "EXPIRED", message: `${subject}: ${detail}, so it is not trusted; its signer must sign it again to renew it`, signers: [] }
                : { reason: "TAMPERED", message: `${subject}: ${role} failed verification (${detail}); the trust data was altered on the server or on the way`, signers: [] };
        }
        return undefined;
    };
    let candidates;
    if (ref.tag) {
        const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .releasedTarget */ .Ty)(set, ref.tag);
        if (!released)
            return broken([_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH]) ?? notSigned(set, subject, (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, ref.tag).map((e) => e.role));
        if (!released.digest) {
            // Go accepts a sha512-only entry (notary addhash --sha512); docker lists it with an empty
            // digest and cannot pull it by digest. It is not tampering, and it cannot be verified.
            return {
                reason: "NO_SHA256",
                message: `${subject} is released in ${released.role} with no sha256 digest (hashes: ${[...released.meta.hashes.keys()].join(", ") || "none"}), so it cannot be pulled or verified by digest; sign it again with ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)} or docker trust sign`,
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
        const hex = ref.digest.slice("sha256:".length);
        candidates = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signedTags */ .m_)(set)
            .filter((t) => t.digest === hex)
            .map((t) => ({ tag: t.tag, hex }));
        if (candidates.length === 0) {
            const elsewhere = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set).filter((e) => e.digest === hex && !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(e.role));
            return broken([_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH]) ?? notSigned(set, subject, elsewhere.map((e) => `${e.role} (as ${e.tag})`), true);
        }
    }
    const missing = (c) => requiredSigners.map(roleOf).filter((role) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, c.tag).some((e) => e.role === role && e.digest === c.hex));
    const chosen = candidates.find((c) => missing(c).length === 0);
    if (!chosen) {
        const c = candidates[0];
        const role = missing(c)[0];
        return {
            ...(broken([role]) ?? { reason: "SIGNER_MISSING", message: signerMissing(set, c, role, subject), signers: [] }),
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
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServerError */ .gP) {
        if (err.code === "NOT_INITIALISED") {
            return { reason: "NO_TRUST_DATA", message: `${err.message}: the repository has no Docker Content Trust data; sign it, or list it in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("allow-unsigned")}` };
        }
        if (err.code === "RESPONSE_TOO_LARGE")
            return { reason: "TAMPERED", message: `${message}; the server sent more than the signed length` };
        if (ACCESS_CODES.has(err.code))
            return { reason: "ACCESS_DENIED", message };
        if (UNREACHABLE_CODES.has(err.code) || (err.status ?? 0) >= 500) {
            return { reason: "UNREACHABLE", message: err.hint ? message : `${message}; check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-server")} (or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("notary-servers")}) and that the server is up` };
        }
        return { reason: "ERROR", message };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk) {
        if (err.code === "EXPIRED")
            return { reason: "EXPIRED", message: err.hint ? message : `${message}; the repository's trust data is stale (a frozen server, or a role nobody renewed)` };
        const aboutRoot = err.code === "ROOT_TRUST" || err.code === "ROOT_CHANGED" || (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RollbackError */ .ZS && err.role === "root");
        if (aboutRoot && (anchor.stored || anchor.pinned)) {
            const hint = err.hint
                ? ""
                : anchor.stored
                    ? `; it does not match the root trusted in an earlier run; ${(0,_tuf_trusted_set_js__WEBPACK_IMPORTED_MODULE_2__/* .rootRecovery */ .EM)(gun)}`
                    : `; check ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)("root-key-id")} against the Root Key that docker trust inspect shows`;
            return { reason: "ROOT_CHANGED", message: message + hint };
        }
        return { reason: "TAMPERED", message: err.hint ? message : `${message}; the trust data was altered on the server or on the way` };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && ACCESS_CODES.has(err.code))
        return { reason: "ACCESS_DENIED", message };
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru && err.code === "ROOT_NOT_PINNED")
        return { reason: "ROOT_NOT_PINNED", message };
    return { reason: "ERROR", message };
}
/** Docker's signer names for a released (tag, digest); "Repo Admin" when only released roles hold it. */
function signersOf(set, tag, hex) {
    const names = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, tag)
        .filter((e) => e.digest === hex && !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(e.role))
        .map((e) => (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex)(e.role));
    const unique = [...new Set(names)];
    return unique.length ? unique : [_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .REPO_ADMIN */ .jz];
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
            message: `${subject} is signed only in ${onlyIn.join(", ")}, which docker pull does not trust; release it with \`docker trust sign\` (targets/releases)`,
            signers: [],
            onlyIn,
        };
    }
    const tags = [...new Set((0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signedTags */ .m_)(set).map((t) => t.tag))].sort(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .naturalCompare */ .p0);
    const shown = tags.length ? `signed tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""}` : "no tag is signed";
    return {
        reason: "TAG_NOT_SIGNED",
        message: byDigest ? `${subject}: no released tag of ${set.gun} is signed to this digest (${shown})` : `${subject} is not signed (${shown}); sign it with \`docker trust sign\` or ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .step */ .PM)("sign", subject)}`,
        signers: [],
    };
}
function signerMissing(set, c, role, subject) {
    const name = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex)(role);
    if (!set.delegations.has(role)) {
        const known = [...set.delegations.keys()].filter((r) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(r)).map(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerName */ .Ex);
        return `${subject}: required signer ${name} is not a signer of ${set.gun} (signers: ${known.join(", ") || "none"})`;
    }
    const other = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .allTargets */ .eN)(set, c.tag).find((e) => e.role === role);
    if (other)
        return `${subject}: required signer ${name} signed ${c.tag} as sha256:${other.digest}, not the released sha256:${c.hex}`;
    return `${subject}: required signer ${name} has not signed ${c.tag} (sha256:${c.hex})`;
}


/***/ })

};
