import { fail, ok, type Result } from '../../result';
import type { BackendChoice } from '../../training/trainingTypes';
import type { TrainError } from '../modelTypes';
import type { MlpSpec } from './initialWeights';

export type BackendName = Exclude<BackendChoice, 'auto'>;

/** Order of preference when a backend fails: GPU first, then WebAssembly, then plain JS. */
export const BACKEND_FALLBACK_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The real training step's shape (network and batch), so a warm-up measures the actual work. */
export interface WorkloadShape {
  readonly spec: MlpSpec;
  readonly batchSize: number;
}

/** What selection may do to tfjs; injected so the decision logic runs in tests without GPUs. */
export interface BackendEnvironment {
  /** Backends registered in this build and context (webgpu only where navigator.gpu exists). */
  readonly registered: () => readonly BackendName[];
  /** Makes `name` the active backend: false or a throw when it cannot start. */
  readonly activate: (name: BackendName) => Promise<boolean>;
  /**
   * Milliseconds per training step of the workload on the active backend, timed after an untimed
   * run of the same shapes (so shader compilation is not counted).
   */
  readonly timeStep: (workload: WorkloadShape) => Promise<number>;
}

/** What happened to one backend during selection. */
export type BackendAttempt =
  | { readonly backend: BackendName; readonly status: 'measured'; readonly msPerStep: number }
  | { readonly backend: BackendName; readonly status: 'failed'; readonly reason: string }
  | { readonly backend: BackendName; readonly status: 'not-registered' | 'not-tried' };

export interface BackendSelection {
  /** The backend left active for training. */
  readonly backend: BackendName;
  /** One English sentence: why this backend runs. */
  readonly why: string;
  readonly attempts: readonly BackendAttempt[];
}

/** Backends to try in order: an explicit choice first, then the others in fallback order. */
export function backendTryOrder(choice: BackendChoice): BackendName[] {
  if (choice === 'auto') return [...BACKEND_FALLBACK_ORDER];
  return [choice, ...BACKEND_FALLBACK_ORDER.filter((name) => name !== choice)];
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Starts a backend and times one workload step on it; a failure becomes an attempt, not a throw. */
async function tryBackend(
  backend: BackendName,
  workload: WorkloadShape,
  env: BackendEnvironment,
): Promise<BackendAttempt> {
  try {
    if (!(await env.activate(backend)))
      return { backend, status: 'failed', reason: 'could not start' };
    const msPerStep = await env.timeStep(workload);
    if (!Number.isFinite(msPerStep))
      return { backend, status: 'failed', reason: 'warm-up step failed' };
    return { backend, status: 'measured', msPerStep };
  } catch (error) {
    return { backend, status: 'failed', reason: describe(error) };
  }
}

function failureSummary(attempts: readonly BackendAttempt[]): string {
  return attempts
    .map((a) => `${a.backend}: ${a.status === 'failed' ? a.reason : a.status}`)
    .join('; ');
}

function noBackend(attempts: readonly BackendAttempt[]): Result<never, TrainError> {
  return fail({
    code: 'no-backend',
    message: `No TensorFlow.js backend could run the network in this browser (${failureSummary(attempts)}).`,
  });
}

/** Explicit choice: the first backend in try order that starts and runs a step. */
async function selectExplicit(
  choice: BackendName,
  workload: WorkloadShape,
  env: BackendEnvironment,
): Promise<Result<BackendSelection, TrainError>> {
  const registered = env.registered();
  const attempts: BackendAttempt[] = [];
  for (const backend of backendTryOrder(choice)) {
    if (!registered.includes(backend)) {
      attempts.push({ backend, status: 'not-registered' });
      continue;
    }
    const attempt = await tryBackend(backend, workload, env);
    attempts.push(attempt);
    if (attempt.status !== 'measured') continue;
    for (const rest of backendTryOrder(choice).slice(attempts.length)) {
      attempts.push({ backend: rest, status: 'not-tried' });
    }
    const why =
      backend === choice
        ? `${backend} was chosen.`
        : `${choice} was chosen but failed (${failureSummary(attempts.filter((a) => a.status !== 'not-tried' && a.backend !== backend))}); fell back to ${backend}.`;
    return ok({ backend, why, attempts });
  }
  return noBackend(attempts);
}

/**
 * Times every measured backend a second time, in reverse order, keeping the faster sample: the
 * first backend timed also pays for warming up the JavaScript engine's JIT, and a stall on a busy
 * machine should not decide the choice.
 */
async function retimeInReverse(
  attempts: readonly BackendAttempt[],
  workload: WorkloadShape,
  env: BackendEnvironment,
): Promise<BackendAttempt[]> {
  const best = [...attempts];
  for (let index = attempts.length - 1; index >= 0; index--) {
    const first = attempts[index];
    if (first?.status !== 'measured') continue;
    const again = await tryBackend(first.backend, workload, env);
    if (again.status === 'measured' && again.msPerStep < first.msPerStep) best[index] = again;
  }
  return best;
}

/** Auto: time training steps on every registered backend (twice) and leave the fastest active. */
async function selectFastest(
  workload: WorkloadShape,
  env: BackendEnvironment,
): Promise<Result<BackendSelection, TrainError>> {
  const registered = env.registered();
  const firstRound: BackendAttempt[] = [];
  for (const backend of BACKEND_FALLBACK_ORDER) {
    firstRound.push(
      registered.includes(backend)
        ? await tryBackend(backend, workload, env)
        : { backend, status: 'not-registered' },
    );
  }
  const attempts = await retimeInReverse(firstRound, workload, env);
  const measured = attempts.filter((a) => a.status === 'measured');
  const ranked = [...measured].sort((a, b) => a.msPerStep - b.msPerStep);
  for (const candidate of ranked) {
    // Re-activated because the last backend measured is the one currently active.
    if (!(await env.activate(candidate.backend).catch(() => false))) continue;
    const timings = measured.map((a) => `${a.backend} ${a.msPerStep.toFixed(2)} ms`).join(', ');
    const why = `${candidate.backend} was the fastest per training step (${timings}).`;
    return ok({ backend: candidate.backend, why, attempts });
  }
  return noBackend(attempts);
}

/**
 * Activates a backend for training: 'auto' times the real training step on every registered
 * backend (two rounds, the faster sample counting) and keeps the fastest; an explicit choice is used if it works, else the fallback order is tried.
 */
export function selectBackend(
  choice: BackendChoice,
  workload: WorkloadShape,
  env: BackendEnvironment,
): Promise<Result<BackendSelection, TrainError>> {
  return choice === 'auto' ? selectFastest(workload, env) : selectExplicit(choice, workload, env);
}
