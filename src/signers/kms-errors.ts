/**
 * AWS SDK errors from KMS calls, as one line naming the key and what to check. The SDK has already
 * retried what is worth retrying (throttling, 5xx, network) when an error reaches here; everything
 * else (access, key state, region, credentials) fails on the first answer. Messages never carry
 * credentials, and a service message is clipped to one short line.
 */
import { ServerError, TrustError, UsageError } from "../errors.js";
import { quotedInput } from "../redaction.js";
import { clipLine } from "../text.js";
import { phrase, setting } from "../wording.js";

export interface KmsErrorContext {
  /** The key as the user gave it (key ID, ARN, alias or alias ARN). */
  readonly key: string;
  /** `kms:GetPublicKey` or `kms:Sign`, as IAM names the permission. */
  readonly operation: "kms:GetPublicKey" | "kms:Sign";
  readonly region: string | undefined;
  /** Host of a configured endpoint, for network errors. */
  readonly endpointHost: string | undefined;
  /** The key's ARN, once KMS has named it (after GetPublicKey): what a policy must name. */
  readonly keyArn?: string;
  /** AWS_PROFILE, when set: a missing region or credentials may be a profile the files do not have. */
  readonly profile?: string | undefined;
  /**
   * Whether AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are both set. With AWS_PROFILE set too, the
   * SDK's default chain skips them for the profile.
   */
  readonly envCredentials?: boolean;
  /**
   * Whether the request that failed went out to KMS, signed. When it did not, a network failure is
   * the credential chain's: STS for a web identity or a role, or the instance or container metadata
   * service.
   */
  readonly requestSent?: boolean;
}

/** The fields of an SDK error we look at (service exceptions, credential and network errors). */
interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  /** Node's network errors: the host name that did not resolve, or the address refused. */
  hostname?: string;
  address?: string;
  port?: number;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

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
function clip(text: string | undefined): string {
  return clipLine(text ?? "", 200);
}

/** ` (AWS's message)`, clipped to `max` characters, or nothing when the answer had none. */
function reason(err: SdkErrorShape, max: number): string {
  const text = clipLine(err.message ?? "", max);
  return text ? ` (${text})` : "";
}

function attemptsText(err: SdkErrorShape): string {
  const n = err.$metadata?.attempts;
  return n && n > 1 ? ` after ${n} attempts` : "";
}

