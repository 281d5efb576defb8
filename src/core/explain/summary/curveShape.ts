import type { DependenceCurve } from './summaryTypes';

/** Probabilities are clamped this far from 0 and 1 before taking log-odds. */
const PROBABILITY_FLOOR = 1e-6;

/** A straight line must explain at least this share of a curve's variation to give it a slope. */
export const MIN_LINE_FIT = 0.5;

function logOddsOf(probability: number): number {
  const p = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, probability));
  return Math.log(p / (1 - p));
}

/** Finite (x, y) points of the curve, y as log-odds when asked. */
function pointsOf(curve: DependenceCurve, logOdds: boolean): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  curve.x.forEach((xi, i) => {
    const raw = curve.y[i];
    if (raw === undefined || !Number.isFinite(xi) || !Number.isFinite(raw)) return;
    x.push(xi);
    y.push(logOdds ? logOddsOf(raw) : raw);
  });
  return { x, y };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Least-squares slope of the curve (y per unit of x); NaN when x does not vary or when the line
 * explains less than MIN_LINE_FIT of the curve's variation (a U shape has no one direction).
 * A flat curve has slope 0.
 */
export function curveSlope(curve: DependenceCurve, logOdds: boolean): number {
  const { x, y } = pointsOf(curve, logOdds);
  if (x.length < 2) return Number.NaN;
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxx += (xi - mx) ** 2;
    sxy += (xi - mx) * (y[i]! - my);
    syy += (y[i]! - my) ** 2;
  });
  if (!(sxx > 0)) return Number.NaN;
  if (syy === 0) return 0;
  return (sxy * sxy) / (sxx * syy) >= MIN_LINE_FIT ? sxy / sxx : Number.NaN;
}

/** Standard deviation of the curve's x grid: a stand-in for the feature's spread. */
export function curveSpread(curve: DependenceCurve): number | null {
  const x = curve.x.filter(Number.isFinite);
  if (x.length < 2) return null;
  const mx = mean(x);
  const spread = Math.sqrt(x.reduce((sum, v) => sum + (v - mx) ** 2, 0) / (x.length - 1));
  return spread > 0 ? spread : null;
}

/**
 * A categorical curve's most different level against its first point (the reference), as
 * level name and difference in y (log-odds when asked). NaN effect when under two levels.
 */
export function curveLevelEffect(
  curve: DependenceCurve,
  logOdds: boolean,
): { level: string | null; effect: number } {
  const { x, y } = pointsOf(curve, logOdds);
  const reference = y[0];
  let best = -1;
  for (let i = 1; i < y.length; i += 1) {
    if (best < 0 || Math.abs(y[i]! - reference!) > Math.abs(y[best]! - reference!)) best = i;
  }
  if (reference === undefined || best < 0) return { level: null, effect: Number.NaN };
  const index = x[best]!;
  const level = curve.levels?.[index] ?? String(index);
  return { level, effect: y[best]! - reference };
}
