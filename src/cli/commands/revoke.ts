import { ADMIN_FLAGS } from "../flags.js";
import { CommandLineError, flagValue, parseFlags } from "../args.js";
import { revokeTag } from "../../workflows/admin/revoke.js";
import { parseRepository } from "../../registry/reference.js";
import { withAdminSession } from "../../workflows/admin/session.js";
import { formatRevoke, revokeJson } from "../admin-format.js";
import type { CliIo } from "../io.js";
import { ADMIN_FOOTER, ADMIN_KEY_HELP, adminConfig, adminHooks } from "./admin-options.js";

export const REVOKE_HELP = `Usage: content-trust revoke IMAGE:TAG [flags]

Removes the tag from every role that holds it and that the signing key can sign
(targets/releases and the signer's delegation; targets too with the targets key), publishes,
and reads the repository back. A tag that is not signed is not an error; one that a role the
key cannot sign still releases is (exit code 1, after publishing what the key could remove).
Once no tag released in Notary points to the tag's digest, the key's cosign signatures of that
digest, which still vouch for it with cosign, are looked for and reported (not removed).

Flags:
${ADMIN_KEY_HELP}
${ADMIN_FOOTER}`;

export async function revokeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, ADMIN_FLAGS);
  if (positionals.length !== 1)
    throw new CommandLineError("revoke takes exactly one IMAGE:TAG", {
      hint: "content-trust revoke registry.example/app:v1",
    });
  // The image's shape is a command-line matter (exit code 2), checked before anything is read.
  const ref = flagValue(() => parseRepository(positionals[0]!, true));
  const tag = ref.tag;
  if (!tag)
    throw new CommandLineError(`${positionals[0]} has no tag to revoke`, { hint: `write it as ${ref.name}:TAG` });
  const config = await adminConfig(values, io, positionals[0]!, undefined, { allowTag: true });
  const result = await withAdminSession(
    config,
    adminHooks(io),
    (s) => revokeTag(s.deps, { tag, anchor: s.anchor, cosign: { registry: s.connection.registry, image: s.ref } }),
    { allowTag: true },
  );
  io.stdout(values.json ? JSON.stringify(revokeJson(result), null, 2) + "\n" : formatRevoke(result));
  if (result.stillReleased) throw result.stillReleased;
  return 0;
}
