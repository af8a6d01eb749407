/**
 * The `reworded` test project: every message and hint our errors carry, and every line
 * describeError prints, is reworded before any code sees it. All of them pass through oneLine in
 * src/errors.ts, so this plugin wraps that one function when Vite loads the module; the source is
 * not touched. A verdict that still comes out right is decided on classes, codes and typed fields,
 * never on wording.
 */
import type { Plugin } from "vite";

const ONE_LINE = "function oneLine(";

/**
 * Each letter moves one place on (z wraps to a) and the words come in reverse order: nothing an
 * English phrase matches survives, and rewording twice (a message quoting another) is still not
 * the original. Deterministic, so the same message is always reworded the same way.
 */
export function reword(text: string): string {
  const shifted = text.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 1) % 26) + base);
  });
  return shifted.split(" ").reverse().join(" ");
}

export function rewordMessages(): Plugin {
  return {
    name: "reword-messages",
    enforce: "pre",
    transform(code, id) {
      if (!id.replace(/\\/g, "/").endsWith("/src/errors.ts")) return undefined;
      if (!code.includes(ONE_LINE))
        throw new Error(
          `reword-messages: src/errors.ts no longer defines ${ONE_LINE}…); update test/reworded/plugin.ts`,
        );
      const exported = code.includes(`export ${ONE_LINE}`) ? "export " : "";
      return (
        code.replace(`${exported}${ONE_LINE}`, "function oneLineAsWritten(") +
        `\n${exported}function oneLine(text: string): string {\n  return (${reword.toString()})(oneLineAsWritten(text));\n}\n`
      );
    },
  };
}
