import type { Predictions } from '../../models/modelTypes';
import type { SwapPredictor } from './swapTypes';

/** Partial dependence's encoded blocks: one block of `rowsPerValue` rows per grid value. */
export interface DependenceBlocks {
  readonly blocks: readonly Float64Array[];
  readonly rowsPerValue: number;
  readonly cols: number;
}

const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * The donor values of each block: the features' values, when every row of the block holds the
 * same ones and every other feature equals the first block's; null when the blocks are not that.
 */
function blockDonors(
  { blocks, rowsPerValue, cols }: DependenceBlocks,
  features: readonly number[],
) {
  const swapped = new Uint8Array(cols);
  for (const f of features) swapped[f] = 1;
  const first = blocks[0]!;
  const donors = new Float64Array(blocks.length * features.length);
  for (let v = 0; v < blocks.length; v++) {
    const block = blocks[v]!;
    features.forEach((f, i) => (donors[v * features.length + i] = block[f]!));
    for (let r = 0; r < rowsPerValue; r++) {
      for (let f = 0; f < cols; f++) {
        const expected = swapped[f] === 1 ? block[f]! : first[r * cols + f]!;
        if (!same(block[r * cols + f]!, expected)) return null;
      }
    }
  }
  return donors;
}

/**
 * Predictions of every block, in block order, through the swap predictor: the first block's rows
 * with `features` set to each grid value's encoding. Null when the blocks differ in more than
 * those features or the swap predictor declines the rows (then predict the blocks directly).
 */
export function swappedDependence(
  swap: SwapPredictor,
  features: readonly number[],
  input: DependenceBlocks,
): Predictions | null {
  const { blocks, rowsPerValue, cols } = input;
  if (rowsPerValue === 0 || features.length === 0) return null;
  const donors = blockDonors(input, features);
  if (donors === null) return null;
  const rows = swap.forRows({ x: blocks[0]!, rows: rowsPerValue, cols });
  if (rows === null) return null;
  const predict = rows.withDonors(features, donors, true);
  const parts = blocks.map((_, v) => predict(new Int32Array(rowsPerValue).fill(v)));
  const values = new Float64Array(blocks.length * rowsPerValue);
  parts.forEach((part, v) => values.set(part.values, v * rowsPerValue));
  const first = parts[0]!.probabilities;
  if (first === null) return { values, probabilities: null };
  const probabilities = new Float64Array(first.length * blocks.length);
  parts.forEach((part, v) => probabilities.set(part.probabilities!, v * first.length));
  return { values, probabilities };
}
