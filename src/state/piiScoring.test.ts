import { describe, expect, it } from 'vitest';
import { importBytes } from '../core/data/importBytes';
import type { DataTable } from '../core/data/table';
import type { ModelFile } from '../core/modelFile/modelFileTypes';
import { detectPii } from '../core/pii/detectPii';
import { createPseudonymKey, pseudonym } from '../core/pii/pseudonymise';
import { scoringTable } from './piiExport';

const CSV = `email,tel,visits
a@x.com,13812345678,1
b@y.org,13912345678,2
a@x.com,13712345678,3
`;

function table(): DataTable {
  const imported = importBytes(new TextEncoder().encode(CSV), 'next-month.csv');
  if (!imported.ok) throw new Error('fixture did not import');
  return imported.value.table;
}

/** Only what scoringTable reads of a model file: the columns its pipeline uses. */
const modelReading = (columns: readonly string[]) =>
  ({
    pipeline: { steps: columns.map((column) => ({ column })) },
    target: 'spend',
  }) as unknown as ModelFile;

const cells = (data: DataTable, name: string) => {
  const column = data.columns.find((c) => c.name === name);
  return Array.from(column?.codes ?? [], (code) => column?.levels?.[code] ?? null);
};

describe('scoringTable', () => {
  it('gives a column the model read pseudonymised the same keyed tokens as in training', async () => {
    const data = table();
    const piiKey = await createPseudonymKey();
    const scored = await scoringTable(data, modelReading(['email', 'visits']), {
      piiFindings: detectPii(data),
      piiActions: [{ column: 'email', action: 'pseudonymise' }],
      piiKey,
      piiExportRaw: false,
    });
    const expected = await Promise.all(
      ['a@x.com', 'b@y.org', 'a@x.com'].map((v) => pseudonym(piiKey, v)),
    );
    expect(cells(scored, 'email')).toEqual(expected);
  });

  it('masks a column the model read masked, and PII the model does not read', async () => {
    const data = table();
    const scored = await scoringTable(data, modelReading(['email', 'visits']), {
      piiFindings: detectPii(data),
      piiActions: [{ column: 'email', action: 'mask' }],
      piiKey: null,
      piiExportRaw: false,
    });
    expect(cells(scored, 'email').join()).not.toContain('a@x.com');
    expect(cells(scored, 'tel').join()).not.toContain('13812345678');
  });

  it('leaves unread PII raw when the user chose raw exports', async () => {
    const data = table();
    const scored = await scoringTable(data, modelReading(['visits']), {
      piiFindings: detectPii(data),
      piiActions: [],
      piiKey: null,
      piiExportRaw: true,
    });
    expect(cells(scored, 'email')).toEqual(['a@x.com', 'b@y.org', 'a@x.com']);
  });
});
