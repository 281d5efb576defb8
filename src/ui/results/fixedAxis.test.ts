import { describe, expect, it } from 'vitest';
import { fixedAxis } from './fixedAxis';

describe('fixedAxis', () => {
  it('hands Recharts our range and every tick, with nothing left to search', () => {
    const props = fixedAxis({ domain: [0, 20], ticks: [0, 5, 10, 15, 20] });
    expect(props.domain).toEqual([0, 20]);
    expect(props.ticks).toEqual([0, 5, 10, 15, 20]);
    expect(props.niceTicks).toBe('none');
    expect(props.allowDataOverflow).toBe(true);
    expect(props.type).toBe('number');
  });
});
