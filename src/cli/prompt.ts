/**
 * A hidden-input prompt on the controlling terminal. Whether there is one is asked of the file
 * descriptors, and readline is loaded only to ask a question: touching process.stdin or loading
 * readline cost every run about ten milliseconds before its first request, prompt or not.
 */
import { isatty } from "node:tty";
import { TrustError } from "../errors.js";
import { words } from "./words.js";

const readline = async () => (await import("node:readline")).default;
const onTerminal = () => isatty(0) && isatty(2);

/** The streams a question is asked on: the terminal (stdin, stderr), or a test's. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const terminal = (): PromptStreams => ({ input: process.stdin, output: process.stderr });

/** A yes/no question on the controlling terminal ("y" or "yes" means yes), or undefined without one. */
export function terminalConfirm(): ((question: string) => Promise<boolean>) | undefined {
  if (!onTerminal()) return undefined;
  return (question) => confirmOn(terminal(), question);
}

/** A question whose answer is not echoed, on the controlling terminal, or undefined without one. */
export function terminalPrompt(): ((question: string) => Promise<string>) | undefined {
  if (!onTerminal()) return undefined;
  return (question) => askHiddenOn(terminal(), question);
}

/** Yes ("y" or "yes") or no; Ctrl-C, or the input closed (Ctrl-D) before an answer, is no. */
export async function confirmOn({ input, output }: PromptStreams, question: string): Promise<boolean> {
  const { createInterface } = await readline();
  return new Promise((resolve) => {
    const rl = createInterface({ input, output, terminal: true });
    // A question from a workflow names settings and steps as placeholders: in the CLI's words here.
    rl.question(words(question), (answer) => {
      resolve(/^\s*y(es)?\s*$/i.test(answer));
      rl.close();
    });
    rl.on("SIGINT", () => rl.close());
    rl.on("close", () => resolve(false));
  });
}

/**
 * The answer, which is never written to `output` (only the question is). Ctrl-C, or the input
 * closed (Ctrl-D) before an answer, rejects with CANCELLED.
 */
export async function askHiddenOn({ input, output }: PromptStreams, question: string): Promise<string> {
  const { createInterface } = await readline();
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input, output, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) {
        output.write(s);
        asked = true;
      }
    };
    rl.question(words(question), (answer) => {
      resolve(answer);
      rl.close();
      output.write("\n");
    });
    rl.on("SIGINT", () => rl.close());
    // After an answer, closing is a no-op here.
    rl.on("close", () => reject(new TrustError("CANCELLED", "cancelled at the prompt")));
  });
}
