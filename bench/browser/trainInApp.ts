// Trains models in the production build running in Chromium and records the main thread's long
// tasks (PerformanceObserver 'longtask') in two phases: while the models train, and while the
// results screen (charts, importance, summary) arrives and renders. The aims: no task over
// 50 ms while training, none over 100 ms while the results render.
// Run: npm run build && npx tsx bench/browser/trainInApp.ts [FILE ROWS TARGET MODELS]
// (default: the built-in sample, target revenue, models linear,svm,neural on the cpu backend)
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';

export interface TrainPhaseFigure {
  readonly phase: string;
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

async function startObserving(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function takeTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}

const figure = (phase: string, ms: number, tasks: number[]): TrainPhaseFigure => ({
  phase,
  ms,
  longestTaskMs: Math.max(0, ...tasks),
  longTasks: tasks.length,
});

/** Loads data, trains `models`, then waits for every chart of the selected run. */
export async function measureTrainingInApp(
  file: string | null,
  rows: number | null,
  target: string,
  models: readonly string[],
): Promise<TrainPhaseFigure[]> {
  const server = await preview({ preview: { port: 4174, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4174/');
    if (file === null) await page.getByTestId('load-sample').click();
    else await page.getByTestId('file-input').setInputFiles(file);
    const summary = page.getByTestId('dataset-summary');
    await summary.waitFor({ timeout: 300_000 });
    if (rows !== null)
      await page
        .locator(`[data-testid="dataset-summary"][data-rows="${rows}"]`)
        .waitFor({ timeout: 300_000 });
    await page.getByTestId('target-select').selectOption({ label: target });
    for (const kind of ['linear', 'svm', 'neural']) {
      await page
        .locator(`[data-testid="model-select"][data-model="${kind}"]`)
        .setChecked(models.includes(kind));
    }
    await page.getByTestId('backend-select').selectOption('cpu');
    await startObserving(page);
    const started = Date.now();
    await page.getByTestId('train-button').click();
    for (const kind of models) {
      await page
        .locator(`[data-testid="model-result"][data-model="${kind}"][data-status="done"]`)
        .waitFor({ timeout: 600_000 });
    }
    const trained = Date.now();
    const training = figure('training', trained - started, await takeTasks(page));
    await page.getByTestId('chart-importance').waitFor({ timeout: 600_000 });
    await page.getByTestId('chart-fit').waitFor({ timeout: 600_000 });
    await page.waitForTimeout(500);
    const results = figure('results render', Date.now() - trained, await takeTasks(page));
    return [training, results];
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith('trainInApp.ts')) {
  const [file, rows, target, models] = process.argv.slice(2);
  const figures = await measureTrainingInApp(
    file ? file : null,
    rows ? Number(rows) : null,
    target ?? 'revenue',
    (models ?? 'linear,svm,neural').split(','),
  );
  console.table(figures);
}
