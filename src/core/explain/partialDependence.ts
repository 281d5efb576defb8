import type { Column, DataTable } from '../data/table';
import type { Matrix, Predictions } from '../models/modelTypes';
import type { Pipeline, PrepError } from '../prep/prepTypes';
import { transform } from '../prep/transform/transform';
import { ok, type Result } from '../result';
import { featureGroups } from './featureGroups';
import { swappedDependence, type DependenceBlocks } from './kernelSwap/swappedDependence';
import type { SwapPredictor } from './kernelSwap/swapTypes';

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
  /**
   * Classification: the class whose probability is averaged, or 'most-moved' for the class whose
   * average probability changes most over the grid; null for regression.
   */
  readonly classIndex: number | 'most-moved' | null;
  /** The model's column-swap predictor (kernel SVMs): same averages, far fewer kernel values. */
  readonly swap?: SwapPredictor | null;
}

export interface Dependence {
  /** Average prediction (or probability of the class) per grid value. */
  readonly average: Float64Array;
  /** Every background row encoded at every grid value, grid value by grid value. */
  readonly encoded: Matrix;
  readonly rowsPerValue: number;
  /** The class averaged (the one chosen for 'most-moved'); null for regression. */
  readonly classIndex: number | null;
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
  const predictions =
    predictBlocks(input, { blocks, rowsPerValue, cols }) ?? input.predict(encoded);
  const blocksOf = { predictions, values: grid.length, rowsPerValue };
  if (input.classIndex !== 'most-moved') {
    const average = averagePerValue(blocksOf, input.classIndex);
    return ok({ average, encoded, rowsPerValue, classIndex: input.classIndex });
  }
  const { average, classIndex } = mostMovedClass(blocksOf, classCount(input.pipeline));
  return ok({ average, encoded, rowsPerValue, classIndex });
}

/** The blocks' predictions through the swap predictor, when the model has one that applies. */
function predictBlocks(input: DependenceInput, blocks: DependenceBlocks): Predictions | null {
  if (!input.swap) return null;
  const group = featureGroups(input.pipeline).find((g) => g.column === input.column.name);
  return group ? swappedDependence(input.swap, group.features, blocks) : null;
}

interface PredictedBlocks {
  readonly predictions: Predictions;
  /** Grid values: one block of `rowsPerValue` predictions each. */
  readonly values: number;
  readonly rowsPerValue: number;
}

function classCount(pipeline: Pipeline): number {
  return pipeline.target.kind === 'classification' ? pipeline.target.classes.length : 0;
}

/** The class whose average probability spans the widest range over the grid (ties: the first). */
function mostMovedClass(blocks: PredictedBlocks, classes: number) {
  let best = { average: averagePerValue(blocks, 0), classIndex: 0 };
  let widest = rangeOf(best.average);
  for (let k = 1; k < classes; k++) {
    const average = averagePerValue(blocks, k);
    const range = rangeOf(average);
    if (range > widest) {
      widest = range;
      best = { average, classIndex: k };
    }
  }
  return best;
}

function rangeOf(values: Float64Array): number {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return high - low;
}

/** Mean prediction of each block of `rowsPerValue` rows (a probability for classification). */
function averagePerValue(
  { predictions, values, rowsPerValue }: PredictedBlocks,
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
