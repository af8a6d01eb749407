// Where an action keeps its trust directory: the runner's per-job directory, and without one a
// directory of the run's own, never one shared by every job on the machine.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConnectionInputs } from "../../src/action/inputs.js";

describe("the action's trust directory", () => {
  it("is under RUNNER_TEMP on a runner", () => {
    const dir = readConnectionInputs({ RUNNER_TEMP: "/runner/_temp" }).trustDir;
    expect(dir).toBe(path.join("/runner/_temp", "content-trust", "trust"));
  });

  it("is a new directory of each run's own without RUNNER_TEMP", () => {
    const one = readConnectionInputs({}).trustDir;
    const two = readConnectionInputs({ RUNNER_TEMP: "" }).trustDir;
    expect(one).not.toBe(two);
    expect(one.startsWith(os.tmpdir())).toBe(true);
    expect(one).not.toBe(path.join(os.tmpdir(), "content-trust", "trust"));
    for (const dir of [one, two]) rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
  });
});
