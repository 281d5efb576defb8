import type { DataTable } from '../../core/data/table';

/**
 * Names the dataset on screen: a new import changes it, retyping or masking a column does not.
 * Views that mount in steps (see useProgressiveCount) start over when it changes.
 */
export function datasetKey(table: DataTable | null): string {
  return table ? `${table.name}:${table.rowCount}:${table.columns.length}` : '';
}
