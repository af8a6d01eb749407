/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */
import { ServerError, TrustError, UsageError, describeError } from "../errors.js";
import { isTopLevelDelegation } from "../tuf/roles.js";
import { parseDigest, type OciSignatureKind } from "../settings/values.js";
import { formatReference, parseReference, parseTag, type ImageReference } from "../registry/reference.js";
import { withRun, type RunConfig, type RunHooks } from "./compose.js";
import { firstUseCheck, type RootPinSettings } from "./first-use.js";
import type { SignResult } from "./sign.js";
import type { CosignAttachResult } from "./cosign-attach.js";
import { startSignWave, type SignWaveOptions } from "./sign-wave.js";
import { waveSent } from "./trust-wave.js";
import type { Signer } from "../tuf/signer.js";
import { setting, step } from "../wording.js";

export interface SignConfig extends RunConfig, RootPinSettings {
  image: string;
  tags: string[];
  digest?: string;
  signerName?: string;
  roles?: string[];
  expiresInMs?: number;
  /** After the Notary publish is verified, also sign the digest as cosign does (default none). */
  ociSignature?: OciSignatureKind;
}

const MAX_TAGS = 256;

export type RunSignResult = SignResult & { persisted: boolean; cosign?: CosignAttachResult };

/**
 * The image a sign names: `latest` when it names neither tag nor digest (nor, with `digestAlone`,
 * is a digest given beside it; nor, with `tagsGiven`, are tags), and a digest given twice (in the
 * name and as a setting) only when both agree.
 */
export function imageToSign(
  config: Pick<SignConfig, "image" | "digest">,
  options: { digestAlone?: boolean; tagsGiven?: boolean } = {},
): ImageReference {
  const image = parseReference(config.image);
  if (!image.tag && !image.digest && !options.tagsGiven && !(options.digestAlone && config.digest !== undefined))
    image.tag = "latest";
  if (config.digest !== undefined && image.digest && config.digest !== image.digest)
    throw new UsageError(`image ${image.name}@${image.digest} and ${setting("digest")} ${config.digest} disagree`, {
      hint: "give the digest once, in the image or on its own",
    });
  return image;
}

/**
 * The tags to sign beside the image's: each entry a tag, or a whole reference to a tag of the
 * same repository (what docker/metadata-action's `tags` output holds: `registry/app:1.4`), as
 * its tag. A reference to another repository is refused: that is another Notary repository, for
 * a sign of its own, and leaving it unsigned without a word would be worse.
 */
export function tagsToSign(entries: readonly string[], image: ImageReference): string[] {
  const tags = entries.map((entry) => {
    const ref = /[/:]/.test(entry) ? referenceOrUndefined(entry) : undefined;
    // Anything but a reference to a tag (a digest smuggled in, a bare name) is judged as a tag.
    if (!ref?.tag || ref.digest) return parseTag(entry);
    if (ref.name !== image.name)
      throw new UsageError(`${setting("tags")} names ${formatReference(ref)}, another repository than ${image.name}`, {
        hint: `sign each repository in its own run; give ${setting("tags")} as tags, or references to ${image.name}`,
      });
    return ref.tag;
  });
  return [...new Set(tags)];
}

function referenceOrUndefined(text: string): ImageReference | undefined {
  try {
    return parseReference(text);
  } catch {
    return undefined;
  }
}

