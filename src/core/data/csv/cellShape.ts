/** What a cell looks like, for guessing whether a first row is a header. */
export type CellShape = 'number' | 'date' | 'boolean' | 'empty' | 'text';

const MISSING_TOKENS = new Set([
  'NA',
  'N/A',
  'NULL',
  'null',
  '-',
  '?',
  'NaN',
  'nan',
  'n/a',
  '#N/A',
]);
// Loose on purpose: currency signs, percent, thousands separators and accounting brackets count.
const NUMBER_WITH_POINT =
  /^[-+(]?[$€£¥]?\s?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?\)?\s?[%$€£]?$/;
const NUMBER_WITH_COMMA =
  /^[-+(]?[$€£¥]?\s?(\d{1,3}([.\s\u00a0\u202f]\d{3})+|\d+)?(,\d+)?([eE][-+]?\d+)?\)?\s?[%$€£]?$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?/;
const BOOLEAN = /^(true|false|yes|no)$/i;

/** Classifies one cell's text, reading numbers with the given decimal mark. */
export function cellShape(cell: string, decimal: '.' | ','): CellShape {
  const text = cell.trim();
  if (text === '' || MISSING_TOKENS.has(text)) return 'empty';
  const numberPattern = decimal === ',' ? NUMBER_WITH_COMMA : NUMBER_WITH_POINT;
  if (/\d/.test(text) && numberPattern.test(text)) return 'number';
  if (DATE.test(text)) return 'date';
  if (BOOLEAN.test(text)) return 'boolean';
  return 'text';
}

const CLEAR_DECIMAL_COMMA = /^[-+]?(\d{1,3}([.\s\u00a0\u202f]\d{3})+,\d+|\d+,(\d{1,2}|\d{4,}))$/;
const CLEAR_DECIMAL_POINT = /^[-+]?(\d{1,3}(,\d{3})+\.\d+|\d+\.(\d{1,2}|\d{4,}))$/;

/**
 * Which decimal mark the sample's numbers use. "1,5" and "1.234,56" are clearly comma, "1.5"
 * and "1,234.56" clearly point; "1,234" and "1.234" could be either and do not count.
 */
export function guessDecimal(records: readonly (readonly string[])[]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const record of records) {
    for (const cell of record) {
      const text = cell.trim();
      if (CLEAR_DECIMAL_COMMA.test(text)) comma++;
      else if (CLEAR_DECIMAL_POINT.test(text)) point++;
    }
  }
  return comma > point ? ',' : '.';
}
