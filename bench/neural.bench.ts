// Neural training: our trainNeural vs plain @tensorflow/tfjs model.fit, same network (20-64-64-1
// relu), adam, batch size, epochs and seeded data (bench/modellingData.ts), on the cpu backend and
// on tfjs-backend-wasm when it loads in Node; scikit-learn's MLPRegressor from
// bench/reference/neural.json. Training is async but the runner times synchronous calls, so both
// train in a worker thread and each timed call blocks on Atomics.wait until the worker reports
// back (a message round trip, well under a millisecond).
// Before the table: what 'auto' picks with each backend's time per step, and how many tfjs kernels
// one training step runs on wasm (ours vs model.fit, from tf.profile of a 6-batch minus a 2-batch
// epoch; on cpu ours trains with typed arrays and runs none).
// Environment: BENCH_NEURAL_ROWS (training rows, default 50,000), BENCH_NEURAL_BATCH (default
// 200, scikit-learn's). "rows" in the table are rows times epochs: Mrows/s is million samples/s.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import {
  MessageChannel,
  Worker,
  isMainThread,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import type * as Tfjs from '@tensorflow/tfjs';
import type { TrainingSet } from '../src/core/models/modelTypes';
import type { NeuralOptions } from '../src/core/models/neural/neuralTypes';
import type { BenchCase, BenchImplementation, BenchSuite, RunOutput } from './benchTypes';
import { dataCheck, mlpData } from './modellingData';
import { loadReferenceCase, printReference, withReference } from './referenceTimes';

const ROWS = Number(process.env.BENCH_NEURAL_ROWS ?? 50_000);
const BATCH = Number(process.env.BENCH_NEURAL_BATCH ?? 200);
const EPOCHS = 10;
const COLS = 20;
const HIDDEN = [64, 64];
const LEARNING_RATE = 0.001;
const BACKENDS = ['cpu', 'wasm'] as const;

type Backend = (typeof BACKENDS)[number];
type Trainer = 'ours' | 'tfjs';
interface Job {
  readonly trainer: Trainer;
  readonly backend: Backend;
  readonly done: Int32Array;
}
/** What a finished job reports: final training MSE over var(y), the backend used, or an error. */
interface JobReport {
  readonly finalLoss?: number;
  readonly backend?: string;
  readonly error?: string;
}
/** What the worker reports once set up: why wasm is missing, what 'auto' picks, op counts. */
interface WorkerSetup {
  readonly wasmError: string | null;
  readonly auto: string;
  readonly kernelsPerStep: string;
}
type Tf = typeof Tfjs;

const OPTIONS: NeuralOptions = {
  hiddenLayers: HIDDEN.join(','),
  activation: 'relu',
  optimizer: 'adam',
  learningRate: LEARNING_RATE,
  batchSize: BATCH,
  epochs: EPOCHS,
  dropout: 0,
  l2: 0,
  patience: 0, // every epoch runs, as in plain fit and scikit-learn's max_iter
};

async function trainOurs(train: TrainingSet, epochs = EPOCHS): Promise<JobReport> {
  const { trainNeural } = await import('../src/core/models/neural/plugin');
  const context = { task: 'regression', seed: 1, validation: null, onProgress: () => {} } as const;
  const result = await trainNeural(train, { ...OPTIONS, epochs }, context);
  if (!result.ok) throw new Error(result.error.message);
  // Ours reports regression losses on the standardised target: MSE / var(y).
  return { finalLoss: result.value.lossHistory.at(-1)?.loss ?? NaN, backend: result.value.backend };
}

async function trainPlain(tf: Tf, train: TrainingSet, epochs = EPOCHS): Promise<JobReport> {
  const x = tf.tensor2d(Float32Array.from(train.x), [train.rows, COLS]);
  const y = tf.tensor2d(Float32Array.from(train.y), [train.rows, 1]);
  const model = tf.sequential();
  HIDDEN.forEach((units, i) =>
    model.add(tf.layers.dense({ units, activation: 'relu', ...(i ? {} : { inputShape: [COLS] }) })),
  );
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'meanSquaredError' });
  const fit = { epochs, batchSize: BATCH, shuffle: true, verbose: 0 };
  const history = await model.fit(x, y, fit);
  tf.dispose([x, y]);
  model.dispose();
  let [mean, variance] = [0, 0];
  for (const value of train.y) mean += value / train.rows;
  for (const value of train.y) variance += (value - mean) ** 2 / train.rows;
  return {
    finalLoss: Number(history.history.loss?.at(-1) ?? NaN) / variance,
    backend: tf.getBackend(),
  };
}

/** Registers tfjs-backend-wasm with its files from node_modules; the error text when it fails. */
async function loadWasm(tf: Tf): Promise<string | null> {
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const require = createRequire(import.meta.url);
    wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
    if (!(await tf.setBackend('wasm'))) return 'tf.setBackend("wasm") returned false';
    const threads = wasm.getThreadsCount();
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    console.log(`  wasm backend loaded: SIMD ${String(simd)}, ${threads} thread(s)`);
    return null;
  } catch (error) {
    return String(error).split('\n')[0] ?? 'unknown error';
  }
}

/** What chooseNeuralBackend('auto', ...) picks among the backends registered in Node. */
async function autoChoice(train: TrainingSet): Promise<string> {
  const { chooseNeuralBackend, neuralWorkload } =
    await import('../src/core/models/neural/tfjsBackendEnvironment');
  const selection = await chooseNeuralBackend('auto', neuralWorkload(train, OPTIONS, 'regression'));
  return selection.ok ? selection.value.why : `none (${selection.error.message})`;
}

