// Neural training: our trainNeural vs plain @tensorflow/tfjs model.fit, same network, optimiser,
// batch size and epochs, cpu backend, the same seeded data. Training is async but the runner times
// synchronous calls, so both train in a worker thread and each timed call blocks on Atomics.wait
// until the worker reports back (a message round trip, well under a millisecond).
// Environment: BENCH_NEURAL_ROWS (training rows, default 20,000; a fifth more are validation rows).
// "rows" in the table are training rows times epochs, so Mrows/s is rows trained per second.
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

const ROWS = Number(process.env.BENCH_NEURAL_ROWS ?? 20_000);
const COLS = 20;
const HIDDEN = [64, 32];
const LEARNING_RATE = 0.001;
const CASES = [
  { batchSize: 64, epochs: 3 },
  { batchSize: 512, epochs: 10 },
];

type Trainer = 'ours' | 'tfjs';
interface Job {
  readonly trainer: Trainer;
  readonly batchSize: number;
  readonly epochs: number;
  readonly done: Int32Array;
}
/** What a finished job reports: validation MSE over the target's variance, or an error. */
interface JobReport {
  readonly finalLoss?: number;
  readonly error?: string;
}
type Tf = typeof Tfjs;

/** Seeded rows: 20 uniform inputs, a target mixing a sine with linear terms, a little noise. */
async function syntheticSets(): Promise<{ train: TrainingSet; validation: TrainingSet }> {
  const { seededRandom } = await import('../src/core/prep/split/seededRandom');
  const random = seededRandom(42);
  const makeSet = (rows: number): TrainingSet => {
    const x = Float64Array.from({ length: rows * COLS }, () => random() * 2 - 1);
    const y = Float64Array.from({ length: rows }, (_, r) => {
      let sum = Math.sin(3 * (x[r * COLS] ?? 0)) + (random() - 0.5) * 0.2;
      for (let j = 1; j < COLS; j++) sum += (x[r * COLS + j] ?? 0) * (j % 5) * 0.3;
      return sum;
    });
    const featureNames = Array.from({ length: COLS }, (_, j) => `x${j}`);
    return { x, y, rows, cols: COLS, featureNames, classes: null };
  };
  return { train: makeSet(ROWS), validation: makeSet(Math.round(ROWS / 5)) };
}

async function trainOurs(job: Job, train: TrainingSet, validation: TrainingSet): Promise<number> {
  const { trainNeural } = await import('../src/core/models/neural/plugin');
  const options: NeuralOptions = {
    hiddenLayers: HIDDEN.join(','),
    activation: 'relu',
    optimizer: 'adam',
    learningRate: LEARNING_RATE,
    batchSize: job.batchSize,
    epochs: job.epochs,
    dropout: 0,
    l2: 0,
    patience: 0, // every epoch runs, as in plain fit
  };
  const context = { task: 'regression', seed: 1, validation, onProgress: () => {} } as const;
  const result = await trainNeural(train, options, context);
  if (!result.ok) throw new Error(result.error.message);
  // Ours reports regression losses on the standardised target already.
  return result.value.lossHistory.at(-1)?.valLoss ?? NaN;
}

async function trainPlain(tf: Tf, job: Job, train: TrainingSet, validation: TrainingSet) {
  const tensors = (set: TrainingSet) => [
    tf.tensor2d(Float32Array.from(set.x), [set.rows, COLS]),
    tf.tensor2d(Float32Array.from(set.y), [set.rows, 1]),
  ];
  const [x, y] = tensors(train) as [Tfjs.Tensor, Tfjs.Tensor];
  const [xVal, yVal] = tensors(validation) as [Tfjs.Tensor, Tfjs.Tensor];
  const model = tf.sequential();
  HIDDEN.forEach((units, i) =>
    model.add(tf.layers.dense({ units, activation: 'relu', ...(i ? {} : { inputShape: [COLS] }) })),
  );
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'meanSquaredError' });
  const fit = { epochs: job.epochs, batchSize: job.batchSize, shuffle: true, verbose: 0 };
  const history = await model.fit(x, y, { ...fit, validationData: [xVal, yVal] });
  tf.dispose([x, y, xVal, yVal]);
  model.dispose();
  // Plain fit trains on the raw target; its validation MSE over var(y) is comparable with ours.
  const mean = train.y.reduce((s, v) => s + v, 0) / train.rows;
  const variance = train.y.reduce((s, v) => s + (v - mean) ** 2, 0) / train.rows;
  return Number(history.history.val_loss?.at(-1) ?? NaN) / variance;
}

/** Worker side: trains on request and wakes the blocked main thread when done. */
async function serveJobs(port: MessagePort): Promise<void> {
  // The umbrella package first: under Node its bundle registers the gradients our training needs
  // (in the app, registerBackends.ts does that).
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  const { train, validation } = await syntheticSets();
  port.on('message', (job: Job) => {
    const trained =
      job.trainer === 'ours'
        ? trainOurs(job, train, validation)
        : trainPlain(tf, job, train, validation);
    void trained
      .then((finalLoss): JobReport => ({ finalLoss }))
      .catch((error: unknown): JobReport => ({ error: String(error) }))
      .then((report) => {
        port.postMessage(report);
        Atomics.store(job.done, 0, 1);
        Atomics.notify(job.done, 0);
      });
  });
  port.postMessage('ready');
}

if (!isMainThread && (workerData as { neuralBench?: MessagePort } | null)?.neuralBench) {
  void serveJobs((workerData as { neuralBench: MessagePort }).neuralBench);
}

/** A worker that loads this file through tsx (workers do not inherit tsx's loader hooks). */
async function startWorker(): Promise<MessagePort> {
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
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    port1.once('message', () => resolve());
  });
  port1.unref();
  return port1;
}

const reported = new Set<string>();

function runInWorker(
  port: MessagePort,
  trainer: Trainer,
  batchSize: number,
  epochs: number,
): RunOutput {
  const done = new Int32Array(new SharedArrayBuffer(4));
  port.postMessage({ trainer, batchSize, epochs, done } satisfies Job);
  Atomics.wait(done, 0, 0);
  const report = receiveMessageOnPort(port)?.message as JobReport | undefined;
  if (report?.finalLoss === undefined) throw new Error(report?.error ?? 'no report from worker');
  const key = `${trainer}, batch ${batchSize}`;
  if (!reported.has(key)) {
    reported.add(key);
    console.log(`  ${key}: final validation MSE / var(y) = ${report.finalLoss.toFixed(4)}`);
  }
  return { rows: ROWS * epochs, output: report };
}

/** Neural network training on the cpu backend: ours vs @tensorflow/tfjs model.fit. */
export const suite: BenchSuite = {
  title: `Neural training, cpu backend (${HIDDEN.join('-')} relu, adam, +${Math.round(ROWS / 5)} validation rows)`,
  async prepare(): Promise<BenchCase[]> {
    const port = await startWorker();
    return CASES.map(({ batchSize, epochs }) => {
      const run = (trainer: Trainer) => () => runInWorker(port, trainer, batchSize, epochs);
      const implementations: BenchImplementation[] = [
        { name: 'ours (trainNeural)', ours: true, run: run('ours') },
        { name: 'tfjs model.fit', run: run('tfjs') },
      ];
      return {
        name: `${ROWS.toLocaleString('en-US')}x${COLS} batch ${batchSize} x ${epochs} epochs`,
        bytes: ROWS * COLS * 8,
        rows: ROWS * epochs,
        implementations,
      };
    });
  },
};
