/**
 * Progress on stderr while a command works: on a terminal, one live line rewritten in place; in
 * CI or when stderr is not a terminal, plain lines, one per event. Results still go to stdout.
 */
import { printable } from "./format.js";
import type { CliIo } from "./io.js";

export interface Progress {
  /** An event: an image finished, a request is retried. */
  line(text: string): void;
  /** Clears the live line (call before printing the result). */
  done(): void;
}

export function progressOn(io: CliIo): Progress {
  if (!io.stderrIsTerminal) return { line: (t) => io.stderr(`${printable(t)}\n`), done: () => {} };
  let live = false;
  const width = Math.max(20, (io.columns ?? 80) - 1);
  return {
    line(text) {
      const t = printable(text);
      io.stderr(`\r\x1b[K${t.length > width ? `${t.slice(0, width - 1)}…` : t}`);
      live = true;
    },
    done() {
      if (live) io.stderr("\r\x1b[K");
      live = false;
    },
  };
}
