import { PART_TEST, PART_TRAIN, PART_VALIDATION, type SplitPart } from '../../results/resultTypes';
import type { MetricSet, SplitMetrics, TrainingOutcome } from '../../training/trainingTypes';

/** The one number the summary leads with, against the naive baseline on the same rows. */
export interface Headline {
  readonly part: SplitPart;
  readonly metric: 'r2' | 'accuracy' | 'auc';
  readonly value: number;
  readonly baseline: number;
  /** Rows the headline was measured on; 0 of them are held out when `part` is train. */
  readonly rows: number;
}

/** AUC of a baseline that gives every row the same scores. */
const CONSTANT_SCORE_AUC = 0.5;

function partMetrics(metrics: SplitMetrics, part: SplitPart): MetricSet | null {
  if (part === PART_TEST) return metrics.test;
  if (part === PART_VALIDATION) return metrics.validation;
  return metrics.train;
}

/** Test rows if any, else validation rows, else the training rows. */
export function headlinePart(outcome: TrainingOutcome): SplitPart {
  if (outcome.metrics.test !== null && outcome.rowCounts.test > 0) return PART_TEST;
  if (outcome.metrics.validation !== null && outcome.rowCounts.validation > 0) {
    return PART_VALIDATION;
  }
  return PART_TRAIN;
}

/**
 * Regression: R² against the baseline's (≈ 0). Classification: AUC when the run has one, else
 * accuracy, against the majority-class baseline (whose constant scores give AUC 0.5).
 */
export function headline(outcome: TrainingOutcome): Headline {
  const part = headlinePart(outcome);
  const model = partMetrics(outcome.metrics, part);
  const baseline = partMetrics(outcome.baseline, part);
  if (model === null) throw new Error('A training outcome always has training metrics');
  const rows = model.rows;
  if (model.task === 'regression') {
    const base = baseline?.task === 'regression' ? baseline.r2 : 0;
    return { part, metric: 'r2', value: model.r2, baseline: base, rows };
  }
  const base = baseline?.task === 'classification' ? baseline : null;
  if (model.auc !== null) {
    const value = model.auc;
    return { part, metric: 'auc', value, baseline: base?.auc ?? CONSTANT_SCORE_AUC, rows };
  }
  return { part, metric: 'accuracy', value: model.accuracy, baseline: base?.accuracy ?? 0, rows };
}
