import { op } from '../../wasm/wasmEmitter';

// expNonPositive (see there) on both f64 lanes of a vector, emitted for the kernel-row module:
// the same operations in the same order, so every lane equals expNonPositive bit for bit.

/** Byte addresses of the tables the module reads: 2^(j/64), then 2^-m (expNonPositive's). */
export const FRACTIONS_AT = 16;
export const OCTAVES_AT = FRACTIONS_AT + 64 * 8;

const UNDERFLOW = -745.2;
const SCALE = 64 / Math.LN2;
const ROUNDER = 6755399441055744;
const STEP_HI = 6.9314718036912382e-1 / 64;
const STEP_LO = 1.9082149292705877e-10 / 64;

/** The v128 locals the exp code uses: its input, and three it overwrites. */
export interface ExpLocals {
  readonly input: number;
  readonly rounded: number;
  readonly reduced: number;
  readonly result: number;
  /** Two i32 locals for the lanes' table steps. */
  readonly step0: number;
  readonly step1: number;
  /** The first of EXP_CONSTANTS.length v128 locals that expConstants has set. */
  readonly constants: number;
}

const TAYLOR = [1, 1, 1 / 2, 1 / 6, 1 / 24, 1 / 120, 1 / 720];
/** Both lanes of every constant, kept in locals: V8 rebuilds a v128.const at each use. */
export const EXP_CONSTANTS = [UNDERFLOW, SCALE, ROUNDER, STEP_HI, STEP_LO, ...TAYLOR.slice(1)];
const [CLAMP, TIMES_SCALE, ROUND, HIGH, LOW] = [0, 1, 2, 3, 4];

/** Sets the constants' locals, once per call of the function. */
export function expConstants(base: number): number[] {
  return EXP_CONSTANTS.flatMap((value, k) => [...op.f64x2Const(value), ...op.localSet(base + k)]);
}

const get = op.localGet;
const set = op.localSet;

/** fractions[n & 63] * octaves[-(n >> 6)] for the i32 in local `step`, as one f64. */
function tablePowers(step: number): number[] {
  return [
    ...get(step),
    ...op.i32Const(63),
    ...op.i32And,
    ...op.i32Const(3),
    ...op.i32Shl,
    ...op.f64Load(FRACTIONS_AT),
    ...op.i32Const(OCTAVES_AT),
    ...get(step),
    ...op.i32Const(6),
    ...op.i32ShrS,
    ...op.i32Const(3),
    ...op.i32Shl,
    ...op.i32Sub,
    ...op.f64Load(0),
    ...op.f64Mul,
  ];
}

/** 1 + r (1 + r (1/2 + r (1/6 + r (1/24 + r (1/120 + r (1/720)))))), as JavaScript nests it. */
function taylor(reduced: number, constants: number, term = 0): number[] {
  // The leading 1 is TAYLOR[1]'s local too.
  const constant = get(constants + 5 + Math.max(term, 1) - 1);
  if (term === TAYLOR.length - 1) return constant;
  const inner = taylor(reduced, constants, term + 1);
  return [...constant, ...get(reduced), ...inner, ...op.f64x2Mul, ...op.f64x2Add];
}

/**
 * exp of both lanes of `input` (values <= 0) into `result`. Lanes below the underflow bound are
 * clamped to it for the table lookups (so the addresses stay inside the tables) and zeroed after.
 * The steps n are read from the low 32 bits of x * 64 / ln2 + 1.5 * 2^52 (an exact integer
 * there), which is what `kd | 0` gives.
 */
export function expLanes(locals: ExpLocals): number[] {
  const { input, rounded, reduced, result, step0, step1, constants } = locals;
  const c = (k: number) => get(constants + k);
  const code = [...c(CLAMP), ...get(input), ...op.f64x2Pmax, ...set(reduced)];
  code.push(...get(reduced), ...c(TIMES_SCALE), ...op.f64x2Mul, ...c(ROUND), ...op.f64x2Add);
  code.push(...op.localTee(rounded), ...op.i32x4ExtractLane(0), ...set(step0));
  code.push(...get(rounded), ...op.i32x4ExtractLane(2), ...set(step1));
  code.push(...get(rounded), ...c(ROUND), ...op.f64x2Sub, ...set(rounded));
  code.push(...get(reduced), ...get(rounded), ...c(HIGH), ...op.f64x2Mul);
  code.push(...op.f64x2Sub, ...get(rounded), ...c(LOW), ...op.f64x2Mul);
  code.push(...op.f64x2Sub, ...set(reduced));
  code.push(...tablePowers(step0), ...op.f64x2Splat, ...tablePowers(step1));
  code.push(...op.f64x2ReplaceLane(1), ...taylor(reduced, constants), ...op.f64x2Mul);
  code.push(...get(input), ...c(CLAMP), ...op.f64x2Lt, ...op.v128AndNot);
  code.push(...set(result));
  return code;
}
