/**
 * The bundle's shared entry (entries.ts) and every entry point import this module first: V8 then
 * allocates compiled code on the main thread only, which removes the known cause of a process of
 * ours hanging at its end with its work done.
 *
 * By default V8 compiles hot functions on background threads (Sparkplug batches; Maglev's code and
 * deoptimisation data) and allocates the result on the heap from there. When the heap is full, such
 * a job waits for the main thread to collect garbage. If the main thread is ending the process at
 * that moment, it waits for the job's thread to finish, and neither ever does: the process sleeps
 * forever after its last line (Node's issue 54918, open in Node 24). Seen here at the end of a CLI
 * sign into roles of 100,000 tags, where the heap is kept close to its data (cli/heap-settings.ts):
 * the main thread in the platform's shutdown, joining a worker parked in a Sparkplug job's code
 * allocation. Cloudflare's workerd turns the same background compilation off for its own reasons.
 *
 * The flags are set as the bundle's first module runs, before any chunk of it is loaded: V8 reads
 * them each time it compiles, and a flag that changes under a running job is not safe. Node's own
 * start-up may have a compile job in flight by then (a window of about a millisecond); nothing
 * earlier can set them, as neither the runner nor npm's bin passes flags to Node. Maglev still
 * optimises on a background thread; only its allocations move to the main thread, which already
 * finishes each job.
 */
import { setFlagsFromString } from "node:v8";

// Maglev's background allocation flags exist from Node 22 (V8 12.4) on; the V8 of Node 20 does not
// know them, and setting an unknown flag prints an error on stderr for every run.
const MAGLEV = Number(process.versions.node.split(".")[0]) >= 22;
const COMPILE_ON_MAIN_THREAD = [
  "--no-concurrent-sparkplug",
  ...(MAGLEV ? ["--no-maglev-build-code-on-background", "--no-maglev-deopt-data-on-background"] : []),
];

for (const flag of COMPILE_ON_MAIN_THREAD) setFlagsFromString(flag);
