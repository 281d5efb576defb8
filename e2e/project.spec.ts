import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './support/appPage';
import { ModelPage } from './support/modelPage';
import { ProjectPage } from './support/projectPage';
import type { ProjectFault } from '../src/workers/faultPlan';

interface FaultSwitch {
  armProject(fault: ProjectFault | null): void;
}

// Training on the software-rendered Chromium of CI is slow: these tests train, reload and reopen.
test.describe.configure({ timeout: 180_000 });

/** What a person checks to know the project is the same one: the dataset and the model's scores. */
async function projectFacts(page: Page) {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  const summary = app.summary();
  return {
    name: await summary.getAttribute('data-name'),
    rows: await summary.getAttribute('data-rows'),
    columns: await summary.getAttribute('data-columns'),
    target: await page.getByTestId('target-select').locator('option:checked').textContent(),
    status: await model.result('linear').getAttribute('data-status'),
    r2: await model.result('linear').getAttribute('data-r2'),
    rmse: await model.result('linear').getAttribute('data-rmse'),
  };
}

/** Loads the sample, picks revenue and trains the linear model to the end. */
async function trainLinearOnSample(page: Page): Promise<void> {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.loadSample();
  await model.chooseTarget('revenue');
  await model.selectModels(['linear']);
  await model.train();
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
}

test('a kept project comes back after a reload: dataset, target and model scores', async ({
  page,
}) => {
  const project = new ProjectPage(page);
  await new AppPage(page).open();
  await project.keep();
  await trainLinearOnSample(page);
  await project.waitSaved();
  const before = await projectFacts(page);
  expect(before.r2).not.toBeNull();

  await page.reload();
  await expect(new AppPage(page).summary()).toHaveAttribute('data-name', 'customers.csv');
  await expect(new ModelPage(page).result('linear')).toHaveAttribute('data-status', 'done');
  expect(await projectFacts(page)).toEqual(before);
  await expect(page.getByTestId('persist-toggle')).toBeChecked();
  await expect(project.status()).toHaveAttribute('data-status', 'saved');

  // Forgetting everything closes the database first, so that it can really be deleted.
  await page.getByTestId('forget-everything').click();
  await page.getByTestId('forget-confirm').click();
  await expect(page.getByTestId('persist-toggle')).not.toBeChecked();
  await expect(project.status()).toHaveAttribute('data-status', 'off');
  const databases = () =>
    page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  await expect.poll(databases).not.toContain('sheetsense-project');
  await page.reload();
  await expect(new AppPage(page).summary()).toHaveCount(0);
});

test('a project file opens in a fresh browser; a bad one is refused by name', async ({
  page,
  browser,
}) => {
  await new AppPage(page).open();
  await trainLinearOnSample(page);
  const before = await projectFacts(page);
  const download = await new ProjectPage(page).download('project-export');
  expect(download.suggestedFilename()).toBe('customers.sheetsense');
  const file = await download.path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const project = new ProjectPage(other);
  await new AppPage(other).open();
  await project.open(file);
  await expect(new ModelPage(other).result('linear')).toHaveAttribute('data-status', 'done');
  expect(await projectFacts(other)).toEqual(before);

  const junk = Buffer.from('id,revenue\n1,2\n');
  await project.open({ name: 'broken.sheetsense', mimeType: 'text/csv', buffer: junk });
  await expect(project.error()).toContainText('broken.sheetsense');
  expect(await projectFacts(other)).toEqual(before);
  await fresh.close();
});

test('full storage: a visible error, and a download that opens again', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  const project = new ProjectPage(page);
  // The project worker writes the kept project: the fault is armed through the app's test hook
  // (src/workers/faultSwitch.ts) and makes that write fail as a full disk would.
  await app.open('?inject-faults');
  await page.evaluate(() => {
    const faults = (globalThis as unknown as { __sheetsenseFaults: FaultSwitch })
      .__sheetsenseFaults;
    faults.armProject({ kind: 'storage-full' });
  });
  await project.keep();
  await app.loadSample();
  await expect(project.error()).toBeVisible({ timeout: 30_000 });
  await expect(project.error()).toContainText('storage is full');
  await expect(project.status()).toHaveAttribute('data-status', 'error');
  await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
  expect(await project.storedTargetIndex()).toBeNull(); // nothing was kept
  const rows = await app.summary().getAttribute('data-rows');
  const file = await (await project.download('project-download')).path();

  // Space again: the next change is kept, and the error goes.
  await page.evaluate(() =>
    (globalThis as unknown as { __sheetsenseFaults: FaultSwitch }).__sheetsenseFaults.armProject(
      null,
    ),
  );
  await new ModelPage(page).chooseTarget('age');
  await project.waitSaved();
  await expect(project.error()).toHaveCount(0);
  expect(await project.storedTargetIndex()).toBe(1); // age, the second column

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await new AppPage(other).open();
  await new ProjectPage(other).open(file);
  await expect(new AppPage(other).summary()).toHaveAttribute('data-name', 'customers.csv');
  await expect(new AppPage(other).summary()).toHaveAttribute('data-rows', rows ?? '');
  await fresh.close();
});

test('two tabs: only one saves, and taking over moves saving to the other', async ({ context }) => {
  const first = await context.newPage();
  const firstProject = new ProjectPage(first);
  await new AppPage(first).open();
  await firstProject.keep();
  await new AppPage(first).loadSample();
  await new ModelPage(first).chooseTarget('revenue');
  await firstProject.waitSaved();
  const savedTarget = await firstProject.storedTargetIndex();
  expect(savedTarget).not.toBeNull();

  const second = await context.newPage();
  const secondProject = new ProjectPage(second);
  await new AppPage(second).open();
  await expect(secondProject.locked()).toBeVisible();
  await expect(secondProject.status()).toHaveAttribute('data-status', 'locked');
  await expect(new AppPage(second).summary()).toHaveAttribute('data-name', 'customers.csv');
  await new ModelPage(second).chooseTarget('churned');
  await second.waitForTimeout(2000); // longer than the autosave delay
  expect(await firstProject.storedTargetIndex()).toBe(savedTarget);

  await secondProject.takeOver();
  await secondProject.waitSaved();
  await expect(firstProject.locked()).toBeVisible();
  await expect(firstProject.status()).toHaveAttribute('data-status', 'locked');
  await expect.poll(() => firstProject.storedTargetIndex()).not.toBe(savedTarget);
});
