import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import {
  columnTypingTasks,
  finishTypedColumns,
  planCsvImportParts,
} from '../src/core/data/csv/csvPartsImport';
import { frameParts } from '../src/core/data/csv/mergeParts';
import { parsePartInMemory } from '../src/core/data/csv/parseCsvInParts';
import { runPartsSync, scheduleParts } from '../src/core/data/csv/scheduleParts';
import { byTypingWork, typeColumnParts } from '../src/core/data/csv/typeColumnParts';
import { SAMPLE_BYTES } from '../src/core/data/importStream';
import { benchRows, cachedCsv } from './benchInputs';
import type { BenchCase, BenchImplementation, BenchSuite, RunOutput } from './benchTypes';
import { loadOurImport, type ImportBytes } from './loadOurImport';
import { startPartThreads } from './partThreads';

// Every implementation starts from the file's bytes, as ours does, so decoding is in every time.
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function papaparse(bytes: Uint8Array): RunOutput {
  const parsed = Papa.parse<Record<string, unknown>>(decode(bytes), {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  return { rows: parsed.data.length, output: parsed };
}

function udsv(bytes: Uint8Array): RunOutput {
  const text = decode(bytes);
  const columns = initParser(inferSchema(text)).typedCols<unknown[][]>(text);
  return { rows: columns[0]?.length ?? 0, output: columns };
}

function ours(importBytes: ImportBytes, bytes: Uint8Array, fileName: string): RunOutput {
  const result = importBytes(bytes, fileName, {});
  if (!result.ok) throw new Error(`importBytes failed: ${JSON.stringify(result.error)}`);
  return { rows: result.value.table.rowCount, output: result.value };
}

/** Part workers: BENCH_PARTS, default one per core up to 4 (the app's cap). */
const PART_WORKERS = Number(process.env.BENCH_PARTS ?? Math.min(4, availableParallelism()));

let partThreads: ReturnType<typeof startPartThreads> | null = null;

/**
 * The app's path for a large file: parts parsed, then columns merged and typed, on worker
 * threads started once beforehand (not timed).
 */
export function oursInParts(bytes: Uint8Array, path: string, count: number) {
  const fileName = basename(path);
  const threads = (partThreads ??= startPartThreads(count));
  return (): RunOutput => {
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const plan = planCsvImportParts(fileName, sample, bytes.length, {}, count);
    if (plan === null) throw new Error('this file does not split');
    const parts = runPartsSync(scheduleParts(plan.tasks), (tasks) =>
      threads.parts(path, bytes.length, tasks),
    );
    const frame = frameParts(parts, plan.setup.hasHeader);
    if (!frame.ok) throw new Error(`parts failed: ${JSON.stringify(frame.error)}`);
    const typed = threads.typeColumns(columnTypingTasks(plan, frame.value, parts));
    const result = finishTypedColumns(fileName, plan, frame.value, typed);
    if (!result.ok) throw new Error(`parts failed: ${JSON.stringify(result.error)}`);
    return { rows: result.value.table.rowCount, output: result.value };
  };
}

/** The result of `work` and the milliseconds it took. */
function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  return [work(), performance.now() - started];
}

/** Of tasks timed side by side, the time all but the slowest would save. */
const overlapMs = (times: readonly number[]) =>
  times.reduce((a, b) => a + b, 0) - Math.max(0, ...times);

/** How long `cores` cores take for jobs of these times, each job going to the first free core. */
function makespanMs(times: readonly number[], cores: number): number {
  const free = new Array<number>(cores).fill(0);
  for (const ms of times) free[free.indexOf(Math.min(...free))]! += ms;
  return Math.max(...free);
}

/**
 * The same parts and columns as the worker_threads row, one after another on this thread: its
 * time is all the work. Each run also prints the critical path, what `count` idle cores would
 * wait for: the serial steps, the slowest part, and the columns shared out as the app shares
 * them (thread messaging left out).
 */
function oursPartsInTurn(bytes: Uint8Array, fileName: string, count: number) {
  return (): RunOutput => {
    const started = performance.now();
    let saved = 0;
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const plan = planCsvImportParts(fileName, sample, bytes.length, {}, count);
    if (plan === null) throw new Error('this file does not split');
    const parts = runPartsSync(scheduleParts(plan.tasks), (tasks) => {
      const timedParts = tasks.map((task) => timed(() => parsePartInMemory(bytes, task)));
      saved += overlapMs(timedParts.map(([, ms]) => ms));
      return timedParts.map(([part]) => part);
    });
    const frame = frameParts(parts, plan.setup.hasHeader);
    if (!frame.ok) throw new Error(`parts failed: ${JSON.stringify(frame.error)}`);
    const tasks = byTypingWork(columnTypingTasks(plan, frame.value, parts));
    const typed = tasks.map((task) => timed(() => typeColumnParts(task)));
    const typingMs = typed.map(([, ms]) => ms);
    saved += typingMs.reduce((a, b) => a + b, 0) - makespanMs(typingMs, count);
    const result = finishTypedColumns(
      fileName,
      plan,
      frame.value,
      typed.map(([column]) => column),
    );
    if (!result.ok) throw new Error(`parts failed: ${JSON.stringify(result.error)}`);
    const total = performance.now() - started;
    const critical = `${(total - saved).toFixed(0)} of ${total.toFixed(0)} ms`;
    console.log(`    critical path with ${count} cores: ${critical}`);
    return { rows: result.value.table.rowCount, output: result.value };
  };
}

function implementations(
  bytes: Uint8Array,
  path: string,
  importBytes: ImportBytes | string,
): BenchImplementation[] {
  const fileName = basename(path);
  const oursImplementation: BenchImplementation =
    typeof importBytes === 'string'
      ? {
          name: 'ours (importBytes)',
          ours: true,
          skipReason: importBytes,
          run: () => ({ rows: null, output: null }),
        }
      : { name: 'ours (importBytes)', ours: true, run: () => ours(importBytes, bytes, fileName) };
  const partsName = `ours, ${PART_WORKERS} parts (worker_threads)`;
  const inTurnName = `ours, ${PART_WORKERS} parts one after another`;
  // Lightest first: the process's peak RSS only grows, so each row's peak reflects that case.
  return [
    { name: 'TextDecoder only', run: () => ({ rows: null, output: decode(bytes) }) },
    oursImplementation,
    { name: inTurnName, run: oursPartsInTurn(bytes, fileName, Math.max(2, PART_WORKERS)) },
    PART_WORKERS >= 2
      ? { name: partsName, run: oursInParts(bytes, path, PART_WORKERS) }
      : { name: partsName, skipReason: 'one core', run: () => ({ rows: null, output: null }) },
    { name: 'uDSV typedCols (decode+parse)', run: () => udsv(bytes) },
    { name: 'papaparse (decode+parse)', run: () => papaparse(bytes) },
  ];
}

/** CSV import: generated numeric and mixed tables, bytes in, typed table out. */
export const suite: BenchSuite = {
  title: 'CSV import (bytes -> typed table)',
  async prepare(): Promise<BenchCase[]> {
    const rows = benchRows();
    const importBytes = await loadOurImport();
    if (typeof importBytes === 'string') console.log(`note: skipping ours: ${importBytes}`);
    return (['numeric', 'mixed'] as const).map((variant) => {
      const path = cachedCsv(variant, rows);
      const bytes: Uint8Array = readFileSync(path);
      return {
        name: `${variant} ${rows.toLocaleString('en-US')}x20`,
        bytes: bytes.length,
        rows,
        implementations: implementations(bytes, path, importBytes),
      };
    });
  },
};
