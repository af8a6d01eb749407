// The in-memory notary-server (test/fakes/notary) against the real notary-server 0.7: one
// scenario of reads and uploads, good and bad, runs against both, and every answer's status, error
// code and validation name must agree. The unit tests of the write path rely on the fake; this
// keeps it honest.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTransport, type Transport } from "../../src/net/http.js";
import { keyIdOf, type PublicKey } from "../../src/tuf/keys.js";
import { serialiseEnvelope, type RootSigned, type TargetsSigned } from "../../src/tuf/metadata.js";
import { formatGoTime } from "../../src/tuf/time.js";
import { parseReference } from "../../src/registry/reference.js";
import { sign } from "../../src/workflows/sign.js";
import { dockerRepo, fakeRegistry, manifest } from "../fakes/notary/docker-repo.js";
import { FakeNotaryServer } from "../fakes/notary/server.js";
import { NotaryCli } from "../stack/notary-cli.js";
import { ecdsaKey, ed25519Key, fileMeta, rootKey, sigOf, write, type TestKey } from "../helpers/repo-builder.js";
import { uniqueRepo, useStack } from "../stack/use-stack.js";
import { createRuntime } from "../../src/workflows/runtime.js";

const stack = useStack();
const real = createTransport({ caPem: stack.caPem, timeoutMs: 20_000 });
afterAll(() => real.close());
const YEAR = 365 * 24 * 3600 * 1000;

type Outcome = [step: string, status: number, code?: string, name?: string];

interface Api {
  gun: string;
  get(file: string): Promise<{ status: number; body: Buffer; code?: string }>;
  post(files: [string, Uint8Array][] | { contentType: string; body: Buffer }): Promise<Outcome>;
}

