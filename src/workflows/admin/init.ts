/**
 * Creating a repository as Docker does (docs/notary-protocol.md §9.1, notary client.Initialize with a
 * server-managed snapshot): the server's timestamp and snapshot keys from its `.key` endpoints, a
 * self-signed root certificate for the root key (CN = repository, 10 years), root v1 with all four
 * roles signed with the certificate's key ID, targets v1 (with the first signers' delegations when
 * given) signed by the targets key, and one POST of both. The server then makes snapshot and
 * timestamp. A repository that already has a root is never touched.
 */
import type { KeyObject } from "node:crypto";
import { ServerError, TrustError, UsageError } from "../../errors.js";
import type { NotaryClient } from "../../notary/client.js";
import { KeyFileSigner } from "../../signers/key-file-signer.js";
import { notaryPublicKeyOf, unsupportedKeyReason } from "../../signers/public-key.js";
import { createRootCertificate } from "../../signers/root-certificate.js";
import type { Signer } from "../../tuf/signer.js";
import { RELEASES } from "../../tuf/docker.js";
import { canonicalKeyIdOf, keyIdOf, type PublicKey } from "../../tuf/keys.js";
import { parseEnvelope, type RootSigned, type TargetsSigned } from "../../tuf/metadata.js";
import { addDelegationKeys, emptyTargets } from "../../tuf/role-edits.js";
import { signEnvelope } from "../../tuf/sign.js";
import { ROOT_LIFETIME_MS, TARGETS_LIFETIME_MS } from "../../tuf/lifetimes.js";
import { formatGoTime } from "../../tuf/time.js";
import type { TrustedSet } from "../../tuf/trusted-set.js";
import { loadTrust } from "../load-trust.js";
import { assertServed, publishWithRetry } from "../publication.js";
import { listedAs } from "./keyring.js";
import { setting, step } from "../../wording.js";
import type { Runtime } from "../runtime.js";

export interface InitDeps {
  notary: NotaryClient;
  runtime: Runtime;
}

export interface FirstSigner {
  /** Signer name: the delegation is `targets/<name>`, and its keys also go into `targets/releases`. */
  name: string;
  keys: readonly PublicKey[];
}

export interface InitOptions {
  /** The private root key: ECDSA P-256, as Docker and notary make them. */
  rootKey: KeyObject;
  /** The targets (repository) key. */
  targets: Signer;
  /** Signers to delegate to in the first targets, as `docker trust signer add` on a new repository. */
  signers?: readonly FirstSigner[];
  /** The server's keys, when the caller fetched them first (fetchServerKeys). */
  serverKeys?: ServerKeys;
}

/** The keys a Notary server holds for a repository's timestamp and snapshot. */
export interface ServerKeys {
  timestamp: PublicKey;
  snapshot: PublicKey;
}

export interface InitResult {
  gun: string;
  /** The root key as root.json lists it (the certificate's ID, `docker trust inspect` "Root Key"). */
  rootKeyId: string;
  /** The root key's canonical ID, which names its key file. */
  rootCanonicalKeyId: string;
  targetsKeyId: string;
  snapshotKeyId: string;
  timestampKeyId: string;
  /** The repository as read back after publishing. */
  set: TrustedSet;
}

/** Docker's signer names (cli/command/trust/signer_add.go): `releases` is reserved. */
export function checkSignerName(name: string): void {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
    throw new UsageError(
      `signer name ${JSON.stringify(name.slice(0, 80))} must start with a lower-case letter or digit and may then hold "-" or "_"`,
    );
  }
  if (name === "releases")
    throw new UsageError("releases is a reserved signer name", { hint: "use a different signer name" });
}

