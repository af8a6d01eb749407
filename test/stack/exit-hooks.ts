// Cleanup that must run however this process ends: normally, through process.exit(), or by
// SIGINT/SIGTERM/SIGHUP (which end Node without an "exit" event unless someone handles them).
// Hooks must be synchronous.
const hooks: (() => void)[] = [];
let installed = false;

export function onProcessExit(hook: () => void): void {
  hooks.push(hook);
  if (installed) return;
  installed = true;
  process.on("exit", runHooks);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      runHooks();
      // Someone else (vitest) handles the signal and exits; otherwise die of it as Node would have.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

function runHooks(): void {
  for (const hook of hooks.splice(0)) {
    try {
      hook();
    } catch {
      // best effort: the process is ending
    }
  }
}
