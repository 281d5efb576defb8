import { describe, expect, it } from 'vitest';
import { mergeParts } from './mergeParts';
import { parsePartOfFile } from './parseCsvInParts';
import { parseCsvBytes } from './csvTableBuilder';
import { MIN_SPLIT_BYTES, firstRecordColumns, planCsvParts, tasksForCuts } from './planCsvParts';
import { runParts, scheduleParts } from './scheduleParts';

const encode = (text: string) => new TextEncoder().encode(text);
const DIALECT = { delimiter: ',', decimal: '.', hasHeader: true } as const;
const SAMPLE = encode('id,"name, full",city\n1,"Ann, B",Paris\n');

describe('planCsvParts', () => {
  it('cuts a large UTF-8 file into equal parts after its byte-order mark', () => {
    const tasks = planCsvParts(SAMPLE, 3, 40_000_003, DIALECT, 4);
    expect(tasks?.map((task) => [task.from, task.exactStart, task.to])).toEqual([
      [3, true, 10_000_003],
      [10_000_003, false, 20_000_003],
      [20_000_003, false, 30_000_003],
      [30_000_003, false, null],
    ]);
    expect(tasks?.[0]?.dialect).toEqual({ ...DIALECT, columnCount: 3 });
  });

  it('keeps parts at least a couple of megabytes long', () => {
    expect(planCsvParts(SAMPLE, 0, MIN_SPLIT_BYTES, DIALECT, 16)?.length).toBe(4);
  });

  it('does not split small files, one core, or samples it cannot read a first record from', () => {
    expect(planCsvParts(SAMPLE, 0, MIN_SPLIT_BYTES - 1, DIALECT, 4)).toBeNull();
    expect(planCsvParts(SAMPLE, 0, 50_000_000, DIALECT, 1)).toBeNull();
    expect(planCsvParts(encode('a,b\r1,2\r'), 0, 50_000_000, DIALECT, 4)).toBeNull();
    expect(planCsvParts(encode('a,"b\nc'), 0, 50_000_000, DIALECT, 4)).toBeNull();
  });

  it('counts the columns of the first record, quoted delimiters and empty lines aside', () => {
    expect(firstRecordColumns(encode('\n\n"a,b",c,\n1'), DIALECT)).toBe(3);
    expect(firstRecordColumns(encode('1;2\n3;4\n'), { ...DIALECT, delimiter: ';' })).toBe(2);
    expect(firstRecordColumns(encode('1,2,3'), { ...DIALECT, hasHeader: false }, true)).toBe(3);
    expect(firstRecordColumns(encode('1,2,3'), { ...DIALECT, hasHeader: false })).toBeNull();
  });
});

describe('parsePartOfFile', () => {
  /** A file with a quoted field of `longText` bytes, line breaks inside, in its middle. */
  function fileWithLongField(longText: number): { bytes: Uint8Array; fieldStart: number } {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},v${i % 7}`);
    const head = `n,text\n${rows.join('\n')}\n50,"`;
    const long = Array.from({ length: longText / 10 }, () => 'abcdefgh\n').join('.');
    const text = `${head}${long}"\n${rows.join('\n')}\n`;
    return { bytes: encode(text), fieldStart: head.length };
  }

  it('reads on past the overlap when a quoted field runs far beyond the cut', async () => {
    const { bytes, fieldStart } = fileWithLongField(300_000);
    const reads: [number, number][] = [];
    const read = (start: number, end: number) => {
      reads.push([start, end]);
      return Promise.resolve(bytes.slice(start, end));
    };
    const tasks = tasksForCuts({ ...DIALECT, columnCount: 2 }, 0, [fieldStart + 100]);
    const schedule = scheduleParts(tasks);
    const parts = await runParts(schedule, (batch) =>
      Promise.all(batch.map((task) => parsePartOfFile(task, bytes.length, read))),
    );
    expect(mergeParts(parts, true)).toEqual(parseCsvBytes(bytes, DIALECT));
    const firstPartReads = reads.filter(([start]) => start === 0);
    expect(firstPartReads.length).toBeGreaterThan(1);
    expect(firstPartReads.at(-1)?.[1]).toBeGreaterThan(fieldStart + 300_000);
  });
});
