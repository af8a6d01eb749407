/**
 * The one way a run is put together from a typed configuration (CLI flags or action inputs), for
 * sign, migrate, inspect and the admin commands: the signing keys given (a key file or an AWS KMS
 * key, never both), the connection to the Notary server and the registry under one deadline, the
 * trust anchor (the root and versions kept from earlier runs, and the pinned root keys), and the
 * runtime. Verify reads many repositories over one transport and takes each anchor by the same
 * rule (`loadAnchor`).
 */
import { UsageError } from "../errors.js";
import { DEFAULT_RUN_DEADLINE_MS } from "../net/deadline.js";
import { retirementNotice, serviceEndedError, type ServerUse } from "../notary/retirements.js";
import type { ImageReference } from "../registry/reference.js";
import { keyFileRole } from "../signers/key-file-block.js";
import { loadPrivateKey, loadPrivateKeyAsync } from "../signers/key-file.js";
import { KeyFileSigner } from "../signers/key-file-signer.js";
import type { KmsSigner, KmsSignerOptions } from "../signers/kms-signer.js";
import type { Signer } from "../tuf/signer.js";
import type { TrustAnchor, TrustedSet } from "../tuf/trusted-set.js";
import { setting } from "../wording.js";
import { connect, kmsCallOptions, type ConnectOptions, type Connection } from "./connect.js";
import { refusedFirstUse } from "./load-trust.js";
import { createRuntime, type Runtime } from "./runtime.js";
import { TrustStore, storeFailureWarning } from "./trust-store.js";

export interface RunConfig extends Omit<ConnectOptions, "transport" | "deadlineAt" | "logRetry"> {
  /** Contents of a private key file to sign with. */
  signerKey?: string;
  signerKeyPassphrase?: string;
  /** AWS KMS key (key ID, key ARN, alias name or alias ARN) to sign with, instead of signerKey. */
  awsKmsKey?: string;
  /** Region of awsKmsKey when it is not an ARN; otherwise the AWS SDK's chain (AWS_REGION, profile) decides. */
  awsRegion?: string;
  /** Root key IDs one of which must sign the repository's root. */
  rootKeyIds?: string[];
  /** Where trusted roots are kept between runs; nothing is kept when absent. */
  trustDir?: string;
}

export interface RunHooks {
  /** Clock, waits, progress lines and warnings (default: the real clock, nothing printed). */
  runtime?: Runtime;
  /** AWS SDK settings for the KMS signer that are not configuration (tests: endpoint, static credentials). */
  kms?: Pick<KmsSignerOptions, "endpoint" | "credentials" | "requestHandler" | "maxAttempts">;
}

export interface Run {
  ref: ImageReference;
  runtime: Runtime;
  connection: Connection;
  anchor: TrustAnchor;
  /** The keys given, the key file's before the KMS key's; empty when none was given. */
  signers: Signer[];
  /** The role a key file names in its PEM header (`role: targets/alice`), when it names one. */
  keyFileRole?: string;
  /** With `keyFileInFlight`: the key file's signer, still being decrypted (not in `signers`). */
  keyFileSigner?: Promise<Signer>;
  /** When the run's deadline ends (milliseconds since the epoch). */
  deadlineAt: number;
  /** Whether `save` keeps anything (a trust directory was given). */
  persists: boolean;
  /** Keeps the root trusted now, and the versions seen, for the next run. */
  save(trusted: { root: Uint8Array; versions: Record<string, number> }): Promise<void>;
  close(): void;
}

export interface OpenOptions {
  /** Refuse to start without a key file or KMS key (sign, migrate). */
  requireKey?: boolean;
  /**
   * Decrypt the key file on the thread pool while the run's first requests are in flight (sign).
   * Its failure (a wrong passphrase) is still the one reported, and the runtime holds progress
   * lines and warnings until the key is loaded, so that such a run says nothing else.
   */
  keyFileInFlight?: boolean;
  /** The run uploads to the Notary server (sign, the admin commands): see ConnectOptions. */
  pushFromStart?: boolean;
  /** false: the run never speaks to the Notary server (a sign with cosign signatures only). */
  notary?: boolean;
  /** What the run does with the Notary server, for the notice of a service that is ending (inspect by default). */
  use?: ServerUse;
}

/** The stored anchor of `gun` (nothing when there is no store), with the pinned root keys when given. */
export async function loadAnchor(
  store: Pick<TrustStore, "load"> | undefined,
  gun: string,
  pins: readonly string[] | undefined,
): Promise<TrustAnchor> {
  const anchor = (await store?.load(gun)) ?? {};
  if (pins?.length) anchor.pinnedRootKeyIds = [...pins];
  return anchor;
}

/** What a trusted set leaves for the next run: its root and the versions it trusted. */
export function trustedState(set: TrustedSet): { root: Uint8Array; versions: Record<string, number> } {
  return { root: set.root.bytes, versions: set.versions() };
}

/** The key file's text, refused before any decryption when it is missing or larger than a key file. */
function keyFileText(config: Pick<RunConfig, "signerKey">): string {
  if (!config.signerKey)
    throw new UsageError(
      `no signing key: give ${setting("signer-key")} (a private key file) or ${setting("aws-kms-key")}`,
    );
  if (config.signerKey.length > MAX_KEY_FILE_CHARS)
    throw new UsageError(
      `signer key is ${config.signerKey.length} characters long, more than a key file's 1 MiB; give the content of one private key file`,
    );
  return config.signerKey;
}

