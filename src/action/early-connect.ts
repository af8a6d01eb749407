/**
 * Opens the Notary server's connections from the action's inputs, before the action's code is
 * loaded (net/early-connections.ts says what that saves, when nothing is opened, and why trust is
 * unchanged). sign: the server of input `image`; verify: the server of the first image of input
 * `images`, with one wave's connections for each image it serves (not with `dockerfile` or
 * `notary-servers`, whose images are known only later). The server is the run's: input
 * `notary-server`, else DOCKER_CONTENT_TRUST_SERVER, else the image's registry's. Inputs are read
 * as the runner passes them (INPUT_<NAME>); anything unexpected opens nothing.
 */
import os from "node:os";
import path from "node:path";
import { connectEarly, PER_REPOSITORY } from "../net/early-connections.js";
import { notaryServerFor } from "../net/notary-server.js";
import { parseReference } from "../registry/reference.js";
import { inputLines } from "../settings/values.js";

/** Connections per server of the transport of a sign and of a verify (net/http.ts, workflows/verify.ts). */
const MAX_SOCKETS = { sign: 16, verify: 64 } as const;

export function connectEarlyFromInputs(action: "sign" | "verify", env: NodeJS.ProcessEnv): void {
  try {
    const input = (name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
    const images = action === "sign" ? inputLines(input("image")).slice(0, 1) : inputLines(input("images"));
    if (images.length === 0 || (action === "verify" && (input("dockerfile") || input("notary-servers")))) return;
    const servers = images.map((image) =>
      notaryServerFor(parseReference(image), input("notary-server"), env.DOCKER_CONTENT_TRUST_SERVER),
    );
    const server = servers[0]!;
    const count = action === "sign" ? PER_REPOSITORY + 1 : PER_REPOSITORY * servers.filter((s) => s === server).length;
    const caPem = input("ca-cert");
    connectEarly({
      server,
      ...(caPem ? { ca: { pem: caPem } } : {}),
      count: Math.min(count, MAX_SOCKETS[action]),
      env,
      dockerConfigDir: env.DOCKER_CONFIG || path.join(os.homedir(), ".docker"),
    });
  } catch {
    // Nothing opened early: the action reads its inputs and reports what is wrong.
  }
}
