/**
 * The images a Dockerfile builds from (each stage's base, and what `COPY --from` and
 * `RUN --mount=…,from=` pull into a stage), read as `docker build` (BuildKit) reads them: `ARG`s declared
 * before the first `FROM` are the only variables a `FROM` sees, their defaults expanded in order and
 * replaced by build args; the image word of each `FROM` is expanded with them; `--platform` and
 * other flags are ignored; `AS name` names a stage (case-insensitive) that later `FROM`s may use;
 * `scratch` is no image; a name without tag means `latest`; Docker Hub names are normalised.
 * BuildKit resolves `FROM` by stage name only (an index works for `COPY --from`, not `FROM`), so
 * `FROM 0` is the image `docker.io/library/0`, as in Docker.
 *
 * Written here rather than with `dockerfile-ast`: that package (+2 dependencies, ~230 KB in dist)
 * gives lexing and ranges but neither removes quotes nor applies `${VAR:-x}`/build args, which is
 * the part that decides which image a FROM names.
 */
import { describeError } from "../errors.js";
import { parseReference, type ImageReference } from "../registry/reference.js";
import {
  DockerfileError,
  lexDockerfile,
  plainWords,
  quotedWords,
  skipFlags,
  type Instruction,
  type LexedDockerfile,
} from "./lexer.js";
import { expandWord, isLiteralWord, type ExpandedWord } from "./shell-word.js";
import { setting } from "../wording.js";

export { DockerfileError } from "./lexer.js";

export interface DockerfileOptions {
  /** Name used in results and messages (a path relative to the workspace), default `Dockerfile`. */
  file?: string;
  /** `--build-arg` values: override the defaults of `ARG`s declared before the first FROM. */
  buildArgs?: Readonly<Record<string, string>>;
}

/** Where a digest may be written for a FROM: source offsets `[start, end)` of a literal reference. */
export interface PinSpan {
  start: number;
  end: number;
  /** Set when the reference is the default of this ARG (`ARG BASE=alpine:3.19` + `FROM ${BASE}`). */
  arg?: string;
}

export interface DockerfileFrom {
  file: string;
  /** 1-based line and column of the FROM keyword (of COPY or RUN, for `via`). */
  line: number;
  column: number;
  /** The image word as written (`alpine:3.19`, `${BASE}`). */
  raw: string;
  /**
   * An image a stage pulls besides its base: `COPY --from=IMAGE`, or `RUN --mount=…,from=IMAGE`.
   * Checked as a FROM's image is, never pinned.
   */
  via?: "COPY --from" | "RUN --mount";
  /** The image word after ARG expansion, as it will be pulled (`alpine:3.19`). */
  image?: string;
  /** Normalised reference (`docker.io/library/alpine`, tag `latest` when none is written). */
  reference?: ImageReference;
  /** `AS name`, lower-cased as BuildKit does. */
  stageName?: string;
  /** Not an image: the empty base, or an earlier stage (named in `image`). */
  skipped?: "scratch" | "stage";
  /** Why this FROM names no usable image (unresolvable variable, bad reference, bad syntax). */
  error?: string;
  /** Where `pinDockerfile` can write the digest; absent when the reference is built from variables. */
  pin?: PinSpan;
}

/** Platform arguments BuildKit defines for every build; their values depend on the platform built. */
const BUILDER_ARGS = new Set([
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "TARGETSTAGE",
]);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

interface MetaArg {
  /** The default as written, with its offsets, when it can be rewritten in place. */
  pin?: PinSpan;
  declared: boolean;
  overridden: boolean;
  /**
   * The variable that leaves this ARG's value unknown here: its default reads a builder variable
   * (its value depends on the platform built) or a variable without a value, directly or through
   * another such ARG. A FROM that uses it names no image we can check.
   */
  unknownBecause?: string;
  /** Declared again without a default after one with a value (see declareArgs). */
  redeclared?: boolean;
}

