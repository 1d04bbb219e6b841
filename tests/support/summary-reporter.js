// Prints the closing line that CI reads, after Jest's own summary: "jest: N passed, N failed, N skipped".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const {
      numPassedTests,
      numFailedTests,
      numPendingTests,
      numTodoTests,
      numRuntimeErrorTestSuites,
    } = results;
    // A suite that fails to load has no failed tests of its own; count it so the line never says 0 failed.
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    const line = `jest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`;
    // Jest's default summary is written after every configured reporter ran; print ours on exit so it
    // is the last line (stdout to a pipe or file is synchronous on Linux, so nothing is lost).
    process.once('exit', () => process.stdout.write(`\n${line}`));
  }
}
module.exports = SummaryReporter;
