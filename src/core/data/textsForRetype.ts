import { LazyStrings, pendingDictionary, rawWithLazyDictionary } from './lazyStrings';
import { listPacking } from './packedLists';
import { packedStringBuffers, type PackedStrings } from './packedStrings';
import type { Column } from './table';

/*
 * A type override sends the column to the import worker. A date column of a million rows holds
 * its raw texts still packed as UTF-8 (lazyStrings.ts); decoded and cloned as a million strings,
 * the message took the page one long task. Instead the list's chunks go as bytes (copied and
 * transferred) beside a column whose dictionary is empty, and the worker decodes them.
 */

/** A column's raw texts as a packing of their own. */
export interface PackedTexts {
  readonly packed: PackedStrings;
  readonly start: number;
  readonly length: number;
}

/**
 * `column` to send to a worker: with its raw texts beside it as packed bytes when they are still
 * packed on the page (nothing decoded here), else as it is (`texts` null).
 */
export function columnToSend(column: Column): { column: Column; texts: PackedTexts | null } {
  const raw = column.raw;
  const held = raw.kind === 'strings' ? pendingDictionary(raw)?.held : undefined;
  if (raw.kind !== 'strings' || held?.kind !== 'packed') return { column, texts: null };
  const { packed, start } = listPacking(held.packed, held.start, held.length);
  // A new raw column: spreading `raw` would read (decode) its dictionary.
  const sent: Column = { ...column, raw: { kind: 'strings', codes: raw.codes, dictionary: [] } };
  return { column: sent, texts: { packed, start, length: held.length } };
}

/** The buffers `texts` owns (its copies), to transfer rather than clone. */
export function packedTextBuffers(texts: PackedTexts | null): ArrayBuffer[] {
  return texts === null ? [] : packedStringBuffers(texts.packed);
}

/** In the worker: `column` with the texts sent beside it as its raw dictionary (decoded on read). */
export function columnReceived(column: Column, texts: PackedTexts | null): Column {
  if (texts === null || column.raw.kind !== 'strings') return column;
  const dictionary = LazyStrings.fromPacked(texts.packed, texts.start, texts.length);
  return { ...column, raw: rawWithLazyDictionary(column.raw.codes, dictionary) };
}
