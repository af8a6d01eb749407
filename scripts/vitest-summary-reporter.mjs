// A vitest reporter that ends the run with one plain line: "vitest: N passed, N failed, N skipped".
// Failed counts failed tests, plus test files that failed outside any test (an import or a hook)
// and errors vitest reports outside tests; a failed run never says 0 failed.
export default class SummaryReporter {
  onTestRunEnd(testModules, unhandledErrors = [], reason = "passed") {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedHere++;
        else skipped++;
      }
      if (failedHere === 0 && testModule.state() === "failed") failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    // e.g. a globalSetup that threw: vitest ran nothing, yet the run failed.
    if (reason !== "passed" && failed === 0) failed = 1;
    const line = `vitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
    // Written at exit so it comes after the default reporter's summary (writes to pipes and files
    // are synchronous there).
    process.once("exit", () => process.stdout.write(line));
  }
}
