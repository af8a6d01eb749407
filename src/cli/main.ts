/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Exit codes: 0 ok, 1 verification or signing failed, 2 usage.
 */
import { TrustError, UsageError } from "../errors.js";
import { describeForCli } from "./hints.js";
import { inspectCommand, INSPECT_HELP } from "./commands/inspect.js";
import { keyCommand, KEY_HELP } from "./commands/key.js";
import { initCommand, INIT_HELP } from "./commands/init.js";
import { renewCommand, RENEW_HELP } from "./commands/renew.js";
import { revokeCommand, REVOKE_HELP } from "./commands/revoke.js";
import { signerCommand, SIGNER_HELP } from "./commands/signer.js";
import { signCommand, SIGN_HELP } from "./commands/sign.js";
import { verifyCommand, VERIFY_HELP } from "./commands/verify.js";
import { migrateCommand, MIGRATE_HELP } from "./commands/migrate.js";
import type { CliIo } from "./io.js";

const HELP = `Usage: content-trust COMMAND [flags]

Docker Content Trust (Notary v1) signing and verification without a Docker daemon.

Commands:
  sign IMAGE          sign tags of a pushed image and verify what the server serves
  inspect IMAGE...    show signed tags, signers and keys (docker trust inspect)
  verify IMAGE...     check images or Dockerfile FROM lines against a signing policy
  key inspect FILE    show a key's ID and the public key for docker trust signer add
  migrate REPO        give every verified released tag a cosign signature by the same key

Administer a repository:
  init REPO                          create a repository (root, targets and server keys)
  signer add NAME REPO --key PUB     add a signer (targets/NAME and targets/releases)
  signer remove NAME REPO            remove a signer
  revoke IMAGE:TAG                   remove a signed tag
  renew REPO                         re-sign roles that expire soon
  key rotate-signer NAME REPO        replace a signer's key without breaking released tags

Run content-trust COMMAND --help for its flags.`;

const COMMANDS: Record<string, { run: (args: string[], io: CliIo) => Promise<number>; help: string }> = {
  sign: { run: signCommand, help: SIGN_HELP },
  inspect: { run: inspectCommand, help: INSPECT_HELP },
  verify: { run: verifyCommand, help: VERIFY_HELP },
  key: { run: keyCommand, help: KEY_HELP },
  init: { run: initCommand, help: INIT_HELP },
  signer: { run: signerCommand, help: SIGNER_HELP },
  revoke: { run: revokeCommand, help: REVOKE_HELP },
  renew: { run: renewCommand, help: RENEW_HELP },
  migrate: { run: migrateCommand, help: MIGRATE_HELP },
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP + "\n");
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`content-trust: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.help + "\n");
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    const usage = err instanceof UsageError || (err instanceof TypeError && /ERR_PARSE_ARGS/.test(String((err as { code?: string }).code)));
    io.stderr(`content-trust ${name}: ${describeForCli(err)}\n`);
    if (!(err instanceof TrustError) && !usage && io.env.CONTENT_TRUST_DEBUG) io.stderr(`${(err as Error).stack ?? ""}\n`);
    return usage ? 2 : 1;
  }
}
