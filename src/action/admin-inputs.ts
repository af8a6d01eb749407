/**
 * Inputs the revoke and renew actions share, read once into the admin configuration.
 */
import type { AdminConfig } from "../workflows/admin/session.js";
import { parseKeyIds } from "../settings/values.js";
import {
  input,
  readConnectionInputs,
  readRequireRootPinInput,
  readSigningKeyInputs,
  readTrustCacheInput,
  requiredInput,
} from "./inputs.js";

export interface AdminInputs {
  config: AdminConfig;
  trustCache: boolean;
}

export function readAdminInputs(env: NodeJS.ProcessEnv, repositoryInput: "image" | "repository"): AdminInputs {
  const repository = requiredInput(
    repositoryInput,
    repositoryInput === "image" ? "registry.example/app:v1" : "registry.example/app",
  );
  const key = readSigningKeyInputs(env);
  const connection = readConnectionInputs(env);
  const config: AdminConfig = {
    ...connection,
    ...key,
    repository,
    rootKeyIds: parseKeyIds(input("root-key-id")),
    requireRootPin: readRequireRootPinInput(),
  };
  return { config, trustCache: readTrustCacheInput() };
}
