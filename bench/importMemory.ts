// Peak memory of one import in a process of its own, the way the bench reads it (the process's
// peak RSS), against what the import must hold: the file's bytes and the table it gives.
//   npx tsx bench/importMemory.ts FILE [parts|one-go] [PARTS]
// "parts" is the bench's worker_threads row (threads started and loaded before the baseline).
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { oursInParts } from './importCsv.bench';
import { loadOurImport } from './loadOurImport';

const MB = 1024 * 1024;
const [path = 'bench/out/mixed-1000000-seed42.csv', mode = 'parts', partsText = '2'] =
  process.argv.slice(2);
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
};

async function importOnce(): Promise<() => unknown> {
  if (mode === 'one-go') {
    const importBytes = await loadOurImport();
    if (typeof importBytes === 'string') throw new Error(importBytes);
    return () => importBytes(readFileSync(path), basename(path), {});
  }
  // Threads start with an empty file and load their modules before the baseline is read.
  const warmUp = oursInParts(new Uint8Array(0), path, Number(partsText));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  void warmUp;
  return () => oursInParts(readFileSync(path), path, Number(partsText))();
}

const run = await importOnce();
collectGarbage();
const baselineRss = process.memoryUsage().rss;
const baselineUsed = used();
const started = performance.now();
const result = run();
const ms = performance.now() - started;
collectGarbage();
const outputBytes = used() - baselineUsed; // the table (the file's bytes are garbage by now)
const peakGrowth = process.resourceUsage().maxRSS * 1024 - baselineRss;
const fileBytes = statSync(path).size;
const ratio = peakGrowth / (fileBytes + outputBytes);
console.log(
  `${basename(path)} ${mode}: ${ms.toFixed(0)} ms; file ${(fileBytes / MB).toFixed(0)} MB, ` +
    `table ${(outputBytes / MB).toFixed(0)} MB, peak RSS growth ${(peakGrowth / MB).toFixed(0)} MB: ` +
    `${ratio.toFixed(2)}x (file + table)`,
);
void result;
process.exit(0);
