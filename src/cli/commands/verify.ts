import { existsSync } from "node:fs";
import path from "node:path";
import { shortDigest } from "../../digest.js";
import { CommandLineError, flagFiles, flagValue, parseFlags } from "../args.js";
import { PIN_FLAGS } from "../../workflows/first-use.js";
import { runVerify } from "../../workflows/run-verify.js";
import { parseAccept, refuseSignersWithCosign, requireCosignKey } from "../../workflows/verify-accept.js";
import { splitList } from "../../settings/lists.js";
import { isKmsKeyName, kmsArnShape } from "../../settings/values.js";
import { findDockerfiles } from "../../dockerfile/discovery.js";
import {
  parseAllowUnsigned,
  parseBuildArgs,
  parseNotaryServers,
  parseRootKeyPins,
} from "../../workflows/verify-policy.js";
import { detailOf, summaryTable, verdictOf, verifyOutputs } from "../../report/verify.js";
import { progressOn } from "../progress.js";
import { printable, table } from "../format.js";
import { dockerConfigDir, readInputFile, type CliIo } from "../io.js";
import { VERIFY_FLAGS } from "../flags.js";
import { CONNECTION_HELP, CONNECTION_NOTES, connectionOptions } from "./common.js";
import { createRuntime } from "../../workflows/runtime.js";

export const VERIFY_HELP = `Usage: content-trust verify [IMAGE...] [--dockerfile FILE...] [flags]

Checks that images (given, or the FROM lines of Dockerfiles) are signed as the policy requires.
Exit code 1 when any image fails.

Flags:
  --dockerfile PATH         Dockerfile path or glob (repeatable)
  --build-arg NAME=VALUE    ARG override for the Dockerfiles (repeatable)
  --signers LIST            signers that must each have signed the tag with the same digest
  --allow-unsigned PATTERN  repositories allowed without trust data (repeatable; * and **)
  --notary-servers LIST     registry-host=url lines for images from several registries
  --root-key-id PIN         repository=keyid, or one key ID for all (repeatable)
  --pin                     write the verified digests into the Dockerfiles
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --accept MODE             notary (default), cosign, any or all; or pattern=mode (repeatable)
  --cosign-key FILE|ARN     public key PEM file, or AWS KMS key ARN, for cosign signatures
${CONNECTION_HELP.split("\n")
  .filter((l) => !l.includes("--root-key-id"))
  .join("\n")}
  --json                    print the result as JSON
  --markdown                print the result as a Markdown table
${CONNECTION_NOTES}`;

/** What the RESULT column says: an image let through unchecked never reads as passed. */
const VERDICT = { passed: "ok", allowed: "not checked", failed: "FAIL" } as const;

export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, VERIFY_FLAGS);
  if (positionals.length === 0 && !values.dockerfile?.length)
    throw new CommandLineError("verify needs IMAGE arguments or --dockerfile");
  const accept = flagValue(() => parseAccept(values.accept ?? [], "--accept"));
  const keyArg = values["cosign-key"];
  flagValue(() => requireCosignKey(accept, keyArg !== undefined));
  const signers = (values.signers ?? []).flatMap(splitList);
  flagValue(() => refuseSignersWithCosign(accept, signers));
  const allowUnsigned = flagValue(() => parseAllowUnsigned(values["allow-unsigned"]));
  // Paths and globs are resolved now: a Dockerfile that is not there is a mistake in the command.
  const dockerfiles = await flagFiles(() => findDockerfiles(values.dockerfile ?? [], io.cwd));
  if (keyArg !== undefined && isKmsKeyName(keyArg) && !existsSync(path.resolve(io.cwd, keyArg)))
    throw new CommandLineError(`--cosign-key ${keyArg} is no file; an AWS KMS key is given by its ARN here`, {
      hint: `--cosign-key ${kmsArnShape(keyArg)}`,
    });
  const cosignKey =
    keyArg === undefined
      ? undefined
      : keyArg.startsWith("arn:")
        ? keyArg
        : await readInputFile(keyArg, "cosign key", io.cwd);
  // A file that holds no usable public key (a private key, say) is a mistake in the command.
  if (cosignKey !== undefined && !keyArg!.startsWith("arn:")) {
    const { parseCosignPemKeys } = await import("../../workflows/cosign-keys.js");
    flagValue(() => parseCosignPemKeys(cosignKey, "--cosign-key"));
  }
  const { notaryServer, ...conn } = await connectionOptions(withoutRootPins(values), io);
  const progress = progressOn(io);
  let finished = 0;
  const warned = new Set<string>();
  const run = await runVerify(
    {
      ...conn,
      ...(notaryServer ? { notaryServer } : {}),
      images: positionals.join("\n"),
      dockerfiles: dockerfiles.join("\n"),
      buildArgs: flagValue(() => parseBuildArgs(values["build-arg"] ?? [])),
      cwd: io.cwd,
      notaryServers: flagValue(() => parseNotaryServers(splitList(values["notary-servers"]))),
      signers,
      rootKeyPins: flagValue(() => parseRootKeyPins(values["root-key-id"] ?? [])),
      allowUnsigned,
      pin: values.pin ?? false,
      accept,
      ...(cosignKey ? { cosignKey, cosignKeyName: "--cosign-key" } : {}),
      trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
      requireRootPin: values["require-root-pin"] ?? false,
      pinNames: PIN_FLAGS,
    },
    {
      runtime: createRuntime({
        log: (m) => progress.line(m),
        warn: (m) => {
          if (warned.has(m)) return;
          warned.add(m);
          progress.done();
          io.stderr(`warning: ${printable(m)}\n`);
        },
      }),
      onResult: (r) =>
        progress.line(
          `[${++finished}] ${VERDICT[verdictOf(r)]} ${r.reference}${r.file ? ` (${r.file}:${r.line})` : ""}${r.passed ? "" : `: ${r.reason}`}`,
        ),
    },
  );
  progress.done();
  for (const { file, outcome } of run.pinned)
    for (const u of outcome.unpinned) io.stderr(`warning: not pinned ${file}:${u.line}: ${printable(u.reason)}\n`);
  if (values.json) io.stdout(verifyOutputs(run.results).result + "\n");
  else if (values.markdown) io.stdout(summaryTable(run.results) + "\n");
  else if (run.results.length) {
    const rows = run.results.map((r) => [
      VERDICT[verdictOf(r)],
      r.file ? `${r.reference} (${r.file}:${r.line})` : r.reference,
      r.digest ? shortDigest(r.digest) + "…" : "",
      r.accepted ? `${r.signers.join(", ")}${r.signers.length ? " " : ""}[${r.accepted}]` : r.signers.join(", "),
      r.reason === "OK" ? "" : detailOf(r),
    ]);
    io.stdout(table(["RESULT", "IMAGE", "DIGEST", "SIGNERS", "REASON"], rows));
    for (const { file, outcome } of run.pinned)
      for (const p of outcome.pinned) io.stdout(`pinned ${file}:${p.line}: ${p.to}\n`);
  }
  return run.passed ? 0 : 1;
}

/** Verify's --root-key-id takes repository=keyid lines, not the shared flag's key IDs: never passed on. */
function withoutRootPins<T extends { "root-key-id"?: unknown }>(values: T): Omit<T, "root-key-id"> {
  const { "root-key-id": _pins, ...rest } = values;
  return rest;
}
