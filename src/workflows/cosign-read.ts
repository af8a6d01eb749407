/**
 * Reading the cosign signatures of one image digest from its repository (tag scheme) and judging
 * them against one key with cosign's rules (../cosign/check.ts). Shared by signing (is ours there
 * already? did our write land?) and by verification.
 */
import type { KeyObject } from "node:crypto";
import {
  checkLayer,
  summarise,
  type CosignExpectation,
  type CosignVerdict,
  type LayerVerdict,
} from "../cosign/check.js";
import { ManifestFormatError, parseSignatureManifest, type SignatureManifest } from "../cosign/manifest.js";
import { MAX_PAYLOAD_BYTES, signatureTag } from "../cosign/payload.js";
import type { RegistryClient, ResolvedManifest } from "../registry/client.js";
import { parseReference, type ImageReference } from "../registry/reference.js";
import { getBlob, manifestIfPresent } from "../registry/writes.js";

/** The `.sig` manifest of one digest, as served and parsed. */
export interface SignatureManifestRead {
  tag: string;
  /** The `.sig` manifest as served, undefined when the tag does not exist. */
  served: ResolvedManifest | undefined;
  parsed: SignatureManifest | undefined;
}

export interface SignatureState extends SignatureManifestRead {
  verdicts: LayerVerdict[];
  verdict: CosignVerdict;
}

/** The name cosign writes as `docker-reference` (go-containerregistry names Docker Hub index.docker.io). */
export function cosignDockerReference(image: ImageReference): string {
  return image.registry === "docker.io" ? `index.docker.io/${image.repository}` : image.name;
}

/** Whether a payload's docker-reference names the image's repository (tag or digest ignored). */
export function sameRepository(image: ImageReference, dockerReference: string): boolean {
  try {
    return parseReference(dockerReference).name === image.name;
  } catch {
    return false;
  }
}

function expectationFor(image: ImageReference, digest: string): CosignExpectation {
  return { digest, sameRepository: (r) => sameRepository(image, r) };
}

/** Payload blobs fetched at once while judging one signature manifest. */
const FETCH_CONCURRENCY = 8;

/**
 * Reads `sha256-<hex>.sig` in the image's repository and checks each signature layer with `key`.
 * A tag holding something that is not an image manifest is an error (it is never overwritten).
 */
export async function readSignatures(
  registry: RegistryClient,
  image: ImageReference,
  digest: string,
  key: KeyObject,
): Promise<SignatureState> {
  return (await readSignaturesForKeys(registry, image, digest, [key]))[0]!;
}

/** The `.sig` manifest of `digest` alone, parsed; no payload is read. */
export async function readSignatureManifest(
  registry: RegistryClient,
  image: ImageReference,
  digest: string,
): Promise<SignatureManifestRead> {
  const tag = signatureTag(digest);
  const served = await manifestIfPresent(registry, image, tag);
  if (!served) return { tag, served, parsed: undefined };
  try {
    return { tag, served, parsed: parseSignatureManifest(served.bytes) };
  } catch (err) {
    if (!(err instanceof ManifestFormatError)) throw err;
    throw new ManifestFormatError(`${image.name}:${tag} is not a cosign signature manifest: ${err.message}`, {
      cause: err,
      hint: "something else uses cosign's signature tag; inspect it before signing again",
    });
  }
}

/**
 * The signature manifest and its payloads read once and judged against every key: one state per
 * key, in order. Payloads are fetched FETCH_CONCURRENCY at a time, in layer order. With
 * `stopAtFirstPass` no further payload is fetched once a layer passes with any key (a verifier
 * needs one); the states then judge only the layers read, and `verdict.layers` still counts all.
 */
export async function readSignaturesForKeys(
  registry: RegistryClient,
  image: ImageReference,
  digest: string,
  keys: readonly KeyObject[],
  options: { stopAtFirstPass?: boolean } = {},
): Promise<SignatureState[]> {
  const { tag, served, parsed } = await readSignatureManifest(registry, image, digest);
  if (!served || !parsed)
    return keys.map(() => ({ tag, served, parsed: undefined, verdicts: [], verdict: summarise([]) }));
  const expected = expectationFor(image, digest);
  const verdicts: LayerVerdict[][] = keys.map(() => []);
  for (let start = 0; start < parsed.layers.length; start += FETCH_CONCURRENCY) {
    const batch = parsed.layers.slice(start, start + FETCH_CONCURRENCY);
    const payloads = await Promise.all(
      batch.map(async (layer) => {
        const wanted =
          layer.simpleSigning && layer.signature !== undefined && layer.descriptor.size <= MAX_PAYLOAD_BYTES;
        return {
          wanted,
          payload: wanted ? await getBlob(registry, image, layer.descriptor.digest, MAX_PAYLOAD_BYTES) : undefined,
        };
      }),
    );
    batch.forEach((layer, i) => {
      const index = start + i;
      const { wanted, payload } = payloads[i]!;
      keys.forEach((key, k) =>
        verdicts[k]!.push(
          wanted && payload === undefined
            ? { index, ok: false, reason: "PAYLOAD_TAMPERED" }
            : checkLayer(index, layer, payload, key, expected),
        ),
      );
    });
    if (options.stopAtFirstPass && verdicts.some((v) => v.some((x) => x.ok))) break;
  }
  return verdicts.map((v) => ({
    tag,
    served,
    parsed,
    verdicts: v,
    verdict: { ...summarise(v), layers: parsed.layers.length },
  }));
}
