export const id = 910;
export const ids = [910];
export const modules = {

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ migrateTable),
/* harmony export */   HC: () => (/* binding */ formatMigrateCounts),
/* harmony export */   Ri: () => (/* binding */ migratePace),
/* harmony export */   Vl: () => (/* binding */ migrateProgressLine),
/* harmony export */   p1: () => (/* binding */ formatVerifierConfigs),
/* harmony export */   py: () => (/* binding */ MIGRATE_STATUS_LABELS)
/* harmony export */ });
/* unused harmony export MIGRATE_SUMMARY_ROWS */
/** What each status is called in progress lines and tables. */
const MIGRATE_STATUS_LABELS = {
    "already-signed": "already signed",
    signed: "signed now",
    "would-sign": "would sign",
    skipped: "skipped",
    stopped: "not reached",
    failed: "failed",
};
/**
 * `3 signed now, 1 already signed, 2 skipped, 0 failed` (with "N would sign" on a dry run, and
 * "N not reached (run again)" when the run stopped early).
 */
function formatMigrateCounts(c) {
    const wouldSign = c["would-sign"] ? `${c["would-sign"]} would sign, ` : "";
    const stopped = c.stopped ? `, ${c.stopped} not reached (run again)` : "";
    return `${c.signed} signed now, ${c["already-signed"]} already signed, ${wouldSign}${c.skipped} skipped, ${c.failed} failed${stopped}`;
}
/** In a log of one line per digest, every this many lines carries the pace (migratePace). */
const PACE_EVERY = 50;
/**
 * One digest's line in a log of one line per digest: `[done/total] <digest> (tags…): status
 * (reason)`, and the pace on every PACE_EVERY-th line. `text` makes a tag or a reason safe to print.
 */
function migrateProgressLine(p, digest, text) {
    const tags = `${p.tags.slice(0, 3).join(", ")}${p.tags.length > 3 ? ", …" : ""}`;
    const reason = p.reason ? ` (${text(p.reason)})` : "";
    const pace = p.done % PACE_EVERY === 0 ? migratePace(p) : "";
    return `[${p.done}/${p.total}] ${digest} (${text(tags)}): ${MIGRATE_STATUS_LABELS[p.status]}${reason}${pace}`;
}
/**
 * ` · 12 digests/s, about 4 min left` for a progress line of a run that has been going a while;
 * empty before the rate means anything (a few digests or seconds in) and at the end.
 */
function migratePace(p) {
    if (p.done < 5 || p.elapsedMs < 2_000 || p.done >= p.total)
        return "";
    const perSecond = p.done / (p.elapsedMs / 1000);
    const rate = perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
    const leftS = Math.ceil((p.total - p.done) / perSecond);
    const left = leftS < 90 ? `${leftS} s` : `${Math.round(leftS / 60)} min`;
    return ` · ${rate} digests/s, about ${left} left`;
}
/** The public key and each verifier's configuration, under a heading a person can scan for. */
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
/**
 * Rows of a summary's table at most (a repository may hold thousands of tags, and GitHub drops a
 * step summary over 1 MiB): failures first, then tags not reached; the `result` output has every one.
 */
