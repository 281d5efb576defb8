import type { ColumnFormat } from '../table';
import { parseBooleanText } from './parseBooleanText';
import { detectDateOrder } from './dateOrder';
import { parseIsoDateTime } from './isoDateTime';
import { leadingParts, parseDateText, type DateOrder } from './parseDateText';
import { parseLocaleNumber } from './parseLocaleNumber';
import type { StringsProfile } from './stringsProfile';

/** A column's stray values may be at most this many distinct texts... */
export const MAX_UNPARSED_DISTINCT = 5;
/** ...in at most this share of all rows; they then become missing with an 'unparsed-values' warning. */
export const MAX_UNPARSED_ROW_SHARE = 0.005;

/** One value per distinct text (NaN where the text did not parse) and how much did not parse. */
export interface ParsedTexts {
  readonly values: Float64Array;
  readonly unparsedDistinct: number;
  readonly unparsedRows: number;
}

/**
 * Parses each distinct text once; the rows follow from the counts. Stops early once more than
 * `giveUpAfter` distinct texts failed: the column cannot be of this type then.
 */
export function parseTexts(
  profile: StringsProfile,
  parse: (text: string) => number | null,
  giveUpAfter = Number.POSITIVE_INFINITY,
): ParsedTexts {
  const values = new Float64Array(profile.texts.length).fill(NaN);
  let unparsedDistinct = 0;
  let unparsedRows = 0;
  const { texts, textRows } = profile;
  for (let index = 0; index < texts.length && unparsedDistinct <= giveUpAfter; index++) {
    const value = parse(texts[index] as string);
    if (value === null || Number.isNaN(value)) {
      unparsedDistinct++;
      unparsedRows += textRows[index] as number;
    } else {
      values[index] = value;
    }
  }
  return { values, unparsedDistinct, unparsedRows };
}

/** True when most texts parsed and the rest are few enough to treat as stray values. */
export function withinTolerance(
  parsed: ParsedTexts,
  profile: StringsProfile,
  rowCount: number,
): boolean {
  if (parsed.unparsedDistinct >= profile.texts.length) return false;
  return (
    parsed.unparsedDistinct <= MAX_UNPARSED_DISTINCT &&
    parsed.unparsedRows <= MAX_UNPARSED_ROW_SHARE * rowCount
  );
}

/** Numbers per distinct text, with the format: the decimal used and a scale shared by all values. */
export function parseNumericTexts(
  profile: StringsProfile,
  decimal: '.' | ',',
  giveUpAfter?: number,
): ParsedTexts & { readonly format: ColumnFormat } {
  const scales = new Set<number>();
  const parsed = parseTexts(
    profile,
    (text) => {
      const number = parseLocaleNumber(text, { decimal });
      if (number === null) return null;
      scales.add(number.scale);
      return number.value;
    },
    giveUpAfter,
  );
  const [scale] = scales;
  const shared = scales.size === 1 && scale !== undefined && scale !== 1;
  return { ...parsed, format: shared ? { decimal, scale } : { decimal } };
}

/** How to read a column's numeric dates: in a known day-month order, or in the one its texts tell. */
export interface DateReading {
  readonly order?: DateOrder | undefined;
  /** The file's decimal separator, which breaks a tie when the order is worked out. */
  readonly decimalHint?: '.' | ',' | undefined;
}

/**
 * Dates (ms since epoch UTC) per distinct text and the day-month order they were read in. ISO
 * texts are read straight; the order is worked out over all texts (detectDateOrder) only once a
 * text could be a year-last date, so a machine-written column never pays for it. Stops early as
 * parseTexts does.
 */
export function parseDateTexts(
  profile: StringsProfile,
  reading: DateReading,
  giveUpAfter = Number.POSITIVE_INFINITY,
): ParsedTexts & { readonly dateOrder: DateOrder } {
  const { texts, textRows } = profile;
  const values = new Float64Array(texts.length).fill(NaN);
  let order = reading.order;
  let unparsedDistinct = 0;
  let unparsedRows = 0;
  for (let index = 0; index < texts.length && unparsedDistinct <= giveUpAfter; index++) {
    const text = texts[index]!;
    let value = parseIsoDateTime(text);
    if (value === undefined) {
      if (order === undefined && leadingParts(text) !== null) {
        order = detectDateOrder(texts, reading.decimalHint);
      }
      // A text with no leading parts reads the same in every order.
      value = parseDateText(text, order ?? 'ymd');
    }
    if (value === null || Number.isNaN(value)) {
      unparsedDistinct++;
      unparsedRows += textRows[index]!;
    } else {
      values[index] = value;
    }
  }
  return { values, unparsedDistinct, unparsedRows, dateOrder: order ?? 'ymd' };
}

/** 1/0 per distinct text for any boolean word. */
export function parseBooleanTexts(profile: StringsProfile): ParsedTexts {
  return parseTexts(profile, parseBooleanText);
}
