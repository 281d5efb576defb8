import { confusionMatrix } from '../metrics/classificationMetrics';
import { binaryRocAuc } from '../metrics/rocAuc';
import { cumulativeGains } from './cumulativeGains';
import { evaluationRows, type EvaluationRows } from './evaluationRows';
import { rankScores } from './rankedScores';
import type {
  ClassificationDiagnostics,
  GainsPoint,
  RocCurve,
  RowPredictions,
  ThresholdCounts,
} from './resultTypes';
import { rocPoints } from './rocPoints';
import { DEFAULT_THRESHOLDS, thresholdCounts } from './thresholdCounts';

const DEFAULT_ROC_POINTS = 500;

export interface ClassificationDiagnosticsOptions {
  /** Most ROC points per class; default 500. */
  readonly maxPoints?: number;
  /** Thresholds from 0 to 1 inclusive for the threshold table; default 101, at most 201. */
  readonly thresholds?: number;
}

interface ClassCurves {
  readonly roc: RocCurve;
  readonly gains: GainsPoint[];
  readonly thresholds: ThresholdCounts[];
}

/** One class's probability per row and whether the row is that class, by plain loops. */
function oneVsRest(
  actual: Float64Array,
  probabilities: Float64Array,
  classIndex: number,
  classCount: number,
) {
  const n = actual.length;
  const scores = new Float64Array(n);
  const isPositive = new Uint8Array(n);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    scores[i] = probabilities[i * classCount + classIndex] as number;
    if (actual[i] === classIndex) {
      isPositive[i] = 1;
      positives++;
    }
  }
  return { scores, isPositive, positives, negatives: n - positives };
}

/** ROC, gains and threshold counts of one class against the rest, from one descending sort. */
function classCurves(
  rows: EvaluationRows,
  probabilities: Float64Array,
  classIndex: number,
  classCount: number,
  options: ClassificationDiagnosticsOptions,
): ClassCurves {
  const { scores, isPositive, positives, negatives } = oneVsRest(
    rows.actual,
    probabilities,
    classIndex,
    classCount,
  );
  const auc = positives > 0 && negatives > 0 ? binaryRocAuc(isPositive, scores) : null;
  const ranked = rankScores(scores, isPositive);
  const maxPoints = options.maxPoints ?? DEFAULT_ROC_POINTS;
  return {
    roc: { classIndex, auc, points: auc === null ? [] : rocPoints(ranked, maxPoints) },
    gains: cumulativeGains(ranked),
    thresholds: thresholdCounts(ranked, options.thresholds ?? DEFAULT_THRESHOLDS),
  };
}

/**
 * Classification diagnostics on the evaluation rows (test, else validation, else train): per
 * class of interest (binary: class 1; multi-class: every class, one-vs-rest) the ROC curve and
 * AUC, cumulative gains and threshold counts, plus the confusion matrix of the model's decisions.
 * Without probabilities only the confusion matrix is filled in.
 */
export function classificationDiagnostics(
  predictions: RowPredictions,
  options: ClassificationDiagnosticsOptions = {},
): ClassificationDiagnostics {
  const { classes } = predictions;
  if (!classes) throw new Error('classification predictions need their classes');
  const classCount = classes.length;
  const rows = evaluationRows(predictions, classCount);
  const targets = classCount === 2 ? [1] : Array.from({ length: classCount }, (_, c) => c);
  const { probabilities } = rows;
  const curves = probabilities
    ? targets.map((c) => classCurves(rows, probabilities, c, classCount, options))
    : [];
  const confusion =
    rows.actual.length > 0
      ? confusionMatrix(rows.actual, rows.predicted, classCount)
      : Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  return {
    task: 'classification',
    total: rows.actual.length,
    classes: [...classes],
    part: rows.part,
    roc: curves.map((curve) => curve.roc),
    gains: curves.map((curve) => curve.gains),
    thresholds: curves.map((curve) => curve.thresholds),
    confusion,
  };
}
