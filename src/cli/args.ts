/**
 * Command-line parsing: node:util parseArgs, with mistakes answered in our words. An unknown flag,
 * a flag without its value, a wrong number of arguments or a flag value that does not parse is a
 * CommandLineError: the one kind of failure that exits with code 2 and prints the command's usage.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type ErrorCode, type TrustErrorOptions } from "../errors.js";

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
