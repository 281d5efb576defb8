import type { Column, DataTable } from '../data/table';
import type { Matrix, Predictions } from '../models/modelTypes';
import type { Pipeline, PrepError } from '../prep/prepTypes';
import { transform } from '../prep/transform/transform';
import { ok, type Result } from '../result';

export interface DependenceInput {
  readonly pipeline: Pipeline;
  readonly table: DataTable;
  /** The feature's column in `table`. */
  readonly column: Column;
  /** Table rows the prediction is averaged over. */
  readonly background: Int32Array;
  /** Raw values to put in the column: numbers, dates in ms, or level codes. */
  readonly grid: Float64Array;
  readonly predict: (m: Matrix) => Predictions;
  /** Classification: the class whose probability is averaged; null for regression. */
  readonly classIndex: number | null;
}

export interface Dependence {
  /** Average prediction (or probability of the class) per grid value. */
  readonly average: Float64Array;
  /** Every background row encoded at every grid value, grid value by grid value. */
  readonly encoded: Matrix;
  readonly rowsPerValue: number;
}

/**
 * Partial dependence: for each grid value, the average prediction over the background rows with
 * the column set to that value. Rows are encoded by the pipeline itself, so one-hot levels, date
 * parts, imputation and scaling follow exactly as in training; one predict call covers the grid.
 */
export function partialDependence(input: DependenceInput): Result<Dependence, PrepError> {
  const { pipeline, table, column, background, grid } = input;
  // One private copy of the column; only the background rows' cells change between grid values.
  const cells = column.codes?.slice() ?? column.values?.slice() ?? new Float64Array(table.rowCount);
  const replaced: Column =
    cells instanceof Int32Array ? { ...column, codes: cells } : { ...column, values: cells };
  const modified: DataTable = {
    ...table,
    columns: table.columns.map((c) => (c === column ? replaced : c)),
  };
  const blocks: Float64Array[] = [];
  let rowsPerValue = 0;
  for (const value of grid) {
    for (const row of background) cells[row] = value;
    const encoded = transform(pipeline, modified, background, { target: 'ignore' });
    if (!encoded.ok) return encoded;
    blocks.push(encoded.value.matrix.x);
    rowsPerValue = encoded.value.matrix.rows;
  }
  const cols = pipeline.featureNames.length;
  const x = new Float64Array(grid.length * rowsPerValue * cols);
  blocks.forEach((block, i) => x.set(block, i * rowsPerValue * cols));
  const encoded: Matrix = { x, rows: grid.length * rowsPerValue, cols };
  const predictions = input.predict(encoded);
  const average = averagePerValue(predictions, grid.length, rowsPerValue, input.classIndex);
  return ok({ average, encoded, rowsPerValue });
}

/** Mean prediction of each block of `rowsPerValue` rows (a probability for classification). */
function averagePerValue(
  predictions: Predictions,
  values: number,
  rowsPerValue: number,
  classIndex: number | null,
): Float64Array {
  const total = values * rowsPerValue;
  const { probabilities } = predictions;
  const classes = probabilities === null ? 0 : probabilities.length / total;
  const outcome = (row: number): number => {
    if (classIndex === null) return predictions.values[row] as number;
    // Without probabilities, the share of rows predicted as the class.
    if (probabilities === null) return predictions.values[row] === classIndex ? 1 : 0;
    return probabilities[row * classes + classIndex] as number;
  };
  const average = new Float64Array(values);
  for (let v = 0; v < values; v++) {
    let sum = 0;
    for (let r = v * rowsPerValue; r < (v + 1) * rowsPerValue; r++) sum += outcome(r);
    average[v] = sum / rowsPerValue;
  }
  return average;
}
