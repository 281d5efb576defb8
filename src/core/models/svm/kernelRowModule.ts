import { emitModule, I32, incrementLocal, op, V128, type Bytes } from '../../wasm/wasmEmitter';
import { expConstants, expLanes } from './kernelRowExp';
import {
  A,
  CONSTANTS,
  COLS,
  COLUMNS,
  COUNT,
  END4,
  F,
  FIRST_V128,
  K,
  NEG_GAMMA,
  NORM,
  NORMS,
  OUT,
  PAIRS,
  ROW,
  STRIDE,
  V128_LOCALS,
  VA,
  X,
  type Pair,
} from './kernelRowLocals';

// The kernel-row module: fillRbfRow's loop over float64 rows in the imported memory. Columns go
// four at a time, as two pairs (fillRbfRow's pairs, two per pass so that the two exps overlap);
// each column's dot product keeps fillRbfRow's four running sums, two per f64x2 (lanes s0 s1 and
// s2 s3), and adds them in its order, (s0 + s1) + (s2 + s3), so every value is bit for bit the
// JavaScript one. Past the last column the pass repeats the first column of its four.

/** Byte address of -gamma (float64), which the RBF function reads. */
export const NEG_GAMMA_AT = 0;
/** Columns a call may read past `count`, and dot products it may write past it. */
export const SPARE_COLUMNS = 3;

/** Export names; each takes (x, norms, cols, row, columns, count, out) as byte addresses etc. */
export const RBF_ROW = 'rbfRow';
export const LINEAR_ROW = 'linearRow';
export const DOT_ROW = 'dotRow';

const get = op.localGet;
const set = op.localSet;
const LOW_LANES = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const HIGH_LANES = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

/** sum = sum + va * (the vector `load` reads at base + f). */
function accumulate(sum: number, base: number, load: Bytes): number[] {
  const product = [...get(VA), ...get(base), ...get(F), ...op.i32Add, ...load, ...op.f64x2Mul];
  return [...get(sum), ...product, ...op.f64x2Add, ...set(sum)];
}

/** A loop over f (bytes) up to local `end` in steps of `step`, with `body` inside. */
function loopUpTo(end: number, step: number, body: Bytes): number[] {
  const code = [...op.block, ...op.loop, ...get(F), ...get(end), ...op.i32GeS, ...op.brIf(1)];
  return [...code, ...body, ...incrementLocal(F, step), ...op.br(0), ...op.end, ...op.end];
}

/** Every pair's dot products with row a: (column c0, column c1) in each pair's `dot`. */
function dotProducts(): number[] {
  const code: number[] = [];
  for (const p of PAIRS)
    for (const sum of [p.s01, p.s23, p.t01, p.t23]) code.push(...op.v128Zero, ...set(sum));
  code.push(...op.i32Const(0), ...set(F));
  const fours: number[] = [];
  for (const [offset, low] of [
    [0, true],
    [16, false],
  ] as const) {
    fours.push(...get(A), ...get(F), ...op.i32Add, ...op.v128Load(offset), ...set(VA));
    for (const p of PAIRS) {
      fours.push(...accumulate(low ? p.s01 : p.s23, p.b0, op.v128Load(offset)));
      fours.push(...accumulate(low ? p.t01 : p.t23, p.b1, op.v128Load(offset)));
    }
  }
  code.push(...loopUpTo(END4, 32, fours));
  // The last cols mod 4 terms go to s0 alone: lane 1 adds 0 * 0, which leaves s1 as it is.
  const ones = [...get(A), ...get(F), ...op.i32Add, ...op.v128Load64Zero(0), ...set(VA)];
  for (const p of PAIRS) {
    ones.push(...accumulate(p.s01, p.b0, op.v128Load64Zero(0)));
    ones.push(...accumulate(p.t01, p.b1, op.v128Load64Zero(0)));
  }
  code.push(...loopUpTo(STRIDE, 8, ones));
  const halves = (low: number, high: number) => [
    ...[...get(low), ...get(high), ...op.i8x16Shuffle(LOW_LANES)],
    ...[...get(low), ...get(high), ...op.i8x16Shuffle(HIGH_LANES), ...op.f64x2Add],
  ];
  for (const p of PAIRS) {
    code.push(...halves(p.s01, p.t01), ...halves(p.s23, p.t23), ...op.f64x2Add, ...set(p.dot));
  }
  return code;
}

/** Stores lane `lane` of `vector` as a float at out + 4 * column. */
function storeFloat(vector: number, lane: number, column: number): number[] {
  const address = [...get(OUT), ...get(column), ...op.i32Const(2), ...op.i32Shl, ...op.i32Add];
  const value = [...get(vector), ...op.f64x2ExtractLane(lane), ...op.f32DemoteF64];
  return [...address, ...value, ...op.f32Store(0)];
}