/** Maps any value thrown by a KMS call to a TrustError; TrustErrors pass through unchanged. */
export function kmsError(thrown: unknown, ctx: KmsErrorContext): TrustError {
  if (thrown instanceof TrustError) return thrown;
  const err = (typeof thrown === "object" && thrown !== null ? thrown : { message: String(thrown) }) as SdkErrorShape;
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
    return new UsageError(`no AWS credentials to call ${ctx.operation} on ${subject}`, {
      ...cause,
      hint:
        ctx.profile && ctx.envCredentials
          ? profileOverEnvironment(ctx.profile)
          : `${profileCheck(ctx.profile)}${phrase("aws-credentials")}`,
    });
  }
  // eslint-disable-next-line no-restricted-syntax -- an AWS SDK message, see above
  if (/Region is missing/i.test(err.message ?? "")) return missingRegion(ctx.key, ctx.profile, thrown);
  if (STS_ERRORS.has(name)) {
    return new UsageError(
      `AWS STS refused the credentials for ${ctx.operation} on ${subject} (${name}${status ? `, HTTP ${status}` : ""}: ${clip(err.message)})`,
      {
        ...cause,
        hint: "the role must trust this job: its trust policy must allow the web identity (OIDC) token the job presents, or, with a profile, its role_arn and source_profile must be right",
      },
    );
  }
  if (BAD_CREDENTIALS.has(name)) {
    return new UsageError(`AWS rejected the credentials used for ${ctx.operation} on ${subject} (${name})`, {
      ...cause,
      hint: "the credentials are invalid or expired: check the role or profile they come from, its session duration, and the machine's clock",
    });
  }
  switch (name) {
    case "AccessDeniedException":
      // AWS's own text names the principal the call ran as and the policy that refused it (identity
      // or key policy, an explicit deny): what the person fixing the policy needs first.
      return new TrustError(
        "KMS_ACCESS_DENIED",
        `access denied to ${ctx.operation} on ${subject}${where}${reason(err, 400)}`,
        {
          ...cause,
          hint: `allow kms:GetPublicKey and kms:Sign on ${ctx.keyArn ?? "this key's ARN"} for the role this job assumes, in its IAM policy and in the key policy`,
        },
      );
    case "DisabledException":
      return new TrustError("KMS_KEY_DISABLED", `${subject} is disabled`, {
        ...cause,
        hint: `enable it (aws kms enable-key --key-id ${keyIdArgument(ctx.key)}) or sign with another key`,
      });
    case "KMSInvalidStateException":
      // eslint-disable-next-line no-restricted-syntax -- a KMS message, see above
      if (/pending\s*(replica\s*)?deletion/i.test(err.message ?? "")) {
        return new TrustError("KMS_KEY_PENDING_DELETION", `${subject} is pending deletion`, {
          ...cause,
          hint: `cancel the deletion (aws kms cancel-key-deletion --key-id ${keyIdArgument(ctx.key)}) and enable the key, or sign with another key`,
        });
      }
      // AWS's message says which state (pending import, unavailable in its key store, …).
      return new TrustError(
        "KMS_KEY_STATE",
        `${subject} is not in a state that allows ${ctx.operation}${reason(err, 200)}`,
        {
          ...cause,
          hint: `check its state with: aws kms describe-key --key-id ${ctx.key}`,
        },
      );
    case "NotFoundException":
    case "InvalidArnException":
      return new UsageError(`${subject} was not found${where}`, {
        ...cause,
        code: "KMS_KEY_NOT_FOUND",
        hint: `check the key ID or alias and the region: a key ARN carries its region, otherwise ${setting("aws-region")} (or AWS_REGION) decides`,
      });
    case "InvalidKeyUsageException":
    case "UnsupportedOperationException":
      return new UsageError(`${subject} cannot be used for ${ctx.operation} (${name}: ${clip(err.message)})`, {
        ...cause,
        hint: `Notary signing needs an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
      });
    case "ValidationException":
      return new TrustError(
        "KMS_REJECTED",
        `AWS KMS rejected ${ctx.operation} on ${subject} (${clip(err.message)})`,
        cause,
      );
  }
  if (THROTTLING.has(name) || status === 429) {
    return new ServerError(
      "KMS_THROTTLED",
      `AWS KMS kept throttling ${ctx.operation} on ${subject}${attemptsText(err)}`,
      {
        ...cause,
        ...(status ? { status } : {}),
        hint: "re-run the job later, or ask for a higher KMS request quota",
      },
    );
  }
  // The SDK's own timeouts: a connection not made in time is a TimeoutError without a code.
  const code = err.code ?? (name === "TimeoutError" ? "ETIMEDOUT" : undefined);
  if (code && NETWORK_CODES.has(code)) {
    // Where the connection went, as the error says it.
    const reached = err.hostname ?? (err.address ? `${err.address}${err.port ? `:${err.port}` : ""}` : undefined);
    if (ctx.requestSent === false)
      return new ServerError(
        "KMS_UNREACHABLE",
        `cannot get AWS credentials to use ${subject}: ${reached ? `cannot reach ${reached}` : "the credential source did not answer"} (${code})${attemptsText(err)}`,
        {
          ...cause,
          hint: "before calling KMS the AWS SDK gets credentials from STS (a web identity or a role to assume) or from the instance or container metadata service: check the runner's network access to it, AWS_ENDPOINT_URL_STS and the proxy settings",
        },
      );
    const host = reached ?? ctx.endpointHost ?? `AWS KMS in ${ctx.region ?? "no region"}`;
    return new ServerError("KMS_UNREACHABLE", `cannot reach ${host} to use ${subject} (${code})${attemptsText(err)}`, {
      ...cause,
      hint:
        code === "ENOTFOUND" || code === "EAI_AGAIN"
          ? `check the region (${ctx.region ?? "none"}) and any AWS_ENDPOINT_URL_KMS`
          : "check the runner's network access to KMS",
    });
  }
  // Only a proxy answers 407; and an answer the SDK could not read as KMS's JSON (its
  // deserialisation failed) came from something on the way, a proxy refusing the tunnel most often.
  if (status === 407)
    return new ServerError(
      "PROXY_AUTH",
      `the proxy on the way to AWS KMS wants credentials (407) for ${ctx.operation} on ${subject}`,
      { ...cause, status, hint: "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT" },
    );
  if (name === "SyntaxError" && status !== undefined)
    return new ServerError(
      "PROXY_REFUSED",
      `${ctx.operation} on ${subject} was answered HTTP ${status} by something that is not AWS KMS${attemptsText(err)}`,
      {
        ...cause,
        status,
        hint: "a proxy on the way most often: check HTTPS_PROXY and NO_PROXY (allow the KMS endpoint, or list it in NO_PROXY), and AWS_ENDPOINT_URL_KMS",
      },
    );
  if ((status !== undefined && status >= 500) || err.$fault === "server") {
    return new ServerError(
      "KMS_UNAVAILABLE",
      `AWS KMS failed ${ctx.operation} on ${subject}${attemptsText(err)} (${name}${status ? `, HTTP ${status}` : ""})`,
      {
        ...cause,
        ...(status ? { status } : {}),
        hint: "KMS is having trouble; re-run the job later",
      },
    );
  }
  return new TrustError(
    "KMS_ERROR",
    `${ctx.operation} on ${subject} failed (${name}${status ? `, HTTP ${status}` : ""}: ${clip(err.message)})`,
    cause,
  );
}

export function missingRegion(key: string, profile: string | undefined, cause?: unknown): UsageError {
  return new UsageError(`no AWS region for AWS KMS key ${key}`, {
    ...(cause === undefined ? {} : { cause }),
    hint: `${profileRegionCheck(profile)}give the key as an ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or give ${setting("aws-region")} (or set AWS_REGION or AWS_DEFAULT_REGION)`,
  });
}

/**
 * The first thing to check when AWS_PROFILE is set and the SDK found no region or credentials: a
 * profile the shared files do not have (a typo, or files the job cannot see) gives neither, and the
 * SDK says only that nothing was found.
 */
function profileCheck(profile: string | undefined): string {
  return profile
    ? `${profileNamed(profile)}: check that it is in the AWS config or credentials file this job reads (aws configure list-profiles; AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE move them), or unset AWS_PROFILE; otherwise `
    : "";
}

/** As profileCheck, for a missing region: the profile may be there, without a region. */
function profileRegionCheck(profile: string | undefined): string {
  return profile
    ? `${profileNamed(profile)}: check that the AWS config file this job reads has that profile with a region line (aws configure list-profiles; AWS_CONFIG_FILE moves the file), or unset AWS_PROFILE; otherwise `
    : "";
}

/** `AWS_PROFILE names profile "x"`, as the SDK looks it up (spaces included). */
function profileNamed(profile: string): string {
  return `AWS_PROFILE names profile ${quotedInput(profile, 64)}${profile.trim() !== profile ? " (spaces included)" : ""}`;
}

/**
 * The SDK's default chain reads no credentials from the environment while AWS_PROFILE is set (it
 * warns of that itself, and goes on with the profile): setting the variables again does nothing.
 */
function profileOverEnvironment(profile: string): string {
  return `${profileNamed(profile)}, and while it is set the AWS SDK does not read AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY: unset AWS_PROFILE to use those, or give that profile credentials in the AWS config or credentials file this job reads (aws configure list-profiles)`;
}

export { SUPPORTED_SPECS };

/**
 * The key as `aws kms enable-key` and `cancel-key-deletion` take it: they refuse an alias (a key ID
 * or key ARN only), so an alias is looked up in the same command line.
 */
function keyIdArgument(key: string): string {
  return /(^|:)alias\//.test(key)
    ? `$(aws kms describe-key --key-id ${key} --query KeyMetadata.KeyId --output text)`
    : key;
}
