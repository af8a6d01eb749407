// What the integration stack tells the tests (through vitest's provide/inject): plain, serialisable
// data only. Tests read it with `useStack()` from ./use-stack.ts. Type-only: global-setup.ts runs
// outside the test runner and must not load vitest's runtime.
import type { NotaryTrust } from "./notary-server.js";

export interface NotaryEndpoint {
  /** https://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT */
  host: string;
  trust: NotaryTrust;
}

export interface StackInfo {
  /** CA of every TLS certificate in the stack (file path and PEM). */
  caFile: string;
  caPem: string;
  /** The servers' certificate (also valid for *.content-trust.test) and its key, for test servers of a test's own. */
  certFile: string;
  keyFile: string;
  notary: {
    /** notary-server signing with its own ed25519 timestamp/snapshot keys. */
    local: NotaryEndpoint;
    /** notary-server backed by notary-signer over mutual TLS: ecdsa timestamp/snapshot keys. */
    signer: NotaryEndpoint;
  };
  registry: {
    /** 127.0.0.1:PORT, the registry part of image names (also the start of their GUNs). */
    host: string;
    /** http://127.0.0.1:PORT */
    url: string;
  };
  /** Servers' output: notary-server-local.log, notary-server-signer.log, notary-signer.log, docker-registry.log. */
  logDir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}
