/**
 * Docker Hub's names, in one place. Three readings of "is this Docker Hub?" exist on purpose:
 *
 * - Image names (the Notary GUN): only `index.docker.io` is rewritten to `docker.io`, as Docker's
 *   reference parser does (distribution/reference normalize.go). Any other host is a registry of
 *   its own, and its trust data lives under its own GUN: reading more as Hub would sign or verify
 *   under a name Docker never looks up.
 * - Credentials: `docker.io`, `index.docker.io` and `registry-1.docker.io` find Hub's entry, stored
 *   under `https://index.docker.io/v1/`, as the Docker CLI looks them up (registry.IndexServer).
 *   No other host gets Hub's password.
 * - Policy patterns (`allow-unsigned`, `root-key-id`, `notary-servers`): also
 *   `registry.hub.docker.com`, which people write for Hub, so a pattern matches an image however
 *   either of them names Hub. A pattern only widens or narrows what is checked; it sends nothing.
 */

/** Hub's name in image references (normalize.go defaultDomain). */
export const HUB_DOMAIN = "docker.io";
/** Hub's legacy name, which reference parsing reads as docker.io (normalize.go legacyDefaultDomain). */
export const HUB_LEGACY_DOMAIN = "index.docker.io";
/** The host that serves Hub's registry API (normalize.go defaultRegistryHost ... DefaultV2Registry). */
export const HUB_API_HOST = "registry-1.docker.io";
/** The key of Hub's credentials in Docker's config.json and credential helpers (registry.IndexServer). */
export const HUB_CREDENTIALS_KEY = "https://index.docker.io/v1/";

/** Hosts whose credentials are Hub's. */
export const HUB_CREDENTIAL_HOSTS: readonly string[] = [HUB_DOMAIN, HUB_LEGACY_DOMAIN, HUB_API_HOST];
const HUB_POLICY_HOSTS = new Set([...HUB_CREDENTIAL_HOSTS, "registry.hub.docker.com"]);

/** Whether Docker looks up Hub's credentials for this host. */
export function isHubCredentialHost(host: string): boolean {
  return HUB_CREDENTIAL_HOSTS.includes(host.toLowerCase());
}

/** A registry host as a policy compares it: any of Hub's host names reads as docker.io. */
export function policyHost(host: string): string {
  const lower = host.toLowerCase();
  return HUB_POLICY_HOSTS.has(lower) ? HUB_DOMAIN : lower;
}
