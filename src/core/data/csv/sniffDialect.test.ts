import { describe, expect, it } from 'vitest';
import { sniffDialect } from './sniffDialect';

describe('sniffDialect delimiter', () => {
  it.each([
    [',', 'name,age,city\nAnn,31,Paris\nBob,42,Rome\n'],
    [';', 'name;age;city\nAnn;31;Paris\nBob;42;Rome\n'],
    ['\t', 'name\tage\tcity\nAnn\t31\tParis\nBob\t42\tRome\n'],
    ['|', 'name|age|city\nAnn|31|Paris\nBob|42|Rome\n'],
  ])('finds %j', (delimiter, sample) => {
    expect(sniffDialect(sample).delimiter).toBe(delimiter);
  });

  it('ignores delimiters inside quotes', () => {
    const sample = 'name;note\n"Smith, John";"a, b, c"\n"Doe, Jane";"d, e"\n';
    expect(sniffDialect(sample).delimiter).toBe(';');
  });

  it('prefers tabs when text fields hold commas', () => {
    const sample = 'name\tcity\nSmith, John\tParis\nDoe, Jane\tLyon, France\n';
    expect(sniffDialect(sample).delimiter).toBe('\t');
  });

  it('copes with a cut last line and line breaks inside quotes', () => {
    const sample = 'a,b,c\n"multi\nline",2,3\n4,5,6\n7,8,9\n10,1';
    expect(sniffDialect(sample)).toEqual({ delimiter: ',', decimal: '.', hasHeader: true });
  });

  it('falls back to a comma for a single column', () => {
    expect(sniffDialect('name\nAnn\nBob\n').delimiter).toBe(',');
  });
});

describe('sniffDialect decimal mark', () => {
  it('finds German-style numbers', () => {
    const sample = 'Name;Umsatz;Anteil\nA;1.234,56;0,5\nB;2.000,00;0,25\nC;12,5;1,5\n';
    expect(sniffDialect(sample)).toEqual({ delimiter: ';', decimal: ',', hasHeader: true });
  });

  it('finds French-style numbers with space thousands', () => {
    const sample = 'nom;montant\nA;1 234,56\nB;12,5\nC;7,25\n';
    expect(sniffDialect(sample)).toEqual({ delimiter: ';', decimal: ',', hasHeader: true });
  });

  it('tells decimal commas from semicolons when both look consistent', () => {
    expect(sniffDialect('1,5;2,5;3,5\n4,5;5,5;6,5\n').delimiter).toBe(';');
  });

  it('keeps the point when numbers use it or when the comma is the delimiter', () => {
    expect(sniffDialect('a;b\n1.5;2.25\n3.5;4\n').decimal).toBe('.');
    expect(sniffDialect('a,b\n"1,5",2\n"3,5",4\n').decimal).toBe('.');
  });

  it('does not count ambiguous thousands like 1.234 as decimal commas', () => {
    expect(sniffDialect('a;b\n1.234;x\n2.345;y\n').decimal).toBe('.');
  });
});

describe('sniffDialect header', () => {
  it('sees a header above numeric columns', () => {
    expect(sniffDialect('price,qty\n1.5,2\n3,4\n').hasHeader).toBe(true);
  });

  it('sees no header when the first row is data like the rest', () => {
    expect(sniffDialect('1,2,3\n4,5,6\n7,8,9\n').hasHeader).toBe(false);
    expect(sniffDialect('Ann,31\nBob,42\nCy,27\n').hasHeader).toBe(false);
    expect(sniffDialect('2024-01-01,5\n2024-01-02,6\n').hasHeader).toBe(false);
  });

  it('sees a header above date columns', () => {
    expect(sniffDialect('date,amount\n2024-01-01,5\n2024-01-02,6\n').hasHeader).toBe(true);
  });

  it('sees a header above text columns unless its names repeat below', () => {
    expect(sniffDialect('name,city\nAnn,Paris\nBob,Rome\n').hasHeader).toBe(true);
    expect(sniffDialect('red,small\nblue,large\nred,small\n').hasHeader).toBe(false);
  });

  it('reads decimal-comma columns as numbers when judging the header', () => {
    expect(sniffDialect('1,5;2,5\n3,5;4,5\n').hasHeader).toBe(false);
    expect(sniffDialect('x;y\n1,5;2,5\n3,5;4,5\n').hasHeader).toBe(true);
  });

  it('takes a lone text row for a header and a lone numeric row for data', () => {
    expect(sniffDialect('a,b\n').hasHeader).toBe(true);
    expect(sniffDialect('1,2\n').hasHeader).toBe(false);
  });
});
