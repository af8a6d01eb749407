// The CLI's questions (src/cli/prompt.ts) on streams of the test's own, as on a terminal: what is
// echoed, what an answer gives, and what a closed input (Ctrl-D) or Ctrl-C does.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { TrustError } from "../../src/errors.js";
import { askHiddenOn, confirmOn, type PromptStreams } from "../../src/cli/prompt.js";
import { setting, step } from "../../src/wording.js";

function streams(): PromptStreams & { input: PassThrough; shown: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (d: Buffer) => (shown += d.toString()));
  return { input, output, shown: () => shown };
}

async function cancelled(promise: Promise<unknown>): Promise<TrustError> {
  const err = await promise.then(
    () => expect.fail("expected the question to be cancelled"),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TrustError);
  return err as TrustError;
}

describe("a question whose answer is hidden", () => {
  it("gives the line typed, and shows the question but never the answer", async () => {
    const s = streams();
    const answer = askHiddenOn(s, "Passphrase: ");
    s.input.write("not-shown-7f3a\n");
    await expect(answer).resolves.toBe("not-shown-7f3a");
    expect(s.shown()).toContain("Passphrase: ");
    expect(s.shown()).not.toContain("not-shown-7f3a");
  });

  it("is cancelled when the input closes before an answer (Ctrl-D)", async () => {
    const s = streams();
    const answer = askHiddenOn(s, "Passphrase: ");
    s.input.end();
    expect((await cancelled(answer)).code).toBe("CANCELLED");
  });

  it("is cancelled by Ctrl-C", async () => {
    const s = streams();
    const answer = askHiddenOn(s, "Passphrase: ");
    s.input.write("\x03");
    expect((await cancelled(answer)).code).toBe("CANCELLED");
  });
});

describe("a yes/no question", () => {
  it.each([
    ["y\n", true],
    ["yes\n", true],
    [" YES \n", true],
    ["n\n", false],
    ["\n", false],
    ["yess\n", false],
  ])("answered %j gives %s", async (typed, expected) => {
    const s = streams();
    const answer = confirmOn(s, "Remove? ");
    s.input.write(typed);
    await expect(answer).resolves.toBe(expected);
  });

  it("names settings and steps in the CLI's words, not as the workflow's placeholders", async () => {
    const s = streams();
    const answer = confirmOn(
      s,
      `nobody can sign releases until a signer is added (${step("signer-add", "r.example/app")}); give ${setting("force")}? `,
    );
    s.input.write("n\n");
    await answer;
    expect(s.shown()).toContain(
      "nobody can sign releases until a signer is added (content-trust signer add NAME r.example/app --key NAME.pub); give --force? ",
    );
    expect(s.shown()).not.toMatch(/[\ue000-\uf8ff]/u);
  });

  it("is no when the input closes before an answer (Ctrl-D), or on Ctrl-C", async () => {
    const closed = streams();
    const first = confirmOn(closed, "Remove? ");
    closed.input.end();
    await expect(first).resolves.toBe(false);
    const interrupted = streams();
    const second = confirmOn(interrupted, "Remove? ");
    interrupted.input.write("\x03");
    await expect(second).resolves.toBe(false);
  });
});