export async function initRepository(deps: InitDeps, opts: InitOptions): Promise<InitResult> {
  const { notary } = deps;
  const gun = notary.gun;
  const now = deps.runtime.now();
  const { log } = deps.runtime;
  if (
    opts.rootKey.type !== "private" ||
    opts.rootKey.asymmetricKeyType !== "ec" ||
    opts.rootKey.asymmetricKeyDetails?.namedCurve !== "prime256v1"
  ) {
    throw new UsageError("the root key must be an ECDSA P-256 private key, as Docker and notary make them");
  }
  for (const s of opts.signers ?? []) checkSignerName(s.name);

  let serverKeys = opts.serverKeys;
  if (!serverKeys) {
    await assertNewRepository(notary);
    serverKeys = await fetchServerKeys(notary, log);
  }
  const { timestamp: timestampKey, snapshot: snapshotKey } = serverKeys;

  const cert = createRootCertificate({ gun, privateKey: opts.rootKey, notBefore: now });
  const rootPlain = notaryPublicKeyOf(opts.rootKey);
  const rootId = keyIdOf(cert.publicKey);
  const plainSigner = new KeyFileSigner({
    keyObject: opts.rootKey,
    publicKey: rootPlain,
    keyId: keyIdOf(rootPlain),
    role: "root",
  });
  const rootSigner = listedAs(plainSigner, rootId, cert.publicKey);
  const ids = {
    root: rootId,
    targets: keyIdOf(opts.targets.publicKey),
    snapshot: keyIdOf(snapshotKey),
    timestamp: keyIdOf(timestampKey),
  };
  const root: RootSigned = {
    type: "Root",
    consistentSnapshot: false,
    expires: formatGoTime(now + ROOT_LIFETIME_MS),
    keys: new Map([
      [ids.root, cert.publicKey],
      [ids.targets, opts.targets.publicKey],
      [ids.snapshot, snapshotKey],
      [ids.timestamp, timestampKey],
    ]),
    roles: new Map(
      (["root", "snapshot", "targets", "timestamp"] as const).map((r) => [r, { keyIds: [ids[r]], threshold: 1 }]),
    ),
    version: 1,
  };
  let targets: TargetsSigned = { ...emptyTargets(formatGoTime(now + TARGETS_LIFETIME_MS)), version: 1 };
  for (const s of opts.signers ?? []) {
    targets = addDelegationKeys(targets, `targets/${s.name}`, s.keys);
    targets = addDelegationKeys(targets, RELEASES, s.keys);
  }
  const files = new Map([
    ["root", await signEnvelope(root, [rootSigner])],
    ["targets", await signEnvelope(targets, [opts.targets])],
  ]);
  const versions = new Map([
    ["root", 1],
    ["targets", 1],
  ]);

  // A lost answer is resolved by reading root.json again: ours means the upload landed.
  await publishWithRetry(
    { notary, runtime: deps.runtime },
    {
      state: undefined as Uint8Array | undefined,
      plan: async (served) => {
        if (!served) return { files, versions };
        if (Buffer.compare(Buffer.from(served), Buffer.from(files.get("root")!)) === 0)
          return { files: new Map(), versions };
        throw exists(gun, notary.baseUrl, served);
      },
      reload: () => notary.getMetadata("root"),
      change: `the new repository ${gun}`,
    },
  );
  log("Verifying what the server now serves");
  const hints = (opts.signers ?? []).flatMap((s) => [`targets/${s.name}`, RELEASES]);
  const { set } = await loadTrust(notary, { trustedRoot: files.get("root")!, now: deps.runtime.now(), hints });
  assertServed(set, files);
  return {
    gun,
    rootKeyId: rootId,
    rootCanonicalKeyId: canonicalKeyIdOf(cert.publicKey),
    targetsKeyId: ids.targets,
    snapshotKeyId: ids.snapshot,
    timestampKeyId: ids.timestamp,
    set,
  };
}

/**
 * The server's timestamp and snapshot keys for a new repository (notary-server makes them on the
 * first request). Asked for before any key of ours is made: a host that serves no Notary refuses
 * here, with nothing written.
 */
export async function fetchServerKeys(notary: NotaryClient, log: (line: string) => void): Promise<ServerKeys> {
  log(`Creating ${notary.gun} on ${notary.baseUrl}: fetching the server's timestamp and snapshot keys`);
  try {
    const [timestamp, snapshot] = await Promise.all([
      notary.getServerKey("timestamp"),
      notary.getServerKey("snapshot"),
    ]);
    return { timestamp, snapshot };
  } catch (err) {
    if (err instanceof ServerError && err.status === 404 && notary.notFoundByOtherServer("root")) {
      throw new ServerError(
        err.code,
        `${notary.baseUrl} has no timestamp key to give for ${notary.gun}: ${err.message}`,
        {
          status: 404,
          cause: err,
          hint: `${notary.baseUrl} answered 404 not as a Notary server answers, and may serve no Notary at all (a registry without content trust): give the Notary server in ${setting("notary-server")}`,
        },
      );
    }
    throw err;
  }
}

/** Throws REPOSITORY_EXISTS when the server has a root for the repository. */
export async function assertNewRepository(notary: NotaryClient): Promise<void> {
  const existing = await notary.getMetadata("root");
  if (existing) throw exists(notary.gun, notary.baseUrl, existing);
}

function exists(gun: string, server: string, root: Uint8Array): TrustError {
  let version = "";
  try {
    version = ` (root v${parseEnvelope(root, "Root", "root").signed.version})`;
  } catch {
    // an unreadable root still means the repository exists
  }
  return new TrustError(
    "REPOSITORY_EXISTS",
    `${gun} already exists on ${server}${version}; init never touches an existing repository`,
    {
      hint: `manage it with ${step("signer-add", gun)}, or choose another repository name`,
    },
  );
}

/** Checks that a key can be a root key before anything is written (for callers that load one). */
export function rootKeyProblem(key: KeyObject): string | undefined {
  const reason = unsupportedKeyReason(key);
  if (reason) return reason;
  if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
    return "the root key must be ECDSA P-256";
  return undefined;
}
