import type { Column, ColumnFormat, ColumnType } from '../table';
import { codesColumn, valuesColumn, type TypedColumn } from './column';
import { convertNumbers } from './convertNumbers';
import { decideDecimal } from './parseLocaleNumber';
import { codesFromTexts, profileStrings, valuesFromTexts } from './stringsProfile';
import {
  parseBooleanTexts,
  parseDateTexts,
  parseNumericTexts,
  type ParsedTexts,
} from './textParsing';

type StringsRaw = {
  readonly kind: 'strings';
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
};

/** The reading choices worth keeping across re-typings (a scale belongs to one numeric reading). */
function readingMemory(format: ColumnFormat): ColumnFormat {
  return {
    ...(format.decimal === undefined ? {} : { decimal: format.decimal }),
    ...(format.dateOrder === undefined ? {} : { dateOrder: format.dateOrder }),
  };
}

function convertStrings(
  column: Column,
  raw: StringsRaw,
  type: ColumnType,
  rowCount: number,
): TypedColumn {
  const profile = profileStrings(raw, rowCount);
  const memory = readingMemory(column.format);
  const typed = (parsed: ParsedTexts, format: ColumnFormat): TypedColumn => {
    const values = valuesFromTexts(raw, profile, parsed.values, rowCount);
    const next = valuesColumn(column.name, type, raw, values, { ...memory, ...format });
    return { column: next, unparsed: parsed.unparsedRows };
  };
  switch (type) {
    case 'numeric': {
      const parsed = parseNumericTexts(profile, memory.decimal ?? decideDecimal(profile.texts));
      return typed(parsed, parsed.format);
    }
    case 'date': {
      const reading = { order: memory.dateOrder, decimalHint: memory.decimal };
      const parsed = parseDateTexts(profile, reading);
      return typed(parsed, { dateOrder: parsed.dateOrder });
    }
    case 'boolean':
      return typed(parseBooleanTexts(profile), {});
    default: {
      const codes = codesFromTexts(raw, profile, rowCount);
      const next = codesColumn(column.name, type, raw, codes, profile.texts, column.format);
      return { column: next, unparsed: 0 };
    }
  }
}

/** Re-types a column as the user asked; values that do not fit become missing and are counted. */
export function convertColumn(
  column: Column,
  type: ColumnType,
  rowCount: number,
): { column: Column; unparsed: number } {
  const { raw } = column;
  const typed =
    raw.kind === 'numbers'
      ? convertNumbers(column, raw, type, rowCount)
      : convertStrings(column, raw, type, rowCount);
  return {
    column: { ...typed.column, inferredType: column.inferredType },
    unparsed: typed.unparsed,
  };
}
