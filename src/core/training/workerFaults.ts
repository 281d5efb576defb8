import { BACKEND_FALLBACK_ORDER, type BackendName } from '../models/neural/backends';
import type { TrainingFailure } from './trainingTypes';

/** Failure codes for a run that stopped because its environment failed, not its data. */
export const BACKEND_LOST = 'backend-lost';
export const WORKER_CRASHED = 'worker-crashed';
export const OUT_OF_MEMORY = 'out-of-memory';

/** The name and message of anything thrown (errors that crossed a thread arrive as plain objects). */
function describeThrown(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return {
      name: typeof name === 'string' ? name : '',
      message: typeof message === 'string' ? message : String(error),
    };
  }
  return { name: '', message: String(error) };
}

// V8 and tfjs wordings for allocations that cannot be satisfied.
const OUT_OF_MEMORY_TEXT =
  /out of memory|allocation failed|invalid (typed )?array (buffer )?length|array buffer length|GL_OUT_OF_MEMORY|OOM/i;
// WebGL (tfjs, browsers) and WebGPU wordings once the context or device has gone.
const BACKEND_LOST_TEXT =
  /context (was |is )?lost|CONTEXT_LOST|device (was |is )?lost|device.*destroyed|lost.*device/i;

/** True when a thrown value means an allocation failed (a RangeError from V8, or tfjs/GL's OOM). */
export function isOutOfMemory(error: unknown): boolean {
  const { name, message } = describeThrown(error);
  if (name === 'RangeError' && /stack/i.test(message)) return false;
  return OUT_OF_MEMORY_TEXT.test(message) || (name === 'RangeError' && /alloc/i.test(message));
}

/** True when a thrown value's text says the GPU context or device was lost. */
export function mentionsBackendLoss(error: unknown): boolean {
  return BACKEND_LOST_TEXT.test(describeThrown(error).message);
}

/**
 * The backend to offer after `lost` failed mid-run: the next one in fallback order (a GPU loss
 * moves to WebGL or WebAssembly, WebAssembly to plain JS); null when nothing is left.
 */
export function suggestedBackend(lost: string): BackendName | null {
  const index = BACKEND_FALLBACK_ORDER.indexOf(lost as BackendName);
  if (index < 0) return 'wasm';
  return BACKEND_FALLBACK_ORDER[index + 1] ?? null;
}

/** The failure of a neural run whose WebGL context or WebGPU device went away while it trained. */
export function backendLostFailure(backend: string, detail: string): TrainingFailure {
  const suggested = suggestedBackend(backend);
  const retry = suggested === null ? '' : ` Try again on ${suggested}.`;
  return {
    code: BACKEND_LOST,
    params: { backend, detail, suggested: suggested ?? '' },
    message: `The ${backend} graphics context was lost while the network trained (${detail}); this run was stopped.${retry}`,
  };
}

/** The failure of a run whose worker died (closed, crashed, or could not send its result). */
export function workerCrashedFailure(detail: string): TrainingFailure {
  return {
    code: WORKER_CRASHED,
    params: { detail },
    message: `Training stopped unexpectedly (${detail}). The browser may have run out of memory.`,
  };
}

/** The failure of a run that could not allocate the memory it needed. */
export function outOfMemoryFailure(detail: string): TrainingFailure {
  return {
    code: OUT_OF_MEMORY,
    params: { detail },
    message: `Training ran out of memory (${detail}). Try fewer rows, fewer features or a smaller network.`,
  };
}

/**
 * Words an error thrown while a model trained: a lost GPU backend (when `backend` is the one that
 * was running on a GPU), an allocation failure, or otherwise a crash carrying the error's text.
 */
export function failureFromThrown(error: unknown, backend: string | null): TrainingFailure {
  const { message } = describeThrown(error);
  const detail = message.slice(0, 200) || 'unknown error';
  if (backend !== null && mentionsBackendLoss(error)) return backendLostFailure(backend, detail);
  if (isOutOfMemory(error)) return outOfMemoryFailure(detail);
  return workerCrashedFailure(detail);
}
