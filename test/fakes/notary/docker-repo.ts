/**
 * Repositories on the fake notary-server, made the way `docker trust signer add` makes them (one
 * POST of root v1 and targets v1 with a server-managed snapshot), and our Notary client pointed at
 * the fake in-process. Every key is the test's; metadata is built with repo-builder.ts.
 */
import { createHash, randomBytes } from "node:crypto";
import { ServerError } from "../../../src/errors.js";
import { NotaryClient } from "../../../src/notary/client.js";
import type { ResolvedManifest } from "../../../src/registry/client.js";
import { keyIdOf, type PublicKey } from "../../../src/tuf/keys.js";
import type { RootSigned, TargetsSigned } from "../../../src/tuf/metadata.js";
import { formatGoTime } from "../../../src/tuf/time.js";
import { ecdsaKey, rootKey, write, type TestKey } from "../../helpers/repo-builder.js";
import { errorResponse, type FakeNotaryServer } from "./server.js";

export const FAKE_NOTARY_URL = "https://notary.fake.test";
const YEAR = 365 * 24 * 3600 * 1000;

/** Our client for `gun` on the fake, through its in-process transport. */
export function fakeClient(server: FakeNotaryServer, gun: string): NotaryClient {
  return new NotaryClient({ baseUrl: FAKE_NOTARY_URL, gun, send: (req) => server.transport(req) });
}

export interface FakeRepo {
  gun: string;
  client: NotaryClient;
  root: TestKey;
  targets: TestKey;
  /** Signer name → its delegation key (`targets/<name>` and `targets/releases`). */
  signers: Map<string, TestKey>;
  rootSigned: RootSigned;
  targetsSigned: TargetsSigned;
}

async function serverKey(client: NotaryClient, role: "timestamp" | "snapshot"): Promise<PublicKey> {
  return client.getServerKey(role);
}

export interface DockerRepoOptions {
  /** Signers delegated to in targets v1. */
  signers?: readonly string[];
  /** Put our own key in root's snapshot role (a client-managed snapshot). */
  snapshotKey?: TestKey;
  /** The repository's name, when it is not a new unique one (a repository made again). */
  gun?: string;
}

/** A new repository `registry.test/<unique>` with the given signers, published to the fake. */
export async function dockerRepo(server: FakeNotaryServer, opts: DockerRepoOptions = {}): Promise<FakeRepo> {
  const gun = opts.gun ?? `registry.test/app-${randomBytes(4).toString("hex")}`;
  const client = fakeClient(server, gun);
  const now = server.now();
  const root = rootKey(gun, { notBefore: now - 60_000, notAfter: now + 10 * YEAR });
  const targets = ecdsaKey();
  const [timestamp, snapshot] = await Promise.all([
    serverKey(client, "timestamp"),
    opts.snapshotKey?.publicKey ?? serverKey(client, "snapshot"),
  ]);
  const ids = { root: root.keyId, targets: targets.keyId, snapshot: keyIdOf(snapshot), timestamp: keyIdOf(timestamp) };
  const rootSigned: RootSigned = {
    type: "Root",
    consistentSnapshot: false,
    expires: formatGoTime(now + 10 * YEAR),
    keys: new Map<string, PublicKey>([
      [ids.root, root.publicKey],
      [ids.targets, targets.publicKey],
      [ids.snapshot, snapshot],
      [ids.timestamp, timestamp],
    ]),
    roles: new Map(
      (["root", "snapshot", "targets", "timestamp"] as const).map((r) => [r, { keyIds: [ids[r]], threshold: 1 }]),
    ),
    version: 1,
  };
  const signers = new Map((opts.signers ?? []).map((name) => [name, ecdsaKey()]));
  const targetsSigned: TargetsSigned = {
    type: "Targets",
    delegations: { keys: new Map(), roles: [] },
    expires: formatGoTime(now + 3 * YEAR),
    targets: new Map(),
    version: 1,
  };
  for (const [name, key] of signers) {
    targetsSigned.delegations.keys.set(key.keyId, key.publicKey);
    for (const role of [`targets/${name}`, "targets/releases"]) {
      const existing = targetsSigned.delegations.roles!.find((r) => r.name === role);
      if (existing) existing.keyIds!.push(key.keyId);
      else targetsSigned.delegations.roles!.push({ name: role, keyIds: [key.keyId], threshold: 1, paths: [""] });
    }
  }
  await client.publish(
    new Map([
      ["root", write(rootSigned, root)],
      ["targets", write(targetsSigned, targets)],
    ]),
  );
  return { gun, client, root, targets, signers, rootSigned, targetsSigned };
}

/** A registry that knows one manifest per tag (what sign() asks of a registry). */
export function fakeRegistry(manifests: Record<string, ResolvedManifest>): {
  resolve(ref: { tag?: string; digest?: string }): Promise<ResolvedManifest>;
} {
  return {
    async resolve(ref) {
      const byDigest = Object.values(manifests).find((m) => m.digest === ref.digest);
      const found = ref.digest ? byDigest : manifests[ref.tag ?? "latest"];
      if (!found)
        throw new ServerError("MANIFEST_UNKNOWN", `${ref.tag ?? ref.digest} not found in the registry`, {
          status: 404,
        });
      return found;
    },
  };
}

/** A manifest of random bytes. */
export function manifest(): ResolvedManifest {
  const bytes = randomBytes(300);
  return {
    digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    size: bytes.length,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    bytes,
  };
}

/**
 * Between a client's read and its next upload, `repo` is deleted and made again under the same name
 * with new keys, and that upload is answered 400 VERSION: the client reads the repository again.
 */
export function remakeBeforeUpload(server: FakeNotaryServer, repo: FakeRepo): void {
  server.beforeUpload = async () => {
    await server.handle({ method: "DELETE", url: `/v2/${repo.gun}/_trust/tuf/` });
    await dockerRepo(server, { gun: repo.gun, signers: [...repo.signers.keys()] });
    return errorResponse("VERSION", {});
  };
}
