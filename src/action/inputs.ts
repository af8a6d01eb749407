/**
 * The sign action's inputs, read once, validated, and turned into the typed configuration the
 * workflow takes. Secrets are masked before anything is logged.
 */
import * as core from "@actions/core";
import os from "node:os";
import path from "node:path";
import { UsageError } from "../errors.js";
import { parseBoolean, parseDigest, parseExpiry, parseKeyIds, parseTimeout, splitList } from "../workflows/options.js";
import type { SignConfig } from "../workflows/run-sign.js";
import { maskSecret } from "./log.js";

export interface SignInputs {
  config: SignConfig;
  trustCache: boolean;
}

function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === "" ? undefined : v;
}

export function readSignInputs(env: NodeJS.ProcessEnv): SignInputs {
  const signerKey = input("signer-key");
  const passphrase = input("signer-key-passphrase");
  const password = input("registry-password");
  maskSecret(signerKey);
  maskSecret(passphrase);
  maskSecret(password);
  const image = input("image");
  if (!image) throw new UsageError("input image is required", { hint: "image: registry.example/app:v1" });
  const username = input("registry-username");
  if ((username === undefined) !== (password === undefined)) {
    throw new UsageError("inputs registry-username and registry-password go together");
  }
  const awsKmsKey = input("aws-kms-key");
  if (signerKey && awsKmsKey) throw new UsageError("set either signer-key or aws-kms-key, not both");
  if (!signerKey && !awsKmsKey) throw new UsageError("no signing key: set input signer-key (a key file's content) or aws-kms-key");
  const timeoutMs = parseTimeout(input("timeout"));
  const digest = parseDigest(input("digest"));
  const dockerConfigDir = env.DOCKER_CONFIG || path.join(os.homedir(), ".docker");
  const config: SignConfig = {
    image,
    tags: splitList(input("tags")),
    ...(digest ? { digest } : {}),
    ...(signerKey ? { signerKey } : {}),
    ...(passphrase ? { signerKeyPassphrase: passphrase } : {}),
    ...(awsKmsKey ? { awsKmsKey } : {}),
    ...(input("aws-region") ? { awsRegion: input("aws-region")! } : {}),
    ...(input("signer-name") ? { signerName: input("signer-name")! } : {}),
    roles: splitList(input("roles")),
    expiresInMs: parseExpiry(input("expires") ?? "3y", Date.now()),
    ...(input("notary-server") ? { notaryServer: input("notary-server")! } : {}),
    ...(env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: env.DOCKER_CONTENT_TRUST_SERVER } : {}),
    ...(input("ca-cert") ? { caPem: input("ca-cert")! } : {}),
    ...(username && password ? { credentials: { username, password } } : {}),
    dockerConfigDir,
    rootKeyIds: parseKeyIds(input("root-key-id")),
    ...(timeoutMs ? { timeoutMs } : {}),
    insecureRegistries: splitList(input("insecure-registries")),
    trustDir: path.join(env.RUNNER_TEMP || os.tmpdir(), "content-trust", "trust"),
  };
  return { config, trustCache: parseBoolean(input("trust-cache"), "trust-cache", true) };
}
