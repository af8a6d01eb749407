/** Role names and delegation paths (tuf/data/roles.go). */

const DELEGATION_NAME = /^[-a-z0-9_/]+$/;

/** A delegation name: `targets/x` (path-clean, lower-case, shorter than 256 characters). */
export function isDelegationName(name: string): boolean {
  if (!name.startsWith("targets/") || name.length >= 256 || !DELEGATION_NAME.test(name)) return false;
  return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/** `targets/a/b` → `targets/a`. */
export function parentOf(name: string): string {
  return name.slice(0, name.lastIndexOf("/"));
}

/** A direct child of `targets`, the only kind Docker signs into. */
export function isTopLevelDelegation(name: string): boolean {
  return isDelegationName(name) && parentOf(name) === "targets";
}

/** Paths are plain prefixes; `""` matches everything. */
export function pathAllowed(target: string, paths: readonly string[]): boolean {
  return paths.some((p) => target.startsWith(p));
}

/** A child's paths restricted to those inside one of its parent's paths (RestrictDelegationPathPrefixes). */
export function restrictPaths(parentPaths: readonly string[], childPaths: readonly string[]): string[] {
  return childPaths.filter((p) => parentPaths.some((pp) => p.startsWith(pp)));
}
