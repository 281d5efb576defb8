import type { ToPixel } from './pointGeometry';

/** A bar in data units: it spans `from`..`to` along x and rises from 0 to `height`. */
export interface BarSpan {
  readonly from: number;
  readonly to: number;
  readonly height: number;
}

/** Pixels kept to one decimal: the path stays short and looks the same. */
const px = (value: number): number => Math.round(value * 10) / 10;

/**
 * Every bar as one SVG path (a closed rectangle each, `gap` pixels narrower on the right so
 * neighbours stay apart); a bar of height 0 or one a scale cannot place is left out.
 */
export function barsPath(bars: readonly BarSpan[], toX: ToPixel, toY: ToPixel, gap = 1): string {
  const base = toY(0);
  if (base === undefined || !Number.isFinite(base)) return '';
  const parts: string[] = [];
  for (const bar of bars) {
    const [left, right, top] = [toX(bar.from), toX(bar.to), toY(bar.height)];
    if (!(bar.height > 0) || left === undefined || right === undefined || top === undefined)
      continue;
    if (![left, right, top].every(Number.isFinite)) continue;
    const width = Math.max(0.5, right - left - gap);
    parts.push(`M${px(left)},${px(base)}V${px(top)}h${px(width)}V${px(base)}Z`);
  }
  return parts.join('');
}
