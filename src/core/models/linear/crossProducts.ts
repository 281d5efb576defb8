import type { TrainingSet } from '../modelTypes';
import { blockCrossProducts, fillShiftedBlock } from './blockCrossProducts';
import type { FeatureScaling } from './featureScaling';
import { doublesFrom, packedDoubles } from './packedDoubles';

/**
 * Means and centred cross-products of the columns [x_0 .. x_{p−1}, y], from one pass over rows.
 * `width` is p + 1; `centred[a * width + b]` = Σ (v_a − mean_a)(v_b − mean_b), full symmetric.
 */
export interface CentredCrossProducts {
  readonly rows: number;
  readonly width: number;
  readonly means: Float64Array;
  readonly centred: Float64Array;
  /** True where every row holds the same value (exactly, as measureColumns decides). */
  readonly constant: readonly boolean[];
  /** False when a value is NaN or ±Infinity, or a sum overflowed. */
  readonly finite: boolean;
}

/**
 * Largest (shift − mean)² / variance of a column for which the shifted sums are centred by
 * subtraction. The subtraction's rounding grows with this ratio; past it the pass is made again
 * about the means just found, which leaves nothing to cancel.
 */
const SHIFT_DISTANCE_LIMIT = 16;

/** Blocks summed into a partial total before it joins the grand total. */
const BLOCKS_PER_PARTIAL = 64;

/** Rows per block, even: the block (width × rows doubles) stays in the core's cache. */
function blockRowsFor(width: number): number {
  return 2 * Math.max(16, Math.min(128, Math.floor(4096 / width)));
}

/**
 * Upper triangle of the cross-products of [1, x − shift, y − shift_y] (size width + 1), summed
 * over blocks of rows copied column-major; the row of the 1 holds the column sums.
 */
function shiftedCrossProducts(data: TrainingSet, shift: readonly number[]): Float64Array {
  const { x, y, rows } = data;
  const size = shift.length + 1;
  const blockRows = blockRowsFor(size);
  const block = packedDoubles(size * blockRows);
  const sums = new Float64Array(size * size);
  const partial = new Float64Array(size * size);
  let blocks = 0;
  for (let start = 0; start < rows; start += blockRows) {
    const count = Math.min(blockRows, rows - start);
    const written = fillShiftedBlock(x, y, shift, block, blockRows, start, count);
    blockCrossProducts(block, blockRows, size, written, partial);
    blocks += 1;
    // Sums of sums: the rounding of a long running total grows with the number of terms added.
    if (blocks === BLOCKS_PER_PARTIAL || start + count >= rows) {
      for (let k = 0; k < partial.length; k += 1) sums[k] = sums[k]! + partial[k]!;
      partial.fill(0);
      blocks = 0;
    }
  }
  return sums;
}

/** Centres the shifted cross-products: C = S − s sᵀ / n, with s the shifted column sums. */
function centredAbout(data: TrainingSet, shift: readonly number[]): CentredCrossProducts {
  const { rows } = data;
  const width = shift.length;
  const size = width + 1;
  const shifted = shiftedCrossProducts(data, shift);
  const means = new Float64Array(width);
  const centred = new Float64Array(width * width);
  const constant: boolean[] = [];
  let finite = true;
  for (let a = 0; a < width; a += 1) {
    const sumA = shifted[a + 1]!;
    means[a] = shift[a]! + sumA / rows;
    // Shifted by a value of the column, a constant column sums exactly 0 squares.
    constant.push(shifted[(a + 1) * size + a + 1] === 0);
    for (let b = a; b < width; b += 1) {
      const value = shifted[(a + 1) * size + b + 1]! - (sumA * shifted[b + 1]!) / rows;
      centred[a * width + b] = value;
      centred[b * width + a] = value;
      finite &&= Number.isFinite(value);
    }
    finite &&= Number.isFinite(means[a]);
  }
  return { rows, width, means, centred, constant, finite };
}

/** True when a column's shift lies so far from its mean that centring lost digits. */
function shiftTooFar(products: CentredCrossProducts, shift: readonly number[]): boolean {
  const { rows, width, means, centred } = products;
  for (let a = 0; a < width; a += 1) {
    const distance = shift[a]! - means[a]!;
    const variance = centred[a * width + a]! / rows;
    if (distance * distance > SHIFT_DISTANCE_LIMIT * variance) return true;
  }
  return false;
}

/**
 * One blocked pass over the rows (needs at least one row). Values are shifted by the first row
 * before multiplying, so a constant column is exactly zero and data far from zero lose nothing;
 * when a first value lies far out in its column, a second pass shifts by the means instead.
 */
export function centredCrossProducts(data: TrainingSet): CentredCrossProducts {
  const { x, y, cols } = data;
  const shift = doublesFrom([...x.subarray(0, cols), y[0]!]);
  const first = centredAbout(data, shift);
  if (!first.finite || !shiftTooFar(first, shift)) return first;
  const again = centredAbout(data, doublesFrom(first.means));
  return { ...again, constant: first.constant };
}

/** Feature centres (means) and scales (population standard deviations), as measureColumns. */
export function scalingFromCrossProducts(products: CentredCrossProducts): FeatureScaling {
  const { rows, width, means, centred, constant } = products;
  const cols = width - 1;
  const scale = new Float64Array(cols);
  for (let j = 0; j < cols; j += 1) {
    const variance = centred[j * width + j]! / rows;
    scale[j] = constant[j] || !(variance > 0) ? 1 : Math.sqrt(variance);
  }
  return { center: means.slice(0, cols), scale, constant: constant.slice(0, cols) };
}
