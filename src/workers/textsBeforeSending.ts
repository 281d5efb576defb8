import { dictionaryReady } from '../core/data/lazyStrings';
import type { DataTable } from '../core/data/table';
import { runInSlices } from './runInSlices';

/**
 * Decodes, in short tasks, the raw texts a table still holds packed (see lazyStrings), so that
 * sending the table to a worker does not decode a million strings inside the posting task.
 */
export async function decodeTextsBeforeSending(table: DataTable): Promise<void> {
  for (const column of table.columns) await runInSlices(dictionaryReady(column.raw));
}
