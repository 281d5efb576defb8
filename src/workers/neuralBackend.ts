import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { ModelOptionValues, TaskType, TrainingSet } from '../core/models/modelTypes';
import type { NeuralOptions } from '../core/models/neural/neuralTypes';
import { registerBackends } from '../core/models/neural/registerBackends';
import { chooseNeuralBackend, neuralWorkload } from '../core/models/neural/tfjsBackendEnvironment';
import { fail, ok, type Result } from '../core/result';
import type {
  BackendChoice,
  TrainingFailure,
  TrainingNotice,
} from '../core/training/trainingTypes';

let registered = false;

/** Registers tfjs backends once; the wasm binaries are this app's own hashed assets. */
function ensureRegistered(): void {
  if (registered) return;
  registerBackends({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });
  registered = true;
}

/** Picks, measures and activates the backend a neural run will use (falls back on failure). */
export async function prepareNeuralBackend(
  choice: BackendChoice,
  train: TrainingSet,
  options: ModelOptionValues,
): Promise<Result<readonly TrainingNotice[], TrainingFailure>> {
  ensureRegistered();
  const task: TaskType = train.classes === null ? 'regression' : 'classification';
  const workload = neuralWorkload(train, options as NeuralOptions, task);
  const selection = await chooseNeuralBackend(choice, workload);
  if (!selection.ok) {
    const { code, message } = selection.error;
    return fail({ code, params: {}, message });
  }
  const failed = selection.value.attempts.flatMap((attempt) =>
    attempt.status === 'failed' ? [`${attempt.backend}: ${attempt.reason}`] : [],
  );
  const measured = selection.value.attempts.flatMap((attempt) =>
    attempt.status === 'measured'
      ? [`${attempt.backend} ${attempt.msPerStep.toFixed(1)} ms/step`]
      : [],
  );
  return ok([
    {
      code: 'backend-chosen',
      params: {
        backend: selection.value.backend,
        measured: measured.join(', '),
        failed: failed.join('; '),
      },
    },
  ]);
}
