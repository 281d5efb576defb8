import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';

// A date column with more distinct texts than the page decodes at once keeps its raw texts
// packed until first use (src/core/data/lazyStrings.ts); a type override must still see them.
const ROWS = 9000;

test('overrides a date column whose raw texts arrived still packed, and back', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const transfer = await page.evaluateHandle((rows) => {
    const lines = ['id,shipped_at,amount'];
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < rows; i++) {
      const stamp = new Date(start + i * 61_000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`${i},${stamp},${i % 17}.25`);
    }
    const dt = new DataTransfer();
    dt.items.add(new File([lines.join('\n')], 'shipments.csv', { type: 'text/csv' }));
    return dt;
  }, ROWS);
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(app.summary()).toHaveAttribute('data-rows', String(ROWS));
  const shipped = app.profile('shipped_at');
  await expect(shipped).toHaveAttribute('data-type', 'date');
  const select = shipped.getByTestId('column-type-select');
  await select.selectOption('text');
  await expect(shipped).toHaveAttribute('data-type', 'text');
  await expect(shipped).toHaveAttribute('data-missing', '0');
  await select.selectOption('date');
  await expect(shipped).toHaveAttribute('data-type', 'date');
  await expect(shipped).toHaveAttribute('data-missing', '0');
});
