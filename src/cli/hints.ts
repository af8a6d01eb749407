/**
 * The CLI's words for errors whose fix is a flag: the lower layers say what failed (with a code),
 * and this names the flag that fixes it (wording.ts fixHint picks the line by code).
 */
import { describeWithFix, type FixWords } from "../wording.js";

const CLI_FIXES: FixWords = {
  REGISTRY_PLAIN_HTTP: (host) => `pass --insecure-registry ${host}`,
  PLAIN_HTTP: (host) =>
    `the server speaks plain HTTP: if ${host} is your registry, not its Notary server, pass the Notary server's URL with --notary-server (it defaults to https://<registry host>); if it is the Notary server, pass --notary-server http://${host}`,
  INSECURE_REGISTRY: () => "write --insecure-registry HOST:PORT (or http://HOST:PORT)",
  TLS_UNKNOWN_CA: (host) =>
    `pass the CA certificate of ${host} with --ca-cert FILE, or put it in $DOCKER_CONFIG/tls/${host}/ca.crt; a CA only the system trusts (update-ca-certificates, SSL_CERT_FILE) counts when NODE_USE_SYSTEM_CA=1 is set (Node 22.15 and later) or its file is in NODE_EXTRA_CA_CERTS`,
  TLS_WRONG_CA: (host) =>
    `--ca-cert (or $DOCKER_CONFIG/tls/${host}/) holds a CA that did not issue this certificate: give the one that did`,
  CA_FILE_MISSING: () => "--ca-cert takes the path of a PEM file",
  CA_NOT_CERTIFICATE: () => "--ca-cert takes a PEM file of certificates (-----BEGIN CERTIFICATE-----)",
};

/** describeError with the CLI's hint where it has one. */
export function describeForCli(err: unknown): string {
  return describeWithFix(err, CLI_FIXES);
}