function api(send: Transport, base: string, gun: string): Api {
  const url = (file: string) => `${base}/v2/${gun}/_trust/tuf/${file}`;
  const decode = (status: number, body: Uint8Array): { code?: string; name?: string } => {
    if (status === 200) return {};
    const e = (JSON.parse(Buffer.from(body).toString()) as { errors: { code: string; detail?: { Name?: string } }[] })
      .errors[0]!;
    return { code: e.code, ...(typeof e.detail?.Name === "string" ? { name: e.detail.Name } : {}) };
  };
  return {
    gun,
    async get(file) {
      const res = await send({ method: "GET", url: url(file), maxBytes: 1 << 22 });
      return { status: res.status, body: Buffer.from(res.body), ...decode(res.status, res.body) };
    },
    async post(files) {
      let contentType: string;
      let body: Buffer;
      if (Array.isArray(files)) {
        const b = randomBytes(30).toString("hex");
        contentType = `multipart/form-data; boundary=${b}`;
        body = Buffer.concat([
          ...files.flatMap(([role, bytes]) => [
            Buffer.from(
              `--${b}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
            ),
            Buffer.from(bytes),
            Buffer.from("\r\n"),
          ]),
          Buffer.from(`--${b}--\r\n`),
        ]);
      } else ({ contentType, body } = files);
      const res = await send({
        method: "POST",
        url: url(""),
        headers: { "content-type": contentType },
        body,
        maxBytes: 65536,
      });
      const d = decode(res.status, res.body);
      return ["", res.status, ...(d.code ? [d.code] : []), ...(d.name ? [d.name] : [])] as Outcome;
    },
  };
}

function targets(version: number, now: number, extra: Partial<TargetsSigned> = {}): TargetsSigned {
  return {
    type: "Targets",
    delegations: { keys: new Map(), roles: [] },
    expires: formatGoTime(now + 3 * YEAR),
    targets: new Map(),
    version,
    ...extra,
  };
}

/** The scenario; keys are made per run, so both servers see the same kinds of bytes. */
async function scenario(a: Api, gun: string, now: number, ownSnapshot: Api): Promise<Outcome[]> {
  const out: Outcome[] = [];
  const step = async (name: string, p: Promise<Outcome>) => out.push([name, ...(await p).slice(1)] as Outcome);
  const getStep = async (name: string, file: string) => {
    const r = await a.get(file);
    out.push([name, r.status, ...(r.code ? [r.code] : [])] as Outcome);
    return r;
  };
  const root = rootKey(gun, { notBefore: now - 60_000, notAfter: now + 10 * YEAR });
  const tk = ecdsaKey();
  const alice = ecdsaKey();
  await getStep("root before init", "root.json");
  const serverKey = async (role: string): Promise<PublicKey> => {
    const r = await a.get(`${role}.key`);
    const k = JSON.parse(r.body.toString()) as { keytype: string; keyval: { public: string } };
    out.push([`${role}.key`, r.status, k.keytype === "ed25519" ? "ed25519" : k.keytype]);
    return { type: k.keytype, public: k.keyval.public };
  };
  const [ts, sn] = [await serverKey("timestamp"), await serverKey("snapshot")];
  const rootSigned = (
    version: number,
    snapshot: PublicKey = sn,
    rk: TestKey = root,
    timestamp: PublicKey = ts,
  ): RootSigned => ({
    type: "Root",
    consistentSnapshot: false,
    expires: formatGoTime(now + 10 * YEAR),
    keys: new Map<string, PublicKey>([
      [rk.keyId, rk.publicKey],
      [tk.keyId, tk.publicKey],
      [keyIdOf(snapshot), snapshot],
      [keyIdOf(timestamp), timestamp],
    ]),
    roles: new Map([
      ["root", { keyIds: [rk.keyId], threshold: 1 }],
      ["targets", { keyIds: [tk.keyId], threshold: 1 }],
      ["snapshot", { keyIds: [keyIdOf(snapshot)], threshold: 1 }],
      ["timestamp", { keyIds: [keyIdOf(timestamp)], threshold: 1 }],
    ]),
    version,
  });
  const t1 = write(targets(1, now), tk);
  await step("targets without any root", a.post([["targets", t1]]));
  await step(
    "root v3 as the first root",
    a.post([
      ["root", write(rootSigned(3), root)],
      ["targets", t1],
    ]),
  );
  await step(
    "root signed by another key",
    a.post([
      ["root", write(rootSigned(1), ecdsaKey())],
      ["targets", t1],
    ]),
  );
  await step(
    "init",
    a.post([
      ["root", write(rootSigned(1), root)],
      ["targets", t1],
    ]),
  );
  await getStep("root.json", "root.json");
  for (const [role, listed] of [
    ["timestamp", ts],
    ["snapshot", sn],
  ] as const) {
    // Once root lists a key the server holds, the key endpoint answers that key (no new one).
    const r = await a.get(`${role}.key`);
    const k = JSON.parse(r.body.toString()) as { keyval: { public: string } };
    out.push([`${role}.key after init is the key root lists`, r.status, String(k.keyval.public === listed.public)]);
  }
  await getStep("1.root.json", "1.root.json");
  await getStep("9.root.json", "9.root.json");
  await getStep("timestamp.json", "timestamp.json");
  await getStep("snapshot.json", "snapshot.json");
  await getStep("targets by its hash", `targets.${createHash("sha256").update(t1).digest("hex")}.json`);
  await getStep("targets by an unknown hash", `targets.${"0".repeat(64)}.json`);
  await step("targets v1 again", a.post([["targets", t1]]));
  await step("targets v2 signed by another key", a.post([["targets", write(targets(2, now), ecdsaKey())]]));
  await step(
    "targets v2 expired",
    a.post([["targets", write(targets(2, now, { expires: formatGoTime(now - 60_000) }), tk)]]),
  );
  await step("an undelegated role", a.post([["targets/releases", write(targets(1, now), alice)]]));
  const delegating = targets(2, now, {
    delegations: {
      keys: new Map([[alice.keyId, alice.publicKey]]),
      roles: [{ name: "targets/releases", keyIds: [alice.keyId], threshold: 1, paths: [""] }],
    },
  });
  await step(
    "a delegation to a grandchild",
    a.post([
      [
        "targets",
        write(
          targets(2, now, {
            delegations: {
              keys: new Map([[alice.keyId, alice.publicKey]]),
              roles: [{ name: "targets/a/b", keyIds: [alice.keyId], threshold: 1, paths: [""] }],
            },
          }),
          tk,
        ),
      ],
    ]),
  );
  await step("delegate targets/releases", a.post([["targets", write(delegating, tk)]]));
  await step(
    "releases v1 by a key it does not list",
    a.post([["targets/releases", write(targets(1, now), ecdsaKey())]]),
  );
  const rel = write(
    targets(1, now, {
      targets: new Map([
        ["v1", { length: 3, hashes: { sha256: createHash("sha256").update("abc").digest("base64") } }],
      ]),
    }),
    alice,
  );
  await step("releases v1", a.post([["targets/releases", rel]]));
  await step("releases v1 again", a.post([["targets/releases", rel]]));
  await step(
    "two files, one stale",
    a.post([
      ["targets", write(targets(3, now, { delegations: delegating.delegations }), tk)],
      ["targets/releases", rel],
    ]),
  );
  await step("root v3 skipping v2", a.post([["root", write(rootSigned(3), root)]]));
  await step("root v2", a.post([["root", write(rootSigned(2), root)]]));
  await step(
    "an uploaded snapshot by a key root does not list",
    a.post([
      ["targets/releases", write(targets(2, now), alice)],
      [
        "snapshot",
        write({ type: "Snapshot", expires: formatGoTime(now + YEAR), meta: new Map(), version: 9 }, ecdsaKey()),
      ],
    ]),
  );
  const weird = targets(2, now);
  const spaced = Buffer.from(
    Buffer.from(serialiseEnvelope(weird, [sigOf(alice, weird)]))
      .toString()
      .replace('{"signed":', '{ "signed": '),
  );
  await step("releases v2 in bytes Go would not write", a.post([["targets/releases", spaced]]));
  const snap = JSON.parse((await a.get("snapshot.json")).body.toString()) as {
    signed: { meta: Record<string, { hashes: { sha256: string } }> };
  };
  await getStep(
    "releases by the hash its snapshot names",
    `targets/releases.${Buffer.from(snap.signed.meta["targets/releases"]!.hashes.sha256, "base64").toString("hex")}.json`,
  );
  await getStep(
    "releases by the hash of the bytes sent",
    `targets/releases.${createHash("sha256").update(spaced).digest("hex")}.json`,
  );
  await step("not multipart", a.post({ contentType: "application/json", body: Buffer.from("{}") }));
  await step("a role name the server does not know", a.post([["foo", t1]]));
  await step("a file that is not JSON", a.post([["targets", Buffer.from("{nope")]]));

  // A repository whose root lists a snapshot key of ours: the client must send the snapshot.
  const own = ed25519Key();
  const o = ownSnapshot;
  const ownRoot = rootKey(o.gun, { notBefore: now - 60_000, notAfter: now + 10 * YEAR });
  const ownTs = JSON.parse((await o.get("timestamp.key")).body.toString()) as {
    keytype: string;
    keyval: { public: string };
  };
  const r1 = write(
    rootSigned(1, own.publicKey, ownRoot, { type: ownTs.keytype, public: ownTs.keyval.public }),
    ownRoot,
  );
  const ot1 = write(targets(1, now), tk);
  await step(
    "client-managed: no snapshot",
    o.post([
      ["root", r1],
      ["targets", ot1],
    ]),
  );
  const snapshot = (meta: Map<string, ReturnType<typeof fileMeta>>): Uint8Array =>
    write({ type: "Snapshot", expires: formatGoTime(now + YEAR), meta, version: 1 }, own);
  await step(
    "client-managed: snapshot with a wrong hash",
    o.post([
      ["root", r1],
      ["targets", ot1],
      [
        "snapshot",
        snapshot(
          new Map([
            ["root", fileMeta(r1)],
            ["targets", fileMeta(t1)],
          ]),
        ),
      ],
    ]),
  );
  await step(
    "client-managed: snapshot",
    o.post([
      ["root", r1],
      ["targets", ot1],
      [
        "snapshot",
        snapshot(
          new Map([
            ["root", fileMeta(r1)],
            ["targets", fileMeta(ot1)],
          ]),
        ),
      ],
    ]),
  );
  return out;
}

describe("the fake notary-server answers as notary-server 0.7 does", () => {
  it("agrees on status, error code and validation name for every step of the scenario", async () => {
    const gun = `${stack.registry.host}/${uniqueRepo("parity")}`;
    const fake = new FakeNotaryServer();
    const now = Date.now();
    const realRun = await scenario(
      api(real, stack.notary.local.url, gun),
      gun,
      now,
      api(real, stack.notary.local.url, `${gun}-own`),
    );
    const fakeRun = await scenario(
      api(fake.transport, "https://fake", gun),
      gun,
      now,
      api(fake.transport, "https://fake", `${gun}-own`),
    );
    expect(fakeRun).toEqual(realRun);
    // The scenario exercises what it claims to: refusals of each kind happened.
    const codes = realRun.map((o) => o[3] ?? o[2]);
    for (const c of [
      "VERSION",
      "ErrBadTargets",
      "ErrBadRoot",
      "ErrBadSnapshot",
      "ErrBadHierarchy",
      "ErrValidation",
      "MALFORMED_UPLOAD",
      "INVALID_ROLE",
      "MALFORMED_JSON",
      "METADATA_NOT_FOUND",
    ]) {
      expect(codes).toContain(c);
    }
  });
});

describe("the Go notary client reads what the fake notary-server makes", () => {
  it("lists a tag signed into targets/releases, through the snapshot and timestamp the fake signed", async () => {
    const fake = new FakeNotaryServer();
    const base = await fake.listen();
    const notary = new NotaryCli({ serverUrl: base, caFile: stack.caFile });
    try {
      const repo = await dockerRepo(fake, { signers: ["alice"] });
      const m = manifest();
      await sign(
        {
          notary: repo.client,
          registry: fakeRegistry({ v1: m }),
          signer: repo.signers.get("alice")!,
          runtime: createRuntime({ sleep: async () => {} }),
        },
        { image: parseReference(`${repo.gun}:v1`), signerName: "alice" },
      );
      const rows = await notary.list(repo.gun);
      // notary list shows each tag once, from the first role of its walk that holds it.
      expect(rows.map((r) => [r.name, r.digest, r.size])).toEqual([["v1", m.digest.slice(7), m.size]]);
      expect(["targets/alice", "targets/releases"]).toContain(rows[0]!.role);
    } finally {
      await notary.dispose();
      await fake.close();
    }
  });
});
