import type { Column } from '../../data/table';
import { fail, ok, type Result } from '../../result';
import {
  DEFAULT_MAX_LEVELS,
  type FeatureSpec,
  type OneHotStep,
  type PrepError,
} from '../prepTypes';
import { countLevels, fitLevelFill } from './fillValues';
import type { StepFit } from './stepFit';
import { capLevels, type LevelCount } from './levelCap';

interface OneHotInput {
  readonly column: Column;
  readonly codes: Int32Array;
  readonly levels: readonly string[];
  readonly spec: FeatureSpec;
  readonly rows: Int32Array;
  readonly firstFeature: number;
  readonly dropFirstLevel: boolean;
}

/** The one-hot feature name of a level, and of the bucket for rare and unseen levels. */
export function levelFeatureName(column: string, level: string | null): string {
  return level === null ? `${column}: other levels` : `${column} = ${level}`;
}

/** Training levels and counts, missing cells counted under the fill level. */
function levelCounts(input: OneHotInput, fill: string | null): LevelCount[] {
  const { counts, missing } = countLevels(input.codes, input.levels.length, input.rows);
  const byLabel = new Map<string, number>();
  input.levels.forEach((label, code) => {
    const count = counts[code] as number;
    if (count > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + count);
  });
  if (fill !== null && missing > 0) byLabel.set(fill, (byLabel.get(fill) ?? 0) + missing);
  return [...byLabel.entries()].map(([label, count]) => ({ label, count }));
}

/** Fits a categorical column: fill level, kept levels, "other" bucket, optional reference level. */
export function fitOneHotStep(input: OneHotInput): Result<StepFit<OneHotStep>, PrepError> {
  const { column, spec } = input;
  const strategy = spec.impute ?? 'most-frequent';
  if (strategy === 'mean' || strategy === 'median') {
    return fail({ code: 'bad-impute', column: column.name, strategy });
  }
  const maxLevels = spec.maxLevels ?? DEFAULT_MAX_LEVELS;
  if (!Number.isInteger(maxLevels) || maxLevels < 2 || (spec.minFrequency ?? 0) < 0) {
    return fail({ code: 'bad-level-cap', column: column.name });
  }
  const { counts } = countLevels(input.codes, input.levels.length, input.rows);
  const fill = fitLevelFill(input.levels, counts, strategy, spec.fillValue);
  const seen = levelCounts(input, fill);
  if (seen.length < 2) {
    const code = seen.length === 0 ? 'all-missing' : 'constant';
    return ok({ kind: 'left-out', notices: [{ code, column: column.name }] });
  }
  const capped = capLevels(seen, input.rows.length, maxLevels, spec.minFrequency);
  const referenceLevel = input.dropFirstLevel ? (capped.kept[0] ?? null) : null;
  const levels = referenceLevel === null ? capped.kept : capped.kept.slice(1);
  const hasOther = capped.other.length > 0;
  const step: OneHotStep = {
    kind: 'one-hot',
    column: column.name,
    sourceType: column.type,
    impute: { strategy, fill },
    levels,
    firstFeature: input.firstFeature,
    hasOther,
    otherLevels: capped.other,
    referenceLevel,
    unseen: spec.unseen ?? 'other',
  };
  const names = levels.map((level) => levelFeatureName(column.name, level));
  if (hasOther) names.push(levelFeatureName(column.name, null));
  return ok({ kind: 'step', step, names, notices: [] });
}
