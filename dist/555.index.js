export const id = 555;
export const ids = [555,692];
export const modules = {

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGNER_ADD_HELP: () => (/* binding */ SIGNER_ADD_HELP),
/* harmony export */   SIGNER_HELP: () => (/* binding */ SIGNER_HELP),
/* harmony export */   SIGNER_REMOVE_HELP: () => (/* binding */ SIGNER_REMOVE_HELP),
/* harmony export */   signerCommand: () => (/* binding */ signerCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9311);
/* harmony import */ var _signers_public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2060);
/* harmony import */ var _workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1661);
/* harmony import */ var _workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6322);
/* harmony import */ var _workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(677);
/* harmony import */ var _admin_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2233);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1604);
/* harmony import */ var _admin_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3217);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5968);










const SIGNER_ADD_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [--key ...] [flags]
       content-trust signer add NAME REPOSITORY --aws-kms-key KEY [flags]

Delegates to signer NAME: its keys go into targets/NAME and targets/releases, as
docker trust signer add does. --key takes Docker's NAME.pub, a public key PEM or a
certificate; --aws-kms-key takes the signer's AWS KMS key (its public key is read from KMS).
With --init, a repository that does not exist is created first (see content-trust init).
Signed with the repository's targets key: --signer-key FILE, --signer-aws-kms-key KEY, or
found in the key directory by ID.

Flags:
  --key FILE                the signer's public key (repeatable)
  --aws-kms-key KEY         the signer's key in AWS KMS
  --init                    create the repository when it does not exist
  --root-key FILE           (with --init) an existing root key instead of a new one
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .keyHelp */ .jg)("of the targets key", "--signer-aws-kms-key KEY")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .ADMIN_FOOTER */ .mj}`;
const SIGNER_REMOVE_HELP = `Usage: content-trust signer remove NAME REPOSITORY [flags]

Takes NAME's keys out of targets/releases and removes targets/NAME. When that leaves
targets/releases without keys or makes its tags stop verifying, it asks on a terminal and
otherwise refuses unless --force is given. Signed with the
repository's targets key: --signer-key FILE, --aws-kms-key KEY (or --signer-aws-kms-key KEY),
or found in the key directory by ID.

Flags:
  --force                   remove even when released tags stop verifying
${(0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .keyHelp */ .jg)("of the targets key")}
${_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .ADMIN_FOOTER */ .mj}`;
const SIGNER_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [flags]
       content-trust signer remove NAME REPOSITORY [flags]

Commands:
  add       add a signer (targets/NAME and targets/releases)
  remove    remove a signer

Run content-trust signer add --help or content-trust signer remove --help for their flags.`;
async function signerCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "add" && sub !== "remove")
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`unknown signer command ${JSON.stringify(sub ?? "")}`, {
            hint: "content-trust signer add|remove NAME REPOSITORY",
        });
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(rest, {
        ..._admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminFlags */ .d7,
        key: { type: "string", multiple: true },
        init: { type: "boolean" },
        force: { type: "boolean" },
        "root-key": { type: "string" },
        "signer-aws-kms-key": { type: "string" },
    });
    if (sub === "add" && values.force)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("signer add takes no --force");
    if (positionals.length !== 2)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`signer ${sub} takes NAME and REPOSITORY`, {
            hint: `content-trust signer ${sub} alice registry.example/app${sub === "add" ? " --key alice.pub" : ""}`,
        });
    const [name, repository] = positionals;
    const hooks = (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminHooks */ .O8)(io);
    if (sub === "remove") {
        if (values.key || values.init)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("signer remove takes no --key or --init");
        const force = values.force ?? false;
        const kmsFlag = values["signer-aws-kms-key"] ? "signer-aws-kms-key" : "aws-kms-key";
        const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminConfig */ .wy)(values, io, repository, { file: "signer-key", kms: kmsFlag });
        const result = await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__/* .withAdminSession */ .a)(config, hooks, (s) => (0,_workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_5__/* .removeSigner */ .L)(s.deps, { name, anchor: s.anchor, force, ...(io.confirm ? { confirm: io.confirm } : {}) }));
        io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .signerChangeJson */ .Vq)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSignerChange */ .uS)("remove", result));
        return 0;
    }
    const config = await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .adminConfig */ .wy)(values, io, repository, { file: "signer-key", kms: "signer-aws-kms-key" });
    const keys = await signerKeysOf(values.key ?? [], values["aws-kms-key"], values["aws-region"], name, io);
    if (values["root-key"] && !values.init)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox("--root-key is for creating a repository", { hint: "add --init" });
    const result = values.init
        ? await (0,_workflows_admin_new_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .addSignerOrCreate */ .H)({ ...config, ...(await (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .rootKeyOption */ .PH)(values["root-key"], io)) }, { ...hooks, newPassphrase: (0,_admin_options_js__WEBPACK_IMPORTED_MODULE_8__/* .newKeyPassphrase */ .yc)(io) }, { name, keys })
        : await (0,_workflows_admin_session_js__WEBPACK_IMPORTED_MODULE_4__/* .withAdminSession */ .a)(config, hooks, (s) => (0,_workflows_admin_signers_js__WEBPACK_IMPORTED_MODULE_5__/* .addSigner */ .U)(s.deps, { name, keys, anchor: s.anchor }));
    io.stdout(values.json ? JSON.stringify((0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .signerChangeJson */ .Vq)(result), null, 2) + "\n" : (0,_admin_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSignerChange */ .uS)("add", result));
    return 0;
}
async function signerKeysOf(files, kmsKey, region, name, io) {
    if (files.length === 0 && !kmsKey)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandLineError */ .Ox(`signer add ${name} needs the signer's public key`, {
            hint: "give --key NAME.pub (docker trust key generate writes it) or --aws-kms-key KEY",
        });
    const keys = [];
    for (const file of files)
        keys.push((0,_signers_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .ee)(await (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .readInputFile */ .jH)(file, "public key", io.cwd), { now: new Date() }).publicKey);
    if (kmsKey)
        keys.push((await (0,_signers_kms_signer_js__WEBPACK_IMPORTED_MODULE_1__.inspectKmsKey)({ keyId: kmsKey, region, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .kmsProxyOption */ .ZH)(io) })).publicKey);
    return keys;
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


