import { describe, expect, it } from 'vitest';
import type { FeatureStep } from '../prep/prepTypes';
import type { PiiFinding } from './piiTypes';
import { redactSection, redactText, reportRedactions } from './redactText';

const oneHot = (column: string, levels: string[]): FeatureStep =>
  ({
    kind: 'one-hot',
    column,
    sourceType: 'categorical',
    impute: { strategy: 'mode', value: levels[0] ?? '' },
    levels,
    firstFeature: 0,
    hasOther: false,
    otherLevels: [],
    referenceLevel: null,
    unseen: 'ignore',
  }) as unknown as FeatureStep;

const NAME: PiiFinding = {
  columnIndex: 0,
  column: 'who',
  kind: 'name',
  share: 1,
  evidence: 'values',
  storedAsNumbers: false,
};

describe('report redaction', () => {
  it('masks the levels of kept PII columns wherever they appear in text', () => {
    const redactions = reportRedactions([oneHot('who', ['John Smith', '张伟'])], [NAME], []);
    const text = 'who = John Smith raises spend; <text>who=张伟</text>';
    const out = redactText(text, redactions);
    expect(out).toBe('who = J*** S*** raises spend; <text>who=张*</text>');
  });

  it('leaves other columns and pseudonymised PII columns alone', () => {
    const steps = [oneHot('who', ['John Smith']), oneHot('city', ['London'])];
    expect(reportRedactions(steps, [NAME], [{ column: 'who', action: 'pseudonymise' }])).toEqual(
      [],
    );
    expect(reportRedactions(steps, [NAME], []).map((r) => r.raw)).toEqual(['John Smith']);
  });
});

describe('redactSection', () => {
  it('redacts headings, paragraphs, table cells and SVG text, not numbers', () => {
    const redactions = reportRedactions([oneHot('who', ['张伟'])], [NAME], []);
    const section = redactSection(
      {
        heading: 'who=张伟',
        paragraphs: ['张伟 buys most'],
        table: { headers: ['feature', 'estimate'], rows: [['who=张伟', 1.5]] },
        svg: '<svg><text>who=张伟</text></svg>',
      },
      redactions,
    );
    expect(JSON.stringify(section)).not.toContain('张伟');
    expect(section.table?.rows[0]).toEqual(['who=张*', 1.5]);
    expect(section.svg).toBe('<svg><text>who=张*</text></svg>');
  });
});
