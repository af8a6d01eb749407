/**
 * Waiting for the event loop itself: after `count` turns (setImmediate), the I/O callbacks, socket
 * writes and close events that were due when it was called have run.
 */
export async function eventLoopTurns(count = 1): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
