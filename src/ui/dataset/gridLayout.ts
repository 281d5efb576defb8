import type { Column, ColumnType } from '../../core/data/table';

/** Pixel sizes of the data grid. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 50; // name above type badge

/**
 * Browsers cap an element's height (Firefox near 17.9M px, Chromium near 33.5M px), and 1M rows
 * of 32 px need 32M px: past this height the grid scrolls a shorter element proportionally faster.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

const BASE_WIDTH: Readonly<Record<ColumnType, number>> = {
  numeric: 110,
  date: 150, // room for a time: 2024-03-05 14:30
  boolean: 90,
  categorical: 140,
  text: 220,
  id: 130,
};
const MAX_COLUMN_WIDTH = 300;
const HEADER_PADDING = 28;

/** Rough rendered width of a header: wide (CJK, fullwidth) characters take about twice the room. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 14 : 8.5;
  return width;
}

/** A column's width: room for its header name, at least what its type usually needs. */
export function columnWidth(column: Pick<Column, 'name' | 'type'>): number {
  const forHeader = Math.ceil(textWidth(column.name)) + HEADER_PADDING;
  return Math.min(MAX_COLUMN_WIDTH, Math.max(BASE_WIDTH[column.type], forHeader));
}

/** The row-number column fits the largest row number with its digit grouping. */
export function rowNumberWidth(rowCount: number): number {
  const digits = String(Math.max(1, rowCount)).length;
  return 24 + Math.ceil(digits * 1.34) * 8;
}

export interface ScrollScale {
  /** Height the scrolled element is given. */
  readonly renderedHeight: number;
  /** Content pixels per scrolled pixel: 1 until the content is taller than MAX_SCROLL_HEIGHT. */
  readonly ratio: number;
}

/** How a content height maps onto an element the browser can scroll, for a given viewport. */
export function scrollScale(contentHeight: number, viewportHeight: number): ScrollScale {
  if (contentHeight <= MAX_SCROLL_HEIGHT || viewportHeight >= MAX_SCROLL_HEIGHT) {
    return { renderedHeight: contentHeight, ratio: 1 };
  }
  const ratio = (contentHeight - viewportHeight) / (MAX_SCROLL_HEIGHT - viewportHeight);
  return { renderedHeight: MAX_SCROLL_HEIGHT, ratio };
}

/**
 * Where an item starting at `contentStart` sits in the scrolled element, given the content offset
 * (scrollTop * ratio): on screen it must appear `contentStart - contentOffset` below the top.
 */
export function renderedStart(contentStart: number, contentOffset: number, ratio: number): number {
  return contentStart - contentOffset + contentOffset / ratio;
}

export interface RowWindow {
  readonly first: number;
  /** One past the last row to render. */
  readonly end: number;
}

/**
 * Rows to render for a content offset and viewport: fixed row heights make this arithmetic, so
 * nothing is built per row (a per-row measurement list costs ~0.4 s at a million rows).
 */
export function visibleRows(
  rowCount: number,
  contentOffset: number,
  viewportHeight: number,
  overscan: number,
): RowWindow {
  const top = Math.max(0, contentOffset - HEADER_HEIGHT);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - overscan);
  const last = Math.ceil((top + viewportHeight) / ROW_HEIGHT) + overscan;
  return { first: Math.min(first, rowCount), end: Math.min(rowCount, Math.max(first, last)) };
}
