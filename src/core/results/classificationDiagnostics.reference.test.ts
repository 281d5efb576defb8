import { describe, expect, it } from 'vitest';
import { classificationDiagnostics } from './classificationDiagnostics';
import reference from './fixtures/classificationReference.json';
import type { RowPredictions } from './resultTypes';

// Reference values: scripts/make-results-fixtures.py (scikit-learn 1.2, numpy 1.24).
type Case = (typeof reference.cases)[number];

function predictionsOf(reference: Case): RowPredictions {
  return {
    rows: Int32Array.from(reference.part, (_, i) => i),
    part: Uint8Array.from(reference.part),
    actual: Float64Array.from(reference.actual),
    predicted: Float64Array.from(reference.predicted),
    probabilities: Float64Array.from(reference.probabilities),
    classes: reference.classes,
  };
}

const closeTo = (values: readonly number[], digits = 12) =>
  values.map((value) => expect.closeTo(value, digits));

// Room for every ROC corner, so nothing is thinned.
const diagnosticsOf = (reference: Case) =>
  classificationDiagnostics(predictionsOf(reference), { maxPoints: 10_000 });

describe.each(reference.cases)('$name', (reference) => {
  const diagnostics = diagnosticsOf(reference);

  it('evaluates the expected part and equals confusion_matrix there', () => {
    expect(diagnostics.part).toBe(reference.evaluationPart);
    expect(diagnostics.total).toBe(reference.evaluationRows);
    expect(diagnostics.confusion).toEqual(reference.confusion);
    expect(diagnostics.roc.map((curve) => curve.classIndex)).toEqual(
      reference.perClass.map((entry) => entry.classIndex),
    );
  });

  it.each(reference.perClass)(
    'ROC and AUC of class $classIndex equal roc_curve and roc_auc_score',
    (entry) => {
      const curve = diagnostics.roc.find((roc) => roc.classIndex === entry.classIndex);
      expect(curve?.auc).toBeCloseTo(entry.auc, 12);
      const points = curve?.points ?? [];
      expect(points.map((p) => p.fpr)).toEqual(closeTo(entry.roc.fpr));
      expect(points.map((p) => p.tpr)).toEqual(closeTo(entry.roc.tpr));
      expect(points[0]?.threshold).toBe(Infinity);
      expect(points.slice(1).map((p) => p.threshold)).toEqual(entry.roc.thresholds.slice(1));
    },
  );

  it.each(reference.perClass)('gains and lift of class $classIndex equal numpy', (entry) => {
    const index = diagnostics.roc.findIndex((roc) => roc.classIndex === entry.classIndex);
    const gains = diagnostics.gains[index] ?? [];
    expect(gains.map((g) => g.share)).toEqual(entry.gains.map((g) => g.share));
    expect(gains.map((g) => g.gain)).toEqual(closeTo(entry.gains.map((g) => g.gain)));
    expect(gains.map((g) => g.lift)).toEqual(closeTo(entry.gains.map((g) => g.lift)));
  });

  it.each(reference.perClass)(
    'threshold counts of class $classIndex equal a brute-force count',
    (entry) => {
      const index = diagnostics.roc.findIndex((roc) => roc.classIndex === entry.classIndex);
      const table = diagnostics.thresholds[index] ?? [];
      expect(table.map((t) => t.threshold)).toEqual(entry.thresholds.threshold);
      expect(table.map((t) => t.tp)).toEqual(entry.thresholds.tp);
      expect(table.map((t) => t.fp)).toEqual(entry.thresholds.fp);
      expect(table.map((t) => t.tn)).toEqual(entry.thresholds.tn);
      expect(table.map((t) => t.fn)).toEqual(entry.thresholds.fn);
    },
  );
});
