import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from './htmlReportSvg';

const wrap = (inner: string) => `<svg width="10">${inner}</svg>`;

describe('sanitiseSvg', () => {
  it.each([
    ['a script element', '<script>alert(1)</script><rect/>', '<rect/>'],
    [
      'an upper-case or prefixed script',
      '<SCRIPT>alert(1)</SCRIPT><svg:script>x</svg:script><g/>',
      '<g/>',
    ],
    ['a script in CDATA', '<script><![CDATA[ alert(1) ]]></script>', ''],
    [
      'event handlers',
      '<rect onload="alert(1)" OnClick=\'x\' onmouseover=y width="2"/>',
      '<rect width="2"/>',
    ],
    [
      'foreignObject and all it holds',
      '<foreignObject><body onload="x"><img src=x onerror="y"></body></foreignObject><circle r="1"/>',
      '<circle r="1"/>',
    ],
    ['a javascript link', '<a href="javascript:alert(1)"><text>hi</text></a>', ''],
    [
      'an outside href on use',
      '<use xlink:href="http://evil.example/s.svg#a"/><use href="#a"/>',
      '<use/><use href="#a"/>',
    ],
    ['an encoded outside href', '<use href="&#104;ttp://evil.example/x"/>', '<use/>'],
    [
      'animation that rewrites links',
      '<set attributeName="href" to="javascript:alert(1)"/><animate attributeName="onload"/>',
      '',
    ],
    [
      'an outside url in style or fill',
      '<rect style="fill:url(http://evil.example/p)" fill="url(#ok)"/>',
      '<rect fill="url(#ok)"/>',
    ],
    [
      'a url hidden by an entity',
      '<rect style="background:u&#114;l(http://evil.example)"/>',
      '<rect/>',
    ],
    [
      'comments and declarations',
      '<!-- <script>alert(1)</script> --><?xml-stylesheet href="x"?><g/>',
      '<g/>',
    ],
    [
      'style elements and images',
      '<style>@import "http://x";</style><image href="http://x/y.png"/><g/>',
      '<g/>',
    ],
  ])('removes %s', (_what, inner, expected) => {
    expect(sanitiseSvg(wrap(inner))).toBe(wrap(expected));
  });

  it('cannot be broken out of by a quote or > inside an attribute value', () => {
    const out = sanitiseSvg(wrap(`<text title='a"><script>alert(1)</script>' x="1>2">t</text>`));
    expect(out).toBe(
      wrap('<text title="a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" x="1&gt;2">t</text>'),
    );
  });

  it('escapes text and keeps what entities meant', () => {
    expect(sanitiseSvg(wrap('<text>&lt;b&gt; &amp; 5 < 6</text>'))).toBe(
      wrap('<text>&lt;b&gt; &amp; 5 </text>'),
    );
    expect(sanitiseSvg(wrap('<text>A &amp; B &#x4E2D;</text>'))).toBe(
      wrap('<text>A &amp; B 中</text>'),
    );
  });

  it('closes what the input left open and drops stray closing tags', () => {
    expect(sanitiseSvg('<svg><g><rect></g></svg></div>')).toBe('<svg><g><rect></rect></g></svg>');
    expect(sanitiseSvg('<svg><g>')).toBe('<svg><g></g></svg>');
  });

  it('returns nothing when there is no svg root', () => {
    expect(sanitiseSvg('<div><svg><rect/></svg></div>')).toBe('');
    expect(sanitiseSvg('just text')).toBe('');
    expect(sanitiseSvg('<img src=x onerror=alert(1)>')).toBe('');
  });
});