export function parseDockerfile(text: string, options: DockerfileOptions = {}): DockerfileFrom[] {
  const file = options.file ?? "Dockerfile";
  const buildArgs = options.buildArgs ?? {};
  const lexed = lexDockerfile(text, file);
  const froms = fromsOf(lexed, file, buildArgs);
  if (!lexed.ambiguousHeredoc) return froms;
  // Builders disagree on which lines are a heredoc's body: the FROMs of both readings are checked,
  // and a line one reading takes as an image and the other as a stage counts as the image. What
  // only the other reading finds is not pinned (it may be a heredoc's text, or a stage reference).
  // One line may hold several images (a RUN with two mounts): each is its own entry.
  const key = (f: DockerfileFrom) => `${f.line} ${f.via ?? "FROM"} ${f.raw}`;
  const byLine = new Map(froms.map((f) => [key(f), f]));
  for (const f of fromsOf(lexDockerfile(text, file, { heredocs: false }), file, buildArgs)) {
    const first = byLine.get(key(f));
    if (first && !(first.skipped && !f.skipped)) continue;
    const { pin: _notPinned, ...other } = f;
    byLine.set(key(f), other);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

function fromsOf(
  { escape, instructions }: LexedDockerfile,
  file: string,
  buildArgs: Readonly<Record<string, string>>,
): DockerfileFrom[] {
  const vars = new Map<string, string>();
  const meta = new Map<string, MetaArg>();
  for (const name of BUILDER_ARGS) {
    if (Object.hasOwn(buildArgs, name)) vars.set(name, buildArgs[name]!);
  }
  const stages = new Set<string>();
  const out: DockerfileFrom[] = [];
  for (const ins of instructions) {
    if (ins.keyword === "arg" && out.length === 0) {
      declareArgs(ins, escape, buildArgs, vars, meta, file);
    } else if (ins.keyword === "from") {
      const from = readFrom(ins, escape, file, vars, meta, stages);
      if (from.stageName) stages.add(from.stageName);
      out.push(from);
    } else if ((ins.keyword === "copy" || ins.keyword === "run") && out.length > 0) {
      // Expanded with the ARGs before the first FROM, as a FROM is: a stage sees one when it
      // declares it again (`ARG TOOLS`), and a build whose flag reads one it does not see fails.
      for (const value of imageFlags(ins, escape)) {
        const via = ins.keyword === "copy" ? "COPY --from" : "RUN --mount";
        const base = { file, line: ins.line, column: ins.column, raw: value, via } as const;
        // A stage's index names that stage (BuildKit); anything else is read as FROM's image is.
        if (/^\d+$/.test(value)) out.push({ ...base, image: value, skipped: "stage" });
        else {
          const what = `${via === "COPY --from" ? "COPY --from=" : "RUN --mount from="}${value}`;
          const { used: _used, ...image } = imageOf(base, what, value, escape, vars, meta, stages);
          out.push(image);
        }
      }
    }
  }
  return out;
}

/**
 * The images of a COPY's `--from` and a RUN's `--mount=…,from=` flags, as written: images the
 * build pulls into a stage besides its base (or earlier stages, told apart by the caller).
 */
function imageFlags(ins: Instruction, escape: string): string[] {
  const out: string[] = [];
  for (const word of quotedWords(ins.text, ins.argsAt, escape)) {
    if (!word.text.startsWith("--") || word.text === "--") break;
    const flag = /^--([A-Za-z-]+)=(.*)$/s.exec(word.text);
    if (!flag) continue;
    const name = flag[1]!.toLowerCase();
    const value = unquote(flag[2]!);
    if (ins.keyword === "copy" && name === "from") out.push(value);
    if (ins.keyword === "run" && name === "mount")
      for (const field of value.split(",")) {
        const eq = field.indexOf("=");
        if (eq > 0 && field.slice(0, eq).trim().toLowerCase() === "from") out.push(unquote(field.slice(eq + 1).trim()));
      }
  }
  return out.filter((v) => v !== "");
}

function unquote(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}

function declareArgs(
  ins: Instruction,
  escape: string,
  buildArgs: Readonly<Record<string, string>>,
  vars: Map<string, string>,
  meta: Map<string, MetaArg>,
  file: string,
): void {
  for (const word of quotedWords(ins.text, ins.argsAt, escape)) {
    const eq = word.text.indexOf("=");
    const name = eq < 0 ? word.text : word.text.slice(0, eq);
    if (!name) continue;
    const overridden = Object.hasOwn(buildArgs, name);
    // An ARG without a default and without a build arg: BuildKit 0.17 and later keep a value given
    // earlier (buildMetaArgs sets only the variables that have one), earlier versions empty it.
    // Which image a FROM using it names then depends on the builder: it is not checked as either.
    if (eq < 0 && !overridden) {
      const earlier = meta.get(name);
      if (!earlier) meta.set(name, { declared: true, overridden: false });
      else if (vars.has(name)) meta.set(name, { ...earlier, redeclared: true, unknownBecause: name });
      continue;
    }
    let value: string | undefined;
    let unknownBecause: string | undefined;
    if (overridden) value = buildArgs[name];
    else {
      try {
        const expanded = expandWord(word.text.slice(eq + 1), vars, escape);
        value = expanded.value;
        unknownBecause = unknownInput(expanded, vars, meta);
      } catch (err) {
        throw new DockerfileError(file, ins.line, `ARG ${name}: ${describeError(err)}`);
      }
    }
    vars.set(name, value!);
    const start = word.start + eq + 1;
    const literal =
      eq >= 0 && isLiteralWord(word.text.slice(eq + 1), escape) && contiguous(ins.offsets, start, word.end);
    meta.set(name, {
      declared: true,
      overridden,
      ...(unknownBecause ? { unknownBecause } : {}),
      ...(literal && word.end > start
        ? { pin: { start: ins.offsets[start]!, end: ins.offsets[word.end - 1]! + 1, arg: name } }
        : {}),
    });
  }
}

function readFrom(
  ins: Instruction,
  escape: string,
  file: string,
  vars: ReadonlyMap<string, string>,
  meta: ReadonlyMap<string, MetaArg>,
  stages: ReadonlySet<string>,
): DockerfileFrom {
  const args = plainWords(ins.text, skipFlags(ins.text, ins.argsAt, escape));
  const base = { file, line: ins.line, column: ins.column, raw: args[0]?.text ?? "" };
  const fail = (error: string): DockerfileFrom => ({ ...base, error: `${file}:${ins.line}: ${error}` });
  let stageName: string | undefined;
  if (args.length === 3 && args[1]!.text.toLowerCase() === "as") {
    stageName = args[2]!.text.toLowerCase();
    if (!STAGE_NAME.test(stageName))
      return fail(
        `invalid stage name ${JSON.stringify(args[2]!.text)}: it must start with a letter and hold only letters, digits, '-', '_' and '.'`,
      );
  } else if (args.length !== 1) {
    return fail(
      `FROM needs one image and optionally "AS name", found ${JSON.stringify(ins.text.slice(ins.argsAt).trim().slice(0, 200))}`,
    );
  }
  const named = stageName ? { stageName } : {};
  const word = args[0]!;
  const read = imageOf(base, `FROM ${word.text}`, word.text, escape, vars, meta, stages);
  if (!read.reference) return { ...read, ...named };
  const pin = pinSpanOf(ins, word, escape, read.used ?? [], meta);
  const { used: _used, ...from } = read;
  return { ...from, ...named, ...(pin ? { pin } : {}) };
}

/**
 * The image a word names (FROM's, or a COPY or RUN flag's) once ARGs are expanded, with the
 * variables it used: a reference, an earlier stage or scratch (`skipped`), or why it names none.
 * `what` is the instruction as messages show it (`FROM ${BASE}`).
 */
function imageOf(
  base: Omit<DockerfileFrom, "image">,
  what: string,
  text: string,
  escape: string,
  vars: ReadonlyMap<string, string>,
  meta: ReadonlyMap<string, MetaArg>,
  stages: ReadonlySet<string>,
): DockerfileFrom & { used?: string[] } {
  const fail = (error: string): DockerfileFrom => ({ ...base, error: `${base.file}:${base.line}: ${error}` });
  let expanded;
  try {
    expanded = expandWord(text, vars, escape);
  } catch (err) {
    return fail(`${what}: ${describeError(err)}`);
  }
  const unknown = unknownInput(expanded, vars, meta);
  if (unknown) return fail(`${what}: ${unsetReason(unknown, meta.get(unknown))}`);
  const image = expanded.value;
  if (!image) return fail(`${what}: the image name is empty after expanding ARGs`);
  if (stages.has(image.toLowerCase())) return { ...base, image, skipped: "stage" };
  if (image === "scratch") return { ...base, image, skipped: "scratch" };
  let reference: ImageReference;
  try {
    reference = parseReference(image);
  } catch (err) {
    return fail(`${what}${image !== text ? ` (${image})` : ""}: ${describeError(err)}`);
  }
  if (!reference.tag && !reference.digest) reference.tag = "latest";
  return { ...base, image, reference, used: expanded.used };
}

/**
 * The variable that makes an expanded word's value unknown, if any: one without a value (Docker
 * would put an empty string), a builder variable not given in build args (even under `${X:+…}`,
 * whose result depends on it), or an ARG whose own default is unknown.
 */
function unknownInput(
  expanded: ExpandedWord,
  vars: ReadonlyMap<string, string>,
  meta: ReadonlyMap<string, MetaArg>,
): string | undefined {
  if (expanded.unset.length > 0) return expanded.unset[0];
  for (const name of expanded.used) {
    if (BUILDER_ARGS.has(name) && !vars.has(name)) return name;
    const cause = meta.get(name)?.unknownBecause;
    if (cause) return cause;
  }
  return undefined;
}

function unsetReason(name: string, arg: MetaArg | undefined): string {
  if (arg?.redeclared)
    return `ARG ${name} is declared again without a default, which builders read differently (the earlier value, or empty); give ${name} in ${setting("build-args")}, or remove the second ARG ${name}`;
  if (BUILDER_ARGS.has(name))
    return `${name} is set by the builder for each platform; give its value in ${setting("build-args")}`;
  if (arg?.declared)
    return `ARG ${name} has no default and no build arg gives it a value; give it in ${setting("build-args")}`;
  return `variable ${name} is not declared by an ARG before the first FROM (Docker would use an empty string); declare it or write the image name`;
}

/** The reference itself when written literally, or the default of the one ARG it consists of. */
function pinSpanOf(
  ins: Instruction,
  word: { text: string; start: number; end: number },
  escape: string,
  used: string[],
  meta: ReadonlyMap<string, MetaArg>,
): PinSpan | undefined {
  if (used.length === 0) {
    if (!isLiteralWord(word.text, escape) || !contiguous(ins.offsets, word.start, word.end)) return undefined;
    return { start: ins.offsets[word.start]!, end: ins.offsets[word.end - 1]! + 1 };
  }
  const name = wholeArgName(word.text);
  const arg = name ? meta.get(name) : undefined;
  return arg && !arg.overridden ? arg.pin : undefined;
}

/** The ARG a word consists of (`$BASE`, `${BASE}`), when it is one variable and nothing else. */
export function wholeArgName(word: string): string | undefined {
  const only = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})$/.exec(word);
  return only ? (only[1] ?? only[2])! : undefined;
}

function contiguous(offsets: readonly number[], start: number, end: number): boolean {
  return end > start && offsets[end - 1]! - offsets[start]! === end - 1 - start;
}
