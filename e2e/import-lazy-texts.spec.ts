import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './support/appPage';

// A date column with more distinct texts than the page decodes at once keeps its raw texts
// packed until first use (src/core/data/lazyStrings.ts); a type override must still see them.
// A file of several MB is parsed in parts by nested workers, whose date texts pass through the
// import worker as bytes (LazyStrings.fromAsciiBytes, same module): the same texts must arrive.

/** The texts the page writes (the same formula runs in the page). */
const stampOf = (i: number): string =>
  new Date(Date.UTC(2024, 0, 1) + i * 61_000).toISOString().slice(0, 19).replace('T', ' ');

async function dropShipments(page: Page, rows: number): Promise<void> {
  const transfer = await page.evaluateHandle((count) => {
    const lines = ['id,shipped_at,amount'];
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < count; i++) {
      const stamp = new Date(start + i * 61_000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`${i},${stamp},${i % 17}.25`);
    }
    const dt = new DataTransfer();
    dt.items.add(new File([lines.join('\n')], 'shipments.csv', { type: 'text/csv' }));
    return dt;
  }, rows);
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
}

for (const { rows, how } of [
  { rows: 9000, how: 'in one go' },
  { rows: 150_000, how: 'in parts (about 5 MB)' },
]) {
  test(`overrides a date column whose raw texts arrived still packed, and back: ${how}`, async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await dropShipments(page, rows);
    await expect(app.summary()).toHaveAttribute('data-rows', String(rows));
    const shipped = app.profile('shipped_at');
    await expect(shipped).toHaveAttribute('data-type', 'date');
    const select = shipped.getByTestId('column-type-select');
    await select.selectOption('text');
    await expect(shipped).toHaveAttribute('data-type', 'text');
    await expect(shipped).toHaveAttribute('data-missing', '0');
    // The grid's first rows show the texts exactly as the file wrote them.
    await expect(page.getByTestId('data-grid')).toContainText(stampOf(1));
    await select.selectOption('date');
    await expect(shipped).toHaveAttribute('data-type', 'date');
    await expect(shipped).toHaveAttribute('data-missing', '0');
  });
}
