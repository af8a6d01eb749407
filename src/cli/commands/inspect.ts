import { CommandLineError, flagValue, parseFlags } from "../args.js";
import { inspectImages } from "../../workflows/inspect-images.js";
import { warnOnce } from "./admin-options.js";
import { dockerInspectPieces } from "../docker-inspect.js";
import { parseExpiry } from "../../settings/values.js";
import { createRuntime } from "../../workflows/runtime.js";
import { formatInspect } from "../format.js";
import { dockerConfigDir, type CliIo } from "../io.js";
import { INSPECT_FLAGS } from "../flags.js";
import { CONNECTION_HELP, CONNECTION_NOTES, connectionOptions, rootKeyIdsOption } from "./common.js";

export const INSPECT_HELP = `Usage: content-trust inspect IMAGE[:TAG] [IMAGE[:TAG]...] [flags]

Verifies and prints the signed tags, signers and administrative keys of repositories,
as docker trust inspect does. With --json, prints docker trust inspect's JSON.

Flags:
${CONNECTION_HELP}
  --json                    print docker trust inspect JSON
  --within DURATION         warn about roles expiring within this (default 6mo; 0 never)
${CONNECTION_NOTES}`;

export async function inspectCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, INSPECT_FLAGS);
  if (positionals.length === 0) throw new CommandLineError("inspect takes at least one IMAGE");
  const opts = await connectionOptions(values, io);
  const pins = rootKeyIdsOption(values["root-key-id"]).rootKeyIds ?? [];
  const expiryWindowMs =
    values.within === undefined
      ? undefined
      : values.within.trim() === "0"
        ? 0
        : flagValue(() => parseExpiry(values.within!, Date.now(), "within"));
  const settled = await inspectImages(
    positionals,
    {
      ...opts,
      trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
      ...(pins.length ? { rootKeyIds: pins } : {}),
      ...(expiryWindowMs !== undefined ? { expiryWindowMs } : {}),
    },
    // One runtime for every image: a warning about their common server is printed once.
    { runtime: createRuntime({ warn: warnOnce(io) }) },
  );
  // As docker trust inspect: the repositories read are printed, then the first failure (exit 1).
  const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  // Written a piece at a time: the text of a repository of many tags is never held whole.
  if (values.json) for (const piece of dockerInspectPieces(results)) io.stdout(piece);
  else if (results.length > 0) io.stdout(results.map(formatInspect).join("\n\n"));
  if (failure) throw failure.reason;
  return 0;
}
