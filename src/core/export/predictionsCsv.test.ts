import { describe, expect, it } from 'vitest';
import type { Column } from '../data/table';
import { importBytes } from '../data/importBytes';
import { neutraliseFormula } from './csvCells';
import { CSV_ROWS_PER_PART, predictionsCsv } from './predictionsCsv';
import type { ExportColumn } from './predictionsTypes';

const TEXTS = [
  '北京市',
  'a,b',
  'say "hi"',
  'two\r\nlines',
  '=HYPERLINK("http://evil.example","x")',
  '-3',
  '+1',
  '@cmd',
  '\ttab',
  'plain',
];

const numbers = Float64Array.of(
  -3.5,
  0.1 + 0.2,
  1e-7,
  123456789.125,
  Number.NaN,
  0,
  -0.25,
  42,
  7,
  1e21,
);

const columns: ExportColumn[] = [
  { header: 'row', kind: 'number', values: Float64Array.from(TEXTS, (_, i) => i + 1) },
  { header: 'value', kind: 'number', values: numbers },
  {
    header: '=label',
    kind: 'text',
    codes: Int32Array.from(TEXTS, (_, i) => (i === 9 ? -1 : i)),
    levels: TEXTS,
  },
];

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A column's raw cells as the project's CSV reader parsed them. */
function rawCells(column: Column | undefined): (number | string | null)[] {
  if (column === undefined) throw new Error('column not found');
  const { raw } = column;
  if (raw.kind === 'numbers') return Array.from(raw.values, (v) => (Number.isNaN(v) ? null : v));
  return Array.from(raw.codes, (code) => (code < 0 ? null : raw.dictionary[code]!));
}

describe('predictionsCsv', () => {
  const bytes = concat(predictionsCsv(columns));

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith(`row,value,'=label\r\n1,-3.5,北京市\r\n`)).toBe(true);
    expect(text.endsWith('10,1e+21,\r\n')).toBe(true);
  });

  it('reads back through the project CSV importer with every value intact', () => {
    const imported = importBytes(bytes, 'predictions.csv');
    if (!imported.ok) throw new Error(imported.error.code);
    const { table, report } = imported.value;
    expect(report.encoding).toBe('utf-8');
    expect(table.columns.map((column) => column.name)).toEqual(['row', 'value', "'=label"]);
    expect(table.rowCount).toBe(TEXTS.length);
    expect(rawCells(table.columns[1])).toEqual(
      Array.from(numbers, (v) => (Number.isNaN(v) ? null : v)),
    );
    const expectedTexts = TEXTS.map((text, i) => (i === 9 ? null : neutraliseFormula(text)));
    expect(rawCells(table.columns[2])).toEqual(expectedTexts);
  });

  it('writes dates as ISO text: the day alone at midnight UTC, else the full time', () => {
    const day = Date.UTC(2024, 4, 17);
    const parts = predictionsCsv([
      {
        header: 'signup',
        kind: 'date',
        values: Float64Array.of(day, Number.NaN, day + 9.5 * 3600_000, day),
      },
    ]);
    const text = new TextDecoder().decode(concat(parts));
    expect(text).toBe('signup\r\n2024-05-17\r\n\r\n2024-05-17T09:30:00.000Z\r\n2024-05-17\r\n');
  });

  it('splits the rows into parts of a fixed size after the header part', () => {
    const rows = CSV_ROWS_PER_PART * 2 + 5;
    const parts = predictionsCsv([
      { header: 'x', kind: 'number', values: Float64Array.from({ length: rows }, (_, i) => i) },
    ]);
    expect(parts).toHaveLength(4);
    const lines = (part: Uint8Array) => new TextDecoder().decode(part).split('\r\n').length - 1;
    expect(parts.slice(1).map(lines)).toEqual([CSV_ROWS_PER_PART, CSV_ROWS_PER_PART, 5]);
  });
});
