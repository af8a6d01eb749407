/**
 * The fake server's storage, with notary's memory store semantics (server/storage/memory.go):
 * every version of every role is kept; an update of several roles is applied all or nothing, and
 * is refused with `VERSION` when any role's new version is not above every stored version of that
 * role (or appears twice in one update); files are also found by the sha256 of their bytes, in
 * one index per repository whatever the role asked for.
 */
import { createHash } from "node:crypto";
import type { Update } from "./validate.js";

export interface Stored {
  role: string;
  version: number;
  bytes: Buffer;
  sha256: string;
}

/** Another version of a role is already stored (notary's ErrOldVersion). */
export class OldVersionError extends Error {
  constructor(
    readonly role: string,
    readonly version: number,
  ) {
    super(`${role} version ${version} is not newer than what is stored`);
  }
}

export class RepositoryStore {
  private readonly roles = new Map<string, Stored[]>();
  private readonly checksums = new Map<string, Stored>();

  current(role: string): Stored | undefined {
    const versions = this.roles.get(role);
    return versions?.[versions.length - 1];
  }

  version(role: string, version: number): Stored | undefined {
    return this.roles.get(role)?.find((s) => s.version === version);
  }

  byChecksum(sha256Hex: string): Stored | undefined {
    return this.checksums.get(sha256Hex.toLowerCase());
  }

  /** Roles with at least one version stored. */
  names(): string[] {
    return [...this.roles.keys()];
  }

  updateMany(updates: readonly Update[]): void {
    const seen = new Set<string>();
    for (const u of updates) {
      const id = `${u.role}\u0000${u.version}`;
      if (seen.has(id)) throw new OldVersionError(u.role, u.version);
      seen.add(id);
      if ((this.roles.get(u.role) ?? []).some((s) => s.version >= u.version))
        throw new OldVersionError(u.role, u.version);
    }
    for (const u of updates) {
      const stored: Stored = {
        role: u.role,
        version: u.version,
        bytes: Buffer.from(u.data),
        sha256: createHash("sha256").update(u.data).digest("hex"),
      };
      const list = this.roles.get(u.role) ?? [];
      list.push(stored);
      list.sort((a, b) => a.version - b.version);
      this.roles.set(u.role, list);
      this.checksums.set(stored.sha256, stored);
    }
  }

  clear(): void {
    this.roles.clear();
    this.checksums.clear();
  }
}
