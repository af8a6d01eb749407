/**
 * What a run needs from the world besides the servers: a clock, a way to wait, randomness for
 * retry jitter, and two channels to the person watching. Each front end builds one and passes it
 * down; tests build one with a fixed clock and a sleep that returns at once.
 */
import { sleep } from "../event-loop.js";

export interface Runtime {
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** Resolves after `ms`; rejects with the signal's reason once `signal` aborts (a wait given up). */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1), for retry jitter. */
  readonly random: () => number;
  /** A progress line. */
  readonly log: (message: string) => void;
  /** Something the person should know that does not fail the run. */
  readonly warn: (message: string) => void;
}

const quiet = () => {};

/** The real clock, timers and randomness; progress and warnings go where `parts` says (nowhere by default). */
export function createRuntime(parts: Partial<Runtime> = {}): Runtime {
  return { now: Date.now, sleep, random: Math.random, log: quiet, warn: quiet, ...parts };
}
