/**
 * Signing without Notary (`oci-signature: cosign-only`): the last step of leaving Notary v1, when
 * the Notary server is gone or no longer wanted. The same inputs and the same key (file or AWS
 * KMS) as a sign; the image's digest gets a cosign signature in the registry, read back and
 * verified under cosign's rules, and no request goes to a Notary server.
 */
import { ServerError, VerificationError } from "../errors.js";
import type { ImageReference } from "../registry/reference.js";
import type { ResolvedManifest } from "../registry/client.js";
import { setting } from "../wording.js";
import { withRun, type RunHooks } from "./compose.js";
import type { CosignAttachResult } from "./cosign-attach.js";
import { imageToSign, tagsToSign, type SignConfig } from "./run-sign.js";

export interface CosignOnlySignResult {
  /** The repository (GUN) whose image was signed. */
  gun: string;
  /** The tag the image was named by, when it had one. */
  tag: string | undefined;
  digest: string;
  /** The key, for a person: "key file 8ea16f8a…", "AWS KMS alias/x". */
  signer: string;
  /** The key's ID in full (as `content-trust key inspect` shows it). */
  keyId: string;
  cosign: CosignAttachResult;
}

export async function runCosignOnlySign(config: SignConfig, hooks: RunHooks = {}): Promise<CosignOnlySignResult> {
  // A digest alone names the image: no tag is assumed beside it. Nor beside tags: an image named
  // without a tag then stands for the first of them (what the Notary sign would sign), not latest.
  const image = imageToSign(config, { digestAlone: true, tagsGiven: config.tags.length > 0 });
  const wanted = config.digest ?? image.digest;
  // Tags that found the digest (an image named without tag or digest) were not ignored.
  let tagsUsed = false;
  if (!image.tag && !wanted) {
    const [first] = tagsToSign(config.tags, image);
    if (first !== undefined) image.tag = first;
    tagsUsed = first !== undefined && config.tags.length > 0;
  }
  // Settings that only shape Notary metadata or its trust: a cosign signature covers the digest,
  // so every tag that points to it, for as long as the key is trusted.
  const ignored = [
    ...(config.tags.length && !tagsUsed ? [setting("tags")] : []),
    ...(config.roles?.length ? [setting("roles")] : []),
    ...(config.expiresInMs ? [setting("expires")] : []),
    ...(config.rootKeyIds?.length ? [setting("root-key-id")] : []),
  ];
  // No Notary server is asked: its settings are not read (a malformed one must not fail the run).
  const { notaryServer: _server, envNotaryServer: _env, ...cosignConfig } = config;
  return withRun(
    image,
    cosignConfig,
    hooks,
    async (run) => {
      const { runtime, connection: conn } = run;
      if (ignored.length)
        runtime.warn(
          `${ignored.join(", ")} ${ignored.length === 1 ? "is" : "are"} for Notary only and ${ignored.length === 1 ? "is" : "are"} ignored with ${setting("oci-signature")} cosign-only: the cosign signature covers the digest, whatever tags point to it`,
        );
      const manifest = await manifestToSign(conn.registry, image, wanted, runtime.warn);
      const signer = run.signers[0]!;
      const { attachCosignSignature, attachedLine } = await import("./cosign-attach.js");
      const cosign = await attachCosignSignature(
        { registry: conn.registry, signer, runtime },
        { image, digest: manifest.digest },
      );
      runtime.log(attachedLine(cosign));
      return {
        gun: image.name,
        tag: image.tag,
        digest: manifest.digest,
        signer: signer.description,
        keyId: signer.keyId,
        cosign,
      };
    },
    { requireKey: true, notary: false },
  );
}

/**
 * The manifest whose digest is signed: the one given (which must be in the registry, and which the
 * tag, when the registry has it, must point to), else the tag's.
 */
async function manifestToSign(
  registry: { resolve(ref: ImageReference): Promise<ResolvedManifest> },
  image: ImageReference,
  wanted: string | undefined,
  warn: (message: string) => void,
): Promise<ResolvedManifest> {
  const { tag: _tag, digest: _digest, ...name } = image;
  if (!wanted) return registry.resolve({ ...name, tag: image.tag! });
  const manifest = await registry.resolve({ ...name, digest: wanted });
  if (!image.tag) return manifest;
  const byTag = await registry.resolve({ ...name, tag: image.tag }).catch((err: unknown) => {
    if (err instanceof ServerError && err.code === "MANIFEST_UNKNOWN") return undefined;
    throw err;
  });
  if (!byTag) warn(`${image.name}:${image.tag} is not in the registry; signing ${manifest.digest} alone`);
  else if (byTag.digest !== manifest.digest)
    throw new VerificationError(
      "TAG_MISMATCH",
      `${image.name}:${image.tag} points to ${byTag.digest} in the registry, not ${manifest.digest}`,
      { hint: `give ${setting("digest")} the digest of the push that produced this tag` },
    );
  return manifest;
}
