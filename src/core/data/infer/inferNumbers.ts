import type { RawColumnHint } from '../table';
import { codesColumn, numbersAtLength, valuesColumn, type TypedColumn } from './column';
import { ID_MAX_MISSING_SHARE, isIdHeader } from './columnShape';

type NumbersRaw = { readonly kind: 'numbers'; readonly values: Float64Array };

interface NumbersSummary {
  readonly missing: number;
  readonly onlyZeroOne: boolean;
  readonly sawZero: boolean;
  readonly sawOne: boolean;
  readonly allIntegers: boolean;
}

function summarise(values: Float64Array): NumbersSummary {
  let missing = 0;
  let onlyZeroOne = true;
  let sawZero = false;
  let sawOne = false;
  let allIntegers = true;
  for (let row = 0; row < values.length; row++) {
    const value = values[row] as number;
    if (Number.isNaN(value)) missing++;
    else if (value === 0) sawZero = true;
    else if (value === 1) sawOne = true;
    else {
      onlyZeroOne = false;
      if (!Number.isInteger(value)) allIntegers = false;
    }
  }
  return { missing, onlyZeroOne, sawZero, sawOne, allIntegers };
}

/** No value repeats: at once when the present values only rise (a row number), else sorted. */
function allDistinct(values: Float64Array): boolean {
  if (presentValuesRise(values)) return true;
  const present = values.filter((value) => !Number.isNaN(value)).sort();
  for (let i = 1; i < present.length; i++) if (present[i] === present[i - 1]) return false;
  return true;
}

/** Each present value is above the one before (missing cells skipped). */
function presentValuesRise(values: Float64Array): boolean {
  let previous = -Infinity;
  for (let row = 0; row < values.length; row++) {
    const value = values[row]!;
    if (Number.isNaN(value)) continue;
    if (!(value > previous)) return false;
    previous = value;
  }
  return true;
}

/**
 * Each present value is its own level, in row order: no lookup needed once values are unique.
 * The levels are allocated at their final length: growing a list of a million by push cost
 * about as much again as making the strings.
 */
function codesFromUniqueNumbers(
  values: Float64Array,
  present: number,
): { codes: Int32Array; levels: string[] } {
  const codes = new Int32Array(values.length).fill(-1);
  const levels = new Array<string>(present);
  let level = 0;
  for (let row = 0; row < values.length; row++) {
    const value = values[row] as number;
    if (Number.isNaN(value)) continue;
    codes[row] = level;
    levels[level++] = String(value);
  }
  return { codes, levels };
}

function booleanFromHint(values: Float64Array): Float64Array {
  return values.map((value) => (Number.isNaN(value) ? NaN : value === 0 ? 0 : 1));
}

/**
 * Types a column the parser already read as numbers: workbook hints decide dates and booleans,
 * only-0-and-1 is a flag, unique integers under an ID header are an ID, the rest is numeric.
 */
export function inferNumbers(
  name: string,
  raw: NumbersRaw,
  hint: RawColumnHint,
  rowCount: number,
): TypedColumn {
  const values = numbersAtLength(raw.values, rowCount);
  if (hint === 'date') return { column: valuesColumn(name, 'date', raw, values, {}), unparsed: 0 };
  if (hint === 'boolean') {
    return { column: valuesColumn(name, 'boolean', raw, booleanFromHint(values), {}), unparsed: 0 };
  }
  const summary = summarise(values);
  if (summary.onlyZeroOne && summary.sawZero && summary.sawOne) {
    return { column: valuesColumn(name, 'boolean', raw, values, {}), unparsed: 0 };
  }
  const fewMissing = summary.missing <= ID_MAX_MISSING_SHARE * rowCount;
  if (isIdHeader(name) && summary.allIntegers && fewMissing && allDistinct(values)) {
    const { codes, levels } = codesFromUniqueNumbers(values, values.length - summary.missing);
    return { column: codesColumn(name, 'id', raw, codes, levels, {}), unparsed: 0 };
  }
  return { column: valuesColumn(name, 'numeric', raw, values, {}), unparsed: 0 };
}
