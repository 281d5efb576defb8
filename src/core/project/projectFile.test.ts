import { describe, expect, it } from 'vitest';
import { parseProject, serialiseProject } from './projectFile';
import type { ProjectSnapshot } from './projectTypes';
import { sampleSnapshot } from './testing/sampleProject';

/** Every typed array in `value`, in visiting order, as raw bytes (bit-for-bit comparison). */
function typedArrayBytes(value: unknown, out: Uint8Array[] = []): Uint8Array[] {
  if (ArrayBuffer.isView(value)) {
    out.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (Array.isArray(value)) {
    for (const item of value) typedArrayBytes(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value).sort()) {
      typedArrayBytes((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

function parsed(bytes: Uint8Array): ProjectSnapshot {
  const result = parseProject(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('a project file round trip', () => {
  it('brings back an imported table, its set-up and trained runs deeply equal', async () => {
    const snapshot = await sampleSnapshot();
    const back = parsed(serialiseProject(snapshot));
    expect(back).toEqual(snapshot);
    expect(back.runs[0]!.outcome.metrics).toEqual(snapshot.runs[0]!.outcome.metrics);
    expect(back.dataset.table.columns.map((c) => c.name)).toContain('__proto__');
  });

  it('keeps every typed array bit for bit, through a second round trip too', async () => {
    const snapshot = await sampleSnapshot();
    const bytes = serialiseProject(snapshot);
    const back = parsed(bytes);
    const before = typedArrayBytes(snapshot);
    const after = typedArrayBytes(back);
    expect(after.length).toBe(before.length);
    after.forEach((array, i) => expect(Buffer.from(array)).toEqual(Buffer.from(before[i]!)));
    const again = parsed(serialiseProject(back));
    expect(again).toEqual(snapshot);
    expect(typedArrayBytes(again).map((b) => Buffer.from(b))).toEqual(
      before.map((b) => Buffer.from(b)),
    );
  });

  it('keeps NaN, -0, infinities and awkward text exactly', async () => {
    const base = await sampleSnapshot();
    const column = base.dataset.table.columns[0]!;
    const values = Float64Array.of(Number.NaN, -0, 0, Infinity, -Infinity, 5e-324);
    const awkward = ['__proto__', 'constructor', '🌏 emoji', 'nul\u0000inside', 'lone \ud800'];
    const snapshot: ProjectSnapshot = {
      ...base,
      dataset: {
        ...base.dataset,
        table: {
          name: 'odd\u0000name 📈.csv',
          rowCount: values.length,
          columns: [
            {
              ...column,
              name: '__proto__',
              type: 'numeric',
              values,
              codes: null,
              levels: null,
              raw: { kind: 'numbers', values },
              format: { scale: -0 },
            },
            {
              ...column,
              name: 'constructor',
              type: 'categorical',
              values: null,
              codes: Int32Array.of(-1, 0, 1, 2, 3, 4),
              levels: awkward,
              raw: {
                kind: 'strings',
                codes: Int32Array.of(4, 3, 2, 1, 0, -1),
                dictionary: awkward,
              },
              format: {},
            },
          ],
        },
      },
      setup: { ...base.setup, targetIndex: null, features: [] },
      runs: [],
      selectedRun: null,
    };
    const back = parsed(serialiseProject(snapshot));
    const numbers = back.dataset.table.columns[0]!.values!;
    expect(Array.from(numbers, (v, i) => Object.is(v, values[i]))).toEqual(Array(6).fill(true));
    expect(Object.is(numbers[1], -0)).toBe(true);
    expect(Number.isNaN(numbers[0])).toBe(true);
    expect(Object.is(back.dataset.table.columns[0]!.format.scale, -0)).toBe(true);
    expect(back.dataset.table.columns[1]!.levels).toEqual(awkward);
    expect(back.dataset.table.name).toBe('odd\u0000name 📈.csv');
    expect(Object.getPrototypeOf(back.dataset.table.columns[0])).toBe(Object.prototype);
  });

  it('keeps long lists of text exactly, lone surrogates and empty strings included', async () => {
    const base = await sampleSnapshot();
    const awkward = [
      '__proto__',
      '',
      'lone \ud800 high',
      '\udc00',
      '🌏',
      'a\u0000b',
      'constructor',
    ];
    const levels = Array.from({ length: 500 }, (_, i) => `${awkward[i % awkward.length]}${i}`);
    levels[7] = '';
    const codes = Int32Array.from({ length: base.dataset.table.rowCount }, (_, i) => i % 500);
    const columns = base.dataset.table.columns.map((c, i) =>
      i === 0
        ? {
            ...c,
            type: 'id' as const,
            values: null,
            codes,
            levels,
            raw: { kind: 'strings' as const, codes, dictionary: levels },
          }
        : c,
    );
    const snapshot = {
      ...base,
      dataset: { ...base.dataset, table: { ...base.dataset.table, columns } },
    };
    const back = parsed(serialiseProject(snapshot));
    expect(back.dataset.table.columns[0]!.levels).toEqual(levels);
    const raw = back.dataset.table.columns[0]!.raw;
    expect(raw.kind === 'strings' && raw.dictionary[2]).toBe(levels[2]);
    expect(back).toEqual(snapshot);
  });

  it('shares one array between the fields that shared it, and gives it its own buffer', async () => {
    const snapshot = await sampleSnapshot();
    const numeric = snapshot.dataset.table.columns.find((c) => c.raw.kind === 'numbers')!;
    const back = parsed(serialiseProject(snapshot));
    const twin = back.dataset.table.columns.find((c) => c.name === numeric.name)!;
    expect(twin.raw.kind === 'numbers' && twin.raw.values === twin.values).toBe(
      numeric.raw.kind === 'numbers' && numeric.raw.values === numeric.values,
    );
    expect(twin.values!.byteOffset).toBe(0);
    expect(twin.values!.buffer.byteLength).toBe(twin.values!.byteLength);
  });
});
