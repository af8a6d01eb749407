import { KEY_INSPECT_FLAGS } from "../flags.js";
import { createPublicKey } from "node:crypto";
import { CommandLineError, parseFlags } from "../args.js";
import { loadPrivateKey } from "../../signers/key-file.js";
import { parsePublicKey, publicKeyPem } from "../../signers/public-key.js";
import { canonicalKeyIdOf } from "../../tuf/keys.js";
import { passphraseFor, readInputFile, type CliIo } from "../io.js";
import { kmsCallOptionsOf } from "./common.js";
import { rotateSignerCommand, ROTATE_SIGNER_HELP } from "./key-rotation.js";

export const KEY_INSPECT_HELP = `Usage: content-trust key inspect FILE [--json | --cosign]
       content-trust key inspect --aws-kms-key KEY [--signer-name NAME] [--aws-region REGION] [--json]

Prints the key ID, the delegation name (the key file's role header), the public key
PEM that \`docker trust signer add --key\` accepts, and the same key as \`cosign verify --key\`
takes it (cosign.pub; --cosign prints only that). FILE may be a private key file
(Docker/notary key file or PEM; passphrase from CONTENT_TRUST_PASSPHRASE or a prompt)
or a public key or certificate. With --aws-kms-key, the public key of an AWS KMS key
(credentials and region from the usual AWS configuration); --signer-name adds Docker's
role header to the PEM.`;

export const KEY_HELP = `Usage: content-trust key inspect FILE | --aws-kms-key KEY [flags]
       content-trust key rotate-signer NAME REPOSITORY --new-key FILE [flags]

Commands:
  inspect          print a key's ID and the public key for docker trust signer add
  rotate-signer    replace a signer's key without breaking released tags

Run content-trust key inspect --help or content-trust key rotate-signer --help for their flags.`;

export { ROTATE_SIGNER_HELP };

export async function keyCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "rotate-signer") return rotateSignerCommand(rest, io);
  if (sub !== "inspect")
    throw new CommandLineError(`unknown key command ${JSON.stringify(sub ?? "")}`, {
      hint: "content-trust key inspect FILE, or key rotate-signer NAME REPOSITORY",
    });
  const { values, positionals } = parseFlags(rest, KEY_INSPECT_FLAGS);
  const format = values.cosign ? "cosign" : values.json ? "json" : "text";
  const kmsKey = values["aws-kms-key"];
  if (kmsKey) {
    if (positionals.length) throw new CommandLineError("key inspect takes a FILE or --aws-kms-key, not both");
    const { inspectKmsKey } = await import("../../signers/kms-signer.js");
    const role = values["signer-name"];
    const d = await inspectKmsKey({
      keyId: kmsKey,
      ...(values["aws-region"] ? { region: values["aws-region"] } : {}),
      ...(role ? { role } : {}),
      ...kmsCallOptionsOf(io),
    });
    return printKey(io, format, {
      keyId: d.keyId,
      canonicalKeyId: d.canonicalKeyId,
      ...(role ? { role } : {}),
      keyType: `${d.publicKey.type} (${d.keySpec}, ${d.keyArn})`,
      publicKeyPem: d.publicKeyPem,
    });
  }
  if (positionals.length !== 1) throw new CommandLineError("key inspect takes exactly one FILE");
  const text = await readInputFile(positionals[0]!, "key file", io.cwd);
  let info: KeyInfo;
  if (/-----BEGIN (ENCRYPTED |EC |RSA )?PRIVATE KEY-----/.test(text) || /Proc-Type:/.test(text)) {
    const key = loadPrivateKey(text, await passphraseFor(text, io, "key file"));
    info = {
      keyId: key.keyId,
      canonicalKeyId: canonicalKeyIdOf(key.publicKey),
      ...(key.role ? { role: key.role } : {}),
      keyType: key.publicKey.type,
      publicKeyPem: publicKeyPem(key.publicKey, key.role ? { role: key.role } : {}),
    };
  } else {
    const pub = parsePublicKey(text);
    info = {
      keyId: pub.keyId,
      canonicalKeyId: pub.canonicalKeyId,
      ...(pub.role ? { role: pub.role } : {}),
      keyType: pub.publicKey.type,
      publicKeyPem: publicKeyPem(pub.publicKey, pub.role ? { role: pub.role } : {}),
    };
  }
  return printKey(io, format, info);
}

interface KeyInfo {
  keyId: string;
  canonicalKeyId: string;
  role?: string;
  keyType: string;
  publicKeyPem: string;
}

function printKey(io: CliIo, format: "text" | "json" | "cosign", base: KeyInfo): number {
  // The same key as cosign, Kyverno and policy-controller read it: SPKI PEM without headers.
  const info = {
    ...base,
    cosignPublicKeyPem: createPublicKey(withoutPemHeaders(base.publicKeyPem))
      .export({ type: "spki", format: "pem" })
      .toString(),
  };
  if (format === "cosign") io.stdout(info.cosignPublicKeyPem);
  else if (format === "json") io.stdout(JSON.stringify(info, null, 2) + "\n");
  else {
    io.stdout(`Key ID:      ${info.keyId}\n`);
    if (info.canonicalKeyId !== info.keyId) io.stdout(`Canonical:   ${info.canonicalKeyId}\n`);
    io.stdout(`Key type:    ${info.keyType}\n`);
    if (info.role) io.stdout(`Signer name: ${info.role}\n`);
    io.stdout(`\n${info.publicKeyPem}`);
    io.stdout(`\nFor cosign verify --key (save as cosign.pub):\n${info.cosignPublicKeyPem}`);
  }
  return 0;
}

/** A PEM without `Name: value` header lines (Docker's `role:`), which OpenSSL refuses outside encrypted keys. */
function withoutPemHeaders(pem: string): string {
  return pem.replace(/^[A-Za-z][A-Za-z0-9-]*: .*\r?\n(\r?\n)?/gm, "");
}
