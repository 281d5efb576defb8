import { fail, ok, type Result } from '../../result';
import type { ImportError } from '../importTypes';
import type { SheetCells } from './sheetCells';
import { sheetToTable, type SheetTable } from './sheetTable';

export interface SheetEntry {
  readonly name: string;
  readonly visible: boolean;
}

export interface ChosenSheet<S extends SheetEntry> {
  readonly sheet: S;
  readonly read: SheetTable;
}

/**
 * Reads the sheet named `wanted`, or else the first visible sheet that has any cells (reading
 * sheets in tab order until one does); all sheets empty -> empty-file.
 */
export function chooseSheet<S extends SheetEntry>(
  sheets: readonly S[],
  wanted: string | undefined,
  readCells: (sheet: S) => Result<SheetCells, ImportError>,
): Result<ChosenSheet<S>, ImportError> {
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name === wanted);
    if (sheet === undefined)
      return fail({ code: 'bad-workbook', detail: `There is no sheet named "${wanted}".` });
    const cells = readCells(sheet);
    if (!cells.ok) return cells;
    const table = sheetToTable(cells.value);
    return table.ok ? ok({ sheet, read: table.value }) : table;
  }
  const visible = sheets.filter((s) => s.visible);
  for (const sheet of visible.length > 0 ? visible : sheets) {
    const cells = readCells(sheet);
    if (!cells.ok) return cells;
    if (cells.value.filledCells === 0) continue;
    const table = sheetToTable(cells.value);
    return table.ok ? ok({ sheet, read: table.value }) : table;
  }
  return fail({ code: 'empty-file' });
}
