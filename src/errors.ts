/**
 * One error base for everything a user can meet. `code` is stable and machine-readable,
 * `message` is one line naming the subject and the numbers, `hint` says what to do.
 * Messages never carry key material, passphrases, tokens or more than 1 KiB of a response.
 */
import { redactSecrets } from "./redaction.js";
import { messageLine } from "./text.js";

/**
 * Every code an error of ours can carry. Callers decide on these (and on classes and typed fields),
 * never on a message. Each code has one meaning and is carried by one class (or its subclasses),
 * named in the group's comment. Front ends word hints per code, so a code is a public promise:
 * rename one only with its hints and docs.
 */
export type ErrorCode =
  // Any layer, on UsageError: input that is not what it should be.
  | "USAGE"
  | "CA_FILE_MISSING"
  | "CA_NOT_CERTIFICATE"
  | "INSECURE_REGISTRY"
  // tuf/, and the workflows that check what they read or read back, on VerificationError and its
  // subclasses: metadata that cannot be trusted.
  | "MALFORMED_METADATA"
  | "EXPIRED"
  | "ROLLBACK"
  | "HASH_MISMATCH"
  | "THRESHOLD"
  | "SIGNERS_REMOVED"
  | "ROOT_TRUST"
  | "ROOT_CHANGED"
  | "ORDER"
  | "ROLE_NOT_DELEGATED"
  | "ROLE_NOT_IN_SNAPSHOT"
  | "SERVED_MISMATCH"
  | "TAG_MISMATCH"
  | "NOT_RELEASED"
  | "DIGEST_MISMATCH"
  // tuf/der, on EncodingError: a DER or PEM encoding that cannot be read.
  | "MALFORMED_ENCODING"
  // net/, on ServerError: the network, a proxy, TLS, HTTP, authentication.
  | "UNREACHABLE"
  | "TIMEOUT"
  | "CONNECTION_RESET"
  | "ABORTED"
  | "DEADLINE_EXCEEDED"
  | "RESPONSE_TOO_LARGE"
  | "TOO_MANY_REDIRECTS"
  | "BAD_REDIRECT"
  | "BAD_RESPONSE"
  | "TLS"
  | "TLS_UNKNOWN_CA"
  | "TLS_WRONG_CA"
  | "TLS_HOSTNAME"
  | "TLS_CERT_EXPIRED"
  | "PLAIN_HTTP"
  | "PROXY_AUTH"
  | "PROXY_REFUSED"
  | "UNAUTHORIZED"
  | "PULL_DENIED"
  | "PUSH_DENIED"
  | "TOKEN_ERROR"
  | "BAD_CHALLENGE"
  // net/credentials, on TrustError: a docker credential helper that failed.
  | "CREDENTIAL_HELPER"
  // notary/, on ServerError: what a Notary server answered.
  | "NOT_INITIALISED"
  /** The server answered 404 to a request that is not a probe for the repository's root. */
  | "NOT_FOUND"
  | "VERSION_CONFLICT"
  | "INVALID_UPDATE"
  | "UPLOAD_UNCONFIRMED"
  | "SERVER_UNAVAILABLE"
  /** Any other status; the server's own code is ServerError.serverCode. */
  | "BAD_STATUS"
  // registry/, on ServerError: what a registry answered.
  | "MANIFEST_UNKNOWN"
  | "REGISTRY_ERROR"
  | "REGISTRY_PLAIN_HTTP"
  // signers/, on TrustError: AWS KMS and signing.
  | "KMS_ACCESS_DENIED"
  | "KMS_BAD_PUBLIC_KEY"
  | "KMS_BAD_SIGNATURE"
  | "KMS_ERROR"
  | "KMS_KEY_DISABLED"
  | "KMS_KEY_NOT_FOUND"
  | "WITNESS_UNCONFIRMED"
  | "KMS_KEY_PENDING_DELETION"
  | "KMS_KEY_STATE"
  | "KMS_REJECTED"
  | "KMS_THROTTLED"
  | "KMS_UNAVAILABLE"
  | "KMS_UNREACHABLE"
  | "MESSAGE_TOO_LARGE"
  /** On UsageError: a key file's passphrase that does not decrypt it. */
  | "WRONG_PASSPHRASE"
  // cosign/ and the cosign workflows, on TrustError: cosign signature images and payloads.
  | "COSIGN_MANIFEST_INVALID"
  | "COSIGN_NOT_COSIGN_PAYLOAD"
  | "COSIGN_MANIFEST_FULL"
  | "COSIGN_WRITE_LOST"
  | "COSIGN_WRITE_FAILED"
  // workflows/, on TrustError or ServerError as named: signing, publishing, admin commands.
  | "UNKNOWN_ROLE"
  | "KEY_NOT_IN_ROLE"
  | "KEY_NOT_FOUND"
  | "PATH_NOT_ALLOWED"
  | "NO_SIGNABLE_ROLE"
  | "NO_SUCH_SIGNER"
  | "ROLE_UNTRUSTED"
  | "THRESHOLD_UNSUPPORTED"
  | "NOT_RELEASABLE"
  | "NOT_SERVED"
  | "STALE_READ_BACK"
  /** On ServerError: the server holds a root but not a file its own snapshot or timestamp names. */
  | "REPOSITORY_INCONSISTENT"
  | "PUBLISH_FAILED"
  | "SNAPSHOT_KEY_REQUIRED"
  | "REPOSITORY_EXISTS"
  | "ROOT_NOT_PINNED"
  | "CONFIRMATION_REQUIRED"
  | "CANCELLED"
  /**
   * On TrustError: the Notary service has ended (notary/retirements.ts): a root it shows for the
   * first time is not trusted, and whatever else failed against it is reported as the end.
   */
  | "SERVICE_ENDED";

