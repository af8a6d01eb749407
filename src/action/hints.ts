/**
 * The action's words for errors whose fix is an input: the lower layers say what failed (with a
 * code), and this names the input that fixes it.
 */
import { ServerError, TrustError, describeError } from "../errors.js";

/** The hint an action user needs for `err`, by its code; undefined when the error's own hint fits. */
export function actionHint(err: unknown): string | undefined {
  if (!(err instanceof TrustError)) return undefined;
  const host = (err instanceof ServerError ? err.host : undefined) ?? "the server";
  switch (err.code) {
    case "REGISTRY_PLAIN_HTTP":
      return `add ${host} to the insecure-registries input`;
    case "PLAIN_HTTP":
      return `the server speaks plain HTTP: give notary-server as http://${host} if that is intended`;
    case "INSECURE_REGISTRY":
      return `fix the insecure-registries input: write HOST:PORT (or http://HOST:PORT)`;
    case "TLS_UNKNOWN_CA":
      return `give the CA certificate (PEM) of ${host} in the ca-cert input, or as $DOCKER_CONFIG/tls/${host}/ca.crt`;
    case "TLS_WRONG_CA":
      return `the ca-cert input (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`;
    case "CA_NOT_CERTIFICATE":
      return "the ca-cert input takes PEM certificates (-----BEGIN CERTIFICATE-----)";
    default:
      return undefined;
  }
}

/** describeError with the action's hint where it has one. */
export function describeForAction(err: unknown): string {
  const hint = actionHint(err);
  return hint && err instanceof TrustError ? `${err.message}; ${hint}` : describeError(err);
}
