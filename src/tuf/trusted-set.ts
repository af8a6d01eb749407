/**
 * The trusted set: a pure state machine over metadata bytes, in notary's client order
 * (client/tufclient.go, tuf/builder.go): root, then timestamp, snapshot (by the timestamp's hash
 * and length), targets and delegations (by the snapshot's hashes and lengths). Every step checks
 * signatures against the already-trusted parent, `_type`, version rollback against what was
 * trusted before, and expiry against the injected clock. It does no I/O.
 *
 * The order is enforced, as in go-tuf's trusted metadata set: a step taken before the one it
 * depends on, or after a later one has been trusted, throws an OrderError. What a loader makes of
 * the roles it could not trust is the loader's own record, not the set's.
 */
import {
  ExpiredError,
  MalformedMetadataError,
  RollbackError,
  RootTrustError,
  ThresholdError,
  VerificationError,
} from "../errors.js";
import { checkFileMeta, checkHashStructure, checkTargetHashStructure } from "./file-meta.js";
import {
  parseEnvelope,
  type DelegatedRole,
  type Envelope,
  type FileMeta,
  type RootSigned,
  type SnapshotSigned,
  type TargetsSigned,
  type TimestampSigned,
} from "./metadata.js";
import { pickKeys, checkThreshold } from "./signatures.js";
import { checkRootSignatures, rootRecovery } from "./root-trust.js";
import { displayTime } from "./time.js";
import { shortId, type PublicKey } from "./keys.js";
import { isDelegationName, parentOf, restrictPaths } from "./roles.js";

export interface TrustAnchor {
  /** Certificate (or canonical) key IDs one of which must sign every root. */
  pinnedRootKeyIds?: readonly string[];
  /** Root trusted in an earlier run (trust on first use); a new root must rotate from it. */
  trustedRoot?: Uint8Array;
  /** Versions trusted in an earlier run, by role name, to refuse rollback. */
  previousVersions?: Readonly<Record<string, number>>;
}

export interface TrustedSetOptions extends TrustAnchor {
  gun: string;
  /** Milliseconds since the epoch. */
  now: number;
  /** Accept expired delegations (a signer renews the roles it re-signs). */
  allowExpiredDelegations?: boolean;
  /** Accept an expired `targets` (renewing it with the targets key). */
  allowExpiredTargets?: boolean;
}

/** A delegation as its parent defines it, with paths restricted by the parent's paths. */
export interface DelegationRole {
  name: string;
  keys: Map<string, PublicKey>;
  threshold: number;
  paths: string[];
}

/** A snapshot whose root entry differs from the trusted root: the caller fetches the new root. */
export class RootChangedError extends VerificationError {
  constructor(readonly rootMeta: FileMeta) {
    super("ROOT_CHANGED", "the snapshot names a root other than the trusted one");
  }
}

/** A step taken out of order: a caller's mistake, never something a server can cause. */
export class OrderError extends VerificationError {
  constructor(message: string) {
    super("ORDER", message);
  }
}

export class TrustedSet {
  readonly gun: string;
  readonly now: number;
  private readonly opts: TrustedSetOptions;
  /** The root trusted in an earlier run, under which `previousVersions` were recorded. */
  private anchorRoot: RootSigned | undefined;
  private rootEnv!: Envelope<RootSigned>;
  private timestampEnv: Envelope<TimestampSigned> | undefined;
  private snapshotEnv: Envelope<SnapshotSigned> | undefined;
  private readonly loaded = new Map<string, Envelope<TargetsSigned>>();
  private readonly delegated = new Map<string, DelegationRole>();
  private readonly outdatedRoles = new Map<string, Envelope<TargetsSigned>>();

  /** Trusts `rootBytes` (or rotates to it from the anchor's trusted root). */
  constructor(rootBytes: Uint8Array, opts: TrustedSetOptions) {
    this.gun = opts.gun;
    this.now = opts.now;
    this.opts = opts;
    if (opts.trustedRoot) {
      // The stored root and the rotations from it are checked as a chain; the pins, when given,
      // apply to the root the chain ends at (checkPinned): the user may have pinned the new key.
      this.rootEnv = this.checkRoot(parseEnvelope(opts.trustedRoot, "Root", "trusted root"), undefined, false, false);
      this.anchorRoot = this.rootEnv.signed;
      this.updateRoot(rootBytes);
    } else {
      this.rootEnv = this.checkRoot(parseEnvelope(rootBytes, "Root", "root"), undefined, true, true);
    }
  }

  get root(): Envelope<RootSigned> {
    return this.rootEnv;
  }

