// Passphrases of the admin commands: from the environment, else a terminal prompt; new keys are
// asked for twice, and an empty passphrase is refused.
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { keyDirectoryPassphrase, newKeyPassphrase } from "../../src/cli/commands/admin-options.js";

function io(env: Record<string, string>, answers?: string[]): CliIo & { asked: string[] } {
  const asked: string[] = [];
  return {
    env,
    stdout: () => {},
    stderr: () => {},
    cwd: "/",
    asked,
    ...(answers ? { promptSecret: async (q: string) => (asked.push(q), answers.shift() ?? "") } : {}),
  };
}

describe("admin passphrases", () => {
  it("new keys: the environment (root may have its own), once per kind of key", async () => {
    const ask = newKeyPassphrase(io({ CONTENT_TRUST_PASSPHRASE: "repo", CONTENT_TRUST_ROOT_PASSPHRASE: "root" }));
    expect([await ask("root"), await ask("targets")]).toEqual(["root", "repo"]);
    await expect(newKeyPassphrase(io({ CONTENT_TRUST_PASSPHRASE: "" }))("targets")).rejects.toThrow(
      "CONTENT_TRUST_PASSPHRASE is empty; new keys are always encrypted",
    );
    await expect(newKeyPassphrase(io({}))("root")).rejects.toThrow("no passphrase for the new root key");
  });

  it("new keys on a terminal: asked twice, must match, must not be empty", async () => {
    const t = io({}, ["s3cret", "s3cret"]);
    const ask = newKeyPassphrase(t);
    expect(await ask("targets")).toBe("s3cret");
    expect(await ask("targets")).toBe("s3cret");
    expect(t.asked).toEqual([
      "Passphrase for the new targets key: ",
      "Repeat the passphrase for the new targets key: ",
    ]);
    await expect(newKeyPassphrase(io({}, ["a", "b"]))("root")).rejects.toThrow(
      "the passphrases for the new root key do not match",
    );
    await expect(newKeyPassphrase(io({}, [""]))("root")).rejects.toThrow(
      "an empty passphrase for the new root key is refused",
    );
  });

  it("existing key files: the environment, else a prompt naming the key by role and short ID", async () => {
    const id = "ab".repeat(32);
    expect(await keyDirectoryPassphrase(io({ CONTENT_TRUST_PASSPHRASE: "p" }))({ keyId: id, role: "targets" })).toEqual(
      ["p"],
    );
    // Every variable that is set, in order, each value once: the first that decrypts the key wins.
    expect(
      await keyDirectoryPassphrase(
        io({
          CONTENT_TRUST_PASSPHRASE: "p",
          DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: "d",
          CONTENT_TRUST_ROOT_PASSPHRASE: "r",
        }),
      )({ keyId: id, role: "targets" }),
    ).toEqual(["p", "d"]);
    // An empty one (an unset secret in a workflow) is no candidate.
    expect(
      await keyDirectoryPassphrase(
        io({ CONTENT_TRUST_PASSPHRASE: "", DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: "d" }),
      )({
        keyId: id,
        role: "targets",
      }),
    ).toEqual(["d"]);
    expect(
      await keyDirectoryPassphrase(io({ CONTENT_TRUST_PASSPHRASE: "p", CONTENT_TRUST_ROOT_PASSPHRASE: "r" }))({
        keyId: id,
        role: "root",
      }),
    ).toEqual(["r", "p"]);
    const t = io({}, ["typed"]);
    expect(await keyDirectoryPassphrase(t)({ keyId: id, role: "alice" })).toBe("typed");
    expect(t.asked).toEqual([`Passphrase for the alice key ${id.slice(0, 12)}…: `]);
    await expect(keyDirectoryPassphrase(io({}))({ keyId: id })).rejects.toMatchObject({
      message: `the key ${id.slice(0, 12)}… in the key directory is encrypted`,
      hint: "set CONTENT_TRUST_PASSPHRASE",
    });
  });
});