const MIGRATE_SUMMARY_ROWS = 300;
const FIRST = { failed: 0, stopped: 1 };
/** The summary's table of tags, `cell` escaping text for a cell; a last line counts what it leaves out. */
function migrateTable(rows, cell) {
    // Array sort is stable: the rest stay in the order migrated.
    const ordered = [...rows].sort((a, b) => (FIRST[a.status] ?? 2) - (FIRST[b.status] ?? 2));
    const shown = ordered.slice(0, MIGRATE_SUMMARY_ROWS);
    const rest = ordered.slice(shown.length);
    const lines = [
        "| Tag | Digest | Cosign signature | Why |",
        "| --- | --- | --- | --- |",
        ...shown.map((x) => `| ${cell(x.tag)} | ${x.digest ? `\`${x.digest}\`` : ""} | ${MIGRATE_STATUS_LABELS[x.status]} | ${cell(x.reason ?? "")} |`),
    ];
    if (rest.length > 0) {
        const counts = new Map();
        for (const x of rest)
            counts.set(x.status, (counts.get(x.status) ?? 0) + 1);
        const what = [...counts].map(([status, n]) => `${n} ${MIGRATE_STATUS_LABELS[status]}`).join(", ");
        lines.push("", `${rest.length} more tags not shown (${what}): the result output lists every tag.`);
    }
    return lines;
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

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachCosignSignature: () => (/* binding */ attachCosignSignature),
  attachedLine: () => (/* binding */ attachedLine)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cosign/manifest.ts
var manifest = __webpack_require__(8798);
// EXTERNAL MODULE: ./src/cosign/payload.ts
var cosign_payload = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/registry/writes.ts
var registry_writes = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/cosign/signature.ts
var cosign_signature = __webpack_require__(5477);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
;// CONCATENATED MODULE: ./src/signers/cosign-signing.ts
/**
 * A Notary signer signing a cosign payload with the same key, in the scheme cosign verifies
 * (../cosign/signature.ts): ECDSA signatures turned from Notary's raw r‖s into DER, Ed25519 as is,
 * RSA through the signer's PKCS#1 v1.5 method. The result is checked against the public key.
 */



/** The base64 signature for the `dev.cosignproject.cosign/signature` annotation. */
async function signCosignPayload(signer, payload) {
    let signature;
    switch (signer.method) {
        case "ecdsa":
            signature = (0,cosign_signature/* ecdsaRawToDer */.Pb)(await signer.sign(payload));
            break;
        case "eddsa":
            signature = await signer.sign(payload);
            break;
        case "rsapss":
        case "rsapkcs1v15":
            if (!signer.signRsaPkcs1v15)
                throw new errors/* UsageError */.eb(`${signer.description} cannot make the RSASSA-PKCS1-v1_5 signatures cosign verifies`);
            signature = await signer.signRsaPkcs1v15(payload);
            break;
        default:
            throw new errors/* UsageError */.eb(`${signer.description} signs with ${String(signer.method)}, which cosign does not verify`);
    }
    const base64 = Buffer.from(signature).toString("base64");
    const key = (0,keys/* keyObjectOf */._z)(signer.publicKey);
    if (!key || !(0,cosign_signature/* verifyCosignSignature */.Vf)(key, payload, base64)) {
        throw new errors/* UsageError */.eb(`${signer.description} made a cosign signature that does not verify with its own public key`);
    }
    return base64;
}

// EXTERNAL MODULE: ./src/workflows/cosign-read.ts + 1 modules
var cosign_read = __webpack_require__(4899);
;// CONCATENATED MODULE: ./src/workflows/cosign-attach.ts
/**
 * Attach a cosign signature by our key to one image digest, as cosign stores it: append a layer to
 * the OCI manifest tagged `sha256-<hex>.sig` in the image's repository, keeping every layer there.
 *
 * A registry without conditional PUT cannot refuse a stale write, so a lost update is detected
 * instead of prevented: just before the PUT the tag is re-read (another writer since our read:
 * start again from theirs); after the PUT it is read back, and once more after a short settle
 * delay, and our signature must be there and verify. If another writer's PUT replaced ours, we
 * append again on top of theirs; both writers follow the same loop, so both signatures end up
 * stored. Bounded: at most `maxAttempts` rounds.
 */







const MAX_CONFIG_BYTES = 64 * 1024;
/** The progress line of a sign's cosign signature: written, or found already there. */
function attachedLine(r) {
    return r.status === "written"
        ? `Wrote cosign signature ${r.reference} (${r.signatures} signature(s) there now)`
        : `Cosign signature by this key already at ${r.reference}`;
}
async function attachCosignSignature(deps, opts) {
    const { registry, signer } = deps;
    const { sleep, random, log } = deps.runtime;
    const key = (0,keys/* keyObjectOf */._z)(signer.publicKey);
    if (!key)
        throw new errors/* UsageError */.eb(`${signer.description} has no public key cosign can verify with`);
    const maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
    const settleMs = opts.settleMs ?? 300;
    const image = opts.image;
    const writes = { sleep, random };
    const result = (state, status, attempts, payloadDigest) => ({
        reference: `${image.name}:${state.tag}`,
        tag: state.tag,
        digest: opts.digest,
        manifestDigest: state.served?.digest,
        payloadDigest: payloadDigest ?? state.parsed?.layers[state.verdicts?.find((v) => v.ok)?.index ?? -1]?.descriptor.digest,
        signatures: state.parsed?.layers.length ?? 0,
        status,
        attempts,
    });
    const first = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
    if (first.verdict.ok)
        return result(first, "present", 0);
    if (opts.dryRun)
        return result(first, "would-write", 0);
    let state = first;
    const payload = (0,cosign_payload/* simpleSigningPayload */.Kq)((0,cosign_read/* cosignDockerReference */.zO)(image), opts.digest);
    const signature = await signCosignPayload(signer, payload);
    const layer = (0,manifest/* signatureLayer */.MU)(payload, signature);
    await (0,registry_writes/* pushBlob */.Ee)(registry, image, payload, writes);
    const ours = (s) => s.verdicts.some((v) => v.ok &&
        s.parsed?.layers[v.index]?.descriptor.digest === layer.digest &&
        s.parsed.layers[v.index]?.signature === signature);
    // After our PUT the manifest alone tells whether our layer is there: its payload is the blob we
    // pushed (named by its digest) and its signature is the one we made; nothing else is re-read.
    const holdsOurs = (s) => s.parsed?.layers.some((l) => l.descriptor.digest === layer.digest && l.signature === signature) ?? false;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const baseConfig = state.parsed?.config
            ? await (0,registry_writes/* getBlob */.qW)(registry, image, state.parsed.config.digest, MAX_CONFIG_BYTES).catch(() => undefined)
            : undefined;
        let built;
        try {
            built = (0,manifest/* appendSignature */.NU)(state.parsed, baseConfig, layer);
        }
        catch (err) {
            if (!(err instanceof manifest/* ManifestFormatError */.RV))
                throw err;
            throw new errors/* TrustError */.Ru("COSIGN_MANIFEST_FULL", `${image.name}:${state.tag} cannot take another signature: ${err.message}`, {
                cause: err,
                hint: "remove old signatures from the signature image, then sign again",
            });
        }
        await (0,registry_writes/* pushBlob */.Ee)(registry, image, built.config, writes);
        // Narrow the window: if the tag moved since our read, rebase on what is there now. Only the
        // manifest is read for this; its payloads only when it did move.
        const current = await (0,registry_writes/* manifestIfPresent */.eB)(registry, image, state.tag);
        if (current?.digest !== state.served?.digest) {
            log(`${image.name}:${state.tag} changed while signing; appending to the new manifest`);
            const changed = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
            if (ours(changed) || changed.verdict.ok)
                return result(changed, "present", attempt);
            state = changed;
            continue;
        }
        await (0,registry_writes/* putManifest */.RV)(registry, image, state.tag, built.manifest, built.mediaType, writes);
        state = await (0,cosign_read/* readSignatureManifest */.MD)(registry, image, opts.digest);
        if (holdsOurs(state)) {
            opts.onSettling?.();
            await sleep(Math.round(settleMs / 2 + (random() * settleMs) / 2));
            state = await (0,cosign_read/* readSignatureManifest */.MD)(registry, image, opts.digest);
            if (holdsOurs(state))
                return result(state, "written", attempt, layer.digest);
        }
        // Replaced: by a writer with this key too (another run of the same migration), whose signature
        // then stands for ours, or by another signer's, onto which ours is appended again.
        const replaced = await (0,cosign_read/* readSignatures */.yz)(registry, image, opts.digest, key);
        if (replaced.verdict.ok)
            return result(replaced, "present", attempt);
        state = replaced;
        log(`another writer replaced ${image.name}:${state.tag} at the same moment; appending again (attempt ${attempt + 1} of ${maxAttempts})`);
        await sleep(Math.round(50 + random() * 200 * attempt));
    }
    throw new errors/* TrustError */.Ru("COSIGN_WRITE_LOST", `our cosign signature on ${image.name}:${state.tag} was replaced by other writers ${maxAttempts} times`, {
        hint: "other signers write this digest at the same time; run again",
    });
}


/***/ }),

/***/ 4968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ runMigrate)
});

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/workflows/compose.ts
var compose = __webpack_require__(6578);
// EXTERNAL MODULE: ./src/workflows/first-use.ts
var first_use = __webpack_require__(9422);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/sha256.ts
var sha256 = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/workflows/cosign-read.ts + 1 modules
var cosign_read = __webpack_require__(4899);
;// CONCATENATED MODULE: ./src/workflows/handover.ts
/**
 * The verifier configurations users paste once their images carry cosign signatures by their
 * Notary key: `cosign verify`, a Kyverno ClusterPolicy (verifyImages with publicKeys), a sigstore
 * policy-controller ClusterImagePolicy and a Connaisseur validator. Keys without a transparency
 * log entry: each one is told not to require Rekor. Pure text.
 */




/** `image` is a repository name (`registry.example/app`); `pattern` the glob policies match. */
function verifierConfigs(publicKeyPem, image) {
    const pem = (0,external_node_crypto_.createPublicKey)(publicKeyPem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, ""))
        .export({ type: "spki", format: "pem" })
        .toString();
    const indented = (n) => pem
        .trimEnd()
        .split("\n")
        .map((l) => `${" ".repeat(n)}${l}`)
        .join("\n");
    // Tags and digests of this repository only: `repo*` also matched repo-worker and repo2.
    const patterns = (repo) => [`${repo}:*`, `${repo}@*`];
    // policy-controller matches the name go-containerregistry gives Docker Hub images, as cosign writes it.
    const policyControllerImage = (0,cosign_read/* cosignDockerReference */.zO)((0,reference/* parseReference */.F2)(image));
    const name = resourceName(image);
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
            ...patterns(image).map((p) => `            - "${p}"`),
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
            ...patterns(policyControllerImage).map((p) => `    - glob: "${p}"`),
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
            ...patterns(image).flatMap((p) => [
                `    - pattern: "${p}"`,
                `      validator: ${name}`,
                "      with:",
                "        trustRoot: default",
                "        verifyInTransparencyLog: false",
            ]),
            "",
        ].join("\n"),
    };
}
/**
 * A Kubernetes-safe name for the repository's policies (lower-case letters, digits and dashes, at
 * most 50 characters): its whole path, readable, and a hash of it, so that two repositories never
 * share one (team-a/app and team-b/app, my_app and my-app, app-worker and app/worker).
 */
function resourceName(image) {
    const name = image
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    const hash = (0,sha256/* sha256Hex */.f)(Buffer.from(image)).slice(0, 8);
    return `${name.slice(0, 41).replace(/-+$/, "") || "images"}-${hash}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/tuf/signer.ts
var tuf_signer = __webpack_require__(2581);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/workflows/cosign-attach.ts + 1 modules
var cosign_attach = __webpack_require__(2734);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts + 2 modules
var load_trust = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/workflows/verify-check.ts
var verify_check = __webpack_require__(1324);
;// CONCATENATED MODULE: ./src/workflows/migrate.ts
/**
 * Migrate (backfill): for every tag released in Notary whose trust verifies as `verify` checks it
 * (verify-check.ts, the same rules), make sure a cosign signature by our key exists for its digest
 * (cosign-attach.ts). Each digest is signed once however many tags name it; nothing is written for
 * a tag whose Notary trust does not verify, nor for a digest the registry no longer has.
 * Idempotent and so resumable: a digest that already carries a valid signature by this key is
 * left alone, so a second run (or a run after one stopped half-way) writes only what is missing.
 * Digests are handled `concurrency` at a time; each one reports progress. A signature the key
 * refuses (a KMS key whose policy allows reading it but not kms:Sign, a key disabled half-way)
 * would be refused for every digest: the run then starts no more, and reports those not started as
 * STOPPED, to resume once the key signs.
 */









async function migrate(deps, opts) {
    const { now } = deps.runtime;
    const image = {
        registry: opts.image.registry,
        apiHost: opts.image.apiHost,
        repository: opts.image.repository,
        name: opts.image.name,
    };
    const loaded = await (0,load_trust/* loadTrust */.V)(deps.notary, {
        ...(opts.anchor ?? {}),
        now: now(),
        hints: ["targets/releases"],
        onWarning: deps.runtime.warn,
        ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
    });
    const { set } = loaded;
    // A key that signs nothing in the repository (a wrong secret) would vouch with cosign for every
    // tag, and its signatures would stay on each digest: refused before anything is written.
    const keyId = (0,keys/* canonicalKeyIdOf */.Sy)(deps.signer.publicKey);
    if (!(0,docker/* keySignsIn */.nd)(set, keyId))
        throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${deps.signer.description} (key ${(0,keys/* shortId */.m_)(keyId)}) is neither the targets key of ${set.gun} nor a key of any of its signers (a wrong key or secret): the repository does not trust it, so its cosign signatures must not vouch for its tags; nothing was written`, { hint: `give the key of a signer of the repository (${(0,wording/* step */.PM)("inspect", set.gun)} lists their key IDs)` });
    const tags = [...new Set((0,docker/* allTargets */.eN)(set).map((e) => e.tag))].sort(docker/* naturalCompare */.p0);
    // A run that finds nothing succeeds, and prints verifier policies: a repository name with a typo
    // on a server that answers for it must not look like a finished migration.
    if (tags.length === 0)
        deps.runtime.warn(`${image.name}: no tag is signed in Notary, so no cosign signature was written; check the repository name and the Notary server`);
    const rows = new Map();
    const byDigest = new Map();
    for (const tag of tags) {
        const verdict = (0,verify_check/* checkImage */.c)(loaded, { ...image, tag }, opts.signers ?? []);
        if (verdict.reason !== "OK" || !verdict.digest) {
            rows.set(tag, {
                tag,
                digest: verdict.digest ?? "",
                status: "skipped",
                reason: `${verdict.reason}: ${verdict.message}`,
            });
            continue;
        }
        rows.set(tag, { tag, digest: verdict.digest, status: "stopped" });
        byDigest.set(verdict.digest, [...(byDigest.get(verdict.digest) ?? []), tag]);
    }
    const digests = [...byDigest.keys()];
    const started = now();
    let done = 0;
    // Signatures written or being written: a slot is taken before an attach starts, so concurrent
    // workers never write more than maxWrites, and given back when nothing was written.
    let reserved = 0;
    // Set when the run's deadline passes: no further digest is started, those left are STOPPED.
    let deadlineHit = false;
    // Tags the registry now points elsewhere (a `latest` pushed again without a signature): Notary
    // still resolves them to the signed digest, a cosign check to the registry's.
    const moved = new Map();
    const setAll = (digest, row) => {
        for (const tag of byDigest.get(digest)) {
            const now = moved.get(tag);
            rows.set(tag, { tag, digest, ...row, ...(now !== undefined ? { registryDigest: now } : {}) });
        }
        // Counted whether or not anyone listens: `?.` would skip the increment with the call.
        done++;
        deps.onProgress?.({
            done,
            total: digests.length,
            elapsedMs: now() - started,
            digest,
            tags: byDigest.get(digest),
            status: row.status,
            ...(row.reason ? { reason: row.reason } : {}),
        });
    };
    const isDeadline = (err) => err instanceof errors/* ServerError */.gP && err.code === "DEADLINE_EXCEEDED";
    // Set when the key refuses to sign: the key's own answer (access denied, disabled, credentials,
    // KMS out of reach after its retries) is the same for every digest, where a registry's is about
    // one. No further digest is started, those left are STOPPED, and a digest whose reads were under
    // way does not ask the key again. A signature cut short by the run's deadline is the deadline's.
    let keyFailure;
    const signer = (0,tuf_signer/* signingThrough */.r)(deps.signer, async (sign) => {
        if (keyFailure !== undefined)
            throw new NotAsked("the key refused another signature");
        try {
            return await sign();
        }
        catch (err) {
            if (!isDeadline(err))
                keyFailure ??= err;
            throw err;
        }
    });
    const limit = Math.min(16, Math.max(1, opts.concurrency ?? 4));
    let next = 0;
    // Signatures written and waiting out their settle delay (cosign-attach.ts): a worker starts the
    // next digest meanwhile, which a history of thousands of digests would otherwise spend asleep.
    const settling = [];
    const worker = async () => {
        while (next < digests.length && !deadlineHit && keyFailure === undefined) {
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
                if (err instanceof errors/* ServerError */.gP && err.code === "MANIFEST_UNKNOWN") {
                    setAll(digest, {
                        status: "skipped",
                        reason: `MANIFEST_UNKNOWN: ${image.name}@${digest} is not in the registry any more`,
                    });
                    continue;
                }
                setAll(digest, { status: "failed", reason: `${codeOf(err)}: ${(0,errors/* describeError */.Uc)(err)}` });
                continue;
            }
            await Promise.all(byDigest.get(digest).map(async (tag) => {
                const now = await deps.registry.resolve({ ...image, tag }).then((m) => m.digest, 
                // A tag gone from the registry finds no image, signed or not; any other failure leaves
                // the question open (the signing below meets it again if it lasts).
                () => digest);
                if (now !== digest)
                    moved.set(tag, now);
            }));
            // Checked again after the await: another worker may have taken the last slot, or met the key's
            // refusal, meanwhile (this digest stays STOPPED).
            if (opts.maxWrites !== undefined && reserved >= opts.maxWrites)
                return;
            if (keyFailure !== undefined)
                return;
            reserved++;
            let free;
            const freed = new Promise((resolve) => (free = resolve));
            const attached = (async () => {
                let written = false;
                try {
                    const r = await (0,cosign_attach.attachCosignSignature)({ registry: deps.registry, signer, runtime: { ...deps.runtime, log: () => { } } }, { image, digest, onSettling: free, ...(opts.dryRun ? { dryRun: true } : {}) });
                    written = r.status === "written";
                    setAll(digest, {
                        status: written ? "signed" : r.status === "present" ? "already-signed" : "would-sign",
                        signature: r.reference,
                    });
                }
                catch (err) {
                    if (isDeadline(err))
                        deadlineHit = true;
                    // Not asked of the key, which had refused another digest meanwhile: this one stays STOPPED.
                    else if (!(err instanceof NotAsked))
                        setAll(digest, { status: "failed", reason: `${codeOf(err)}: ${(0,errors/* describeError */.Uc)(err)}` });
                }
                finally {
                    if (!written)
                        reserved--;
                    free();
                }
            })();
            settling.push(attached);
            await freed;
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, Math.max(1, digests.length)) }, worker));
    await Promise.all(settling);
    const left = digests.length - done;
    if (keyFailure !== undefined && left > 0)
        deps.runtime.warn(`${image.name}: ${deps.signer.description} refused to sign (${codeOf(keyFailure)}), so no further digest was started; ${left} of ${digests.length} digests are STOPPED, run again once it signs`);
    else if (deadlineHit)
        deps.runtime.warn(`${image.name}: the run's deadline passed with ${done} of ${digests.length} digests done; the rest are STOPPED, run again to resume`);
    else if (left > 0)
        deps.runtime.warn(`${image.name}: stopped after ${reserved} signature(s) written, the most this run may write; ${left} of ${digests.length} digests are STOPPED, run again to resume`);
    if (moved.size > 0) {
        const shown = [...moved].map(([tag, now]) => `${tag} (signed ${rows.get(tag).digest.slice(0, 19)}…, now ${now.slice(0, 19)}…)`);
        deps.runtime.warn(`${image.name}: ${moved.size} tag(s) name another digest in the registry than the one Notary signed: ${(0,src_text/* listed */.KE)(shown, 5)}; a cosign check of such a tag reads the registry's digest, which this run did not sign: sign it (${(0,wording/* step */.PM)("sign", image.name)} with cosign signatures), or point the tag at the signed digest again`);
    }
    const stopped = keyFailure !== undefined
        ? `STOPPED: the key refused to sign another digest (${codeOf(keyFailure)}) before this one; run again once it signs`
        : deadlineHit
            ? "STOPPED: the run's deadline passed before this digest was done; run again to resume"
            : "STOPPED: the run wrote as many signatures as it may before this digest; run again to resume";
    const list = tags.map((t) => {
        const row = rows.get(t);
        return row.status === "stopped" ? { ...row, reason: stopped } : row;
    });
    const counts = {
        "already-signed": 0,
        signed: 0,
        "would-sign": 0,
        skipped: 0,
        stopped: 0,
        failed: 0,
    };
    for (const r of list)
        counts[r.status]++;
    return {
        gun: set.gun,
        rows: list,
        counts,
        digests: digests.length,
        trustedRoot: set.root.bytes,
        versions: set.versions(),
    };
}
function codeOf(err) {
    return err instanceof errors/* TrustError */.Ru ? err.code : "ERROR";
}
/** A signature not asked of the key, because it had refused one before. */
class NotAsked extends Error {
}

;// CONCATENATED MODULE: ./src/workflows/run-migrate.ts
/**
 * The migrate job as both entry points run it: key (file or AWS KMS) and connection from a typed
 * configuration, trust anchored as verify anchors it (stored root, pins), then migrate.ts.
 */






async function runMigrate(config, hooks = {}) {
    // A repository: every signed tag of it is copied, so a tag or digest given would be ignored.
    const image = (0,reference/* parseRepository */.SU)(config.repository);
    return (0,compose/* withRun */.Yq)(image, config, hooks, async (run) => {
        const signer = run.signers[0];
        const result = await migrate({
            notary: run.connection.notary,
            registry: run.connection.registry,
            signer,
            runtime: run.runtime,
            ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
        }, {
            image,
            anchor: run.anchor,
            ...(config.signers?.length ? { signers: config.signers } : {}),
            ...(config.dryRun ? { dryRun: true } : {}),
            ...(config.concurrency ? { concurrency: config.concurrency } : {}),
            ...(config.maxWrites !== undefined ? { maxWrites: config.maxWrites } : {}),
            firstUse: (0,first_use/* firstUseCheck */.I)({
                gun: image.name,
                requireRootPin: config.requireRootPin ?? false,
                ...(config.pinNames ? { pinNames: config.pinNames } : {}),
                warn: run.runtime.warn,
            }),
        });
        await run.save({ root: result.trustedRoot, versions: result.versions });
        return {
            ...result,
            verifiers: verifierConfigs((0,public_key/* publicKeyPem */.rY)(signer.publicKey), image.name),
            keyDescription: signer.description,
        };
    }, { requireKey: true, use: "migrate" });
}


/***/ })

};
