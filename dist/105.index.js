export const id = 105;
export const ids = [105,692];
export const modules = {

/***/ 2105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KEY_HELP: () => (/* binding */ KEY_HELP),
  KEY_INSPECT_HELP: () => (/* binding */ KEY_INSPECT_HELP),
  ROTATE_SIGNER_HELP: () => (/* reexport */ ROTATE_SIGNER_HELP),
  keyCommand: () => (/* binding */ keyCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/signers/key-file.ts + 1 modules
var key_file = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var tuf_keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/commands/common.ts
var common = __webpack_require__(5968);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/signers/key-directory.ts + 1 modules
var key_directory = __webpack_require__(9816);
// EXTERNAL MODULE: ./src/signers/key-file-signer.ts
var key_file_signer = __webpack_require__(326);
// EXTERNAL MODULE: ./src/signers/kms-signer.ts + 1 modules
var kms_signer = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/tuf/docker.ts
var docker = __webpack_require__(4623);
// EXTERNAL MODULE: ./src/tuf/role-edits.ts
var role_edits = __webpack_require__(1575);
// EXTERNAL MODULE: ./src/workflows/admin/init.ts + 1 modules
var init = __webpack_require__(7482);
// EXTERNAL MODULE: ./src/workflows/admin/keyring.ts
var keyring = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/workflows/admin/update.ts
var admin_update = __webpack_require__(2265);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/workflows/admin/rotate-signer.ts
/**
 * Replacing a signer's key without a moment where released tags stop verifying. The new key is
 * added to `targets/NAME` (and to `targets/releases` where the old key was), the content of those
 * roles is re-signed, unchanged, with the new key, and the old key is removed, all in one atomic
 * upload: the server validates `targets` first and the delegations against it (notary
 * server/handlers/validation.go loadAndValidateTargets) and applies everything or nothing, so a
 * reader sees either the old keys with the old signatures or the new keys with the new ones.
 * Signing `targets` takes the targets key; re-signing the delegations takes the new private key.
 */








function canonical(targets, id) {
    const key = targets.delegations.keys.get(id);
    return key ? (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key) : id;
}
/** The listed IDs of `role` to replace: the ones asked for, or every key but the new one. */
function oldKeysOf(targets, role, newCanonical, asked) {
    const listed = role.keyIds ?? [];
    if (!asked || asked.length === 0)
        return listed.filter((id) => canonical(targets, id) !== newCanonical);
    return asked.map((want) => {
        const w = want.toLowerCase();
        const hits = listed.filter((id) => id.startsWith(w) || canonical(targets, id).startsWith(w));
        if (hits.length !== 1) {
            throw new errors/* UsageError */.eb(`key ${JSON.stringify(want.slice(0, 64))} matches ${hits.length} keys of ${role.name} (keys: ${listed.map((id) => (0,tuf_keys/* shortId */.m_)(canonical(targets, id))).join(", ") || "none"})`, {
                hint: "give a longer key ID as docker trust inspect shows it",
            });
        }
        return hits[0];
    });
}
async function rotateSignerKey(deps, opts) {
    (0,init/* checkSignerName */._D)(opts.name);
    const roleName = `targets/${opts.name}`;
    const newPublic = opts.newKey.publicKey;
    const newSigner = (0,keyring/* listedAs */.W)(opts.newKey, (0,tuf_keys/* keyIdOf */.yg)(newPublic), newPublic);
    const newCanonical = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(newPublic);
    const notes = [];
    const update = await (0,admin_update/* updateRepository */.Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [roleName, docker/* RELEASES */.pH],
        change: `the key rotation of ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const role = (0,role_edits/* findDelegation */.Y$)(targets, roleName);
            if (!role)
                throw new errors/* TrustError */.Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name}`, {
                    hint: `add it with: ${(0,wording/* step */.PM)("signer-add", set.gun)}`,
                });
            const old = oldKeysOf(targets, role, newCanonical, opts.oldKeyIds);
            const plan = {
                files: new Map(),
                versions: new Map(),
                replaced: old.map((id) => canonical(targets, id)),
            };
            const releases = (0,role_edits/* findDelegation */.Y$)(targets, docker/* RELEASES */.pH);
            const oldInReleases = old.filter((id) => releases?.keyIds?.includes(id));
            const hasNew = (role.keyIds ?? []).some((id) => canonical(targets, id) === newCanonical);
            if (old.length === 0 && hasNew)
                return plan; // already rotated
            notes.length = 0;
            for (const other of targets.delegations.roles ?? []) {
                if (other.name === roleName || other.name === docker/* RELEASES */.pH)
                    continue;
                const shared = old.filter((id) => other.keyIds?.includes(id));
                if (shared.length)
                    notes.push(`key ${shared.map((id) => (0,tuf_keys/* shortId */.m_)(canonical(targets, id))).join(", ")} is also a key of ${other.name} in ${set.gun} and stays there`);
            }
            let next = (0,role_edits/* replaceDelegationKeys */.Ry)(targets, roleName, old, [newPublic]);
            const affected = [roleName];
            if (oldInReleases.length > 0) {
                next = (0,role_edits/* replaceDelegationKeys */.Ry)(next, docker/* RELEASES */.pH, oldInReleases, [newPublic]);
                affected.push(docker/* RELEASES */.pH);
            }
            const signedTargets = await (0,admin_update/* resign */.LD)(next, await (0,admin_update/* requireSigner */.Sz)(deps, set, "targets"), now);
            plan.files.set("targets", signedTargets.bytes);
            plan.versions.set("targets", signedTargets.version);
            for (const name of affected) {
                const env = set.targets.get(name);
                if (!env) {
                    if (set.snapshot?.signed.meta.has(name)) {
                        throw new errors/* TrustError */.Ru("ROLE_UNTRUSTED", `${name} of ${set.gun} is published but cannot be verified, so its content cannot be carried over to the new key`, {
                            hint: "see the warning above for why; sign its tags again after the rotation",
                        });
                    }
                    continue; // never published: nothing to re-sign
                }
                const signed = await (0,admin_update/* resign */.LD)(env.signed, newSigner, now);
                plan.files.set(name, signed.bytes);
                plan.versions.set(name, signed.version);
            }
            return plan;
        },
    });
    const set = update.set;
    const plan = update.applied;
    const targets = set.targets.get("targets").signed;
    const role = (0,role_edits/* findDelegation */.Y$)(targets, roleName);
    const keys = (role?.keyIds ?? []).map((id) => canonical(targets, id));
    if (!keys.includes(newCanonical) || keys.some((k) => plan.replaced.includes(k))) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after publishing, ${roleName} lists keys ${keys.map(tuf_keys/* shortId */.m_).join(", ") || "none"}, not the new key ${(0,tuf_keys/* shortId */.m_)(newCanonical)} alone`, {
            hint: "another writer changed the signer at the same time; inspect the repository and run it again",
        });
    }
    const lost = (0,admin_update/* lostReleases */.Ln)(update.before, (0,admin_update/* releasedTags */.JR)(set, deps.runtime.now()));
    if (lost.length > 0) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after the rotation ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; sign those tags again with the new key" });
    }
    for (const n of notes)
        deps.runtime.warn(n);
    return {
        gun: set.gun,
        name: opts.name,
        replaced: plan.replaced,
        newKeyId: newCanonical,
        roles: [...plan.files.keys()].map((name) => ({ name, version: set.targets.get(name)?.signed.version ?? 0 })),
        published: update.published,
        warnings: [...update.warnings, ...notes],
        set,
    };
}

// EXTERNAL MODULE: ./src/workflows/admin/session.ts
var session = __webpack_require__(6322);
// EXTERNAL MODULE: ./src/workflows/connect.ts + 2 modules
var connect = __webpack_require__(4213);
// EXTERNAL MODULE: ./src/cli/admin-format.ts
var admin_format = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/cli/commands/admin-options.ts
var admin_options = __webpack_require__(3217);
;// CONCATENATED MODULE: ./src/cli/commands/key-rotation.ts














const ROTATE_SIGNER_HELP = `Usage: content-trust key rotate-signer NAME REPOSITORY --new-key FILE [flags]
       content-trust key rotate-signer NAME REPOSITORY --new-aws-kms-key KEY [flags]

