import path from "node:path";
import { KEY_ROTATION_FLAGS, connectionFlags } from "../flags.js";
import { CommandLineError, parseFlags } from "../args.js";
import { UsageError } from "../../errors.js";
import { KeyDirectory, keyFileName } from "../../signers/key-directory.js";
import { loadPrivateKey } from "../../signers/key-file.js";
import { KeyFileSigner } from "../../signers/key-file-signer.js";
import { createKmsSigner, type KmsSigner } from "../../signers/kms-signer.js";
import { parsePublicKey } from "../../signers/public-key.js";
import type { Signer } from "../../tuf/signer.js";
import { shortId } from "../../tuf/keys.js";
import { rotateSignerKey } from "../../workflows/admin/rotate-signer.js";
import { withAdminSession } from "../../workflows/admin/session.js";
import { kmsCallOptions } from "../../workflows/connect.js";
import { formatRotation, rotationJson } from "../admin-format.js";
import { passphraseFor, readInputFile, type CliIo } from "../io.js";
import {
  ADMIN_FOOTER,
  ADMIN_KEY_HELP,
  adminConfig,
  adminHooks,
  keyDirOf,
  keyDirectoryPassphrase,
} from "./admin-options.js";

export const ROTATE_SIGNER_HELP = `Usage: content-trust key rotate-signer NAME REPOSITORY --new-key FILE [flags]
       content-trust key rotate-signer NAME REPOSITORY --new-aws-kms-key KEY [flags]

Replaces the keys of signer NAME with a new key in one atomic publish: the new key is added
to targets/NAME (and to targets/releases where the old key was), their content is re-signed
unchanged with the new key, and the old key is removed, so released tags never stop verifying.
Signed with the targets key (--signer-key, --aws-kms-key or the key directory).

Flags:
  --new-key FILE            the new key: a private key file, or its public key when the private
                            key is in the key directory
  --new-aws-kms-key KEY     the new key in AWS KMS instead
  --old-key ID              the key to replace (repeatable; default: every other key of NAME)
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;

export async function rotateSignerCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, KEY_ROTATION_FLAGS);
  if (positionals.length !== 2)
    throw new CommandLineError("key rotate-signer takes NAME and REPOSITORY", {
      hint: "content-trust key rotate-signer alice registry.example/app --new-key alice-2.key",
    });
  const [name, repository] = positionals as [string, string];
  if (!values["new-key"] === !values["new-aws-kms-key"])
    throw new CommandLineError("give the new key with --new-key FILE or --new-aws-kms-key KEY (one of them)");
  const config = await adminConfig(values, io, repository);
  let kms: KmsSigner | undefined;
  try {
    const { signer: newKey, privateKeyFile } = values["new-aws-kms-key"]
      ? {
          signer: (kms = await createKmsSigner({
            keyId: values["new-aws-kms-key"],
            region: values["aws-region"],
            ...kmsCallOptions(config),
          })),
          privateKeyFile: undefined,
        }
      : await newKeySigner(values["new-key"]!, keyDirOf(values, io), io);
    const result = await withAdminSession(config, adminHooks(io), (s) =>
      rotateSignerKey(s.deps, {
        name,
        newKey,
        ...(values["old-key"] ? { oldKeyIds: values["old-key"] } : {}),
        anchor: s.anchor,
      }),
    );
    io.stdout(values.json ? JSON.stringify(rotationJson(result), null, 2) + "\n" : formatRotation(result));
    // Notary's signatures are re-made with the new key; cosign signatures (migrate, or a sign with
    // --oci-signature cosign) stay signatures by the old one, which a verifier given the new key's
    // cosign.pub does not accept. Whether there are any would take a read per released digest.
    if (result.published && result.replaced.length > 0) {
      const again = migrateCommandLine(name, repository, values, privateKeyFile);
      io.stderr(
        `Cosign signatures made with the replaced key (${result.replaced.map(shortId).join(", ")}), if any, verify with that key only. To sign the digests ${name} released with the new key too: ${again} (digests it signed already are left alone)\n`,
      );
    }
    return 0;
  } finally {
    kms?.close();
  }
}

/**
 * The migrate command line that gives the digests signer `name` released cosign signatures by the
 * new key: the same connection flags as this command (none of them a secret), the new key as it was
 * given (a key in the key directory by its file there), and `--signers`, so that only that signer's
 * tags count.
 */
function migrateCommandLine(
  name: string,
  repository: string,
  values: ReturnType<typeof parseFlags<typeof KEY_ROTATION_FLAGS>>["values"],
  privateKeyFile: string | undefined,
): string {
  const words = ["content-trust", "migrate", repository];
  for (const flag of Object.keys(connectionFlags) as (keyof typeof connectionFlags)[]) {
    const value = values[flag];
    for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) words.push(`--${flag}`, v);
  }
  if (values["new-aws-kms-key"]) {
    words.push("--aws-kms-key", values["new-aws-kms-key"]);
    if (values["aws-region"]) words.push("--aws-region", values["aws-region"]);
  } else if (privateKeyFile) words.push("--signer-key", privateKeyFile);
  words.push("--signers", name);
  return words.map(shellWord).join(" ");
}

/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * A private key file, or a public key whose private key the key directory holds; `privateKeyFile`
 * is the file the private key was read from.
 */
async function newKeySigner(
  file: string,
  keyDir: string,
  io: CliIo,
): Promise<{ signer: Signer; privateKeyFile: string | undefined }> {
  const text = await readInputFile(file, "new key", io.cwd);
  if (/PRIVATE KEY-----|Proc-Type:/.test(text))
    return {
      signer: new KeyFileSigner(loadPrivateKey(text, await passphraseFor(text, io, "new key"))),
      privateKeyFile: file,
    };
  const pub = parsePublicKey(text, { now: new Date() });
  const loaded = await new KeyDirectory(keyDir).load(pub.canonicalKeyId, keyDirectoryPassphrase(io));
  if (!loaded) {
    throw new UsageError(`the private key of the new key ${shortId(pub.canonicalKeyId)} is not in the key directory`, {
      hint: "give the private key file with --new-key, or --key-dir where docker trust key generate wrote it",
    });
  }
  return { signer: new KeyFileSigner(loaded), privateKeyFile: path.join(keyDir, keyFileName(pub.canonicalKeyId)) };
}
