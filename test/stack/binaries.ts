// The programs the integration stack runs, and a check that fails loudly when one is missing.
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Program → Debian package that provides it (scripts/ensure-stack.mjs installs these). */
export const STACK_PROGRAMS: Readonly<Record<string, string>> = {
  "notary-server": "notary",
  "notary-signer": "notary",
  notary: "notary",
  "docker-registry": "docker-registry",
  skopeo: "skopeo",
  openssl: "openssl",
  docker: "docker.io (any docker CLI with `docker trust`)",
  squid: "squid",
};

/** What the shared stack needs; squid is started only by the tests that use a forward proxy. */
export const SHARED_STACK_PROGRAMS = [
  "notary-server",
  "notary-signer",
  "notary",
  "docker-registry",
  "skopeo",
  "openssl",
  "docker",
];

export function findOnPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Throw, naming every missing program and its package, unless all are on PATH. */
export function assertStackPrograms(programs: readonly string[] = SHARED_STACK_PROGRAMS): void {
  const missing = programs.filter((program) => !findOnPath(program));
  if (missing.length === 0) return;
  const list = missing.map((program) => `${program} (Debian package ${STACK_PROGRAMS[program] ?? "?"})`).join(", ");
  throw new Error(
    `integration tests need programs that are not on PATH: ${list}. ` +
      "Run `npm run setup` (as root it installs them with apt-get), then run the tests again.",
  );
}
