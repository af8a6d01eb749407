/**
 * Flags and passphrases of the admin commands (init, signer, revoke, renew, key rotate-signer).
 * Keys that sign: --signer-key FILE or --aws-kms-key KEY; without either (or with --key-dir given),
 * the keys of the key directory found by ID. Passphrases: CONTENT_TRUST_PASSPHRASE (and
 * CONTENT_TRUST_ROOT_PASSPHRASE for root keys when set), else a terminal prompt; new keys are asked
 * for twice and never left unencrypted.
 */
import path from "node:path";
import { UsageError } from "../../errors.js";
import { CommandLineError, flagValue } from "../args.js";
import type { KeyRequest, PassphraseSource } from "../../signers/key-directory.js";
import { parseRepository } from "../../registry/reference.js";
import { shortId } from "../../tuf/keys.js";
import type { AdminConfig } from "../../workflows/admin/session.js";
import { PIN_FLAGS } from "../../workflows/first-use.js";
import { dockerConfigDir, passphraseFor, passphraseCandidates, readInputFile, type CliIo } from "../io.js";
import { CONNECTION_HELP, CONNECTION_NOTES, connectionOptions, rootKeyIdsOption } from "./common.js";
import { createRuntime, type Runtime } from "../../workflows/runtime.js";

/** Help lines for the keys that sign; `what` names the key ("that signs", "to use as the targets key"). */
export function keyHelp(what = "that signs", kmsFlag = "--aws-kms-key KEY"): string {
  return `  --signer-key FILE         private key file ${what} (Docker/notary key file or PEM)
  ${kmsFlag.padEnd(25)} AWS KMS key ID, ARN or alias ${what}, instead of a key file
  --aws-region REGION       region of a KMS key given by ID or alias
  --key-dir DIR             key directory: new keys are written there, and keys are found
                            there by ID when no key is given or when --key-dir is given
                            (default: $DOCKER_CONFIG/trust/private, shared with docker trust)`;
}

export const ADMIN_KEY_HELP = keyHelp();

export const ADMIN_FOOTER = `${CONNECTION_HELP}
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --json                    print the result as JSON
Passphrases: CONTENT_TRUST_PASSPHRASE (CONTENT_TRUST_ROOT_PASSPHRASE for root keys, when set),
and docker's DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE
for root keys): an existing key takes the first of them that decrypts it, a new key the first
that is set; else a prompt on a terminal.
${CONNECTION_NOTES}`;

type Values = Record<string, string | string[] | boolean | undefined>;
const str = (v: Values[string]) => (typeof v === "string" ? v : undefined);

/** The key directory: --key-dir, else Docker's `$DOCKER_CONFIG/trust/private`. */
export function keyDirOf(values: Values, io: CliIo): string {
  const given = str(values["key-dir"]);
  return given ? path.resolve(io.cwd, given) : path.join(dockerConfigDir(io.env), "trust", "private");
}

/**
 * The configuration every admin command shares, for `repository` (a tag only where the command
 * takes an image: revoke). A tag or digest elsewhere is a command-line mistake.
 */
export async function adminConfig(
  values: Values,
  io: CliIo,
  repository: string,
  keyFlags = { file: "signer-key", kms: "aws-kms-key" },
  { allowTag = false } = {},
): Promise<AdminConfig> {
  flagValue(() => parseRepository(repository, allowTag));
  const conn = await connectionOptions(values, io);
  const keyFile = str(values[keyFlags.file]);
  const kms = str(values[keyFlags.kms]);
  if (keyFile && kms)
    throw new CommandLineError(`--${keyFlags.file} and --${keyFlags.kms} are both set`, {
      hint: "give one signing key",
    });
  const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
  const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
  return {
    ...conn,
    repository,
    ...(signerKey ? { signerKey } : {}),
    ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
    ...(kms ? { awsKmsKey: kms } : {}),
    ...(str(values["aws-region"]) ? { awsRegion: str(values["aws-region"])! } : {}),
    keyDir: keyDirOf(values, io),
    searchKeyDir: str(values["key-dir"]) !== undefined,
    ...rootKeyIdsOption(Array.isArray(values["root-key-id"]) ? values["root-key-id"] : undefined),
    requireRootPin: values["require-root-pin"] === true,
    pinNames: PIN_FLAGS,
    trustDir: str(values["trust-dir"]) ?? path.join(dockerConfigDir(io.env), "trust"),
  };
}

/**
 * Root keys: CONTENT_TRUST_ROOT_PASSPHRASE, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE, then
 * CONTENT_TRUST_PASSPHRASE. Other keys: CONTENT_TRUST_PASSPHRASE, then
 * DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, as `docker trust` reads them.
 */
