import type { Pipeline } from '../../prep/prepTypes';
import type { Driver, ImportanceResult } from '../../results/resultTypes';
import {
  directionOf,
  rankDrivers,
  stepOf,
  typicalSizeOf,
  type DriverCandidate,
} from './driverSteps';
import type { FeatureSource } from './featureSources';
import { curveLevelEffect, curveSlope, curveSpread } from './curveShape';
import type { DependenceCurve } from './summaryTypes';

interface CurveDriverInput {
  readonly pipeline: Pipeline;
  readonly task: 'regression' | 'classification';
  readonly classes: readonly string[] | null;
  readonly importance: ImportanceResult | null;
  readonly curves: ReadonlyMap<string, DependenceCurve>;
  readonly featureScale: ReadonlyMap<string, number>;
  readonly maxDrivers: number;
}

/** How a source column enters the model, for choosing the step and reading its curve. */
function sourceOf(pipeline: Pipeline, column: string): FeatureSource {
  const step = pipeline.steps.find((s) => s.column === column);
  const kind =
    step?.kind === 'one-hot' ? 'level' : step?.kind === 'numeric' ? step.sourceType : 'numeric';
  return { column, sourceColumn: column, level: null, kind, scalingStd: null };
}

/**
 * The class a classification curve is about: its own class, else the positive class of a binary
 * target; null for regression, or for a multi-class driver without a curve.
 */
function classOf(input: CurveDriverInput, curve: DependenceCurve | undefined): string | null {
  if (input.task !== 'classification') return null;
  const binary = input.classes?.length === 2;
  const index = curve?.classIndex ?? (binary ? 1 : null);
  return index === null ? null : (input.classes?.[index] ?? null);
}

/** One driver of a non-linear model from its importance and (if given) its curve. */
function curveDriver(input: CurveDriverInput, column: string, importance: number): Driver {
  const source = sourceOf(input.pipeline, column);
  const curve = input.curves.get(column);
  const logOdds = input.task === 'classification';
  // A probability curve of one class: the odds of that class against every other class.
  const about = { importance, className: classOf(input, curve), versusClass: null };
  if (curve !== undefined && source.kind === 'level') {
    const { level, effect } = curveLevelEffect(curve, logOdds);
    return { column, level, effect, step: 1, direction: directionOf(effect), ...about };
  }
  const typical = typicalSizeOf(source, input.featureScale) ?? (curve ? curveSpread(curve) : null);
  const step = stepOf(source, typical);
  const slope = curve === undefined ? Number.NaN : curveSlope(curve, logOdds);
  const effect = slope * step;
  return { column, level: null, effect, step, direction: directionOf(effect), ...about };
}

/**
 * Drivers of an SVM or neural network: the most important source columns, each with the
 * least-squares slope of its partial-dependence curve × step as the effect (log-odds for
 * classification). The effect is NaN (direction 'up' as a placeholder) when no curve is given
 * or the curve has no single direction (a straight line explains under half its variation).
 */
export function curveDrivers(input: CurveDriverInput): Driver[] {
  const ranked = [...(input.importance?.features ?? [])].sort((a, b) => b.mean - a.mean);
  const candidates: DriverCandidate[] = ranked
    .slice(0, Math.max(0, input.maxDrivers))
    .map((feature) => ({
      driver: curveDriver(input, feature.column, feature.mean),
      size: feature.mean,
    }));
  return rankDrivers(candidates, input.maxDrivers);
}
