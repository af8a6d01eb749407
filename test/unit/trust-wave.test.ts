// The first wave of a trust load (src/workflows/trust-wave.ts): what it asks for, in which order
// across repositories, and how it stops.
import { getMaxListeners } from "node:events";
import { describe, expect, it } from "vitest";
import type { GetOptions, NotaryClient } from "../../src/notary/client.js";
import { startTrustWave, startTrustWaves } from "../../src/workflows/trust-wave.js";
import { answeredOnlyWhenStopped } from "../helpers/stopped.js";

/** A client whose requests stay on their way, each listening to its signal as the transport does. */
function client(gun: string, asked: string[]) {
  return {
    getMetadata: (role: string, opts: GetOptions = {}) => {
      asked.push(`${gun} ${role}`);
      return answeredOnlyWhenStopped(opts.signal);
    },
  } as unknown as NotaryClient;
}

describe("the first wave", () => {
  it("goes out file by file across repositories, every snapshot first", () => {
    const asked: string[] = [];
    startTrustWaves(["a", "b"].map((gun) => ({ client: client(gun, asked), opts: { hints: ["targets/releases"] } })));
    expect(asked).toEqual(
      ["snapshot", "root", "timestamp", "targets", "targets/releases"].flatMap((role) => [`a ${role}`, `b ${role}`]),
    );
  });

  it("stops every request still under way, and lets all of them listen to its signal without a leak warning", async () => {
    const signals: AbortSignal[] = [];
    const hints = Array.from({ length: 20 }, (_, i) => `targets/signer${i}`);
    const waiting = client("a", []);
    const wave = startTrustWave(
      {
        getMetadata: (role: string, opts: GetOptions = {}) => {
          signals.push(opts.signal!);
          return waiting.getMetadata(role, opts);
        },
      } as unknown as NotaryClient,
      { hints },
    );
    // One signal for the wave; Node warns of a leak past its limit (10 by default).
    expect(new Set(signals).size).toBe(1);
    expect(getMaxListeners(signals[0]!)).toBeGreaterThanOrEqual(24);
    wave.stop();
    const answers = await Promise.all([wave.root, wave.timestamp, wave.snapshot, wave.targets, ...wave.hinted]);
    expect(answers).toHaveLength(24);
    expect(answers.filter((a) => a.ok)).toEqual([]);
  });
});
