import { describe, expect, it } from 'vitest';
import { encodeRows, evaluationPart, rowsOfPart } from '../../analysis/evaluationRows';
import { predictorOf } from '../../models/modelPredictors';
import type { Matrix } from '../../models/modelTypes';
import { importedSample, trainOn } from '../../project/testing/sampleProject';
import { fitCurve } from '../fitCurve';
import { permutationImportance } from '../permutationImportance';
import { swapPredictorOf } from './swapPredictorOf';

/** An RBF SVM on the sample (numbers, one-hot levels, date parts), trained as the app does. */
async function svmRun(target: string, task: 'regression' | 'classification') {
  const { table } = importedSample();
  const outcome = await trainOn(table, target, task, 'svm');
  const predictor = predictorOf('svm');
  const predict = (m: Matrix) => predictor(outcome.model, m);
  return { table, outcome, predict, swap: swapPredictorOf('svm', outcome.model) };
}

const TARGETS = [
  { target: 'revenue', task: 'regression' as const },
  { target: 'segment', task: 'classification' as const },
];

describe('column-swap predictions in the explanations', () => {
  it.each(TARGETS)('leave permutation importance unchanged ($target)', async ({ target, task }) => {
    const { table, outcome, predict, swap } = await svmRun(target, task);
    expect(swap).not.toBeNull();
    const part = evaluationPart(outcome.predictions);
    const encoded = encodeRows(table, outcome, rowsOfPart(outcome.predictions, part));
    if (!encoded.ok) throw new Error('encoding failed');
    const input = { pipeline: outcome.pipeline, ...encoded.value, task, predict, part, seed: 9 };
    const slow = permutationImportance(input);
    const fast = permutationImportance({ ...input, swap });
    expect(fast.features.map((f) => f.column)).toEqual(slow.features.map((f) => f.column));
    fast.features.forEach((feature, i) => {
      expect(feature.mean).toBeCloseTo(slow.features[i]!.mean, 9);
      expect(feature.std).toBeCloseTo(slow.features[i]!.std, 9);
    });
  });

  it.each(TARGETS)('leave every partial-dependence curve unchanged ($target)', async (run) => {
    const { table, outcome, predict, swap } = await svmRun(run.target, run.task);
    const { predictions, pipeline } = outcome;
    const input = {
      pipeline,
      table,
      rows: predictions.rows,
      parts: predictions.part,
      actual: predictions.actual,
      predict,
      task: run.task,
    };
    for (const step of pipeline.steps) {
      const slow = fitCurve({ ...input, column: step.column });
      const fast = fitCurve({ ...input, column: step.column, swap });
      if (!slow.ok || !fast.ok) throw new Error(`no curve for ${step.column}`);
      expect(fast.value.classIndex).toBe(slow.value.classIndex);
      expect(fast.value.curve.length).toBe(slow.value.curve.length);
      fast.value.curve.forEach((point, i) =>
        expect(point.y).toBeCloseTo(slow.value.curve[i]!.y, 9),
      );
    }
  });
});
