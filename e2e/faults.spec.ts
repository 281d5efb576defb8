import { expect, test, type Page } from '@playwright/test';
import type { CrashFault, ImportFault, TrainFault } from '../src/workers/faultPlan';
import { AppPage, fixturePath } from './support/appPage';
import { ModelPage } from './support/modelPage';

// Faults are triggered for real through the app's test hook (src/workers/faultSwitch.ts), which
// exists only when the page is opened with ?inject-faults.
const FAULTS = '?inject-faults';

interface FaultSwitch {
  armTrain(kind: string, fault: TrainFault): void;
  armImport(fault: ImportFault): void;
  armResults(fault: CrashFault): void;
}

/** Arms a one-shot fault through the page's switch (see src/workers/faultSwitch.ts). */
async function arm(
  page: Page,
  target: 'train' | 'import' | 'results',
  fault: TrainFault | CrashFault,
  kind = '',
): Promise<void> {
  await page.evaluate(
    ({ target, fault, kind }) => {
      const faults = (globalThis as unknown as { __sheetsenseFaults: FaultSwitch })
        .__sheetsenseFaults;
      if (target === 'train') faults.armTrain(kind, fault as TrainFault);
      else if (target === 'import') faults.armImport(fault as CrashFault);
      else faults.armResults(fault as CrashFault);
    },
    { target, fault, kind },
  );
}

/** Opens the app with the fault switch and loads the sample (slow when the machine is busy). */
async function openWithSample(page: Page): Promise<AppPage> {
  test.setTimeout(Math.max(test.info().timeout, 240_000));
  const app = new AppPage(page);
  await app.open(FAULTS);
  await page.getByTestId('load-sample').click();
  await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv', { timeout: 90_000 });
  return app;
}

/** Sample loaded, revenue as target, a short neural run on `backend` besides the linear model. */
async function neuralBesideLinear(page: Page, backend: string): Promise<ModelPage> {
  await openWithSample(page);
  const model = new ModelPage(page);
  await model.chooseTarget('revenue');
  await model.selectModels(['linear', 'neural']);
  await model.setBackend(backend);
  await model.option('neural', 'epochs').fill('6');
  await model.option('neural', 'patience').fill('0');
  return model;
}

const GPU_LOSSES = [
  { backend: 'webgl', offered: 'wasm' },
  { backend: 'webgpu', offered: 'webgl' },
] as const;

for (const { backend, offered } of GPU_LOSSES) {
  test(`a lost ${backend} backend stops only the neural run and offers ${offered}`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const model = await neuralBesideLinear(page, backend);
    if (backend === 'webgpu') {
      const adapter = await page.evaluate(async () => {
        const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
        return gpu ? (await gpu.requestAdapter()) !== null : false;
      });
      test.skip(!adapter, 'this browser has no WebGPU adapter, so there is no device to lose');
    }
    await arm(page, 'train', { kind: 'lose-backend', afterEpoch: 2 }, 'neural');
    await model.train();
    await expect(await model.finished('neural', 240_000)).toHaveAttribute('data-status', 'error');
    const failure = model.result('neural').getByTestId('run-failure');
    await expect(failure).toHaveAttribute('data-code', 'backend-lost');
    await expect(failure).toContainText(`The ${backend} graphics context was lost`);
    // How the loss was noticed (event, poll, device.lost or a thrown error), for the report.
    test
      .info()
      .annotations.push({ type: 'failure', description: (await failure.textContent()) ?? '' });
    await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');

    const retry = model.result('neural').getByTestId('retry-backend');
    await expect(retry).toHaveAttribute('data-backend', offered);
    await retry.click();
    await expect(page.getByTestId('backend-select')).toHaveValue(offered);
    await expect(await model.finished('neural', 240_000)).toHaveAttribute('data-status', 'done');
    await expect(model.result('neural')).toHaveAttribute('data-backend', offered);
    await expect(model.result('linear')).toHaveAttribute('data-status', 'done');
    await expect(page.getByTestId('model-result')).toHaveCount(2);
  });
}

const CRASHES = [
  { how: 'close', code: 'worker-crashed' },
  { how: 'throw', code: 'worker-crashed' },
  { how: 'out-of-memory', code: 'out-of-memory' },
] as const;

test('a crashed training worker fails its run; the dataset and finished models stay', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const app = await openWithSample(page);
  const model = new ModelPage(page);
  await model.chooseTarget('revenue');
  await model.selectModels(['linear']);
  await model.train();
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
  const linearR2 = await model.result('linear').getAttribute('data-r2');

  await model.selectModels(['neural']);
  await model.setBackend('cpu');
  await model.option('neural', 'epochs').fill('3');
  for (const crash of CRASHES) {
    await arm(page, 'train', { kind: 'crash', how: crash.how, afterEpoch: 1 }, 'neural');
    await model.train();
    await expect(await model.finished('neural')).toHaveAttribute('data-status', 'error');
    const failure = model.result('neural').getByTestId('run-failure');
    await expect(failure, crash.how).toHaveAttribute('data-code', crash.code);
    await expect(model.result('neural').getByTestId('retry-backend')).toHaveCount(0);
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
    await expect(model.result('linear')).toHaveAttribute('data-r2', linearR2 ?? '');
  }

  await model.train();
  await expect(await model.finished('neural')).toHaveAttribute('data-status', 'done');
  await expect(model.result('linear')).toHaveAttribute('data-status', 'done');
});

test('a crashed import worker names the file and keeps the previous dataset', async ({ page }) => {
  const app = await openWithSample(page);
  for (const { how, code } of CRASHES) {
    await arm(page, 'import', { kind: 'crash', how });
    await app.chooseFile(fixturePath('ragged.csv'));
    await expect(app.importError(), how).toHaveAttribute('data-code', code);
    await expect(app.importError()).toContainText('ragged.csv');
    await expect(app.importError()).toContainText('previous dataset is kept');
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
  }
  await app.chooseFile(fixturePath('ragged.csv'));
  await expect(app.summary()).toHaveAttribute('data-name', 'ragged.csv');
  await expect(app.importError()).toHaveCount(0);
});

test('a crashed results worker shows an error with a retry; the dataset stays', async ({
  page,
}) => {
  const app = await openWithSample(page);
  const model = new ModelPage(page);
  await model.chooseTarget('revenue');
  await model.selectModels(['linear']);
  for (const how of ['close', 'throw'] as const) {
    await arm(page, 'results', { kind: 'crash', how });
    await model.train();
    await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
    const error = page.getByTestId('results-error');
    await expect(error, how).toContainText('stopped unexpectedly');
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
    await page.getByTestId('results-retry').click();
    await expect(error).toHaveCount(0);
    await expect(page.getByTestId('chart-actual-predicted')).toBeVisible();
  }
});

test('without ?inject-faults the fault switch does not exist', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  expect(await page.evaluate(() => '__sheetsenseFaults' in globalThis)).toBe(false);
});
