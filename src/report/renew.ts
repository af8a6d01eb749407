/** What a renew run tells a person about the roles it left, in the CLI's table and the action's summary. */
import type { RenewResult } from "../workflows/admin/renew.js";

/** When a role left unrenewed expires: its time, or why it is unknown. */
export function notRenewedExpiry(r: RenewResult["notRenewed"][number]): string {
  return r.untrusted ? `unknown: it cannot be verified (${r.untrusted})` : r.expires;
}
