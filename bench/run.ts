// Runs every bench/*.bench.ts suite: `npm run bench [-- name-filter]`; environment in README.md.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase, BenchImplementation, BenchSuite } from './benchTypes';
import { measure, type Measurement } from './measure';

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Big inputs warm the JIT within the first run; a separate warm-up would only add minutes.
const warmupsFor = (bytes: number): number =>
  Number(process.env.BENCH_WARMUPS ?? (bytes > 50e6 ? 0 : 1));
// Slow parsers on big inputs stop early instead of stretching the bench past a few minutes.
const BUDGET_MS = 1000 * Number(process.env.BENCH_BUDGET_S ?? 25);

type Row = readonly string[];
const HEADER: Row = [
  'case',
  'implementation',
  'median ms',
  'runs',
  'MB/s',
  'Mrows/s',
  'vs ours',
  'retained MB',
  'peak RSS MB',
];

function printTable(rows: readonly Row[]): void {
  const widths = HEADER.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, col) =>
          col < 2 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0),
        )
        .join('  '),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** What became of one implementation: measured, or a status such as "skipped". */
type Outcome = { readonly name: string } & (
  { readonly m: Measurement; readonly ours: boolean } | { readonly status: string }
);

function resultRow(benchCase: BenchCase, outcome: Outcome, oursMs: number | null): Row {
  if ('status' in outcome)
    return [benchCase.name, outcome.name, outcome.status, '', '', '', '', '', ''];
  const { m } = outcome;
  const seconds = m.medianMs / 1000;
  return [
    benchCase.name,
    outcome.name,
    m.medianMs.toFixed(0),
    String(m.timesMs.length),
    (benchCase.bytes / 1e6 / seconds).toFixed(0),
    (benchCase.rows / 1e6 / seconds).toFixed(2),
    oursMs === null ? 'n/a' : `${(m.medianMs / oursMs).toFixed(2)}x`,
    m.retainedMb.toFixed(0),
    m.peakRssMb.toFixed(0),
  ];
}

function runImplementation(benchCase: BenchCase, implementation: BenchImplementation): Outcome {
  const { name } = implementation;
  const label = `${benchCase.name} / ${name}`;
  if (implementation.skipReason !== undefined) return { name, status: 'skipped' };
  try {
    const m = measure(implementation, {
      warmups: warmupsFor(benchCase.bytes),
      runs: RUNS,
      budgetMs: BUDGET_MS,
    });
    if (m.rows !== null && m.rows !== benchCase.rows) {
      console.warn(`warning: ${label} produced ${m.rows} rows, expected ${benchCase.rows}`);
    }
    console.log(`  ${label}: ${m.timesMs.map((t) => t.toFixed(0)).join(', ')} ms`);
    return { name, m, ours: implementation.ours === true };
  } catch (error) {
    console.warn(`warning: ${label} failed: ${String(error)}`);
    return { name, status: 'failed' };
  }
}

function runCase(benchCase: BenchCase): Row[] {
  const outcomes = benchCase.implementations.map((impl) => runImplementation(benchCase, impl));
  const ours = outcomes.find((outcome) => 'ours' in outcome && outcome.ours);
  const oursMs = ours && 'm' in ours ? ours.m.medianMs : null;
  return outcomes.map((outcome) => resultRow(benchCase, outcome, oursMs));
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const files = readdirSync(BENCH_DIR).filter(
    (file) => file.endsWith('.bench.ts') && file.includes(filter),
  );
  console.log(
    `node ${process.version}: median of up to ${RUNS} timed runs (fewer once ${BUDGET_MS / 1000} s ` +
      'are spent), after one warm-up for inputs under 50 MB',
  );
  for (const file of files.sort()) {
    const loaded = (await import(pathToFileURL(`${BENCH_DIR}${file}`).href)) as {
      suite?: BenchSuite;
    };
    if (!loaded.suite) {
      console.warn(`warning: ${file} exports no suite`);
      continue;
    }
    console.log(`\n${loaded.suite.title} (${file})`);
    const rows: Row[] = [HEADER];
    for (const benchCase of await loaded.suite.prepare()) rows.push(...runCase(benchCase));
    console.log('');
    printTable(rows);
  }
}

await main();
