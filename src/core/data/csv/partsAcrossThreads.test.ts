import { describe, expect, it } from 'vitest';
import { detectCsvSetup, type ImportedTable } from '../csvImport';
import { importBytes } from '../importBytes';
import type { Result } from '../../result';
import type { ImportError } from '../importTypes';
import { columnTypingTasks, finishTypedColumns, type CsvPartsPlan } from './csvPartsImport';
import { frameParts } from './mergeParts';
import { parsePartInMemory } from './parseCsvInParts';
import { firstRecordColumns, tasksForCuts } from './planCsvParts';
import { runPartsSync, scheduleParts } from './scheduleParts';
import { typeColumnParts, type ColumnTypingTask } from './typeColumnParts';
import { typedColumnBuffers, typedColumnFromWire, typedColumnToWire } from './typedColumnWire';

const encode = (text: string) => new TextEncoder().encode(text);

/** Types one column as a part worker does and brings it back through a transferring clone. */
function typeInWorker(task: ColumnTypingTask) {
  const wire = typedColumnToWire(typeColumnParts(task));
  const buffers = typedColumnBuffers(wire);
  const arrived = structuredClone(wire, { transfer: buffers });
  expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true);
  return typedColumnFromWire(arrived);
}

/** The app's parts path, parts cut at `cuts` and every column typed "in a worker". */
function importInParts(bytes: Uint8Array, cuts: readonly number[]) {
  const setup = detectCsvSetup(bytes, true, {});
  if (!setup.ok) throw new Error('the test file must be readable');
  const { delimiter, decimal, hasHeader } = setup.value;
  const columnCount = firstRecordColumns(bytes, { delimiter, decimal, hasHeader }, true)!;
  const tasks = tasksForCuts({ delimiter, decimal, hasHeader, columnCount }, 0, cuts);
  const plan: CsvPartsPlan = { setup: setup.value, tasks };
  const parts = runPartsSync(scheduleParts(tasks), (batch) =>
    batch.map((task) => parsePartInMemory(bytes, task)),
  );
  const frame = frameParts(parts, hasHeader);
  if (!frame.ok) return frame;
  const typed = columnTypingTasks(plan, frame.value, parts).reverse().map(typeInWorker);
  return finishTypedColumns('f.csv', plan, frame.value, typed);
}

function expectSameTable(
  actual: Result<ImportedTable, ImportError>,
  expected: Result<ImportedTable, ImportError>,
) {
  if (!actual.ok || !expected.ok) throw new Error('both imports should succeed');
  expect(actual.value.report).toEqual(expected.value.report);
  expect(actual.value.table.columns).toEqual(expected.value.table.columns);
}

const lines = [
  'id,city,note,late,code,when',
  '1,Zürich,"a, b",1.5,A1,2024-01-05 10:00:00',
  '2,北京,"line\nbreak",2,A2,2024-01-06 11:00:00',
  '3,Zürich,"said ""hi""",NA,,2024-01-07 12:00:00',
  '4,😀 café,"",,A1,2024-01-08 13:00:00',
  '5,北京,"cr\r\nlf",3.25,A3,',
  '6,Zürich,plain,late text,A4,2024-01-09 14:00:00',
  '7,"",,4,A1,2024-01-10 15:00:00',
];
const text = `${lines.join('\n')}\n`;

describe('a file parsed in parts and typed column by column across threads', () => {
  it('gives the one-go table wherever the parts are cut (quotes, line breaks, late text)', () => {
    const bytes = encode(text);
    const whole = importBytes(bytes, 'f.csv');
    for (let a = 0; a <= bytes.length; a += 3) {
      expectSameTable(importInParts(bytes, [a]), whole);
      for (let b = a; b <= bytes.length; b += 11)
        expectSameTable(importInParts(bytes, [a, b]), whole);
    }
  });

  it('keeps non-ASCII text, doubled quotes and quoted line breaks exactly', () => {
    const bytes = encode(text);
    const imported = importInParts(bytes, [bytes.length / 3, (2 * bytes.length) / 3]);
    if (!imported.ok) throw new Error('failed');
    const [, city, note] = imported.value.table.columns;
    const texts = (column: typeof city) =>
      column?.raw.kind === 'strings' ? column.raw.dictionary : [];
    expect(texts(city)).toEqual(['Zürich', '北京', '😀 café']);
    expect(texts(note)).toEqual(['a, b', 'line\nbreak', 'said "hi"', 'cr\r\nlf', 'plain']);
    expect(city?.levels).toBe(texts(city));
  });

  it('turns a column numeric in the first part and text in a later one into text', () => {
    // As in a one-go parse, "NA" read while the column was numeric stays missing.
    const bytes = encode(text);
    const cut = text.indexOf('6,Zürich');
    const imported = importInParts(bytes, [cut]);
    if (!imported.ok) throw new Error('failed');
    const late = imported.value.table.columns[3];
    expect(late?.raw.kind === 'strings' && late.raw.dictionary).toEqual([
      '1.5',
      '2',
      '3.25',
      'late text',
      '4',
    ]);
  });
});
