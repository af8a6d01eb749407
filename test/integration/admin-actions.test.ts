// The bundled revoke and renew actions run as the GitHub runner runs them (Node 24, INPUT_*
// variables, GITHUB_* files) on a docker-made repository, judged by docker trust inspect and the
// expiry the server serves.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerTrust, DEFAULT_REPOSITORY_PASSPHRASE } from "../stack/go-clients.js";
import { pushImage } from "../stack/registry.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { leakedSecrets, runAction } from "../helpers/runner.js";
import { cliFlags, runCli, served, tempDir } from "../helpers/admin.js";
import { runSign } from "../../src/workflows/run-sign.js";
import { parseGoTime } from "../../src/tuf/time.js";

const stack = useStack();
const server = stack.notary.local.url;
const DAY = 86400_000;
let docker: DockerTrust;
beforeAll(async () => {
  docker = await DockerTrust.create({ serverUrl: server, caPem: stack.caPem });
});
afterAll(() => docker?.dispose());

describe("dist/revoke and dist/renew under Node 24", () => {
  it("renew re-signs the roles about to expire and annotates; revoke removes a tag; no secret leaks", async () => {
    const repo = uniqueRepo("admin-action");
    const image = `${stack.registry.host}/${repo}`;
    const key = await docker.keyGenerate("ci", path.join(docker.configDir, "keys", repo));
    await docker.signerAdd("ci", image, key.pubPath);
    const keyText = await readFile(key.privateKeyPath, "utf8");
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    const v2 = await pushImage(stack.registry.url, repo, "v2");
    for (const tag of ["v1", "v2"]) {
      await runSign({
        image: `${image}:${tag}`,
        tags: [],
        signerKey: keyText,
        signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
        notaryServer: server,
        caPem: stack.caPem,
        insecureRegistries: [stack.registry.host],
        expiresInMs: 20 * DAY,
      });
    }
    const secrets = {
      "signer-key": keyText,
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
      "ca-cert": stack.caPem,
    };
    const t0 = Date.now();

    const renew = await runAction("renew", { repository: image, ...secrets });
    expect(renew.code, renew.stdout + renew.stderr).toBe(0);
    expect(JSON.parse(renew.outputs.renewed!).map((r: { role: string }) => r.role)).toEqual([
      "targets/ci",
      "targets/releases",
    ]);
    expect(JSON.parse(renew.outputs["not-renewed"]!)).toEqual([]);
    expect(renew.outputs.published).toBe("true");
    expect(renew.stdout).toMatch(/::notice::targets\/releases of \S+ renewed: v3, expires at \S+Z \(was \S+Z\)/);
    expect(renew.summary).toContain("| targets/releases | 3 |");
    for (const role of ["targets/ci", "targets/releases"]) {
      const expires = parseGoTime((await served(stack, server, image, role)).expires);
      expect(Math.abs(expires - (t0 + 3 * 365 * DAY))).toBeLessThan(5 * 60_000);
    }
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => [t.SignedTag, t.Digest])).toEqual([
      ["v1", v1.digest.slice(7)],
      ["v2", v2.digest.slice(7)],
    ]);

    // With a window wider than what is left of targets, it is annotated: this key cannot sign it.
    // A role named to witness that verifies is left as it is.
    const wide = await runAction("renew", {
      repository: image,
      within: "4y",
      expires: "5y",
      witness: "targets/releases",
      ...secrets,
    });
    expect(wide.code, wide.stdout).toBe(0);
    expect(wide.outputs.witnessed).toBe("[]");
    expect(wide.stdout).toContain(`targets/releases of ${image} verifies: nothing to witness`);
    expect(JSON.parse(wide.outputs["not-renewed"]!).map((r: { role: string }) => r.role)).toEqual(["targets"]);
    expect(wide.stdout).toMatch(
      new RegExp(
        `::warning::targets of ${image.replace(/[.]/g, "\\.")} expires at \\S+Z \\(in \\d+ months\\); the given key \\S+ cannot sign it; renew it with a key of targets: [0-9a-f]{12}…`,
      ),
    );
    // Each warning once, and the summary's columns say what they hold.
    const warnings = wide.stdout.split("\n").filter((l) => l.startsWith("::warning::"));
    expect(new Set(warnings).size).toBe(warnings.length);
    expect(renew.summary).toContain("| Role | New version | Previous expiry | Expires at |");

    // A run that publishes over a root it trusted on first use says so, as sign does (each run
    // here starts with no stored root); require-root-pin refuses such a root before any change.
    expect(renew.stdout).toMatch(
      new RegExp(`::warning::${image.replace(/[.]/g, "\\.")}: trusting root key [0-9a-f]{64} on first use`),
    );
    const refused = await runAction("revoke", { image: `${image}:v1`, "require-root-pin": "true", ...secrets });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::.*require-root-pin refuses trust on first use/);

    const revoke = await runAction("revoke", { image: `${image}:v1`, ...secrets });
    expect(revoke.code, revoke.stdout + revoke.stderr).toBe(0);
    expect(JSON.parse(revoke.outputs["removed-from"]!)).toEqual(["targets/ci", "targets/releases"]);
    expect(revoke.outputs["still-released-by"]).toBe("");
    expect((await docker.inspect(image))[0]!.SignedTags).toEqual([
      { SignedTag: "v2", Digest: v2.digest.slice(7), Signers: ["ci"] },
    ]);

    // Run again (a re-run of the job): nothing to remove, said once, nothing published.
    const again = await runAction("revoke", { image: `${image}:v1`, ...secrets });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(JSON.parse(again.outputs["removed-from"]!)).toEqual([]);
    expect(again.outputs.published).toBe("false");
    expect(again.stdout.split("\n").filter((l) => l.includes(`${image}:v1`))).toEqual([
      `${image}:v1 is not signed: nothing to revoke`,
    ]);

    const bad = await runAction("revoke", { image, ...secrets });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`::error::image ${image} has no tag to revoke; image: ${image}:TAG`);

    const visible = [renew, wide, revoke, again, bad]
      .flatMap((r) => [r.stdout, r.stderr, JSON.stringify(r.outputs), r.summary])
      .join("\n");
    expect(leakedSecrets(visible, [keyText, DEFAULT_REPOSITORY_PASSPHRASE])).toEqual([]);
  });
  it("renew's witness lists the content of a role only removed keys signed, and re-signs it once confirmed", async () => {
    const repo = uniqueRepo("admin-action-witness");
    const image = `${stack.registry.host}/${repo}`;
    const ci = await docker.keyGenerate("ci", path.join(docker.configDir, "keys", repo, "ci"));
    await docker.signerAdd("ci", image, ci.pubPath);
    const v1 = await pushImage(stack.registry.url, repo, "v1");
    await runSign({
      image: `${image}:v1`,
      tags: [],
      signerKey: await readFile(ci.privateKeyPath, "utf8"),
      signerKeyPassphrase: DEFAULT_REPOSITORY_PASSPHRASE,
      notaryServer: server,
      caPem: stack.caPem,
      insecureRegistries: [stack.registry.host],
    });
    // The last signer is removed (with the targets key docker made) and docker adds another:
    // targets/releases is signed only by the removed key.
    // Server, CA and trust directory as the CLI tests give them, and docker's own key directory.
    const connection = (await cliFlags(stack, server, await tempDir("admin-action-witness"))).slice(0, 6);
    const removed = await runCli(
      [
        "signer",
        "remove",
        "ci",
        image,
        "--force",
        ...connection,
        "--key-dir",
        path.join(docker.configDir, "trust", "private"),
      ],
      { CONTENT_TRUST_PASSPHRASE: DEFAULT_REPOSITORY_PASSPHRASE },
    );
    expect(removed.code, removed.stderr).toBe(0);
    const dave = await docker.keyGenerate("dave", path.join(docker.configDir, "keys", repo, "dave"));
    await docker.signerAdd("dave", image, dave.pubPath);
    const secrets = {
      "signer-key": await readFile(dave.privateKeyPath, "utf8"),
      "signer-key-passphrase": DEFAULT_REPOSITORY_PASSPHRASE,
      "notary-server": server,
      "ca-cert": stack.caPem,
    };
    const listed = await runAction("renew", { repository: image, witness: "targets/releases", ...secrets });
    expect(listed.code).toBe(1);
    expect(listed.outputs.published).toBe("false");
    expect(listed.summary).toContain(`| v1 | \`${v1.digest}\` |`);
    const confirm = /witness: targets\/releases@(sha256:[0-9a-f]{64})/.exec(listed.summary)![1]!;
    expect(listed.stdout).toContain(`  v1 ${v1.digest}`);
    const witnessed = await runAction("renew", {
      repository: image,
      witness: `targets/releases@${confirm}`,
      ...secrets,
    });
    expect(witnessed.code, witnessed.stdout + witnessed.stderr).toBe(0);
    expect(JSON.parse(witnessed.outputs.witnessed!)).toMatchObject([{ role: "targets/releases", targets: 1 }]);
    expect((await docker.inspect(image))[0]!.SignedTags.map((t) => [t.SignedTag, t.Digest])).toEqual([
      ["v1", v1.digest.slice(7)],
    ]);
  });
});
