export const id = 911;
export const ids = [911];
export const modules = {

/***/ 1238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ signToEnvelope),
/* harmony export */   Y: () => (/* binding */ signEnvelope)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1111);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9130);
/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader.
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
    if (!GO_EXPIRES.test(signed.expires)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`expires ${signed.expires} is not in Go's UTC form`);
    }
    (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoTime */ .bi)(signed.expires);
    const canonical = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalSigned */ .rf)(signed);
    const message = new TextEncoder().encode(canonical);
    const signatures = [];
    for (const signer of signers) {
        if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("MESSAGE_TOO_LARGE", `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`, { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" });
        }
        const sig = await signer.sign(message);
        signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
    }
    const bytes = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseEnvelope */ .YX)(signed, signatures, canonical);
    return assertFixedPoint(bytes, signed.type, { canonical, message, signatures });
}
/**
 * Throws unless parse → serialise gives back exactly `bytes`; returns the parsed file. The file is
 * envelopeJson(canonical, signatures), and that function is one-to-one (canonical text holds no
 * `\u003c` of its own to confuse with an escape), so serialising the parse gives back the same bytes
 * exactly when the parsed `signed` object writes the same canonical text and the signatures come
 * back as written: those are compared, without escaping and encoding a large role a second time.
 * `written.message`, the canonical bytes the file was written from, saves re-canonicalising the
 * parsed object as a reader would: the comparison proves it.
 */
function assertFixedPoint(bytes, type, written) {
    const env = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWrittenEnvelope */ .n8)(bytes, type, "metadata to upload", written.message);
    const sameSignatures = env.signatures.length === written.signatures.length &&
        env.signatures.every((s, i) => {
            const w = written.signatures[i];
            return s.keyId === w.keyId && s.method.toLowerCase() === w.method.toLowerCase() && s.sig === w.sig;
        });
    if (!sameSignatures || (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalSigned */ .rf)(env.signed) !== written.canonical) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`);
    }
    return env;
}


/***/ }),

/***/ 2581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ listedAs)
/* harmony export */ });
/** The same signer, signing under the ID (and public key form) a role lists it with. */
function listedAs(signer, keyId, publicKey) {
    if (signer.keyId === keyId)
        return signer;
    return {
        keyId,
        publicKey,
        method: signer.method,
        description: signer.description,
        ...(signer.maxMessageBytes !== undefined ? { maxMessageBytes: signer.maxMessageBytes } : {}),
        sign: (message) => signer.sign(message),
        ...(signer.signRsaPkcs1v15 ? { signRsaPkcs1v15: (message) => signer.signRsaPkcs1v15(message) } : {}),
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9391);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1111);
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
    const deadline = now() + (opts.deadlineMs ?? RETRY_POLICY.deadlineMs);
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
                throw gaveUp(err, attempt - 1, gun, baseUrl);
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
            const refused = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP &&
                err.code === "INVALID_UPDATE" &&
                err.detailName === "ErrBadTargets" &&
                !rereadAfterRefusal;
            const retryable = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP && (err.code === "VERSION_CONFLICT" || isLostAnswer(err) || refused);
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
            if (attempt >= maxAttempts || failures >= RETRY_POLICY.maxFailures || now() + delay > deadline)
                throw gaveUp(err, attempt, gun, baseUrl);
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
function gaveUp(err, attempts, gun, baseUrl) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("PUBLISH_FAILED", `${gun}: gave up after ${attempts} attempts to publish to ${baseUrl} (${err.message})`, {
        cause: err,
        hint: "other writers keep updating the same roles, or the server keeps failing; run it again",
    });
}
/** A server that does not hold the snapshot key answers ErrBadHierarchy: say what to do about it. */
function mapPublishError(err, gun, server) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP && err.code === "INVALID_UPDATE" && err.detailName === "ErrBadHierarchy") {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerError */ .gP("SNAPSHOT_KEY_REQUIRED", `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`, {
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
        const ours = versions?.get(role) ?? (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnvelope */ .mE)(bytes, type, role).signed.version;
        const served = role === "root" ? set.root : set.targets.get(role);
        if (served && served.signed.version > ours)
            continue;
        const meta = set.snapshot?.signed.meta.get(role);
        if (!meta || (0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hashOf */ .qQ)(meta, "sha256") !== (0,_tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Base64 */ .TZ)(bytes)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
                hint: "run it again; if it persists, report it with the server version",
            });
        }
        if (!served)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk("SERVED_MISMATCH", `${set.gun}: ${role} v${ours} was uploaded but cannot be read back`);
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
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2187);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4623);
/* harmony import */ var _load_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5135);
/* harmony import */ var _publication_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9564);
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
        const loaded = await (0,_load_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTrust */ .V)(client, {
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
    (0,_publication_js__WEBPACK_IMPORTED_MODULE_4__/* .assertServed */ .MK)(set, opts.uploaded, versions);
    const hex = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .digestHex */ .sU)(opts.manifest.digest);
    const tags = opts.tags.map((tag) => {
        const released = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .releasedTarget */ .Ty)(set, tag);
        if (!released || released.digest !== hex) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk("NOT_RELEASED", released
                ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}`
                : `${client.gun}:${tag} is not released after publishing`, { hint: "another signer may have signed this tag at the same time; inspect the repository" });
        }
        const holding = (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(set, tag).filter((e) => e.digest === hex);
        const signers = [...new Set(holding.filter((e) => !(0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .isReleasedRole */ .Cj)(e.role)).map((e) => (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .signerName */ .Ex)(e.role)))];
        return {
            tag,
            digest: opts.manifest.digest,
            roles: holding.map((e) => e.role),
            signers: signers.length ? signers : ["Repo Admin"],
        };
    });
    return { set, tags };
}


