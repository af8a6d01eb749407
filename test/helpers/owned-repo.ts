/**
 * A Notary repository on the real server whose every key the test holds, built with our own code:
 * root (an X.509 root certificate for the GUN), targets, a delegation key `ci` for
 * `targets/releases` and `targets/ci`, and a timestamp and a snapshot key of its own, listed in
 * root beside the server's keys (threshold 1). The server keeps generating snapshot and timestamp
 * with its keys; the test can forge either with its own (test/helpers/tamper.ts), which is how a
 * compromised or hostile server is played against the real one.
 */
import { createHash } from "node:crypto";
import { NotaryClient } from "../../src/notary/client.js";
import { createTransport } from "../../src/net/http.js";
import { parseEnvelope, type FileMeta, type RootSigned, type TargetsSigned } from "../../src/tuf/metadata.js";
import { keyIdOf, type PublicKey } from "../../src/tuf/keys.js";
import { formatGoTime } from "../../src/tuf/time.js";
import { ecdsaKey, ed25519Key, rootKey, write, type TestKey } from "./repo-builder.js";
import { uniqueRepo, type StackInfo } from "../stack/use-stack.js";

const YEAR = 365 * 24 * 3600 * 1000;
export const inYears = (n: number) => formatGoTime(Date.now() + n * YEAR);

export interface OwnedKeys {
  root: TestKey;
  targets: TestKey;
  ci: TestKey;
  timestamp: TestKey;
  snapshot: TestKey;
}

export interface OwnedRepo {
  /** Registry path (`test/x-1234`) and the GUN / image name (`127.0.0.1:PORT/test/x-1234`). */
  repo: string;
  gun: string;
  keys: OwnedKeys;
  serverKeys: { timestamp: PublicKey; snapshot: PublicKey };
  /** A client straight to the real server (no proxy). */
  client: NotaryClient;
  /** The ci key as an unencrypted PKCS#8 PEM (what runSign takes as signerKey). */
  ciKeyPem: string;
  root: RootSigned;
  targets: TargetsSigned;
  /** Current bytes of a role on the real server. */
  fetch(role: string): Promise<Uint8Array>;
  /** Publishes targets version+1 after `edit` (an admin's change), signed with the targets key. */
  publishTargets(edit: (t: TargetsSigned) => void, signers?: TestKey[]): Promise<Uint8Array>;
  /** Publishes a delegation version+1 (from version 0 when absent) after `edit`. */
  publishDelegation(role: string, edit: (t: TargetsSigned) => void, signers?: TestKey[]): Promise<Uint8Array>;
  close(): void;
}

export function emptyTargetsRole(version: number): TargetsSigned {
  return {
    type: "Targets",
    delegations: { keys: new Map(), roles: [] },
    expires: inYears(3),
    targets: new Map(),
    version,
  };
}

/** `{length, hashes:{sha256}}` for a fake manifest of `size` bytes (or real ones). */
export function targetMeta(digestHex: string, length: number): FileMeta {
  return { length, hashes: { sha256: Buffer.from(digestHex, "hex").toString("base64") } };
}

export function randomDigest(seed = Math.random().toString()): string {
  return createHash("sha256").update(seed).digest("hex");
}

/** `registryHost` names the registry in the GUN (a proxy in front of the registry, for one). */
export async function createOwnedRepo(
  stack: StackInfo,
  prefix: string,
  server = stack.notary.local.url,
  registryHost = stack.registry.host,
): Promise<OwnedRepo> {
  const repo = uniqueRepo(prefix);
  const gun = `${registryHost}/${repo}`;
  const transport = createTransport({ caPem: stack.caPem, timeoutMs: 20_000 });
  const client = new NotaryClient({ baseUrl: server, gun, send: (req) => transport(req) });
  // The real clock throughout: the real server and the Go clients check certificates against it.
  const keys: OwnedKeys = {
    root: rootKey(gun, { notBefore: Date.now() - 3600_000 }),
    targets: ecdsaKey(),
    ci: ecdsaKey(),
    timestamp: ed25519Key(),
    snapshot: ed25519Key(),
  };
  const serverKeys = {
    timestamp: await client.getServerKey("timestamp"),
    snapshot: await client.getServerKey("snapshot"),
  };
  const root: RootSigned = {
    type: "Root",
    consistentSnapshot: false,
    expires: inYears(10),
    keys: new Map([
      [keys.root.keyId, keys.root.publicKey],
      [keys.targets.keyId, keys.targets.publicKey],
      [keys.timestamp.keyId, keys.timestamp.publicKey],
      [keys.snapshot.keyId, keys.snapshot.publicKey],
      [keyIdOf(serverKeys.timestamp), serverKeys.timestamp],
      [keyIdOf(serverKeys.snapshot), serverKeys.snapshot],
    ]),
    roles: new Map([
      ["root", { keyIds: [keys.root.keyId], threshold: 1 }],
      ["targets", { keyIds: [keys.targets.keyId], threshold: 1 }],
      ["snapshot", { keyIds: [keyIdOf(serverKeys.snapshot), keys.snapshot.keyId], threshold: 1 }],
      ["timestamp", { keyIds: [keyIdOf(serverKeys.timestamp), keys.timestamp.keyId], threshold: 1 }],
    ]),
    version: 1,
  };
  const targets = emptyTargetsRole(1);
  targets.delegations.keys.set(keys.ci.keyId, keys.ci.publicKey);
  for (const name of ["targets/ci", "targets/releases"])
    targets.delegations.roles!.push({ name, keyIds: [keys.ci.keyId], threshold: 1, paths: [""] });
  await client.publish(
    new Map([
      ["root", write(root, keys.root)],
      ["targets", write(targets, keys.targets)],
    ]),
  );

  const fetch = async (role: string) => {
    const bytes = await client.getMetadata(role);
    if (!bytes) throw new Error(`${gun}: no ${role} on the server`);
    return bytes;
  };
  const owned: OwnedRepo = {
    repo,
    gun,
    keys,
    serverKeys,
    client,
    ciKeyPem: keys.ci.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    root,
    targets,
    fetch,
    async publishTargets(edit, signers = [keys.targets]) {
      const next = parseEnvelope(await fetch("targets"), "Targets", "targets").signed;
      edit(next);
      next.version++;
      next.expires = inYears(3);
      const bytes = write(next, ...signers);
      await client.publish(new Map([["targets", bytes]]));
      owned.targets = next;
      return bytes;
    },
    async publishDelegation(role, edit, signers = [keys.ci]) {
      const current = await client.getMetadata(role);
      const next = current ? parseEnvelope(current, "Targets", role).signed : emptyTargetsRole(0);
      edit(next);
      next.version++;
      next.expires = inYears(3);
      const bytes = write(next, ...signers);
      await client.publish(new Map([[role, bytes]]));
      return bytes;
    },
    close: () => transport.close(),
  };
  return owned;
}
