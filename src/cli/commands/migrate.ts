import { shortDigest } from "../../digest.js";
import { CommandLineError, flagValue, parseFlags } from "../args.js";
import { PIN_FLAGS } from "../../workflows/first-use.js";
import {
  MIGRATE_STATUS_LABELS,
  formatMigrateCounts,
  formatVerifierConfigs,
  migratePace,
  migrateProgressLine,
} from "../../report/migrate.js";
import type { MigrateProgress } from "../../workflows/migrate.js";
import { splitList } from "../../settings/lists.js";
import { parseRepository } from "../../registry/reference.js";
import { runMigrate } from "../../workflows/run-migrate.js";
import { printable, table } from "../format.js";
import { dockerConfigDir, passphraseFor, readInputFile, type CliIo } from "../io.js";
import { MIGRATE_FLAGS } from "../flags.js";
import { CONNECTION_HELP, CONNECTION_NOTES, connectionOptions, rootKeyIdsOption } from "./common.js";
import { createRuntime } from "../../workflows/runtime.js";

export const MIGRATE_HELP = `Usage: content-trust migrate REPOSITORY [flags]

Backfills cosign signatures: every tag released in Notary whose trust verifies (as verify
checks it) gets a cosign signature by this key for its digest, stored as cosign stores it
(REPOSITORY:sha256-<hex>.sig). Each digest is signed once; digests already signed by this key
are left alone, so running it again writes nothing and a stopped run can simply be restarted.
Nothing is written for a tag whose Notary trust does not verify.

Flags:
  --signer-key FILE         private key file (the Notary signer key)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --aws-region REGION       region of the KMS key when it is not an ARN
  --signers LIST            signers that must each hold a tag for it to count as verified
  --concurrency N           digests handled at once (default 4, at most 16)
  --max-writes N            stop after writing N signatures (run again to go on)
  --dry-run                 check and report; write nothing
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
${CONNECTION_HELP}
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else a prompt on a
terminal.
${CONNECTION_NOTES}`;

export async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, MIGRATE_FLAGS);
  if (positionals.length !== 1)
    throw new CommandLineError("migrate takes exactly one REPOSITORY", {
      hint: "content-trust migrate registry.example/app --signer-key key.pem",
    });
  flagValue(() => parseRepository(positionals[0]!));
  const keyFile = values["signer-key"];
  if (!keyFile && !values["aws-kms-key"])
    throw new CommandLineError("migrate needs --signer-key FILE or --aws-kms-key KEY");
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16))
    throw new CommandLineError(`--concurrency ${values.concurrency} is not a number from 1 to 16`);
  const maxWrites = values["max-writes"] === undefined ? undefined : Number(values["max-writes"]);
  if (maxWrites !== undefined && (!Number.isInteger(maxWrites) || maxWrites < 0))
    throw new CommandLineError(`--max-writes ${values["max-writes"]} is not a whole number`);
  const signerKey = keyFile ? await readInputFile(keyFile, "signer key", io.cwd) : undefined;
  const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
  const conn = await connectionOptions(values, io);
  const progress = progressPrinter(io);
  const result = await runMigrate(
    {
      ...conn,
      repository: positionals[0]!,
      ...(signerKey ? { signerKey } : {}),
      ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
      ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
      ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
      signers: (values.signers ?? []).flatMap(splitList),
      ...rootKeyIdsOption(values["root-key-id"]),
      ...(values["dry-run"] ? { dryRun: true } : {}),
      ...(concurrency ? { concurrency } : {}),
      ...(maxWrites !== undefined ? { maxWrites } : {}),
      requireRootPin: values["require-root-pin"] ?? false,
      pinNames: PIN_FLAGS,
      trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
    },
    { onProgress: progress.update, runtime: createRuntime({ warn: (m) => io.stderr(`warning: ${printable(m)}\n`) }) },
  );
  progress.end();
  if (values.json) {
    const { trustedRoot: _root, versions: _v, ...rest } = result;
    io.stdout(JSON.stringify(rest, null, 2) + "\n");
  } else {
    const c = result.counts;
    io.stdout(
      `${result.gun}: ${result.rows.length} tag(s), ${result.digests} digest(s): ${formatMigrateCounts(c)}\n\n`,
    );
    io.stdout(
      table(
        ["TAG", "DIGEST", "COSIGN SIGNATURE", "WHY"],
        result.rows.map((r) => [
          r.tag,
          r.digest ? `${shortDigest(r.digest)}…` : "",
          MIGRATE_STATUS_LABELS[r.status],
          r.reason ?? "",
        ]),
      ),
    );
    io.stdout(`\n${formatVerifierConfigs(result.verifiers)}\n`);
  }
  return result.counts.failed > 0 ? 1 : 0;
}

/** A bar redrawn in place on a terminal; one line per digest otherwise (CI logs). */
export function progressPrinter(io: CliIo): { update: (p: MigrateProgress) => void; end: () => void } {
  let drawn = false;
  return {
    update(p) {
      if (io.stderrIsTerminal) {
        const width = 30;
        const filled = Math.round((p.done / Math.max(1, p.total)) * width);
        io.stderr(
          `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${p.done}/${p.total} ${MIGRATE_STATUS_LABELS[p.status]}${migratePace(p)}`.padEnd(
            100,
          ),
        );
        drawn = true;
      } else {
        io.stderr(`${migrateProgressLine(p, `${shortDigest(p.digest)}…`, printable)}\n`);
      }
    },
    end() {
      if (drawn) io.stderr("\n");
    },
  };
}
