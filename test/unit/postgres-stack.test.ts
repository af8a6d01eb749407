// The test stack's PostgreSQL lookup: the newest complete install under the versions directory,
// and a start that names the package to install when there is none (before starting anything).
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPostgresBin, startPostgres } from "../stack/postgres.js";
import { makeTempDir } from "../stack/temp-dir.js";

async function install(
  root: string,
  major: string,
  programs = ["initdb", "postgres", "psql", "pg_isready"],
): Promise<string> {
  const bin = path.join(root, major, "bin");
  await mkdir(bin, { recursive: true });
  for (const program of programs) {
    await writeFile(path.join(bin, program), "#!/bin/sh\n");
    await chmod(path.join(bin, program), 0o755);
  }
  return bin;
}

describe("PostgreSQL for the test stack", () => {
  it("finds the newest complete install", async () => {
    const root = makeTempDir("pg-root");
    await install(root, "13");
    const newest = await install(root, "15");
    await install(root, "16", ["initdb", "postgres"]);
    expect(findPostgresBin(root)).toBe(newest);
  });

  it("fails naming the Debian package and npm run setup when none is installed", async () => {
    const root = path.join(makeTempDir("pg-none"), "postgresql");
    expect(findPostgresBin(root)).toBeUndefined();
    const err = (await startPostgres({ root }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /needs PostgreSQL \(initdb, postgres, psql, pg_isready under .*\): Debian package postgresql\. Run `npm run setup`/,
    );
  });
});