/** -gamma max(0, |a|^2 + |x_c|^2 - 2 a.x_c) for the pair's two columns, in its `e`. */
function exponents(p: Pair): number[] {
  const code = [...get(NORMS), ...get(p.c0), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add];
  code.push(...op.v128Load64Zero(0), ...set(p.e));
  code.push(...get(NORMS), ...get(p.c1), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add);
  code.push(...get(p.e), ...op.v128Load64Lane(0, 1), ...set(p.e));
  // 2 a.x as a.x + a.x: the same double.
  code.push(...get(NORM), ...get(p.e), ...op.f64x2Add, ...get(p.dot), ...get(p.dot));
  code.push(...op.f64x2Add, ...op.f64x2Sub, ...set(p.e));
  code.push(...get(NEG_GAMMA), ...op.v128Zero, ...get(p.e), ...op.f64x2Pmax, ...op.f64x2Mul);
  return [...code, ...set(p.e)];
}

/** RBF: exp(-gamma max(0, |a|^2 + |x_c|^2 - 2 a.x_c)) as float32 at out[c]. */
function finishRbf(): number[] {
  const code: number[] = [];
  for (const p of PAIRS) {
    code.push(...exponents(p));
    const { e, kd, r, result, step0, step1 } = p;
    const locals = { input: e, rounded: kd, reduced: r, result, step0, step1 };
    code.push(...expLanes({ ...locals, constants: CONSTANTS }));
  }
  for (const p of PAIRS)
    code.push(...storeFloat(p.result, 0, p.c0), ...storeFloat(p.result, 1, p.c1));
  return code;
}

/** Poly (finished in JavaScript): the dot products as float64 at out[k] to out[k + 3]. */
function finishDots(): number[] {
  const code = [...get(OUT), ...get(K), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add, ...set(F)];
  PAIRS.forEach((p, index) => {
    code.push(...get(F), ...get(p.dot), ...op.f64x2ExtractLane(0), ...op.f64Store(16 * index));
    code.push(...get(F), ...get(p.dot), ...op.f64x2ExtractLane(1), ...op.f64Store(16 * index + 8));
  });
  return code;
}

/** Column k + offset into `local`, or column k (already in `first`) past the last one. */
function loadColumn(local: number, offset: number, first: number): number[] {
  const code = [...get(F), ...op.i32Load(4 * offset), ...get(first), ...get(K)];
  code.push(...op.i32Const(offset), ...op.i32Add, ...get(COUNT), ...op.i32LtS, ...op.select);
  return [...code, ...set(local)];
}

type Finish = 'rbf' | 'linear' | 'dots';

/** The loop's head: the four columns and where their rows start. */
function fourColumns(): number[] {
  const [first, second] = PAIRS as [Pair, Pair];
  const code = [...get(COLUMNS), ...get(K), ...op.i32Const(2), ...op.i32Shl, ...op.i32Add];
  code.push(...op.localTee(F), ...op.i32Load(0), ...set(first.c0));
  code.push(...loadColumn(first.c1, 1, first.c0), ...loadColumn(second.c0, 2, first.c0));
  code.push(...loadColumn(second.c1, 3, first.c0));
  for (const p of PAIRS) {
    for (const [column, base] of [
      [p.c0, p.b0],
      [p.c1, p.b1],
    ] as const) {
      code.push(
        ...get(X),
        ...get(column),
        ...get(STRIDE),
        ...op.i32Mul,
        ...op.i32Add,
        ...set(base),
      );
    }
  }
  return code;
}

/** The function: set-up, then the loop over four columns at a time. */
function rowCode(finish: Finish): number[] {
  const code = [...get(COLS), ...op.i32Const(3), ...op.i32Shl, ...set(STRIDE)];
  code.push(...get(X), ...get(ROW), ...get(STRIDE), ...op.i32Mul, ...op.i32Add, ...set(A));
  code.push(...get(COLS), ...op.i32Const(-4), ...op.i32And, ...op.i32Const(3), ...op.i32Shl);
  code.push(...set(END4));
  if (finish === 'rbf') {
    code.push(...get(NORMS), ...get(ROW), ...op.i32Const(3), ...op.i32Shl, ...op.i32Add);
    code.push(...op.f64Load(0), ...op.f64x2Splat, ...set(NORM));
    code.push(...op.i32Const(NEG_GAMMA_AT), ...op.f64Load(0), ...op.f64x2Splat, ...set(NEG_GAMMA));
    code.push(...expConstants(CONSTANTS));
  }
  code.push(...op.i32Const(0), ...set(K), ...op.block, ...op.loop);
  code.push(...get(K), ...get(COUNT), ...op.i32GeS, ...op.brIf(1));
  code.push(...fourColumns(), ...dotProducts());
  if (finish === 'rbf') code.push(...finishRbf());
  else if (finish === 'dots') code.push(...finishDots());
  else
    for (const p of PAIRS) code.push(...storeFloat(p.dot, 0, p.c0), ...storeFloat(p.dot, 1, p.c1));
  code.push(...incrementLocal(K, 4), ...op.br(0), ...op.end, ...op.end);
  return code;
}

/** The module's bytes: RBF and linear rows into float32 `out[c]`, dot products into `out[k]`. */
export function kernelRowModule(): Uint8Array {
  const locals = [
    { type: I32, count: FIRST_V128 - STRIDE },
    { type: V128, count: V128_LOCALS },
  ];
  return emitModule(1, [
    { exportName: RBF_ROW, parameters: 7, locals, code: rowCode('rbf') },
    { exportName: LINEAR_ROW, parameters: 7, locals, code: rowCode('linear') },
    { exportName: DOT_ROW, parameters: 7, locals, code: rowCode('dots') },
  ]);
}