export async function runSign(config: SignConfig, hooks: RunHooks = {}): Promise<RunSignResult> {
  if (config.ociSignature === "cosign-only")
    throw new Error("runSign publishes to Notary: a cosign-only sign is runCosignOnlySign");
  // An image named without a tag beside tags to sign (docker/metadata-action's images and tags
  // outputs) signs those tags, not `latest` as well.
  const image = imageToSign(config, { tagsGiven: config.tags.length > 0 });
  const tags = tagsToSign(config.tags, image);
  if (!image.tag && tags[0] !== undefined) image.tag = tags[0];
  if (!image.tag)
    throw new UsageError(`image ${config.image} has no tag to sign`, {
      hint: `write it as name:tag or name:tag@sha256:…, or give the tags in ${setting("tags")}`,
    });
  config = { ...config, tags };
  checkSignInputs(config);
  return withRun(
    image,
    config,
    hooks,
    async (run) => {
      const { runtime, connection: conn } = run;
      // The key file is still being decrypted while sign sends its first requests.
      const signer = run.keyFileSigner ?? run.signers[0]!;
      const role = run.keyFileRole;
      const fromKeyFile =
        role && !["root", "targets", "snapshot", "timestamp"].includes(role)
          ? role.replace(/^targets\//, "")
          : undefined;
      const signerName =
        config.signerName ?? (fromKeyFile && isTopLevelDelegation(`targets/${fromKeyFile}`) ? fromKeyFile : undefined);
      const waveOptions: SignWaveOptions = {
        image,
        extraTags: config.tags,
        ...(config.digest ? { digest: config.digest } : {}),
        ...(signerName ? { signerName } : {}),
        ...(config.roles?.length ? { roles: config.roles } : {}),
        anchor: run.anchor,
      };
      // The first requests go out before the key is decrypted and before the code that verifies,
      // plans and publishes is loaded: both happen while the requests are in flight.
      const wave = startSignWave({ notary: conn.notary, registry: conn.registry, runtime }, waveOptions);
      // The sign code is compiled once the requests are written. A key that fails before then
      // (one that does not decode, a wrong passphrase) ends the run at once, as when it was
      // awaited right after the wave: closing the connection may still stop the requests.
      await Promise.race([waveSent(conn), failureOf(signer)]).catch((err: unknown) => {
        wave.trust.stop();
        throw err;
      });
      const { sign } = await import("./sign.js");
      const result = await sign(
        { notary: conn.notary, registry: conn.registry, signer, runtime },
        {
          ...waveOptions,
          ...(config.signerName !== undefined ? { givenSignerName: config.signerName } : {}),
          wave,
          ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
          deadlineAt: run.deadlineAt,
          firstUse: firstUseCheck({
            gun: image.name,
            requireRootPin: config.requireRootPin ?? false,
            ...(config.pinNames ? { pinNames: config.pinNames } : {}),
            warn: runtime.warn,
          }),
        },
      );
      await run.save({ root: result.trustedRoot, versions: result.versions });
      // Only a digest whose Notary signature was published and read back gets a cosign signature.
      const cosign =
        config.ociSignature === "cosign"
          ? await import("./cosign-attach.js")
              .then(async ({ attachCosignSignature, attachedLine }) => {
                const attached = await attachCosignSignature(
                  { registry: conn.registry, signer: await signer, runtime },
                  { image, digest: result.digest },
                );
                runtime.log(attachedLine(attached));
                return attached;
              })
              .catch((err: unknown) => {
                const failure = cosignFailure(err, image.name, result.digest);
                signedBefore.set(failure, { ...result, persisted: run.persists });
                throw failure;
              })
          : undefined;
      return { ...result, persisted: run.persists, ...(cosign ? { cosign } : {}) };
    },
    {
      requireKey: true,
      keyFileInFlight: true,
      pushFromStart: true,
      // A run that already signs with cosign too is told what comes next, not to start doing it.
      ...(config.ociSignature === "cosign" ? { use: "dual-publish" as const } : {}),
    },
  );
}

/** Rejects as `signer` does; never settles when it resolves. */
function failureOf(signer: Signer | Promise<Signer>): Promise<never> {
  return Promise.resolve(signer).then(() => new Promise<never>(() => undefined));
}

/**
 * Every input that ends up in a URL or a role is checked before any network call: a tag such as
 * `v1@sha256:…` or a signer name such as `../x` would otherwise reach the servers.
 */
function checkSignInputs(config: SignConfig): void {
  // A KMS key has no PEM header naming its delegation: the name must be given.
  if (config.awsKmsKey && !config.signerKey && !config.signerName) {
    throw new UsageError(`${setting("signer-name")} is required with ${setting("aws-kms-key")} ${config.awsKmsKey}`, {
      hint: `give the delegation name the key was added under (NAME in ${step("signer-add-kms", undefined)})`,
    });
  }
  if (config.tags.length > MAX_TAGS)
    throw new UsageError(`${config.tags.length} tags given; at most ${MAX_TAGS} are signed in one run`);
  for (const tag of config.tags) parseTag(tag);
  if (config.digest !== undefined) parseDigest(config.digest);
  if (config.signerName !== undefined && !isTopLevelDelegation(`targets/${config.signerName}`)) {
    throw new UsageError(
      `signer name ${JSON.stringify(config.signerName.slice(0, 100))} is not a delegation name (lower-case letters, digits, '-' and '_')`,
      { hint: `give the NAME the key was added under (${step("signer-add", undefined)})` },
    );
  }
  for (const role of config.roles ?? []) {
    if (role !== "targets" && !isTopLevelDelegation(role))
      throw new UsageError(
        `role ${JSON.stringify(role.slice(0, 100))} is neither targets nor a delegation targets/<name>`,
      );
  }
}

/** What a sign had published in Notary before its cosign signature failed, by the error thrown. */
const signedBefore = new WeakMap<object, RunSignResult>();

/**
 * The Notary signature a failed dual sign had published (and read back) before its cosign
 * signature failed, so that an entry point still reports it; undefined for any other failure.
 */
export function notarySignedBefore(err: unknown): RunSignResult | undefined {
  return typeof err === "object" && err !== null ? signedBefore.get(err) : undefined;
}

/** The Notary signature stands; say so, with what failed for cosign and its hint. */
function cosignFailure(err: unknown, name: string, digest: string): TrustError {
  const message = `${name}@${digest} is signed in Notary, but its cosign signature was not written: ${err instanceof TrustError ? err.message : describeError(err)}`;
  const hint =
    (err instanceof TrustError ? err.hint : undefined) ??
    "fix the cause and run again: the Notary signature is kept and only the cosign signature is written";
  // The cause's code (and class, for a server's answer) passes through: callers decide on them.
  if (err instanceof ServerError)
    return new ServerError(err.code, message, {
      cause: err,
      hint,
      status: err.status,
      url: err.url,
      detailName: err.detailName,
      serverCode: err.serverCode,
    });
  return new TrustError(err instanceof TrustError ? err.code : "COSIGN_WRITE_FAILED", message, { cause: err, hint });
}
