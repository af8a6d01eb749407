/**
 * The images to verify, from the `images` input and the FROM lines of the `dockerfile` input
 * (paths or globs relative to the workspace). A FROM whose image cannot be worked out becomes a
 * failing target on its line; `scratch` and stage references are not images and are left out.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. A literal path must exist and a glob must match something.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describeError, UsageError } from "../errors.js";
import type { DockerfileFrom } from "./dockerfile.js";
import { inputLines } from "./verify-policy.js";
import type { VerifyTarget } from "./verify.js";
import { phrase, setting } from "../wording.js";

export interface TargetSources {
  /** Input `images`: one reference a line. */
  images?: string | readonly string[];
  /** Input `dockerfile`: paths or globs, one a line. */
  dockerfiles?: string | readonly string[];
  /** Input `build-args`, parsed (see parseBuildArgs). */
  buildArgs?: Readonly<Record<string, string>>;
  /** The workspace: patterns are relative to it and file names in results are relative to it. */
  cwd: string;
}

export interface CollectedTargets {
  targets: VerifyTarget[];
  /** Every Dockerfile read, with all its FROMs (skipped ones too), for logs and pinning. */
  dockerfiles: { file: string; froms: DockerfileFrom[] }[];
}

const MAX_DOCKERFILE_BYTES = 1024 * 1024;
const MAX_WALK_ENTRIES = 50_000;
const SKIP_DIRS = new Set([".git", "node_modules"]);

/** The Dockerfile parser, loaded only by a run that reads Dockerfiles (start-up time). */
const dockerfileParser = () => import("./dockerfile.js");

export async function collectTargets(sources: TargetSources): Promise<CollectedTargets> {
  const targets: VerifyTarget[] = inputLines(sources.images).map((reference) => ({ reference }));
  const dockerfiles: CollectedTargets["dockerfiles"] = [];
  for (const file of await findDockerfiles(inputLines(sources.dockerfiles), sources.cwd)) {
    const text = await readDockerfile(sources.cwd, file);
    let froms: DockerfileFrom[];
    try {
      froms = (await dockerfileParser()).parseDockerfile(text, { file, ...(sources.buildArgs ? { buildArgs: sources.buildArgs } : {}) });
    } catch (err) {
      if (!(err instanceof (await dockerfileParser()).DockerfileError)) throw err;
      targets.push({ reference: file, file, line: err.line, error: describeError(err) });
      continue;
    }
    dockerfiles.push({ file, froms });
    if (!froms.length) targets.push({ reference: file, file, line: 1, error: `${file}: no FROM instruction` });
    for (const from of froms) {
      if (from.skipped) continue;
      targets.push({
        reference: from.image ?? from.raw,
        file,
        line: from.line,
        column: from.column,
        ...(from.error ? { error: from.error } : {}),
      });
    }
  }
  return { targets, dockerfiles };
}

/** Files named by `patterns`, relative to `cwd` with `/` separators, in pattern order without repeats. */
export async function findDockerfiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const add = (f: string) => {
    if (!out.includes(f)) out.push(f);
  };
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
    if (!/[*?]/.test(pattern)) {
      const info = await stat(path.resolve(cwd, pattern)).catch(() => undefined);
      if (!info?.isFile()) throw new UsageError(`${setting("dockerfile")} ${pattern} was not found`, { hint: `give a path relative to ${phrase("base-directory")}, or a glob such as **/Dockerfile` });
      add(relativeName(cwd, pattern));
      continue;
    }
    const segments = pattern.split("/");
    const fixed = segments.findIndex((s) => /[*?]/.test(s));
    const base = segments.slice(0, fixed).join("/");
    const re = globRegex(pattern);
    const found = (await walk(path.resolve(cwd, base || "."), base)).filter((f) => re.test(f)).sort();
    if (!found.length) throw new UsageError(`${setting("dockerfile")} pattern ${pattern} matched no file`, { hint: `patterns are relative to ${phrase("base-directory")}; ** matches any depth` });
    found.forEach((f) => add(relativeName(cwd, f)));
  }
  return out;
}

async function readDockerfile(cwd: string, file: string): Promise<string> {
  const bytes = await readFile(path.resolve(cwd, file)).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read dockerfile ${file} (${err.code ?? "error"})`);
  });
  if (bytes.length > MAX_DOCKERFILE_BYTES) throw new UsageError(`dockerfile ${file} is larger than 1 MiB`, { hint: "is it really a Dockerfile?" });
  return bytes.toString("utf8");
}

function globRegex(pattern: string): RegExp {
  const parts = pattern.split("/").map((seg, i, all) => {
    if (seg === "**") return i === all.length - 1 ? ".*" : "(?:[^/]+/)*";
    const body = seg.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
    return i === all.length - 1 ? body : `${body}/`;
  });
  return new RegExp(`^${parts.join("")}$`);
}

/** Files under `dir`, named `prefix/…` with `/` separators. */
async function walk(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let seen = 0;
  const visit = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES) throw new UsageError(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, { hint: "narrow the pattern" });
      const name = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) await visit(path.join(abs, e.name), name);
      else if (e.isFile()) out.push(name);
    }
  };
  await visit(dir, prefix);
  return out;
}

function relativeName(cwd: string, file: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
  return rel.startsWith("..") ? file : rel;
}
