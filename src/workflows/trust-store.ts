/**
 * Trust on first use across runs: the root we trusted, and the versions we saw, per repository.
 * Stored where Docker and notary cache it (`<trust dir>/tuf/<gun>/metadata/root.json`), so a
 * root pinned by `docker trust` is honoured by us and the other way round.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TrustAnchor } from "../tuf/trusted-set.js";
import { UsageError } from "../errors.js";

const VERSIONS_FILE = "content-trust-versions.json";
const MAX_ROOT_BYTES = 2 * 1024 * 1024;

export class TrustStore {
  constructor(readonly dir: string) {}

  private metadataDir(gun: string): string {
    const parts = gun.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".."))
      throw new UsageError(`invalid repository name ${JSON.stringify(gun.slice(0, 200))}`);
    return path.join(this.dir, "tuf", ...parts, "metadata");
  }

  /** The stored anchor for `gun`, empty when nothing was stored. */
  async load(gun: string): Promise<TrustAnchor> {
    const dir = this.metadataDir(gun);
    // Both files at once: this read comes before a run's first request.
    const [root, versions] = await Promise.all([
      readFile(path.join(dir, "root.json")).catch(() => undefined),
      readFile(path.join(dir, VERSIONS_FILE), "utf8")
        .then((t) => JSON.parse(t) as Record<string, number>)
        .catch(() => undefined),
    ]);
    return {
      ...(root && root.length <= MAX_ROOT_BYTES ? { trustedRoot: new Uint8Array(root) } : {}),
      ...(versions && typeof versions === "object" ? { previousVersions: sanitize(versions) } : {}),
    };
  }

  async save(gun: string, root: Uint8Array, versions: Record<string, number>): Promise<void> {
    const dir = this.metadataDir(gun);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await atomicWrite(path.join(dir, "root.json"), root);
    await atomicWrite(path.join(dir, VERSIONS_FILE), JSON.stringify(versions));
  }
}

function sanitize(v: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) if (typeof n === "number" && Number.isSafeInteger(n)) out[k] = n;
  return out;
}

async function atomicWrite(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, data, { mode: 0o600 });
  await rename(tmp, file);
}
