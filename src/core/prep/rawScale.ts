import type { Pipeline, Scaling } from './prepTypes';

/** The standardisation of each output feature (null when it is not scaled, e.g. one-hot columns). */
export function featureScalings(pipeline: Pipeline): (Scaling | null)[] {
  const scalings: (Scaling | null)[] = pipeline.featureNames.map(() => null);
  for (const step of pipeline.steps) {
    if (step.kind === 'numeric') scalings[step.feature] = step.scaling;
    if (step.kind === 'date') for (const part of step.parts) scalings[part.feature] = part.scaling;
  }
  return scalings;
}

/**
 * Linear coefficients learned on standardised features, re-expressed per raw unit:
 * b0 + sum(w * (x - m) / s) = (b0 - sum(w * m / s)) + sum((w / s) * x).
 * With standardisation off the coefficients come back unchanged.
 */
export function coefficientsOnRawScale(
  pipeline: Pipeline,
  weights: ArrayLike<number>,
  intercept: number,
): { weights: Float64Array; intercept: number } {
  const scalings = featureScalings(pipeline);
  if (weights.length !== scalings.length) {
    throw new Error(`${weights.length} weights for ${scalings.length} features`);
  }
  const raw = Float64Array.from(weights);
  let rawIntercept = intercept;
  scalings.forEach((scaling, feature) => {
    if (scaling === null) return;
    const perUnit = (weights[feature] as number) / scaling.std;
    raw[feature] = perUnit;
    rawIntercept -= perUnit * scaling.mean;
  });
  return { weights: raw, intercept: rawIntercept };
}
