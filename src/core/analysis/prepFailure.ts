import type { PrepError } from '../prep/prepTypes';
import { fail } from '../result';
import type { AnalysisFailure } from './analysisTypes';

/** A preprocessing error met while re-encoding a run's rows, as an analysis failure. */
export function prepFailure(error: PrepError) {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  const failure: AnalysisFailure = {
    code: `prep-${error.code}`,
    params,
    message: `The rows could not be prepared again (${error.code}).`,
  };
  return fail(failure);
}
