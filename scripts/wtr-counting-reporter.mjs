// Writes passed/failed test counts per browser so scripts/test.mjs can print one total line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countResults(results, counts) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const suite of results.suites ?? []) countResults(suite, counts);
}

export function countingReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        countResults(session.testResults, counts);
        // A file that fails to load or throws outside a test has no test results: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors += 1;
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(byBrowser, null, 2));
    },
  };
}
