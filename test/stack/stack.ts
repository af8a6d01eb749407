// Starts everything the integration tests share: one PKI, a notary-server that signs locally, a
// notary-server behind a notary-signer, and a docker-registry, in parallel.
import { assertStackPrograms } from "./binaries.js";
import { startNotaryServer, type NotaryServer } from "./notary-server.js";
import { createPki, type Pki } from "./pki.js";
import { startRegistry, type Registry } from "./registry.js";
import type { StackInfo } from "./stack-info.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export interface Stack {
  info: StackInfo;
  /** The CA and the 127.0.0.1 certificate the servers use (e.g. for a TLS proxy in front of them). */
  pki: Pki;
  notaryLocal: NotaryServer;
  notarySigner: NotaryServer;
  registry: Registry;
  stop(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  assertStackPrograms();
  // PKI, logs and configs all live here; removed by stop().
  const dir = makeTempDir("stack");
  const pkiReady = createPki(dir);
  const starting = [
    pkiReady.then((pki) => startNotaryServer({ trust: "local", pki, logDir: dir, logLevel: "info" })),
    pkiReady.then((pki) => startNotaryServer({ trust: "signer", pki, logDir: dir, logLevel: "info" })),
    startRegistry({ logDir: dir }),
  ] as const;
  const results = await Promise.allSettled([pkiReady, ...starting]);
  const running = results.flatMap((r) => (r.status === "fulfilled" && "stop" in r.value ? [r.value] : []));
  const stop = async () => {
    await Promise.allSettled(running.map((service) => service.stop()));
    await removeTempDir(dir);
  };
  const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  if (failures.length > 0) {
    await stop();
    if (failures.length === 1) throw failures[0];
    throw new AggregateError(failures, `test stack failed to start:\n${failures.map(String).join("\n")}`);
  }
  const pki = await pkiReady;
  const [notaryLocal, notarySigner, registry] = await Promise.all(starting);
  const info: StackInfo = {
    caFile: pki.caFile,
    caPem: pki.caPem,
    certFile: pki.chainFile,
    keyFile: pki.keyFile,
    notary: {
      local: { url: notaryLocal.url, host: notaryLocal.host, trust: "local" },
      signer: { url: notarySigner.url, host: notarySigner.host, trust: "signer" },
    },
    registry: { host: registry.host, url: registry.url },
    logDir: dir,
  };
  return { info, pki, notaryLocal, notarySigner, registry, stop };
}
