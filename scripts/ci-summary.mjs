// Sums unit (Vitest JSON) and e2e (Playwright JSON) results into one line: "N passed, N failed".
// A report that is missing (its step never ran because an earlier one failed) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [unitPath, e2ePath] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(path) {
  if (!path || !existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const unit = read(unitPath);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.success === false && !unit.numFailedTests ? 1 : 0);
} else {
  console.log(`No unit report at ${unitPath}: the run stopped before or during unit tests.`);
  failed += 1;
}

const e2e = read(e2ePath);
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  if ((e2e.errors ?? []).length > 0) failed += 1;
} else {
  console.log(`No e2e report at ${e2ePath}: the run stopped before or during e2e tests.`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
