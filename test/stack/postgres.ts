// A throwaway PostgreSQL cluster (Debian package "postgresql") for a test: initdb into a temp
// directory, the server on a free 127.0.0.1 port with trust auth, run as the `postgres` user
// (PostgreSQL refuses to run as root, and tests run as root in CI), stopped and removed after.
// Durability is switched off: the data lives as long as the test.
import { execFileSync } from "node:child_process";
import { accessSync, chownSync, constants, readdirSync } from "node:fs";
import path from "node:path";
import { delay, freePort, lostPortRace, runCommand, startService, type Service } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export interface Postgres {
  host: string;
  port: number;
  /** `postgres://postgres@127.0.0.1:PORT/<database>?sslmode=disable`. */
  url(database: string): string;
  /** Creates `database` and runs the SQL file in it. */
  createDatabase(database: string, sqlFile?: string): Promise<void>;
  /** `psql -c SQL` in `database`; its output (unaligned, tuples only). */
  query(database: string, sql: string): Promise<string>;
  logs(): string;
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;

/** The directory of initdb, pg_ctl, postgres and psql: /usr/lib/postgresql/<major>/bin (newest). */
export function findPostgresBin(root = "/usr/lib/postgresql"): string | undefined {
  let majors: string[];
  try {
    majors = readdirSync(root)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    return undefined;
  }
  for (const major of majors) {
    const bin = path.join(root, major, "bin");
    try {
      for (const program of ["initdb", "postgres", "psql", "pg_isready"])
        accessSync(path.join(bin, program), constants.X_OK);
      return bin;
    } catch {
      // incomplete install of this major version
    }
  }
  return undefined;
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      "no `postgres` user on this machine; install the Debian package postgresql (`npm run setup` as root)",
    );
  }
}

export interface PostgresOptions {
  logDir?: string;
  /** Where the versions are installed (default /usr/lib/postgresql). */
  root?: string;
}

export async function startPostgres(options: PostgresOptions = {}): Promise<Postgres> {
  const bin = findPostgresBin(options.root);
  if (!bin) {
    throw new Error(
      "this test needs PostgreSQL (initdb, postgres, psql, pg_isready under /usr/lib/postgresql/<version>/bin): " +
        "Debian package postgresql. Run `npm run setup` (as root it installs it with apt-get), then run the tests again.",
    );
  }
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  const dir = makeTempDir("postgres");
  const data = path.join(dir, "data");
  if (user) chownSync(dir, user.uid, user.gid);
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  try {
    await runCommand(
      path.join(bin, "initdb"),
      ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"],
      { ...as, timeoutMs: 60_000 },
    );
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const service = startService(
        "postgres",
        path.join(bin, "postgres"),
        [
          "-D",
          data,
          "-p",
          String(port),
          "-k",
          dir,
          "-c",
          "listen_addresses=127.0.0.1",
          "-c",
          "fsync=off",
          "-c",
          "synchronous_commit=off",
          "-c",
          "full_page_writes=off",
          "-c",
          "max_connections=200",
        ],
        {
          ...as,
          cwd: dir,
          stopSignal: "SIGINT",
          ...(options.logDir ? { logFile: path.join(options.logDir, "postgres.log") } : {}),
        },
      );
      try {
        await waitUntilReady(bin, port, service);
      } catch (error) {
        await service.stop();
        if (!/could not (bind|create listen)|already in use/i.test(service.output()) && !lostPortRace(service))
          throw error;
        if (attempt >= START_ATTEMPTS) throw error;
        continue;
      }
      const psql = (database: string, args: string[]) =>
        runCommand(
          path.join(bin, "psql"),
          [
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            String(port),
            "-U",
            "postgres",
            "-d",
            database,
            ...args,
          ],
          { timeoutMs: 30_000 },
        );
      return {
        host: "127.0.0.1",
        port,
        url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}?sslmode=disable`,
        async createDatabase(database, sqlFile) {
          await psql("postgres", ["-c", `CREATE DATABASE "${database}"`]);
          if (sqlFile) await psql(database, ["-f", sqlFile]);
        },
        async query(database, sql) {
          return (await psql(database, ["-At", "-c", sql])).stdout;
        },
        logs: () => service.output(),
        async stop() {
          await service.stop();
          await removeTempDir(dir);
        },
      };
    }
  } catch (error) {
    await removeTempDir(dir);
    throw error;
  }
}

async function waitUntilReady(bin: string, port: number, service: Service): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!service.isRunning()) throw new Error(`postgres exited during startup:\n${service.output().slice(-3000)}`);
    const ready = await runCommand(path.join(bin, "pg_isready"), ["-q", "-h", "127.0.0.1", "-p", String(port)], {
      timeoutMs: 5_000,
    }).then(
      () => true,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline)
      throw new Error(`postgres not ready on port ${port} in time:\n${service.output().slice(-3000)}`);
    await delay(50);
  }
}
