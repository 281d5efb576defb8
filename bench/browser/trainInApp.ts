// Trains models in the production build running in Chromium and records the main thread's long
// tasks (PerformanceObserver 'longtask') in two phases: while the models train, and while the
// results screen (charts, importance, summary) arrives and renders. The aims: no task over
// 50 ms while training, none over 100 ms while the results render.
// Run: npm run build && npx tsx bench/browser/trainInApp.ts [FILE ROWS TARGET MODELS]
// (default: the built-in sample, target revenue, models linear,svm,neural on the cpu backend).
// Env: BENCH_OUT_DIR (build folder, default dist), BENCH_PORT (default 4174), BENCH_DETAIL=1 also
// lists each long task with the charts and panels it put on screen; BENCH_PROFILE=FILE writes a
// V8 CPU profile of both phases (build with `--minify false` for readable names; `pageMsAtStart`
// lines it up with the tasks' start times); BENCH_TRACE=FILE writes a Chrome trace (layout, style,
// paint and script of each task, with JS samples). The training phase ends in the task that stores
// the last model's result (its progress row turns "done"); every later task counts as results
// render.
import { writeFileSync } from 'node:fs';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';

export interface TrainPhaseFigure {
  readonly phase: string;
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

/** A long task and the test ids of the elements added to the page during it. */
export interface AttributedTask {
  readonly phase: string;
  readonly startMs: number;
  readonly ms: number;
  readonly added: string;
}

interface TaskEntry {
  readonly start: number;
  readonly duration: number;
}

interface Addition {
  readonly at: number;
  readonly ids: string[];
}

type BenchWindow = Window & {
  __longTasks: TaskEntry[];
  __added: Addition[];
  /** Page time at which each model's progress row first showed "done" (model kind to ms). */
  __doneAt: Record<string, number>;
};

async function startObserving(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__longTasks = [];
    w.__added = [];
    w.__doneAt = {};
    // A run's row turns "done" in the task that stores its result: training ends with the last.
    new MutationObserver(() => {
      const rows = document.querySelectorAll('[data-testid="model-result"][data-status="done"]');
      for (const row of rows)
        w.__doneAt[row.getAttribute('data-model') ?? '?'] ??= performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-status'] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: false });
    // Mutation records arrive at the end of the task that made them: they name what it rendered.
    new MutationObserver((records) => {
      const ids = new Set<string>();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const named = [
            node,
            ...node.querySelectorAll(
              'figure[data-testid], [data-testid$="-summary"], [data-testid$="-table"]',
            ),
          ];
          for (const element of named) {
            const id = element.getAttribute('data-testid');
            if (id) ids.add(id);
          }
          // A chart's plot is drawn a task after its figure, once its container has a size:
          // a Recharts chart's wrapper, or a plain-SVG chart's surface.
          const plotSelector = '.recharts-wrapper, svg.chart-surface';
          const plots = node.matches(plotSelector)
            ? [node]
            : [...node.querySelectorAll(plotSelector)];
          for (const plot of plots) {
            ids.add(`${plot.closest('figure')?.getAttribute('data-testid') ?? '?'}:plot`);
          }
        }
      }
      if (ids.size > 0) w.__added.push({ at: performance.now(), ids: [...ids] });
    }).observe(document.body, { childList: true, subtree: true });
  });
}

async function takeTasks(page: Page): Promise<{ tasks: TaskEntry[]; added: Addition[] }> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const taken = { tasks: w.__longTasks, added: w.__added };
    w.__longTasks = [];
    w.__added = [];
    return taken;
  });
}

const figure = (phase: string, ms: number, tasks: readonly TaskEntry[]): TrainPhaseFigure => ({
  phase,
  ms: Math.round(ms),
  longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
  longTasks: tasks.length,
});

/** Names each long task by the elements that appeared while it ran (or just after it). */
function attribute(
  phase: string,
  tasks: readonly TaskEntry[],
  added: readonly Addition[],
): AttributedTask[] {
  return tasks.map((task) => {
    const end = task.start + task.duration;
    const ids = added.filter((entry) => entry.at >= task.start && entry.at <= end + 2);
    return {
      phase,
      startMs: Math.round(task.start),
      ms: Math.round(task.duration),
      added: ids.flatMap((entry) => entry.ids).join(' ') || '-',
    };
  });
}