Replaces the keys of signer NAME with a new key in one atomic publish: the new key is added
to targets/NAME (and to targets/releases where the old key was), their content is re-signed
unchanged with the new key, and the old key is removed, so released tags never stop verifying.
Signed with the targets key (--signer-key, --aws-kms-key or the key directory).

Flags:
  --new-key FILE            the new key: a private key file, or its public key when the private
                            key is in the key directory
  --new-aws-kms-key KEY     the new key in AWS KMS instead
  --old-key ID              the key to replace (repeatable; default: every other key of NAME)
${admin_options/* ADMIN_KEY_HELP */.yP}
${admin_options/* ADMIN_FOOTER */.mj}`;
async function rotateSignerCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseFlags */.bQ)(args, {
        ...admin_options/* adminFlags */.d7,
        "new-key": { type: "string" },
        "new-aws-kms-key": { type: "string" },
        "old-key": { type: "string", multiple: true },
    });
    if (positionals.length !== 2)
        throw new cli_args/* CommandLineError */.Ox("key rotate-signer takes NAME and REPOSITORY", {
            hint: "content-trust key rotate-signer alice registry.example/app --new-key alice-2.key",
        });
    const [name, repository] = positionals;
    if (!values["new-key"] === !values["new-aws-kms-key"])
        throw new cli_args/* CommandLineError */.Ox("give the new key with --new-key FILE or --new-aws-kms-key KEY (one of them)");
    const config = await (0,admin_options/* adminConfig */.wy)(values, io, repository);
    let kms;
    try {
        const newKey = values["new-aws-kms-key"]
            ? (kms = await (0,kms_signer.createKmsSigner)({
                keyId: values["new-aws-kms-key"],
                region: values["aws-region"],
                ...(0,connect/* kmsProxyOptions */.o7)(config.proxy),
            }))
            : await newKeySigner(values["new-key"], (0,admin_options/* keyDirOf */.WR)(values, io), io);
        const result = await (0,session/* withAdminSession */.a)(config, (0,admin_options/* adminHooks */.O8)(io), (s) => rotateSignerKey(s.deps, {
            name,
            newKey,
            ...(values["old-key"] ? { oldKeyIds: values["old-key"] } : {}),
            anchor: s.anchor,
        }));
        io.stdout(values.json ? JSON.stringify((0,admin_format/* rotationJson */.FK)(result), null, 2) + "\n" : (0,admin_format/* formatRotation */.mg)(result));
        return 0;
    }
    finally {
        kms?.close();
    }
}
/** A private key file, or a public key whose private key the key directory holds. */
async function newKeySigner(file, keyDir, io) {
    const text = await (0,cli_io/* readInputFile */.jH)(file, "new key", io.cwd);
    if (/PRIVATE KEY-----|Proc-Type:/.test(text))
        return new key_file_signer/* KeyFileSigner */.Q((0,key_file/* loadPrivateKey */.P)(text, await (0,cli_io/* passphraseFor */.qy)(text, io, "new key")));
    const pub = (0,public_key/* parsePublicKey */.ee)(text, { now: new Date() });
    const loaded = await new key_directory/* KeyDirectory */.r_(keyDir).load(pub.canonicalKeyId, (0,admin_options/* keyDirectoryPassphrase */.xH)(io));
    if (!loaded) {
        throw new errors/* UsageError */.eb(`the private key of the new key ${(0,tuf_keys/* shortId */.m_)(pub.canonicalKeyId)} is not in the key directory`, {
            hint: "give the private key file with --new-key, or --key-dir where docker trust key generate wrote it",
        });
    }
    return new key_file_signer/* KeyFileSigner */.Q(loaded);
}

;// CONCATENATED MODULE: ./src/cli/commands/key.ts








const KEY_INSPECT_HELP = `Usage: content-trust key inspect FILE [--json | --cosign]
       content-trust key inspect --aws-kms-key KEY [--signer-name NAME] [--aws-region REGION] [--json]

