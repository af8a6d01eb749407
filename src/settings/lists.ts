/**
 * Lists as the inputs and flags give them: lines of a multi-line value, and items one a line or
 * comma-separated. Without imports: the entry points read them before anything else is loaded.
 */
/**
 * Lines of a multi-line value: trimmed, without blank lines and lines that start with `#`. A `#`
 * later in a line stays, and so do commas: a line's value may hold either (`NAME=a,b#c`).
 */
export function inputLines(input: string | readonly string[] | undefined): string[] {
  if (input === undefined) return [];
  const lines = typeof input === "string" ? input.split(/\r?\n/) : input.flatMap((l) => l.split(/\r?\n/));
  return lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * Items of a list (tags, roles, signers, hosts), one a line or comma-separated: a `#` starts a
 * comment to the end of its line; blanks are dropped.
 */
export function splitList(input: string | readonly string[] | undefined): string[] {
  return inputLines(input)
    .flatMap((line) => line.replace(/#.*$/, "").split(","))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
