import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './support/appPage';
import { ProjectPage } from './support/projectPage';

// Saving and opening projects runs in the project worker; these check what a person sees.
test.describe.configure({ timeout: 120_000 });

/** A small file with personal data in two columns, so that the check's findings can be compared. */
const PEOPLE_CSV = [
  'email,mobile,visits,region',
  ...Array.from(
    { length: 40 },
    (_, i) =>
      `person${i}@example.com,1380013${String(8000 + i)},${i % 7},${['north', 'south'][i % 2]}`,
  ),
].join('\n');

const piiColumns = (page: Page) =>
  page
    .getByTestId('pii-column')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-column')}:${row.getAttribute('data-kind')}`),
    );

async function importPeople(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PEOPLE_CSV, 'utf8'),
  });
  await expect(new AppPage(page).summary()).toHaveAttribute('data-rows', '40');
  await expect(page.getByTestId('pii-column').first()).toBeVisible();
  expect(await piiColumns(page)).toContain('email:email');
}

/** Saves the open project and returns the file's bytes. */
async function savedProject(page: Page): Promise<Buffer> {
  const download = await new ProjectPage(page).download('project-export');
  expect(download.suggestedFilename()).toBe('people.sheetsense');
  return readFile(await download.path());
}

test('a saved project opens again: the same dataset and the same personal-data findings', async ({
  page,
  browser,
}) => {
  await new AppPage(page).open();
  await importPeople(page);
  const findings = await piiColumns(page);
  const bytes = await savedProject(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await new AppPage(other).open();
  await new ProjectPage(other).open({
    name: 'people.sheetsense',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  const summary = new AppPage(other).summary();
  await expect(summary).toHaveAttribute('data-name', 'people.csv');
  await expect(summary).toHaveAttribute('data-rows', '40');
  await expect(summary).toHaveAttribute('data-columns', '4');
  await expect(other.getByTestId('pii-column')).toHaveCount(findings.length);
  expect(await piiColumns(other)).toEqual(findings);
  await expect(new ProjectPage(other).error()).toHaveCount(0);
  await fresh.close();
});

test('a damaged project file names the file and the damage, and changes nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  const project = new ProjectPage(page);
  await app.open();
  await importPeople(page);
  const whole = await savedProject(page);
  const cut = { name: 'cut.sheetsense', mimeType: 'application/octet-stream' };

  // Without a dataset open: the message, and still no dataset.
  const empty = await page.context().newPage();
  await new AppPage(empty).open();
  await new ProjectPage(empty).open({ ...cut, buffer: whole.subarray(0, 40) });
  const emptyError = new ProjectPage(empty).error();
  await expect(emptyError).toContainText('cut.sheetsense');
  await expect(emptyError).toContainText('the file is cut short');
  await expect(new AppPage(empty).summary()).toHaveCount(0);
  await empty.close();

  // With a dataset open: the message, and the dataset and its findings as they were.
  const findings = await piiColumns(page);
  await project.open({ ...cut, buffer: whole.subarray(0, 40) });
  await expect(project.error()).toContainText('cut.sheetsense');
  await expect(project.error()).toContainText('the file is cut short');
  await expect(app.summary()).toHaveAttribute('data-name', 'people.csv');
  await expect(app.summary()).toHaveAttribute('data-rows', '40');
  expect(await piiColumns(page)).toEqual(findings);
});
