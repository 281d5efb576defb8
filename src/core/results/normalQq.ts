import { identityOrder } from './argsort';
import { normalQuantile } from '../stats/quantiles';
import type { ResidualColumns } from './residualColumns';
import type { QqPoint, SplitPart } from './resultTypes';

/** Rows kept at each end of the Q-Q plot before thinning the middle. */
const TAIL_POINTS = 50;

/**
 * Filliben's estimate of the median of the `rank`-th (0-based) of n uniform order statistics,
 * the plotting positions of scipy.stats.probplot.
 */
export function fillibenPosition(rank: number, n: number): number {
  const lastPosition = Math.pow(0.5, 1 / n);
  if (rank === n - 1) return lastPosition;
  if (rank === 0) return 1 - lastPosition;
  return (rank + 1 - 0.3175) / (n + 0.365);
}

/** Ranks (0-based, ascending) to draw: all of both tails, evenly spaced ranks in between. */
export function qqRanks(n: number, maxPoints: number): Int32Array {
  const budget = Math.max(0, Math.floor(maxPoints));
  if (n <= budget) return identityOrder(n);
  const tail = Math.min(TAIL_POINTS, Math.floor(budget / 4));
  const middle = budget - 2 * tail;
  const ranks = new Int32Array(budget);
  for (let i = 0; i < tail; i++) {
    ranks[i] = i;
    ranks[budget - 1 - i] = n - 1 - i;
  }
  // `middle` ranks from tail to n-1-tail inclusive; spacing > 1 keeps them distinct.
  const span = n - 1 - 2 * tail;
  for (let j = 0; j < middle; j++) {
    ranks[tail + j] = tail + (middle === 1 ? 0 : Math.round((j * span) / (middle - 1)));
  }
  return ranks;
}

/**
 * Normal Q-Q points of the standardised residuals ((r - mean) / std, population std): the
 * theoretical normal quantile at Filliben's position against the sorted sample, thinned to
 * `maxPoints` keeping both tails. `order` sorts the residuals ascending.
 */
export function normalQq(
  columns: ResidualColumns,
  order: Int32Array,
  mean: number,
  std: number,
  maxPoints: number,
): QqPoint[] {
  const n = order.length;
  return Array.from(qqRanks(n, maxPoints), (rank) => {
    const index = order[rank] as number;
    const residual = columns.residual[index] as number;
    return {
      theoretical: normalQuantile(fillibenPosition(rank, n)),
      sample: std > 0 ? (residual - mean) / std : 0,
      row: columns.rows[index] as number,
      part: columns.part[index] as SplitPart,
    };
  });
}
