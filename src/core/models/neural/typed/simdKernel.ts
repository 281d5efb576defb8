import { outerProductFunction } from './simdOuterKernel';
import { emitModule, I32, incrementLocal, op, V128, type Bytes } from '../../../wasm/wasmEmitter';

// The SIMD product kernel: C = A B^T over float64 rows in the imported memory, the same 2 x 4
// blocks as denseProducts.ts, with two terms of every dot product per f64x2 instruction and no
// bounds checks in the inner loop. It fills the whole 2 x 4 blocks only (rows below m rounded
// down to even, columns below n rounded down to a multiple of 4); the caller does the edges.

// Parameters (byte addresses and sizes), then the locals, by index.
const [A, B, C, M, N, K] = [0, 1, 2, 3, 4, 5];
const [ROW, COL, I, A0, A1, B0, STRIDE, PAIR_END, C0, C1] = [6, 7, 8, 9, 10, 11, 15, 16, 17, 18];
/** The eight running sums: SUMS + 4 * row + column of the block. */
const SUMS = 19;
const [X0, X1, W] = [27, 28, 29];

const get = op.localGet;
const set = op.localSet;

/** Adds the terms at byte `i` of both A rows times the four B rows to the sums. */
function accumulate(load: (offset: number) => Bytes): number[] {
  const at = (base: number) => [...get(base), ...get(I), ...op.i32Add, ...load(0)];
  const code = [...at(A0), ...set(X0), ...at(A1), ...set(X1)];
  for (let j = 0; j < 4; j++) {
    code.push(...at(B0 + j), ...set(W));
    for (const [row, x] of [
      [0, X0],
      [1, X1],
    ] as const) {
      const sum = SUMS + 4 * row + j;
      code.push(...get(sum), ...get(x), ...get(W), ...op.f64x2Mul, ...op.f64x2Add, ...set(sum));
    }
  }
  return code;
}

/** The dot products of one block: pairs of terms, then the odd last term of k if any. */
function blockSums(): number[] {
  const code: number[] = [];
  for (let s = 0; s < 8; s++) code.push(...op.v128Zero, ...set(SUMS + s));
  code.push(...op.i32Const(0), ...set(I), ...op.block, ...op.loop);
  code.push(...get(I), ...get(PAIR_END), ...op.i32GeS, ...op.brIf(1));
  code.push(
    ...accumulate(op.v128Load),
    ...incrementLocal(I, 16),
    ...op.br(0),
    ...op.end,
    ...op.end,
  );
  code.push(...get(PAIR_END), ...get(STRIDE), ...op.i32LtS, ...op.if);
  code.push(...accumulate(op.v128Load64Zero), ...op.end);
  return code;
}

/** Stores the block's eight sums (each the sum of its two lanes) at c0 and c1. */
function storeBlock(): number[] {
  const code: number[] = [];
  for (let row = 0; row < 2; row++) {
    for (let j = 0; j < 4; j++) {
      const sum = SUMS + 4 * row + j;
      code.push(...get(row === 0 ? C0 : C1), ...get(sum), ...op.f64x2ExtractLane(0));
      code.push(...get(sum), ...op.f64x2ExtractLane(1), ...op.f64Add, ...op.f64Store(8 * j));
    }
  }
  return code;
}

/** The loop over column blocks of rows `row` and `row + 1`. */
function columnBlocks(): number[] {
  const code = [...op.i32Const(0), ...set(COL), ...op.block, ...op.loop];
  code.push(...get(COL), ...op.i32Const(4), ...op.i32Add, ...get(N), ...op.i32GtS, ...op.brIf(1));
  code.push(...get(B), ...get(COL), ...get(STRIDE), ...op.i32Mul, ...op.i32Add, ...set(B0));
  for (let j = 1; j < 4; j++)
    code.push(...get(B0 + j - 1), ...get(STRIDE), ...op.i32Add, ...set(B0 + j));
  code.push(...blockSums());
  code.push(...get(ROW), ...get(N), ...op.i32Mul, ...get(COL), ...op.i32Add);
  code.push(...op.i32Const(3), ...op.i32Shl, ...get(C), ...op.i32Add, ...set(C0));
  code.push(...get(C0), ...get(N), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add, ...set(C1));
  code.push(...storeBlock(), ...incrementLocal(COL, 4), ...op.br(0), ...op.end, ...op.end);
  return code;
}

/** The whole function: row pairs of A against column blocks of B. */
function productCode(): number[] {
  const code = [...get(K), ...op.i32Const(3), ...op.i32Shl, ...set(STRIDE)];
  code.push(...get(K), ...op.i32Const(-2), ...op.i32And, ...op.i32Const(3), ...op.i32Shl);
  code.push(...set(PAIR_END), ...op.i32Const(0), ...set(ROW), ...op.block, ...op.loop);
  code.push(...get(ROW), ...op.i32Const(2), ...op.i32Add, ...get(M), ...op.i32GtS, ...op.brIf(1));
  code.push(...get(A), ...get(ROW), ...get(STRIDE), ...op.i32Mul, ...op.i32Add, ...set(A0));
  code.push(...get(A0), ...get(STRIDE), ...op.i32Add, ...set(A1));
  code.push(...columnBlocks(), ...incrementLocal(ROW, 2), ...op.br(0), ...op.end, ...op.end);
  return code;
}

/** Name of the exported product: (a, b, c, m, n, k), a b c as byte addresses. */
export const PRODUCT_BLOCKS = 'productBlocks';

/** The module's bytes; it imports `env.memory` (one page or more). */
export function simdProductModule(): Uint8Array {
  return emitModule(1, [
    {
      exportName: PRODUCT_BLOCKS,
      parameters: 6,
      locals: [
        { type: I32, count: SUMS - ROW },
        { type: V128, count: W + 1 - SUMS },
      ],
      code: productCode(),
    },
    outerProductFunction(),
  ]);
}
