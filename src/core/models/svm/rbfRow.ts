import {
  fractionPowers,
  octavePowers,
  ROUNDER,
  SCALE,
  STEP_HI,
  STEP_LO,
  STEPS_PER_OCTAVE,
  UNDERFLOW,
} from './expNonPositive';

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
 * out[c] = exp(-gamma * max(0, |a|^2 + |x_c|^2 - 2 a.x_c)) for the first `count` columns c: the
 * solver's hot loop. The dot product (four running sums, as dotAt) and
 * expNonPositive are written out here instead of called: V8 inlines calls only within a budget,
 * and where this loop was itself inlined into the cache's callers the budget ran out, so each call
 * returned a boxed double (tens of MB of garbage per fit). Results are bit-identical to
 * dotAt + expNonPositive.
 */
export function fillRbfRow(
  job: KernelRowJob,
  columns: Int32Array,
  count: number,
  out: Float32Array | Float64Array,
) {
  const { rowX, offset, norm, x, cols, squaredNorms, gamma } = job;
  const end4 = cols - (cols & 3);
  for (let k = 0; k < count; k++) {
    const column = columns[k]!;
    const b = column * cols;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let f = 0;
    for (; f < end4; f += 4) {
      s0 += rowX[offset + f]! * x[b + f]!;
      s1 += rowX[offset + f + 1]! * x[b + f + 1]!;
      s2 += rowX[offset + f + 2]! * x[b + f + 2]!;
      s3 += rowX[offset + f + 3]! * x[b + f + 3]!;
    }
    for (; f < cols; f++) s0 += rowX[offset + f]! * x[b + f]!;
    const distance = norm + squaredNorms[column]! - 2 * (s0 + s1 + (s2 + s3));
    const e = -gamma * (distance > 0 ? distance : 0);
    if (e < UNDERFLOW) {
      out[column] = 0;
      continue;
    }
    const kd = e * SCALE + ROUNDER - ROUNDER;
    const r = e - kd * STEP_HI - kd * STEP_LO;
    const n = kd | 0;
    const poly =
      1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
    out[column] = fractionPowers[n & (STEPS_PER_OCTAVE - 1)]! * octavePowers[-(n >> 6)]! * poly;
  }
}
