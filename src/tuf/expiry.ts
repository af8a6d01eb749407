/**
 * Which roles need renewing soon. The Go client warns when a role expires within six months
 * (client/helpers.go warnRolesNearExpiry) and re-signs root on publish in that case. Timestamp and
 * snapshot are left out: in a Docker repository the server holds their keys and re-signs them
 * itself (it regenerates an expired timestamp or snapshot when asked for the timestamp), and the
 * timestamp's 14-day lifetime would otherwise always be reported.
 */
import { displayTime } from "./time.js";
import type { TrustedSet } from "./trusted-set.js";
import { step } from "../wording.js";

/** About six months: the Go client's window is six calendar months (time.AddDate(0, 6, 0)). */
export const DEFAULT_RENEW_WINDOW_MS = 182 * 24 * 3600 * 1000;

export interface ExpiringRole {
  role: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  version: number;
  /** Already expired at `now`. */
  expired: boolean;
}

/** Root, targets and every loaded delegation that expires before `now + withinMs`, soonest first. */
export function expiringRoles(
  set: TrustedSet,
  now: number,
  withinMs: number = DEFAULT_RENEW_WINDOW_MS,
): ExpiringRole[] {
  const roles = [{ role: "root", env: set.root }, ...[...set.targets].map(([role, env]) => ({ role, env }))];
  return roles
    .filter(({ env }) => env.expiresAt < now + withinMs)
    .map(({ role, env }) => ({
      role,
      expiresAt: env.expiresAt,
      version: env.signed.version,
      expired: env.expiresAt <= now,
    }))
    .sort((a, b) => a.expiresAt - b.expiresAt || (a.role < b.role ? -1 : 1));
}

/** `12 days`, `5 months`, `3 hours`: a rough human distance for messages. */
export function describeDistance(ms: number): string {
  const abs = Math.abs(ms);
  const hours = abs / 3600_000;
  const days = hours / 24;
  const [n, unit] =
    days >= 60
      ? [Math.floor(days / 30), "month"]
      : days >= 2
        ? [Math.floor(days), "day"]
        : [Math.max(1, Math.floor(hours)), "hour"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** One line per role: `targets/releases of GUN expires at …Z (in 12 days); renew it with: …`. */
export function expiryWarning(gun: string, e: ExpiringRole, now: number, advice?: string): string {
  const when = e.expired
    ? `expired at ${displayTime(e.expiresAt)} (${describeDistance(now - e.expiresAt)} ago)`
    : `expires at ${displayTime(e.expiresAt)} (in ${describeDistance(e.expiresAt - now)})`;
  const hint =
    advice ??
    (e.role === "root"
      ? "renew root with its root key: notary key rotate " + gun + " root"
      : `renew it with: ${step("renew", gun)}${e.role === "targets" ? " (with the targets key)" : ""}`);
  return `${e.role} of ${gun} ${when}; ${hint}`;
}
