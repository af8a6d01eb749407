/**
 * What notary-server 0.7 checks in an upload before it stores anything (server/handlers/
 * validation.go `validateUpdate`, tuf/builder.go), told in the fake's own terms:
 * - root: version current or current+1, signed by a threshold of the previous root's certificates
 *   and of its own, all four base roles, not expired (ErrBadRoot);
 * - targets and delegations, shallow first: signed by the parent's keys for the role, `_type`
 *   Targets, version ≥ 1, not expired, delegations that are direct children with known keys
 *   (ErrBadTargets); a delegation its parent does not define is refused;
 * - snapshot: uploaded (verified with root's snapshot keys, and naming the exact bytes of every
 *   role loaded, ErrBadSnapshot) or made by the server when it holds the snapshot key
 *   (ErrBadHierarchy when it does not);
 * - timestamp: always made by the server; an uploaded one is ignored.
 * Versions against what is stored are the store's business (store.ts, `VERSION`).
 */
import { createHash } from "node:crypto";
import { fileMeta, serverSign } from "./server-signing.js";
import { checkSignatures, rootCertificateKeys, type RoleKeys, type ServerKey, type WireKey } from "./crypto.js";
import { goReserialise, goSigned, goTimeMs, parseFile, type Json, type ParsedFile } from "./go-form.js";

export type ValidationName = "ErrBadRoot" | "ErrBadTargets" | "ErrBadSnapshot" | "ErrBadHierarchy" | "ErrValidation";

/** A refused update: serialised as `detail: {"Name": name, "Error": error}` under INVALID_UPDATE. */
export class ValidationFailure extends Error {
  constructor(
    readonly validation: ValidationName,
    readonly error: Record<string, string>,
  ) {
    super(`${validation}: ${error.Msg}`);
  }
}

export interface Update {
  role: string;
  version: number;
  data: Buffer;
}

export interface ValidationContext {
  gun: string;
  now: number;
  /** The current bytes of a role, or undefined. */
  current(role: string): Buffer | undefined;
  /** Keys the server holds, by key ID. */
  serverKeys: ReadonlyMap<string, ServerKey>;
}

interface Loaded {
  file: ParsedFile;
  /** The Go struct view of `signed`. */
  signed: { [k: string]: Json };
  bytes: Buffer;
}

const segments = (role: string) => role.split("/").length;
const parentOf = (role: string) => role.slice(0, role.lastIndexOf("/"));

function keysOf(map: Json): Map<string, WireKey> {
  const out = new Map<string, WireKey>();
  for (const [id, k] of Object.entries(
    (map ?? {}) as Record<string, { keytype: string; keyval: { public: string } }>,
  )) {
    out.set(id, { keytype: k.keytype, public: k.keyval.public });
  }
  return out;
}

function roleOf(
  name: string,
  spec: { keyids: string[] | null; threshold: number } | undefined,
  keys: Map<string, WireKey>,
): RoleKeys | undefined {
  if (!spec) return undefined;
  return {
    name,
    threshold: spec.threshold,
    keys: new Map((spec.keyids ?? []).flatMap((id) => (keys.has(id) ? [[id, keys.get(id)!] as const] : []))),
  };
}

function load(bytes: Buffer): Loaded {
  const file = parseFile(bytes);
  return { file, signed: goSigned(file.signed), bytes };
}

function checkCommon(l: Loaded, type: string, now: number, allowExpired: boolean): void {
  if (l.signed._type !== type) throw new Error(`expected type ${type}, not ${JSON.stringify(l.signed._type)}`);
  if ((l.signed.version as number) < 1) throw new Error("version is below 1");
  if (!allowExpired && goTimeMs(l.signed.expires as string) < now)
    throw new Error(`expired at ${JSON.stringify(l.signed.expires)}`);
}

