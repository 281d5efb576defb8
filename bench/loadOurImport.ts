import type { Result } from '../src/core/result';
import type { DataTable } from '../src/core/data/table';
import type { ImportError, ImportOptions, ImportReport } from '../src/core/data/importTypes';

/** The agreed signature of src/core/data/importBytes.ts. */
export type ImportBytes = (
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
) => Result<{ table: DataTable; report: ImportReport }, ImportError>;

// Loaded by URL at run time so the bench still compiles and runs while that module is missing.
const IMPORT_BYTES_URL = new URL('../src/core/data/importBytes.ts', import.meta.url).href;

/** Our import pipeline, or the reason it cannot be loaded. */
export async function loadOurImport(): Promise<ImportBytes | string> {
  try {
    const loaded: unknown = await import(IMPORT_BYTES_URL);
    const candidate = (loaded as { importBytes?: unknown }).importBytes;
    if (typeof candidate !== 'function')
      return 'src/core/data/importBytes.ts has no importBytes export';
    return candidate as ImportBytes;
  } catch (error) {
    return `src/core/data/importBytes.ts could not be loaded (${String(error).split('\n')[0]})`;
  }
}
