import type { ColumnProfile } from './profileTypes';
import type { Column, ColumnType } from './table';

type Bar = ColumnProfile['histogram'][number];
type TopValue = ColumnProfile['topValues'][number];

const TARGET_BINS = 12;
const TOP_VALUES = 6;
const DAY_MS = 86_400_000;

/** Label of the extra bar after the top values that sums every other value (always the last bar). */
export const OTHER_LABEL = 'other';

/**
 * Summarises one column for its profile card, in single passes over the typed arrays.
 * Histograms: numeric/date get about 12 equal-width bins ("10–20", or the ISO date a bin starts);
 * boolean gets "true"/"false"; categorical gets the top 6 values plus "other"; text and id get
 * the lengths of their values in characters, since their top values are mostly unique.
 */
export function profileColumn(column: Column, rowCount: number): ColumnProfile {
  const { values, codes, levels, type } = column;
  const usesValues = type === 'numeric' || type === 'date' || type === 'boolean';
  if (values && (usesValues || !codes)) return profileValues(column.name, type, values, rowCount);
  if (codes && levels) return profileCodes(column.name, type, codes, levels, rowCount);
  return { ...emptyProfile(column.name, type), missing: rowCount };
}

function emptyProfile(name: string, type: ColumnType): ColumnProfile {
  return { name, type, missing: 0, distinct: 0, numeric: null, topValues: [], histogram: [] };
}

interface ValueSummary {
  readonly present: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly integers: boolean;
}

function summariseValues(values: Float64Array, n: number): ValueSummary {
  let present = 0;
  let min = Infinity;
  let max = -Infinity;
  let shift = NaN; // sum deviations from the first value so that large dates keep their precision
  let sum = 0;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    if (present === 0) shift = v;
    present++;
    sum += v - shift;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && Math.floor(v) !== v) integers = false;
  }
  return { present, min, max, mean: shift + sum / present, integers };
}

function profileValues(
  name: string,
  type: ColumnType,
  values: Float64Array,
  rowCount: number,
): ColumnProfile {
  const n = Math.min(rowCount, values.length);
  const summary = summariseValues(values, n);
  const base = { ...emptyProfile(name, type), missing: rowCount - summary.present };
  if (summary.present === 0) return base;
  const numeric = { min: summary.min, max: summary.max, mean: summary.mean };
  if (type === 'boolean') {
    const trues = countTrue(values, n);
    const bars = [
      { label: 'true', count: trues },
      { label: 'false', count: summary.present - trues },
    ];
    const topValues = bars.filter((b) => b.count > 0).sort((a, b) => b.count - a.count);
    const asValues = topValues.map((b) => ({ value: b.label, count: b.count }));
    return { ...base, distinct: topValues.length, numeric, topValues: asValues, histogram: bars };
  }
  if (!Number.isFinite(summary.max - summary.min)) {
    return { ...base, distinct: countDistinct(values, n, summary.present), numeric }; // ±Infinity
  }
  const bins = type === 'date' ? dateBins(summary) : numberBins(summary);
  const counts = new Int32Array(bins.count);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === v) counts[binIndex(bins, v)]!++;
  }
  const histogram = Array.from(counts, (count, i) => ({ label: bins.label(i), count }));
  return { ...base, distinct: countDistinct(values, n, summary.present), numeric, histogram };
}

function countTrue(values: Float64Array, n: number): number {
  let trues = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === v && v !== 0) trues++;
  }
  return trues;
}

const hashScratch = new Float64Array(1);
const hashBits = new Uint32Array(hashScratch.buffer);

/**
 * Distinct non-missing numbers, by open addressing in a Float64Array (NaN = empty slot) sized to
 * twice the count: about 5x faster than a Set or a sorted copy on 1M unique values.
 */
function countDistinct(values: Float64Array, n: number, present: number): number {
  let capacity = 16;
  while (capacity < present * 2) capacity *= 2;
  const table = new Float64Array(capacity).fill(NaN);
  const mask = capacity - 1;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]! + 0; // + 0 turns -0 into 0, so they count once, as in a Set
    if (v !== v) continue;
    hashScratch[0] = v;
    const mixed = Math.imul(hashBits[0]! ^ Math.imul(hashBits[1]!, 0x9e3779b1), 0x85ebca6b);
    let slot = (mixed ^ (mixed >>> 15)) & mask;
    for (;;) {
      const held = table[slot]!;
      if (held !== held) {
        table[slot] = v;
        distinct++;
        break;
      }
      if (held === v) break;
      slot = (slot + 1) & mask;
    }
  }
  return distinct;
}

interface Bins {
  readonly start: number;
  readonly step: number;
  readonly count: number;
  readonly label: (bin: number) => string;
}

function binIndex(bins: Bins, v: number): number {
  const i = Math.floor((v - bins.start) / bins.step);
  return i < 0 ? 0 : i >= bins.count ? bins.count - 1 : i;
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 5, 10].map((m) => m * power);
  return steps.find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
}

