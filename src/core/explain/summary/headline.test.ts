import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassificationMetrics, TrainingOutcome } from '../../training/trainingTypes';
import { headline } from './headline';
import { adTable, trainRun } from './testing/summaryRuns';

const FEATURES = ['tv', 'radio', 'region'];

describe('headline', () => {
  let classifier: TrainingOutcome;
  beforeAll(async () => {
    const table = adTable({ rows: 300, seed: 41 });
    const request = { target: 'bought', task: 'classification' as const, features: FEATURES };
    classifier = await trainRun(table, { ...request, split: { validationPct: 20, testPct: 20 } });
  });

  it('prefers test rows over validation rows', () => {
    const test = classifier.metrics.test as ClassificationMetrics;
    expect(headline(classifier)).toEqual({
      part: 2,
      metric: 'auc',
      value: test.auc,
      baseline: (classifier.baseline.test as ClassificationMetrics).auc,
      rows: classifier.rowCounts.test,
    });
  });

  it('falls back to validation rows when there is no test part', () => {
    const noTest = { ...classifier, metrics: { ...classifier.metrics, test: null } };
    const validation = classifier.metrics.validation as ClassificationMetrics;
    expect(headline(noTest)).toMatchObject({ part: 1, value: validation.auc });
  });

  it('uses accuracy against the majority class when the run has no AUC', () => {
    const withoutAuc = (m: ClassificationMetrics): ClassificationMetrics => ({ ...m, auc: null });
    const test = withoutAuc(classifier.metrics.test as ClassificationMetrics);
    const base = withoutAuc(classifier.baseline.test as ClassificationMetrics);
    const outcome = {
      ...classifier,
      metrics: { ...classifier.metrics, test },
      baseline: { ...classifier.baseline, test: base },
    };
    expect(headline(outcome)).toMatchObject({
      metric: 'accuracy',
      value: test.accuracy,
      baseline: base.accuracy,
    });
    expect(base.accuracy).toBeGreaterThan(0.4);
  });
});
