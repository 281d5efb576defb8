import { medianInPlace } from './medianInPlace';
import type { ResidualColumns } from './residualColumns';
import type { XY } from './resultTypes';

const MAX_BINS = 40;
const MIN_ROWS_PER_BIN = 10;
/** Bin edges come from an evenly strided sample of this many fitted values (all when fewer). */
const EDGE_SAMPLE = 65_536;

/**
 * Upper edges of up to `bins` fitted-value bins at the sample's quantiles; a row goes to the
 * first bin whose edge is above its fitted value, so equal predictions always share a bin.
 */
export function trendEdges(fitted: Float64Array, bins: number): Float64Array {
  const stride = Math.max(1, Math.ceil(fitted.length / EDGE_SAMPLE));
  const sample = new Float64Array(Math.ceil(fitted.length / stride));
  for (let i = 0, j = 0; i < fitted.length; i += stride, j++) sample[j] = fitted[i] as number;
  sample.sort();
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const edge = sample[Math.round((b * sample.length) / bins)] as number;
    if (edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return Float64Array.from(edges);
}

function binOf(value: number, edges: Float64Array): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((edges[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Fitted values and residuals grouped by bin (counting sort): bin b is [starts[b], starts[b+1]). */
function groupByBin(columns: ResidualColumns, edges: Float64Array) {
  const n = columns.predicted.length;
  const binOfRow = new Uint8Array(n);
  const starts = new Int32Array(edges.length + 2);
  for (let i = 0; i < n; i++) {
    const bin = binOf(columns.predicted[i] as number, edges);
    binOfRow[i] = bin;
    starts[bin + 1]! += 1;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1] as number;
  const next = starts.slice();
  const fitted = new Float64Array(n);
  const residual = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[binOfRow[i] as number]!++;
    fitted[at] = columns.predicted[i] as number;
    residual[at] = columns.residual[i] as number;
  }
  return { starts, fitted, residual };
}

/**
 * The residual plot's trend line: binned medians, not LOWESS. Rows are cut into min(40, n / 10)
 * bins of about equal count at fitted-value quantiles (of a strided sample of 65,536 rows when
 * there are more); each point is the bin's median fitted value against its median residual.
 */
export function residualTrend(columns: ResidualColumns): XY[] {
  const n = columns.predicted.length;
  if (n === 0) return [];
  const bins = Math.min(MAX_BINS, Math.max(1, Math.floor(n / MIN_ROWS_PER_BIN)));
  const { starts, fitted, residual } = groupByBin(columns, trendEdges(columns.predicted, bins));
  const trend: XY[] = [];
  for (let b = 0; b + 1 < starts.length; b++) {
    const start = starts[b] as number;
    const end = starts[b + 1] as number;
    if (end === start) continue;
    trend.push({
      x: medianInPlace(fitted.subarray(start, end)),
      y: medianInPlace(residual.subarray(start, end)),
    });
  }
  return trend;
}