function checkRootShape(root: Loaded): void {
  const roles = (root.signed.roles ?? {}) as Record<string, { keyids: string[] | null; threshold: number } | null>;
  const keys = (root.signed.keys ?? {}) as Record<string, unknown>;
  for (const base of ["root", "targets", "snapshot", "timestamp"]) {
    const r = roles[base];
    if (!r) throw new Error(`root has no ${base} role`);
    if (r.threshold < 1) throw new Error(`${base} threshold is below 1`);
    for (const id of r.keyids ?? []) if (!(id in keys)) throw new Error(`key ${id} of ${base} is not in keys`);
  }
}

/** Root as the server validates it: against the previous root's certificates, then its own. */
function validateRoot(ctx: ValidationContext, next: Loaded, previous: Loaded | undefined, minVersion: number): void {
  checkCommon(next, "Root", ctx.now, true);
  checkRootShape(next);
  const keys = keysOf(next.signed.keys!);
  const roles = next.signed.roles as Record<string, { keyids: string[] | null; threshold: number }>;
  const own = rootCertificateKeys(keys, roles.root!.keyids ?? [], ctx.gun, ctx.now, true);
  if (own.size === 0) throw new Error("no root key is a valid certificate for this repository");
  if (previous) {
    const prevRoles = previous.signed.roles as Record<string, { keyids: string[] | null; threshold: number }>;
    const prevKeys = rootCertificateKeys(
      keysOf(previous.signed.keys!),
      prevRoles.root!.keyids ?? [],
      ctx.gun,
      ctx.now,
      false,
    );
    try {
      checkSignatures(next.file.signed, next.file.signatures, {
        name: "root",
        keys: prevKeys,
        threshold: prevRoles.root!.threshold,
      });
    } catch {
      throw new Error("root is not signed by the root keys of the root it replaces");
    }
  }
  try {
    checkSignatures(next.file.signed, next.file.signatures, {
      name: "root",
      keys: own,
      threshold: roles.root!.threshold,
    });
  } catch {
    throw new Error("root is not signed by its own root keys");
  }
  if ((next.signed.version as number) < minVersion)
    throw new Error(`version ${JSON.stringify(next.signed.version)} is lower than current version ${minVersion}`);
  if (goTimeMs(next.signed.expires as string) < ctx.now) throw new Error("root expired");
}

function checkDelegationsShape(role: string, t: Loaded): void {
  const d = t.signed.delegations as {
    keys: Json;
    roles: { name: string; keyids: string[] | null; threshold: number }[] | null;
  };
  const keys = (d.keys ?? {}) as Record<string, unknown>;
  for (const r of d.roles ?? []) {
    if (!/^targets\/[-a-z0-9_/]+$/.test(r.name) || parentOf(r.name) !== role)
      throw new Error(`${r.name} is not a direct child of ${role}`);
    if (r.threshold < 1) throw new Error(`${r.name} threshold is below 1`);
    for (const id of r.keyids ?? []) if (!(id in keys)) throw new Error(`key ${id} of ${r.name} is not in keys`);
  }
}

function delegationRole(parent: Loaded | undefined, name: string): RoleKeys | undefined {
  if (!parent) return undefined;
  const d = parent.signed.delegations as {
    keys: Json;
    roles: { name: string; keyids: string[] | null; threshold: number }[] | null;
  };
  return roleOf(
    name,
    (d.roles ?? []).find((r) => r.name === name),
    keysOf(d.keys),
  );
}