/** The signer of a key file, with the role its PEM header names. */
function loadSigner(config: Pick<RunConfig, "signerKey" | "signerKeyPassphrase">): { signer: Signer; role?: string } {
  const pem = keyFileText(config);
  const key = loadPrivateKey(pem, config.signerKeyPassphrase);
  return { signer: new KeyFileSigner(key), ...(key.role ? { role: key.role } : {}) };
}

/** loadSigner with the decryption under way: the checks that need none throw at once. */
function startKeyFile(config: Pick<RunConfig, "signerKey" | "signerKeyPassphrase">): {
  signer: Promise<Signer>;
  role?: string;
} {
  const pem = keyFileText(config);
  const role = keyFileRole(pem);
  const signer = loadPrivateKeyAsync(pem, config.signerKeyPassphrase).then((key): Signer => new KeyFileSigner(key));
  // Awaited by the run; one that fails before then must not leave it unhandled.
  signer.catch(() => undefined);
  return { signer, ...(role ? { role } : {}) };
}

/** A runtime whose progress lines and warnings wait for `ready`, and are dropped if it fails. */
function heldUntil(ready: Promise<unknown>, runtime: Runtime): Runtime {
  let held: (() => void)[] | undefined = [];
  ready.then(
    () => {
      const lines = held ?? [];
      held = undefined;
      for (const line of lines) line();
    },
    () => undefined,
  );
  const hold = (f: (m: string) => void) => (m: string) => (held ? held.push(() => f(m)) : f(m));
  return { ...runtime, log: hold(runtime.log), warn: hold(runtime.warn) };
}

const MAX_KEY_FILE_CHARS = 1024 * 1024;

/**
 * Opens a run for the repository of `ref`. The key file is read before anything goes on the
 * network; the KMS key is asked for its public key once the connection is set up, and everything
 * opened is closed again when a later step fails.
 */
export async function openRun(
  ref: ImageReference,
  config: RunConfig,
  hooks: RunHooks = {},
  options: OpenOptions = {},
): Promise<Run> {
  if (config.signerKey && config.awsKmsKey)
    throw new UsageError(`${setting("signer-key")} and ${setting("aws-kms-key")} are both set`, {
      hint: "give one signing key: a key file or an AWS KMS key",
    });
  const wantsFile = Boolean(config.signerKey || (options.requireKey && !config.awsKmsKey));
  const fromFile = wantsFile && !options.keyFileInFlight ? loadSigner(config) : undefined;
  const inFlight = wantsFile && options.keyFileInFlight ? startKeyFile(config) : undefined;
  const runtime = inFlight
    ? heldUntil(inFlight.signer, hooks.runtime ?? createRuntime())
    : (hooks.runtime ?? createRuntime());
  // The key's own failure is reported first, as when it was loaded before anything else.
  const keyFirst = async (err: unknown): Promise<never> => {
    await inFlight?.signer;
    throw err;
  };
  const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
  // The stored anchor is read while the connection reads its credentials.
  const anchorRead = loadAnchor(store, ref.name, config.rootKeyIds);
  anchorRead.catch(() => undefined);
  const deadlineAt = runtime.now() + (config.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS);
  let connection: Connection;
  try {
    connection = connect(ref, {
      ...config,
      deadlineAt,
      logRetry: runtime.log,
      now: runtime.now,
      ...(options.pushFromStart ? { pushFromStart: true } : {}),
    });
  } catch (err) {
    await anchorRead.catch(keyFirst);
    return keyFirst(err);
  }
  const notice =
    options.notary !== false &&
    retirementNotice(
      connection.notaryServer,
      runtime.now(),
      options.use ?? (options.pushFromStart ? "publish" : "inspect"),
      ref.name,
    );
  if (notice) runtime.warn(notice);
  let anchor: TrustAnchor;
  try {
    anchor = await anchorRead;
  } catch (err) {
    connection.close();
    return keyFirst(err);
  }
  // Refused before the body sends its first wave: nothing goes to an ended service's host.
  const refused = options.notary !== false && refusedFirstUse(connection.notary, anchor, runtime.now());
  if (refused) {
    connection.close();
    return keyFirst(
      serviceEndedError(refused, ref.name, undefined, options.use ?? (options.pushFromStart ? "publish" : "inspect")),
    );
  }
  let kms: KmsSigner | undefined;
  try {
    if (config.awsKmsKey) {
      const { createKmsSigner } = await import("../signers/kms-signer.js");
      kms = await createKmsSigner({
        keyId: config.awsKmsKey,
        region: config.awsRegion,
        ...kmsCallOptions(config, deadlineAt, runtime.now),
        ...hooks.kms,
      });
    }
  } catch (err) {
    connection.close();
    throw err;
  }
  return {
    ref,
    runtime,
    connection,
    anchor,
    signers: [...(fromFile ? [fromFile.signer] : []), ...(kms ? [kms] : [])],
    ...(fromFile?.role ? { keyFileRole: fromFile.role } : {}),
    ...(inFlight?.role ? { keyFileRole: inFlight.role } : {}),
    ...(inFlight ? { keyFileSigner: inFlight.signer } : {}),
    deadlineAt,
    persists: store !== undefined,
    // What the run did stands when its root cannot be kept: a warning, never a failure after a publish.
    save: async ({ root, versions }) => {
      await store
        ?.save(ref.name, root, versions)
        .catch((err: unknown) => runtime.warn(storeFailureWarning(ref.name, err)));
    },
    close: () => {
      connection.close();
      kms?.close();
    },
  };
}

/** Opens a run, gives it to `body`, and always closes it. */
export async function withRun<T>(
  ref: ImageReference,
  config: RunConfig,
  hooks: RunHooks,
  body: (run: Run) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const run = await openRun(ref, config, hooks, options);
  try {
    return await body(run);
  } finally {
    run.close();
  }
}
