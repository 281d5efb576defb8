import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueueMountStep } from './mountSteps';

/** The test's frames: one every 16 ms, as a page that draws would give. */
const FRAME_MS = 16;

describe('enqueueMountStep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (draw: () => void) => setTimeout(draw, FRAME_MS));
  });
  afterEach(() => {
    vi.runOnlyPendingTimers();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs queued steps in order, one per task, each after two frames', () => {
    const ran: string[] = [];
    enqueueMountStep(() => ran.push('cards'));
    enqueueMountStep(() => ran.push('grid'));
    vi.advanceTimersByTime(FRAME_MS);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(FRAME_MS + 1);
    expect(ran).toEqual(['cards']);
    vi.advanceTimersByTime(2 * FRAME_MS + 1);
    expect(ran).toEqual(['cards', 'grid']);
  });

  it('skips a step cancelled before its turn', () => {
    const ran: string[] = [];
    enqueueMountStep(() => ran.push('first'));
    const cancel = enqueueMountStep(() => ran.push('gone'));
    enqueueMountStep(() => ran.push('last'));
    cancel();
    vi.advanceTimersByTime(10 * FRAME_MS);
    expect(ran).toEqual(['first', 'last']);
  });

  it('goes on without frames (a hidden page) after a second', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const ran: string[] = [];
    enqueueMountStep(() => ran.push('step'));
    vi.advanceTimersByTime(999);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(ran).toEqual(['step']);
  });
});
