/*
 * Times serialiseProject / parseProject on the built-in sample and on a generated 200,000-row
 * table, each with one trained linear model. Run: npx tsx scripts/benchProjectFile.ts
 */
import { readFileSync } from 'node:fs';
import { importBytes } from '../src/core/data/importBytes';
import { profileColumn } from '../src/core/data/profile';
import { parseProject, serialiseProject } from '../src/core/project';
import type { ProjectSnapshot } from '../src/core/project';
import { trainOn } from '../src/core/project/testing/sampleProject';
import { defaultFeatures } from '../src/core/prep/defaultFeatures';

function generatedCsv(rows: number): Uint8Array {
  const lines = ['id,region,spend,visits,signup,revenue'];
  for (let i = 0; i < rows; i++) {
    const spend = ((i * 7919) % 1000) / 10;
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `C${i},r${i % 12},${spend},${i % 31},2024-03-${day},${(spend * 3 + (i % 17)).toFixed(2)}`,
    );
  }
  return new TextEncoder().encode(lines.join('\n'));
}

async function snapshotFor(
  bytes: Uint8Array,
  name: string,
  target: string,
): Promise<ProjectSnapshot> {
  const imported = importBytes(bytes, name);
  if (!imported.ok) throw new Error(imported.error.code);
  const { table, report } = imported.value;
  const targetIndex = table.columns.findIndex((c) => c.name === target);
  const outcome = await trainOn(table, target, 'regression', 'linear');
  return {
    format: 'sheetsense-project',
    version: 1,
    savedAt: new Date().toISOString(),
    dataset: {
      table,
      report,
      profiles: table.columns.map((c) => profileColumn(c, table.rowCount)),
    },
    setup: {
      targetIndex,
      taskInference: null,
      taskOverride: null,
      features: defaultFeatures(table, targetIndex),
      impute: 'median',
      split: { validationPct: 20, testPct: 20, seed: 42, folds: 0, timeColumn: null },
      selectedModels: ['linear'],
      modelOptions: [],
      backend: 'auto',
    },
    runs: [{ kind: 'linear', lossHistory: [], outcome }],
    selectedRun: 0,
  };
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

async function bench(label: string, snapshot: ProjectSnapshot): Promise<void> {
  time(() => parseProject(serialiseProject(snapshot))); // warm-up
  const [bytes, writeMs] = time(() => serialiseProject(snapshot));
  const [parsed, readMs] = time(() => parseProject(bytes));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  console.log(
    `${label}: ${mb} MiB, serialise ${writeMs.toFixed(0)} ms, parse ${readMs.toFixed(0)} ms`,
  );
}

const sample = readFileSync(new URL('../public/samples/customers.csv', import.meta.url));
await bench(
  'sample (4,000 rows)',
  await snapshotFor(new Uint8Array(sample), 'customers.csv', 'revenue'),
);
await bench(
  'generated (200,000 rows)',
  await snapshotFor(generatedCsv(200_000), 'big.csv', 'revenue'),
);