/***/ }),

/***/ 1661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ addSignerOrCreate),
/* harmony export */   v: () => (/* binding */ createRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _signers_key_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3717);
/* harmony import */ var _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(326);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4623);
/* harmony import */ var _init_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7482);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6322);
/* harmony import */ var _signers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(677);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3395);








async function createIn(session, config, hooks) {
    const notary = session.connection.notary;
    await (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .assertNewRepository */ .Jp)(notary);
    let rootKey;
    if (config.rootKey) {
        rootKey = (0,_signers_key_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .P)(config.rootKey, config.rootKeyPassphrase).keyObject;
        const problem = (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .rootKeyProblem */ .hh)(rootKey);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`root key: ${problem}`);
    }
    const written = [];
    const newKey = async (role) => {
        if (!session.directory)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`a new ${role} key needs a key directory to be written to`, {
                hint: `give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("key-dir")}`,
            });
        if (!hooks.newPassphrase)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no passphrase for the new ${role} key`, {
                hint: `give it in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .setting */ .Pe)("signer-key-passphrase")}`,
            });
        const passphrase = await hooks.newPassphrase(role);
        const key = await session.directory.generate({
            role,
            ...(role === "targets" ? { gun: session.gun } : {}),
            passphrase,
        });
        written.push({ role, keyId: key.keyId, fileName: key.fileName });
        session.deps.runtime.log(`Wrote the new ${role} key ${key.keyId} to the key directory`);
        return key.key;
    };
    rootKey ??= (await newKey("root")).keyObject;
    const targets = session.signers[0] ?? new _signers_key_file_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyFileSigner */ .Q(await newKey("targets"));
    const result = await (0,_init_js__WEBPACK_IMPORTED_MODULE_4__/* .initRepository */ .zY)({ notary, runtime: session.deps.runtime }, { rootKey, targets, ...(config.signers ? { signers: config.signers } : {}) });
    return { ...result, written };
}
/** Creates a repository: root and targets keys given or made, the server's snapshot and timestamp keys. */
async function createRepository(config, hooks = {}) {
    return (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .withAdminSession */ .a)(config, hooks, (session) => createIn(session, config, hooks));
}
/** `signer add --init`: creates the repository with the signer when it does not exist, else adds the signer. */
async function addSignerOrCreate(config, hooks, signer) {
    return (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .withAdminSession */ .a)(config, hooks, async (session) => {
        if (await session.connection.notary.getMetadata("root")) {
            return (0,_signers_js__WEBPACK_IMPORTED_MODULE_6__/* .addSigner */ .U)(session.deps, { name: signer.name, keys: signer.keys, anchor: session.anchor });
        }
        session.deps.runtime.log(`${session.gun} does not exist yet: creating it with signer ${signer.name}`);
        const created = await createIn(session, { ...config, signers: [{ name: signer.name, keys: signer.keys }] }, hooks);
        return {
            gun: session.gun,
            name: signer.name,
            keyIds: (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .signerKeys */ .dL)(created.set).find((s) => s.name === signer.name)?.keyIds ?? [],
            published: true,
            targetsVersion: created.set.targets.get("targets").signed.version,
            unreleased: [],
            warnings: [],
            set: created.set,
            created,
        };
    });
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ removeSigner),
/* harmony export */   U: () => (/* binding */ addSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4623);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5591);
/* harmony import */ var _tuf_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5493);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1111);
/* harmony import */ var _tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1575);
/* harmony import */ var _tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6360);
/* harmony import */ var _init_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7482);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2265);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3395);
/**
 * Managing signers as `docker trust signer add/remove` do (docker/cli cli/command/trust
 * signer_add.go, signer_remove.go; docs/notary-protocol.md §7). A signer NAME is the delegation `targets/NAME`;
 * its keys are also keys of `targets/releases`, the role `docker pull` trusts. Both changes edit
 * `targets` only, so they are signed with the repository's targets key.
 *
 * `docker trust signer remove` is a no-op in Docker 28.2.2 (it only acts after an interactive
 * confirmation that is never asked for); this one does what its help says and warns when the
 * releases role is left without keys or its current content stops verifying.
 */











function sameContent(a, b) {
    return (0,_tuf_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)((0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .signedJson */ .H0)(a)) === (0,_tuf_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)((0,_tuf_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .signedJson */ .H0)(b));
}
async function targetsPlan(deps, set, next, now) {
    const current = set.targets.get("targets").signed;
    if (sameContent(current, next))
        return { files: new Map(), versions: new Map() };
    const signed = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .resign */ .LD)(next, await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .requireSigner */ .Sz)(deps, set, "targets"), now);
    return { files: new Map([["targets", signed.bytes]]), versions: new Map([["targets", signed.version]]) };
}
function finish(deps, name, update) {
    const set = update.set;
    return {
        gun: set.gun,
        name,
        keyIds: (0,_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .signerKeys */ .dL)(set).find((s) => s.name === name)?.keyIds ?? [],
        published: update.published,
        targetsVersion: set.targets.get("targets").signed.version,
        unreleased: (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .lostReleases */ .Ln)(update.before, (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .releasedTags */ .JR)(set, deps.runtime.now())),
        warnings: update.warnings,
        set,
    };
}
/** Adds keys to `targets/NAME` and `targets/releases` (creating them), as `docker trust signer add`. */
async function addSigner(deps, opts) {
    (0,_init_js__WEBPACK_IMPORTED_MODULE_7__/* .checkSignerName */ ._D)(opts.name);
    if (opts.keys.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`signer ${opts.name} needs at least one public key`, {
            hint: "give the signer's public key or AWS KMS key",
        });
    const role = `targets/${opts.name}`;
    let stale = false;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH],
        change: `signer ${opts.name}`,
        plan: async (set, now) => {
            const current = set.targets.get("targets").signed;
            stale = !(0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(current, role) && set.snapshot?.signed.meta.has(role) === true;
            let next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .addDelegationKeys */ .ok)(current, role, opts.keys);
            next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .addDelegationKeys */ .ok)(next, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, opts.keys);
            return targetsPlan(deps, set, next, now);
        },
    });
    const result = finish(deps, opts.name, update);
    if (stale && update.published && !update.set.targets.has(role)) {
        // The server keeps the snapshot entry of a removed delegation; its old file does not verify
        // with the new keys, and signing into the role is refused until it is replaced.
        const m = `${role} of ${result.gun} still holds the file of an earlier signer named ${opts.name}, signed by other keys; signing into it will be refused. Remove this signer and choose another name, or use the earlier key (key rotate-signer replaces keys without this)`;
        result.warnings.push(m);
        deps.runtime.warn(m);
    }
    const want = opts.keys.map((k) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(k));
    const releases = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(update.set.targets.get("targets").signed, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    const inReleases = new Set((releases?.keyIds ?? [])
        .map((id) => update.set.targets.get("targets").signed.delegations.keys.get(id))
        .filter((k) => k)
        .map((k) => (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(k)));
    if (!want.every((id) => result.keyIds.includes(id) && inReleases.has(id))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${result.gun}: after publishing, signer ${opts.name} does not list key ${want.map(_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_).join(", ")} in ${role} and ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH}`, {
            hint: "another writer changed the signers at the same time; inspect the repository and run it again",
        });
    }
    return result;
}
/**
 * Removes NAME's keys from `targets/releases` and the `targets/NAME` delegation. A removal that
 * breaks released tags (the last signer of targets/releases, or its content no longer verifying)
 * is asked about on a terminal and otherwise needs `force`, as `docker trust signer remove` asks.
 */
