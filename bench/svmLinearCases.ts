// Opt-in cases of svm.bench.ts (BENCH_SVM_LINEAR=1): the linear solvers on large inputs, on the
// 20 standard-normal features docs/decisions.md measured them with.
import type { TrainingSet } from '../src/core/models/modelTypes';
import { seededRandom } from '../src/core/models/svm/seededShuffle';
import type { SvmOptions } from '../src/core/models/svm/svmTypes';
import { benchRows } from './benchInputs';
import type { BenchCase, BenchImplementation } from './benchTypes';

const COLS = 20;

/** Trains ours and returns held-out predictions and a detail line (see svm.bench.ts). */
export type FitOurs = (
  train: TrainingSet,
  test: TrainingSet,
  options: Partial<SvmOptions>,
) => { readonly predict: () => ArrayLike<number>; readonly detail: string };

/**
 * Seeded rows: 20 standard normal features; the class is the sign of a noisy score built from
 * the first five, one of them squared, so a linear model is good but not perfect (about 83%).
 */
function normalRows(rows: number, seed: number): TrainingSet {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const x = new Float64Array(rows * COLS);
  const y = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let score = 0;
    for (let f = 0; f < COLS; f++) {
      const value = normal();
      x[r * COLS + f] = value;
      if (f < 5) score += (f % 2 ? value : -value) + (f === 0 ? value * value - 1 : 0);
    }
    y[r] = score + 0.8 * normal() > 0 ? 1 : 0;
  }
  const featureNames = Array.from({ length: COLS }, (_, f) => `x${f}`);
  return { x, rows, cols: COLS, y, featureNames, classes: ['no', 'yes'] };
}

function linearCase(
  rows: number,
  test: TrainingSet,
  fitOurs: FitOurs,
  slowSkip: string | null,
): BenchCase {
  const train = normalRows(rows, 42);
  const linear = { kernel: 'linear' as const, probability: false };
  const row = (name: string, options: Partial<SvmOptions>, ours = false): BenchImplementation => {
    let first = true;
    const run = () => {
      const fitted = fitOurs(train, test, { ...linear, ...options });
      if (first) {
        const predicted = fitted.predict();
        let correct = 0;
        for (let r = 0; r < test.rows; r++) if (predicted[r] === test.y[r]) correct++;
        console.log(
          `  ${name}: held-out accuracy ${(correct / test.rows).toFixed(4)}, ${fitted.detail}`,
        );
      }
      first = false;
      return { rows: null, output: fitted };
    };
    const skip = ours || slowSkip === null ? {} : { skipReason: slowSkip };
    return { name, ours, run, ...skip };
  };
  return {
    name: `linear SVC ${rows.toLocaleString('en-US')}x${COLS}`,
    bytes: rows * COLS * 8,
    rows,
    implementations: [
      row('ours linear-newton (auto above 20,000 rows)', { solver: 'linear-newton' }, true),
      row('ours linear-dcd (squared hinge)', { solver: 'linear-dcd' }),
      row('ours linear-dcd (hinge)', { solver: 'linear-dcd', linearLoss: 'l1' }),
    ],
  };
}

/** The linear-solver cases at BENCH_ROWS / 10 and BENCH_ROWS rows (dual solvers there if slow). */
export function linearSvmCases(fitOurs: FitOurs, slow: boolean): BenchCase[] {
  const test = normalRows(5000, 7);
  const large = benchRows();
  const slowSkip = slow ? null : 'hundreds of passes on this data; set BENCH_SVM_SLOW=1';
  if (!slow) console.log(`  note: linear-dcd rows at ${large} rows skipped: ${slowSkip}`);
  return [
    linearCase(Math.round(large / 10), test, fitOurs, null),
    linearCase(large, test, fitOurs, slowSkip),
  ];
}
