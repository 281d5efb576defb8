import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { benchRows, cachedCsv } from './benchInputs';
import type { BenchCase, BenchImplementation, BenchSuite, RunOutput } from './benchTypes';
import { loadOurImport, type ImportBytes } from './loadOurImport';

// Every implementation starts from the file's bytes, as ours does, so decoding is in every time.
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function papaparse(bytes: Uint8Array): RunOutput {
  const parsed = Papa.parse<Record<string, unknown>>(decode(bytes), {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  return { rows: parsed.data.length, output: parsed };
}

function udsv(bytes: Uint8Array): RunOutput {
  const text = decode(bytes);
  const columns = initParser(inferSchema(text)).typedCols<unknown[][]>(text);
  return { rows: columns[0]?.length ?? 0, output: columns };
}

function ours(importBytes: ImportBytes, bytes: Uint8Array, fileName: string): RunOutput {
  const result = importBytes(bytes, fileName, {});
  if (!result.ok) throw new Error(`importBytes failed: ${JSON.stringify(result.error)}`);
  return { rows: result.value.table.rowCount, output: result.value };
}

function implementations(
  bytes: Uint8Array,
  fileName: string,
  importBytes: ImportBytes | string,
): BenchImplementation[] {
  const oursImplementation: BenchImplementation =
    typeof importBytes === 'string'
      ? {
          name: 'ours (importBytes)',
          ours: true,
          skipReason: importBytes,
          run: () => ({ rows: null, output: null }),
        }
      : { name: 'ours (importBytes)', ours: true, run: () => ours(importBytes, bytes, fileName) };
  // Lightest first: the process's peak RSS only grows, so each row's peak reflects that case.
  return [
    { name: 'TextDecoder only', run: () => ({ rows: null, output: decode(bytes) }) },
    oursImplementation,
    { name: 'uDSV typedCols (decode+parse)', run: () => udsv(bytes) },
    { name: 'papaparse (decode+parse)', run: () => papaparse(bytes) },
  ];
}

/** CSV import: generated numeric and mixed tables, bytes in, typed table out. */
export const suite: BenchSuite = {
  title: 'CSV import (bytes -> typed table)',
  async prepare(): Promise<BenchCase[]> {
    const rows = benchRows();
    const importBytes = await loadOurImport();
    if (typeof importBytes === 'string') console.log(`note: skipping ours: ${importBytes}`);
    return (['numeric', 'mixed'] as const).map((variant) => {
      const path = cachedCsv(variant, rows);
      const bytes: Uint8Array = readFileSync(path);
      return {
        name: `${variant} ${rows.toLocaleString('en-US')}x20`,
        bytes: bytes.length,
        rows,
        implementations: implementations(bytes, basename(path), importBytes),
      };
    });
  },
};
