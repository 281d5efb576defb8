import { describe, expect, it } from 'vitest';
import { maskValue } from './maskValue';
import type { PiiKind } from './piiTypes';

const EXAMPLES: readonly [PiiKind, string, string][] = [
  ['email', 'jane.doe@example.com', 'j***@example.com'],
  ['phone', '13812345678', '138****5678'],
  ['phone', '+86 138 1234 5678', '138****5678'],
  ['phone', '+44 20 7946 0958', '+442*****0958'],
  ['national-id', '11010519491231002X', '110105********002X'],
  ['name', '张三', '张*'],
  ['name', '欧阳娜娜', '欧阳**'],
  ['name', 'John Smith', 'J*** S***'],
  ['address', '221B Baker Street, London NW1 6XE', '***, London NW* *XE'],
  ['address', '北京市朝阳区建国路88号', '北京市朝阳区***'],
];

describe('maskValue', () => {
  it.each(EXAMPLES)('masks a %s: %s -> %s', (kind, value, masked) => {
    expect(maskValue(kind, value)).toBe(masked);
  });

  it('never contains the original value, however short or odd', () => {
    const values: [PiiKind, string][] = [
      ...EXAMPLES.map(([kind, value]): [PiiKind, string] => [kind, value]),
      ['name', '张'],
      ['name', 'Al'],
      ['address', '上海市'],
      ['address', 'Via Roma 10'],
      ['phone', '12345'],
      ['email', 'a@b.co'],
      ['national-id', '12345'],
    ];
    for (const [kind, value] of values) {
      const masked = maskValue(kind, value);
      expect(masked.includes(value.trim()), `${kind} ${value} -> ${masked}`).toBe(false);
      expect(masked).toContain('*');
    }
  });

  it('hides the birth date in an ID and the middle of a phone number', () => {
    expect(maskValue('national-id', '440304198506123412')).not.toContain('19850612');
    expect(maskValue('phone', '13812345678')).not.toContain('1234');
  });

  it('leaves empty cells empty', () => {
    expect(maskValue('email', '')).toBe('');
  });
});
