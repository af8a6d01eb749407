/**
 * Dockerfiles in the workspace, named by paths or globs relative to it, and read within bounds.
 *
 * Globs: `*` and `?` match within one path component, `**` any number of components; `.git` and
 * `node_modules` are not searched. Symbolic links are followed, to files and to directories, as
 * long as they stay inside the workspace (a link out of it is not followed: a glob reads nothing
 * outside the checkout); a file reached under two names is listed once, under the first in name
 * order. A glob leaves out BuildKit's per-Dockerfile ignore files (`Dockerfile.dockerignore`).
 * A literal path must exist, and is read wherever it leads; pinning writes only inside the
 * workspace (pinnablePath). A glob must match something.
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
    const matched = (await walk(path.resolve(cwd, base || "."), base, cwd))
      .filter((f) => re.test(f.name) && !f.name.endsWith(".dockerignore"))
      .sort(byName);
    const seen = new Set<string>();
    const found = matched.filter((f) => !seen.has(f.real) && seen.add(f.real)).map((f) => f.name);
    if (!found.length)
      throw new UsageError(`${setting("dockerfile")} pattern ${pattern} matched no file`, {
        hint: `patterns are relative to ${phrase("base-directory")}; ** matches any depth`,
      });
    found.forEach((f) => add(relativeName(cwd, f)));
  }
  return out;
}

/**
 * Where pinning may write `file`: its real path, when that is inside the workspace `cwd` (a link
 * or a `../` path out of it is read and verified, never written), else undefined.
 */
export async function pinnablePath(cwd: string, file: string): Promise<string | undefined> {
  const top = await realpath(cwd).catch(() => path.resolve(cwd));
  const real = await realpath(path.resolve(cwd, file)).catch(() => undefined);
  return real && real.startsWith(top + path.sep) ? real : undefined;
}

/** A Dockerfile's bytes, refused when they cannot be read or are larger than 1 MiB. */
export async function readDockerfileBytes(cwd: string, file: string): Promise<Buffer> {
  const read = await readFileAtMost(path.resolve(cwd, file), MAX_DOCKERFILE_BYTES).catch(
    (err: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read dockerfile ${file} (${err.code ?? "error"})`);
    },
  );
  if (read.tooLarge)
    throw new UsageError(`dockerfile ${file} is larger than 1 MiB`, { hint: "is it really a Dockerfile?" });
  return read.bytes;
}

/** A Dockerfile's text, refused when it cannot be read or is larger than 1 MiB. */
export async function readDockerfile(cwd: string, file: string): Promise<string> {
  return (await readDockerfileBytes(cwd, file)).toString("utf8");
}

/**
 * Files under `dir` (through symbolic links that stay inside `root`), named `prefix/…` with `/`
 * separators, with the real path of each.
 */
async function walk(dir: string, prefix: string, root: string): Promise<{ name: string; real: string }[]> {
  const out: { name: string; real: string }[] = [];
  const top = await realpath(root).catch(() => path.resolve(root));
  const inside = (real: string) => real === top || real.startsWith(top + path.sep);
  let seen = 0;
  // `above`: the real paths of the directories being searched, from the top down to this one. A
  // link to one of them is a loop; any other directory is searched under each of its names.
  // `known`: the real path when no link led here (the parent's real path and the entry's name).
  const visit = async (abs: string, rel: string, above: readonly string[], known?: string): Promise<void> => {
    const real = known ?? (await realpath(abs).catch(() => abs));
    if (above.includes(real) || !inside(real)) return;
    const chain = [...above, real];
    const entries = (await readdir(abs, { withFileTypes: true }).catch(() => [])).sort(byName);
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES)
        throw new UsageError(`dockerfile glob searched more than ${MAX_WALK_ENTRIES} entries`, {
          hint: "narrow the pattern",
        });
      const name = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(abs, e.name);
      const kind = e.isSymbolicLink() ? await stat(full).catch(() => undefined) : e;
      if (kind?.isDirectory() && !SKIP_DIRS.has(e.name))
        await visit(full, name, chain, e.isSymbolicLink() ? undefined : path.join(real, e.name));
      else if (kind?.isFile()) {
        const fileReal = e.isSymbolicLink() ? await realpath(full).catch(() => undefined) : path.join(real, e.name);
        if (fileReal && inside(fileReal)) out.push({ name, real: fileReal });
      }
    }
  };
  await visit(dir, prefix, []);
  return out;
}

/** In name order (code units), so that the walk and its results do not depend on the file system. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function relativeName(cwd: string, file: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
  return rel.startsWith("..") ? file : rel;
}
