import { describe, expect, it, vi } from 'vitest';
import { importBytes } from '../core/data/importBytes';
import { profileColumn } from '../core/data/profile';
import { piiExportTable } from './piiExport';

vi.mock('../workers/resultsClient', () => ({
  withResultsWorker: vi.fn(() => Promise.resolve({ ok: false, error: { message: 'no worker' } })),
  stopResultsWorker: vi.fn(),
}));
vi.mock('./wipeStorage', () => ({ wipeStorage: vi.fn(() => Promise.resolve()) }));

const CSV = `__proto__,tel,name,visits,spend
a@x.com,13812345678,张伟,1,10
b@y.org,13912345678,李娜,2,20
a@x.com,13712345678,王芳,3,31
`;

async function storeWithTable() {
  vi.resetModules();
  const { useAppStore } = await import('./store');
  const imported = importBytes(new TextEncoder().encode(CSV), 'people.csv');
  if (!imported.ok) throw new Error('fixture did not import');
  const { table } = imported.value;
  const profiles = table.columns.map((column) => profileColumn(column, table.rowCount));
  useAppStore.setState({ table, profiles });
  useAppStore.getState().detectPii(table, profiles);
  useAppStore.getState().resetSetup(table);
  return useAppStore;
}

const cellsOf = (
  table: {
    columns: readonly {
      name: string;
      codes: Int32Array | null;
      levels: readonly string[] | null;
    }[];
  } | null,
  name: string,
) => {
  const column = table?.columns.find((c) => c.name === name);
  return Array.from(column?.codes ?? [], (code) => column?.levels?.[code] ?? null);
};

describe('PII slice', () => {
  it('takes the findings the import worker sent instead of checking the table again', async () => {
    const store = await storeWithTable();
    const { table, profiles, piiFindings } = store.getState();
    if (!table) throw new Error('expected a table');
    const fromWorker = piiFindings.slice(0, 1);
    store.getState().detectPii(table, profiles, fromWorker);
    expect(store.getState().piiFindings).toBe(fromWorker);
    expect(store.getState().piiSource?.table).toBe(table);
  });

  it('finds PII after import and starts those columns switched off with the reason "pii"', async () => {
    const store = await storeWithTable();
    const state = store.getState();
    expect(state.piiFindings.map((f) => [f.column, f.kind])).toEqual([
      ['__proto__', 'email'],
      ['tel', 'phone'],
      ['name', 'name'],
    ]);
    const off = state.features.filter((f) => f.reason === 'pii').map((f) => f.column);
    expect(off).toEqual(['__proto__', 'tel', 'name']);
    expect(state.features.find((f) => f.column === 'visits')?.included).toBe(true);
  });

  it('masks, pseudonymises and drops columns, and switches back to the original', async () => {
    const store = await storeWithTable();
    await store.getState().setPiiAction('__proto__', 'mask');
    expect(cellsOf(store.getState().table, '__proto__')).toEqual([
      'a***@x.com',
      'b***@y.org',
      'a***@x.com',
    ]);
    await store.getState().setPiiAction('__proto__', 'pseudonymise');
    const [first, second, third] = cellsOf(store.getState().table, '__proto__');
    expect(first).toMatch(/^p_[0-9a-f]{16}$/);
    expect([third, second === first]).toEqual([first, false]);
    expect(store.getState().piiKey?.raw).toHaveLength(32);
    await store.getState().setPiiAction('tel', 'drop');
    expect(store.getState().table?.columns.map((c) => c.name)).toEqual([
      '__proto__',
      'name',
      'visits',
      'spend',
    ]);
    expect(store.getState().profiles.map((p) => p.name)).toEqual([
      '__proto__',
      'name',
      'visits',
      'spend',
    ]);
    await store.getState().setPiiAction('__proto__', 'keep');
    await store.getState().setPiiAction('tel', 'keep');
    expect(cellsOf(store.getState().table, '__proto__')).toEqual(['a@x.com', 'b@y.org', 'a@x.com']);
    expect(store.getState().table?.columns).toHaveLength(5);
    expect(store.getState().targetIndex).toBe(4);
  });

  it('exports kept PII masked unless the user asks for raw values', async () => {
    const store = await storeWithTable();
    expect(cellsOf(piiExportTable(store.getState()), 'name')).toEqual(['张*', '李*', '王*']);
    expect(piiExportTable(store.getState())).toBe(piiExportTable(store.getState()));
    store.getState().setPiiExportRaw(true);
    expect(piiExportTable(store.getState())).toBe(store.getState().table);
  });

  it('forgets findings, originals and the key', async () => {
    const store = await storeWithTable();
    await store.getState().setPiiAction('name', 'pseudonymise');
    await store.getState().forgetEverything();
    const state = store.getState();
    expect([state.piiFindings, state.piiActions, state.piiSource, state.piiKey]).toEqual([
      [],
      [],
      null,
      null,
    ]);
  });
});
