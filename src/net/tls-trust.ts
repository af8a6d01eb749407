/**
 * Which CA certificates a TLS connection trusts, and what a failed handshake means.
 *
 * - A CA bundle given by the user (input `ca-cert`, flag `--ca-cert`) must hold certificates: text
 *   that holds none is refused before anything is sent (CA_NOT_CERTIFICATE).
 * - Docker's per-host directory for a Notary server, `$DOCKER_CONFIG/tls/<host:port>/`: every `*.crt`
 *   file there is a CA, trusted for that host only, as `docker trust` reads it.
 * - A certificate signed by no CA we know is TLS_UNKNOWN_CA when no CA was given for the host, and
 *   TLS_WRONG_CA when one was (the server's certificate is not signed by it).
 */
import { X509Certificate } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readRegularFileAtMostSync } from "../bounded-file.js";
import { setting } from "../wording.js";
import { ServerError, UsageError } from "../errors.js";

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const MAX_CA_BYTES = 1024 * 1024;

/** The certificates of a PEM bundle, re-encoded; throws CA_NOT_CERTIFICATE naming `subject` when it holds none. */
export function parseCaBundle(text: string, subject: string): string {
  const blocks = text.match(PEM_CERTIFICATE) ?? [];
  const out: string[] = [];
  for (const [i, block] of blocks.entries()) {
    try {
      out.push(new X509Certificate(block).toString());
    } catch {
      throw new UsageError(`${subject}: certificate ${i + 1} of ${blocks.length} is not a valid X.509 certificate`, {
        code: "CA_NOT_CERTIFICATE",
      });
    }
  }
  if (out.length === 0) {
    const what = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)
      ? "a private key, not a certificate"
      : "no PEM certificate (-----BEGIN CERTIFICATE-----)";
    throw new UsageError(`${subject} holds ${what}`, { code: "CA_NOT_CERTIFICATE" });
  }
  return out.join("");
}

/**
 * The CA certificates in `<dockerConfigDir>/tls/<host>/*.crt`, or undefined when there are none
 * (a missing directory is not an error, as in docker). Read synchronously, once per host.
 */
export function readDockerTlsCa(dockerConfigDir: string, host: string): string | undefined {
  // host:port as it appears in the server URL; a name with a path separator is never a host.
  if (!host || /[/\\]|^\.\.?$/.test(host)) return undefined;
  const dir = path.join(dockerConfigDir, "tls", host);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".crt"))
      .sort();
  } catch {
    return undefined;
  }
  const bundles: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let bytes: Buffer | undefined;
    try {
      if (statSync(file).size > MAX_CA_BYTES)
        throw new UsageError(`${file} is larger than 1 MiB`, { code: "CA_NOT_CERTIFICATE" });
      bytes = readRegularFileAtMostSync(file, MAX_CA_BYTES);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}`, {
        code: "CA_FILE_MISSING",
      });
    }
    // Bounded however the file changed since: anything but a regular file within the bound.
    if (!bytes)
      throw new UsageError(`cannot read ${file}: not a regular file of at most 1 MiB`, { code: "CA_FILE_MISSING" });
    bundles.push(parseCaBundle(bytes.toString("utf8"), file));
  }
  return bundles.length > 0 ? bundles.join("") : undefined;
}

/** Node's codes for a certificate no trusted CA signed. */
const UNTRUSTED = new Set([
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_SIGNATURE_FAILURE",
]);

/**
 * A failed TLS handshake with `host` as a typed error; `caGiven`: whether a CA was given for it.
 * `proxy`: the forward proxy the connection went through, and whether the handshake that failed
 * was the proxy's own (an https:// proxy, before it answered CONNECT) or the server's through it.
 */
export function tlsFailure(
  code: string,
  host: string,
  request: string,
  url: string,
  caGiven: boolean,
  proxy?: { host: string; own: boolean },
): ServerError {
  if (proxy?.own) {
    const failure = tlsFailure(code, `the proxy ${proxy.host}`, request, url, caGiven);
    const hint = UNTRUSTED.has(code)
      ? `give the CA certificate that issued the proxy's certificate in NODE_EXTRA_CA_CERTS (${setting("ca-cert")} covers the proxy too, on the way to the server it is given for)`
      : failure.hint;
    return new ServerError(failure.code, failure.message, { url, ...(hint !== undefined ? { hint } : {}) });
  }
  // A proxy that inspects TLS answers the handshake itself, with a certificate of its own CA.
  const inspecting = proxy
    ? `; the connection went through the proxy ${proxy.host}: if it inspects TLS, its CA certificate must be given too`
    : "";
  if (UNTRUSTED.has(code)) {
    return caGiven
      ? new ServerError(
          "TLS_WRONG_CA",
          `the certificate of ${host} is not signed by the CA certificates given for it (${code}) for ${request}`,
          {
            url,
            hint: `give the CA that issued the server's certificate${inspecting}`,
          },
        )
      : new ServerError(
          "TLS_UNKNOWN_CA",
          `the certificate of ${host} is signed by a CA that is not trusted (${code}) for ${request}`,
          {
            url,
            hint: `if the server uses a private CA, give its CA certificate${inspecting}`,
          },
        );
  }
  if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") {
    return new ServerError(
      "TLS_CERT_EXPIRED",
      `the certificate of ${host} is outside its validity period (${code}) for ${request}`,
      { url },
    );
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || code === "HOSTNAME_MISMATCH") {
    return new ServerError(
      "TLS_HOSTNAME",
      `the certificate of ${host} is not valid for that name (${code}) for ${request}`,
      { url, hint: "use the name the certificate was issued for" },
    );
  }
  return new ServerError("TLS", `TLS connection to ${host} failed for ${request} (${code})`, {
    url,
    hint: "if the server uses a private CA, give its CA certificate",
  });
}
