/**
 * The first wave of a sign: the Notary GETs of the roles it reads (trust-wave.ts) and the registry
 * resolution of its tags, sent at once. Light on imports, so that a run sends it before the code
 * that verifies, plans and publishes is loaded; sign.ts takes the wave and decides on its answers.
 */
import { ServerError, TrustError, VerificationError } from "../errors.js";
import { setting } from "../wording.js";
import type { NotaryClient } from "../notary/client.js";
import type { ResolvedManifest } from "../registry/client.js";
import type { ImageReference } from "../registry/reference.js";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import type { Runtime } from "./runtime.js";
import { startTrustWave, type TrustWave } from "./trust-wave.js";

export interface SignWaveDeps {
  notary: NotaryClient;
  registry: { resolve(ref: ImageReference): Promise<ResolvedManifest> };
  runtime: Pick<Runtime, "log">;
}

export interface SignWaveOptions {
  /** The image; its tag is the first tag signed. */
  image: ImageReference;
  /** More tags of the same repository, signed to the same digest in the same publish. */
  extraTags?: readonly string[];
  /** The pushed digest; when set, every tag present in the registry must point to it. */
  digest?: string;
  /** Delegation name (`alice` for `targets/alice`): its role joins the wave. */
  signerName?: string;
  /** Roles to sign into instead of Docker's choice: they join the wave. */
  roles?: readonly string[];
  anchor?: TrustAnchor;
}

/** What the registry holds for each tag; `m` is undefined for a tag it may lack. */
export interface ResolvedTags {
  /** The manifest by digest, when a digest was given. */
  primary: ResolvedManifest | undefined;
  rows: { tag: string; m: ResolvedManifest | undefined }[];
}

export interface SignWave {
  /** The tags to sign, the image's first, without repeats. */
  tags: string[];
  /** The digest asked for (`digest`, else the image's). */
  wanted: string | undefined;
  resolved: Promise<ResolvedTags>;
  trust: TrustWave;
}

/** Sends the first wave of a sign. `resolved` is awaited by the sign; until then its failure is held. */
export function startSignWave(deps: SignWaveDeps, opts: SignWaveOptions): SignWave {
  const tags = [...new Set([opts.image.tag ?? "latest", ...(opts.extraTags ?? [])])];
  const gun = opts.image.name;
  const hints = ["targets/releases", ...(opts.signerName ? [`targets/${opts.signerName}`] : []), ...(opts.roles ?? [])];
  deps.runtime.log(
    `Resolving ${gun} ${tags.join(", ")} in the registry and reading its trust data from ${deps.notary.baseUrl}`,
  );
  // The registry request first: plain HTTP, it is written as soon as its socket connects. Made
  // after the Notary requests it waited behind their TLS handshakes' CPU work (measured: the first
  // request reached the server 10-20 ms later, and the run was no faster).
  const wanted = opts.digest ?? opts.image.digest;
  const resolved = resolveTags(deps, opts.image, tags, wanted);
  // Awaited by the sign; a failure before then must not count as unhandled.
  resolved.catch(() => undefined);
  const trust = startTrustWave(deps.notary, {
    hints,
    ...(opts.anchor?.previousVersions ? { previousVersions: opts.anchor.previousVersions } : {}),
  });
  return { tags, wanted, resolved, trust };
}

/**
 * The manifest of every tag (and of the digest, when one is given). Without a digest the first tag
 * must exist; a further tag may be absent from the registry (sign.ts warns and signs it anyway).
 */
async function resolveTags(
  deps: SignWaveDeps,
  image: ImageReference,
  tags: string[],
  wanted: string | undefined,
): Promise<ResolvedTags> {
  const { digest: _pinned, ...byName } = image;
  const byTag = tags.map((tag, i) =>
    deps.registry.resolve({ ...byName, tag }).then(
      (m) => ({ tag, m }),
      (e: unknown) => {
        if ((wanted || i > 0) && e instanceof TrustError && e.code === "MANIFEST_UNKNOWN") return { tag, m: undefined };
        throw e;
      },
    ),
  );
  const byDigest = wanted ? deps.registry.resolve({ ...image, digest: wanted }) : undefined;
  byDigest?.catch(() => undefined);
  const rows = await Promise.all(byTag);
  const primary = await byDigest?.catch((err: unknown) => {
    throw notAManifest(err, image, wanted!, rows);
  });
  return { primary, rows };
}

/**
 * The given digest names no manifest, while a tag does (registries answer 404, or 500 as
 * docker-registry does for a config blob's digest): most often the image ID (the config's digest,
 * build-push-action's imageid) given instead of the pushed digest. Said so, with what the tag is;
 * any other failure stays as it is.
 */
function notAManifest(
  err: unknown,
  image: ImageReference,
  wanted: string,
  rows: readonly { tag: string; m: { digest: string } | undefined }[],
): unknown {
  const found = rows.find((r) => r.m && r.m.digest !== wanted);
  // 404, or docker-registry's 500 for a blob's digest asked for as a manifest; an outage (502,
  // 503) or anything else stays what it is.
  const answer =
    err instanceof TrustError && err.code === "MANIFEST_UNKNOWN"
      ? "not found"
      : err instanceof ServerError && err.status === 500
        ? "HTTP 500"
        : undefined;
  if (!answer) return err;
  // No tag points anywhere yet (a new tag, and the registry answered for it): the image was not
  // pushed, or the digest is the image ID all the same.
  if (!found) {
    const tags = rows.map((r) => `${image.name}:${r.tag}`).join(", ");
    return new ServerError(
      "MANIFEST_UNKNOWN",
      `${setting("digest")} ${wanted} is no manifest in ${image.name} (${answer}), and ${tags} ${rows.length === 1 ? "is" : "are"} not in the registry`,
      {
        cause: err,
        ...(err instanceof ServerError ? { status: err.status, url: err.url } : {}),
        hint: "push the image first; if the digest is the image ID (build-push-action's imageid output, the config's digest), give the pushed digest (its digest output) instead",
      },
    );
  }
  return new VerificationError(
    "TAG_MISMATCH",
    `${image.name}:${found.tag} points to ${found.m!.digest} in the registry, and ${setting("digest")} ${wanted} is no manifest there (${answer})`,
    {
      cause: err,
      hint: "give the digest of the pushed manifest or index (build-push-action's digest output), not the image ID (its imageid output, the config's digest)",
    },
  );
}
