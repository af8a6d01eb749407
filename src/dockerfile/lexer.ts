/**
 * Splits a Dockerfile into instructions as BuildKit's parser does (moby/buildkit
 * frontend/dockerfile/parser/parser.go): parser directives at the top (`# escape=`), comment lines,
 * line continuations with the escape character (comment and blank lines inside a continuation are
 * dropped), and heredocs (`RUN <<EOF … EOF`), whose bodies are not instructions. Every character
 * of an instruction keeps its offset in the source, for file/line reports and in-place rewrites.
 */
import { UsageError } from "../errors.js";

export interface Instruction {
  /** Lower-case keyword: `from`, `arg`, `run`, … */
  keyword: string;
  /** The instruction with continuations joined and the escape characters that joined them removed. */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
  /** Index in `text` where the arguments start (after the keyword and its whitespace). */
  argsAt: number;
  /** 1-based line and column of the keyword. */
  line: number;
  column: number;
}

export interface LexedDockerfile {
  escape: string;
  instructions: Instruction[];
  /**
   * A line whose heredocs builders read differently: `<< EOF` (a heredoc since BuildKit 0.22,
   * two words before), or a line BuildKit's shell lexer may fail on (an unclosed quote or `${`),
   * where it then finds no heredoc. The lines taken as a heredoc body may be instructions.
   */
  ambiguousHeredoc: boolean;
}

export interface LexOptions {
  /** Read heredocs (default); without, every line is an instruction, as for an older builder. */
  heredocs?: boolean;
}

/** A Dockerfile that cannot be read at all, with the file and line to annotate. */
export class DockerfileError extends UsageError {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    hint?: string,
  ) {
    super(`${file}:${line}: ${message}`, hint ? { hint } : {});
  }
}

const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(["escape", "syntax", "check"]);
const HEREDOC_COMMANDS = new Set(["run", "copy", "add"]);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

interface SourceLine {
  text: string;
  start: number;
}

