// Sums every suite of a test run (vitest JSON reports and single-check steps) into one closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.test-results';
let passed = 0;
let failed = 0;
const failures = [];

for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'web-ext-lint.json')) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that could not even load counts as a failure, not as zero tests.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed')) {
      failed += 1;
      failures.push(`${file}: ${suite.name}: ${suite.message || 'suite failed'}`);
    }
    for (const test of suite.assertionResults ?? []) if (test.status === 'failed') failures.push(`${file}: ${test.fullName}`);
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
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
