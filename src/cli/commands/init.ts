import { INIT_FLAGS } from "../flags.js";
import { CommandLineError, parseFlags } from "../args.js";
import { createRepository } from "../../workflows/admin/new-repository.js";
import { formatInit, initJson } from "../admin-format.js";
import type { CliIo } from "../io.js";
import { ADMIN_FOOTER, adminConfig, keyHelp, adminHooks, newKeyPassphrase, rootKeyOption } from "./admin-options.js";

export const INIT_HELP = `Usage: content-trust init REPOSITORY [flags]

Creates a Notary repository as docker trust does: a root key with a self-signed certificate
for the repository, a targets (repository) key, and snapshot and timestamp keys held by the
server. New keys are written to the key directory as <key id>.key, encrypted, in Docker's
format, so docker trust and notary can use them. An existing repository is never touched.

Flags:
  --root-key FILE           an existing root key (ECDSA P-256) instead of a new one
${keyHelp("to use as the targets key")}
${ADMIN_FOOTER}`;

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, INIT_FLAGS);
  if (positionals.length !== 1)
    throw new CommandLineError("init takes exactly one REPOSITORY", {
      hint: "content-trust init registry.example/app",
    });
  const root = await rootKeyOption(values["root-key"], io);
  const config = await adminConfig(values, io, positionals[0]!);
  const result = await createRepository(
    { ...config, ...root },
    { ...adminHooks(io), newPassphrase: newKeyPassphrase(io) },
  );
  io.stdout(
    values.json ? JSON.stringify(initJson(result), null, 2) + "\n" : formatInit(result, result.set.gun, config.keyDir),
  );
  return 0;
}
