// Seeded data for the modelling benches. scripts/bench-reference.py builds the same values bit for
// bit: every uniform comes from an integer hash of (stream, index), so there is no sequential
// generator state to mirror, and targets use only + - * in the same order (IEEE-exact in both).
import type { TrainingSet } from '../src/core/models/modelTypes';

/** Streams (one per dataset part); the Python script uses the same numbers. */
export const STREAMS = {
  olsX: 101,
  olsNoise: 102,
  svcX: 201,
  svcNoise: 202,
  svcTestX: 203,
  svcTestNoise: 204,
  svrX: 301,
  svrNoise: 302,
  svrTestX: 303,
  svrTestNoise: 304,
  mlpX: 401,
  mlpNoise: 402,
} as const;

/** Chris Wellons' "lowbias32" integer hash: a bijection on 32-bit integers. */
function hash32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** `count` uniforms in (0, 1), multiples of 2^-33, for indices 0.. of one stream. */
function uniforms(stream: number, count: number): Float64Array {
  const key = hash32(stream);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = (hash32(hash32(i) ^ key) + 0.5) / 4294967296;
  return values;
}

/** Row-major features, uniform in [-1, 1). */
function uniformFeatures(stream: number, rows: number, cols: number): Float64Array {
  return uniforms(stream, rows * cols).map((u) => 2 * u - 1);
}

/** Bell-shaped noise with mean 0 and sd 0.5: the sum of three uniforms minus 1.5 (exact). */
function bellNoise(stream: number, rows: number): Float64Array {
  const u = uniforms(stream, rows * 3);
  return Float64Array.from(
    { length: rows },
    (_, r) => u[3 * r]! + u[3 * r + 1]! + u[3 * r + 2]! - 1.5,
  );
}

type RowTarget = (x: Float64Array, at: number, noise: number) => number;

function dataset(
  rows: number,
  cols: number,
  streams: readonly [number, number],
  target: RowTarget,
  classes: readonly string[] | null,
): TrainingSet {
  const x = uniformFeatures(streams[0], rows, cols);
  const noise = bellNoise(streams[1], rows);
  const y = Float64Array.from({ length: rows }, (_, r) => target(x, r * cols, noise[r]!));
  const featureNames = Array.from({ length: cols }, (_, j) => `x${j}`);
  return { x, rows, cols, y, featureNames, classes };
}

/** OLS coefficients: ((j mod 7) - 3) / 4, so a few are exactly 0. */
export const olsBeta = (j: number): number => ((j % 7) - 3) / 4;

/** Linear regression: y = 1 + sum beta_j x_j + 0.5 e. */
export function olsData(rows: number, cols = 20): TrainingSet {
  return dataset(
    rows,
    cols,
    [STREAMS.olsX, STREAMS.olsNoise],
    (x, at, e) => {
      let s = 1;
      for (let j = 0; j < cols; j++) s += olsBeta(j) * x[at + j]!;
      return s + 0.5 * e;
    },
    null,
  );
}

/** Binary classes (about half each): 1 when x0*x1 + 0.5*x2 - x3*x3 + 0.3 + 0.4*e > 0. */
export function svcData(rows: number, test = false): TrainingSet {
  const streams = test
    ? ([STREAMS.svcTestX, STREAMS.svcTestNoise] as const)
    : ([STREAMS.svcX, STREAMS.svcNoise] as const);
  return dataset(
    rows,
    10,
    streams,
    (x, at, e) => {
      const v = (j: number) => x[at + j]!;
      return v(0) * v(1) + 0.5 * v(2) - v(3) * v(3) + 0.3 + 0.4 * e > 0 ? 1 : 0;
    },
    ['no', 'yes'],
  );
}

/** Regression for SVR: y = x0*x1 + x2*x2 - 0.5*x3 + 0.25*x4*x5 + 0.2*e. */
export function svrData(rows: number, test = false): TrainingSet {
  const streams = test
    ? ([STREAMS.svrTestX, STREAMS.svrTestNoise] as const)
    : ([STREAMS.svrX, STREAMS.svrNoise] as const);
  return dataset(
    rows,
    10,
    streams,
    (x, at, e) => {
      const v = (j: number) => x[at + j]!;
      return v(0) * v(1) + v(2) * v(2) - 0.5 * v(3) + 0.25 * v(4) * v(5) + 0.2 * e;
    },
    null,
  );
}

/** Regression for the MLP: a product, a square, then ((j mod 3) - 1) / 4 * x_j for j >= 3. */
export function mlpData(rows: number, cols = 20): TrainingSet {
  return dataset(
    rows,
    cols,
    [STREAMS.mlpX, STREAMS.mlpNoise],
    (x, at, e) => {
      let s = x[at]! * x[at + 1]! + x[at + 2]! * x[at + 2]!;
      for (let j = 3; j < cols; j++) s += (((j % 3) - 1) / 4) * x[at + j]!;
      return s + 0.2 * e;
    },
    null,
  );
}

/** A few values that must equal the Python side's exactly when both built the same data. */
export interface DataCheck {
  readonly x0: number;
  readonly xLast: number;
  readonly y0: number;
  readonly yLast: number;
  readonly yMean: number;
}

/** The values compared with a reference file's `check` (see referenceTimes.ts). */
export function dataCheck(set: TrainingSet): DataCheck {
  let sum = 0;
  for (const value of set.y) sum += value;
  return {
    x0: set.x[0]!,
    xLast: set.x[set.x.length - 1]!,
    y0: set.y[0]!,
    yLast: set.y[set.rows - 1]!,
    yMean: sum / set.rows,
  };
}

/** The first `rows` rows of a set (for implementations that cannot finish on all of them). */
export function firstRows(set: TrainingSet, rows: number): TrainingSet {
  const x = set.x.slice(0, rows * set.cols);
  return { ...set, x, rows, y: set.y.slice(0, rows) };
}
