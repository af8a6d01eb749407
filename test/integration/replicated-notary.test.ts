// notary-server past one process: two replicas over one PostgreSQL database with one shared
// notary-signer (test/stack/replicated-notary.ts). Signers split across both replicas race for the
// same versions of the same roles; the database's unique key on (gun, role, version) decides, and
// notary-server 0.7 on PostgreSQL answers the loser with HTTP 500. Every tag must land, also while
// a replica restarts, and the Go clients must read the result from either replica.
import { generateKeyPairSync } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { runSign } from "../../src/workflows/run-sign.js";
import { runCli, tempDir } from "../helpers/admin.js";
import { DockerTrust, NotaryCli } from "../stack/go-clients.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { startReplicatedNotary, type ReplicatedNotary } from "../stack/replicated-notary.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
let notary: ReplicatedNotary;
const judges: { dispose(): Promise<void> }[] = [];

interface Repo {
  gun: string;
  /** Unencrypted PKCS#8 PEM of the key of signer "ci". */
  ciKeyPem: string;
}

beforeAll(async () => {
  notary = await startReplicatedNotary(2);
});
// The replicas' logs go with their temporary directory: when a test fails, the end of each log is
// printed first, so that a replica that stopped answering can be told from one that refused.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== "fail" || !notary) return;
  for (const file of (await readdir(notary.logDir).catch(() => [] as string[])).filter((f) => f.endsWith(".log"))) {
    const lines = (await readFile(path.join(notary.logDir, file), "utf8").catch(() => "")).trimEnd().split("\n");
    // A Go server that died prints its reason ("panic: …", "fatal error: …") before the stacks.
    const died = lines.findIndex((l) => /^(panic|fatal error):/.test(l));
    if (died >= 0) console.error(`--- ${file} died ---\n${lines.slice(died, died + 12).join("\n")}`);
    console.error(`--- last lines of ${file} ---\n${lines.slice(-40).join("\n")}`);
  }
});
afterAll(async () => {
  await Promise.allSettled(judges.map((j) => j.dispose()));
  await notary?.stop();
});

/** A repository made by init and signer add ci through replica 0, with `tags` pushed. */
async function repository(prefix: string, tags: string[]): Promise<{ repo: Repo; pushed: PushedManifest[] }> {
  const name = uniqueRepo(prefix);
  const gun = `${stack.registry.host}/${name}`;
  const dir = await tempDir(prefix);
  const ca = path.join(dir, "ca.pem");
  const ciPub = path.join(dir, "ci.pub");
  const ci = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  await writeFile(ca, notary.pki.caPem);
  await writeFile(ciPub, ci.publicKey.export({ type: "spki", format: "pem" }));
  const flags = [
    "--notary-server",
    notary.urls[0]!,
    "--ca-cert",
    ca,
    "--trust-dir",
    path.join(dir, "trust"),
    "--key-dir",
    path.join(dir, "private"),
  ];
  for (const args of [
    ["init", gun],
    ["signer", "add", "ci", gun, "--key", ciPub],
  ]) {
    const run = await runCli([...args, ...flags]);
    expect(run.code, run.stderr).toBe(0);
  }
  const pushed = await Promise.all(tags.map((t) => pushImage(stack.registry.url, name, t)));
  return { repo: { gun, ciKeyPem: ci.privateKey.export({ type: "pkcs8", format: "pem" }).toString() }, pushed };
}

/** One signer, in process, as a CI job would run it against `server`. */
function sign(repo: Repo, tag: string, server: string, log?: (m: string) => void) {
  return runSign(
    {
      image: `${repo.gun}:${tag}`,
      tags: [],
      signerKey: repo.ciKeyPem,
      notaryServer: server,
      caPem: notary.pki.caPem,
      insecureRegistries: [stack.registry.host],
    },
    { runtime: createRuntime(log ? { log } : {}) },
  );
}

