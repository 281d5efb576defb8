import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { AppPage } from './support/appPage';
import { inertDatasetCsv } from './support/hostileBytes';
import { CASES, HOSTILE_CELLS, type HostileCase } from './support/hostileFiles';
import { HostileWatch, importOutcome, shownHeaders } from './support/hostileWatch';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';

test.use({ trace: 'off' }); // traces would hold every hostile file, 50 MB ones included

/** Files at least this large go by path: Playwright refuses buffers over 50 MB. */
const BY_PATH_BYTES = 32 * 1024 * 1024;

interface Dataset {
  readonly name: string;
  readonly rows: string;
}

/** One page per group of cases, so that each file lands on an app that has seen the others. */
function hostileGroup(title: string, query: string, cases: readonly HostileCase[]) {
  test.describe(title, () => {
    test.describe.configure({ timeout: 120_000 });
    let page: Page;
    let watch: HostileWatch;
    let previous: Dataset = { name: 'customers.csv', rows: '4000' };

    test.beforeAll(async ({ browser }, testInfo) => {
      const { baseURL } = testInfo.project.use;
      const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      page = await context.newPage();
      watch = new HostileWatch(page);
      await watch.arm();
      const app = new AppPage(page);
      await app.open(query);
      await app.loadSample();
    });
    test.afterAll(async () => page.context().close());

    for (const hostile of cases) {
      test(hostile.name, async () => {
        await chooseHostileFile(page, hostile, test.info().outputPath(hostile.name));
        previous = await expectOutcome(page, hostile, previous);
        await watch.expectUntripped();
      });
    }

    test('the app still loads and trains afterwards', async () => {
      const app = new AppPage(page);
      const model = new ModelPage(page);
      // A plain file first, so that loading the sample shows as a change of name.
      const plain = { name: 'plain.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') };
      await page.getByTestId('file-input').setInputFiles(plain);
      await expect(app.summary()).toHaveAttribute('data-name', 'plain.csv');
      await app.loadSample();
      await expect(app.summary()).toHaveAttribute('data-rows', '4000');
      await model.chooseTarget('revenue');
      await model.selectModels(['linear']);
      await model.train();
      await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
      await watch.expectUntripped();
    });
  });
}

async function chooseHostileFile(page: Page, hostile: HostileCase, spillPath: string) {
  const buffer = hostile.bytes();
  const input = page.getByTestId('file-input');
  if (buffer.length < BY_PATH_BYTES) {
    await input.setInputFiles({ name: hostile.name, mimeType: hostile.mimeType, buffer });
  } else {
    await writeFile(spillPath, buffer);
    await input.setInputFiles(spillPath);
  }
}

/** Checks the error or the import the case expects; returns the dataset now on screen. */
async function expectOutcome(page: Page, hostile: HostileCase, previous: Dataset) {
  const app = new AppPage(page);
  const outcome = await importOutcome(page, hostile.name);
  const expected = hostile.expect;
  if ('error' in expected) {
    expect(outcome).toBe('error');
    await expect(app.importError()).toHaveAttribute('data-code', expected.code);
    await expect(app.importError()).toContainText(hostile.name);
    await expect(app.importError()).toContainText(expected.error);
    await expect(app.summary()).toHaveAttribute('data-name', previous.name);
    await expect(app.summary()).toHaveAttribute('data-rows', previous.rows);
    return previous;
  }
  // allTextContents does not wait: an import that worked shows no error to wait for.
  expect(outcome, (await app.importError().allTextContents()).join()).toBe('imported');
  await expect(app.summary()).toHaveAttribute('data-rows', String(expected.rows));
  await expect(app.summary()).toHaveAttribute('data-columns', String(expected.columns));
  if (expected.headers) {
    expect(await shownHeaders(page, expected.headers.length)).toEqual(expected.headers);
  }
  if (expected.warning) await expect(app.importWarning()).toContainText(expected.warning);
  for (const text of expected.gridShows ?? []) {
    await expect(page.getByTestId('data-grid')).toContainText(text);
  }
  for (const [column, type] of Object.entries(expected.types ?? {})) {
    await expect(app.profile(column)).toHaveAttribute('data-type', type);
  }
  if (expected.notShown) {
    await expect(page.locator('.column-profiles')).not.toContainText(expected.notShown);
  }
  return { name: hostile.name, rows: String(expected.rows) };
}

const byQuery = new Map<string, HostileCase[]>();
for (const hostile of CASES) {
  const query = hostile.query ?? '';
  byQuery.set(query, [...(byQuery.get(query) ?? []), hostile]);
}
for (const [query, cases] of byQuery) {
  hostileGroup(query === '' ? 'hostile files' : `hostile files (${query})`, query, cases);
}

test('script and formula text stays inert in the grid, results, tooltips and exports', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const model = new ModelPage(page);
  const results = new ResultsPage(page);
  const watch = new HostileWatch(page);
  await watch.arm();
  await app.open();
  const buffer = inertDatasetCsv(HOSTILE_CELLS);
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'inert.csv', mimeType: 'text/csv', buffer });
  await expect(app.summary()).toHaveAttribute('data-rows', '60');
  for (const cell of HOSTILE_CELLS) await expect(page.getByTestId('data-grid')).toContainText(cell);

  await model.chooseTarget('revenue');
  await model.includeOnly(['segment', 'spend']);
  await model.selectModels(['linear']);
  await model.train();
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
  expect(await results.pointsOf('chart-residuals')).toBeGreaterThan(0);
  const features = await page
    .getByTestId('coef-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-feature') ?? ''));
  const levelsShown = HOSTILE_CELLS.filter((cell) => features.some((f) => f.includes(cell)));
  expect(levelsShown.length, features.join(' | ')).toBeGreaterThanOrEqual(HOSTILE_CELLS.length - 1);
  await expect(page.getByTestId('coef-table')).toContainText(levelsShown[0] ?? '');
  const hoveredRow = await results.hoverPoint('chart-residuals');
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip).toHaveAttribute('data-row', hoveredRow);
  // The row's cells (hostile text among them) are listed as text, not run.
  expect(await tooltip.locator('.chart-tooltip-cell').count()).toBeGreaterThan(0);
  await watch.expectUntripped();

  const { text, rows } = await results.csvOf(await results.download('export-predictions'));
  const exported = new Set(rows.flatMap((row) => [row['segment'], row['note']]));
  expect(exported).toContain('\'=HYPERLINK("http://evil.example","click")');
  expect(exported).toContain("'=cmd|' /C calc'!A0");
  expect(exported).toContain("'@SUM(1+1)");
  expect(exported).toContain(HOSTILE_CELLS[0]);
  expect(text).not.toMatch(/(^|,)"?[=@]/m);
  const report = await readFile(await (await results.download('export-report')).path(), 'utf8');
  expect(report).toContain('revenue');
  expect(report).not.toMatch(/<img src=x|<script>window/i);
  const svg = await results.download('chart-download-svg', results.chart('chart-importance'));
  expect(await readFile(await svg.path(), 'utf8')).not.toMatch(/<img src=x|<script>window/i);
  await watch.expectUntripped();
});
