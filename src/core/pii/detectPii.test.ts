import { describe, expect, it } from 'vitest';
import { importBytes } from '../data/importBytes';
import type { DataTable } from '../data/table';
import { detectPii } from './detectPii';

function tableOf(csv: string): DataTable {
  const imported = importBytes(new TextEncoder().encode(csv), 'people.csv');
  if (!imported.ok) throw new Error(JSON.stringify(imported.error));
  return imported.value.table;
}

const PEOPLE = `contact,mobile,intl,idcard,who,person,home,revenue,city,product,order_no,spend
jane@example.com,13812345678,+44 20 7946 0958,11010519491231002X,张伟,John Smith,221B Baker Street,1234.5,北京,Model S,202403150000123456,10
li.na@example.cn,+86 139 1234 5678,+44 20 7946 0959,440304198506123412,王秀英,Mary Watson,12 rue de Rivoli,98000,上海,Apple Watch,202403150000123457,20
wang@mail.cn,0086-150-1234-5678,+1 415 555 0132,310115199003071239,李娜,Sophie Martin,Via Roma 10,1250000,广州,Galaxy Note,202403150000123458,30
zhao@example.org,186 1234 5678,+49 30 1234567,110105200002290013,欧阳娜娜,Hans Müller,北京市朝阳区建国路88号,15000,深圳,Model S,202403150000123459,40
sun@example.com,137-1234-5678,+33 1 23 45 67 89,510107197811225679,刘洋,Emma Brown,Calle Mayor 5,72000,成都,Pixel 8,202403150000123460,50
`;

describe('detectPii', () => {
  const findings = detectPii(tableOf(PEOPLE));
  const kindOf = (column: string) => findings.find((f) => f.column === column)?.kind ?? null;

  it('finds each kind by its values alone, whatever the header says', () => {
    expect(kindOf('contact')).toBe('email');
    expect(kindOf('mobile')).toBe('phone');
    expect(kindOf('intl')).toBe('phone');
    expect(kindOf('idcard')).toBe('national-id');
    expect(kindOf('who')).toBe('name');
    expect(kindOf('person')).toBe('name');
    expect(kindOf('home')).toBe('address');
  });

  it('leaves revenue, cities, products, order numbers and amounts alone', () => {
    for (const column of ['revenue', 'city', 'product', 'order_no', 'spend']) {
      expect(kindOf(column), column).toBeNull();
    }
  });

  it('reports the column index, the share matched and why', () => {
    const email = findings.find((f) => f.kind === 'email');
    expect(email).toMatchObject({ columnIndex: 0, share: 1, evidence: 'values' });
    expect(findings.find((f) => f.column === 'mobile')?.evidence).toBe('header-and-values');
  });

  it('trusts a name header for names of any shape, but not a "product name" header', () => {
    const table = tableOf(
      '姓名,product name\nZoë Quinn,Widget Pro\nXu Ming,Widget Max\nAda Lovelace,Gadget\n',
    );
    const found = detectPii(table);
    expect(found.map((f) => [f.column, f.kind, f.evidence])).toEqual([['姓名', 'name', 'header']]);
  });

  it('does not take a handful of region names for people ("华东" starts with the surname 华)', () => {
    expect(detectPii(tableOf('region,spend\n华东,1\n华南,2\n华北,3\n华东,4\n'))).toEqual([]);
  });

  it('needs most values to match: a column with a few e-mails among notes is not flagged', () => {
    const rows = ['a@x.com', 'call back', 'no answer', 'left message', 'b@y.com'];
    expect(detectPii(tableOf(`note\n${rows.join('\n')}\n`))).toEqual([]);
  });

  it('finds mobiles and resident IDs a spreadsheet stored as numbers', () => {
    const table = tableOf(
      'tel,证件\n13812345678,440304198506123412\n13912345678,310115199003071239\n',
    );
    const found = detectPii(table);
    expect(found.map((f) => [f.kind, f.storedAsNumbers])).toEqual([
      ['phone', true],
      ['national-id', true],
    ]);
  });

  it('handles a column literally named __proto__', () => {
    const found = detectPii(tableOf('__proto__,y\na@x.com,1\nb@y.org,2\n'));
    expect(found).toMatchObject([{ column: '__proto__', kind: 'email' }]);
  });

  it('samples at most the given number of distinct values, weighted by rows', () => {
    const emails = Array.from({ length: 300 }, (_, i) => `user${i}@example.com`);
    const csv = `mail\n${emails.join('\n')}\n${'n/a text\n'.repeat(10)}`;
    const [finding] = detectPii(tableOf(csv), 50);
    expect(finding?.kind).toBe('email');
    expect(finding?.share).toBeGreaterThan(0.9);
  });
});
