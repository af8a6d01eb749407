/**
 * Dockerfiles in the workspace, named by paths or globs relative to it, and read within bounds.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. Symbolic links are followed, to files and to directories (each
 * directory is searched once), and a glob leaves out BuildKit's per-Dockerfile ignore files
 * (`Dockerfile.dockerignore`). A literal path must exist and a glob must match something.
 */
import { readdir, realpath, stat } from "node:fs/promises";
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
    const found = (await walk(path.resolve(cwd, base || "."), base))
      .filter((f) => re.test(f) && !f.endsWith(".dockerignore"))
      .sort();
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

/** Files under `dir` (through symbolic links too), named `prefix/…` with `/` separators. */
async function walk(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  const searched = new Set<string>();
  let seen = 0;
  const visit = async (abs: string, rel: string): Promise<void> => {
    // A link back to a directory above would otherwise be searched without end.
    const real = await realpath(abs).catch(() => abs);
    if (searched.has(real)) return;
    searched.add(real);
    // In name order, so that a directory reached under two names is always searched under the same one.
    const entries = (await readdir(abs, { withFileTypes: true }).catch(() => [])).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, {
          hint: "narrow the pattern",
        });
      const name = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(abs, e.name);
      const kind = e.isSymbolicLink() ? await stat(full).catch(() => undefined) : e;
      if (kind?.isDirectory() && !SKIP_DIRS.has(e.name)) await visit(full, name);
      else if (kind?.isFile()) out.push(name);
    }
  };
  await visit(dir, prefix);
  return out;
}

function relativeName(cwd: string, file: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
  return rel.startsWith("..") ? file : rel;
}
