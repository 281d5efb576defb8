import { describe, expect, it } from 'vitest';
import { majorityBaseline } from '../metrics/baseline';
import { classificationMetrics } from '../metrics/classificationSummary';
import type { TrainingSet } from '../models/modelTypes';
import { allRows } from './columnLookup';
import { defaultFeatures, featureSpecsOf } from './defaultFeatures';
import { fitPipeline } from './fit/fitPipeline';
import { inferTask } from './inferTask';
import { trainValTestSplit } from './split/trainValTestSplit';
import { classIndexPerRow } from './targetClasses';
import { levelColumn, numberColumn, tableOf } from './testing/buildTable';
import { toTrainingSet } from './trainingSet';
import { transform } from './transform/transform';

const n = 120;
const table = tableOf([
  levelColumn(
    'customer_id',
    Array.from({ length: n }, (_, i) => `C${1000 + i}`),
    'id',
  ),
  numberColumn(
    'spend',
    Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : (i * 7919) % 500)),
  ),
  levelColumn(
    'plan',
    Array.from({ length: n }, (_, i) => ['basic', 'pro', 'team'][i % 3] ?? null),
  ),
  numberColumn(
    'signup',
    Array.from({ length: n }, (_, i) => Date.UTC(2023, i % 12, 1 + (i % 28))),
    'date',
  ),
  levelColumn(
    'churned',
    Array.from({ length: n }, (_, i) => (i % 5 < 2 ? 'yes' : 'no')),
  ),
]);

describe('from a table to training sets', () => {
  it('wires task, features, split, pipeline and transform together', () => {
    const targetIndex = 4;
    const target = table.columns[targetIndex];
    if (target === undefined) throw new Error('no target');
    const task = inferTask(target);
    if (!task.ok) throw new Error(JSON.stringify(task.error));

    const features = featureSpecsOf(defaultFeatures(table, targetIndex));
    const spec = { target: target.name, task: task.value.task, features, standardise: true };

    // Stratify on the class of every row (NaN where the target is missing).
    const stratify = classIndexPerRow(target);
    const split = trainValTestSplit(table.rowCount, {
      validation: 0.2,
      test: 0.2,
      seed: 42,
      stratify,
    });
    if (!split.ok) throw new Error(JSON.stringify(split.error));

    const pipeline = fitPipeline(table, spec, split.value.train);
    if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
    const sets: TrainingSet[] = [];
    for (const rows of [split.value.train, split.value.validation, split.value.test]) {
      const transformed = transform(pipeline.value, table, rows);
      if (!transformed.ok) throw new Error(JSON.stringify(transformed.error));
      sets.push(toTrainingSet(pipeline.value, transformed.value));
    }
    const [train, , test] = sets;
    if (train === undefined || test === undefined) throw new Error('missing sets');

    expect(task.value).toEqual({ task: 'classification', reason: 'categorical', classCount: 2 });
    expect(features.map((f) => f.column)).toEqual(['spend', 'plan', 'signup']);
    expect(train.classes).toEqual(['no', 'yes']);
    expect(sets.map((set) => set.rows)).toEqual([72, 24, 24]);
    expect(train.cols).toBe(train.featureNames.length);

    // Stratified: the 24 test rows hold 60 % 'no' as near as whole rows allow (14 no, 10 yes).
    expect(Array.from(test.y).filter((y) => y === 1).length).toBe(10);
    const baseline = majorityBaseline(train.y, 2, test.rows);
    expect(classificationMetrics(test.y, baseline, 2).accuracy).toBeCloseTo(14 / 24, 12);
    // Unused but kept: a pipeline can score every row of a table at once.
    expect(transform(pipeline.value, table, allRows(n)).ok).toBe(true);
  });
});
