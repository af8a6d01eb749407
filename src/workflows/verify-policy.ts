/**
 * The verify policy and the inputs that build it, shared by the action and the CLI.
 *
 * Repository patterns (`allow-unsigned`, the repository side of `root-key-id`) name repositories
 * the way image names do, normalised first: `alpine` is `docker.io/library/alpine`, `myorg/*` is
 * `docker.io/myorg/*`, a first component with `.` or `:` (or `localhost`) is a registry. Then `*`
 * matches within one path component, `**` across components, `?` one character. A pattern names
 * repositories, never tags: every tag of a matching repository matches.
 */
import { quotedInput } from "../redaction.js";
import { UsageError } from "../errors.js";
import { globRegExp } from "../glob.js";
import type { ImageReference } from "../registry/reference.js";
import { notaryServerFor } from "../net/notary-server.js";
import { inputLines } from "../settings/lists.js";
import { keyValueLines, parseKeyId } from "../settings/values.js";
import { setting } from "../wording.js";
import { policyHost } from "../net/docker-hub.js";

export interface RootKeyPin {
  /** Repository pattern; undefined pins every repository. */
  repository?: string;
  /** Root key IDs (as `docker trust inspect` shows under Root), one of which must sign the root. */
  keyIds: string[];
}

export interface VerifyPolicy {
  /** Signer names (`alice` or `targets/alice`), each of which must hold the tag with the released digest. */
  signers?: readonly string[];
  rootKeyIds?: readonly RootKeyPin[];
  /** Repository patterns allowed without trust data: not checked at all. */
  allowUnsigned?: readonly string[];
}

/** `build-args`: lines of `NAME=value` (the value may be empty). */
export function parseBuildArgs(input: string | readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { line, key: name, value } of keyValueLines(input, "first")) {
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new UsageError(`${setting("build-args")}: ${quotedInput(line, 80)} is not NAME=value`, {
        hint: "write each as NAME=value",
      });
    }
    out[name] = value;
  }
  return out;
}

/** `allow-unsigned`: repository patterns, one a line, each checked now rather than when an image meets it. */
export function parseAllowUnsigned(input: string | readonly string[] | undefined): string[] {
  const patterns = inputLines(input);
  for (const pattern of patterns) normalisePattern(pattern, setting("allow-unsigned"));
  return patterns;
}

/** `root-key-id`: one key ID for every repository, or lines of `repository=keyid[,keyid…]`. */
export function parseRootKeyPins(input: string | readonly string[] | undefined): RootKeyPin[] {
  const pins: RootKeyPin[] = [];
  for (const { key: repository, value } of keyValueLines(input, "last")) {
    // Every comma-separated entry must be a key ID: an empty one is refused, not dropped.
    const keyIds = value.split(",").map(parseKeyId);
    if (repository !== undefined) normalisePattern(repository, setting("root-key-id"));
    pins.push({ ...(repository !== undefined ? { repository } : {}), keyIds });
  }
  return pins;
}

/** `notary-servers`: lines of `registry-host=https://notary.example[:port]`. */
export function parseNotaryServers(input: string | readonly string[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const { line, key, value } of keyValueLines(input, "first")) {
    const host = key?.toLowerCase() ?? "";
    if (!host || host.includes("/")) {
      throw new UsageError(`${setting("notary-servers")}: ${quotedInput(line, 120)} is not registry-host=url`, {
        hint: "e.g. registry.example:5000=https://notary.example:4443",
      });
    }
    const url = value.trim();
    out.set(policyHost(host), notaryServerFor({ registry: host }, url));
  }
  return out;
}

/**
 * The Notary server for an image: its registry's line in `notary-servers`, else `notary-server`, else Docker's
 * default.
 */
export function notaryServerOf(
  ref: ImageReference,
  options: { notaryServer?: string; notaryServers?: ReadonlyMap<string, string> },
): string | undefined {
  return options.notaryServers?.get(policyHost(ref.registry.toLowerCase())) ?? (options.notaryServer || undefined);
}

/** The first allow-unsigned pattern that matches the repository, if any. */
export function allowedUnsignedBy(name: string, patterns: readonly string[] | undefined): string | undefined {
  return patterns?.find((p) => matchesRepository(p, name));
}

/**
 * The lines of a per-repository setting (`root-key-id`, `accept`) that apply to a repository:
 * every line naming it exactly; else the first line whose pattern matches; else every line
 * without a pattern. Empty when none applies.
 */
export function rulesFor<R extends { repository?: string }>(
  name: string,
  rules: readonly R[] | undefined,
  input: string,
): R[] {
  const scoped = (rules ?? []).filter((r) => r.repository !== undefined);
  const exact = scoped.filter((r) => normalisePattern(r.repository!, input) === policyName(name));
  if (exact.length) return exact;
  const pattern = scoped.find((r) => matchesRepository(r.repository!, name));
  if (pattern) return [pattern];
  return (rules ?? []).filter((r) => r.repository === undefined);
}

/** The root key IDs pinned for a repository (see rulesFor), or undefined when none is. */
export function pinnedRootKeyIds(name: string, pins: readonly RootKeyPin[] | undefined): string[] | undefined {
  const applied = rulesFor(name, pins, setting("root-key-id"));
  return applied.length ? [...new Set(applied.flatMap((p) => p.keyIds))] : undefined;
}

/**
 * An image's repository name as the policy compares it, by the same rule as a pattern: Docker
 * Hub's other host names (registry.hub.docker.com, registry-1.docker.io, index.docker.io) read as
 * docker.io, so a pattern matches the name however either of them writes Docker Hub.
 */
function policyName(name: string): string {
  return normalisePattern(name, "image");
}

export function matchesRepository(pattern: string, name: string): boolean {
  return globRegExp(normalisePattern(pattern, "pattern")).test(policyName(name));
}

/** A repository pattern written like an image name, as the fully qualified name it matches. */
export function normalisePattern(pattern: string, input: string): string {
  const p = pattern.trim();
  const slash = p.indexOf("/");
  const first = slash < 0 ? p : p.slice(0, slash);
  const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === "localhost");
  const path = hasRegistry ? p.slice(slash + 1) : p;
  if (!p || /[@\s]/.test(p) || path.includes(":")) {
    throw new UsageError(`${input} ${JSON.stringify(p.slice(0, 120))} is not a repository pattern`, {
      hint: "name repositories without tag or digest, e.g. registry.example/internal/*",
    });
  }
  if (!hasRegistry) return slash < 0 ? `docker.io/library/${p}` : `docker.io/${p}`;
  const registry = policyHost(first.toLowerCase());
  return registry === "docker.io" && !path.includes("/") ? `docker.io/library/${path}` : `${registry}/${path}`;
}
