import { describe, expect, it } from 'vitest';
import { majorityBaseline, meanBaseline } from './baseline';
import { accuracy, confusionMatrix, precisionRecallF1 } from './classificationMetrics';
import { classificationMetrics } from './classificationSummary';
import fixture from './fixtures/sklearnMetrics.json';
import { logLoss } from './logLoss';
import { regressionMetrics } from './regressionMetrics';
import { rocAuc, rocCurve, probabilityColumn } from './rocAuc';

// Reference values: scripts/make-prep-metrics-fixtures.py (scikit-learn 1.2).
const numbers = (values: readonly (number | null)[]) =>
  Float64Array.from(values, (value) => value ?? Number.NaN);
const closeTo = (values: readonly number[]) => values.map((value) => expect.closeTo(value, 10));

describe('regression metrics match scikit-learn', () => {
  it.each(fixture.regression)('$name', (reference) => {
    const metrics = regressionMetrics(numbers(reference.actual), numbers(reference.predicted));
    expect(metrics.r2).toBeCloseTo(reference.r2, 10);
    expect(metrics.rmse).toBeCloseTo(reference.rmse, 10);
    expect(metrics.mae).toBeCloseTo(reference.mae, 10);
    expect(metrics.mapeSkippedZeros).toBe(reference.mapeSkippedZeros);
    if (reference.mape === null) expect(metrics.mape).toBeNull();
    else expect(metrics.mape).toBeCloseTo(reference.mape, 10);
  });
});

describe('classification metrics match scikit-learn', () => {
  it.each(fixture.classification)('$name', (reference) => {
    const actual = numbers(reference.actual);
    const predicted = numbers(reference.predicted);
    const probabilities = numbers(reference.probabilities);
    const classes = reference.classCount;
    expect(accuracy(actual, predicted)).toBeCloseTo(reference.accuracy, 12);
    const scores = precisionRecallF1(actual, predicted, classes);
    expect([scores.precision, scores.recall, scores.f1]).toEqual(
      closeTo([reference.precision, reference.recall, reference.f1]),
    );
    expect(rocAuc(actual, probabilities, classes)).toBeCloseTo(reference.rocAuc, 12);
    expect(logLoss(actual, probabilities, classes)).toBeCloseTo(reference.logLoss, 9);
    expect(confusionMatrix(actual, predicted, classes)).toEqual(reference.confusion);
  });

  it.each(fixture.classification.filter((entry) => entry.roc !== undefined))(
    'ROC curve points of $name',
    (reference) => {
      const scores = probabilityColumn(numbers(reference.probabilities), 2, 1);
      const curve = rocCurve(numbers(reference.actual), scores);
      const roc = reference.roc as { fpr: number[]; tpr: number[]; thresholds: number[] };
      expect(curve.falsePositiveRate).toEqual(closeTo(roc.fpr));
      expect(curve.truePositiveRate).toEqual(closeTo(roc.tpr));
      expect(curve.thresholds[0]).toBe(Infinity);
      expect(curve.thresholds.slice(1)).toEqual(closeTo(roc.thresholds));
    },
  );

  it('bundles every metric in one report', () => {
    const reference = fixture.classification[3];
    if (reference === undefined) throw new Error('fixture has a four-class case');
    const report = classificationMetrics(
      numbers(reference.actual),
      { values: numbers(reference.predicted), probabilities: numbers(reference.probabilities) },
      reference.classCount,
    );
    expect(report.averaging).toBe('macro');
    expect(report.f1).toBeCloseTo(reference.f1, 10);
    expect(report.rocAuc).toBeCloseTo(reference.rocAuc, 10);
    expect(report.count).toBe(reference.actual.length);
  });
});

describe('baselines match scikit-learn dummies', () => {
  it('predicts the majority class with the training class shares (DummyClassifier prior)', () => {
    const reference = fixture.baseline.classification;
    const baseline = majorityBaseline(numbers(reference.train), reference.classCount, 2);
    expect(Array.from(baseline.values)).toEqual(reference.predicted);
    expect(Array.from(baseline.probabilities ?? [])).toEqual(
      closeTo(reference.probabilities as number[]),
    );
  });

  it('predicts the training mean (DummyRegressor mean)', () => {
    const reference = fixture.baseline.regression;
    const baseline = meanBaseline(numbers(reference.train), 2);
    expect(Array.from(baseline.values)).toEqual(closeTo(reference.predicted as number[]));
    expect(baseline.probabilities).toBeNull();
  });
});
