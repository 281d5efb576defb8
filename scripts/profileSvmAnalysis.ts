// Times the results analysis of an SVM trained on the built-in sample, as the app does it:
// import public/samples/customers.csv, default features, the default split, the SVM plug-in, then
// analyseRun. Profile with:
//   node --cpu-prof --import tsx scripts/profileSvmAnalysis.ts [target] [task] [kernel]
// e.g. `revenue regression rbf` (the default) or `churned classification rbf`.
// DUMP=file.json writes the analysis, to compare two versions of the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyseRun } from '../src/core/analysis/analyseRun';
import { importBytes } from '../src/core/data/importBytes';
import { pluginOf } from '../src/core/models/modelPlugins';
import type { TaskType } from '../src/core/models/modelTypes';
import { defaultFeatures, featureSpecsOf } from '../src/core/prep/defaultFeatures';
import { runTraining } from '../src/core/training/runTraining';

const [target = 'revenue', task = 'regression', kernel = 'rbf'] = process.argv.slice(2);
const bytes = readFileSync(new URL('../public/samples/customers.csv', import.meta.url));
const imported = importBytes(new Uint8Array(bytes), 'customers.csv');
if (!imported.ok) throw new Error(`import failed: ${imported.error.code}`);
const { table } = imported.value;
const targetIndex = table.columns.findIndex((c) => c.name === target);
const setup = {
  target,
  task: task as TaskType,
  features: featureSpecsOf(defaultFeatures(table, targetIndex)),
  impute: 'median' as const,
  // The app's DEFAULT_SPLIT.
  split: { validationPct: 20, testPct: 20, seed: 42, folds: 0, timeColumn: null },
};
const request = { kind: 'svm' as const, options: { kernel }, backend: 'cpu' as const };
const started = performance.now();
const trained = await runTraining(table, setup, request, pluginOf('svm'), () => {});
if (!trained.ok) throw new Error(trained.error.message);
const outcome = trained.value;
const model = outcome.model as { supportVectors?: readonly number[]; cols: number };
const supportVectors = (model.supportVectors?.length ?? 0) / model.cols;
const trainMs = performance.now() - started;
console.log(`${target} ${kernel}: trained in ${trainMs.toFixed(0)} ms, ${supportVectors} SVs`);

const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
const analysed = analyseRun(table, outcome, null);
const cpu = process.cpuUsage(cpuBefore);
const wall = performance.now() - wallBefore;
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`analyseRun: ${wall.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`);
if (!analysed.ok) throw new Error(`analysis failed: ${analysed.error.code}`);
if (process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify(analysed.value));
