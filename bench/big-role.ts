/**
 * Row 5's repository: `targets/releases` and `targets/bench` each holding 10,000 tags (as after
 * 10,000 `docker trust sign`s), and row 7's, with three more signers' delegations holding the same
 * tags, built in one publish with our own code, since 10,000 `notary addhash` runs would take
 * hours. Also the floor row 5 is compared with: parsing, serialising, hashing and signing such a
 * role in-process.
 */
import { createHash, randomBytes } from "node:crypto";
import { connect } from "../src/workflows/connect.js";
import { loadTrust } from "../src/workflows/load-trust.js";
import { parseReference } from "../src/registry/reference.js";
import { loadPrivateKey } from "../src/signers/key-file.js";
import { KeyFileSigner } from "../src/signers/key-file-signer.js";
import { parseEnvelope, type FileMeta, type TargetsSigned } from "../src/tuf/metadata.js";
import { signEnvelope, signTargetsEdit } from "../src/tuf/sign.js";
import { emptyTargets } from "../src/tuf/role-edits.js";
import { formatGoTime } from "../src/tuf/time.js";
import type { BenchEnv } from "./env.js";

const ROLES = ["targets/releases", "targets/bench"] as const;

/**
 * Adds `count` tags with random digests (the same per tag in every role) to `roles` of `image`
 * (a delegation not published yet starts empty); returns the size of the last role file.
 */
export async function fillRoles(
  env: BenchEnv,
  image: string,
  count: number,
  roles: readonly string[] = ROLES,
): Promise<{ bytes: number; roleFile: Uint8Array }> {
  const conn = connect(parseReference(image), {
    notaryServer: env.stack.info.notary.local.url,
    caPem: env.caPem,
    insecureRegistries: [env.registryHost],
  });
  try {
    const now = Date.now();
    const { set } = await loadTrust(conn.notary, { now, hints: [...roles] });
    const signer = new KeyFileSigner(loadPrivateKey(env.signer.keyPem, env.signer.passphrase));
    const added = new Map<string, FileMeta>();
    for (let i = 0; i < count; i++) {
      const tag = `build-${String(i).padStart(6, "0")}`;
      added.set(tag, { length: 500 + (i % 3000), hashes: { sha256: randomBytes(32).toString("base64") } });
    }
    const files = new Map<string, Uint8Array>();
    for (const role of roles) {
      if (!set.delegations.has(role)) throw new Error(`${role} is not a delegation of ${image}`);
      const current = set.targets.get(role)?.signed ?? emptyTargets(formatGoTime(now));
      const next: TargetsSigned = {
        ...current,
        targets: new Map([...current.targets, ...added]),
        version: current.version + 1,
        expires: formatGoTime(now + 365 * 24 * 3600 * 1000),
      };
      files.set(role, await signEnvelope(next, [signer]));
    }
    // One upload per role: five roles of 100,000 tags would be one 50 MB request.
    for (const [role, bytes] of files) await conn.notary.publish(new Map([[role, bytes]]));
    const roleFile = files.get(roles.at(-1)!)!;
    return { bytes: roleFile.length, roleFile };
  } finally {
    conn.close();
  }
}

/**
 * The floor for row 5, in this process: parse and check one ~1 MB role (as a reader does), add a
 * tag and sign it as an edit of the role read (as a sign does: signTargetsEdit), and hash it; and,
 * beside it, the same signature written whole (signEnvelope). Median of `runs`.
 */
export async function roleFloor(
  env: BenchEnv,
  roleFile: Uint8Array,
  runs: number,
): Promise<{ parseMs: number; signMs: number; wholeMs: number; hashMs: number }> {
  const signer = new KeyFileSigner(loadPrivateKey(env.signer.keyPem, env.signer.passphrase));
  const parse: number[] = [];
  const sign: number[] = [];
  const whole: number[] = [];
  const hash: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const parsed = parseEnvelope(roleFile, "Targets", "targets/bench");
    parse.push(performance.now() - t);
    t = performance.now();
    const next: TargetsSigned = {
      ...parsed.signed,
      targets: new Map(parsed.signed.targets),
      version: parsed.signed.version + 1,
    };
    next.targets.set(`floor-${i}`, { length: 1, hashes: { sha256: randomBytes(32).toString("base64") } });
    const { bytes } = await signTargetsEdit(parsed, next, [signer]);
    sign.push(performance.now() - t);
    t = performance.now();
    await signEnvelope(next, [signer]);
    whole.push(performance.now() - t);
    t = performance.now();
    createHash("sha256").update(bytes).digest();
    createHash("sha512").update(bytes).digest();
    hash.push(performance.now() - t);
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { parseMs: med(parse), signMs: med(sign), wholeMs: med(whole), hashMs: med(hash) };
}
