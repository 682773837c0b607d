// Sums every suite of a test run (vitest JSON reports and single-check steps) into one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'web-ext-lint.json')) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const failedBefore = failed;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults ?? []) {
    // A suite that could not even load counts as a failure, not as zero tests.
    if (suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed')) {
      failed += 1;
      failures.push(`${file}: ${suite.name}: ${suite.message || 'suite failed'}`);
    }
    for (const test of suite.assertionResults ?? []) if (test.status === 'failed') failures.push(`${file}: ${test.fullName}`);
  }
  // Vitest exits non-zero on errors outside any test (an unhandled rejection, say), which its report does not count.
  const exitFile = join(dir, file.replace(/\.json$/, '.exit'));
  const exit = existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '0';
  if (exit !== '0' && failed === failedBefore) {
    failed += 1;
    failures.push(`${file}: the run exited with status ${exit} outside any test`);
  }
}
for (const expected of ['unit.json', 'e2e.json']) {
  if (!existsSync(join(dir, expected))) {
    failed += 1;
    failures.push(`${expected}: the suite did not report`);
  }
}
const steps = join(dir, 'steps.tsv');
if (existsSync(steps)) {
  for (const line of readFileSync(steps, 'utf8').split('\n').filter(Boolean)) {
    const [name, status] = line.split('\t');
    if (status === 'pass') passed += 1;
    else (failed += 1), failures.push(`step ${name}`);
  }
}
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
