import { expect, test } from '@playwright/test';
import { AppPage, fixturePath } from './support/appPage';

test.describe('real-world exports', () => {
  test('reads a German Excel export: windows-1252, euro amounts, percent, d.m.y dates', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.chooseFile(fixturePath('kunden-windows1252.csv'));
    await expect(app.summary()).toHaveAttribute('data-rows', '6');
    await expect(page.getByTestId('encoding-select')).toHaveValue('windows-1252');
    await expect(page.getByTestId('delimiter-select')).toHaveValue(';');
    await expect(app.profile('Straße')).toHaveCount(1);
    await expect(app.profile('Umsatz')).toHaveAttribute('data-type', 'numeric');
    await expect(app.profile('Rabatt')).toHaveAttribute('data-type', 'numeric');
    await expect(app.profile('Anmeldung')).toHaveAttribute('data-type', 'date');
    await expect(page.getByTestId('data-grid')).toContainText('Müller');
    await expect(page.getByTestId('data-grid')).toContainText('1,234.56');
  });

  test('reads Excel "Unicode text": UTF-16LE with BOM, tab-separated', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.chooseFile(fixturePath('unicode-text-utf16.txt'));
    await expect(app.summary()).toHaveAttribute('data-rows', '3');
    await expect(page.getByTestId('encoding-select')).toHaveValue('utf-16le');
    await expect(page.getByTestId('delimiter-select')).toHaveValue('\t');
    await expect(app.profile('spend')).toHaveAttribute('data-type', 'numeric');
    await expect(page.getByTestId('data-grid')).toContainText('华东');
  });

  test('lets the user pick another sheet of a workbook', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.chooseFile(fixturePath('two-sheets.xlsx'));
    await expect(page.getByTestId('sheet-select')).toHaveValue('Orders');
    await expect(app.summary()).toHaveAttribute('data-rows', '5');
    await expect(app.profile('paid')).toHaveAttribute('data-type', 'boolean');
    await page.getByTestId('sheet-select').selectOption('Regions');
    await expect(app.summary()).toHaveAttribute('data-rows', '3');
    await expect(app.profile('manager')).toHaveCount(1);
    await expect(app.profile('opened')).toHaveAttribute('data-missing', '3');
    await expect(app.profile('paid')).toHaveCount(0);
  });

  test("lets the user override a column's type", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadSample();
    await expect(app.profile('satisfaction')).toHaveAttribute('data-type', 'numeric');
    const select = app.profile('satisfaction').getByTestId('column-type-select');
    await select.selectOption('categorical');
    await expect(app.profile('satisfaction')).toHaveAttribute('data-type', 'categorical');
    await select.selectOption('numeric');
    await expect(app.profile('satisfaction')).toHaveAttribute('data-type', 'numeric');
  });
});

test.describe('languages', () => {
  test('switches between English and Simplified Chinese', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(page.getByTestId('load-sample')).toContainText(/sample/i);
    await page.getByTestId('language-select').selectOption('zh');
    await expect(page.getByTestId('load-sample')).toContainText(/示例/);
    await expect(page.locator('html')).toHaveAttribute('lang', /zh/);
    await page.getByTestId('language-select').selectOption('en');
    await expect(page.getByTestId('load-sample')).toContainText(/sample/i);
  });

  test.describe('with a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('starts in Simplified Chinese', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await expect(page.getByTestId('language-select')).toHaveValue('zh');
      await expect(page.getByTestId('load-sample')).toContainText(/示例/);
    });
  });
});
