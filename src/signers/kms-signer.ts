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
import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import type { KMSClient, KMSClientConfig } from "@aws-sdk/client-kms";
import { readRegularFileAtMostSync } from "../bounded-file.js";
import { TrustError, UsageError, deadlineExceeded } from "../errors.js";
import { quotedInput, registerSecret } from "../redaction.js";
import { canonicalKeyIdOf, keyIdOf, verifySignature, type PublicKey, type SignatureMethod } from "../tuf/keys.js";
import { EncodingError, TAG, childrenOf, readWhole } from "../codec/der.js";
import { SUPPORTED_SPECS, kmsError, missingRegion, type KmsErrorContext } from "./kms-errors.js";
import { notaryPublicKeyOf, publicKeyPem } from "./public-key.js";
import type { Signer } from "../tuf/signer.js";
import { setting } from "../wording.js";

export interface KmsSignerOptions {
  /** Key ID, key ARN, alias name (`alias/NAME`) or alias ARN. */
  readonly keyId: string;
  /** Region; a key or alias ARN carries its own, else the SDK's chain decides (AWS_REGION, profile). */
  readonly region?: string | undefined;
  /** An endpoint URL (VPC endpoint, a local KMS); the SDK also reads AWS_ENDPOINT_URL_KMS itself. */
  readonly endpoint?: string | undefined;
  /** Credentials or a provider; the SDK's default chain (env, OIDC web identity, profile…) when absent. */
  readonly credentials?: KMSClientConfig["credentials"];
  /** Attempts per KMS call, retries being for throttling, 5xx and network errors only (default 4). */
  readonly maxAttempts?: number | undefined;
  /**
   * The wait in milliseconds before retry `attempt` (1 for the first retry); the SDK's own
   * exponential backoff with jitter when absent. Tests pass a zero wait.
   */
  readonly retryDelayMs?: ((attempt: number) => number) | undefined;
  /**
   * The SDK's HTTP handler: agents that reach KMS directly or through the forward proxy (the
   * workflows build them: kmsProxyOptions), or a test's in-process KMS. The SDK's own when absent.
   * The SDK's own handler, with or without those agents, gets the bounds of a request below.
   */
  readonly requestHandler?: KMSClientConfig["requestHandler"];
  /**
   * Deadline of each HTTP request to KMS (30 s by default, as a request to a Notary server); its
   * connection has at most 10 s of it to be set up. The SDK has neither by default, and a KMS
   * endpoint (or a proxy or VPC endpoint on the way) that took a connection and never answered
   * would hold the run for as long as the CI lets it run.
   */
  readonly requestTimeoutMs?: number | undefined;
  /**
   * The run's deadline: no KMS call starts after it, and one under way (its retries and the
   * credentials it waits for included) is cut short at it with DEADLINE_EXCEEDED.
   */
  readonly deadline?: RunDeadline | undefined;
  /**
   * Not an option: a forward proxy reaches the KMS client only as `requestHandler` (signers/ knows
   * no transport). Declared so that passing one, even spread in, fails to compile instead of being
   * silently dropped.
   */
  readonly proxy?: never;
}

/** How one key spec signs what notary verifies. */
interface SpecPlan {
  readonly algorithm: "ECDSA_SHA_256" | "RSASSA_PSS_SHA_256" | "ED25519_SHA_512";
  readonly method: SignatureMethod;
  readonly messageType: "DIGEST" | "RAW";
  readonly keyType: "ec" | "rsa" | "ed25519";
}

const ECDSA: SpecPlan = { algorithm: "ECDSA_SHA_256", method: "ecdsa", messageType: "DIGEST", keyType: "ec" };
const RSA_PSS: SpecPlan = { algorithm: "RSASSA_PSS_SHA_256", method: "rsapss", messageType: "DIGEST", keyType: "rsa" };
const ED25519: SpecPlan = { algorithm: "ED25519_SHA_512", method: "eddsa", messageType: "RAW", keyType: "ed25519" };
const PLANS: Readonly<Record<string, SpecPlan>> = {
  ECC_NIST_P256: ECDSA,
  RSA_2048: RSA_PSS,
  RSA_3072: RSA_PSS,
  RSA_4096: RSA_PSS,
  ECC_NIST_EDWARDS25519: ED25519,
};