function numberBins({ min, max, integers }: ValueSummary): Bins {
  if (min === max)
    return { start: min, step: 1, count: 1, label: () => String(Number(min.toPrecision(6))) };
  const step = Math.max(niceStep((max - min) / TARGET_BINS), integers ? 1 : 0);
  const start = Math.floor(min / step) * step;
  const span = (max - start) / step;
  // Integer bins hold start..start+step-1, so max needs a bin of its own when it sits on an edge;
  // other bins end at max, which is counted in the last one.
  const count = integers ? Math.floor(span) + 1 : Math.max(1, Math.ceil(span - 1e-9));
  const decimals = -Math.floor(Math.log10(step));
  const unit = compactUnit(Math.max(Math.abs(start), Math.abs(max)));
  const at = (bin: number) => start + bin * step;
  const label = (bin: number): string => {
    const from = compactNumber(at(bin), decimals, unit);
    if (integers && step === 1) return from;
    return `${from}–${compactNumber(at(bin + 1), decimals, unit)}`; // from up to (not incl.) next
  };
  return { start, step, count, label };
}

interface Unit {
  readonly from: number;
  readonly divisor: number;
  readonly suffix: string;
}
const UNITS: readonly Unit[] = [
  { from: 1e9, divisor: 1e9, suffix: 'B' },
  { from: 1e6, divisor: 1e6, suffix: 'M' },
  { from: 1e4, divisor: 1e3, suffix: 'k' },
];
const NO_UNIT: Unit = { from: 0, divisor: 1, suffix: '' };

function compactUnit(magnitude: number): Unit {
  return UNITS.find((u) => magnitude >= u.from) ?? NO_UNIT;
}

/**
 * A short, locale-neutral number for bin labels: "12.5", "10.5k", "1.25M". `decimals` is what the
 * bin width needs before scaling (negative for widths of 10 and more).
 */
function compactNumber(v: number, decimals: number, unit: Unit): string {
  const { divisor, suffix } = unit;
  const scaledDecimals = Math.min(20, Math.max(0, decimals + Math.round(Math.log10(divisor))));
  const text = (v / divisor).toFixed(scaledDecimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '0' || trimmed === '-0' ? '0' : trimmed + suffix;
}

function dateBins({ min, max }: ValueSummary): Bins {
  if (min === max) return { start: min, step: 1, count: 1, label: () => formatIsoDateTime(min) };
  const raw = (max - min) / TARGET_BINS;
  const wholeDays = raw >= DAY_MS;
  const step = wholeDays ? Math.ceil(raw / DAY_MS) * DAY_MS : raw;
  const start = wholeDays ? Math.floor(min / DAY_MS) * DAY_MS : min;
  const count = wholeDays ? Math.floor((max - start) / step) + 1 : TARGET_BINS;
  const label = (bin: number) => {
    const text = formatIsoDateTime(start + bin * step);
    return wholeDays ? text.slice(0, 10) : text;
  };
  return { start, step, count, label };
}

/** "2024-03-05", or "2024-03-05 14:30" / "... 14:30:15" when the time (UTC) is not midnight. */
export function formatIsoDateTime(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const iso = new Date(ms).toISOString(); // yyyy-mm-ddThh:mm:ss.sssZ (years past 9999 get a sign)
  const t = iso.indexOf('T');
  const date = iso.slice(0, t);
  const time = iso.slice(t + 1, t + 9);
  if (time === '00:00:00') return date;
  return `${date} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

function profileCodes(
  name: string,
  type: ColumnType,
  codes: Int32Array,
  levels: readonly string[],
  rowCount: number,
): ColumnProfile {
  const n = Math.min(rowCount, codes.length);
  const counts = new Int32Array(levels.length);
  let present = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    if (code >= 0 && code < counts.length) {
      counts[code]!++;
      present++;
    }
  }
  let distinct = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) distinct++;
  const topValues = topCounts(counts, levels, TOP_VALUES);
  const useLengths = type === 'text' || type === 'id';
  const histogram = useLengths
    ? lengthHistogram(counts, levels)
    : topValuesHistogram(topValues, present);
  const missing = rowCount - present;
  return { ...emptyProfile(name, type), missing, distinct, topValues, histogram };
}

/** The `k` most frequent levels, ties in level order, by insertion into a short sorted list. */
function topCounts(counts: Int32Array, levels: readonly string[], k: number): TopValue[] {
  const top: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0 || (top.length === k && c <= counts[top[k - 1]!]!)) continue;
    let at = top.length;
    while (at > 0 && counts[top[at - 1]!]! < c) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top.map((i) => ({ value: levels[i]!, count: counts[i]! }));
}

function topValuesHistogram(topValues: readonly TopValue[], present: number): Bar[] {
  const bars = topValues.map((v) => ({ label: v.value, count: v.count }));
  const rest = present - bars.reduce((sum, b) => sum + b.count, 0);
  return rest > 0 ? [...bars, { label: OTHER_LABEL, count: rest }] : bars;
}

/** Histogram of value lengths in characters (code points), weighted by how often each value occurs. */
function lengthHistogram(counts: Int32Array, levels: readonly string[]): Bar[] {
  const lengths = new Int32Array(levels.length);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < levels.length; i++) {
    if (counts[i] === 0) continue;
    const length = codePointLength(levels[i]!);
    lengths[i] = length;
    if (length < min) min = length;
    if (length > max) max = length;
  }
  if (min > max) return [];
  const bins = numberBins({ present: 1, min, max, mean: NaN, integers: true });
  const binCounts = new Array<number>(bins.count).fill(0);
  for (let i = 0; i < levels.length; i++) binCounts[binIndex(bins, lengths[i]!)]! += counts[i]!;
  return binCounts.map((count, i) => ({ label: bins.label(i), count }));
}

function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) length--; // the second half of a surrogate pair
  }
  return length;
}
