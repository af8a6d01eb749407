// A real docker-registry (distribution 2.8, Debian package "docker-registry") on 127.0.0.1 with
// in-memory storage and no auth, and a daemonless image push through its HTTP API.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { waitUntilHealthy } from "./http-get.js";
import { buildImage, type Blob, type ImageKind } from "./image.js";
import { freePort, lostPortRace, startService, type Service } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export type { ImageKind } from "./image.js";

export interface Registry {
  /** 127.0.0.1:PORT, the registry part of an image name. */
  host: string;
  /** http://127.0.0.1:PORT */
  url: string;
  logs(): string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** Also append the registry's output to `<logDir>/docker-registry.log`. */
  logDir?: string;
  startTimeoutMs?: number;
  /** Token auth (`auth: token:` in the config): the registry then answers 401 to anonymous requests. */
  token?: { realm: string; service: string; issuer: string; rootCertBundle: string };
}

const START_ATTEMPTS = 3;

export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const dir = makeTempDir("registry");
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const configFile = path.join(dir, `config-${port}.yml`);
    await writeFile(configFile, registryConfig(port, options.token));
    const logFile = options.logDir
      ? path.join(options.logDir, options.token ? "docker-registry-token.log" : "docker-registry.log")
      : undefined;
    const service = startService("docker-registry", "docker-registry", ["serve", configFile], { logFile });
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}`;
    try {
      await waitUntilHealthy(`${url}/v2/`, [service], {
        timeoutMs: options.startTimeoutMs ?? 30_000,
        ...(options.token ? { status: 401 } : {}),
      });
      return { host, url, logs: () => service.output(), stop: () => stopRegistry(service, dir) };
    } catch (error) {
      const raced = lostPortRace(service);
      await service.stop();
      if (!raced || attempt >= START_ATTEMPTS) {
        await removeTempDir(dir);
        throw error;
      }
    }
  }
}

async function stopRegistry(service: Service, dir: string): Promise<void> {
  await service.stop();
  await removeTempDir(dir);
}

function registryConfig(port: number, token: RegistryOptions["token"]): string {
  const auth = token
    ? [
        "auth:",
        "  token:",
        `    realm: ${token.realm}`,
        `    service: ${token.service}`,
        `    issuer: ${token.issuer}`,
        `    rootcertbundle: ${token.rootCertBundle}`,
      ]
    : [];
  return [
    "version: 0.1",
    "log:",
    "  level: error",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  inmemory: {}",
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: 127.0.0.1:${port}`,
    ...auth,
    "",
  ].join("\n");
}

export interface PushImageOptions {
  /**
   * docker: Docker v2 schema 2 manifest (default); oci: OCI image manifest; index: OCI image index
   * of two OCI manifests (linux/amd64, linux/arm64); manifest-list: Docker manifest list of two
   * Docker manifests.
   */
  kind?: ImageKind;
  /** `Authorization` for every request (a registry with token auth: a push token for the repository). */
  authorization?: string;
}

export interface PushedManifest {
  /** sha256:<hex> of `bytes`, equal to the registry's Docker-Content-Digest. */
  digest: string;
  /** Length of `bytes`. */
  size: number;
  mediaType: string;
  /** The manifest (or index) exactly as stored. */
  bytes: Uint8Array;
}

/** Push a small random image to `registryUrl` (http://HOST:PORT) as `repo:tag`; returns what the tag points to. */
export async function pushImage(
  registryUrl: string,
  repo: string,
  tag: string,
  options: PushImageOptions = {},
): Promise<PushedManifest> {
  const image = buildImage(options.kind ?? "docker");
  const auth: Record<string, string> = options.authorization ? { authorization: options.authorization } : {};
  await Promise.all(image.blobs.map((blob) => uploadBlob(registryUrl, repo, blob, auth)));
  for (const child of image.children) await putManifest(registryUrl, repo, child.digest, child, auth);
  await putManifest(registryUrl, repo, tag, image.top, auth);
  return image.top;
}

async function uploadBlob(registryUrl: string, repo: string, blob: Blob, auth: Record<string, string>): Promise<void> {
  const start = await fetch(`${registryUrl}/v2/${repo}/blobs/uploads/`, { method: "POST", headers: auth });
  await expectStatus(start, 202, `start upload of ${blob.digest}`);
  const location = start.headers.get("location");
  if (!location) throw new Error(`registry gave no Location for an upload to ${repo}`);
  const uploadUrl = new URL(location, registryUrl);
  uploadUrl.searchParams.set("digest", blob.digest);
  const put = await fetch(uploadUrl, {
    method: "PUT",
    headers: { "content-type": "application/octet-stream", ...auth },
    body: blob.bytes,
  });
  await expectStatus(put, 201, `upload of ${blob.digest}`);
}

async function putManifest(
  registryUrl: string,
  repo: string,
  reference: string,
  manifest: PushedManifest,
  auth: Record<string, string>,
): Promise<void> {
  const response = await fetch(`${registryUrl}/v2/${repo}/manifests/${reference}`, {
    method: "PUT",
    headers: { "content-type": manifest.mediaType, ...auth },
    body: manifest.bytes,
  });
  await expectStatus(response, 201, `PUT manifest ${repo}:${reference}`);
  const stored = response.headers.get("docker-content-digest");
  if (stored !== manifest.digest) {
    throw new Error(`registry stored ${repo}:${reference} as ${stored}, expected ${manifest.digest}`);
  }
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status === status) {
    await response.body?.cancel();
    return;
  }
  const text = (await response.text()).slice(0, 500);
  throw new Error(`${what}: registry answered ${response.status} (expected ${status}): ${text}`);
}
