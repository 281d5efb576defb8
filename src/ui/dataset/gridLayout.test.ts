import { describe, expect, it } from 'vitest';
import {
  columnWidth,
  HEADER_HEIGHT,
  MAX_SCROLL_HEIGHT,
  renderedStart,
  ROW_HEIGHT,
  rowNumberWidth,
  scrollScale,
  visibleRows,
} from './gridLayout';

describe('columnWidth', () => {
  it('gives short headers the usual width of their type', () => {
    expect(columnWidth({ name: 'x', type: 'numeric' })).toBe(110);
    expect(columnWidth({ name: 'x', type: 'text' })).toBe(220);
  });

  it('widens for long headers, more for as many CJK characters, up to a cap', () => {
    const latin = columnWidth({ name: 'abcdefghijkl', type: 'numeric' });
    const cjk = columnWidth({ name: '每月消费金额欧元每月消费', type: 'numeric' });
    expect(latin).toBeGreaterThan(110);
    expect(cjk).toBeGreaterThan(latin);
    expect(columnWidth({ name: 'a'.repeat(200), type: 'numeric' })).toBe(300);
  });
});

describe('rowNumberWidth', () => {
  it('grows with the number of digits', () => {
    expect(rowNumberWidth(1_000_000)).toBeGreaterThan(rowNumberWidth(99));
    expect(rowNumberWidth(0)).toBe(rowNumberWidth(1));
  });
});

describe('scrollScale', () => {
  it('scrolls content one to one while the browser can hold it', () => {
    expect(scrollScale(10_000 * ROW_HEIGHT, 600)).toEqual({ renderedHeight: 320_000, ratio: 1 });
  });

  it('shrinks a million-row table below the cap and maps the ends onto each other', () => {
    const content = 1_000_000 * ROW_HEIGHT + 40;
    const viewport = 600;
    const { renderedHeight, ratio } = scrollScale(content, viewport);
    expect(renderedHeight).toBe(MAX_SCROLL_HEIGHT);
    expect(ratio).toBeGreaterThan(2);
    const lastScrollTop = renderedHeight - viewport;
    expect(lastScrollTop * ratio).toBeCloseTo(content - viewport, 3);
  });
});

describe('renderedStart', () => {
  it('is the item start when nothing is scaled', () => {
    expect(renderedStart(3200, 1000, 1)).toBe(3200);
  });

  it('keeps the item at the same distance below the viewport top when scaled', () => {
    const ratio = 2.5;
    const scrollTop = 10_000;
    const contentOffset = scrollTop * ratio;
    const start = contentOffset + 96; // three rows below the first visible content pixel
    expect(renderedStart(start, contentOffset, ratio) - scrollTop).toBe(96);
  });
});

describe('visibleRows', () => {
  it('renders the rows in view plus the overscan, from the top', () => {
    expect(visibleRows(1_000_000, 0, 320, 6)).toEqual({ first: 0, end: 16 });
  });

  it('starts below the header and stays within the table at the bottom', () => {
    const offset = HEADER_HEIGHT + 500 * ROW_HEIGHT;
    expect(visibleRows(1_000_000, offset, 320, 6)).toEqual({ first: 494, end: 516 });
    expect(visibleRows(100, HEADER_HEIGHT + 99 * ROW_HEIGHT, 320, 6).end).toBe(100);
    expect(visibleRows(0, 0, 320, 6)).toEqual({ first: 0, end: 0 });
  });
});
