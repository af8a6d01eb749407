import { CommandLineError, flagValue, parseFlags } from "../args.js";
import { parseReference } from "../../registry/reference.js";
import { PIN_FLAGS } from "../../workflows/first-use.js";
import { runSign, tagsToSign } from "../../workflows/run-sign.js";
import { splitList } from "../../settings/lists.js";
import { parseDigest, parseExpiry, parseOciSignature } from "../../settings/values.js";
import { formatCosignOnlySign, formatSign } from "../format.js";
import { dockerConfigDir, passphraseFor, readInputFile, type CliIo } from "../io.js";
import { cliRuntime } from "./admin-options.js";
import { SIGN_FLAGS } from "../flags.js";
import { CONNECTION_HELP, CONNECTION_NOTES, connectionOptions, rootKeyIdsOption } from "./common.js";

export const SIGN_HELP = `Usage: content-trust sign IMAGE[:TAG][@DIGEST] [flags]

Signs the tag(s) of an image pushed to a registry into its Notary repository, then
verifies what the server serves.

Flags:
  --signer-key FILE         private key file (Docker/notary key file or PEM)
  --aws-kms-key KEY         AWS KMS key ID, ARN or alias instead of a key file
  --aws-region REGION       region of the KMS key when it is not an ARN
  --signer-name NAME        the delegation the key signs as (needed with --aws-kms-key; default: the
                            key file's role header); the key signs into the delegations that list it
  --tags LIST               more tags to sign to the same digest (comma separated, repeatable;
                            a tag, or REPOSITORY:TAG of the same repository)
  --digest sha256:HEX       the pushed digest; every tag in the registry must point to it
  --roles LIST              roles to sign into instead of every delegation holding the key
  --expires DURATION        lifetime of the signed roles: 3y (default), 18mo, 90d, 2030-01-01
  --oci-signature KIND      none (default); cosign: also sign the digest as cosign does, with the same
                            key; cosign-only: the cosign signature alone, no Notary server asked
${CONNECTION_HELP}
  --require-root-pin        refuse a root neither pinned by --root-key-id nor stored from an earlier run
  --json                    print the result as JSON
Passphrase: CONTENT_TRUST_PASSPHRASE, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else a
prompt on a terminal.
${CONNECTION_NOTES}`;

export async function signCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, SIGN_FLAGS);
  if (positionals.length !== 1)
    throw new CommandLineError("sign takes exactly one IMAGE", {
      hint: "content-trust sign registry.example/app:v1 --signer-key key.pem",
    });
  const image = flagValue(() => parseReference(positionals[0]!));
  const tags = flagValue(() => tagsToSign((values.tags ?? []).flatMap(splitList), image));
  const keyFile = values["signer-key"];
  if (!keyFile && !values["aws-kms-key"])
    throw new CommandLineError("sign needs --signer-key FILE or --aws-kms-key KEY");
  if (keyFile && values["aws-kms-key"])
    throw new CommandLineError("sign takes --signer-key FILE or --aws-kms-key KEY, not both");
  const keyRead = keyFile ? readInputFile(keyFile, "signer key", io.cwd) : undefined;
  // The connection's files (--ca-cert) are read meanwhile; their errors still come after the key's.
  const connRead = connectionOptions(values, io);
  connRead.catch(() => undefined);
  const signerKey = await keyRead;
  const passphrase = signerKey ? await passphraseFor(signerKey, io) : undefined;
  const ociSignature = flagValue(() => parseOciSignature(values["oci-signature"], "--oci-signature"));
  const conn = await connRead;
  const common = {
    ...conn,
    image: positionals[0]!,
    tags,
    ...(values.digest ? { digest: flagValue(() => parseDigest(values.digest))! } : {}),
    ...(signerKey ? { signerKey } : {}),
    ...(passphrase !== undefined ? { signerKeyPassphrase: passphrase } : {}),
    ...(values["aws-kms-key"] ? { awsKmsKey: values["aws-kms-key"] } : {}),
    ...(values["aws-region"] ? { awsRegion: values["aws-region"] } : {}),
    roles: (values.roles ?? []).flatMap(splitList),
    ...(values.expires ? { expiresInMs: flagValue(() => parseExpiry(values.expires!, Date.now())) } : {}),
  };
  if (ociSignature === "cosign-only") {
    const { runCosignOnlySign } = await import("../../workflows/run-cosign-sign.js");
    const signed = await runCosignOnlySign(common, { runtime: cliRuntime(io) });
    io.stdout(values.json ? JSON.stringify(signed, null, 2) + "\n" : formatCosignOnlySign(signed));
    return 0;
  }
  const result = await runSign(
    {
      ...common,
      ...(values["signer-name"] ? { signerName: values["signer-name"] } : {}),
      ...rootKeyIdsOption(values["root-key-id"]),
      trustDir: values["trust-dir"] ?? `${dockerConfigDir(io.env)}/trust`,
      requireRootPin: values["require-root-pin"] ?? false,
      pinNames: PIN_FLAGS,
      ociSignature,
    },
    { runtime: cliRuntime(io) },
  );
  if (values.json) {
    const { trustedRoot: _root, versions: _v, ...rest } = result;
    io.stdout(JSON.stringify(rest, null, 2) + "\n");
  } else io.stdout(formatSign(result));
  return 0;
}
