import { describe, expect, it } from 'vitest';
import { coefficientsHeld } from './detailsHold';

describe('coefficientsHeld', () => {
  it('holds the table back while any model still trains', () => {
    expect(coefficientsHeld(true, 3, null)).toBe(true);
  });

  it('shows the table once training has ended', () => {
    expect(coefficientsHeld(false, 3, null)).toBe(false);
  });

  it('shows it during training for the run the user asked to see', () => {
    expect(coefficientsHeld(true, 3, 3)).toBe(false);
  });

  it('holds another run again after the user asked for a different one', () => {
    expect(coefficientsHeld(true, 4, 3)).toBe(true);
  });
});
