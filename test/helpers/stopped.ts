/**
 * An answer that never comes unless its request is stopped: for tests of what stops requests
 * still under way (a wave, a load, a run that failed).
 */
export function answeredOnlyWhenStopped(signal: AbortSignal | undefined): Promise<never> {
  return new Promise<never>((_resolve, reject) =>
    signal?.addEventListener("abort", () => reject(new Error("stopped")), { once: true }),
  );
}
