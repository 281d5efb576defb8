import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeXlsx, type XlsxCell } from '../../src/core/export/writeXlsx';
import { customerTable } from './customerTable';
import { mixedTable, numericTable } from './benchTables';
import { CsvByteWriter } from './csvByteWriter';
import type { SyntheticTable, VariantName } from './syntheticTable';

/** The seeded generator for a variant. */
export function tableFor(variant: VariantName, seed: number): SyntheticTable {
  if (variant === 'numeric') return numericTable(seed);
  if (variant === 'mixed') return mixedTable(seed);
  return customerTable(seed);
}

/** Streams `rows` generated rows to a UTF-8, comma-separated, LF-terminated CSV with a header. */
export function writeCsvFile(table: SyntheticTable, rows: number, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const writer = CsvByteWriter.open(path);
  try {
    writer.writeRow(table.headers);
    for (let index = 0; index < rows; index++) writer.writeRow(table.nextRow(index));
  } finally {
    writer.close();
  }
}

/** Generates `rows` rows into columns and writes them as a one-sheet workbook. */
export function writeXlsxFile(
  table: SyntheticTable,
  rows: number,
  path: string,
  sheetName: string,
): void {
  const columns: XlsxCell[][] = table.headers.map(() => new Array<XlsxCell>(rows));
  for (let index = 0; index < rows; index++) {
    table.nextRow(index).forEach((cell, col) => {
      const column = columns[col];
      if (column) column[index] = cell;
    });
  }
  const bytes = writeXlsx([
    {
      name: sheetName,
      columns: table.headers.map((header, col) => ({ header, cells: columns[col] ?? [] })),
    },
  ]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}
