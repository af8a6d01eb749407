// notary-server as it runs past one process: several replicas over one PostgreSQL database
// (postgres.ts, with the schema in notary-server-schema.sql) and one shared notary-signer that
// holds every repository's timestamp and snapshot keys. Started on demand, with its own PKI.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startNotarySigner, startNotaryServer, type NotaryServer, type NotarySigner } from "./notary-server.js";
import { createPki, type Pki } from "./pki.js";
import { startPostgres, type Postgres } from "./postgres.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "notary-server-schema.sql");
const DATABASE = "notaryserver";

export interface ReplicatedNotary {
  pki: Pki;
  postgres: Postgres;
  signer: NotarySigner;
  /** The replicas' URLs (https://127.0.0.1:PORT), in order; a restarted replica keeps its URL. */
  urls: string[];
  /** Stops replica `index` and starts it again on the same port (same config, same database). */
  restart(index: number): Promise<void>;
  /** `SELECT …` in the servers' database, for tests that look at what was stored. */
  query(sql: string): Promise<string>;
  logDir: string;
  stop(): Promise<void>;
}

export async function startReplicatedNotary(replicas = 2): Promise<ReplicatedNotary> {
  const logDir = makeTempDir("replicated-notary");
  const pki = await createPki(logDir);
  const running: { stop(): Promise<void> }[] = [];
  const servers: NotaryServer[] = [];
  const stop = async () => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    for (const service of running.reverse()) await service.stop().catch(() => undefined);
    await removeTempDir(logDir);
  };
  try {
    const [postgres, signer] = await Promise.all([
      startPostgres({ logDir }).then((p) => (running.push(p), p)),
      startNotarySigner(pki, { logDir }).then((s) => (running.push(s), s)),
    ]);
    await postgres.createDatabase(DATABASE, SCHEMA_FILE);
    const replica = (index: number, port?: number) =>
      startNotaryServer({
        trust: "signer",
        signer,
        pki,
        logDir,
        logLevel: "info",
        name: `replica-${index}`,
        storage: { backend: "postgres", db_url: postgres.url(DATABASE) },
        // notary-server 0.7 over SQL storage writes a shared map without a lock when it serves a
        // file by checksum (TUFMetaStorage.GetChecksum); two such reads at once on two threads end
        // the process with "fatal error: concurrent map writes" (seen here under 30 signers). One
        // thread for Go code keeps those writes apart; the server still serves requests concurrently.
        env: { GOMAXPROCS: "1" },
        ...(port !== undefined ? { port } : {}),
      });
    servers.push(...(await Promise.all(Array.from({ length: replicas }, (_, i) => replica(i)))));
    return {
      pki,
      postgres,
      signer,
      urls: servers.map((s) => s.url),
      async restart(index) {
        const old = servers[index]!;
        await old.stop();
        servers[index] = await replica(index, Number(new URL(old.url).port));
      },
      query: (sql) => postgres.query(DATABASE, sql),
      logDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
