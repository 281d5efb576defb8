import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import type { Translate } from '../../i18n/useT';
import { scoringErrorText } from './scoringErrorText';

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh', key, params);

describe('scoringErrorText', () => {
  it('names the file and the missing columns, with a renamed hint, in both languages', () => {
    const failure = {
      kind: 'score' as const,
      code: 'score-missing-columns',
      params: { columns: 'tv_spend', count: 1, renamed: 'TV Spend → tv_spend' },
    };
    expect(scoringErrorText(en, 'june.csv', failure, null)).toBe(
      'june.csv lacks 1 column(s) the model needs: “tv_spend”. Renamed? TV Spend → tv_spend',
    );
    expect(scoringErrorText(zh, 'june.csv', failure, null)).toBe(
      'june.csv 缺少模型需要的 1 列：“tv_spend”。 是否改了列名？TV Spend → tv_spend',
    );
  });

  it('says column types in the user language', () => {
    const failure = {
      kind: 'score' as const,
      code: 'score-type-mismatch',
      params: { column: 'age', expected: 'numeric', found: 'text' },
    };
    const text = scoringErrorText(zh, 'june.csv', failure, null);
    expect(text).toContain('“age”');
    expect(text).not.toMatch(/numeric|text/);
  });

  it('explains model file problems and import problems', () => {
    const modelFile = { kind: 'model-file' as const, code: 'newer-version' as const, found: 7 };
    expect(scoringErrorText(en, 'm.json', modelFile, null)).toContain('format version 7');
    const imported = { kind: 'import' as const, error: { code: 'empty-file' as const } };
    expect(scoringErrorText(zh, 'x.csv', imported, null)).toMatch(/^无法读取 x\.csv：/);
  });

  it('falls back to the English detail only for a failure it has no sentence for', () => {
    const failure = { kind: 'score' as const, code: 'something-new', params: {} };
    expect(scoringErrorText(en, 'a.csv', failure, 'it broke')).toBe(
      'a.csv could not be scored: it broke',
    );
  });
});
