/**
 * One error base for everything a user can meet. `code` is stable and machine-readable,
 * `message` is one line naming the subject and the numbers, `hint` says what to do.
 * Messages never carry key material, passphrases, tokens or more than 1 KiB of a response.
 */
export interface TrustErrorOptions {
  cause?: unknown;
  hint?: string;
}

export class TrustError extends Error {
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, options: TrustErrorOptions = {}) {
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
 * Messages quote names a server chose (target names, role names, error codes): a line break in one
 * would let a server start a line of its own in a CI log, e.g. a `::set-output` workflow command.
 * Control characters and Unicode line separators become spaces, so a message is always one line.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, " ");
}

/** Input that is not what it should be (bad reference, bad key file, bad option). */
export class UsageError extends TrustError {
  /** `code` defaults to USAGE; a more precise one lets a front end word its hint (CA_NOT_CERTIFICATE). */
  constructor(message: string, options: TrustErrorOptions & { code?: string } = {}) {
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
  constructor(
    code: string,
    message: string,
    options: TrustErrorOptions & { status?: number; url?: string; detailName?: string | undefined } = {},
  ) {
    super(code, message, options);
    this.status = options.status;
    this.url = options.url;
    this.detailName = options.detailName;
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

/** A short, printable description of any thrown value (never a stack, never a dump). */
export function describeError(err: unknown): string {
  if (err instanceof TrustError) return err.describe();
  if (err instanceof Error) return oneLine(err.message);
  return oneLine(String(err));
}
