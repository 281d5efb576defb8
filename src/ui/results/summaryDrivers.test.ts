import { describe, expect, it } from 'vitest';
import type { Driver } from '../../core/results/resultTypes';
import type { Language } from '../../state/settingsSlice';
import { translate } from '../i18n/translate';
import { driverSentences } from './summaryDrivers';

function sentences(language: Language, drivers: readonly Driver[]): string[] {
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  const names = { target: 'tier', className: translate(language, 'results.summary.modelledClass') };
  return driverSentences(
    drivers,
    'classification',
    names,
    (key, params) => translate(language, key, params),
    (value) => format.format(value),
  );
}

const base = { level: null, importance: null, versusClass: null } as const;
const overBronze = { ...base, versusClass: 'bronze' } as const;

/** A multinomial logistic model: odds of a class over the first class (bronze). */
const multinomial: Driver[] = [
  { ...overBronze, column: 'tv', effect: 0.9, step: 1000, direction: 'up', className: 'gold' },
  {
    ...overBronze,
    column: 'radio',
    effect: -0.2,
    step: 10,
    direction: 'down',
    className: 'silver',
  },
  { ...overBronze, column: 'visits', effect: 0.1, step: 5, direction: 'up', className: 'silver' },
];

/** A non-linear model: each driver read from the probability curve of one class. */
const nonLinear: Driver[] = [
  { ...base, column: 'tv', effect: 0.4, step: 1000, direction: 'up', className: 'gold' },
  { ...base, column: 'radio', effect: Number.NaN, step: 10, direction: 'up', className: 'silver' },
  { ...base, column: 'age', effect: Number.NaN, step: 10, direction: 'up', className: null },
];

describe('driverSentences of a multi-class model', () => {
  it('says which class each driver favours, and over which class for multinomial logistic', () => {
    expect(sentences('en', multinomial)).toEqual([
      'Each extra 1,000 in tv multiplies the odds of “gold” over “bronze” by about 2.46.',
      'Each extra 10 in radio lowers the odds of “silver” over “bronze” by about 18.1%.',
      'Each extra 5 in visits raises the odds of “silver” over “bronze” by about 10.5%.',
    ]);
    expect(sentences('zh', multinomial)).toEqual([
      '“tv”每增加 1,000，“gold”相对于“bronze”的几率约变为原来的 2.46 倍。',
      '“radio”每增加 10，“silver”相对于“bronze”的几率约降低 18.1%。',
      '“visits”每增加 5，“silver”相对于“bronze”的几率约提高 10.5%。',
    ]);
  });

  it('names the class of a non-linear driver, and falls back to the modelled class', () => {
    expect(sentences('en', nonLinear)).toEqual([
      'Each extra 1,000 in tv raises the odds of “gold” by about 49.2%.',
      'Higher radio tends to make “silver” more likely.',
      'Higher age tends to make “the modelled class” more likely.',
    ]);
    expect(sentences('zh', nonLinear)).toEqual([
      '“tv”每增加 1,000，“gold”的几率约提高 49.2%。',
      '“radio”越高，“silver”往往更可能出现。',
      '“age”越高，“所建模的类别”往往更可能出现。',
    ]);
  });
});
