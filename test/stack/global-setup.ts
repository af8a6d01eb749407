// vitest globalSetup of the "integration" project: start the shared stack once, hand its addresses
// to the tests (`useStack()` from ./stack-info.ts), stop it afterwards.
import { copyFile } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startStack } from "./stack.js";
import { makeTempDir } from "./temp-dir.js";
import type {} from "./stack-info.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const stack = await startStack();
  project.provide("stack", stack.info);
  // Test workers are forked after this point and inherit it, so plain fetch() trusts the stack's CA.
  // The copy outlives the stack (removed when this process exits): vitest may still fork a worker
  // while the stack stops, and Node warns when NODE_EXTRA_CA_CERTS names a missing file.
  const extraCerts = path.join(makeTempDir("ca"), "ca.crt");
  await copyFile(stack.info.caFile, extraCerts);
  const previousExtraCerts = process.env.NODE_EXTRA_CA_CERTS;
  process.env.NODE_EXTRA_CA_CERTS = extraCerts;
  if (process.env.STACK_VERBOSE) {
    console.log(`test stack up in ${Date.now() - started} ms: ${JSON.stringify({ ...stack.info, caPem: undefined })}`);
  }
  return async () => {
    if (previousExtraCerts === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
    else process.env.NODE_EXTRA_CA_CERTS = previousExtraCerts;
    await stack.stop();
  };
}
