/**
 * `npm run demo`: the sign job end to end on a local embedded stack.
 *
 * Starts a real notary-server (TLS with a throwaway CA) and a registry on loopback, pushes a tiny
 * image, creates the repository with a `targets/releases` + `targets/demo` delegation (the Go
 * notary CLI, as an admin would with `docker trust signer add`), signs the tag with the bundled
 * action run as the GitHub runner runs it, verifies it with our own reader, prints the outputs and
 * the `docker trust inspect`-style report, and cleans up.
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStack } from "../test/stack/stack.js";
import { pushImage } from "../test/stack/registry.js";
import { NotaryCli, makeEcdsaKey } from "../test/stack/go-clients.js";
import { makeTempDir, removeTempDir } from "../test/stack/temp-dir.js";
import { asLogShows, runAction } from "../test/helpers/runner.js";
import { ourConnection } from "../test/helpers/our-client.js";
import { inspect } from "../src/workflows/inspect.js";
import { createRuntime } from "../src/workflows/runtime.js";
import { formatInspect } from "../src/cli/format.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const step = (s: string) => process.stdout.write(`\n\x1b[1m== ${s}\x1b[0m\n`);

async function main(): Promise<void> {
  step("Checking the programs the stack needs (apt-get installs them when missing)");
  execFileSync(process.execPath, [path.join(root, "scripts/ensure-stack.mjs")], { stdio: "inherit" });
  if (!existsSync(path.join(root, "dist/sign/index.js"))) {
    step("Building dist/");
    execFileSync(process.execPath, [path.join(root, "scripts/build.mjs")], { stdio: "inherit" });
  }

  step("Starting notary-server (TLS, throwaway CA) and docker-registry on 127.0.0.1");
  const stack = await startStack();
  const work = makeTempDir("demo");
  const notary = new NotaryCli({ serverUrl: stack.info.notary.local.url, caFile: stack.info.caFile });
  try {
    const { registry } = stack.info;
    console.log(`notary-server ${stack.info.notary.local.url}\nregistry      ${registry.url}`);

    step("Pushing a tiny image through the registry API (no Docker daemon)");
    const repo = "demo/app";
    const image = `${registry.host}/${repo}`;
    const pushed = await pushImage(registry.url, repo, "v1");
    console.log(`${image}:v1 -> ${pushed.digest} (${pushed.size} bytes)`);

    step("Creating the trust repository and a delegation for the CI key (repository admin's part)");
    const ci = await makeEcdsaKey(work, "demo");
    await notary.init(image, { serverManagedSnapshot: true });
    await notary.delegationAdd(image, "targets/releases", ci.publicPath, { publish: false });
    await notary.delegationAdd(image, "targets/demo", ci.publicPath);
    console.log("targets/releases and targets/demo now list the key of demo-key.pem");

    step("Signing with the bundled action (dist/sign under Node 24, inputs as the runner passes them)");
    const run = await runAction(".", {
      image: `${image}:v1`,
      tags: "latest",
      digest: pushed.digest,
      "signer-key": await readFile(ci.privateKeyPath, "utf8"),
      "signer-name": "demo",
      "notary-server": stack.info.notary.local.url,
      "ca-cert": stack.info.caPem,
      "insecure-registries": registry.host,
    });
    process.stdout.write(asLogShows(run.stdout));
    if (run.code !== 0) throw new Error(`the action failed (exit ${run.code})`);
    console.log("\nOutputs:");
    for (const [k, v] of Object.entries(run.outputs)) console.log(`  ${k} = ${v}`);

    step("Verifying from scratch with our own reader (what docker trust inspect --pretty shows)");
    const conn = ourConnection(stack.info, image, stack.info.notary.local.url);
    try {
      const { result } = await inspect(conn.notary, { name: image, runtime: createRuntime() });
      process.stdout.write(formatInspect(result));
      const signed = result.signedTags.find((t) => t.tag === "v1");
      if (signed?.digest !== pushed.digest.slice(7)) throw new Error("v1 is not signed with the pushed digest");
    } finally {
      conn.close();
    }
    console.log("\nThe demo signed and verified the image. Cleaning up.");
  } finally {
    await notary.dispose().catch(() => {});
    await removeTempDir(work).catch(() => {});
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
