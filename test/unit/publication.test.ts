// publishWithRetry over a scripted server: what a 500 to an upload leads to, depending on what the
// re-read shows (another writer's version, our own upload, or nothing new).
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import type { NotaryClient } from "../../src/notary/client.js";
import { publishWithRetry, type PublicationPlan } from "../../src/workflows/publication.js";
import { testRuntime } from "../helpers/runtime.js";
import { expectWording } from "../helpers/wording.js";

/** The repository as the fake server holds it: the version of targets/releases and whether our tag is in it. */
interface Served {
  version: number;
  ours: boolean;
}

function run(answers: ((served: Served) => void)[]) {
  const served: Served = { version: 3, ours: false };
  const uploads: number[] = [];
  const notary = {
    gun: "registry.example/app",
    baseUrl: "https://notary.example",
    async publish(files: ReadonlyMap<string, Uint8Array>) {
      const version = Number(new TextDecoder().decode(files.get("targets/releases")));
      uploads.push(version);
      const answer = answers.shift();
      if (answer) {
        answer(served);
        throw new ServerError("UPLOAD_UNCONFIRMED", "POST targets/releases failed with HTTP 500 (UNKNOWN)", {
          status: 500,
        });
      }
      served.version = version;
      served.ours = true;
    },
  } as unknown as NotaryClient;
  const plan = async (state: Served): Promise<PublicationPlan> =>
    state.ours
      ? { files: new Map(), versions: new Map() }
      : {
          files: new Map([["targets/releases", new TextEncoder().encode(String(state.version + 1))]]),
          versions: new Map([["targets/releases", state.version + 1]]),
        };
  const log: string[] = [];
  const result = publishWithRetry(
    { notary, runtime: testRuntime({ random: () => 0, log: (m) => log.push(m) }) },
    { state: { ...served }, plan, reload: async () => ({ ...served }), change: "our tag" },
  );
  return { result, uploads, log };
}

describe("publishWithRetry and a 500 to an upload", () => {
  const anotherWriter = (s: Served) => void (s.version += 1);
  const ourUploadLanded = (s: Served) => {
    s.version += 1;
    s.ours = true;
  };
  const nothing = () => undefined;

  it("treats it as a lost race when another writer's version is there, however often", async () => {
    const { result, uploads } = run(Array.from({ length: 10 }, () => anotherWriter));
    await expect(result).resolves.toMatchObject({ published: true, attempts: 11 });
    expect(uploads).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it("does not upload again when the re-read shows our upload landed", async () => {
    const { result, uploads, log } = run([ourUploadLanded]);
    await expect(result).resolves.toMatchObject({ published: true, attempts: 2 });
    expect(uploads).toEqual([4]);
    expect(log).toContain("Our earlier upload had landed");
  });

  it("reports the plan whose upload landed, not the empty plan made after it", async () => {
    const landed = await run([ourUploadLanded]).result;
    expect(landed.plan.files.size).toBe(0);
    expect([...landed.applied.versions]).toEqual([["targets/releases", 4]]);
    const raced = await run([anotherWriter]).result;
    expect(raced.applied).toBe(raced.plan);
    expect([...raced.applied.versions]).toEqual([["targets/releases", 5]]);
  });

  it("gives up after 6 failures when nobody else wrote", async () => {
    const { result, uploads } = run(Array.from({ length: 10 }, () => nothing));
    const err = (await result.catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("PUBLISH_FAILED");
    expectWording(err.message).toBe(
      "registry.example/app: gave up after 6 attempts to publish to https://notary.example, stopped by 6 failures with no other writer's progress (POST targets/releases failed with HTTP 500 (UNKNOWN))",
    );
    expect(uploads).toEqual([4, 4, 4, 4, 4, 4]);
  });
});

describe("publishWithRetry and a server that refuses every version", () => {
  it("stops at the time left for publishing and says that is what stopped it", async () => {
    // Each wait moves a clock on by the wait; every upload is refused as a lost race.
    let clock = 0;
    let uploads = 0;
    const notary = {
      gun: "registry.example/app",
      baseUrl: "https://notary.example",
      async publish() {
        uploads++;
        clock += 500;
        throw new ServerError("VERSION_CONFLICT", "POST targets/releases failed with HTTP 400 (VERSION)", {
          status: 400,
        });
      },
    } as unknown as NotaryClient;
    const plan = async (): Promise<PublicationPlan> => ({
      files: new Map([["targets/releases", new Uint8Array([1])]]),
      versions: new Map([["targets/releases", 4]]),
    });
    const runtime = testRuntime({
      now: () => clock,
      random: () => 1,
      sleep: async (ms: number) => void (clock += ms),
    });
    const err = (await publishWithRetry(
      { notary, runtime },
      { state: {}, plan, reload: async () => ({}), change: "our tag", deadlineMs: 20_000 },
    ).catch((e: unknown) => e)) as ServerError;
    expect(err.code).toBe("PUBLISH_FAILED");
    expect(uploads).toBeGreaterThan(1);
    expect(uploads).toBeLessThan(40);
    expectWording(err.message).toContain("stopped by the time left for publishing (20 s)");
    expectWording(err.hint).toContain("refuses every version");
  });
});
