/**
 * Rows that publish: sign one tag, sign ten tags to one digest, sign into a role of 10,000 tags.
 * Each run signs tags no run signed before, so every run really publishes.
 */
import { fillRoles, roleFloor } from "./big-role.js";
import { notaryAddhash, notary, ours, oursSignAction, type RunFlags } from "./clients.js";
import { compareClients, type Client, type Row } from "./compare.js";
import { freshDir, freshNotaryDir, prepareRepository, tagImage, type BenchEnv } from "./env.js";

export interface RowOptions {
  runs: number;
  log: (m: string) => void;
  /** Appended to repository names, so that a row can run twice on one stack. */
  suffix?: string;
}

const GO_SIGN = "notary addhash -p";
const GO_SIGN_CACHED = "notary addhash -p, metadata cached";
const runId = (i: number) => (i < 0 ? "w" : String(i));
const tagsFor = (runs: number, prefixes: readonly string[]) =>
  [-1, ...Array.from({ length: runs }, (_, i) => i)].flatMap((i) => prefixes.map((p) => `${p}-${runId(i)}`));

export async function rowSignOne(env: BenchEnv, opts: RowOptions): Promise<Row> {
  const repo = `bench/sign-one${opts.suffix ?? ""}`;
  const { image, pushed } = await prepareRepository(env, repo);
  await tagImage(env, repo, pushed, tagsFor(opts.runs, ["cli", "act", "cached"]));
  const keepOurs = await freshDir(env, "ours-kept");
  const keepGo = await freshNotaryDir(env, "go-kept");
  const signArgs = (tag: string) => [`${image}:${tag}`, "--digest", pushed.digest, "--signer-key", env.signer.keyFile];
  env.setLatency(true);
  const clients: Client[] = [
    {
      label: "ours, CLI",
      side: "ours",
      versus: GO_SIGN,
      prepare: async (i) => {
        const dir = await freshDir(env, "ours");
        return () => ours(env, dir, "sign", signArgs(`cli-${runId(i)}`));
      },
    },
    {
      label: "ours, action",
      side: "ours",
      versus: GO_SIGN,
      prepare: async (i) => () => oursSignAction(env, { image: `${image}:act-${runId(i)}`, digest: pushed.digest }),
    },
    {
      label: GO_SIGN,
      side: "go",
      prepare: async (i) => {
        const dir = await freshNotaryDir(env);
        return () => notaryAddhash(env, dir, image, `go-${runId(i)}`, pushed, true);
      },
    },
    {
      label: "ours, CLI, root stored",
      side: "ours",
      versus: GO_SIGN_CACHED,
      prepare: async (i) => () => ours(env, keepOurs, "sign", signArgs(`cached-${runId(i)}`)),
    },
    {
      label: GO_SIGN_CACHED,
      side: "go",
      prepare: async (i) => () => notaryAddhash(env, keepGo, image, `gocached-${runId(i)}`, pushed, true),
    },
  ];
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  env.setLatency(false);
  return {
    id: "1",
    title: "Sign one tag",
    metric: "ms",
    lines,
    notes: [
      "Fresh trust directories on both sides (both fetch and trust the root); the cached lines keep ours' stored root and notary's whole metadata cache between runs.",
      "`notary addhash` takes the digest and size as arguments and never asks the registry; ours reads the manifest from the registry (in the same wave as the metadata), which is in Go's favour.",
    ],
  };
}

export async function rowSignTen(env: BenchEnv, opts: RowOptions): Promise<Row> {
  const repo = `bench/sign-ten${opts.suffix ?? ""}`;
  const { image, pushed } = await prepareRepository(env, repo);
  const ten = (prefix: string, i: number) => Array.from({ length: 10 }, (_, k) => `${prefix}${runId(i)}-${k}`);
  const all = [-1, ...Array.from({ length: opts.runs }, (_, i) => i)].flatMap((i) => [
    ...ten("cli", i),
    ...ten("act", i),
  ]);
  await tagImage(env, repo, pushed, all);
  env.setLatency(true);
  const GO = "notary addhash ×10 + publish";
  const clients: Client[] = [
    {
      label: "ours, CLI",
      side: "ours",
      versus: GO,
      prepare: async (i) => {
        const dir = await freshDir(env, "ours");
        const [first, ...rest] = ten("cli", i);
        return () =>
          ours(env, dir, "sign", [
            `${image}:${first}`,
            "--tags",
            rest.join(","),
            "--digest",
            pushed.digest,
            "--signer-key",
            env.signer.keyFile,
          ]);
      },
    },
    {
      label: "ours, action",
      side: "ours",
      versus: GO,
      prepare: async (i) => {
        const [first, ...rest] = ten("act", i);
        return () => oursSignAction(env, { image: `${image}:${first}`, tags: rest.join("\n"), digest: pushed.digest });
      },
    },
    {
      label: GO,
      side: "go",
      prepare: async (i) => {
        const dir = await freshNotaryDir(env);
        return async () => {
          const runs = [];
          for (const tag of ten("go", i)) runs.push(await notaryAddhash(env, dir, image, tag, pushed, false));
          runs.push(await notary(env, dir, ["publish", image]));
          return runs;
        };
      },
    },
  ];
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  env.setLatency(false);
  return {
    id: "2",
    title: "Sign ten tags to one digest",
    metric: "ms",
    lines,
    notes: [
      "notary stages ten `addhash` changes (no network) and publishes them with one `notary publish`; ours signs the ten tags in one run and one upload, after checking each tag in the registry.",
    ],
  };
}

