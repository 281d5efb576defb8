/** A run of consecutive items and the index of its first item in the whole list. */
export interface RowChunk<T> {
  readonly start: number;
  readonly rows: readonly T[];
}

/** Splits `items` into runs of at most `size` (at least one item each), in order. */
export function rowChunks<T>(items: readonly T[], size: number): RowChunk<T>[] {
  const step = Math.max(1, Math.floor(size));
  const chunks: RowChunk<T>[] = [];
  for (let start = 0; start < items.length; start += step) {
    chunks.push({ start, rows: items.slice(start, start + step) });
  }
  return chunks;
}
