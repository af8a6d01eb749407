/**
 * `init` (and `signer add --init`) from a configuration: the keys a new repository needs, found or
 * made, then initRepository. New private keys are written to the key directory before anything is
 * published, as Docker writes them, so a repository never exists whose keys were lost; a
 * repository that already exists is refused before any key is made.
 */
import type { KeyObject } from "node:crypto";
import { UsageError } from "../../errors.js";
import { loadPrivateKey } from "../../signers/key-file.js";
import { KeyFileSigner } from "../../signers/key-file-signer.js";
import type { Signer } from "../../tuf/signer.js";
import { signerKeys } from "../../tuf/docker.js";
import type { PublicKey } from "../../tuf/keys.js";
import {
  assertNewRepository,
  fetchServerKeys,
  initRepository,
  rootKeyProblem,
  type FirstSigner,
  type InitResult,
} from "./init.js";
import { withAdminSession, type AdminConfig, type AdminHooks, type AdminSession } from "./session.js";
import { addSigner, type SignerChangeResult } from "./signers.js";
import { setting } from "../../wording.js";

export interface NewRepositoryConfig extends AdminConfig {
  /** Contents of an existing root key file (ECDSA P-256); a new root key is made when absent. */
  rootKey?: string;
  rootKeyPassphrase?: string;
  /** Signers to delegate to in the first targets. */
  signers?: FirstSigner[];
}

export interface NewRepositoryHooks extends AdminHooks {
  /** The passphrase for a new key file of `role`; must not be empty. */
  newPassphrase?: (role: "root" | "targets") => Promise<string>;
}

export interface NewKeyFile {
  role: "root" | "targets";
  /** Canonical key ID; the file is `<keyId>.key` in the key directory. */
  keyId: string;
  fileName: string;
}

export interface NewRepositoryResult extends InitResult {
  /** Key files written to the key directory. */
  written: NewKeyFile[];
}

async function createIn(
  session: AdminSession,
  config: NewRepositoryConfig,
  hooks: NewRepositoryHooks,
): Promise<NewRepositoryResult> {
  const notary = session.connection.notary;
  await assertNewRepository(notary);
  const serverKeys = await fetchServerKeys(notary, session.deps.runtime.log);
  let rootKey: KeyObject | undefined;
  if (config.rootKey) {
    rootKey = loadPrivateKey(config.rootKey, config.rootKeyPassphrase).keyObject;
    const problem = rootKeyProblem(rootKey);
    if (problem) throw new UsageError(`root key: ${problem}`);
  }
  const written: NewKeyFile[] = [];
  const newKey = async (role: "root" | "targets") => {
    if (!session.directory)
      throw new UsageError(`a new ${role} key needs a key directory to be written to`, {
        hint: `give ${setting("key-dir")}`,
      });
    if (!hooks.newPassphrase)
      throw new UsageError(`no passphrase for the new ${role} key`, {
        hint: `give it in ${setting("signer-key-passphrase")}`,
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
  try {
    rootKey ??= (await newKey("root")).keyObject;
    const targets: Signer = session.signers[0] ?? new KeyFileSigner(await newKey("targets"));
    const result = await initRepository(
      { notary, runtime: session.deps.runtime },
      { rootKey, targets, serverKeys, ...(config.signers ? { signers: config.signers } : {}) },
    );
    return { ...result, written };
  } catch (err) {
    // The keys stay: if the repository was created after all, they are the only keys of its
    // root and targets. A run again makes new ones; the person must know which files are which.
    if (written.length > 0)
      session.deps.runtime.warn(
        `the key files written for ${session.gun} stay in the key directory: ${written.map((k) => `${k.role} ${k.fileName}`).join(", ")}. If the same command run again creates the repository, it writes new keys and these can be deleted; if it says the repository exists, the upload landed after all and these are its keys: keep them`,
      );
    throw err;
  }
}

/** Creates a repository: root and targets keys given or made, the server's snapshot and timestamp keys. */
export async function createRepository(
  config: NewRepositoryConfig,
  hooks: NewRepositoryHooks = {},
): Promise<NewRepositoryResult> {
  return withAdminSession(config, hooks, (session) => createIn(session, config, hooks));
}

/** `signer add --init`: creates the repository with the signer when it does not exist, else adds the signer. */
export async function addSignerOrCreate(
  config: NewRepositoryConfig,
  hooks: NewRepositoryHooks,
  signer: { name: string; keys: readonly PublicKey[] },
): Promise<SignerChangeResult & { created?: NewRepositoryResult }> {
  return withAdminSession(config, hooks, async (session) => {
    if (await session.connection.notary.getMetadata("root")) {
      return addSigner(session.deps, { name: signer.name, keys: signer.keys, anchor: session.anchor });
    }
    session.deps.runtime.log(`${session.gun} does not exist yet: creating it with signer ${signer.name}`);
    const created = await createIn(session, { ...config, signers: [{ name: signer.name, keys: signer.keys }] }, hooks);
    return {
      gun: session.gun,
      name: signer.name,
      keyIds: signerKeys(created.set).find((s) => s.name === signer.name)?.keyIds ?? [],
      published: true,
      targetsVersion: created.set.targets.get("targets")!.signed.version,
      unreleased: [],
      warnings: [],
      set: created.set,
      created,
    };
  });
}
