// Measures the main thread while the production build saves and opens a large project, and
// while it restores one kept in this browser. The aim (issue: "never block the main thread for
// more than 50 ms"): no task over 50 ms in any phase.
// Steps, each watched with PerformanceObserver('longtask'): import FILE (ROWS rows), save the
// project file (click to download, then SETTLE_MS), open that file in a fresh page (drop until the
// summary shows ROWS rows, then SETTLE_MS, when the grid renders), switch "keep on this device"
// on until it is saved (autosave to IndexedDB), and reload until the kept project is back.
// Input: e.g. bench/out/mixed-200000-seed42.csv (`BENCH_ROWS=200000 npm run bench -- importCsv`
// writes it). Run: npx vite build --outDir dist-NAME &&
//   BENCH_OUT_DIR=dist-NAME BENCH_PORT=4185 npx tsx bench/browser/projectInApp.ts FILE ROWS
// Env: BENCH_OUT_DIR (default dist), BENCH_PORT (default 4174), BENCH_RUNS (default 1),
// BENCH_CPU=1 (a light Chrome trace per phase: the most CPU time one main-thread task took, which
// on a busy machine says more than wall time), BENCH_DETAIL=1 (with BENCH_CPU: the heaviest tasks),
// BENCH_KEEP_TRACE=1 (with BENCH_CPU: writes each phase's trace to bench/out/ for Perfetto).
import { chromium, type Browser, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { markTime, TASK_CATEGORIES, taskTimes } from './mainThreadCpu';

const SETTLE_MS = 3000;
const TIMEOUT_MS = 300_000;

interface TaskEntry {
  readonly start: number;
  readonly ms: number;
}

export interface ProjectPhaseFigure {
  readonly phase: 'save' | 'open' | 'keep' | 'restore';
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Open and restore: the longest task until the summary shows (the grid renders after). */
  readonly longestBeforeTableMs: number | null;
  /** With BENCH_CPU=1: the most CPU time one main-thread task took in the phase. */
  readonly longestTaskCpuMs?: number;
}

const PHASE_MARK = 'bench-phase';
const tracing = process.env.BENCH_CPU === '1';

/** Starts a light trace of the phase (BENCH_CPU=1); the phase begins at a PHASE_MARK mark. */
async function startTrace(browser: Browser, page: Page): Promise<void> {
  if (!tracing) return;
  const categories = [...TASK_CATEGORIES, 'blink.user_timing'];
  await browser.startTracing(page, { screenshots: false, categories });
}

/** The most CPU time a main-thread task took since the phase's mark (BENCH_CPU=1). */
async function stopTrace(browser: Browser, phase: string): Promise<{ longestTaskCpuMs?: number }> {
  if (!tracing) return {};
  const json = (await browser.stopTracing()).toString('utf8');
  if (process.env.BENCH_KEEP_TRACE === '1') {
    await writeFile(`bench/out/projectInApp-${phase}-trace.json`, json);
  }
  const from = markTime(json, PHASE_MARK);
  const tasks = from === null ? [] : taskTimes(json, from);
  if (process.env.BENCH_DETAIL === '1') {
    const heavy = [...tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 8);
    const rounded = heavy.map((t) => ({
      phase,
      startMs: Math.round(t.startMs),
      wallMs: Math.round(t.wallMs),
      cpuMs: Math.round(t.cpuMs),
    }));
    console.table(rounded.sort((a, b) => a.startMs - b.startMs));
  }
  return { longestTaskCpuMs: Math.round(Math.max(0, ...tasks.map((t) => t.cpuMs))) };
}

type BenchWindow = Window & { __longTasks: TaskEntry[] };

/** Installed before the app's own scripts, so that restoring at start-up is watched too. */
function watchLongTasks(): void {
  const w = window as unknown as BenchWindow;
  w.__longTasks = [];
  performance.mark('bench-phase');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      w.__longTasks.push({ start: entry.startTime, ms: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: false });
}

const now = (page: Page) => page.evaluate(() => performance.now());
const tasksSince = async (page: Page, from: number) =>
  (await page.evaluate(() => (window as unknown as BenchWindow).__longTasks)).filter(
    (t) => t.start + t.ms >= from,
  );

function figure(
  phase: ProjectPhaseFigure['phase'],
  ms: number,
  tasks: readonly TaskEntry[],
  tableAt: number | null,
): ProjectPhaseFigure {
  const before = tableAt === null ? null : tasks.filter((t) => t.start < tableAt);
  return {
    phase,
    ms,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
    longTasks: tasks.length,
    longestBeforeTableMs: before === null ? null : Math.max(0, ...before.map((t) => t.ms)),
  };
}

const summaryWith = (page: Page, rows: number) =>
  page.locator(`[data-testid="dataset-summary"][data-rows="${rows}"]`);

const markPhase = (page: Page) =>
  page.evaluate((mark) => performance.mark(mark).startTime, PHASE_MARK);

async function saveProject(browser: Browser, page: Page, file: string, rows: number) {
  await page.getByTestId('file-input').setInputFiles(file);
  await summaryWith(page, rows).waitFor({ timeout: TIMEOUT_MS });
  await page.waitForTimeout(SETTLE_MS);
  await startTrace(browser, page);
  const from = await markPhase(page);
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT_MS }),
    page.getByTestId('project-export').click(),
  ]);
  const ms = Date.now() - started;
  const path = 'bench/out/projectInApp.sheetsense';
  await download.saveAs(path);
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await tasksSince(page, from);
  return {
    path,
    save: { ...figure('save', ms, tasks, null), ...(await stopTrace(browser, 'save')) },
  };
}

