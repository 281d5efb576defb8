import { expect, test } from '@playwright/test';
import { AppPage, fixturePath, samplePath } from './support/appPage';

test.describe('importing spreadsheets', () => {
  test('loads the built-in sample and profiles every column', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadSample();
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
    await expect(app.profile('age')).toHaveAttribute('data-type', 'numeric');
    await expect(app.profile('region')).toHaveAttribute('data-type', 'categorical');
    await expect(app.profile('signup_date')).toHaveAttribute('data-type', 'date');
    await expect(app.profile('customer_id')).toHaveAttribute('data-type', 'id');
    await expect(app.profile('discount_used')).toHaveAttribute('data-type', 'boolean');
    await expect(app.profile('churned')).toHaveAttribute('data-type', 'boolean');
    await expect(app.profile('revenue')).toHaveAttribute('data-type', 'numeric');
    const columns = Number(await app.summary().getAttribute('data-columns'));
    await expect(page.getByTestId('column-profile')).toHaveCount(columns);
  });

  test('opens with the sample when the URL asks for it (npm start)', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?sample=customers');
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
  });

  test('imports the sample CSV dropped anywhere on the window', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.dropFixtures([samplePath('customers.csv')], page.locator('header'));
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.csv');
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
  });

  test('imports the sample workbook with typed cells', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.chooseFile(samplePath('customers.xlsx'));
    await expect(app.summary()).toHaveAttribute('data-name', 'customers.xlsx');
    await expect(app.summary()).toHaveAttribute('data-rows', '4000');
    await expect(app.profile('signup_date')).toHaveAttribute('data-type', 'date');
    await expect(app.profile('loyalty_member')).toHaveAttribute('data-type', 'boolean');
    await expect(app.profile('spend_tv')).toHaveAttribute('data-type', 'numeric');
  });

  test('reads a Chinese Excel export: GB18030, semicolons, decimal commas', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.dropFixtures([fixturePath('customers-gb18030-semicolon.csv')]);
    await expect(app.summary()).toHaveAttribute('data-rows', '8');
    await expect(page.getByTestId('encoding-select')).toHaveValue('gb18030');
    await expect(page.getByTestId('delimiter-select')).toHaveValue(';');
    await expect(app.profile('消费金额')).toHaveAttribute('data-type', 'numeric');
    await expect(app.profile('会员')).toHaveAttribute('data-type', 'boolean');
    await expect(app.profile('注册日期')).toHaveAttribute('data-type', 'date');
    await expect(app.profile('城市')).toHaveAttribute('data-type', 'categorical');
    await expect(page.getByTestId('data-grid')).toContainText('张伟');
    await expect(page.getByTestId('data-grid')).toContainText('1,234.56');
  });

  test('re-imports at once when the user picks another encoding or delimiter', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.dropFixtures([fixturePath('customers-gb18030-semicolon.csv')]);
    await expect(app.summary()).toHaveAttribute('data-columns', '6');
    await page.getByTestId('delimiter-select').selectOption(',');
    await expect(page.getByTestId('delimiter-select')).toHaveValue(',');
    await expect(app.summary()).not.toHaveAttribute('data-columns', '6');
    await page.getByTestId('delimiter-select').selectOption(';');
    await expect(app.summary()).toHaveAttribute('data-columns', '6');
    await page.getByTestId('encoding-select').selectOption('big5');
    await expect(page.getByTestId('encoding-select')).toHaveValue(/big5|gb18030/);
  });

  test('keeps prototype-named headers as ordinary columns', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.chooseFile(fixturePath('prototype-headers.csv'));
    await expect(app.summary()).toHaveAttribute('data-columns', '4');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      await expect(app.profile(name)).toHaveCount(1);
    }
    const prototypeKeys = await page.evaluate(
      () => Object.getOwnPropertyNames(Object.prototype).length,
    );
    const freshKeys = await page.evaluate(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const count = Object.getOwnPropertyNames(
        (frame.contentWindow as unknown as { Object: ObjectConstructor }).Object.prototype,
      ).length;
      frame.remove();
      return count;
    });
    expect(prototypeKeys).toBe(freshKeys);
  });

  test('reports ragged rows by line number without shifting columns', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.chooseFile(fixturePath('ragged.csv'));
    await expect(app.summary()).toHaveAttribute('data-rows', '4');
    await expect(app.summary()).toHaveAttribute('data-columns', '3');
    await expect(app.importWarning()).toContainText('3, 5');
    await expect(app.profile('spend')).toHaveAttribute('data-type', 'numeric');
    await expect(app.profile('spend')).toHaveAttribute('data-missing', '1');
  });
});
