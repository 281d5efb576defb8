import { normalPdf } from '../stats/distributions';
import type { HistogramBin, ResidualHistogram, XY } from './resultTypes';

const MIN_BINS = 10;
const MAX_BINS = 60;
const CURVE_POINTS = 60;

/** `values` read in ascending order through `order`, which sorts them. */
export interface SortedValues {
  readonly values: Float64Array;
  readonly order: Int32Array;
}

const nthSmallest = ({ values, order }: SortedValues, k: number) =>
  values[order[k] as number] as number;

/** Percentile with linear interpolation, computed as numpy.percentile does. */
export function sortedPercentile(sorted: SortedValues, percent: number): number {
  const n = sorted.order.length;
  const position = (percent / 100) * (n - 1);
  const below = Math.floor(position);
  const fraction = position - below;
  const a = nthSmallest(sorted, below);
  const b = nthSmallest(sorted, Math.min(below + 1, n - 1));
  // numpy interpolates from the nearer end, which decides the last bit.
  return fraction >= 0.5 ? b - (b - a) * (1 - fraction) : a + (b - a) * fraction;
}

/**
 * Number of histogram bins: Freedman-Diaconis (width 2 IQR n^(-1/3), numpy's 'fd') or, when the
 * IQR is 0, Sturges (log2 n + 1); kept within 10..60. One bin when every residual is equal.
 */
export function histogramBinCount(sorted: SortedValues): number {
  const n = sorted.order.length;
  const range = n > 0 ? nthSmallest(sorted, n - 1) - nthSmallest(sorted, 0) : 0;
  if (!(range > 0)) return 1;
  const iqr = sortedPercentile(sorted, 75) - sortedPercentile(sorted, 25);
  const width = 2 * iqr * Math.pow(n, -1 / 3);
  const count = width > 0 ? Math.ceil(range / width) : Math.ceil(Math.log2(n) + 1);
  return Math.min(MAX_BINS, Math.max(MIN_BINS, count));
}

/** `bins` + 1 equal-width edges over [min, max] (not empty), as numpy.histogram makes them. */
export function histogramEdges(sorted: SortedValues, bins: number): Float64Array {
  let first = nthSmallest(sorted, 0);
  let last = nthSmallest(sorted, sorted.order.length - 1);
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const step = (last - first) / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => i * step + first);
  edges[bins] = last;
  return edges;
}

/** Counts per bin of `edges` (equal width; the last bin includes its right edge), as numpy does. */
export function histogramCounts(values: Float64Array, edges: Float64Array): Int32Array {
  const bins = edges.length - 1;
  const first = edges[0] as number;
  const last = edges[bins] as number;
  const counts = new Int32Array(bins);
  for (const value of values) {
    if (!(value >= first && value <= last)) continue;
    let bin = Math.floor(((value - first) / (last - first)) * bins);
    if (bin === bins) bin--;
    // The scaled index can be off by one at an edge; the edges themselves decide.
    if (value < (edges[bin] as number)) bin--;
    else if (bin !== bins - 1 && value >= (edges[bin + 1] as number)) bin++;
    counts[bin]! += 1;
  }
  return counts;
}

/** Mean and population standard deviation (ddof 0), two passes for accuracy. */
export function meanAndStd(values: Float64Array): { mean: number; std: number } {
  if (values.length === 0) return { mean: 0, std: 0 };
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return { mean, std: Math.sqrt(squares / values.length) };
}

/** The normal density with this mean/std, scaled to expected counts per bin (n * width * pdf). */
export function normalCurve(edges: Float64Array, n: number, mean: number, std: number): XY[] {
  if (!(std > 0) || n === 0) return [];
  const first = edges[0] as number;
  const last = edges[edges.length - 1] as number;
  const binWidth = (last - first) / (edges.length - 1);
  const scale = (n * binWidth) / std;
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = first + ((last - first) * i) / (CURVE_POINTS - 1);
    return { x, y: scale * normalPdf((x - mean) / std) };
  });
}

/** Residual histogram with its normal curve; `bins` overrides the bin-count rule. */
export function residualHistogram(sorted: SortedValues, bins?: number): ResidualHistogram {
  const { values } = sorted;
  const { mean, std } = meanAndStd(values);
  if (values.length === 0) return { bins: [], normalCurve: [], mean, std };
  const count = bins === undefined ? histogramBinCount(sorted) : Math.max(1, Math.floor(bins));
  const edges = histogramEdges(sorted, count);
  const counts = histogramCounts(values, edges);
  const histogramBins: HistogramBin[] = Array.from(counts, (binCount, i) => ({
    from: edges[i] as number,
    to: edges[i + 1] as number,
    count: binCount,
  }));
  return {
    bins: histogramBins,
    normalCurve: normalCurve(edges, values.length, mean, std),
    mean,
    std,
  };
}
