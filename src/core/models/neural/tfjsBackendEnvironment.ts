import * as tf from '@tensorflow/tfjs-core';
import { seededRandom } from '../../prep/split/seededRandom';
import type { Result } from '../../result';
import type { BackendChoice } from '../../training/trainingTypes';
import type { TaskType, TrainError, TrainingSet } from '../modelTypes';
import {
  BACKEND_FALLBACK_ORDER,
  selectBackend,
  type BackendEnvironment,
  type BackendSelection,
  type WorkloadShape,
} from './backends';
import { parseHiddenLayers } from './hiddenLayers';
import type { NeuralOptions } from './neuralTypes';
import { outputEncodingFor } from './targetEncoding';
import { trainMlp } from './trainMlp';

// Enough steps to average out timer noise, few enough that 'auto' costs well under a second.
const TIMED_STEPS = 5;

/**
 * Runs `steps` optimiser steps on random rows of the workload's shape (one epoch of them) through
 * trainMlp, so each backend is timed with the engine it would train with (typed arrays on cpu).
 */
async function runSteps(workload: WorkloadShape, steps: number): Promise<void> {
  const { spec, batchSize } = workload;
  const rows = batchSize * steps;
  const random = seededRandom(7);
  const x = Float64Array.from({ length: rows * spec.inputSize }, () => random() * 2 - 1);
  const targets = new Float32Array(rows * spec.outputUnits);
  await trainMlp({ x, cols: spec.inputSize, targets }, null, {
    spec,
    optimizer: 'adam',
    learningRate: 1e-3,
    batchSize,
    epochs: 1,
    patience: 0,
    dropout: 0,
    l2: 0,
    seed: 7,
  });
}

/** Milliseconds per training step on the active backend, after an untimed run that compiles. */
export async function timeTrainingStep(workload: WorkloadShape): Promise<number> {
  // Same shapes both times, so GPU shader compilation falls entirely in the untimed run.
  await runSteps(workload, TIMED_STEPS);
  const started = performance.now();
  await runSteps(workload, TIMED_STEPS);
  return (performance.now() - started) / TIMED_STEPS;
}

/** The real tfjs world: registered backends, tf.setBackend and a timed warm-up step. */
export function tfjsBackendEnvironment(): BackendEnvironment {
  return {
    registered: () => BACKEND_FALLBACK_ORDER.filter((name) => tf.findBackendFactory(name) != null),
    activate: async (name) => {
      if (!(await tf.setBackend(name))) return false;
      await tf.ready();
      return tf.getBackend() === name;
    },
    timeStep: timeTrainingStep,
  };
}

/** The workload shape of a neural training run (an unreadable layer list counts as none). */
export function neuralWorkload(
  data: TrainingSet,
  options: NeuralOptions,
  task: TaskType,
): WorkloadShape {
  const hidden = parseHiddenLayers(options.hiddenLayers);
  const { output, outputUnits } = outputEncodingFor(task, data);
  const spec = {
    inputSize: data.cols,
    hiddenUnits: hidden.ok ? hidden.value : [],
    activation: options.activation,
    output,
    outputUnits,
  };
  return { spec, batchSize: Math.max(1, Math.min(Math.round(options.batchSize), data.rows)) };
}

/** Picks and activates the backend for a neural run (see `selectBackend`) using real tfjs. */
export function chooseNeuralBackend(
  choice: BackendChoice,
  workload: WorkloadShape,
): Promise<Result<BackendSelection, TrainError>> {
  return selectBackend(choice, workload, tfjsBackendEnvironment());
}
