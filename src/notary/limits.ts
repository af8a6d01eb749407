/**
 * Bounds on what a Notary server may send us. notary caps root at 100 MiB and timestamp at
 * 1 MiB; ours are tighter where the size is not yet signed. Once a length is signed (timestamp →
 * snapshot, snapshot → targets), reads are bounded by that exact length.
 */
export const MAX_BYTES = {
  root: 2 * 1024 * 1024,
  timestamp: 1024 * 1024,
  snapshot: 32 * 1024 * 1024,
  targets: 64 * 1024 * 1024,
  key: 64 * 1024,
  error: 64 * 1024,
} as const;

/** The bound for a current-version fetch of a role whose length is not yet known. */
export function unsignedLimit(role: string): number {
  if (role === "root") return MAX_BYTES.root;
  if (role === "timestamp") return MAX_BYTES.timestamp;
  if (role === "snapshot") return MAX_BYTES.snapshot;
  return MAX_BYTES.targets;
}
