import type { ImportWarning } from '../importTypes';
import type { RawTable } from '../table';

export interface WorkbookOptions {
  /** The sheet to read by its exact name; by default the first visible sheet with any cells. */
  readonly sheet?: string;
  /** Cap on the bytes actually inflated from the file, summed over every part read. */
  readonly maxInflatedBytes: number;
}

export interface WorkbookRead {
  /** Every worksheet's name in tab order (hidden ones included, chart sheets left out). */
  readonly sheets: readonly string[];
  readonly sheet: string;
  readonly table: RawTable;
  readonly warnings: ImportWarning[];
}
