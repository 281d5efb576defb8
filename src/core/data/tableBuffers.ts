import type { Column, DataTable } from './table';

/** What the buffer walk reads of a column (a column on the wire has the same typed arrays). */
type ColumnArrays = Pick<Column, 'values' | 'codes'> & {
  readonly raw:
    | { readonly kind: 'numbers'; readonly values: Float64Array }
    | { readonly kind: 'strings'; readonly codes: Int32Array };
};

function columnBuffers(column: ColumnArrays): ArrayBufferLike[] {
  const arrays = [
    column.values,
    column.codes,
    column.raw.kind === 'numbers' ? column.raw.values : column.raw.codes,
  ];
  return arrays.filter((a): a is Float64Array | Int32Array => a !== null).map((a) => a.buffer);
}

/** The distinct buffers behind a table's typed arrays, to transfer rather than copy between threads. */
export function tableBuffers(table: DataTable): ArrayBuffer[] {
  return columnsBuffers(table.columns);
}

/** The distinct buffers behind the columns' typed arrays. */
export function columnsBuffers(columns: readonly ColumnArrays[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBufferLike>();
  for (const column of columns) for (const b of columnBuffers(column)) buffers.add(b);
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
