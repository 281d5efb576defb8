import { describe, expect, it } from 'vitest';
import { barsPath } from './barPath';

// x: 1 unit = 10 px; y: 0 at pixel 100, 1 unit = 10 px up.
const toX = (value: number) => value * 10;
const toY = (value: number) => 100 - value * 10;

describe('barsPath', () => {
  it('draws each bar as a closed rectangle from the base up to its height', () => {
    const d = barsPath(
      [
        { from: 0, to: 2, height: 3 },
        { from: 2, to: 4, height: 5 },
      ],
      toX,
      toY,
    );
    expect(d).toBe('M0,100V70h19V100ZM20,100V50h19V100Z');
  });

  it('leaves out empty bars and bars a scale cannot place', () => {
    const d = barsPath(
      [
        { from: 0, to: 1, height: 0 },
        { from: 1, to: 2, height: 2 },
        { from: 2, to: 3, height: 1 },
      ],
      (value) => (value === 2 ? undefined : value * 10),
      toY,
      0,
    );
    expect(d).toBe('');
    expect(barsPath([{ from: 0, to: 1, height: 1 }], toX, () => undefined)).toBe('');
  });

  it('keeps a very narrow bar visible', () => {
    expect(barsPath([{ from: 0, to: 0.1, height: 1 }], toX, toY, 1)).toBe('M0,100V90h0.5V100Z');
  });
});