Prints the key ID, the delegation name (the key file's role header), the public key
PEM that \`docker trust signer add --key\` accepts, and the same key as \`cosign verify --key\`
takes it (cosign.pub; --cosign prints only that). FILE may be a private key file
(Docker/notary key file or PEM; passphrase from CONTENT_TRUST_PASSPHRASE or a prompt)
or a public key or certificate. With --aws-kms-key, the public key of an AWS KMS key
(credentials and region from the usual AWS configuration); --signer-name adds Docker's
role header to the PEM.`;
const KEY_HELP = `Usage: content-trust key inspect FILE | --aws-kms-key KEY [flags]
       content-trust key rotate-signer NAME REPOSITORY --new-key FILE [flags]

Commands:
  inspect          print a key's ID and the public key for docker trust signer add
  rotate-signer    replace a signer's key without breaking released tags

Run content-trust key inspect --help or content-trust key rotate-signer --help for their flags.`;

async function keyCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "rotate-signer")
        return rotateSignerCommand(rest, io);
    if (sub !== "inspect")
        throw new cli_args/* CommandLineError */.Ox(`unknown key command ${JSON.stringify(sub ?? "")}`, {
            hint: "content-trust key inspect FILE, or key rotate-signer NAME REPOSITORY",
        });
    const { values, positionals } = (0,cli_args/* parseFlags */.bQ)(rest, {
        json: { type: "boolean" },
        cosign: { type: "boolean" },
        "aws-kms-key": { type: "string" },
        "aws-region": { type: "string" },
        "signer-name": { type: "string" },
    });
    const format = values.cosign ? "cosign" : values.json ? "json" : "text";
    const kmsKey = values["aws-kms-key"];
    if (kmsKey) {
        if (positionals.length)
            throw new cli_args/* CommandLineError */.Ox("key inspect takes a FILE or --aws-kms-key, not both");
        const { inspectKmsKey } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9311));
        const role = values["signer-name"];
        const d = await inspectKmsKey({
            keyId: kmsKey,
            ...(values["aws-region"] ? { region: values["aws-region"] } : {}),
            ...(role ? { role } : {}),
            ...(0,common/* kmsProxyOption */.ZH)(io),
        });
        return printKey(io, format, {
            keyId: d.keyId,
            canonicalKeyId: d.canonicalKeyId,
            ...(role ? { role } : {}),
            keyType: `${d.publicKey.type} (${d.keySpec}, ${d.keyArn})`,
            publicKeyPem: d.publicKeyPem,
        });
    }
    if (positionals.length !== 1)
        throw new cli_args/* CommandLineError */.Ox("key inspect takes exactly one FILE");
    const text = await (0,cli_io/* readInputFile */.jH)(positionals[0], "key file", io.cwd);
    let info;
    if (/-----BEGIN (ENCRYPTED |EC |RSA )?PRIVATE KEY-----/.test(text) || /Proc-Type:/.test(text)) {
        const key = (0,key_file/* loadPrivateKey */.P)(text, await (0,cli_io/* passphraseFor */.qy)(text, io, "key file"));
        info = {
            keyId: key.keyId,
            canonicalKeyId: (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key.publicKey),
            ...(key.role ? { role: key.role } : {}),
            keyType: key.publicKey.type,
            publicKeyPem: (0,public_key/* publicKeyPem */.rY)(key.publicKey, key.role ? { role: key.role } : {}),
        };
    }
    else {
        const pub = (0,public_key/* parsePublicKey */.ee)(text);
        info = {
            keyId: pub.keyId,
            canonicalKeyId: pub.canonicalKeyId,
            ...(pub.role ? { role: pub.role } : {}),
            keyType: pub.publicKey.type,
            publicKeyPem: (0,public_key/* publicKeyPem */.rY)(pub.publicKey, pub.role ? { role: pub.role } : {}),
        };
    }
    return printKey(io, format, info);
}
function printKey(io, format, base) {
    // The same key as cosign, Kyverno and policy-controller read it: SPKI PEM without headers.
    const info = {
        ...base,
        cosignPublicKeyPem: (0,external_node_crypto_.createPublicKey)(withoutPemHeaders(base.publicKeyPem))
            .export({ type: "spki", format: "pem" })
            .toString(),
    };
    if (format === "cosign")
        io.stdout(info.cosignPublicKeyPem);
    else if (format === "json")
        io.stdout(JSON.stringify(info, null, 2) + "\n");
    else {
        io.stdout(`Key ID:      ${info.keyId}\n`);
        if (info.canonicalKeyId !== info.keyId)
            io.stdout(`Canonical:   ${info.canonicalKeyId}\n`);
        io.stdout(`Key type:    ${info.keyType}\n`);
        if (info.role)
            io.stdout(`Signer name: ${info.role}\n`);
        io.stdout(`\n${info.publicKeyPem}`);
        io.stdout(`\nFor cosign verify --key (save as cosign.pub):\n${info.cosignPublicKeyPem}`);
    }
    return 0;
}
/** A PEM without `Name: value` header lines (Docker's `role:`), which OpenSSL refuses outside encrypted keys. */
function withoutPemHeaders(pem) {
    return pem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, "");
}


