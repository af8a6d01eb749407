/**
 * What a run needs from the world besides the servers: a clock, a way to wait, randomness for
 * retry jitter, and two channels to the person watching. Each front end builds one and passes it
 * down; tests build one with a fixed clock and a sleep that returns at once.
 */
export interface Runtime {
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1), for retry jitter. */
  readonly random: () => number;
  /** A progress line. */
  readonly log: (message: string) => void;
  /** Something the person should know that does not fail the run. */
  readonly warn: (message: string) => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const quiet = () => {};

/** The real clock, timers and randomness; progress and warnings go where `parts` says (nowhere by default). */
export function createRuntime(parts: Partial<Runtime> = {}): Runtime {
  return { now: Date.now, sleep: realSleep, random: Math.random, log: quiet, warn: quiet, ...parts };
}