/**
 * Row 1 against the Notary server in token mode, as hosted servers run: the first requests meet a
 * 401 and a Bearer challenge, and a token comes from the token endpoint before they are sent again.
 */
export async function rowSignTokenAuth(env: BenchEnv, opts: RowOptions): Promise<Row> {
  const repo = `bench/sign-token${opts.suffix ?? ""}`;
  const { image, pushed } = await prepareRepository(env, repo);
  await tagImage(env, repo, pushed, tagsFor(opts.runs, ["cli"]));
  env.setLatency(true);
  const clients = signPair(env, image, pushed, {
    ours: "ours, CLI, token auth",
    go: "notary addhash -p, token auth",
    flags: { tokenAuth: true },
  });
  const lines = await compareClients(env, opts.runs, clients, opts.log);
  env.setLatency(false);
  return {
    id: "8",
    title: "Sign one tag, Notary server in token mode",
    metric: "ms",
    lines,
    notes: [
      "The same notary-server behind a proxy that answers 401 with a Bearer challenge and issues tokens itself, as Docker Hub, Harbor and ACR front theirs: ours reads the credentials from a docker config, notary from NOTARY_AUTH. Token requests count as requests and waves.",
    ],
  };
}

/**
 * Our CLI signing tag `cli-<run>` of `image` in a fresh trust directory, and `notary addhash -p`
 * signing `go-<run>` in a fresh notary directory, both with `flags`.
 */
function signPair(
  env: BenchEnv,
  image: string,
  pushed: { size: number; digest: string },
  opts: { ours: string; go: string; flags: RunFlags },
): Client[] {
  return [
    {
      label: opts.ours,
      side: "ours",
      versus: opts.go,
      prepare: async (i) => {
        const dir = await freshDir(env, "ours");
        const args = [`${image}:cli-${runId(i)}`, "--digest", pushed.digest, "--signer-key", env.signer.keyFile];
        return () => ours(env, dir, "sign", args, opts.flags);
      },
    },
    {
      label: opts.go,
      side: "go",
      prepare: async (i) => {
        const dir = await freshNotaryDir(env);
        return () => notaryAddhash(env, dir, image, `go-${runId(i)}`, pushed, true, opts.flags);
      },
    },
  ];
}

export async function rowBigRole(env: BenchEnv, opts: RowOptions & { tags: number }): Promise<Row[]> {
  const repo = `bench/big${opts.suffix ?? ""}`;
  const { image, pushed } = await prepareRepository(env, repo);
  opts.log(`  filling targets/releases and targets/bench of ${image} with ${opts.tags} tags`);
  const { bytes, roleFile } = await fillRoles(env, image, opts.tags);
  await tagImage(env, repo, pushed, tagsFor(opts.runs, ["cli"]));
  const floor = await roleFloor(env, roleFile, 5);
  env.setLatency(true);
  const sign = signPair(env, image, pushed, { ours: "ours, CLI", go: GO_SIGN, flags: { memory: true } });
  const signLines = await compareClients(env, opts.runs, sign, opts.log);
  const GO_LIST = "notary list";
  const inspect: Client[] = [
    {
      label: "ours, CLI inspect",
      side: "ours",
      versus: GO_LIST,
      prepare: async () => {
        const dir = await freshDir(env, "ours");
        return () => ours(env, dir, "inspect", [image, "--json"], { memory: true });
      },
    },
    {
      label: GO_LIST,
      side: "go",
      prepare: async () => {
        const dir = await freshNotaryDir(env);
        return () => notary(env, dir, ["list", image], { memory: true });
      },
    },
  ];
  const inspectLines = await compareClients(env, opts.runs, inspect, opts.log);
  env.setLatency(false);
  const kb = Math.round(bytes / 1024);
  const oursSign = signLines.find((l) => l.side === "ours")!.summary;
  const memoryNote =
    oursSign.peakHeapKb && oursSign.peakRssKb
      ? `Of ours' ${Math.round(oursSign.peakRssKb / 1024)} MiB peak RSS, at most ${Math.round(oursSign.peakHeapKb / 1024)} MiB is V8 heap in use (both roles parsed, the two files signed and parsed back); the rest is the runtime (about 60 MiB for \`content-trust --help\`) and heap V8 reserves for short-lived objects. It grows with the role size, not with the number of runs or tags signed.`
      : undefined;
  const floorNote = `In-process floor for one ${kb} KiB role (Node ${process.versions.node}, this bench's process): parse ${floor.parseMs.toFixed(0)} ms, add a tag + sign it as an edit of the role read ${floor.signMs.toFixed(0)} ms (written whole: ${floor.wholeMs.toFixed(0)} ms), sha256+sha512 ${floor.hashMs.toFixed(1)} ms.`;
  return [
    {
      id: "5",
      title: `Sign one tag into roles of ${opts.tags.toLocaleString("en")} tags`,
      metric: "ms",
      lines: signLines,
      notes: [
        `targets/releases and targets/bench each hold ${opts.tags.toLocaleString("en")} tags (${kb} KiB per file); a sign downloads both and uploads both; ours then fetches both back by the hash of what it uploaded (proof that the server stores those bytes) and checks them as already parsed. Peak RSS is the process's maximum resident set.`,
        floorNote,
        ...(memoryNote ? [memoryNote] : []),
      ],
    },
    {
      id: "5b",
      title: `Inspect that repository (${(2 * opts.tags).toLocaleString("en")} signed targets)`,
      metric: "ms",
      lines: inspectLines,
      notes: ["ours prints docker trust inspect's JSON; notary list prints one line per tag."],
    },
  ];
}
