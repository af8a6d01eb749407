/**
 * What every admin command sets up from a typed configuration (CLI flags or action inputs): the
 * repository, the Notary connection, the keys to sign with, and the trusted root kept between runs.
 * Signing keys are the ones given (a key file, an AWS KMS key); the key directory is searched by
 * key ID when none is given, or always when asked, as Docker searches `~/.docker/trust/private`.
 */
import { UsageError } from "../../errors.js";
import { parseReference, type ImageReference } from "../../registry/reference.js";
import { KeyDirectory, type PassphraseSource } from "../../signers/key-directory.js";
import { loadPrivateKey } from "../../signers/key-file.js";
import { KeyFileSigner } from "../../signers/key-file-signer.js";
import { createKmsSigner, type KmsSigner, type KmsSignerOptions } from "../../signers/kms-signer.js";
import type { Signer } from "../../signers/signer.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import { connect, kmsProxyOptions, type ConnectOptions, type Connection } from "../connect.js";
import { TrustStore } from "../trust-store.js";
import { createKeyring } from "./keyring.js";
import type { AdminDeps } from "./update.js";
import { setting } from "../../wording.js";
import { createRuntime, type Runtime } from "../runtime.js";

export interface AdminConfig extends ConnectOptions {
  /** The repository (`registry.example/app`); for revoke, the image with its tag. */
  repository: string;
  /** Contents of a private key file to sign with. */
  signerKey?: string;
  signerKeyPassphrase?: string;
  /** AWS KMS key (ID, ARN, alias) to sign with. */
  awsKmsKey?: string;
  awsRegion?: string;
  /** The key directory (Docker's `$DOCKER_CONFIG/trust/private`). */
  keyDir?: string;
  /** Search the key directory for signing keys even when a key is given. */
  searchKeyDir?: boolean;
  rootKeyIds?: string[];
  /** Where trusted roots are kept between runs; nothing is kept when absent. */
  trustDir?: string;
}

export interface AdminHooks {
  /** Clock, waits, progress lines and warnings (default: the real clock, nothing printed). */
  runtime?: Runtime;
  /** Passphrases of encrypted files in the key directory. */
  passphrase?: PassphraseSource;
  /** AWS SDK settings that are not configuration (tests: endpoint, static credentials). */
  kms?: Pick<KmsSignerOptions, "endpoint" | "credentials" | "requestHandler" | "maxAttempts">;
}

export interface AdminSession {
  ref: ImageReference;
  gun: string;
  deps: AdminDeps;
  anchor: TrustAnchor;
  connection: Connection;
  directory: KeyDirectory | undefined;
  /** The keys given explicitly (key file, KMS). */
  signers: Signer[];
  /** Keeps the root trusted now (and the versions seen) for the next run. */
  save(set: TrustedSet): Promise<void>;
  close(): void;
}

/** The repository of `text`; a tag is refused unless the command takes one. */
export function parseRepository(text: string, allowTag = false): ImageReference {
  const ref = parseReference(text);
  if (ref.digest && allowTag) {
    throw new UsageError(`${text} names a digest, but what is revoked is a signed tag`, { hint: `give ${setting("image")} as ${ref.name}:TAG` });
  }
  if (ref.digest || (ref.tag && !allowTag)) {
    throw new UsageError(`${text} names an image, not a repository`, { hint: `give the repository alone, e.g. ${ref.name}` });
  }
  return ref;
}

export async function openAdminSession(config: AdminConfig, hooks: AdminHooks = {}, options: { allowTag?: boolean } = {}): Promise<AdminSession> {
  const ref = parseRepository(config.repository, options.allowTag);
  if (config.signerKey && config.awsKmsKey) throw new UsageError(`${setting("signer-key")} and ${setting("aws-kms-key")} are both set`, { hint: "give one signing key: a key file or an AWS KMS key" });
  const signers: Signer[] = [];
  if (config.signerKey) signers.push(new KeyFileSigner(loadPrivateKey(config.signerKey, config.signerKeyPassphrase)));
  const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
  const anchor = (await store?.load(ref.name)) ?? {};
  if (config.rootKeyIds?.length) anchor.pinnedRootKeyIds = config.rootKeyIds;
  const runtime = hooks.runtime ?? createRuntime();
  const connection = connect(ref, { ...config, logRetry: runtime.log });
  let kms: KmsSigner | undefined;
  try {
    if (config.awsKmsKey) kms = await createKmsSigner({ keyId: config.awsKmsKey, region: config.awsRegion, ...kmsProxyOptions(config.proxy), ...hooks.kms });
  } catch (err) {
    connection.close();
    throw err;
  }
  if (kms) signers.push(kms);
  const directory = config.keyDir ? new KeyDirectory(config.keyDir) : undefined;
  const searchDirectory = directory && (signers.length === 0 || config.searchKeyDir);
  const keyring = createKeyring({ signers, ...(searchDirectory ? { directory } : {}), ...(hooks.passphrase ? { passphrase: hooks.passphrase } : {}) });
  return {
    ref,
    gun: ref.name,
    deps: { notary: connection.notary, keyring, runtime },
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
export async function withAdminSession<T extends { set: TrustedSet }>(
  config: AdminConfig,
  hooks: AdminHooks,
  run: (session: AdminSession) => Promise<T>,
  options: { allowTag?: boolean } = {},
): Promise<T> {
  const session = await openAdminSession(config, hooks, options);
  try {
    const result = await run(session);
    await session.save(result.set);
    return result;
  } finally {
    session.close();
  }
}