async function removeSigner(deps, opts) {
    (0,_init_js__WEBPACK_IMPORTED_MODULE_7__/* .checkSignerName */ ._D)(opts.name);
    const role = `targets/${opts.name}`;
    const warn = (m) => deps.runtime.warn(m);
    const notes = [];
    let confirmed = opts.force === true;
    const update = await (0,_update_js__WEBPACK_IMPORTED_MODULE_8__/* .updateRepository */ .Ir)(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH],
        change: `removal of signer ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const signer = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(targets, role);
            if (!signer) {
                const names = (targets.delegations.roles ?? [])
                    .map((r) => r.name.replace(/^targets\//, ""))
                    .filter((n) => n !== "releases");
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name} (signers: ${names.join(", ") || "none"})`);
            }
            const ids = signer.keyIds ?? [];
            let next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDelegationKeys */ .VP)(targets, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, ids);
            next = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDelegation */ .XE)(next, role);
            notes.length = 0;
            notes.push(...releasesWarnings(set, opts.name, next));
            if (notes.length > 0 && !confirmed) {
                const what = `removing signer ${opts.name} from ${set.gun} breaks released tags: ${notes.join("; ")}`;
                if (!opts.confirm) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("CONFIRMATION_REQUIRED", `${what}; nothing was published`, {
                        hint: `run it on a terminal to confirm, or give ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)("force")}`,
                    });
                }
                if (!(await opts.confirm(`${what}. Remove ${opts.name} anyway? (y/N) `))) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("CANCELLED", `signer ${opts.name} was not removed from ${set.gun}; nothing was published`);
                }
                confirmed = true;
            }
            return targetsPlan(deps, set, next, now);
        },
    });
    for (const n of notes)
        warn(n);
    const result = finish(deps, opts.name, update);
    result.warnings.push(...notes);
    if ((0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(update.set.targets.get("targets").signed, role)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustError */ .Ru("NOT_SERVED", `${result.gun}: after publishing, ${role} is still delegated`, {
            hint: "another writer changed the signers at the same time; run it again",
        });
    }
    return result;
}
/** What removing a signer does to `targets/releases`: no keys left, or its content no longer verifying. */
function releasesWarnings(set, name, next) {
    const before = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(set.targets.get("targets").signed, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    const after = (0,_tuf_role_edits_js__WEBPACK_IMPORTED_MODULE_5__/* .findDelegation */ .Y$)(next, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    if (!before || !after)
        return [];
    const out = [];
    if ((before.keyIds ?? []).length > 0 && (after.keyIds ?? []).length === 0) {
        out.push(`${name} was the last signer of ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} in ${set.gun}: nobody can sign releases until a signer is added (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_9__/* .step */ .PM)("signer-add", set.gun)})`);
    }
    const env = set.targets.get(_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH);
    if (env && env.signed.targets.size > 0) {
        try {
            (0,_tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__/* .checkThreshold */ .w)(env, {
                name: _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH,
                keys: (0,_tuf_signatures_js__WEBPACK_IMPORTED_MODULE_6__/* .pickKeys */ .g)(next.delegations.keys, after.keyIds, _tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH),
                threshold: after.threshold,
            });
        }
        catch {
            const tags = [...env.signed.targets.keys()];
            out.push(`${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} of ${set.gun} is signed only by ${name}'s keys: its ${tags.length} tag${tags.length === 1 ? "" : "s"} (${tags.slice(0, 5).join(", ")}${tags.length > 5 ? ", …" : ""}) stop verifying until a remaining signer of ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} signs it again (notary witness ${set.gun} ${_tuf_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH} -p)`);
        }
    }
    return out;
}


/***/ })

};
