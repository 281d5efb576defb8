import { concurrentTrainings, createTrainingSlots } from '../core/training/trainingSlots';

/**
 * The page's one limit on heavy worker jobs: a model's training and a finished run's analysis
 * each hold a slot while they run. Every core but one, so the page keeps a core for what it draws
 * (on two cores: one job at a time, a finished run's analysis after the models queued before it).
 */
export const workerSlots = createTrainingSlots(
  concurrentTrainings(globalThis.navigator?.hardwareConcurrency),
);
