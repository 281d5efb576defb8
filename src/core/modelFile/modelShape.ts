import type { ModelKind, TaskType } from '../models/modelTypes';
import {
  arrayOf,
  check,
  field,
  finite,
  integer,
  nullable,
  numbers,
  object,
  oneOf,
  string,
  type JsonObject,
} from './jsonShape';

/** What a fitted model must agree with: the task, feature count and class count of the file. */
export interface ModelExpectations {
  readonly task: TaskType;
  readonly cols: number;
  readonly classCount: number;
}

const scale = nullable((value: unknown, path: string) => {
  const o = object(value, path);
  return { mean: field(o, 'mean', path, finite), std: field(o, 'std', path, finite) };
});

const sigmoid = nullable((value: unknown, path: string) => {
  const o = object(value, path);
  return { a: field(o, 'a', path, finite), b: field(o, 'b', path, finite) };
});

function checkLinear(o: JsonObject, path: string, want: ModelExpectations): void {
  const kind = field(o, 'kind', path, oneOf(['ols', 'ridge', 'logistic'] as const));
  field(o, 'featureNames', path, arrayOf(string, want.cols));
  check((kind === 'logistic') === (want.task === 'classification'), `${path}.kind`, want.task);
  if (kind !== 'logistic') {
    field(o, 'intercept', path, finite);
    field(o, 'coefficients', path, numbers(want.cols));
    return;
  }
  field(o, 'classes', path, arrayOf(string, want.classCount));
  const logits = field(o, 'logitClasses', path, arrayOf(integer(0, want.classCount - 1)));
  field(o, 'intercepts', path, numbers(logits.length));
  field(o, 'coefficients', path, arrayOf(numbers(want.cols), logits.length));
}

/** A kernel machine whose support-vector indices stay below `svCount`. */
function checkMachine(value: unknown, path: string, svCount: number): JsonObject {
  const o = object(value, path);
  const indices = field(o, 'svIndices', path, arrayOf(integer(0, svCount - 1)));
  field(o, 'coefs', path, numbers(indices.length));
  field(o, 'rho', path, finite);
  return o;
}

function checkKernelSvm(o: JsonObject, path: string, want: ModelExpectations): void {
  const kernel = field(o, 'kernel', path, object);
  field(kernel, 'kind', `${path}.kernel`, oneOf(['linear', 'rbf', 'poly'] as const));
  for (const key of ['gamma', 'degree', 'coef0']) field(kernel, key, `${path}.kernel`, finite);
  const vectors = field(o, 'supportVectors', path, numbers());
  check(vectors.length % want.cols === 0, `${path}.supportVectors`, 'whole support vectors');
  const svCount = vectors.length / want.cols;
  if (want.task === 'regression') {
    checkMachine(field(o, 'regression', path, object), `${path}.regression`, svCount);
    return;
  }
  field(o, 'regression', path, (value, at) => check(value === null, at, 'null'));
  const classIndex = integer(0, want.classCount - 1);
  field(o, 'pairs', path, (value, at) =>
    arrayOf((pair, pairPath) => {
      const p = checkMachine(pair, pairPath, svCount);
      field(p, 'first', pairPath, classIndex);
      field(p, 'second', pairPath, classIndex);
      field(p, 'sigmoid', pairPath, sigmoid);
    })(value, at),
  );
}

function checkLinearSvm(o: JsonObject, path: string, want: ModelExpectations): void {
  const machine = (value: unknown, at: string) => {
    const m = object(value, at);
    field(m, 'weights', at, numbers(want.cols));
    field(m, 'bias', at, finite);
    field(m, 'sigmoid', at, sigmoid);
  };
  const machines = field(o, 'machines', path, arrayOf(machine));
  if (want.task === 'regression') {
    check(machines.length === 1, `${path}.machines`, 'one machine');
    return;
  }
  // Two classes present in training: one machine between them; otherwise one per class.
  if (machines.length === 1) {
    field(o, 'positiveClass', path, integer(0, want.classCount - 1));
    field(o, 'negativeClass', path, integer(0, want.classCount - 1));
    return;
  }
  check(machines.length === want.classCount, `${path}.machines`, 'one machine per class');
}

function checkSvm(o: JsonObject, path: string, want: ModelExpectations): void {
  field(o, 'task', path, oneOf([want.task]));
  field(o, 'cols', path, integer(want.cols, want.cols));
  field(o, 'classCount', path, integer(want.classCount, want.classCount));
  if (Object.hasOwn(o, 'targetScale')) field(o, 'targetScale', path, scale);
  const solver = field(o, 'solver', path, oneOf(['smo', 'linear-dcd', 'linear-newton'] as const));
  if (solver === 'smo') checkKernelSvm(o, path, want);
  else checkLinearSvm(o, path, want);
}

function checkNeural(o: JsonObject, path: string, want: ModelExpectations): void {
  field(o, 'format', path, oneOf(['sheetsense-mlp-v1'] as const));
  field(o, 'task', path, oneOf([want.task]));
  field(o, 'inputSize', path, integer(want.cols, want.cols));
  field(o, 'targetScale', path, scale);
  const activations = ['relu', 'tanh', 'elu', 'sigmoid', 'linear', 'softmax'] as const;
  let inputSize = want.cols;
  const layer = (value: unknown, at: string) => {
    const l = object(value, at);
    field(l, 'inputSize', at, integer(inputSize, inputSize));
    const units = field(l, 'units', at, integer(1));
    field(l, 'activation', at, oneOf(activations));
    field(l, 'weights', at, numbers(inputSize * units));
    field(l, 'biases', at, numbers(units));
    inputSize = units;
    return units;
  };
  const units = field(o, 'layers', path, arrayOf(layer));
  const sizes = [want.cols, ...units];
  const layerSizes = field(o, 'layerSizes', path, arrayOf(integer(1), sizes.length));
  check(
    layerSizes.every((size, i) => size === sizes[i]),
    `${path}.layerSizes`,
    `[${sizes.join(', ')}]`,
  );
  const outputs = units[units.length - 1];
  const allowed = outputUnitsFor(want);
  check(
    outputs !== undefined && allowed.includes(outputs),
    `${path}.layers`,
    `${allowed.join(' or ')} output unit(s)`,
  );
}

/** Regression has one output; binary a sigmoid (or two softmax units); otherwise one per class. */
function outputUnitsFor(want: ModelExpectations): number[] {
  if (want.task === 'regression') return [1];
  return want.classCount === 2 ? [1, 2] : [want.classCount];
}

/**
 * Checks every field a model kind's `predict` reads, with sizes that agree with the file, so
 * scoring a damaged or hostile file cannot read past an array. The model is kept as parsed.
 */
export function checkModel(
  kind: ModelKind,
  value: unknown,
  path: string,
  want: ModelExpectations,
): unknown {
  const o = object(value, path);
  if (kind === 'linear') checkLinear(o, path, want);
  else if (kind === 'svm') checkSvm(o, path, want);
  else checkNeural(o, path, want);
  return o;
}
