import { describe, expect, it } from 'vitest';
import type { CsvPartTask } from './csv/csvPartTypes';
import { importBytes } from './importBytes';
import { importWithProgress, SAMPLE_BYTES, type CsvPartRunner } from './importStream';
import { MAX_COLUMNS } from './importTypes';

const encode = (text: string) => new TextEncoder().encode(text);

/** A header of `columns` short names and `rows` rows of zeros. */
function wideCsv(columns: number, rows: number): Uint8Array {
  const header = Array.from({ length: columns }, (_, i) => i.toString(36)).join(',');
  const row = Array<string>(columns).fill('0').join(',');
  return encode(`${header}\n${`${row}\n`.repeat(rows)}`);
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 1 << 22) yield bytes.subarray(at, at + (1 << 22));
}

describe('import limits', () => {
  it('refuses a file wider than Excel allows, saying how wide', () => {
    expect(importBytes(wideCsv(100_000, 2), 'wide.csv')).toEqual({
      ok: false,
      error: { code: 'too-many-columns', columns: 100_000, maxColumns: MAX_COLUMNS },
    });
  });

  it('imports a file exactly as wide as Excel allows', () => {
    const result = importBytes(wideCsv(MAX_COLUMNS, 1), 'widest.csv');
    expect(result.ok && result.value.table.columns.length).toBe(MAX_COLUMNS);
  });

  it('refuses a large too-wide file before any part is parsed side by side', async () => {
    const bytes = wideCsv(MAX_COLUMNS + 1, 300);
    const ran: CsvPartTask[] = [];
    const runParts: CsvPartRunner = (tasks) => {
      ran.push(...tasks);
      return Promise.reject(new Error('no part should run'));
    };
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const result = await importWithProgress(
      'wide.csv',
      bytes.length,
      chunksOf(bytes),
      {},
      () => {},
      {
        sample,
        maxParts: 4,
        runParts,
      },
    );
    expect(ran).toEqual([]);
    expect(result.ok ? null : result.error.code).toBe('too-many-columns');
  });

  it('cuts a 50 MB cell to Excel’s cell size instead of carrying it', () => {
    const cell = 'x'.repeat(50 * 1024 * 1024);
    const result = importBytes(encode(`id,note\n1,"${cell}"\n2,short\n`), 'cell.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const note = result.value.table.columns[1];
    expect(note?.levels?.map((level) => level.length)).toEqual([32_767, 5]);
    expect(result.value.report.warnings).toContainEqual({ code: 'truncated-cells', count: 1 });
  });
});
