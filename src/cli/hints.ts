/**
 * The CLI's words for errors whose fix is a flag: the lower layers say what failed (with a code),
 * and this names the flag that fixes it.
 */
import { ServerError, TrustError, describeError } from "../errors.js";

/** The hint a CLI user needs for `err`, by its code; undefined when the error's own hint fits. */
function cliHint(err: unknown): string | undefined {
  if (!(err instanceof TrustError)) return undefined;
  const host = (err instanceof ServerError ? err.host : undefined) ?? "the server";
  switch (err.code) {
    case "REGISTRY_PLAIN_HTTP":
      return `pass --insecure-registry ${host}`;
    case "PLAIN_HTTP":
      return `the server speaks plain HTTP: pass --notary-server http://${host} if that is intended`;
    case "INSECURE_REGISTRY":
      return "write --insecure-registry HOST:PORT (or http://HOST:PORT)";
    case "TLS_UNKNOWN_CA":
      return `pass the CA certificate of ${host} with --ca-cert FILE, or put it in $DOCKER_CONFIG/tls/${host}/ca.crt`;
    case "TLS_WRONG_CA":
      return `--ca-cert (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`;
    case "CA_FILE_MISSING":
      return "--ca-cert takes the path of a PEM file";
    case "CA_NOT_CERTIFICATE":
      return "--ca-cert takes a PEM file of certificates (-----BEGIN CERTIFICATE-----)";
    default:
      return undefined;
  }
}

/** describeError with the CLI's hint where it has one. */
export function describeForCli(err: unknown): string {
  const hint = cliHint(err);
  return hint && err instanceof TrustError ? `${err.message}; ${hint}` : describeError(err);
}
