// Times PII detection, masking and pseudonymisation on a 1,000,000-row table whose e-mail column
// has 100,000 distinct values. Run: npx tsx scripts/benchPiiDetection.ts
import type { Column, DataTable } from '../src/core/data/table';
import { detectPii } from '../src/core/pii/detectPii';
import { createPseudonymKey } from '../src/core/pii/pseudonymise';
import { maskColumn, pseudonymiseColumn } from '../src/core/pii/transformColumns';

const ROWS = 1_000_000;
const DISTINCT = 100_000;

function textColumn(name: string, levels: string[]): Column {
  const codes = new Int32Array(ROWS);
  for (let row = 0; row < ROWS; row++) codes[row] = (row * 7919) % levels.length;
  const raw = { kind: 'strings', codes, dictionary: levels } as const;
  return {
    name,
    type: 'id',
    inferredType: 'id',
    raw,
    values: null,
    codes,
    levels,
    missing: 0,
    format: {},
  };
}

function numberColumn(name: string, valueAt: (row: number) => number): Column {
  const values = new Float64Array(ROWS);
  for (let row = 0; row < ROWS; row++) values[row] = valueAt(row);
  const raw = { kind: 'numbers', values } as const;
  return {
    name,
    type: 'numeric',
    inferredType: 'numeric',
    raw,
    values,
    codes: null,
    levels: null,
    missing: 0,
    format: {},
  };
}

const emails = Array.from({ length: DISTINCT }, (_, i) => `customer${i}@example.com`);
const table: DataTable = {
  name: 'bench.csv',
  rowCount: ROWS,
  columns: [
    textColumn('contact', emails),
    numberColumn('mobile', (row) => 13_800_000_000 + (row % DISTINCT) * 37),
    numberColumn('revenue', (row) => (row % 5000) * 12.5),
  ],
};

const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
};

const findings = await time('detectPii (3 columns, 1M rows)', () => detectPii(table));
console.log(
  findings.map((f) => `${f.column}=${f.kind} (${(f.share * 100).toFixed(0)}%)`).join(', '),
);
await time('detectPii again (warm)', () => detectPii(table));
const contact = table.columns[0] as Column;
await time('maskColumn (100k distinct, 1M rows)', () => maskColumn(contact, 'email'));
const key = await createPseudonymKey();
await time('pseudonymiseColumn (100k HMACs, 1M rows)', () => pseudonymiseColumn(contact, key));
