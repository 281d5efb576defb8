import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';
import { ModelPage } from './support/modelPage';

const TARGETS = [
  { column: 'revenue', task: 'regression', metric: 'r2', floor: 0.5 },
  { column: 'churned', task: 'classification', metric: 'accuracy', floor: 0.6 },
] as const;

for (const backend of ['cpu', 'webgl'] as const) {
  test(`all three models, regression then classification, neural on ${backend}`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const app = new AppPage(page);
    const model = new ModelPage(page);
    await app.open();
    await app.loadSample();
    await model.selectModels(['linear', 'svm', 'neural']);
    await model.setBackend(backend);
    for (const target of TARGETS) {
      await model.chooseTarget(target.column);
      await expect(model.task()).toHaveAttribute('data-task', target.task);
      await model.option('neural', 'epochs').fill('8');
      await model.train();
      for (const kind of ['linear', 'svm', 'neural']) {
        await expect(await model.finished(kind, 180_000)).toHaveAttribute('data-status', 'done');
        expect(await model.metric(kind, target.metric)).toBeGreaterThan(target.floor);
      }
      await expect(model.result('neural')).toHaveAttribute('data-backend', backend);
      await expect(page.getByTestId('model-result')).toHaveCount(3);
    }
  });
}

test('stop training: the running model is cancelled, finished ones stay', async ({ page }) => {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.open();
  await app.loadSample();
  await model.trainBeforeLongNeural('revenue', ['linear']);
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
  const progress = page.locator('[data-testid="training-progress"][data-model="neural"]');
  await expect(progress).toBeVisible();
  await page.getByTestId('train-cancel').click();
  await expect(model.result('neural')).toHaveAttribute('data-status', 'cancelled');
  await expect(progress).toHaveCount(0);
  await expect(model.result('linear')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('train-cancel')).toHaveCount(0);
});

test('same seed and data give the same results; another seed another split', async ({ page }) => {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.open();
  await app.loadSample();
  await model.chooseTarget('churned');
  await model.selectModels(['svm']);
  const runOnce = async () => {
    await model.train();
    await expect(await model.finished('svm')).toHaveAttribute('data-status', 'done');
    return model.result('svm').getAttribute('data-accuracy');
  };
  const first = await runOnce();
  expect(await runOnce()).toBe(first);
  await page.getByTestId('seed-input').fill('7');
  expect(await runOnce()).not.toBe(first);
});