/** KMS signs at most this many bytes of a RAW message (the API's documented limit). */
export const KMS_MAX_RAW_MESSAGE_BYTES = 4096;

export interface KmsKeyDescription {
  /** TUF key ID of the public key, as the delegation lists it. */
  readonly keyId: string;
  /** The ID Docker shows for the signer (equal to keyId: KMS keys are plain keys). */
  readonly canonicalKeyId: string;
  /** The key ARN KMS answered with. */
  readonly keyArn: string;
  readonly keySpec: string;
  readonly publicKey: PublicKey;
  /** SPKI PEM for `docker trust signer add --key` (with a `role:` header when a role was given). */
  readonly publicKeyPem: string;
}

/** The region named in a key or alias ARN (`arn:aws:kms:REGION:ACCOUNT:key/ID`), if keyId is one. */
export function regionOfKmsKey(keyId: string): string | undefined {
  if (!keyId.startsWith("arn:")) return undefined;
  const match = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(?:key|alias)\/\S+$/.exec(keyId);
  if (!match)
    throw new UsageError(`${setting("aws-kms-key")} ${keyId} is not a KMS key ARN or alias ARN`, {
      hint: "write arn:aws:kms:REGION:ACCOUNT:key/ID or arn:aws:kms:REGION:ACCOUNT:alias/NAME",
    });
  return match[1];
}

/**
 * Converts an ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, as KMS returns it) to
 * the raw r‖s notary verifies, each left-padded to `size` bytes (32 for P-256). A leading zero of a
 * DER integer is dropped; a shorter integer is padded. Throws EncodingError on anything else.
 */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array {
  const parts = childrenOf(readWhole(Buffer.from(der.buffer, der.byteOffset, der.byteLength), TAG.sequence));
  if (parts.length !== 2 || parts.some((p) => p.tag !== TAG.integer))
    throw new EncodingError("ECDSA signature is not a SEQUENCE of two INTEGERs");
  const raw = new Uint8Array(2 * size);
  parts.forEach((part, i) => {
    let value = part.content;
    if (value.length === 0 || (value[0]! & 0x80) !== 0)
      throw new EncodingError("ECDSA signature holds an empty or negative integer");
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > size)
      throw new EncodingError(`ECDSA signature integer is ${value.length} bytes, more than ${size}`);
    raw.set(value, (i + 1) * size - value.length);
  });
  return raw;
}

export interface RunDeadline {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** The run's deadline as configured, for messages. */
  readonly ms: number;
  readonly now?: () => number;
}

interface KmsSession {
  readonly client: KMSClient;
  readonly sdk: typeof import("@aws-sdk/client-kms");
  readonly context: Omit<KmsErrorContext, "operation" | "requestSent">;
  /** Whether an error of the client came back through a request that went out. */
  readonly sentBy: (err: unknown) => boolean;
  readonly deadline: RunDeadline | undefined;
}

const CONNECT_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** The SDK's handler with the bounds of a request, unless the caller brought a handler of its own. */
function boundedHandler(options: KmsSignerOptions): NonNullable<KMSClientConfig["requestHandler"]> {
  const given = options.requestHandler;
  if (given && typeof (given as { handle?: unknown }).handle === "function") return given;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  return {
    ...(given as object | undefined),
    connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, requestTimeout),
    requestTimeout,
    // Without it the SDK only logs a warning when the request timeout passes, and goes on waiting.
    throwOnRequestTimeout: true,
  };
}

const abortOption = (abortSignal: AbortSignal | undefined) => (abortSignal ? { abortSignal } : {});

/**
 * One KMS call, its failure turned into ours. With a run deadline, the call is given what is left
 * of it as its abort signal and is cut short when it passes, whatever the SDK is waiting for.
 */
