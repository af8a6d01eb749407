/**
 * Attach a cosign signature by our key to one image digest, as cosign stores it: append a layer to
 * the OCI manifest tagged `sha256-<hex>.sig` in the image's repository, keeping every layer there.
 *
 * A registry without conditional PUT cannot refuse a stale write, so a lost update is detected
 * instead of prevented: just before the PUT the tag is re-read (another writer since our read:
 * start again from theirs); after the PUT it is read back, and once more after a short settle
 * delay, and our signature must be there and verify. If another writer's PUT replaced ours, we
 * append again on top of theirs; both writers follow the same loop, so both signatures end up
 * stored. Bounded: at most `maxAttempts` rounds.
 */
import { TrustError, UsageError } from "../errors.js";
import { appendSignature, ManifestFormatError, signatureLayer } from "../cosign/manifest.js";
import { simpleSigningPayload } from "../cosign/payload.js";
import type { RegistryClient } from "../registry/client.js";
import type { ImageReference } from "../registry/reference.js";
import { getBlob, manifestIfPresent, pushBlob, putManifest, type WriteOptions } from "../registry/writes.js";
import { signCosignPayload } from "../signers/cosign-signing.js";
import type { Signer } from "../tuf/signer.js";
import { keyObjectOf } from "../tuf/keys.js";
import {
  cosignDockerReference,
  readSignatureManifest,
  readSignatures,
  type SignatureManifestRead,
  type SignatureState,
} from "./cosign-read.js";
import type { Runtime } from "./runtime.js";

export interface CosignAttachDeps {
  registry: RegistryClient;
  signer: Signer;
  runtime: Runtime;
}

export interface CosignAttachOptions {
  /** The image's repository (tag and digest ignored). */
  image: ImageReference;
  /** The image digest to sign. */
  digest: string;
  /** Rounds of read, append, write, read back (default 6). */
  maxAttempts?: number;
  /** Delay before the second read-back, in ms (default 300, jittered). */
  settleMs?: number;
  /**
   * Called when our write has been read back once, as the settle delay starts: a caller with other
   * digests to sign may start the next one, while this promise resolves only once the second
   * read-back has decided.
   */
  onSettling?: () => void;
  /** Only check; write nothing (migrate --dry-run). */
  dryRun?: boolean;
}

export interface CosignAttachResult {
  /** `<registry>/<repository>:sha256-<hex>.sig`. */
  reference: string;
  tag: string;
  digest: string;
  /** Digest of the `.sig` manifest now served (undefined in a dry run with nothing there). */
  manifestDigest: string | undefined;
  /** Digest of our payload layer (undefined when nothing was written and ours was found before). */
  payloadDigest: string | undefined;
  /** Signature layers in the manifest now served. */
  signatures: number;
  /** "written": we added ours; "present": a valid signature by this key was already there; "would-write": dry run. */
  status: "written" | "present" | "would-write";
  attempts: number;
}

const MAX_CONFIG_BYTES = 64 * 1024;

/** The progress line of a sign's cosign signature: written, or found already there. */
export function attachedLine(r: CosignAttachResult): string {
  return r.status === "written"
    ? `Wrote cosign signature ${r.reference} (${r.signatures} signature(s) there now)`
    : `Cosign signature by this key already at ${r.reference}`;
}

