import { expect, test } from '@playwright/test';
import { expectVisibleFocus, tabTo, testId } from './support/keyboard';

test.describe('keyboard only: the whole flow without a mouse', () => {
  test.setTimeout(180_000);

  test('load the sample, set up, train, explore the results and export, by keys alone', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('drop-zone')).toBeVisible();

    // The first Tab stop skips the header; Enter moves focus into the main content.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    await expect(page.getByTestId('skip-link')).toBeInViewport();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await tabTo(page, testId('load-sample'));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-name', 'customers.csv');

    await tabTo(page, testId('target-select'));
    await expectVisibleFocus(page);
    await page.keyboard.type('churned');
    const target = page.getByTestId('target-select');
    await expect(target.locator('option:checked')).toHaveText('churned');
    await expect(page.getByTestId('task-type')).toHaveAttribute('data-task', 'classification');

    // Space ticks and unticks a model; linear (ticked by default) is the one that trains.
    const svm = page.locator(testId('model-select', '[data-model="svm"]'));
    await tabTo(page, testId('model-select', '[data-model="svm"]'));
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    await expect(svm).toBeChecked();
    await page.keyboard.press('Space');
    await expect(svm).not.toBeChecked();
    await tabTo(page, testId('model-select', '[data-model="linear"]'), { backwards: true });
    await expect(page.locator(testId('model-select', '[data-model="linear"]'))).toBeChecked();

    await tabTo(page, testId('train-button'));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    const linear = page.locator(testId('model-result', '[data-model="linear"]'));
    await expect(linear).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    await expect(page.getByTestId('training-announcer')).toContainText('Training finished: 1 done');

    // Onwards into the results: the leaderboard's run button, then the threshold slider.
    await tabTo(page, testId('run-select', '[data-model="linear"]'));
    await expectVisibleFocus(page);
    await expect(page.locator(testId('run-select', '[data-model="linear"]'))).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await tabTo(page, testId('fit-feature-select'));
    await expectVisibleFocus(page);
    const fit = page.getByTestId('chart-fit');
    const firstColumn = await fit.getAttribute('data-column');
    await page.keyboard.press('ArrowDown');
    await expect(fit).not.toHaveAttribute('data-column', firstColumn ?? '', { timeout: 60_000 });

    await tabTo(page, testId('threshold-slider'));
    await expectVisibleFocus(page);
    const metrics = page.getByTestId('threshold-metrics');
    const before = Number(await metrics.getAttribute('data-threshold'));
    const recallBefore = Number(await metrics.getAttribute('data-recall'));
    await page.keyboard.press('Home');
    await expect
      .poll(async () => Number(await metrics.getAttribute('data-threshold')))
      .toBeLessThan(before);
    expect(Number(await metrics.getAttribute('data-recall'))).toBeGreaterThanOrEqual(recallBefore);

    // The export bar sits above the charts: back up with Shift+Tab.
    await tabTo(page, testId('export-predictions'), { backwards: true });
    await expectVisibleFocus(page);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });
});
