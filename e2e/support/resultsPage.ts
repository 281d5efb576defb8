import { expect, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';

/** The results screen: charts, exports and scoring, through the ui-contract test ids. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  chart(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Waits until the chart shows at least one point and returns how many. */
  async pointsOf(testId: string): Promise<number> {
    const chart = this.chart(testId);
    await expect(chart).toHaveAttribute('data-points', /^[1-9]\d*$/, { timeout: 120_000 });
    return Number(await chart.getAttribute('data-points'));
  }

  /**
   * Hovers one real point of a scatter chart: the hit area names an outlying point's pixel
   * position and 1-based table row (`data-sample-*`). Returns that row.
   */
  async hoverPoint(testId: string): Promise<string> {
    const area = this.chart(testId).getByTestId('chart-hit-area');
    await expect(area).toHaveAttribute('data-sample-row', /^[1-9]\d*$/);
    const x = Number(await area.getAttribute('data-sample-x'));
    const y = Number(await area.getAttribute('data-sample-y'));
    await area.hover({ position: { x, y }, force: true });
    return (await area.getAttribute('data-sample-row')) ?? '';
  }

  /** The chart's plot surface (legend icons are small SVGs too), focusable by keyboard. */
  plotSurface(testId: string): Locator {
    return this.chart(testId).locator(
      'svg.chart-surface, .recharts-wrapper > svg.recharts-surface',
    );
  }

  /** Clicks a button that downloads a file and returns the download. */
  async download(testId: string, within: Locator | Page = this.page): Promise<Download> {
    const waiting = this.page.waitForEvent('download');
    await within.getByTestId(testId).click();
    return waiting;
  }

  /** Parses a downloaded CSV (UTF-8 with BOM); returns the header and the rows as strings. */
  async csvOf(download: Download): Promise<{ text: string; rows: Record<string, string>[] }> {
    const text = await readFile(await download.path(), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    return { text, rows: parsed.data };
  }
}