/** Starts the V8 sampling profiler when a profile file is asked for. */
/**
 * What a trace records: the main thread's tasks with their layout, style, paint and script, and
 * V8's JS samples (which functions each task's script spent its time in).
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

interface Profiling {
  readonly session: CDPSession;
  /** The page's performance.now() just after the profiler started, to line up the long tasks. */
  readonly pageMsAtStart: number;
}

async function startProfiling(page: Page, file: string | undefined): Promise<Profiling | null> {
  if (!file) return null;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 }); // microseconds
  await session.send('Profiler.start');
  return { session, pageMsAtStart: await page.evaluate(() => performance.now()) };
}

async function stopProfiling(profiling: Profiling | null, file: string | undefined): Promise<void> {
  if (!profiling || !file) return;
  const { profile } = await profiling.session.send('Profiler.stop');
  writeFileSync(file, JSON.stringify({ ...profile, pageMsAtStart: profiling.pageMsAtStart }));
}

/** Loads data, trains `models`, then waits for every chart of the selected run. */
export async function measureTrainingInApp(
  file: string | null,
  rows: number | null,
  target: string,
  models: readonly string[],
): Promise<{
  figures: TrainPhaseFigure[];
  tasks: AttributedTask[];
  /** The training phase on the page clock (performance.now()), to line up profiles and traces. */
  span: { startMs: number; endMs: number };
}> {
  const port = Number(process.env.BENCH_PORT ?? 4174);
  const server = await preview({
    build: { outDir: process.env.BENCH_OUT_DIR ?? 'dist' },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
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
    const profiler = await startProfiling(page, process.env.BENCH_PROFILE);
    const trace = process.env.BENCH_TRACE;
    if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
    await startObserving(page);
    // Playwright sets up its script in the page's world on the first waitForFunction (15-24 ms
    // of CPU, a trace at load 6): done here, it no longer lands among the training's tasks.
    await page.waitForFunction(() => true);
    // The time stamp lines a trace up with the page clock (BENCH_TRACE).
    const startedAt = await page.evaluate(() => {
      console.timeStamp('bench: training starts');
      return performance.now();
    });
    await page.getByTestId('train-button').click();
    // Waits read what the page's observers noted, every 200 ms: a locator's wait would query the
    // whole document in the page on every animation frame, work the app's users never run, and
    // it landed inside the tasks measured (12 ms of one 124 ms task in a profile).
    await page.waitForFunction(
      (kinds) => {
        const w = window as unknown as BenchWindow;
        const shown = new Set(w.__added.flatMap((addition) => addition.ids));
        const trained = kinds.every((kind) => w.__doneAt[kind] !== undefined);
        return trained && shown.has('chart-importance') && shown.has('chart-fit');
      },
      models,
      { timeout: 600_000, polling: 200 },
    );
    // The charts mount one per task: wait until nothing new has appeared for a second.
    await page.waitForFunction(
      () => {
        const { __added: added } = window as unknown as BenchWindow;
        const last = added[added.length - 1]?.at ?? 0;
        return performance.now() - last > 1000;
      },
      undefined,
      { timeout: 600_000, polling: 200 },
    );
    const { tasks, added } = await takeTasks(page);
    const { doneAt, now } = await page.evaluate(() => ({
      doneAt: (window as unknown as BenchWindow).__doneAt,
      now: performance.now(),
    }));
    // Training ends in the task that stores the last result; tasks from then on are the results'.
    const trainedAt = Math.max(...models.map((kind) => doneAt[kind] ?? now));
    const during = tasks.filter((task) => task.start < trainedAt);
    const after = tasks.filter((task) => task.start >= trainedAt);
    await stopProfiling(profiler, process.env.BENCH_PROFILE);
    if (trace) await browser.stopTracing();
    return {
      figures: [
        figure('training', trainedAt - startedAt, during),
        figure('results render', now - trainedAt, after),
      ],
      tasks: [
        ...attribute('training', during, added),
        ...attribute('results render', after, added),
      ],
      span: { startMs: startedAt, endMs: trainedAt },
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith('trainInApp.ts')) {
  const [file, rows, target, models] = process.argv.slice(2);
  const { figures, tasks, span } = await measureTrainingInApp(
    file ? file : null,
    rows ? Number(rows) : null,
    target ?? 'revenue',
    (models ?? 'linear,svm,neural').split(','),
  );
  console.table(figures);
  if (process.env.BENCH_DETAIL === '1') {
    console.log(`training: page time ${Math.round(span.startMs)}-${Math.round(span.endMs)} ms`);
    console.table(tasks);
  }
}
