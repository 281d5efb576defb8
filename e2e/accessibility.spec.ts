import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './support/appPage';
import { expectNoSeriousViolations } from './support/axeCheck';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';

const REGRESSION_CHARTS = [
  'chart-fit',
  'chart-actual-predicted',
  'chart-residuals',
  'chart-residual-histogram',
  'chart-qq',
  'chart-importance',
  'chart-comparison',
];

/** Waits until every listed chart has drawn something (the results mount one chart per task). */
async function chartsDrawn(page: Page, charts: readonly string[]): Promise<void> {
  const results = new ResultsPage(page);
  for (const chart of charts) expect(await results.pointsOf(chart)).toBeGreaterThan(0);
}

/**
 * Chart figures lacking a name, or whose `aria-describedby` does not point at a text
 * alternative: a description plus a data table (or, for the comparison chart, the model table).
 */
async function chartsWithoutTextAlternative(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure[data-testid^="chart-"]')].flatMap((figure) => {
      const ids = (figure.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      const targets = ids.map((id) => document.getElementById(id));
      const named = (figure.getAttribute('aria-label') ?? '').trim() !== '';
      const hasTable = targets.some((target) => target instanceof HTMLTableElement);
      const described = targets.length >= 2 && targets.every((target) => target !== null);
      return named && described && hasTable ? [] : [figure.getAttribute('data-testid') ?? '?'];
    }),
  );
}

test.describe('accessibility (axe-core, WCAG 2.1 AA): no serious or critical violations', () => {
  // Two models train and every chart renders on a slow software-rendered Chromium.
  test.setTimeout(480_000);

  test('regression flow: empty app, dataset, set-up, results of two models', async ({
    page,
  }, testInfo) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await expectNoSeriousViolations(page, 'empty app', testInfo);

    await app.loadSample();
    await expect(page.locator('[data-testid="column-profile"]').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'dataset view', testInfo);

    await model.chooseTarget('revenue');
    await model.selectModels(['linear', 'svm']);
    await expectNoSeriousViolations(page, 'model set-up', testInfo);

    await model.train();
    await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
    await expect(await model.finished('svm')).toHaveAttribute('data-status', 'done');
    await chartsDrawn(page, REGRESSION_CHARTS);
    await expect(page.getByTestId('model-summary')).toBeVisible();
    await expect(page.getByTestId('export-predictions')).toBeVisible();
    await expect(page.getByTestId('score-panel')).toBeVisible();
    await expectNoSeriousViolations(page, 'regression results', testInfo);
    expect(await chartsWithoutTextAlternative(page)).toEqual([]);
  });

  test('classification results with ROC, confusion and threshold, then in Chinese', async ({
    page,
  }, testInfo) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await app.loadSample();
    await model.chooseTarget('churned');
    await expect(model.task()).toHaveAttribute('data-task', 'classification');
    await model.selectModels(['linear']);
    await model.train();
    await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
    await chartsDrawn(page, ['chart-roc', 'chart-gains', 'chart-importance', 'chart-fit']);
    await expect(page.getByTestId('confusion-cell')).toHaveCount(4);
    await expect(page.getByTestId('threshold-slider')).toBeVisible();
    await expectNoSeriousViolations(page, 'classification results', testInfo);

    await page.getByTestId('language-select').selectOption('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectNoSeriousViolations(page, 'classification results in Chinese', testInfo);
  });
});
