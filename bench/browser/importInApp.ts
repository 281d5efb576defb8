// Drops a generated CSV into the production build running in Chromium and measures what a user
// waits for: time until the dataset summary shows every row, and the longest main-thread task
// meanwhile (PerformanceObserver 'longtask'). Run: npm run build && npx tsx bench/browser/importInApp.ts FILE ROWS
import { chromium } from '@playwright/test';
import { statSync } from 'node:fs';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';

export interface BrowserImportFigure {
  readonly file: string;
  readonly megabytes: number;
  readonly msToTable: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

/** Imports `file` (expected to have `rows` data rows) into the built app and times it. */
export async function measureImportInApp(file: string, rows: number): Promise<BrowserImportFigure> {
  const server = await preview({ preview: { port: 4174, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4174/');
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page
      .locator(`[data-testid="dataset-summary"][data-rows="${rows}"]`)
      .waitFor({ timeout: 300_000 });
    const msToTable = Date.now() - started;
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    );
    return {
      file,
      megabytes: statSync(file).size / 1e6,
      msToTable,
      longestTaskMs: Math.max(0, ...tasks),
      longTasks: tasks.length,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith('importInApp.ts')) {
  const [file, rows] = process.argv.slice(2);
  if (!file || !rows) throw new Error('usage: importInApp.ts FILE ROWS');
  console.table([await measureImportInApp(file, Number(rows))]);
}
