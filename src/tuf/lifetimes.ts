/**
 * How long signed metadata and root certificates live, in one place. Defaults are notary's
 * (const.go: NotaryRootExpiry, NotaryTargetsExpiry, NotarySnapshotExpiry, NotaryTimestampExpiry;
 * a year is notary.Year, 365 days, leap days ignored). Delegations get the targets lifetime, as the
 * Go client re-signs them. Snapshot and timestamp are signed by the server in a Docker repository:
 * their lifetimes are here to explain what a reader sees, not to sign with.
 */

const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** notary.Year: 365 days. */
export const YEAR_MS = 365 * DAY_MS;

export const ROOT_LIFETIME_MS = 10 * YEAR_MS;
/** Targets and every delegation (targets/releases, targets/<signer>). */
export const TARGETS_LIFETIME_MS = 3 * YEAR_MS;
const SNAPSHOT_LIFETIME_MS = 3 * YEAR_MS;
const TIMESTAMP_LIFETIME_MS = 14 * DAY_MS;
/** A root certificate made for a new repository (notary's NewCertificate: 10 years from now). */
export const ROOT_CERTIFICATE_LIFETIME_MS = 10 * YEAR_MS;

/** The shortest lifetime a person may ask for: less would expire before most pipelines end. */
export const MIN_LIFETIME_MS = HOUR_MS;
/** The longest lifetime a person may ask for: past it, a date is a typo rather than a plan. */
export const MAX_LIFETIME_MS = 100 * YEAR_MS;

/** The default lifetime of a role when it is (re-)signed. */
export function defaultLifetime(role: string): number {
  if (role === "root") return ROOT_LIFETIME_MS;
  if (role === "snapshot") return SNAPSHOT_LIFETIME_MS;
  if (role === "timestamp") return TIMESTAMP_LIFETIME_MS;
  return TARGETS_LIFETIME_MS;
}
