/**
 * Rows that read: inspect one repository, verify twenty images, and start-up (spawn to the first
 * request) of every dist entry, with bundle sizes and the proof that a key-file sign never needs
 * the AWS SDK chunk.
 */
import { cp, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { NODE24 } from "../test/helpers/runner.js";
import { docker, notary, notaryAddhash, ours, oursSignAction, oursVerifyAction } from "./clients.js";
import { compareClients, type Client, type Row } from "./compare.js";
import { fillRoles } from "./big-role.js";
import {
  freshDir,
  freshDockerConfig,
  freshNotaryDir,
  prepareRepository,
  prepareSignersRepository,
  repoRoot,
  tagImage,
  type BenchEnv,
} from "./env.js";
import { check, median, runProcess } from "./measure.js";
import type { RowOptions } from "./rows-sign.js";

const runId = (i: number) => (i < 0 ? "w" : String(i));

export async function rowInspect(env: BenchEnv, opts: RowOptions): Promise<Row> {
  const { image } = await prepareRepository(env, `bench/inspect${opts.suffix ?? ""}`);
  const keepOurs = await freshDir(env, "ours-kept");
  const keepGo = await freshNotaryDir(env, "go-kept");
  const keepDocker = await freshDockerConfig(env);
  env.setLatency(true);
  const NOTARY = "notary list";
  const DOCKER = "docker trust inspect";
  const clients: Client[] = [
    {
      label: "ours, CLI",
      side: "ours",
      versus: NOTARY,
      prepare: async () => {
        const dir = await freshDir(env, "ours");
        return () => ours(env, dir, "inspect", [image, "--json"]);
      },
    },
    {
      label: NOTARY,
      side: "go",
      prepare: async () => {
        const dir = await freshNotaryDir(env);
        return () => notary(env, dir, ["list", image]);
      },
    },
    {
      label: DOCKER,
      side: "go",
      prepare: async () => {
        const dir = await freshDockerConfig(env);
        return () => docker(env, dir, ["trust", "inspect", image]);
      },
    },
    {
      label: "ours, CLI, root stored",
      side: "ours",
      versus: `${NOTARY}, metadata cached`,
      prepare: async () => () => ours(env, keepOurs, "inspect", [image, "--json"]),
    },
    {
      label: `${NOTARY}, metadata cached`,
      side: "go",
      prepare: async () => () => notary(env, keepGo, ["list", image]),
    },
    {
      label: `${DOCKER}, metadata cached`,
      side: "go",
      prepare: async () => () => docker(env, keepDocker, ["trust", "inspect", image]),
    },
  ];
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  env.setLatency(false);
  return {
    id: "3",
    title: "Inspect one repository",
    metric: "ms",
    lines,
    notes: [
      "ours: `content-trust inspect --json` (docker trust inspect's JSON). The repository has targets, targets/releases and targets/bench.",
    ],
  };
}

/** Signers added beside targets/bench for row 7: with targets/releases, five delegations. */
const MORE_SIGNERS = ["alice", "bob", "carol"] as const;

/**
 * Row 7: inspect a repository whose five delegations (targets/releases and four signers) each hold
 * the same `tags` tags, as after every signer signed every tag: what a reader of a busy
 * repository meets. Peak RSS is the point of the row.
 */
export async function rowInspectSigners(env: BenchEnv, opts: RowOptions & { tags: number }): Promise<Row> {
  const { image, roles } = await prepareSignersRepository(env, `bench/signers${opts.suffix ?? ""}`, MORE_SIGNERS);
  opts.log(`  filling ${roles.join(", ")} of ${image} with ${opts.tags} tags`);
  const { bytes } = await fillRoles(env, image, opts.tags, roles);
  env.setLatency(true);
  const NOTARY = "notary list";
  const DOCKER = "docker trust inspect";
  const memory = { memory: true };
  const clients: Client[] = [
    {
      label: "ours, CLI inspect",
      side: "ours",
      versus: DOCKER,
      prepare: async () => {
        const dir = await freshDir(env, "ours");
        return () => ours(env, dir, "inspect", [image, "--json"], memory);
      },
    },
    {
      label: DOCKER,
      side: "go",
      prepare: async () => {
        const dir = await freshDockerConfig(env);
        return () => docker(env, dir, ["trust", "inspect", image], memory);
      },
    },
    {
      label: NOTARY,
      side: "go",
      prepare: async () => {
        const dir = await freshNotaryDir(env);
        return () => notary(env, dir, ["list", image], memory);
      },
    },
  ];
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  env.setLatency(false);
  return {
    id: "7",
    title: `Inspect one repository (${opts.tags.toLocaleString("en")} tags across 5 delegations)`,
    metric: "ms",
    lines,
    notes: [
      `${roles.join(", ")} each hold the same ${opts.tags.toLocaleString("en")} tags (${Math.round(bytes / 1024)} KiB per file). ours and docker print docker trust inspect's JSON (each tag with its four signers); notary list prints the released tags.`,
    ],
  };
}

export async function rowVerify(env: BenchEnv, opts: RowOptions & { images: number }): Promise<Row> {
  const images: string[] = [];
  for (let k = 1; k <= opts.images; k++) {
    const { image } = await prepareRepository(env, `bench/verify-${String(k).padStart(2, "0")}${opts.suffix ?? ""}`);
    images.push(`${image}:v1`);
  }
  env.setLatency(true);
  const DOCKER = `docker trust inspect ×${opts.images}`;
  const clients: Client[] = [
    {
      label: `ours, CLI verify ×${opts.images}`,
      side: "ours",
      versus: DOCKER,
      prepare: async () => {
        const dir = await freshDir(env, "ours");
        return () => ours(env, dir, "verify", images);
      },
    },
    {
      label: `ours, action verify ×${opts.images}`,
      side: "ours",
      versus: DOCKER,
      prepare: async () => () => oursVerifyAction(env, images),
    },
    {
      label: DOCKER,
      side: "go",
      prepare: async () => {
        const dir = await freshDockerConfig(env);
        return () => docker(env, dir, ["trust", "inspect", ...images]);
      },
    },
    {
      label: "ours, CLI verify ×1",
      side: "ours",
      versus: "docker trust inspect ×1",
      prepare: async () => {
        const dir = await freshDir(env, "ours");
        return () => ours(env, dir, "verify", images.slice(0, 1));
      },
    },
    {
      label: "docker trust inspect ×1",
      side: "go",
      prepare: async () => {
        const dir = await freshDockerConfig(env);
        return () => docker(env, dir, ["trust", "inspect", images[0]!]);
      },
    },
  ];
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  env.setLatency(false);
  return {
    id: "4",
    title: `Verify ${opts.images} images (${opts.images} repositories)`,
    metric: "ms",
    lines,
    notes: [
      `${opts.images} repositories, each with tag v1 signed by targets/releases and targets/bench. docker gets all ${opts.images} in one process (it reads them one after another); ours verifies them in parallel.`,
    ],
  };
}

export interface StartupExtras {
  /** Median of spawning Node 24 with `-e 0`: the runtime's own start-up, the floor of ours. */
  nodeBareMs: number;
  /**
   * Median spawn-to-first-request of Node 24 running nothing but one https GET to the same Notary
   * proxy, with the same CA file: the floor of this row for any client on this runtime.
   */
  nodeHttpsMs: number;
  bundles: { file: string; bytes: number; holds?: "aws-sdk" | "actions-cache" }[];
  /** A key-file sign with every AWS SDK chunk removed from copies of dist/sign and dist/cli. */
  withoutKmsChunk: { entry: string; ok: boolean; detail: string }[];
}

/** One https GET, the response drained: what any Node client must do before its first request. */
const HTTPS_FLOOR = [
  'const fs = require("node:fs");',
  'require("node:https").get(process.env.FLOOR_URL, { ca: fs.readFileSync(process.env.FLOOR_CA) }, (r) => r.resume());',
].join(" ");

export async function rowStartup(env: BenchEnv, opts: RowOptions): Promise<{ row: Row; extras: StartupExtras }> {
  const repo = `bench/start${opts.suffix ?? ""}`;
  const { image, pushed } = await prepareRepository(env, repo);
  const runs = [-1, ...Array.from({ length: opts.runs }, (_, i) => i)];
  await tagImage(
    env,
    repo,
    pushed,
    runs.flatMap((i) => [`cli-${runId(i)}`, `act-${runId(i)}`, "nokms-cli", "nokms-act"]),
  );
  env.setLatency(true);
  const clients: Client[] = [
    {
      label: "ours, dist/cli sign",
      side: "ours",
      versus: "notary addhash -p",
      prepare: async (i) => {
        const dir = await freshDir(env, "ours");
        return () =>
          ours(env, dir, "sign", [
            `${image}:cli-${runId(i)}`,
            "--digest",
            pushed.digest,
            "--signer-key",
            env.signer.keyFile,
          ]);
      },
    },
    {
      label: "ours, dist/sign (action)",
      side: "ours",
      versus: "notary addhash -p",
      prepare: async (i) => () => oursSignAction(env, { image: `${image}:act-${runId(i)}`, digest: pushed.digest }),
    },
    {
      label: "ours, dist/verify (action)",
      side: "ours",
      versus: "docker trust inspect",
      prepare: async () => () => oursVerifyAction(env, [`${image}:v1`]),
    },
    {
      label: "notary addhash -p",
      side: "go",
      prepare: async (i) => {
        const dir = await freshNotaryDir(env);
        return () => notaryAddhash(env, dir, image, `go-${runId(i)}`, pushed, true);
      },
    },
    {
      label: "docker trust inspect",
      side: "go",
      prepare: async () => {
        const dir = await freshDockerConfig(env);
        return () => docker(env, dir, ["trust", "inspect", `${image}:v1`]);
      },
    },
  ];
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  const withoutKmsChunk = await signWithoutKmsChunk(env, image, pushed.digest);
  const bare: number[] = [];
  for (let i = 0; i < Math.max(3, opts.runs); i++) {
    const run = check(
      await runProcess(NODE24, ["-e", "0"], { env: { PATH: process.env.PATH ?? "/usr/bin:/bin" } }),
      "node -e 0",
    );
    bare.push(run.exitedAt - run.startedAt);
  }
  const https: number[] = [];
  for (let i = 0; i < Math.max(3, opts.runs); i++) {
    const sample = await env.traffic.measure(async () =>
      check(
        await runProcess(NODE24, ["-e", HTTPS_FLOOR], {
          env: { PATH: process.env.PATH ?? "/usr/bin:/bin", FLOOR_URL: `${env.notaryUrl}/v2/`, FLOOR_CA: env.caFile },
        }),
        "node -e <one https request>",
      ),
    );
    if (sample.firstRequestMs !== undefined) https.push(sample.firstRequestMs);
  }
  env.setLatency(false);
  const bundles = await bundleSizes(env);
  const connectionAt = lines
    .filter((l) => l.summary.firstConnectionMs !== undefined)
    .map((l) => `${l.label} ${Math.round(l.summary.firstConnectionMs!)} ms`)
    .join(", ");
  return {
    row: {
      id: "6",
      title: "Start-up: process spawn to its first request",
      metric: "firstRequestMs",
      lines,
      notes: [
        "Measured from spawn (for the actions: from the runner emulation's call, which also writes the GITHUB_* files) to the first request at either proxy; the median ms column is the whole run.",
        `First connection opened, from spawn (median): ${connectionAt}. Ours opens its Notary server's connections before the command's code is loaded; the first request follows once the first wave is planned, and waits for whatever is left of the connection's set-up.`,
        "The action runs have no Actions cache service (as outside GitHub): on github.com the trust cache's own requests to the cache service come before the first Notary request.",
      ],
    },
    extras: { bundles, withoutKmsChunk, nodeBareMs: median(bare), nodeHttpsMs: median(https) },
  };
}

/**
 * Sizes of what dist/ holds: the thin entry files (dist/<entry>/index.js), the shared bundle every
 * entry imports (dist/index.js) and the chunks it loads on demand, with the chunks that hold the
 * AWS SDK or @actions/cache named.
 */
async function bundleSizes(env: BenchEnv): Promise<StartupExtras["bundles"]> {
  const out: StartupExtras["bundles"] = [];
  const dist = path.join(env.distRoot, "dist");
  const listed = await readdir(dist, { withFileTypes: true });
  for (const entry of listed
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    for (const name of (await readdir(path.join(dist, entry))).filter((n) => n.endsWith(".js")).sort()) {
      out.push({ file: `dist/${entry}/${name}`, bytes: (await stat(path.join(dist, entry, name))).size });
    }
  }
  const files = listed.filter((e) => e.isFile() && e.name.endsWith(".js")).map((e) => e.name);
  for (const name of files.sort((a, b) =>
    a === "index.js" ? -1 : b === "index.js" ? 1 : a.localeCompare(b, "en", { numeric: true }),
  )) {
    const file = path.join(dist, name);
    const text = await readFile(file, "utf8");
    const holds = isKmsChunk(name, text) ? "aws-sdk" : isCacheChunk(name, text) ? "actions-cache" : undefined;
    out.push({ file: `dist/${name}`, bytes: (await stat(file)).size, ...(holds ? { holds } : {}) });
  }
  return out;
}

/** A chunk of the AWS SDK itself (its KMS client, or its core that only the SDK loads); not our KMS signer. */
function isKmsChunk(name: string, text: string): boolean {
  return /^\d+\.index\.js$/.test(name) && /class KMSClient\b|["']@aws-sdk\/core["']|@aws-sdk\/core\//.test(text);
}

/** The chunk that holds @actions/cache itself (the action's own trust-cache code only names its calls). */
function isCacheChunk(name: string, text: string): boolean {
  return /^\d+\.index\.js$/.test(name) && text.includes("node_modules/@actions/cache/") && !isKmsChunk(name, text);
}

/**
 * Copies dist/ without its AWS SDK chunks and signs with a key file through dist/sign and dist/cli
 * of the copy: if either ever loaded such a chunk, the run would fail with a missing module.
 */
async function signWithoutKmsChunk(
  env: BenchEnv,
  image: string,
  digest: string,
): Promise<StartupExtras["withoutKmsChunk"]> {
  const copy = path.join(env.work, "no-kms");
  const results: StartupExtras["withoutKmsChunk"] = [];
  await rm(copy, { recursive: true, force: true });
  try {
    const from = path.join(env.distRoot, "dist");
    const removed: string[] = [];
    await cp(from, path.join(copy, "dist"), { recursive: true });
    for (const name of await readdir(from)) {
      if (name.endsWith(".js") && isKmsChunk(name, await readFile(path.join(from, name), "utf8"))) {
        removed.push(name);
        await rm(path.join(copy, "dist", name));
      }
    }
    for (const entry of ["sign", "cli"]) {
      const to = path.join(copy, "dist", entry);
      const detail = removed.length ? `removed ${removed.join(", ")}` : "no AWS SDK chunk found";
      try {
        if (entry === "sign") {
          await cp(path.join(env.distRoot, "action.yml"), path.join(copy, "action.yml"));
          await oursSignAction(env, { image: `${image}:nokms-act`, digest }, path.relative(repoRoot, copy));
        } else {
          const dir = await freshDir(env, "ours");
          check(
            await runProcess(
              NODE24,
              [
                path.join(to, "index.js"),
                "sign",
                `${image}:nokms-cli`,
                "--digest",
                digest,
                "--signer-key",
                env.signer.keyFile,
                "--notary-server",
                env.notaryUrl,
                "--ca-cert",
                env.caFile,
                "--insecure-registry",
                env.registryHost,
                "--trust-dir",
                dir,
              ],
              {
                env: {
                  PATH: process.env.PATH ?? "/usr/bin:/bin",
                  HOME: dir,
                  DOCKER_CONFIG: dir,
                  CONTENT_TRUST_PASSPHRASE: env.signer.passphrase,
                },
              },
            ),
            "content-trust sign without the KMS chunk",
          );
        }
        results.push({ entry: `dist/${entry}`, ok: removed.length > 0, detail: `${detail}; key-file sign succeeded` });
      } catch (err) {
        results.push({
          entry: `dist/${entry}`,
          ok: false,
          detail: `${detail}; key-file sign FAILED: ${(err as Error).message.split("\n")[0]}`,
        });
      }
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  return results;
}
