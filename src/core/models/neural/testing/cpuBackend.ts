import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
// The autodiff oracle (autodiffOracle.ts) needs tfjs's gradient registry; training does not.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

/** Tests run on the deterministic cpu backend only; resolves once it is active. */
export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}
