/**
 * Dockerfiles in the workspace, named by paths or globs relative to it, and read within bounds.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. A literal path must exist and a glob must match something.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { readFileAtMost } from "../bounded-file.js";
import { UsageError } from "../errors.js";
import { globRegExp } from "../glob.js";
import { phrase, setting } from "../wording.js";

const MAX_DOCKERFILE_BYTES = 1024 * 1024;
const MAX_WALK_ENTRIES = 50_000;
const SKIP_DIRS = new Set([".git", "node_modules"]);

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
      if (!info?.isFile())
        throw new UsageError(`${setting("dockerfile")} ${pattern} was not found`, {
          hint: `give a path relative to ${phrase("base-directory")}, or a glob such as **/Dockerfile`,
        });
      add(relativeName(cwd, pattern));
      continue;
    }
    const segments = pattern.split("/");
    const fixed = segments.findIndex((s) => /[*?]/.test(s));
    const base = segments.slice(0, fixed).join("/");
    const re = globRegExp(pattern);
    const found = (await walk(path.resolve(cwd, base || "."), base)).filter((f) => re.test(f)).sort();
    if (!found.length)
      throw new UsageError(`${setting("dockerfile")} pattern ${pattern} matched no file`, {
        hint: `patterns are relative to ${phrase("base-directory")}; ** matches any depth`,
      });
    found.forEach((f) => add(relativeName(cwd, f)));
  }
  return out;
}

/** A Dockerfile's text, refused when it cannot be read or is larger than 1 MiB. */
export async function readDockerfile(cwd: string, file: string): Promise<string> {
  const read = await readFileAtMost(path.resolve(cwd, file), MAX_DOCKERFILE_BYTES).catch(
    (err: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read dockerfile ${file} (${err.code ?? "error"})`);
    },
  );
  if (read.tooLarge)
    throw new UsageError(`dockerfile ${file} is larger than 1 MiB`, { hint: "is it really a Dockerfile?" });
  return read.bytes.toString("utf8");
}

/** Files under `dir`, named `prefix/…` with `/` separators. */
async function walk(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let seen = 0;
  const visit = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, {
          hint: "narrow the pattern",
        });
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
