/**
 * Inputs the revoke and renew actions share, read once into the admin configuration. The signing
 * key is a key file's content (from a secret) or an AWS KMS key; secrets are masked on arrival.
 */
import * as core from "@actions/core";
import os from "node:os";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { AdminConfig } from "../workflows/admin/session.js";
import { parseBoolean, parseKeyIds, parseTimeout, splitList } from "../workflows/options.js";
import { maskSecret } from "./log.js";

export function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === "" ? undefined : v;
}

export interface AdminInputs {
  config: AdminConfig;
  trustCache: boolean;
}

export function readAdminInputs(env: NodeJS.ProcessEnv, repositoryInput: "image" | "repository"): AdminInputs {
  const signerKey = input("signer-key");
  const passphrase = input("signer-key-passphrase");
  const password = input("registry-password");
  maskSecret(signerKey);
  maskSecret(passphrase);
  maskSecret(password);
  const repository = input(repositoryInput);
  if (!repository) throw new UsageError(`input ${repositoryInput} is required`, { hint: repositoryInput === "image" ? "image: registry.example/app:v1" : "repository: registry.example/app" });
  const username = input("registry-username");
  if ((username === undefined) !== (password === undefined)) throw new UsageError("inputs registry-username and registry-password go together");
  const awsKmsKey = input("aws-kms-key");
  if (signerKey && awsKmsKey) throw new UsageError("set either signer-key or aws-kms-key, not both");
  if (!signerKey && !awsKmsKey) throw new UsageError("no signing key: set input signer-key (a key file's content) or aws-kms-key");
  const timeoutMs = parseTimeout(input("timeout"));
  const config: AdminConfig = {
    repository,
    ...(signerKey ? { signerKey } : {}),
    ...(passphrase ? { signerKeyPassphrase: passphrase } : {}),
    ...(awsKmsKey ? { awsKmsKey } : {}),
    ...(input("aws-region") ? { awsRegion: input("aws-region")! } : {}),
    ...(input("notary-server") ? { notaryServer: input("notary-server")! } : {}),
    ...(env.DOCKER_CONTENT_TRUST_SERVER ? { envNotaryServer: env.DOCKER_CONTENT_TRUST_SERVER } : {}),
    ...(input("ca-cert") ? { caPem: input("ca-cert")! } : {}),
    ...(username && password ? { credentials: { username, password } } : {}),
    dockerConfigDir: env.DOCKER_CONFIG || path.join(os.homedir(), ".docker"),
    rootKeyIds: parseKeyIds(input("root-key-id")),
    ...(timeoutMs ? { timeoutMs } : {}),
    insecureRegistries: splitList(input("insecure-registries")),
    trustDir: path.join(env.RUNNER_TEMP || os.tmpdir(), "content-trust", "trust"),
  };
  return { config, trustCache: parseBoolean(input("trust-cache"), "trust-cache", true) };
}
