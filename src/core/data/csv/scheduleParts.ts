import type { CsvPart, CsvPartTask } from './csvPartTypes';

/**
 * Yields batches of part tasks to run and receives their parts, in the same order; returns the
 * parts to merge. Drive it with runPartsSync or runParts.
 */
export type PartSchedule = Generator<readonly CsvPartTask[], CsvPart[], CsvPart[]>;

/**
 * Runs the tasks, then repairs what parsing them side by side got wrong, so that merging gives
 * exactly the whole-file parse:
 * - a part whose guessed start lay inside a record (a quoted line break just before it) is parsed
 *   again from where the part before really ended;
 * - a part holding numbers in a column that an earlier part already holds as text is parsed again
 *   with that column as text, since a whole-file parse keeps such values' own text from then on.
 */
export function* scheduleParts(tasks: readonly CsvPartTask[]): PartSchedule {
  const current = [...tasks];
  const parts = yield current;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const previousEnd = i === 0 ? part.start : parts[i - 1]!.end;
    if (part.start !== previousEnd) {
      current[i] = { ...current[i]!, from: previousEnd, exactStart: true };
      const [again] = yield [current[i]!];
      parts[i] = again!;
    }
    // A whole-file parse stops at the first failure, which makes later parts moot.
    if (parts[i]!.failure !== null || parts[i]!.invalidUtf8) return parts.slice(0, i + 1);
  }
  const repairs = textColumnRepairs(current, parts);
  if (repairs.length > 0) {
    const repaired = yield repairs;
    for (const part of repaired) parts[part.index] = part;
  }
  return parts;
}

/** Tasks that parse again, with more text columns, the parts after a column's first text. */
function textColumnRepairs(tasks: readonly CsvPartTask[], parts: readonly CsvPart[]) {
  const addedText = parts.map((): number[] => []);
  const columnCount = parts[0]?.columns.length ?? 0;
  for (let c = 0; c < columnCount; c++) {
    const firstText = parts.findIndex((part) => part.columns[c]?.kind === 'strings');
    if (firstText < 0) continue;
    for (let p = firstText + 1; p < parts.length; p++) {
      const column = parts[p]!.columns[c];
      const heldNumbers =
        column?.kind === 'numbers' ? !column.onlyEmptyCells : (column?.textFromRow ?? 0) > 0;
      if (heldNumbers) {
        addedText[p]!.push(c);
      }
    }
  }
  const repairs: CsvPartTask[] = [];
  addedText.forEach((columns, p) => {
    if (columns.length === 0) return;
    const task = tasks[p]!;
    const textColumns = [...task.textColumns, ...columns];
    repairs.push({ ...task, from: parts[p]!.start, exactStart: true, textColumns });
  });
  return repairs;
}

/** Runs a schedule whose batches run synchronously (bytes in memory: tests, benchmarks). */
export function runPartsSync(
  schedule: PartSchedule,
  run: (tasks: readonly CsvPartTask[]) => CsvPart[],
): CsvPart[] {
  let step = schedule.next([]);
  while (!step.done) step = schedule.next(run(step.value));
  return step.value;
}

/** Runs a schedule whose batches run asynchronously, side by side (workers). */
export async function runParts(
  schedule: PartSchedule,
  run: (tasks: readonly CsvPartTask[]) => Promise<CsvPart[]>,
): Promise<CsvPart[]> {
  let step = schedule.next([]);
  while (!step.done) step = schedule.next(await run(step.value));
  return step.value;
}
