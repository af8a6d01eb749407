/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */
import { TrustError, UsageError, describeError } from "../errors.js";
import { isTopLevelDelegation } from "../tuf/roles.js";
import { parseDigest } from "./options.js";
import { parseReference, parseTag } from "../registry/reference.js";
import { loadPrivateKey } from "../signers/key-file.js";
import { KeyFileSigner } from "../signers/key-file-signer.js";
import { createKmsSigner, type KmsSigner, type KmsSignerOptions } from "../signers/kms-signer.js";
import type { Signer } from "../signers/signer.js";
import { DEFAULT_RUN_DEADLINE_MS } from "../net/deadline.js";
import { connect, kmsProxyOptions, type ConnectOptions } from "./connect.js";
import { firstUseCheck, type RootPinSettings } from "./first-use.js";
import { sign, type SignResult } from "./sign.js";
import { TrustStore } from "./trust-store.js";
import { attachCosignSignature, type CosignAttachResult } from "./cosign-attach.js";
import { setting } from "../wording.js";
import { createRuntime, type Runtime } from "./runtime.js";

/** Signatures written beside Notary's: none, or cosign's in the image's repository. */
export type OciSignatureKind = "none" | "cosign";

export function parseOciSignature(value: string | undefined, name: string): OciSignatureKind {
  const v = (value ?? "none").trim().toLowerCase() || "none";
  if (v !== "none" && v !== "cosign") throw new UsageError(`${name} ${JSON.stringify(value?.slice(0, 40))} is not one of none, cosign`);
  return v;
}

export interface SignConfig extends Omit<ConnectOptions, "transport">, RootPinSettings {
  image: string;
  tags: string[];
  digest?: string;
  /** Contents of a private key file. */
  signerKey?: string;
  signerKeyPassphrase?: string;
  signerName?: string;
  /** AWS KMS key (key ID, key ARN, alias name or alias ARN), instead of signerKey. */
  awsKmsKey?: string;
  /** Region of awsKmsKey when it is not an ARN; otherwise the AWS SDK's chain (AWS_REGION, profile) decides. */
  awsRegion?: string;
  roles?: string[];
  expiresInMs?: number;
  rootKeyIds?: string[];
  /** Where trusted roots are kept between runs; nothing is kept when absent. */
  trustDir?: string;
  /** After the Notary publish is verified, also sign the digest as cosign does (default none). */
  ociSignature?: OciSignatureKind;
}

export interface RunHooks {
  /** Clock, waits, progress lines and warnings (default: the real clock, nothing printed). */
  runtime?: Runtime;
  /** AWS SDK settings for the KMS signer that are not configuration (tests: endpoint, static credentials). */
  kms?: Pick<KmsSignerOptions, "endpoint" | "credentials" | "requestHandler" | "maxAttempts">;
}

const MAX_KEY_FILE_CHARS = 1024 * 1024;
const MAX_TAGS = 256;

export async function loadSigner(config: Pick<SignConfig, "signerKey" | "signerKeyPassphrase">): Promise<{ signer: Signer; role?: string }> {
  if (!config.signerKey) throw new UsageError(`no signing key: give ${setting("signer-key")} (a private key file) or ${setting("aws-kms-key")}`);
  if (config.signerKey.length > MAX_KEY_FILE_CHARS) throw new UsageError(`signer key is ${config.signerKey.length} characters long, more than a key file's 1 MiB; give the content of one private key file`);
  const key = loadPrivateKey(config.signerKey, config.signerKeyPassphrase);
  return { signer: new KeyFileSigner(key), ...(key.role ? { role: key.role } : {}) };
}

export type RunSignResult = SignResult & { persisted: boolean; cosign?: CosignAttachResult };

