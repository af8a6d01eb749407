/**
 * What every admin command sets up from a typed configuration (CLI flags or action inputs): the
 * repository, the Notary connection, the keys to sign with, and the trusted root kept between runs.
 * Signing keys are the ones given (a key file, an AWS KMS key); the key directory is searched by
 * key ID when none is given, or always when asked, as Docker searches `~/.docker/trust/private`.
 */
import { parseRepository, type ImageReference } from "../../registry/reference.js";
import { KeyDirectory, type PassphraseSource } from "../../signers/key-directory.js";
import type { Signer } from "../../tuf/signer.js";
import type { TrustAnchor, TrustedSet } from "../../tuf/trusted-set.js";
import { openRun, trustedState, type RunConfig, type RunHooks } from "../compose.js";
import type { Connection } from "../connect.js";
import { firstUseCheck, type RootPinSettings } from "../first-use.js";
import { createKeyring } from "./keyring.js";
import type { AdminDeps } from "./update.js";

export interface AdminConfig extends RunConfig, RootPinSettings {
  /** The repository (`registry.example/app`); for revoke, the image with its tag. */
  repository: string;
  /** The key directory (Docker's `$DOCKER_CONFIG/trust/private`). */
  keyDir?: string;
  /** Search the key directory for signing keys even when a key is given. */
  searchKeyDir?: boolean;
}

export interface AdminHooks extends RunHooks {
  /** Passphrases of encrypted files in the key directory. */
  passphrase?: PassphraseSource;
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

/**
 * A run (see compose.ts) with the keyring admin commands sign with: the keys given, else (or also, when asked)
 * the key directory.
 */
async function openAdminSession(
  config: AdminConfig,
  hooks: AdminHooks = {},
  options: { allowTag?: boolean } = {},
): Promise<AdminSession> {
  const ref = parseRepository(config.repository, options.allowTag);
  // Every admin command publishes what it changes.
  const run = await openRun(ref, config, hooks, { pushFromStart: true });
  const { signers } = run;
  const directory = config.keyDir ? new KeyDirectory(config.keyDir) : undefined;
  const searchDirectory = directory && (signers.length === 0 || config.searchKeyDir);
  const keyring = createKeyring({
    signers,
    ...(searchDirectory ? { directory } : {}),
    ...(hooks.passphrase ? { passphrase: hooks.passphrase } : {}),
  });
  return {
    ref,
    gun: ref.name,
    deps: {
      notary: run.connection.notary,
      keyring,
      runtime: run.runtime,
      // A command that publishes over a root it trusted on first use says so, as sign does, and
      // refuses it when a pin is required.
      firstUse: firstUseCheck({
        gun: ref.name,
        warn: run.runtime.warn,
        ...(config.requireRootPin !== undefined ? { requireRootPin: config.requireRootPin } : {}),
        ...(config.pinNames ? { pinNames: config.pinNames } : {}),
      }),
    },
    anchor: run.anchor,
    connection: run.connection,
    directory,
    signers,
    save: (set) => run.save(trustedState(set)),
    close: () => run.close(),
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