/***/ }),

/***/ 1911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sign: () => (/* binding */ sign_sign)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var tuf_keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/lifetimes.ts
var lifetimes = __webpack_require__(3903);
// EXTERNAL MODULE: ./src/workflows/load-trust.ts + 2 modules
var load_trust = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/digest.ts
var digest = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/tuf/signer.ts
var tuf_signer = __webpack_require__(2581);
// EXTERNAL MODULE: ./src/tuf/metadata.ts + 1 modules
var metadata = __webpack_require__(1111);
// EXTERNAL MODULE: ./src/tuf/sign.ts
var sign = __webpack_require__(1238);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/sign-plan.ts
/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */










async function planSignature(trust, opts) {
    const { set } = trust;
    const roles = chooseRoles(set, opts);
    assertReleased(set, opts, roles);
    const sha256 = Buffer.from((0,digest/* digestHex */.sU)(opts.manifest.digest), "hex").toString("base64");
    const files = new Map();
    const versions = new Map();
    const envelopes = new Map();
    const pending = [];
    for (const role of roles) {
        const current = currentRole(trust, role, opts.now);
        const expired = current.loaded && current.expiresAt < opts.now;
        const changed = opts.tags.some((tag) => !sameTarget(current.signed.targets.get(tag), sha256, opts.manifest.size));
        // A role stored in a form Go clients cannot read is published again, which repairs it.
        if (!changed && !expired && !trust.inconsistent.has(role))
            continue;
        const next = {
            ...current.signed,
            targets: new Map(current.signed.targets),
            version: current.signed.version + 1,
            expires: (0,time/* formatGoTime */.Z0)(opts.now + opts.expiresInMs),
        };
        for (const tag of opts.tags)
            next.targets.set(tag, { length: opts.manifest.size, hashes: { sha256 } });
        pending.push({ role, signed: next });
    }
    for (const { role, signed } of pending) {
        const env = await (0,sign/* signToEnvelope */.T)(signed, [signerAsListed(set, role, opts.signer, opts.signerKeyId)]);
        files.set(role, env.bytes);
        envelopes.set(role, env);
        versions.set(role, signed.version);
    }
    return { roles, files, versions, envelopes };
}
/**
 * The signer under the ID the role lists its key by. A delegation added from a certificate
 * (`ecdsa-x509`, `rsa-x509`) lists the certificate's ID, not the plain key's: a signature carrying
 * the plain key's ID would match no key of the role, and the server refuses it.
 */
