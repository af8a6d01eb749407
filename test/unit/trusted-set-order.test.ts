import { describe, expect, it } from "vitest";
import { RollbackError } from "../../src/errors.js";
import { OrderError, RootChangedError, TrustedSet } from "../../src/tuf/trusted-set.js";
import { dockerRepo, NOW, writeRepo } from "../helpers/repo-builder.js";

function fresh() {
  const repo = dockerRepo();
  const files = writeRepo(repo);
  return { repo, files, set: new TrustedSet(files.root, { gun: repo.gun, now: NOW }) };
}

/** Runs `step` and returns the OrderError it throws (failing when it throws anything else or nothing). */
function orderError(step: () => unknown): OrderError {
  try {
    step();
  } catch (err) {
    expect(err).toBeInstanceOf(OrderError);
    expect((err as OrderError).code).toBe("ORDER");
    return err as OrderError;
  }
  throw new Error("expected an OrderError, but the step was accepted");
}

describe("TrustedSet update order (root → timestamp → snapshot → targets → delegations)", () => {
  it("refuses each step before the one it depends on", () => {
    const { files, set } = fresh();
    orderError(() => set.updateSnapshot(files.snapshot));
    orderError(() => set.updateTargets(files.targets));
    orderError(() => set.updateDelegation("targets/releases", files.delegations.get("targets/releases")!));
    set.updateTimestamp(files.timestamp);
    orderError(() => set.updateTargets(files.targets));
    set.updateSnapshot(files.snapshot);
    orderError(() => set.updateDelegation("targets/releases", files.delegations.get("targets/releases")!));
    set.updateTargets(files.targets);
    set.updateDelegation("targets/releases", files.delegations.get("targets/releases")!);
    expect([...set.targets.keys()]).toEqual(["targets", "targets/releases"]);
  });

  it("refuses to go back once a later step is trusted, and to trust a role twice", () => {
    const { files, set } = fresh();
    set.updateTimestamp(files.timestamp);
    set.updateSnapshot(files.snapshot);
    orderError(() => set.updateRoot(files.root));
    orderError(() => set.updateTimestamp(files.timestamp));
    set.updateTargets(files.targets);
    orderError(() => set.updateSnapshot(files.snapshot));
    orderError(() => set.updateTargets(files.targets));
    const releases = files.delegations.get("targets/releases")!;
    set.updateDelegation("targets/releases", releases);
    orderError(() => set.updateDelegation("targets/releases", releases));
    // Nothing a refused step was given replaced what was trusted.
    expect(set.versions()).toEqual({ root: 1, timestamp: 1, snapshot: 1, targets: 2, "targets/releases": 1 });
  });

  it("takes a newer timestamp before the snapshot, and refuses one older than the timestamp it trusts", () => {
    const { repo, files } = fresh();
    repo.timestamp.version = 2;
    const newer = writeRepo(repo);
    const set = new TrustedSet(newer.root, { gun: repo.gun, now: NOW });
    set.updateTimestamp(newer.timestamp);
    expect(() => set.updateTimestamp(files.timestamp)).toThrow(RollbackError);
    expect(set.timestamp?.signed.version).toBe(2);
    set.updateSnapshot(newer.snapshot);
  });

  it("a root rotation between timestamp and snapshot drops the timestamp, which is checked again under the new root", () => {
    const { repo, files, set } = fresh();
    repo.root = { ...repo.root, version: 2 };
    const rotated = writeRepo(repo);
    set.updateTimestamp(rotated.timestamp);
    expect(() => set.updateSnapshot(rotated.snapshot)).toThrow(RootChangedError);
    expect(set.snapshot).toBeUndefined();
    set.updateRoot(rotated.root);
    expect(set.root.signed.version).toBe(2);
    expect(set.timestamp).toBeUndefined();
    orderError(() => set.updateSnapshot(rotated.snapshot));
    set.updateTimestamp(rotated.timestamp);
    set.updateSnapshot(rotated.snapshot);
    set.updateTargets(rotated.targets);
    expect(set.versions()).toMatchObject({ root: 2, timestamp: 1, snapshot: 1, targets: 2 });
    expect(files.root).not.toEqual(rotated.root);
  });

  it("keeps its state behind read-only views", () => {
    const { files, set } = fresh();
    set.updateTimestamp(files.timestamp);
    set.updateSnapshot(files.snapshot);
    set.updateTargets(files.targets);
    const view = (s: TrustedSet) => {
      // @ts-expect-error the trusted timestamp is replaced only through updateTimestamp
      s.timestamp = undefined;
      // @ts-expect-error trusted roles are added only through updateTargets/updateDelegation
      s.targets.set("targets/x", s.targets.get("targets")!);
    };
    expect(view).toBeTypeOf("function");
    expect(() => view(set)).toThrow(TypeError);
    expect(set.timestamp?.signed.version).toBe(1);
  });
});
