import { OTHER_LABEL } from '../../core/data/profile';
import type { ColumnProfile } from '../../core/data/profileTypes';
import type { MessageKey } from '../i18n/messages';
import { formatValue, type Formatters } from './formatCell';

const DAY_MS = 86_400_000;

export interface ProfileStat {
  readonly key: MessageKey;
  readonly value: string;
}

/** Numbers for a profile card beyond missing and distinct: range and mean, or share of true. */
export function profileStats(profile: ColumnProfile, formatters: Formatters): ProfileStat[] {
  const { numeric, type } = profile;
  if (!numeric) return [];
  if (type === 'boolean') {
    return [{ key: 'dataset.shareTrue', value: formatters.percent.format(numeric.mean) }];
  }
  if (type === 'date') {
    // Dates without times get a mean without one too: a day is as precise as the data.
    const wholeDays = numeric.min % DAY_MS === 0 && numeric.max % DAY_MS === 0;
    const mean = wholeDays ? Math.round(numeric.mean / DAY_MS) * DAY_MS : Math.round(numeric.mean);
    return [
      { key: 'dataset.earliest', value: formatValue('date', numeric.min, formatters.stat) },
      { key: 'dataset.latest', value: formatValue('date', numeric.max, formatters.stat) },
      { key: 'dataset.mean', value: formatValue('date', mean, formatters.stat) },
    ];
  }
  if (type !== 'numeric') return [];
  return [
    { key: 'dataset.min', value: formatters.stat.format(numeric.min) },
    { key: 'dataset.max', value: formatters.stat.format(numeric.max) },
    { key: 'dataset.mean', value: formatters.stat.format(numeric.mean) },
  ];
}

/** Share of rows missing, e.g. "12.5%"; 0 rows count as none missing. */
export function missingShare(missing: number, rowCount: number, formatters: Formatters): string {
  return formatters.percent.format(rowCount > 0 ? missing / rowCount : 0);
}

export interface BarLabels {
  readonly other: string;
  readonly true: string;
  readonly false: string;
}

/**
 * The profile's histogram with its fixed words translated. The "other" bar is recognised by its
 * place (one bar past the top values), so a category really called "other" keeps its name.
 */
export function histogramBars(
  profile: ColumnProfile,
  labels: BarLabels,
): { label: string; count: number }[] {
  const { histogram, topValues, type } = profile;
  const hasOther =
    histogram.length === topValues.length + 1 && histogram.at(-1)?.label === OTHER_LABEL;
  return histogram.map((bar, i) => {
    if (hasOther && i === histogram.length - 1) return { label: labels.other, count: bar.count };
    if (type === 'boolean' && profile.numeric) {
      const label = bar.label === 'true' ? labels.true : bar.label === 'false' ? labels.false : '';
      return { label: label || bar.label, count: bar.count };
    }
    return { label: bar.label, count: bar.count };
  });
}

/** Whether the histogram counts value lengths (text and id) rather than values. */
export function histogramShowsLengths(profile: ColumnProfile): boolean {
  return profile.type === 'text' || profile.type === 'id';
}