/***/ }),

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKmsSigner: () => (/* binding */ createKmsSigner),
  inspectKmsKey: () => (/* binding */ inspectKmsKey)
});

// UNUSED EXPORTS: KMS_MAX_RAW_MESSAGE_BYTES, KmsSigner, ecdsaDerToRaw, regionOfKmsKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __webpack_require__(5591);
// EXTERNAL MODULE: ./src/codec/der.ts
var codec_der = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/signers/kms-errors.ts
/**
 * AWS SDK errors from KMS calls, as one line naming the key and what to check. The SDK has already
 * retried what is worth retrying (throttling, 5xx, network) when an error reaches here; everything
 * else (access, key state, region, credentials) fails on the first answer. Messages never carry
 * credentials, and a service message is clipped to one short line.
 */



const THROTTLING = new Set([
    "ThrottlingException",
    "Throttling",
    "TooManyRequestsException",
    "RequestLimitExceeded",
    "LimitExceededException",
]);
const BAD_CREDENTIALS = new Set([
    "UnrecognizedClientException",
    "InvalidClientTokenId",
    "InvalidSignatureException",
    "IncompleteSignatureException",
    "ExpiredTokenException",
    "MissingAuthenticationTokenException",
    "SignatureDoesNotMatch",
]);
const NETWORK_CODES = new Set([
    "ENOTFOUND",
    "EAI_AGAIN",
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "EPIPE",
]);
const SUPPORTED_SPECS = "ECC_NIST_P256 (recommended), RSA_2048/3072/4096 or ECC_NIST_EDWARDS25519";
/** One short line of a service message: no newlines, at most 200 characters. */
function clip(text) {
    return (0,src_text/* clipLine */.DX)(text ?? "", 200);
}
function attemptsText(err) {
    const n = err.$metadata?.attempts;
    return n && n > 1 ? ` after ${n} attempts` : "";
}
/** Maps any value thrown by a KMS call to a TrustError; TrustErrors pass through unchanged. */
function kmsError(thrown, ctx) {
    if (thrown instanceof errors/* TrustError */.Ru)
        return thrown;
    const err = (typeof thrown === "object" && thrown !== null ? thrown : { message: String(thrown) });
    const name = err.name ?? "Error";
    const status = err.$metadata?.httpStatusCode;
    const subject = `AWS KMS key ${ctx.key}`;
    const where = ctx.region ? ` in region ${ctx.region}` : "";
    const cause = { cause: thrown };
    // The AWS SDK's own errors: a missing credential chain or region carries no name or code of its
    // own in every SDK version, and KMS answers one KMSInvalidStateException for a disabled key and a
    // key pending deletion. Only their messages tell these apart; none of ours is read here.
    // eslint-disable-next-line no-restricted-syntax -- an AWS SDK message, see above
    if (name === "CredentialsProviderError" || /Could not load credentials/i.test(err.message ?? "")) {
        return new errors/* UsageError */.eb(`no AWS credentials to call ${ctx.operation} on ${subject}`, {
            ...cause,
            hint: (0,wording/* phrase */.MZ)("aws-credentials"),
        });
    }
    // eslint-disable-next-line no-restricted-syntax -- an AWS SDK message, see above
    if (/Region is missing/i.test(err.message ?? ""))
        return missingRegion(ctx.key, thrown);
    if (BAD_CREDENTIALS.has(name)) {
        return new errors/* UsageError */.eb(`AWS rejected the credentials used for ${ctx.operation} on ${subject} (${name})`, {
            ...cause,
            hint: "the credentials are invalid or expired: check the role or profile they come from, its session duration, and the machine's clock",
        });
    }
    switch (name) {
        case "AccessDeniedException":
            return new errors/* TrustError */.Ru("KMS_ACCESS_DENIED", `access denied to ${ctx.operation} on ${subject}${where}`, {
                ...cause,
                hint: "allow kms:GetPublicKey and kms:Sign on this key's ARN for the role this job assumes, in its IAM policy and in the key policy",
            });
        case "DisabledException":
            return new errors/* TrustError */.Ru("KMS_KEY_DISABLED", `${subject} is disabled`, {
                ...cause,
                hint: `enable it (aws kms enable-key --key-id ${ctx.key}) or sign with another key`,
            });
        case "KMSInvalidStateException":
            // eslint-disable-next-line no-restricted-syntax -- a KMS message, see above
            if (/pending\s*(replica\s*)?deletion/i.test(err.message ?? "")) {
                return new errors/* TrustError */.Ru("KMS_KEY_PENDING_DELETION", `${subject} is pending deletion`, {
                    ...cause,
                    hint: `cancel the deletion (aws kms cancel-key-deletion --key-id ${ctx.key}) and enable the key, or sign with another key`,
                });
            }
            return new errors/* TrustError */.Ru("KMS_KEY_STATE", `${subject} is not in a state that allows ${ctx.operation}`, {
                ...cause,
                hint: `check its state with: aws kms describe-key --key-id ${ctx.key}`,
            });
        case "NotFoundException":
        case "InvalidArnException":
            return new errors/* UsageError */.eb(`${subject} was not found${where}`, {
                ...cause,
                hint: `check the key ID or alias and the region: a key ARN carries its region, otherwise ${(0,wording/* setting */.Pe)("aws-region")} (or AWS_REGION) decides`,
            });
        case "InvalidKeyUsageException":
        case "UnsupportedOperationException":
            return new errors/* UsageError */.eb(`${subject} cannot be used for ${ctx.operation} (${name}: ${clip(err.message)})`, {
                ...cause,
                hint: `Notary signing needs an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
            });
        case "ValidationException":
            return new errors/* TrustError */.Ru("KMS_REJECTED", `AWS KMS rejected ${ctx.operation} on ${subject} (${clip(err.message)})`, cause);
    }
    if (THROTTLING.has(name) || status === 429) {
        return new errors/* ServerError */.gP("KMS_THROTTLED", `AWS KMS kept throttling ${ctx.operation} on ${subject}${attemptsText(err)}`, {
            ...cause,
            ...(status ? { status } : {}),
            hint: "re-run the job later, or ask for a higher KMS request quota",
        });
    }
    if (err.code && NETWORK_CODES.has(err.code)) {
        const host = err.hostname ??
            (err.address ? `${err.address}${err.port ? `:${err.port}` : ""}` : undefined) ??
            ctx.endpointHost ??
            `AWS KMS in ${ctx.region ?? "no region"}`;
        return new errors/* ServerError */.gP("KMS_UNREACHABLE", `cannot reach ${host} to use ${subject} (${err.code})${attemptsText(err)}`, {
            ...cause,
            hint: err.code === "ENOTFOUND" || err.code === "EAI_AGAIN"
                ? `check the region (${ctx.region ?? "none"}) and any AWS_ENDPOINT_URL_KMS`
                : "check the runner's network access to KMS",
        });
    }
    if ((status !== undefined && status >= 500) || err.$fault === "server") {
        return new errors/* ServerError */.gP("KMS_UNAVAILABLE", `AWS KMS failed ${ctx.operation} on ${subject}${attemptsText(err)} (${name}${status ? `, HTTP ${status}` : ""})`, {
            ...cause,
            ...(status ? { status } : {}),
            hint: "KMS is having trouble; re-run the job later",
        });
    }
    return new errors/* TrustError */.Ru("KMS_ERROR", `${ctx.operation} on ${subject} failed (${name}${status ? `, HTTP ${status}` : ""}: ${clip(err.message)})`, cause);
}
function missingRegion(key, cause) {
    return new errors/* UsageError */.eb(`no AWS region for AWS KMS key ${key}`, {
        ...(cause === undefined ? {} : { cause }),
        hint: `give the key as an ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or give ${(0,wording/* setting */.Pe)("aws-region")} (or set AWS_REGION)`,
    });
}


// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/signers/kms-signer.ts
/**
 * A Signer backed by an asymmetric AWS KMS key. This is the only module that loads @aws-sdk/*, and
 * it does so with a dynamic import, so the SDK is read (and bundled in its own chunk) only when a
 * KMS key is used.
 *
 * GetPublicKey runs once: the SPKI gives the Notary public key and key ID, the key spec decides how
 * each signature is made so that notary's verifier accepts it (docs/notary-protocol.md §6.2):
 * - ECC_NIST_P256, ECDSA_SHA_256: sha256 here, Sign with MessageType DIGEST; KMS answers DER,
 *   notary wants raw r‖s of 32 + 32 bytes.
 * - RSA_2048/3072/4096, RSASSA_PSS_SHA_256: DIGEST; KMS uses salt length 32, as notary requires.
 * - ECC_NIST_EDWARDS25519, ED25519_SHA_512: pure Ed25519 over the whole message (RAW), which KMS
 *   accepts only up to 4096 bytes. ED25519_PH_SHA_512 (Ed25519ph) is not what notary verifies.
 * Every signature is checked against the public key before it is used.
 */







const ECDSA = { algorithm: "ECDSA_SHA_256", method: "ecdsa", messageType: "DIGEST", keyType: "ec" };
const RSA_PSS = { algorithm: "RSASSA_PSS_SHA_256", method: "rsapss", messageType: "DIGEST", keyType: "rsa" };
const ED25519 = { algorithm: "ED25519_SHA_512", method: "eddsa", messageType: "RAW", keyType: "ed25519" };
const PLANS = {
    ECC_NIST_P256: ECDSA,
    RSA_2048: RSA_PSS,
    RSA_3072: RSA_PSS,
    RSA_4096: RSA_PSS,
    ECC_NIST_EDWARDS25519: ED25519,
};
/** KMS signs at most this many bytes of a RAW message (the API's documented limit). */
const KMS_MAX_RAW_MESSAGE_BYTES = 4096;
/** The region named in a key or alias ARN (`arn:aws:kms:REGION:ACCOUNT:key/ID`), if keyId is one. */
function regionOfKmsKey(keyId) {
    if (!keyId.startsWith("arn:"))
        return undefined;
    const match = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(?:key|alias)\/\S+$/.exec(keyId);
    if (!match)
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} ${keyId} is not a KMS key ARN or alias ARN`, {
            hint: "write arn:aws:kms:REGION:ACCOUNT:key/ID or arn:aws:kms:REGION:ACCOUNT:alias/NAME",
        });
    return match[1];
}
/**
 * Converts an ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, as KMS returns it) to
 * the raw r‖s notary verifies, each left-padded to `size` bytes (32 for P-256). A leading zero of a
 * DER integer is dropped; a shorter integer is padded. Throws EncodingError on anything else.
 */
function ecdsaDerToRaw(der, size) {
    const parts = (0,codec_der/* childrenOf */.LU)((0,codec_der/* readWhole */.oD)(Buffer.from(der.buffer, der.byteOffset, der.byteLength), codec_der/* TAG */.Dk.sequence));
    if (parts.length !== 2 || parts.some((p) => p.tag !== codec_der/* TAG */.Dk.integer))
        throw new codec_der/* EncodingError */.Ug("ECDSA signature is not a SEQUENCE of two INTEGERs");
    const raw = new Uint8Array(2 * size);
    parts.forEach((part, i) => {
        let value = part.content;
        if (value.length === 0 || (value[0] & 0x80) !== 0)
            throw new codec_der/* EncodingError */.Ug("ECDSA signature holds an empty or negative integer");
        while (value.length > 1 && value[0] === 0)
            value = value.subarray(1);
        if (value.length > size)
            throw new codec_der/* EncodingError */.Ug(`ECDSA signature integer is ${value.length} bytes, more than ${size}`);
        raw.set(value, (i + 1) * size - value.length);
    });
    return raw;
}
async function openSession(options) {
    const key = options.keyId.trim();
    if (!key || /\s/.test(key))
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} is empty or contains spaces`, {
            hint: "give a key ID, key ARN, alias/NAME or alias ARN",
        });
    const arnRegion = regionOfKmsKey(key);
    if (arnRegion && options.region && options.region !== arnRegion) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} ${key} is in region ${arnRegion}, but the region given is ${options.region}`, { hint: `leave ${(0,wording/* setting */.Pe)("aws-region")} unset or make it match the ARN` });
    }
    let endpointHost;
    try {
        endpointHost = options.endpoint ? new URL(options.endpoint).host : undefined;
    }
    catch {
        throw new errors/* UsageError */.eb(`AWS KMS endpoint ${options.endpoint} is not a URL`);
    }
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(632)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
    const region = options.region ?? arnRegion;
    const maxAttempts = options.maxAttempts ?? 4;
    const retry = options.retryDelayMs
        ? {
            retryStrategy: new (await __webpack_require__.e(/* import() */ 609).then(__webpack_require__.t.bind(__webpack_require__, 3609, 19))).ConfiguredRetryStrategy(maxAttempts, options.retryDelayMs),
        }
        : { maxAttempts };
    const client = new sdk.KMSClient({
        ...(region ? { region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
        ...retry,
    });
    const resolved = region ?? (await client.config.region().catch(() => undefined));
    if (!resolved) {
        client.destroy();
        throw missingRegion(key);
    }
    return { client, sdk, context: { key, region: resolved, endpointHost } };
}
function fail(err, session, operation) {
    throw kmsError(err, { ...session.context, operation });
}
async function fetchKey(session, role) {
    const { key } = session.context;
    const answer = await session.client
        .send(new session.sdk.GetPublicKeyCommand({ KeyId: key }))
        .catch((err) => fail(err, session, "kms:GetPublicKey"));
    const keySpec = answer.KeySpec ?? answer.CustomerMasterKeySpec ?? "unknown";
    if (answer.KeyUsage !== "SIGN_VERIFY") {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key usage ${answer.KeyUsage ?? "unknown"} (key spec ${keySpec}); Notary signing needs SIGN_VERIFY`, {
            hint: `create an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
        });
    }
    const plan = PLANS[keySpec];
    if (!plan) {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key spec ${keySpec}, which cannot make signatures notary verifies`, {
            hint: `use a key with spec ${SUPPORTED_SPECS}`,
        });
    }
    if (!answer.SigningAlgorithms?.includes(plan.algorithm)) {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} (${keySpec}) does not offer ${plan.algorithm} (it offers ${answer.SigningAlgorithms?.join(", ") || "none"})`);
    }
    let spki;
    try {
        spki = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(answer.PublicKey ?? new Uint8Array()), format: "der", type: "spki" });
    }
    catch (err) {
        throw new errors/* TrustError */.Ru("KMS_BAD_PUBLIC_KEY", `AWS KMS key ${key} returned a public key that is not a readable SubjectPublicKeyInfo`, { cause: err });
    }
    const curve = spki.asymmetricKeyDetails?.namedCurve;
    if (spki.asymmetricKeyType !== plan.keyType || (plan.keyType === "ec" && curve !== "prime256v1")) {
        throw new errors/* TrustError */.Ru("KMS_BAD_PUBLIC_KEY", `AWS KMS key ${key} says ${keySpec} but its public key is ${spki.asymmetricKeyType ?? "unknown"}${curve ? ` ${curve}` : ""}`);
    }
    const publicKey = (0,public_key/* notaryPublicKeyOf */.hE)(spki);
    return {
        keyId: (0,keys/* keyIdOf */.yg)(publicKey),
        canonicalKeyId: (0,keys/* canonicalKeyIdOf */.Sy)(publicKey),
        keyArn: answer.KeyId ?? key,
        keySpec,
        publicKey,
        publicKeyPem: (0,public_key/* publicKeyPem */.rY)(publicKey, role ? { role } : {}),
        plan,
    };
}
/**
 * What `content-trust key inspect --aws-kms-key` prints: the key ID and the public key PEM an admin
 * gives to `docker trust signer add --key`. Refuses keys that cannot sign for notary, as signing would.
 */
