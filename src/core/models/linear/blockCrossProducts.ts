/*
 * Kernels for one block of rows held column-major (value of column j in block row i at
 * `block[j * blockRows + i]`), a plain array of doubles (see packedDoubles.ts). V8 does not
 * vectorise, so the speed comes from keeping partial sums in registers: the cross-product kernel
 * takes two columns against four partners, eight running sums, 12 reads for 16 multiply-adds (the
 * plain row-by-row rank-one update reads and writes the accumulator for every product).
 */

/**
 * Copies rows start..start+count−1 of [1, x − shift, y − shift_y] into the block (shift holds the
 * x shifts, then y's). An odd count is padded with a row of zeros, which adds nothing to any
 * product; returns the rows written (count rounded up to even; blockRows must be even).
 */
export function fillShiftedBlock(
  x: Float64Array,
  y: Float64Array,
  shift: readonly number[],
  block: number[],
  blockRows: number,
  start: number,
  count: number,
): number {
  const cols = shift.length - 1;
  const yShift = shift[cols]!;
  const yOffset = (cols + 1) * blockRows;
  for (let i = 0; i < count; i += 1) {
    const offset = (start + i) * cols;
    block[i] = 1;
    let at = blockRows + i;
    let j = 0;
    // Two values a step: V8 does not unroll loops, and this measured about 10% faster.
    for (; j + 1 < cols; j += 2) {
      block[at] = x[offset + j]! - shift[j]!;
      block[at + blockRows] = x[offset + j + 1]! - shift[j + 1]!;
      at += 2 * blockRows;
    }
    if (j < cols) block[at] = x[offset + j]! - shift[j]!;
    block[yOffset + i] = y[start + i]! - yShift;
  }
  if (count % 2 === 0) return count;
  for (let j = 0; j <= cols + 1; j += 1) block[j * blockRows + count] = 0;
  return count + 1;
}

/**
 * Adds Σ_i block[a][i] · block[b][i] to out[a * width + b] for a ≤ b (the upper triangle only),
 * over an even number of rows `count`.
 */
export function blockCrossProducts(
  block: readonly number[],
  blockRows: number,
  width: number,
  count: number,
  out: Float64Array,
): void {
  let a = 0;
  for (; a + 1 < width; a += 2) {
    let b = a;
    for (; b + 3 < width; b += 4) twoByFour(block, blockRows, count, a, b, width, out);
    for (; b < width; b += 1) twoByOne(block, blockRows, count, a, b, width, out);
  }
  // An odd last column: only its own square is left.
  if (a < width) {
    out[a * width + a] = out[a * width + a]! + sumOfSquares(block, a * blockRows, count);
  }
}

function sumOfSquares(block: readonly number[], start: number, count: number): number {
  let sum = 0;
  for (let i = start; i < start + count; i += 1) sum += block[i]! * block[i]!;
  return sum;
}

/**
 * Products of columns a, a+1 with b..b+3 over an even number of rows, two rows a step (one row a
 * step measured 12% slower in V8; two-by-five and three-by-four tiles no faster). When b = a
 * this also adds to the (a+1, a) entry below the diagonal, which is never read.
 */
function twoByFour(
  block: readonly number[],
  blockRows: number,
  count: number,
  a: number,
  b: number,
  width: number,
  out: Float64Array,
): void {
  const first = a * blockRows;
  const second = first + blockRows;
  const o1 = b * blockRows;
  const o2 = o1 + blockRows;
  const o3 = o2 + blockRows;
  const o4 = o3 + blockRows;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  let t4 = 0;
  for (let i = 0; i < count; i += 2) {
    let u = block[first + i]!;
    let v = block[second + i]!;
    let c1 = block[o1 + i]!;
    let c2 = block[o2 + i]!;
    let c3 = block[o3 + i]!;
    let c4 = block[o4 + i]!;
    s1 += u * c1;
    s2 += u * c2;
    s3 += u * c3;
    s4 += u * c4;
    t1 += v * c1;
    t2 += v * c2;
    t3 += v * c3;
    t4 += v * c4;
    u = block[first + i + 1]!;
    v = block[second + i + 1]!;
    c1 = block[o1 + i + 1]!;
    c2 = block[o2 + i + 1]!;
    c3 = block[o3 + i + 1]!;
    c4 = block[o4 + i + 1]!;
    s1 += u * c1;
    s2 += u * c2;
    s3 += u * c3;
    s4 += u * c4;
    t1 += v * c1;
    t2 += v * c2;
    t3 += v * c3;
    t4 += v * c4;
  }
  addFour(out, a * width + b, s1, s2, s3, s4);
  addFour(out, (a + 1) * width + b, t1, t2, t3, t4);
}

function addFour(out: Float64Array, at: number, s1: number, s2: number, s3: number, s4: number) {
  out[at] = out[at]! + s1;
  out[at + 1] = out[at + 1]! + s2;
  out[at + 2] = out[at + 2]! + s3;
  out[at + 3] = out[at + 3]! + s4;
}

/** Products of columns a, a+1 with column b (a+1 > b adds below the diagonal, unread). */
function twoByOne(
  block: readonly number[],
  blockRows: number,
  count: number,
  a: number,
  b: number,
  width: number,
  out: Float64Array,
): void {
  const first = a * blockRows;
  const second = first + blockRows;
  const other = b * blockRows;
  let s = 0;
  let t = 0;
  for (let i = 0; i < count; i += 1) {
    const c = block[other + i]!;
    s += block[first + i]! * c;
    t += block[second + i]! * c;
  }
  out[a * width + b] = out[a * width + b]! + s;
  out[(a + 1) * width + b] = out[(a + 1) * width + b]! + t;
}
