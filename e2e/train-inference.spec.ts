import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage, fixturePath } from './support/appPage';
import { ModelPage } from './support/modelPage';

interface ReferenceRow {
  feature: string;
  coef: number;
  se: number;
  p: number;
}
const reference = JSON.parse(readFileSync(fixturePath('ols-revenue-statsmodels.json'), 'utf8')) as {
  features: string[];
  rows: ReferenceRow[];
  nobs: number;
};

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);

test('OLS on all rows reproduces statsmodels: coefficients, standard errors, p-values', async ({
  page,
}) => {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.open();
  await app.loadSample();
  await model.chooseTarget('revenue');
  await model.includeOnly(reference.features);
  await page.getByTestId('split-test').fill('0');
  await page.getByTestId('split-validation').fill('0');
  await model.selectModels(['linear']);
  await model.train();
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
  await expect(model.result('linear')).toHaveAttribute('data-metrics-split', 'train');
  await expect(page.getByTestId('coef-row')).toHaveCount(reference.rows.length);
  for (const row of reference.rows) {
    const cells = page.locator(`[data-testid="coef-row"][data-feature="${row.feature}"]`);
    const coef = Number(await cells.getAttribute('data-coef'));
    const se = Number(await cells.getAttribute('data-se'));
    const p = Number(await cells.getAttribute('data-p'));
    expect(relativeError(coef, row.coef)).toBeLessThan(1e-6);
    expect(relativeError(se, row.se)).toBeLessThan(1e-6);
    if (row.p > 1e-300) expect(relativeError(p, row.p)).toBeLessThan(1e-6);
    else expect(p).toBeLessThan(1e-300);
  }
});