function passphraseNames(root: boolean): string[] {
  return root
    ? ["CONTENT_TRUST_ROOT_PASSPHRASE", "DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE", "CONTENT_TRUST_PASSPHRASE"]
    : ["CONTENT_TRUST_PASSPHRASE", "DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE"];
}

/** The first of passphraseNames that is set: what a new key is encrypted with. */
function envPassphrase(io: CliIo, root: boolean): { name: string; value: string } | undefined {
  const name = passphraseNames(root).find((n) => io.env[n] !== undefined);
  return name ? { name, value: io.env[name]! } : undefined;
}

/**
 * Every one of passphraseNames that is set, in order, each value once: an existing key is
 * decrypted with the first that is right, so that a job can give two keys' passphrases (the
 * targets key's and a new signer key's) in the two variables.
 */
function envPassphrases(io: CliIo, root: boolean): string[] {
  // An empty one (a workflow's unset secret) decrypts nothing.
  return [
    ...new Set(passphraseNames(root).flatMap((n) => passphraseCandidates(io.env, n).filter((value) => value !== ""))),
  ];
}

function describeKey(r: KeyRequest): string {
  return `${r.role ? `${r.role} key` : "key"} ${shortId(r.keyId)}`;
}

/** Passphrases of encrypted files in the key directory. */
export function keyDirectoryPassphrase(io: CliIo): PassphraseSource {
  return async (request) => {
    const env = envPassphrases(io, request.role === "root");
    if (env.length > 0) return env;
    if (io.promptSecret) return io.promptSecret(`Passphrase for the ${describeKey(request)}: `);
    throw new UsageError(`the ${describeKey(request)} in the key directory is encrypted`, {
      hint: "set CONTENT_TRUST_PASSPHRASE",
    });
  };
}

/** Passphrases for new keys: from the environment (not empty), else asked twice on a terminal. */
export function newKeyPassphrase(io: CliIo): (role: "root" | "targets") => Promise<string> {
  const chosen = new Map<string, string>();
  return async (role) => {
    const kind = role === "root" ? "root" : "repository";
    const known = chosen.get(kind);
    if (known) return known;
    const env = envPassphrase(io, role === "root");
    let value: string;
    if (env) {
      if (env.value === "")
        throw new UsageError(`${env.name} is empty; new keys are always encrypted`, { hint: "set it to a passphrase" });
      value = env.value;
    } else if (io.promptSecret) {
      value = await io.promptSecret(`Passphrase for the new ${role} key: `);
      if (value === "")
        throw new UsageError(`an empty passphrase for the new ${role} key is refused; new keys are always encrypted`);
      const again = await io.promptSecret(`Repeat the passphrase for the new ${role} key: `);
      if (again !== value) throw new UsageError(`the passphrases for the new ${role} key do not match`);
    } else {
      throw new UsageError(`no passphrase for the new ${role} key`, {
        hint: "set CONTENT_TRUST_PASSPHRASE, or run it on a terminal",
      });
    }
    chosen.set(kind, value);
    return value;
  };
}

/** The CLI's runtime: the real clock and timers, log lines on stderr, and each warning once. */
export function cliRuntime(io: CliIo): Runtime {
  return createRuntime({ log: (m: string) => io.stderr(`${m}\n`), warn: warnOnce(io) });
}

/** The runtime, and the passphrases of the key directory asked of the person. */
export function adminHooks(io: CliIo) {
  return {
    runtime: cliRuntime(io),
    passphrase: keyDirectoryPassphrase(io),
  };
}

/** A warning hook that prints each warning once on stderr. */
export function warnOnce(io: CliIo): (m: string) => void {
  const seen = new Set<string>();
  return (m) => {
    if (seen.has(m)) return;
    seen.add(m);
    io.stderr(`warning: ${m}\n`);
  };
}

/**
 * An existing root key file (--root-key) and its passphrase (CONTENT_TRUST_ROOT_PASSPHRASE, else
 * CONTENT_TRUST_PASSPHRASE, else a prompt).
 */
export async function rootKeyOption(
  file: string | undefined,
  io: CliIo,
): Promise<{ rootKey?: string; rootKeyPassphrase?: string }> {
  if (!file) return {};
  const rootKey = await readInputFile(file, "root key", io.cwd);
  const rootKeyPassphrase = await passphraseFor(rootKey, io, "root key", passphraseNames(true));
  return { rootKey, ...(rootKeyPassphrase !== undefined ? { rootKeyPassphrase } : {}) };
}
