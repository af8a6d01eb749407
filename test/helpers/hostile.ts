/**
 * Shared pieces of the hostile-* integration tests: a proxy in front of the real notary-server, an
 * owned repository with a pushed image, our sign and inspect pointed at the proxy, and the check
 * that nothing was published (the real server's snapshot is unchanged).
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { createTransport } from "../../src/net/http.js";
import { NotaryClient } from "../../src/notary/client.js";
import { inspect } from "../../src/workflows/inspect.js";
import { createRuntime } from "../../src/workflows/runtime.js";
import { runSign, type SignConfig } from "../../src/workflows/run-sign.js";
import type { RunHooks } from "../../src/workflows/compose.js";
import { TrustStore } from "../../src/workflows/trust-store.js";
import { runVerify } from "../../src/workflows/run-verify.js";
import type { VerifyResult } from "../../src/workflows/verify.js";
import { describeError } from "../../src/errors.js";
import { pushImage, type PushedManifest } from "../stack/registry.js";
import { startProxy, type Proxy, type ProxyOptions } from "../stack/proxy.js";
import type { StackInfo } from "../stack/use-stack.js";
import { createOwnedRepo, type OwnedRepo } from "./owned-repo.js";
import { plain } from "../../src/wording.js";

export interface Scene {
  stack: StackInfo;
  proxy: Proxy;
  repo: OwnedRepo;
  pushed: PushedManifest;
  /** A trust directory of its own (stored root and versions between runs). */
  trustDir: string;
  close(): Promise<void>;
}

/** An owned repository with `v1` pushed, behind a fresh proxy in front of the local notary-server. */
export async function scene(
  stack: StackInfo,
  prefix: string,
  proxyOptions: Partial<ProxyOptions> = {},
): Promise<Scene> {
  const repo = await createOwnedRepo(stack, prefix);
  const [pushed, proxy] = await Promise.all([
    pushImage(stack.registry.url, repo.repo, "v1"),
    startProxy({ upstream: stack.notary.local.url, upstreamCa: stack.caPem, ...proxyOptions }),
  ]);
  const trustDir = mkdtempSync(path.join(os.tmpdir(), "ct-hostile-trust-"));
  return {
    stack,
    proxy,
    repo,
    pushed,
    trustDir,
    async close() {
      repo.close();
      await proxy.close();
    },
  };
}

/** A sign configuration through the proxy, with the repository's ci key. */
export function signConfig(s: Scene, extra: Partial<SignConfig> = {}): SignConfig {
  return {
    image: `${s.repo.gun}:v1`,
    tags: [],
    signerKey: s.repo.ciKeyPem,
    notaryServer: s.proxy.url,
    insecureRegistries: [s.stack.registry.host],
    retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
    timeoutMs: 10_000,
    ...extra,
  };
}

export const signThroughProxy = (s: Scene, extra: Partial<SignConfig> = {}, hooks: RunHooks = {}) =>
  runSign(signConfig(s, extra), hooks);

/** Our inspect through the proxy (with the stored trust of `trustDir` when given). */
export async function inspectThroughProxy(s: Scene, opts: { trustDir?: string } = {}) {
  const transport = createTransport({ timeoutMs: 10_000 });
  const client = new NotaryClient({ baseUrl: s.proxy.url, gun: s.repo.gun, send: (req) => transport(req) });
  try {
    const anchor = opts.trustDir ? await new TrustStore(opts.trustDir).load(s.repo.gun) : {};
    return await inspect(client, { ...anchor, name: s.repo.gun, runtime: createRuntime() });
  } finally {
    transport.close();
  }
}

/** Our verify of `image` (default: the scene's v1) through the proxy; its one result. */
export async function verifyThroughProxy(
  s: Scene,
  opts: { image?: string; trustDir?: string } = {},
): Promise<VerifyResult> {
  const run = await runVerify({
    images: opts.image ?? `${s.repo.gun}:v1`,
    cwd: s.trustDir,
    notaryServer: s.proxy.url,
    insecureRegistries: [s.stack.registry.host],
    retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
    timeoutMs: 10_000,
    ...(opts.trustDir ? { trustDir: opts.trustDir } : {}),
  });
  return run.results[0]!;
}

/** `message` (a string, or a pattern whose anchors are dropped) occurs in `text`. */
export function expectMention(raw: string, message: string | RegExp): void {
  const text = plain(raw);
  if (typeof message === "string") expect(text).toContain(message);
  else expect(text).toMatch(new RegExp(message.source.replace(/^\^/, "").replace(/\$$/, ""), message.flags));
}

/** The one-line message a user sees for a rejected promise (settings by their neutral names). */
export async function failureOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return plain(describeError(err));
  }
  throw new Error("expected a failure, but it succeeded");
}

/** Records the real server's snapshot now; `unchanged()` asserts nothing was published since. */
export async function publishWatch(repo: OwnedRepo): Promise<{ unchanged(): Promise<void> }> {
  const before = Buffer.from(await repo.fetch("snapshot")).toString("utf8");
  return {
    async unchanged() {
      expect(
        Buffer.from(await repo.fetch("snapshot")).toString("utf8"),
        "the real server's snapshot changed: something was published",
      ).toBe(before);
    },
  };
}
