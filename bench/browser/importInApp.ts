// Drops a generated CSV into the production build running in Chromium and measures what a user
// waits for: time until the dataset summary shows every row, and the longest main-thread task
// (PerformanceObserver 'longtask') while the import runs and for SETTLE_MS after the table shows,
// when the grid, profile cards and PII panel render. The aim: no task over 50 ms.
// Input: a file from the sample generator (scripts/customers/benchTables.ts), which
// `npm run bench -- importCsv` writes to bench/out/ (git-ignored), e.g.
// bench/out/mixed-1000000-seed42.csv (1,000,000 rows x 20 columns, 173 MB).
// Run: npx vite build --outDir dist && npx tsx bench/browser/importInApp.ts FILE ROWS
// Env: BENCH_OUT_DIR (build folder, default dist), BENCH_PORT (default 4174), BENCH_RUNS (imports,
// each in a fresh page, default 1), BENCH_DETAIL=1 lists each long task (start ms after the drop),
// BENCH_CPU=1 also records a light Chrome trace and reports each task's CPU time (on a busy machine
// a task's wall time mostly measures the wait for a core), BENCH_TRACE=FILE writes a full Chrome
// trace (JavaScript samples included) of the first run instead (open it in Perfetto).
import { chromium, type Browser, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { markTime, TASK_CATEGORIES, taskTimes, type TaskTime } from './mainThreadCpu';

/** Main-thread quiet time watched after the table shows: the grid and cards render then. */
const SETTLE_MS = 3000;

export interface BrowserImportFigure {
  readonly file: string;
  readonly megabytes: number;
  readonly msToTable: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly longestAfterTableMs: number;
  /** With BENCH_CPU or BENCH_TRACE: the most CPU time one main-thread task took, from the drop. */
  readonly longestTaskCpuMs?: number;
}

type Tracing = { readonly kind: 'none' } | { readonly kind: 'cpu' | 'full'; readonly path: string };

const DROP_MARK = 'bench-drop';

async function startTrace(browser: Browser, page: Page, tracing: Tracing): Promise<void> {
  if (tracing.kind === 'none') return;
  const categories = [...TASK_CATEGORIES, 'blink.user_timing'];
  const options = tracing.kind === 'cpu' ? { categories } : {};
  await browser.startTracing(page, { path: tracing.path, screenshots: false, ...options });
}

/** The tasks from the drop on, or null without a trace. */
async function stopTrace(browser: Browser, tracing: Tracing): Promise<TaskTime[] | null> {
  if (tracing.kind === 'none') return null;
  const json = (await browser.stopTracing()).toString('utf8');
  await writeFile(tracing.path, json);
  const dropAt = markTime(json, DROP_MARK);
  return dropAt === null ? null : taskTimes(json, dropAt);
}

interface TaskEntry {
  readonly start: number;
  readonly ms: number;
}

type BenchWindow = Window & { __longTasks: TaskEntry[]; __tableAt: number | null };

async function importOnce(
  browser: Browser,
  url: string,
  file: string,
  rows: number,
  tracing: Tracing,
): Promise<{ figure: BrowserImportFigure; tasks: TaskEntry[]; cpu: TaskTime[] | null }> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.evaluate((rowCount) => {
      const w = window as unknown as BenchWindow;
      w.__longTasks = [];
      w.__tableAt = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__longTasks.push({ start: entry.startTime, ms: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: false });
      // Records when the full table's summary first shows (mutation records end its task).
      const selector = `[data-testid="dataset-summary"][data-rows="${rowCount}"]`;
      const watcher = new MutationObserver(() => {
        if (w.__tableAt !== null || !document.querySelector(selector)) return;
        w.__tableAt = performance.now();
        watcher.disconnect();
      });
      watcher.observe(document.body, { childList: true, subtree: true, attributes: true });
    }, rows);
    await startTrace(browser, page, tracing);
    const dropAt = await page.evaluate((mark) => performance.mark(mark).startTime, DROP_MARK);
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page
      .locator(`[data-testid="dataset-summary"][data-rows="${rows}"]`)
      .waitFor({ timeout: 300_000 });
    const msToTable = Date.now() - started;
    await page.waitForTimeout(SETTLE_MS);
    const tableAt = await page.evaluate(() => (window as unknown as BenchWindow).__tableAt ?? 0);
    const cpu = await stopTrace(browser, tracing);
    const raw = await page.evaluate(() => (window as unknown as BenchWindow).__longTasks);
    const tasks = raw.map((t) => ({ start: Math.round(t.start - dropAt), ms: t.ms }));
    // The task that shows the table ends after tableAt; it counts as after.
    const afterTable = raw.filter((t) => t.start + t.ms >= tableAt).map((t) => t.ms);
    const figure = {
      file,
      megabytes: statSync(file).size / 1e6,
      msToTable,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
      longTasks: tasks.length,
      longestAfterTableMs: Math.max(0, ...afterTable),
      ...(cpu ? { longestTaskCpuMs: Math.max(0, ...cpu.map((t) => t.cpuMs)) } : {}),
    };
    return { figure, tasks, cpu };
  } finally {
    await page.close();
  }
}

function tracingFor(run: number): Tracing {
  const full = process.env.BENCH_TRACE;
  if (full && run === 0) return { kind: 'full', path: full };
  if (process.env.BENCH_CPU === '1')
    return { kind: 'cpu', path: 'bench/out/importInApp-trace.json' };
  return { kind: 'none' };
}

const rounded = (t: TaskTime) => ({
  startMs: Math.round(t.startMs),
  wallMs: Math.round(t.wallMs),
  cpuMs: Math.round(t.cpuMs),
});

/** Imports `file` (expected to have `rows` data rows) into the built app `runs` times. */
export async function measureImportInApp(
  file: string,
  rows: number,
  runs = 1,
): Promise<BrowserImportFigure[]> {
  const port = Number(process.env.BENCH_PORT ?? 4174);
  const server = await preview({
    build: { outDir: process.env.BENCH_OUT_DIR ?? 'dist' },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const figures: BrowserImportFigure[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const url = `http://127.0.0.1:${port}/`;
      const { figure, tasks, cpu } = await importOnce(browser, url, file, rows, tracingFor(run));
      figures.push(figure);
      if (process.env.BENCH_DETAIL !== '1') continue;
      console.table(tasks);
      // The tasks that used the most CPU, in order of time.
      const heavy = [...(cpu ?? [])].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 12);
      if (heavy.length > 0) console.table(heavy.sort((a, b) => a.startMs - b.startMs).map(rounded));
    }
    return figures;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith('importInApp.ts')) {
  const [file, rows] = process.argv.slice(2);
  if (!file || !rows) throw new Error('usage: importInApp.ts FILE ROWS');
  const runs = Number(process.env.BENCH_RUNS ?? 1);
  console.table(await measureImportInApp(file, Number(rows), runs));
}
