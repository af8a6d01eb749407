/**
 * Take cosign signatures by our keys off one image digest: the layers of its `sha256-<hex>.sig`
 * manifest that verify with one of the keys (for this digest and repository) are removed, and every
 * other signer's layer is kept. As attach does it (cosign-attach.ts), the tag is re-read just
 * before the write, and read again after it: a writer that put one of ours back meanwhile (a sign
 * or migrate running at the same moment) is answered by removing it again, a bounded number of times.
 */
import type { KeyObject } from "node:crypto";
import { TrustError } from "../errors.js";
import { OCI_MANIFEST_MEDIA_TYPE, withoutLayers } from "../cosign/manifest.js";
import type { RegistryClient } from "../registry/client.js";
import type { ImageReference } from "../registry/reference.js";
import { manifestIfPresent, pushBlob, putManifest, type WriteOptions } from "../registry/writes.js";
import { readSignaturesForKeys } from "./cosign-read.js";
import type { Runtime } from "./runtime.js";

export interface CosignDetachResult {
  /** `<registry>/<repository>:sha256-<hex>.sig`. */
  reference: string;
  digest: string;
  /** Signatures by our keys taken off. */
  removed: number;
  /** Signatures left there (other signers'). */
  remaining: number;
}

export async function detachCosignSignatures(
  deps: { registry: RegistryClient; runtime: Runtime },
  opts: { image: ImageReference; digest: string; keys: readonly KeyObject[]; maxAttempts?: number },
): Promise<CosignDetachResult> {
  const { registry } = deps;
  const { image, digest, keys } = opts;
  const writes: WriteOptions = { sleep: deps.runtime.sleep, random: deps.runtime.random };
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
  let removed = 0;
  for (let attempt = 1; attempt <= maxAttempts + 1; attempt++) {
    const states = await readSignaturesForKeys(registry, image, digest, keys);
    const { tag, served, parsed } = states[0]!;
    const ours = new Set(states.flatMap((s) => s.verdicts.filter((v) => v.ok).map((v) => v.index)));
    const result = { reference: `${image.name}:${tag}`, digest, removed, remaining: parsed?.layers.length ?? 0 };
    if (ours.size === 0 || !parsed || !served) return result;
    if (attempt > maxAttempts) break;
    const built = withoutLayers(parsed, ours);
    await pushBlob(registry, image, built.config, writes);
    // The tag moved since our read: start again from what is there now.
    if ((await manifestIfPresent(registry, image, tag))?.digest !== served.digest) continue;
    await putManifest(registry, image, tag, built.manifest, OCI_MANIFEST_MEDIA_TYPE, writes);
    removed += ours.size;
  }
  throw new TrustError(
    "COSIGN_WRITE_LOST",
    `cosign signatures by our key on ${image.name}:sha256-${digest.slice(7)}.sig came back ${maxAttempts} times`,
    { hint: "another sign or migrate with this key writes the digest at the same time; stop it, then run again" },
  );
}
