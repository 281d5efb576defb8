import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { AppPage, CSS } from './support/appPage';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';

// A Chinese resident ID with its ISO 7064 MOD 11-2 check character, to build valid fixture rows.
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}

const CN_NAMES = ['张伟', '王秀英', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'];
const WESTERN = ['John Smith', 'Mary Watson', 'Sophie Martin', 'Hans Müller', 'Emma Brown'];
const STREETS = [
  (n: number) => `${n} Baker Street`,
  (n: number) => `${n} rue de Rivoli`,
  (n: number) => `Via Roma ${n}`,
  (n: number) => `北京市朝阳区建国路${n}号`,
];
const ROWS = 40;

function people() {
  return Array.from({ length: ROWS }, (_, i) => ({
    email: `user${i % 12}@example.com`,
    mobile: `138 1234 ${String(1000 + (i % 10))}`,
    uk_phone: `+44 20 7946 ${String(1000 + i)}`,
    idcard: residentId(
      `1101051990${String(1 + (i % 12)).padStart(2, '0')}${String(10 + (i % 18))}${String(100 + i)}`,
    ),
    姓名: CN_NAMES[i % CN_NAMES.length] ?? '',
    contact_name: WESTERN[i % WESTERN.length] ?? '',
    address: STREETS[i % STREETS.length]?.(i + 1) ?? '',
    // Written to the file under the header `__proto__` (an object literal cannot hold that key).
    protoEmail: `proto${i % 7}@mail.example.org`,
    visits: String((i * 7) % 13),
    tenure: String(1 + ((i * 5) % 17)),
    spend: String(100 + i * 3 + ((i * 11) % 7)),
  }));
}

const FIXTURE = people();
const HEADERS = Object.keys(FIXTURE[0] ?? {}).map((key) =>
  key === 'protoEmail' ? '__proto__' : key,
);
const csv = [HEADERS.join(','), ...FIXTURE.map((row) => Object.values(row).join(','))].join('\n');

/** A CSV download as header and rows of cells: headers such as `__proto__` stay plain data. */
async function csvCells(path: string) {
  const text = await readFile(path, 'utf8');
  const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data;
  const cell = (row: string[], column: string) => row[header.indexOf(column)] ?? '';
  return { text, header, rows, cell };
}

const EXPECTED_KINDS: [string, string][] = [
  ['email', 'email'],
  ['mobile', 'phone'],
  ['uk_phone', 'phone'],
  ['idcard', 'national-id'],
  ['姓名', 'name'],
  ['contact_name', 'name'],
  ['address', 'address'],
  ['__proto__', 'email'],
];

const piiRow = (page: Page, column: string) =>
  page.locator(`[data-testid="pii-column"][data-column="${CSS.escape(column)}"]`);

/** Everything the page keeps in localStorage and IndexedDB, as one string. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage })];
    for (const info of (await indexedDB.databases?.()) ?? []) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        const values = await new Promise<unknown[]>((resolve) => {
          all.onsuccess = () => resolve(all.result);
        });
        parts.push(JSON.stringify(values));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

test('personal data: found, off as features, masked, pseudonymised, dropped, masked in exports', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const model = new ModelPage(page);
  const results = new ResultsPage(page);
  await app.open();
  await page.getByTestId('file-input').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(app.summary()).toHaveAttribute('data-columns', String(HEADERS.length));

  const panel = page.getByTestId('pii-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('pii-column')).toHaveCount(EXPECTED_KINDS.length);
  for (const [column, kind] of EXPECTED_KINDS) {
    await expect(piiRow(page, column), column).toHaveAttribute('data-kind', kind);
    await expect(model.featureToggle(column), column).not.toBeChecked();
  }
  await expect(model.featureToggle('visits')).toBeChecked();

  // Mask: the grid shows masked addresses, never the raw ones.
  await piiRow(page, 'email').getByTestId('pii-action').selectOption('mask');
  const grid = page.getByTestId('data-grid');
  await expect(grid).toContainText('u***@example.com');
  await expect(grid).not.toContainText('user1@example.com');

  // Pseudonymise: a key to download appears.
  await piiRow(page, 'mobile').getByTestId('pii-action').selectOption('pseudonymise');
  await expect(piiRow(page, 'mobile')).toHaveAttribute('data-action', 'pseudonymise');
  const key = await results.download('pii-key-export');
  expect(await readFile(await key.path(), 'utf8')).toMatch(/\n[0-9a-f]{64}\n$/);

  // Drop: one column fewer.
  await piiRow(page, 'uk_phone').getByTestId('pii-action').selectOption('drop');
  await expect(app.summary()).toHaveAttribute('data-columns', String(HEADERS.length - 1));

  await model.chooseTarget('spend');
  await model.includeOnly(['visits', 'tenure', 'contact_name']);
  await model.selectModels(['linear']);
  await model.train();
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');

  const masked = await csvCells(await (await results.download('export-predictions')).path());
  expect(masked.rows).toHaveLength(ROWS);
  expect(masked.header).not.toContain('uk_phone');
  const tokenOf = new Map<string, string>();
  for (const row of masked.rows) {
    const source = FIXTURE[Number(masked.cell(row, 'row')) - 1];
    expect(source).toBeDefined();
    if (!source) continue;
    expect(masked.cell(row, 'email')).toMatch(/^u\*\*\*@example\.com$/);
    const token = masked.cell(row, 'mobile');
    expect(token).toMatch(/^p_[0-9a-f]{16}$/);
    expect(tokenOf.get(source.mobile) ?? token).toBe(token);
    tokenOf.set(source.mobile, token);
    const name = source.姓名;
    expect(masked.cell(row, '姓名')).toBe(`${name.slice(0, 1)}${'*'.repeat(name.length - 1)}`);
    expect(masked.cell(row, 'idcard')).toMatch(/^110105\*{8}\d{3}[\dX]$/);
    expect(masked.cell(row, '__proto__')).toMatch(/^p\*\*\*@mail\.example\.org$/);
  }
  expect(tokenOf.size).toBe(10);
  expect(new Set(tokenOf.values()).size).toBe(tokenOf.size);
  for (const value of [...CN_NAMES, ...WESTERN, 'user1@example.com', 'Baker Street', 'proto1@']) {
    expect(masked.text).not.toContain(value);
  }

  const report = await readFile(await (await results.download('export-report')).path(), 'utf8');
  for (const name of WESTERN) expect(report, name).not.toContain(name);
  expect(report).toMatch(/[A-Z]\*\*\* [A-Z]\*\*\*/);

  await page.getByTestId('pii-export-raw').check();
  const raw = await csvCells(await (await results.download('export-predictions')).path());
  expect(raw.text).toContain('张伟');
  expect(raw.text).toContain('John Smith');
  expect(raw.text).not.toContain('user1@example.com'); // masked in the data itself, not just on export

  const stored = await storedText(page);
  for (const value of ['user1@example.com', '张伟', 'John Smith', '138 1234', 'Baker Street']) {
    expect(stored).not.toContain(value);
  }
});
