/** Which Notary server holds an image's trust data. */
import { UsageError } from "../errors.js";
import { setting } from "../wording.js";
import { isHubCredentialHost } from "./docker-hub.js";

/** Docker's choice (cli/trust/trust.go): the env override, notary.docker.io for Hub, else https://<registry>. */
export function notaryServerFor(ref: { registry: string }, explicit?: string, envServer?: string): string {
  const chosen =
    explicit ||
    envServer ||
    (isHubCredentialHost(ref.registry) ? "https://notary.docker.io" : `https://${ref.registry}`);
  // A URL with credentials in it is never quoted, whatever else is wrong with it.
  const withheld = chosen.includes("@") ? "(not shown: it holds an @)" : undefined;
  let url: URL;
  try {
    url = new URL(chosen);
  } catch {
    throw new UsageError(`${setting("notary-server")} ${withheld ?? JSON.stringify(chosen)} is not a URL`, {
      hint: "use https://host[:port]",
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new UsageError(`${setting("notary-server")} ${withheld ?? chosen} must be an https URL`);
  if (url.username || url.password)
    throw new UsageError(`${setting("notary-server")} must not carry credentials in the URL`, {
      hint: `use ${setting("registry-username")} and ${setting("registry-password")}`,
    });
  return url.origin + url.pathname.replace(/\/+$/, "");
}
