/** Fields a batch holds before their codes are looked up together. */
export const LOOKUP_BATCH_SIZE = 256;

/**
 * Text fields of one column waiting for their dictionary codes, all in one array of bytes. Looked
 * up together, the hash table's cache misses overlap instead of coming one after another: in a
 * column of mostly distinct values (IDs, date-times), one lookup at a time mostly waits for memory.
 */
export class LookupBatch {
  readonly rows = new Int32Array(LOOKUP_BATCH_SIZE);
  readonly starts = new Int32Array(LOOKUP_BATCH_SIZE);
  readonly ends = new Int32Array(LOOKUP_BATCH_SIZE);
  /** Filled by the lookup, one per field. */
  readonly hashes = new Int32Array(LOOKUP_BATCH_SIZE);
  count = 0;
  /** The array that every field of the batch is in. */
  bytes: Uint8Array = new Uint8Array(0);

  /** Adds field `bytes[start, end)` of row `row`; the batch must not be full and hold only `bytes`. */
  add(row: number, bytes: Uint8Array, start: number, end: number): void {
    const at = this.count++;
    this.bytes = bytes;
    this.rows[at] = row;
    this.starts[at] = start;
    this.ends[at] = end;
  }

  /** True when the next field cannot join: the batch is full, or holds fields of other bytes. */
  mustFlushBefore(bytes: Uint8Array): boolean {
    return this.count === LOOKUP_BATCH_SIZE || (this.count > 0 && bytes !== this.bytes);
  }
}