async function inspectKmsKey(options) {
    const session = await openSession(options);
    try {
        const { plan: _plan, ...description } = await fetchKey(session, options.role);
        return description;
    }
    finally {
        session.client.destroy();
    }
}
class KmsSigner {
    keyId;
    publicKey;
    method;
    description;
    maxMessageBytes;
    keyArn;
    keySpec;
    #session;
    #plan;
    constructor(session, key) {
        this.#session = session;
        this.#plan = key.plan;
        this.keyId = key.keyId;
        this.publicKey = key.publicKey;
        this.method = key.plan.method;
        this.keyArn = key.keyArn;
        this.keySpec = key.keySpec;
        const raw = key.plan.messageType === "RAW";
        this.description = `AWS KMS key ${session.context.key}${raw ? ` (${key.keySpec}, pure Ed25519 over the whole role)` : ""}`;
        this.maxMessageBytes = raw ? KMS_MAX_RAW_MESSAGE_BYTES : undefined;
    }
    async sign(message) {
        const { sdk, client, context } = this.#session;
        const raw = this.#plan.messageType === "RAW";
        if (raw && message.length > KMS_MAX_RAW_MESSAGE_BYTES) {
            throw new errors/* TrustError */.Ru("MESSAGE_TOO_LARGE", `${message.length} bytes is more than the ${KMS_MAX_RAW_MESSAGE_BYTES} bytes AWS KMS signs with pure Ed25519 (key ${context.key})`);
        }
        const input = raw ? message : (0,external_node_crypto_.createHash)("sha256").update(message).digest();
        const answer = await client
            .send(new sdk.SignCommand({
            KeyId: context.key,
            Message: input,
            MessageType: this.#plan.messageType,
            SigningAlgorithm: this.#plan.algorithm,
        }))
            .catch((err) => fail(err, this.#session, "kms:Sign"));
        let signature = answer.Signature ?? new Uint8Array();
        if (this.#plan.method === "ecdsa") {
            try {
                signature = ecdsaDerToRaw(signature, 32);
            }
            catch (err) {
                throw new errors/* TrustError */.Ru("KMS_BAD_SIGNATURE", `AWS KMS key ${context.key} returned an ECDSA signature that is not DER (${err instanceof Error ? err.message : "unreadable"})`, { cause: err });
            }
        }
        if (!(0,keys/* verifySignature */.Od)(this.publicKey, this.method, message, signature)) {
            throw new errors/* TrustError */.Ru("KMS_BAD_SIGNATURE", `AWS KMS key ${context.key} returned a signature that does not verify with the public key it gave`, {
                hint: "if the key is an alias, check that it was not moved to another key during the run",
            });
        }
        return signature;
    }
    /** RSA keys: RSASSA_PKCS1_V1_5_SHA_256 over a local SHA-256 (what cosign verifies), checked before use. */
    async signRsaPkcs1v15(message) {
        const { sdk, client, context } = this.#session;
        if (this.#plan.keyType !== "rsa")
            throw new TypeError(`AWS KMS key ${context.key} is not an RSA key`);
        const answer = await client
            .send(new sdk.SignCommand({
            KeyId: context.key,
            Message: (0,external_node_crypto_.createHash)("sha256").update(message).digest(),
            MessageType: "DIGEST",
            SigningAlgorithm: "RSASSA_PKCS1_V1_5_SHA_256",
        }))
            .catch((err) => fail(err, this.#session, "kms:Sign"));
        const signature = answer.Signature ?? new Uint8Array();
        if (!(0,keys/* verifySignature */.Od)(this.publicKey, "rsapkcs1v15", message, signature)) {
            throw new errors/* TrustError */.Ru("KMS_BAD_SIGNATURE", `AWS KMS key ${context.key} returned an RSASSA-PKCS1-v1_5 signature that does not verify with the public key it gave`);
        }
        return signature;
    }
    /** Releases the SDK client's connections. */
    close() {
        this.#session.client.destroy();
    }
}
/** Opens a KMS client and reads the key once (GetPublicKey); the result signs many times. */
async function createKmsSigner(options) {
    const session = await openSession(options);
    try {
        return new KmsSigner(session, await fetchKey(session));
    }
    catch (err) {
        session.client.destroy();
        throw err;
    }
}


/***/ })

};
