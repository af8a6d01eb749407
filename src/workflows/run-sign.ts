/**
 * The sign job as both entry points run it: from a typed configuration to a verified result,
 * with the trusted root persisted for the next run.
 */
import { UsageError } from "../errors.js";
import { parseReference } from "../registry/reference.js";
import { loadPrivateKey } from "../signers/key-file.js";
import { KeyFileSigner } from "../signers/key-file-signer.js";
import type { Signer } from "../signers/signer.js";
import { connect, type ConnectOptions } from "./connect.js";
import { sign, type SignResult } from "./sign.js";
import { TrustStore } from "./trust-store.js";

export interface SignConfig extends Omit<ConnectOptions, "transport"> {
  image: string;
  tags: string[];
  digest?: string;
  /** Contents of a private key file. */
  signerKey?: string;
  signerKeyPassphrase?: string;
  signerName?: string;
  roles?: string[];
  expiresInMs?: number;
  rootKeyIds?: string[];
  /** Where trusted roots are kept between runs; nothing is kept when absent. */
  trustDir?: string;
}

export interface RunHooks {
  log?: (m: string) => void;
  warn?: (m: string) => void;
  /** Builds a signer from the configuration when it names no key file (KMS). */
  signerFactory?: () => Promise<Signer>;
}

export async function loadSigner(config: Pick<SignConfig, "signerKey" | "signerKeyPassphrase">): Promise<{ signer: Signer; role?: string }> {
  if (!config.signerKey) throw new UsageError("no signing key: set signer-key (a private key file) or aws-kms-key");
  const key = loadPrivateKey(config.signerKey, config.signerKeyPassphrase);
  return { signer: new KeyFileSigner(key), ...(key.role ? { role: key.role } : {}) };
}

export async function runSign(config: SignConfig, hooks: RunHooks = {}): Promise<SignResult & { persisted: boolean }> {
  const image = parseReference(config.image);
  if (!image.tag && !image.digest) image.tag = "latest";
  if (!image.tag) throw new UsageError(`image ${config.image} has no tag to sign`, { hint: "write it as name:tag or name:tag@sha256:…" });
  for (const tag of config.tags) parseReference(`${image.name}:${tag}`);
  const { signer, role } = hooks.signerFactory && !config.signerKey ? { signer: await hooks.signerFactory(), role: undefined } : await loadSigner(config);
  const signerName = config.signerName ?? (role && !["root", "targets", "snapshot", "timestamp"].includes(role) ? role.replace(/^targets\//, "") : undefined);
  const store = config.trustDir ? new TrustStore(config.trustDir) : undefined;
  const anchor = (await store?.load(image.name)) ?? {};
  if (config.rootKeyIds?.length) anchor.pinnedRootKeyIds = config.rootKeyIds;
  const conn = connect(image, config);
  try {
    const result = await sign(
      { notary: conn.notary, registry: conn.registry, signer, ...(hooks.log ? { log: hooks.log } : {}), ...(hooks.warn ? { warn: hooks.warn } : {}) },
      {
        image,
        extraTags: config.tags,
        ...(config.digest ? { digest: config.digest } : {}),
        ...(signerName ? { signerName } : {}),
        ...(config.roles?.length ? { roles: config.roles } : {}),
        ...(config.expiresInMs ? { expiresInMs: config.expiresInMs } : {}),
        anchor,
      },
    );
    if (store) await store.save(image.name, result.trustedRoot, result.versions);
    return { ...result, persisted: store !== undefined };
  } finally {
    conn.close();
  }
}
