// A registry in memory for unit tests: manifests by tag and digest, blobs, monolithic uploads, as
// the distribution API answers them; records every request.
import { createHash } from "node:crypto";
import type { HttpRequest, HttpResponse, Transport } from "../../src/net/http.js";
import { RegistryClient, type ResolvedManifest } from "../../src/registry/client.js";

const digestOf = (b: Uint8Array) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
const answer = (
  status: number,
  headers: Record<string, string> = {},
  body: Uint8Array | string = "",
): HttpResponse => ({
  status,
  headers,
  body: typeof body === "string" ? new TextEncoder().encode(body) : body,
  url: "",
});

/** A registry in memory: manifests by tag and digest, blobs, monolithic uploads; counts manifest PUTs by tag. */
export function memoryRegistry(
  images: ResolvedManifest[],
  options: { delay?: () => Promise<void> } = {},
): { client: RegistryClient; manifestPuts: string[]; requests: HttpRequest[]; maxInFlight: () => number } {
  const manifests = new Map<string, { bytes: Uint8Array; type: string }>(
    images.map((m) => [m.digest, { bytes: m.bytes, type: m.mediaType }]),
  );
  const blobs = new Map<string, Uint8Array>();
  const manifestPuts: string[] = [];
  const requests: HttpRequest[] = [];
  let inFlight = 0;
  let most = 0;
  const transport: Transport = async (req) => {
    requests.push(req);
    inFlight++;
    most = Math.max(most, inFlight);
    try {
      await options.delay?.();
      return answerFor(req);
    } finally {
      inFlight--;
    }
  };
  const answerFor = (req: HttpRequest): HttpResponse => {
    const url = new URL(req.url);
    const body = (b: Uint8Array) => (req.method === "HEAD" ? new Uint8Array() : b);
    if (url.pathname === "/v2/") return answer(200);
    const m = /^\/v2\/.+\/manifests\/([^/]+)$/.exec(url.pathname);
    if (m) {
      if (req.method === "PUT") {
        const entry = { bytes: req.body!, type: req.headers?.["content-type"] ?? "" };
        manifests.set(m[1]!, entry);
        manifests.set(digestOf(entry.bytes), entry);
        manifestPuts.push(m[1]!);
        return answer(201, { "docker-content-digest": digestOf(entry.bytes) });
      }
      const found = manifests.get(m[1]!);
      return found
        ? answer(200, { "content-type": found.type }, body(found.bytes))
        : answer(404, {}, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    }
    if (/\/blobs\/uploads\//.test(url.pathname)) {
      if (req.method === "POST") return answer(202, { location: `${url.pathname}upload-${blobs.size}` });
      blobs.set(url.searchParams.get("digest")!, req.body!);
      return answer(201);
    }
    const b = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
    const blob = b ? blobs.get(b[1]!) : undefined;
    return blob ? answer(200, {}, body(blob)) : answer(404);
  };
  return { client: new RegistryClient({ transport }), manifestPuts, requests, maxInFlight: () => most };
}
