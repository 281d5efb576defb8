// Times the phases of the parts path on one thread (plan, parse parts, then merge and type each
// column), for profiling: `node --cpu-prof --import tsx bench/profileImport.ts FILE [PARTS]`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { columnTypingTasks, planCsvImportParts } from '../src/core/data/csv/csvPartsImport';
import { frameParts } from '../src/core/data/csv/mergeParts';
import { parsePartInMemory } from '../src/core/data/csv/parseCsvInParts';
import { runPartsSync, scheduleParts } from '../src/core/data/csv/scheduleParts';
import { typeColumnParts } from '../src/core/data/csv/typeColumnParts';
import { SAMPLE_BYTES } from '../src/core/data/importStream';

const [path = 'bench/out/mixed-200000-seed42.csv', partsText = '2'] = process.argv.slice(2);
const bytes: Uint8Array = readFileSync(path);
const count = Number(partsText);

function once(): void {
  const startedAt = performance.now();
  const cpuBefore = process.cpuUsage();
  const plan = planCsvImportParts(
    basename(path),
    bytes.subarray(0, SAMPLE_BYTES),
    bytes.length,
    {},
    count,
  );
  if (plan === null) throw new Error('no plan');
  let started = performance.now();
  const parts = runPartsSync(scheduleParts(plan.tasks), (tasks) =>
    tasks.map((task) => parsePartInMemory(bytes, task)),
  );
  const parseMs = performance.now() - started;
  const frame = frameParts(parts, plan.setup.hasHeader);
  if (!frame.ok) throw new Error('frame failed');
  const times: string[] = [];
  for (const task of columnTypingTasks(plan, frame.value, parts)) {
    started = performance.now();
    const typed = typeColumnParts(task);
    const ms = performance.now() - started;
    times.push(`${task.header}:${typed.column.type}:${ms.toFixed(0)}`);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const totalMs = (performance.now() - startedAt).toFixed(0);
  const cpuMs = ((cpu.user + cpu.system) / 1000).toFixed(0);
  console.log(`total ${totalMs} ms (CPU ${cpuMs} ms); parse ${parseMs.toFixed(0)} ms`);
  if (process.env.COLUMNS_DETAIL === '1') console.log(`  columns ${times.join(' ')}`);
}

for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) once();
