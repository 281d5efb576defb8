import type { ColumnFormat, RawColumnHint } from '../table';
import { codesColumn, valuesColumn, type TypedColumn } from './column';
import {
  hasLeadingZeros,
  ID_MAX_MISSING_SHARE,
  isIdHeader,
  looksLikeIdColumn,
  textOrCategorical,
} from './columnShape';
import { booleanWord } from './parseBooleanText';
import { decimalVotes, pickDecimal } from './parseLocaleNumber';
import {
  codesFromTexts,
  profileStrings,
  valuesFromTexts,
  type StringsProfile,
} from './stringsProfile';
import {
  parseBooleanTexts,
  parseDateTexts,
  MAX_UNPARSED_DISTINCT,
  parseNumericTexts,
  withinTolerance,
  type ParsedTexts,
} from './textParsing';

type StringsRaw = {
  readonly kind: 'strings';
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
};

/** Two words in a few casings ("Yes", "yes", "YES") at most. */
const MAX_BOOLEAN_SPELLINGS = 16;

/** Every distinct value is a word of the same pair (yes/no, 是/否...) and both sides occur. */
function isBooleanPair(texts: readonly string[]): boolean {
  if (texts.length > MAX_BOOLEAN_SPELLINGS) return false;
  const words = texts.map(booleanWord);
  const first = words[0];
  if (first === null || first === undefined) return false;
  const sameFamily = words.every((word) => word !== null && word.pair === first.pair);
  return sameFamily && words.some((word) => word?.value !== first.value);
}

/** Unique integers under an ID header (customer_id written "1,003"): an ID, not a quantity. */
function isNumericId(name: string, parsed: ParsedTexts, profile: StringsProfile, rowCount: number) {
  if (!isIdHeader(name) || profile.missingRows > ID_MAX_MISSING_SHARE * rowCount) return false;
  if (profile.textRows.some((rows) => rows > 1)) return false;
  return parsed.values.every((value) => Number.isNaN(value) || Number.isInteger(value));
}

interface Typing {
  readonly name: string;
  readonly raw: StringsRaw;
  readonly profile: StringsProfile;
  readonly rowCount: number;
}

function valuesResult(
  typing: Typing,
  type: 'numeric' | 'date' | 'boolean',
  parsed: ParsedTexts,
  format: ColumnFormat,
): TypedColumn {
  const { raw, profile, rowCount } = typing;
  const values = valuesFromTexts(raw, profile, parsed.values, rowCount);
  // Missing rows are known without a pass over the values: empty, missing tokens, or unparsed.
  const missing = profile.missingRows + parsed.unparsedRows;
  return {
    column: valuesColumn(typing.name, type, raw, values, format, missing),
    unparsed: parsed.unparsedRows,
  };
}

function codesResult(
  typing: Typing,
  type: 'categorical' | 'text' | 'id',
  format: ColumnFormat,
): TypedColumn {
  const { raw, profile, rowCount } = typing;
  const codes = codesFromTexts(raw, profile, rowCount);
  const column = codesColumn(
    typing.name,
    type,
    raw,
    codes,
    profile.texts,
    format,
    profile.missingRows,
  );
  return { column, unparsed: 0 };
}

function tryNumeric(typing: Typing, decimalHint?: '.' | ','): TypedColumn | null {
  const { profile, rowCount } = typing;
  // Votes first: on a column of words or dates they give up after a few texts.
  const votes = decimalVotes(profile.texts, MAX_UNPARSED_DISTINCT);
  if (votes === null || profile.texts.some(hasLeadingZeros)) return null;
  const decimal = pickDecimal(votes, decimalHint);
  const parsed = parseNumericTexts(profile, decimal, MAX_UNPARSED_DISTINCT);
  if (!withinTolerance(parsed, profile, rowCount)) return null;
  if (isNumericId(typing.name, parsed, profile, rowCount)) {
    return codesResult(typing, 'id', parsed.format);
  }
  return valuesResult(typing, 'numeric', parsed, parsed.format);
}

function tryDate(typing: Typing, decimalHint?: '.' | ','): TypedColumn | null {
  const parsed = parseDateTexts(typing.profile, { decimalHint }, MAX_UNPARSED_DISTINCT);
  if (!withinTolerance(parsed, typing.profile, typing.rowCount)) return null;
  return valuesResult(typing, 'date', parsed, { dateOrder: parsed.dateOrder });
}

/**
 * Types a column of text, working on its distinct values: boolean pair, then number, then date,
 * then ID, then free text or categorical. Columns with no value at all are numeric and empty.
 * A workbook hint on text cells is obeyed.
 */
export function inferStrings(
  name: string,
  raw: StringsRaw,
  hint: RawColumnHint,
  rowCount: number,
  decimalHint?: '.' | ',',
): TypedColumn {
  const profile = profileStrings(raw, rowCount);
  const typing: Typing = { name, raw, profile, rowCount };
  if (hint !== null) return typeAsHinted(typing, hint, decimalHint);
  if (profile.texts.length === 0) {
    const empty = new Float64Array(rowCount).fill(NaN);
    return { column: valuesColumn(name, 'numeric', raw, empty, {}), unparsed: 0 };
  }
  if (isBooleanPair(profile.texts)) {
    return valuesResult(typing, 'boolean', parseBooleanTexts(profile), {});
  }
  const typed = tryNumeric(typing, decimalHint) ?? tryDate(typing, decimalHint);
  if (typed !== null) return typed;
  if (looksLikeIdColumn(profile, rowCount)) return codesResult(typing, 'id', {});
  return codesResult(typing, textOrCategorical(profile, rowCount), {});
}

/** A workbook said date or boolean for cells stored as text: read them so, counting misfits. */
function typeAsHinted(
  typing: Typing,
  hint: 'date' | 'boolean',
  decimalHint?: '.' | ',',
): TypedColumn {
  if (hint === 'boolean')
    return valuesResult(typing, 'boolean', parseBooleanTexts(typing.profile), {});
  const parsed = parseDateTexts(typing.profile, { decimalHint });
  return valuesResult(typing, 'date', parsed, { dateOrder: parsed.dateOrder });
}
