/** A hidden-input prompt on the controlling terminal. */
import readline from "node:readline";
import { TrustError } from "../errors.js";

/** A yes/no question on the controlling terminal ("y" or "yes" means yes), or undefined without one. */
export function terminalConfirm(): ((question: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return undefined;
  return (question) =>
    new Promise((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      rl.question(question, (answer) => {
        rl.close();
        resolve(/^\s*y(es)?\s*$/i.test(answer));
      });
      rl.on("SIGINT", () => {
        rl.close();
        resolve(false);
      });
    });
}

export function terminalPrompt(): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return undefined;
  return (question) =>
    new Promise((resolve, reject) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      let asked = false;
      out._writeToOutput = (s: string) => {
        if (!asked) {
          process.stderr.write(s);
          asked = true;
        }
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stderr.write("\n");
        resolve(answer);
      });
      rl.on("SIGINT", () => {
        rl.close();
        reject(new TrustError("CANCELLED", "cancelled at the prompt"));
      });
    });
}
