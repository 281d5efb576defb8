import { describe, expect, it } from 'vitest';
import { importBytes } from '../data/importBytes';
import type { Column, DataTable } from '../data/table';
import { importPseudonymKey } from './pseudonymise';
import {
  maskColumn,
  maskDetectedPii,
  maskKeptPii,
  pseudonymiseColumn,
  replaceColumns,
} from './transformColumns';

function tableOf(csv: string): DataTable {
  const imported = importBytes(new TextEncoder().encode(csv), 'people.csv');
  if (!imported.ok) throw new Error(JSON.stringify(imported.error));
  return imported.value.table;
}

const cells = (column: Column | undefined) =>
  Array.from(column?.codes ?? [], (code) => (code < 0 ? null : column?.levels?.[code]));

const TABLE = tableOf(
  'email,tel,spend\na@x.com,13812345678,1\nb@y.org,13912345678,2\na@x.com,,3\n',
);
const [email, tel] = TABLE.columns;

describe('column transforms', () => {
  it('masks every cell of a text column through its dictionary', () => {
    expect(cells(maskColumn(email as Column, 'email'))).toEqual([
      'a***@x.com',
      'b***@y.org',
      'a***@x.com',
    ]);
  });

  it('masks phone numbers the file stored as numbers, keeping missing cells missing', () => {
    const masked = maskColumn(tel as Column, 'phone');
    expect(masked.values).toBeNull();
    expect(cells(masked)).toEqual(['138****5678', '139****5678', null]);
    expect(masked.raw.kind).toBe('strings'); // retyping cannot bring the digits back
  });

  it('pseudonymises so that equal values share a token and different values do not', async () => {
    const key = await importPseudonymKey(new Uint8Array(32).fill(7));
    const [first, second, third] = cells(await pseudonymiseColumn(email as Column, key));
    expect(first).toMatch(/^p_[0-9a-f]{16}$/);
    expect(third).toBe(first);
    expect(second).not.toBe(first);
  });

  it('merges levels that mask alike', () => {
    const names = tableOf('name\n张三\n张四\n李四\n').columns[0] as Column;
    const masked = maskColumn(names, 'name');
    expect(masked.levels).toEqual(['张*', '李*']);
    expect(Array.from(masked.codes ?? [])).toEqual([0, 0, 1]);
  });

  it('drops and replaces columns by name, leaving the others untouched', () => {
    const masked = maskColumn(email as Column, 'email');
    const next = replaceColumns(TABLE, [
      { column: 'tel', replacement: null },
      { column: 'email', replacement: masked },
    ]);
    expect(next.columns.map((c) => c.name)).toEqual(['email', 'spend']);
    expect(next.columns[0]).toBe(masked);
    expect(next.columns[1]).toBe(TABLE.columns[2]);
  });

  it('masks for export only the PII columns kept as they are', () => {
    const findings = [
      {
        columnIndex: 0,
        column: 'email',
        kind: 'email',
        share: 1,
        evidence: 'values',
        storedAsNumbers: false,
      },
      {
        columnIndex: 1,
        column: 'tel',
        kind: 'phone',
        share: 1,
        evidence: 'header-and-values',
        storedAsNumbers: true,
      },
    ] as const;
    const out = maskKeptPii(TABLE, findings, [{ column: 'tel', action: 'pseudonymise' }]);
    expect(cells(out.columns[0])).toEqual(['a***@x.com', 'b***@y.org', 'a***@x.com']);
    expect(out.columns[1]).toBe(TABLE.columns[1]);
  });
});

describe('maskDetectedPii', () => {
  it('masks the PII of a newly scored file except the columns the model reads', () => {
    const out = maskDetectedPii(TABLE, ['tel']);
    expect(cells(out.columns[0])).toEqual(['a***@x.com', 'b***@y.org', 'a***@x.com']);
    expect(out.columns[1]).toBe(TABLE.columns[1]);
    expect(out.columns[2]).toBe(TABLE.columns[2]);
  });
});
