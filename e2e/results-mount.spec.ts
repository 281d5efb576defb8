import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './support/appPage';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';

type CountingWindow = Window & { __figuresAdded: Record<string, number> };

/** Counts, from now on, how often each chart figure is put on the page. */
async function countFigureMounts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as CountingWindow;
    w.__figuresAdded = {};
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const figure of [node, ...node.querySelectorAll('figure[data-testid]')]) {
            const id = figure.matches('figure[data-testid]') && figure.getAttribute('data-testid');
            if (id) w.__figuresAdded[id] = (w.__figuresAdded[id] ?? 0) + 1;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

test('the results screen draws each chart once, and the coefficient plot answers hover and keys', async ({
  page,
}) => {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  const results = new ResultsPage(page);
  await app.open();
  await app.loadSample();
  await model.chooseTarget('revenue');
  await model.selectModels(['linear']);
  await countFigureMounts(page);
  await model.train();
  await model.finished('linear');
  for (const chart of ['chart-importance', 'chart-qq', 'chart-coefficients']) {
    expect(await results.pointsOf(chart)).toBeGreaterThan(0);
  }
  // Charts that do not wait for the computed results stay mounted when those arrive.
  const mounts = await page.evaluate(() => (window as unknown as CountingWindow).__figuresAdded);
  expect(mounts['chart-comparison']).toBe(1);
  expect(mounts['chart-coefficients']).toBe(1);
  expect(mounts['chart-fit']).toBe(1);

  const plot = results.chart('chart-coefficients');
  const surface = plot.locator('svg.chart-surface');
  await expect(surface).toHaveAttribute('role', 'img');
  await plot.locator('.chart-hit-area').hover({ position: { x: 40, y: 10 }, force: true });
  await expect(page.getByTestId('chart-tooltip')).toBeVisible();
  await page.mouse.move(0, 0);
  await surface.focus();
  await page.keyboard.press('End');
  await expect(plot.getByTestId('chart-tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(plot.getByTestId('chart-tooltip')).toHaveCount(0);

  const svg = await results.download('chart-download-svg', plot);
  const markup = await readFile(await svg.path(), 'utf8');
  expect(markup).toContain('<path');
  expect(markup).toContain('spend_tv');
});
