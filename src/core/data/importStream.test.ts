import { describe, expect, it } from 'vitest';
import type { Result } from '../result';
import type { CsvPartTask } from './csv/csvPartTypes';
import { parsePartOfFile } from './csv/parseCsvInParts';
import { MIN_SPLIT_BYTES } from './csv/planCsvParts';
import { planCsvImportParts } from './csv/csvPartsImport';
import { typeColumnParts } from './csv/typeColumnParts';
import type { ImportedTable } from './csvImport';
import type { ImportError } from './importTypes';
import type { RawColumn } from './table';

type ImportResult = Result<ImportedTable, ImportError>;
import {
  SAMPLE_BYTES,
  importWithProgress,
  type ColumnTyper,
  type CsvPartRunner,
} from './importStream';

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 1 << 22) yield bytes.subarray(at, at + (1 << 22));
}

/** A file just over the split threshold: quoted line breaks, a column that turns to text late. */
function largeCsv(bom = false): Uint8Array {
  const lines = [`${bom ? '\uFEFF' : ''}id,amount,note,code,when`];
  let length = 0;
  for (let row = 1; length < MIN_SPLIT_BYTES * 1.2; row++) {
    const note = row % 97 === 0 ? '"two\nlines, quoted"' : `plain ${row % 13}`;
    const code = row === 150_000 ? 'X-1' : String(row % 1000);
    const extra = row % 5001 === 0 ? ',extra' : '';
    const line = `${row},${(row * 0.37).toFixed(2)},${note},${code},2024-01-${10 + (row % 20)}${extra}`;
    lines.push(line);
    length += line.length + 2;
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Runs the tasks in memory, reading each part's bytes the way a worker reads a file's. */
function inMemoryRunner(bytes: Uint8Array, ran: CsvPartTask[]): CsvPartRunner {
  const read = (start: number, end: number) => Promise.resolve(bytes.slice(start, end));
  return (tasks, onProgress) => {
    ran.push(...tasks);
    return Promise.all(
      tasks.map((task) =>
        parsePartOfFile(task, bytes.length, read, (parsed) => onProgress(task, parsed)),
      ),
    );
  };
}

/** Typed arrays compared byte for byte: element-wise deep equality is far too slow here. */
function sameBytes(a: Float64Array | Int32Array | null, b: Float64Array | Int32Array | null) {
  if (a === null || b === null) return a === b;
  const view = (x: Float64Array | Int32Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  return a.constructor === b.constructor && view(a).equals(view(b));
}

function expectSameImport(actual: ImportResult, expected: ImportResult) {
  if (!actual.ok || !expected.ok) return expect(actual).toEqual(expected);
  expect(actual.value.report).toEqual(expected.value.report);
  expect(actual.value.table.rowCount).toBe(expected.value.table.rowCount);
  expected.value.table.columns.forEach((column, c) => {
    const { raw, values, codes, ...rest } = actual.value.table.columns[c]!;
    const {
      raw: rawExpected,
      values: valuesExpected,
      codes: codesExpected,
      ...restExpected
    } = column;
    expect(rest).toEqual(restExpected);
    expect(sameBytes(values, valuesExpected) && sameBytes(codes, codesExpected)).toBe(true);
    const rawArray = (x: RawColumn) => (x.kind === 'numbers' ? x.values : x.codes);
    expect(sameBytes(rawArray(raw), rawArray(rawExpected))).toBe(true);
    if (raw.kind === 'strings' && rawExpected.kind === 'strings') {
      expect(raw.dictionary).toEqual(rawExpected.dictionary);
    }
  });
}

/** Types columns one by one, as workers do, here on this thread. */
const typeOneByOne: ColumnTyper = (tasks) => Promise.resolve(tasks.map(typeColumnParts).reverse()); // in any order

async function importBoth(bytes: Uint8Array, typeColumns?: ColumnTyper) {
  const ran: CsvPartTask[] = [];
  const fractions: number[] = [];
  const parsing = {
    sample: bytes.subarray(0, SAMPLE_BYTES),
    maxParts: 4,
    runParts: inMemoryRunner(bytes, ran),
    ...(typeColumns ? { typeColumns } : {}),
  };
  const inParts = await importWithProgress(
    'big.csv',
    bytes.length,
    chunksOf(bytes),
    {},
    (f) => fractions.push(f),
    parsing,
  );
  const inOneGo = await importWithProgress('big.csv', bytes.length, chunksOf(bytes), {}, () => {});
  return { inParts, inOneGo, ran, fractions };
}

// Each case imports a 10 MB file two ways.
describe('importWithProgress in parts', { timeout: 60_000 }, () => {
  it('gives the same table and report as the one-go stream, reporting rising progress', async () => {
    const { inParts, inOneGo, ran, fractions } = await importBoth(largeCsv(true));
    expect(ran.filter((task) => !task.exactStart || task.index === 0)).toHaveLength(4);
    expectSameImport(inParts, inOneGo);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.length).toBeGreaterThan(4);
  });

  it('types columns one by one to the same table, after parsing a part again as text', async () => {
    const { inParts, inOneGo, ran } = await importBoth(largeCsv(), typeOneByOne);
    const repairs = ran.filter((task) => task.textColumns.length > 0);
    expect(repairs.map((task) => task.textColumns)).toContainEqual([3]);
    expectSameImport(inParts, inOneGo);
    if (!inParts.ok) throw new Error('failed');
    expect(inParts.value.table.columns[3]?.raw.kind).toBe('strings');
  });

  it('streams in one go on one core, or when workers cannot run', async () => {
    const bytes = largeCsv();
    const ran: CsvPartTask[] = [];
    const oneCore = {
      sample: bytes.subarray(0, SAMPLE_BYTES),
      maxParts: 1,
      runParts: inMemoryRunner(bytes, ran),
    };
    const failing: CsvPartRunner = () => Promise.reject(new Error('no workers here'));
    const noWorkers = { ...oneCore, maxParts: 4, runParts: failing };
    for (const parsing of [oneCore, noWorkers]) {
      const result = await importWithProgress(
        'big.csv',
        bytes.length,
        chunksOf(bytes),
        {},
        () => {},
        parsing,
      );
      expect(result.ok && result.value.table.rowCount).toBeGreaterThan(100_000);
    }
    expect(ran).toHaveLength(0);
  });

  it('keeps small files and files in other encodings on the one-go stream', () => {
    const utf8 = new TextEncoder().encode('name,city\nJos\u00e9,K\u00f6ln\n');
    const latin = Uint8Array.from([...'name,city\nJos\xe9,K\xf6ln\n'].map((c) => c.charCodeAt(0)));
    const plan = (bytes: Uint8Array, size: number) =>
      planCsvImportParts('a.csv', bytes, size, {}, 4);
    expect(plan(utf8, 50_000_000)?.tasks).toHaveLength(4);
    expect(plan(utf8, 50_000_000)?.setup.guess.encoding).toBe('utf-8');
    expect(plan(latin, 50_000_000)).toBeNull();
    expect(plan(utf8, MIN_SPLIT_BYTES - 1)).toBeNull();
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...utf8]);
    expect(planCsvImportParts('a.xlsx', zip, 50_000_000, {}, 4)).toBeNull();
    expect(planCsvImportParts('a.pdf', utf8, 50_000_000, {}, 4)).toBeNull();
  });
});
