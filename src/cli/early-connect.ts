/**
 * Opens the Notary server's connections from the command line, before the command's code is loaded
 * (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). Only for sign, inspect and verify of images, when the command line parses with the
 * command's own flags. The server is the command's: --notary-server, else
 * DOCKER_CONTENT_TRUST_SERVER, else the first image's registry's. Anything unexpected opens
 * nothing: the command then reads its command line and reports what is wrong, as usual.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { connectEarly, PER_REPOSITORY } from "../net/early-connections.js";
import { notaryServerFor } from "../net/notary-server.js";
import { parseReference } from "../registry/reference.js";
import { INSPECT_FLAGS, SIGN_FLAGS, VERIFY_FLAGS } from "./flags.js";
import { dockerConfigDir } from "./io.js";

/** Connections per server of each command's transport (net/http.ts, workflows/verify.ts). */
const MAX_SOCKETS = { sign: 16, inspect: 16, verify: 64 } as const;
const FLAGS = { sign: SIGN_FLAGS, inspect: INSPECT_FLAGS, verify: VERIFY_FLAGS } as const;

interface Read {
  values: { "notary-server"?: string; "ca-cert"?: string; dockerfile?: string[]; "notary-servers"?: string[] };
  positionals: string[];
}

export function connectEarlyFromCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): void {
  try {
    const [command, ...args] = argv;
    if (command !== "sign" && command !== "inspect" && command !== "verify") return;
    const { values, positionals } = parseArgs({
      args,
      options: FLAGS[command],
      allowPositionals: true,
      strict: true,
    }) as Read;
    if (positionals.length === 0 || values.dockerfile || values["notary-servers"]) return;
    const servers = positionals.map((p) =>
      notaryServerFor(parseReference(p), values["notary-server"], env.DOCKER_CONTENT_TRUST_SERVER),
    );
    const server = servers[0]!;
    const repositories = servers.filter((s) => s === server).length;
    const count = command === "sign" ? PER_REPOSITORY + 1 : PER_REPOSITORY * repositories;
    const caFile = values["ca-cert"];
    connectEarly({
      server,
      ...(caFile !== undefined ? { ca: { file: path.resolve(cwd, caFile) } } : {}),
      count: Math.min(count, MAX_SOCKETS[command]),
      env,
      dockerConfigDir: dockerConfigDir(env),
    });
  } catch {
    // Nothing opened early.
  }
}