export async function attachCosignSignature(
  deps: CosignAttachDeps,
  opts: CosignAttachOptions,
): Promise<CosignAttachResult> {
  const { registry, signer } = deps;
  const { sleep, random, log } = deps.runtime;
  const key = keyObjectOf(signer.publicKey);
  if (!key) throw new UsageError(`${signer.description} has no public key cosign can verify with`);
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
  const settleMs = opts.settleMs ?? 300;
  const image = opts.image;
  const writes: WriteOptions = { sleep, random };
  const result = (
    state: SignatureManifestRead & { verdicts?: SignatureState["verdicts"] },
    status: CosignAttachResult["status"],
    attempts: number,
    payloadDigest?: string,
  ): CosignAttachResult => ({
    reference: `${image.name}:${state.tag}`,
    tag: state.tag,
    digest: opts.digest,
    manifestDigest: state.served?.digest,
    payloadDigest:
      payloadDigest ?? state.parsed?.layers[state.verdicts?.find((v) => v.ok)?.index ?? -1]?.descriptor.digest,
    signatures: state.parsed?.layers.length ?? 0,
    status,
    attempts,
  });

  const first = await readSignatures(registry, image, opts.digest, key);
  if (first.verdict.ok) return result(first, "present", 0);
  if (opts.dryRun) return result(first, "would-write", 0);
  let state: SignatureManifestRead = first;

  const payload = simpleSigningPayload(cosignDockerReference(image), opts.digest);
  const signature = await signCosignPayload(signer, payload);
  const layer = signatureLayer(payload, signature);
  await pushBlob(registry, image, payload, writes);
  const ours = (s: SignatureState) =>
    s.verdicts.some(
      (v) =>
        v.ok &&
        s.parsed?.layers[v.index]?.descriptor.digest === layer.digest &&
        s.parsed.layers[v.index]?.signature === signature,
    );
  // After our PUT the manifest alone tells whether our layer is there: its payload is the blob we
  // pushed (named by its digest) and its signature is the one we made; nothing else is re-read.
  const holdsOurs = (s: SignatureManifestRead) =>
    s.parsed?.layers.some((l) => l.descriptor.digest === layer.digest && l.signature === signature) ?? false;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const baseConfig = state.parsed?.config
      ? await getBlob(registry, image, state.parsed.config.digest, MAX_CONFIG_BYTES).catch(() => undefined)
      : undefined;
    let built: ReturnType<typeof appendSignature>;
    try {
      built = appendSignature(state.parsed, baseConfig, layer);
    } catch (err) {
      if (!(err instanceof ManifestFormatError)) throw err;
      throw new TrustError(
        "COSIGN_MANIFEST_FULL",
        `${image.name}:${state.tag} cannot take another signature: ${err.message}`,
        {
          cause: err,
          hint: "remove old signatures from the signature image, then sign again",
        },
      );
    }
    await pushBlob(registry, image, built.config, writes);
    // Narrow the window: if the tag moved since our read, rebase on what is there now. Only the
    // manifest is read for this; its payloads only when it did move.
    const current = await manifestIfPresent(registry, image, state.tag);
    if (current?.digest !== state.served?.digest) {
      log(`${image.name}:${state.tag} changed while signing; appending to the new manifest`);
      const changed = await readSignatures(registry, image, opts.digest, key);
      if (ours(changed) || changed.verdict.ok) return result(changed, "present", attempt);
      state = changed;
      continue;
    }
    await putManifest(registry, image, state.tag, built.manifest, built.mediaType, writes);
    state = await readSignatureManifest(registry, image, opts.digest);
    if (holdsOurs(state)) {
      opts.onSettling?.();
      await sleep(Math.round(settleMs / 2 + (random() * settleMs) / 2));
      state = await readSignatureManifest(registry, image, opts.digest);
      if (holdsOurs(state)) return result(state, "written", attempt, layer.digest);
    }
    // Replaced: by a writer with this key too (another run of the same migration), whose signature
    // then stands for ours, or by another signer's, onto which ours is appended again.
    const replaced = await readSignatures(registry, image, opts.digest, key);
    if (replaced.verdict.ok) return result(replaced, "present", attempt);
    state = replaced;
    log(
      `another writer replaced ${image.name}:${state.tag} at the same moment; appending again (attempt ${attempt + 1} of ${maxAttempts})`,
    );
    await sleep(Math.round(50 + random() * 200 * attempt));
  }
  throw new TrustError(
    "COSIGN_WRITE_LOST",
    `our cosign signature on ${image.name}:${state.tag} was replaced by other writers ${maxAttempts} times`,
    {
      hint: "other signers write this digest at the same time; run again",
    },
  );
}