/** tfjs kernels one training step runs on the active backend: one epoch of 6 batches minus 2. */
async function kernelsPerStep(tf: Tf): Promise<string> {
  const count = async (trainer: Trainer, batches: number): Promise<number> => {
    const train = mlpData(BATCH * batches, COLS);
    const run = async (): Promise<void> => {
      await (trainer === 'ours' ? trainOurs(train, 1) : trainPlain(tf, train, 1));
    };
    return (await tf.profile(run)).kernels.length;
  };
  const perStep = async (trainer: Trainer) =>
    ((await count(trainer, 6)) - (await count(trainer, 2))) / 4;
  return `ours ${await perStep('ours')}, tfjs model.fit ${await perStep('tfjs')} (${tf.getBackend()})`;
}

/** Worker side: trains on request and wakes the blocked main thread when done. */
async function serveJobs(port: MessagePort): Promise<void> {
  // The umbrella package first: under Node its bundle registers the gradients our training needs
  // (in the app, registerBackends.ts does that).
  const tf = await import('@tensorflow/tfjs');
  const train = mlpData(ROWS, COLS);
  const wasmError = await loadWasm(tf);
  const auto = await autoChoice(train);
  // Counted on wasm when it loads: on cpu ours runs no tfjs kernels at all (typed arrays).
  if (wasmError === null) await tf.setBackend('wasm');
  const setup: WorkerSetup = { wasmError, auto, kernelsPerStep: await kernelsPerStep(tf) };
  port.on('message', (job: Job) => {
    const trained = tf
      .setBackend(job.backend)
      .then(() => (job.trainer === 'ours' ? trainOurs(train) : trainPlain(tf, train)));
    void trained
      .catch((error: unknown): JobReport => ({ error: String(error) }))
      .then((report) => {
        port.postMessage(report);
        Atomics.store(job.done, 0, 1);
        Atomics.notify(job.done, 0);
      });
  });
  port.postMessage(setup);
}

if (!isMainThread && (workerData as { neuralBench?: MessagePort } | null)?.neuralBench) {
  void serveJobs((workerData as { neuralBench: MessagePort }).neuralBench);
}

/** A worker that loads this file through tsx (workers do not inherit tsx's loader hooks). */
async function startWorker(): Promise<[MessagePort, WorkerSetup]> {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const self = JSON.stringify(import.meta.url);
  const { port1, port2 } = new MessageChannel();
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => m.tsImport(${self}, ${self}))`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { neuralBench: port2 },
    transferList: [port2],
  });
  worker.unref(); // the runner has no teardown hook; an idle worker must not keep Node alive
  const setup = await new Promise<WorkerSetup>((resolve, reject) => {
    worker.once('error', reject);
    port1.once('message', (message: WorkerSetup) => resolve(message));
  });
  port1.unref();
  return [port1, setup];
}

const reported = new Set<string>();

function runInWorker(port: MessagePort, trainer: Trainer, backend: Backend): RunOutput {
  const done = new Int32Array(new SharedArrayBuffer(4));
  port.postMessage({ trainer, backend, done } satisfies Job);
  Atomics.wait(done, 0, 0);
  const report = receiveMessageOnPort(port)?.message as JobReport | undefined;
  if (report?.finalLoss === undefined) throw new Error(report?.error ?? 'no report from worker');
  if (report.backend !== backend) throw new Error(`trained on ${report.backend}, not ${backend}`);
  const key = `${trainer} on ${backend}`;
  if (!reported.has(key)) {
    reported.add(key);
    console.log(`  ${key}: final training MSE / var(y) = ${report.finalLoss.toFixed(4)}`);
  }
  return { rows: ROWS * EPOCHS, output: report };
}

function backendCase(port: MessagePort, backend: Backend, setup: WorkerSetup): BenchCase {
  const rows = ROWS.toLocaleString('en-US');
  const base = `MLP ${rows}x${COLS}, batch ${BATCH} x ${EPOCHS} epochs`;
  const name = `${base} (${backend})`;
  const bytes = ROWS * COLS * 8;
  const skipReason =
    backend === 'wasm' && setup.wasmError !== null
      ? `tfjs-backend-wasm did not load in Node: ${setup.wasmError}`
      : undefined;
  if (skipReason) console.log(`  note: ${name} skipped: ${skipReason}`);
  const reference = skipReason ? null : loadReferenceCase('neural', base, dataCheck(mlpData(ROWS)));
  if (reference && backend === 'cpu') printReference(base, reference);
  const run = (trainer: Trainer) => () => runInWorker(port, trainer, backend);
  const skip = skipReason === undefined ? {} : { skipReason };
  const implementations: BenchImplementation[] = [
    { name: 'ours (trainNeural)', ours: true, run: run('ours'), ...skip },
    { name: 'tfjs model.fit', run: run('tfjs'), ...skip },
  ];
  const timed = implementations.map((impl) =>
    withReference(impl, name, bytes, reference, ROWS * EPOCHS),
  );
  return { name, bytes, rows: ROWS * EPOCHS, implementations: timed };
}

/** MLP training on the cpu and wasm backends: ours vs @tensorflow/tfjs model.fit. */
export const suite: BenchSuite = {
  title: `Neural training (${HIDDEN.join('-')} relu, adam lr ${LEARNING_RATE}, no validation rows)`,
  async prepare(): Promise<BenchCase[]> {
    const [port, setup] = await startWorker();
    console.log(`  'auto' in Node (chooseNeuralBackend): ${setup.auto}`);
    console.log(`  tfjs kernels per training step: ${setup.kernelsPerStep}`);
    return BACKENDS.map((backend) => backendCase(port, backend, setup));
  },
};
