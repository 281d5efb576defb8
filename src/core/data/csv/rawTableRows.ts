import type { RawTable } from '../table';

/** One cell of a RawTable as plain data: a number, a string, or null when empty. */
export type RawCell = number | string | null;

/** The rows of a RawTable as plain cells, e.g. for previews and tests. */
export function rawTableRows(table: RawTable): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let row = 0; row < table.rowCount; row++) {
    rows.push(
      table.columns.map((column) => {
        if (column.kind === 'numbers') {
          const value = column.values[row]!;
          return Number.isNaN(value) ? null : value;
        }
        const code = column.codes[row]!;
        return code < 0 ? null : column.dictionary[code]!;
      }),
    );
  }
  return rows;
}
