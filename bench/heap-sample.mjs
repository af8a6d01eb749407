// Preloaded into our CLI by row 5 (node --import): samples V8's used heap every 2 ms and prints
// the peak on stderr at exit, to tell live data from the memory V8 reserves.
const marker = "__bench_peak_heap_kb=";
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
};
setInterval(sample, 2).unref();
process.on("exit", () => {
  sample();
  process.stderr.write(`\n${marker}${Math.round(peak / 1024)}\n`);
});
