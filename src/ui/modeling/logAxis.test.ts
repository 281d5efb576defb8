import { describe, expect, it } from 'vitest';
import { logAxis } from './logAxis';

describe('logAxis', () => {
  it('runs from the 1-2-5 step below the smallest value to the one above the largest', () => {
    expect(logAxis([0.9, 0.23, 0.41])).toEqual({ domain: [0.2, 1], ticks: [0.2, 0.5, 1] });
  });

  it('ticks every 1, 2 and 5 within two decades, as exact decimals', () => {
    expect(logAxis([0.0031, 0.17])).toEqual({
      domain: [0.002, 0.2],
      ticks: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2],
    });
  });

  it('keeps a value that sits on a step as the range end', () => {
    expect(logAxis([0.05, 2])).toEqual({
      domain: [0.05, 2],
      ticks: [0.05, 0.1, 0.2, 0.5, 1, 2],
    });
  });

  it('over more than two decades snaps to powers of ten and ticks only them', () => {
    expect(logAxis([0.0042, 37])).toEqual({
      domain: [0.001, 100],
      ticks: [0.001, 0.01, 0.1, 1, 10, 100],
    });
  });

  it('widens a single value to the next step, so the axis is never flat', () => {
    expect(logAxis([0.5, 0.5])).toEqual({ domain: [0.5, 1], ticks: [0.5, 1] });
    expect(logAxis([3])).toEqual({ domain: [2, 5], ticks: [2, 5] });
  });

  it('leaves out what a log scale cannot draw, and falls back to 1..10 when nothing is left', () => {
    expect(logAxis([0, -1, Number.NaN, Infinity, 0.3, 0.6])).toEqual({
      domain: [0.2, 1],
      ticks: [0.2, 0.5, 1],
    });
    expect(logAxis([0, Number.NaN])).toEqual({ domain: [1, 10], ticks: [1, 10] });
  });
});
