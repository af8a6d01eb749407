/**
 * The OCI image manifest cosign stores at `sha256-<hex>.sig` (SIGNATURE_SPEC.md "OCI Image Manifest
 * V1"): one layer per signature, the payload as the layer blob, the base64 signature in the layer's
 * `dev.cosignproject.cosign/signature` annotation, and a config blob written as go-containerregistry
 * writes it for cosign's empty signature image. Pure: parses and builds bytes.
 */
import { isSha256Digest } from "../digest.js";
import { sha256Digest } from "../sha256.js";
import { TrustError, type TrustErrorOptions } from "../errors.js";
import { SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE } from "./payload.js";

export const OCI_MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
const OCI_CONFIG_MEDIA_TYPE = "application/vnd.oci.image.config.v1+json";
/** cosign refuses signature images with more layers than this (pkg/oci/mutate maxLayers). */
const MAX_SIGNATURE_LAYERS = 1000;
/** go-containerregistry's zero time, as its config and history entries carry it. */
const ZERO_TIME = "0001-01-01T00:00:00Z";

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: string;
  annotations?: Record<string, string>;
}

export interface SignatureLayer {
  /** The layer as it appears in the manifest (kept as read, unknown fields too). */
  descriptor: Descriptor & Record<string, unknown>;
  /** Base64 signature from the annotation, or undefined when the layer has none. */
  signature: string | undefined;
  /** True when the layer is a simple-signing payload. */
  simpleSigning: boolean;
}

export interface SignatureManifest {
  /** The whole manifest object as read (fields we do not know are kept when we append). */
  raw: Record<string, unknown>;
  config: Descriptor | undefined;
  layers: SignatureLayer[];
}

/** Bytes under cosign's signature tag that are not a signature image we can read or extend. */
export class ManifestFormatError extends TrustError {
  constructor(message: string, options: TrustErrorOptions = {}) {
    super("COSIGN_MANIFEST_INVALID", message, options);
  }
}

/**
 * Parses the bytes of a `.sig` manifest; throws ManifestFormatError when it is not an image manifest with valid
 * layers.
 */
export function parseSignatureManifest(bytes: Uint8Array): SignatureManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ManifestFormatError("signature manifest is not JSON");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ManifestFormatError("signature manifest is not a JSON object");
  const m = raw as Record<string, unknown>;
  if (m["schemaVersion"] !== 2) throw new ManifestFormatError("signature manifest is not schemaVersion 2");
  if (m["mediaType"] !== undefined && typeof m["mediaType"] !== "string")
    throw new ManifestFormatError("signature manifest mediaType is not a string");
  if (m["manifests"] !== undefined)
    throw new ManifestFormatError("signature tag holds an index, not an image manifest");
  const layersValue = m["layers"] ?? [];
  if (!Array.isArray(layersValue)) throw new ManifestFormatError("signature manifest layers is not an array");
  if (layersValue.length > MAX_SIGNATURE_LAYERS)
    throw new ManifestFormatError(
      `signature manifest has ${layersValue.length} layers, more than ${MAX_SIGNATURE_LAYERS}`,
    );
  const layers = layersValue.map((l, i) => {
    const descriptor = readDescriptor(l, `layer ${i}`);
    const signature = descriptor.annotations?.[SIGNATURE_ANNOTATION];
    return { descriptor, signature, simpleSigning: descriptor.mediaType === SIMPLE_SIGNING_MEDIA_TYPE };
  });
  const config = m["config"] === undefined ? undefined : readDescriptor(m["config"], "config");
  return { raw: m, config, layers };
}

function readDescriptor(value: unknown, what: string): Descriptor & Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ManifestFormatError(`${what} is not an object`);
  const d = value as Record<string, unknown>;
  if (typeof d["mediaType"] !== "string") throw new ManifestFormatError(`${what} has no mediaType`);
  if (typeof d["digest"] !== "string" || !isSha256Digest(d["digest"]))
    throw new ManifestFormatError(`${what} has no sha256 digest`);
  if (typeof d["size"] !== "number" || !Number.isSafeInteger(d["size"]) || d["size"] < 0)
    throw new ManifestFormatError(`${what} has no valid size`);
  const ann = d["annotations"];
  if (ann !== undefined) {
    if (
      typeof ann !== "object" ||
      ann === null ||
      Array.isArray(ann) ||
      Object.values(ann).some((v) => typeof v !== "string")
    ) {
      throw new ManifestFormatError(`${what} annotations are not a map of strings`);
    }
  }
  return d as Descriptor & Record<string, unknown>;
}

