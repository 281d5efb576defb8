import { fractionPowers, octavePowers } from './expNonPositive';

/** One kernel row to fill: row `offset / cols` of `rowX` against rows of `x` (the columns). */
export interface KernelRowJob {
  readonly rowX: Float64Array;
  /** Where the row starts in rowX (row index times cols). */
  readonly offset: number;
  /** Squared norm of that row. */
  readonly norm: number;
  /** Column data, `cols` values per column, with their squared norms. */
  readonly x: Float64Array;
  readonly cols: number;
  readonly squaredNorms: Float64Array;
  readonly gamma: number;
}

/**
 * expNonPositive (see there) with its constants written as literals and its tables passed in:
 * calling expNonPositive from the paired loop measured about 20% slower per kernel value (16.2
 * against 13.4 ns, same process); its module-level constants, read from their module cell on each
 * use, are the likely reason. Bit-identical to expNonPositive (tested).
 */
function expFromTables(e: number, fractions: Float64Array, octaves: Float64Array): number {
  if (e < -745.2) return 0;
  // 64 / ln 2; 1.5 * 2^52 rounds to an integer; ln2 / 64 split into a high and a low part.
  const kd = e * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = e - kd * (6.9314718036912382e-1 / 64) - kd * (1.9082149292705877e-10 / 64);
  const n = kd | 0;
  const poly =
    1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  return fractions[n & 63]! * octaves[-(n >> 6)]! * poly;
}

/**
 * out[c] = exp(-gamma * max(0, |a|^2 + |x_c|^2 - 2 a.x_c)) for the first `count` columns c: the
 * solver's hot loop. Columns go in pairs: both dot products share each load of a's features and
 * the loop overhead, and the two exps overlap (about 1.6x faster per value than one column at a
 * time). Each dot product keeps its own four running sums in the order of dotAt, so results are
 * bit-identical to dotAt + expNonPositive.
 */
export function fillRbfRow(
  job: KernelRowJob,
  columns: Int32Array,
  count: number,
  out: Float32Array | Float64Array,
): void {
  const { rowX, offset, norm, x, cols, squaredNorms, gamma } = job;
  const a = rowX.subarray(offset, offset + cols);
  const fractions = fractionPowers;
  const octaves = octavePowers;
  const end4 = cols - (cols & 3);
  const pairsEnd = count - (count & 1);
  // The odd column first: the paired loop must end the function. V8 compiles that loop while it
  // runs (on-stack replacement) before any code after it has type feedback; a compare there made
  // the compiled loop bail out on leaving it, on every fill (about a thousand times per SVR fit).
  if (pairsEnd < count) fillRbfColumn(job, a, columns[pairsEnd]!, out);
  for (let k = 0; k < pairsEnd; k += 2) {
    const c0 = columns[k]!;
    const c1 = columns[k + 1]!;
    const b0 = c0 * cols;
    const b1 = c1 * cols;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    let f = 0;
    for (; f < end4; f += 4) {
      const a0 = a[f]!;
      const a1 = a[f + 1]!;
      const a2 = a[f + 2]!;
      const a3 = a[f + 3]!;
      s0 += a0 * x[b0 + f]!;
      s1 += a1 * x[b0 + f + 1]!;
      s2 += a2 * x[b0 + f + 2]!;
      s3 += a3 * x[b0 + f + 3]!;
      t0 += a0 * x[b1 + f]!;
      t1 += a1 * x[b1 + f + 1]!;
      t2 += a2 * x[b1 + f + 2]!;
      t3 += a3 * x[b1 + f + 3]!;
    }
    for (; f < cols; f++) {
      s0 += a[f]! * x[b0 + f]!;
      t0 += a[f]! * x[b1 + f]!;
    }
    const d0 = norm + squaredNorms[c0]! - 2 * (s0 + s1 + (s2 + s3));
    const d1 = norm + squaredNorms[c1]! - 2 * (t0 + t1 + (t2 + t3));
    out[c0] = expFromTables(-gamma * (d0 > 0 ? d0 : 0), fractions, octaves);
    out[c1] = expFromTables(-gamma * (d1 > 0 ? d1 : 0), fractions, octaves);
  }
}

/** The same value for one column (the odd one out of fillRbfRow's pairs). */
function fillRbfColumn(
  job: KernelRowJob,
  a: Float64Array,
  column: number,
  out: Float32Array | Float64Array,
): void {
  const { norm, x, cols, squaredNorms, gamma } = job;
  const b = column * cols;
  const end4 = cols - (cols & 3);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let f = 0;
  for (; f < end4; f += 4) {
    s0 += a[f]! * x[b + f]!;
    s1 += a[f + 1]! * x[b + f + 1]!;
    s2 += a[f + 2]! * x[b + f + 2]!;
    s3 += a[f + 3]! * x[b + f + 3]!;
  }
  for (; f < cols; f++) s0 += a[f]! * x[b + f]!;
  const distance = norm + squaredNorms[column]! - 2 * (s0 + s1 + (s2 + s3));
  out[column] = expFromTables(-gamma * (distance > 0 ? distance : 0), fractionPowers, octavePowers);
}
