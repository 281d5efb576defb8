import { I32, incrementLocal, op, V128, type EmittedFunction } from '../../../wasm/wasmEmitter';

// The kernel-gradient product: C = A^T B, A (rows x m) and B (rows x n) row-major float64, summed
// over the rows, so a layer's gradient comes straight from its input and delta without
// transposing either. Blocks of 4 x 4 outputs: per row, four values of A (each splat to both
// lanes) times two f64x2 of B into eight running sums. It fills rows of C below m rounded down to
// a multiple of 4 and columns below n rounded down likewise; the caller does the edges.

const [A, B, C, M, N, ROWS] = [0, 1, 2, 3, 4, 5];
const [I, J, A_AT, B_AT, A_END, A_STRIDE, B_STRIDE, C_AT] = [6, 7, 8, 9, 10, 11, 12, 13];
/** SUMS + 2 * q + half: output row i + q, columns j + 2 * half and the next. */
const SUMS = 14;
const [X, W0, W1] = [22, 23, 24];

const get = op.localGet;
const set = op.localSet;

/** One row's terms: a[r][i..i+3] times b[r][j..j+3], added to the sums. */
function accumulateRow(): number[] {
  const code = [...get(B_AT), ...op.v128Load(0), ...set(W0)];
  code.push(...get(B_AT), ...op.v128Load(16), ...set(W1));
  for (let q = 0; q < 4; q++) {
    code.push(...get(A_AT), ...op.f64Load(8 * q), ...op.f64x2Splat, ...set(X));
    for (const [half, w] of [
      [0, W0],
      [1, W1],
    ] as const) {
      const sum = SUMS + 2 * q + half;
      code.push(...get(sum), ...get(X), ...get(w), ...op.f64x2Mul, ...op.f64x2Add, ...set(sum));
    }
  }
  return code;
}

/** The sums of one 4 x 4 block over all rows, stored at c[i][j]. */
function block(): number[] {
  const code: number[] = [];
  for (let s = 0; s < 8; s++) code.push(...op.v128Zero, ...set(SUMS + s));
  code.push(...get(A), ...get(I), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add, ...set(A_AT));
  code.push(...get(B), ...get(J), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add, ...set(B_AT));
  code.push(
    ...get(A_AT),
    ...get(ROWS),
    ...get(A_STRIDE),
    ...op.i32Mul,
    ...op.i32Add,
    ...set(A_END),
  );
  code.push(...op.block, ...op.loop, ...get(A_AT), ...get(A_END), ...op.i32GeS, ...op.brIf(1));
  code.push(...accumulateRow());
  code.push(...get(A_AT), ...get(A_STRIDE), ...op.i32Add, ...set(A_AT));
  code.push(...get(B_AT), ...get(B_STRIDE), ...op.i32Add, ...set(B_AT));
  code.push(...op.br(0), ...op.end, ...op.end);
  code.push(...get(I), ...get(N), ...op.i32Mul, ...get(J), ...op.i32Add);
  code.push(...op.i32Const(3), ...op.i32Shl, ...get(C), ...op.i32Add, ...set(C_AT));
  for (let q = 0; q < 4; q++) {
    code.push(...get(C_AT), ...get(SUMS + 2 * q), ...op.v128Store(0));
    code.push(...get(C_AT), ...get(SUMS + 2 * q + 1), ...op.v128Store(16));
    code.push(...get(C_AT), ...get(B_STRIDE), ...op.i32Add, ...set(C_AT));
  }
  return code;
}

function outerProductCode(): number[] {
  const code = [...get(M), ...op.i32Const(3), ...op.i32Shl, ...set(A_STRIDE)];
  code.push(...get(N), ...op.i32Const(3), ...op.i32Shl, ...set(B_STRIDE));
  code.push(...op.i32Const(0), ...set(I), ...op.block, ...op.loop);
  code.push(...get(I), ...op.i32Const(4), ...op.i32Add, ...get(M), ...op.i32GtS, ...op.brIf(1));
  code.push(...op.i32Const(0), ...set(J), ...op.block, ...op.loop);
  code.push(...get(J), ...op.i32Const(4), ...op.i32Add, ...get(N), ...op.i32GtS, ...op.brIf(1));
  code.push(...block(), ...incrementLocal(J, 4), ...op.br(0), ...op.end, ...op.end);
  code.push(...incrementLocal(I, 4), ...op.br(0), ...op.end, ...op.end);
  return code;
}

/** Name of the exported A^T B product: (a, b, c, m, n, rows), a b c as byte addresses. */
export const OUTER_BLOCKS = 'outerBlocks';

/** The A^T B function, for the module simdKernel.ts emits. */
export function outerProductFunction(): EmittedFunction {
  return {
    exportName: OUTER_BLOCKS,
    parameters: 6,
    locals: [
      { type: I32, count: SUMS - I },
      { type: V128, count: W1 + 1 - SUMS },
    ],
    code: outerProductCode(),
  };
}
