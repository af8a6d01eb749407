/** Flags every networked command takes, mirroring the action's inputs. */
import { readInputFile, dockerConfigDir, type CliIo } from "../io.js";
import { splitList } from "../../settings/lists.js";
import { parseKeyIds, parseTimeout } from "../../settings/values.js";
import { kmsCallOptions, type ConnectOptions } from "../../workflows/connect.js";
import { UsageError } from "../../errors.js";
import { notaryServerFor } from "../../net/notary-server.js";
import { proxyConfigFromEnv } from "../../net/proxy.js";
import { parseCaBundle } from "../../net/tls-trust.js";
import { parseInsecureRegistries } from "../../registry/insecure.js";
import { CommandLineError, flagValue } from "../args.js";

import type { connectionFlags } from "../flags.js";

export const CONNECTION_HELP = `  --notary-server URL       Notary server (default: DOCKER_CONTENT_TRUST_SERVER, notary.docker.io
                            for Docker Hub, else https://<registry host>)
  --ca-cert FILE            PEM bundle to trust for a self-hosted server
  --registry-username USER  with CONTENT_TRUST_REGISTRY_PASSWORD; else the docker config is used
  --root-key-id ID          pin the root key (repeatable); else trust on first use
  --trust-dir DIR           where trusted roots are kept (default: $DOCKER_CONFIG/trust)
  --timeout SECONDS         deadline of each request (default 30)
  --deadline SECONDS        deadline of the whole run (default 300)
  --insecure-registry HOST  talk plain http to this registry (repeatable; loopback registries
                            need none: https is tried first, then plain http)`;

/** What every command's help ends with: where the connection's settings come from besides flags. */
export const CONNECTION_NOTES = `Flags that take a key or certificate take the path of a file (a File-type CI variable,
or /dev/stdin), never the PEM text itself.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as docker reads them.
CA of a Notary server: --ca-cert, and $DOCKER_CONFIG/tls/<host:port>/*.crt as docker trust reads it;
NODE_EXTRA_CA_CERTS, and the system's CA store with NODE_USE_SYSTEM_CA=1.`;

type Values = {
  [K in keyof typeof connectionFlags]?: (typeof connectionFlags)[K] extends { multiple: true } ? string[] : string;
};

export async function connectionOptions(values: Values, io: CliIo): Promise<ConnectOptions> {
  const password = io.env.CONTENT_TRUST_REGISTRY_PASSWORD;
  const username = values["registry-username"];
  const timeoutMs = flagValue(() => parseTimeout(values.timeout));
  const deadlineMs = flagValue(() => parseTimeout(values.deadline, "deadline"));
  if (username && password === undefined) {
    throw new UsageError("--registry-username needs the password in CONTENT_TRUST_REGISTRY_PASSWORD");
  }
  // A password without its user is not used: said, since a 401 later would seem to have nothing to
  // do with it (a warning, as a job may set the variable for every command it runs).
  if (!username && password)
    io.stderr(
      "warning: CONTENT_TRUST_REGISTRY_PASSWORD is set, but --registry-username is not: the password is not used; give --registry-username USER with it, or unset it to use the docker config's credentials\n",
    );
  // A --notary-server that is not an http(s) URL is a mistake on the command line (exit code 2).
  if (values["notary-server"]) flagValue(() => notaryServerFor({ registry: "docker.io" }, values["notary-server"]));
  return {
    ...(values["notary-server"] ? { notaryServer: values["notary-server"] } : {}),
    ...(io.env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: io.env.DOCKER_CONTENT_TRUST_SERVER } : {}),
    ...(values["ca-cert"] ? { caPem: await readCaCert(values["ca-cert"], io) } : {}),
    ...proxyOption(io),
    ...(username && password !== undefined
      ? { credentials: { username, password }, credentialsSource: "--registry-username" }
      : {}),
    dockerConfigDir: dockerConfigDir(io.env),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(deadlineMs ? { deadlineMs } : {}),
    ...(values["insecure-registry"]
      ? { insecureRegistries: parseInsecureRegistries(values["insecure-registry"].flatMap(splitList)) }
      : {}),
  };
}

/** `--root-key-id` (repeatable, each maybe a comma list) as `{ rootKeyIds }`, or `{}` when not given. */
export function rootKeyIdsOption(given: readonly string[] | undefined): { rootKeyIds?: string[] } {
  return given ? { rootKeyIds: flagValue(() => parseKeyIds(given.join(","))) } : {};
}

/** HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment, as `{ proxy }` when one is set. */
function proxyOption(io: CliIo): { proxy?: NonNullable<ConnectOptions["proxy"]> } {
  const proxy = proxyConfigFromEnv(io.env);
  return proxy ? { proxy } : {};
}

/**
 * How a command that has no run (key inspect) reaches and bounds its KMS calls: the environment's
 * proxy, and the default deadline.
 */
export function kmsCallOptionsOf(io: CliIo): ReturnType<typeof kmsCallOptions> {
  return kmsCallOptions(proxyOption(io));
}

/** The --ca-cert file: a missing file and one that holds no certificate are told apart (codes). */
async function readCaCert(file: string, io: CliIo): Promise<string> {
  let text: string;
  try {
    text = await readInputFile(file, "CA certificate", io.cwd);
  } catch (err) {
    if (err instanceof UsageError && err.code === "USAGE")
      throw new CommandLineError(err.message, {
        code: "CA_FILE_MISSING",
        hint: "give the path of the server's CA certificate (PEM)",
      });
    throw err;
  }
  return flagValue(() => parseCaBundle(text, `--ca-cert ${file}`));
}
