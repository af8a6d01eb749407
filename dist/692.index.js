export const id = 692;
export const ids = [692];
export const modules = {

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
// EXTERNAL MODULE: ./src/bounded-file.ts
var bounded_file = __webpack_require__(2717);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/redaction.ts
var redaction = __webpack_require__(1066);
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
/**
 * Errors of AWS STS, which the SDK meets while getting the credentials for a KMS call (a web
 * identity token from GitHub's OIDC, a profile's role): KMS's own codes end in "Exception" where
 * STS's AccessDenied does not, and the others are STS's alone.
 */
const STS_ERRORS = new Set([
    "AccessDenied",
    "InvalidIdentityToken",
    "InvalidIdentityTokenException",
    "IDPRejectedClaim",
    "IDPRejectedClaimException",
    "IDPCommunicationError",
    "IDPCommunicationErrorException",
    "RegionDisabledException",
    "PackedPolicyTooLarge",
    "MalformedPolicyDocument",
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
/** ` (AWS's message)`, clipped to `max` characters, or nothing when the answer had none. */
function reason(err, max) {
    const text = (0,src_text/* clipLine */.DX)(err.message ?? "", max);
    return text ? ` (${text})` : "";
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
    // A name is quoted whole: only an identifier is taken as one (an endpoint could answer any text).
    const name = typeof err.name === "string" && /^[A-Za-z][A-Za-z0-9_.]{0,79}$/.test(err.name) ? err.name : "Error";
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
            hint: ctx.profile && ctx.envCredentials
                ? profileOverEnvironment(ctx.profile)
                : `${profileCheck(ctx.profile)}${(0,wording/* phrase */.MZ)("aws-credentials")}`,
        });
    }
    // eslint-disable-next-line no-restricted-syntax -- an AWS SDK message, see above
    if (/Region is missing/i.test(err.message ?? ""))
        return missingRegion(ctx.key, ctx.profile, thrown);
    if (STS_ERRORS.has(name)) {
        return new errors/* UsageError */.eb(`AWS STS refused the credentials for ${ctx.operation} on ${subject} (${name}${status ? `, HTTP ${status}` : ""}: ${clip(err.message)})`, {
            ...cause,
            hint: "the role must trust this job: its trust policy must allow the web identity (OIDC) token the job presents, or, with a profile, its role_arn and source_profile must be right",
        });
    }
    if (BAD_CREDENTIALS.has(name)) {
        return new errors/* UsageError */.eb(`AWS rejected the credentials used for ${ctx.operation} on ${subject} (${name})`, {
            ...cause,
            hint: "the credentials are invalid or expired: check the role or profile they come from, its session duration, and the machine's clock",
        });
    }
    switch (name) {
        case "AccessDeniedException":
            // AWS's own text names the principal the call ran as and the policy that refused it (identity
            // or key policy, an explicit deny): what the person fixing the policy needs first.
            return new errors/* TrustError */.Ru("KMS_ACCESS_DENIED", `access denied to ${ctx.operation} on ${subject}${where}${reason(err, 400)}`, {
                ...cause,
                hint: `allow kms:GetPublicKey and kms:Sign on ${ctx.keyArn ?? "this key's ARN"} for the role this job assumes, in its IAM policy and in the key policy`,
            });
        case "DisabledException":
            return new errors/* TrustError */.Ru("KMS_KEY_DISABLED", `${subject} is disabled`, {
                ...cause,
                hint: `enable it (aws kms enable-key --key-id ${keyIdArgument(ctx.key)}) or sign with another key`,
            });
        case "KMSInvalidStateException":
            // eslint-disable-next-line no-restricted-syntax -- a KMS message, see above
            if (/pending\s*(replica\s*)?deletion/i.test(err.message ?? "")) {
                return new errors/* TrustError */.Ru("KMS_KEY_PENDING_DELETION", `${subject} is pending deletion`, {
                    ...cause,
                    hint: `cancel the deletion (aws kms cancel-key-deletion --key-id ${keyIdArgument(ctx.key)}) and enable the key, or sign with another key`,
                });
            }
            // AWS's message says which state (pending import, unavailable in its key store, …).
            return new errors/* TrustError */.Ru("KMS_KEY_STATE", `${subject} is not in a state that allows ${ctx.operation}${reason(err, 200)}`, {
                ...cause,
                hint: `check its state with: aws kms describe-key --key-id ${ctx.key}`,
            });
        case "NotFoundException":
        case "InvalidArnException":
            return new errors/* UsageError */.eb(`${subject} was not found${where}`, {
                ...cause,
                code: "KMS_KEY_NOT_FOUND",
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
    // The SDK's own timeouts: a connection not made in time is a TimeoutError without a code.
    const code = err.code ?? (name === "TimeoutError" ? "ETIMEDOUT" : undefined);
    if (code && NETWORK_CODES.has(code)) {
        // Where the connection went, as the error says it.
        const reached = err.hostname ?? (err.address ? `${err.address}${err.port ? `:${err.port}` : ""}` : undefined);
        if (ctx.requestSent === false)
            return new errors/* ServerError */.gP("KMS_UNREACHABLE", `cannot get AWS credentials to use ${subject}: ${reached ? `cannot reach ${reached}` : "the credential source did not answer"} (${code})${attemptsText(err)}`, {
                ...cause,
                hint: "before calling KMS the AWS SDK gets credentials from STS (a web identity or a role to assume) or from the instance or container metadata service: check the runner's network access to it, AWS_ENDPOINT_URL_STS and the proxy settings",
            });
        const host = reached ?? ctx.endpointHost ?? `AWS KMS in ${ctx.region ?? "no region"}`;
        return new errors/* ServerError */.gP("KMS_UNREACHABLE", `cannot reach ${host} to use ${subject} (${code})${attemptsText(err)}`, {
            ...cause,
            hint: code === "ENOTFOUND" || code === "EAI_AGAIN"
                ? `check the region (${ctx.region ?? "none"}) and any AWS_ENDPOINT_URL_KMS`
                : "check the runner's network access to KMS",
        });
    }
    // Only a proxy answers 407; and an answer the SDK could not read as KMS's JSON (its
    // deserialisation failed) came from something on the way, a proxy refusing the tunnel most often.
    if (status === 407)
        return new errors/* ServerError */.gP("PROXY_AUTH", `the proxy on the way to AWS KMS wants credentials (407) for ${ctx.operation} on ${subject}`, { ...cause, status, hint: "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT" });
    if (name === "SyntaxError" && status !== undefined)
        return new errors/* ServerError */.gP("PROXY_REFUSED", `${ctx.operation} on ${subject} was answered HTTP ${status} by something that is not AWS KMS${attemptsText(err)}`, {
            ...cause,
            status,
            hint: "a proxy on the way most often: check HTTPS_PROXY and NO_PROXY (allow the KMS endpoint, or list it in NO_PROXY), and AWS_ENDPOINT_URL_KMS",
        });
    if ((status !== undefined && status >= 500) || err.$fault === "server") {
        return new errors/* ServerError */.gP("KMS_UNAVAILABLE", `AWS KMS failed ${ctx.operation} on ${subject}${attemptsText(err)} (${name}${status ? `, HTTP ${status}` : ""})`, {
            ...cause,
            ...(status ? { status } : {}),
            hint: "KMS is having trouble; re-run the job later",
        });
    }
    return new errors/* TrustError */.Ru("KMS_ERROR", `${ctx.operation} on ${subject} failed (${name}${status ? `, HTTP ${status}` : ""}: ${clip(err.message)})`, cause);
}
function missingRegion(key, profile, cause) {
    return new errors/* UsageError */.eb(`no AWS region for AWS KMS key ${key}`, {
        ...(cause === undefined ? {} : { cause }),
        hint: `${profileRegionCheck(profile)}give the key as an ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or give ${(0,wording/* setting */.Pe)("aws-region")} (or set AWS_REGION or AWS_DEFAULT_REGION)`,
    });
}
/**
 * The first thing to check when AWS_PROFILE is set and the SDK found no region or credentials: a
 * profile the shared files do not have (a typo, or files the job cannot see) gives neither, and the
 * SDK says only that nothing was found.
 */
function profileCheck(profile) {
    return profile
        ? `${profileNamed(profile)}: check that it is in the AWS config or credentials file this job reads (aws configure list-profiles; AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE move them), or unset AWS_PROFILE; otherwise `
        : "";
}
/** As profileCheck, for a missing region: the profile may be there, without a region. */
function profileRegionCheck(profile) {
    return profile
        ? `${profileNamed(profile)}: check that the AWS config file this job reads has that profile with a region line (aws configure list-profiles; AWS_CONFIG_FILE moves the file), or unset AWS_PROFILE; otherwise `
        : "";
}
/** `AWS_PROFILE names profile "x"`, as the SDK looks it up (spaces included). */
function profileNamed(profile) {
    return `AWS_PROFILE names profile ${(0,redaction/* quotedInput */.bY)(profile, 64)}${profile.trim() !== profile ? " (spaces included)" : ""}`;
}
/**
 * The SDK's default chain reads no credentials from the environment while AWS_PROFILE is set (it
 * warns of that itself, and goes on with the profile): setting the variables again does nothing.
 */
function profileOverEnvironment(profile) {
    return `${profileNamed(profile)}, and while it is set the AWS SDK does not read AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY: unset AWS_PROFILE to use those, or give that profile credentials in the AWS config or credentials file this job reads (aws configure list-profiles)`;
}

/**
 * The key as `aws kms enable-key` and `cancel-key-deletion` take it: they refuse an alias (a key ID
 * or key ARN only), so an alias is looked up in the same command line.
 */
function keyIdArgument(key) {
    return /(^|:)alias\//.test(key)
        ? `$(aws kms describe-key --key-id ${key} --query KeyMetadata.KeyId --output text)`
        : key;
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
const CONNECT_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** The SDK's handler with the bounds of a request, unless the caller brought a handler of its own. */
function boundedHandler(options) {
    const given = options.requestHandler;
    if (given && typeof given.handle === "function")
        return given;
    const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    return {
        ...given,
        connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, requestTimeout),
        requestTimeout,
        // Without it the SDK only logs a warning when the request timeout passes, and goes on waiting.
        throwOnRequestTimeout: true,
    };
}
const abortOption = (abortSignal) => (abortSignal ? { abortSignal } : {});
/**
 * One KMS call, its failure turned into ours. With a run deadline, the call is given what is left
 * of it as its abort signal and is cut short when it passes, whatever the SDK is waiting for.
 */
async function call(session, operation, send) {
    const { deadline } = session;
    if (!deadline)
        return send(undefined).catch((err) => fail(err, session, operation));
    const cutShort = () => (0,errors/* deadlineExceeded */.GQ)(deadline.ms, `${operation} on AWS KMS key ${session.context.key}`, `KMS, or the way to it, is hung or very slow; raise ${(0,wording/* setting */.Pe)("deadline")} only if it is just slow`);
    const left = deadline.at - (deadline.now ?? Date.now)();
    if (left <= 0)
        throw cutShort();
    const signal = AbortSignal.timeout(left);
    let onAbort;
    const passed = new Promise((_resolve, reject) => {
        onAbort = () => reject(cutShort());
        signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
        return await Promise.race([
            send(signal).catch((err) => {
                if (signal.aborted)
                    throw cutShort();
                return fail(err, session, operation);
            }),
            passed,
        ]);
    }
    finally {
        signal.removeEventListener("abort", onAbort);
    }
}
/** Largest web identity token file read to register its token (an OIDC token is a few KiB). */
const MAX_WEB_IDENTITY_TOKEN_BYTES = 64 * 1024;
/**
 * The AWS credentials the SDK takes from the environment, registered as secrets (redaction.ts): an
 * endpoint or proxy that repeats a request in its error must not get them into a message or a log.
 */
function registerAwsSecrets(env) {
    (0,redaction/* registerSecret */.cl)(env.AWS_SECRET_ACCESS_KEY);
    (0,redaction/* registerSecret */.cl)(env.AWS_SESSION_TOKEN);
    const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE;
    if (!tokenFile)
        return;
    try {
        (0,redaction/* registerSecret */.cl)((0,bounded_file/* readRegularFileAtMostSync */.y)(tokenFile, MAX_WEB_IDENTITY_TOKEN_BYTES)?.toString("utf8").trim());
    }
    catch {
        // The SDK reads the file itself and reports what is wrong with it.
    }
}
/**
 * Registers as a secret the session token of each request the client sends, before it goes out.
 * Credentials the SDK finds itself (a web identity's STS answer, a profile, SSO, a container or
 * instance role) are not in the environment that registerAwsSecrets reads, and their session token
 * travels in every request's `x-amz-security-token` header, where an endpoint or proxy can repeat
 * it. The secret access key only signs and never travels.
 *
 * Returns whether an error came back through a request that went out: one that did not failed
 * before it, while the credentials were fetched (kms-errors.ts requestSent). Asked of each error,
 * not of the run: credentials that expire are fetched again before a later request, from STS or
 * the metadata service, which can then be out of reach as at the start.
 */
function registerSentSessionTokens(client) {
    const sent = new WeakSet();
    client.middlewareStack.add((next) => async (args) => {
        const headers = args.request?.headers;
        (0,redaction/* registerSecret */.cl)(headers?.["x-amz-security-token"]);
        try {
            return await next(args);
        }
        catch (err) {
            if (typeof err === "object" && err !== null)
                sent.add(err);
            throw err;
        }
    }, 
    // The deserialize step wraps the send: the request it sees is signed and final.
    { step: "deserialize", name: "registerSentSessionToken" });
    return (err) => typeof err === "object" && err !== null && sent.has(err);
}
async function openSession(options) {
    const key = options.keyId.trim();
    if (!key || /\s/.test(key))
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} is empty or contains spaces`, {
            hint: "give a key ID, key ARN, alias/NAME or alias ARN",
        });
    const arnRegion = regionOfKmsKey(key);
    // An empty region given (a flag set from an unset variable) is no region, as before.
    const regionGiven = options.region?.trim() || undefined;
    if (arnRegion && regionGiven && regionGiven !== arnRegion) {
        throw new errors/* UsageError */.eb(`${(0,wording/* setting */.Pe)("aws-kms-key")} ${key} is in region ${arnRegion}, but the region given is ${regionGiven}`, { hint: `leave ${(0,wording/* setting */.Pe)("aws-region")} unset or make it match the ARN` });
    }
    let endpointHost;
    try {
        endpointHost = options.endpoint ? new URL(options.endpoint).host : undefined;
    }
    catch {
        throw new errors/* UsageError */.eb(`AWS KMS endpoint ${options.endpoint} is not a URL`);
    }
    registerAwsSecrets(process.env);
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(632)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
    // As the SDK reads it: a profile name with spaces around it is looked up with them.
    const profile = process.env.AWS_PROFILE || undefined;
    const given = regionGiven ?? arnRegion;
    const fromEnv = given ? undefined : environmentRegion(process.env);
    const region = given ?? fromEnv?.region;
    if (region !== undefined && !REGION_NAME.test(region)) {
        const source = regionGiven !== undefined ? (0,wording/* setting */.Pe)("aws-region") : fromEnv ? fromEnv.variable : "the key ARN";
        throw new errors/* UsageError */.eb(`the AWS region ${(0,redaction/* quotedInput */.bY)(region, 64)} (from ${source}) is not a region name`, {
            hint: "write a region such as us-east-1",
        });
    }
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
        requestHandler: boundedHandler(options),
        ...retry,
    });
    const sentBy = registerSentSessionTokens(client);
    const resolved = region ?? (await client.config.region().catch(() => undefined));
    if (!resolved) {
        client.destroy();
        throw missingRegion(key, profile);
    }
    endpointHost ??= await configuredEndpointHost(client);
    const envCredentials = Boolean(process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY);
    return {
        client,
        sdk,
        context: {
            key,
            region: resolved,
            endpointHost,
            profile,
            envCredentials,
        },
        sentBy,
        deadline: options.deadline,
    };
}
/** What the SDK accepts as a region: one host name label. */
const REGION_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/**
 * The region the environment names, as the AWS CLI reads it: AWS_REGION, else AWS_DEFAULT_REGION
 * (the JS SDK reads only the first). Spaces around the value are dropped (a value pasted into a CI
 * variable often ends in one), and a blank value counts as unset.
 */
function environmentRegion(env) {
    for (const variable of ["AWS_REGION", "AWS_DEFAULT_REGION"]) {
        const region = env[variable]?.trim();
        if (region)
            return { region, variable };
    }
    return undefined;
}
/**
 * The host of an endpoint the SDK took from the environment or the shared config file
 * (AWS_ENDPOINT_URL_KMS, AWS_ENDPOINT_URL, `endpoint_url`), so that a failure names where the
 * requests went rather than the region's public endpoint.
 */
async function configuredEndpointHost(client) {
    const configured = client.config
        .serviceConfiguredEndpoint;
    const url = await configured?.().catch(() => undefined);
    if (!url)
        return undefined;
    try {
        return new URL(url).host;
    }
    catch {
        return undefined;
    }
}
function fail(err, session, operation) {
    throw kmsError(err, { ...session.context, operation, requestSent: session.sentBy(err) });
}
async function fetchKey(session, role) {
    const { key } = session.context;
    const answer = await call(session, "kms:GetPublicKey", (abortSignal) => session.client.send(new session.sdk.GetPublicKeyCommand({ KeyId: key }), abortOption(abortSignal)));
    const keySpec = answer.KeySpec ?? answer.CustomerMasterKeySpec ?? "unknown";
    if (answer.KeyUsage !== "SIGN_VERIFY") {
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key usage ${answer.KeyUsage ?? "unknown"} (key spec ${keySpec}); signing needs SIGN_VERIFY`, {
            hint: `create an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
        });
    }
    const plan = PLANS[keySpec];
    if (!plan) {
        // One key signs for Notary and for cosign: only specs both verify as signed here (cosign checks
        // a --key PEM with SHA-256, so P-384 with SHA-384 would not verify there either).
        throw new errors/* UsageError */.eb(`AWS KMS key ${key} has key spec ${keySpec}, whose signatures Notary and cosign do not both verify`, {
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
    kmsKey;
    keyArn;
    keySpec;
    #session;
    #plan;
    constructor(session, key) {
        // A refused kms:Sign names the ARN that a policy must allow (an alias is not one).
        this.#session = { ...session, context: { ...session.context, keyArn: key.keyArn } };
        this.#plan = key.plan;
        this.keyId = key.keyId;
        this.publicKey = key.publicKey;
        this.method = key.plan.method;
        this.keyArn = key.keyArn;
        this.kmsKey = session.context.key;
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
        const answer = await call(this.#session, "kms:Sign", (abortSignal) => client.send(new sdk.SignCommand({
            KeyId: context.key,
            Message: input,
            MessageType: this.#plan.messageType,
            SigningAlgorithm: this.#plan.algorithm,
        }), abortOption(abortSignal)));
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
        const answer = await call(this.#session, "kms:Sign", (abortSignal) => client.send(new sdk.SignCommand({
            KeyId: context.key,
            Message: (0,external_node_crypto_.createHash)("sha256").update(message).digest(),
            MessageType: "DIGEST",
            SigningAlgorithm: "RSASSA_PKCS1_V1_5_SHA_256",
        }), abortOption(abortSignal)));
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
