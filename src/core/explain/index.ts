export { fitCurve } from './fitCurve';
export {
  DEFAULT_GRID_SIZE,
  DEFAULT_MAX_POINTS,
  DEFAULT_SAMPLE_ROWS,
  type FitCurveError,
  type FitCurveInput,
} from './fitCurveTypes';
export {
  DEFAULT_MAX_ROWS,
  DEFAULT_REPEATS,
  permutationImportance,
  type PermutationImportanceInput,
} from './permutationImportance';
