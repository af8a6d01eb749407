export const id = 911;
export const ids = [911];
export const modules = {

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
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
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
// EXTERNAL MODULE: ./src/tuf/metadata.ts
var metadata = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/tuf/sign.ts + 1 modules
var sign = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/tuf/time.ts
var time = __webpack_require__(9130);
;// CONCATENATED MODULE: ./src/workflows/sign-plan.ts
/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */










async function planSignature(trust, opts) {
    const { set } = trust;
    assertNotMoved(set, opts);
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
        pending.push({ role, signed: next, base: set.targets.get(role) });
    }
    for (const { role, signed, base } of pending) {
        const signers = [signerAsListed(set, role, opts.signer, opts.signerKeyId)];
        const env = await (0,sign/* signTargetsEdit */.mj)(base, signed, signers);
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
            // Signed only by removed keys: a current signer can vouch for its content again, once
            // someone has checked its tags. Otherwise the delegation needs its admin.
            hint: skipped?.code === "SIGNERS_REMOVED"
                ? `check its tags, then have a current signer of ${role} sign them again: ${(0,wording/* step */.PM)("renew", set.gun)} with ${(0,wording/* setting */.Pe)("witness")} ${role} and that signer's key`
                : "a repository admin must repair or re-key the delegation",
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
 * Refuses to move a released tag the registry does not have to another digest: no push says
 * where it points now, only its signature, so a second signer (another platform's job of a
 * push-by-digest build, a re-run of an old build) would silently take it over. Checked on every
 * plan, so a signer that lost a race to one that signed it first fails instead of overwriting.
 */
function assertNotMoved(set, opts) {
    const hex = (0,digest/* digestHex */.sU)(opts.manifest.digest);
    for (const tag of opts.absent ?? []) {
        const released = (0,docker/* releasedTarget */.Ty)(set, tag);
        if (!released || released.digest === hex)
            continue;
        throw new errors/* VerificationError */.mk("TAG_MISMATCH", `${set.gun}:${tag} is not in the registry and is signed to sha256:${released.digest}: signing it to ${opts.manifest.digest} would move it with no push behind it; nothing was published`, {
            hint: `push the tag to the image first (for a multi-platform build, the index: docker buildx imagetools create), then sign it; or leave ${tag} out`,
        });
    }
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
    // The key can release the tags, but the roles chosen leave targets/releases out.
    if (releases?.hasKey && opts.roles?.length)
        throw new errors/* TrustError */.Ru("NOT_RELEASABLE", `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: the roles given leave out ${docker/* RELEASES */.pH}, which ${keyText} can sign; nothing was published`, { hint: `add ${docker/* RELEASES */.pH} to ${(0,wording/* setting */.Pe)("roles")}, or leave ${(0,wording/* setting */.Pe)("roles")} out` });
    const why = releases
        ? `${keyText} is not a key of ${docker/* RELEASES */.pH} (keys: ${releases.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "none"})`
        : `${set.gun} has no ${docker/* RELEASES */.pH} role`;
    throw new errors/* TrustError */.Ru("NOT_RELEASABLE", `signing ${roles.join(", ")} would not release ${tags} in ${set.gun}: ${why}; nothing was published`, {
        hint: `add the key to ${docker/* RELEASES */.pH} with: ${addSignerStep(opts.signer, set.gun)}`,
    });
}
/** The way to add the signing key to a role: a key file's public key, or the KMS key itself. */
function addSignerStep(signer, gun) {
    return (0,wording/* step */.PM)(signer.kmsKey !== undefined ? "signer-add-kms" : "signer-add", gun);
}
function describeRoles(candidates) {
    return candidates.map((c) => `${c.name}: ${c.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "no keys"}`).join("; ");
}
function chooseRoles(set, opts) {
    const candidates = (0,docker/* roleCandidates */.VH)(set, opts.signerKeyId, opts.tags);
    const keyText = `signer key ${(0,tuf_keys/* shortId */.m_)(opts.signerKeyId)}`;
    const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(set.root.signed.keys.get(id)));
    // Each front end words the command (the action: docker trust; the CLI: its own signer add).
    const addHint = `add it with: ${addSignerStep(opts.signer, set.gun)}`;
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
    if (published)
        warnNearSizeLimit(gun, await deps.signer, plan, warn);
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
/** From this share of the most a key signs, a sign warns that the role is filling up. */
const NEAR_SIZE_LIMIT = 0.75;
/**
 * A key that signs the whole role rather than its digest (pure Ed25519 in AWS KMS) signs roles up to
 * a size: each release adds a tag, and one day the release fails on it. Warned from three quarters
 * of that size on, with how many more tags fit (at the role's own bytes per tag, which counts its
 * fixed part too, so the estimate errs low).
 */
function warnNearSizeLimit(gun, signer, plan, warn) {
    const limit = signer.maxMessageBytes;
    if (limit === undefined)
        return;
    for (const [role, env] of plan.envelopes) {
        const size = env.signedBytes.length;
        if (size < limit * NEAR_SIZE_LIMIT)
            continue;
        const perTag = size / Math.max(1, env.signed.targets.size);
        const more = Math.max(0, Math.floor((limit - size) / perTag));
        warn(`${role} is now ${size} bytes, and ${signer.description} signs at most ${limit} bytes: about ${more} more tag${more === 1 ? "" : "s"} fit. Before a release fails on it, move the signer to an ECDSA P-256 key (${(0,wording/* step */.PM)("rotate-signer", gun)}), or take back tags no one pulls any more with ${(0,wording/* step */.PM)("revoke", `${gun}:TAG`)}`);
    }
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
    const [{ manifest, absent }, initial] = await wave;
    log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
    const publication = await (0,workflows_publication/* publishWithRetry */.M4)({ notary: deps.notary, runtime: deps.runtime }, {
        state: initial,
        plan: (loaded) => planSignature(loaded, {
            signer,
            signerKeyId,
            tags,
            manifest,
            absent,
            roles: opts.roles,
            now: now(),
            expiresInMs: opts.expiresInMs ?? lifetimes/* TARGETS_LIFETIME_MS */.C7,
        }),
        // Anchored on the root this run already trusted: a reload after a lost race must not trust a
        // root on first use again (nor, after a Notary service's end, be refused for want of one).
        reload: (previous) => (0,load_trust/* loadTrust */.V)(deps.notary, {
            ...opts.anchor,
            ...initial.set.anchor(),
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
            // What this run just trusted is the anchor (TrustedSet.anchor).
            anchor: { ...opts.anchor, ...loaded.set.anchor() },
            minTimestampVersion: (0,workflows_publication/* minTimestampAfter */.ZS)(loaded.set.timestamp?.signed.version ?? 0, publication),
        },
    };
}
/** Whether `m` is an index (or manifest list) that lists the manifest `digest`. */
function listsManifest(m, digest) {
    try {
        const parsed = JSON.parse(new TextDecoder().decode(m.bytes));
        return Array.isArray(parsed.manifests) && parsed.manifests.some((d) => d?.digest === digest);
    }
    catch {
        return false;
    }
}
/**
 * The manifest to sign, with every tag present in the registry pointing to it, and the tags absent
 * from the registry: those are signed anyway (a pull by that tag resolves through the signed
 * digest) with a warning, unless a plan finds one signed to another digest (sign-plan.ts).
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
                hint: !wanted
                    ? "all tags signed together must point to one digest"
                    : listsManifest(m, manifest.digest)
                        ? `${manifest.digest} is one platform's manifest in the index ${tag} points to: pass the index's digest (build-push-action's digest output)`
                        : `${tag} was pushed again since (by another job?), or the digest is another push's: pass the digest of the push that produced ${tag}, or leave ${tag} out`,
            });
        }
    }
    return { manifest, absent };
}


/***/ })

};
