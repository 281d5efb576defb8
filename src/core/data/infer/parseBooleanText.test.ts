import { describe, expect, it } from 'vitest';
import { booleanWord, parseBooleanText } from './parseBooleanText';

describe('parseBooleanText', () => {
  it.each([
    ['yes', 1],
    ['No', 0],
    ['TRUE', 1],
    ['false', 0],
    ['Y', 1],
    ['n', 0],
    ['t', 1],
    ['F', 0],
    ['是', 1],
    ['否', 0],
    ['真', 1],
    ['假', 0],
    ['on', 1],
    ['OFF', 0],
    ['1', 1],
    ['0', 0],
    [' yes ', 1],
  ] as const)('reads %j as %d', (text, expected) => {
    expect(parseBooleanText(text)).toBe(expected);
  });

  it.each(['maybe', 'yess', '2', '', '对'])('rejects %j', (text) => {
    expect(parseBooleanText(text)).toBeNull();
  });

  it('tells which pair a word belongs to, so yes/false is no boolean pair', () => {
    expect(booleanWord('yes')?.pair).toBe(booleanWord('NO')?.pair);
    expect(booleanWord('yes')?.pair).not.toBe(booleanWord('false')?.pair);
  });
});
