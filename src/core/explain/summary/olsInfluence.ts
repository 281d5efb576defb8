import type { Matrix } from '../../models/modelTypes';
import { pivotedTriangle } from '../../stats/pivotedTriangle';
import { appendQrRow, createRowBlockQr, finishRowBlockQr } from '../../stats/rowBlockQr';

/** Leverage and internally studentised residual of each training row of an OLS fit. */
export interface OlsInfluence {
  /** Diagonal of the hat matrix X (X'X)⁻ X' for X = [1, design]. */
  readonly hat: Float64Array;
  /** residual / (s · sqrt(1 − h)), s² = RSS / (n − rank) (statsmodels resid_studentized_internal). */
  readonly studentized: Float64Array;
  /** Independent columns of [1, design]: the p of the 2p/n leverage rule. */
  readonly rank: number;
}

/** Columns centred and scaled so the QR is well conditioned; leverage is unchanged by this. */
function standardisedColumns(design: Matrix): { center: Float64Array; scale: Float64Array } {
  const { x, rows, cols } = design;
  const center = new Float64Array(cols);
  const scale = new Float64Array(cols);
  for (let j = 0; j < cols; j += 1) {
    let sum = 0;
    for (let i = 0; i < rows; i += 1) sum += x[i * cols + j]!;
    const mean = sum / rows;
    let squares = 0;
    for (let i = 0; i < rows; i += 1) squares += (x[i * cols + j]! - mean) ** 2;
    center[j] = mean;
    scale[j] = Math.sqrt(squares / rows) || 1;
  }
  return { center, scale };
}

/** Row i of [1, z] where z is the standardised design. */
function designRow(design: Matrix, i: number, center: Float64Array, scale: Float64Array) {
  const row = new Float64Array(design.cols + 1);
  row[0] = 1;
  for (let j = 0; j < design.cols; j += 1) {
    row[j + 1] = (design.x[i * design.cols + j]! - center[j]!) / scale[j]!;
  }
  return row;
}

/**
 * Hat values and studentised residuals of OLS on [1, design] (rows = training rows, in the same
 * order as `residual`). Aliased columns are dropped first, so the hat values are those of the
 * projection onto the column space, as statsmodels' pinv-based OLSInfluence gives them.
 */
export function olsInfluence(design: Matrix, residual: ArrayLike<number>): OlsInfluence {
  const { rows, cols } = design;
  if (residual.length !== rows)
    throw new Error(`${rows} design rows, ${residual.length} residuals`);
  const { center, scale } = standardisedColumns(design);
  const size = cols + 1;
  const qr = createRowBlockQr(size);
  for (let i = 0; i < rows; i += 1) appendQrRow(qr, designRow(design, i, center, scale));
  const { r, order, rank } = pivotedTriangle(finishRowBlockQr(qr), size, 0);
  const hat = new Float64Array(rows);
  const solved = new Float64Array(rank);
  for (let i = 0; i < rows; i += 1) {
    const row = designRow(design, i, center, scale);
    // Solve Rᵀ z = x_kept by forward substitution; h = |z|².
    let leverage = 0;
    for (let c = 0; c < rank; c += 1) {
      let sum = row[order[c]!]!;
      for (let k = 0; k < c; k += 1) sum -= r[k * size + c]! * solved[k]!;
      solved[c] = sum / r[c * size + c]!;
      leverage += solved[c]! ** 2;
    }
    hat[i] = leverage;
  }
  return { hat, studentized: studentize(residual, hat, rank), rank };
}

function studentize(residual: ArrayLike<number>, hat: Float64Array, rank: number): Float64Array {
  const rows = hat.length;
  let squares = 0;
  for (let i = 0; i < rows; i += 1) squares += residual[i]! ** 2;
  const variance = rows > rank ? squares / (rows - rank) : Number.NaN;
  return Float64Array.from(hat, (h, i) => residual[i]! / Math.sqrt(variance * (1 - h)));
}
