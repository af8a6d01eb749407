/**
 * content-trust: the action's workflows on a command line, for local use and other CI systems.
 * Every line it prints is rendered in the CLI's words (flags, commands).
 */
import { TrustError } from "../errors.js";
import { describeForCli } from "./hints.js";
import { VERSION } from "../version.js";
import { CommandLineError, refusePemArguments } from "./args.js";
import type { CliIo } from "./io.js";
import { words } from "./words.js";

export const EXIT_CODES = `Exit codes:
  0    success (verify: every image passed or was allowed unsigned)
  1    the command failed: verification failed, a server, key, passphrase or credential problem
  2    the command line is wrong: unknown command or flag, missing or extra arguments, a bad flag value
  130  stopped by SIGINT; 143 stopped by SIGTERM (a cancelled job): run the same command again`;

const HELP = `Usage: content-trust COMMAND [flags]

Docker Content Trust (Notary v1) signing and verification without a Docker daemon.

Commands:
  sign IMAGE          sign tags of a pushed image and verify what the server serves
  inspect IMAGE...    show signed tags, signers and keys (docker trust inspect)
  verify IMAGE...     check images or Dockerfile FROM lines against a signing policy
  key inspect FILE    show a key's ID and the public key for docker trust signer add
  migrate REPO        give every verified released tag a cosign signature by the same key
  version             print the version (also --version)

Administer a repository:
  init REPO                          create a repository (root, targets and server keys)
  signer add NAME REPO --key PUB     add a signer (targets/NAME and targets/releases)
  signer remove NAME REPO            remove a signer
  revoke IMAGE:TAG                   remove a signed tag
  renew REPO                         re-sign roles that expire soon
  key rotate-signer NAME REPO        replace a signer's key without breaking released tags

Run content-trust COMMAND --help for its flags.

${EXIT_CODES}`;

interface Command {
  run: (args: string[], io: CliIo) => Promise<number>;
  help: string;
  /** Subcommands with their own help (`key inspect`, `signer add`). */
  sub?: Record<string, string>;
}

/**
 * Each command's module, loaded only when that command runs: a run parses and compiles the code
 * of its own command, not of all of them (start-up time).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  sign: async () => {
    const m = await import("./commands/sign.js");
    return { run: m.signCommand, help: m.SIGN_HELP };
  },
  inspect: async () => {
    const m = await import("./commands/inspect.js");
    return { run: m.inspectCommand, help: m.INSPECT_HELP };
  },
  verify: async () => {
    const m = await import("./commands/verify.js");
    return { run: m.verifyCommand, help: m.VERIFY_HELP };
  },
  key: async () => {
    const m = await import("./commands/key.js");
    return {
      run: m.keyCommand,
      help: m.KEY_HELP,
      sub: { inspect: m.KEY_INSPECT_HELP, "rotate-signer": m.ROTATE_SIGNER_HELP },
    };
  },
  init: async () => {
    const m = await import("./commands/init.js");
    return { run: m.initCommand, help: m.INIT_HELP };
  },
  signer: async () => {
    const m = await import("./commands/signer.js");
    return { run: m.signerCommand, help: m.SIGNER_HELP, sub: { add: m.SIGNER_ADD_HELP, remove: m.SIGNER_REMOVE_HELP } };
  },
  revoke: async () => {
    const m = await import("./commands/revoke.js");
    return { run: m.revokeCommand, help: m.REVOKE_HELP };
  },
  renew: async () => {
    const m = await import("./commands/renew.js");
    return { run: m.renewCommand, help: m.RENEW_HELP };
  },
  migrate: async () => {
    const m = await import("./commands/migrate.js");
    return { run: m.migrateCommand, help: m.MIGRATE_HELP };
  },
};

/** Whether `name` is one of the commands (not a flag, a typo or anything else a user typed). */
export function isCommand(name: string): boolean {
  return Object.hasOwn(COMMANDS, name);
}

/** The help of `name args…`: a subcommand's own when one is named. */
function helpOf(command: Command, args: readonly string[]): string {
  const sub = args[0] !== undefined ? command.sub?.[args[0]] : undefined;
  return sub ?? command.help;
}

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: (t) => rawIo.stdout(words(t)), stderr: (t) => rawIo.stderr(words(t)) };
  try {
    refusePemArguments(argv);
  } catch (err) {
    io.stderr(`content-trust: ${describeForCli(err)}\n`);
    return 2;
  }
  const [name, ...args] = argv;
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`content-trust ${VERSION}\n`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.stdout : io.stderr)(HELP + "\n");
    return name ? 0 : 2;
  }
  const load = isCommand(name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`content-trust: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
    return 2;
  }
  const command = await load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(helpOf(command, args) + "\n");
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    const label = command.sub?.[args[0] ?? ""] !== undefined ? `${name} ${args[0]}` : name;
    io.stderr(`content-trust ${label}: ${describeForCli(err)}\n`);
    if (err instanceof CommandLineError) {
      io.stderr(`\n${helpOf(command, args)}\n`);
      return 2;
    }
    if (!(err instanceof TrustError) && io.env.CONTENT_TRUST_DEBUG) io.stderr(`${(err as Error).stack ?? ""}\n`);
    return 1;
  }
}