export async function runSign(config: SignConfig, hooks: RunHooks = {}): Promise<RunSignResult> {
  const image = parseReference(config.image);
  if (!image.tag && !image.digest) image.tag = "latest";
  if (!image.tag) throw new UsageError(`image ${config.image} has no tag to sign`, { hint: "write it as name:tag or name:tag@sha256:…" });
  checkSignInputs(config);
  const runtime = hooks.runtime ?? createRuntime();
  const kms = await kmsSigner(config, hooks);
  const { signer, role } = kms ? { signer: kms, role: undefined } : await loadSigner(config);
  const fromKeyFile = role && !["root", "targets", "snapshot", "timestamp"].includes(role) ? role.replace(/^targets\//, "") : undefined;
  const signerName = config.signerName ?? (fromKeyFile && isTopLevelDelegation(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
  const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
  const anchor = (await store?.load(image.name)) ?? {};
  if (config.rootKeyIds?.length) anchor.pinnedRootKeyIds = config.rootKeyIds;
  const deadlineAt = runtime.now() + (config.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS);
  const conn = connect(image, { ...config, deadlineAt, logRetry: runtime.log });
  try {
    const result = await sign(
      { notary: conn.notary, registry: conn.registry, signer, runtime },
      {
        image,
        extraTags: config.tags,
        ...(config.digest ? { digest: config.digest } : {}),
        ...(signerName ? { signerName } : {}),
        ...(config.roles?.length ? { roles: config.roles } : {}),
        ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
        anchor,
        deadlineAt,
        firstUse: firstUseCheck({ gun: image.name, requireRootPin: config.requireRootPin ?? false, ...(config.pinNames ? { pinNames: config.pinNames } : {}), warn: runtime.warn }),
      },
    );
    if (store) await store.save(image.name, result.trustedRoot, result.versions);
    // Only a digest whose Notary signature was published and read back gets a cosign signature.
    const cosign =
      config.ociSignature === "cosign"
        ? await attachCosignSignature({ registry: conn.registry, signer, runtime }, { image, digest: result.digest }).catch((err: unknown) => {
            throw cosignFailure(err, image.name, result.digest);
          })
        : undefined;
    if (cosign) runtime.log(cosign.status === "written" ? `Wrote cosign signature ${cosign.reference} (${cosign.signatures} signature(s) there now)` : `Cosign signature by this key already at ${cosign.reference}`);
    return { ...result, persisted: store !== undefined, ...(cosign ? { cosign } : {}) };
  } finally {
    conn.close();
    kms?.close();
  }
}

/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config: SignConfig): void {
  if (config.tags.length > MAX_TAGS) throw new UsageError(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
  for (const tag of config.tags) parseTag(tag);
  if (config.digest !== undefined) parseDigest(config.digest);
  if (config.signerName !== undefined && !isTopLevelDelegation(`targets/${config.signerName}`)) {
    throw new UsageError(`signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`, { hint: "give the NAME used with docker trust signer add" });
  }
  for (const role of config.roles ?? []) {
    if (role !== "targets" && !isTopLevelDelegation(role)) throw new UsageError(`role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`);
  }
}

/** The KMS signer when aws-kms-key is set (after GetPublicKey); undefined otherwise. */
async function kmsSigner(config: SignConfig, hooks: RunHooks): Promise<KmsSigner | undefined> {
  if (!config.awsKmsKey) return undefined;
  if (config.signerKey) throw new UsageError(`${setting("signer-key")} and ${setting("aws-kms-key")} are both set`, { hint: "give one signing key: a key file or an AWS KMS key" });
  if (!config.signerName) {
    throw new UsageError(`${setting("signer-name")} is required with ${setting("aws-kms-key")} ${config.awsKmsKey}`, { hint: "give the delegation name the key was added under (docker trust signer add --key KEY.pub NAME IMAGE)" });
  }
  return createKmsSigner({ keyId: config.awsKmsKey, region: config.awsRegion, ...kmsProxyOptions(config.proxy), ...hooks.kms });
}

/** The Notary signature stands; say so, with what failed for cosign and its hint. */
function cosignFailure(err: unknown, name: string, digest: string): TrustError {
  const code = err instanceof TrustError ? err.code : "COSIGN_WRITE_FAILED";
  const hint = err instanceof TrustError ? err.hint : undefined;
  return new TrustError(code, `${name}@${digest} is signed in Notary, but its cosign signature was not written: ${err instanceof TrustError ? err.message : describeError(err)}`, {
    cause: err,
    hint: hint ?? "fix the cause and run again: the Notary signature is kept and only the cosign signature is written",
  });
}
