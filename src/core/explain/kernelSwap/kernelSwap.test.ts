import { describe, expect, it } from 'vitest';
import type { Matrix, Predictions, TaskType, TrainingSet } from '../../models/modelTypes';
import { svmDefaults } from '../../models/svm/meta';
import { predictFittedSvm, svmPlugin, type FittedSvm } from '../../models/svm/plugin';
import { seededRandom } from '../../prep/split/seededRandom';
import type { SvmKernelKind } from '../../models/svm/svmTypes';
import { kernelSwapPredictor, MAX_TABLE_ENTRIES } from './kernelSwap';
import { swapPredictorOf } from './swapPredictorOf';

const COLS = 5;
/** Features 1-3 are swapped together, as a one-hot group would be. */
const GROUP = [1, 2, 3];

/** Rows with a one-hot block in features 1-3; the target mixes every feature non-linearly. */
function data(rows: number, classes: number, seed: number): TrainingSet {
  const random = seededRandom(seed);
  const x = new Float64Array(rows * COLS);
  const y = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const level = Math.floor(random() * 3);
    const row = [
      random() * 2 - 1,
      level === 0 ? 1 : 0,
      level === 1 ? 1 : 0,
      level === 2 ? 1 : 0,
      random(),
    ];
    x.set(row, r * COLS);
    const signal = Math.sin(3 * row[0]!) + level - 2 * row[4]! ** 2 + 0.3 * (random() - 0.5);
    y[r] =
      classes === 0
        ? 100 + 20 * signal
        : Math.min(classes - 1, Math.max(0, Math.floor(signal + 1)));
  }
  const labels = classes === 0 ? null : Array.from({ length: classes }, (_, c) => `c${c}`);
  return { x, rows, cols: COLS, y, featureNames: ['a', 'l0', 'l1', 'l2', 'b'], classes: labels };
}

async function fitted(
  kernel: SvmKernelKind,
  classes: number,
  probability: boolean,
): Promise<FittedSvm> {
  const task: TaskType = classes === 0 ? 'regression' : 'classification';
  const options = {
    ...svmDefaults(task),
    kernel,
    probability,
    degree: 3,
    coef0: 1,
    scaleTarget: true,
  };
  const context = { task, seed: 3, validation: null, onProgress: () => {} };
  const result = await svmPlugin.train(data(90, classes, 11), options, context);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** `base` with row i's GROUP features taken from row donorOfRow[i] of `donors`. */
function substituted(base: Matrix, donors: Float64Array, donorOfRow: Int32Array): Matrix {
  const x = base.x.slice();
  donorOfRow.forEach((donor, row) => {
    GROUP.forEach((f, i) => (x[row * COLS + f] = donors[donor * GROUP.length + i]!));
  });
  return { ...base, x };
}

function expectSame(fast: Predictions, slow: Predictions, probabilities = true): void {
  expect(fast.values.length).toBe(slow.values.length);
  fast.values.forEach((value, i) => expect(value).toBeCloseTo(slow.values[i]!, 9));
  if (!probabilities || slow.probabilities === null) return;
  expect(fast.probabilities).not.toBeNull();
  fast.probabilities!.forEach((p, i) => expect(p).toBeCloseTo(slow.probabilities![i]!, 9));
}

const CASES = (['rbf', 'linear', 'poly'] as const).flatMap((kernel) => [
  { kernel, classes: 0, probability: false, name: `${kernel} regression` },
  { kernel, classes: 2, probability: true, name: `${kernel} binary with Platt probabilities` },
  { kernel, classes: 3, probability: false, name: `${kernel} three classes, decision scores` },
]);

describe('kernelSwapPredictor', () => {
  it.each(CASES)('predicts unchanged rows as the model does: $name', async (c) => {
    const model = await fitted(c.kernel, c.classes, c.probability);
    const base = data(40, c.classes, 29);
    const rows = kernelSwapPredictor(model as never)!.forRows(base)!;
    expectSame(rows.predict(), predictFittedSvm(model, base));
  });

  it.each(CASES)('predicts permuted groups as the model does: $name', async (c) => {
    const model = await fitted(c.kernel, c.classes, c.probability);
    const base = data(40, c.classes, 29);
    const order = Int32Array.from({ length: 40 }, (_, i) => (i * 17 + 5) % 40);
    const own = new Float64Array(40 * GROUP.length);
    for (let r = 0; r < 40; r++)
      GROUP.forEach((f, i) => (own[r * GROUP.length + i] = base.x[r * COLS + f]!));
    const rows = kernelSwapPredictor(model as never)!.forRows(base)!;
    const fast = rows.withDonors(GROUP, null, true)(order);
    expectSame(fast, predictFittedSvm(model, substituted(base, own, order)));
  });

  it.each(CASES)('predicts rows set to donor values as the model does: $name', async (c) => {
    const model = await fitted(c.kernel, c.classes, c.probability);
    const base = data(40, c.classes, 29);
    // Values no row has (partial dependence sets grid values), then a one-hot level.
    const donors = Float64Array.of(0.5, -2, 3, 0, 0, 1);
    const donorOfRow = Int32Array.from({ length: 40 }, (_, i) => i % 2);
    const predict = kernelSwapPredictor(model as never)!
      .forRows(base)!
      .withDonors(GROUP, donors, true);
    expectSame(predict(donorOfRow), predictFittedSvm(model, substituted(base, donors, donorOfRow)));
  });

  it('leaves probabilities out when not asked, keeping the classes', async () => {
    const model = await fitted('rbf', 3, true);
    const base = data(40, 3, 29);
    const same = Int32Array.from({ length: 40 }, (_, i) => i);
    const fast = kernelSwapPredictor(model as never)!
      .forRows(base)!
      .withDonors(
        GROUP,
        null,
        false,
      )(same);
    expect(fast.probabilities).toBeNull();
    expectSame(fast, predictFittedSvm(model, base), false);
  });

  it('declines rows whose tables would be too large', async () => {
    const model = await fitted('rbf', 0, false);
    const svCount = model.solver === 'smo' ? model.supportVectors.length / COLS : 0;
    const rows = Math.ceil((MAX_TABLE_ENTRIES + 1) / svCount);
    const huge = { x: new Float64Array(rows * COLS), rows, cols: COLS };
    expect(kernelSwapPredictor(model as never)!.forRows(huge)).toBeNull();
  });

  it('is only offered for kernel SVMs', async () => {
    const model = await fitted('rbf', 0, false);
    expect(swapPredictorOf('svm', model)).not.toBeNull();
    expect(swapPredictorOf('svm', { ...model, solver: 'linear-dcd' })).toBeNull();
    expect(swapPredictorOf('linear', model)).toBeNull();
  });
});
