import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';
import { ModelPage } from './support/modelPage';

test.describe('training models on the sample', () => {
  test('regression: revenue with the linear model and the SVM', async ({ page }) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await app.loadSample();
    await model.chooseTarget('revenue');
    await expect(model.task()).toHaveAttribute('data-task', 'regression');
    await expect(model.featureToggle('customer_id')).not.toBeChecked();
    await expect(model.featureToggle('spend_tv')).toBeChecked();
    await model.selectModels(['linear', 'svm']);
    await model.train();
    for (const kind of ['linear', 'svm']) {
      await expect(await model.finished(kind)).toHaveAttribute('data-status', 'done');
      expect(await model.metric(kind, 'r2')).toBeGreaterThan(0.7);
      expect(await model.metric(kind, 'rmse')).toBeGreaterThan(0);
      expect(await model.metric(kind, 'train-ms')).toBeGreaterThan(0);
    }
    // The SVM's kernel rows came from our WebAssembly SIMD kernel, which the page's CSP allows
    // ('wasm-unsafe-eval'); a JavaScript fallback would give the same model, only slower.
    await expect(model.result('svm')).toHaveAttribute('data-svm-engine', 'wasm-simd');
    await expect(model.result('linear')).not.toHaveAttribute('data-svm-engine');
    await model.result('linear').click();
    const intercept = page.locator('[data-testid="coef-row"][data-feature="(intercept)"]');
    expect(Number(await intercept.getAttribute('data-se'))).toBeGreaterThan(0);
    const tv = page.locator('[data-testid="coef-row"][data-feature="spend_tv"]');
    expect(Number(await tv.getAttribute('data-p'))).toBeLessThan(0.05);
  });

  test('classification: churned with the linear model and the SVM', async ({ page }) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await app.loadSample();
    await model.chooseTarget('churned');
    await expect(model.task()).toHaveAttribute('data-task', 'classification');
    await model.selectModels(['linear', 'svm']);
    await model.train();
    for (const kind of ['linear', 'svm']) {
      await expect(await model.finished(kind)).toHaveAttribute('data-status', 'done');
      expect(await model.metric(kind, 'accuracy')).toBeGreaterThan(0.6);
      expect(await model.metric(kind, 'auc')).toBeGreaterThan(0.6);
    }
    await expect(model.result('svm')).toHaveAttribute('data-svm-engine', 'wasm-simd');
  });

  test('neural network on the cpu backend streams its loss curve', async ({ page }) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await app.loadSample();
    await model.chooseTarget('revenue');
    await model.selectModels(['neural']);
    await model.setBackend('cpu');
    await model.option('neural', 'epochs').fill('15');
    await model.train();
    await expect(page.getByTestId('training-progress')).toBeVisible();
    const row = await model.finished('neural');
    await expect(row).toHaveAttribute('data-status', 'done');
    await expect(row).toHaveAttribute('data-backend', 'cpu');
    expect(await model.metric('neural', 'r2')).toBeGreaterThan(0.3);
    const points = Number(await page.getByTestId('chart-loss').getAttribute('data-points'));
    expect(points).toBeGreaterThan(1);
  });

  test('says so when every feature is excluded', async ({ page }) => {
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await app.loadSample();
    await model.chooseTarget('revenue');
    const toggles = page.locator('[data-testid="feature-toggle"]:checked');
    while ((await toggles.count()) > 0) await toggles.first().uncheck();
    await model.train();
    await expect(page.getByTestId('train-error')).toHaveAttribute('data-code', 'no-features');
  });
});