/** The layer descriptor for one signature, fields in the order go-containerregistry writes them. */
export function signatureLayer(payload: Uint8Array, signatureBase64: string): Descriptor {
  return {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    size: payload.byteLength,
    digest: sha256Digest(payload),
    annotations: { [SIGNATURE_ANNOTATION]: signatureBase64 },
  };
}

export interface BuiltManifest {
  manifest: Uint8Array;
  /** Its media type, to PUT it with: the base's (cosign's append keeps Docker media types), else OCI's. */
  mediaType: string;
  config: Uint8Array;
  digest: string;
}

/**
 * The manifest with `layer` appended to the layers of `base` (none: a new signature image), and
 * its config: the base config with one more diff ID and history entry, as cosign's append makes
 * it, or cosign's config of an empty image when there is no readable base config.
 */
export function appendSignature(
  base: SignatureManifest | undefined,
  baseConfig: Uint8Array | undefined,
  layer: Descriptor,
): BuiltManifest {
  const layers = [...(base?.layers.map((l) => l.descriptor) ?? []), layer];
  if (layers.length > MAX_SIGNATURE_LAYERS)
    throw new ManifestFormatError(
      `the signature image would have ${layers.length} layers, more than ${MAX_SIGNATURE_LAYERS}`,
    );
  const config = configWith(
    baseConfig,
    layers.map((l) => l.digest),
  );
  // A base written with Docker's media types (cosign with COSIGN_DOCKER_MEDIA_TYPES=1, for
  // registries without OCI manifests) keeps them, as cosign's own append does.
  const configDescriptor = {
    mediaType: base?.config?.mediaType ?? OCI_CONFIG_MEDIA_TYPE,
    size: config.byteLength,
    digest: sha256Digest(config),
  };
  const manifest: Record<string, unknown> = base
    ? { ...base.raw, config: { ...(base.config ?? {}), ...configDescriptor }, layers }
    : { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: configDescriptor, layers };
  const bytes = new TextEncoder().encode(JSON.stringify(manifest));
  const mediaType = typeof manifest["mediaType"] === "string" ? manifest["mediaType"] : OCI_MANIFEST_MEDIA_TYPE;
  return { manifest: bytes, mediaType, config, digest: sha256Digest(bytes) };
}

/** go-containerregistry's config of cosign's empty signature image with these layers. */
export function emptyImageConfig(diffIds: readonly string[]): Uint8Array {
  const json = {
    architecture: "",
    created: ZERO_TIME,
    history: diffIds.map(() => ({ created: ZERO_TIME })),
    os: "",
    rootfs: { type: "layers", diff_ids: diffIds },
    config: {},
  };
  return new TextEncoder().encode(JSON.stringify(json));
}

/** Signature layers are uncompressed blobs, so each diff ID is the layer digest. */
function configWith(baseConfig: Uint8Array | undefined, diffIds: readonly string[]): Uint8Array {
  if (baseConfig) {
    try {
      const c = JSON.parse(new TextDecoder().decode(baseConfig)) as Record<string, unknown>;
      const rootfs = c["rootfs"] as { type?: unknown; diff_ids?: unknown } | undefined;
      const baseIds = rootfs?.diff_ids;
      if (rootfs && Array.isArray(baseIds) && baseIds.length === diffIds.length - 1) {
        const history: unknown[] = Array.isArray(c["history"]) ? (c["history"] as unknown[]) : [];
        return new TextEncoder().encode(
          JSON.stringify({
            ...c,
            history: [...history, { created: ZERO_TIME }],
            rootfs: { ...rootfs, diff_ids: [...(baseIds as unknown[]), diffIds.at(-1)] },
          }),
        );
      }
    } catch {
      // unreadable: write cosign's own below
    }
  }
  return emptyImageConfig(diffIds);
}
