/**
 * Command-line parsing: node:util parseArgs, with mistakes answered in our words. An unknown flag,
 * a flag without its value, a wrong number of arguments or a flag value that does not parse is a
 * CommandLineError: the one kind of failure that exits with code 2 and prints the command's usage.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type ErrorCode, type TrustErrorOptions } from "../errors.js";
import { ALL_FLAG_TABLES } from "./flags.js";

/** A mistake on the command line itself (exit code 2, usage printed). */
export class CommandLineError extends UsageError {
  constructor(message: string, options: TrustErrorOptions & { code?: ErrorCode } = {}) {
    super(message, options);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** parseArgs with positionals, checking every flag first so that a mistake names the flag. */
export function parseFlags<T extends Options>(args: string[], options: T) {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    const flag = token.rawName;
    if (!spec) throw new CommandLineError(`unknown flag ${flag}`);
    if (spec.type === "string" && token.value === undefined) throw new CommandLineError(`flag ${flag} needs a value`);
    if (spec.type === "boolean" && token.inlineValue) throw new CommandLineError(`flag ${flag} takes no value`);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CommandLineError(`cannot read the command line: ${(err as Error).message.split(".")[0]}`);
  }
}

const PEM_ARMOR = /-----BEGIN [A-Z0-9 ]*-----/;

/** Whether a command's flag takes a value ("string") or none ("boolean"); undefined for no flag of ours. */
function flagKind(name: string): "string" | "boolean" | undefined {
  for (const table of ALL_FLAG_TABLES) {
    if (Object.hasOwn(table, name)) return (table as Record<string, { type: "string" | "boolean" }>)[name]!.type;
  }
  return undefined;
}

/**
 * Refuses a command line that holds PEM text (a key or a certificate pasted where a file's path
 * goes: `--signer-key "$KEY"`), before anything could repeat it: every flag takes a path, and an
 * error that quoted the value would print the key into the job's log. Names the flag, never the
 * value.
 */
export function refusePemArguments(argv: readonly string[]): void {
  const at = argv.findIndex((token) => PEM_ARMOR.test(token));
  if (at < 0) return;
  const inline = /^(--[a-z][a-z0-9-]*)=/.exec(argv[at]!)?.[1];
  const before = argv[at - 1];
  const after = before && /^--[a-z][a-z0-9-]*$/.test(before) ? before : undefined;
  // The flag before it takes it as its value unless it is a flag without one (--json); after a
  // flag that is none of ours, the place is said both ways.
  const kind = after ? flagKind(after.slice(2)) : undefined;
  const where = inline
    ? `the value of ${inline}`
    : after && kind === "string"
      ? `the value of ${after}`
      : after && kind === undefined
        ? `argument ${at + 1} (after ${after})`
        : `argument ${at + 1}`;
  throw new CommandLineError(`${where} is PEM text (a key or certificate), not a file's path`, {
    hint: "write it to a file and give the file's path (in GitLab CI a variable of type File gives one), or give /dev/stdin and pipe it in; a key on the command line is also visible to every process on the machine",
  });
}

/** A flag's value parsed by a shared parser; a value that does not parse is a command-line mistake. */
export function flagValue<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw asCommandLineError(err);
  }
}

/** flagValue for a parser that reads files (a path that does not exist is a mistake too). */
export async function flagFiles<T>(parse: () => Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (err) {
    throw asCommandLineError(err);
  }
}

function asCommandLineError(err: unknown): unknown {
  if (err instanceof UsageError && !(err instanceof CommandLineError))
    return new CommandLineError(err.message, { cause: err, code: err.code, ...(err.hint ? { hint: err.hint } : {}) });
  return err;
}
