// Throwaway certificates for the test stack (ECDSA P-256, keys from node:crypto, certificates from the
// openssl CLI): a CA, one TLS certificate for 127.0.0.1/localhost usable by servers and clients
// (mutual TLS between notary-server and notary-signer), and self-signed certificates for x509
// delegation keys.
import { generateKeyPairSync } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCommand } from "./processes.js";
import { makeTempDir, removeTempDir } from "./temp-dir.js";

export interface Pki {
  dir: string;
  caFile: string;
  caPem: string;
  /**
   * Leaf certificate: SAN IP:127.0.0.1, DNS:localhost and DNS:*.content-trust.test (names that only
   * the test forward proxy resolves), EKU serverAuth and clientAuth.
   */
  certFile: string;
  /** PKCS#8 private key of the leaf. */
  keyFile: string;
  /** Leaf followed by the CA. */
  chainFile: string;
  dispose(): Promise<void>;
}

export interface EcdsaKeyFiles {
  /** Unencrypted PKCS#8 PEM ("PRIVATE KEY"). */
  privateKeyPath: string;
  /** SPKI PEM ("PUBLIC KEY"), or a self-signed certificate when made by makeCertificateKey. */
  publicPath: string;
  publicPem: string;
}

const DAYS_VALID = "7";
/** Names under this domain resolve only through the test forward proxy (forward-proxy.ts). */
export const PROXIED_DOMAIN = "content-trust.test";

/** Make a CA and a leaf certificate in `dir` (a new temp dir when omitted; dispose removes only that). */
export async function createPki(dir?: string): Promise<Pki> {
  const ownDir = dir === undefined;
  const base = dir ?? makeTempDir("pki");
  const file = (name: string) => path.join(base, name);
  const caKey = file("ca.key");
  const caFile = file("ca.crt");
  const keyFile = file("server.key");
  const certFile = file("server.crt");
  const chainFile = file("server-chain.crt");
  await Promise.all([writeEcdsaKey(caKey), writeEcdsaKey(keyFile)]);
  await openssl([
    "req",
    "-x509",
    "-new",
    "-key",
    caKey,
    "-sha256",
    "-days",
    DAYS_VALID,
    "-subj",
    "/CN=content-trust-action test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
    "-out",
    caFile,
  ]);
  await openssl([
    "req",
    "-x509",
    "-new",
    "-key",
    keyFile,
    "-CA",
    caFile,
    "-CAkey",
    caKey,
    "-sha256",
    "-days",
    DAYS_VALID,
    "-subj",
    "/CN=localhost",
    "-addext",
    `subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:*.${PROXIED_DOMAIN}`,
    "-addext",
    "extendedKeyUsage=serverAuth,clientAuth",
    "-addext",
    "basicConstraints=critical,CA:FALSE",
    "-addext",
    "keyUsage=critical,digitalSignature,keyEncipherment",
    "-out",
    certFile,
  ]);
  const [caPem, leafPem] = await Promise.all([readFile(caFile, "utf8"), readFile(certFile, "utf8")]);
  await writeFile(chainFile, leafPem + caPem);
  return {
    dir: base,
    caFile,
    caPem,
    certFile,
    keyFile,
    chainFile,
    dispose: async () => {
      if (ownDir) await removeTempDir(base);
    },
  };
}

/** An ECDSA P-256 key pair as `<dir>/<name>-key.pem` and `<dir>/<name>.pub`. */
export async function makeEcdsaKey(dir: string, name: string): Promise<EcdsaKeyFiles> {
  const privateKeyPath = path.join(dir, `${name}-key.pem`);
  const publicPath = path.join(dir, `${name}.pub`);
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  await writeFile(privateKeyPath, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), { mode: 0o600 });
  await writeFile(publicPath, publicPem);
  return { privateKeyPath, publicPath, publicPem };
}

/**
 * An ECDSA P-256 key with a self-signed certificate (CN = `commonName`, valid ~3 years so notary does
 * not warn about expiry): `<dir>/<name>-key.pem` and `<dir>/<name>.crt`. This is the form
 * `notary delegation add` turns into an `ecdsa-x509` delegation key.
 */
export async function makeCertificateKey(dir: string, name: string, commonName = name): Promise<EcdsaKeyFiles> {
  const key = await makeEcdsaKey(dir, name);
  const publicPath = path.join(dir, `${name}.crt`);
  await openssl([
    "req",
    "-x509",
    "-new",
    "-key",
    key.privateKeyPath,
    "-sha256",
    "-days",
    "1095",
    "-subj",
    `/CN=${commonName}`,
    "-out",
    publicPath,
  ]);
  return { privateKeyPath: key.privateKeyPath, publicPath, publicPem: await readFile(publicPath, "utf8") };
}

async function writeEcdsaKey(file: string): Promise<void> {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  await writeFile(file, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), { mode: 0o600 });
}

async function openssl(args: string[]): Promise<void> {
  await runCommand("openssl", args, { timeoutMs: 30_000 });
}
