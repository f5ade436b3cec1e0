// Counts from vitest's JSON report, checked against expected-failures.txt: exits 1
// if a test failed that the list does not name (a listed test that passes is only
// reported, so the list can be trimmed).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [report, listFile, workDir] = process.argv.slice(2);
const results = JSON.parse(readFileSync(report, 'utf8'));
const expected = new Map();
for (const line of readFileSync(listFile, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [key, reason = ''] = line.split(' | ');
  expected.set(key.trim(), reason.trim());
}
const listed = (file, name) =>
  expected.has(`${file} :: ${name}`) || expected.has(`${file} :: *`);

const counts = { passed: 0, failed: 0, skipped: 0 };
const unexpected = [];
const nowPassing = [];
for (const suite of results.testResults) {
  const file = relative(workDir, suite.name);
  if (!suite.assertionResults.length && suite.status === 'failed') {
    counts.failed += 1; // a file that did not even load
    if (!listed(file, '*')) unexpected.push(`${file} :: (file) ${suite.message}`);
  }
  for (const test of suite.assertionResults) {
    const name = [...test.ancestorTitles, test.title].filter(Boolean).join(' > ');
    if (test.status === 'passed') {
      counts.passed += 1;
      if (expected.has(`${file} :: ${name}`)) nowPassing.push(`${file} :: ${name}`);
    } else if (test.status === 'failed') {
      counts.failed += 1;
      if (!listed(file, name)) unexpected.push(`${file} :: ${name}`);
    } else counts.skipped += 1;
  }
}
const total = counts.passed + counts.failed + counts.skipped;
console.log(
  `== @plone/client suite: ${counts.passed} passed, ${counts.failed} failed, ` +
    `${counts.skipped} skipped of ${total}`,
);
for (const key of nowPassing) console.log(`   listed as failing but passes: ${key}`);
if (unexpected.length) {
  console.log(`== ${unexpected.length} unexpected failure(s):`);
  for (const key of unexpected) console.log(`   ${key}`);
  process.exit(1);
}
