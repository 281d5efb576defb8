import { describe, expect, it } from 'vitest';
import { svmDecisionScores } from './decisionScores';
import { svmDecisionValues } from './decisionValues';
import { optionsFor, trainOnFixture } from './fixtures/fixtureTraining';
import { fixtureTestMatrix, kernelFixtures } from './fixtures/svmFixtures';
import { svmPlugin } from './plugin';

const fixture = kernelFixtures.svc3classRbf;
const test = fixtureTestMatrix(fixture);
const withPlatt = { ...optionsFor(fixture, 'classification'), probability: true };

describe('three-class C-SVC (one-vs-one) against scikit-learn SVC', () => {
  it('trains the pairs (0,1), (0,2), (1,2) with scikit-learn intercepts', async () => {
    const model = await trainOnFixture(fixture, 'classification');
    expect(model.pairs.map((pair) => [pair.first, pair.second])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    model.pairs.forEach((pair, k) => expect(pair.rho).toBeCloseTo(-fixture.intercept[k]!, 3));
  });

  it('keeps the same support vectors, with the same count per class', async () => {
    const model = await trainOnFixture(fixture, 'classification');
    expect([...model.supportRows]).toEqual([...fixture.support].sort((a, b) => a - b));
    const perClass = [0, 0, 0];
    for (const row of model.supportRows) perClass[fixture.yTrain[row]!]!++;
    expect(perClass).toEqual(fixture.nSupport);
  });

  it('gives the same one-vs-one decision values and votes on held-out rows', async () => {
    const model = await trainOnFixture(fixture, 'classification');
    const decisions = svmDecisionValues(model, test);
    expect(decisions.columns).toBe(3);
    (fixture.decisionTest ?? []).flat().forEach((value, k) => {
      expect(decisions.values[k]).toBeCloseTo(value, 3);
    });
    expect([...svmPlugin.predict(model, test).values]).toEqual(fixture.predictTest);
  });

  it('couples Platt probabilities close to scikit-learn (which uses 5 folds, we use 3)', async () => {
    const model = await trainOnFixture(fixture, 'classification', withPlatt);
    expect(model.probabilityKind).toBe('platt');
    const probabilities = svmPlugin.predict(model, test).probabilities!;
    const theirs = (fixture.probabilityTest ?? []).flat();
    const gaps = theirs.map((p, k) => Math.abs(p - probabilities[k]!));
    expect(Math.max(...gaps)).toBeLessThan(0.08);
    expect(gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length).toBeLessThan(0.02);
    for (let row = 0; row < test.rows; row++) {
      const sum =
        probabilities[row * 3]! + probabilities[row * 3 + 1]! + probabilities[row * 3 + 2]!;
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it('scores classes so that the vote winner scores highest', async () => {
    const model = await trainOnFixture(fixture, 'classification');
    const scores = svmDecisionScores(model, test);
    const predicted = svmPlugin.predict(model, test).values;
    for (let row = 0; row < test.rows; row++) {
      const rowScores = [0, 1, 2].map((c) => scores[row * 3 + c]!);
      expect(rowScores.indexOf(Math.max(...rowScores))).toBe(predicted[row]);
    }
  });
});

describe('binary Platt scaling', () => {
  const binary = kernelFixtures.svcBinaryProbability;

  it('gives probabilities within 0.03 of scikit-learn on held-out rows', async () => {
    const options = { ...optionsFor(binary, 'classification'), probability: true };
    const model = await trainOnFixture(binary, 'classification', options);
    const probabilities = svmPlugin.predict(model, fixtureTestMatrix(binary)).probabilities!;
    (binary.probabilityTest ?? []).flat().forEach((p, k) => {
      expect(Math.abs(probabilities[k]! - p)).toBeLessThan(0.03);
    });
  });

  it('without Platt, maps decisions through 1 / (1 + e^-d): pseudo-probabilities', async () => {
    const model = await trainOnFixture(binary, 'classification');
    expect(model.probabilityKind).toBe('decision-score');
    const rows = fixtureTestMatrix(binary);
    const probabilities = svmPlugin.predict(model, rows).probabilities!;
    const decisions = svmDecisionValues(model, rows).values;
    decisions.forEach((d, row) => {
      expect(probabilities[row * 2]).toBeCloseTo(1 / (1 + Math.exp(-d)), 12);
      expect(probabilities[row * 2 + 1]).toBeCloseTo(1 / (1 + Math.exp(d)), 12);
    });
  });
});
