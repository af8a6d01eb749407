// Scale: a repository with 10,000 tags in targets/releases and targets/ci and three more
// delegations (targets/a, b, c sharing the tags), built with our own publisher, then read by the
// bundled CLI (`inspect --json`, `verify`) in child processes whose peak memory is measured.
// The test asserts what was read; memory and time are printed, never asserted.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { useStack } from "../stack/use-stack.js";
import { createOwnedRepo, targetMeta, type OwnedRepo } from "../helpers/owned-repo.js";
import { NODE24 } from "../helpers/runner.js";

const stack = useStack();
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = process.env.CONTENT_TRUST_CLI ?? path.join(repoRoot, "dist/cli/index.js");
const TAGS = 10_000;
const EXTRA = ["targets/a", "targets/b", "targets/c"];

// Samples memory every 5 ms in the child and reports the peaks on exit (rss also from getrusage).
const SAMPLER = `data:text/javascript,${encodeURIComponent(
  "let rss=0,heap=0;const s=()=>{const m=process.memoryUsage();rss=Math.max(rss,m.rss);heap=Math.max(heap,m.heapUsed)};" +
    "setInterval(s,5).unref();process.on('exit',()=>{s();rss=Math.max(rss,process.resourceUsage().maxRSS*1024);" +
    "process.stderr.write('\\nMEMORY '+JSON.stringify({rss,heap})+'\\n')})",
)}`;

let repo: OwnedRepo | undefined;
afterAll(() => repo?.close());

interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  rssMiB: number;
  heapMiB: number;
}

function measure(args: string[]): Promise<Measured> {
  const home = mkdtempSync(path.join(os.tmpdir(), "ct-scale-"));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(NODE24, ["--import", SAMPLER, CLI, ...args, "--trust-dir", path.join(home, "trust")], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      const m = JSON.parse(/MEMORY (.*)/.exec(stderr)?.[1] ?? '{"rss":0,"heap":0}') as { rss: number; heap: number };
      const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString(),
        stderr,
        ms: Date.now() - started,
        rssMiB: mib(m.rss),
        heapMiB: mib(m.heap),
      });
    });
  });
}

const digestOf = (i: number) => createHash("sha256").update(`manifest ${i}`).digest("hex");

it(`reads a repository with ${TAGS} tags and five delegations in bounded memory`, async () => {
  repo = await createOwnedRepo(stack, "scale");
  const { ci } = repo.keys;
  await repo.publishTargets((t) => {
    for (const name of EXTRA) t.delegations.roles!.push({ name, keyIds: [ci.keyId], threshold: 1, paths: [""] });
  });
  const tag = (i: number) => `t${i}`;
  const fill = (from: number, to: number) => (t: { targets: Map<string, ReturnType<typeof targetMeta>> }) => {
    for (let i = from; i < to; i++) t.targets.set(tag(i), targetMeta(digestOf(i), 1000 + i));
  };
  const built = Date.now();
  await repo.publishDelegation("targets/releases", fill(0, TAGS));
  await repo.publishDelegation("targets/ci", fill(0, TAGS));
  const third = Math.ceil(TAGS / EXTRA.length);
  for (const [k, name] of EXTRA.entries())
    await repo.publishDelegation(name, fill(k * third, Math.min(TAGS, (k + 1) * third)));
  const buildMs = Date.now() - built;
  const sizes = await Promise.all(
    ["targets/releases", "targets/ci", ...EXTRA].map(
      async (r) => `${r} ${Math.round((await repo!.fetch(r)).length / 1024)} KiB`,
    ),
  );

  const common = ["--notary-server", stack.notary.local.url, "--ca-cert", stack.caFile];
  const inspected = await measure(["inspect", repo.gun, "--json", ...common]);
  expect(inspected.code, inspected.stderr).toBe(0);
  const [report] = JSON.parse(inspected.stdout) as {
    SignedTags: { SignedTag: string; Digest: string; Signers: string[] }[];
  }[];
  expect(report!.SignedTags).toHaveLength(TAGS);
  const byTag = new Map(report!.SignedTags.map((t) => [t.SignedTag, t]));
  for (const i of [0, 1, third, TAGS - 1]) {
    const row = byTag.get(tag(i))!;
    expect(row.Digest).toBe(digestOf(i));
    expect([...row.Signers].sort()).toEqual(["abc"[Math.floor(i / third)]!, "ci"]);
  }

  const verified = await measure(["verify", `${repo.gun}:${tag(TAGS - 1)}`, "--signers", "ci", "--json", ...common]);
  expect(verified.code, verified.stderr).toBe(0);
  expect(verified.stdout).toContain(digestOf(TAGS - 1));

  const small = await createOwnedRepo(stack, "scale-small");
  try {
    await small.publishDelegation("targets/releases", (t) => void t.targets.set("v1", targetMeta(digestOf(0), 1)));
    const baseline = await measure(["inspect", small.gun, "--json", ...common]);
    expect(baseline.code, baseline.stderr).toBe(0);
    console.log(
      [
        `scale: published ${TAGS} tags (${sizes.join(", ")}) in ${buildMs} ms`,
        `  inspect --json, ${TAGS} tags: peak RSS ${inspected.rssMiB} MiB, peak heap (sampled) ${inspected.heapMiB} MiB, ${inspected.ms} ms`,
        `  verify one tag of ${TAGS}:     peak RSS ${verified.rssMiB} MiB, peak heap (sampled) ${verified.heapMiB} MiB, ${verified.ms} ms`,
        `  inspect --json, 1 tag:       peak RSS ${baseline.rssMiB} MiB, peak heap (sampled) ${baseline.heapMiB} MiB, ${baseline.ms} ms`,
      ].join("\n"),
    );
  } finally {
    small.close();
  }
});
