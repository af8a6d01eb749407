/**
 * V8 heap settings for the CLI process, imported by its entry right after compile-on-main-thread.ts
 * (the only other module that sets V8 flags).
 *
 * Reading or signing a role of 10,000 tags allocates tens of megabytes of short-lived objects.
 * V8 answers that by doubling its young generation again and again (to 64 MiB per semi-space in
 * Node 24) and by letting the old generation grow before collecting it, and the process keeps the
 * memory: the peak RSS of such a sign was about 2.5 times what its data needed. Keeping the young
 * generation at its starting size and growing the old one by 10 % per collection costs a little
 * more time collecting (measured: about 0.1 s of CPU on that sign) and holds the peak close to the
 * data. The semi-space size itself can only be set on the command line, which an npm bin or the
 * Actions runner does not give us; these are read by V8 at every collection.
 *
 * Nor does the old generation grow while a collection of it marks: V8 marks incrementally, between
 * allocations, and a run that allocates a large role all at once keeps allocating (and promoting)
 * for the whole marking, then keeps the freed pages pooled. Marking at once when the limit is
 * reached held an inspect of five 10,000-tag delegations at 90-93 MiB peak RSS where it was 100-125
 * from run to run, and a sign into two such roles about 5 MiB lower, in the same time: a CLI run
 * has no frames to keep smooth, which is what incremental marking is for.
 */
import { setFlagsFromString } from "node:v8";

// Set once start-up has run: loading and compiling the command allocates in bursts, and holding
// the young generation at its start size during that cost about 20 ms of scavenges before the first
// request (measured on a CLI run). The large reads come later, under the flags.
//
// No TurboFan either: a CLI run is over in about a second, and the optimising compiler's jobs cost
// more than they save there (measured on inspect of two 10,000-tag roles: peak RSS about 5 MiB lower
// and CPU about 10 % lower with Maglev as the top tier; on five such roles 4 to 14 MiB lower). At
// 100,000 tags per role, parsing and signing in one process took about 10 % more CPU without it.
// Set at start instead, it cost about 17 ms before the first request (measured on a CLI sign).
// Only where Maglev is on by default (Node 22 and later): on Node 20 the baseline compiler would be
// the top tier, several times slower on a large role.
const MAGLEV = Number(process.versions.node.split(".")[0]) >= 22;
setTimeout(() => {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=10");
  setFlagsFromString("--no-incremental-marking");
  if (MAGLEV) setFlagsFromString("--no-turbofan");
}, 0).unref();
