/**
 * Opens the Notary server's connections from the action's inputs, before the action's code is
 * loaded (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). sign: input `image`; verify: input `images` (not with `dockerfile` or
 * `notary-servers`, whose images or servers are known only later). Inputs are read as the runner
 * passes them (INPUT_<NAME>); anything unexpected opens nothing. The entry point awaits the promise
 * before it loads the action's code: it resolves once the connections have started.
 */
import os from "node:os";
import path from "node:path";
import { acceptsCosignAlone, connectEarly, FIRST_WAVE, signRegistryWave } from "../net/early-connections.js";
import { DEFAULT_MAX_SOCKETS, MANY_REPOSITORIES_MAX_SOCKETS } from "../net/http-parts.js";
import { firstBaseUrl } from "../registry/insecure.js";
import { parseReference } from "../registry/reference.js";
import { inputLines, splitList } from "../settings/lists.js";

/** What an entry point awaits when nothing was opened. */
const NONE: Promise<void> = Promise.resolve();

export function connectEarlyFromInputs(action: "sign" | "verify", env: NodeJS.ProcessEnv): Promise<void> {
  try {
    const input = (name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
    if (action === "verify" && (input("dockerfile") || input("notary-servers"))) return NONE;
    // A sign with cosign signatures only asks no Notary server, nor does a verify that accepts cosign
    // alone; nor, for the repositories it names, one with `pattern=cosign` lines: those open nothing
    // early (which repositories they name is known once the policy is read).
    if (action === "sign" && input("oci-signature")?.toLowerCase() === "cosign-only") return NONE;
    if (action === "verify" && acceptsCosignAlone(input("accept"))) return NONE;
    const images = action === "sign" ? inputLines(input("image")).slice(0, 1) : inputLines(input("images"));
    const caPem = input("ca-cert");
    const refs = images.map((image) => parseReference(image));
    return connectEarly({
      registries: refs.map((ref) => ref.registry),
      repositories: refs.map((ref) => ref.name),
      notaryServer: input("notary-server"),
      firstWave: action === "sign" ? FIRST_WAVE.sign : FIRST_WAVE.read,
      ...(action === "sign"
        ? {
            registryUrls: refs.map((ref) => firstBaseUrl(ref, splitList(input("insecure-registries")))),
            registryWave: signRegistryWave(refs[0] ?? {}, splitList(input("tags")), input("digest")),
          }
        : {}),
      maxSockets: action === "sign" ? DEFAULT_MAX_SOCKETS : MANY_REPOSITORIES_MAX_SOCKETS,
      ...(caPem ? { ca: { pem: caPem } } : {}),
      env,
      dockerConfigDir: env.DOCKER_CONFIG || path.join(os.homedir(), ".docker"),
    });
  } catch {
    // Nothing opened early: the action reads its inputs and reports what is wrong.
    return NONE;
  }
}
