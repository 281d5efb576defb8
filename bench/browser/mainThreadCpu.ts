// Reads a Chrome trace (Playwright's browser.startTracing) for the page's main thread: per
// top-level task, its wall time and its CPU time. On a machine that other work keeps busy a task's
// wall time stretches with the wait for a core; its CPU time is the page's own work.

/** Trace categories enough for per-task times: light enough to leave the page's speed alone. */
export const TASK_CATEGORIES = ['-*', 'toplevel', 'devtools.timeline'];

/** Names of a top-level task's event, depending on the categories recorded. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface TaskTime {
  /** ms after `fromUs` */
  readonly startMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface TraceEvent {
  readonly ph?: string;
  readonly name?: string;
  readonly pid?: number;
  readonly tid?: number;
  readonly ts?: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name ?? '') || !mains.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(e);
    byThread.set(thread, list);
  }
  // The page under test is the renderer that ran the most tasks.
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return outermost(tasks);
}

/** Tasks not nested in an earlier one (the scheduler's event sits inside the generic one). */
function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort(
    (a, b) => (a.ts ?? 0) - (b.ts ?? 0) || (b.dur ?? 0) - (a.dur ?? 0),
  );
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of sorted) {
    if ((task.ts ?? 0) < end) continue;
    kept.push(task);
    end = (task.ts ?? 0) + (task.dur ?? 0);
  }
  return kept;
}

/** Top-level main-thread tasks of the trace that started at or after `fromUs` (trace clock). */
export function taskTimes(traceJson: string, fromUs: number): TaskTime[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  return mainThreadTasks(events)
    .filter((e) => (e.ts ?? 0) >= fromUs)
    .map((e) => ({
      startMs: ((e.ts ?? 0) - fromUs) / 1000,
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? 0) / 1000,
    }));
}

/** The trace clock's time of the first event with this user-timing mark name, in µs. */
export function markTime(traceJson: string, mark: string): number | null {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  return events.find((e) => e.name === mark)?.ts ?? null;
}