export function lexDockerfile(source: string, file: string, options: LexOptions = {}): LexedDockerfile {
  const readHeredocs = options.heredocs ?? true;
  let ambiguousHeredoc = false;
  const lines = splitLines(source);
  const lineStarts = lines.map((l) => l.start);
  const where = (offset: number) => lineColumn(lineStarts, offset);
  let escape = "\\";
  let directives = true;
  const instructions: Instruction[] = [];

  for (let n = 0; n < lines.length; n++) {
    const { text: raw, start } = lines[n]!;
    const body = raw.replace(/^\s+/, "");
    const lead = raw.length - body.length;
    if (directives) {
      const m = DIRECTIVE.exec(body);
      if (m && KNOWN_DIRECTIVES.has(m[1]!.toLowerCase())) {
        if (m[1]!.toLowerCase() === "escape") {
          if (m[2] !== "`" && m[2] !== "\\")
            throw new DockerfileError(file, n + 1, `invalid escape token '${m[2]}'`, "use ` or \\");
          escape = m[2];
        }
        continue;
      }
      directives = false;
    }
    const first = body.startsWith("#") ? "" : body;
    let piece = joined(first, escape);
    if (piece === undefined && first === "") continue;
    let text = piece ?? first;
    const offsets = range(start + lead, text.length);
    while (piece !== undefined && n + 1 < lines.length) {
      const next = lines[++n]!;
      if (/^\s*#/.test(next.text) || next.text.trim() === "") continue;
      piece = joined(next.text, escape);
      const part = piece ?? next.text;
      text += part;
      // One at a time: spreading a long continuation line's offsets overflows the call stack.
      for (let k = 0; k < part.length; k++) offsets.push(next.start + k);
    }
    const kw = /^\s*(\S+)\s*/.exec(text);
    if (!kw) continue;
    const keywordAt = text.length - text.trimStart().length;
    const { line, column } = where(offsets[keywordAt] ?? start);
    const keyword = kw[1]!.toLowerCase();
    const instruction: Instruction = { keyword, text, offsets, argsAt: kw[0].length, line, column };
    instructions.push(instruction);
    const found = readHeredocs ? heredocs(instruction) : { docs: [], ambiguous: false };
    if (found.ambiguous) ambiguousHeredoc = true;
    for (const doc of found.docs) {
      let closed = false;
      while (n + 1 < lines.length) {
        const candidate = lines[++n]!.text;
        if ((doc.chomp ? candidate.replace(/^\t+/, "") : candidate) === doc.name) {
          closed = true;
          break;
        }
      }
      if (!closed)
        throw new DockerfileError(
          file,
          line,
          `heredoc <<${doc.name} is not terminated`,
          `end it with a line holding only ${doc.name}`,
        );
    }
  }
  return { escape, instructions, ambiguousHeredoc };
}

/** The line without the continuation escape when it continues, else undefined (parser.go lineContinuationRegex). */
function joined(line: string, escape: string): string | undefined {
  const body = line.replace(/[ \t]*$/, "");
  if (!body.endsWith(escape)) return undefined;
  if (body.length >= 2 && body[body.length - 2] === escape) return undefined;
  return body.slice(0, -1);
}

interface Heredocs {
  docs: { name: string; chomp: boolean }[];
  ambiguous: boolean;
}

function heredocs(ins: Instruction): Heredocs {
  const none: Heredocs = { docs: [], ambiguous: false };
  let keyword = ins.keyword;
  let args = ins.text.slice(ins.argsAt);
  if (keyword === "onbuild") {
    const sub = /^(\S+)\s*/.exec(args);
    if (!sub) return none;
    keyword = sub[1]!.toLowerCase();
    args = args.slice(sub[0].length);
  }
  if (!HEREDOC_COMMANDS.has(keyword) || !ins.text.includes("<<") || isJsonArray(args)) return none;
  const out: Heredocs = { docs: [], ambiguous: unclosed(ins.text) };
  // Shell words with their quotes kept, split as BuildKit's heredocsFromLine splits them (always
  // with `\` as the escape): `<<EOF` inside a quoted string is text, not a heredoc.
  const words = quotedWords(ins.text, 0, "\\").map((w) => w.text);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    // `<< EOF`: one heredoc word for BuildKit 0.22 and later, two plain words before.
    if (/^\d*<<-?$/.test(word) && i + 1 < words.length) {
      word += words[++i]!;
      out.ambiguous = true;
    }
    const m = HEREDOC_WORD.exec(word);
    if (!m || !m[3]) continue;
    const name = m[3].replace(/["'\\]/g, "");
    if (name) out.docs.push({ name, chomp: m[2] === "-" });
  }
  return out;
}

/** A quote or `${` left open on the line: BuildKit's lexer fails there and reads no heredoc. */
function unclosed(text: string): boolean {
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && quote !== "'") i++;
    else if (quote && ch === quote) quote = "";
    else if (!quote && (ch === "'" || ch === '"')) quote = ch;
  }
  if (quote) return true;
  const opened = text.split("${").length - 1;
  return opened > 0 && opened > text.split("}").length - 1;
}

function isJsonArray(args: string): boolean {
  if (!/^\s*\[/.test(args)) return false;
  try {
    const v: unknown = JSON.parse(args);
    return Array.isArray(v) && v.every((x) => typeof x === "string");
  } catch {
    return false;
  }
}

function splitLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const nl = source.indexOf("\n", pos);
    const end = nl < 0 ? source.length : nl;
    out.push({ text: source.slice(pos, end).replace(/[\r\n]+$/, ""), start: pos });
    if (nl < 0) return out;
    pos = nl + 1;
  }
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, k) => start + k);
}

/** 1-based line and column of a source offset. */
function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

export interface Word {
  text: string;
  /** Index in the instruction text. */
  start: number;
  end: number;
}

/** Whitespace-separated words from `from` (FROM's parseStringsWhitespaceDelimited, after the flags). */
export function plainWords(text: string, from: number): Word[] {
  const out: Word[] = [];
  const re = /[^\t\v\f\r ]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words with quotes kept, a quoted space not splitting (parser.go parseWords, used by ARG). */
export function quotedWords(text: string, from: number, escape: string): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    let quote = "";
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (!quote && /\s/.test(ch)) break;
      if (ch === escape && quote !== "'") i++;
      else if (quote && ch === quote) quote = "";
      else if (!quote && (ch === "'" || ch === '"')) quote = ch;
    }
    i = Math.min(i, text.length);
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Index after the leading `--flag[=value]` words (parser.go extractBuilderFlags; `--` ends them). */
export function skipFlags(text: string, from: number, escape: string): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (!text.startsWith("--", i)) return i;
    const word = quotedWords(text, i, escape)[0]!;
    i = word.end;
    if (word.text === "--") return i;
  }
}
