/**
 * Docker's reading of a Notary repository (docker/cli cli/command/trust, notary client/reader.go):
 * released tags live in `targets/releases` or `targets`; the signers of a released tag are the
 * other roles holding the same tag with the same digest; "Repo Admin" when there are none.
 */
import { canonicalKeyIdOf, type PublicKey } from "./keys.js";
import { canonicalDelegationKeyId } from "./role-edits.js";
import { pathAllowed } from "./roles.js";
import { hashOf, type FileMeta } from "./metadata.js";
import { hexOfBase64, sha256HexOf } from "./file-meta.js";
import type { TrustedSet } from "./trusted-set.js";

export const RELEASES = "targets/releases";
export const REPO_ADMIN = "Repo Admin";

export function isReleasedRole(role: string): boolean {
  return role === "targets" || role === RELEASES;
}

/** `targets/alice` → `alice`; `targets` and `targets/releases` → `Repo Admin`. */
export function signerName(role: string): string {
  return isReleasedRole(role) ? REPO_ADMIN : role.replace(/^targets\//, "");
}

export interface VisitedRole {
  name: string;
  /** Paths this role may sign, restricted by its ancestors. */
  paths: string[];
}

/** Loaded targets roles in notary's walk order: breadth-first from `targets`, children in listed order. */
export function walkRoles(set: TrustedSet): VisitedRole[] {
  const out: VisitedRole[] = [];
  const queue: VisitedRole[] = [{ name: "targets", paths: [""] }];
  while (queue.length > 0) {
    const role = queue.shift()!;
    const env = set.targets.get(role.name);
    if (!env) continue;
    out.push(role);
    for (const child of env.signed.delegations.roles ?? []) {
      const d = set.delegations.get(child.name);
      if (d) queue.push({ name: d.name, paths: d.paths });
    }
  }
  return out;
}

export interface TargetEntry {
  role: string;
  tag: string;
  meta: FileMeta;
  /** Hex sha256 of the manifest (`""` when the entry has none). */
  digest: string;
}

export interface TargetFilter {
  /**
   * Apply delegation paths (default): an entry outside its role's paths is ignored, as `docker
   * pull` ignores it. `false` lists it anyway, as `docker trust inspect` does.
   */
  paths?: boolean;
}

/** Every target a role may sign (outside its paths is ignored), in walk order; optionally one tag. */
export function allTargets(set: TrustedSet, tag?: string, filter: TargetFilter = {}): TargetEntry[] {
  return [...targetsOf(walkRoles(set), set, tag, filter, () => true)];
}

/** allTargets of the roles `take` accepts, one entry at a time (a large role is never copied whole). */
function* targetsOf(
  roles: readonly VisitedRole[],
  set: TrustedSet,
  tag: string | undefined,
  filter: TargetFilter,
  take: (role: string) => boolean,
): Generator<TargetEntry> {
  for (const [role, name, meta] of entriesOf(roles, set, tag, filter, take)) {
    yield { role, tag: name, meta, digest: sha256HexOf(meta) };
  }
}

/** targetsOf without the hex digest of each entry (made only where it is needed). */
function* entriesOf(
  roles: readonly VisitedRole[],
  set: TrustedSet,
  tag: string | undefined,
  filter: TargetFilter,
  take: (role: string) => boolean,
): Generator<[role: string, name: string, meta: FileMeta]> {
  for (const role of roles) {
    if (!take(role.name)) continue;
    const targets = set.targets.get(role.name)!.signed.targets;
    const entries: Iterable<[string, FileMeta]> =
      tag === undefined ? targets : targets.has(tag) ? [[tag, targets.get(tag)!]] : [];
    for (const [name, meta] of entries) {
      if (filter.paths !== false && !pathAllowed(name, role.paths)) continue;
      yield [role.name, name, meta];
    }
  }
}

export interface SignedTag {
  tag: string;
  digest: string;
  /** Signer names, walk order; empty means Repo Admin. */
  signers: string[];
  /** The released entry (length for callers that need it). */
  length: number;
}

/**
 * Go's sortorder.NaturalLess: strings compare as runs of digits and runs of other characters, run by
 * run; two digit runs compare as numbers (then the one with fewer leading zeros first), any other
 * pair of runs as strings; the string with fewer runs first when all its runs are equal. Walks both
 * strings in place: sorting 10,000 tags calls it some 150,000 times.
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a.charCodeAt(i));
    const db = isDigit(b.charCodeAt(j));
    const ea = runEnd(a, i, da);
    const eb = runEnd(b, j, db);
    if (da && db) {
      const c = compareNumbers(a, i, ea, b, j, eb);
      if (c !== 0) return c;
    } else if (!sameRun(a, i, ea, b, j, eb)) {
      // Runs of different kinds, or two non-digit runs: as strings.
      return a.slice(i, ea) < b.slice(j, eb) ? -1 : 1;
    }
    i = ea;
    j = eb;
  }
  return runCount(a, i) - runCount(b, j);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function runEnd(s: string, from: number, digits: boolean): number {
  let k = from + 1;
  while (k < s.length && isDigit(s.charCodeAt(k)) === digits) k++;
  return k;
}

function sameRun(a: string, i: number, ea: number, b: string, j: number, eb: number): boolean {
  if (ea - i !== eb - j) return false;
  for (let k = 0; k < ea - i; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/** Two digit runs: by value, then the one with fewer leading zeros first; 0 when identical. */
function compareNumbers(a: string, i: number, ea: number, b: string, j: number, eb: number): number {
  let za = i;
  while (za < ea && a.charCodeAt(za) === 0x30) za++;
  let zb = j;
  while (zb < eb && b.charCodeAt(zb) === 0x30) zb++;
  if (ea - za !== eb - zb) return ea - za - (eb - zb);
  for (let k = 0; k < ea - za; k++) {
    const d = a.charCodeAt(za + k) - b.charCodeAt(zb + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return ea - i - (eb - j);
}

/** Runs left in `s` from `from`. */
function runCount(s: string, from: number): number {
  let n = 0;
  for (let k = from; k < s.length; k = runEnd(s, k, isDigit(s.charCodeAt(k)))) n++;
  return n;
}

/** Released (tag, digest) pairs with their signers, sorted naturally by tag. */
export function signedTags(set: TrustedSet, tag?: string, filter: TargetFilter = {}): SignedTag[] {
  // Released roles first, then the others, each walked as it is read: the entries of every role
  // of a large repository are never all held at once. Rows are found by tag, then by digest: the
  // base64 as written first (equal strings, equal bytes), the bytes only when the strings differ,
  // so an entry of another role costs no hex digest and no key string.
  const roles = walkRoles(set);
  const byTag = new Map<string, Row[]>();
  for (const [, name, meta] of entriesOf(roles, set, tag, filter, isReleasedRole)) {
    const rows = byTag.get(name);
    const sha256 = hashOf(meta, "sha256");
    if (rows?.some((r) => sameDigest(r, sha256))) continue;
    const row = { tag: name, digest: hexOfBase64(sha256), signers: [], length: meta.length };
    if (rows) rows.push({ row, sha256 });
    else byTag.set(name, [{ row, sha256 }]);
  }
  for (const [role, name, meta] of entriesOf(roles, set, tag, filter, (r) => !isReleasedRole(r))) {
    const rows = byTag.get(name);
    if (!rows) continue;
    const sha256 = hashOf(meta, "sha256");
    for (const r of rows) if (sameDigest(r, sha256)) r.row.signers.push(signerName(role));
  }
  const out: SignedTag[] = [];
  for (const rows of byTag.values()) for (const r of rows) out.push(r.row);
  return out.sort((a, b) => naturalCompare(a.tag, b.tag));
}

/** A released row and the sha256 its entry wrote (base64; undefined when it has none). */
interface Row {
  row: SignedTag;
  sha256: string | undefined;
}

/** Whether an entry with this written sha256 names the row's digest (the same bytes). */
function sameDigest(r: Row, sha256: string | undefined): boolean {
  return r.sha256 === sha256 || hexOfBase64(sha256) === r.row.digest;
}

/** What `docker pull` trusts for a tag: `targets/releases` first, then `targets`. */
export function releasedTarget(set: TrustedSet, tag: string): TargetEntry | undefined {
  const entries = allTargets(set, tag);
  return entries.find((e) => e.role === RELEASES) ?? entries.find((e) => e.role === "targets");
}

export interface SignerKeys {
  name: string;
  keyIds: string[];
}

/** Delegations defined by loaded roles (except releases), with canonical key IDs, sorted by name descending. */
export function signerKeys(set: TrustedSet): SignerKeys[] {
  const byName = new Map<string, string[]>();
  for (const role of walkRoles(set)) {
    const signed = set.targets.get(role.name)!.signed;
    for (const child of signed.delegations.roles ?? []) {
      if (child.name === RELEASES) continue;
      byName.set(
        signerName(child.name),
        (child.keyIds ?? []).map((id) => canonicalDelegationKeyId(signed, id)),
      );
    }
  }
  return [...byName]
    .map(([name, keyIds]) => ({ name, keyIds }))
    .sort((a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : 0));
}

/**
 * Whether a key signs in the repository: it is a key of `targets` (in root) or of a delegation
 * read. Key identity is by canonical ID, as in roleCandidates.
 */
export function keySignsIn(set: TrustedSet, canonicalKeyId: string): boolean {
  const same = (key: PublicKey | undefined) => {
    try {
      return key !== undefined && canonicalKeyIdOf(key) === canonicalKeyId;
    } catch {
      return false;
    }
  };
  const root = set.root.signed;
  if ((root.roles.get("targets")?.keyIds ?? []).some((id) => same(root.keys.get(id)))) return true;
  return [...set.delegations.values()].some((d) => [...d.keys.values()].some(same));
}

export interface RoleCandidate {
  name: string;
  /** Canonical IDs of the role's keys (what `docker trust inspect` shows). */
  keyIds: string[];
  paths: string[];
  /** The role lists the signer's key. */
  hasKey: boolean;
  /** The role's paths cover every tag. */
  coversTags: boolean;
  threshold: number;
}

/**
 * Docker's GetSignableRoles: every direct child of `targets` that lists the key and whose paths
 * cover the tags; `targets` itself only when there are no delegations at all. Key identity is by
 * canonical ID, so a delegation that lists the key as a certificate still matches.
 */
export function roleCandidates(set: TrustedSet, canonicalKeyId: string, tags: readonly string[]): RoleCandidate[] {
  const targets = set.targets.get("targets")!.signed;
  const out: RoleCandidate[] = [];
  for (const child of targets.delegations.roles ?? []) {
    const d = set.delegations.get(child.name);
    if (!d || child.name.split("/").length !== 2) continue;
    const keyIds = [...d.keys.values()].map((k) => canonicalKeyIdOf(k));
    out.push({
      name: child.name,
      keyIds,
      paths: d.paths,
      hasKey: keyIds.includes(canonicalKeyId),
      coversTags: tags.every((t) => pathAllowed(t, d.paths)),
      threshold: d.threshold,
    });
  }
  return out;
}
