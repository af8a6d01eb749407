// Builds a tiny random container image in memory: one gzipped tar layer holding one random file, an
// image config, and the manifest(s) in the requested format. Nothing here does I/O.
import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";

export type ImageKind = "docker" | "oci" | "index" | "manifest-list";

export interface Blob {
  digest: string;
  bytes: Uint8Array;
}

export interface Manifest {
  digest: string;
  size: number;
  mediaType: string;
  bytes: Uint8Array;
}

export interface BuiltImage {
  /** Config and layer blobs of every platform image. */
  blobs: Blob[];
  /** Platform manifests an index or list refers to (push these by digest first). */
  children: Manifest[];
  /** What the tag points to. */
  top: Manifest;
}

const MEDIA = {
  docker: {
    manifest: "application/vnd.docker.distribution.manifest.v2+json",
    list: "application/vnd.docker.distribution.manifest.list.v2+json",
    config: "application/vnd.docker.container.image.v1+json",
    layer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  },
  oci: {
    manifest: "application/vnd.oci.image.manifest.v1+json",
    list: "application/vnd.oci.image.index.v1+json",
    config: "application/vnd.oci.image.config.v1+json",
    layer: "application/vnd.oci.image.layer.v1.tar+gzip",
  },
} as const;

type Format = keyof typeof MEDIA;
const PLATFORMS = [
  { architecture: "amd64", os: "linux" },
  { architecture: "arm64", os: "linux" },
] as const;

export function buildImage(kind: ImageKind): BuiltImage {
  if (kind === "docker" || kind === "oci") {
    const single = buildPlatformImage(kind, PLATFORMS[0]);
    return { blobs: single.blobs, children: [], top: single.manifest };
  }
  const format: Format = kind === "index" ? "oci" : "docker";
  const platforms = PLATFORMS.map((platform) => ({ platform, ...buildPlatformImage(format, platform) }));
  const list = {
    schemaVersion: 2,
    mediaType: MEDIA[format].list,
    manifests: platforms.map(({ manifest, platform }) => ({
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.size,
      platform,
    })),
  };
  return {
    blobs: platforms.flatMap((p) => p.blobs),
    children: platforms.map((p) => p.manifest),
    top: toManifest(MEDIA[format].list, list),
  };
}

function buildPlatformImage(
  format: Format,
  platform: { architecture: string; os: string },
): { blobs: Blob[]; manifest: Manifest } {
  const tar = makeTar(`hello-${randomBytes(4).toString("hex")}.txt`, randomBytes(64));
  const layer = blobOf(gzipSync(tar));
  const config = blobOf(
    Buffer.from(
      JSON.stringify({
        ...platform,
        created: new Date().toISOString(),
        config: { Cmd: ["/hello.txt"] },
        rootfs: { type: "layers", diff_ids: [sha256Digest(tar)] },
        history: [{ created_by: "content-trust-action test stack" }],
      }),
    ),
  );
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA[format].manifest,
    config: { mediaType: MEDIA[format].config, digest: config.digest, size: config.bytes.length },
    layers: [{ mediaType: MEDIA[format].layer, digest: layer.digest, size: layer.bytes.length }],
  };
  return { blobs: [config, layer], manifest: toManifest(MEDIA[format].manifest, manifest) };
}

function toManifest(mediaType: string, document: unknown): Manifest {
  // Indented like the registry clients do; the digest covers these exact bytes.
  const bytes = Buffer.from(JSON.stringify(document, null, 3));
  return { digest: sha256Digest(bytes), size: bytes.length, mediaType, bytes };
}

function blobOf(bytes: Buffer): Blob {
  return { digest: sha256Digest(bytes), bytes };
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** A ustar archive with one regular file. */
function makeTar(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => header.write(value, offset, length, "ascii");
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0") + "\0";
  field(0, 100, name);
  field(100, 8, octal(0o644, 8));
  field(108, 8, octal(0, 8));
  field(116, 8, octal(0, 8));
  field(124, 12, octal(content.length, 12));
  field(136, 12, octal(Math.floor(Date.now() / 1000), 12));
  field(148, 8, "        ");
  field(156, 1, "0");
  field(257, 8, "ustar\u000000");
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}