async function openProject(browser: Browser, url: string, path: string, rows: number) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchLongTasks);
    await page.goto(url);
    await startTrace(browser, page);
    const from = await markPhase(page);
    const started = Date.now();
    await page.getByTestId('project-import-input').setInputFiles(path);
    await summaryWith(page, rows).waitFor({ timeout: TIMEOUT_MS });
    const ms = Date.now() - started;
    const tableAt = await now(page);
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await tasksSince(page, from);
    return { ...figure('open', ms, tasks, tableAt), ...(await stopTrace(browser, 'open')) };
  } finally {
    await context.close();
  }
}

/**
 * Keeps the opened project in this browser (the "keep" phase: switching it on until it is saved
 * in IndexedDB), then reloads and waits for it to come back (the "restore" phase).
 */
async function keepAndRestore(browser: Browser, url: string, path: string, rows: number) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchLongTasks);
    await page.goto(url);
    await page.getByTestId('project-import-input').setInputFiles(path);
    await summaryWith(page, rows).waitFor({ timeout: TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    await startTrace(browser, page);
    const keptFrom = await markPhase(page);
    const keepStarted = Date.now();
    await page.getByTestId('persist-toggle').check();
    const saved = page.locator('[data-testid="project-status"][data-status="saved"]');
    await saved.waitFor({ timeout: TIMEOUT_MS });
    const keepMs = Date.now() - keepStarted;
    await page.waitForTimeout(SETTLE_MS);
    const keepTasks = await tasksSince(page, keptFrom);
    const keep = {
      ...figure('keep', keepMs, keepTasks, null),
      ...(await stopTrace(browser, 'keep')),
    };
    await startTrace(browser, page);
    const started = Date.now();
    await page.reload();
    await summaryWith(page, rows).waitFor({ timeout: TIMEOUT_MS });
    const ms = Date.now() - started;
    const tableAt = await now(page);
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await tasksSince(page, 0);
    const restore = figure('restore', ms, tasks, tableAt);
    return [keep, { ...restore, ...(await stopTrace(browser, 'restore')) }];
  } finally {
    await context.close();
  }
}

/** Saves, opens and restores a project made from `file` (`rows` rows) in the built app. */
export async function measureProjectInApp(file: string, rows: number, runs = 1) {
  const port = Number(process.env.BENCH_PORT ?? 4174);
  const server = await preview({
    build: { outDir: process.env.BENCH_OUT_DIR ?? 'dist' },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const url = `http://127.0.0.1:${port}/`;
  const figures: ProjectPhaseFigure[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.addInitScript(watchLongTasks);
      await page.goto(url);
      const { path, save } = await saveProject(browser, page, file, rows);
      await page.close();
      console.log(`project file: ${(statSync(path).size / 2 ** 20).toFixed(1)} MiB`);
      figures.push(save, await openProject(browser, url, path, rows));
      figures.push(...(await keepAndRestore(browser, url, path, rows)));
    }
    return figures;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith('projectInApp.ts')) {
  const [file, rows] = process.argv.slice(2);
  if (!file || !rows) throw new Error('usage: projectInApp.ts FILE ROWS');
  console.table(await measureProjectInApp(file, Number(rows), Number(process.env.BENCH_RUNS ?? 1)));
}
