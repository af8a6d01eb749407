/**
 * Opens the Notary server's connections from the command line, before the command's code is loaded
 * (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). Only for sign, inspect and verify of images, when the command line parses with the
 * command's own flags. Anything unexpected opens nothing: the command then reads its command line
 * and reports what is wrong, as usual. The entry point awaits the promise before it loads the
 * command: it resolves once the connections have started (net/early-connections.ts).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { acceptsCosignAlone, connectEarly, FIRST_WAVE, signRegistryWave } from "../net/early-connections.js";
import { DEFAULT_MAX_SOCKETS, MANY_REPOSITORIES_MAX_SOCKETS } from "../net/http-parts.js";
import { firstBaseUrl } from "../registry/insecure.js";
import { parseReference } from "../registry/reference.js";
import { splitList } from "../settings/lists.js";
import { INSPECT_FLAGS, SIGN_FLAGS, VERIFY_FLAGS } from "./flags.js";
import { dockerConfigDir } from "./io.js";

const FLAGS = { sign: SIGN_FLAGS, inspect: INSPECT_FLAGS, verify: VERIFY_FLAGS } as const;

interface Read {
  values: {
    "notary-server"?: string;
    "ca-cert"?: string;
    dockerfile?: string[];
    "notary-servers"?: string[];
    "insecure-registry"?: string[];
    tags?: string[];
    digest?: string;
    "oci-signature"?: string;
    accept?: string[];
  };
  positionals: string[];
}

/** What an entry point awaits when nothing was opened. */
const NONE: Promise<void> = Promise.resolve();

export function connectEarlyFromCommandLine(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<void> {
  try {
    const [command, ...args] = argv;
    if (command !== "sign" && command !== "inspect" && command !== "verify") return NONE;
    const { values, positionals } = parseArgs({
      args,
      options: FLAGS[command],
      allowPositionals: true,
      strict: true,
    }) as Read;
    if (values.dockerfile || values["notary-servers"] || (command === "sign" && positionals.length !== 1)) return NONE;
    // A sign with cosign signatures only, and a verify that accepts cosign alone, ask no Notary server.
    if (values["oci-signature"]?.trim().toLowerCase() === "cosign-only") return NONE;
    if (acceptsCosignAlone(values.accept?.join("\n"))) return NONE;
    const caFile = values["ca-cert"];
    const refs = positionals.map((p) => parseReference(p));
    return connectEarly({
      registries: refs.map((ref) => ref.registry),
      repositories: refs.map((ref) => ref.name),
      notaryServer: values["notary-server"],
      firstWave: command === "sign" ? FIRST_WAVE.sign : FIRST_WAVE.read,
      // A sign resolves its tag in the registry in the same wave; inspect and verify do not ask it.
      ...(command === "sign"
        ? {
            registryUrls: refs.map((ref) => firstBaseUrl(ref, splitList(values["insecure-registry"]))),
            registryWave: signRegistryWave(refs[0]!, splitList(values.tags), values.digest),
          }
        : {}),
      maxSockets: command === "verify" ? MANY_REPOSITORIES_MAX_SOCKETS : DEFAULT_MAX_SOCKETS,
      ...(caFile !== undefined ? { ca: { file: path.resolve(cwd, caFile) } } : {}),
      env,
      dockerConfigDir: dockerConfigDir(env),
    });
  } catch {
    // Nothing opened early.
    return NONE;
  }
}