/** Returns the updates to store: the uploaded roles that count, plus server-made snapshot and timestamp. */
export function validateUpdate(ctx: ValidationContext, updates: readonly Update[]): Update[] {
  const byRole = new Map(updates.map((u) => [u.role, u]));
  const apply: Update[] = [];
  const loaded = new Map<string, Loaded>();
  const fromStore = (role: string) => {
    const bytes = ctx.current(role);
    if (bytes) loaded.set(role, load(bytes));
    return loaded.get(role);
  };
  const currentRoot = fromStore("root");
  const rootUpdate = byRole.get("root");
  if (rootUpdate) {
    const currentVersion = currentRoot ? (currentRoot.signed.version as number) : 1;
    if (rootUpdate.version !== currentVersion && rootUpdate.version !== currentVersion + 1) {
      throw new ValidationFailure("ErrBadRoot", {
        Msg: `root v${rootUpdate.version} is neither the current version ${currentVersion} nor the next`,
      });
    }
    try {
      const next = load(rootUpdate.data);
      validateRoot(ctx, next, currentRoot, currentVersion);
      loaded.set("root", next);
    } catch (err) {
      throw new ValidationFailure("ErrBadRoot", { Msg: (err as Error).message });
    }
    apply.push(rootUpdate);
  } else if (!currentRoot) {
    throw new ValidationFailure("ErrValidation", { Msg: "the repository has no root and the upload holds none" });
  }
  const root = loaded.get("root")!;
  const rootKeys = keysOf(root.signed.keys!);
  const rootRoles = root.signed.roles as Record<string, { keyids: string[] | null; threshold: number }>;

  const targetsRoles = [...byRole.keys()]
    .filter((r) => r === "targets" || r.startsWith("targets/"))
    .sort((a, b) => segments(a) - segments(b) || (a < b ? -1 : 1));
  for (const role of targetsRoles) {
    for (let p = role; p !== "targets";) {
      p = parentOf(p);
      if (!loaded.has(p)) fromStore(p);
    }
    try {
      const t = load(byRole.get(role)!.data);
      const keys =
        role === "targets"
          ? roleOf("targets", rootRoles.targets, rootKeys)
          : delegationRole(loaded.get(parentOf(role)), role);
      if (!keys) throw new Error(`${role} is not delegated by its parent`);
      checkCommon(t, "Targets", ctx.now, true);
      checkDelegationsShape(role, t);
      checkSignatures(t.file.signed, t.file.signatures, keys);
      checkCommon(t, "Targets", ctx.now, false);
      loaded.set(role, t);
    } catch (err) {
      throw new ValidationFailure("ErrBadTargets", { Msg: (err as Error).message });
    }
    apply.push(byRole.get(role)!);
  }

  let snapshotBytes: Buffer;
  const snapshotUpdate = byRole.get("snapshot");
  if (snapshotUpdate) {
    try {
      const s = load(snapshotUpdate.data);
      checkSignatures(s.file.signed, s.file.signatures, roleOf("snapshot", rootRoles.snapshot, rootKeys)!);
      checkCommon(s, "Snapshot", ctx.now, false);
      const meta = (s.signed.meta ?? {}) as Record<string, { hashes: Record<string, string> | null }>;
      for (const [role, l] of loaded) {
        const hashes = meta[role]?.hashes;
        if (!hashes || Object.keys(hashes).length === 0) throw new Error(`the snapshot names no hash of ${role}`);
        for (const [alg, want] of Object.entries(hashes)) {
          if ((alg === "sha256" || alg === "sha512") && createHash(alg).update(l.bytes).digest("base64") !== want)
            throw new Error(`the snapshot's ${alg} of ${role} is not that of its bytes`);
        }
      }
    } catch (err) {
      throw new ValidationFailure("ErrBadSnapshot", { Msg: (err as Error).message });
    }
    apply.push(snapshotUpdate);
    snapshotBytes = goReserialise(parseFile(snapshotUpdate.data));
  } else {
    const made = serverSign(ctx, "snapshot", rootRoles.snapshot?.keyids ?? [], (previous) => {
      const meta: Record<string, Json> = { ...((previous?.meta as Record<string, Json> | null) ?? {}) };
      for (const [role, l] of loaded) meta[role] = fileMeta(goReserialise(l.file));
      return meta;
    });
    if (!made) {
      throw new ValidationFailure("ErrBadHierarchy", {
        Missing: "snapshot",
        Msg: "the upload holds no snapshot and the server does not hold the snapshot key root lists",
      });
    }
    apply.push(made);
    snapshotBytes = made.data;
  }
  const timestamp = serverSign(ctx, "timestamp", rootRoles.timestamp?.keyids ?? [], () => ({
    snapshot: fileMeta(snapshotBytes),
  }));
  if (!timestamp)
    throw new ValidationFailure("ErrBadRoot", { Msg: "the server does not hold the timestamp key root lists" });
  return [...apply, timestamp];
}
