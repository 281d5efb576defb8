import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { AppPage, fixturePath, samplePath } from './support/appPage';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';
import { trainOnSample } from './support/trainOnSample';

const REGRESSION_CHARTS = [
  'chart-fit',
  'chart-actual-predicted',
  'chart-residuals',
  'chart-residual-histogram',
  'chart-qq',
  'chart-importance',
];

test.describe('results of a trained model', () => {
  test('regression: every chart draws, a residual shows its row, predictions export', async ({
    page,
  }) => {
    const { model } = await trainOnSample(page, { target: 'revenue', models: ['linear'] });
    const results = new ResultsPage(page);
    for (const chart of REGRESSION_CHARTS) expect(await results.pointsOf(chart)).toBeGreaterThan(0);
    await expect(page.getByTestId('model-summary')).toContainText('revenue');
    expect(await page.getByTestId('summary-driver').count()).toBeGreaterThan(0);

    const hoveredRow = await results.hoverPoint('chart-residuals');
    const tooltip = page.getByTestId('chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveAttribute('data-row', hoveredRow);
    expect(await tooltip.locator('.chart-tooltip-cell').count()).toBeGreaterThan(0);
    // The highlighted point is drawn last, over the trend line, as Recharts layered it.
    const surface = results.plotSurface('chart-residuals');
    await expect(surface.locator(':scope > g:last-child .chart-active-point')).toHaveCount(1);
    // Keyboard users step through the points with the arrow keys on the focused chart.
    await page.mouse.move(0, 0);
    await expect(tooltip).toHaveCount(0);
    await results.plotSurface('chart-residuals').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toBeVisible();
    const firstRow = await tooltip.getAttribute('data-row');
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).not.toHaveAttribute('data-row', firstRow ?? '');
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);

    const allPoints = await results.pointsOf('chart-residuals');
    await page.locator('[data-testid="part-toggle"][data-part="train"]').setChecked(false);
    await expect
      .poll(async () => Number(await results.chart('chart-residuals').getAttribute('data-points')))
      .toBeLessThan(allPoints);

    await expect(page.getByTestId('comparison-row')).toHaveCount(1);
    const residualChart = results.chart('chart-residuals');
    const svg = await results.download('chart-download-svg', residualChart);
    const markup = await readFile(await svg.path(), 'utf8');
    expect(markup).toContain('<svg');
    expect(svg.suggestedFilename()).toBe('chart-residuals.svg');
    const png = await readFile(
      await (await results.download('chart-download-png', residualChart)).path(),
    );
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const report = await readFile(await (await results.download('export-report')).path(), 'utf8');
    expect(report).toContain('<svg');
    expect(report).toContain('revenue');
    expect(report).not.toMatch(/(src|href)="https?:/);

    const { text, rows } = await results.csvOf(await results.download('export-predictions'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const total = Number(await results.chart('chart-actual-predicted').getAttribute('data-total'));
    expect(rows).toHaveLength(total);
    let squares = 0;
    let testRows = 0;
    for (const row of rows) {
      const actual = Number(row['actual revenue']);
      const predicted = Number(row['predicted revenue']);
      expect(Number(row['residual'])).toBeCloseTo(actual - predicted, 6);
      if (row['part'] === 'test') {
        squares += (actual - predicted) ** 2;
        testRows += 1;
      }
    }
    const rmse = await model.metric('linear', 'rmse');
    expect(Math.sqrt(squares / testRows)).toBeCloseTo(rmse, 6);
  });

  test('classification: ROC, confusion, gains and a live threshold', async ({ page }) => {
    const { model } = await trainOnSample(page, { target: 'churned', models: ['linear'] });
    const results = new ResultsPage(page);
    for (const chart of ['chart-roc', 'chart-gains', 'chart-importance', 'chart-fit']) {
      expect(await results.pointsOf(chart)).toBeGreaterThan(0);
    }
    // The ROC and gains plots are Recharts charts whose curves are our layers, placed by the
    // chart's scales and mounted a task after it: the chance diagonal and the churn curve; the
    // lift reference, random, lift and gains lines, hovering a share marks gains and lift.
    const roc = results.chart('chart-roc');
    await expect(roc.locator('path.chart-line')).toHaveCount(2);
    // Their axes are our layer too (the Recharts axes only give the scales): ticks and titles.
    const rocTicks = roc.locator('.chart-axes .recharts-cartesian-axis-tick-value');
    await expect(rocTicks).toHaveCount(10);
    const unitTicks = ['0', '0.25', '0.5', '0.75', '1'];
    expect(await rocTicks.allTextContents()).toEqual([...unitTicks, ...unitTicks]);
    await expect(roc.locator('.chart-axes .recharts-label text')).toHaveCount(2);
    await roc.locator('.chart-hit-area').hover({ position: { x: 60, y: 60 }, force: true });
    await expect(roc.getByTestId('chart-tooltip')).toBeVisible();
    const gains = results.chart('chart-gains');
    await expect(gains.locator('path.chart-line')).toHaveCount(4);
    await expect(gains.locator('.chart-axes .recharts-label text')).toHaveCount(3);
    expect(
      await gains.locator('.chart-axes .recharts-cartesian-axis-tick-value').count(),
    ).toBeGreaterThan(10);
    await gains.locator('.chart-hit-area').hover({ position: { x: 80, y: 60 }, force: true });
    await expect(gains.locator('.chart-active-point circle')).toHaveCount(2);
    await page.mouse.move(0, 0);
    const cells = page.getByTestId('confusion-cell');
    await expect(cells).toHaveCount(4);
    let counted = 0;
    for (const cell of await cells.all()) counted += Number(await cell.getAttribute('data-count'));
    const accuracy = await model.metric('linear', 'accuracy');
    expect(counted).toBeGreaterThan(0);
    let correct = 0;
    for (const cell of await cells.all()) {
      const same =
        (await cell.getAttribute('data-actual')) === (await cell.getAttribute('data-predicted'));
      if (same) correct += Number(await cell.getAttribute('data-count'));
    }
    expect(correct / counted).toBeCloseTo(accuracy, 9);

    const metrics = page.getByTestId('threshold-metrics');
    await page.getByTestId('threshold-slider').fill('0.1');
    await expect(metrics).toHaveAttribute('data-threshold', '0.1');
    const lowRecall = Number(await metrics.getAttribute('data-recall'));
    await page.getByTestId('threshold-slider').fill('0.9');
    await expect(metrics).toHaveAttribute('data-threshold', '0.9');
    expect(Number(await metrics.getAttribute('data-recall'))).toBeLessThan(lowRecall);
  });

  test('an exported model scores a new file in a fresh page exactly as before', async ({
    page,
  }, testInfo) => {
    // SVM training, its results (about 2.5 s of CPU in Node since the column-swap predictor) and
    // scoring can outlast the default 60 s on a loaded machine; the chart wait allows 120 s.
    test.slow();
    await trainOnSample(page, { target: 'revenue', models: ['svm'] });
    const results = new ResultsPage(page);
    await expect(results.chart('chart-fit')).toBeVisible({ timeout: 120_000 });
    const original = await results.csvOf(await results.download('export-predictions'));
    const modelFile = testInfo.outputPath('model.json');
    await (await results.download('export-model')).saveAs(modelFile);

    // Next month's file: the same customers without the revenue column.
    const sample = Papa.parse<Record<string, string>>(
      await readFile(samplePath('customers.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    );
    const withoutTarget = sample.data.map(({ revenue: _revenue, ...rest }) => rest);
    const nextMonth = testInfo.outputPath('next-month.csv');
    await writeFile(nextMonth, Papa.unparse(withoutTarget));

    await page.reload();
    await page.getByTestId('model-file-input').setInputFiles(modelFile);
    // A column renamed by someone's spreadsheet habits is named, not silently dropped.
    const renamed = testInfo.outputPath('renamed.csv');
    const renamedRows = withoutTarget.map(({ spend_tv: tv, ...rest }) => ({
      ...rest,
      'Spend TV': tv,
    }));
    await writeFile(renamed, Papa.unparse(renamedRows));
    await page.getByTestId('score-file-input').setInputFiles(renamed);
    await expect(page.getByTestId('score-error')).toBeVisible({ timeout: 60_000 });
    // The error names the file and the column, in the user's language.
    await expect(page.getByTestId('score-error')).toContainText('renamed.csv');
    await expect(page.getByTestId('score-error')).toContainText('spend_tv');
    await page.getByTestId('language-select').selectOption('zh');
    await expect(page.getByTestId('score-error')).toContainText('缺少模型需要的');
    await page.getByTestId('language-select').selectOption('en');
    const pair = page.getByTestId('score-renamed');
    await expect(pair).toHaveAttribute('data-expected', 'spend_tv');
    await expect(pair).toHaveAttribute('data-found', 'Spend TV');

    await page.getByTestId('score-file-input').setInputFiles(nextMonth);
    await expect(page.getByTestId('score-summary')).toHaveAttribute('data-rows', /^[1-9]/, {
      timeout: 60_000,
    });
    const scored = await results.csvOf(await results.download('score-download'));
    const byRow = new Map(scored.rows.map((row) => [row['row'], row]));
    for (const row of original.rows) {
      const again = byRow.get(row['row']);
      expect(again, `row ${row['row']}`).toBeDefined();
      const before = Number(row['predicted revenue']);
      const after = Number(again?.['predicted revenue']);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(before)));
    }
  });

  test('exports neutralise spreadsheet formulas and keep numbers as numbers', async ({ page }) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    const results = new ResultsPage(page);
    page.on('dialog', () => {
      throw new Error('a cell ran script');
    });
    await app.open();
    await app.chooseFile(fixturePath('formula-notes.csv'));
    await model.chooseTarget('sales');
    await model.selectModels(['linear']);
    await model.train();
    await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
    await expect(results.chart('chart-fit')).toBeVisible({ timeout: 60_000 });
    const { text, rows } = await results.csvOf(await results.download('export-predictions'));
    expect(rows).toHaveLength(60);
    const notes = new Set(rows.map((row) => row['note']));
    expect(notes).toContain('\'=HYPERLINK("http://evil.example","click")');
    expect(notes).toContain("'+SUM(A1:A9)");
    expect(notes).toContain("'-2+3");
    expect(notes).toContain("'@cmd");
    expect(notes).toContain('plain');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    for (const row of rows) expect(row['spend']).toMatch(/^\d+$/);
    const xlsx = await results.download('export-predictions-xlsx');
    const bytes = await readFile(await xlsx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
