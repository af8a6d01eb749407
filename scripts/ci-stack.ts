/**
 * For the self-test job: starts notary-server and a registry on loopback, pushes an image, creates
 * the repository with a `ci` delegation, writes what the next steps need to $STACK_OUT/stack.env
 * (GITHUB_OUTPUT format), and keeps the servers running until the job ends.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startStack } from "../test/stack/stack.js";
import { pushImage } from "../test/stack/registry.js";
import { NotaryCli, makeEcdsaKey } from "../test/stack/go-clients.js";
import { makeTempDir } from "../test/stack/temp-dir.js";

const out = process.env.STACK_OUT ?? ".";
const stack = await startStack();
const image = `${stack.info.registry.host}/self-test/app`;
const pushed = await pushImage(stack.info.registry.url, "self-test/app", "v1");
const key = await makeEcdsaKey(makeTempDir("self-test"), "ci");
const notary = new NotaryCli({ serverUrl: stack.info.notary.local.url, caFile: stack.info.caFile });
await notary.init(image, { serverManagedSnapshot: true });
await notary.delegationAdd(image, "targets/releases", key.publicPath, { publish: false });
await notary.delegationAdd(image, "targets/ci", key.publicPath);
const multiline = (name: string, value: string) =>
  `${name}<<EOF_${name.toUpperCase().replace(/-/g, "_")}\n${value.trimEnd()}\nEOF_${name.toUpperCase().replace(/-/g, "_")}\n`;
const env = [
  `image=${image}\n`,
  `registry=${stack.info.registry.host}\n`,
  `digest=${pushed.digest}\n`,
  `notary-server=${stack.info.notary.local.url}\n`,
  multiline("ca-cert", stack.info.caPem),
  multiline("signer-key", await readFile(key.privateKeyPath, "utf8")),
].join("");
await writeFile(path.join(out, "stack.env.tmp"), env);
await writeFile(path.join(out, "stack.env"), env);
console.log(`stack ready: ${image} ${pushed.digest}`);
setInterval(() => {}, 1 << 30);
