import { beforeAll, describe, expect, it } from 'vitest';
import type { Predictions, TaskType, TrainingSet } from '../modelTypes';
import quality from './fixtures/quality.json';
import type { NeuralOptions } from './neuralTypes';
import { neuralPlugin } from './plugin';
import { useCpuBackend } from './testing/cpuBackend';
import { setFromRows, splitRows } from './testing/syntheticSets';

interface QualityCase {
  name: string;
  task: TaskType;
  classes: string[] | null;
  xTrain: number[][];
  yTrain: number[];
  xTest: number[][];
  yTest: number[];
  sklearn: { hidden: number[]; score: number; metric: 'r2' | 'accuracy' };
}

function r2(actual: readonly number[], predicted: Float64Array): number {
  const mean = actual.reduce((sum, v) => sum + v, 0) / actual.length;
  let residual = 0;
  let total = 0;
  actual.forEach((v, i) => {
    residual += (v - (predicted[i] ?? NaN)) ** 2;
    total += (v - mean) ** 2;
  });
  return 1 - residual / total;
}

function accuracy(actual: readonly number[], predictions: Predictions): number {
  return actual.filter((v, i) => predictions.values[i] === v).length / actual.length;
}

// The last fifth of sklearn's training rows is held out here for early stopping.
function trainAndValidation(c: QualityCase): [TrainingSet, TrainingSet] {
  const all = setFromRows(c.xTrain, c.yTrain, c.classes);
  return splitRows(all, Math.round(all.rows * 0.8));
}

const cases = quality.cases as QualityCase[];

describe('neural plug-in against scikit-learn MLPs with the same hidden layers', () => {
  beforeAll(useCpuBackend);

  it.each(cases)(
    "$name: default options reach sklearn's held-out score within 0.03",
    async (c) => {
      const [train, validation] = trainAndValidation(c);
      const options: NeuralOptions = {
        ...neuralPlugin.meta.defaults(c.task),
        hiddenLayers: c.sklearn.hidden.join(','),
      };
      const trained = await neuralPlugin.train(train, options, {
        task: c.task,
        seed: 11,
        validation,
        onProgress: () => undefined,
      });
      if (!trained.ok) throw new Error(trained.error.message);
      const predictions = neuralPlugin.predict(
        trained.value,
        setFromRows(c.xTest, c.yTest, c.classes),
      );
      const score =
        c.task === 'regression' ? r2(c.yTest, predictions.values) : accuracy(c.yTest, predictions);
      expect(score).toBeGreaterThan(c.sklearn.score - 0.03);
    },
    60_000,
  );
});
