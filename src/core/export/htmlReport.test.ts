import { describe, expect, it } from 'vitest';
import { buildHtmlReport, escapeHtml, REPORT_CSP, type ReportSection } from './htmlReport';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">' +
  '<defs><clipPath id="c1"><rect x="0" y="0" width="200" height="100"/></clipPath></defs>' +
  '<g clip-path="url(#c1)"><path d="M0 100 L200 0" stroke="#3366cc" fill="none"/></g>' +
  '<text x="10" y="20" text-anchor="start">Sales &amp; spend</text></svg>';

const sections: ReportSection[] = [
  { heading: 'Overview', paragraphs: ['R² is 0.93 <great>', '模型解释了93%的差异'] },
  {
    heading: 'Metrics',
    table: {
      headers: ['metric', 'test'],
      rows: [
        ['<r2>', 0.93],
        ['rmse', Number.NaN],
      ],
    },
  },
  { heading: 'Residuals', svg: chart },
];

describe('buildHtmlReport', () => {
  const html = buildHtmlReport({ title: 'Sales & "spend"', lang: 'zh', sections });

  it('is one self-contained document with a strict Content-Security-Policy', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|\ssrc=|@import/i);
    // The only URL allowed is the SVG namespace, which is an identifier and never fetched.
    const urls = html.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    expect(urls).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('escapes every piece of text', () => {
    expect(html).toContain('<title>Sales &amp; &quot;spend&quot;</title>');
    expect(html).toContain('<p>R² is 0.93 &lt;great&gt;</p>');
    expect(html).toContain('<p>模型解释了93%的差异</p>');
    expect(html).toContain('<td>&lt;r2&gt;</td><td class="number">0.93</td>');
    expect(html).toContain('<td class="number"></td>');
  });

  it('inlines the chart unchanged when it is harmless', () => {
    expect(html).toContain(`<figure>${chart}</figure>`);
  });

  it('says English when asked', () => {
    const english = buildHtmlReport({ title: 't', lang: 'en', sections: [] });
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>t</h1>');
  });

  it('escapes quotes of both kinds for attributes', () => {
    expect(escapeHtml(`a'b"c<d>&`)).toBe('a&#39;b&quot;c&lt;d&gt;&amp;');
  });
});
