import { TrustError } from "../../errors.js";
import { SIGNER_FLAGS } from "../flags.js";
import { CommandLineError, parseFlags } from "../args.js";
import { inspectKmsKey } from "../../signers/kms-signer.js";
import { parsePublicKey } from "../../signers/public-key.js";
import type { PublicKey } from "../../tuf/keys.js";
import { addSignerOrCreate } from "../../workflows/admin/new-repository.js";
import { withAdminSession, type AdminConfig } from "../../workflows/admin/session.js";
import { addSigner, removeSigner } from "../../workflows/admin/signers.js";
import { formatSignerChange, signerChangeJson } from "../admin-format.js";
import { readInputFile, type CliIo } from "../io.js";
import { ADMIN_FOOTER, adminConfig, keyHelp, adminHooks, newKeyPassphrase, rootKeyOption } from "./admin-options.js";
import { kmsCallOptions } from "../../workflows/connect.js";

export const SIGNER_ADD_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [--key ...] [flags]
       content-trust signer add NAME REPOSITORY --aws-kms-key KEY [flags]

Delegates to signer NAME: its keys go into targets/NAME and targets/releases, as
docker trust signer add does. --key takes Docker's NAME.pub, a public key PEM or a
certificate; --aws-kms-key takes the signer's AWS KMS key (its public key is read from KMS).
With --init, a repository that does not exist is created first (see content-trust init).
Signed with the repository's targets key: --signer-key FILE, --signer-aws-kms-key KEY, or
found in the key directory by ID.

Flags:
  --key FILE                the signer's public key (repeatable)
  --aws-kms-key KEY         the signer's key in AWS KMS
  --init                    create the repository when it does not exist
  --root-key FILE           (with --init) an existing root key instead of a new one
${keyHelp("of the targets key", "--signer-aws-kms-key KEY")}
${ADMIN_FOOTER}`;

export const SIGNER_REMOVE_HELP = `Usage: content-trust signer remove NAME REPOSITORY [flags]

Takes NAME's keys out of targets/releases and removes targets/NAME. When that leaves
targets/releases without keys or makes its tags stop verifying, it asks on a terminal and
otherwise refuses unless --force is given. Signed with the
repository's targets key: --signer-key FILE, --aws-kms-key KEY (or --signer-aws-kms-key KEY),
or found in the key directory by ID.

Flags:
  --force                   remove even when released tags stop verifying
${keyHelp("of the targets key")}
${ADMIN_FOOTER}`;

export const SIGNER_HELP = `Usage: content-trust signer add NAME REPOSITORY --key PUB.pem [flags]
       content-trust signer remove NAME REPOSITORY [flags]

Commands:
  add       add a signer (targets/NAME and targets/releases)
  remove    remove a signer

Run content-trust signer add --help or content-trust signer remove --help for their flags.`;

export async function signerCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "add" && sub !== "remove")
    throw new CommandLineError(`unknown signer command ${JSON.stringify(sub ?? "")}`, {
      hint: "content-trust signer add|remove NAME REPOSITORY",
    });
  const { values, positionals } = parseFlags(rest, SIGNER_FLAGS);
  if (sub === "add" && values.force) throw new CommandLineError("signer add takes no --force");
  if (positionals.length !== 2)
    throw new CommandLineError(`signer ${sub} takes NAME and REPOSITORY`, {
      hint: `content-trust signer ${sub} alice registry.example/app${sub === "add" ? " --key alice.pub" : ""}`,
    });
  const [name, repository] = positionals as [string, string];
  const hooks = adminHooks(io);
  if (sub === "remove") {
    if (values.key || values.init) throw new CommandLineError("signer remove takes no --key or --init");
    const force = values.force ?? false;
    const kmsFlag = values["signer-aws-kms-key"] ? "signer-aws-kms-key" : "aws-kms-key";
    const config = await adminConfig(values, io, repository, { file: "signer-key", kms: kmsFlag });
    const result = await withAdminSession(config, hooks, (s) =>
      removeSigner(s.deps, { name, anchor: s.anchor, force, ...(io.confirm ? { confirm: io.confirm } : {}) }),
    );
    io.stdout(
      values.json ? JSON.stringify(signerChangeJson(result), null, 2) + "\n" : formatSignerChange("remove", result),
    );
    return 0;
  }
  const config = await adminConfig(values, io, repository, { file: "signer-key", kms: "signer-aws-kms-key" });
  const keys = await signerKeysOf(values.key ?? [], values["aws-kms-key"], config, name, io);
  if (values["root-key"] && !values.init)
    throw new CommandLineError("--root-key is for creating a repository", { hint: "add --init" });
  const result = values.init
    ? await addSignerOrCreate(
        { ...config, ...(await rootKeyOption(values["root-key"], io)) },
        { ...hooks, newPassphrase: newKeyPassphrase(io) },
        { name, keys },
      )
    : await withAdminSession(config, hooks, (s) => addSigner(s.deps, { name, keys, anchor: s.anchor })).catch(
        targetsKeyFlags,
      );
  io.stdout(values.json ? JSON.stringify(signerChangeJson(result), null, 2) + "\n" : formatSignerChange("add", result));
  return 0;
}

/**
 * signer add signs with the targets key alone, and takes it as --signer-key or
 * --signer-aws-kms-key (--key and --aws-kms-key are the new signer's): a missing one is asked for
 * by those flags.
 */
function targetsKeyFlags(err: unknown): never {
  if (!(err instanceof TrustError) || err.code !== "KEY_NOT_FOUND") throw err;
  throw new TrustError("KEY_NOT_FOUND", err.message, {
    cause: err,
    hint: "give the repository's targets key with --signer-key FILE (Docker keeps it as <key id>.key in ~/.docker/trust/private) or --signer-aws-kms-key KEY",
  });
}

async function signerKeysOf(
  files: string[],
  kmsKey: string | undefined,
  config: AdminConfig,
  name: string,
  io: CliIo,
): Promise<PublicKey[]> {
  if (files.length === 0 && !kmsKey)
    throw new CommandLineError(`signer add ${name} needs the signer's public key`, {
      hint: "give --key NAME.pub (docker trust key generate writes it) or --aws-kms-key KEY",
    });
  const keys: PublicKey[] = [];
  for (const file of files)
    keys.push(parsePublicKey(await readInputFile(file, "public key", io.cwd), { now: new Date() }).publicKey);
  if (kmsKey)
    keys.push(
      (
        await inspectKmsKey({
          keyId: kmsKey,
          region: config.awsRegion,
          ...kmsCallOptions(config),
        })
      ).publicKey,
    );
  return keys;
}
