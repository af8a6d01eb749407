/**
 * `npm run bench`: our clients against the Go `notary` CLI and `docker trust`, over the real
 * notary-server and docker-registry on loopback with a latency-injecting proxy in front of each
 * (and one more in token mode before notary-server, for row 8).
 * Prints a table and writes bench/RESULTS.md. Never part of `npm test`; nothing asserts a timing.
 *
 *   npm run bench                         # all rows, 25 ms each way, 5 runs per client
 *   npm run bench -- --latency 50 --runs 3 --rows 1,4
 *   npm run bench -- --no-connect-cost    # new connections cost no extra round trips
 *   npm run bench -- --no-sensitivity     # skip re-running rows 1 and 3 without connection cost
 *   npm run bench -- --out /tmp/r.md      # write the results elsewhere
 *   npm run bench -- --rows 5,7 --tags 10000 --scale-tags 100000   # rows 5 and 7 again at 100,000 tags
 *   npm run bench -- --scale-tags 0       # skip the scaling rows
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Row } from "./compare.js";
import { repoRoot, startBenchEnv } from "./env.js";
import { closingNotes } from "./closing.js";
import { markdown, notAhead, scalingMarkdown, summaryTable, textTable, type Scaling } from "./report.js";
import { rowInspect, rowInspectSigners, rowStartup, rowVerify, type StartupExtras } from "./rows-read.js";
import { rowBigRole, rowSignOne, rowSignTen, rowSignTokenAuth } from "./rows-sign.js";

const { values } = parseArgs({
  options: {
    latency: { type: "string", default: "25" },
    runs: { type: "string", default: "5" },
    rows: { type: "string", default: "1,2,3,4,5,6,7,8" },
    tags: { type: "string", default: "10000" },
    "scale-tags": { type: "string", default: "100000" },
    images: { type: "string", default: "20" },
    "no-connect-cost": { type: "boolean", default: false },
    "no-sensitivity": { type: "boolean", default: false },
    out: { type: "string" },
  },
});
const latencyMs = Number(values.latency);
const runs = Number(values.runs);
const rowsWanted = new Set(values.rows.split(",").map((r) => r.trim()));
const tags = Number(values.tags);
const scaleTags = Number(values["scale-tags"]);
const log = (m: string) => process.stderr.write(`${m}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  execFileSync(process.execPath, [path.join(repoRoot, "scripts/ensure-stack.mjs")], { stdio: "inherit" });
  if (
    !existsSync(path.join(repoRoot, "dist/cli/index.js")) ||
    !existsSync(path.join(repoRoot, "dist/sign/index.js")) ||
    !existsSync(path.join(repoRoot, "dist/verify/index.js"))
  ) {
    log("Building dist/ (npm run build)");
    execFileSync(process.execPath, [path.join(repoRoot, "scripts/build.mjs")], { stdio: "inherit" });
  }
  const settings = { latencyMs, connectCost: !values["no-connect-cost"], runs };
  log(`Starting notary-server and docker-registry on loopback behind ${latencyMs} ms proxies`);
  const env = await startBenchEnv({ latencyMs, connectCost: settings.connectCost });
  const rows: Row[] = [];
  const sensitivity: Row[] = [];
  let extras: StartupExtras | undefined;
  let scaled: Scaling | undefined;
  const opts = { runs, log };
  try {
    const step = async (id: string, title: string, body: () => Promise<void>) => {
      if (!rowsWanted.has(id)) return;
      log(`\nRow ${id}: ${title}`);
      await body();
    };
    await step("1", "sign one tag", async () => void rows.push(await rowSignOne(env, opts)));
    await step("2", "sign ten tags to one digest", async () => void rows.push(await rowSignTen(env, opts)));
    await step("3", "inspect one repository", async () => void rows.push(await rowInspect(env, opts)));
    await step(
      "4",
      `verify ${values.images} images`,
      async () => void rows.push(await rowVerify(env, { ...opts, images: Number(values.images) })),
    );
    await step(
      "5",
      `sign into roles of ${tags} tags`,
      async () => void rows.push(...(await rowBigRole(env, { ...opts, tags }))),
    );
    await step("6", "start-up", async () => {
      const r = await rowStartup(env, opts);
      rows.push(r.row);
      extras = r.extras;
    });
    await step(
      "7",
      `inspect ${tags} tags across 5 delegations`,
      async () => void rows.push(await rowInspectSigners(env, { ...opts, tags })),
    );
    await step("8", "sign one tag, token auth", async () => void rows.push(await rowSignTokenAuth(env, opts)));
    // Memory and time of the large-role rows again at another size, to show how they scale.
    if (scaleTags > 0 && scaleTags !== tags && (rowsWanted.has("5") || rowsWanted.has("7"))) {
      const again = { runs: Math.min(3, runs), log, suffix: "-scale", tags: scaleTags };
      scaled = { tags, scaledTags: scaleTags, rows: [] };
      if (rowsWanted.has("5")) {
        log(`\nRow 5 again with ${scaleTags} tags`);
        scaled.rows.push(...(await rowBigRole(env, again)));
      }
      if (rowsWanted.has("7")) {
        log(`\nRow 7 again with ${scaleTags} tags`);
        scaled.rows.push(await rowInspectSigners(env, again));
      }
    }
    // The connection set-up cost is this bench's model of a real network (the Go clients open a
    // connection per request): rows 1 and 3 again without it show what does not depend on it.
    if (settings.connectCost && !values["no-sensitivity"] && (rowsWanted.has("1") || rowsWanted.has("3"))) {
      env.model.connectCost = false;
      const again = { runs: Math.min(3, runs), log, suffix: "-free-connect" };
      log("\nRows 1 and 3 again, with free connection set-up");
      if (rowsWanted.has("1")) sensitivity.push(await rowSignOne(env, again));
      if (rowsWanted.has("3")) sensitivity.push(await rowInspect(env, again));
      env.model.connectCost = true;
    }
  } finally {
    await env.close();
  }
  const durationS = (performance.now() - started) / 1000;
  process.stdout.write(`\n${textTable(rows)}\n\n${summaryTable(rows)}\n`);
  if (sensitivity.length > 0) process.stdout.write(`\nWith free connection set-up:\n${textTable(sensitivity)}\n`);
  if (scaled) process.stdout.write(`\n${scalingMarkdown(rows, scaled).join("\n")}\n`);
  const behind = notAhead(rows);
  if (behind.length > 0) {
    process.stdout.write(`\nNot ahead: ${behind.map(({ row, line }) => `${row.id} ${line.label}`).join("; ")}\n`);
  }
  const out = values.out ?? path.join(repoRoot, "bench", "RESULTS.md");
  await writeFile(
    out,
    markdown(
      rows,
      { ...settings, durationS },
      extras,
      closingNotes(rows, behind, extras, sensitivity),
      sensitivity,
      scaled,
    ),
  );
  log(`\nWrote ${path.relative(process.cwd(), out) || out} (${Math.round(durationS)} s)`);
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
