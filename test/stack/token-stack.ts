// The shape Docker Hub, Harbor and ACR have: a notary-server and a docker-registry that both
// accept only Bearer tokens from one token service (token-issuer.ts), each validating the JWTs
// itself (`auth: {type: token}` in notary-server's config, `auth: token:` in the registry's).
// Started on demand by the tests that need it, on free loopback ports, with its own PKI.
import { startNotaryServer, type NotaryServer } from "./notary-server.js";
import { createPki, type Pki } from "./pki.js";
import { pushImage, startRegistry, type PushedManifest, type PushImageOptions, type Registry } from "./registry.js";
import { startTokenIssuer, type TokenIssuer, type TokenIssuerOptions } from "./token-issuer.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export const NOTARY_SERVICE = "ct-test-notary";
export const REGISTRY_SERVICE = "ct-test-registry";

export interface TokenStack {
  /** CA of the notary-server's and the issuer's TLS certificates (and of the token signing key). */
  pki: Pki;
  issuer: TokenIssuer;
  notary: NotaryServer;
  /** Plain http on 127.0.0.1 (give it as an insecure registry). */
  registry: Registry;
  /** Pushes an image through the registry's token auth, as `user`. */
  push(user: string, repo: string, tag: string, options?: PushImageOptions): Promise<PushedManifest>;
  /** Server output (notary-server-token.log, docker-registry-token.log). */
  logDir: string;
  stop(): Promise<void>;
}

export async function startTokenStack(
  options: Pick<TokenIssuerOptions, "users" | "now" | "lifetimeS">,
): Promise<TokenStack> {
  const logDir = makeTempDir("token-stack");
  const pki = await createPki(logDir);
  const issuer = await startTokenIssuer({ pki, ...options });
  const token = (service: string) => ({
    realm: issuer.realm,
    service,
    issuer: issuer.issuer,
    rootCertBundle: pki.caFile,
  });
  const notaryAuth = (() => {
    const t = token(NOTARY_SERVICE);
    return {
      type: "token",
      options: { realm: t.realm, service: t.service, issuer: t.issuer, rootcertbundle: t.rootCertBundle },
    };
  })();
  const started = await Promise.allSettled([
    startNotaryServer({ trust: "local", pki, logDir, logLevel: "info", auth: notaryAuth, name: "token" }),
    startRegistry({ logDir, token: token(REGISTRY_SERVICE) }),
  ]);
  const running = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const stop = async () => {
    await Promise.allSettled([...running.map((s) => s.stop()), issuer.stop()]);
    await removeTempDir(logDir);
  };
  const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const [notary, registry] = running as [NotaryServer, Registry];
  return {
    pki,
    issuer,
    notary,
    registry,
    logDir,
    push: async (user, repo, tag, pushOptions = {}) => {
      const bearer = await issuer.tokenFor(user, REGISTRY_SERVICE, `repository:${repo}:pull,push`);
      return pushImage(registry.url, repo, tag, { ...pushOptions, authorization: `Bearer ${bearer}` });
    },
    stop,
  };
}
