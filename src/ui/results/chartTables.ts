/** A small table that says in text what a chart draws (its text alternative). */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Rows a chart's data table shows at most, so a screen reader reads a summary, not the data. */
export const MAX_TABLE_ROWS = 12;

export interface CountedBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Merges neighbouring histogram bins until there are at most `maxRows`; counts add up. */
export function compactBins(bins: readonly CountedBin[], maxRows = MAX_TABLE_ROWS): CountedBin[] {
  if (bins.length <= maxRows) return [...bins];
  const perRow = Math.ceil(bins.length / maxRows);
  const merged: CountedBin[] = [];
  for (let start = 0; start < bins.length; start += perRow) {
    const group = bins.slice(start, start + perRow);
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const count = group.reduce((sum, bin) => sum + bin.count, 0);
    merged.push({ from: first.from, to: last.to, count });
  }
  return merged;
}

export interface SeriesExtent {
  readonly count: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Point count and the x and y range of a point series; null for a series without finite points. */
export function seriesExtent(
  points: readonly { readonly x: number; readonly y: number }[],
): SeriesExtent | null {
  let count = 0;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    count += 1;
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  return count === 0 ? null : { count, xMin, xMax, yMin, yMax };
}

/** At most `count` items spread evenly over a list, always keeping the first and the last. */
export function evenlySpaced<T>(items: readonly T[], count = MAX_TABLE_ROWS): T[] {
  if (items.length <= count) return [...items];
  if (count < 2) return items.slice(0, Math.max(0, count));
  const picked: T[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[Math.round((i * (items.length - 1)) / (count - 1))];
    if (item !== undefined) picked.push(item);
  }
  return picked;
}

interface PartSeriesTableOptions<P extends string> {
  /** Column headers: series name, point count, x range, y range. */
  readonly headers: readonly [string, string, string, string];
  readonly seriesName: (part: P) => string;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
}

/** One row per drawn series: its name, how many points, and the x and y range they span. */
export function partSeriesTable<P extends string>(
  series: readonly {
    readonly part: P;
    readonly points: readonly { readonly x: number; readonly y: number }[];
  }[],
  options: PartSeriesTableOptions<P>,
): ChartTable {
  const { headers, seriesName, formatX, formatY } = options;
  const rows = series.flatMap((entry) => {
    const extent = seriesExtent(entry.points);
    if (!extent) return [];
    return [
      [
        seriesName(entry.part),
        String(extent.count),
        `${formatX(extent.xMin)} … ${formatX(extent.xMax)}`,
        `${formatY(extent.yMin)} … ${formatY(extent.yMax)}`,
      ],
    ];
  });
  return { columns: headers, rows };
}
