/**
 * The end of a process once its command is done.
 *
 * Both entry points end the process themselves as soon as the command's result is known and its
 * output is handed on, instead of waiting until nothing is pending. What can still be pending then
 * belongs to work the command gave up on: an AWS credentials request cut short by the run's
 * deadline (the SDK has no way to stop it, and it waits for its own timeouts and retries), the DNS
 * lookup of a connection opened early that the run never used, a cache service that never
 * answered. None of it may hold a pipeline's step or job after the run has failed or passed.
 * It is also the faster end: Node would otherwise still free its heap and join its threads first
 * (about 4 ms of every run, measured on a CLI sign, from the last write to the exit).
 */

/**
 * Ends the process with `process.exitCode` once what it wrote to stdout and stderr is handed on
 * (a write's callback runs after the writes before it).
 */
export async function exitOnceWritten(): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.destroyed || s.writableEnded) resolve();
          else s.write("", () => resolve());
        }),
    ),
  );
  process.exit();
}

/**
 * Guards a command whose result never came: when the event loop has nothing left while `settled()`
 * is still false, a bug left the command's promise pending forever, and Node would end the process
 * with exit code 0 as if it had passed. `fail` is called then to say so; the process ends with exit
 * code 1 (or the one `fail` sets).
 */
export function failIfUnsettled(settled: () => boolean, fail: () => void): void {
  process.once("beforeExit", () => {
    if (settled()) return;
    process.exitCode = 1;
    fail();
  });
}
