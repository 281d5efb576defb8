import { describe, expect, it } from 'vitest';
import type { Driver, SummaryFacts } from '../../core/results/resultTypes';
import type { Language } from '../../state/settingsSlice';
import type { Translate } from '../i18n/useT';
import { translate } from '../i18n/translate';
import { summarySentences } from './summarySentences';

/** What SummaryPanel passes: the catalogue of a language and 3 significant digits in its locale. */
function wording(language: Language): [Translate, (value: number) => string] {
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  return [(key, params) => translate(language, key, params), (value) => format.format(value)];
}

/** Drivers about `className`'s odds against every other class (null: regression). */
function about(className: string | null, drivers: Omit<Driver, 'className' | 'versusClass'>[]) {
  return drivers.map((driver): Driver => ({ ...driver, className, versusClass: null }));
}

const regression: SummaryFacts = {
  target: 'sales',
  task: 'regression',
  positiveClass: null,
  part: 2,
  metric: 'r2',
  value: 0.8234,
  baseline: -0.0021,
  drivers: about(null, [
    { column: 'TV spend', level: null, effect: 45.8, step: 1000, direction: 'up', importance: 0.6 },
    { column: 'radio', level: null, effect: -2.351, step: 10, direction: 'down', importance: 0.1 },
    { column: 'region', level: 'North', effect: 3.214, step: 1, direction: 'up', importance: null },
    {
      column: 'price',
      level: null,
      effect: Number.NaN,
      step: 5,
      direction: 'down',
      importance: null,
    },
  ]),
  warnings: [
    { code: 'heteroscedastic', params: { pValue: 0.001234, statistic: 14.2, rows: 140 } },
    { code: 'high-leverage-outliers', params: { count: 2, rows: '14, 87', method: 'leverage' } },
    { code: 'small-test-set', params: { rows: 24, part: 2, minimum: 30 } },
  ],
};

const classification: SummaryFacts = {
  target: 'churned',
  task: 'classification',
  positiveClass: 'yes',
  part: 1,
  metric: 'auc',
  value: 0.9123,
  baseline: 0.5,
  drivers: about('yes', [
    { column: 'tenure', level: null, effect: -0.9, step: 12, direction: 'down', importance: 0.2 },
    { column: 'plan', level: 'premium', effect: 1.2, step: 1, direction: 'up', importance: 0.1 },
    { column: 'calls', level: null, effect: 0.25, step: 1, direction: 'up', importance: 0.05 },
  ]),
  warnings: [
    { code: 'leakage-suspect', params: { column: 'cancel_date', score: 0.995 } },
    { code: 'collinearity', params: { columns: 'age, tenure', count: 2, maxVif: 12.345 } },
    { code: 'small-test-set', params: { rows: 0, part: 0, minimum: 30 } },
  ],
};

describe('summarySentences in English', () => {
  const [t, format] = wording('en');

  it('words a regression: R² against the mean, drivers in target units, warnings', () => {
    const text = summarySentences(regression, t, format, 150);
    expect(text.paragraph).toBe(
      'The model predicts sales. On 150 unseen rows it explains 82.3% of the variation in sales ' +
        '(always predicting the average explains about 0%).',
    );
    expect(text.drivers).toEqual([
      'Each extra 1,000 in TV spend adds about 45.8 to sales.',
      'Each extra 10 in radio lowers sales by about 2.35.',
      'region = North (against the reference level) adds about 3.21 to sales.',
      'Higher price tends to lower sales.',
    ]);
    expect(text.warnings.map((w) => w.code)).toEqual([
      'heteroscedastic',
      'high-leverage-outliers',
      'small-test-set',
    ]);
    expect(text.warnings[0]?.text).toContain('p = 0.00123');
    expect(text.warnings[1]?.text).toBe(
      '2 training rows are unusual and pull the model strongly; check them for typos. (Rows 14, 87.)',
    );
    expect(text.warnings[2]?.text).toContain('Only 24 rows were held out');
  });

  it('words a binary classification: AUC as ranking, drivers as changes in odds', () => {
    const text = summarySentences(classification, t, format, 80);
    expect(text.paragraph).toBe(
      'The model predicts churned. On 80 unseen rows it ranks a random “yes” row above a random ' +
        'other row 91.2% of the time (a coin flip manages 50%).',
    );
    expect(text.drivers).toEqual([
      'Each extra 12 in tenure lowers the odds of “yes” by about 59.3%.',
      'plan = premium (against the reference level) multiplies the odds of “yes” by about 3.32.',
      'Each extra 1 in calls raises the odds of “yes” by about 28.4%.',
    ]);
    expect(text.warnings[0]?.text).toContain('cancel_date alone predicts churned almost perfectly');
    expect(text.warnings[0]?.text).toContain('99.5%');
    expect(text.warnings[1]?.text).toContain('VIF up to 12.3');
    expect(text.warnings[2]?.text).toBe(
      'No rows were held out, so the numbers above describe the training data and are optimistic.',
    );
  });

  it('says when the numbers come from training rows, and leaves the count out when unknown', () => {
    const onTraining = summarySentences({ ...regression, part: 0 }, t, format);
    expect(onTraining.paragraph).toContain(
      'On the rows it was trained on (none were held out, so this is optimistic) it explains',
    );
  });
});

describe('summarySentences in Chinese', () => {
  const [t, format] = wording('zh');

  it('words a regression in Simplified Chinese', () => {
    const text = summarySentences(regression, t, format, 150);
    expect(text.paragraph).toBe(
      '该模型预测“sales”。在 150 行模型未见过的数据上，它解释了“sales”变化的 82.3%（始终预测平均值约能解释 0%）。',
    );
    expect(text.drivers).toEqual([
      '“TV spend”每增加 1,000，“sales”约增加 45.8。',
      '“radio”每增加 10，“sales”约减少 2.35。',
      '“region”为“North”时（相对于参照水平），“sales”约增加 3.21。',
      '“price”越高，“sales”往往越低。',
    ]);
    expect(text.warnings[1]?.text).toBe(
      '有 2 行训练数据很不寻常，对模型影响很大；请检查是否有录入错误。（第 14, 87 行。）',
    );
  });

  it('words a binary classification in Simplified Chinese', () => {
    const text = summarySentences(classification, t, format, 80);
    expect(text.paragraph).toBe(
      '该模型预测“churned”。在 80 行模型未见过的数据上，随机取一行“yes”和一行其他类别，' +
        '模型有 91.2% 的概率把前者排得更靠前（随机猜测为 50%）。',
    );
    expect(text.drivers).toEqual([
      '“tenure”每增加 12，“yes”的几率约降低 59.3%。',
      '“plan”为“premium”时（相对于参照水平），“yes”的几率约变为原来的 3.32 倍。',
      '“calls”每增加 1，“yes”的几率约提高 28.4%。',
    ]);
    expect(text.warnings[2]?.text).toBe('没有留出任何数据，以上数字描述的是训练数据，结果偏乐观。');
  });
});
