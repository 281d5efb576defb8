import type { Matrix, Predictions, TaskType } from '../models/modelTypes';
import type { Pipeline } from '../prep/prepTypes';
import { seededRandom, shuffleInPlace } from '../prep/split/seededRandom';
import type { FeatureImportance, ImportanceResult, SplitPart } from '../results/resultTypes';
import { featureGroups, type FeatureGroup } from './featureGroups';
import type { SwapRows, SwapPredictor } from './kernelSwap/swapTypes';
import { predictionScore } from './predictionScore';
import { identity, sampleIndices } from './sampleIndices';

export const DEFAULT_REPEATS = 5;
export const DEFAULT_MAX_ROWS = 5000;

export interface PermutationImportanceInput {
  readonly pipeline: Pipeline;
  /** Encoded rows of one part of the split, as `transform` wrote them. */
  readonly matrix: Matrix;
  /** Target values (regression) or class indices (classification), one per matrix row. */
  readonly y: Float64Array;
  readonly task: TaskType;
  readonly predict: (m: Matrix) => Predictions;
  readonly part: SplitPart;
  readonly repeats?: number;
  readonly seed?: number;
  /** Larger matrices are scored on this many rows, drawn with `seed`. */
  readonly maxRows?: number;
  /**
   * Row orders to use instead of seeded shuffles, one per repeat, shared by every column: the
   * shuffled column holds `original[order[i]]` in row i (for comparing with scikit-learn).
   */
  readonly permutations?: readonly Int32Array[];
  /**
   * The model's column-swap predictor, when it has one (kernel SVMs): same scores as `predict`
   * up to float rounding, without re-predicting whole rows for every shuffle.
   */
  readonly swap?: SwapPredictor | null;
}

/**
 * Permutation importance per source column: the drop of R² or accuracy when the column's encoded
 * features are shuffled together, mean and std (ddof 0) over repeats, most important first.
 */
export function permutationImportance(input: PermutationImportanceInput): ImportanceResult {
  const { pipeline, task, predict } = input;
  const random = seededRandom(input.seed ?? 0);
  const kept = sampleIndices(input.matrix.rows, input.maxRows ?? DEFAULT_MAX_ROWS, random);
  const work = copyRows(input.matrix, kept);
  const y = Float64Array.from(kept, (row) => input.y[row] as number);
  const orders = input.permutations ?? seededOrders(work.rows, random, input.repeats);
  checkOrders(orders, work.rows);
  const swapRows = input.swap?.forRows(work) ?? null;
  const baseline = predictionScore(task, y, swapRows ? swapRows.predict() : predict(work));
  const drops = (group: FeatureGroup): number[] => {
    if (swapRows)
      return swappedDrops(swapRows, group, orders, (p) => baseline - predictionScore(task, y, p));
    return withShuffledColumns(work, group.features, orders, () => {
      return baseline - predictionScore(task, y, predict(work));
    });
  };
  const features: FeatureImportance[] = featureGroups(pipeline).map((group) => {
    return { column: group.column, ...meanAndStd(drops(group)) };
  });
  // Array.prototype.sort is stable, so equal importances keep the pipeline's column order.
  features.sort((a, b) => b.mean - a.mean);
  return {
    metric: task === 'regression' ? 'r2' : 'accuracy',
    part: input.part,
    rows: work.rows,
    repeats: orders.length,
    features,
  };
}

/** The working copy: the chosen rows of `matrix`, which the shuffles overwrite and restore. */
function copyRows(matrix: Matrix, rows: Int32Array): Matrix {
  const { cols } = matrix;
  if (rows.length === matrix.rows) return { x: matrix.x.slice(), rows: matrix.rows, cols };
  const x = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => x.set(matrix.x.subarray(row * cols, (row + 1) * cols), i * cols));
  return { x, rows: rows.length, cols };
}

/** Independent seeded shuffles of 0..rows-1, one per repeat. */
function seededOrders(rows: number, random: () => number, repeats = DEFAULT_REPEATS) {
  return Array.from({ length: repeats }, () => shuffleInPlace(identity(rows), random));
}

function checkOrders(orders: readonly Int32Array[], rows: number): void {
  if (orders.length === 0) throw new Error('permutationImportance needs at least one repeat');
  for (const order of orders) {
    if (order.length !== rows)
      throw new Error(`a permutation has ${order.length} rows, not ${rows}`);
  }
}

/**
 * Calls `score` once per order with `features` of `work` shuffled by that order (same row order
 * for every feature of the group), then puts the original values back.
 */
function withShuffledColumns(
  work: Matrix,
  features: readonly number[],
  orders: readonly Int32Array[],
  score: () => number,
): number[] {
  const { x, rows, cols } = work;
  const width = features.length;
  const saved = new Float64Array(rows * width);
  for (let i = 0; i < rows; i++) {
    for (let f = 0; f < width; f++)
      saved[i * width + f] = x[i * cols + (features[f] as number)] as number;
  }
  const write = (order: Int32Array | null) => {
    for (let i = 0; i < rows; i++) {
      const from = (order === null ? i : (order[i] as number)) * width;
      for (let f = 0; f < width; f++)
        x[i * cols + (features[f] as number)] = saved[from + f] as number;
    }
  };
  const scores = orders.map((order) => {
    write(order);
    return score();
  });
  write(null);
  return scores;
}

/** The drops of one group's shuffles through the swap predictor: row i takes row order[i]'s values. */
function swappedDrops(
  rows: SwapRows,
  group: FeatureGroup,
  orders: readonly Int32Array[],
  drop: (predictions: Predictions) => number,
): number[] {
  const shuffled = rows.withDonors(group.features, null, false);
  return orders.map((order) => drop(shuffled(order)));
}

/** Mean and population standard deviation (ddof 0, as numpy.std). */
function meanAndStd(values: readonly number[]): { mean: number; std: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}
