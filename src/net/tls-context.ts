/**
 * TLS contexts that trust what Node trusts by default and some extra CA certificates, and which
 * extra certificates each one trusts: connections opened with one context may serve the requests
 * of another only when both trust the same (early-connections.ts).
 */
import tls from "node:tls";
import { readRegularFileAtMostSync } from "../bounded-file.js";

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/** The extra CA certificates of each context made by contextWithExtraCas, as trustOf gives them. */
const contextTrust = new WeakMap<tls.SecureContext, string>();

/**
 * The extra CA certificates of `pems` as one string, equal for the same certificates however the
 * text is laid out; undefined when the text holds any PEM block but CERTIFICATE (OpenSSL also
 * trusts a TRUSTED CERTIFICATE block, which this string would not describe).
 */
export function trustOf(pems: readonly string[]): string | undefined {
  const bodies: string[] = [];
  for (const pem of pems) {
    const blocks = pem.match(/-----BEGIN [^-]*-----/g) ?? [];
    if (blocks.some((b) => b !== "-----BEGIN CERTIFICATE-----")) return undefined;
    for (const m of pem.matchAll(PEM_CERTIFICATE)) bodies.push(m[1]!.replace(/\s+/g, ""));
  }
  return bodies.sort().join(",");
}

/**
 * A TLS context trusting what Node trusts by default and the `extra` CA certificates. Node's own
 * context starts from the default store it has already parsed and copies it when a certificate is
 * added; passing the defaults as `ca` instead would turn each into PEM and parse it again (tens of
 * milliseconds before the first request). Falls back to that where the context cannot add one.
 */
export function contextWithExtraCas(extra: readonly string[]): tls.SecureContext {
  const context = tls.createSecureContext();
  const native = (context as { context?: { addCACert?: (pem: string) => void } }).context;
  if (typeof native?.addCACert !== "function")
    return tls.createSecureContext({ ca: [...defaultCaCertificates(), ...extra] });
  for (const pem of [...extraCertsNodeDrops(), ...extra]) native.addCACert(pem);
  const trust = trustOf(extra);
  if (trust !== undefined) contextTrust.set(context, trust);
  return context;
}

/**
 * NODE_EXTRA_CA_CERTS, where adding a certificate to a context drops it: Node before 22.15 (no
 * tls.getCACertificates) starts the context's own store from the bundled roots alone. A CA given
 * for one server (a private Notary server) must not cost the CA of a TLS-inspecting proxy that the
 * runner trusts through that variable. Read as Node reads it at start; nothing when it cannot be.
 */
function extraCertsNodeDrops(): string[] {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file || typeof (tls as { getCACertificates?: unknown }).getCACertificates === "function") return [];
  try {
    const text = readRegularFileAtMostSync(file, MAX_EXTRA_CA_BYTES)?.toString("utf8") ?? "";
    return [...text.matchAll(PEM_CERTIFICATE)].map((m) => m[0]);
  } catch {
    return [];
  }
}

const MAX_EXTRA_CA_BYTES = 16 * 1024 * 1024;

/** What Node trusts by default (bundled, NODE_EXTRA_CA_CERTS, system when enabled); bundled on Node < 22.15. */
function defaultCaCertificates(): readonly string[] {
  const get = (tls as { getCACertificates?: (type?: "default") => string[] }).getCACertificates;
  return typeof get === "function" ? get("default") : tls.rootCertificates;
}

/**
 * The extra CA certificates a context trusts: "" for none (Node's defaults, no context of ours),
 * undefined when it is not known (a context made otherwise, or from other blocks than CERTIFICATE).
 */
export function trustOfContext(context: tls.SecureContext | undefined): string | undefined {
  return context === undefined ? "" : contextTrust.get(context);
}
