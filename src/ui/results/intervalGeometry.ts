/** One row of an interval plot: a value with its interval, e.g. an estimate and its 95% CI. */
export interface IntervalRow {
  readonly label: string;
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  /** Drawn in the highlight colour (e.g. the best model). */
  readonly highlight?: boolean;
}

/** Pixels reserved around the plot: labels on the left, ticks and axis title below. */
export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where everything of an interval plot goes, as a few SVG paths and positioned labels. */
export interface IntervalLayout {
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
  readonly zeroX: number;
  /** Centre line of each row, in pixels from the top. */
  readonly rowY: readonly number[];
  /** Where each row's value sits, in pixels from the left. */
  readonly rowX: readonly number[];
  readonly rowHeight: number;
  /** Bars of the rows not highlighted, then of those highlighted. */
  readonly bars: string;
  readonly highlightBars: string;
  /** Where the reference value's line goes; null without one. */
  readonly referenceX: number | null;
  readonly dots: string;
  readonly whiskers: string;
  readonly grid: string;
}

const round = (value: number) => Math.round(value * 10) / 10;
const DOT_RADIUS = 4;
const CAP = 4;

/**
 * About `count` round tick values (steps of 1, 2 or 5 times a power of ten) covering
 * [min, max]; the first and last ticks enclose both.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) return min === 0 ? [0, 1] : niceTicks(Math.min(0, min), Math.max(0, max));
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  const ticks: number[] = [];
  // Multiplying whole steps keeps 0.1 * 3 from drifting to 0.30000000000000004 at each tick.
  for (let index = first; index <= last; index += 1)
    ticks.push(Number((index * step).toPrecision(12)));
  return ticks;
}

/**
 * Lays out rows top to bottom over a value axis that always includes zero: grid lines at the
 * ticks, bars from zero to each value, dots at the values and whiskers over the intervals.
 */
export function layoutIntervals(
  rows: readonly IntervalRow[],
  box: PlotBox,
  reference: number | null = null,
): IntervalLayout {
  const values = rows
    .flatMap((row) => [row.lower, row.upper, row.value])
    .concat(reference ?? [])
    .filter(Number.isFinite);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const plotWidth = Math.max(1, box.width - box.left - box.right);
  const plotBottom = box.height - box.bottom;
  const toX = (value: number) => round(box.left + ((value - low) / (high - low || 1)) * plotWidth);
  const rowHeight = (plotBottom - box.top) / Math.max(1, rows.length);
  const rowY = rows.map((_, index) => round(box.top + (index + 0.5) * rowHeight));
  const zeroX = toX(0);
  const half = round(Math.min(rowHeight * 0.35, 10));
  const bars: string[] = [];
  const highlightBars: string[] = [];
  const dots: string[] = [];
  const rowX: number[] = [];
  const whiskers: string[] = [];
  rows.forEach((row, index) => {
    const y = rowY[index] ?? 0;
    const [x, xl, xu] = [toX(row.value), toX(row.lower), toX(row.upper)];
    rowX.push(x);
    (row.highlight ? highlightBars : bars).push(
      `M${Math.min(zeroX, x)},${round(y - half)}H${Math.max(zeroX, x)}V${round(y + half)}H${Math.min(zeroX, x)}Z`,
    );
    dots.push(
      `M${round(x - DOT_RADIUS)},${y}a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${2 * DOT_RADIUS},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${-2 * DOT_RADIUS},0Z`,
    );
    const [capTop, capBottom] = [round(y - CAP), round(y + CAP)];
    if (xu > xl)
      whiskers.push(`M${xl},${y}H${xu}M${xl},${capTop}V${capBottom}M${xu},${capTop}V${capBottom}`);
  });
  const grid = ticks.map((tick) => `M${toX(tick)},${box.top}V${plotBottom}`).join('');
  return {
    ticks: ticks.map((value) => ({ value, x: toX(value) })),
    zeroX,
    rowY,
    rowX,
    rowHeight,
    bars: bars.join(''),
    highlightBars: highlightBars.join(''),
    referenceX: reference === null || !Number.isFinite(reference) ? null : toX(reference),
    dots: dots.join(''),
    whiskers: whiskers.join(''),
    grid,
  };
}

/** The row under a pointer at `y` pixels from the top, or null outside the rows. */
export function rowAt(y: number, layout: IntervalLayout, top: number): number | null {
  const index = Math.floor((y - top) / layout.rowHeight);
  return index >= 0 && index < layout.rowY.length ? index : null;
}

/** `label` cut to `maxChars` characters with an ellipsis, so it fits beside the plot. */
export function fitLabel(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1))}…`;
}
