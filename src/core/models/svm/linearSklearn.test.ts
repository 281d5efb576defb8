import { describe, expect, it } from 'vitest';
import type { TaskType } from '../modelTypes';
import {
  fixtureTestMatrix,
  fixtureTrainingSet,
  linearFixtures,
  type LinearFixture,
} from './fixtures/svmFixtures';
import { svmDefaults } from './meta';
import { svmPlugin } from './plugin';
import type { LinearSvmModel, SvmSolver } from './svmTypes';

async function trainLinear(
  fixture: LinearFixture,
  task: TaskType,
  solver: SvmSolver,
): Promise<LinearSvmModel> {
  const squared = fixture.params.loss.startsWith('squared');
  const options = {
    ...svmDefaults(task),
    kernel: 'linear' as const,
    solver,
    C: fixture.params.C,
    tol: fixture.params.tol,
    epsilon: 0.1,
    linearLoss: squared ? ('l2' as const) : ('l1' as const),
    maxPasses: 20_000,
    probability: false,
    scaleTarget: false,
  };
  const data = fixtureTrainingSet(fixture, task === 'classification');
  const context = { task, seed: 3, validation: null, onProgress: () => {} };
  const result = await svmPlugin.train(data, options, context);
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.solver === 'smo') throw new Error('expected a linear solver');
  return result.value;
}

/** Every weight and bias within 1e-3 of the largest scikit-learn coefficient. */
function expectSameWeights(model: LinearSvmModel, fixture: LinearFixture): void {
  expect(model.converged).toBe(true);
  expect(model.machines).toHaveLength(fixture.coef.length);
  const scale = Math.max(...fixture.coef.flat().map(Math.abs), ...fixture.intercept.map(Math.abs));
  model.machines.forEach((machine, k) => {
    machine.weights.forEach((w, f) => {
      expect(Math.abs(w - fixture.coef[k]![f]!)).toBeLessThan(1e-3 * scale);
    });
    expect(Math.abs(machine.bias - fixture.intercept[k]!)).toBeLessThan(1e-3 * scale);
  });
}

function expectSamePredictions(model: LinearSvmModel, fixture: LinearFixture): void {
  const predicted = svmPlugin.predict(model, fixtureTestMatrix(fixture)).values;
  const scale = Math.max(...fixture.predictTest.map(Math.abs));
  fixture.predictTest.forEach((value, row) => {
    expect(Math.abs(predicted[row]! - value)).toBeLessThan(1e-3 * scale);
  });
}

const classifiers = [
  ['squared hinge, binary', linearFixtures.svcBinary],
  ['hinge, binary', linearFixtures.svcHinge],
  ['squared hinge, three classes one-vs-rest', linearFixtures.svc3class],
] as const;
const regressors = [
  ['epsilon-insensitive', linearFixtures.svrL1],
  ['squared epsilon-insensitive', linearFixtures.svrL2],
] as const;

describe('linear-dcd against scikit-learn LinearSVC / LinearSVR (liblinear)', () => {
  it.each(classifiers)('SVC, %s: same weights and predictions', async (_, fixture) => {
    const model = await trainLinear(fixture, 'classification', 'linear-dcd');
    expect(model.solver).toBe('linear-dcd');
    expectSameWeights(model, fixture);
    expectSamePredictions(model, fixture);
  });

  it.each(regressors)('SVR, %s: same weights and predictions', async (_, fixture) => {
    const model = await trainLinear(fixture, 'regression', 'linear-dcd');
    expectSameWeights(model, fixture);
    expectSamePredictions(model, fixture);
  });
});

describe('linear-newton reaches the same optimum as liblinear for the squared losses', () => {
  const squared = [
    ['SVC, binary', linearFixtures.svcBinary, 'classification'],
    ['SVC, three classes', linearFixtures.svc3class, 'classification'],
    ['SVR', linearFixtures.svrL2, 'regression'],
  ] as const;

  it.each(squared)('%s', async (_, fixture, task) => {
    const model = await trainLinear(fixture, task, 'linear-newton');
    expect(model.solver).toBe('linear-newton');
    expectSameWeights(model, fixture);
    expectSamePredictions(model, fixture);
  });

  it('needs only a few Newton steps', async () => {
    const model = await trainLinear(linearFixtures.svcBinary, 'classification', 'linear-newton');
    expect(model.iterations).toBeLessThanOrEqual(10);
  });

  it('refuses the non-differentiable hinge loss', async () => {
    const data = fixtureTrainingSet(linearFixtures.svcHinge, true);
    const options = { ...svmDefaults('classification'), solver: 'linear-newton' as const };
    const context = { task: 'classification' as const, seed: 1, validation: null };
    const result = await svmPlugin.train(
      data,
      { ...options, linearLoss: 'l1' },
      {
        ...context,
        onProgress: () => {},
      },
    );
    expect(result.ok ? null : result.error.code).toBe('svm-newton-needs-squared-loss');
  });
});
