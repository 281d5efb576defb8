import { withDatesRead } from '../infer/datesRead';
import { parseIsoDateTimeBytes } from '../infer/isoDateTimeBytes';
import { LazyStrings, rawWithLazyDictionary } from '../lazyStrings';
import type { RawColumn } from '../table';
import type { ByteDictionary } from './byteDictionary';
import type { DictionaryBytes } from './dictionaryText';

/**
 * A text column of at least this many distinct values has its dates read from their bytes when
 * they all are ISO date-times (a million distinct timestamps): no string per value to make, and
 * none to type. Smaller ones are typed from their strings, which cost little.
 */
const MIN_VALUES_TO_READ_DATES = 4096;

/**
 * The raw strings column of `codes` into `dictionary`. When its many values all are ISO
 * date-times, typing takes the dates read here (withDatesRead) and the texts stay bytes until
 * something reads them (a type override, a save), as a date column's texts do on their way to
 * the page (see lazyStrings); otherwise its strings are decoded now.
 */
export function rawTextColumn(codes: Int32Array, dictionary: ByteDictionary): RawColumn {
  if (dictionary.size >= MIN_VALUES_TO_READ_DATES) {
    const bytes = dictionary.bytes();
    const dates = bytes.ascii ? datesOfRows(bytes, codes) : null;
    if (dates !== null) {
      const texts = LazyStrings.fromAsciiBytes({ arena: bytes.arena, offsets: bytes.offsets });
      return withDatesRead(rawWithLazyDictionary(codes, texts), dates);
    }
  }
  return { kind: 'strings', codes, dictionary: dictionary.strings() };
}

/**
 * Each row's date (ms since 1970-01-01 UTC; NaN for an empty cell, code -1) when every value of
 * `dictionary` reads as an ISO date-time from its bytes; else null, at the first that does not.
 * Each distinct text is read once, as typing its strings would read it (parseIsoDateTime), with
 * no string made.
 */
export function datesOfRows(dictionary: DictionaryBytes, codes: Int32Array): Float64Array | null {
  const { arena, offsets } = dictionary;
  const count = offsets.length - 1;
  // Most big text columns (IDs, addresses) fail at their first value: nothing allocated for them.
  if (count > 0 && typeof parseIsoDateTimeBytes(arena, offsets[0]!, offsets[1]!) !== 'number') {
    return null;
  }
  const dates = new Float64Array(count);
  for (let code = 0; code < count; code++) {
    const date = parseIsoDateTimeBytes(arena, offsets[code]!, offsets[code + 1]!);
    if (typeof date !== 'number') return null;
    dates[code] = date;
  }
  const values = new Float64Array(codes.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row]!;
    values[row] = code < 0 ? NaN : dates[code]!;
  }
  return values;
}