async function call<T>(
  session: KmsSession,
  operation: KmsErrorContext["operation"],
  send: (abortSignal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  const { deadline } = session;
  if (!deadline) return send(undefined).catch((err: unknown) => fail(err, session, operation));
  const cutShort = () =>
    deadlineExceeded(
      deadline.ms,
      `${operation} on AWS KMS key ${session.context.key}`,
      `KMS, or the way to it, is hung or very slow; raise ${setting("deadline")} only if it is just slow`,
    );
  const left = deadline.at - (deadline.now ?? Date.now)();
  if (left <= 0) throw cutShort();
  const signal = AbortSignal.timeout(left);
  let onAbort: (() => void) | undefined;
  const passed = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(cutShort());
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([
      send(signal).catch((err: unknown) => {
        if (signal.aborted) throw cutShort();
        return fail(err, session, operation);
      }),
      passed,
    ]);
  } finally {
    signal.removeEventListener("abort", onAbort!);
  }
}

/** Largest web identity token file read to register its token (an OIDC token is a few KiB). */
const MAX_WEB_IDENTITY_TOKEN_BYTES = 64 * 1024;

/**
 * The AWS credentials the SDK takes from the environment, registered as secrets (redaction.ts): an
 * endpoint or proxy that repeats a request in its error must not get them into a message or a log.
 */
