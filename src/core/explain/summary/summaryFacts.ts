import type { Driver, SummaryFacts, SummaryWarning } from '../../results/resultTypes';
import { curveDrivers } from './curveDrivers';
import { headline, type Headline } from './headline';
import { linearDrivers, linearModelOf } from './linearDrivers';
import {
  collinearityWarning,
  leakageWarnings,
  smallTestSetWarning,
  weakModelWarning,
} from './modelWarnings';
import { heteroscedasticWarning, outlierWarning } from './residualWarnings';
import type { SummaryInput } from './summaryTypes';

/** Drivers listed when the caller does not say. */
export const DEFAULT_MAX_DRIVERS = 3;

function drivers(input: SummaryInput): Driver[] {
  const { outcome, importance, featureScale } = input;
  const maxDrivers = input.maxDrivers ?? DEFAULT_MAX_DRIVERS;
  const model = linearModelOf(outcome);
  if (model !== null) {
    return linearDrivers({ outcome, model, importance, featureScale, maxDrivers });
  }
  const curves = input.curves ?? new Map();
  const { pipeline, task, classes } = outcome;
  return curveDrivers({ pipeline, task, classes, importance, curves, featureScale, maxDrivers });
}

function warnings(input: SummaryInput, head: Headline): SummaryWarning[] {
  const { outcome, residuals } = input;
  const model = linearModelOf(outcome);
  const found: (SummaryWarning | null)[] = [];
  if (outcome.task === 'regression' && residuals !== null) {
    const sameRows = residuals.part.length === outcome.predictions.rows.length;
    const tableRows = sameRows ? outcome.predictions.rows : null;
    found.push(heteroscedasticWarning(residuals));
    found.push(outlierWarning(residuals, tableRows, model, input.design));
  }
  if (model !== null) found.push(collinearityWarning(model, outcome.pipeline));
  found.push(...leakageWarnings(input.leakage));
  found.push(weakModelWarning(head), smallTestSetWarning(head));
  return found.filter((warning): warning is SummaryWarning => warning !== null);
}

/**
 * What the plain-language summary says, as data: the headline metric against the naive
 * baseline, the top drivers with direction and size, and the warnings worth a marketer's time.
 */
export function summaryFacts(input: SummaryInput): SummaryFacts {
  const { outcome } = input;
  const head = headline(outcome);
  const classes = outcome.classes;
  const positiveClass =
    outcome.task === 'classification' && classes?.length === 2 ? (classes[1] ?? null) : null;
  return {
    target: outcome.pipeline.target.column,
    task: outcome.task,
    positiveClass,
    part: head.part,
    metric: head.metric,
    value: head.value,
    baseline: head.baseline,
    drivers: drivers(input),
    warnings: warnings(input, head),
  };
}
