import { describe, expect, it } from 'vitest';
import { decodeExcelEscapes, decodeXmlText, normaliseNewlines } from './xmlText';

describe('decodeXmlText', () => {
  it('decodes named, decimal and hex references and keeps unknown or broken ones', () => {
    expect(decodeXmlText('&amp;&lt;&gt;&quot;&apos;')).toBe('&<>"\'');
    expect(decodeXmlText('&#20013;&#x6587;&#x1F600;')).toBe('中文😀');
    expect(decodeXmlText('&nbsp; &#xZZ; & alone &#99999999;')).toBe(
      '&nbsp; &#xZZ; & alone &#99999999;',
    );
  });
});

describe('decodeExcelEscapes', () => {
  it('turns _xHHHH_ into characters, with _x005F_ escaping a literal underscore', () => {
    expect(decodeExcelEscapes('a_x000D__x000A_b')).toBe('a\r\nb');
    expect(decodeExcelEscapes('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeExcelEscapes('snake_x_case _x12_')).toBe('snake_x_case _x12_');
  });
});

describe('normaliseNewlines', () => {
  it('reads CR LF as LF and leaves a lone CR', () => {
    expect(normaliseNewlines('a\r\nb\rc')).toBe('a\nb\rc');
  });
});

describe('decoding stays linear on hostile text', () => {
  // A backtracking decoder takes minutes on these: the test's time limit is the guard.
  it('decodes a megabyte of stray ampersands', { timeout: 30_000 }, () => {
    const hostile = '&'.repeat(1_000_000) + ';';
    expect(decodeXmlText(hostile)).toBe(hostile);
    expect(decodeExcelEscapes('_x'.repeat(500_000))).toHaveLength(1_000_000);
  });
});