function registerAwsSecrets(env: NodeJS.ProcessEnv): void {
  registerSecret(env.AWS_SECRET_ACCESS_KEY);
  registerSecret(env.AWS_SESSION_TOKEN);
  const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE;
  if (!tokenFile) return;
  try {
    registerSecret(readRegularFileAtMostSync(tokenFile, MAX_WEB_IDENTITY_TOKEN_BYTES)?.toString("utf8").trim());
  } catch {
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
function registerSentSessionTokens(client: KMSClient): (err: unknown) => boolean {
  const sent = new WeakSet<object>();
  client.middlewareStack.add(
    (next) => async (args) => {
      const headers = (args.request as { headers?: Record<string, string | undefined> } | undefined)?.headers;
      registerSecret(headers?.["x-amz-security-token"]);
      try {
        return await next(args);
      } catch (err) {
        if (typeof err === "object" && err !== null) sent.add(err);
        throw err;
      }
    },
    // The deserialize step wraps the send: the request it sees is signed and final.
    { step: "deserialize", name: "registerSentSessionToken" },
  );
  return (err) => typeof err === "object" && err !== null && sent.has(err);
}

async function openSession(options: KmsSignerOptions): Promise<KmsSession> {
  const key = options.keyId.trim();
  if (!key || /\s/.test(key))
    throw new UsageError(`${setting("aws-kms-key")} is empty or contains spaces`, {
      hint: "give a key ID, key ARN, alias/NAME or alias ARN",
    });
  const arnRegion = regionOfKmsKey(key);
  // An empty region given (a flag set from an unset variable) is no region, as before.
  const regionGiven = options.region?.trim() || undefined;
  if (arnRegion && regionGiven && regionGiven !== arnRegion) {
    throw new UsageError(
      `${setting("aws-kms-key")} ${key} is in region ${arnRegion}, but the region given is ${regionGiven}`,
      { hint: `leave ${setting("aws-region")} unset or make it match the ARN` },
    );
  }
  let endpointHost: string | undefined;
  try {
    endpointHost = options.endpoint ? new URL(options.endpoint).host : undefined;
  } catch {
    throw new UsageError(`AWS KMS endpoint ${options.endpoint} is not a URL`);
  }
  registerAwsSecrets(process.env);
  const sdk = await import("@aws-sdk/client-kms");
  // As the SDK reads it: a profile name with spaces around it is looked up with them.
  const profile = process.env.AWS_PROFILE || undefined;
  const given = regionGiven ?? arnRegion;
  const fromEnv = given ? undefined : environmentRegion(process.env);
  const region = given ?? fromEnv?.region;
  if (region !== undefined && !REGION_NAME.test(region)) {
    const source = regionGiven !== undefined ? setting("aws-region") : fromEnv ? fromEnv.variable : "the key ARN";
    throw new UsageError(`the AWS region ${quotedInput(region, 64)} (from ${source}) is not a region name`, {
      hint: "write a region such as us-east-1",
    });
  }
  const maxAttempts = options.maxAttempts ?? 4;
  const retry = options.retryDelayMs
    ? {
        retryStrategy: new (await import("@smithy/core/retry")).ConfiguredRetryStrategy(
          maxAttempts,
          options.retryDelayMs,
        ),
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
function environmentRegion(env: NodeJS.ProcessEnv): { region: string; variable: string } | undefined {
  for (const variable of ["AWS_REGION", "AWS_DEFAULT_REGION"]) {
    const region = env[variable]?.trim();
    if (region) return { region, variable };
  }
  return undefined;
}

/**
 * The host of an endpoint the SDK took from the environment or the shared config file
 * (AWS_ENDPOINT_URL_KMS, AWS_ENDPOINT_URL, `endpoint_url`), so that a failure names where the
 * requests went rather than the region's public endpoint.
 */
async function configuredEndpointHost(client: KMSClient): Promise<string | undefined> {
  const configured = (client.config as { serviceConfiguredEndpoint?: () => Promise<string | undefined> })
    .serviceConfiguredEndpoint;
  const url = await configured?.().catch(() => undefined);
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function fail(err: unknown, session: KmsSession, operation: KmsErrorContext["operation"]): never {
  throw kmsError(err, { ...session.context, operation, requestSent: session.sentBy(err) });
}

async function fetchKey(session: KmsSession, role?: string): Promise<KmsKeyDescription & { plan: SpecPlan }> {
  const { key } = session.context;
  const answer = await call(session, "kms:GetPublicKey", (abortSignal) =>
    session.client.send(new session.sdk.GetPublicKeyCommand({ KeyId: key }), abortOption(abortSignal)),
  );
  const keySpec = answer.KeySpec ?? answer.CustomerMasterKeySpec ?? "unknown";
  if (answer.KeyUsage !== "SIGN_VERIFY") {
    throw new UsageError(
      `AWS KMS key ${key} has key usage ${answer.KeyUsage ?? "unknown"} (key spec ${keySpec}); signing needs SIGN_VERIFY`,
      {
        hint: `create an asymmetric SIGN_VERIFY key: ${SUPPORTED_SPECS}`,
      },
    );
  }
  const plan = PLANS[keySpec];
  if (!plan) {
    // One key signs for Notary and for cosign: only specs both verify as signed here (cosign checks
    // a --key PEM with SHA-256, so P-384 with SHA-384 would not verify there either).
    throw new UsageError(
      `AWS KMS key ${key} has key spec ${keySpec}, whose signatures Notary and cosign do not both verify`,
      {
        hint: `use a key with spec ${SUPPORTED_SPECS}`,
      },
    );
  }
  if (!answer.SigningAlgorithms?.includes(plan.algorithm)) {
    throw new UsageError(
      `AWS KMS key ${key} (${keySpec}) does not offer ${plan.algorithm} (it offers ${answer.SigningAlgorithms?.join(", ") || "none"})`,
    );
  }
  let spki: KeyObject;
  try {
    spki = createPublicKey({ key: Buffer.from(answer.PublicKey ?? new Uint8Array()), format: "der", type: "spki" });
  } catch (err) {
    throw new TrustError(
      "KMS_BAD_PUBLIC_KEY",
      `AWS KMS key ${key} returned a public key that is not a readable SubjectPublicKeyInfo`,
      { cause: err },
    );
  }
  const curve = spki.asymmetricKeyDetails?.namedCurve;
  if (spki.asymmetricKeyType !== plan.keyType || (plan.keyType === "ec" && curve !== "prime256v1")) {
    throw new TrustError(
      "KMS_BAD_PUBLIC_KEY",
      `AWS KMS key ${key} says ${keySpec} but its public key is ${spki.asymmetricKeyType ?? "unknown"}${curve ? ` ${curve}` : ""}`,
    );
  }
  const publicKey = notaryPublicKeyOf(spki);
  return {
    keyId: keyIdOf(publicKey),
    canonicalKeyId: canonicalKeyIdOf(publicKey),
    keyArn: answer.KeyId ?? key,
    keySpec,
    publicKey,
    publicKeyPem: publicKeyPem(publicKey, role ? { role } : {}),
    plan,
  };
}

/**
 * What `content-trust key inspect --aws-kms-key` prints: the key ID and the public key PEM an admin
 * gives to `docker trust signer add --key`. Refuses keys that cannot sign for notary, as signing would.
 */
export async function inspectKmsKey(options: KmsSignerOptions & { role?: string }): Promise<KmsKeyDescription> {
  const session = await openSession(options);
  try {
    const { plan: _plan, ...description } = await fetchKey(session, options.role);
    return description;
  } finally {
    session.client.destroy();
  }
}

export class KmsSigner implements Signer {
  readonly keyId: string;
  readonly publicKey: PublicKey;
  readonly method: SignatureMethod;
  readonly description: string;
  readonly maxMessageBytes: number | undefined;
  readonly kmsKey: string;
  readonly keyArn: string;
  readonly keySpec: string;
  readonly #session: KmsSession;
  readonly #plan: SpecPlan;

  constructor(session: KmsSession, key: KmsKeyDescription & { plan: SpecPlan }) {
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

  async sign(message: Uint8Array): Promise<Uint8Array> {
    const { sdk, client, context } = this.#session;
    const raw = this.#plan.messageType === "RAW";
    if (raw && message.length > KMS_MAX_RAW_MESSAGE_BYTES) {
      throw new TrustError(
        "MESSAGE_TOO_LARGE",
        `${message.length} bytes is more than the ${KMS_MAX_RAW_MESSAGE_BYTES} bytes AWS KMS signs with pure Ed25519 (key ${context.key})`,
      );
    }
    const input = raw ? message : createHash("sha256").update(message).digest();
    const answer = await call(this.#session, "kms:Sign", (abortSignal) =>
      client.send(
        new sdk.SignCommand({
          KeyId: context.key,
          Message: input,
          MessageType: this.#plan.messageType,
          SigningAlgorithm: this.#plan.algorithm,
        }),
        abortOption(abortSignal),
      ),
    );
    let signature = answer.Signature ?? new Uint8Array();
    if (this.#plan.method === "ecdsa") {
      try {
        signature = ecdsaDerToRaw(signature, 32);
      } catch (err) {
        throw new TrustError(
          "KMS_BAD_SIGNATURE",
          `AWS KMS key ${context.key} returned an ECDSA signature that is not DER (${err instanceof Error ? err.message : "unreadable"})`,
          { cause: err },
        );
      }
    }
    if (!verifySignature(this.publicKey, this.method, message, signature)) {
      throw new TrustError(
        "KMS_BAD_SIGNATURE",
        `AWS KMS key ${context.key} returned a signature that does not verify with the public key it gave`,
        {
          hint: "if the key is an alias, check that it was not moved to another key during the run",
        },
      );
    }
    return signature;
  }

  /** RSA keys: RSASSA_PKCS1_V1_5_SHA_256 over a local SHA-256 (what cosign verifies), checked before use. */
  async signRsaPkcs1v15(message: Uint8Array): Promise<Uint8Array> {
    const { sdk, client, context } = this.#session;
    if (this.#plan.keyType !== "rsa") throw new TypeError(`AWS KMS key ${context.key} is not an RSA key`);
    const answer = await call(this.#session, "kms:Sign", (abortSignal) =>
      client.send(
        new sdk.SignCommand({
          KeyId: context.key,
          Message: createHash("sha256").update(message).digest(),
          MessageType: "DIGEST",
          SigningAlgorithm: "RSASSA_PKCS1_V1_5_SHA_256",
        }),
        abortOption(abortSignal),
      ),
    );
    const signature = answer.Signature ?? new Uint8Array();
    if (!verifySignature(this.publicKey, "rsapkcs1v15", message, signature)) {
      throw new TrustError(
        "KMS_BAD_SIGNATURE",
        `AWS KMS key ${context.key} returned an RSASSA-PKCS1-v1_5 signature that does not verify with the public key it gave`,
      );
    }
    return signature;
  }

  /** Releases the SDK client's connections. */
  close(): void {
    this.#session.client.destroy();
  }
}

/** Opens a KMS client and reads the key once (GetPublicKey); the result signs many times. */
export async function createKmsSigner(options: KmsSignerOptions): Promise<KmsSigner> {
  const session = await openSession(options);
  try {
    return new KmsSigner(session, await fetchKey(session));
  } catch (err) {
    session.client.destroy();
    throw err;
  }
}
