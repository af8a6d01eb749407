/**
 * Edits of targets metadata as the Go client makes them (notary tuf/tuf.go delegationUpdateVisitor,
 * DeleteDelegation, RemoveTargets; tuf/data/roles.go; tuf/utils RemoveUnusedKeys). Pure: every
 * function returns a new object and leaves its input alone. Go's slice habits are kept where they
 * show on the wire: a key list emptied by a removal becomes `null`, as does a delegation list
 * emptied by a deletion, and new roles and keys are appended after the existing ones.
 */
import { canonicalKeyIdOf, keyIdOf, type PublicKey } from "./keys.js";
import type { DelegatedRole, FileMeta, TargetsSigned } from "./metadata.js";

/** A deep copy, so that edits never reach metadata that was verified and is still in use. */
function cloneTargets(t: TargetsSigned): TargetsSigned {
  return {
    ...t,
    delegations: {
      keys: new Map(t.delegations.keys),
      roles:
        t.delegations.roles?.map((r) => ({ ...r, keyIds: r.keyIds ? [...r.keyIds] : null, paths: [...r.paths] })) ??
        null,
    },
    targets: new Map([...t.targets].map(([name, meta]): [string, FileMeta] => [name, { ...meta }])),
  };
}

/** An empty targets role (never published: version 0, so the first publish is version 1). */
export function emptyTargets(expires: string, version = 0): TargetsSigned {
  return { type: "Targets", delegations: { keys: new Map(), roles: [] }, expires, targets: new Map(), version };
}

/** The next version to publish: version + 1 and a fresh expiry (Go re-signs with the default lifetime). */
export function nextVersion(t: TargetsSigned, expires: string): TargetsSigned {
  return { ...cloneTargets(t), version: t.version + 1, expires };
}

/** Go's subtractStrSlices: the IDs left, or null when none are (a nil slice). */
function subtract(ids: readonly string[] | null, remove: ReadonlySet<string>): string[] | null {
  const keep = (ids ?? []).filter((id) => !remove.has(id));
  return keep.length > 0 ? keep : null;
}

/** utils.RemoveUnusedKeys: drop delegation keys that no delegation lists any more. */
function dropUnusedKeys(t: TargetsSigned): void {
  const used = new Set((t.delegations.roles ?? []).flatMap((r) => r.keyIds ?? []));
  for (const id of [...t.delegations.keys.keys()]) if (!used.has(id)) t.delegations.keys.delete(id);
}

/**
 * The canonical ID of a key `t` lists for its delegations (a certificate and its bare public key
 * are one key), or the ID itself when `t` does not hold the key.
 */
export function canonicalDelegationKeyId(t: TargetsSigned, id: string): string {
  const key = t.delegations.keys.get(id);
  return key ? canonicalKeyIdOf(key) : id;
}

/** The canonical IDs of the keys delegation `name` of `t` lists (none when `t` has no such delegation). */
export function delegationCanonicalKeyIds(t: TargetsSigned, name: string): Set<string> {
  return new Set((findDelegation(t, name)?.keyIds ?? []).map((id) => canonicalDelegationKeyId(t, id)));
}

/**
 * The IDs `releases` lists for the keys among `keyIds` (compared as canonical IDs) that no other
 * delegation of `t` than `releases` and `except` also lists: those a signer's removal or rotation
 * takes out of targets/releases. A key another signer also holds stays: that signer releases with it.
 */
export function releasesIdsOnlyOf(
  t: TargetsSigned,
  keyIds: readonly string[],
  releases: string,
  except: string,
): { remove: string[]; shared: Map<string, string[]> } {
  const canon = (id: string) => canonicalDelegationKeyId(t, id);
  const mine = new Set(keyIds.map(canon));
  const shared = new Map<string, string[]>();
  for (const role of t.delegations.roles ?? []) {
    if (role.name === releases || role.name === except) continue;
    for (const id of role.keyIds ?? []) {
      const c = canon(id);
      if (mine.has(c)) shared.set(c, [...(shared.get(c) ?? []), role.name]);
    }
  }
  const listed = findDelegation(t, releases)?.keyIds ?? [];
  return { remove: listed.filter((id) => mine.has(canon(id)) && !shared.has(canon(id))), shared };
}

