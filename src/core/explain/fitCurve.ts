import type { Column } from '../data/table';
import type { FeatureStep } from '../prep/prepTypes';
import { seededRandom } from '../prep/split/seededRandom';
import { transform } from '../prep/transform/transform';
import { fail, ok, type Result } from '../result';
import { PART_TRAIN, type CurvePoint, type FitCurve } from '../results/resultTypes';
import { curvePlan, isRegressionLine, rawValues } from './curvePlan';
import {
  DEFAULT_GRID_SIZE,
  DEFAULT_MAX_POINTS,
  DEFAULT_SAMPLE_ROWS,
  type FitCurveError,
  type FitCurveInput,
} from './fitCurveTypes';
import { olsMeanBand, type Band } from './olsBand';
import { partialDependence, type Dependence } from './partialDependence';
import { sampleIndices } from './sampleIndices';
import { scatterPoints } from './scatterPoints';

const BACKGROUND_STREAM = 0x5bd1e995;

/**
 * The fit chart of one feature: the scored rows' feature value against their actual target, and
 * the model's curve: the regression line (single-feature OLS/ridge, OLS with a 95% band), else
 * partial dependence (classification: average probability of `classIndex`; by default the
 * positive class of a binary target, else the class the feature moves most).
 */
export function fitCurve(input: FitCurveInput): Result<FitCurve, FitCurveError> {
  checkLengths(input);
  const located = locateFeature(input);
  if (!located.ok) return located;
  const { column } = located.value;
  const classIndex = resolveClassIndex(input);
  if (!classIndex.ok) return classIndex;
  const seed = input.seed ?? 0;
  const x = rawValues(column, input.rows);
  const maxPoints = input.maxPoints ?? DEFAULT_MAX_POINTS;
  const scatter = scatterPoints({ ...input, x, maxPoints, random: seededRandom(seed) });
  // A stream of its own, so the background rows do not depend on how the scatter was drawn.
  const backgroundRandom = seededRandom(seed ^ BACKGROUND_STREAM);
  const model = modelCurve(input, { ...located.value, x }, classIndex.value, backgroundRandom);
  if (!model.ok) return model;
  return ok({
    column: column.name,
    kind: model.value.kind,
    classIndex: model.value.classIndex,
    levels: model.value.levels,
    total: scatter.total,
    points: scatter.points,
    curve: model.value.curve,
  });
}

/** The model's curve over the feature's grid, averaged over sampled training rows. */
function modelCurve(
  input: FitCurveInput,
  { column, step, x }: { column: Column; step: FeatureStep; x: Float64Array },
  classIndex: number | 'most-moved' | null,
  random: () => number,
): Result<Pick<FitCurve, 'kind' | 'classIndex' | 'levels' | 'curve'>, FitCurveError> {
  const { training, values } = trainingRowsAndValues(input, x);
  const line = input.linear != null && isRegressionLine(input.pipeline, step);
  const plan = curvePlan(column, values, input.gridSize ?? DEFAULT_GRID_SIZE, line);
  if (plan === null) return fail({ code: 'no-training-values', column: column.name });
  // A line needs one background row: no other feature changes the prediction.
  const count = line ? 1 : (input.sampleRows ?? DEFAULT_SAMPLE_ROWS);
  const sampled = sampleIndices(training.length, count, random);
  const background = Int32Array.from(sampled, (i) => training[i] as number);
  const dependence = partialDependence({ ...input, column, background, ...plan, classIndex });
  if (!dependence.ok) return fail({ code: 'prep', error: dependence.error });
  if (dependence.value.rowsPerValue === 0) {
    return fail({ code: 'no-training-values', column: column.name });
  }
  const withBand = line && input.linear?.method !== 'ridge';
  const band = withBand ? lineBand(input, dependence.value) : ok(null);
  if (!band.ok) return band;
  const kind = classIndex !== null ? 'probability' : line ? 'line' : 'partial-dependence';
  const curve = curvePoints(plan.grid, dependence.value.average, band.value);
  return ok({ kind, classIndex: dependence.value.classIndex, levels: plan.levels, curve });
}

function checkLengths({ rows, parts, actual }: FitCurveInput): void {
  if (parts.length !== rows.length || actual.length !== rows.length) {
    throw new Error('fitCurve: rows, parts and actual must have one entry per scored row');
  }
}

/** The feature's column in the table and the pipeline step that encodes it. */
function locateFeature(
  input: FitCurveInput,
): Result<{ column: Column; step: FeatureStep }, FitCurveError> {
  const column = input.table.columns.find((c) => c.name === input.column);
  if (column === undefined) return fail({ code: 'unknown-column', column: input.column });
  const step = input.pipeline.steps.find((s) => s.column === input.column);
  if (step === undefined) return fail({ code: 'not-a-feature', column: input.column });
  return ok({ column, step });
}

/** Null for regression; for classification the asked class, by default 1 (binary) or the most moved. */
function resolveClassIndex(
  input: FitCurveInput,
): Result<number | 'most-moved' | null, FitCurveError> {
  if (input.task === 'regression') return ok(null);
  const target = input.pipeline.target;
  const classes = target.kind === 'classification' ? target.classes.length : 0;
  if (input.classIndex === undefined && classes > 2) return ok('most-moved');
  const classIndex = input.classIndex ?? (classes === 2 ? 1 : 0);
  if (Number.isInteger(classIndex) && classIndex >= 0 && classIndex < classes)
    return ok(classIndex);
  return fail({ code: 'bad-class', classIndex, classes });
}

/**
 * Table rows of the training entries (every scored row when none is marked training) and their
 * feature values that are not missing.
 */
function trainingRowsAndValues({ rows, parts }: FitCurveInput, x: Float64Array) {
  const anyTraining = parts.includes(PART_TRAIN);
  const training = new Int32Array(rows.length);
  const values = new Float64Array(rows.length);
  let count = 0;
  let present = 0;
  for (let entry = 0; entry < rows.length; entry++) {
    if (anyTraining && parts[entry] !== PART_TRAIN) continue;
    training[count++] = rows[entry] as number;
    const value = x[entry] as number;
    if (!Number.isNaN(value)) values[present++] = value;
  }
  return { training: training.subarray(0, count), values: values.subarray(0, present) };
}

/** The OLS band at the grid, from the training rows the line was fitted on. */
function lineBand(input: FitCurveInput, line: Dependence): Result<Band | null, FitCurveError> {
  const trainRows = input.linear?.trainRows ?? new Int32Array(0);
  const encoded = transform(input.pipeline, input.table, trainRows);
  if (!encoded.ok) return fail({ code: 'prep', error: encoded.error });
  const { matrix, target } = encoded.value;
  if (target === null) return ok(null);
  const fitted = input.predict(matrix).values;
  // One feature and one background row: the encoded matrices are the feature values themselves.
  return ok(olsMeanBand({ x: matrix.x, y: target, fitted }, line.encoded.x, line.average));
}

function curvePoints(grid: Float64Array, average: Float64Array, band: Band | null): CurvePoint[] {
  return Array.from(grid, (x, i) => ({
    x,
    y: average[i] as number,
    lower: band === null ? null : (band.lower[i] as number),
    upper: band === null ? null : (band.upper[i] as number),
  }));
}
