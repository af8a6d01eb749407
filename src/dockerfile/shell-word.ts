/**
 * One word of a Dockerfile expanded as BuildKit's shell lexer does for `FROM` and `ARG`
 * (moby/buildkit frontend/dockerfile/shell/lex.go, ProcessWord): quotes removed, the escape
 * character honoured, and `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`,
 * `${VAR+word}`, `${VAR:?message}`, `${VAR?message}` substituted, with nested words. The
 * pattern forms (`#`, `%`, `/`) are refused with a clear message rather than guessed.
 */
import { UsageError } from "../errors.js";
import { setting } from "../wording.js";

export interface ExpandedWord {
  value: string;
  /** Variables referenced as `$X` / `${X}` that have no value (Docker would substitute ""). */
  unset: string[];
  /** Every variable the word read. */
  used: string[];
}

/** `vars` maps names to values; a name that is absent is unset. */
export function expandWord(word: string, vars: ReadonlyMap<string, string>, escape = "\\"): ExpandedWord {
  const unset: string[] = [];
  const used: string[] = [];
  let i = 0;
  const fail = (why: string) => new UsageError(`cannot expand ${JSON.stringify(word)}: ${why}`);
  const lookup = (name: string) => {
    if (!used.includes(name)) used.push(name);
    return vars.get(name);
  };

  const name = (): string => {
    const m = /^(?:[0-9]+|[A-Za-z_][A-Za-z0-9_]*)/.exec(word.slice(i));
    const n = m ? m[0] : "";
    i += n.length;
    return n;
  };

  const singleQuoted = (): string => {
    const end = word.indexOf("'", i + 1);
    if (end < 0) throw fail("a single quote is not closed");
    const s = word.slice(i + 1, end);
    i = end + 1;
    return s;
  };

  const doubleQuoted = (): string => {
    let s = "";
    i++;
    for (;;) {
      if (i >= word.length) throw fail("a double quote is not closed");
      const ch = word[i]!;
      if (ch === '"') {
        i++;
        return s;
      }
      if (ch === "$") {
        s += dollar();
        continue;
      }
      i++;
      if (ch === escape) {
        if (i >= word.length) continue;
        const next = word[i]!;
        if (next === '"' || next === "$" || next === escape) {
          s += next;
          i++;
          continue;
        }
      }
      s += ch;
    }
  };

  const dollar = (): string => {
    i++; // $
    if (word[i] !== "{") {
      const n = name();
      if (!n) return "$";
      const v = lookup(n);
      if (v === undefined) unset.push(n);
      return v ?? "";
    }
    i++; // {
    if (i >= word.length) throw fail("missing '}'");
    if ("{}:".includes(word[i]!)) throw fail("bad substitution");
    const n = name();
    if (!n) throw fail("bad substitution");
    const op = word[i++];
    const v = lookup(n);
    if (op === "}") {
      if (v === undefined) unset.push(n);
      return v ?? "";
    }
    if (op === ":") {
      const mod = word[i++];
      if (mod !== "-" && mod !== "+" && mod !== "?") throw fail(`unsupported modifier ":${mod ?? ""}" in \${${n}…}`);
      const arg = branch(until);
      const empty = v === undefined || v === "";
      if (mod === "-") return empty ? arg.take() : v;
      if (mod === "+") return empty ? "" : arg.take();
      if (empty)
        throw new UsageError(`${n}: ${arg.take() || "is not allowed to be unset or empty"}`, {
          hint: `give ${n} in ${setting("build-args")}`,
        });
      return v;
    }
    if (op === "-" || op === "+" || op === "?") {
      const arg = branch(until);
      if (op === "-") return v === undefined ? arg.take() : v;
      if (op === "+") return v === undefined ? "" : arg.take();
      if (v === undefined)
        throw new UsageError(`${n}: ${arg.take() || "is not allowed to be unset"}`, {
          hint: `give ${n} in ${setting("build-args")}`,
        });
      return v;
    }
    if (op === undefined) throw fail("missing '}'");
    throw fail(`the substitution \${${n}${op}…} is not supported here; give the base image without it`);
  };

  /** The word of a modifier; unset variables inside it count only when the word is taken. */
  const branch = (read: (stop: string) => string) => {
    const before = unset.length;
    const text = read("}");
    const inside = unset.splice(before);
    return {
      take: () => {
        unset.push(...inside);
        return text;
      },
    };
  };

  /** Characters up to `stop` (consumed), or to the end of the word when `stop` is undefined. */
  const until = (stop: string | undefined): string => {
    let s = "";
    while (i < word.length) {
      const ch = word[i]!;
      if (ch === stop) {
        i++;
        return s;
      }
      if (ch === "$") s += dollar();
      else if (ch === "'") s += singleQuoted();
      else if (ch === '"') s += doubleQuoted();
      else if (ch === escape) {
        i++;
        if (i < word.length) s += word[i++];
      } else {
        s += ch;
        i++;
      }
    }
    if (stop !== undefined) throw fail(`missing '${stop}'`);
    return s;
  };

  const value = until(undefined);
  return { value, unset, used };
}

/** The word contains nothing the lexer would change (no quotes, escapes or `$`). */
export function isLiteralWord(word: string, escape = "\\"): boolean {
  return !/["'$]/.test(word) && !word.includes(escape);
}