function signerAsListed(set, role, signer, canonicalId) {
    const keys = role === "targets" ? rootTargetsKeys(set) : (set.delegations.get(role)?.keys ?? new Map());
    for (const [id, key] of keys) {
        if ((0,tuf_keys/* listedCanonicalKeyId */.ov)(key) === canonicalId)
            return (0,tuf_signer/* listedAs */.W)(signer, id, key);
    }
    return signer;
}
function rootTargetsKeys(set) {
    const root = set.root.signed;
    const out = new Map();
    for (const id of root.roles.get("targets")?.keyIds ?? []) {
        const key = root.keys.get(id);
        if (key)
            out.set(id, key);
    }
    return out;
}
function sameTarget(meta, sha256, length) {
    return meta !== undefined && meta.length === length && (0,metadata/* hashOf */.qQ)(meta, "sha256") === sha256;
}
function currentRole({ set, skipped: skippedRoles }, role, now) {
    const env = set.targets.get(role);
    if (env)
        return { signed: env.signed, loaded: true, expiresAt: env.expiresAt };
    if (set.snapshot?.signed.meta.has(role)) {
        const skipped = skippedRoles.get(role);
        const why = skipped ? (0,errors/* describeError */.Uc)(skipped) : undefined;
        throw new errors/* TrustError */.Ru("ROLE_UNTRUSTED", `${role} of ${set.gun} is published but cannot be verified${why ? ` (${why})` : ""}; refusing to overwrite it`, {
            hint: "a repository admin must repair or re-key the delegation",
        });
    }
    // Never published: start from an empty role at version 0, as notary does.
    return {
        signed: {
            type: "Targets",
            delegations: { keys: new Map(), roles: [] },
            expires: (0,time/* formatGoTime */.Z0)(now + (0,lifetimes/* defaultLifetime */.x)(role)),
            targets: new Map(),
            version: 0,
        },
        loaded: false,
        expiresAt: Infinity,
    };
}
/**
 * Refuses, before anything is uploaded, a signature that would leave a tag unreleased: a tag is
 * trusted only from `targets` or `targets/releases`, so publishing only the signer's own role
 * would change the repository and still fail. A tag already released with this digest may be
 * co-signed by the signer's role alone.
 */
function assertReleased(set, opts, roles) {
    if (roles.some(docker/* isReleasedRole */.Cj))
        return;
    const hex = (0,digest/* digestHex */.sU)(opts.manifest.digest);
    const unreleased = opts.tags.filter((tag) => (0,docker/* releasedTarget */.Ty)(set, tag)?.digest !== hex);
    if (unreleased.length === 0)
        return;
    const tags = unreleased.join(", ");
    const releases = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, unreleased).find((c) => c.name === docker/* RELEASES */.pH);
    const keyText = `signer key ${(0,tuf_keys/* shortId */.m_)(opts.signerKeyId)}`;
    if (releases?.hasKey && !releases.coversTags) {
        const paths = releases.paths.map((p) => JSON.stringify(p)).join(", ") || "none";
        throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${docker/* RELEASES */.pH} of ${set.gun} excludes ${tags} by its paths (${paths}), so ${tags} would not be released; nothing was published`, {
            hint: `sign a tag inside those paths, or have a repository admin widen the paths of ${docker/* RELEASES */.pH}`,
        });
    }
    const why = releases
        ? `${keyText} is not a key of ${docker/* RELEASES */.pH} (keys: ${releases.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "none"})`
        : `${set.gun} has no ${docker/* RELEASES */.pH} role`;
    throw new errors/* TrustError */.Ru("NOT_RELEASABLE", `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: ${why}; nothing was published`, {
        hint: `add the key to ${docker/* RELEASES */.pH} with: ${(0,wording/* step */.PM)("signer-add", set.gun)}`,
    });
}
function describeRoles(candidates) {
    return candidates.map((c) => `${c.name}: ${c.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "no keys"}`).join("; ");
}
function chooseRoles(set, opts) {
    const candidates = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, opts.tags);
    const keyText = `signer key ${(0,tuf_keys/* shortId */.m_)(opts.signerKeyId)}`;
    const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(set.root.signed.keys.get(id)));
    // Each front end words the command (the action: docker trust; the CLI: its own signer add).
    const addHint = `add it with: ${(0,wording/* step */.PM)("signer-add", set.gun)}`;
    let chosen;
    if (opts.roles && opts.roles.length > 0) {
        chosen = [...opts.roles];
        for (const role of chosen) {
            if (role === "targets") {
                if (!targetsKeys.includes(opts.signerKeyId))
                    throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not the targets key of ${set.gun}`);
                continue;
            }
            const c = candidates.find((x) => x.name === role);
            if (!c)
                throw new errors/* TrustError */.Ru("UNKNOWN_ROLE", `${role} is not a delegation of ${set.gun} (delegations: ${candidates.map((x) => x.name).join(", ") || "none"})`);
            if (!c.hasKey)
                throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not a key of ${role} in ${set.gun} (keys: ${c.keyIds.map(tuf_keys/* shortId */.m_).join(", ")})`, { hint: addHint });
            if (!c.coversTags)
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${role} of ${set.gun} may only sign tags starting with ${c.paths.map((p) => JSON.stringify(p)).join(", ")}`);
        }
    }
    else if (candidates.length === 0) {
        if (!targetsKeys.includes(opts.signerKeyId)) {
            throw new errors/* TrustError */.Ru("NO_SIGNABLE_ROLE", `${keyText} cannot sign ${set.gun}: it has no delegations and the key is not its targets key (${targetsKeys.map(tuf_keys/* shortId */.m_).join(", ")})`, { hint: addHint });
        }
        chosen = ["targets"];
    }
    else {
        chosen = candidates.filter((c) => c.hasKey && c.coversTags).map((c) => c.name);
        if (chosen.length === 0) {
            const withKey = candidates.filter((c) => c.hasKey);
            if (withKey.length > 0) {
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${keyText} is in ${withKey.map((c) => c.name).join(", ")} of ${set.gun}, whose paths (${withKey
                    .flatMap((c) => c.paths)
                    .map((p) => JSON.stringify(p))
                    .join(", ")}) do not cover ${opts.tags.join(", ")}`);
            }
            throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${keyText} is not a key of any delegation of ${set.gun} (${describeRoles(candidates)})`, { hint: addHint });
        }
    }
    for (const role of chosen) {
        const c = candidates.find((x) => x.name === role);
        const threshold = role === "targets" ? set.root.signed.roles.get("targets").threshold : c.threshold;
        if (threshold > 1) {
            throw new errors/* TrustError */.Ru("THRESHOLD_UNSUPPORTED", `${role} of ${set.gun} needs ${threshold} signatures; this tool signs with one key`);
        }
    }
    return chosen;
}

