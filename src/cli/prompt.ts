/**
 * A hidden-input prompt on the controlling terminal. Whether there is one is asked of the file
 * descriptors, and readline is loaded only to ask a question: touching process.stdin or loading
 * readline cost every run about ten milliseconds before its first request, prompt or not.
 */
import { isatty } from "node:tty";
import { TrustError } from "../errors.js";

const readline = async () => (await import("node:readline")).default;
const onTerminal = () => isatty(0) && isatty(2);

/** A yes/no question on the controlling terminal ("y" or "yes" means yes), or undefined without one. */
export function terminalConfirm(): ((question: string) => Promise<boolean>) | undefined {
  if (!onTerminal()) return undefined;
  return async (question) => {
    const { createInterface } = await readline();
    return new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      rl.question(question, (answer) => {
        resolve(/^\s*y(es)?\s*$/i.test(answer));
        rl.close();
      });
      // Ctrl-C, or the input closed (Ctrl-D) before an answer: no.
      rl.on("SIGINT", () => rl.close());
      rl.on("close", () => resolve(false));
    });
  };
}

export function terminalPrompt(): ((question: string) => Promise<string>) | undefined {
  if (!onTerminal()) return undefined;
  return async (question) => {
    const { createInterface } = await readline();
    return new Promise((resolve, reject) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      let asked = false;
      out._writeToOutput = (s: string) => {
        if (!asked) {
          process.stderr.write(s);
          asked = true;
        }
      };
      rl.question(question, (answer) => {
        resolve(answer);
        rl.close();
        process.stderr.write("\n");
      });
      // Ctrl-C, or the input closed (Ctrl-D) before an answer: cancelled (after an answer, a no-op).
      rl.on("SIGINT", () => rl.close());
      rl.on("close", () => reject(new TrustError("CANCELLED", "cancelled at the prompt")));
    });
  };
}
