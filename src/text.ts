/**
 * Text that came from elsewhere (a server's names and messages, a person's input) made safe for
 * where it is shown: one function per target, each saying what that target would otherwise do
 * with it. Importable from every layer, like errors.ts.
 *
 * - a message line (errors, log lines): no line breaks, no terminal control sequences;
 * - a terminal (the CLI's output): control characters shown as `?`;
 * - a GitHub Actions log line: a message line that the runner reads as no workflow command;
 * - Markdown (job summaries): inline text and code spans, safe inside a table cell;
 * - JSON as Go writes it: HTML-significant characters escaped.
 */
import { redactSecrets } from "./redaction.js";

/**
 * C0 controls (line breaks, ESC that starts an ANSI sequence), DEL, C1 controls (U+009B is a
 * one-character CSI on many terminals, U+0085 a line break) and the Unicode line and paragraph
 * separators.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * One line of a message. A line break in a name a server chose would let the server start a
 * line of its own in a CI log (a forged workflow command, a fake "signed" line); an ANSI escape
 * would let it recolour or erase what is shown. Each control character becomes a space.
 */
export function messageLine(text: string): string {
  return text.replace(CONTROL, " ");
}

/** Text for a terminal: each control character shown as `?`, so a removed byte stays visible. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, "?");
}

/**
 * Text for a GitHub Actions log line (plain output or an annotation's message): one line that the
 * runner reads as no workflow command (workflowCommandFilter). A `::` inside the line stays as it
 * is, so that an ARN (`arn:aws:iam::111122223333:role/…`) or an IPv6 address (`[::1]:5000`) that a
 * reader copies out of the log is the one that was meant.
 */
export function workflowLogText(text: string): string {
  return workflowCommandFilter()(messageLine(text));
}

/**
 * White space that the runner trims from the start of a line (.NET's TrimStart), and more: JavaScript's
 * `\s` without the line breaks, with U+0085 and U+180E.
 */
const RUNNER_SPACE =
  "[\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff\\u0085\\u180e]";
/** The first of two colons that start a line, after its leading white space. */
const LEADING_COLONS = new RegExp(`(^|[\\r\\n])(${RUNNER_SPACE}*):(?=:)`, "g");
/** A line so far that is white space, or white space and a colon. */
const BLANK = new RegExp(`^${RUNNER_SPACE}*$`);
const BLANK_THEN_COLON = new RegExp(`^${RUNNER_SPACE}*:$`);

/**
 * A filter for text written, in any number of pieces, to an output whose lines a GitHub Actions
 * runner reads for workflow commands. The runner reads them in two forms (actions/runner,
 * ActionCommand.cs): `::name …::data` only at the start of a line, after any leading white space,
 * and the older `##[name …]data` anywhere in a line. A zero-width space breaks both: between the
 * two colons that start a line, and between every `##` and `[`. Lines end at `\n` and at `\r`, as
 * the runner reads them; a piece may end anywhere, even inside `##[`.
 *
 * `jsonSafe`, for output that may be JSON: the `[` of `##[` is written `\u005b` instead, which a
 * JSON reader reads back as `[` (JSON has `##[` only inside a string, and no line of it starts with
 * `::`), so that JSON data stays the same data.
 *
 * Each piece is read with a few characters standing for what came before it (`context`): a line
 * break when the line so far is white space, that and a colon when it ends in the first colon, else
 * a letter and the `#`s it ends in. They come out unchanged in front, and are cut off again.
 */
export function workflowCommandFilter(jsonSafe = false): (text: string) => string {
  const bracket = jsonSafe ? "##\\u005b" : "##\u200b[";
  let context = "\n";
  return (text) => {
    if (text === "") return text;
    const before = context;
    const withContext = before + text;
    const out = withContext.replace(/##\[/g, bracket).replace(LEADING_COLONS, "$1$2:\u200b");
    const line = withContext.slice(Math.max(withContext.lastIndexOf("\n"), withContext.lastIndexOf("\r")) + 1);
    context = BLANK.test(line)
      ? "\n"
      : BLANK_THEN_COLON.test(line)
        ? "\n:"
        : line.endsWith("##")
          ? "x##"
          : line.endsWith("#")
            ? "x#"
            : "x";
    return out.slice(before.length);
  };
}

const MARKDOWN_ESCAPES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/**
 * Inline Markdown text, also safe in a table cell: one line; HTML (`<`, `>`, `&`) as entities;
 * backslash, backtick, `*`, `[`, `]` and `|` backslash-escaped, so a name cannot open a code span,
 * emphasis, a link or an image, or end a table cell. Underscores stay: GitHub does not emphasise
 * inside a word, and names (`my_app`) are full of them.
 */
export function markdownText(text: string): string {
  return messageLine(redactSecrets(text)).replace(/[\\`*[\]|<>&]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`);
}

/**
 * A Markdown code span holding `text` verbatim, also safe in a table cell: one line, fenced by one
 * backtick more than the longest run of backticks inside, and `|` escaped (GitHub splits table
 * cells before it reads code spans; `\|` is its one escape that works inside them).
 */
export function markdownCode(text: string): string {
  const line = messageLine(redactSecrets(text)).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * At most `max` characters of one line, runs of white space folded, `…` where it was cut. For
 * quoting a service's message inside one of ours: cleared of the run's secrets first
 * (redaction.ts), so that a cut or a folded space cannot keep part of one.
 */
export function clipLine(text: string, max: number): string {
  const line = messageLine(redactSecrets(text)).replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const GO_HTML = /[<>&\u2028\u2029]/g;

/**
 * What Go's encoding/json does inside JSON strings and to a RawMessage it compacts: `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\u003c`…; JSON.stringify writes them as they are.
 */
export function goHtmlEscape(json: string): string {
  return json.replace(GO_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The first `max` items joined with ", ", and how many more there are. */
export function listed(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