// EXTERNAL MODULE: ./src/workflows/publication.ts
var workflows_publication = __webpack_require__(9564);
// EXTERNAL MODULE: ./src/workflows/read-back.ts
var read_back = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/workflows/sign-wave.ts
var sign_wave = __webpack_require__(3195);
;// CONCATENATED MODULE: ./src/workflows/sign.ts
/**
 * Sign: publish signed targets for one digest under one or more tags, then verify what the server
 * serves. Docker's semantics (docs/notary-protocol.md §7, §9.2): the tags go into every direct child of
 * `targets` that lists our key; only our tags change; a lost race (`VERSION`) is resolved by
 * re-reading and re-applying our tags, never by overwriting another signer's.
 */










async function sign_sign(deps, opts) {
    const { log } = deps.runtime;
    const warnings = [];
    const warn = (text) => {
        const m = (0,errors/* warningLine */.tE)(text);
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.runtime.warn(m);
    };
    const first = opts.wave ?? (0,sign_wave/* startSignWave */.h)(deps, opts);
    const { tags } = first;
    const gun = opts.image.name;
    // Reading and publishing happen in a function of their own: the repository as first read (large
    // roles, parsed) is garbage once it returns, before the read-back reads anything. When it fails
    // before the trust load has ended (a wrong passphrase, a tag that points elsewhere), the first
    // wave's requests still under way are stopped; after the load ends, stopping does nothing.
    const { manifest, plan, published, attempts, readBack: readBackFrom, } = await readAndPublish(deps, opts, { first, warn }).catch((err) => {
        first.trust.stop();
        throw err;
    });
    if (!published)
        log(`Every tag already points to ${manifest.digest} in ${plan.roles.join(", ")}: nothing to publish`);
    log("Verifying what the server now serves");
    const check = await (0,read_back/* readBack */.e)(deps.notary, {
        anchor: readBackFrom.anchor,
        tags,
        manifest,
        uploaded: published ? plan.files : new Map(),
        ...(published ? { parsed: plan.envelopes } : {}),
        roles: plan.roles,
        runtime: { ...deps.runtime, warn },
        minTimestampVersion: readBackFrom.minTimestampVersion,
    });
    // The signer is the delegation the key signed as, whatever name the run or the key file gave;
    // when it signed only into targets/releases or targets (roles chosen, a targets key), the name
    // the run has.
    const own = plan.roles.filter((r) => !(0,docker/* isReleasedRole */.Cj)(r));
    const signer = own[0]?.replace(/^targets\//, "") ?? opts.signerName ?? plan.roles[0].replace(/^targets\//, "");
    // A name given that is none of the delegations the key was found in (the run did not choose the
    // roles itself, and the key signed as a delegation of its own).
    if (opts.givenSignerName !== undefined &&
        !opts.roles?.length &&
        own.length > 0 &&
        !own.includes(`targets/${opts.givenSignerName}`))
        warn(`the signing key is not a signer of targets/${opts.givenSignerName} in ${gun}; it signed as ${plan.roles.join(" and ")}`);
    return {
        gun,
        digest: manifest.digest,
        size: manifest.size,
        mediaType: manifest.mediaType,
        signer,
        tags: check.tags,
        roles: plan.roles.map((name) => ({ name, version: check.set.targets.get(name)?.signed.version ?? 0 })),
        published,
        attempts,
        rootKeyIds: check.set.root.signed.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: check.set.root.signed.roles.get("targets")?.keyIds ?? [],
        warnings,
        trustedRoot: check.set.root.bytes,
        versions: check.set.versions(),
    };
}
async function readAndPublish(deps, opts, ctx) {
    const { now, log } = deps.runtime;
    const { first, warn } = ctx;
    const { tags } = first;
    const gun = opts.image.name;
    const wave = Promise.all([
        first.resolved.then((resolved) => checkTags(opts.image, first.wanted, resolved, warn)),
        (0,load_trust/* loadTrust */.V)(deps.notary, {
            ...opts.anchor,
            now: now(),
            wave: first.trust,
            allowExpiredDelegations: true,
            onWarning: warn,
            ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
        }),
    ]);
    // Awaited below; until then a failure of the wave must not count as unhandled.
    wave.catch(() => undefined);
    // The key's failure (a wrong passphrase) comes first, as when it was loaded before any request.
    const signer = await deps.signer;
    const signerKeyId = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(signer.publicKey);
    const [manifest, initial] = await wave;
    log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
    const publication = await (0,workflows_publication/* publishWithRetry */.M4)({ notary: deps.notary, runtime: deps.runtime }, {
        state: initial,
        plan: (loaded) => planSignature(loaded, {
            signer,
            signerKeyId,
            tags,
            manifest,
            roles: opts.roles,
            now: now(),
            expiresInMs: opts.expiresInMs ?? lifetimes/* TARGETS_LIFETIME_MS */.C7,
        }),
        reload: (previous) => (0,load_trust/* loadTrust */.V)(deps.notary, {
            ...opts.anchor,
            now: now(),
            hints: previous.roles,
            allowExpiredDelegations: true,
            onWarning: warn,
            ...(opts.firstUse ? { onFirstUse: opts.firstUse } : {}),
        }),
        ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
        ...(opts.deadlineAt !== undefined
            ? { deadlineMs: Math.max(0, Math.min(workflows_publication/* RETRY_POLICY */.yE.deadlineMs, opts.deadlineAt - now())) }
            : {}),
        change: "our tags",
    });
    const { plan, published, state: loaded, attempts } = publication;
    return {
        manifest,
        plan,
        published,
        attempts,
        readBack: {
            // What this run just trusted is the anchor: its root and the versions checked against it (a
            // stored version superseded by a key rotation must not be held against the rotated root).
            anchor: { ...opts.anchor, trustedRoot: loaded.set.root.bytes, previousVersions: loaded.set.versions() },
            minTimestampVersion: (0,workflows_publication/* minTimestampAfter */.ZS)(loaded.set.timestamp?.signed.version ?? 0, publication),
        },
    };
}
/**
 * The manifest to sign, with every tag present in the registry pointing to it: a further tag
 * absent from the registry is signed anyway (a pull by that tag resolves through the signed
 * digest) with a warning.
 */
function checkTags(image, wanted, { primary, rows }, warn) {
    const manifest = primary ?? rows[0].m;
    // One warning for all of them: a CI shows only the first few annotations of a step.
    const absent = rows.filter((r) => !r.m).map((r) => r.tag);
    if (absent.length === 1)
        warn(`${image.name}:${absent[0]} is not in the registry; signing it to ${manifest.digest}`);
    else if (absent.length > 1)
        warn(`${absent.length} tags of ${image.name} are not in the registry (${(0,src_text/* listed */.KE)(absent, 20)}); signing them to ${manifest.digest}`);
    for (const { tag, m } of rows) {
        if (!m)
            continue;
        if (m.digest !== manifest.digest) {
            throw new errors/* VerificationError */.mk("TAG_MISMATCH", `${image.name}:${tag} points to ${m.digest} in the registry, not ${manifest.digest}`, {
                hint: wanted
                    ? "pass the digest of the push that produced this tag"
                    : "all tags signed together must point to one digest",
            });
        }
    }
    return manifest;
}


/***/ })

};
