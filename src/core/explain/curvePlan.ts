import type { Column } from '../data/table';
import type { FeatureStep, Pipeline } from '../prep/prepTypes';
import { quantileGrid, rangeGrid } from './curveGrid';

/** Where the curve is evaluated: raw values (level codes for level columns) and level labels. */
export interface CurvePlan {
  readonly grid: Float64Array;
  readonly levels: readonly string[] | null;
}

const BOOLEAN_LEVELS = ['false', 'true'] as const;

/** Raw values of `rows` as the fit chart plots them: number, date in ms or level code; NaN if missing. */
export function rawValues(column: Column, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  const { codes, values } = column;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (codes !== null) out[i] = (codes[row] as number) < 0 ? Number.NaN : (codes[row] as number);
    else out[i] = values === null ? Number.NaN : (values[row] as number);
  }
  return out;
}

/**
 * The grid: every level of a level column, false/true for a boolean, else points over the
 * training values (the full range for a regression line). Null when there is no training value.
 * `trainingValues` holds no NaN and may be reordered.
 */
export function curvePlan(
  column: Column,
  trainingValues: Float64Array,
  gridSize: number,
  line: boolean,
): CurvePlan | null {
  if (column.codes !== null && column.levels !== null) {
    return { grid: Float64Array.from(column.levels, (_, code) => code), levels: column.levels };
  }
  if (column.type === 'boolean') return { grid: Float64Array.of(0, 1), levels: BOOLEAN_LEVELS };
  if (trainingValues.length === 0) return null;
  const grid = line ? rangeGrid(trainingValues, gridSize) : quantileGrid(trainingValues, gridSize);
  return { grid, levels: null };
}

/**
 * True when the model's curve is a straight line in the raw feature: OLS or ridge on one numeric
 * feature, or on a date's day count alone.
 */
export function isRegressionLine(pipeline: Pipeline, step: FeatureStep): boolean {
  if (pipeline.task !== 'regression' || pipeline.featureNames.length !== 1) return false;
  if (step.kind === 'numeric') return step.sourceType === 'numeric';
  return step.kind === 'date' && step.parts.length === 1 && step.parts[0]?.part === 'days';
}
