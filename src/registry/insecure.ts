/**
 * Registries reached over plain http: the insecure-registry entries a user lists, and the scheme a
 * registry client starts with. Light on imports: the entry points read these before the transport
 * is loaded (net/early-connections.ts).
 */
import { quotedInput } from "../redaction.js";
import { UsageError } from "../errors.js";
import { isLoopbackHost } from "../net/proxy.js";
import type { ImageReference } from "./reference.js";

/**
 * The base URL a RegistryClient with these insecure registries starts with for `ref`: plain http
 * for a listed registry, https for any other but a loopback one, and undefined for an unlisted
 * loopback registry, whose scheme is found by trying (https, then plain http). Entries that do not
 * parse make it undefined too: the client refuses them.
 */
export function firstBaseUrl(ref: ImageReference, insecureHosts: readonly string[]): string | undefined {
  let listed: string[];
  try {
    listed = parseInsecureRegistries(insecureHosts);
  } catch {
    return undefined;
  }
  if (listedAsInsecure(ref, new Set(listed))) return `http://${ref.apiHost}`;
  if (isLoopbackHost(new URL(`https://${ref.apiHost}`).hostname)) return undefined;
  return `https://${ref.apiHost}`;
}

/** Whether `ref`'s registry, by its name or its API host, is among `listed` (parsed entries). */
export function listedAsInsecure(ref: ImageReference, listed: ReadonlySet<string>): boolean {
  return listed.has(ref.registry.toLowerCase()) || listed.has(ref.apiHost.toLowerCase());
}

/**
 * Insecure-registry entries as host[:port], lower case. `http://host:port` means the same (docker
 * strips the scheme with a warning); any other scheme, a path or an empty host is refused with a
 * USAGE error whose code is INSECURE_REGISTRY, so the front end can name its input or flag.
 */
export function parseInsecureRegistries(entries: readonly string[]): string[] {
  return entries.map((raw) => {
    const entry = raw.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(entry);
    if (scheme && scheme[1]!.toLowerCase() !== "http") {
      throw new UsageError(
        `insecure registry ${quotedInput(entry, 200)} names the scheme ${scheme[1]}: an insecure registry is reached over plain http`,
        {
          code: "INSECURE_REGISTRY",
          hint: "write HOST:PORT (or http://HOST:PORT); a registry with TLS needs no entry",
        },
      );
    }
    const host = (scheme ? entry.slice(scheme[0].length) : entry).replace(/\/+$/, "");
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(:\d{1,5})?$/i.test(host)) {
      throw new UsageError(`insecure registry ${quotedInput(entry, 200)} is not HOST[:PORT]`, {
        code: "INSECURE_REGISTRY",
        hint: "write HOST:PORT, e.g. registry.internal:5000",
      });
    }
    return host.toLowerCase();
  });
}