export interface TrustErrorOptions {
  cause?: unknown;
  hint?: string;
}

export class TrustError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: TrustErrorOptions = {}) {
    super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint === undefined ? undefined : oneLine(options.hint);
  }

  /** The message with its hint, as printed to a user. */
  describe(): string {
    return this.hint ? `${this.message}; ${this.hint}` : this.message;
  }
}

/**
 * Messages quote names a server chose (target names, role names, error codes), so each message,
 * hint and warning is made one line (text.ts messageLine), and quote what a server or a setting
 * said, so each is cleared of the run's secrets and of URL user-info (redaction.ts). Every one of
 * them passes through this function, which the reworded test project wraps
 * (test/reworded/plugin.ts).
 */
function oneLine(text: string): string {
  return messageLine(redactSecrets(text));
}

/**
 * A warning as it is recorded and passed on: one line, like a message. Warnings pass through here
 * where they are collected (trust loading, signing, verify), so the reworded test project rewords
 * them with the messages: nothing may decide on a warning's wording either.
 */
export function warningLine(text: string): string {
  return oneLine(text);
}

/** Input that is not what it should be (bad reference, bad key file, bad option). */
export class UsageError extends TrustError {
  /** `code` defaults to USAGE; a more precise one lets a front end word its hint (CA_NOT_CERTIFICATE). */
  constructor(message: string, options: TrustErrorOptions & { code?: ErrorCode } = {}) {
    super(options.code ?? "USAGE", message, options);
  }
}

/** Metadata that cannot be trusted: signatures, hashes, versions, expiry, shape. */
export class VerificationError extends TrustError {}

export class MalformedMetadataError extends VerificationError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("MALFORMED_METADATA", message, options);
  }
}
export class ExpiredError extends VerificationError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("EXPIRED", message, options);
  }
}
export class RollbackError extends VerificationError {
  /** The role whose version went back (`root`, `timestamp`, `targets/releases`, …). */
  readonly role: string;
  constructor(role: string, message: string, options: TrustErrorOptions = {}) {
    super("ROLLBACK", message, options);
    this.role = role;
  }
}
export class HashMismatchError extends VerificationError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("HASH_MISMATCH", message, options);
  }
}
export class ThresholdError extends VerificationError {
  /** `code` THRESHOLD, or SIGNERS_REMOVED when every signature is by a key the role no longer lists. */
  constructor(message: string, options: TrustErrorOptions = {}, code: "THRESHOLD" | "SIGNERS_REMOVED" = "THRESHOLD") {
    super(code, message, options);
  }
}
export class RootTrustError extends VerificationError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("ROOT_TRUST", message, options);
  }
}

/** Something the network or a server did. `status` is the HTTP status when there was one. */
export class ServerError extends TrustError {
  readonly status: number | undefined;
  readonly url: string | undefined;
  /**
   * The `Name` of a notary-server validation error (`ErrBadTargets`, `ErrBadHierarchy`, …) taken
   * from the answer's `detail`, when it had one: what callers decide on, never the message.
   */
  readonly detailName: string | undefined;
  /** The `code` of the server's error body (`VERSION`, `INVALID_UPDATE`, `DENIED`, …), when it had one. */
  readonly serverCode: string | undefined;
  /**
   * A 404 without a Notary server's own error code (METADATA_NOT_FOUND): the host may serve no
   * Notary at all (a registry without content trust).
   */
  readonly foreignNotFound: boolean;
  /**
   * Why a request got no answer, in a few words (`ECONNREFUSED`, `no connection within 10 s`), for
   * a line that names the failure without its whole message: a retry as it happens.
   */
  readonly why: string | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    options: TrustErrorOptions & {
      status?: number | undefined;
      url?: string | undefined;
      detailName?: string | undefined;
      serverCode?: string | undefined;
      foreignNotFound?: boolean;
      why?: string | undefined;
    } = {},
  ) {
    super(code, message, options);
    this.status = options.status;
    this.url = options.url;
    this.detailName = options.detailName;
    this.serverCode = options.serverCode;
    this.foreignNotFound = options.foreignNotFound === true;
    this.why = options.why;
  }

  /** The `host[:port]` of `url`, when there is a URL that parses. */
  get host(): string | undefined {
    try {
      return this.url ? new URL(this.url).host : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * DEADLINE_EXCEEDED: `what` (a request, a KMS call) was under way when the run's deadline of
 * `deadlineMs` passed; `hint` says which side is hung and what setting to raise.
 */
export function deadlineExceeded(deadlineMs: number, what: string, hint: string, cause?: unknown): ServerError {
  return new ServerError(
    "DEADLINE_EXCEEDED",
    `${what} was cut short: the run's deadline of ${Math.round(deadlineMs / 1000)} s passed`,
    { ...(cause !== undefined ? { cause } : {}), hint },
  );
}

/** A short, printable description of any thrown value (never a stack, never a dump). */
export function describeError(err: unknown): string {
  if (err instanceof TrustError) return err.describe();
  if (err instanceof Error) return oneLine(err.message);
  return oneLine(String(err));
}
