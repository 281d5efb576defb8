import { EXP_CONSTANTS } from './kernelRowExp';

// Local indices of the kernel-row module's functions (kernelRowModule.ts): the parameters, the
// loop's own locals, then two pairs of columns' locals, then the constants.

/** Parameters of every exported function (byte addresses, counts and indices), by local index. */
export const [X, NORMS, COLS, ROW, COLUMNS, COUNT, OUT] = [0, 1, 2, 3, 4, 5, 6];
export const [STRIDE, A, END4, K, F] = [7, 8, 9, 10, 11];

/** The locals of one pair of columns. */
export interface Pair {
  readonly c0: number;
  readonly c1: number;
  readonly b0: number;
  readonly b1: number;
  readonly step0: number;
  readonly step1: number;
  readonly s01: number;
  readonly s23: number;
  readonly t01: number;
  readonly t23: number;
  readonly dot: number;
  readonly e: number;
  readonly kd: number;
  readonly r: number;
  readonly result: number;
}

const I32_PER_PAIR = 6;
const V128_PER_PAIR = 9;
const FIRST_I32 = F + 1;
export const FIRST_V128 = FIRST_I32 + 2 * I32_PER_PAIR;
export const [VA, NORM, NEG_GAMMA] = [0, 1, 2].map((k) => FIRST_V128 + 2 * V128_PER_PAIR + k) as [
  number,
  number,
  number,
];
export const CONSTANTS = NEG_GAMMA + 1;
export const V128_LOCALS = CONSTANTS + EXP_CONSTANTS.length - FIRST_V128;

/** Locals of pair `index`: its i32s after F, its v128s after the i32s. */
function pairLocals(index: number): Pair {
  const i = FIRST_I32 + index * I32_PER_PAIR;
  const v = FIRST_V128 + index * V128_PER_PAIR;
  return {
    ...{ c0: i, c1: i + 1, b0: i + 2, b1: i + 3, step0: i + 4, step1: i + 5 },
    ...{ s01: v, s23: v + 1, t01: v + 2, t23: v + 3, dot: v + 4 },
    ...{ e: v + 5, kd: v + 6, r: v + 7, result: v + 8 },
  };
}
/** The two pairs of columns of each pass. */
export const PAIRS = [pairLocals(0), pairLocals(1)];
