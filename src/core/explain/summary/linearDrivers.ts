import type { LinearModel } from '../../models/linear/linearTypes';
import type { Driver, ImportanceResult } from '../../results/resultTypes';
import type { TrainingOutcome } from '../../training/trainingTypes';
import {
  directionOf,
  importanceByColumn,
  rankDrivers,
  stepOf,
  typicalSizeOf,
  type DriverCandidate,
} from './driverSteps';
import { driverCoefficients } from './classContrasts';
import { featureSources } from './featureSources';

/** The run's fitted linear model, or null for other model kinds. */
export function linearModelOf(outcome: TrainingOutcome): LinearModel | null {
  if (outcome.kind !== 'linear') return null;
  const model = outcome.model as Partial<LinearModel> | null;
  const kinds: readonly unknown[] = ['ols', 'ridge', 'logistic'];
  return model !== null && kinds.includes(model.kind) && Array.isArray(model.table)
    ? (model as LinearModel)
    : null;
}

interface LinearDriverInput {
  readonly outcome: TrainingOutcome;
  readonly model: LinearModel;
  readonly importance: ImportanceResult | null;
  readonly featureScale: ReadonlyMap<string, number>;
  readonly maxDrivers: number;
}

/**
 * Drivers from the coefficient table: effect = raw-scale coefficient × step. Ranked by
 * importance when given, else by |coefficient × typical size| (a one-hot level: |coefficient|).
 * Multinomial: each column's strongest contrast of a class against the first class.
 */
export function linearDrivers(input: LinearDriverInput): Driver[] {
  const { outcome, model, featureScale } = input;
  const sources = featureSources(outcome.pipeline);
  const indexOf = new Map(outcome.pipeline.featureNames.map((name, index) => [name, index]));
  const importance = importanceByColumn(input.importance);
  const candidates: DriverCandidate[] = [];
  for (const row of driverCoefficients(model, outcome.classes)) {
    const source = sources[indexOf.get(row.feature) ?? -1];
    if (source === undefined) continue;
    // Undo a standardisation the model may have seen, so effects are per raw unit.
    const perUnit = row.estimate / (source.scalingStd ?? 1);
    const typical = typicalSizeOf(source, featureScale);
    const step = stepOf(source, typical);
    const effect = perUnit * step;
    const driver: Driver = {
      column: source.column,
      level: source.level,
      effect,
      step,
      direction: directionOf(effect),
      importance: importance.get(source.sourceColumn) ?? null,
      className: row.className,
      versusClass: row.versusClass,
    };
    candidates.push({ driver, size: Math.abs(perUnit * (typical ?? 1)) });
  }
  return rankDrivers(candidates, input.maxDrivers);
}
