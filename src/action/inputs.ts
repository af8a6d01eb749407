/**
 * Inputs the actions share, read once, validated and turned into the typed configuration the
 * workflows take. Secrets are masked on arrival, before anything is logged.
 */
import * as core from "./runner.js";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { UsageError } from "../errors.js";
import { proxyConfigFromEnv } from "../net/proxy.js";
import { parseCaBundle } from "../net/tls-trust.js";
import { parseInsecureRegistries } from "../registry/insecure.js";
import type { ConnectOptions } from "../workflows/connect.js";
import {
  parseDigest,
  parseExpiry,
  parseKeyIds,
  parseBoolean,
  parseOciSignature,
  parseTimeout,
} from "../settings/values.js";
import { splitList } from "../settings/lists.js";
import type { SignConfig } from "../workflows/run-sign.js";
import { registerSecret } from "../redaction.js";

/** An input's value, undefined when empty (the runner passes declared defaults). */
export function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === "" ? undefined : v;
}

/** A required input, refused by name when missing or empty, with a hint showing its form. */
export function requiredInput(name: string, example: string): string {
  const v = input(name);
  if (!v?.trim())
    throw new UsageError(`input ${name} is required but was not given (or is empty)`, {
      hint: `add it to the step's with: block, e.g. ${name}: ${example}`,
    });
  return v.trim();
}

/** A boolean input (see parseBoolean); empty takes the declared default. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name);
  if (v === "") return fallback;
  const value = parseBoolean(v);
  if (value !== undefined) return value;
  throw new UsageError(`input ${name} is ${JSON.stringify(v.slice(0, 40))}, not a boolean`, {
    hint: `write ${name}: true or ${name}: false`,
  });
}

export interface ConnectionInputs extends Omit<ConnectOptions, "transport" | "notaryServer"> {
  notaryServer?: string;
  trustDir: string;
}

/**
 * The forward proxies of the runner (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, either case), with the
 * credentials in a proxy URL masked before anything can log them.
 */
function readProxyEnv(env: NodeJS.ProcessEnv): ConnectOptions["proxy"] {
  for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"]) {
    const value = env[name];
    if (!value) continue;
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
      registerSecret(url.password);
      registerSecret(decodeURIComponent(url.password));
    } catch {
      // not a URL: proxyConfigFromEnv says so, without the value
    }
  }
  // Its credentials, once parsed (decoded, and as Basic), are registered by net/proxy.ts.
  return proxyConfigFromEnv(env);
}

/**
 * Server, CA, credentials, timeout and trust directory, as every action takes them (runStep has
 * masked the secret inputs).
 */
export function readConnectionInputs(env: NodeJS.ProcessEnv): ConnectionInputs {
  const password = input("registry-password");
  const username = input("registry-username");
  if ((username === undefined) !== (password === undefined))
    throw new UsageError("inputs registry-username and registry-password go together");
  const timeoutMs = parseTimeout(input("timeout"));
  const deadlineMs = parseTimeout(input("deadline"), "deadline");
  const proxy = readProxyEnv(env);
  const caCert = input("ca-cert");
  return {
    ...(input("notary-server") ? { notaryServer: input("notary-server")! } : {}),
    ...(env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: env.DOCKER_CONTENT_TRUST_SERVER } : {}),
    ...(caCert ? { caPem: parseCaBundle(caCert, "input ca-cert") } : {}),
    ...(proxy ? { proxy } : {}),
    ...(username && password ? { credentials: { username, password } } : {}),
    dockerConfigDir: env.DOCKER_CONFIG || path.join(os.homedir(), ".docker"),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(deadlineMs ? { deadlineMs } : {}),
    insecureRegistries: parseInsecureRegistries(splitList(input("insecure-registries"))),
    // The runner's per-job directory; without one (a runner emulator), a new directory of this run's
    // own: a shared temp directory would carry roots between jobs and users unseen.
    trustDir: path.join(env.RUNNER_TEMP || runTempDir(), "content-trust", "trust"),
  };
}

/**
 * A temp directory of this run's own, removed when the process ends (the runner removes RUNNER_TEMP
 * after each job; nothing removes this one otherwise).
 */
function runTempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "content-trust-"));
  process.once("exit", () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Left behind (a file still in use): the step's result stands, and a stack trace would not help.
    }
  });
  return dir;
}

export interface SigningKeyInputs {
  signerKey?: string;
  signerKeyPassphrase?: string;
  awsKmsKey?: string;
  awsRegion?: string;
}

/**
 * The key that signs: a key file's content or an AWS KMS key, not both (runStep has masked the secret inputs).
 * The key's passphrase: input signer-key-passphrase, else DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
 * as `docker trust sign` reads it for delegation and repository keys (masked here).
 */
export function readSigningKeyInputs(env: NodeJS.ProcessEnv = {}): SigningKeyInputs {
  const signerKey = input("signer-key");
  registerSecret(env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE);
  const passphrase = input("signer-key-passphrase") ?? (env.DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE || undefined);
  // A passphrase taken from the environment is said to be: an error about it names the input.
  if (signerKey && !input("signer-key-passphrase") && passphrase)
    core.info(
      "signer-key-passphrase is empty: the key's passphrase is taken from DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE",
    );
  const awsKmsKey = input("aws-kms-key");
  if (signerKey && awsKmsKey)
    throw new UsageError("inputs signer-key and aws-kms-key are both given", {
      hint: "give one signing key: a key file's content or an AWS KMS key",
    });
  if (!awsKmsKey && !signerKey?.trim()) {
    // The runner passes a missing input and a secret that is not set alike: as an empty string.
    throw new UsageError(
      "no signing key: inputs signer-key and aws-kms-key are both empty (a signer-key set from a secret that is empty, misspelt or not available to this job is empty too)",
      {
        hint: "give signer-key: ${{ secrets.NAME }} with the key file's content (check the secret's name and that this workflow can read it), or aws-kms-key",
      },
    );
  }
  return {
    ...(signerKey ? { signerKey } : {}),
    ...(passphrase ? { signerKeyPassphrase: passphrase } : {}),
    ...(awsKmsKey ? { awsKmsKey } : {}),
    ...(input("aws-region") ? { awsRegion: input("aws-region")! } : {}),
  };
}

/** Input `require-root-pin`: refuse a root that is neither pinned by root-key-id nor stored from an earlier run. */
export function readRequireRootPinInput(): boolean {
  return booleanInput("require-root-pin", false);
}

export function readTrustCacheInput(): boolean {
  return booleanInput("trust-cache", true);
}

export interface SignInputs {
  config: SignConfig;
  trustCache: boolean;
}

export function readSignInputs(env: NodeJS.ProcessEnv): SignInputs {
  const image = requiredInput("image", "registry.example/app:v1");
  const key = readSigningKeyInputs(env);
  const connection = readConnectionInputs(env);
  const digest = parseDigest(input("digest"));
  const config: SignConfig = {
    ...connection,
    ...key,
    image,
    tags: splitList(input("tags")),
    ...(digest ? { digest } : {}),
    ...(input("signer-name") ? { signerName: input("signer-name")! } : {}),
    roles: splitList(input("roles")),
    ...(input("expires") ? { expiresInMs: parseExpiry(input("expires")!, Date.now()) } : {}),
    rootKeyIds: parseKeyIds(input("root-key-id")),
    requireRootPin: readRequireRootPinInput(),
    ociSignature: parseOciSignature(input("oci-signature"), "input oci-signature"),
  };
  return { config, trustCache: readTrustCacheInput() };
}
