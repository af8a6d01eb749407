/**
 * The keys cosign signatures are verified with (input `cosign-key`, flag `--cosign-key`): public
 * key PEM (SPKI, Docker's NAME.pub, or a certificate), or an AWS KMS key ARN whose public key is
 * read with kms:GetPublicKey. The fingerprint shown to users is the sha256 of the SPKI DER.
 */
import type { KeyObject } from "node:crypto";
import { sha256Hex } from "../sha256.js";
import { UsageError } from "../errors.js";
import { inspectKmsKey, type KmsSignerOptions } from "../signers/kms-signer.js";
import { parsePublicKey } from "../signers/public-key.js";
import { keyObjectOf } from "../tuf/keys.js";
import { step } from "../wording.js";
import { isKmsKeyName, kmsArnShape } from "../settings/values.js";

export interface CosignKey {
  key: KeyObject;
  /** `sha256:` + 12 hex of the SPKI DER, for messages. */
  fingerprint: string;
  /** Where it came from ("cosign-key", "AWS KMS key alias/x"). */
  source: string;
}

const MAX_PEM_CHARS = 64 * 1024;
const KMS_ARN = /^arn:aws[a-z-]*:kms:/;

export function fingerprintOf(key: KeyObject): string {
  return `sha256:${sha256Hex(key.export({ type: "spki", format: "der" })).slice(0, 12)}`;
}

/** Every key in `value`: a KMS ARN, or PEM text holding one or more public keys or certificates. */
export async function loadCosignKeys(
  value: string,
  name: string,
  kms: Omit<KmsSignerOptions, "keyId"> = {},
): Promise<CosignKey[]> {
  const text = value.trim();
  if (!text) throw new UsageError(`${name} is empty`, { hint: `give ${step("key-inspect")}, or an AWS KMS key ARN` });
  if (KMS_ARN.test(text)) {
    const described = await inspectKmsKey({ ...kms, keyId: text });
    const key = keyObjectOf(described.publicKey);
    if (!key) throw new UsageError(`${name}: AWS KMS key ${text} has no public key cosign can verify with`);
    return [{ key, fingerprint: fingerprintOf(key), source: `AWS KMS key ${text}` }];
  }
  return parseCosignPemKeys(text, name);
}

/** The public keys of PEM text (public keys or certificates), as cosign verifies with them. */
export function parseCosignPemKeys(value: string, name: string): CosignKey[] {
  const text = value.trim();
  if (text.length > MAX_PEM_CHARS)
    throw new UsageError(`${name} is ${text.length} characters, more than ${MAX_PEM_CHARS}`);
  const blocks = text.match(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g) ?? [];
  if (blocks.length === 0)
    throw new UsageError(`${name} is neither a PEM public key nor an AWS KMS key ARN`, {
      hint: isKmsKeyName(text)
        ? `an AWS KMS key is given by its ARN here: ${kmsArnShape(text)}`
        : `give ${step("key-inspect")} (-----BEGIN PUBLIC KEY-----…)`,
    });
  return blocks.map((block) => {
    let parsed: ReturnType<typeof parsePublicKey>;
    try {
      parsed = parsePublicKey(block);
    } catch (err) {
      // Say which setting holds the unusable key: in verify it could be taken for the signing key.
      if (err instanceof UsageError)
        throw new UsageError(`${name}: ${err.message}`, {
          code: err.code,
          cause: err,
          ...(err.hint ? { hint: err.hint } : {}),
        });
      throw err;
    }
    const key = keyObjectOf(parsed.publicKey);
    if (!key) throw new UsageError(`${name}: a ${parsed.publicKey.type} key that cosign cannot verify with`);
    return { key, fingerprint: fingerprintOf(key), source: name };
  });
}
