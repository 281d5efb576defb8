import { describe, expect, it } from 'vitest';
import { XmlScanner } from './xmlScanner';

function tags(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const names: string[] = [];
  while (scanner.next()) {
    const name = ['a', 'b', 'c', 't'].find((n) => scanner.is(n)) ?? '?';
    names.push(`${scanner.isClosing ? '/' : ''}${name}${scanner.isSelfClosing ? '/' : ''}`);
  }
  return names;
}

describe('XmlScanner', () => {
  it('visits start, end and empty tags, skipping declarations, comments and CDATA sections', () => {
    const xml = '<?xml version="1.0"?><!-- <b/> --><a><b x="1"/><![CDATA[<c>]]><x:c>text</x:c></a>';
    expect(tags(xml)).toEqual(['a', 'b/', 'c', '/c', '/a']);
  });

  it('reads attributes by local name, with either quote and a > inside a value', () => {
    const scanner = new XmlScanner(`<sheet name="a > b &amp; c" r:id='rId7' sheetId="3"/><next/>`);
    expect(scanner.next()).toBe(true);
    expect(scanner.attr('name')).toBe('a > b & c');
    expect(scanner.attr('id')).toBe('rId7');
    expect(scanner.attrIndex('sheetId', -1)).toBe(3);
    expect(scanner.attr('missing')).toBeNull();
    expect(scanner.isSelfClosing).toBe(true);
    expect(scanner.next() && scanner.is('next')).toBe(true);
  });

  it('reads element text with entities, CDATA and CR LF line ends', () => {
    const scanner = new XmlScanner('<t>a &lt;b&gt;<![CDATA[ & <raw> ]]>\r\nz</t>');
    scanner.next();
    expect(scanner.innerText()).toBe('a <b> & <raw> \nz');
  });

  it('stops cleanly on truncated markup', () => {
    const scanner = new XmlScanner('<a><b attr="never closed');
    expect(scanner.next()).toBe(true);
    expect(scanner.next()).toBe(false);
  });
});

describe('XmlScanner on hostile text', () => {
  // A scanner that rescans from each '<' takes minutes on these: the test's time limit is the guard.
  it('scans unclosed tags, quotes and comments without hanging', { timeout: 30_000 }, () => {
    for (const hostile of [
      '<a '.repeat(300_000),
      '<a x="'.repeat(200_000),
      '<!--'.repeat(300_000),
      '<'.repeat(1e6),
    ]) {
      const scanner = new XmlScanner(hostile);
      let tags = 0;
      while (scanner.next()) tags += 1;
      expect(tags).toBeLessThanOrEqual(1);
    }
  });
});
