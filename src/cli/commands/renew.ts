import { RENEW_FLAGS } from "../flags.js";
import { CommandLineError, flagValue, parseFlags } from "../args.js";
import { renewRoles, renewWindow } from "../../workflows/admin/renew.js";
import { parseRepository } from "../../registry/reference.js";
import { withAdminSession } from "../../workflows/admin/session.js";
import { parseExpiry } from "../../settings/values.js";
import { formatRenew, renewJson } from "../admin-format.js";
import type { CliIo } from "../io.js";
import { ADMIN_FOOTER, ADMIN_KEY_HELP, adminConfig, adminHooks } from "./admin-options.js";

export const RENEW_HELP = `Usage: content-trust renew REPOSITORY [flags]

Re-signs, unchanged and with a fresh expiry, every role the signing key can sign that
expires within the window: the signer's delegations, and targets with the targets key.
Meant for a scheduled job. Root is reported, not renewed.

Flags:
  --within DURATION         renew roles expiring within this: 6mo (default), 90d, 1y
  --expires DURATION        lifetime of the renewed roles: 3y (default), 18mo, 2030-01-01
  --witness ROLE[@DIGEST]   re-sign, as a current signer of ROLE, its content that only
                            removed keys signed (after the last signer was removed and
                            another added). Without DIGEST it lists the content and its
                            sha256:DIGEST and publishes nothing: check the tags, then give
                            ROLE@sha256:DIGEST (repeatable)
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;

export async function renewCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, RENEW_FLAGS);
  if (positionals.length !== 1)
    throw new CommandLineError("renew takes exactly one REPOSITORY", {
      hint: "content-trust renew registry.example/app",
    });
  flagValue(() => parseRepository(positionals[0]!));
  const now = Date.now();
  const withinMs = values.within ? flagValue(() => parseExpiry(values.within!, now, "within")) : undefined;
  const lifetimeMs = values.expires ? flagValue(() => parseExpiry(values.expires!, now)) : undefined;
  const window = flagValue(() =>
    renewWindow({ ...(withinMs ? { withinMs } : {}), ...(lifetimeMs ? { lifetimeMs } : {}) }),
  );
  const config = await adminConfig(values, io, positionals[0]!);
  const result = await withAdminSession(config, adminHooks(io), (s) =>
    renewRoles(s.deps, { anchor: s.anchor, ...window, ...(values.witness ? { witness: values.witness } : {}) }),
  );
  io.stdout(values.json ? JSON.stringify(renewJson(result), null, 2) + "\n" : formatRenew(result));
  if (result.witnessUnconfirmed) throw result.witnessUnconfirmed;
  return 0;
}
