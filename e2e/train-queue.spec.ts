import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './support/appPage';
import { ModelPage } from './support/modelPage';

/** The sample loaded in a page told it runs on 2 cores; its model page. */
async function sampleOnTwoCores(page: Page): Promise<ModelPage> {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 2 });
  });
  const app = new AppPage(page);
  await app.open();
  await app.loadSample();
  return new ModelPage(page);
}

// The page is told it runs on 2 cores, so one model trains at a time and the other waits its turn;
// a finished model's charts wait for training to end unless asked for.
test('on 2 cores models train in turn, and a finished model shows its charts on request', async ({
  page,
}) => {
  const model = await sampleOnTwoCores(page);
  await model.trainBeforeLongNeural('revenue', ['svm']);

  const neuralProgress = page.locator('[data-testid="training-progress"][data-model="neural"]');
  await expect(neuralProgress).toHaveAttribute('data-queued', 'true');
  await expect(await model.finished('svm')).toHaveAttribute('data-status', 'done');
  await expect(neuralProgress).toHaveAttribute('data-queued', 'false');

  await model.result('svm').click();
  await expect(page.getByTestId('results-charts-held')).toBeVisible();
  await expect(page.getByTestId('chart-fit')).toHaveCount(0);
  await page.getByTestId('results-show-charts').click();
  await expect(page.getByTestId('chart-fit')).toBeVisible();
  await expect(page.getByTestId('train-cancel')).toBeVisible();

  await page.getByTestId('train-cancel').click();
  await expect(model.result('neural')).toHaveAttribute('data-status', 'cancelled');
  await expect(model.result('svm')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('results-charts-held')).toHaveCount(0);
});

// A finished linear model's coefficient table waits for training to end too (its layout was the
// busiest main-thread work while other models trained), unless asked for.
test('while others train, a finished linear model shows its coefficients on request', async ({
  page,
}) => {
  const model = await sampleOnTwoCores(page);
  await model.trainBeforeLongNeural('revenue', ['linear']);

  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
  await model.result('linear').click();
  await expect(page.getByTestId('coefficients-held')).toBeVisible();
  await expect(page.getByTestId('coef-table')).toHaveCount(0);
  await page.getByTestId('coefficients-show').click();
  await expect(page.getByTestId('coef-row').first()).toBeVisible();
  await expect(page.getByTestId('coefficients-held')).toHaveCount(0);
  await expect(page.getByTestId('train-cancel')).toBeVisible();

  await page.getByTestId('train-cancel').click();
  await expect(model.result('linear')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('coef-row').first()).toBeVisible();
});
