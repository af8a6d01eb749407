#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ MalformedMetadataError),
/* harmony export */   Ci: () => (/* binding */ ExpiredError),
/* harmony export */   M2: () => (/* binding */ ThresholdError),
/* harmony export */   Ru: () => (/* binding */ TrustError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   VM: () => (/* binding */ HashMismatchError),
/* harmony export */   ZS: () => (/* binding */ RollbackError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gP: () => (/* binding */ ServerError),
/* harmony export */   hA: () => (/* binding */ RootTrustError),
/* harmony export */   mk: () => (/* binding */ VerificationError)
/* harmony export */ });
/* unused harmony export oneLine */
class TrustError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint === undefined ? undefined : oneLine(options.hint);
    }
    /** The message with its hint, as printed to a user. */
    describe() {
        return this.hint ? `${this.message}; ${this.hint}` : this.message;
    }
}
/**
 * Messages quote names a server chose (target names, role names, error codes): a line break in one
 * would let a server start a line of its own in a CI log, e.g. a `::set-output` workflow command.
 * Control characters and Unicode line separators become spaces, so a message is always one line.
 */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, " ");
}
/** Input that is not what it should be (bad reference, bad key file, bad option). */
class UsageError extends TrustError {
    constructor(message, options = {}) {
        super("USAGE", message, options);
    }
}
/** Metadata that cannot be trusted: signatures, hashes, versions, expiry, shape. */
class VerificationError extends TrustError {
}
class MalformedMetadataError extends VerificationError {
    constructor(message, options = {}) {
        super("MALFORMED_METADATA", message, options);
    }
}
class ExpiredError extends VerificationError {
    constructor(message, options = {}) {
        super("EXPIRED", message, options);
    }
}
class RollbackError extends VerificationError {
    constructor(message, options = {}) {
        super("ROLLBACK", message, options);
    }
}
class HashMismatchError extends VerificationError {
    constructor(message, options = {}) {
        super("HASH_MISMATCH", message, options);
    }
}
class ThresholdError extends VerificationError {
    constructor(message, options = {}) {
        super("THRESHOLD", message, options);
    }
}
class RootTrustError extends VerificationError {
    constructor(message, options = {}) {
        super("ROOT_TRUST", message, options);
    }
}
/** Something the network or a server did. `status` is the HTTP status when there was one. */
class ServerError extends TrustError {
    status;
    url;
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.status = options.status;
        this.url = options.url;
    }
}
/** A short, printable description of any thrown value (never a stack, never a dump). */
function describeError(err) {
    if (err instanceof TrustError)
        return err.describe();
    if (err instanceof Error)
        return oneLine(err.message);
    return oneLine(String(err));
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  EH: () => (/* binding */ createKmsSigner),
  inspectKmsKey: () => (/* binding */ inspectKmsKey)
});

// UNUSED EXPORTS: KMS_MAX_RAW_MESSAGE_BYTES, KmsSigner, ecdsaDerToRaw, regionOfKmsKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/tuf/keys.ts
var keys = __nccwpck_require__(5591);
// EXTERNAL MODULE: ./src/tuf/der.ts
var tuf_der = __nccwpck_require__(4396);
;// CONCATENATED MODULE: ./src/signers/kms-errors.ts
/**
 * AWS SDK errors from KMS calls, as one line naming the key and what to check. The SDK has already
 * retried what is worth retrying (throttling, 5xx, network) when an error reaches here; everything
 * else (access, key state, region, credentials) fails on the first answer. Messages never carry
 * credentials, and a service message is clipped to one short line.
 */

const THROTTLING = new Set(["ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded", "LimitExceededException"]);
const BAD_CREDENTIALS = new Set([
    "UnrecognizedClientException",
    "InvalidClientTokenId",
    "InvalidSignatureException",
    "IncompleteSignatureException",
    "ExpiredTokenException",
    "MissingAuthenticationTokenException",
    "SignatureDoesNotMatch",
]);
const NETWORK_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
const SUPPORTED_SPECS = "ECC_NIST_P256 (recommended), RSA_2048/3072/4096 or ECC_NIST_EDWARDS25519";
/** One short line of a service message: no newlines, at most 200 characters. */
function clip(text) {
    const line = (text ?? "").replace(/\s+/g, " ").trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
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
    if (name === "CredentialsProviderError" || /Could not load credentials/i.test(err.message ?? "")) {
        return new errors/* UsageError */.eb(`no AWS credentials to call ${ctx.operation} on ${subject}`, {
            ...cause,
            hint: "run aws-actions/configure-aws-credentials before this step (the job needs permissions: id-token: write for OIDC), or set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
        });
    }
    if (/Region is missing/i.test(err.message ?? ""))
        return missingRegion(ctx.key, thrown);
    if (BAD_CREDENTIALS.has(name)) {
        return new errors/* UsageError */.eb(`AWS rejected the credentials used for ${ctx.operation} on ${subject} (${name})`, {
            ...cause,
            hint: "the credentials are invalid or expired: check the role assumed by aws-actions/configure-aws-credentials, its session duration, and the runner's clock",
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
                hint: "check the key ID or alias and the region: a key ARN carries its region, otherwise aws-region (AWS_REGION) decides",
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
        const host = err.hostname ?? (err.address ? `${err.address}${err.port ? `:${err.port}` : ""}` : undefined) ?? ctx.endpointHost ?? `AWS KMS in ${ctx.region ?? "no region"}`;
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
        hint: "give the key as an ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or set aws-region (AWS_REGION), as aws-actions/configure-aws-credentials does",
    });
}


// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __nccwpck_require__(2060);
;// CONCATENATED MODULE: ./src/signers/kms-signer.ts
/**
 * A Signer backed by an asymmetric AWS KMS key. This is the only module that loads @aws-sdk/*, and
 * it does so with a dynamic import, so the SDK is read (and bundled in its own chunk) only when a
 * KMS key is used.
 *
 * GetPublicKey runs once: the SPKI gives the Notary public key and key ID, the key spec decides how
 * each signature is made so that notary's verifier accepts it (protocol §4):
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
        throw new errors/* UsageError */.eb(`aws-kms-key ${keyId} is not a KMS key ARN or alias ARN`, { hint: "write arn:aws:kms:REGION:ACCOUNT:key/ID or arn:aws:kms:REGION:ACCOUNT:alias/NAME" });
    return match[1];
}
/**
 * Converts an ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, as KMS returns it) to
 * the raw r‖s notary verifies, each left-padded to `size` bytes (32 for P-256). A leading zero of a
 * DER integer is dropped; a shorter integer is padded. Throws EncodingError on anything else.
 */
function ecdsaDerToRaw(der, size) {
    const parts = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* readWhole */.oD)(Buffer.from(der.buffer, der.byteOffset, der.byteLength), tuf_der/* TAG */.Dk.sequence));
    if (parts.length !== 2 || parts.some((p) => p.tag !== tuf_der/* TAG */.Dk.integer))
        throw new tuf_der/* EncodingError */.Ug("ECDSA signature is not a SEQUENCE of two INTEGERs");
    const raw = new Uint8Array(2 * size);
    parts.forEach((part, i) => {
        let value = part.content;
        if (value.length === 0 || (value[0] & 0x80) !== 0)
            throw new tuf_der/* EncodingError */.Ug("ECDSA signature holds an empty or negative integer");
        while (value.length > 1 && value[0] === 0)
            value = value.subarray(1);
        if (value.length > size)
            throw new tuf_der/* EncodingError */.Ug(`ECDSA signature integer is ${value.length} bytes, more than ${size}`);
        raw.set(value, (i + 1) * size - value.length);
    });
    return raw;
}
async function openSession(options) {
    const key = options.keyId.trim();
    if (!key || /\s/.test(key))
        throw new errors/* UsageError */.eb("aws-kms-key is empty or contains spaces", { hint: "give a key ID, key ARN, alias/NAME or alias ARN" });
    const arnRegion = regionOfKmsKey(key);
    if (arnRegion && options.region && options.region !== arnRegion) {
        throw new errors/* UsageError */.eb(`aws-kms-key ${key} is in region ${arnRegion}, but the region given is ${options.region}`, { hint: "leave aws-region unset or make it match the ARN" });
    }
    let endpointHost;
    try {
        endpointHost = options.endpoint ? new URL(options.endpoint).host : undefined;
    }
    catch {
        throw new errors/* UsageError */.eb(`AWS KMS endpoint ${options.endpoint} is not a URL`);
    }
    const sdk = await Promise.all(/* import() */[__nccwpck_require__.e(609), __nccwpck_require__.e(632)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2632, 19));
    const region = options.region ?? arnRegion;
    const maxAttempts = options.maxAttempts ?? 4;
    const retry = options.retryDelayMs
        ? { retryStrategy: new (await __nccwpck_require__.e(/* import() */ 609).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3609, 19))).ConfiguredRetryStrategy(maxAttempts, options.retryDelayMs) }
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
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key spec ${keySpec}, which cannot make signatures notary verifies`, { hint: `use a key with spec ${SUPPORTED_SPECS}` });
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
            .send(new sdk.SignCommand({ KeyId: context.key, Message: input, MessageType: this.#plan.messageType, SigningAlgorithm: this.#plan.algorithm }))
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

/***/ 3873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ encodePem),
/* harmony export */   v: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4396);
/**
 * PEM blocks with RFC 1421 headers, read leniently (CRLF, surrounding text, several blocks) and
 * written exactly as Go's `encoding/pem.EncodeToMemory` does, because notary compares and names
 * keys by those bytes.
 */

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Every PEM block in `text`, in order. Text outside blocks is ignored. */
function decodePemBlocks(text) {
    const lines = text.split(/\r?\n/);
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        const begin = BEGIN.exec(lines[i].trim());
        if (!begin)
            continue;
        const type = begin[1];
        const end = `-----END ${type}-----`;
        const headers = {};
        let j = i + 1;
        for (; j < lines.length; j++) {
            const line = lines[j];
            const colon = line.indexOf(":");
            if (colon < 0)
                break;
            headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
        }
        const body = [];
        for (; j < lines.length && lines[j].trim() !== end; j++)
            body.push(lines[j].trim());
        if (j >= lines.length)
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__/* .EncodingError */ .Ug(`PEM block ${type} has no END line`);
        const base64 = body.join("");
        if (!BASE64.test(base64) || base64.length % 4 !== 0) {
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__/* .EncodingError */ .Ug(`PEM block ${type} has a body that is not base64`);
        }
        blocks.push({ type, headers, bytes: Buffer.from(base64, "base64") });
        i = j;
    }
    return blocks;
}
/** Go's header order: `Proc-Type` first, then the other keys sorted bytewise. */
function orderedHeaderKeys(headers) {
    const keys = Object.keys(headers).filter((k) => k !== "Proc-Type");
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return "Proc-Type" in headers ? ["Proc-Type", ...keys] : keys;
}
/**
 * Byte-for-byte `pem.EncodeToMemory`: `\n` line ends, headers then a blank line, base64 in lines
 * of 64 characters, and a trailing newline.
 */
function encodePem(block) {
    let out = `-----BEGIN ${block.type}-----\n`;
    const headers = block.headers ?? {};
    const keys = orderedHeaderKeys(headers);
    for (const key of keys) {
        if (key.includes(":") || /[\r\n]/.test(key + headers[key])) {
            throw new _tuf_der_js__WEBPACK_IMPORTED_MODULE_0__/* .EncodingError */ .Ug("PEM header names cannot contain ':' and values cannot contain line breaks");
        }
        out += `${key}: ${headers[key]}\n`;
    }
    if (keys.length > 0)
        out += "\n";
    const base64 = Buffer.from(block.bytes).toString("base64");
    for (let i = 0; i < base64.length; i += 64)
        out += `${base64.slice(i, i + 64)}\n`;
    return `${out}-----END ${block.type}-----\n`;
}


/***/ }),

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ unsupportedKeyReason),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   hE: () => (/* binding */ notaryPublicKeyOf),
/* harmony export */   rY: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5591);
/* harmony import */ var _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4396);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3873);
/**
 * Public keys as `docker trust signer add --key` takes them (notary tuf/utils/x509.go
 * ParsePEMPublicKey): Docker's `NAME.pub` (`PUBLIC KEY` with a `role:` header), any SPKI PEM, or a
 * certificate PEM (which becomes an `ecdsa-x509`/`rsa-x509` key holding the PEM as Go writes it).
 */





const SUPPORTED_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
const MIN_RSA_BITS = 2048;
const SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3"]);
const PRIVATE_TYPES = /PRIVATE KEY$/;
/** Why notary cannot use this key, or undefined when it can (ecdsa P-256/384/521, rsa ≥ 2048, ed25519). */
function unsupportedKeyReason(key) {
    const details = key.asymmetricKeyDetails;
    switch (key.asymmetricKeyType) {
        case "ec":
            return SUPPORTED_CURVES.has(details?.namedCurve ?? "")
                ? undefined
                : `unsupported curve ${details?.namedCurve ?? "(unnamed)"}; notary uses P-256 ECDSA keys`;
        case "rsa": {
            const bits = details?.modulusLength ?? 0;
            return bits >= MIN_RSA_BITS ? undefined : `RSA key of ${bits} bits is too small; notary requires at least ${MIN_RSA_BITS}`;
        }
        case "ed25519":
            return undefined;
        default:
            return `unsupported key type ${key.asymmetricKeyType ?? "unknown"}; notary signs with ecdsa (P-256), rsa or ed25519 keys`;
    }
}
/**
 * The Notary form of a (private or public) key: `ecdsa`/`rsa` with the DER SubjectPublicKeyInfo,
 * `ed25519` with the raw 32-byte public key. The caller has checked unsupportedKeyReason.
 */
function notaryPublicKeyOf(key) {
    const pub = key.type === "private" ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    switch (pub.asymmetricKeyType) {
        case "ec": {
            // Go's MarshalPKIXPublicKey always writes the uncompressed point; OpenSSL keeps the form it
            // parsed, so go through JWK to get the uncompressed one.
            const uncompressed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pub.export({ format: "jwk" }), format: "jwk" });
            return { type: "ecdsa", public: uncompressed.export({ type: "spki", format: "der" }).toString("base64") };
        }
        case "rsa":
            return { type: "rsa", public: pub.export({ type: "spki", format: "der" }).toString("base64") };
        case "ed25519":
            return { type: "ed25519", public: Buffer.from(pub.export({ format: "jwk" }).x ?? "", "base64url").toString("base64") };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported key type ${pub.asymmetricKeyType ?? "unknown"}`);
    }
}
function fromSpki(block) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.bytes, format: "der", type: "spki" });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key PEM holds no readable SubjectPublicKeyInfo");
    }
    const reason = unsupportedKeyReason(key);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key: ${reason}`);
    const publicKey = notaryPublicKeyOf(key);
    // notary keeps the given DER bytes; Go refuses non-canonical forms (compressed points, RSA
    // without NULL), so insist on the canonical encoding, which keeps the key ID the same as Go's.
    if (publicKey.type !== "ed25519" && publicKey.public !== block.bytes.toString("base64")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key is not in canonical DER form; re-export it with: openssl pkey -pubin -pubout");
    }
    return publicKey;
}
function signatureAlgorithmOf(der) {
    const fields = (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .readWhole */ .oD)(der, _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.sequence));
    return (0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidToString */ .dh)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childAt */ .Ut)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)((0,_tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childAt */ .Ut)(fields, 1, _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.sequence, "signature algorithm")), 0, _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.oid, "signature OID").content);
}
function fromCertificate(block, now) {
    let cert;
    let signatureOid;
    try {
        cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block.bytes);
        signatureOid = signatureAlgorithmOf(block.bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("certificate PEM holds no readable X.509 certificate");
    }
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "(no CN)";
    if (SHA1_SIGNATURES.has(signatureOid))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} is signed with SHA-1, which notary rejects`);
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    if (notBefore > notAfter)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} has an invalid validity window`);
    if (now && (notBefore.getTime() > now.getTime() + 86_400_000 || now > notAfter)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn} is not valid now (valid ${cert.validFrom} to ${cert.validTo})`);
    }
    const key = cert.publicKey;
    const reason = unsupportedKeyReason(key);
    if (reason || key.asymmetricKeyType === "ed25519") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`certificate ${cn}: ${reason ?? "ed25519 certificates are not supported by notary"}`);
    }
    const type = key.asymmetricKeyType === "ec" ? "ecdsa-x509" : "rsa-x509";
    return { type, public: Buffer.from((0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "CERTIFICATE", bytes: block.bytes })).toString("base64") };
}
/** Parses the first PEM block of a public key or certificate file. */
function parsePublicKey(text, options = {}) {
    let blocks;
    try {
        blocks = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePemBlocks */ .v)(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`public key file is malformed: ${err instanceof _tuf_der_js__WEBPACK_IMPORTED_MODULE_3__/* .EncodingError */ .Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks[0];
    if (!block)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("public key is not a PEM file (expected -----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----)");
    let publicKey;
    if (block.type === "PUBLIC KEY")
        publicKey = fromSpki(block);
    else if (block.type === "CERTIFICATE")
        publicKey = fromCertificate(block, options.now);
    else if (PRIVATE_TYPES.test(block.type)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`a private key (${block.type}) was given where a public key is expected; give the NAME.pub file`);
    }
    else
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unsupported PEM block ${block.type}, expected PUBLIC KEY or CERTIFICATE`);
    const role = block.headers["role"];
    return {
        publicKey,
        keyId: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .keyIdOf */ .yg)(publicKey),
        canonicalKeyId: (0,_tuf_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalKeyIdOf */ .Sy)(publicKey),
        ...(role ? { role } : {}),
    };
}
/**
 * A PEM for `docker trust signer add --key`: SPKI `PUBLIC KEY` (with Docker's `role:` header when
 * asked) for plain keys, the certificate PEM for x509 keys. Note: notary only accepts ECDSA and RSA
 * SPKI keys there; an ed25519 key is written in RFC 8410 form for other tools.
 */
function publicKeyPem(publicKey, options = {}) {
    const headers = options.role ? { role: options.role } : undefined;
    switch (publicKey.type) {
        case "ecdsa":
        case "rsa":
            return (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "PUBLIC KEY", ...(headers ? { headers } : {}), bytes: Buffer.from(publicKey.public, "base64") });
        case "ed25519": {
            const raw = Buffer.from(publicKey.public, "base64");
            if (raw.length !== 32)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("ed25519 public key is not 32 bytes");
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
            return (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePem */ .T)({ type: "PUBLIC KEY", ...(headers ? { headers } : {}), bytes: key.export({ type: "spki", format: "der" }) });
        }
        case "ecdsa-x509":
        case "rsa-x509":
            return Buffer.from(publicKey.public, "base64").toString("utf8");
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write a PEM for key type ${publicKey.type}`);
    }
}


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   X8: () => (/* binding */ envelopeJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   dw: () => (/* binding */ parseJsonObject)
/* harmony export */ });
/* unused harmony exports compareUtf8, htmlEscape */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Go's canonical JSON (github.com/docker/go/canonical/json, as vendored by notary) and the
 * file envelope notary writes around it.
 *
 * Why not the `canonicalize` package (RFC 8785 / JCS): JCS sorts object keys by UTF-16 code
 * units where Go sorts by UTF-8 bytes (astral characters and U+E000..U+FFFF come out in opposite
 * orders), JCS escapes control characters where Go writes them raw, and JCS knows nothing about
 * the HTML-escaped `{"signed":…,"signatures":…}` envelope. A server accepts such bytes with 200
 * and the repository is then unreadable for every client, so we write Go's form by hand and keep
 * `canonicalize` only as a differential oracle in the tests.
 */

/**
 * Orders strings by Unicode code point, which is the order of their UTF-8 bytes (Go's string `<`),
 * without encoding them: at the first differing UTF-16 unit, surrogates (astral characters) must
 * sort above U+E000..U+FFFF, so both ranges are shifted before comparing.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800)
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        if (y >= 0xd800)
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        return x - y;
    }
    return a.length - b.length;
}
// Characters that need attention: `"`, `\`, C0 controls, and surrogates (checked for pairing).
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;
function encodeString(s) {
    if (!SPECIAL.test(s))
        return `"${s}"`;
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x22)
            out += '\\"';
        else if (c === 0x5c)
            out += "\\\\";
        else if (c < 0x20) {
            // Go writes control characters raw, and Go's own envelope encoder then refuses the
            // result ("invalid character in string literal"): no Go client can publish them.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`control character U+${c.toString(16).padStart(4, "0")} in a JSON string cannot be published to a Notary server`);
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            const next = s.charCodeAt(i + 1);
            if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6("unpaired UTF-16 surrogate in a JSON string");
            }
            out += s[i] + s[i + 1];
            i++;
        }
        else
            out += s[i];
    }
    return out + '"';
}
function encodeNumber(n) {
    if (!Number.isSafeInteger(n)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`canonical JSON allows only integers, found ${n}`);
    }
    return String(n === 0 ? 0 : n);
}
/** Go canonical JSON of a parsed value: sorted keys (UTF-8 order), only `"` and `\` escaped, no whitespace. */
function canonicalJson(value) {
    if (value === null)
        return "null";
    switch (typeof value) {
        case "boolean":
            return value ? "true" : "false";
        case "number":
            return encodeNumber(value);
        case "string":
            return encodeString(value);
        case "object": {
            if (Array.isArray(value))
                return `[${value.map(canonicalJson).join(",")}]`;
            const keys = Object.keys(value).sort(compareUtf8);
            const parts = [];
            for (const k of keys) {
                const v = value[k];
                if (v === undefined)
                    continue;
                parts.push(`${encodeString(k)}:${canonicalJson(v)}`);
            }
            return `{${parts.join(",")}}`;
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`value of type ${typeof value} has no JSON form`);
    }
}
const encoder = new TextEncoder();
/** UTF-8 bytes of the canonical form: what is signed and verified. */
function canonicalBytes(value) {
    return encoder.encode(canonicalJson(value));
}
const HTML = /[<>&\u2028\u2029]/g;
const HTML_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
};
/** What Go's encoding/json does to a RawMessage it compacts: HTML-significant characters escaped. */
function htmlEscape(json) {
    return json.replace(HTML, (c) => HTML_ESCAPES[c]);
}
/**
 * The file bytes notary writes: `{"signed":<html-escaped canonical>,"signatures":[…]}` in struct
 * order (not canonical order), from client/helpers.go and tuf/tuf.go.
 */
function envelopeJson(canonicalSigned, signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${encodeString(s.keyid)},"method":${encodeString(s.method)},"sig":${encodeString(s.sig)}}`)
        .join(",");
    return `{"signed":${htmlEscape(canonicalSigned)},"signatures":[${htmlEscape(sigs)}]}`;
}
/** Parses JSON text from an untrusted source into a plain value, refusing anything but an object. */
function parseJsonObject(text, subject) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not valid JSON`, { cause: err });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedMetadataError */ .$6(`${subject} is not a JSON object`);
    }
    return value;
}


/***/ }),

/***/ 4396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ derSet),
/* harmony export */   Cf: () => (/* binding */ derOctetString),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   LU: () => (/* binding */ childrenOf),
/* harmony export */   SU: () => (/* binding */ readDer),
/* harmony export */   UQ: () => (/* binding */ derBitString),
/* harmony export */   Ug: () => (/* binding */ EncodingError),
/* harmony export */   Ut: () => (/* binding */ childAt),
/* harmony export */   Wg: () => (/* binding */ derExplicit),
/* harmony export */   _2: () => (/* binding */ derOid),
/* harmony export */   cl: () => (/* binding */ derBoolean),
/* harmony export */   dV: () => (/* binding */ derUnsigned),
/* harmony export */   dh: () => (/* binding */ oidToString),
/* harmony export */   i5: () => (/* binding */ derInteger),
/* harmony export */   ih: () => (/* binding */ readSmallInteger),
/* harmony export */   kC: () => (/* binding */ derDirectoryString),
/* harmony export */   oD: () => (/* binding */ readWhole),
/* harmony export */   qH: () => (/* binding */ encodeDer),
/* harmony export */   tm: () => (/* binding */ derTime),
/* harmony export */   xy: () => (/* binding */ derSequence)
/* harmony export */ });
/**
 * The little DER (ASN.1) this package needs: read one TLV at a time, and build the few structures
 * key files and certificates contain. Not a general ASN.1 library: definite lengths only,
 * single-byte tags only.
 */
/** A PEM or DER encoding that cannot be read. The message never quotes the bytes. */
class EncodingError extends Error {
    constructor(message) {
        super(message);
        this.name = "EncodingError";
    }
}
const TAG = {
    boolean: 0x01,
    integer: 0x02,
    bitString: 0x03,
    octetString: 0x04,
    null: 0x05,
    oid: 0x06,
    utf8String: 0x0c,
    printableString: 0x13,
    utcTime: 0x17,
    generalizedTime: 0x18,
    sequence: 0x30,
    set: 0x31,
};
/** Reads the TLV that starts at `offset`. */
function readDer(source, offset = 0) {
    if (offset + 2 > source.length)
        throw new EncodingError("truncated DER");
    const tag = source[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new EncodingError("multi-byte DER tags are not supported");
    let length = source[offset + 1];
    let pos = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4)
            throw new EncodingError("unsupported DER length");
        if (pos + count > source.length)
            throw new EncodingError("truncated DER");
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + source[pos + i];
        pos += count;
        if (length < 0x80 || (count > 1 && source[pos - count] === 0))
            throw new EncodingError("non-minimal DER length");
    }
    if (pos + length > source.length)
        throw new EncodingError("truncated DER");
    return { tag, content: source.subarray(pos, pos + length), start: offset, end: pos + length };
}
/** Reads a whole buffer as exactly one TLV with the expected tag. */
function readWhole(source, tag) {
    const node = readDer(source);
    if (node.tag !== tag)
        throw new EncodingError(`expected DER tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
    if (node.end !== source.length)
        throw new EncodingError("trailing bytes after DER structure");
    return node;
}
/** The children of a constructed node, in order. */
function childrenOf(node) {
    const out = [];
    let offset = 0;
    while (offset < node.content.length) {
        const child = readDer(node.content, offset);
        out.push(child);
        offset = child.end;
    }
    return out;
}
/** The child at `index`, which must have `tag`. */
function childAt(children, index, tag, what) {
    const child = children[index];
    if (!child || child.tag !== tag)
        throw new EncodingError(`missing or malformed ${what}`);
    return child;
}
/** Dotted form of an OBJECT IDENTIFIER's content bytes. */
function oidToString(content) {
    if (content.length === 0)
        throw new EncodingError("empty OID");
    const arcs = [];
    let value = 0;
    for (const byte of content) {
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER)
            throw new EncodingError("OID arc too large");
        if (!(byte & 0x80)) {
            arcs.push(value);
            value = 0;
        }
    }
    if (content[content.length - 1] & 0x80)
        throw new EncodingError("truncated OID");
    const first = arcs.shift();
    const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
    return [...head, ...arcs].join(".");
}
/** A non-negative INTEGER small enough for a JS number (iteration counts, versions). */
function readSmallInteger(node, what) {
    if (node.tag !== TAG.integer || node.content.length === 0 || node.content.length > 6) {
        throw new EncodingError(`malformed ${what}`);
    }
    if (node.content[0] & 0x80)
        throw new EncodingError(`negative ${what}`);
    return node.content.readUIntBE(0, node.content.length);
}
function lengthBytes(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let n = length; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/** One TLV. */
function encodeDer(tag, content) {
    return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}
function derSequence(...items) {
    return encodeDer(TAG.sequence, Buffer.concat(items));
}
function derOctetString(content) {
    return encodeDer(TAG.octetString, content);
}
/** A non-negative INTEGER from a JS number, minimal as DER requires. */
function derInteger(value) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new EncodingError("bad INTEGER value");
    const bytes = [];
    for (let n = value; n > 0; n = Math.floor(n / 256))
        bytes.unshift(n & 0xff);
    if (bytes.length === 0 || bytes[0] & 0x80)
        bytes.unshift(0);
    return encodeDer(TAG.integer, Buffer.from(bytes));
}
function derOid(dotted) {
    const arcs = dotted.split(".").map(Number);
    if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
        throw new EncodingError("bad OID");
    const values = [arcs[0] * 40 + arcs[1], ...arcs.slice(2)];
    const bytes = [];
    for (const value of values) {
        const chunk = [value & 0x7f];
        for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128))
            chunk.unshift((n & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return encodeDer(TAG.oid, Buffer.from(bytes));
}
function derSet(...items) {
    return encodeDer(TAG.set, Buffer.concat(items));
}
/** A non-negative INTEGER from big-endian bytes (leading zeros trimmed, one added for the sign bit). */
function derUnsigned(bytes) {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0)
        i++;
    const trimmed = Buffer.from(bytes.subarray(i));
    return encodeDer(TAG.integer, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function derBitString(bytes) {
    return encodeDer(TAG.bitString, Buffer.concat([Buffer.from([0]), bytes]));
}
function derBoolean(value) {
    return encodeDer(TAG.boolean, Buffer.from([value ? 0xff : 0]));
}
/** An explicitly tagged, constructed context element `[n]`. */
function derExplicit(n, inner) {
    return encodeDer(0xa0 | n, inner);
}
/** PrintableString when the text allows it (as Go's asn1 does), else UTF8String. */
function derDirectoryString(text) {
    return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text)
        ? encodeDer(TAG.printableString, Buffer.from(text, "ascii"))
        : encodeDer(TAG.utf8String, Buffer.from(text, "utf8"));
}
/** UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5), seconds precision. */
function derTime(epochMs) {
    const iso = new Date(Math.floor(epochMs / 1000) * 1000).toISOString();
    const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
    return Number(iso.slice(0, 4)) < 2050 ? encodeDer(TAG.utcTime, Buffer.from(digits.slice(2))) : encodeDer(TAG.generalizedTime, Buffer.from(digits));
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ keyJson),
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   Sy: () => (/* binding */ canonicalKeyIdOf),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* unused harmony exports KEY_TYPES, SIGNATURE_METHODS, isKnownKeyType, certificateOf, keyObjectOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5493);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/**
 * Notary public keys, key IDs and signature verification (tuf/data/keys.go, tuf/signed/verifiers.go).
 */



const KEY_TYPES = (/* unused pure expression or super */ null && (["ecdsa", "ecdsa-x509", "rsa", "rsa-x509", "ed25519"]));
const SIGNATURE_METHODS = (/* unused pure expression or super */ null && (["ecdsa", "rsapss", "rsapkcs1v15", "eddsa"]));
function isKnownKeyType(type) {
    return KEY_TYPES.includes(type);
}
/** The JSON of a key as Go writes it (key IDs hash this; root and targets files embed it). */
function keyJson(key) {
    return { keytype: key.type, keyval: { private: null, public: key.public } };
}
/** TUF key ID: hex sha256 of the canonical key JSON, `"private":null` included. */
function keyIdOf(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(keyJson(key))).digest("hex");
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
/** The first certificate of an `*-x509` key (leaf first, as notary requires). */
function certificateOf(key) {
    if (!key.type.endsWith("-x509")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`key of type ${key.type} carries no certificate`);
    }
    const pem = Buffer.from(key.public, "base64").toString("utf8");
    const first = PEM_CERT.exec(pem);
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds no PEM certificate`);
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(first[0]);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedMetadataError */ .$6(`${key.type} key holds an unreadable certificate`, { cause: err });
    }
}
/**
 * The canonical key ID (tuf/utils/x509.go): for certificate keys, the ID of the plain key
 * (`ecdsa`/`rsa`, DER SubjectPublicKeyInfo) inside the certificate. Private key files are named by
 * it and Docker shows delegation keys by it. For plain keys it equals `keyIdOf`.
 */
function canonicalKeyIdOf(key) {
    if (!key.type.endsWith("-x509"))
        return keyIdOf(key);
    const spki = certificateOf(key).publicKey.export({ type: "spki", format: "der" });
    return keyIdOf({ type: key.type.slice(0, -"-x509".length), public: spki.toString("base64") });
}
const keyObjects = new WeakMap();
/** The node:crypto key behind a Notary key, or null when it has none we can use. */
function keyObjectOf(key) {
    const cached = keyObjects.get(key);
    if (cached !== undefined)
        return cached;
    let obj = null;
    try {
        switch (key.type) {
            case "ecdsa":
            case "rsa":
                obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(key.public, "base64"), format: "der", type: "spki" });
                break;
            case "ecdsa-x509":
            case "rsa-x509":
                obj = certificateOf(key).publicKey;
                break;
            case "ed25519": {
                const raw = Buffer.from(key.public, "base64");
                if (raw.length === 32) {
                    obj = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
                }
                break;
            }
        }
    }
    catch {
        obj = null;
    }
    // The key's algorithm must match its declared type, or it never verifies.
    if (obj) {
        const family = key.type.startsWith("ecdsa") ? "ec" : key.type.startsWith("rsa") ? "rsa" : "ed25519";
        if (obj.asymmetricKeyType !== family)
            obj = null;
    }
    keyObjects.set(key, obj);
    return obj;
}
const EC_SIZES = { prime256v1: 32, "P-256": 32, secp384r1: 48, "P-384": 48, secp521r1: 66, "P-521": 66 };
/**
 * Checks one signature as notary's verifiers do: the method decides the algorithm and must fit the
 * key type; ECDSA is raw r‖s of exactly 2×⌈bits/8⌉ bytes over sha256; RSA keys need 2048 bits;
 * RSA-PSS uses salt length 32. Anything unknown or mismatched is simply not valid.
 */
function verifySignature(key, method, message, signature) {
    const obj = keyObjectOf(key);
    if (!obj)
        return false;
    try {
        switch (method.toLowerCase()) {
            case "ecdsa": {
                if (obj.asymmetricKeyType !== "ec")
                    return false;
                const size = EC_SIZES[obj.asymmetricKeyDetails?.namedCurve ?? ""];
                if (!size || signature.length !== 2 * size)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, dsaEncoding: "ieee-p1363" }, signature);
            }
            case "rsapss":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
            case "rsapkcs1v15":
                if (obj.asymmetricKeyType !== "rsa" || (obj.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", message, { key: obj, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
            case "eddsa":
                if (obj.asymmetricKeyType !== "ed25519" || signature.length !== 64)
                    return false;
                return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, obj, signature);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}
/** Short form of a key ID for messages: the first 12 hex digits and an ellipsis. */
function shortId(id) {
    return id.length > 12 ? `${id.slice(0, 12)}…` : id;
}


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/registry/reference.ts
/**
 * Image references parsed as Docker does (github.com/distribution/reference: regexp.go grammar,
 * normalize.go `ParseNormalizedNamed`): `[domain[:port]/]path[:tag][@sha256:hex]`. A first path
 * element is a domain when it contains "." or ":", is "localhost", or has upper-case letters;
 * otherwise the image is on Docker Hub ("alpine" -> docker.io/library/alpine).
 */

const HUB_DOMAIN = "docker.io";
const HUB_API_HOST = "registry-1.docker.io";
const NAME_MAX = 255;
const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tagPat = "[\\w][\\w.-]{0,127}";
const digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
const REFERENCE = new RegExp(`^((?:${domainAndPort}/)?${remoteName})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const reference_TAG = new RegExp(`^${tagPat}$`);
/** Parses `input` like `docker pull` does; throws UsageError saying what is wrong. */
function parseReference(input) {
    const s = input.trim();
    const bad = (why) => new errors/* UsageError */.eb(`invalid image reference ${JSON.stringify(s.slice(0, 300))}: ${why}`);
    if (!s)
        throw bad("it is empty");
    if (IDENTIFIER.test(s))
        throw bad("a 64-character hexadecimal string is an image ID, not a repository name");
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s))
        throw bad("give the image name without a URL scheme (registry.example/app:tag)");
    const [domain, remainder] = splitDockerDomain(s);
    const tagSep = remainder.indexOf(":");
    const remote = tagSep >= 0 ? remainder.slice(0, tagSep) : remainder.split("@")[0];
    if (remote.toLowerCase() !== remote)
        throw bad(`repository name (${remote}) must be lowercase`);
    const full = `${domain}/${remainder}`;
    const m = REFERENCE.exec(full);
    if (!m)
        throw bad(explainMismatch(remainder));
    const nameWithDomain = m[1];
    if (nameWithDomain.length > NAME_MAX)
        throw bad(`repository name is longer than ${NAME_MAX} characters`);
    const tag = m[2];
    const digest = m[3];
    if (digest !== undefined && !SHA256.test(digest)) {
        const algorithm = digest.split(":")[0];
        throw bad(algorithm.toLowerCase() === "sha256"
            ? "a sha256 digest is 64 lower-case hexadecimal characters"
            : `digest algorithm ${algorithm} is not supported; Docker Content Trust signs sha256 digests`);
    }
    const nm = NAME.exec(nameWithDomain);
    const registry = nm[1];
    const repository = nm[2];
    return {
        registry,
        apiHost: registry === HUB_DOMAIN ? HUB_API_HOST : registry,
        repository,
        name: `${registry}/${repository}`,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** normalize.go splitDockerDomain. */
function splitDockerDomain(s) {
    const slash = s.indexOf("/");
    if (slash < 0)
        return [HUB_DOMAIN, `library/${s}`];
    const maybeDomain = s.slice(0, slash);
    const rest = s.slice(slash + 1);
    let domain;
    let remainder;
    if (maybeDomain === "localhost" || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
        domain = maybeDomain === "index.docker.io" ? HUB_DOMAIN : maybeDomain;
        remainder = rest;
    }
    else {
        domain = HUB_DOMAIN;
        remainder = s;
    }
    if (domain === HUB_DOMAIN && !remainder.split(/[:@]/)[0].includes("/"))
        remainder = `library/${remainder}`;
    return [domain, remainder];
}
function explainMismatch(remainder) {
    const at = remainder.indexOf("@");
    const beforeDigest = at >= 0 ? remainder.slice(0, at) : remainder;
    const colon = beforeDigest.lastIndexOf(":");
    const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
    if (at >= 0 && !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(remainder.slice(at + 1))) {
        return "the digest must look like sha256:<64 hexadecimal characters>";
    }
    if (tag !== undefined && !reference_TAG.test(tag)) {
        return "a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";
    }
    return "the name must be [registry[:port]/]path with lower-case path components of letters and digits separated by '.', '_', '__' or '-'";
}
/** Checks one tag (`v1`, `latest`) as Docker does; throws UsageError naming it. */
function parseTag(tag) {
    if (!reference_TAG.test(tag)) {
        throw new errors/* UsageError */.eb(`invalid tag ${JSON.stringify(tag.slice(0, 200))}: a tag is 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return tag;
}
/** `name[:tag][@digest]`, fully qualified unless `familiar` is set. */
function formatReference(ref, options = {}) {
    let name = ref.name;
    if (options.familiar && name.startsWith(`${HUB_DOMAIN}/`)) {
        name = name.slice(HUB_DOMAIN.length + 1);
        const official = name.slice("library/".length);
        if (name.startsWith("library/") && !official.includes("/"))
            name = official;
    }
    return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: ./src/net/http.ts
/**
 * Our HTTP transport over node:http / node:https. Global fetch cannot take a per-client CA bundle,
 * so every request of the action goes through here: keep-alive agents per transport, a deadline per
 * request (covering redirects, slow bodies and hung servers), bounded bodies, bounded redirects that
 * drop `Authorization` across origins, and errors that name the URL but never a header value.
 */




const DEFAULT_TIMEOUT_MS = 30_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;
/** A URL for messages: no user info, no query values (presigned URLs carry secrets there). */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?…" : ""}`;
    }
    catch {
        return "(invalid URL)";
    }
}
function createTransport(options = {}) {
    const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxRedirects = options.maxRedirects ?? 5;
    const userAgent = options.userAgent ?? "content-trust-action";
    const maxSockets = options.maxSockets ?? 16;
    const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets });
    const httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets });
    // One TLS context for every connection of this transport, made on first use. Given as `ca` to
    // the agent, the ~150 default CA certificates would be parsed again for each new socket (10-20 ms
    // of CPU each, one after another in a parallel wave) and copied into each request's pool key.
    let secureContext;
    const tlsFor = (url) => {
        if (url.protocol !== "https:" || !options.caPem)
            return {};
        secureContext ??= external_node_tls_default().createSecureContext({ ca: [...defaultCaCertificates(), options.caPem] });
        return { secureContext };
    };
    const transport = async (req) => {
        if (!Number.isSafeInteger(req.maxBytes) || req.maxBytes < 0) {
            throw new TypeError(`maxBytes must be a non-negative integer, got ${req.maxBytes}`);
        }
        let url = parseHttpUrl(req.url);
        const timeoutMs = req.timeoutMs ?? defaultTimeout;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        const onCallerAbort = () => controller.abort();
        req.signal?.addEventListener("abort", onCallerAbort, { once: true });
        if (req.signal?.aborted)
            controller.abort();
        const headers = { "user-agent": userAgent };
        for (const [name, value] of Object.entries(req.headers ?? {}))
            headers[name.toLowerCase()] = value;
        try {
            for (let hop = 0;; hop++) {
                const agent = url.protocol === "https:" ? httpsAgent : httpAgent;
                const res = await exchange(agent, tlsFor(url), url, req.method, headers, req.body, req.maxBytes, controller.signal);
                const location = res.headers["location"];
                const followable = req.method === "GET" || req.method === "HEAD";
                if (!followable || !REDIRECT_STATUSES.has(res.status) || !location)
                    return res;
                if (hop >= maxRedirects) {
                    throw new errors/* ServerError */.gP("TOO_MANY_REDIRECTS", `${req.method} ${displayUrl(req.url)} redirected more than ${maxRedirects} times`, { status: res.status, url: displayUrl(req.url) });
                }
                let next;
                try {
                    next = new URL(location, url);
                }
                catch {
                    next = new URL("invalid:");
                }
                if (next.protocol !== "http:" && next.protocol !== "https:") {
                    throw new errors/* ServerError */.gP("BAD_REDIRECT", `${req.method} ${displayUrl(url)} redirected to a URL that is not http(s)`, { status: res.status, url: displayUrl(url) });
                }
                // Credentials are for the origin that asked for them, never for the next one.
                if (next.origin !== url.origin)
                    delete headers["authorization"];
                url = next;
            }
        }
        catch (err) {
            if (err instanceof errors/* ServerError */.gP)
                throw err;
            if (timedOut) {
                throw new errors/* ServerError */.gP("TIMEOUT", `${req.method} ${displayUrl(url)} did not complete within ${formatMs(timeoutMs)}`, { url: displayUrl(url), cause: err });
            }
            if (req.signal?.aborted) {
                throw new errors/* ServerError */.gP("ABORTED", `${req.method} ${displayUrl(url)} was cancelled`, { url: displayUrl(url), cause: req.signal.reason });
            }
            throw err;
        }
        finally {
            clearTimeout(timer);
            req.signal?.removeEventListener("abort", onCallerAbort);
        }
    };
    return Object.assign(transport, {
        close() {
            httpAgent.destroy();
            httpsAgent.destroy();
        },
    });
}
/** What Node trusts by default (bundled, NODE_EXTRA_CA_CERTS, system when enabled); bundled on Node < 22.15. */
function defaultCaCertificates() {
    const get = (external_node_tls_default()).getCACertificates;
    return typeof get === "function" ? get("default") : (external_node_tls_default()).rootCertificates;
}
function parseHttpUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UsageError */.eb(`not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new errors/* UsageError */.eb(`unsupported URL scheme ${url.protocol} in ${displayUrl(url)}; use http or https`);
    }
    return url;
}
async function exchange(agent, tlsOptions, url, method, headers, body, maxBytes, signal) {
    try {
        return await exchangeOnce(agent, tlsOptions, url, method, headers, body, maxBytes, signal);
    }
    catch (err) {
        if (!(err instanceof StaleSocketError) || signal.aborted)
            throw err;
        if (method === "POST")
            throw unreachable(url, method, err.message);
    }
    try {
        return await exchangeOnce(agent, tlsOptions, url, method, headers, body, maxBytes, signal);
    }
    catch (err) {
        if (!(err instanceof StaleSocketError) || signal.aborted)
            throw err;
        throw unreachable(url, method, err.message);
    }
}
function unreachable(url, method, code) {
    return new errors/* ServerError */.gP("UNREACHABLE", `cannot reach ${url.host} for ${method} ${displayUrl(url)} (${code || "connection error"})`, { url: displayUrl(url) });
}
class StaleSocketError extends Error {
}
function exchangeOnce(agent, tlsOptions, url, method, headers, body, maxBytes, signal) {
    return new Promise((resolve, reject) => {
        const shown = displayUrl(url);
        const sendHeaders = { ...headers };
        if (body !== undefined)
            sendHeaders["content-length"] = String(body.byteLength);
        const lib = url.protocol === "https:" ? (external_node_https_default()) : (external_node_http_default());
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            request.destroy();
            reject(err);
        };
        const request = lib.request({
            protocol: url.protocol,
            hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
            port: url.port || undefined,
            path: `${url.pathname}${url.search}`,
            method,
            headers: sendHeaders,
            agent,
            signal,
            ...tlsOptions,
        });
        request.on("error", (err) => {
            if (signal.aborted)
                return fail(err);
            const code = err.code ?? "";
            if (request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE")) {
                return fail(new StaleSocketError(code));
            }
            if (TLS_CODES.test(code)) {
                return fail(new errors/* ServerError */.gP("TLS", `TLS connection to ${url.host} failed for ${method} ${shown} (${code})`, {
                    url: shown,
                    hint: "if the server uses a private CA, pass its certificate as a CA bundle",
                }));
            }
            fail(unreachable(url, method, code));
        });
        request.on("response", (res) => {
            const status = res.statusCode ?? 0;
            const responseHeaders = flattenHeaders(res.headers);
            const declared = Number(responseHeaders["content-length"]);
            const tooLarge = () => new errors/* ServerError */.gP("RESPONSE_TOO_LARGE", `response to ${method} ${shown} is larger than the limit of ${maxBytes} bytes`, { status, url: shown });
            if (REDIRECT_STATUSES.has(status) && responseHeaders["location"] && (method === "GET" || method === "HEAD")) {
                // The body of a redirect is never read; drain small ones to keep the socket.
                if (declared <= 65_536)
                    res.resume();
                else
                    res.destroy();
                settled = true;
                return resolve({ status, headers: responseHeaders, body: new Uint8Array(0), url: url.href });
            }
            if (method !== "HEAD" && Number.isFinite(declared) && declared > maxBytes)
                return fail(tooLarge());
            const chunks = [];
            let received = 0;
            res.on("data", (chunk) => {
                received += chunk.length;
                if (received > maxBytes)
                    return fail(tooLarge());
                chunks.push(chunk);
            });
            res.on("end", () => {
                if (settled)
                    return;
                settled = true;
                resolve({ status, headers: responseHeaders, body: new Uint8Array(Buffer.concat(chunks, received)), url: url.href });
            });
            const reset = (err) => {
                if (signal.aborted)
                    return fail(err ?? new Error("aborted"));
                fail(new errors/* ServerError */.gP("CONNECTION_RESET", `connection to ${url.host} closed while reading the response to ${method} ${shown} (${err?.code ?? "incomplete body"})`, { status, url: shown }));
            };
            res.on("error", reset);
            res.on("close", () => {
                if (!res.complete)
                    reset();
            });
        });
        request.end(body === undefined ? undefined : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    });
}
function flattenHeaders(raw) {
    const out = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    }
    return out;
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

;// CONCATENATED MODULE: ./src/notary/limits.ts
/**
 * Bounds on what a Notary server may send us. notary caps root at 100 MiB and timestamp at
 * 1 MiB; ours are tighter where the size is not yet signed. Once a length is signed (timestamp →
 * snapshot, snapshot → targets), reads are bounded by that exact length.
 */
const MAX_BYTES = {
    root: 2 * 1024 * 1024,
    timestamp: 1024 * 1024,
    snapshot: 32 * 1024 * 1024,
    targets: 64 * 1024 * 1024,
    key: 64 * 1024,
    error: 64 * 1024,
};
/** The bound for a current-version fetch of a role whose length is not yet known. */
function unsignedLimit(role) {
    if (role === "root")
        return MAX_BYTES.root;
    if (role === "timestamp")
        return MAX_BYTES.timestamp;
    if (role === "snapshot")
        return MAX_BYTES.snapshot;
    return MAX_BYTES.targets;
}

;// CONCATENATED MODULE: ./src/notary/client.ts
/**
 * The Notary server's HTTP API (server/server.go routes): metadata by current name, checksum or
 * version, the server-held timestamp and snapshot keys, and the atomic multipart upload.
 * Authentication and transport bounds live in net/; this maps the server's answers to typed errors.
 */




class NotaryClient {
    baseUrl;
    gun;
    send;
    /** Requests sent, for summaries and benchmarks. */
    requests = 0;
    constructor(opts) {
        this.baseUrl = opts.baseUrl.replace(/\/+$/, "");
        this.gun = opts.gun;
        this.send = opts.send;
    }
    url(file) {
        return `${this.baseUrl}/v2/${this.gun}/_trust/tuf/${file}`;
    }
    /** A metadata file, or undefined when the server has none (404). */
    async getMetadata(role, opts = {}) {
        const file = opts.sha256Hex !== undefined ? `${role}.${opts.sha256Hex}.json` : opts.version !== undefined ? `${opts.version}.${role}.json` : `${role}.json`;
        const maxBytes = opts.length ?? unsignedLimit(role);
        const res = await this.request({ method: "GET", url: this.url(file), maxBytes, ...(opts.signal ? { signal: opts.signal } : {}) }, "pull");
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.failure(res, `GET ${file}`);
        return res.body;
    }
    /** The server-held public key of `timestamp` or `snapshot` (created by the server if it has none). */
    async getServerKey(role) {
        const res = await this.request({ method: "GET", url: this.url(`${role}.key`), maxBytes: MAX_BYTES.key }, "pull,push");
        if (res.status !== 200)
            throw this.failure(res, `GET ${role}.key`);
        let parsed;
        try {
            parsed = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new errors/* ServerError */.gP("BAD_RESPONSE", `${this.where()} answered GET ${role}.key with something that is not JSON`);
        }
        if (typeof parsed?.keytype !== "string" || typeof parsed.keyval?.public !== "string") {
            throw new errors/* ServerError */.gP("BAD_RESPONSE", `${this.where()} answered GET ${role}.key without a public key`);
        }
        return { type: parsed.keytype, public: parsed.keyval.public };
    }
    /** One atomic upload of role files (`root`, `targets`, `targets/releases`, …). */
    async publish(files, signal) {
        const boundary = (0,external_node_crypto_.randomBytes)(30).toString("hex");
        const parts = [];
        for (const [role, bytes] of files) {
            parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`), Buffer.from(bytes), Buffer.from("\r\n"));
        }
        parts.push(Buffer.from(`--${boundary}--\r\n`));
        const res = await this.request({
            method: "POST",
            url: this.url(""),
            headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
            body: Buffer.concat(parts),
            maxBytes: MAX_BYTES.error,
            ...(signal ? { signal } : {}),
        }, "pull,push");
        if (res.status !== 200)
            throw this.failure(res, `POST ${[...files.keys()].join(", ")}`);
    }
    async request(req, access) {
        this.requests++;
        return this.send(req, access);
    }
    where() {
        return `${this.gun} on ${this.baseUrl}`;
    }
    /** Maps a non-success answer to one line naming the request, the server's code and its detail. */
    failure(res, what) {
        const body = parseErrorBody(res.body);
        const code = body?.code;
        const url = displayUrl(res.url);
        const status = res.status;
        if (status === 400 && code === "VERSION") {
            return new errors/* ServerError */.gP("VERSION_CONFLICT", `${this.where()}: ${what} lost a race: a newer version is already published`, { status, url });
        }
        if (status === 400 && code === "INVALID_UPDATE") {
            return new errors/* ServerError */.gP("INVALID_UPDATE", `${this.where()} rejected ${what}: ${describeDetail(body?.detail)}`, { status, url });
        }
        if (status === 404) {
            return new errors/* ServerError */.gP("NOT_FOUND", `${this.where()}: ${what} answered 404 (${code ?? "not found"})`, { status, url });
        }
        if (status >= 500) {
            const tried = res.attempts ? ` (tried ${res.attempts} times)` : "";
            return new errors/* ServerError */.gP("SERVER_UNAVAILABLE", `${this.where()}: ${what} failed with HTTP ${status}${code ? ` (${code})` : ""}${tried}`, {
                status,
                url,
                hint: "the Notary server or its signer is failing; retry later",
            });
        }
        const message = body?.message ? `: ${truncate(body.message)}` : "";
        return new errors/* ServerError */.gP(code ? `SERVER_${code}` : "BAD_STATUS", `${this.where()}: ${what} answered HTTP ${status}${code ? ` ${code}` : ""}${message}`, { status, url });
    }
}
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, MAX_BYTES.error)));
        return Array.isArray(parsed?.errors) ? parsed.errors[0] : undefined;
    }
    catch {
        return undefined;
    }
}
function truncate(s, n = 300) {
    const clean = s.replace(/[\u0000-\u001f\u007f]/g, " ");
    return clean.length > n ? `${clean.slice(0, n)}…` : clean;
}
/** `{"Name":"ErrBadTargets","Error":{"Msg":"…"}}` → `ErrBadTargets: …`. */
function describeDetail(detail) {
    if (detail && typeof detail === "object") {
        const d = detail;
        const inner = d.Error && typeof d.Error === "object" ? d.Error : undefined;
        const msg = inner ? (typeof inner.Msg === "string" ? inner.Msg : JSON.stringify(inner)) : typeof d.Error === "string" ? d.Error : "";
        if (typeof d.Name === "string")
            return truncate(`${d.Name}${msg ? `: ${msg}` : ""}`);
    }
    return truncate(typeof detail === "string" ? detail : JSON.stringify(detail ?? "invalid update"));
}

;// CONCATENATED MODULE: ./src/net/challenge.ts
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const TOKEN68 = /[A-Za-z0-9._~+/-]+=*/y;
function parseChallenges(header) {
    if (!header)
        return [];
    const out = [];
    let pos = 0;
    const skip = (chars) => {
        while (pos < header.length && chars.test(header[pos]))
            pos++;
    };
    const read = (re) => {
        re.lastIndex = pos;
        const m = re.exec(header);
        if (!m)
            return undefined;
        pos = re.lastIndex;
        return m[0];
    };
    /** True when a `name =` auth-param starts at pos (so not the next challenge's scheme). */
    const paramAhead = () => {
        const save = pos;
        const name = read(TOKEN);
        skip(/[ \t]/);
        let isParam = name !== undefined && header[pos] === "=";
        if (isParam) {
            // "abc==" is a token68, not the parameter abc: a value is a token or a quoted string.
            pos++;
            skip(/[ \t]/);
            isParam = header[pos] === '"' || /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[pos] ?? "");
        }
        pos = save;
        return isParam;
    };
    const readValue = () => {
        if (header[pos] !== '"')
            return read(TOKEN) ?? "";
        pos++;
        let value = "";
        while (pos < header.length && header[pos] !== '"') {
            if (header[pos] === "\\" && pos + 1 < header.length)
                pos++;
            value += header[pos++];
        }
        pos++; // closing quote (or end of input)
        return value;
    };
    while (pos < header.length) {
        skip(/[\s,]/);
        const scheme = read(TOKEN);
        if (scheme === undefined) {
            pos++; // not a token: skip a stray character rather than loop forever
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        out.push(challenge);
        skip(/[ \t]/);
        if (!paramAhead()) {
            // token68 form (e.g. "Negotiate abc=="): not used by registries; skip it.
            const save = pos;
            if (read(TOKEN68) === undefined || /^\s*=/.test(header.slice(pos)))
                pos = save;
        }
        for (;;) {
            skip(/[ \t]/);
            if (!paramAhead())
                break;
            const name = read(TOKEN).toLowerCase();
            skip(/[ \t]/);
            pos++; // "="
            skip(/[ \t]/);
            challenge.params[name] = readValue();
            skip(/[ \t]/);
            if (header[pos] !== ",")
                break;
            pos++;
            skip(/[\s,]/);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/net/auth.ts
/**
 * Docker registry / Notary token auth for one server and one repository (notary §1.5, docker
 * distribution `registry/client/auth/session.go`). A 401 carries `WWW-Authenticate: Bearer
 * realm=…,service=…`; we ask the realm for `scope=repository:<name>:<actions>` with the actions the
 * caller needs (the challenge's own scope is ignored, as Docker does), cache the token per scope and
 * send it as `Authorization: Bearer`. A 401 on a cached token refreshes it once and retries once.
 * `Basic` challenges are answered with basic credentials. Tokens and passwords never reach a message.
 */



const TOKEN_MAX_BYTES = 64 * 1024;
const MIN_TOKEN_LIFETIME_S = 60; // docker: minimumTokenLifetimeSeconds
const EXPIRY_MARGIN_MS = 5_000;
class AuthSession {
    baseUrl;
    repository;
    transport;
    credentials;
    clientId;
    now;
    challenge;
    tokens = new Map();
    refreshToken;
    constructor(options) {
        this.transport = options.transport;
        this.baseUrl = options.baseUrl.replace(/\/+$/, "");
        this.repository = options.repository;
        this.credentials = options.credentials;
        this.clientId = options.clientId ?? "docker";
        this.now = options.now ?? Date.now;
        const c = options.credentials?.credentials;
        if (c && "identityToken" in c)
            this.refreshToken = c.identityToken;
    }
    /** "credentials from docker config for host" or "no credentials": what a message names. */
    describeCredentials() {
        return this.credentials ? `credentials from ${this.credentials.source}` : "no credentials";
    }
    /**
     * GET <base>/v2/ to learn the challenge, so that the next request (a POST whose body should be
     * sent once) carries a token from the start. Returns the status of the ping.
     */
    async ping(signal) {
        const res = await this.transport({ method: "GET", url: `${this.baseUrl}/v2/`, maxBytes: 64 * 1024, ...(signal ? { signal } : {}) });
        if (res.status === 401)
            this.challenge = this.pickChallenge(res, "GET", `${this.baseUrl}/v2/`);
        else if (res.status < 300 || res.status === 404)
            this.challenge = { scheme: "none" };
        return res.status;
    }
    /** Sends `req` with auth for `access`; throws UNAUTHORIZED / FORBIDDEN, returns any other answer. */
    async request(req, access = "pull") {
        // Credentials and tokens are for this server only (an upload Location may point elsewhere).
        if (originOf(req.url) !== originOf(this.baseUrl))
            return this.transport(withAuthorization(req, undefined));
        let auth = await this.authorization(access, req.signal);
        let res = await this.transport(withAuthorization(req, auth?.header));
        if (res.status === 401) {
            const wasCached = auth?.cached ?? false;
            this.challenge = this.pickChallenge(res, req.method, req.url);
            if (auth === undefined || wasCached) {
                await this.forget(access, auth?.header);
                auth = await this.authorization(access, req.signal);
                if (auth === undefined)
                    throw this.unauthorized(req.method, req.url, access);
                res = await this.transport(withAuthorization(req, auth.header));
            }
            if (res.status === 401)
                throw this.unauthorized(req.method, req.url, access);
        }
        if (res.status === 403) {
            throw new errors/* ServerError */.gP("FORBIDDEN", `${hostOf(req.url)} denied ${access} access to ${this.repository} for ${this.describeCredentials()} (403 on ${req.method} ${displayUrl(req.url)})`, {
                status: 403,
                url: displayUrl(req.url),
                hint: `grant these credentials ${access === "pull" ? "read" : "write"} access to ${this.repository}`,
            });
        }
        return res;
    }
    /**
     * Drops the cached token that was refused (`header`), so the next request fetches a new one.
     * Requests in flight with the same expired token all land here: only the first drops it, the
     * others then find the new token already being fetched, so one expiry costs one refresh.
     */
    async forget(access, header) {
        // Sent without a token (the challenge was not known yet): there is no refused token to drop,
        // and a token a concurrent request is fetching must be shared, not fetched again.
        if (header === undefined)
            return;
        for (const scope of access === "pull" ? ["pull", "pull,push"] : ["pull,push"]) {
            const pending = this.tokens.get(scope);
            if (!pending)
                continue;
            const token = await pending.catch(() => undefined);
            const refused = token === undefined || `Bearer ${token.token}` === header;
            if (refused && this.tokens.get(scope) === pending)
                this.tokens.delete(scope);
        }
    }
    pickChallenge(res, method, url) {
        const challenges = parseChallenges(res.headers["www-authenticate"]);
        const bearer = challenges.find((c) => c.scheme === "bearer" && c.params["realm"]);
        if (bearer)
            return { scheme: "bearer", realm: bearer.params["realm"], ...(bearer.params["service"] !== undefined ? { service: bearer.params["service"] } : {}) };
        if (challenges.some((c) => c.scheme === "basic"))
            return { scheme: "basic" };
        const schemes = challenges.map((c) => c.scheme).join(", ") || "none";
        throw new errors/* ServerError */.gP("UNAUTHORIZED", `${hostOf(url)} answered 401 to ${method} ${displayUrl(url)} with no usable authentication challenge (schemes: ${schemes})`, { status: 401, url: displayUrl(url) });
    }
    /** The Authorization header for `access` when the challenge is known; fetches a token if needed. */
    async authorization(access, signal) {
        const challenge = this.challenge;
        if (!challenge || challenge.scheme === "none")
            return undefined;
        if (challenge.scheme === "basic") {
            const c = this.credentials?.credentials;
            if (!c || !("username" in c))
                return undefined;
            return { header: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`, cached: false };
        }
        for (const scope of access === "pull" ? ["pull", "pull,push"] : ["pull,push"]) {
            const pending = this.tokens.get(scope);
            if (!pending)
                continue;
            const token = await pending.catch(() => undefined);
            if (token && token.expiresAt - EXPIRY_MARGIN_MS > this.now())
                return { header: `Bearer ${token.token}`, cached: true };
            if (this.tokens.get(scope) === pending)
                this.tokens.delete(scope);
        }
        const fresh = this.fetchToken(challenge, access, signal);
        this.tokens.set(access, fresh);
        fresh.catch(() => {
            if (this.tokens.get(access) === fresh)
                this.tokens.delete(access);
        });
        return { header: `Bearer ${(await fresh).token}`, cached: false };
    }
    async fetchToken(challenge, access, signal) {
        let realm;
        try {
            realm = new URL(challenge.realm);
        }
        catch {
            realm = new URL("invalid:");
        }
        const base = new URL(this.baseUrl);
        if (realm.protocol !== "https:" && !(realm.protocol === "http:" && base.protocol === "http:")) {
            throw new errors/* ServerError */.gP("BAD_CHALLENGE", `${base.host} names a token realm that is not https (${displayUrl(challenge.realm)}); refusing to send credentials there`, { url: displayUrl(challenge.realm) });
        }
        const scope = `repository:${this.repository}:${access}`;
        const c = this.credentials?.credentials;
        const common = { maxBytes: TOKEN_MAX_BYTES, ...(signal ? { signal } : {}) };
        let res;
        if (this.refreshToken !== undefined) {
            const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: this.refreshToken, client_id: this.clientId, access_type: "offline", scope });
            if (challenge.service !== undefined)
                form.set("service", challenge.service);
            res = await this.transport({
                method: "POST",
                url: realm.href,
                headers: { "content-type": "application/x-www-form-urlencoded" },
                body: new TextEncoder().encode(form.toString()),
                ...common,
            });
        }
        else {
            if (challenge.service !== undefined)
                realm.searchParams.set("service", challenge.service);
            realm.searchParams.set("scope", scope);
            const headers = {};
            if (c && "username" in c) {
                realm.searchParams.set("account", c.username);
                headers["authorization"] = `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
            }
            res = await this.transport({ method: "GET", url: realm.href, headers, ...common });
        }
        const shown = displayUrl(challenge.realm);
        if (res.status === 401 || res.status === 403) {
            throw new errors/* ServerError */.gP("UNAUTHORIZED", `token endpoint ${shown} refused ${this.describeCredentials()} for ${scope} (${res.status})`, {
                status: res.status,
                url: shown,
                hint: this.hint(access),
            });
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered ${res.status} for ${scope}`, { status: res.status, url: shown });
        }
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered with something that is not JSON`, { status: res.status, url: shown });
        }
        const token = typeof body.token === "string" && body.token ? body.token : body.access_token;
        if (typeof token !== "string" || !token) {
            throw new errors/* ServerError */.gP("TOKEN_ERROR", `token endpoint ${shown} answered without a token`, { status: res.status, url: shown });
        }
        if (typeof body.refresh_token === "string" && body.refresh_token && this.refreshToken !== undefined)
            this.refreshToken = body.refresh_token;
        const lifetime = typeof body.expires_in === "number" && body.expires_in >= MIN_TOKEN_LIFETIME_S ? body.expires_in : MIN_TOKEN_LIFETIME_S;
        return { token, expiresAt: this.now() + lifetime * 1000 };
    }
    unauthorized(method, url, access) {
        return new errors/* ServerError */.gP("UNAUTHORIZED", `${hostOf(url)} refused ${method} ${displayUrl(url)} (401) with ${this.describeCredentials()}`, {
            status: 401,
            url: displayUrl(url),
            hint: this.hint(access),
        });
    }
    hint(access) {
        const host = hostOf(this.baseUrl);
        return this.credentials
            ? `check that the credentials from ${this.credentials.source} are valid and may ${access === "pull" ? "pull" : "push to"} ${this.repository}`
            : `log in to ${host} first (docker login or docker/login-action) or pass registry credentials`;
    }
}
function withAuthorization(req, header) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers ?? {})) {
        if (name.toLowerCase() !== "authorization")
            headers[name] = value;
    }
    if (header)
        headers["authorization"] = header;
    return { ...req, headers };
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return "";
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return "server";
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/net/credentials.ts
/**
 * Registry credentials, resolved as the docker CLI does from a docker config directory (the one
 * docker/login-action writes): explicit credentials win; then `auths[host]` (`auth` or
 * `identitytoken`), then `credHelpers[host]`, then `credsStore`, both run as
 * `docker-credential-<helper> get` with the server URL on stdin. Nothing here reads process.env:
 * the caller passes the config directory and, when it wants, the PATH to search for helpers.
 * `source` says where credentials came from, for messages; secrets never leave the returned object.
 */





const HUB_HOSTS = ["docker.io", "index.docker.io", "registry-1.docker.io"];
const HUB_SERVER_URL = "https://index.docker.io/v1/";
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_HELPER_OUTPUT = 64 * 1024;
async function resolveCredentials(host, options = {}) {
    if (options.explicit)
        return { credentials: options.explicit, source: options.explicitSource ?? "inputs" };
    if (!options.dockerConfigDir)
        return undefined;
    const configPath = external_node_path_default().join(options.dockerConfigDir, "config.json");
    const config = await readDockerConfig(configPath);
    if (!config)
        return undefined;
    const hosts = hostAliases(host);
    const authKey = findKey(config.auths, hosts);
    if (authKey !== undefined) {
        const fromFile = decodeAuthEntry(config.auths[authKey], authKey, configPath);
        if (fromFile)
            return { credentials: fromFile, source: `docker config for ${host}` };
    }
    const helperKey = findKey(config.credHelpers, hosts);
    const serverUrl = isHubHost(host) ? HUB_SERVER_URL : host;
    if (helperKey !== undefined) {
        const helper = config.credHelpers[helperKey];
        return runLookup(helper, `docker config credHelpers ${helper}`, serverUrl, options);
    }
    if (config.credsStore) {
        return runLookup(config.credsStore, `docker config credsStore ${config.credsStore}`, serverUrl, options);
    }
    return undefined;
}
function isHubHost(host) {
    return HUB_HOSTS.includes(host.toLowerCase());
}
function hostAliases(host) {
    return isHubHost(host) ? HUB_HOSTS : [host.toLowerCase()];
}
/** Docker's ConvertToHostname: "https://host:5000/v1/" -> "host:5000". */
function keyHostname(key) {
    return key.replace(/^https?:\/\//i, "").split("/")[0].toLowerCase();
}
function findKey(map, hosts) {
    if (!map || typeof map !== "object")
        return undefined;
    const keys = Object.keys(map);
    for (const h of hosts) {
        const exact = keys.find((k) => k.toLowerCase() === h);
        if (exact !== undefined)
            return exact;
    }
    if (hosts === HUB_HOSTS && HUB_SERVER_URL in map)
        return HUB_SERVER_URL;
    return keys.find((k) => hosts.includes(keyHostname(k)));
}
async function readDockerConfig(configPath) {
    let text;
    try {
        const bytes = await (0,promises_.readFile)(configPath);
        if (bytes.length > MAX_CONFIG_BYTES)
            throw new errors/* UsageError */.eb(`docker config ${configPath} is larger than 1 MiB`);
        text = bytes.toString("utf8");
    }
    catch (err) {
        if (err.code === "ENOENT")
            return undefined;
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        throw new errors/* UsageError */.eb(`cannot read docker config ${configPath} (${err.code ?? "error"})`, { cause: err });
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            throw new Error("not an object");
        return parsed;
    }
    catch {
        throw new errors/* UsageError */.eb(`docker config ${configPath} is not a JSON object`);
    }
}
function decodeAuthEntry(entry, key, configPath) {
    if (!entry || typeof entry !== "object")
        return undefined;
    if (typeof entry.identitytoken === "string" && entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (typeof entry.auth === "string" && entry.auth) {
        const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon <= 0) {
            throw new errors/* UsageError */.eb(`docker config ${configPath}: auths["${key}"].auth is not base64 of user:password`);
        }
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof entry.username === "string" && typeof entry.password === "string" && entry.username) {
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
async function runLookup(helper, source, serverUrl, options) {
    const credentials = await runCredentialHelper(helper, serverUrl, options);
    return credentials ? { credentials, source } : undefined;
}
/** `docker-credential-<helper> get`; undefined when the helper has nothing for this server. */
async function runCredentialHelper(helper, serverUrl, options = {}) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(helper)) {
        throw new errors/* UsageError */.eb(`docker config names an invalid credential helper ${JSON.stringify(helper.slice(0, 64))}`);
    }
    const program = `docker-credential-${helper}`;
    const executable = options.helperPath === undefined ? program : await findExecutable(program, options.helperPath);
    const timeoutMs = options.helperTimeoutMs ?? 10_000;
    const result = await runProcess(executable, ["get"], serverUrl, timeoutMs, options.helperEnv).catch((err) => {
        const why = err.code === "ENOENT" ? "is not installed or not on PATH" : `could not start (${err.code ?? "error"})`;
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} ${why}`, { cause: err, hint: `install it or remove "${helper}" from the docker config` });
    });
    if (result.timedOut) {
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} did not finish within ${timeoutMs / 1000} s`);
    }
    if (result.overflow) {
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed more than ${MAX_HELPER_OUTPUT / 1024} KiB`);
    }
    if (result.code !== 0) {
        if (/credentials not found/i.test(result.stdout + result.stderr))
            return undefined;
        const detail = firstLine(result.stderr || result.stdout);
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} failed (exit ${result.code})${detail ? `: ${detail}` : ""}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} get for ${serverUrl} printed something that is not JSON`);
    }
    const username = typeof parsed.Username === "string" ? parsed.Username : "";
    const secret = typeof parsed.Secret === "string" ? parsed.Secret : "";
    if (!secret)
        return undefined;
    return username === "<token>" ? { identityToken: secret } : { username, password: secret };
}
async function findExecutable(program, searchPath) {
    for (const dir of searchPath.split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, program);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    const err = new Error(`${program} not found`);
    err.code = "ENOENT";
    throw new errors/* TrustError */.Ru("CREDENTIAL_HELPER", `${program} is not installed or not on PATH`, {
        cause: err,
        hint: `install it or remove "${program.slice("docker-credential-".length)}" from the docker config`,
    });
}
function runProcess(file, args, input, timeoutMs, env) {
    return new Promise((resolve, reject) => {
        // Own process group, so that a timeout also ends whatever the helper started (and holds our pipes).
        const group = process.platform !== "win32";
        const child = (0,external_node_child_process_.spawn)(file, args, { stdio: ["pipe", "pipe", "pipe"], ...(env ? { env } : {}), windowsHide: true, detached: group });
        const out = [];
        const errOut = [];
        let outBytes = 0;
        let errBytes = 0;
        let done = false;
        const stop = () => {
            try {
                if (group && child.pid !== undefined)
                    process.kill(-child.pid, "SIGKILL");
                else
                    child.kill("SIGKILL");
            }
            catch {
                child.kill("SIGKILL");
            }
        };
        const finish = (result) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(result);
        };
        const timer = setTimeout(() => {
            stop();
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ code: null, stdout: "", stderr: "", timedOut: true, overflow: false });
        }, timeoutMs);
        child.stdout.on("data", (c) => {
            outBytes += c.length;
            if (outBytes > MAX_HELPER_OUTPUT)
                stop();
            else
                out.push(c);
        });
        child.stderr.on("data", (c) => {
            errBytes += c.length;
            if (errBytes <= 4096)
                errOut.push(c);
        });
        child.on("error", (err) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            reject(err);
        });
        child.on("close", (code) => {
            const stdout = Buffer.concat(out).toString("utf8");
            finish({ code, stdout, stderr: Buffer.concat(errOut).toString("utf8"), timedOut: false, overflow: outBytes > MAX_HELPER_OUTPUT });
        });
        child.stdin.on("error", () => {
            /* the helper may exit without reading stdin */
        });
        child.stdin.end(input);
    });
}
function firstLine(text) {
    const line = text.trim().split(/\r?\n/)[0] ?? "";
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

;// CONCATENATED MODULE: ./src/net/retry.ts
/**
 * Retries for idempotent requests (GET, HEAD) on transient failures: 408, 429 and 5xx answers
 * (except 501 Not Implemented), and UNREACHABLE / TIMEOUT / CONNECTION_RESET errors. Jittered
 * exponential backoff, `Retry-After` honoured up to `maxDelayMs`. POST, PUT and DELETE pass through
 * untouched: whether a write may be repeated is the caller's decision.
 */

const RETRY_CODES = new Set(["UNREACHABLE", "TIMEOUT", "CONNECTION_RESET"]);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
function withRetries(transport, options = {}) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const baseDelayMs = options.baseDelayMs ?? 200;
    const maxDelayMs = options.maxDelayMs ?? 3000;
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    return async (req) => {
        if (req.method !== "GET" && req.method !== "HEAD")
            return transport(req);
        for (let attempt = 1;; attempt++) {
            let retryAfterMs;
            let reason;
            try {
                const res = await transport(req);
                if (!isRetryableStatus(res.status))
                    return res;
                // Out of attempts: the answer says how often it was tried, for the message naming it.
                if (attempt >= attempts)
                    return attempt > 1 ? { ...res, attempts: attempt } : res;
                retryAfterMs = parseRetryAfter(res.headers["retry-after"], now());
                reason = `HTTP ${res.status}`;
            }
            catch (err) {
                if (!(err instanceof errors/* ServerError */.gP) || !RETRY_CODES.has(err.code) || req.signal?.aborted)
                    throw err;
                if (attempt >= attempts)
                    throw attempt > 1 ? triedTimes(err, attempt) : err;
                reason = err.code;
            }
            const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
            // "Equal jitter": half fixed, half random, so concurrent clients spread out.
            const jittered = Math.round(backoff / 2 + (random() * backoff) / 2);
            const delayMs = retryAfterMs === undefined ? jittered : Math.min(maxDelayMs, Math.max(retryAfterMs, 0));
            options.onRetry?.({ attempt, delayMs, reason, url: req.url });
            await sleep(delayMs, req.signal);
        }
    };
}
/** The last error of a request that failed every time, saying how many times it was tried. */
function triedTimes(err, attempts) {
    return new errors/* ServerError */.gP(err.code, `${err.message} (tried ${attempts} times)`, {
        cause: err,
        ...(err.status !== undefined ? { status: err.status } : {}),
        ...(err.url !== undefined ? { url: err.url } : {}),
        ...(err.hint !== undefined ? { hint: err.hint } : {}),
    });
}
/** `Retry-After` as delay-seconds or an HTTP-date; undefined when absent or unparsable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
function defaultSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * OCI distribution client: resolve a tag or digest to the exact manifest bytes a registry serves,
 * with their sha256 digest, size and media type (what a Notary target signs, protocol §8). The
 * digest is computed here and checked against what was asked for and what the registry claims.
 */





const MEDIA_TYPES = {
    dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
    dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
    ociManifest: "application/vnd.oci.image.manifest.v1+json",
    ociIndex: "application/vnd.oci.image.index.v1+json",
};
const ACCEPT = Object.values(MEDIA_TYPES).join(", ");
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    transport;
    credentials;
    insecureHosts;
    now;
    sessions = new Map();
    constructor(options) {
        this.transport = options.transport;
        this.credentials = options.credentials;
        this.insecureHosts = new Set((options.insecureHosts ?? []).map((h) => h.toLowerCase()));
        this.now = options.now;
    }
    /** https://<apiHost>, or http:// for a host listed in insecureHosts. */
    baseUrlFor(ref) {
        const insecure = this.insecureHosts.has(ref.registry.toLowerCase()) || this.insecureHosts.has(ref.apiHost.toLowerCase());
        return `${insecure ? "http" : "https"}://${ref.apiHost}`;
    }
    /**
     * GET the manifest for the reference's digest (when it has one) or tag ("latest" when neither),
     * accepting Docker and OCI manifests and indexes, and check its digest.
     */
    async resolve(ref, options = {}) {
        const baseUrl = (options.baseUrl ?? this.baseUrlFor(ref)).replace(/\/+$/, "");
        const session = await this.session(baseUrl, ref);
        const target = ref.digest ?? ref.tag ?? "latest";
        const shownRef = formatReference({ name: ref.name, ...(ref.digest ? { digest: ref.digest } : { tag: target }) });
        const url = `${baseUrl}/v2/${ref.repository}/manifests/${target}`;
        const res = await session.request({ method: "GET", url, headers: { accept: ACCEPT }, maxBytes: MANIFEST_MAX_BYTES, ...(options.signal ? { signal: options.signal } : {}) }, "pull");
        if (res.status === 404) {
            const code = registryErrorCode(res.body);
            throw new errors/* ServerError */.gP("MANIFEST_UNKNOWN", `${shownRef} not found in the registry${code === "NAME_UNKNOWN" ? ` (no repository ${ref.repository})` : ""}`, {
                status: 404,
                url: displayUrl(url),
                hint: "push the image first, or check the name and tag",
            });
        }
        if (res.status !== 200) {
            const code = registryErrorCode(res.body);
            throw new errors/* ServerError */.gP("REGISTRY_ERROR", `registry ${ref.registry} answered ${res.status}${code ? ` ${code}` : ""} to GET ${displayUrl(url)}`, {
                status: res.status,
                url: displayUrl(url),
            });
        }
        const digest = `sha256:${(0,external_node_crypto_.createHash)("sha256").update(res.body).digest("hex")}`;
        if (ref.digest !== undefined && ref.digest !== digest) {
            throw mismatch(shownRef, `asked for ${ref.digest}`, digest, url);
        }
        const claimed = res.headers["docker-content-digest"]?.trim();
        if (claimed) {
            const algorithm = claimed.split(":")[0].toLowerCase();
            if (["sha256", "sha384", "sha512"].includes(algorithm)) {
                const ours = algorithm === "sha256" ? digest : `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(res.body).digest("hex")}`;
                if (claimed.toLowerCase() !== ours)
                    throw mismatch(shownRef, `Docker-Content-Digest ${claimed.slice(0, 140)}`, ours, url);
            }
        }
        return { digest, size: res.body.byteLength, mediaType: mediaTypeOf(res.headers["content-type"], res.body), bytes: res.body };
    }
    session(baseUrl, ref) {
        const key = `${baseUrl} ${ref.repository}`;
        let session = this.sessions.get(key);
        if (!session) {
            session = (async () => {
                const credentials = this.credentials ? await this.credentials(ref.registry) : undefined;
                return new AuthSession({
                    transport: this.transport,
                    baseUrl,
                    repository: ref.repository,
                    ...(credentials ? { credentials } : {}),
                    ...(this.now ? { now: this.now } : {}),
                });
            })();
            session.catch(() => this.sessions.delete(key));
            this.sessions.set(key, session);
        }
        return session;
    }
}
function mismatch(shownRef, expected, actual, url) {
    return new errors/* ServerError */.gP("DIGEST_MISMATCH", `manifest of ${shownRef} does not match: ${expected}, but the bytes served hash to ${actual}`, {
        url: displayUrl(url),
        hint: "the registry or a proxy altered the manifest; do not sign it",
    });
}
/** A media type (RFC 6838 names); anything else a registry sends is not repeated in logs or outputs. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;
function mediaTypeOf(contentType, body) {
    const fromHeader = contentType?.split(";")[0].trim().toLowerCase();
    const valid = (t) => (t !== undefined && MEDIA_TYPE.test(t) ? t : "");
    if (fromHeader && fromHeader !== "application/json" && fromHeader !== "application/octet-stream")
        return valid(fromHeader);
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body));
        if (typeof parsed.mediaType === "string")
            return valid(parsed.mediaType);
    }
    catch {
        // not JSON: keep what the header said
    }
    return valid(fromHeader);
}
/** The first `errors[].code` of a distribution error body, if it is one (never more of the body). */
function registryErrorCode(body) {
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, 64 * 1024)));
        const code = parsed.errors?.[0]?.code;
        return typeof code === "string" && /^[A-Z_]{1,64}$/.test(code) ? code : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/workflows/connect.ts
/**
 * Builds the network clients for one image: the transport (CA bundle, deadline, retries), the
 * credentials (inputs, else the docker config), the registry client and the Notary client with
 * token auth. The same credentials serve the registry and the Notary token exchange, as in Docker.
 */







/** Docker's choice (cli/trust/trust.go): the env override, notary.docker.io for Hub, else https://<registry>. */
function notaryServerFor(ref, explicit, envServer) {
    const chosen = explicit || envServer || (isHubHost(ref.registry) ? "https://notary.docker.io" : `https://${ref.registry}`);
    let url;
    try {
        url = new URL(chosen);
    }
    catch {
        throw new errors/* UsageError */.eb(`notary-server ${JSON.stringify(chosen)} is not a URL`, { hint: "use https://host[:port]" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new errors/* UsageError */.eb(`notary-server ${chosen} must be an https URL`);
    if (url.username || url.password)
        throw new errors/* UsageError */.eb("notary-server must not carry credentials in the URL", { hint: "use registry-username and registry-password" });
    return url.origin + url.pathname.replace(/\/+$/, "");
}
function connect(ref, opts) {
    const own = opts.transport ? undefined : createTransport({ ...(opts.caPem ? { caPem: opts.caPem } : {}), ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}), userAgent: opts.userAgent ?? "content-trust-action" });
    const transport = withRetries(opts.transport ?? own, opts.retry);
    const cache = new Map();
    const credentialsFor = (registry) => {
        let p = cache.get(registry);
        if (!p) {
            p = resolveCredentials(registry, {
                ...(opts.credentials ? { explicit: opts.credentials } : {}),
                ...(opts.dockerConfigDir ? { dockerConfigDir: opts.dockerConfigDir } : {}),
                ...(opts.helperPath ? { helperPath: opts.helperPath } : {}),
            });
            cache.set(registry, p);
        }
        return p;
    };
    const notaryServer = notaryServerFor(ref, opts.notaryServer, opts.envNotaryServer);
    let session;
    const sessionFor = () => (session ??= credentialsFor(ref.registry).then((credentials) => new AuthSession({ transport, baseUrl: notaryServer, repository: ref.name, ...(credentials ? { credentials } : {}) })));
    const notary = new NotaryClient({
        baseUrl: notaryServer,
        gun: ref.name,
        send: async (req, access) => (await sessionFor()).request(req, access),
    });
    const registry = new RegistryClient({ transport, credentials: credentialsFor, ...(opts.insecureRegistries ? { insecureHosts: opts.insecureRegistries } : {}) });
    return {
        notary,
        registry,
        notaryServer,
        // Only a transport made here is closed; a shared one belongs to the caller.
        close: () => own?.close(),
    };
}

// EXTERNAL MODULE: ./src/tuf/keys.ts
var tuf_keys = __nccwpck_require__(5591);
;// CONCATENATED MODULE: ./src/tuf/roles.ts
/** Role names and delegation paths (tuf/data/roles.go). */
const DELEGATION_NAME = /^[-a-z0-9_/]+$/;
/** A delegation name: `targets/x` (path-clean, lower-case, shorter than 256 characters). */
function isDelegationName(name) {
    if (!name.startsWith("targets/") || name.length >= 256 || !DELEGATION_NAME.test(name))
        return false;
    return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
/** `targets/a/b` → `targets/a`. */
function parentOf(name) {
    return name.slice(0, name.lastIndexOf("/"));
}
/** A direct child of `targets`, the only kind Docker signs into. */
function isTopLevelDelegation(name) {
    return isDelegationName(name) && parentOf(name) === "targets";
}
/** Paths are plain prefixes; `""` matches everything. */
function pathAllowed(target, paths) {
    return paths.some((p) => target.startsWith(p));
}
/** A child's paths restricted to those inside one of its parent's paths (RestrictDelegationPathPrefixes). */
function restrictPaths(parentPaths, childPaths) {
    return childPaths.filter((p) => parentPaths.some((pp) => p.startsWith(pp)));
}

;// CONCATENATED MODULE: ./src/tuf/docker.ts
/**
 * Docker's reading of a Notary repository (docker/cli cli/command/trust, notary client/reader.go):
 * released tags live in `targets/releases` or `targets`; the signers of a released tag are the
 * other roles holding the same tag with the same digest; "Repo Admin" when there are none.
 */


const RELEASES = "targets/releases";
const REPO_ADMIN = "Repo Admin";
function isReleasedRole(role) {
    return role === "targets" || role === RELEASES;
}
/** `targets/alice` → `alice`; `targets` and `targets/releases` → `Repo Admin`. */
function signerName(role) {
    return isReleasedRole(role) ? REPO_ADMIN : role.replace(/^targets\//, "");
}
/** Loaded targets roles in notary's walk order: breadth-first from `targets`, children in listed order. */
function walkRoles(set) {
    const out = [];
    const queue = [{ name: "targets", paths: [""] }];
    while (queue.length > 0) {
        const role = queue.shift();
        const env = set.targets.get(role.name);
        if (!env)
            continue;
        out.push(role);
        for (const child of env.signed.delegations.roles ?? []) {
            const d = set.delegations.get(child.name);
            if (d)
                queue.push({ name: d.name, paths: d.paths });
        }
    }
    return out;
}
/** Every target a role may sign (outside its paths is ignored), in walk order; optionally one tag. */
function allTargets(set, tag) {
    const out = [];
    for (const role of walkRoles(set)) {
        const targets = set.targets.get(role.name).signed.targets;
        const entries = tag === undefined ? [...targets] : targets.has(tag) ? [[tag, targets.get(tag)]] : [];
        for (const [name, meta] of entries) {
            if (!pathAllowed(name, role.paths))
                continue;
            out.push({ role: role.name, tag: name, meta, digest: Buffer.from(meta.hashes.get("sha256") ?? "", "base64").toString("hex") });
        }
    }
    return out;
}
/** Go's sortorder.NaturalLess: runs of digits compare as numbers. */
function naturalCompare(a, b) {
    const re = /(\d+|\D+)/g;
    const pa = a.match(re) ?? [];
    const pb = b.match(re) ?? [];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === y)
            continue;
        const dx = /^\d/.test(x);
        const dy = /^\d/.test(y);
        if (dx && dy) {
            const nx = x.replace(/^0+/, "");
            const ny = y.replace(/^0+/, "");
            if (nx.length !== ny.length)
                return nx.length - ny.length;
            if (nx !== ny)
                return nx < ny ? -1 : 1;
            return x.length - y.length;
        }
        return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
}
/** Released (tag, digest) pairs with their signers, sorted naturally by tag. */
function signedTags(set, tag) {
    const entries = allTargets(set, tag);
    const rows = new Map();
    for (const e of entries) {
        if (!isReleasedRole(e.role))
            continue;
        const key = `${e.tag}\u0000${e.digest}`;
        if (!rows.has(key))
            rows.set(key, { tag: e.tag, digest: e.digest, signers: [], length: e.meta.length });
    }
    for (const e of entries) {
        if (isReleasedRole(e.role))
            continue;
        rows.get(`${e.tag}\u0000${e.digest}`)?.signers.push(signerName(e.role));
    }
    return [...rows.values()].sort((a, b) => naturalCompare(a.tag, b.tag));
}
/** What `docker pull` trusts for a tag: `targets/releases` first, then `targets`. */
function releasedTarget(set, tag) {
    const entries = allTargets(set, tag);
    return entries.find((e) => e.role === RELEASES) ?? entries.find((e) => e.role === "targets");
}
/** Delegations defined by loaded roles (except releases), with canonical key IDs, sorted by name descending. */
function signerKeys(set) {
    const byName = new Map();
    for (const role of walkRoles(set)) {
        const d = set.targets.get(role.name).signed.delegations;
        for (const child of d.roles ?? []) {
            if (child.name === RELEASES)
                continue;
            byName.set(signerName(child.name), (child.keyIds ?? []).map((id) => {
                const key = d.keys.get(id);
                return key ? (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key) : id;
            }));
        }
    }
    return [...byName].map(([name, keyIds]) => ({ name, keyIds })).sort((a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : 0));
}
/**
 * Docker's GetSignableRoles: every direct child of `targets` that lists the key and whose paths
 * cover the tags; `targets` itself only when there are no delegations at all. Key identity is by
 * canonical ID, so a delegation that lists the key as a certificate still matches.
 */
function roleCandidates(set, canonicalKeyId, tags) {
    const targets = set.targets.get("targets").signed;
    const out = [];
    for (const child of targets.delegations.roles ?? []) {
        const d = set.delegations.get(child.name);
        if (!d || child.name.split("/").length !== 2)
            continue;
        const keyIds = [...d.keys.values()].map((k) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(k));
        out.push({
            name: child.name,
            keyIds,
            paths: d.paths,
            hasKey: keyIds.includes(canonicalKeyId),
            coversTags: tags.every((t) => pathAllowed(t, d.paths)),
            threshold: d.threshold,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/tuf/time.ts
/**
 * Expiry times as Go writes and reads them (time.Time, RFC 3339 with nanoseconds).
 * Read: any RFC 3339 offset, fraction of any length. Write: UTC with `Z`, trailing fraction zeros
 * dropped, no fraction when it is zero (Go's RFC3339Nano). JavaScript's toISOString() (`.000Z`)
 * is not Go's form and breaks every reader once uploaded.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;
/** Milliseconds since the epoch of an RFC 3339 time (sub-millisecond digits are truncated). */
function parseGoTime(text) {
    const m = RFC3339.exec(text);
    if (!m)
        throw new errors/* MalformedMetadataError */.$6(`expires "${text.slice(0, 40)}" is not an RFC 3339 time`);
    const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
    const ms = frac ? Number(frac.padEnd(3, "0").slice(0, 3)) : 0;
    let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const check = new Date(t);
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
        throw new errors/* MalformedMetadataError */.$6(`expires "${text}" is not a valid date`);
    }
    if (zone !== "Z") {
        const offset = (Number(oh) * 60 + Number(om)) * 60_000;
        t += sign === "+" ? -offset : offset;
    }
    return t;
}
/** Go's RFC3339Nano for a UTC instant: `2029-11-20T21:01:51.35Z`, `2029-11-20T21:01:51Z`. */
function formatGoTime(epochMs) {
    const iso = new Date(epochMs).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (!/^\d{4}-/.test(iso))
        throw new errors/* MalformedMetadataError */.$6(`time ${iso} is outside the years Go can write`);
    const [base, frac] = iso.slice(0, -1).split(".");
    const trimmed = (frac ?? "").replace(/0+$/, "");
    return trimmed ? `${base}.${trimmed}Z` : `${base}Z`;
}
/** An expiry `years` Notary years (365 days, leap days ignored, as notary.Year) after `now`. */
function expiresAfterYears(now, years) {
    return formatGoTime(now + years * 365 * 24 * 3600 * 1000);
}
/** The normalised UTC form of an expiry for messages (`2026-01-02T03:04:05Z`). */
function displayTime(epochMs) {
    return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

;// CONCATENATED MODULE: ./src/tuf/expiry.ts
/**
 * Which roles need renewing soon. The Go client warns when a role expires within six months
 * (client/helpers.go warnRolesNearExpiry) and re-signs root on publish in that case. Timestamp and
 * snapshot are left out: in a Docker repository the server holds their keys and re-signs them
 * itself (it regenerates an expired timestamp or snapshot when asked for the timestamp), and the
 * timestamp's 14-day lifetime would otherwise always be reported.
 */

/** About six months: the Go client's window is six calendar months (time.AddDate(0, 6, 0)). */
const DEFAULT_RENEW_WINDOW_MS = 182 * 24 * 3600 * 1000;
/** Root, targets and every loaded delegation that expires before `now + withinMs`, soonest first. */
function expiringRoles(set, now, withinMs = DEFAULT_RENEW_WINDOW_MS) {
    const roles = [{ role: "root", env: set.root }, ...[...set.targets].map(([role, env]) => ({ role, env }))];
    return roles
        .filter(({ env }) => env.expiresAt < now + withinMs)
        .map(({ role, env }) => ({ role, expiresAt: env.expiresAt, version: env.signed.version, expired: env.expiresAt <= now }))
        .sort((a, b) => a.expiresAt - b.expiresAt || (a.role < b.role ? -1 : 1));
}
/** `12 days`, `5 months`, `3 hours`: a rough human distance for messages. */
function describeDistance(ms) {
    const abs = Math.abs(ms);
    const hours = abs / 3600_000;
    const days = hours / 24;
    const [n, unit] = days >= 60 ? [Math.floor(days / 30), "month"] : days >= 2 ? [Math.floor(days), "day"] : [Math.max(1, Math.floor(hours)), "hour"];
    return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
/** One line per role: `targets/releases of GUN expires at …Z (in 12 days); renew it with: …`. */
function expiryWarning(gun, e, now) {
    const when = e.expired
        ? `expired at ${displayTime(e.expiresAt)} (${describeDistance(now - e.expiresAt)} ago)`
        : `expires at ${displayTime(e.expiresAt)} (in ${describeDistance(e.expiresAt - now)})`;
    const hint = e.role === "root"
        ? "renew root with its root key: notary key rotate " + gun + " root"
        : `renew it with: content-trust renew ${gun}${e.role === "targets" ? " (with the targets key)" : ""}`;
    return `${e.role} of ${gun} ${when}; ${hint}`;
}

;// CONCATENATED MODULE: ./src/tuf/file-meta.ts
/** Checking bytes against a FileMeta (length and every known hash), as notary's CheckHashes does. */


const SIZES = { sha256: 32, sha512: 64 };
/** A FileMeta must carry sha256, and every known hash must have its algorithm's length. */
function checkHashStructure(meta, subject) {
    if (!meta)
        throw new errors/* MalformedMetadataError */.$6(`${subject}: no entry`);
    if (!meta.hashes.has("sha256"))
        throw new errors/* MalformedMetadataError */.$6(`${subject}: no sha256 hash`);
    for (const [alg, b64] of meta.hashes) {
        const size = SIZES[alg];
        if (size !== undefined && Buffer.from(b64, "base64").length !== size) {
            throw new errors/* MalformedMetadataError */.$6(`${subject}: ${alg} hash has the wrong length`);
        }
    }
    if (meta.length < 0)
        throw new errors/* MalformedMetadataError */.$6(`${subject}: negative length ${meta.length}`);
    return meta;
}
/** Throws unless `bytes` has the length and every sha256/sha512 hash `meta` names. */
function checkFileMeta(bytes, meta, subject) {
    if (bytes.length !== meta.length) {
        throw new errors/* HashMismatchError */.VM(`${subject}: ${bytes.length} bytes where the signed length is ${meta.length}`);
    }
    let checked = 0;
    for (const [alg, b64] of meta.hashes) {
        if (!(alg in SIZES))
            continue;
        const want = Buffer.from(b64, "base64");
        const got = (0,external_node_crypto_.createHash)(alg).update(bytes).digest();
        if (want.length !== got.length || !(0,external_node_crypto_.timingSafeEqual)(want, got)) {
            throw new errors/* HashMismatchError */.VM(`${subject}: ${alg} does not match the signed hash`);
        }
        checked++;
    }
    if (checked === 0)
        throw new errors/* HashMismatchError */.VM(`${subject}: no sha256 or sha512 hash to check`);
}
function sha256Hex(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}
function sha256Base64(bytes) {
    return (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("base64");
}
/** Hex sha256 named by a FileMeta (for `<role>.<hex>.json` URLs). */
function sha256HexOf(meta) {
    return Buffer.from(meta.hashes.get("sha256") ?? "", "base64").toString("hex");
}

// EXTERNAL MODULE: ./src/tuf/canonical.ts
var tuf_canonical = __nccwpck_require__(5493);
;// CONCATENATED MODULE: ./src/tuf/metadata.ts
/**
 * Notary metadata models and their Go-exact wire form.
 *
 * Parsing keeps what Go keeps: `expires` as the original string, `keyids: null` and
 * `roles: null` as null, hashes as the base64 strings written. Unknown fields are dropped on
 * writing, exactly as Go's structs drop them: the server re-serialises what we upload through
 * those structs and hashes the result, so anything Go would not write breaks the repository.
 * Signatures are always checked over the canonical form of the parsed `signed` object, never
 * over the file bytes (which carry HTML escapes), as notary's verifier does.
 */




// ---- parsing ---------------------------------------------------------------------------------
class Reader {
    subject;
    constructor(subject) {
        this.subject = subject;
    }
    fail(what) {
        throw new errors/* MalformedMetadataError */.$6(`${this.subject}: ${what}`);
    }
    object(v, field) {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            this.fail(`${field} is not an object`);
        return v;
    }
    string(v, field) {
        if (typeof v !== "string")
            this.fail(`${field} is not a string`);
        return v;
    }
    int(v, field) {
        if (typeof v !== "number" || !Number.isSafeInteger(v))
            this.fail(`${field} is not an integer`);
        return v;
    }
    bool(v, field) {
        if (typeof v !== "boolean")
            this.fail(`${field} is not a boolean`);
        return v;
    }
    strings(v, field) {
        if (!Array.isArray(v))
            this.fail(`${field} is not a list`);
        return v.map((x, i) => this.string(x, `${field}[${i}]`));
    }
    base64(v, field) {
        const s = this.string(v, field);
        if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
            this.fail(`${field} is not standard base64`);
        return s;
    }
    map(v, field, each) {
        const out = new Map();
        if (v === null)
            return out; // Go decodes null into a nil map
        const o = this.object(v, field);
        for (const k of Object.keys(o))
            out.set(k, each(o[k], k));
        return out;
    }
    key(v, field) {
        const o = this.object(v, field);
        const keyval = this.object(o.keyval, `${field}.keyval`);
        return { type: this.string(o.keytype, `${field}.keytype`), public: this.base64(keyval.public, `${field}.keyval.public`) };
    }
    fileMeta(v, field) {
        const o = this.object(v, field);
        const meta = {
            length: this.int(o.length, `${field}.length`),
            hashes: this.map(o.hashes, `${field}.hashes`, (h, alg) => this.base64(h, `${field}.hashes.${alg}`)),
        };
        if (o.custom !== undefined && o.custom !== null)
            meta.custom = o.custom;
        return meta;
    }
    roleKeys(v, field) {
        const o = this.object(v, field);
        return {
            keyIds: o.keyids === null ? null : this.strings(o.keyids, `${field}.keyids`),
            threshold: this.int(o.threshold, `${field}.threshold`),
        };
    }
}
function parseSigned(r, o, expected) {
    const type = r.string(o._type, "_type");
    if (type !== expected)
        r.fail(`expected type ${expected}, not ${type}`);
    const common = { expires: r.string(o.expires, "expires"), version: r.int(o.version, "version") };
    switch (expected) {
        case "Root":
            return {
                type: "Root",
                ...common,
                consistentSnapshot: r.bool(o.consistent_snapshot, "consistent_snapshot"),
                keys: r.map(o.keys, "keys", (k, id) => r.key(k, `keys.${id}`)),
                roles: r.map(o.roles, "roles", (x, name) => r.roleKeys(x, `roles.${name}`)),
            };
        case "Targets": {
            const d = o.delegations === undefined || o.delegations === null ? {} : r.object(o.delegations, "delegations");
            const roles = d.roles === null || d.roles === undefined
                ? d.roles === null ? null : []
                : (Array.isArray(d.roles) ? d.roles : r.fail("delegations.roles is not a list")).map((x, i) => {
                    const f = `delegations.roles[${i}]`;
                    const ro = r.object(x, f);
                    return {
                        ...r.roleKeys(x, f),
                        name: r.string(ro.name, `${f}.name`),
                        paths: ro.paths === undefined || ro.paths === null ? [] : r.strings(ro.paths, `${f}.paths`),
                    };
                });
            return {
                type: "Targets",
                ...common,
                delegations: { keys: r.map(d.keys ?? {}, "delegations.keys", (k, id) => r.key(k, `delegations.keys.${id}`)), roles },
                targets: r.map(o.targets, "targets", (x, name) => r.fileMeta(x, `targets.${name}`)),
            };
        }
        case "Snapshot":
        case "Timestamp":
            return { type: expected, ...common, meta: r.map(o.meta, "meta", (x, name) => r.fileMeta(x, `meta.${name}`)) };
    }
}
const decoder = new TextDecoder("utf-8", { fatal: true });
/** Parses a metadata file of the expected type; throws MalformedMetadataError naming `subject`. */
function parseEnvelope(bytes, expected, subject) {
    const r = new Reader(subject);
    let text;
    try {
        text = decoder.decode(bytes);
    }
    catch {
        r.fail("is not UTF-8");
    }
    const file = (0,tuf_canonical/* parseJsonObject */.dw)(text, subject);
    const signedObj = r.object(file.signed, "signed");
    const sigList = Array.isArray(file.signatures) ? file.signatures : r.fail("signatures is not a list");
    const signatures = sigList.map((s, i) => {
        const o = r.object(s, `signatures[${i}]`);
        return {
            keyId: r.string(o.keyid, `signatures[${i}].keyid`),
            method: r.string(o.method, `signatures[${i}].method`),
            sig: r.base64(o.sig, `signatures[${i}].sig`),
        };
    });
    const signed = parseSigned(r, signedObj, expected);
    if (signed.version < 1)
        r.fail(`version ${signed.version} is less than 1`);
    let expiresAt;
    try {
        expiresAt = parseGoTime(signed.expires);
    }
    catch (err) {
        throw new errors/* MalformedMetadataError */.$6(`${subject}: ${err.message}`);
    }
    let signedBytes;
    try {
        signedBytes = (0,tuf_canonical/* canonicalBytes */.Mr)(signedObj);
    }
    catch (err) {
        throw new errors/* MalformedMetadataError */.$6(`${subject}: ${err.message}`);
    }
    return { signed, signatures, signedBytes, bytes, expiresAt };
}
// ---- writing ---------------------------------------------------------------------------------
function mapObject(m, each) {
    const o = Object.create(null);
    for (const [k, v] of m)
        o[k] = each(v);
    return o;
}
function fileMetaJson(f) {
    const o = { hashes: mapObject(f.hashes, (h) => h), length: f.length };
    if (f.custom !== undefined)
        o.custom = f.custom;
    return o;
}
/** The `signed` object in Go's struct shape (every field present, `paths` omitted when empty). */
function signedJson(s) {
    const common = { _type: s.type, expires: s.expires, version: s.version };
    switch (s.type) {
        case "Root":
            return {
                ...common,
                consistent_snapshot: s.consistentSnapshot,
                keys: mapObject(s.keys, tuf_keys/* keyJson */.O7),
                roles: mapObject(s.roles, (r) => ({ keyids: r.keyIds, threshold: r.threshold })),
            };
        case "Targets":
            return {
                ...common,
                delegations: {
                    keys: mapObject(s.delegations.keys, tuf_keys/* keyJson */.O7),
                    roles: s.delegations.roles === null
                        ? null
                        : s.delegations.roles.map((r) => {
                            const o = { keyids: r.keyIds, name: r.name, threshold: r.threshold };
                            if (r.paths.length > 0)
                                o.paths = r.paths;
                            return o;
                        }),
                },
                targets: mapObject(s.targets, fileMetaJson),
            };
        case "Snapshot":
        case "Timestamp":
            return { ...common, meta: mapObject(s.meta, fileMetaJson) };
    }
}
/** Canonical bytes of a `signed` object we build: what a signer signs. */
function signingBytes(s) {
    return canonicalBytes(signedJson(s));
}
const encoder = new TextEncoder();
/**
 * The file bytes Go would write for this signed object and these signatures. `canonicalSigned`,
 * when the caller already has it (it signed those bytes), saves serialising a large role again.
 */
function serialiseEnvelope(s, signatures, canonicalSigned) {
    return encoder.encode((0,tuf_canonical/* envelopeJson */.X8)(canonicalSigned ?? (0,tuf_canonical/* canonicalJson */.dj)(signedJson(s)), signatures.map((g) => ({ keyid: g.keyId, method: g.method.toLowerCase(), sig: g.sig }))));
}

;// CONCATENATED MODULE: ./src/tuf/verify.ts
/**
 * Threshold signature checks (tuf/signed/verify.go), with two hardenings over a key-ID count:
 * a key counts once however many IDs or key types list it (distinct public keys, identified by
 * their canonical key ID), and a signature counts only when its method fits the key type.
 */


/** Counts valid signatures over `env.signedBytes` by distinct keys; throws below the threshold. */
function verifyThreshold(env, role) {
    if (role.threshold < 1)
        throw new errors/* MalformedMetadataError */.$6(`${role.name}: threshold ${role.threshold} is less than 1`);
    if (env.signatures.length === 0)
        throw new errors/* ThresholdError */.M2(`${role.name}: no signatures`);
    const seenKeys = new Set();
    const validKeyIds = [];
    for (const sig of env.signatures) {
        const key = role.keys.get(sig.keyId);
        if (!key)
            continue;
        // notary treats a key listed under an ID that is not its own as a hard error.
        if ((0,tuf_keys/* keyIdOf */.yg)(key) !== sig.keyId) {
            throw new errors/* MalformedMetadataError */.$6(`${role.name}: key listed as ${sig.keyId} has a different key ID`);
        }
        let identity;
        try {
            identity = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key);
        }
        catch {
            continue;
        }
        if (seenKeys.has(identity))
            continue;
        if (!(0,tuf_keys/* verifySignature */.Od)(key, sig.method, env.signedBytes, Buffer.from(sig.sig, "base64")))
            continue;
        seenKeys.add(identity);
        validKeyIds.push(sig.keyId);
    }
    if (seenKeys.size < role.threshold) {
        throw new errors/* ThresholdError */.M2(`${role.name}: ${seenKeys.size} of ${role.threshold} required signatures valid (${env.signatures.length} present)`);
    }
    return { validKeyIds };
}
/** The keys of `keyIds` from `keys`; a listed ID without a key is malformed metadata. */
function pickKeys(keys, keyIds, subject) {
    const out = new Map();
    for (const id of keyIds ?? []) {
        const key = keys.get(id);
        if (!key)
            throw new errors/* MalformedMetadataError */.$6(`${subject}: key ID ${id} is listed without a key`);
        out.set(id, key);
    }
    return out;
}

// EXTERNAL MODULE: ./src/tuf/der.ts
var tuf_der = __nccwpck_require__(4396);
;// CONCATENATED MODULE: ./src/tuf/root-keys.ts
/**
 * Root keys are X.509 certificates (trustpinning/certs.go). A root key counts only when its
 * certificate is a single non-CA leaf placed first, whose CN is the repository name (or a `*`
 * prefix of it), that is not signed with SHA-1, has an RSA key of 2048 bits or more, and (for the
 * root being trusted now) is inside its validity window with one day of leeway. The key is then
 * re-derived from the certificate as notary does (Go's PEM of the leaf and its valid
 * intermediates), so a PEM that Go would write differently yields a different key ID and its
 * signatures do not count.
 */



const SHA1_SIGNATURES = new Set(["1.2.840.113549.1.1.5", "1.2.840.10040.4.3", "1.2.840.10045.4.1"]);
const DAY = 24 * 3600 * 1000;
/** Go's pem.EncodeToMemory for a certificate: 64-column base64, `\n` endings. */
function goCertificatePem(der) {
    const b64 = Buffer.from(der).toString("base64");
    const lines = b64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}
function signatureAlgorithmOf(der) {
    try {
        const [, sigAlg] = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* readDer */.SU)(Buffer.from(der)));
        const [oid] = sigAlg ? (0,tuf_der/* childrenOf */.LU)(sigAlg) : [];
        return oid?.tag === tuf_der/* TAG */.Dk.oid ? (0,tuf_der/* oidToString */.dh)(oid.content) : "";
    }
    catch {
        return "";
    }
}
function commonNameOf(cert) {
    for (const line of cert.subject.split("\n"))
        if (line.startsWith("CN="))
            return line.slice(3);
    return undefined;
}
function cnMatchesGun(cn, gun) {
    return cn.endsWith("*") ? gun.startsWith(cn.replace(/\*+$/, "")) : cn === gun;
}
/** Why a certificate is not usable, or undefined when it is. */
function certificateProblem(cert, der, check) {
    const cn = commonNameOf(cert);
    if (cn === undefined || !cnMatchesGun(cn, check.gun))
        return `certificate CN ${JSON.stringify(cn ?? "")} is not ${check.gun}`;
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (from > to)
        return "certificate validity window is invalid";
    if (SHA1_SIGNATURES.has(signatureAlgorithmOf(der)))
        return "certificate is signed with SHA-1";
    if (cert.publicKey.asymmetricKeyType === "rsa" && (cert.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
        return "certificate RSA key is shorter than 2048 bits";
    }
    if (check.checkExpiry && (from > check.now + DAY || check.now > to))
        return `certificate expired or not yet valid (${cert.validTo})`;
    return undefined;
}
function splitPemBundle(pem) {
    const out = [];
    const re = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
    for (let m = re.exec(pem); m; m = re.exec(pem))
        out.push(Buffer.from(m[1].replace(/\s+/g, ""), "base64"));
    return out;
}
/** The usable root keys of a root, as notary's parseAllCerts + validRootLeafCerts derive them. */
function rootCertificateKeys(root, check) {
    const keys = new Map();
    const rejected = [];
    for (const id of root.roles.get("root")?.keyIds ?? []) {
        const key = root.keys.get(id);
        if (!key)
            continue;
        if (key.type !== "ecdsa-x509" && key.type !== "rsa-x509") {
            rejected.push(`${id.slice(0, 12)}…: root key of type ${key.type} is not a certificate`);
            continue;
        }
        let certs;
        try {
            certs = splitPemBundle(Buffer.from(key.public, "base64").toString("utf8")).map((der) => ({ der, cert: new external_node_crypto_.X509Certificate(der) }));
        }
        catch {
            rejected.push(`${id.slice(0, 12)}…: unreadable certificate`);
            continue;
        }
        const leaves = certs.filter((c) => !c.cert.ca);
        if (certs.length === 0 || leaves.length !== 1 || certs[0].cert.ca) {
            rejected.push(`${id.slice(0, 12)}…: certificate bundle must hold exactly one leaf, first`);
            continue;
        }
        const problem = certificateProblem(certs[0].cert, certs[0].der, check);
        if (problem) {
            rejected.push(`${id.slice(0, 12)}…: ${problem}`);
            continue;
        }
        // Intermediates count when valid now (validRootIntCerts always checks expiry).
        const validInts = certs.slice(1).filter((c) => {
            const from = Date.parse(c.cert.validFrom);
            const to = Date.parse(c.cert.validTo);
            return from <= to && !SHA1_SIGNATURES.has(signatureAlgorithmOf(c.der)) && !(from > check.now + DAY || check.now > to);
        });
        const pem = [certs[0], ...validInts].map((c) => goCertificatePem(c.der)).join("");
        const derived = { type: certs[0].cert.publicKey.asymmetricKeyType === "rsa" ? "rsa-x509" : "ecdsa-x509", public: Buffer.from(pem).toString("base64") };
        keys.set((0,tuf_keys/* keyIdOf */.yg)(derived), derived);
    }
    return { keys, rejected };
}
/** Keeps only the keys whose certificate ID or canonical ID is pinned. */
function pinnedOnly(keys, pins) {
    const wanted = new Set(pins.map((p) => p.toLowerCase()));
    const out = new Map();
    for (const [id, key] of keys)
        if (wanted.has(id) || wanted.has((0,tuf_keys/* canonicalKeyIdOf */.Sy)(key)))
            out.set(id, key);
    return out;
}

;// CONCATENATED MODULE: ./src/tuf/trusted-set.ts
/**
 * The trusted set: a pure state machine over metadata bytes, in notary's client order
 * (client/tufclient.go, tuf/builder.go): root, then timestamp, snapshot (by the timestamp's hash
 * and length), targets and delegations (by the snapshot's hashes and lengths). Every step checks
 * signatures against the already-trusted parent, `_type`, version rollback against what was
 * trusted before, and expiry against the injected clock. It does no I/O.
 */







/** A snapshot whose root entry differs from the trusted root: the caller fetches the new root. */
class RootChangedError extends errors/* VerificationError */.mk {
    rootMeta;
    constructor(rootMeta) {
        super("ROOT_CHANGED", "the snapshot names a root other than the trusted one");
        this.rootMeta = rootMeta;
    }
}
class TrustedSet {
    gun;
    now;
    opts;
    /** The root trusted in an earlier run, under which `previousVersions` were recorded. */
    anchorRoot;
    rootEnv;
    timestamp;
    snapshot;
    /** `targets` and every delegation loaded, by role name. */
    targets = new Map();
    /** Delegation roles as their parents define them (loaded or not). */
    delegations = new Map();
    /** Delegations a loader left out because they could not be trusted, with why (for messages). */
    skipped = new Map();
    /**
     * Roles a loader could read only as the Go re-serialisation of what the server stores: the
     * server holds bytes other than those its snapshot names, so Go clients (docker, notary) cannot
     * read them. Publishing a new version repairs the repository.
     */
    inconsistent = new Set();
    /** Trusts `rootBytes` (or rotates to it from the anchor's trusted root). */
    constructor(rootBytes, opts) {
        this.gun = opts.gun;
        this.now = opts.now;
        this.opts = opts;
        if (opts.trustedRoot) {
            this.rootEnv = this.checkRoot(parseEnvelope(opts.trustedRoot, "Root", "trusted root"), undefined, false);
            this.anchorRoot = this.rootEnv.signed;
            this.updateRoot(rootBytes);
        }
        else {
            this.rootEnv = this.checkRoot(parseEnvelope(rootBytes, "Root", "root"), undefined, true);
        }
    }
    get root() {
        return this.rootEnv;
    }
    /**
     * Moves to a newer root: it must be signed by a threshold of the current root's certificate
     * keys and by its own, and must pass the pins. Equal bytes are a no-op.
     */
    updateRoot(bytes) {
        if (Buffer.compare(Buffer.from(bytes), Buffer.from(this.rootEnv.bytes)) === 0)
            return;
        const next = parseEnvelope(bytes, "Root", "served root");
        const cur = this.rootEnv.signed.version;
        if (next.signed.version < cur)
            throw new errors/* RollbackError */.ZS(`root version ${next.signed.version} is lower than trusted version ${cur}`);
        if (next.signed.version === cur)
            throw new errors/* RootTrustError */.hA(`root version ${cur} served with content other than the trusted root v${cur}`, { hint: "the server's root changed without a rotation; check with the repository owner" });
        this.rootEnv = this.checkRoot(next, this.rootEnv, true);
    }
    checkRoot(env, previous, fresh) {
        const root = env.signed;
        const subject = `root v${root.version}`;
        for (const role of ["root", "targets", "snapshot", "timestamp"]) {
            const r = root.roles.get(role);
            if (!r)
                throw new errors/* MalformedMetadataError */.$6(`${subject}: no ${role} role`);
            if (r.threshold < 1)
                throw new errors/* MalformedMetadataError */.$6(`${subject}: ${role} threshold ${r.threshold} is less than 1`);
            pickKeys(root.keys, r.keyIds, `${subject} ${role} role`);
        }
        if (previous) {
            const prevKeys = rootCertificateKeys(previous.signed, { gun: this.gun, now: this.now, checkExpiry: false });
            try {
                verifyThreshold(env, { name: subject, keys: prevKeys.keys, threshold: previous.signed.roles.get("root").threshold });
            }
            catch (err) {
                throw new errors/* RootTrustError */.hA(`${subject} is not signed by the root keys of trusted root v${previous.signed.version}`, {
                    cause: err,
                    hint: "the repository's root changed without a valid rotation; if the owner re-created it, remove the stored root or set root-key-id",
                });
            }
        }
        const own = rootCertificateKeys(root, { gun: this.gun, now: this.now, checkExpiry: fresh });
        if (own.keys.size === 0) {
            throw new errors/* RootTrustError */.hA(`${subject}: no valid root certificate for ${this.gun} (${own.rejected.join("; ") || "no root keys"})`);
        }
        let keys = own.keys;
        if (this.opts.pinnedRootKeyIds?.length) {
            keys = pinnedOnly(own.keys, this.opts.pinnedRootKeyIds);
            if (keys.size === 0) {
                throw new errors/* RootTrustError */.hA(`${subject} of ${this.gun} is signed by root key ${[...own.keys.keys()].map((k) => k.slice(0, 12) + "…").join(", ")}, not the pinned ${this.opts.pinnedRootKeyIds.map((k) => k.slice(0, 12) + "…").join(", ")}`, { hint: "check root-key-id against `docker trust inspect` Root Key" });
            }
        }
        verifyThreshold(env, { name: subject, keys, threshold: root.roles.get("root").threshold });
        if (fresh)
            this.checkExpiry(env, "root");
        return env;
    }
    checkExpiry(env, role) {
        if (env.expiresAt < this.now) {
            throw new errors/* ExpiredError */.Ci(`${role} expired at ${displayTime(env.expiresAt)}`);
        }
    }
    checkVersion(role, version) {
        const prev = this.opts.previousVersions?.[role];
        // TUF 5.3.11: once a root rotates the timestamp or snapshot keys, versions trusted under the
        // old keys no longer bind. That is the way out of a fast-forward attack made with a
        // compromised timestamp or snapshot key: the owner rotates the key.
        if ((role === "timestamp" || role === "snapshot") && this.keysRotatedSinceAnchor(role))
            return;
        if (prev !== undefined && version < prev) {
            throw new errors/* RollbackError */.ZS(`${role} version ${version} is lower than version ${prev} trusted before`);
        }
    }
    keysRotatedSinceAnchor(role) {
        const before = this.anchorRoot?.roles.get(role);
        const now = this.rootEnv.signed.roles.get(role);
        const ids = (r) => [...(r?.keyIds ?? [])].sort().join(",");
        return before !== undefined && ids(before) !== ids(now);
    }
    rootRole(role) {
        const r = this.rootEnv.signed.roles.get(role);
        return { name: role, keys: pickKeys(this.rootEnv.signed.keys, r.keyIds, `root ${role} role`), threshold: r.threshold };
    }
    updateTimestamp(bytes) {
        // The root in force must itself be current before anything it signs for is trusted.
        this.checkExpiry(this.rootEnv, "root");
        const env = parseEnvelope(bytes, "Timestamp", "timestamp");
        verifyThreshold(env, this.rootRole("timestamp"));
        this.checkVersion("timestamp", env.signed.version);
        this.checkExpiry(env, "timestamp");
        checkHashStructure(env.signed.meta.get("snapshot"), "timestamp meta for snapshot");
        this.timestamp = env;
        this.snapshot = undefined;
        this.targets.clear();
        this.delegations.clear();
        this.skipped.clear();
        this.inconsistent.clear();
        return env;
    }
    /** What the trusted timestamp says of the snapshot (for a by-hash fetch). */
    get snapshotMeta() {
        if (!this.timestamp)
            throw new errors/* VerificationError */.mk("ORDER", "timestamp must be loaded before snapshot");
        return this.timestamp.signed.meta.get("snapshot");
    }
    updateSnapshot(bytes) {
        checkFileMeta(bytes, this.snapshotMeta, "snapshot");
        const env = parseEnvelope(bytes, "Snapshot", "snapshot");
        verifyThreshold(env, this.rootRole("snapshot"));
        this.checkVersion("snapshot", env.signed.version);
        this.checkExpiry(env, "snapshot");
        for (const role of ["root", "targets"])
            checkHashStructure(env.signed.meta.get(role), `snapshot meta for ${role}`);
        const rootMeta = env.signed.meta.get("root");
        try {
            checkFileMeta(this.rootEnv.bytes, rootMeta, "root");
        }
        catch {
            throw new RootChangedError(rootMeta);
        }
        this.snapshot = env;
        return env;
    }
    /** The snapshot's entry for a targets role, or undefined when the role was never published. */
    metaFor(role) {
        if (!this.snapshot)
            throw new errors/* VerificationError */.mk("ORDER", "snapshot must be loaded before targets");
        const meta = this.snapshot.signed.meta.get(role);
        return meta && checkHashStructure(meta, `snapshot meta for ${role}`);
    }
    updateTargets(bytes) {
        const meta = this.metaFor("targets");
        checkFileMeta(bytes, meta, "targets");
        const env = parseEnvelope(bytes, "Targets", "targets");
        verifyThreshold(env, this.rootRole("targets"));
        this.checkVersion("targets", env.signed.version);
        if (!this.opts.allowExpiredTargets)
            this.checkExpiry(env, "targets");
        this.acceptTargets("targets", env, [""]);
        return env;
    }
    /** Loads a delegation whose parent is loaded. Throws when it cannot be trusted (callers skip it). */
    updateDelegation(name, bytes) {
        const role = this.delegations.get(name);
        if (!role)
            throw new errors/* VerificationError */.mk("UNKNOWN_ROLE", `${name} is not delegated by a loaded parent`);
        const meta = this.metaFor(name);
        if (!meta)
            throw new errors/* VerificationError */.mk("UNKNOWN_ROLE", `${name} is not in the snapshot`);
        checkFileMeta(bytes, meta, name);
        const env = parseEnvelope(bytes, "Targets", name);
        verifyThreshold(env, role);
        this.checkVersion(name, env.signed.version);
        if (!this.opts.allowExpiredDelegations)
            this.checkExpiry(env, name);
        this.acceptTargets(name, env, role.paths);
        return env;
    }
    acceptTargets(name, env, paths) {
        const d = env.signed.delegations;
        for (const child of d.roles ?? [])
            this.checkDelegationShape(name, child, d.keys);
        for (const [target, meta] of env.signed.targets)
            checkTargetMeta(name, target, meta);
        this.targets.set(name, env);
        for (const child of d.roles ?? []) {
            this.delegations.set(child.name, {
                name: child.name,
                keys: pickKeys(d.keys, child.keyIds, `${name} delegation ${child.name}`),
                threshold: child.threshold,
                paths: restrictPaths(paths, child.paths),
            });
        }
    }
    checkDelegationShape(parent, child, keys) {
        if (!isDelegationName(child.name) || parentOf(child.name) !== parent) {
            throw new errors/* MalformedMetadataError */.$6(`${parent}: delegation role ${child.name} is not a valid child`);
        }
        if (child.threshold < 1)
            throw new errors/* MalformedMetadataError */.$6(`${parent}: ${child.name} threshold ${child.threshold} is less than 1`);
        pickKeys(keys, child.keyIds, `${parent} delegation ${child.name}`);
    }
    /** Versions trusted now, to be persisted and passed as `previousVersions` next time. */
    versions() {
        const out = { root: this.rootEnv.signed.version };
        if (this.timestamp)
            out.timestamp = this.timestamp.signed.version;
        if (this.snapshot)
            out.snapshot = this.snapshot.signed.version;
        for (const [name, env] of this.targets)
            out[name] = env.signed.version;
        return out;
    }
}
/** Target entries must have sane hashes and lengths (a negative length or short hash is tampering). */
function checkTargetMeta(role, target, meta) {
    checkHashStructure(meta, `${role} target ${target}`);
}

;// CONCATENATED MODULE: ./src/workflows/load-trust.ts
/**
 * Loading a repository's trust data: the I/O around the pure TrustedSet.
 *
 * notary's client fetches timestamp, snapshot, targets and each delegation one after another. We
 * fetch the current file of every role we expect to need in one parallel wave, check each against
 * the trusted chain, and fall back to a by-hash fetch only for a file that does not match (a
 * concurrent update between two of our requests). Nothing is trusted before it is checked.
 */





const MAX_ROOT_WALK = 100;
/** Delegations remembered from an earlier run that are fetched in the first wave. */
const MAX_KNOWN_HINTS = 32;
/** Loads and verifies the repository; throws NOT_INITIALISED when the server has no root. */
async function loadTrust(client, opts) {
    const warnings = [];
    const warn = (m) => {
        warnings.push(m);
        opts.onWarning?.(m);
    };
    // Delegations trusted in an earlier run (the stored versions) join the first wave too, so a
    // repository read before costs one wave however deep its delegations go.
    const wanted = opts.only ? ancestorsAndSelf(opts.only) : undefined;
    const known = Object.keys(opts.previousVersions ?? {}).filter((r) => isDelegationName(r) && (!wanted || wanted.has(r)));
    const hints = [...new Set([...(opts.hints ?? []), ...known.slice(0, MAX_KNOWN_HINTS)])];
    const settle = (p) => p.then((v) => ({ ok: true, v }), (e) => ({ ok: false, e }));
    const [rootR, tsR, snapR, targetsR, ...hintR] = await Promise.all([
        settle(client.getMetadata("root")),
        settle(client.getMetadata("timestamp")),
        settle(client.getMetadata("snapshot")),
        settle(client.getMetadata("targets")),
        ...hints.map((h) => settle(client.getMetadata(h))),
    ]);
    const take = (r) => {
        if (!r.ok)
            throw r.e;
        return r.v;
    };
    const rootBytes = take(rootR);
    if (!rootBytes) {
        throw new errors/* ServerError */.gP("NOT_INITIALISED", `${client.gun} is not initialised on ${client.baseUrl}: no root.json (404)`, {
            status: 404,
            hint: "create it with `content-trust init` or `docker trust signer add`",
        });
    }
    const set = await trustRoot(client, rootBytes, opts);
    const tsBytes = take(tsR);
    if (!tsBytes)
        throw new errors/* ServerError */.gP("NOT_FOUND", `${client.gun} on ${client.baseUrl} has a root but no timestamp.json`, { status: 404 });
    set.updateTimestamp(tsBytes);
    let snapBytes = take(snapR);
    if (!snapBytes || !matches(snapBytes, set.snapshotMeta)) {
        snapBytes = await byHash(client, "snapshot", set.snapshotMeta);
    }
    try {
        set.updateSnapshot(snapBytes);
    }
    catch (err) {
        if (!(err instanceof RootChangedError))
            throw err;
        // The snapshot names another root than root.json gave us (a rotation racing our wave).
        const newRoot = await byHash(client, "root", err.rootMeta);
        await rotateRoot(client, set, newRoot);
        set.updateTimestamp(tsBytes);
        set.updateSnapshot(snapBytes);
    }
    const prefetched = new Map();
    const targetsBytes = take(targetsR);
    hints.forEach((h, i) => {
        const r = hintR[i];
        if (r.ok)
            prefetched.set(h, r.v);
    });
    const read = async (role, prefetchedBytes) => {
        const r = await current(client, role, prefetchedBytes, set);
        if (r.normalised) {
            set.inconsistent.add(role);
            warn(`${role} on ${client.baseUrl} is stored in a form other than the one its snapshot names, so Go clients cannot read it; publishing it again repairs this`);
        }
        return r.bytes;
    };
    set.updateTargets(await read("targets", targetsBytes));
    // Breadth-first over delegations, one parallel wave per depth.
    let frontier = load_trust_childrenOf(set, "targets", wanted);
    while (frontier.length > 0) {
        const loaded = await Promise.all(frontier.map(async (name) => {
            try {
                const bytes = await read(name, prefetched.get(name));
                set.updateDelegation(name, bytes);
                return name;
            }
            catch (err) {
                // As notary's client (tufclient.go downloadTargets): a delegation that is expired or
                // short of valid signatures is skipped, as if it had no targets. Anything else (a file
                // that is not the one the snapshot names, a rolled-back version, malformed content) is
                // a server that cannot be trusted, and fails the whole load: skipping such a role would
                // let a hostile server hide `targets/releases` and have `targets` answer for a tag.
                if (!(err instanceof errors/* ExpiredError */.Ci || err instanceof errors/* ThresholdError */.M2))
                    throw err;
                set.skipped.set(name, (0,errors/* describeError */.Uc)(err));
                warn(`${name} skipped: ${(0,errors/* describeError */.Uc)(err)}`);
                return undefined;
            }
        }));
        frontier = loaded.flatMap((n) => (n ? load_trust_childrenOf(set, n, wanted) : []));
    }
    return { set, warnings };
}
function matches(bytes, meta) {
    try {
        checkFileMeta(bytes, meta, "");
        return true;
    }
    catch {
        return false;
    }
}
async function byHash(client, role, meta) {
    const bytes = await client.getMetadata(role, { sha256Hex: sha256HexOf(meta), length: meta.length });
    if (!bytes)
        throw missing(client, role, meta);
    return bytes;
}
function missing(client, role, meta) {
    return new errors/* ServerError */.gP("NOT_FOUND", `${client.gun} on ${client.baseUrl}: ${role}.${sha256HexOf(meta).slice(0, 12)}….json is missing (404)`, { status: 404, hint: "the repository is inconsistent; a re-publish of a Go-exact version repairs it" });
}
/**
 * The current bytes when they match the snapshot, else the by-hash file. When the server has no
 * file under the hash its snapshot names, it stored bytes that are not Go-exact (it hashes its own
 * re-serialisation, protocol §2.4): the current file is then accepted, as its Go re-serialisation,
 * only if that is exactly what the snapshot names, and flagged as `normalised`.
 */
async function current(client, role, prefetched, set) {
    const meta = set.metaFor(role);
    if (!meta)
        throw new errors/* VerificationError */.mk("UNKNOWN_ROLE", `${role} is not in the snapshot`);
    if (prefetched && matches(prefetched, meta))
        return { bytes: prefetched, normalised: false };
    const bytes = await client.getMetadata(role, { sha256Hex: sha256HexOf(meta), length: meta.length });
    if (bytes)
        return { bytes, normalised: false };
    const served = prefetched ?? (await client.getMetadata(role));
    const goForm = served && goReserialised(served, role);
    if (goForm && matches(goForm, meta))
        return { bytes: goForm, normalised: true };
    throw missing(client, role, meta);
}
function goReserialised(bytes, role) {
    try {
        const env = parseEnvelope(bytes, "Targets", role);
        return serialiseEnvelope(env.signed, env.signatures);
    }
    catch {
        return undefined;
    }
}
function load_trust_childrenOf(set, parent, wanted) {
    const env = set.targets.get(parent);
    return (env?.signed.delegations.roles ?? [])
        .map((r) => r.name)
        .filter((n) => set.delegations.has(n) && set.snapshot.signed.meta.has(n) && (!wanted || wanted.has(n)));
}
function ancestorsAndSelf(names) {
    const out = new Set();
    for (const n of names)
        for (let p = n; p.includes("/"); p = p.slice(0, p.lastIndexOf("/")))
            out.add(p);
    return out;
}
/** Trusts the served root, walking `N.root.json` from a stored root when it was rotated more than once. */
async function trustRoot(client, rootBytes, opts) {
    const base = { ...opts, gun: client.gun };
    if (!opts.trustedRoot)
        return new TrustedSet(rootBytes, base);
    // Start from the stored root (its own bytes as the served root: a no-op update), then rotate.
    const set = new TrustedSet(opts.trustedRoot, base);
    await rotateRoot(client, set, rootBytes);
    return set;
}
async function rotateRoot(client, set, target) {
    try {
        set.updateRoot(target);
        return;
    }
    catch (err) {
        if (!(err instanceof errors/* VerificationError */.mk) || err.code !== "ROOT_TRUST")
            throw err;
        const targetVersion = parseEnvelope(target, "Root", "served root").signed.version;
        const from = set.root.signed.version;
        if (targetVersion - from > MAX_ROOT_WALK || targetVersion - from < 2)
            throw err;
        for (let v = from + 1; v < targetVersion; v++) {
            const bytes = await client.getMetadata("root", { version: v });
            if (!bytes)
                throw err;
            set.updateRoot(bytes);
        }
        set.updateRoot(target);
    }
}

;// CONCATENATED MODULE: ./src/workflows/inspect.ts




async function inspect(client, opts) {
    const { set, warnings } = await loadTrust(client, { ...opts, hints: ["targets/releases"] });
    if (opts.expiryWindowMs !== 0) {
        for (const e of expiringRoles(set, opts.now, opts.expiryWindowMs ?? DEFAULT_RENEW_WINDOW_MS)) {
            const m = expiryWarning(set.gun, e, opts.now);
            warnings.push(m);
            opts.onWarning?.(m);
        }
    }
    return { result: reportOf(set, opts.name, opts.tag, warnings), set };
}
function reportOf(set, name, tag, warnings = []) {
    const root = set.root.signed;
    const expires = [
        { role: "root", env: set.root },
        ...(set.timestamp ? [{ role: "timestamp", env: set.timestamp }] : []),
        ...(set.snapshot ? [{ role: "snapshot", env: set.snapshot }] : []),
        ...[...set.targets].map(([role, env]) => ({ role, env })),
    ].map(({ role, env }) => ({ role, expires: displayTime(env.expiresAt), version: env.signed.version }));
    return {
        name,
        gun: set.gun,
        signedTags: signedTags(set, tag).map((t) => ({ tag: t.tag, digest: t.digest, signers: t.signers.length ? t.signers : [REPO_ADMIN] })),
        signers: signerKeys(set),
        rootKeyIds: root.roles.get("root")?.keyIds ?? [],
        repositoryKeyIds: root.roles.get("targets")?.keyIds ?? [],
        expires,
        warnings,
    };
}
/** The JSON `docker trust inspect` prints for one repository (field names and order as Go writes them). */
function dockerInspectJson(r) {
    const keys = (ids) => (ids.length ? { Keys: ids.map((ID) => ({ ID })) } : {});
    return {
        Name: r.name,
        SignedTags: r.signedTags.map((t) => ({ SignedTag: t.tag, Digest: t.digest, Signers: t.signers })),
        Signers: r.signers.map((s) => ({ Name: s.name, ...keys(s.keyIds) })),
        AdministrativeKeys: [
            { Name: "Root", ...keys(r.rootKeyIds) },
            { Name: "Repository", ...keys(r.repositoryKeyIds) },
        ],
    };
}

;// CONCATENATED MODULE: ./src/workflows/options.ts
/**
 * Shared parsing of values that the CLI flags and the action inputs both take.
 */


const YEAR = 365 * 24 * 3600 * 1000;
const UNITS = { y: YEAR, mo: YEAR / 12, w: 7 * 86400_000, d: 86400_000, h: 3600_000 };
/** `3y`, `18mo`, `90d`, `12h`, or an absolute RFC 3339 time; returns milliseconds from `now`. */
function parseExpiry(text, now, name = "expires") {
    const t = text.trim();
    const m = /^(\d+)(y|mo|w|d|h)$/.exec(t);
    let ms;
    if (m)
        ms = Number(m[1]) * UNITS[m[2]];
    else {
        try {
            ms = parseGoTime(t) - now;
        }
        catch {
            throw new errors/* UsageError */.eb(`${name} "${t}" is neither a duration (3y, 18mo, 90d, 12h) nor an RFC 3339 time`);
        }
    }
    if (ms < 3600_000)
        throw new errors/* UsageError */.eb(`${name} "${t}" is less than an hour from now`);
    if (ms > 100 * YEAR)
        throw new errors/* UsageError */.eb(`${name} "${t}" is more than 100 years from now`);
    return Math.round(ms);
}
/** Splits newline- or comma-separated lists, dropping blanks and `#` comments. */
function splitList(text) {
    if (!text)
        return [];
    return text
        .split(/[\n,]/)
        .map((s) => s.replace(/#.*$/, "").trim())
        .filter((s) => s.length > 0);
}
/** A timeout in seconds (input `timeout`), as milliseconds. */
function parseTimeout(text, name = "timeout") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const n = Number(text.trim().replace(/s$/, ""));
    if (!Number.isFinite(n) || n <= 0 || n > 3600)
        throw new errors/* UsageError */.eb(`${name} "${text}" must be a number of seconds between 1 and 3600`);
    return Math.round(n * 1000);
}
const KEY_ID = /^[0-9a-f]{64}$/;
function parseKeyIds(text, name = "root-key-id") {
    const ids = splitList(text).map((s) => s.toLowerCase());
    for (const id of ids)
        if (!KEY_ID.test(id))
            throw new errors/* UsageError */.eb(`${name} "${id.slice(0, 80)}" is not a 64-digit hex key ID`);
    return ids;
}
function parseBoolean(text, name, fallback) {
    if (text === undefined || text.trim() === "")
        return fallback;
    const t = text.trim().toLowerCase();
    if (["true", "yes", "1", "on"].includes(t))
        return true;
    if (["false", "no", "0", "off"].includes(t))
        return false;
    throw new UsageError(`${name} "${text}" must be true or false`);
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function parseDigest(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const d = text.trim();
    if (!DIGEST.test(d))
        throw new errors/* UsageError */.eb(`digest "${d.slice(0, 80)}" is not sha256:<64 hex digits>`);
    return d;
}

;// CONCATENATED MODULE: ./src/workflows/trust-store.ts
/**
 * Trust on first use across runs: the root we trusted, and the versions we saw, per repository.
 * Stored where Docker and notary cache it (`<trust dir>/tuf/<gun>/metadata/root.json`), so a
 * root pinned by `docker trust` is honoured by us and the other way round.
 */



const VERSIONS_FILE = "content-trust-versions.json";
const MAX_ROOT_BYTES = 2 * 1024 * 1024;
class TrustStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    metadataDir(gun) {
        const parts = gun.split("/");
        if (parts.some((p) => p === "" || p === "." || p === ".."))
            throw new Error(`invalid repository name ${gun}`);
        return external_node_path_default().join(this.dir, "tuf", ...parts, "metadata");
    }
    /** The stored anchor for `gun`, empty when nothing was stored. */
    async load(gun) {
        const dir = this.metadataDir(gun);
        const root = await (0,promises_.readFile)(external_node_path_default().join(dir, "root.json")).catch(() => undefined);
        const versions = await (0,promises_.readFile)(external_node_path_default().join(dir, VERSIONS_FILE), "utf8")
            .then((t) => JSON.parse(t))
            .catch(() => undefined);
        return {
            ...(root && root.length <= MAX_ROOT_BYTES ? { trustedRoot: new Uint8Array(root) } : {}),
            ...(versions && typeof versions === "object" ? { previousVersions: sanitize(versions) } : {}),
        };
    }
    async save(gun, root, versions) {
        const dir = this.metadataDir(gun);
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        await atomicWrite(external_node_path_default().join(dir, "root.json"), root);
        await atomicWrite(external_node_path_default().join(dir, VERSIONS_FILE), JSON.stringify(versions));
    }
}
function sanitize(v) {
    const out = {};
    for (const [k, n] of Object.entries(v))
        if (typeof n === "number" && Number.isSafeInteger(n))
            out[k] = n;
    return out;
}
async function atomicWrite(file, data) {
    const tmp = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.tmp`;
    await (0,promises_.writeFile)(tmp, data, { mode: 0o600 });
    await (0,promises_.rename)(tmp, file);
}

;// CONCATENATED MODULE: ./src/cli/format.ts
/** Removes control characters from text that came from a server before it reaches a terminal. */
function printable(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}
function table(header, rows) {
    const all = [header, ...rows].map((r) => r.map(printable));
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
    return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("   ")).join("\n") + "\n";
}
function formatSign(r) {
    const head = r.published
        ? `Signed ${r.gun} as ${r.signer}: ${r.digest} (${r.size} bytes)\n`
        : `${r.gun}: every tag already points to ${r.digest}; nothing published\n`;
    const rows = r.tags.map((t) => [t.tag, t.digest.slice(0, 19) + "…", t.roles.join(", "), t.signers.join(", ")]);
    return `${head}\n${table(["TAG", "DIGEST", "ROLES", "SIGNERS"], rows)}\nRoles now: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n${r.warnings.length ? `\nWarnings:\n${r.warnings.map((w) => `  ${printable(w)}`).join("\n")}\n` : ""}`;
}
/** The layout of `docker trust inspect --pretty`. */
function formatInspect(r) {
    let out = `\nSignatures for ${printable(r.name)}\n\n`;
    out += r.signedTags.length
        ? table(["SIGNED TAG", "DIGEST", "SIGNERS"], r.signedTags.map((t) => [t.tag, t.digest, t.signers.map((s) => (s === "Repo Admin" ? "(Repo Admin)" : s)).join(", ")]))
        : `No signatures for ${printable(r.name)}\n`;
    if (r.signers.length) {
        out += `\nList of signers and their keys for ${printable(r.name)}:\n\n`;
        out += table(["SIGNER", "KEYS"], [...r.signers].reverse().map((s) => [s.name, s.keyIds.map((k) => k.slice(0, 12)).join(", ")]));
    }
    out += `\nAdministrative keys for ${printable(r.name)}:\n\n`;
    out += `  Repository Key:\t${[...r.repositoryKeyIds].sort().join(", ")}\n  Root Key:\t${[...r.rootKeyIds].sort().join(", ")}\n`;
    if (r.warnings.length)
        out += `\nWarnings:\n${r.warnings.map((w) => `  ${printable(w)}`).join("\n")}\n`;
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * What the CLI reads from and writes to the outside: arguments, environment, files, streams.
 * Commands take it as a parameter so tests can run them in-process.
 */




async function readInputFile(file, what, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    try {
        const text = await (0,promises_.readFile)(full, "utf8");
        if (text.length > 1024 * 1024)
            throw new errors/* UsageError */.eb(`${what} ${file} is larger than 1 MiB`);
        return text;
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        throw new errors/* UsageError */.eb(`cannot read ${what} ${file}: ${err.code ?? "error"}`);
    }
}
/** `$DOCKER_CONFIG`, else `~/.docker`, as the docker CLI chooses. */
function dockerConfigDir(env) {
    return env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), ".docker");
}
/** Whether a key file's text is encrypted (PKCS#8 or legacy PEM encryption). */
function isEncryptedKey(text) {
    return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}
/** The passphrase from CONTENT_TRUST_PASSPHRASE, else a terminal prompt, never a flag. */
async function passphraseFor(text, io, what = "signer key") {
    if (!isEncryptedKey(text))
        return undefined;
    const fromEnv = io.env.CONTENT_TRUST_PASSPHRASE;
    if (fromEnv !== undefined)
        return fromEnv;
    if (io.promptSecret)
        return io.promptSecret(`Passphrase for the ${what}: `);
    throw new errors/* UsageError */.eb(`the ${what} is encrypted`, { hint: "set CONTENT_TRUST_PASSPHRASE" });
}

;// CONCATENATED MODULE: ./src/cli/commands/common.ts
/** Flags every networked command takes, mirroring the action's inputs. */



const connectionFlags = {
    "notary-server": { type: "string" },
    "ca-cert": { type: "string" },
    "registry-username": { type: "string" },
    "root-key-id": { type: "string", multiple: true },
    "trust-dir": { type: "string" },
    timeout: { type: "string" },
    "insecure-registry": { type: "string", multiple: true },
};
const CONNECTION_HELP = `  --notary-server URL       Notary server (default: DOCKER_CONTENT_TRUST_SERVER, notary.docker.io
                            for Docker Hub, else https://<registry host>)
  --ca-cert FILE            PEM bundle to trust for a self-hosted server
  --registry-username USER  with CONTENT_TRUST_REGISTRY_PASSWORD; else the docker config is used
  --root-key-id ID          pin the root key (repeatable); else trust on first use
  --trust-dir DIR           where trusted roots are kept (default: $DOCKER_CONFIG/trust)
  --timeout SECONDS         deadline of each request (default 30)
  --insecure-registry HOST  talk plain http to this registry (repeatable; loopback tests)`;
async function connectionOptions(values, io) {
    const password = io.env.CONTENT_TRUST_REGISTRY_PASSWORD;
    const username = values["registry-username"];
    const timeoutMs = parseTimeout(values.timeout);
    if (username && password === undefined) {
        throw new errors/* UsageError */.eb("--registry-username needs the password in CONTENT_TRUST_REGISTRY_PASSWORD");
    }
    return {
        ...(values["notary-server"] ? { notaryServer: values["notary-server"] } : {}),
        ...(io.env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: io.env.DOCKER_CONTENT_TRUST_SERVER } : {}),
        ...(values["ca-cert"] ? { caPem: await readInputFile(values["ca-cert"], "CA certificate", io.cwd) } : {}),
        ...(username && password !== undefined ? { credentials: { username, password } } : {}),
        dockerConfigDir: dockerConfigDir(io.env),
        ...(timeoutMs ? { timeoutMs } : {}),
        ...(values["insecure-registry"] ? { insecureRegistries: values["insecure-registry"].flatMap(splitList) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts










const INSPECT_HELP = `Usage: content-trust inspect IMAGE[:TAG] [IMAGE[:TAG]...] [flags]

Verifies and prints the signed tags, signers and administrative keys of repositories,
as docker trust inspect does. With --json, prints docker trust inspect's JSON.

Flags:
${CONNECTION_HELP}
  --json                    print docker trust inspect JSON
  --within DURATION         warn about roles expiring within this (default 6mo; 0 never)`;
async function inspectCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { ...connectionFlags, json: { type: "boolean" }, within: { type: "string" } } });
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb("inspect takes at least one IMAGE");
    const opts = await connectionOptions(values, io);
    const store = new TrustStore(values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`);
    const pins = values["root-key-id"] ? parseKeyIds(values["root-key-id"].join(",")) : [];
    const results = await Promise.all(positionals.map(async (name) => {
        const ref = parseReference(name);
        const conn = connect(ref, opts);
        try {
            const anchor = await store.load(ref.name);
            const { result, set } = await inspect(conn.notary, {
                ...anchor,
                ...(pins.length ? { pinnedRootKeyIds: pins } : {}),
                name,
                ...(ref.tag ? { tag: ref.tag } : {}),
                now: Date.now(),
                ...(values.within !== undefined ? { expiryWindowMs: values.within.trim() === "0" ? 0 : parseExpiry(values.within, Date.now(), "within") } : {}),
                onWarning: (m) => io.stderr(`warning: ${m}\n`),
            });
            await store.save(ref.name, set.root.bytes, set.versions());
            return result;
        }
        finally {
            conn.close();
        }
    }));
    if (values.json)
        io.stdout(JSON.stringify(results.map(dockerInspectJson), null, 2) + "\n");
    else
        io.stdout(results.map(formatInspect).join("\n\n"));
    return 0;
}

;// CONCATENATED MODULE: ./src/signers/pbes2.ts
/**
 * Encrypted PKCS#8 (`EncryptedPrivateKeyInfo`, RFC 5958 / PKCS#5 v2.1 PBES2) as notary writes it
 * (tuf/utils/pkcs8.go): PBKDF2 with an 8-byte salt, 2048 iterations and the PRF left out (so
 * HMAC-SHA1), then AES-256-CBC with a 16-byte IV and PKCS#7 padding.
 *
 * Decryption is done here rather than by OpenSSL because notary's ed25519 keys use a private-key
 * layout OpenSSL refuses to load even to decrypt it. Other PBKDF2 PRFs and AES key sizes are read
 * too; anything else (PBES1, scrypt) is reported as `unsupported` so the caller can hand the
 * DER to OpenSSL instead.
 */


const OID_PBES2 = "1.2.840.113549.1.5.13";
const OID_PBKDF2 = "1.2.840.113549.1.5.12";
const PRFS = {
    "1.2.840.113549.2.7": "sha1",
    "1.2.840.113549.2.8": "sha224",
    "1.2.840.113549.2.9": "sha256",
    "1.2.840.113549.2.10": "sha384",
    "1.2.840.113549.2.11": "sha512",
};
const CIPHERS = {
    "2.16.840.1.101.3.4.1.2": { name: "aes-128-cbc", keyLength: 16 },
    "2.16.840.1.101.3.4.1.22": { name: "aes-192-cbc", keyLength: 24 },
    "2.16.840.1.101.3.4.1.42": { name: "aes-256-cbc", keyLength: 32 },
};
const OID_AES256_CBC = "2.16.840.1.101.3.4.1.42";
/** More PBKDF2 rounds than this are refused: a key file should not be able to stall a CI job. */
const MAX_ITERATIONS = 10_000_000;
/** The passphrase did not decrypt the key (bad padding or no PKCS#8 structure inside). */
class WrongPassphraseError extends Error {
    constructor() {
        super("wrong passphrase");
        this.name = "WrongPassphraseError";
    }
}
/** PBES2 parameters, or undefined when the scheme is not PBES2 + PBKDF2 + AES-CBC. */
function readPbes2(algorithm) {
    const oid = (0,tuf_der/* oidToString */.dh)((0,tuf_der/* childAt */.Ut)(algorithm, 0, tuf_der/* TAG */.Dk.oid, "encryption algorithm").content);
    if (oid !== OID_PBES2)
        return undefined;
    const params = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(algorithm, 1, tuf_der/* TAG */.Dk.sequence, "PBES2 parameters"));
    const kdf = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(params, 0, tuf_der/* TAG */.Dk.sequence, "PBES2 key derivation function"));
    const scheme = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(params, 1, tuf_der/* TAG */.Dk.sequence, "PBES2 encryption scheme"));
    if ((0,tuf_der/* oidToString */.dh)((0,tuf_der/* childAt */.Ut)(kdf, 0, tuf_der/* TAG */.Dk.oid, "key derivation OID").content) !== OID_PBKDF2)
        return undefined;
    const cipher = CIPHERS[(0,tuf_der/* oidToString */.dh)((0,tuf_der/* childAt */.Ut)(scheme, 0, tuf_der/* TAG */.Dk.oid, "cipher OID").content)];
    if (!cipher)
        return undefined;
    const iv = (0,tuf_der/* childAt */.Ut)(scheme, 1, tuf_der/* TAG */.Dk.octetString, "cipher IV").content;
    if (iv.length !== 16)
        throw new tuf_der/* EncodingError */.Ug("AES-CBC IV is not 16 bytes");
    const pbkdf2 = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(kdf, 1, tuf_der/* TAG */.Dk.sequence, "PBKDF2 parameters"));
    const salt = (0,tuf_der/* childAt */.Ut)(pbkdf2, 0, tuf_der/* TAG */.Dk.octetString, "PBKDF2 salt").content;
    const iterations = (0,tuf_der/* readSmallInteger */.ih)((0,tuf_der/* childAt */.Ut)(pbkdf2, 1, tuf_der/* TAG */.Dk.integer, "PBKDF2 iteration count"), "iteration count");
    if (iterations < 1 || iterations > MAX_ITERATIONS)
        throw new tuf_der/* EncodingError */.Ug(`PBKDF2 iteration count ${iterations} is out of range`);
    let next = 2;
    const keyLengthNode = pbkdf2[next];
    if (keyLengthNode?.tag === tuf_der/* TAG */.Dk.integer) {
        if ((0,tuf_der/* readSmallInteger */.ih)(keyLengthNode, "PBKDF2 key length") !== cipher.keyLength) {
            throw new tuf_der/* EncodingError */.Ug("PBKDF2 key length does not match the cipher");
        }
        next++;
    }
    let prf = "sha1";
    if (pbkdf2[next]) {
        const prfAlgorithm = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(pbkdf2, next, tuf_der/* TAG */.Dk.sequence, "PBKDF2 PRF"));
        const found = PRFS[(0,tuf_der/* oidToString */.dh)((0,tuf_der/* childAt */.Ut)(prfAlgorithm, 0, tuf_der/* TAG */.Dk.oid, "PRF OID").content)];
        if (!found)
            return undefined;
        prf = found;
    }
    return { salt, iterations, prf, cipher: cipher.name, keyLength: cipher.keyLength, iv };
}
/**
 * Decrypts an `EncryptedPrivateKeyInfo` to the DER `PrivateKeyInfo` inside it. Returns undefined
 * when the encryption scheme is not one this module reads. Throws WrongPassphraseError when the
 * result is not a well-formed structure (as notary does: it cannot tell a wrong passphrase apart
 * from damaged data).
 */
function decryptPkcs8(der, passphrase) {
    const outer = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* readWhole */.oD)(der, tuf_der/* TAG */.Dk.sequence));
    const algorithm = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(outer, 0, tuf_der/* TAG */.Dk.sequence, "encryption algorithm"));
    const ciphertext = (0,tuf_der/* childAt */.Ut)(outer, 1, tuf_der/* TAG */.Dk.octetString, "encrypted data").content;
    const params = readPbes2(algorithm);
    if (!params)
        return undefined;
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
        throw new tuf_der/* EncodingError */.Ug("encrypted data is not a whole number of AES blocks");
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, params.salt, params.iterations, params.keyLength, params.prf);
    const decipher = (0,external_node_crypto_.createDecipheriv)(params.cipher, key, params.iv).setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    key.fill(0);
    // A wrong passphrase shows as bad PKCS#7 padding or, rarely, as a plaintext that is not one
    // DER SEQUENCE starting with a version INTEGER. (Go's pkcs8.go only tries the ASN.1 parse.)
    const pad = padded[padded.length - 1];
    const validPadding = pad >= 1 && pad <= 16 && padded.subarray(padded.length - pad).every((b) => b === pad);
    try {
        if (!validPadding)
            throw new WrongPassphraseError();
        const plain = padded.subarray(0, padded.length - pad);
        (0,tuf_der/* childAt */.Ut)((0,tuf_der/* childrenOf */.LU)((0,tuf_der/* readWhole */.oD)(plain, tuf_der/* TAG */.Dk.sequence)), 0, tuf_der/* TAG */.Dk.integer, "version");
        return Buffer.from(plain);
    }
    catch {
        throw new WrongPassphraseError();
    }
    finally {
        padded.fill(0);
    }
}
/**
 * Encrypts a DER `PrivateKeyInfo` exactly as notary does: PBES2, PBKDF2 (8-byte salt, 2048
 * iterations, PRF omitted = HMAC-SHA1), AES-256-CBC (16-byte IV), PKCS#7 padding.
 */
function encryptPkcs8(plain, passphrase, options = {}) {
    const salt = Buffer.from(options.salt ?? (0,external_node_crypto_.randomBytes)(8));
    const iv = Buffer.from(options.iv ?? (0,external_node_crypto_.randomBytes)(16));
    if (salt.length !== 8 || iv.length !== 16)
        throw new tuf_der/* EncodingError */.Ug("salt must be 8 bytes and IV 16 bytes");
    const iterations = 2048;
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, salt, iterations, 32, "sha1");
    const cipher = (0,external_node_crypto_.createCipheriv)("aes-256-cbc", key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    key.fill(0);
    return (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_PBES2), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_PBKDF2), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOctetString */.Cf)(salt), (0,tuf_der/* derInteger */.i5)(iterations))), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_AES256_CBC), (0,tuf_der/* derOctetString */.Cf)(iv)))), (0,tuf_der/* derOctetString */.Cf)(ciphertext));
}

;// CONCATENATED MODULE: ./src/signers/legacy-pem.ts
/**
 * Legacy OpenSSL PEM encryption (`Proc-Type: 4,ENCRYPTED` + `DEK-Info: AES-256-CBC,<iv hex>`), as
 * notary 0.1–0.3 wrote its `EC PRIVATE KEY` / `RSA PRIVATE KEY` / `ED25519 PRIVATE KEY` files and
 * Go's deprecated x509.DecryptPEMBlock reads them: key = EVP_BytesToKey(MD5, passphrase,
 * salt = first 8 bytes of the IV, 1 round), CBC with PKCS#7 padding.
 *
 * Done by hand because OpenSSL refuses the non-standard `role:` header notary adds to such blocks,
 * and because it lets a wrong passphrase be told apart from an unsupported file.
 */



const legacy_pem_CIPHERS = {
    "AES-128-CBC": { name: "aes-128-cbc", keyLength: 16, ivLength: 16 },
    "AES-192-CBC": { name: "aes-192-cbc", keyLength: 24, ivLength: 16 },
    "AES-256-CBC": { name: "aes-256-cbc", keyLength: 32, ivLength: 16 },
    "DES-EDE3-CBC": { name: "des-ede3-cbc", keyLength: 24, ivLength: 8 },
};
/** True when the block carries `Proc-Type: 4,ENCRYPTED`. */
function isLegacyEncrypted(block) {
    return (block.headers["Proc-Type"] ?? "").replace(/\s/g, "") === "4,ENCRYPTED";
}
/** OpenSSL's EVP_BytesToKey with MD5 and one round. */
function bytesToKey(passphrase, salt, length) {
    const parts = [];
    let previous = Buffer.alloc(0);
    let total = 0;
    while (total < length) {
        previous = (0,external_node_crypto_.createHash)("md5").update(previous).update(passphrase, "utf8").update(salt).digest();
        parts.push(previous);
        total += previous.length;
    }
    return Buffer.concat(parts).subarray(0, length);
}
/** Decrypts the body of a legacy encrypted block; throws WrongPassphraseError on bad padding. */
function decryptLegacyPem(block, passphrase) {
    const dekInfo = block.headers["DEK-Info"] ?? "";
    const [name = "", ivHex = ""] = dekInfo.split(",").map((s) => s.trim());
    const cipher = legacy_pem_CIPHERS[name.toUpperCase()];
    if (!cipher)
        throw new tuf_der/* EncodingError */.Ug(`unsupported PEM encryption ${name || "(no DEK-Info)"}`);
    if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== cipher.ivLength * 2) {
        throw new tuf_der/* EncodingError */.Ug("malformed DEK-Info IV");
    }
    if (block.bytes.length === 0 || block.bytes.length % cipher.ivLength !== 0) {
        throw new tuf_der/* EncodingError */.Ug("encrypted PEM body is not a whole number of cipher blocks");
    }
    const iv = Buffer.from(ivHex, "hex");
    const key = bytesToKey(passphrase, iv.subarray(0, 8), cipher.keyLength);
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)(cipher.name, key, iv);
        return Buffer.concat([decipher.update(block.bytes), decipher.final()]);
    }
    catch {
        throw new WrongPassphraseError();
    }
    finally {
        key.fill(0);
    }
}

// EXTERNAL MODULE: ./src/signers/pem.ts
var pem = __nccwpck_require__(3873);
;// CONCATENATED MODULE: ./src/signers/pkcs8.ts
/**
 * Unencrypted PKCS#8 `PrivateKeyInfo` as notary reads and writes it (tuf/utils/pkcs8.go):
 *
 *   EC:      SEQ{ INTEGER 1, SEQ{ id-ecPublicKey, namedCurve }, OCTET STRING <SEC1 ECPrivateKey> }
 *   RSA:     SEQ{ INTEGER 0, SEQ{ rsaEncryption } (no NULL), OCTET STRING <PKCS#1 RSAPrivateKey> }
 *   Ed25519: SEQ{ INTEGER 0, SEQ{ 1.3.6.1.4.1.11591.15.1 }, OCTET STRING <pub(32) ‖ seed(32) ‖ pub(32)> }
 *
 * The EC version 1 (not 0) and the missing RSA NULL are what Go's struct marshalling produces; the
 * ed25519 OID and raw layout are notary's own and no other tool reads them, so they are handled here.
 */


/** notary's (GnuPG-arc) Ed25519 OID; RFC 8410's is 1.3.101.112. */
const OID_NOTARY_ED25519 = "1.3.6.1.4.1.11591.15.1";
const OID_ED25519 = "1.3.101.112";
const OID_RSA = "1.2.840.113549.1.1.1";
const OID_EC = "1.2.840.10045.2.1";
const CURVE_OIDS = {
    prime256v1: "1.2.840.10045.3.1.7",
    secp384r1: "1.3.132.0.34",
    secp521r1: "1.3.132.0.35",
};
/** The OID of a PrivateKeyInfo's algorithm (to route notary's ed25519 keys). */
function pkcs8AlgorithmOf(der) {
    const fields = childrenOf(readWhole(der, TAG.sequence));
    const algorithm = childrenOf(childAt(fields, 1, TAG.sequence, "PKCS#8 algorithm"));
    return oidToString(childAt(algorithm, 0, TAG.oid, "PKCS#8 algorithm OID").content);
}
/**
 * A private KeyObject from notary's raw Ed25519 layout `pub ‖ seed ‖ pub` (96 bytes; Go's
 * ed25519.PrivateKey is `seed ‖ pub`). Both copies of the public key must match the seed, or Go
 * would produce signatures that do not verify.
 */
function ed25519FromNotaryRaw(raw) {
    if (raw.length !== 96)
        throw new tuf_der/* EncodingError */.Ug(`ed25519 private key is ${raw.length} bytes, expected 96`);
    const pub = raw.subarray(0, 32);
    // Import the seed alone (RFC 8410 PKCS#8) and compare the public key it derives with both stored
    // copies here. A JWK import with `x` would leave the check to Node, and Node versions disagree:
    // some accept a mismatched `x`, newer ones refuse the JWK itself with a generic error.
    const key = (0,external_node_crypto_.createPrivateKey)({
        key: (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derInteger */.i5)(0), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_ED25519)), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* derOctetString */.Cf)(raw.subarray(32, 64)))),
        format: "der",
        type: "pkcs8",
    });
    const derived = Buffer.from((0,external_node_crypto_.createPublicKey)(key).export({ format: "jwk" }).x ?? "", "base64url");
    if (!derived.equals(pub) || !derived.equals(raw.subarray(64))) {
        throw new tuf_der/* EncodingError */.Ug("ed25519 private key does not match its public key");
    }
    return key;
}
/** Imports a DER PrivateKeyInfo, including notary's Ed25519 layout and its NULL-less RSA form. */
function importPkcs8(der) {
    const fields = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* readWhole */.oD)(der, tuf_der/* TAG */.Dk.sequence));
    (0,tuf_der/* childAt */.Ut)(fields, 0, tuf_der/* TAG */.Dk.integer, "PKCS#8 version");
    const algorithm = (0,tuf_der/* childrenOf */.LU)((0,tuf_der/* childAt */.Ut)(fields, 1, tuf_der/* TAG */.Dk.sequence, "PKCS#8 algorithm"));
    const oid = (0,tuf_der/* oidToString */.dh)((0,tuf_der/* childAt */.Ut)(algorithm, 0, tuf_der/* TAG */.Dk.oid, "PKCS#8 algorithm OID").content);
    const privateKey = (0,tuf_der/* childAt */.Ut)(fields, 2, tuf_der/* TAG */.Dk.octetString, "PKCS#8 private key").content;
    if (oid === OID_NOTARY_ED25519)
        return ed25519FromNotaryRaw(privateKey);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "pkcs8" });
    }
    catch {
        if (oid === OID_RSA) {
            try {
                return (0,external_node_crypto_.createPrivateKey)({ key: privateKey, format: "der", type: "pkcs1" });
            }
            catch {
                // fall through to the generic message
            }
        }
        throw new tuf_der/* EncodingError */.Ug(`unreadable PKCS#8 private key (algorithm ${oid})`);
    }
}
/** DER PrivateKeyInfo in notary's layout for a private EC (P-256/384/521), RSA or Ed25519 key. */
function encodeNotaryPkcs8(key) {
    if (key.type !== "private")
        throw new tuf_der/* EncodingError */.Ug("a private key is required");
    switch (key.asymmetricKeyType) {
        case "ec": {
            const curve = CURVE_OIDS[key.asymmetricKeyDetails?.namedCurve ?? ""];
            if (!curve)
                throw new tuf_der/* EncodingError */.Ug(`unsupported curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
            // SEC1 with [0] curve and [1] public key, as Go's x509.MarshalECPrivateKey writes it.
            const sec1 = key.export({ format: "der", type: "sec1" });
            return (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derInteger */.i5)(1), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_EC), (0,tuf_der/* derOid */._2)(curve)), (0,tuf_der/* derOctetString */.Cf)(sec1));
        }
        case "rsa": {
            const pkcs1 = key.export({ format: "der", type: "pkcs1" });
            return (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derInteger */.i5)(0), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_RSA)), (0,tuf_der/* derOctetString */.Cf)(pkcs1));
        }
        case "ed25519": {
            const jwk = key.export({ format: "jwk" });
            const pub = Buffer.from(jwk.x ?? "", "base64url");
            const seed = Buffer.from(jwk.d ?? "", "base64url");
            const raw = Buffer.concat([pub, seed, pub]);
            seed.fill(0);
            const der = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derInteger */.i5)(0), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)(OID_NOTARY_ED25519)), (0,tuf_der/* derOctetString */.Cf)(raw));
            raw.fill(0);
            return der;
        }
        default:
            throw new tuf_der/* EncodingError */.Ug(`unsupported key type ${key.asymmetricKeyType ?? "unknown"}`);
    }
}

// EXTERNAL MODULE: ./src/signers/public-key.ts
var public_key = __nccwpck_require__(2060);
;// CONCATENATED MODULE: ./src/signers/key-file.ts
/**
 * Loads a private key for signing: Docker/notary key files (`~/.docker/trust/private/<id>.key`,
 * encrypted PKCS#8 with `role:`/`gun:` PEM headers), notary's Ed25519 layout, the legacy encrypted
 * PEMs of notary 0.1–0.3, and plain PKCS#8 / SEC1 / PKCS#1 PEMs from other tools.
 *
 * Errors are one line, name the key by role when known, and never carry key bytes or the passphrase
 * (no `cause` either: OpenSSL errors are not quoted).
 */









const PASSPHRASE_HINT = "the key is encrypted: set signer-key-passphrase";
const PRIVATE_TYPES = new Set(["ENCRYPTED PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "ED25519 PRIVATE KEY"]);
const PUBLIC_TYPES = new Set(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY", "TRUSTED CERTIFICATE"]);
/** How messages name the key: by its role when the file carries one. */
function subjectOf(block) {
    const role = block.headers["role"];
    return role ? `key file (role ${role})` : "key file";
}
function pickBlock(text) {
    let blocks;
    try {
        blocks = (0,pem/* decodePemBlocks */.v)(text);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`key file is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "unreadable PEM"}`);
    }
    const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
    if (block)
        return block;
    const other = blocks.find((b) => b.type !== "EC PARAMETERS");
    if (!other)
        throw new errors/* UsageError */.eb("key file is not a PEM file (expected -----BEGIN ENCRYPTED PRIVATE KEY-----)");
    if (PUBLIC_TYPES.has(other.type)) {
        throw new errors/* UsageError */.eb(`key file holds a ${other.type.toLowerCase()}, not a private key; give the private key file (~/.docker/trust/private/<key id>.key)`);
    }
    throw new errors/* UsageError */.eb(`key file holds an unsupported PEM block ${other.type}; expected ENCRYPTED PRIVATE KEY, PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY`);
}
/** Decodes a legacy (`EC`/`RSA`/`ED25519 PRIVATE KEY`) body. */
function importLegacy(type, der) {
    switch (type) {
        case "EC PRIVATE KEY":
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "sec1" });
        case "RSA PRIVATE KEY":
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: "der", type: "pkcs1" });
        default:
            return ed25519FromNotaryRaw(der);
    }
}
/**
 * The private KeyObject of a block; `secret` is the passphrase or undefined. A key that decrypts
 * but cannot then be read is reported as a wrong passphrase, as notary does.
 */
function importBlock(block, secret) {
    const subject = subjectOf(block);
    const wrong = () => new errors/* UsageError */.eb(`wrong passphrase for ${subject}`);
    const needsPassphrase = () => new errors/* UsageError */.eb(`${subject}: ${PASSPHRASE_HINT}`);
    if (block.type === "ENCRYPTED PRIVATE KEY") {
        if (secret === undefined)
            throw needsPassphrase();
        let plain;
        try {
            plain = decryptPkcs8(block.bytes, secret);
        }
        catch (err) {
            if (err instanceof WrongPassphraseError)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "unreadable encrypted key"}`);
        }
        if (!plain) {
            // Not PBES2/PBKDF2/AES (e.g. scrypt or PKCS#12 PBE): let OpenSSL try it.
            try {
                return (0,external_node_crypto_.createPrivateKey)({ key: block.bytes, format: "der", type: "pkcs8", passphrase: secret });
            }
            catch {
                throw new errors/* UsageError */.eb(`cannot decrypt ${subject}: wrong passphrase or unsupported encryption`);
            }
        }
        try {
            return importPkcs8(plain);
        }
        catch {
            throw wrong();
        }
        finally {
            plain.fill(0);
        }
    }
    if (block.type === "PRIVATE KEY") {
        try {
            return importPkcs8(block.bytes);
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "unreadable PKCS#8 key"}`);
        }
    }
    // Legacy types, encrypted with Proc-Type/DEK-Info or not.
    let der = block.bytes;
    const encrypted = isLegacyEncrypted(block);
    if (encrypted) {
        if (secret === undefined)
            throw needsPassphrase();
        try {
            der = decryptLegacyPem(block, secret);
        }
        catch (err) {
            if (err instanceof WrongPassphraseError)
                throw wrong();
            throw new errors/* UsageError */.eb(`${subject}: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : "cannot decrypt"}`);
        }
    }
    try {
        return importLegacy(block.type, der);
    }
    catch (err) {
        if (encrypted)
            throw wrong();
        throw new errors/* UsageError */.eb(`${subject} is malformed: ${err instanceof tuf_der/* EncodingError */.Ug ? err.message : `unreadable ${block.type}`}`);
    }
    finally {
        if (encrypted)
            der.fill(0);
    }
}
/**
 * Reads a private key file. `passphrase` is needed for encrypted keys (an empty string counts as
 * none, as notary never encrypts with an empty passphrase) and ignored for unencrypted ones.
 */
function loadPrivateKey(text, passphrase) {
    const block = pickBlock(text);
    const keyObject = importBlock(block, passphrase === "" ? undefined : passphrase);
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(keyObject);
    if (reason)
        throw new errors/* UsageError */.eb(`${subjectOf(block)}: ${reason}`);
    const publicKey = (0,public_key/* notaryPublicKeyOf */.hE)(keyObject);
    const role = block.headers["role"];
    const gun = block.headers["gun"];
    return {
        keyObject,
        publicKey,
        keyId: (0,tuf_keys/* keyIdOf */.yg)(publicKey),
        ...(role ? { role } : {}),
        ...(gun ? { gun } : {}),
    };
}

;// CONCATENATED MODULE: ./src/signers/key-file-writer.ts
/**
 * Writes private key files exactly as Docker and the notary CLI do (trustmanager/keystore.go,
 * tuf/utils/x509.go ConvertPrivateKeyToPKCS8): PEM `ENCRYPTED PRIVATE KEY` (or `PRIVATE KEY` with no
 * passphrase), headers `gun:` then `role:` (Go sorts them), a blank line, base64 in 64-character
 * lines. Store the result as `<keyId>.key` (mode 0600) in `~/.docker/trust/private/`.
 */







const REPOSITORY_ROLES = new Set(["targets", "snapshot", "timestamp"]);
/** The text of a key file for a private ECDSA (P-256/384/521), RSA or Ed25519 key. */
function encodePrivateKeyFile(source, options) {
    const key = source instanceof external_node_crypto_.KeyObject ? source : source.keyObject;
    if (key.type !== "private")
        throw new errors/* UsageError */.eb("a private key is required to write a key file");
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(key);
    if (reason)
        throw new errors/* UsageError */.eb(reason);
    const { role, gun, passphrase } = options;
    if (!role || /[\r\n]/.test(role))
        throw new errors/* UsageError */.eb("key file role must be a non-empty single line");
    if (gun !== undefined && gun !== "") {
        if (!REPOSITORY_ROLES.has(role)) {
            throw new errors/* UsageError */.eb(`a ${role} key is not tied to a repository; write it without gun`);
        }
        if (/[\r\n]/.test(gun))
            throw new errors/* UsageError */.eb("key file gun must be a single line");
    }
    const headers = { role, ...(gun ? { gun } : {}) };
    let plain;
    try {
        plain = encodeNotaryPkcs8(key);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(err instanceof tuf_der/* EncodingError */.Ug ? err.message : "cannot encode the key");
    }
    try {
        if (!passphrase)
            return (0,pem/* encodePem */.T)({ type: "PRIVATE KEY", headers, bytes: plain });
        return (0,pem/* encodePem */.T)({ type: "ENCRYPTED PRIVATE KEY", headers, bytes: encryptPkcs8(plain, passphrase) });
    }
    finally {
        plain.fill(0);
    }
}

;// CONCATENATED MODULE: ./src/signers/key-directory.ts
/**
 * A directory of private key files as Docker and notary keep them (`~/.docker/trust/private`,
 * trustmanager/keystore.go, storage/filestore.go): one file per key, named by the key's canonical
 * ID plus `.key`, mode 0600 in a 0700 directory, encrypted PKCS#8 with `role:` (and `gun:` for
 * repository keys) PEM headers. Keys are found by ID, so `docker trust`, `notary` and this tool can
 * share one directory. Messages name keys by ID, never by the directory's path.
 */








const key_directory_KEY_ID = /^[0-9a-f]{64}$/;
const MAX_KEY_FILE_BYTES = 64 * 1024;
/** `<canonical key id>.key`; refuses anything that is not a 64-digit hex ID. */
function keyFileName(canonicalKeyId) {
    if (!key_directory_KEY_ID.test(canonicalKeyId))
        throw new errors/* UsageError */.eb(`key ID ${JSON.stringify(canonicalKeyId.slice(0, 80))} is not 64 hex digits`);
    return `${canonicalKeyId}.key`;
}
/** The `role:` and `gun:` headers of a key file, without decrypting it. */
function keyFileHeaders(text) {
    try {
        const block = (0,pem/* decodePemBlocks */.v)(text).find((b) => /PRIVATE KEY$/.test(b.type));
        const role = block?.headers["role"];
        const gun = block?.headers["gun"];
        return { ...(role ? { role } : {}), ...(gun ? { gun } : {}) };
    }
    catch {
        return {};
    }
}
function isEncryptedKeyFile(text) {
    return /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(text);
}
class KeyDirectory {
    #dir;
    #loaded = new Map();
    constructor(dir) {
        this.#dir = dir;
    }
    /** The text of `<id>.key`, or undefined when the directory has no such file. */
    async read(canonicalKeyId) {
        const file = external_node_path_default().join(this.#dir, keyFileName(canonicalKeyId));
        try {
            const text = await (0,promises_.readFile)(file, "utf8");
            if (text.length > MAX_KEY_FILE_BYTES)
                throw new errors/* UsageError */.eb(`key file ${(0,tuf_keys/* shortId */.m_)(canonicalKeyId)}.key is larger than ${MAX_KEY_FILE_BYTES} bytes`);
            return text;
        }
        catch (err) {
            const code = err.code;
            if (code === "ENOENT" || code === "ENOTDIR")
                return undefined;
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            throw new errors/* UsageError */.eb(`cannot read key file ${(0,tuf_keys/* shortId */.m_)(canonicalKeyId)}.key in the key directory: ${code ?? "error"}`);
        }
    }
    /** Whether the directory holds `<id>.key`. */
    async has(canonicalKeyId) {
        return (await this.read(canonicalKeyId)) !== undefined;
    }
    /**
     * The private key of `<id>.key`, or undefined when there is no such file. The passphrase is asked
     * for only when the file is encrypted; the key inside must have the ID the file is named by.
     */
    async load(canonicalKeyId, passphrase) {
        const cached = this.#loaded.get(canonicalKeyId);
        if (cached)
            return cached;
        const text = await this.read(canonicalKeyId);
        if (text === undefined)
            return undefined;
        const secret = isEncryptedKeyFile(text) ? await passphrase({ keyId: canonicalKeyId, ...keyFileHeaders(text) }) : undefined;
        const key = loadPrivateKey(text, secret);
        if (key.keyId !== canonicalKeyId) {
            throw new errors/* UsageError */.eb(`key file ${(0,tuf_keys/* shortId */.m_)(canonicalKeyId)}.key holds key ${(0,tuf_keys/* shortId */.m_)(key.keyId)}, not the key it is named after`, {
                hint: "rename or remove the file; Docker and notary find keys by the ID in the file name",
            });
        }
        this.#loaded.set(canonicalKeyId, key);
        return key;
    }
    /** Writes a private key as `<canonical id>.key` (0600), refusing to replace a different file. */
    async write(privateKey, options) {
        if (!options.passphrase)
            throw new errors/* UsageError */.eb("new keys are always encrypted: the passphrase is empty", { hint: "set CONTENT_TRUST_PASSPHRASE to a non-empty value" });
        const text = encodePrivateKeyFile(privateKey, { role: options.role, ...(options.gun ? { gun: options.gun } : {}), passphrase: options.passphrase });
        const key = loadPrivateKey(text, options.passphrase);
        const fileName = keyFileName(key.keyId);
        await (0,promises_.mkdir)(this.#dir, { recursive: true, mode: 0o700 });
        let handle;
        try {
            handle = await (0,promises_.open)(external_node_path_default().join(this.#dir, fileName), "wx", 0o600);
        }
        catch (err) {
            const code = err.code;
            if (code === "EEXIST")
                throw new errors/* UsageError */.eb(`the key directory already holds ${(0,tuf_keys/* shortId */.m_)(key.keyId)}.key; refusing to overwrite it`);
            throw new errors/* UsageError */.eb(`cannot write key file ${(0,tuf_keys/* shortId */.m_)(key.keyId)}.key in the key directory: ${code ?? "error"}`, { hint: "check that --key-dir is writable" });
        }
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.chmod)(external_node_path_default().join(this.#dir, fileName), 0o600);
        this.#loaded.set(key.keyId, key);
        return { key, keyId: key.keyId, fileName };
    }
    /** Generates an ECDSA P-256 key (the only kind Docker and notary generate) and writes it. */
    async generate(options) {
        const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)("ec", { namedCurve: "P-256" });
        return this.write(privateKey, options);
    }
}

;// CONCATENATED MODULE: ./src/signers/key-file-signer.ts
/**
 * A Signer over a private key loaded from a file (tuf/data/keys.go signing):
 * ecdsa → sha256, raw r‖s padded to the curve size; rsa → RSASSA-PSS sha256, MGF1-sha256, salt 32;
 * ed25519 → pure Ed25519 over the message.
 */


const METHODS = { ecdsa: "ecdsa", rsa: "rsapss", ed25519: "eddsa" };
class KeyFileSigner {
    keyId;
    publicKey;
    method;
    description;
    #key;
    constructor(key) {
        const method = METHODS[key.publicKey.type];
        if (!method)
            throw new TypeError(`no signature method for key type ${key.publicKey.type}`);
        this.keyId = key.keyId;
        this.publicKey = key.publicKey;
        this.method = method;
        this.description = `key file ${(0,tuf_keys/* shortId */.m_)(key.keyId)}${key.role ? ` (role ${key.role})` : ""}`;
        this.#key = key.keyObject;
    }
    async sign(message) {
        switch (this.method) {
            case "ecdsa":
                return new Uint8Array((0,external_node_crypto_.sign)("sha256", message, { key: this.#key, dsaEncoding: "ieee-p1363" }));
            case "rsapss":
                return new Uint8Array((0,external_node_crypto_.sign)("sha256", message, { key: this.#key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
            default:
                return new Uint8Array((0,external_node_crypto_.sign)(null, message, this.#key));
        }
    }
}

// EXTERNAL MODULE: ./src/signers/kms-signer.ts + 1 modules
var kms_signer = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./src/tuf/role-edits.ts
/**
 * Edits of targets metadata as the Go client makes them (notary tuf/tuf.go delegationUpdateVisitor,
 * DeleteDelegation, RemoveTargets; tuf/data/roles.go; tuf/utils RemoveUnusedKeys). Pure: every
 * function returns a new object and leaves its input alone. Go's slice habits are kept where they
 * show on the wire: a key list emptied by a removal becomes `null`, as does a delegation list
 * emptied by a deletion, and new roles and keys are appended after the existing ones.
 */

/** A deep copy, so that edits never reach metadata that was verified and is still in use. */
function cloneTargets(t) {
    return {
        ...t,
        delegations: {
            keys: new Map(t.delegations.keys),
            roles: t.delegations.roles?.map((r) => ({ ...r, keyIds: r.keyIds ? [...r.keyIds] : null, paths: [...r.paths] })) ?? null,
        },
        targets: new Map([...t.targets].map(([name, meta]) => [name, { ...meta, hashes: new Map(meta.hashes) }])),
    };
}
/** An empty targets role (never published: version 0, so the first publish is version 1). */
function emptyTargets(expires, version = 0) {
    return { type: "Targets", delegations: { keys: new Map(), roles: [] }, expires, targets: new Map(), version };
}
/** The next version to publish: version + 1 and a fresh expiry (Go re-signs with the default lifetime). */
function nextVersion(t, expires) {
    return { ...cloneTargets(t), version: t.version + 1, expires };
}
/** Go's subtractStrSlices: the IDs left, or null when none are (a nil slice). */
function subtract(ids, remove) {
    const keep = (ids ?? []).filter((id) => !remove.has(id));
    return keep.length > 0 ? keep : null;
}
/** utils.RemoveUnusedKeys: drop delegation keys that no delegation lists any more. */
function dropUnusedKeys(t) {
    const used = new Set((t.delegations.roles ?? []).flatMap((r) => r.keyIds ?? []));
    for (const id of [...t.delegations.keys.keys()])
        if (!used.has(id))
            t.delegations.keys.delete(id);
}
/** Finds a delegation by name. */
function findDelegation(t, name) {
    return t.delegations.roles?.find((r) => r.name === name);
}
/**
 * Adds keys (and paths) to a delegation, creating it with threshold 1 when it does not exist:
 * `AddDelegationRoleAndKeys` followed by `AddDelegationPaths`, as `docker trust signer add` stages
 * them. Existing key IDs and paths are kept in order; new ones are appended.
 */
function addDelegationKeys(t, name, keys, paths = [""]) {
    const out = cloneTargets(t);
    const roles = out.delegations.roles ?? [];
    let role = roles.find((r) => r.name === name);
    if (!role) {
        role = { name, keyIds: [], threshold: 1, paths: [] };
        roles.push(role);
    }
    const ids = [...(role.keyIds ?? [])];
    for (const key of keys) {
        const id = (0,tuf_keys/* keyIdOf */.yg)(key);
        if (!ids.includes(id))
            ids.push(id);
        out.delegations.keys.set(id, key);
    }
    role.keyIds = ids.length > 0 ? ids : null;
    for (const p of paths)
        if (!role.paths.includes(p))
            role.paths.push(p);
    out.delegations.roles = roles;
    dropUnusedKeys(out);
    return out;
}
/** `RemoveDelegationKeys`: takes key IDs out of one delegation and drops keys no role uses any more. */
function removeDelegationKeys(t, name, keyIds) {
    const out = cloneTargets(t);
    const role = findDelegation(out, name);
    if (role)
        role.keyIds = subtract(role.keyIds, new Set(keyIds));
    dropUnusedKeys(out);
    return out;
}
/** `DeleteDelegation`: removes the role from its parent (a list left empty becomes null, as in Go). */
function removeDelegation(t, name) {
    const out = cloneTargets(t);
    const roles = (out.delegations.roles ?? []).filter((r) => r.name !== name);
    out.delegations.roles = roles.length > 0 ? roles : null;
    dropUnusedKeys(out);
    return out;
}
/** Replaces key IDs of a delegation in place (same position), adding the new keys: a key rotation. */
function replaceDelegationKeys(t, name, oldIds, newKeys) {
    const out = cloneTargets(t);
    const role = findDelegation(out, name);
    if (!role)
        return out;
    const remove = new Set(oldIds);
    const ids = [];
    let inserted = false;
    const newIds = newKeys.map((k) => (0,tuf_keys/* keyIdOf */.yg)(k));
    for (const id of role.keyIds ?? []) {
        if (!remove.has(id)) {
            if (!ids.includes(id))
                ids.push(id);
            continue;
        }
        if (!inserted)
            for (const n of newIds)
                if (!ids.includes(n))
                    ids.push(n);
        inserted = true;
    }
    if (!inserted)
        for (const n of newIds)
            if (!ids.includes(n))
                ids.push(n);
    role.keyIds = ids.length > 0 ? ids : null;
    for (const key of newKeys)
        out.delegations.keys.set((0,tuf_keys/* keyIdOf */.yg)(key), key);
    dropUnusedKeys(out);
    return out;
}
/** Removes a target by name (no change when absent). */
function removeTarget(t, name) {
    const out = cloneTargets(t);
    out.targets.delete(name);
    return out;
}

;// CONCATENATED MODULE: ./src/signers/root-certificate.ts
/**
 * Self-signed root certificates as notary makes them (tuf/utils/x509.go NewCertificate,
 * cryptoservice/certificate.go): CN = repository name, random 128-bit serial, valid from now for
 * 10 years, KeyUsage digitalSignature|keyEncipherment (critical), ExtKeyUsage codeSigning,
 * BasicConstraints CA:FALSE (critical), signed with ecdsa-with-SHA256.
 * Node's X509Certificate only parses, so the DER is built here.
 */



const TEN_YEARS = 10 * 365 * 24 * 3600 * 1000;
function createRootCertificate(opts) {
    const notBefore = opts.notBefore ?? Date.now();
    const notAfter = opts.notAfter ?? notBefore + TEN_YEARS;
    if (opts.privateKey.asymmetricKeyType !== "ec")
        throw new Error("root certificates are made for ECDSA keys");
    const spki = (0,external_node_crypto_.createPublicKey)(opts.privateKey).export({ type: "spki", format: "der" });
    const name = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derSet */.CU)((0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.4.3"), (0,tuf_der/* derDirectoryString */.kC)(opts.gun))));
    const sigAlg = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("1.2.840.10045.4.3.2"));
    const extensions = (0,tuf_der/* derExplicit */.Wg)(3, (0,tuf_der/* derSequence */.xy)(
    // keyUsage: digitalSignature (bit 0) | keyEncipherment (bit 2) → 0b101 in the top bits, 5 unused bits
    (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.29.15"), (0,tuf_der/* derBoolean */.cl)(true), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* encodeDer */.qH)(tuf_der/* TAG */.Dk.bitString, Buffer.from([5, 0xa0])))), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.29.37"), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("1.3.6.1.5.5.7.3.3")))), (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derOid */._2)("2.5.29.19"), (0,tuf_der/* derBoolean */.cl)(true), (0,tuf_der/* derOctetString */.Cf)((0,tuf_der/* derSequence */.xy)()))));
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f;
    const tbs = (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derExplicit */.Wg)(0, (0,tuf_der/* derUnsigned */.dV)(Buffer.from([2]))), (0,tuf_der/* derUnsigned */.dV)(serial), sigAlg, name, (0,tuf_der/* derSequence */.xy)((0,tuf_der/* derTime */.tm)(notBefore), (0,tuf_der/* derTime */.tm)(notAfter)), name, spki, extensions);
    const signature = (0,external_node_crypto_.sign)("sha256", tbs, opts.privateKey);
    const der = (0,tuf_der/* derSequence */.xy)(tbs, sigAlg, (0,tuf_der/* derBitString */.UQ)(signature));
    const pem = goCertificatePem(der);
    return { der, pem, publicKey: { type: "ecdsa-x509", public: Buffer.from(pem).toString("base64") } };
}

;// CONCATENATED MODULE: ./src/tuf/sign.ts
/**
 * Signing a `signed` object into file bytes that Go would write byte for byte.
 * Before anything leaves the process, the bytes are parsed back and re-serialised: a file that is
 * not a fixed point of Go's round trip would be accepted by the server and break every reader.
 */




const GO_EXPIRES = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/;
async function signEnvelope(signed, signers) {
    if (!GO_EXPIRES.test(signed.expires)) {
        throw new errors/* MalformedMetadataError */.$6(`expires ${signed.expires} is not in Go's UTC form`);
    }
    parseGoTime(signed.expires);
    const canonical = (0,tuf_canonical/* canonicalJson */.dj)(signedJson(signed));
    const message = new TextEncoder().encode(canonical);
    const signatures = [];
    for (const signer of signers) {
        if (signer.maxMessageBytes !== undefined && message.length > signer.maxMessageBytes) {
            throw new errors/* TrustError */.Ru("MESSAGE_TOO_LARGE", `${signed.type.toLowerCase()} metadata is ${message.length} bytes, but ${signer.description} signs at most ${signer.maxMessageBytes} bytes`, { hint: "sign a role this large with a key that signs a digest (ECDSA P-256 or RSA)" });
        }
        const sig = await signer.sign(message);
        signatures.push({ keyId: signer.keyId, method: signer.method, sig: Buffer.from(sig).toString("base64") });
    }
    const bytes = serialiseEnvelope(signed, signatures, canonical);
    assertFixedPoint(bytes, signed.type);
    return bytes;
}
/** Throws unless parse → serialise gives back exactly `bytes`. */
function assertFixedPoint(bytes, type) {
    const env = parseEnvelope(bytes, type, "metadata to upload");
    const again = serialiseEnvelope(env.signed, env.signatures);
    if (Buffer.compare(Buffer.from(again), Buffer.from(bytes)) !== 0) {
        throw new errors/* MalformedMetadataError */.$6(`${type.toLowerCase()} metadata would not survive Go's round trip; refusing to upload it`);
    }
}

;// CONCATENATED MODULE: ./src/workflows/publication.ts
/**
 * Publishing a change to a Notary repository the way the Go client recovers from races (protocol
 * §1.3, §9 B): plan the files from what the server serves, POST them in one atomic upload, and on
 * `400 VERSION` (another writer won) or a lost answer (timeout, 5xx) re-read the repository and plan
 * again, so that only our change is re-applied and nobody else's is overwritten. A plan that comes
 * out empty after a lost answer means our upload had landed. After publishing, `assertServed`
 * checks that the server's snapshot names exactly the bytes we uploaded: a server accepts bytes Go
 * would not write with 200 and then serves a broken repository.
 */



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
const RETRY_POLICY = { maxAttempts: 40, maxFailures: 6, deadlineMs: 180_000, baseDelayMs: 100, maxDelayMs: 5_000 };
async function publishWithRetry(deps, opts) {
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = deps.random ?? Math.random;
    const log = deps.log ?? (() => { });
    const now = deps.now ?? Date.now;
    const maxAttempts = opts.maxAttempts ?? RETRY_POLICY.maxAttempts;
    const deadline = now() + (opts.deadlineMs ?? RETRY_POLICY.deadlineMs);
    let failures = 0;
    const change = opts.change ?? "our change";
    const { gun, baseUrl } = deps.notary;
    let state = opts.state;
    let answerLost = false;
    let rereadAfterRefusal = false;
    for (let attempt = 1;; attempt++) {
        const plan = await opts.plan(state);
        if (plan.files.size === 0) {
            if (answerLost)
                log("Our earlier upload had landed");
            return { state, plan, published: answerLost, attempts: attempt };
        }
        log(`Publishing ${[...plan.files.keys()].map((r) => `${r} v${plan.versions.get(r)}`).join(", ")} (attempt ${attempt})`);
        try {
            await deps.notary.publish(plan.files);
            return { state, plan, published: true, attempts: attempt };
        }
        catch (err) {
            // A refusal of our roles' signatures or delegations may mean an admin changed the
            // delegations since we read them: re-read once, so we either succeed or fail with what the
            // repository now says (e.g. "signer key … is not a key of …"), not with a stale plan.
            const refused = err instanceof errors/* ServerError */.gP && err.code === "INVALID_UPDATE" && /ErrBadTargets/.test(err.message) && !rereadAfterRefusal;
            const retryable = err instanceof errors/* ServerError */.gP && (err.code === "VERSION_CONFLICT" || isLostAnswer(err) || refused);
            if (!retryable)
                throw mapPublishError(err, gun, baseUrl);
            if (refused)
                rereadAfterRefusal = true;
            if (err.code !== "VERSION_CONFLICT")
                failures++;
            const delay = Math.round(random() * Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1)));
            if (attempt >= maxAttempts || failures >= RETRY_POLICY.maxFailures || now() + delay > deadline) {
                throw new errors/* ServerError */.gP("PUBLISH_FAILED", `${gun}: gave up after ${attempt} attempts to publish to ${baseUrl} (${err.message})`, {
                    cause: err,
                    hint: "other writers keep updating the same roles, or the server keeps failing; run it again",
                });
            }
            if (isLostAnswer(err))
                answerLost = true;
            log(err.code === "VERSION_CONFLICT"
                ? `Another writer published first; re-reading and re-applying ${change} in ${Math.round(delay)} ms`
                : refused
                    ? `The server refused our upload (${err.message}); re-reading the repository in case its delegations changed`
                    : `The answer to our upload was lost (${err.code}); re-reading the server to see whether it landed`);
            await sleep(delay);
            state = await opts.reload(plan);
        }
    }
}
/**
 * The upload may or may not have been applied: only re-reading the server can tell. A connection
 * reset while the answer was being read (CONNECTION_RESET) is one of these: the server may well
 * have committed the upload before the answer was lost.
 */
function isLostAnswer(err) {
    return err.code === "UNREACHABLE" || err.code === "TIMEOUT" || err.code === "SERVER_UNAVAILABLE" || err.code === "CONNECTION_RESET";
}
/** A server that does not hold the snapshot key answers ErrBadHierarchy: say what to do about it. */
function mapPublishError(err, gun, server) {
    if (err instanceof errors/* ServerError */.gP && err.code === "INVALID_UPDATE" && /ErrBadHierarchy|snapshot key/i.test(err.message)) {
        return new errors/* ServerError */.gP("SNAPSHOT_KEY_REQUIRED", `${gun} on ${server} has a client-managed snapshot: publishing needs the snapshot key, which this tool does not hold`, {
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
 */
function assertServed(set, uploaded) {
    for (const [role, bytes] of uploaded) {
        const type = role === "root" ? "Root" : "Targets";
        const ours = parseEnvelope(bytes, type, role).signed.version;
        const served = role === "root" ? set.root : set.targets.get(role);
        if (served && served.signed.version > ours)
            continue;
        const meta = set.snapshot?.signed.meta.get(role);
        if (!meta || meta.hashes.get("sha256") !== sha256Base64(bytes)) {
            throw new errors/* VerificationError */.mk("SERVED_MISMATCH", `${set.gun}: the server's snapshot does not name the ${role} v${ours} we uploaded; readers may not see it`, {
                hint: "run it again; if it persists, report it with the server version",
            });
        }
        if (!served)
            throw new errors/* VerificationError */.mk("SERVED_MISMATCH", `${set.gun}: ${role} v${ours} was uploaded but cannot be read back`);
    }
}

;// CONCATENATED MODULE: ./src/workflows/admin/keyring.ts


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
    };
}
function canonicalOrUndefined(key) {
    try {
        return (0,tuf_keys/* canonicalKeyIdOf */.Sy)(key);
    }
    catch {
        return undefined;
    }
}
function createKeyring(options) {
    const explicit = (options.signers ?? []).map((s) => ({ signer: s, canonical: (0,tuf_keys/* canonicalKeyIdOf */.Sy)(s.publicKey) }));
    const directory = options.directory;
    const passphrase = options.passphrase ?? (async () => undefined);
    const sources = [
        ...explicit.map((e) => `the given key ${(0,tuf_keys/* shortId */.m_)(e.canonical)}`),
        ...(directory ? ["the key directory"] : []),
    ].join(" and ") || "no keys";
    return {
        sources,
        async signerFor(keys) {
            const listed = [...keys].map(([id, key]) => ({ id, key, canonical: canonicalOrUndefined(key) }));
            for (const { id, key, canonical } of listed) {
                const hit = explicit.find((e) => e.canonical === canonical);
                if (hit)
                    return listedAs(hit.signer, id, key);
            }
            if (!directory)
                return undefined;
            for (const { id, key, canonical } of listed) {
                if (!canonical)
                    continue;
                const loaded = await directory.load(canonical, passphrase);
                if (loaded)
                    return listedAs(new KeyFileSigner(loaded), id, key);
            }
            return undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/workflows/admin/init.ts













const ROOT_YEARS = 10;
const TARGETS_YEARS = 3;
/** Docker's signer names (cli/command/trust/signer_add.go): `releases` is reserved. */
function checkSignerName(name) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
        throw new errors/* UsageError */.eb(`signer name ${JSON.stringify(name.slice(0, 80))} must start with a lower-case letter or digit and may then hold "-" or "_"`);
    }
    if (name === "releases")
        throw new errors/* UsageError */.eb("releases is a reserved signer name", { hint: "use a different signer name" });
}
async function initRepository(deps, opts) {
    const { notary } = deps;
    const gun = notary.gun;
    const now = (deps.now ?? Date.now)();
    const log = deps.log ?? (() => { });
    if (opts.rootKey.type !== "private" || opts.rootKey.asymmetricKeyType !== "ec" || opts.rootKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
        throw new errors/* UsageError */.eb("the root key must be an ECDSA P-256 private key, as Docker and notary make them");
    }
    for (const s of opts.signers ?? [])
        checkSignerName(s.name);
    await assertNewRepository(notary);
    log(`Creating ${gun} on ${notary.baseUrl}: fetching the server's timestamp and snapshot keys`);
    const [timestampKey, snapshotKey] = await Promise.all([notary.getServerKey("timestamp"), notary.getServerKey("snapshot")]);
    const cert = createRootCertificate({ gun, privateKey: opts.rootKey, notBefore: now });
    const rootPlain = (0,public_key/* notaryPublicKeyOf */.hE)(opts.rootKey);
    const rootId = (0,tuf_keys/* keyIdOf */.yg)(cert.publicKey);
    const plainSigner = new KeyFileSigner({ keyObject: opts.rootKey, publicKey: rootPlain, keyId: (0,tuf_keys/* keyIdOf */.yg)(rootPlain), role: "root" });
    const rootSigner = listedAs(plainSigner, rootId, cert.publicKey);
    const ids = { root: rootId, targets: (0,tuf_keys/* keyIdOf */.yg)(opts.targets.publicKey), snapshot: (0,tuf_keys/* keyIdOf */.yg)(snapshotKey), timestamp: (0,tuf_keys/* keyIdOf */.yg)(timestampKey) };
    const root = {
        type: "Root",
        consistentSnapshot: false,
        expires: expiresAfterYears(now, ROOT_YEARS),
        keys: new Map([
            [ids.root, cert.publicKey],
            [ids.targets, opts.targets.publicKey],
            [ids.snapshot, snapshotKey],
            [ids.timestamp, timestampKey],
        ]),
        roles: new Map(["root", "snapshot", "targets", "timestamp"].map((r) => [r, { keyIds: [ids[r]], threshold: 1 }])),
        version: 1,
    };
    let targets = { ...emptyTargets(expiresAfterYears(now, TARGETS_YEARS)), version: 1 };
    for (const s of opts.signers ?? []) {
        targets = addDelegationKeys(targets, `targets/${s.name}`, s.keys);
        targets = addDelegationKeys(targets, RELEASES, s.keys);
    }
    const files = new Map([
        ["root", await signEnvelope(root, [rootSigner])],
        ["targets", await signEnvelope(targets, [opts.targets])],
    ]);
    const versions = new Map([["root", 1], ["targets", 1]]);
    // A lost answer is resolved by reading root.json again: ours means the upload landed.
    await publishWithRetry({ notary, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}), log }, {
        state: undefined,
        plan: async (served) => {
            if (!served)
                return { files, versions };
            if (Buffer.compare(Buffer.from(served), Buffer.from(files.get("root"))) === 0)
                return { files: new Map(), versions };
            throw exists(gun, notary.baseUrl, served);
        },
        reload: () => notary.getMetadata("root"),
        change: `the new repository ${gun}`,
    });
    log("Verifying what the server now serves");
    const hints = (opts.signers ?? []).flatMap((s) => [`targets/${s.name}`, RELEASES]);
    const { set } = await loadTrust(notary, { trustedRoot: files.get("root"), now: (deps.now ?? Date.now)(), hints });
    assertServed(set, files);
    return { gun, rootKeyId: rootId, rootCanonicalKeyId: (0,tuf_keys/* canonicalKeyIdOf */.Sy)(cert.publicKey), targetsKeyId: ids.targets, snapshotKeyId: ids.snapshot, timestampKeyId: ids.timestamp, set };
}
/** Throws REPOSITORY_EXISTS when the server has a root for the repository. */
async function assertNewRepository(notary) {
    const existing = await notary.getMetadata("root");
    if (existing)
        throw exists(notary.gun, notary.baseUrl, existing);
}
function exists(gun, server, root) {
    let version = "";
    try {
        version = ` (root v${parseEnvelope(root, "Root", "root").signed.version})`;
    }
    catch {
        // an unreadable root still means the repository exists
    }
    return new errors/* TrustError */.Ru("REPOSITORY_EXISTS", `${gun} already exists on ${server}${version}; init never touches an existing repository`, {
        hint: "manage it with content-trust signer add, renew or revoke, or choose another repository name",
    });
}
/** Checks that a key can be a root key before anything is written (for callers that load one). */
function rootKeyProblem(key) {
    const reason = (0,public_key/* unsupportedKeyReason */.JL)(key);
    if (reason)
        return reason;
    if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
        return "the root key must be ECDSA P-256";
    return undefined;
}

;// CONCATENATED MODULE: ./src/workflows/admin/update.ts
/**
 * The shape every admin change shares: read and verify the repository, plan the files from it,
 * publish with the Go client's retry on lost races (publication.ts), then read the repository
 * again as a reader would and check that the server serves exactly what we uploaded. The helpers
 * below find the keys of a role, pick the signer for it, and re-sign a targets role.
 */










/** Years of 365 days, as notary.Year. */
const TARGETS_LIFETIME_MS = 3 * 365 * 24 * 3600 * 1000;
async function updateRepository(deps, opts) {
    const now = deps.now ?? Date.now;
    const log = deps.log ?? (() => { });
    const warnings = [];
    const warn = (m) => {
        if (warnings.includes(m))
            return;
        warnings.push(m);
        deps.warn?.(m);
    };
    const hints = [...(opts.hints ?? [])];
    const load = async (more) => (await loadTrust(deps.notary, { ...opts.anchor, now: now(), hints: [...new Set([...hints, ...more])], allowExpiredDelegations: true, allowExpiredTargets: true, onWarning: warn })).set;
    log(`Reading the trust data of ${deps.notary.gun} from ${deps.notary.baseUrl}`);
    const publication = await publishWithRetry({ notary: deps.notary, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.random ? { random: deps.random } : {}), log }, { state: await load([]), plan: (set) => opts.plan(set, now()), reload: (previous) => load([...previous.files.keys()]), change: opts.change });
    const before = releasedTags(publication.state, now());
    if (publication.published)
        log("Verifying what the server now serves");
    const { set } = await loadTrust(deps.notary, {
        ...opts.anchor,
        trustedRoot: publication.state.root.bytes,
        now: now(),
        hints: [...new Set([...hints, ...publication.plan.files.keys()])],
        onWarning: warn,
    });
    assertServed(set, publication.published ? publication.plan.files : new Map());
    const expiring = expiringRoles(set, now());
    for (const e of expiring)
        warn(expiryWarning(set.gun, e, now()));
    return { plan: publication.plan, published: publication.published, attempts: publication.attempts, set, before, expiring, warnings };
}
/** The keys of `targets` (from root) or of a loaded delegation, by the IDs the role lists. */
function roleKeys(set, role) {
    if (role === "targets") {
        const r = set.root.signed.roles.get("targets");
        return { keys: pickKeys(set.root.signed.keys, r.keyIds, "root targets role"), threshold: r.threshold };
    }
    const d = set.delegations.get(role);
    return d ? { keys: d.keys, threshold: d.threshold } : undefined;
}
/** Canonical IDs of a role's keys, shortened, for messages. */
function describeKeys(keys) {
    return [...keys.values()].map((k) => (0,tuf_keys/* shortId */.m_)((0,tuf_keys/* canonicalKeyIdOf */.Sy)(k))).join(", ") || "no keys";
}
/** The signer for a role, or a one-line error naming the role's keys and how to give one. */
async function requireSigner(deps, set, role) {
    const found = await findSigner(deps, set, role);
    if (found)
        return found;
    const keys = roleKeys(set, role);
    throw new errors/* TrustError */.Ru("KEY_NOT_FOUND", `no key of ${role} of ${set.gun} (${describeKeys(keys?.keys ?? new Map())}) in ${deps.keyring.sources}`, {
        hint: role === "targets"
            ? "give the repository's targets key with --signer-key FILE (Docker keeps it as <key id>.key in ~/.docker/trust/private) or --aws-kms-key"
            : "give a key of the role with --signer-key FILE or --aws-kms-key",
    });
}
/** The signer for a role when one is on hand; roles needing more than one signature are refused. */
async function findSigner(deps, set, role) {
    const keys = roleKeys(set, role);
    if (!keys)
        return undefined;
    const signer = await deps.keyring.signerFor(keys.keys);
    if (signer && keys.threshold > 1) {
        throw new errors/* TrustError */.Ru("THRESHOLD_UNSUPPORTED", `${role} of ${set.gun} needs ${keys.threshold} signatures; this tool signs with one key`);
    }
    return signer;
}
/** Signs the next version of a targets role with a fresh expiry. */
async function resign(signed, signer, now, lifetimeMs = TARGETS_LIFETIME_MS) {
    const next = nextVersion(signed, formatGoTime(now + lifetimeMs));
    return { bytes: await signEnvelope(next, [signer]), version: next.version };
}
/**
 * The (tag, digest) pairs `docker pull` would accept: entries of `targets` and `targets/releases`
 * that are in force. Expired roles count for nothing (the set may have been loaded leniently).
 */
function releasedTags(set, now) {
    const targets = set.targets.get("targets");
    if (!targets || targets.expiresAt <= now)
        return [];
    const seen = new Set();
    const out = [];
    for (const e of allTargets(set)) {
        if (!isReleasedRole(e.role) || set.targets.get(e.role).expiresAt <= now)
            continue;
        const key = `${e.tag}\u0000${e.digest}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ tag: e.tag, digest: e.digest });
    }
    return out;
}
/** Tags released before that are no longer released with the same digest. */
function lostReleases(before, after) {
    const now = new Set(after.map((t) => `${t.tag}\u0000${t.digest}`));
    return before.filter((t) => !now.has(`${t.tag}\u0000${t.digest}`));
}

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
    checkSignerName(opts.name);
    const roleName = `targets/${opts.name}`;
    const newPublic = opts.newKey.publicKey;
    const newSigner = listedAs(opts.newKey, (0,tuf_keys/* keyIdOf */.yg)(newPublic), newPublic);
    const newCanonical = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(newPublic);
    const notes = [];
    let lastChange;
    const update = await updateRepository(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [roleName, RELEASES],
        change: `the key rotation of ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const role = findDelegation(targets, roleName);
            if (!role)
                throw new errors/* TrustError */.Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name}`, { hint: `add it with: content-trust signer add ${opts.name} ${set.gun} --key NEW.pub` });
            const old = oldKeysOf(targets, role, newCanonical, opts.oldKeyIds);
            const plan = { files: new Map(), versions: new Map(), replaced: old.map((id) => canonical(targets, id)) };
            const releases = findDelegation(targets, RELEASES);
            const oldInReleases = old.filter((id) => releases?.keyIds?.includes(id));
            const hasNew = (role.keyIds ?? []).some((id) => canonical(targets, id) === newCanonical);
            if (old.length === 0 && hasNew)
                return plan; // already rotated
            notes.length = 0;
            for (const other of targets.delegations.roles ?? []) {
                if (other.name === roleName || other.name === RELEASES)
                    continue;
                const shared = old.filter((id) => other.keyIds?.includes(id));
                if (shared.length)
                    notes.push(`key ${shared.map((id) => (0,tuf_keys/* shortId */.m_)(canonical(targets, id))).join(", ")} is also a key of ${other.name} in ${set.gun} and stays there`);
            }
            let next = replaceDelegationKeys(targets, roleName, old, [newPublic]);
            const affected = [roleName];
            if (oldInReleases.length > 0) {
                next = replaceDelegationKeys(next, RELEASES, oldInReleases, [newPublic]);
                affected.push(RELEASES);
            }
            const signedTargets = await resign(next, await requireSigner(deps, set, "targets"), now);
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
                const signed = await resign(env.signed, newSigner, now);
                plan.files.set(name, signed.bytes);
                plan.versions.set(name, signed.version);
            }
            lastChange = plan;
            return plan;
        },
    });
    const set = update.set;
    const plan = update.published && lastChange ? lastChange : update.plan;
    const targets = set.targets.get("targets").signed;
    const role = findDelegation(targets, roleName);
    const keys = (role?.keyIds ?? []).map((id) => canonical(targets, id));
    if (!keys.includes(newCanonical) || keys.some((k) => plan.replaced.includes(k))) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after publishing, ${roleName} lists keys ${keys.map(tuf_keys/* shortId */.m_).join(", ") || "none"}, not the new key ${(0,tuf_keys/* shortId */.m_)(newCanonical)} alone`, {
            hint: "another writer changed the signer at the same time; inspect the repository and run it again",
        });
    }
    const lost = lostReleases(update.before, releasedTags(set, (deps.now ?? Date.now)()));
    if (lost.length > 0) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after the rotation ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; sign those tags again with the new key" });
    }
    for (const n of notes)
        deps.warn?.(n);
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

;// CONCATENATED MODULE: ./src/workflows/admin/session.ts
/**
 * What every admin command sets up from a typed configuration (CLI flags or action inputs): the
 * repository, the Notary connection, the keys to sign with, and the trusted root kept between runs.
 * Signing keys are the ones given (a key file, an AWS KMS key); the key directory is searched by
 * key ID when none is given, or always when asked, as Docker searches `~/.docker/trust/private`.
 */









/** The repository of `text`; a tag is refused unless the command takes one. */
function parseRepository(text, allowTag = false) {
    const ref = parseReference(text);
    if (ref.digest || (ref.tag && !allowTag)) {
        throw new errors/* UsageError */.eb(`${text} names an image, not a repository`, { hint: `give the repository alone, e.g. ${ref.name}` });
    }
    return ref;
}
async function openAdminSession(config, hooks = {}, options = {}) {
    const ref = parseRepository(config.repository, options.allowTag);
    if (config.signerKey && config.awsKmsKey)
        throw new errors/* UsageError */.eb("signer-key and aws-kms-key are both set", { hint: "give one signing key: a key file or an AWS KMS key" });
    const signers = [];
    if (config.signerKey)
        signers.push(new KeyFileSigner(loadPrivateKey(config.signerKey, config.signerKeyPassphrase)));
    const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
    const anchor = (await store?.load(ref.name)) ?? {};
    if (config.rootKeyIds?.length)
        anchor.pinnedRootKeyIds = config.rootKeyIds;
    const connection = connect(ref, config);
    let kms;
    try {
        if (config.awsKmsKey)
            kms = await (0,kms_signer/* createKmsSigner */.EH)({ keyId: config.awsKmsKey, region: config.awsRegion, ...hooks.kms });
    }
    catch (err) {
        connection.close();
        throw err;
    }
    if (kms)
        signers.push(kms);
    const directory = config.keyDir ? new KeyDirectory(config.keyDir) : undefined;
    const searchDirectory = directory && (signers.length === 0 || config.searchKeyDir);
    const keyring = createKeyring({ signers, ...(searchDirectory ? { directory } : {}), ...(hooks.passphrase ? { passphrase: hooks.passphrase } : {}) });
    return {
        ref,
        gun: ref.name,
        deps: { notary: connection.notary, keyring, ...(hooks.log ? { log: hooks.log } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) },
        anchor,
        connection,
        directory,
        signers,
        save: async (set) => {
            await store?.save(ref.name, set.root.bytes, set.versions());
        },
        close: () => {
            connection.close();
            kms?.close();
        },
    };
}
/** Opens a session, runs one command, keeps the trusted root, and always closes. */
async function withAdminSession(config, hooks, run, options = {}) {
    const session = await openAdminSession(config, hooks, options);
    try {
        const result = await run(session);
        await session.save(result.set);
        return result;
    }
    finally {
        session.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/admin-format.ts

const warningsOf = (w) => (w.length ? `\nWarnings:\n${w.map((m) => `  ${printable(m)}`).join("\n")}\n` : "");
const versions = (r, roles) => roles.map((role) => `${role} v${r.set.targets.get(role)?.signed.version ?? "?"}`).join(", ");
function initJson(r) {
    return {
        gun: r.gun,
        rootKeyId: r.rootKeyId,
        rootCanonicalKeyId: r.rootCanonicalKeyId,
        repositoryKeyId: r.targetsKeyId,
        snapshotKeyId: r.snapshotKeyId,
        timestampKeyId: r.timestampKeyId,
        keyFiles: r.written.map((k) => ({ role: k.role, keyId: k.keyId, file: k.fileName })),
    };
}
function formatInit(r, gun) {
    const rows = [
        ["Root", r.rootKeyId, r.written.find((k) => k.role === "root")?.fileName ?? "(given)"],
        ["Repository", r.targetsKeyId, r.written.find((k) => k.role === "targets")?.fileName ?? "(given)"],
        ["Snapshot", r.snapshotKeyId, "(held by the server)"],
        ["Timestamp", r.timestampKeyId, "(held by the server)"],
    ];
    return `Created ${printable(gun)}\n\n${table(["KEY", "ID", "KEY FILE"], rows)}\nBack up the key files: without the root key the repository cannot be repaired.\n`;
}
function signerChangeJson(r) {
    return { gun: r.gun, signer: r.name, keyIds: r.keyIds, published: r.published, targetsVersion: r.targetsVersion, unreleased: r.unreleased, warnings: r.warnings };
}
function formatSignerChange(action, r) {
    const head = action === "add"
        ? r.published
            ? `Added signer ${printable(r.name)} to ${printable(r.gun)} with key ${r.keyIds.join(", ")} (targets v${r.targetsVersion})\n`
            : `Signer ${printable(r.name)} of ${printable(r.gun)} already has key ${r.keyIds.join(", ")}: nothing published\n`
        : `Removed signer ${printable(r.name)} from ${printable(r.gun)} (targets v${r.targetsVersion})\n`;
    const lost = r.unreleased.length ? `No longer verifying: ${r.unreleased.map((t) => printable(t.tag)).join(", ")}\n` : "";
    return head + lost + warningsOf(r.warnings);
}
function revokeJson(r) {
    return { gun: r.gun, tag: r.tag, removedFrom: r.removedFrom, heldBy: r.heldBy, stillReleasedBy: r.stillReleasedBy ?? null, published: r.published, warnings: r.warnings };
}
function formatRevoke(r) {
    const head = r.removedFrom.length
        ? `Revoked ${printable(r.gun)}:${printable(r.tag)} from ${versions(r, r.removedFrom)}\n`
        : `${printable(r.gun)}:${printable(r.tag)} is not signed: nothing to revoke\n`;
    return head + warningsOf(r.warnings);
}
function renewJson(r) {
    return { gun: r.gun, renewed: r.renewed, notRenewed: r.notRenewed, published: r.published, warnings: r.warnings };
}
function formatRenew(r) {
    const head = r.renewed.length
        ? `Renewed ${printable(r.gun)}\n\n${table(["ROLE", "VERSION", "EXPIRED AT", "EXPIRES AT"], r.renewed.map((x) => [x.role, String(x.version), x.previousExpires, x.expires]))}`
        : `${printable(r.gun)}: nothing that the signing keys can sign needs renewing\n`;
    const left = r.notRenewed.length ? `\nNot renewed:\n${table(["ROLE", "EXPIRES AT"], r.notRenewed.map((x) => [x.role, x.expires]))}` : "";
    return head + left + warningsOf(r.warnings);
}
function rotationJson(r) {
    return { gun: r.gun, signer: r.name, replaced: r.replaced, newKeyId: r.newKeyId, roles: r.roles, published: r.published, warnings: r.warnings };
}
function formatRotation(r) {
    const head = r.published
        ? `Rotated signer ${printable(r.name)} of ${printable(r.gun)} to key ${r.newKeyId}${r.replaced.length ? ` (replaced ${r.replaced.join(", ")})` : ""}\nPublished: ${r.roles.map((x) => `${x.name} v${x.version}`).join(", ")}\n`
        : `Signer ${printable(r.name)} of ${printable(r.gun)} already signs with key ${r.newKeyId} alone: nothing published\n`;
    return head + warningsOf(r.warnings);
}

;// CONCATENATED MODULE: ./src/cli/commands/admin-options.ts
/**
 * Flags and passphrases of the admin commands (init, signer, revoke, renew, key rotate-signer).
 * Keys that sign: --signer-key FILE or --aws-kms-key KEY; without either (or with --key-dir given),
 * the keys of the key directory found by ID. Passphrases: CONTENT_TRUST_PASSPHRASE (and
 * CONTENT_TRUST_ROOT_PASSPHRASE for root keys when set), else a terminal prompt; new keys are asked
 * for twice and never left unencrypted.
 */






const adminFlags = {
    ...connectionFlags,
    "key-dir": { type: "string" },
    "signer-key": { type: "string" },
    "aws-kms-key": { type: "string" },
    "aws-region": { type: "string" },
    json: { type: "boolean" },
};
/** Help lines for the keys that sign; `what` names the key ("that signs", "to use as the targets key"). */
function keyHelp(what = "that signs", kmsFlag = "--aws-kms-key KEY") {
    return `  --signer-key FILE         private key file ${what} (Docker/notary key file or PEM)
  ${kmsFlag.padEnd(25)} AWS KMS key ID, ARN or alias ${what}, instead of a key file
  --aws-region REGION       region of a KMS key given by ID or alias
  --key-dir DIR             key directory: new keys are written there, and keys are found
                            there by ID when no key is given or when --key-dir is given
                            (default: $DOCKER_CONFIG/trust/private, shared with docker trust)`;
}
const ADMIN_KEY_HELP = keyHelp();
const ADMIN_FOOTER = `${CONNECTION_HELP}
  --json                    print the result as JSON
Passphrases: CONTENT_TRUST_PASSPHRASE (CONTENT_TRUST_ROOT_PASSPHRASE for root keys, when set),
or a prompt on a terminal.`;
const str = (v) => (typeof v === "string" ? v : undefined);
/** The key directory: --key-dir, else Docker's `$DOCKER_CONFIG/trust/private`. */
function keyDirOf(values, io) {
    const given = str(values["key-dir"]);
    return given ? external_node_path_default().resolve(io.cwd, given) : external_node_path_default().join(dockerConfigDir(io.env), "trust", "private");
}
/** The configuration every admin command shares, for `repository`. */
async function adminConfig(values, io, repository, keyFlags = { file: "signer-key", kms: "aws-kms-key" }) {
    const conn = await connectionOptions(values, io);
    const keyFile = str(values[keyFlags.file]);
    const kms = str(values[keyFlags.kms]);
    if (keyFile && kms)
        throw new errors/* UsageError */.eb(`--${keyFlags.file} and --${keyFlags.kms} are both set`, { hint: "give one signing key" });
    const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
    const rootKeyIds = values["root-key-id"];
    return {
        ...conn,
        repository,
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(kms ? { awsKmsKey: kms } : {}),
        ...(str(values["aws-region"]) ? { awsRegion: str(values["aws-region"]) } : {}),
        keyDir: keyDirOf(values, io),
        searchKeyDir: str(values["key-dir"]) !== undefined,
        ...(Array.isArray(rootKeyIds) ? { rootKeyIds: parseKeyIds(rootKeyIds.join(",")) } : {}),
        trustDir: str(values["trust-dir"]) ?? external_node_path_default().join(dockerConfigDir(io.env), "trust"),
    };
}
function envPassphrase(io, root) {
    const rootValue = io.env.CONTENT_TRUST_ROOT_PASSPHRASE;
    if (root && rootValue !== undefined)
        return { name: "CONTENT_TRUST_ROOT_PASSPHRASE", value: rootValue };
    const value = io.env.CONTENT_TRUST_PASSPHRASE;
    return value !== undefined ? { name: "CONTENT_TRUST_PASSPHRASE", value } : undefined;
}
function describeKey(r) {
    return `${r.role ? `${r.role} key` : "key"} ${(0,tuf_keys/* shortId */.m_)(r.keyId)}`;
}
/** Passphrases of encrypted files in the key directory. */
function keyDirectoryPassphrase(io) {
    return async (request) => {
        const env = envPassphrase(io, request.role === "root");
        if (env)
            return env.value;
        if (io.promptSecret)
            return io.promptSecret(`Passphrase for the ${describeKey(request)}: `);
        throw new errors/* UsageError */.eb(`the ${describeKey(request)} in the key directory is encrypted`, { hint: "set CONTENT_TRUST_PASSPHRASE" });
    };
}
/** Passphrases for new keys: from the environment (not empty), else asked twice on a terminal. */
function newKeyPassphrase(io) {
    const chosen = new Map();
    return async (role) => {
        const kind = role === "root" ? "root" : "repository";
        const known = chosen.get(kind);
        if (known)
            return known;
        const env = envPassphrase(io, role === "root");
        let value;
        if (env) {
            if (env.value === "")
                throw new errors/* UsageError */.eb(`${env.name} is empty; new keys are always encrypted`, { hint: "set it to a passphrase" });
            value = env.value;
        }
        else if (io.promptSecret) {
            value = await io.promptSecret(`Passphrase for the new ${role} key: `);
            if (value === "")
                throw new errors/* UsageError */.eb(`an empty passphrase for the new ${role} key is refused; new keys are always encrypted`);
            const again = await io.promptSecret(`Repeat the passphrase for the new ${role} key: `);
            if (again !== value)
                throw new errors/* UsageError */.eb(`the passphrases for the new ${role} key do not match`);
        }
        else {
            throw new errors/* UsageError */.eb(`no passphrase for the new ${role} key`, { hint: "set CONTENT_TRUST_PASSPHRASE, or run it on a terminal" });
        }
        chosen.set(kind, value);
        return value;
    };
}
/** Log and warning lines on stderr. */
function adminHooks(io) {
    return {
        log: (m) => io.stderr(`${m}\n`),
        warn: (m) => io.stderr(`warning: ${m}\n`),
        passphrase: keyDirectoryPassphrase(io),
    };
}
/** An existing root key file (--root-key) and its passphrase (CONTENT_TRUST_ROOT_PASSPHRASE, else CONTENT_TRUST_PASSPHRASE, else a prompt). */
async function rootKeyOption(file, io) {
    if (!file)
        return {};
    const rootKey = await readInputFile(file, "root key", io.cwd);
    const env = envPassphrase(io, true);
    const rootKeyPassphrase = await passphraseFor(rootKey, { ...io, env: { ...io.env, CONTENT_TRUST_PASSPHRASE: env?.value } }, "root key");
    return { rootKey, ...(rootKeyPassphrase !== undefined ? { rootKeyPassphrase } : {}) };
}

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
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;
async function rotateSignerCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: { ...adminFlags, "new-key": { type: "string" }, "new-aws-kms-key": { type: "string" }, "old-key": { type: "string", multiple: true } },
    });
    if (positionals.length !== 2)
        throw new errors/* UsageError */.eb("key rotate-signer takes NAME and REPOSITORY", { hint: "content-trust key rotate-signer alice registry.example/app --new-key alice-2.key" });
    const [name, repository] = positionals;
    if (!values["new-key"] === !values["new-aws-kms-key"])
        throw new errors/* UsageError */.eb("give the new key with --new-key FILE or --new-aws-kms-key KEY (one of them)");
    const config = await adminConfig(values, io, repository);
    let kms;
    try {
        const newKey = values["new-aws-kms-key"]
            ? (kms = await (0,kms_signer/* createKmsSigner */.EH)({ keyId: values["new-aws-kms-key"], region: values["aws-region"] }))
            : await newKeySigner(values["new-key"], keyDirOf(values, io), io);
        const result = await withAdminSession(config, adminHooks(io), (s) => rotateSignerKey(s.deps, { name, newKey, ...(values["old-key"] ? { oldKeyIds: values["old-key"] } : {}), anchor: s.anchor }));
        io.stdout(values.json ? JSON.stringify(rotationJson(result), null, 2) + "\n" : formatRotation(result));
        return 0;
    }
    finally {
        kms?.close();
    }
}
/** A private key file, or a public key whose private key the key directory holds. */
async function newKeySigner(file, keyDir, io) {
    const text = await readInputFile(file, "new key", io.cwd);
    if (/PRIVATE KEY-----|Proc-Type:/.test(text))
        return new KeyFileSigner(loadPrivateKey(text, await passphraseFor(text, io, "new key")));
    const pub = (0,public_key/* parsePublicKey */.ee)(text, { now: new Date() });
    const loaded = await new KeyDirectory(keyDir).load(pub.canonicalKeyId, keyDirectoryPassphrase(io));
    if (!loaded) {
        throw new errors/* UsageError */.eb(`the private key of the new key ${(0,tuf_keys/* shortId */.m_)(pub.canonicalKeyId)} is not in the key directory`, {
            hint: "give the private key file with --new-key, or --key-dir where docker trust key generate wrote it",
        });
    }
    return new KeyFileSigner(loaded);
}

;// CONCATENATED MODULE: ./src/cli/commands/key.ts







const KEY_HELP = `Usage: content-trust key inspect FILE [--json]
       content-trust key inspect --aws-kms-key KEY [--signer-name NAME] [--aws-region REGION] [--json]

Prints the key ID, the delegation name (the key file's role header) and the public key
PEM that \`docker trust signer add --key\` accepts. FILE may be a private key file
(Docker/notary key file or PEM; passphrase from CONTENT_TRUST_PASSPHRASE or a prompt)
or a public key or certificate. With --aws-kms-key, the public key of an AWS KMS key
(credentials and region from the usual AWS configuration); --signer-name adds Docker's
role header to the PEM.

${ROTATE_SIGNER_HELP}`;
async function keyCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === "rotate-signer")
        return rotateSignerCommand(rest, io);
    if (sub !== "inspect")
        throw new errors/* UsageError */.eb(`unknown key command ${JSON.stringify(sub ?? "")}`, { hint: "content-trust key inspect FILE, or key rotate-signer NAME REPOSITORY" });
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: rest,
        allowPositionals: true,
        options: { json: { type: "boolean" }, "aws-kms-key": { type: "string" }, "aws-region": { type: "string" }, "signer-name": { type: "string" } },
    });
    const kmsKey = values["aws-kms-key"];
    if (kmsKey) {
        if (positionals.length)
            throw new errors/* UsageError */.eb("key inspect takes a FILE or --aws-kms-key, not both");
        const { inspectKmsKey } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1692));
        const role = values["signer-name"];
        const d = await inspectKmsKey({ keyId: kmsKey, ...(values["aws-region"] ? { region: values["aws-region"] } : {}), ...(role ? { role } : {}) });
        return printKey(io, values.json, { keyId: d.keyId, canonicalKeyId: d.canonicalKeyId, ...(role ? { role } : {}), keyType: `${d.publicKey.type} (${d.keySpec}, ${d.keyArn})`, publicKeyPem: d.publicKeyPem });
    }
    if (positionals.length !== 1)
        throw new errors/* UsageError */.eb("key inspect takes exactly one FILE");
    const text = await readInputFile(positionals[0], "key file", io.cwd);
    let info;
    if (/-----BEGIN (ENCRYPTED |EC |RSA )?PRIVATE KEY-----/.test(text) || /Proc-Type:/.test(text)) {
        const key = loadPrivateKey(text, await passphraseFor(text, io, "key file"));
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
    return printKey(io, values.json, info);
}
function printKey(io, json, info) {
    if (json)
        io.stdout(JSON.stringify(info, null, 2) + "\n");
    else {
        io.stdout(`Key ID:      ${info.keyId}\n`);
        if (info.canonicalKeyId !== info.keyId)
            io.stdout(`Canonical:   ${info.canonicalKeyId}\n`);
        io.stdout(`Key type:    ${info.keyType}\n`);
        if (info.role)
            io.stdout(`Signer name: ${info.role}\n`);
        io.stdout(`\n${info.publicKeyPem}`);
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/workflows/admin/signers.ts
/**
 * Managing signers as `docker trust signer add/remove` do (docker/cli cli/command/trust
 * signer_add.go, signer_remove.go; protocol §5.2). A signer NAME is the delegation `targets/NAME`;
 * its keys are also keys of `targets/releases`, the role `docker pull` trusts. Both changes edit
 * `targets` only, so they are signed with the repository's targets key.
 *
 * `docker trust signer remove` is a no-op in Docker 28.2.2 (it only acts after an interactive
 * confirmation that is never asked for); this one does what its help says and warns when the
 * releases role is left without keys or its current content stops verifying.
 */









function sameContent(a, b) {
    return (0,tuf_canonical/* canonicalJson */.dj)(signedJson(a)) === (0,tuf_canonical/* canonicalJson */.dj)(signedJson(b));
}
async function targetsPlan(deps, set, next, now) {
    const current = set.targets.get("targets").signed;
    if (sameContent(current, next))
        return { files: new Map(), versions: new Map() };
    const signed = await resign(next, await requireSigner(deps, set, "targets"), now);
    return { files: new Map([["targets", signed.bytes]]), versions: new Map([["targets", signed.version]]) };
}
function finish(deps, name, update) {
    const set = update.set;
    return {
        gun: set.gun,
        name,
        keyIds: signerKeys(set).find((s) => s.name === name)?.keyIds ?? [],
        published: update.published,
        targetsVersion: set.targets.get("targets").signed.version,
        unreleased: lostReleases(update.before, releasedTags(set, (deps.now ?? Date.now)())),
        warnings: update.warnings,
        set,
    };
}
/** Adds keys to `targets/NAME` and `targets/releases` (creating them), as `docker trust signer add`. */
async function addSigner(deps, opts) {
    checkSignerName(opts.name);
    if (opts.keys.length === 0)
        throw new errors/* UsageError */.eb(`signer ${opts.name} needs at least one public key`, { hint: "give it with --key NAME.pub or --aws-kms-key" });
    const role = `targets/${opts.name}`;
    let stale = false;
    const update = await updateRepository(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, RELEASES],
        change: `signer ${opts.name}`,
        plan: async (set, now) => {
            const current = set.targets.get("targets").signed;
            stale = !findDelegation(current, role) && set.snapshot?.signed.meta.has(role) === true;
            let next = addDelegationKeys(current, role, opts.keys);
            next = addDelegationKeys(next, RELEASES, opts.keys);
            return targetsPlan(deps, set, next, now);
        },
    });
    const result = finish(deps, opts.name, update);
    if (stale && update.published && !update.set.targets.has(role)) {
        // The server keeps the snapshot entry of a removed delegation; its old file does not verify
        // with the new keys, and signing into the role is refused until it is replaced.
        const m = `${role} of ${result.gun} still holds the file of an earlier signer named ${opts.name}, signed by other keys; signing into it will be refused. Remove this signer and choose another name, or use the earlier key (key rotate-signer replaces keys without this)`;
        result.warnings.push(m);
        deps.warn?.(m);
    }
    const want = opts.keys.map((k) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(k));
    const releases = findDelegation(update.set.targets.get("targets").signed, RELEASES);
    const inReleases = new Set((releases?.keyIds ?? []).map((id) => update.set.targets.get("targets").signed.delegations.keys.get(id)).filter((k) => k).map((k) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(k)));
    if (!want.every((id) => result.keyIds.includes(id) && inReleases.has(id))) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${result.gun}: after publishing, signer ${opts.name} does not list key ${want.map(tuf_keys/* shortId */.m_).join(", ")} in ${role} and ${RELEASES}`, {
            hint: "another writer changed the signers at the same time; inspect the repository and run it again",
        });
    }
    return result;
}
/** Removes NAME's keys from `targets/releases` and the `targets/NAME` delegation. */
async function removeSigner(deps, opts) {
    checkSignerName(opts.name);
    const role = `targets/${opts.name}`;
    const warn = (m) => deps.warn?.(m);
    const notes = [];
    const update = await updateRepository(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: [role, RELEASES],
        change: `removal of signer ${opts.name}`,
        plan: async (set, now) => {
            const targets = set.targets.get("targets").signed;
            const signer = findDelegation(targets, role);
            if (!signer) {
                const names = (targets.delegations.roles ?? []).map((r) => r.name.replace(/^targets\//, "")).filter((n) => n !== "releases");
                throw new errors/* TrustError */.Ru("NO_SUCH_SIGNER", `${set.gun} has no signer ${opts.name} (signers: ${names.join(", ") || "none"})`);
            }
            const ids = signer.keyIds ?? [];
            let next = removeDelegationKeys(targets, RELEASES, ids);
            next = removeDelegation(next, role);
            notes.length = 0;
            notes.push(...releasesWarnings(set, opts.name, next));
            return targetsPlan(deps, set, next, now);
        },
    });
    for (const n of notes)
        warn(n);
    const result = finish(deps, opts.name, update);
    result.warnings.push(...notes);
    if (findDelegation(update.set.targets.get("targets").signed, role)) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${result.gun}: after publishing, ${role} is still delegated`, { hint: "another writer changed the signers at the same time; run it again" });
    }
    return result;
}
/** What removing a signer does to `targets/releases`: no keys left, or its content no longer verifying. */
function releasesWarnings(set, name, next) {
    const before = findDelegation(set.targets.get("targets").signed, RELEASES);
    const after = findDelegation(next, RELEASES);
    if (!before || !after)
        return [];
    const out = [];
    if ((before.keyIds ?? []).length > 0 && (after.keyIds ?? []).length === 0) {
        out.push(`${name} was the last signer of ${RELEASES} in ${set.gun}: nobody can sign releases until a signer is added (content-trust signer add)`);
    }
    const env = set.targets.get(RELEASES);
    if (env && env.signed.targets.size > 0) {
        try {
            verifyThreshold(env, { name: RELEASES, keys: pickKeys(next.delegations.keys, after.keyIds, RELEASES), threshold: after.threshold });
        }
        catch {
            const tags = [...env.signed.targets.keys()];
            out.push(`${RELEASES} of ${set.gun} is signed only by ${name}'s keys: its ${tags.length} tag${tags.length === 1 ? "" : "s"} (${tags.slice(0, 5).join(", ")}${tags.length > 5 ? ", …" : ""}) stop verifying until a remaining signer of ${RELEASES} signs it again (notary witness ${set.gun} ${RELEASES} -p)`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/workflows/admin/new-repository.ts







async function createIn(session, config, hooks) {
    const notary = session.connection.notary;
    await assertNewRepository(notary);
    let rootKey;
    if (config.rootKey) {
        rootKey = loadPrivateKey(config.rootKey, config.rootKeyPassphrase).keyObject;
        const problem = rootKeyProblem(rootKey);
        if (problem)
            throw new errors/* UsageError */.eb(`root key: ${problem}`);
    }
    const written = [];
    const newKey = async (role) => {
        if (!session.directory)
            throw new errors/* UsageError */.eb(`a new ${role} key needs a key directory to be written to`, { hint: "give --key-dir DIR" });
        if (!hooks.newPassphrase)
            throw new errors/* UsageError */.eb(`no passphrase for the new ${role} key`, { hint: "set CONTENT_TRUST_PASSPHRASE" });
        const passphrase = await hooks.newPassphrase(role);
        const key = await session.directory.generate({ role, ...(role === "targets" ? { gun: session.gun } : {}), passphrase });
        written.push({ role, keyId: key.keyId, fileName: key.fileName });
        hooks.log?.(`Wrote the new ${role} key ${key.keyId} to the key directory`);
        return key.key;
    };
    rootKey ??= (await newKey("root")).keyObject;
    const targets = session.signers[0] ?? new KeyFileSigner(await newKey("targets"));
    const result = await initRepository({ notary, ...(hooks.log ? { log: hooks.log } : {}) }, { rootKey, targets, ...(config.signers ? { signers: config.signers } : {}) });
    return { ...result, written };
}
/** Creates a repository: root and targets keys given or made, the server's snapshot and timestamp keys. */
async function createRepository(config, hooks = {}) {
    return withAdminSession(config, hooks, (session) => createIn(session, config, hooks));
}
/** `signer add --init`: creates the repository with the signer when it does not exist, else adds the signer. */
async function addSignerOrCreate(config, hooks, signer) {
    return withAdminSession(config, hooks, async (session) => {
        if (await session.connection.notary.getMetadata("root")) {
            return addSigner(session.deps, { name: signer.name, keys: signer.keys, anchor: session.anchor });
        }
        hooks.log?.(`${session.gun} does not exist yet: creating it with signer ${signer.name}`);
        const created = await createIn(session, { ...config, signers: [{ name: signer.name, keys: signer.keys }] }, hooks);
        return {
            gun: session.gun,
            name: signer.name,
            keyIds: signerKeys(created.set).find((s) => s.name === signer.name)?.keyIds ?? [],
            published: true,
            targetsVersion: created.set.targets.get("targets").signed.version,
            unreleased: [],
            warnings: [],
            set: created.set,
            created,
        };
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts





const INIT_HELP = `Usage: content-trust init REPOSITORY [flags]

Creates a Notary repository as docker trust does: a root key with a self-signed certificate
for the repository, a targets (repository) key, and snapshot and timestamp keys held by the
server. New keys are written to the key directory as <key id>.key, encrypted, in Docker's
format, so docker trust and notary can use them. An existing repository is never touched.

Flags:
  --root-key FILE           an existing root key (ECDSA P-256) instead of a new one
${keyHelp("to use as the targets key")}
${ADMIN_FOOTER}`;
async function initCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { ...adminFlags, "root-key": { type: "string" } } });
    if (positionals.length !== 1)
        throw new errors/* UsageError */.eb("init takes exactly one REPOSITORY", { hint: "content-trust init registry.example/app" });
    const root = await rootKeyOption(values["root-key"], io);
    const config = await adminConfig(values, io, positionals[0]);
    const result = await createRepository({ ...config, ...root }, { ...adminHooks(io), newPassphrase: newKeyPassphrase(io) });
    io.stdout(values.json ? JSON.stringify(initJson(result), null, 2) + "\n" : formatInit(result, result.set.gun));
    return 0;
}

;// CONCATENATED MODULE: ./src/workflows/admin/renew.ts
/**
 * Renewing before expiry, for a scheduled job: every targets role one of our keys can sign (the
 * delegations whose keys we hold, and `targets` with the targets key) that expires within the
 * window is re-signed unchanged with version + 1 and a fresh expiry in Go's form. An expired
 * delegation makes its tags disappear for readers, an expired `targets` the whole repository; the
 * Go client only warns (client/helpers.go warnRolesNearExpiry), so nothing else renews them.
 * Root is not renewed here (that takes the root key and, once its certificate runs out, a root
 * rotation); it is reported when it expires within the window.
 */





async function renewRoles(deps, opts = {}) {
    const withinMs = opts.withinMs ?? DEFAULT_RENEW_WINDOW_MS;
    const lifetimeMs = opts.lifetimeMs ?? TARGETS_LIFETIME_MS;
    if (lifetimeMs <= withinMs) {
        throw new errors/* UsageError */.eb(`the new lifetime (${Math.round(lifetimeMs / 86400_000)} days) must be longer than the renewal window (${Math.round(withinMs / 86400_000)} days)`, {
            hint: "otherwise every run renews again; lengthen --expires or shorten --within",
        });
    }
    let lastChange;
    const update = await updateRepository(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: "the renewal",
        plan: async (set, now) => {
            const plan = { files: new Map(), versions: new Map(), previous: new Map() };
            const loaded = new Set(walkRoles(set).map((r) => r.name));
            for (const e of expiringRoles(set, now, withinMs)) {
                if (e.role === "root" || !loaded.has(e.role))
                    continue;
                const signer = await findSigner(deps, set, e.role);
                if (!signer)
                    continue;
                const signed = await resign(set.targets.get(e.role).signed, signer, now, lifetimeMs);
                plan.files.set(e.role, signed.bytes);
                plan.versions.set(e.role, signed.version);
                plan.previous.set(e.role, displayTime(e.expiresAt));
            }
            if (plan.files.size > 0)
                lastChange = plan;
            return plan;
        },
    });
    const set = update.set;
    const plan = update.published && lastChange ? lastChange : update.plan;
    const renewed = [...plan.previous].map(([role, previousExpires]) => {
        const env = set.targets.get(role);
        return { role, version: env?.signed.version ?? 0, previousExpires, expires: env ? displayTime(env.expiresAt) : "" };
    });
    const lost = lostReleases(update.before, releasedTags(set, (deps.now ?? Date.now)()));
    if (lost.length > 0) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}: after renewing, ${lost.map((t) => t.tag).join(", ")} no longer verify`, { hint: "inspect the repository; another writer may have changed it at the same time" });
    }
    const now = (deps.now ?? Date.now)();
    const notRenewed = expiringRoles(set, now, withinMs).map((e) => ({ role: e.role, expires: displayTime(e.expiresAt), expired: e.expired }));
    const warnings = [...update.warnings];
    for (const e of expiringRoles(set, now, withinMs)) {
        const m = expiryWarning(set.gun, e, now);
        if (!warnings.includes(m)) {
            warnings.push(m);
            deps.warn?.(m);
        }
    }
    if (plan.files.size === 0 && !update.published)
        deps.log?.(`Nothing of ${set.gun} that our keys can sign expires before ${displayTime(now + withinMs)}`);
    return { gun: set.gun, renewed, notRenewed, published: update.published, warnings, set };
}

;// CONCATENATED MODULE: ./src/cli/commands/renew.ts







const RENEW_HELP = `Usage: content-trust renew REPOSITORY [flags]

Re-signs, unchanged and with a fresh expiry, every role the signing key can sign that
expires within the window: the signer's delegations, and targets with the targets key.
Meant for a scheduled job. Root is reported, not renewed.

Flags:
  --within DURATION         renew roles expiring within this: 6mo (default), 90d, 1y
  --expires DURATION        lifetime of the renewed roles: 3y (default), 18mo or a date
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;
async function renewCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { ...adminFlags, within: { type: "string" }, expires: { type: "string" } } });
    if (positionals.length !== 1)
        throw new errors/* UsageError */.eb("renew takes exactly one REPOSITORY", { hint: "content-trust renew registry.example/app" });
    const now = Date.now();
    const withinMs = values.within ? parseExpiry(values.within, now, "within") : undefined;
    const lifetimeMs = values.expires ? parseExpiry(values.expires, now) : undefined;
    const config = await adminConfig(values, io, positionals[0]);
    const result = await withAdminSession(config, adminHooks(io), (s) => renewRoles(s.deps, { anchor: s.anchor, ...(withinMs ? { withinMs } : {}), ...(lifetimeMs ? { lifetimeMs } : {}) }));
    io.stdout(values.json ? JSON.stringify(renewJson(result), null, 2) + "\n" : formatRenew(result));
    return 0;
}

;// CONCATENATED MODULE: ./src/workflows/admin/revoke.ts
/**
 * Revoking a tag (docker/cli cli/command/trust/revoke.go): remove it from every role that holds it
 * and that one of our keys can sign, publish, and read back. Docker removes it from the direct
 * delegations of `targets` it holds keys for; with the targets key, `targets` itself is included,
 * as are deeper delegations we hold keys for. A tag that is not signed anywhere is not an error.
 */




async function revokeTag(deps, opts) {
    const { tag } = opts;
    let lastChange;
    const update = await updateRepository(deps, {
        ...(opts.anchor ? { anchor: opts.anchor } : {}),
        hints: ["targets/releases"],
        change: `the revocation of ${tag}`,
        plan: async (set, now) => {
            const plan = { files: new Map(), versions: new Map(), removed: [], held: [] };
            const holding = walkRoles(set).map((r) => r.name).filter((role) => set.targets.get(role).signed.targets.has(tag));
            for (const role of holding) {
                const signer = await findSigner(deps, set, role);
                if (!signer) {
                    plan.held.push(role);
                    continue;
                }
                const signed = await resign(removeTarget(set.targets.get(role).signed, tag), signer, now);
                plan.files.set(role, signed.bytes);
                plan.versions.set(role, signed.version);
                plan.removed.push(role);
            }
            if (plan.removed.length === 0 && plan.held.length > 0) {
                const roles = plan.held.map((r) => `${r}: ${describeKeys(roleKeys(set, r)?.keys ?? new Map())}`).join("; ");
                throw new errors/* TrustError */.Ru("KEY_NOT_IN_ROLE", `${set.gun}:${tag} is signed in roles none of ${deps.keyring.sources} can sign (${roles})`, {
                    hint: "give a key of one of these roles with --signer-key FILE or --aws-kms-key",
                });
            }
            if (plan.files.size > 0)
                lastChange = plan;
            return plan;
        },
    });
    const set = update.set;
    // After a lost answer the last plan is empty (the upload had landed): report the change made.
    const { removed, held } = update.published && lastChange ? lastChange : update.plan;
    const stillIn = removed.filter((role) => set.targets.get(role)?.signed.targets.has(tag));
    if (stillIn.length > 0) {
        throw new errors/* TrustError */.Ru("NOT_SERVED", `${set.gun}:${tag} is still in ${stillIn.join(", ")} after publishing`, {
            hint: "another signer signed the tag again at the same time; inspect the repository",
        });
    }
    const released = releasedTarget(set, tag);
    const warnings = [...update.warnings];
    if (released) {
        const m = `${set.gun}:${tag} is still released by ${released.role} (sha256:${released.digest.slice(0, 12)}…), which none of ${deps.keyring.sources} can sign`;
        warnings.push(m);
        deps.warn?.(m);
    }
    if (removed.length === 0 && held.length === 0)
        deps.log?.(`${set.gun}:${tag} is not signed: nothing to revoke`);
    return {
        gun: set.gun,
        tag,
        removedFrom: removed,
        heldBy: held,
        ...(released ? { stillReleasedBy: released.role } : {}),
        published: update.published,
        warnings,
        set,
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/revoke.ts






const REVOKE_HELP = `Usage: content-trust revoke IMAGE:TAG [flags]

Removes the tag from every role that holds it and that the signing key can sign
(targets/releases and the signer's delegation; targets too with the targets key), publishes,
and reads the repository back. A tag that is not signed is not an error.

Flags:
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;
async function revokeCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: adminFlags });
    if (positionals.length !== 1)
        throw new errors/* UsageError */.eb("revoke takes exactly one IMAGE:TAG", { hint: "content-trust revoke registry.example/app:v1" });
    const config = await adminConfig(values, io, positionals[0]);
    const result = await withAdminSession(config, adminHooks(io), (s) => {
        if (!s.ref.tag)
            throw new errors/* UsageError */.eb(`${positionals[0]} has no tag to revoke`, { hint: `write it as ${s.gun}:TAG` });
        return revokeTag(s.deps, { tag: s.ref.tag, anchor: s.anchor });
    }, { allowTag: true });
    io.stdout(values.json ? JSON.stringify(revokeJson(result), null, 2) + "\n" : formatRevoke(result));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/signer.ts










const SIGNER_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [--key ...] [flags]
       content-trust signer add NAME REPOSITORY --aws-kms-key KEY [flags]
       content-trust signer remove NAME REPOSITORY [flags]

add: delegates to signer NAME: its keys go into targets/NAME and targets/releases, as
docker trust signer add does. --key takes Docker's NAME.pub, a public key PEM or a
certificate; --aws-kms-key takes the signer's AWS KMS key (its public key is read from KMS).
With --init, a repository that does not exist is created first (see content-trust init).

remove: takes NAME's keys out of targets/releases and removes targets/NAME. Warns when
targets/releases is left without keys or its tags stop verifying.

Both are signed with the repository's targets key: --signer-key FILE, --signer-aws-kms-key KEY
(signer remove also takes it as --aws-kms-key), or found in the key directory by ID.

Flags:
  --key FILE                (add) the signer's public key (repeatable)
  --aws-kms-key KEY         (add) the signer's key in AWS KMS
  --init                    (add) create the repository when it does not exist
  --root-key FILE           (add --init) an existing root key instead of a new one
${keyHelp("of the targets key", "--signer-aws-kms-key KEY")}
${ADMIN_FOOTER}`;
async function signerCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "add" && sub !== "remove")
        throw new errors/* UsageError */.eb(`unknown signer command ${JSON.stringify(sub ?? "")}`, { hint: "content-trust signer add|remove NAME REPOSITORY" });
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: rest,
        allowPositionals: true,
        options: { ...adminFlags, key: { type: "string", multiple: true }, init: { type: "boolean" }, "root-key": { type: "string" }, "signer-aws-kms-key": { type: "string" } },
    });
    if (positionals.length !== 2)
        throw new errors/* UsageError */.eb(`signer ${sub} takes NAME and REPOSITORY`, { hint: `content-trust signer ${sub} alice registry.example/app${sub === "add" ? " --key alice.pub" : ""}` });
    const [name, repository] = positionals;
    const hooks = adminHooks(io);
    if (sub === "remove") {
        if (values.key || values.init)
            throw new errors/* UsageError */.eb("signer remove takes no --key or --init");
        const kmsFlag = values["signer-aws-kms-key"] ? "signer-aws-kms-key" : "aws-kms-key";
        const config = await adminConfig(values, io, repository, { file: "signer-key", kms: kmsFlag });
        const result = await withAdminSession(config, hooks, (s) => removeSigner(s.deps, { name, anchor: s.anchor }));
        io.stdout(values.json ? JSON.stringify(signerChangeJson(result), null, 2) + "\n" : formatSignerChange("remove", result));
        return 0;
    }
    const config = await adminConfig(values, io, repository, { file: "signer-key", kms: "signer-aws-kms-key" });
    const keys = await signerKeysOf(values.key ?? [], values["aws-kms-key"], values["aws-region"], name, io);
    if (values["root-key"] && !values.init)
        throw new errors/* UsageError */.eb("--root-key is for creating a repository", { hint: "add --init" });
    const result = values.init
        ? await addSignerOrCreate({ ...config, ...(await rootKeyOption(values["root-key"], io)) }, { ...hooks, newPassphrase: newKeyPassphrase(io) }, { name, keys })
        : await withAdminSession(config, hooks, (s) => addSigner(s.deps, { name, keys, anchor: s.anchor }));
    io.stdout(values.json ? JSON.stringify(signerChangeJson(result), null, 2) + "\n" : formatSignerChange("add", result));
    return 0;
}
async function signerKeysOf(files, kmsKey, region, name, io) {
    if (files.length === 0 && !kmsKey)
        throw new errors/* UsageError */.eb(`signer add ${name} needs the signer's public key`, { hint: "give --key NAME.pub (docker trust key generate writes it) or --aws-kms-key KEY" });
    const keys = [];
    for (const file of files)
        keys.push((0,public_key/* parsePublicKey */.ee)(await readInputFile(file, "public key", io.cwd), { now: new Date() }).publicKey);
    if (kmsKey)
        keys.push((await (0,kms_signer.inspectKmsKey)({ keyId: kmsKey, region })).publicKey);
    return keys;
}

;// CONCATENATED MODULE: ./src/workflows/sign-plan.ts
/**
 * Which roles to sign and the files to upload: pure, over a loaded TrustedSet.
 */





async function planSignature(set, opts) {
    const roles = chooseRoles(set, opts);
    const sha256 = Buffer.from(opts.manifest.digest.replace(/^sha256:/, ""), "hex").toString("base64");
    const files = new Map();
    const versions = new Map();
    const pending = [];
    for (const role of roles) {
        const current = currentRole(set, role, opts.now);
        const expired = current.loaded && current.expiresAt < opts.now;
        const changed = opts.tags.some((tag) => !sameTarget(current.signed.targets.get(tag), sha256, opts.manifest.size));
        // A role stored in a form Go clients cannot read is published again, which repairs it.
        if (!changed && !expired && !set.inconsistent.has(role))
            continue;
        const next = {
            ...current.signed,
            targets: new Map(current.signed.targets),
            version: current.signed.version + 1,
            expires: formatGoTime(opts.now + opts.expiresInMs),
        };
        for (const tag of opts.tags)
            next.targets.set(tag, { length: opts.manifest.size, hashes: new Map([["sha256", sha256]]) });
        pending.push({ role, signed: next });
    }
    for (const { role, signed } of pending) {
        files.set(role, await signEnvelope(signed, [opts.signer]));
        versions.set(role, signed.version);
    }
    return { roles, files, versions };
}
function sameTarget(meta, sha256, length) {
    return meta !== undefined && meta.length === length && meta.hashes.get("sha256") === sha256;
}
function currentRole(set, role, now) {
    const env = set.targets.get(role);
    if (env)
        return { signed: env.signed, loaded: true, expiresAt: env.expiresAt };
    if (set.snapshot?.signed.meta.has(role)) {
        const why = set.skipped.get(role);
        throw new errors/* TrustError */.Ru("ROLE_UNTRUSTED", `${role} of ${set.gun} is published but cannot be verified${why ? ` (${why})` : ""}; refusing to overwrite it`, {
            hint: "a repository admin must repair or re-key the delegation",
        });
    }
    // Never published: start from an empty role at version 0, as notary does.
    return {
        signed: { type: "Targets", delegations: { keys: new Map(), roles: [] }, expires: expiresAfterYears(now, 3), targets: new Map(), version: 0 },
        loaded: false,
        expiresAt: Infinity,
    };
}
function describeRoles(candidates) {
    return candidates.map((c) => `${c.name}: ${c.keyIds.map(tuf_keys/* shortId */.m_).join(", ") || "no keys"}`).join("; ");
}
function chooseRoles(set, opts) {
    const candidates = roleCandidates(set, opts.signerKeyId, opts.tags);
    const keyText = `signer key ${(0,tuf_keys/* shortId */.m_)(opts.signerKeyId)}`;
    const targetsKeys = [...(set.root.signed.roles.get("targets")?.keyIds ?? [])].map((id) => (0,tuf_keys/* canonicalKeyIdOf */.Sy)(set.root.signed.keys.get(id)));
    const addHint = `add it with: docker trust signer add --key signer.pub NAME ${set.gun} (or content-trust signer add)`;
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
                throw new errors/* TrustError */.Ru("PATH_NOT_ALLOWED", `${keyText} is in ${withKey.map((c) => c.name).join(", ")} of ${set.gun}, whose paths (${withKey.flatMap((c) => c.paths).map((p) => JSON.stringify(p)).join(", ")}) do not cover ${opts.tags.join(", ")}`);
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

;// CONCATENATED MODULE: ./src/workflows/sign-verify.ts
/**
 * After a publish, read the repository afresh and check what every reader will see: the snapshot
 * names exactly the bytes we uploaded (the server accepts non-Go-exact bytes and then serves a
 * broken repository), and each tag is released with our digest.
 */




async function verifyPublished(client, opts) {
    const { set } = await loadTrust(client, { ...opts.anchor, now: opts.now, hints: opts.roles, allowExpiredDelegations: false, ...(opts.onWarning ? { onWarning: opts.onWarning } : {}) });
    // A role the server stored in another form than the Go-exact bytes its snapshot names (altered in
    // transit, or by the server) reads back only through re-serialisation; Go readers get 404 for it.
    const unreadable = opts.roles.filter((role) => set.inconsistent.has(role));
    if (unreadable.length > 0) {
        throw new errors/* VerificationError */.mk("SERVED_MISMATCH", `${client.gun}: ${unreadable.join(", ")} as stored on ${client.baseUrl} ${unreadable.length > 1 ? "are not the files" : "is not the file"} its snapshot names; docker and notary cannot read ${unreadable.length > 1 ? "them" : "it"}`, {
            hint: "run the step again: a new version of the role repairs the repository",
        });
    }
    assertServed(set, opts.uploaded);
    const hex = opts.manifest.digest.replace(/^sha256:/, "");
    const tags = opts.tags.map((tag) => {
        const released = releasedTarget(set, tag);
        if (!released || released.digest !== hex) {
            throw new errors/* VerificationError */.mk("NOT_RELEASED", released ? `${client.gun}:${tag} is released as sha256:${released.digest}, not ${opts.manifest.digest}` : `${client.gun}:${tag} is not released after publishing`, { hint: "another signer may have signed this tag at the same time; inspect the repository" });
        }
        const holding = allTargets(set, tag).filter((e) => e.digest === hex);
        const signers = [...new Set(holding.filter((e) => !isReleasedRole(e.role)).map((e) => signerName(e.role)))];
        return { tag, digest: opts.manifest.digest, roles: holding.map((e) => e.role), signers: signers.length ? signers : ["Repo Admin"] };
    });
    return { set, tags };
}

;// CONCATENATED MODULE: ./src/workflows/sign.ts
/**
 * Sign: publish signed targets for one digest under one or more tags, then verify what the server
 * serves. Docker's semantics (protocol §5.2, §9 B): the tags go into every direct child of
 * `targets` that lists our key; only our tags change; a lost race (`VERSION`) is resolved by
 * re-reading and re-applying our tags, never by overwriting another signer's.
 */






const DEFAULT_EXPIRY_MS = 3 * 365 * 24 * 3600 * 1000;
async function sign(deps, opts) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = deps.random ?? Math.random;
    const log = deps.log ?? (() => { });
    const warnings = [];
    const warn = (m) => {
        if (!warnings.includes(m))
            warnings.push(m);
        deps.warn?.(m);
    };
    const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
    const gun = opts.image.name;
    const signerKeyId = (0,tuf_keys/* canonicalKeyIdOf */.Sy)(deps.signer.publicKey);
    const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
    log(`Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`);
    const [manifest, initial] = await Promise.all([
        resolveDigest(deps, opts.image, tags, opts.digest, warn),
        loadTrust(deps.notary, { ...opts.anchor, now: now(), hints, allowExpiredDelegations: true, onWarning: warn }),
    ]);
    log(`${gun}@${manifest.digest} (${manifest.size} bytes, ${manifest.mediaType || "unknown media type"})`);
    const publication = await publishWithRetry({ notary: deps.notary, sleep, random, log }, {
        state: initial,
        plan: (loaded) => planSignature(loaded.set, {
            signer: deps.signer,
            signerKeyId,
            tags,
            manifest,
            roles: opts.roles,
            now: now(),
            expiresInMs: opts.expiresInMs ?? DEFAULT_EXPIRY_MS,
        }),
        reload: (previous) => loadTrust(deps.notary, { ...opts.anchor, now: now(), hints: previous.roles, allowExpiredDelegations: true, onWarning: warn }),
        ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
        change: "our tags",
    });
    const { plan, published, state: loaded, attempts } = publication;
    if (!published)
        log(`Every tag already points to ${manifest.digest} in ${plan.roles.join(", ")}: nothing to publish`);
    log("Verifying what the server now serves");
    const check = await verifyPublished(deps.notary, {
        // What this run just trusted is the anchor: its root and the versions checked against it (a
        // stored version superseded by a key rotation must not be held against the rotated root).
        anchor: { ...opts.anchor, trustedRoot: loaded.set.root.bytes, previousVersions: loaded.set.versions() },
        now: now(),
        tags,
        manifest,
        uploaded: published ? plan.files : new Map(),
        roles: plan.roles,
        onWarning: warn,
    });
    return {
        gun,
        digest: manifest.digest,
        size: manifest.size,
        mediaType: manifest.mediaType,
        signer: opts.signerName ?? plan.roles.filter((r) => r !== "targets/releases").map((r) => r.replace(/^targets\//, ""))[0] ?? plan.roles[0],
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
/**
 * Resolves the digest to sign and checks that every tag present in the registry points to it.
 * Without a digest the first tag must exist; a further tag absent from the registry is signed
 * anyway (a pull by that tag resolves through the signed digest) with a warning.
 */
async function resolveDigest(deps, image, tags, digest, warn) {
    const wanted = digest ?? image.digest;
    if (digest && image.digest && digest !== image.digest) {
        throw new errors/* UsageError */.eb(`image ${image.name}@${image.digest} and digest ${digest} disagree`);
    }
    const byTag = tags.map((tag, i) => deps.registry.resolve({ ...image, tag, digest: undefined }).then((m) => ({ tag, m }), (e) => {
        if ((wanted || i > 0) && e instanceof errors/* TrustError */.Ru && e.code === "MANIFEST_UNKNOWN")
            return { tag, m: undefined };
        throw e;
    }));
    const [primary, ...tagged] = await Promise.all([
        wanted ? deps.registry.resolve({ ...image, digest: wanted }) : undefined,
        ...byTag,
    ]);
    const rows = tagged;
    const manifest = primary ?? rows[0].m;
    for (const { tag, m } of rows) {
        if (!m)
            warn(`${image.name}:${tag} is not in the registry; signing it to ${manifest.digest}`);
        else if (m.digest !== manifest.digest) {
            throw new errors/* VerificationError */.mk("TAG_MISMATCH", `${image.name}:${tag} points to ${m.digest} in the registry, not ${manifest.digest}`, { hint: wanted ? "pass the digest of the push that produced this tag" : "all tags signed together must point to one digest" });
        }
    }
    return manifest;
}

;// CONCATENATED MODULE: ./src/workflows/run-sign.ts
/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */










const MAX_KEY_FILE_CHARS = 1024 * 1024;
const MAX_TAGS = 256;
async function loadSigner(config) {
    if (!config.signerKey)
        throw new errors/* UsageError */.eb("no signing key: set signer-key (a private key file) or aws-kms-key");
    if (config.signerKey.length > MAX_KEY_FILE_CHARS)
        throw new errors/* UsageError */.eb(`signer key is ${config.signerKey.length} characters long, more than a key file's 1 MiB; give the content of one private key file`);
    const key = loadPrivateKey(config.signerKey, config.signerKeyPassphrase);
    return { signer: new KeyFileSigner(key), ...(key.role ? { role: key.role } : {}) };
}
async function runSign(config, hooks = {}) {
    const image = parseReference(config.image);
    if (!image.tag && !image.digest)
        image.tag = "latest";
    if (!image.tag)
        throw new errors/* UsageError */.eb(`image ${config.image} has no tag to sign`, { hint: "write it as name:tag or name:tag@sha256:…" });
    checkSignInputs(config);
    const kms = await kmsSigner(config, hooks);
    const { signer, role } = kms ? { signer: kms, role: undefined } : await loadSigner(config);
    const fromKeyFile = role && !["root", "targets", "snapshot", "timestamp"].includes(role) ? role.replace(/^targets\//, "") : undefined;
    const signerName = config.signerName ?? (fromKeyFile && isTopLevelDelegation(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
    const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
    const anchor = (await store?.load(image.name)) ?? {};
    if (config.rootKeyIds?.length)
        anchor.pinnedRootKeyIds = config.rootKeyIds;
    const conn = connect(image, config);
    try {
        const result = await sign({ notary: conn.notary, registry: conn.registry, signer, ...(hooks.log ? { log: hooks.log } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) }, {
            image,
            extraTags: config.tags,
            ...(config.digest ? { digest: config.digest } : {}),
            ...(signerName ? { signerName } : {}),
            ...(config.roles?.length ? { roles: config.roles } : {}),
            ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
            anchor,
        });
        if (store)
            await store.save(image.name, result.trustedRoot, result.versions);
        return { ...result, persisted: store !== undefined };
    }
    finally {
        conn.close();
        kms?.close();
    }
}
/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config) {
    if (config.tags.length > MAX_TAGS)
        throw new errors/* UsageError */.eb(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
    for (const tag of config.tags)
        parseTag(tag);
    if (config.digest !== undefined)
        parseDigest(config.digest);
    if (config.signerName !== undefined && !isTopLevelDelegation(`targets/${config.signerName}`)) {
        throw new errors/* UsageError */.eb(`signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`, { hint: "give the NAME used with docker trust signer add" });
    }
    for (const role of config.roles ?? []) {
        if (role !== "targets" && !isTopLevelDelegation(role))
            throw new errors/* UsageError */.eb(`role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`);
    }
}
/** The KMS signer when aws-kms-key is set (after GetPublicKey); undefined otherwise. */
async function kmsSigner(config, hooks) {
    if (!config.awsKmsKey)
        return undefined;
    if (config.signerKey)
        throw new errors/* UsageError */.eb("signer-key and aws-kms-key are both set", { hint: "give one signing key: a key file or an AWS KMS key" });
    if (!config.signerName) {
        throw new errors/* UsageError */.eb(`signer-name is required with aws-kms-key ${config.awsKmsKey}`, { hint: "give the delegation name the key was added under (docker trust signer add --key KEY.pub NAME IMAGE)" });
    }
    return (0,kms_signer/* createKmsSigner */.EH)({ keyId: config.awsKmsKey, region: config.awsRegion, ...hooks.kms });
}

;// CONCATENATED MODULE: ./src/cli/commands/sign.ts







const SIGN_HELP = `Usage: content-trust sign IMAGE[:TAG][@DIGEST] [flags]

Signs the tag(s) of an image pushed to a registry into its Notary repository, then
verifies what the server serves.

Flags:
  --signer-key FILE         private key file (Docker/notary key file or PEM)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --signer-name NAME        delegation name (default: the key file's role header)
  --tags LIST               more tags to sign to the same digest (comma separated, repeatable)
  --digest sha256:HEX       the pushed digest; every tag in the registry must point to it
  --roles LIST              roles to sign into instead of every delegation holding the key
  --expires DURATION        lifetime of the signed roles: 3y (default), 18mo, 90d or a date
${CONNECTION_HELP}
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, or a prompt on a terminal.`;
async function signCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            ...connectionFlags,
            "signer-key": { type: "string" },
            "aws-kms-key": { type: "string" },
            "aws-region": { type: "string" },
            "signer-name": { type: "string" },
            tags: { type: "string", multiple: true },
            digest: { type: "string" },
            roles: { type: "string", multiple: true },
            expires: { type: "string" },
            json: { type: "boolean" },
        },
    });
    if (positionals.length !== 1)
        throw new errors/* UsageError */.eb("sign takes exactly one IMAGE", { hint: "content-trust sign registry.example/app:v1 --signer-key key.pem" });
    const keyFile = values["signer-key"];
    if (!keyFile && !values["aws-kms-key"])
        throw new errors/* UsageError */.eb("sign needs --signer-key FILE or --aws-kms-key KEY");
    const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
    const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
    const conn = await connectionOptions(values, io);
    const result = await runSign({
        ...conn,
        image: positionals[0],
        tags: (values.tags ?? []).flatMap(splitList),
        ...(parseDigest(values.digest) ? { digest: parseDigest(values.digest) } : {}),
        ...(signerKey ? { signerKey } : {}),
        ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
        ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
        ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
        ...(values["signer-name"] ? { signerName: values["signer-name"] } : {}),
        roles: (values.roles ?? []).flatMap(splitList),
        ...(values.expires ? { expiresInMs: parseExpiry(values.expires, Date.now()) } : {}),
        ...(values["root-key-id"] ? { rootKeyIds: parseKeyIds(values["root-key-id"].join(",")) } : {}),
        trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
    }, { log: (m) => io.stderr(`${m}\n`), warn: (m) => io.stderr(`warning: ${m}\n`) });
    if (values.json) {
        const { trustedRoot: _root, versions: _v, ...rest } = result;
        io.stdout(JSON.stringify(rest, null, 2) + "\n");
    }
    else
        io.stdout(formatSign(result));
    return 0;
}

;// CONCATENATED MODULE: ./src/workflows/dockerfile-lexer.ts
/**
 * Splits a Dockerfile into instructions as BuildKit's parser does (moby/buildkit
 * frontend/dockerfile/parser/parser.go): parser directives at the top (`# escape=`), comment lines,
 * line continuations with the escape character (comment and blank lines inside a continuation are
 * dropped), and heredocs (`RUN <<EOF … EOF`), whose bodies are not instructions. Every character
 * of an instruction keeps its offset in the source, for file/line reports and in-place rewrites.
 */

/** A Dockerfile that cannot be read at all, with the file and line to annotate. */
class DockerfileError extends errors/* UsageError */.eb {
    file;
    line;
    constructor(file, line, message, hint) {
        super(`${file}:${line}: ${message}`, hint ? { hint } : {});
        this.file = file;
        this.line = line;
    }
}
const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(["escape", "syntax", "check"]);
const HEREDOC_COMMANDS = new Set(["run", "copy", "add"]);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;
function lexDockerfile(source, file) {
    const lines = splitLines(source);
    const lineStarts = lines.map((l) => l.start);
    const where = (offset) => lineColumn(lineStarts, offset);
    let escape = "\\";
    let directives = true;
    const instructions = [];
    for (let n = 0; n < lines.length; n++) {
        const { text: raw, start } = lines[n];
        const body = raw.replace(/^\s+/, "");
        const lead = raw.length - body.length;
        if (directives) {
            const m = DIRECTIVE.exec(body);
            if (m && KNOWN_DIRECTIVES.has(m[1].toLowerCase())) {
                if (m[1].toLowerCase() === "escape") {
                    if (m[2] !== "`" && m[2] !== "\\")
                        throw new DockerfileError(file, n + 1, `invalid escape token '${m[2]}'`, "use ` or \\");
                    escape = m[2];
                }
                continue;
            }
            directives = false;
        }
        const first = body.startsWith("#") ? "" : body;
        let piece = joined(first, escape);
        if (piece === undefined && first === "")
            continue;
        let text = piece ?? first;
        const offsets = range(start + lead, text.length);
        while (piece !== undefined && n + 1 < lines.length) {
            const next = lines[++n];
            if (/^\s*#/.test(next.text) || next.text.trim() === "")
                continue;
            piece = joined(next.text, escape);
            const part = piece ?? next.text;
            text += part;
            offsets.push(...range(next.start, part.length));
        }
        const kw = /^\s*(\S+)\s*/.exec(text);
        if (!kw)
            continue;
        const keywordAt = text.length - text.trimStart().length;
        const { line, column } = where(offsets[keywordAt] ?? start);
        const keyword = kw[1].toLowerCase();
        const instruction = { keyword, text, offsets, argsAt: kw[0].length, line, column };
        instructions.push(instruction);
        for (const doc of heredocs(instruction)) {
            let closed = false;
            while (n + 1 < lines.length) {
                const candidate = lines[++n].text;
                if ((doc.chomp ? candidate.replace(/^\t+/, "") : candidate) === doc.name) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                throw new DockerfileError(file, line, `heredoc <<${doc.name} is not terminated`, `end it with a line holding only ${doc.name}`);
        }
    }
    return { escape, instructions };
}
/** The line without the continuation escape when it continues, else undefined (parser.go lineContinuationRegex). */
function joined(line, escape) {
    const body = line.replace(/[ \t]*$/, "");
    if (!body.endsWith(escape))
        return undefined;
    if (body.length >= 2 && body[body.length - 2] === escape)
        return undefined;
    return body.slice(0, -1);
}
function heredocs(ins) {
    let keyword = ins.keyword;
    let args = ins.text.slice(ins.argsAt);
    if (keyword === "onbuild") {
        const sub = /^(\S+)\s*/.exec(args);
        if (!sub)
            return [];
        keyword = sub[1].toLowerCase();
        args = args.slice(sub[0].length);
    }
    if (!HEREDOC_COMMANDS.has(keyword) || !ins.text.includes("<<") || isJsonArray(args))
        return [];
    const out = [];
    for (const word of ins.text.split(/\s+/)) {
        const m = HEREDOC_WORD.exec(word);
        if (!m || !m[3])
            continue;
        const name = m[3].replace(/["'\\]/g, "");
        if (name)
            out.push({ name, chomp: m[2] === "-" });
    }
    return out;
}
function isJsonArray(args) {
    if (!/^\s*\[/.test(args))
        return false;
    try {
        const v = JSON.parse(args);
        return Array.isArray(v) && v.every((x) => typeof x === "string");
    }
    catch {
        return false;
    }
}
function splitLines(source) {
    const out = [];
    let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
        const nl = source.indexOf("\n", pos);
        const end = nl < 0 ? source.length : nl;
        out.push({ text: source.slice(pos, end).replace(/[\r\n]+$/, ""), start: pos });
        if (nl < 0)
            return out;
        pos = nl + 1;
    }
}
function range(start, length) {
    return Array.from({ length }, (_, k) => start + k);
}
/** 1-based line and column of a source offset. */
function lineColumn(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
/** Whitespace-separated words from `from` (FROM's parseStringsWhitespaceDelimited, after the flags). */
function plainWords(text, from) {
    const out = [];
    const re = /[^\t\v\f\r ]+/g;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
}
/** Words with quotes kept, a quoted space not splitting (parser.go parseWords, used by ARG). */
function quotedWords(text, from, escape) {
    const out = [];
    let i = from;
    while (i < text.length) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (i >= text.length)
            break;
        const start = i;
        let quote = "";
        for (; i < text.length; i++) {
            const ch = text[i];
            if (!quote && /\s/.test(ch))
                break;
            if (ch === escape && quote !== "'")
                i++;
            else if (quote && ch === quote)
                quote = "";
            else if (!quote && (ch === "'" || ch === '"'))
                quote = ch;
        }
        i = Math.min(i, text.length);
        out.push({ text: text.slice(start, i), start, end: i });
    }
    return out;
}
/** Index after the leading `--flag[=value]` words (parser.go extractBuilderFlags; `--` ends them). */
function skipFlags(text, from, escape) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (!text.startsWith("--", i))
            return i;
        const word = quotedWords(text, i, escape)[0];
        i = word.end;
        if (word.text === "--")
            return i;
    }
}

;// CONCATENATED MODULE: ./src/workflows/shell-word.ts
/**
 * One word of a Dockerfile expanded as BuildKit's shell lexer does for `FROM` and `ARG`
 * (moby/buildkit frontend/dockerfile/shell/lex.go, ProcessWord): quotes removed, the escape
 * character honoured, and `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`,
 * `${VAR+word}`, `${VAR:?message}`, `${VAR?message}` substituted, with nested words. The
 * pattern forms (`#`, `%`, `/`) are refused with a clear message rather than guessed.
 */

/** `vars` maps names to values; a name that is absent is unset. */
function expandWord(word, vars, escape = "\\") {
    const unset = [];
    const used = [];
    let i = 0;
    const fail = (why) => new errors/* UsageError */.eb(`cannot expand ${JSON.stringify(word)}: ${why}`);
    const lookup = (name) => {
        if (!used.includes(name))
            used.push(name);
        return vars.get(name);
    };
    const name = () => {
        const m = /^(?:[0-9]+|[A-Za-z_][A-Za-z0-9_]*)/.exec(word.slice(i));
        const n = m ? m[0] : "";
        i += n.length;
        return n;
    };
    const singleQuoted = () => {
        const end = word.indexOf("'", i + 1);
        if (end < 0)
            throw fail("a single quote is not closed");
        const s = word.slice(i + 1, end);
        i = end + 1;
        return s;
    };
    const doubleQuoted = () => {
        let s = "";
        i++;
        for (;;) {
            if (i >= word.length)
                throw fail("a double quote is not closed");
            const ch = word[i];
            if (ch === '"') {
                i++;
                return s;
            }
            if (ch === "$") {
                s += dollar();
                continue;
            }
            i++;
            if (ch === escape) {
                if (i >= word.length)
                    continue;
                const next = word[i];
                if (next === '"' || next === "$" || next === escape) {
                    s += next;
                    i++;
                    continue;
                }
            }
            s += ch;
        }
    };
    const dollar = () => {
        i++; // $
        if (word[i] !== "{") {
            const n = name();
            if (!n)
                return "$";
            const v = lookup(n);
            if (v === undefined)
                unset.push(n);
            return v ?? "";
        }
        i++; // {
        if (i >= word.length)
            throw fail("missing '}'");
        if ("{}:".includes(word[i]))
            throw fail("bad substitution");
        const n = name();
        if (!n)
            throw fail("bad substitution");
        const op = word[i++];
        const v = lookup(n);
        if (op === "}") {
            if (v === undefined)
                unset.push(n);
            return v ?? "";
        }
        if (op === ":") {
            const mod = word[i++];
            if (mod !== "-" && mod !== "+" && mod !== "?")
                throw fail(`unsupported modifier ":${mod ?? ""}" in \${${n}…}`);
            const arg = branch(until);
            const empty = v === undefined || v === "";
            if (mod === "-")
                return empty ? arg.take() : v;
            if (mod === "+")
                return empty ? "" : arg.take();
            if (empty)
                throw new errors/* UsageError */.eb(`${n}: ${arg.take() || "is not allowed to be unset or empty"}`, { hint: `give ${n} in build-args` });
            return v;
        }
        if (op === "-" || op === "+" || op === "?") {
            const arg = branch(until);
            if (op === "-")
                return v === undefined ? arg.take() : v;
            if (op === "+")
                return v === undefined ? "" : arg.take();
            if (v === undefined)
                throw new errors/* UsageError */.eb(`${n}: ${arg.take() || "is not allowed to be unset"}`, { hint: `give ${n} in build-args` });
            return v;
        }
        if (op === undefined)
            throw fail("missing '}'");
        throw fail(`the substitution \${${n}${op}…} is not supported here; give the base image without it`);
    };
    /** The word of a modifier; unset variables inside it count only when the word is taken. */
    const branch = (read) => {
        const before = unset.length;
        const text = read("}");
        const inside = unset.splice(before);
        return {
            take: () => {
                unset.push(...inside);
                return text;
            },
        };
    };
    /** Characters up to `stop` (consumed), or to the end of the word when `stop` is undefined. */
    const until = (stop) => {
        let s = "";
        while (i < word.length) {
            const ch = word[i];
            if (ch === stop) {
                i++;
                return s;
            }
            if (ch === "$")
                s += dollar();
            else if (ch === "'")
                s += singleQuoted();
            else if (ch === '"')
                s += doubleQuoted();
            else if (ch === escape) {
                i++;
                if (i < word.length)
                    s += word[i++];
            }
            else {
                s += ch;
                i++;
            }
        }
        if (stop !== undefined)
            throw fail(`missing '${stop}'`);
        return s;
    };
    const value = until(undefined);
    return { value, unset, used };
}
/** The word contains nothing the lexer would change (no quotes, escapes or `$`). */
function isLiteralWord(word, escape = "\\") {
    return !/["'$]/.test(word) && !word.includes(escape);
}

;// CONCATENATED MODULE: ./src/workflows/dockerfile.ts
/**
 * The base images of a Dockerfile, read as `docker build` (BuildKit) reads them: `ARG`s declared
 * before the first `FROM` are the only variables a `FROM` sees, their defaults expanded in order and
 * replaced by build args; the image word of each `FROM` is expanded with them; `--platform` and
 * other flags are ignored; `AS name` names a stage (case-insensitive) that later `FROM`s may use;
 * `scratch` is no image; a name without tag means `latest`; Docker Hub names are normalised.
 * BuildKit resolves `FROM` by stage name only (an index works for `COPY --from`, not `FROM`), so
 * `FROM 0` is the image `docker.io/library/0`, as in Docker.
 *
 * Written here rather than with `dockerfile-ast`: that package (+2 dependencies, ~230 KB in dist)
 * gives lexing and ranges but neither removes quotes nor applies `${VAR:-x}`/build args, which is
 * the part that decides which image a FROM names.
 */





/** Platform arguments BuildKit defines for every build; their values depend on the platform built. */
const BUILDER_ARGS = new Set(["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"]);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
function parseDockerfile(text, options = {}) {
    const file = options.file ?? "Dockerfile";
    const buildArgs = options.buildArgs ?? {};
    const { escape, instructions } = lexDockerfile(text, file);
    const vars = new Map();
    const meta = new Map();
    for (const name of BUILDER_ARGS) {
        if (Object.hasOwn(buildArgs, name))
            vars.set(name, buildArgs[name]);
    }
    const stages = new Set();
    const out = [];
    for (const ins of instructions) {
        if (ins.keyword === "arg" && out.length === 0) {
            declareArgs(ins, escape, buildArgs, vars, meta, file);
        }
        else if (ins.keyword === "from") {
            const from = readFrom(ins, escape, file, vars, meta, stages);
            if (from.stageName)
                stages.add(from.stageName);
            out.push(from);
        }
    }
    return out;
}
function declareArgs(ins, escape, buildArgs, vars, meta, file) {
    for (const word of quotedWords(ins.text, ins.argsAt, escape)) {
        const eq = word.text.indexOf("=");
        const name = eq < 0 ? word.text : word.text.slice(0, eq);
        if (!name)
            continue;
        const overridden = Object.hasOwn(buildArgs, name);
        let value;
        if (eq >= 0) {
            const written = word.text.slice(eq + 1);
            try {
                value = expandWord(written, vars, escape).value;
            }
            catch (err) {
                if (!overridden)
                    throw new DockerfileError(file, ins.line, `ARG ${name}: ${(0,errors/* describeError */.Uc)(err)}`);
            }
        }
        if (overridden)
            value = buildArgs[name];
        if (value === undefined)
            vars.delete(name);
        else
            vars.set(name, value);
        const start = word.start + eq + 1;
        const literal = eq >= 0 && isLiteralWord(word.text.slice(eq + 1), escape) && contiguous(ins.offsets, start, word.end);
        meta.set(name, {
            declared: true,
            overridden,
            ...(literal && word.end > start ? { pin: { start: ins.offsets[start], end: ins.offsets[word.end - 1] + 1, arg: name } } : {}),
        });
    }
}
function readFrom(ins, escape, file, vars, meta, stages) {
    const args = plainWords(ins.text, skipFlags(ins.text, ins.argsAt, escape));
    const base = { file, line: ins.line, column: ins.column, raw: args[0]?.text ?? "" };
    const fail = (error) => ({ ...base, error: `${file}:${ins.line}: ${error}` });
    let stageName;
    if (args.length === 3 && args[1].text.toLowerCase() === "as") {
        stageName = args[2].text.toLowerCase();
        if (!STAGE_NAME.test(stageName))
            return fail(`invalid stage name ${JSON.stringify(args[2].text)}: it must start with a letter and hold only letters, digits, '-', '_' and '.'`);
    }
    else if (args.length !== 1) {
        return fail(`FROM needs one image and optionally "AS name", found ${JSON.stringify(ins.text.slice(ins.argsAt).trim().slice(0, 200))}`);
    }
    const named = stageName ? { stageName } : {};
    const word = args[0];
    let expanded;
    try {
        expanded = expandWord(word.text, vars, escape);
    }
    catch (err) {
        return { ...fail(`FROM ${word.text}: ${(0,errors/* describeError */.Uc)(err)}`), ...named };
    }
    if (expanded.unset.length > 0) {
        const name = expanded.unset[0];
        return { ...fail(`FROM ${word.text}: ${unsetReason(name, meta.get(name))}`), ...named };
    }
    const image = expanded.value;
    if (!image)
        return { ...fail(`FROM ${word.text}: the image name is empty after expanding ARGs`), ...named };
    if (stages.has(image.toLowerCase()))
        return { ...base, image, skipped: "stage", ...named };
    if (image === "scratch")
        return { ...base, image, skipped: "scratch", ...named };
    let reference;
    try {
        reference = parseReference(image);
    }
    catch (err) {
        return { ...fail(`FROM ${word.text}${image !== word.text ? ` (${image})` : ""}: ${(0,errors/* describeError */.Uc)(err)}`), ...named };
    }
    if (!reference.tag && !reference.digest)
        reference.tag = "latest";
    const pin = pinSpanOf(ins, word, escape, expanded.used, meta);
    return { ...base, image, reference, ...named, ...(pin ? { pin } : {}) };
}
function unsetReason(name, arg) {
    if (BUILDER_ARGS.has(name))
        return `${name} is set by the builder for each platform; give its value in build-args`;
    if (arg?.declared)
        return `ARG ${name} has no default and no build arg gives it a value; set it in build-args`;
    return `variable ${name} is not declared by an ARG before the first FROM (Docker would use an empty string); declare it or write the image name`;
}
/** The reference itself when written literally, or the default of the one ARG it consists of. */
function pinSpanOf(ins, word, escape, used, meta) {
    if (used.length === 0) {
        if (!isLiteralWord(word.text, escape) || !contiguous(ins.offsets, word.start, word.end))
            return undefined;
        return { start: ins.offsets[word.start], end: ins.offsets[word.end - 1] + 1 };
    }
    const only = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})$/.exec(word.text);
    const arg = only ? meta.get((only[1] ?? only[2])) : undefined;
    return arg && !arg.overridden ? arg.pin : undefined;
}
function contiguous(offsets, start, end) {
    return end > start && offsets[end - 1] - offsets[start] === end - 1 - start;
}

;// CONCATENATED MODULE: ./src/workflows/dockerfile-pin.ts
/**
 * Writes verified digests into a Dockerfile: `FROM alpine:3.19` becomes
 * `FROM alpine:3.19@sha256:…`, keeping the name as written (familiar or not), the flags, the
 * `AS name` and everything else on the line. A reference that is the default of an ARG
 * (`ARG BASE=alpine:3.19` + `FROM ${BASE}`) is pinned in the ARG. Pinning again changes nothing.
 */

/**
 * Pins every FROM of `text` that has a passed result with a digest for the same file and line.
 * `options.file` must be the name the results carry (as given to `parseDockerfile`).
 */
function pinDockerfile(text, results, options = {}) {
    const froms = parseDockerfile(text, options);
    const edits = new Map();
    const unpinned = [];
    for (const from of froms) {
        if (!from.reference)
            continue;
        const result = results.find((r) => r.file === from.file && r.line === from.line && r.name === from.reference.name);
        if (!result?.passed || !result.digest)
            continue;
        if (from.reference.digest && !from.reference.tag) {
            continue; // `name@sha256:…` is pinned already; there is no tag to keep.
        }
        if (!from.pin) {
            unpinned.push({ line: from.line, reason: `FROM ${from.raw} is built from variables; write the digest where the image name is set` });
            continue;
        }
        const written = text.slice(from.pin.start, from.pin.end);
        const to = `${nameOf(written)}:${from.reference.tag ?? result.tag ?? "latest"}@${result.digest}`;
        const previous = edits.get(from.pin.start);
        if (previous && previous.to !== to) {
            unpinned.push({ line: from.line, reason: `ARG ${from.pin.arg} is used by FROMs that verified to different digests` });
            edits.delete(from.pin.start);
            continue;
        }
        if (written !== to)
            edits.set(from.pin.start, { end: from.pin.end, to, line: from.line, from: written });
    }
    let out = text;
    const pinned = [];
    for (const [start, edit] of [...edits].sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + edit.to + out.slice(edit.end);
        pinned.push({ line: edit.line, from: edit.from, to: edit.to });
    }
    return { text: out, pinned: pinned.sort((a, b) => a.line - b.line), unpinned };
}
/** `alpine:3.19@sha256:…` → `alpine`; `localhost:5000/app:v1` → `localhost:5000/app`. */
function nameOf(reference) {
    const at = reference.indexOf("@");
    const name = at < 0 ? reference : reference.slice(0, at);
    const colon = name.lastIndexOf(":");
    return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}

;// CONCATENATED MODULE: ./src/workflows/verify-check.ts
/**
 * The verdict for one image against trust data we loaded and verified, and the reason code for a
 * repository that could not be loaded. Docker's rules (protocol §5.2): a tag is trusted only when
 * released, in `targets/releases` (first) or `targets`; its signers are the other roles holding the
 * same tag with the same digest. A delegation that failed verification was skipped by loadTrust (as
 * Docker skips it); when the answer depends on it, the reason is that failure, not "not signed".
 */


const UNREACHABLE_CODES = new Set(["UNREACHABLE", "TIMEOUT", "CONNECTION_RESET", "SERVER_UNAVAILABLE", "TLS", "TOO_MANY_REDIRECTS", "BAD_REDIRECT", "ABORTED"]);
const ACCESS_CODES = new Set(["UNAUTHORIZED", "FORBIDDEN", "TOKEN_ERROR", "BAD_CHALLENGE", "CREDENTIAL_HELPER"]);
/** Checks one reference (tag, tag@digest or @digest) against the loaded repository. */
function checkImage(set, warnings, ref, requiredSigners) {
    const subject = ref.tag ? `${set.gun}:${ref.tag}` : `${set.gun}@${ref.digest}`;
    const broken = (roles) => {
        for (const role of roles) {
            const warning = skippedWarning(set, warnings, role);
            if (!warning)
                continue;
            const detail = warning.slice(`${role} skipped: `.length);
            return /expired at/.test(detail)
                ? { reason: "EXPIRED", message: `${subject}: ${detail}, so it is not trusted; its signer must sign it again to renew it`, signers: [] }
                : { reason: "TAMPERED", message: `${subject}: ${role} failed verification (${detail}); the trust data was altered on the server or on the way`, signers: [] };
        }
        return undefined;
    };
    let candidates;
    if (ref.tag) {
        const released = releasedTarget(set, ref.tag);
        if (!released)
            return broken([RELEASES]) ?? notSigned(set, subject, allTargets(set, ref.tag).map((e) => e.role));
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
        candidates = signedTags(set)
            .filter((t) => t.digest === hex)
            .map((t) => ({ tag: t.tag, hex }));
        if (candidates.length === 0) {
            const elsewhere = allTargets(set).filter((e) => e.digest === hex && !isReleasedRole(e.role));
            return broken([RELEASES]) ?? notSigned(set, subject, elsewhere.map((e) => `${e.role} (as ${e.tag})`), true);
        }
    }
    const missing = (c) => requiredSigners.map(roleOf).filter((role) => !allTargets(set, c.tag).some((e) => e.role === role && e.digest === c.hex));
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
function classifyError(err, anchor) {
    const message = (0,errors/* describeError */.Uc)(err);
    if (err instanceof errors/* ServerError */.gP) {
        if (err.code === "NOT_INITIALISED") {
            return { reason: "NO_TRUST_DATA", message: `${err.message}: the repository has no Docker Content Trust data; sign it, or list it in allow-unsigned` };
        }
        if (err.code === "RESPONSE_TOO_LARGE")
            return { reason: "TAMPERED", message: `${message}; the server sent more than the signed length` };
        if (ACCESS_CODES.has(err.code))
            return { reason: "ACCESS_DENIED", message };
        if (UNREACHABLE_CODES.has(err.code) || (err.status ?? 0) >= 500) {
            return { reason: "UNREACHABLE", message: err.hint ? message : `${message}; check notary-server (or notary-servers) and that the server is up` };
        }
        return { reason: "ERROR", message };
    }
    if (err instanceof errors/* VerificationError */.mk) {
        if (err.code === "EXPIRED")
            return { reason: "EXPIRED", message: err.hint ? message : `${message}; the repository's trust data is stale (a frozen server, or a role nobody renewed)` };
        const aboutRoot = err.code === "ROOT_TRUST" || err.code === "ROOT_CHANGED" || (err.code === "ROLLBACK" && err.message.startsWith("root "));
        if (aboutRoot && (anchor.stored || anchor.pinned)) {
            const hint = err.hint
                ? ""
                : anchor.stored
                    ? "; it does not match the root trusted in an earlier run: if the owner re-created the repository, remove the stored root or set root-key-id"
                    : "; check root-key-id against `docker trust inspect` Root Key";
            return { reason: "ROOT_CHANGED", message: message + hint };
        }
        return { reason: "TAMPERED", message: err.hint ? message : `${message}; the trust data was altered on the server or on the way` };
    }
    if (err instanceof errors/* TrustError */.Ru && ACCESS_CODES.has(err.code))
        return { reason: "ACCESS_DENIED", message };
    return { reason: "ERROR", message };
}
/** Docker's signer names for a released (tag, digest); "Repo Admin" when only released roles hold it. */
function signersOf(set, tag, hex) {
    const names = allTargets(set, tag)
        .filter((e) => e.digest === hex && !isReleasedRole(e.role))
        .map((e) => signerName(e.role));
    const unique = [...new Set(names)];
    return unique.length ? unique : [REPO_ADMIN];
}
function roleOf(signer) {
    return signer.startsWith("targets/") ? signer : `targets/${signer}`;
}
/** The loader's warning for a role it skipped because it failed verification. */
function skippedWarning(set, warnings, role) {
    if (set.targets.has(role))
        return undefined;
    return warnings.find((w) => w.startsWith(`${role} skipped: `));
}
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
    const tags = [...new Set(signedTags(set).map((t) => t.tag))].sort(naturalCompare);
    const shown = tags.length ? `signed tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""}` : "no tag is signed";
    return {
        reason: "TAG_NOT_SIGNED",
        message: byDigest ? `${subject}: no released tag of ${set.gun} is signed to this digest (${shown})` : `${subject} is not signed (${shown}); sign it with \`docker trust sign\` or content-trust sign`,
        signers: [],
    };
}
function signerMissing(set, c, role, subject) {
    const name = signerName(role);
    if (!set.delegations.has(role)) {
        const known = [...set.delegations.keys()].filter((r) => !isReleasedRole(r)).map(signerName);
        return `${subject}: required signer ${name} is not a signer of ${set.gun} (signers: ${known.join(", ") || "none"})`;
    }
    const other = allTargets(set, c.tag).find((e) => e.role === role);
    if (other)
        return `${subject}: required signer ${name} signed ${c.tag} as sha256:${other.digest}, not the released sha256:${c.hex}`;
    return `${subject}: required signer ${name} has not signed ${c.tag} (sha256:${c.hex})`;
}

;// CONCATENATED MODULE: ./src/workflows/verify-policy.ts
/**
 * The verify policy and the inputs that build it, shared by the action and the CLI.
 *
 * Repository patterns (`allow-unsigned`, the repository side of `root-key-id`) name repositories
 * the way image names do, normalised first: `alpine` is `docker.io/library/alpine`, `myorg/*` is
 * `docker.io/myorg/*`, a first component with `.` or `:` (or `localhost`) is a registry. Then `*`
 * matches within one path component, `**` across components, `?` one character. A pattern names
 * repositories, never tags: every tag of a matching repository matches.
 */


const verify_policy_KEY_ID = /^[0-9a-f]{64}$/;
const HUB_ALIASES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
/** Lines of a multi-line input: trimmed, without blanks and `#` comments. */
function inputLines(input) {
    if (input === undefined)
        return [];
    const lines = typeof input === "string" ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
    return lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
/** `build-args`: lines of `NAME=value` (the value may be empty). */
function parseBuildArgs(input) {
    const out = {};
    for (const line of inputLines(input)) {
        const eq = line.indexOf("=");
        const name = eq < 0 ? line : line.slice(0, eq).trim();
        if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new errors/* UsageError */.eb(`build-args line ${JSON.stringify(line.slice(0, 80))} is not NAME=value`, { hint: "write one NAME=value per line" });
        }
        out[name] = line.slice(eq + 1);
    }
    return out;
}
/** `root-key-id`: one key ID for every repository, or lines of `repository=keyid[,keyid…]`. */
function parseRootKeyPins(input) {
    const pins = [];
    for (const line of inputLines(input)) {
        const eq = line.lastIndexOf("=");
        const repository = eq < 0 ? undefined : line.slice(0, eq).trim();
        const keyIds = (eq < 0 ? line : line.slice(eq + 1)).split(",").map((k) => k.trim().toLowerCase());
        for (const id of keyIds) {
            if (!verify_policy_KEY_ID.test(id)) {
                throw new errors/* UsageError */.eb(`root-key-id ${JSON.stringify(id.slice(0, 80))} is not a 64-character hexadecimal key ID`, {
                    hint: "copy the Root key ID from `docker trust inspect` (AdministrativeKeys)",
                });
            }
        }
        if (repository !== undefined)
            normalisePattern(repository, "root-key-id");
        pins.push({ ...(repository !== undefined ? { repository } : {}), keyIds });
    }
    return pins;
}
/** `notary-servers`: lines of `registry-host=https://notary.example[:port]`. */
function parseNotaryServers(input) {
    const out = new Map();
    for (const line of inputLines(input)) {
        const eq = line.indexOf("=");
        const host = eq < 0 ? "" : line.slice(0, eq).trim().toLowerCase();
        if (!host || host.includes("/")) {
            throw new errors/* UsageError */.eb(`notary-servers line ${JSON.stringify(line.slice(0, 120))} is not registry-host=url`, { hint: "e.g. registry.example:5000=https://notary.example:4443" });
        }
        const url = line.slice(eq + 1).trim();
        out.set(hubAware(host), notaryServerFor({ registry: host, apiHost: host, repository: "", name: host }, url));
    }
    return out;
}
/** The Notary server for an image: its registry's line in `notary-servers`, else `notary-server`, else Docker's default. */
function notaryServerOf(ref, options) {
    return options.notaryServers?.get(hubAware(ref.registry.toLowerCase())) ?? (options.notaryServer || undefined);
}
/** The first allow-unsigned pattern that matches the repository, if any. */
function allowedUnsignedBy(name, patterns) {
    return patterns?.find((p) => matchesRepository(p, name));
}
/** The root key IDs pinned for a repository: its exact line first, then the first matching pattern, then a global pin. */
function pinnedRootKeyIds(name, pins) {
    if (!pins?.length)
        return undefined;
    const ids = (list) => (list.length ? [...new Set(list.flatMap((p) => p.keyIds))] : undefined);
    const scoped = pins.filter((p) => p.repository !== undefined);
    return (ids(scoped.filter((p) => normalisePattern(p.repository, "root-key-id") === name)) ??
        ids(scoped.filter((p) => matchesRepository(p.repository, name)).slice(0, 1)) ??
        ids(pins.filter((p) => p.repository === undefined)));
}
function matchesRepository(pattern, name) {
    const normal = normalisePattern(pattern, "pattern");
    let re = "";
    for (let i = 0; i < normal.length; i++) {
        const ch = normal[i];
        if (ch === "*" && normal[i + 1] === "*") {
            re += ".*";
            i++;
        }
        else if (ch === "*")
            re += "[^/]*";
        else if (ch === "?")
            re += "[^/]";
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${re}$`).test(name);
}
/** A repository pattern written like an image name, as the fully qualified name it matches. */
function normalisePattern(pattern, input) {
    const p = pattern.trim();
    const slash = p.indexOf("/");
    const first = slash < 0 ? p : p.slice(0, slash);
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === "localhost");
    const path = hasRegistry ? p.slice(slash + 1) : p;
    if (!p || /[@\s]/.test(p) || path.includes(":")) {
        throw new errors/* UsageError */.eb(`${input} ${JSON.stringify(p.slice(0, 120))} is not a repository pattern`, {
            hint: "name repositories without tag or digest, e.g. registry.example/internal/*",
        });
    }
    if (!hasRegistry)
        return slash < 0 ? `docker.io/library/${p}` : `docker.io/${p}`;
    const registry = hubAware(first.toLowerCase());
    return registry === "docker.io" && !path.includes("/") ? `docker.io/library/${path}` : `${registry}/${path}`;
}
function hubAware(host) {
    return HUB_ALIASES.has(host) ? "docker.io" : host;
}

;// CONCATENATED MODULE: ./src/workflows/verify.ts







const PASSING = new Set(["OK", "ALLOWED_UNSIGNED"]);
async function verifyImages(targets, policy, deps) {
    const results = new Array(targets.length);
    const groups = new Map();
    targets.forEach((target, index) => {
        const where = { ...(target.file !== undefined ? { file: target.file } : {}), ...(target.line !== undefined ? { line: target.line } : {}), ...(target.column !== undefined ? { column: target.column } : {}) };
        const done = (name, v) => {
            results[index] = resultOf(target.reference, name, v, where);
        };
        if (target.error)
            return done("", { reason: "INVALID_REFERENCE", message: target.error, signers: [] });
        let ref;
        try {
            ref = parseReference(target.reference);
        }
        catch (err) {
            return done("", { reason: "INVALID_REFERENCE", message: err.message, signers: [] });
        }
        if (!ref.tag && !ref.digest)
            ref.tag = "latest";
        const pattern = allowedUnsignedBy(ref.name, policy.allowUnsigned);
        if (pattern) {
            return done(ref.name, {
                reason: "ALLOWED_UNSIGNED",
                message: `${ref.name} matches allow-unsigned pattern ${pattern}; not checked`,
                signers: [],
                ...(ref.tag ? { tag: ref.tag } : {}),
                ...(ref.digest ? { pinnedDigest: ref.digest } : {}),
            });
        }
        const group = groups.get(ref.name) ?? [];
        group.push({ index, target, ref });
        groups.set(ref.name, group);
    });
    await forEachLimited([...groups.values()], deps.concurrency ?? 32, async (items) => {
        for (const r of await verifyRepository(items, policy, deps))
            results[r.index] = r.result;
    });
    return results;
}
async function verifyRepository(items, policy, deps) {
    const first = items[0].ref;
    const gun = first.name;
    let anchor = {};
    let notaryServer;
    const finish = (item, v, extra = {}) => ({
        index: item.index,
        result: resultOf(item.target.reference, gun, { ...v, ...(item.ref.digest ? { pinnedDigest: item.ref.digest } : {}) }, {
            ...(item.target.file !== undefined ? { file: item.target.file } : {}),
            ...(item.target.line !== undefined ? { line: item.target.line } : {}),
            ...(item.target.column !== undefined ? { column: item.target.column } : {}),
            ...(notaryServer ? { notaryServer } : {}),
            warnings: extra.warnings ?? [],
        }),
    });
    let conn;
    try {
        anchor = (await deps.store?.load(gun)) ?? {};
        const pins = pinnedRootKeyIds(gun, policy.rootKeyIds);
        if (pins)
            anchor.pinnedRootKeyIds = pins;
        conn = deps.connect(first);
        notaryServer = conn.notaryServer;
        const hints = ["targets/releases", ...(policy.signers ?? []).map((s) => (s.startsWith("targets/") ? s : `targets/${s}`))];
        const { set, warnings } = await loadTrust(conn.notary, {
            ...anchor,
            now: (deps.now ?? Date.now)(),
            hints,
            ...(deps.onWarning ? { onWarning: (m) => deps.onWarning(`${gun}: ${m}`) } : {}),
        });
        // Roles that expire within about six months (the Go client's window), with when.
        const now = (deps.now ?? Date.now)();
        for (const e of expiringRoles(set, now)) {
            const m = expiryWarning(gun, e, now);
            warnings.push(m);
            deps.onWarning?.(m);
        }
        const out = items.map((item) => finish(item, checkImage(set, warnings, item.ref, policy.signers ?? []), { warnings }));
        if (deps.store && out.some((o) => o.result.passed)) {
            await deps.store.save(gun, set.root.bytes, set.versions()).catch((err) => {
                deps.onWarning?.(`${gun}: could not store the trusted root (${err.message}); the next run trusts on first use again`);
            });
        }
        return out;
    }
    catch (err) {
        const { reason, message } = classifyError(err, { stored: Boolean(anchor.trustedRoot), pinned: Boolean(anchor.pinnedRootKeyIds?.length) });
        return items.map((item) => finish(item, { reason, message: item.target.reference === gun ? message : `${item.target.reference}: ${message}`, signers: [] }));
    }
    finally {
        conn?.close();
    }
}
function resultOf(reference, name, v, where) {
    return {
        reference,
        name,
        ...(v.tag !== undefined ? { tag: v.tag } : {}),
        ...(v.digest !== undefined ? { digest: v.digest } : {}),
        ...(v.pinnedDigest !== undefined ? { pinnedDigest: v.pinnedDigest } : {}),
        signers: v.signers,
        passed: PASSING.has(v.reason),
        reason: v.reason,
        message: v.message,
        ...(v.onlyIn ? { onlyIn: v.onlyIn } : {}),
        ...where,
        warnings: where.warnings ?? [],
    };
}
async function forEachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
/** Connections for verifyImages over one shared transport; call `close()` when done. */
function verifyConnections(options) {
    // Every repository's first wave goes out at once (about five files each): 64 connections per
    // server keep twenty repositories near the cost of one without opening a socket per request.
    const own = options.transport ? undefined : createTransport({ ...(options.caPem ? { caPem: options.caPem } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), userAgent: options.userAgent ?? "content-trust-action", maxSockets: 64 });
    const transport = options.transport ?? own;
    return {
        connect(ref) {
            // Registries with no line in notary-servers (and no notary-server) get Docker's default server.
            const notaryServer = notaryServerOf(ref, options);
            const { notaryServers: _servers, notaryServer: _server, ...rest } = options;
            return connect(ref, { ...rest, ...(notaryServer ? { notaryServer } : {}), transport });
        },
        close: () => own?.close(),
    };
}

;// CONCATENATED MODULE: ./src/workflows/verify-report.ts
function verifyOutputs(results) {
    const result = results.map((r) => ({
        reference: r.reference,
        name: r.name,
        ...(r.tag !== undefined ? { tag: r.tag } : {}),
        digest: r.digest ?? null,
        ...(r.pinnedDigest !== undefined ? { pinnedDigest: r.pinnedDigest } : {}),
        signers: r.signers,
        passed: r.passed,
        reason: r.reason,
        message: r.message,
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
    }));
    const digests = {};
    const pinned = [];
    for (const r of results) {
        if (!r.passed || !r.digest)
            continue;
        digests[r.reference] = r.digest;
        if (r.tag) {
            const line = `${writtenName(r.reference)}:${r.tag}@${r.digest}`;
            if (!pinned.includes(line))
                pinned.push(line);
        }
    }
    return { result: JSON.stringify(result), digests: JSON.stringify(digests), pinned: pinned.join("\n") };
}
function summaryTable(results) {
    const rows = results.map((r) => {
        const where = r.file !== undefined ? ` (${r.file}${r.line !== undefined ? `:${r.line}` : ""})` : "";
        const verdict = r.reason === "ALLOWED_UNSIGNED" ? "⚪ allowed" : r.passed ? "✅ passed" : "❌ failed";
        const reason = r.passed && r.reason === "OK" ? "" : `${r.reason}: ${r.message}`;
        return [`\`${r.reference}\`${where}`, r.tag ?? "", r.digest ? `\`${shortDigest(r.digest)}\`` : "", r.signers.join(", "), verdict, reason].map(cell);
    });
    const failed = results.filter((r) => !r.passed).length;
    const head = `${results.length} image${results.length === 1 ? "" : "s"} checked, ${failed ? `${failed} failed` : "all passed"}`;
    return [
        head,
        "",
        "| Image | Tag | Digest | Signers | Result | Reason |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
    ].join("\n");
}
function annotations(results) {
    return results
        .filter((r) => !r.passed)
        .map((r) => ({
        ...(r.file !== undefined ? { file: r.file } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
        ...(r.column !== undefined ? { column: r.column } : {}),
        title: `content trust: ${r.reason}`,
        message: r.message.includes(r.reference) ? r.message : `${r.reference}: ${r.message}`,
    }));
}
/** `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest.slice(0, "sha256:".length + 12);
}
/** The name part of a reference as written: `alpine:3.19@sha256:…` → `alpine`. */
function writtenName(reference) {
    const at = reference.indexOf("@");
    const name = at < 0 ? reference : reference.slice(0, at);
    const colon = name.lastIndexOf(":");
    return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}
function cell(text) {
    return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

;// CONCATENATED MODULE: ./src/workflows/verify-targets.ts
/**
 * The images to verify, from the `images` input and the FROM lines of the `dockerfile` input
 * (paths or globs relative to the workspace). A FROM whose image cannot be worked out becomes a
 * failing target on its line; `scratch` and stage references are not images and are left out.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. A literal path must exist and a glob must match something.
 */





const MAX_DOCKERFILE_BYTES = 1024 * 1024;
const MAX_WALK_ENTRIES = 50_000;
const SKIP_DIRS = new Set([".git", "node_modules"]);
async function collectTargets(sources) {
    const targets = inputLines(sources.images).map((reference) => ({ reference }));
    const dockerfiles = [];
    for (const file of await findDockerfiles(inputLines(sources.dockerfiles), sources.cwd)) {
        const text = await readDockerfile(sources.cwd, file);
        let froms;
        try {
            froms = parseDockerfile(text, { file, ...(sources.buildArgs ? { buildArgs: sources.buildArgs } : {}) });
        }
        catch (err) {
            if (!(err instanceof DockerfileError))
                throw err;
            targets.push({ reference: file, file, line: err.line, error: (0,errors/* describeError */.Uc)(err) });
            continue;
        }
        dockerfiles.push({ file, froms });
        if (!froms.length)
            targets.push({ reference: file, file, line: 1, error: `${file}: no FROM instruction` });
        for (const from of froms) {
            if (from.skipped)
                continue;
            targets.push({
                reference: from.image ?? from.raw,
                file,
                line: from.line,
                column: from.column,
                ...(from.error ? { error: from.error } : {}),
            });
        }
    }
    return { targets, dockerfiles };
}
/** Files named by `patterns`, relative to `cwd` with `/` separators, in pattern order without repeats. */
async function findDockerfiles(patterns, cwd) {
    const out = [];
    const add = (f) => {
        if (!out.includes(f))
            out.push(f);
    };
    for (const raw of patterns) {
        const pattern = raw.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
        if (!/[*?]/.test(pattern)) {
            const info = await (0,promises_.stat)(external_node_path_default().resolve(cwd, pattern)).catch(() => undefined);
            if (!info?.isFile())
                throw new errors/* UsageError */.eb(`dockerfile ${pattern} was not found`, { hint: "give a path relative to the workspace, or a glob such as **/Dockerfile" });
            add(relativeName(cwd, pattern));
            continue;
        }
        const segments = pattern.split("/");
        const fixed = segments.findIndex((s) => /[*?]/.test(s));
        const base = segments.slice(0, fixed).join("/");
        const re = globRegex(pattern);
        const found = (await walk(external_node_path_default().resolve(cwd, base || "."), base)).filter((f) => re.test(f)).sort();
        if (!found.length)
            throw new errors/* UsageError */.eb(`dockerfile pattern ${pattern} matched no file`, { hint: "patterns are relative to the workspace; ** matches any depth" });
        found.forEach((f) => add(relativeName(cwd, f)));
    }
    return out;
}
async function readDockerfile(cwd, file) {
    const bytes = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file)).catch((err) => {
        throw new errors/* UsageError */.eb(`cannot read dockerfile ${file} (${err.code ?? "error"})`);
    });
    if (bytes.length > MAX_DOCKERFILE_BYTES)
        throw new errors/* UsageError */.eb(`dockerfile ${file} is larger than 1 MiB`, { hint: "is it really a Dockerfile?" });
    return bytes.toString("utf8");
}
function globRegex(pattern) {
    const parts = pattern.split("/").map((seg, i, all) => {
        if (seg === "**")
            return i === all.length - 1 ? ".*" : "(?:[^/]+/)*";
        const body = seg.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
        return i === all.length - 1 ? body : `${body}/`;
    });
    return new RegExp(`^${parts.join("")}$`);
}
/** Files under `dir`, named `prefix/…` with `/` separators. */
async function walk(dir, prefix) {
    const out = [];
    let seen = 0;
    const visit = async (abs, rel) => {
        const entries = await (0,promises_.readdir)(abs, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (++seen > MAX_WALK_ENTRIES)
                throw new errors/* UsageError */.eb(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, { hint: "narrow the pattern" });
            const name = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                await visit(external_node_path_default().join(abs, e.name), name);
            else if (e.isFile())
                out.push(name);
        }
    };
    await visit(dir, prefix);
    return out;
}
function relativeName(cwd, file) {
    const rel = external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, file)).split((external_node_path_default()).sep).join("/");
    return rel.startsWith("..") ? file : rel;
}

;// CONCATENATED MODULE: ./src/workflows/run-verify.ts
/**
 * The verify job as both entry points run it: collect images (list and Dockerfiles), verify them
 * all in parallel against the policy, optionally pin the verified digests into the Dockerfiles.
 */








async function runVerify(config, hooks = {}) {
    const { targets, dockerfiles } = await collectTargets({
        ...(config.images ? { images: config.images } : {}),
        ...(config.dockerfiles ? { dockerfiles: config.dockerfiles } : {}),
        ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}),
        cwd: config.cwd,
    });
    if (targets.length === 0)
        throw new errors/* UsageError */.eb("nothing to verify: set images or dockerfile", { hint: "images: docker.io/library/alpine:3.20" });
    const connections = verifyConnections(config);
    try {
        const results = await verifyImages(targets, {
            ...(config.signers?.length ? { signers: config.signers } : {}),
            ...(config.rootKeyPins?.length ? { rootKeyIds: config.rootKeyPins } : {}),
            ...(config.allowUnsigned?.length ? { allowUnsigned: config.allowUnsigned } : {}),
        }, {
            connect: connections.connect,
            ...(config.trustDir ? { store: new TrustStore(config.trustDir) } : {}),
            ...(hooks.warn ? { onWarning: hooks.warn } : {}),
        });
        const pinned = [];
        if (config.pin) {
            for (const { file } of dockerfiles) {
                const full = external_node_path_default().resolve(config.cwd, file);
                const text = await (0,promises_.readFile)(full, "utf8");
                const outcome = pinDockerfile(text, results, { file, ...(config.buildArgs ? { buildArgs: config.buildArgs } : {}) });
                if (outcome.text !== text)
                    await (0,promises_.writeFile)(full, outcome.text);
                pinned.push({ file, outcome });
            }
        }
        return { results, outputs: verifyOutputs(results), passed: results.every((r) => r.passed), pinned };
    }
    finally {
        connections.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/verify.ts









const VERIFY_HELP = `Usage: content-trust verify [IMAGE...] [--dockerfile FILE...] [flags]

Checks that images (given, or the FROM lines of Dockerfiles) are signed as the policy requires.
Exit code 1 when any image fails.

Flags:
  --dockerfile PATH         Dockerfile path or glob (repeatable)
  --build-arg NAME=VALUE    ARG override for the Dockerfiles (repeatable)
  --signers LIST            signers that must each have signed the tag with the same digest
  --allow-unsigned PATTERN  repositories allowed without trust data (repeatable; * and **)
  --notary-servers LIST     registry-host=url lines for images from several registries
  --root-key-id PIN         repository=keyid, or one key ID for all (repeatable)
  --pin                     write the verified digests into the Dockerfiles
${CONNECTION_HELP.split("\n").filter((l) => !l.includes("--root-key-id")).join("\n")}
  --json                    print the result as JSON
  --markdown                print the result as a Markdown table`;
async function verifyCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            ...connectionFlags,
            dockerfile: { type: "string", multiple: true },
            "build-arg": { type: "string", multiple: true },
            signers: { type: "string", multiple: true },
            "allow-unsigned": { type: "string", multiple: true },
            "notary-servers": { type: "string", multiple: true },
            pin: { type: "boolean" },
            json: { type: "boolean" },
            markdown: { type: "boolean" },
        },
    });
    if (positionals.length === 0 && !values.dockerfile?.length)
        throw new errors/* UsageError */.eb("verify needs IMAGE arguments or --dockerfile");
    const { notaryServer, ...conn } = await connectionOptions({ ...values, "root-key-id": undefined }, io);
    const run = await runVerify({
        ...conn,
        ...(notaryServer ? { notaryServer } : {}),
        images: positionals.join("\n"),
        dockerfiles: (values.dockerfile ?? []).join("\n"),
        buildArgs: parseBuildArgs(values["build-arg"] ?? []),
        cwd: io.cwd,
        notaryServers: parseNotaryServers((values["notary-servers"] ?? []).flatMap((v) => v.split(","))),
        signers: (values.signers ?? []).flatMap(splitList),
        rootKeyPins: parseRootKeyPins(values["root-key-id"] ?? []),
        allowUnsigned: values["allow-unsigned"] ?? [],
        pin: values.pin ?? false,
        trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
    }, { warn: (m) => io.stderr(`warning: ${printable(m)}\n`) });
    if (values.json)
        io.stdout(run.outputs.result + "\n");
    else if (values.markdown)
        io.stdout(summaryTable(run.results) + "\n");
    else {
        const rows = run.results.map((r) => [
            r.passed ? "ok" : "FAIL",
            r.file ? `${r.reference} (${r.file}:${r.line})` : r.reference,
            r.digest ? r.digest.slice(0, 19) + "…" : "",
            r.signers.join(", "),
            r.passed ? "" : r.message,
        ]);
        io.stdout(table(["RESULT", "IMAGE", "DIGEST", "SIGNERS", "REASON"], rows));
        for (const { file, outcome } of run.pinned)
            for (const p of outcome.pinned)
                io.stdout(`pinned ${file}:${p.line}: ${p.to}\n`);
    }
    return run.passed ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Exit codes: 0 ok, 1 verification or signing failed, 2 usage.
 */









const HELP = `Usage: content-trust COMMAND [flags]

Docker Content Trust (Notary v1) signing and verification without a Docker daemon.

Commands:
  sign IMAGE          sign tags of a pushed image and verify what the server serves
  inspect IMAGE...    show signed tags, signers and keys (docker trust inspect)
  verify IMAGE...     check images or Dockerfile FROM lines against a signing policy
  key inspect FILE    show a key's ID and the public key for docker trust signer add

Administer a repository:
  init REPO                          create a repository (root, targets and server keys)
  signer add NAME REPO --key PUB     add a signer (targets/NAME and targets/releases)
  signer remove NAME REPO            remove a signer
  revoke IMAGE:TAG                   remove a signed tag
  renew REPO                         re-sign roles that expire soon
  key rotate-signer NAME REPO        replace a signer's key without breaking released tags

Run content-trust COMMAND --help for its flags.`;
const COMMANDS = {
    sign: { run: signCommand, help: SIGN_HELP },
    inspect: { run: inspectCommand, help: INSPECT_HELP },
    verify: { run: verifyCommand, help: VERIFY_HELP },
    key: { run: keyCommand, help: KEY_HELP },
    init: { run: initCommand, help: INIT_HELP },
    signer: { run: signerCommand, help: SIGNER_HELP },
    revoke: { run: revokeCommand, help: REVOKE_HELP },
    renew: { run: renewCommand, help: RENEW_HELP },
};
async function main(argv, io) {
    const [name, ...args] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
        io.stdout(HELP + "\n");
        return name ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`content-trust: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
        return 2;
    }
    if (args.includes("--help") || args.includes("-h")) {
        io.stdout(command.help + "\n");
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (err) {
        const usage = err instanceof errors/* UsageError */.eb || (err instanceof TypeError && /ERR_PARSE_ARGS/.test(String(err.code)));
        io.stderr(`content-trust ${name}: ${(0,errors/* describeError */.Uc)(err)}\n`);
        if (!(err instanceof errors/* TrustError */.Ru) && !usage && io.env.CONTENT_TRUST_DEBUG)
            io.stderr(`${err.stack ?? ""}\n`);
        return usage ? 2 : 1;
    }
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
var external_node_readline_default = /*#__PURE__*/__nccwpck_require__.n(external_node_readline_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/prompt.ts
/** A hidden-input prompt on the controlling terminal. */

function terminalPrompt() {
    if (!process.stdin.isTTY || !process.stderr.isTTY)
        return undefined;
    return (question) => new Promise((resolve, reject) => {
        const rl = external_node_readline_default().createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        const out = rl;
        let asked = false;
        out._writeToOutput = (s) => {
            if (!asked) {
                process.stderr.write(s);
                asked = true;
            }
        };
        rl.question(question, (answer) => {
            rl.close();
            process.stderr.write("\n");
            resolve(answer);
        });
        rl.on("SIGINT", () => {
            rl.close();
            reject(new Error("cancelled"));
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The `content-trust` executable.



const promptSecret = terminalPrompt();
main(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    ...(promptSecret ? { promptSecret } : {}),
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`content-trust: ${(0,errors/* describeError */.Uc)(err)}\n`);
    process.exitCode = 1;
});

