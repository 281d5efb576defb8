import type { DataTable } from '../data/table';
import { leakageScores, summaryFacts, type DependenceCurve } from '../explain/summary';
import { fitCurve, permutationImportance } from '../explain';
import { swapPredictorOf } from '../explain/kernelSwap/swapPredictorOf';
import { predictorOf } from '../models/modelPredictors';
import type { Matrix } from '../models/modelTypes';
import { ok, type Result } from '../result';
import { classificationDiagnostics, regressionDiagnostics } from '../results';
import type { FitCurve, ImportanceResult, RunResults } from '../results/resultTypes';
import { PART_TRAIN } from '../results/resultTypes';
import type { TrainingOutcome } from '../training/trainingTypes';
import type { AnalysisFailure } from './analysisTypes';
import { encodeRows, evaluationPart, rowsOfPart } from './evaluationRows';
import { featureScales } from './featureScales';
import { prepFailure } from './prepFailure';

const IMPORTANCE_SEED = 20240601;

/** Permutation importance of every source column on the held-out rows. */
function importanceOf(
  table: DataTable,
  outcome: TrainingOutcome,
): Result<ImportanceResult, AnalysisFailure> {
  const part = evaluationPart(outcome.predictions);
  const encoded = encodeRows(table, outcome, rowsOfPart(outcome.predictions, part));
  if (!encoded.ok) return prepFailure(encoded.error);
  const predictor = predictorOf(outcome.kind);
  return ok(
    permutationImportance({
      pipeline: outcome.pipeline,
      matrix: encoded.value.matrix,
      y: encoded.value.y,
      task: outcome.task,
      predict: (m: Matrix) => predictor(outcome.model, m),
      swap: swapPredictorOf(outcome.kind, outcome.model),
      part,
      seed: IMPORTANCE_SEED,
    }),
  );
}

/** The fit chart against `column`: the regression line for one-feature linear regression, else PD. */
export function fitCurveFor(
  table: DataTable,
  outcome: TrainingOutcome,
  column: string,
): Result<FitCurve, AnalysisFailure> {
  const predictor = predictorOf(outcome.kind);
  const { predictions, pipeline } = outcome;
  const singleLinear =
    outcome.kind === 'linear' && outcome.task === 'regression' && pipeline.steps.length === 1;
  const curve = fitCurve({
    pipeline,
    table,
    column,
    rows: predictions.rows,
    parts: predictions.part,
    actual: predictions.actual,
    predict: (m: Matrix) => predictor(outcome.model, m),
    swap: swapPredictorOf(outcome.kind, outcome.model),
    task: outcome.task,
    maxPoints: CHART_POINTS,
    linear: singleLinear
      ? { trainRows: rowsOfPart(predictions, PART_TRAIN), method: linearMethod(outcome) }
      : null,
  });
  if (!curve.ok) {
    return {
      ok: false,
      error: { code: 'fit-curve', params: { column }, message: `No fit chart for ${column}.` },
    };
  }
  return curve;
}

const linearMethod = (outcome: TrainingOutcome): 'ols' | 'ridge' =>
  (outcome.model as { kind?: string }).kind === 'ridge' ? 'ridge' : 'ols';

const DRIVER_CURVES = 3;
/** Points per scatter chart: Recharts draws each as an SVG element on the main thread. */
const CHART_POINTS = 800;
/** Leakage is a coarse flag (single-column score >= 0.98): an even sample of rows decides it. */
const LEAKAGE_ROWS = 20_000;
/** Leverage needs the whole design; above this many training rows the residual rule is used. */
const INFLUENCE_ROWS = 100_000;

/** Every k-th row so that at most `max` remain (all rows when fewer). */
function evenSample(rows: Int32Array, max: number): Int32Array {
  if (rows.length <= max) return rows;
  const step = rows.length / max;
  return Int32Array.from({ length: max }, (_, i) => rows[Math.floor(i * step)]!);
}

/**
 * Fit charts of the top columns of a non-linear model: their partial-dependence curves give its
 * drivers a direction, and the top one is usually the chart shown first.
 */
function driverFits(
  table: DataTable,
  outcome: TrainingOutcome,
  importance: ImportanceResult,
): Map<string, FitCurve> {
  const fits = new Map<string, FitCurve>();
  if (outcome.kind === 'linear') return fits;
  for (const feature of importance.features.slice(0, DRIVER_CURVES)) {
    const fit = fitCurveFor(table, outcome, feature.column);
    if (fit.ok) fits.set(feature.column, fit.value);
  }
  return fits;
}

/** The summary's view of fit charts: the curve's points and the class it is about. */
function dependenceCurves(fits: ReadonlyMap<string, FitCurve>): Map<string, DependenceCurve> {
  const curves = new Map<string, DependenceCurve>();
  for (const [column, fit] of fits) {
    curves.set(column, {
      x: fit.curve.map((point) => point.x),
      y: fit.curve.map((point) => point.y),
      levels: fit.levels,
      classIndex: fit.classIndex,
    });
  }
  return curves;
}

/** The OLS training design, for leverage: rows in the order they were scored. */
function olsDesign(table: DataTable, outcome: TrainingOutcome, trainRows: Int32Array) {
  const ols =
    outcome.kind === 'linear' && linearMethod(outcome) === 'ols' && outcome.task === 'regression';
  if (!ols || trainRows.length > INFLUENCE_ROWS) return null;
  const encoded = encodeRows(table, outcome, trainRows);
  return encoded.ok ? encoded.value.matrix : null;
}

function chosenFit(table: DataTable, outcome: TrainingOutcome, column: string): FitCurve | null {
  const fit = fitCurveFor(table, outcome, column);
  return fit.ok ? fit.value : null;
}

/** Everything the results screen shows for a finished run, computed from the table and outcome. */
export function analyseRun(
  table: DataTable,
  outcome: TrainingOutcome,
  fitColumn: string | null,
): Result<RunResults, AnalysisFailure> {
  const { predictions, pipeline } = outcome;
  const diagnostics =
    outcome.task === 'regression'
      ? regressionDiagnostics(predictions, { maxPoints: CHART_POINTS })
      : classificationDiagnostics(predictions);
  const importance = importanceOf(table, outcome);
  if (!importance.ok) return importance;
  const trainRows = rowsOfPart(predictions, PART_TRAIN);
  const columns = pipeline.steps.map((step) => step.column);
  const residuals =
    outcome.task === 'regression'
      ? {
          fitted: predictions.predicted,
          residual: predictions.actual.map((y, i) => y - predictions.predicted[i]!),
          part: predictions.part,
        }
      : null;
  const design = olsDesign(table, outcome, trainRows);
  const fits = driverFits(table, outcome, importance.value);
  const summary = summaryFacts({
    outcome,
    importance: importance.value,
    residuals,
    leakage: leakageScores(
      table,
      evenSample(trainRows, LEAKAGE_ROWS),
      pipeline.target.column,
      outcome.task,
      columns,
    ),
    featureScale: featureScales(table, pipeline, trainRows),
    curves: dependenceCurves(fits),
    ...(design ? { design } : {}),
  });
  const chosen = fitColumn ?? importance.value.features[0]?.column ?? columns[0] ?? null;
  const fit = chosen === null ? null : (fits.get(chosen) ?? chosenFit(table, outcome, chosen));
  return ok({
    diagnostics,
    importance: importance.value,
    fit,
    summary,
  });
}
