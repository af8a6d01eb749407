/**
 * The action's words for errors whose fix is an input: the lower layers say what failed (with a
 * code), and this names the input that fixes it (wording.ts fixHint picks the line by code).
 */
import { describeWithFix, fixHint, type FixWords } from "../wording.js";

const ACTION_FIXES: FixWords = {
  REGISTRY_PLAIN_HTTP: (host) => `add ${host} to the insecure-registries input`,
  PLAIN_HTTP: (host) =>
    `the server speaks plain HTTP: if ${host} is your registry, not its Notary server, give the Notary server's URL in notary-server (it defaults to https://<registry host>); if it is the Notary server, give notary-server as http://${host}`,
  INSECURE_REGISTRY: () => "fix the insecure-registries input: write HOST:PORT (or http://HOST:PORT)",
  TLS_UNKNOWN_CA: (host) =>
    `give the CA certificate (PEM) of ${host} in the ca-cert input, or as $DOCKER_CONFIG/tls/${host}/ca.crt; a CA only the runner's system trusts counts with NODE_USE_SYSTEM_CA: 1 in the step's env`,
  TLS_WRONG_CA: (host) =>
    `the ca-cert input (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`,
  CA_NOT_CERTIFICATE: () => "the ca-cert input takes PEM certificates (-----BEGIN CERTIFICATE-----)",
};

/** The hint an action user needs for `err`, by its code; undefined when the error's own hint fits. */
export function actionHint(err: unknown): string | undefined {
  return fixHint(err, ACTION_FIXES);
}

/** describeError with the action's hint where it has one. */
export function describeForAction(err: unknown): string {
  return describeWithFix(err, ACTION_FIXES);
}