/** Finds a delegation by name. */
export function findDelegation(t: TargetsSigned, name: string): DelegatedRole | undefined {
  return t.delegations.roles?.find((r) => r.name === name);
}

/**
 * Adds keys (and paths) to a delegation, creating it with threshold 1 when it does not exist:
 * `AddDelegationRoleAndKeys` followed by `AddDelegationPaths`, as `docker trust signer add` stages
 * them. Existing key IDs and paths are kept in order; new ones are appended.
 */
export function addDelegationKeys(
  t: TargetsSigned,
  name: string,
  keys: readonly PublicKey[],
  paths: readonly string[] = [""],
): TargetsSigned {
  const out = cloneTargets(t);
  const roles = out.delegations.roles ?? [];
  let role = roles.find((r) => r.name === name);
  if (!role) {
    role = { name, keyIds: [], threshold: 1, paths: [] };
    roles.push(role);
  }
  const ids = [...(role.keyIds ?? [])];
  for (const key of keys) {
    const id = keyIdOf(key);
    if (!ids.includes(id)) ids.push(id);
    out.delegations.keys.set(id, key);
  }
  role.keyIds = ids.length > 0 ? ids : null;
  for (const p of paths) if (!role.paths.includes(p)) role.paths.push(p);
  out.delegations.roles = roles;
  dropUnusedKeys(out);
  return out;
}

/** `RemoveDelegationKeys`: takes key IDs out of one delegation and drops keys no role uses any more. */
export function removeDelegationKeys(t: TargetsSigned, name: string, keyIds: readonly string[]): TargetsSigned {
  const out = cloneTargets(t);
  const role = findDelegation(out, name);
  if (role) role.keyIds = subtract(role.keyIds, new Set(keyIds));
  dropUnusedKeys(out);
  return out;
}

/** `DeleteDelegation`: removes the role from its parent (a list left empty becomes null, as in Go). */
export function removeDelegation(t: TargetsSigned, name: string): TargetsSigned {
  const out = cloneTargets(t);
  const roles = (out.delegations.roles ?? []).filter((r) => r.name !== name);
  out.delegations.roles = roles.length > 0 ? roles : null;
  dropUnusedKeys(out);
  return out;
}

/** Replaces key IDs of a delegation in place (same position), adding the new keys: a key rotation. */
export function replaceDelegationKeys(
  t: TargetsSigned,
  name: string,
  oldIds: readonly string[],
  newKeys: readonly PublicKey[],
): TargetsSigned {
  const out = cloneTargets(t);
  const role = findDelegation(out, name);
  if (!role) return out;
  const remove = new Set(oldIds);
  const ids: string[] = [];
  let inserted = false;
  const newIds = newKeys.map((k) => keyIdOf(k));
  for (const id of role.keyIds ?? []) {
    if (!remove.has(id)) {
      if (!ids.includes(id)) ids.push(id);
      continue;
    }
    if (!inserted) for (const n of newIds) if (!ids.includes(n)) ids.push(n);
    inserted = true;
  }
  if (!inserted) for (const n of newIds) if (!ids.includes(n)) ids.push(n);
  role.keyIds = ids.length > 0 ? ids : null;
  for (const key of newKeys) out.delegations.keys.set(keyIdOf(key), key);
  dropUnusedKeys(out);
  return out;
}

/** Removes a target by name (no change when absent). */
export function removeTarget(t: TargetsSigned, name: string): TargetsSigned {
  const out = cloneTargets(t);
  out.targets.delete(name);
  return out;
}