  /** The trusted timestamp, once loaded. */
  get timestamp(): Envelope<TimestampSigned> | undefined {
    return this.timestampEnv;
  }

  /** The trusted snapshot, once loaded. */
  get snapshot(): Envelope<SnapshotSigned> | undefined {
    return this.snapshotEnv;
  }

  /** `targets` and every delegation loaded, by role name. */
  get targets(): ReadonlyMap<string, Envelope<TargetsSigned>> {
    return this.loaded;
  }

  /**
   * A delegation that was not trusted because every signature on it is by a key it no longer lists
   * (SIGNERS_REMOVED): the file its snapshot names, parsed, and nothing vouches for its content.
   * Only for a current signer who re-signs that content on purpose (renew's witness).
   */
  outdated(name: string): Envelope<TargetsSigned> | undefined {
    return this.outdatedRoles.get(name);
  }

  /** Delegation roles as their loaded parents define them (loaded themselves or not). */
  get delegations(): ReadonlyMap<string, DelegationRole> {
    return this.delegated;
  }

  /**
   * Moves to a newer root: it must be signed by a threshold of the current root's certificate
   * keys and by its own (the pins apply to the root a load ends at: checkPinned). `final` false
   * for a root a walk passes through: its expiry and certificates' validity are not checked, as
   * they are not when it is the previous root of the next. Equal bytes are a no-op. Refused once
   * a snapshot is trusted; a timestamp trusted under the old root is dropped, to be checked again
   * under the new one (a snapshot naming another root sends the loader here between the two).
   */
  updateRoot(bytes: Uint8Array, final = true): void {
    if (this.snapshotEnv) throw new OrderError("the root cannot change after the snapshot is trusted");
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(this.rootEnv.bytes)) === 0) return;
    const next = parseEnvelope(bytes, "Root", "served root");
    const cur = this.rootEnv.signed.version;
    if (next.signed.version < cur)
      throw new RollbackError("root", `root version ${next.signed.version} is lower than trusted version ${cur}`);
    if (next.signed.version === cur)
      throw new RootTrustError(
        `root version ${cur} of ${this.gun} served with content other than the trusted root v${cur}: a different root, and no rotation to it`,
        { hint: rootRecovery(this.gun) },
      );
    // Only the root a walk ends at must be in force: one between is checked as a link of the chain.
    this.rootEnv = this.checkRoot(next, this.rootEnv, final, false);
    this.timestampEnv = undefined;
  }

  /**
   * Throws unless the root trusted now is signed by the pinned root keys, when pins are given. For
   * a set that started from a stored root, once its rotations are done and before anything else
   * is trusted under it; a set that started from a served root checked them then.
   */
  checkPinned(): void {
    if (!this.opts.pinnedRootKeyIds?.length) return;
    checkRootSignatures(this.rootEnv, undefined, {
      gun: this.gun,
      now: this.now,
      fresh: false,
      pinnedRootKeyIds: this.opts.pinnedRootKeyIds,
    });
  }

  private checkRoot(
    env: Envelope<RootSigned>,
    previous: Envelope<RootSigned> | undefined,
    fresh: boolean,
    pinned: boolean,
  ): Envelope<RootSigned> {
    checkRootSignatures(env, previous, {
      gun: this.gun,
      now: this.now,
      fresh,
      ...(pinned && this.opts.pinnedRootKeyIds ? { pinnedRootKeyIds: this.opts.pinnedRootKeyIds } : {}),
    });
    if (fresh) this.checkExpiry(env, "root");
    return env;
  }

  private checkExpiry(env: Envelope, role: string): void {
    if (env.expiresAt < this.now) {
      throw new ExpiredError(`${role} expired at ${displayTime(env.expiresAt)}`);
    }
  }

  private checkVersion(role: string, version: number): void {
    const prev = this.opts.previousVersions?.[role];
    // TUF 5.3.11: once a root rotates the timestamp or snapshot keys, versions trusted under the
    // old keys no longer bind. That is the way out of a fast-forward attack made with a
    // compromised timestamp or snapshot key: the owner rotates the key.
    if ((role === "timestamp" || role === "snapshot") && this.keysRotatedSinceAnchor(role)) return;
    if (prev !== undefined && version < prev) {
      throw new RollbackError(role, `${role} version ${version} is lower than version ${prev} trusted before`);
    }
  }

  private keysRotatedSinceAnchor(role: "timestamp" | "snapshot"): boolean {
    const before = this.anchorRoot?.roles.get(role);
    const now = this.rootEnv.signed.roles.get(role);
    const ids = (r: { keyIds: string[] | null } | undefined) => [...(r?.keyIds ?? [])].sort().join(",");
    return before !== undefined && ids(before) !== ids(now);
  }

  private rootRole(role: "timestamp" | "snapshot" | "targets") {
    const r = this.rootEnv.signed.roles.get(role)!;
    return {
      name: role,
      keys: pickKeys(this.rootEnv.signed.keys, r.keyIds, `root ${role} role`),
      threshold: r.threshold,
    };
  }

  /** Trusts a timestamp signed under the root in force; refused once a snapshot is trusted. */
  updateTimestamp(bytes: Uint8Array): Envelope<TimestampSigned> {
    if (this.snapshotEnv) throw new OrderError("the timestamp cannot change after the snapshot is trusted");
    // The root in force must itself be current before anything it signs for is trusted.
    this.checkExpiry(this.rootEnv, "root");
    const env = parseEnvelope(bytes, "Timestamp", "timestamp");
    checkThreshold(env, this.rootRole("timestamp"));
    this.checkVersion("timestamp", env.signed.version);
    const trusted = this.timestampEnv?.signed.version;
    if (trusted !== undefined && env.signed.version < trusted) {
      throw new RollbackError(
        "timestamp",
        `timestamp version ${env.signed.version} is lower than version ${trusted} trusted in this run`,
      );
    }
    this.checkExpiry(env, "timestamp");
    checkHashStructure(env.signed.meta.get("snapshot"), "timestamp meta for snapshot");
    this.timestampEnv = env;
    return env;
  }

  /** What the trusted timestamp says of the snapshot (for a by-hash fetch). */
  get snapshotMeta(): FileMeta {
    if (!this.timestampEnv) throw new OrderError("the timestamp must be trusted before the snapshot");
    return this.timestampEnv.signed.meta.get("snapshot")!;
  }

  /** Trusts the snapshot the timestamp names; refused before the timestamp and once targets is trusted. */
  updateSnapshot(bytes: Uint8Array): Envelope<SnapshotSigned> {
    const snapshotMeta = this.snapshotMeta;
    if (this.loaded.has("targets")) throw new OrderError("the snapshot cannot change after targets is trusted");
    checkFileMeta(bytes, snapshotMeta, "snapshot");
    const env = parseEnvelope(bytes, "Snapshot", "snapshot");
    checkThreshold(env, this.rootRole("snapshot"));
    this.checkVersion("snapshot", env.signed.version);
    this.checkExpiry(env, "snapshot");
    for (const role of ["root", "targets"]) checkHashStructure(env.signed.meta.get(role), `snapshot meta for ${role}`);
    const rootMeta = env.signed.meta.get("root")!;
    try {
      checkFileMeta(this.rootEnv.bytes, rootMeta, "root");
    } catch {
      throw new RootChangedError(rootMeta);
    }
    this.snapshotEnv = env;
    return env;
  }

  /** The snapshot's entry for a targets role, or undefined when the role was never published. */
  metaFor(role: string): FileMeta | undefined {
    if (!this.snapshotEnv) throw new OrderError(`the snapshot must be trusted before ${role}`);
    const meta = this.snapshotEnv.signed.meta.get(role);
    return meta && checkHashStructure(meta, `snapshot meta for ${role}`);
  }

  /**
   * Trusts `targets` by the root's targets keys; once, after the snapshot. `parsed`, when given for
   * a file this run wrote itself, is parseEnvelope's result for exactly `bytes` (the same buffer),
   * which saves parsing a large role a second time; every check still runs on it.
   */
  updateTargets(bytes: Uint8Array, parsed?: Envelope<TargetsSigned>): Envelope<TargetsSigned> {
    const meta = this.metaFor("targets")!;
    if (this.loaded.has("targets")) throw new OrderError("targets is already trusted");
    checkFileMeta(bytes, meta, "targets");
    const env = reuse(parsed, bytes) ?? parseEnvelope(bytes, "Targets", "targets");
    checkThreshold(env, this.rootRole("targets"));
    this.checkVersion("targets", env.signed.version);
    if (!this.opts.allowExpiredTargets) this.checkExpiry(env, "targets");
    this.acceptTargets("targets", env, [""]);
    return env;
  }

  /**
   * Loads a delegation whose parent is loaded, once. Throws when it cannot be trusted (callers skip it).
   * `parsed`: as for updateTargets.
   */
  updateDelegation(name: string, bytes: Uint8Array, parsed?: Envelope<TargetsSigned>): Envelope<TargetsSigned> {
    const parent = isDelegationName(name) ? parentOf(name) : undefined;
    if (parent !== undefined && !this.loaded.has(parent))
      throw new OrderError(`${parent} must be trusted before its delegation ${name}`);
    if (this.loaded.has(name)) throw new OrderError(`${name} is already trusted`);
    const role = this.delegated.get(name);
    if (!role) throw new VerificationError("ROLE_NOT_DELEGATED", `${name} is not delegated by a loaded parent`);
    const meta = this.metaFor(name);
    if (!meta) throw new VerificationError("ROLE_NOT_IN_SNAPSHOT", `${name} is not in the snapshot`);
    checkFileMeta(bytes, meta, name);
    const env = reuse(parsed, bytes) ?? parseEnvelope(bytes, "Targets", name);
    // A version lower than one trusted before is a rollback whoever signed it: refused before
    // anything else, so that no older file passes for an outdated one (which a signer may witness).
    this.checkVersion(name, env.signed.version);
    // Every signature by a key the role does not list (a signer removed since it signed): the file
    // is what the snapshot names, so this is an outdated role, not an altered one.
    if (env.signatures.length > 0 && !env.signatures.some((s) => role.keys.has(s.keyId))) {
      this.outdatedRoles.set(name, env);
      const ids = [...new Set(env.signatures.map((s) => shortId(s.keyId)))].join(", ");
      throw new ThresholdError(
        `${name} is signed only by keys it no longer lists (${ids}), as after its signer was removed; its targets do not verify until a current signer of ${name} signs it again`,
        {},
        "SIGNERS_REMOVED",
      );
    }
    checkThreshold(env, role);
    if (!this.opts.allowExpiredDelegations) this.checkExpiry(env, name);
    this.acceptTargets(name, env, role.paths);
    return env;
  }

  private acceptTargets(name: string, env: Envelope<TargetsSigned>, paths: string[]): void {
    const d = env.signed.delegations;
    for (const child of d.roles ?? []) this.checkDelegationShape(name, child, d.keys);
    for (const [target, meta] of env.signed.targets) checkTargetMeta(name, target, meta);
    this.loaded.set(name, env);
    for (const child of d.roles ?? []) {
      this.delegated.set(child.name, {
        name: child.name,
        keys: pickKeys(d.keys, child.keyIds, `${name} delegation ${child.name}`),
        threshold: child.threshold,
        paths: restrictPaths(paths, child.paths),
      });
    }
  }

  private checkDelegationShape(parent: string, child: DelegatedRole, keys: Map<string, PublicKey>): void {
    if (!isDelegationName(child.name) || parentOf(child.name) !== parent) {
      throw new MalformedMetadataError(`${parent}: delegation role ${child.name} is not a valid child`);
    }
    if (child.threshold < 1)
      throw new MalformedMetadataError(`${parent}: ${child.name} threshold ${child.threshold} is less than 1`);
    pickKeys(keys, child.keyIds, `${parent} delegation ${child.name}`);
  }

  /**
   * What a later load of the same repository starts from: this root and the versions checked with
   * it (a stored version that a key rotation superseded is not held against the rotated root).
   */
  anchor(): Required<Pick<TrustAnchor, "trustedRoot" | "previousVersions">> {
    return { trustedRoot: this.rootEnv.bytes, previousVersions: this.versions() };
  }

  /** Versions trusted now, to be persisted and passed as `previousVersions` next time. */
  versions(): Record<string, number> {
    const out: Record<string, number> = { root: this.rootEnv.signed.version };
    if (this.timestampEnv) out.timestamp = this.timestampEnv.signed.version;
    if (this.snapshotEnv) out.snapshot = this.snapshotEnv.signed.version;
    for (const [name, env] of this.loaded) out[name] = env.signed.version;
    // A delegation still delegated but not trusted this time (its signers removed, expired) keeps
    // the version trusted before: dropping it would let an older file pass for it next time.
    for (const [name, prev] of Object.entries(this.opts.previousVersions ?? {}))
      if (out[name] === undefined && this.delegated.has(name)) out[name] = prev;
    return out;
  }
}

/** A parsed envelope of exactly these bytes (the same buffer, of type Targets), else undefined. */
const reuse = (parsed: Envelope<TargetsSigned> | undefined, bytes: Uint8Array) =>
  parsed?.bytes === bytes && parsed.signed.type === "Targets" ? parsed : undefined;

/** Target entries must have sane hashes and lengths (a negative length or short hash is tampering). */
function checkTargetMeta(role: string, target: string, meta: FileMeta): void {
  checkTargetHashStructure(meta, `${role} target ${target}`);
}
