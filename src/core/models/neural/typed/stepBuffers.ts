import type { ParameterLayout } from '../flatParameters';
import { createProductArena, type ProductArena } from './productArena';

/** Work buffers for batches of up to `capacity` rows, allocated once per training run. */
export interface StepBuffers {
  readonly capacity: number;
  /** Where the buffers live, and the matrix products over them. */
  readonly arena: ProductArena;
  /** Each dense layer's input, row-major; inputs[0] is the batch (callers fill it). */
  readonly inputs: readonly Float64Array[];
  /** Each hidden layer's activation before dropout (the same buffer as the next input without). */
  readonly hidden: readonly Float64Array[];
  /** Each hidden layer's dropout multipliers (callers fill them); empty without dropout. */
  readonly masks: readonly Float64Array[];
  /** Encoded targets of the batch, row-major (callers fill it). */
  readonly targets: Float64Array;
  readonly logits: Float64Array;
  /** The objective's gradient in the flat layout, after batchGradientInto. */
  readonly gradient: Float64Array;
  /** This step's kernels (inputSize x units), copied into the arena, and their transposes. */
  readonly kernels: readonly Float64Array[];
  readonly kernelsTransposed: readonly Float64Array[];
  /** The gradient at each layer's pre-activations. */
  readonly deltas: readonly Float64Array[];
}

type Allocate = (length: number) => Float64Array;

function allocateBuffers(
  layout: ParameterLayout,
  capacity: number,
  withDropout: boolean,
  allocate: Allocate,
): Omit<StepBuffers, 'capacity' | 'arena'> {
  const { layers } = layout;
  const last = layers.length - 1;
  const rowsOf = (units: number) => allocate(capacity * units);
  const hidden = layers.slice(0, last).map((slot) => rowsOf(slot.units));
  const masks = withDropout ? hidden.map((buffer) => allocate(buffer.length)) : [];
  const first = rowsOf(layers[0]?.inputSize ?? 0);
  const after = hidden.map((buffer) => (withDropout ? allocate(buffer.length) : buffer));
  const kernelOf = (slot: { inputSize: number; units: number }) =>
    allocate(slot.inputSize * slot.units);
  return {
    inputs: [first, ...after],
    hidden,
    masks,
    targets: rowsOf(layers[last]?.units ?? 0),
    logits: rowsOf(layers[last]?.units ?? 0),
    gradient: allocate(layout.size),
    kernels: layers.map(kernelOf),
    kernelsTransposed: layers.map(kernelOf),
    deltas: layers.map((slot) => rowsOf(slot.units)),
  };
}

/**
 * Buffers for `capacity` rows; `withDropout` adds masks and separate post-dropout inputs. With
 * `simd` (the default) they live in one WebAssembly memory and the products run in the SIMD
 * kernel where it compiles; otherwise plain arrays and JavaScript products.
 */
export function createStepBuffers(
  layout: ParameterLayout,
  capacity: number,
  withDropout: boolean,
  simd = true,
): StepBuffers {
  let total = 0;
  // A dry run sizes the arena (plus one value per buffer for its 16-byte alignment).
  allocateBuffers(layout, capacity, withDropout, (length) => {
    total += length + 1;
    return new Float64Array(0);
  });
  const arena = createProductArena(total, simd);
  return { capacity, arena, ...allocateBuffers(layout, capacity, withDropout, arena.allocate) };
}
