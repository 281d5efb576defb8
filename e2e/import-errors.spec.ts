import { expect, test } from '@playwright/test';
import { AppPage, fixturePath } from './support/appPage';

const badFiles: { file: string; code: string; mentions: RegExp }[] = [
  { file: 'unterminated-quote.csv', code: 'unterminated-quote', mentions: /line 3/ },
  { file: 'empty.csv', code: 'empty-file', mentions: /empty/ },
  { file: 'header-only.csv', code: 'header-only', mentions: /no data rows/ },
  { file: 'image.csv', code: 'binary-file', mentions: /binary/ },
  { file: 'zip-bomb.xlsx', code: 'zip-bomb', mentions: /zip bomb/ },
];

test.describe('bad input', () => {
  for (const bad of badFiles) {
    test(`explains ${bad.file} and keeps the previous dataset`, async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadSample();
      await app.chooseFile(fixturePath(bad.file));
      const error = app.importError();
      await expect(error).toHaveAttribute('data-code', bad.code);
      await expect(error).toContainText(bad.file);
      await expect(error).toContainText(bad.mentions);
      await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
      await expect(app.summary()).toHaveAttribute('data-rows', '4000');
    });
  }

  test('refuses several files dropped at once, naming them', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadSample();
    await app.dropFixtures([fixturePath('ragged.csv'), fixturePath('prototype-headers.csv')]);
    await expect(app.importError()).toHaveAttribute('data-code', 'several-files');
    await expect(app.importError()).toContainText('ragged.csv');
    await expect(app.importError()).toContainText('prototype-headers.csv');
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
  });

  test('refuses a file beyond the size cap before reading it', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?maxMB=1');
    await app.loadSample();
    const big = Buffer.alloc(2 * 1024 * 1024, 'a,b\n');
    await app.dropFiles([{ name: 'huge.csv', bytes: big }]);
    await expect(app.importError()).toHaveAttribute('data-code', 'too-large');
    await expect(app.importError()).toContainText('huge.csv');
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
  });

  test('cancels an import in flight and keeps the previous dataset', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadSample();
    await app.dropGeneratedCsv('big.csv', 4_000_000);
    await expect(page.getByTestId('import-progress')).toBeVisible();
    await page.getByTestId('import-cancel').click();
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
    await page.waitForTimeout(1500);
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
  });
});