/** Uploads the replicas answered with 500 (lost races on PostgreSQL), from their logs. */
async function uploadsAnswered500(): Promise<number> {
  let count = 0;
  for (const file of (await readdir(notary.logDir)).filter((f) => f.startsWith("notary-server-replica"))) {
    for (const line of (await readFile(path.join(notary.logDir, file), "utf8")).split("\n")) {
      if (line.includes('"http.request.method":"POST"') && line.includes('"http.response.status":500')) count++;
    }
  }
  return count;
}

/** What the Go clients read, from each replica: `docker trust inspect` and `notary list`. */
async function expectEveryTag(repo: Repo, tags: string[], pushed: PushedManifest[]): Promise<void> {
  const docker = await DockerTrust.create({ serverUrl: notary.urls[1]!, caPem: notary.pki.caPem });
  judges.push(docker);
  const [inspection] = await docker.inspect(repo.gun);
  const seen = new Map(inspection!.SignedTags.map((t) => [t.SignedTag, t]));
  for (const [i, tag] of tags.entries())
    expect(seen.get(tag), tag).toEqual({ SignedTag: tag, Digest: pushed[i]!.digest.slice(7), Signers: ["ci"] });
  expect(seen.size).toBe(tags.length);

  const cli = new NotaryCli({ serverUrl: notary.urls[0]!, caFile: notary.pki.caFile });
  judges.push(cli);
  const listed = await cli.list(repo.gun, "targets/releases");
  expect(new Map(listed.map((t) => [t.name, t.digest]))).toEqual(
    new Map(tags.map((t, i) => [t, pushed[i]!.digest.slice(7)])),
  );
}

it("lands every tag when 30 signers split across two replicas sign into one role at once", async () => {
  const tags = Array.from({ length: 30 }, (_, i) => `r${i}`);
  const { repo, pushed } = await repository("replicas", tags);
  const results = await Promise.allSettled(tags.map((tag, i) => sign(repo, tag, notary.urls[i % 2]!)));
  const failed = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
  expect(failed, "signers that failed").toEqual([]);
  const attempts = results.map((r) => (r.status === "fulfilled" ? r.value.attempts : 0)).sort((a, b) => a - b);
  const rows = await notary.query(
    `SELECT count(*) FROM tuf_files WHERE gun = '${repo.gun}' AND role = 'targets/releases'`,
  );
  console.log(
    `replicas: 30 signers, attempts per signer ${JSON.stringify(attempts)}, uploads answered 500 so far ${await uploadsAnswered500()}, ` +
      `targets/releases versions stored ${rows.trim()}`,
  );
  await expectEveryTag(repo, tags, pushed);
});

it("loses nothing and fails nothing when a replica restarts during a run", async () => {
  const tags = Array.from({ length: 10 }, (_, i) => `s${i}`);
  const { repo, pushed } = await repository("replica-restart", tags);
  let finished = 0;
  let finishedAtRestart: number | undefined;
  let restarted: Promise<void> | undefined;
  // Restart replica 1 as soon as one of its signers starts uploading: its other signers are then
  // reading, uploading or about to upload.
  const recovered: string[] = [];
  const onReplica1 = (message: string) => {
    if (/to our upload|had landed|had published first/.test(message)) recovered.push(message);
    if (restarted || !message.startsWith("Publishing")) return;
    finishedAtRestart = finished;
    restarted = notary.restart(1);
  };
  const results = await Promise.allSettled(
    tags.map((tag, i) =>
      sign(repo, tag, notary.urls[i % 2]!, i % 2 === 1 ? onReplica1 : undefined).finally(() => finished++),
    ),
  );
  await restarted;
  expect(restarted, "replica 1 was restarted").toBeDefined();
  expect(finishedAtRestart, "signers done when it restarted").toBeLessThan(tags.length / 2);
  const failed = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
  expect(failed, "signers that failed").toEqual([]);
  console.log(
    `replica restart: ${finishedAtRestart} of ${tags.length} signers done when it began; signers of the restarted replica logged ${JSON.stringify(recovered)}`,
  );
  await expectEveryTag(repo, tags, pushed);
});
