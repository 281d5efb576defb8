import type { CSSProperties, ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Gap in pixels between the point and its hover card. */
const GAP = 12;

interface PointTooltipProps {
  /** The chart's wrapper element (positioned), which the card is placed in. */
  readonly host: HTMLElement;
  /** The point, in pixels from the wrapper's top left corner. */
  readonly x: number;
  readonly y: number;
  /** The chart's size in pixels. */
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
}

/**
 * Places a point's hover card beside it, inside the chart, on the side with more room (so it
 * never needs measuring). Style properties set from script are allowed by the page's CSP.
 */
export function PointTooltip({ host, x, y, width, height, children }: PointTooltipProps) {
  const position: CSSProperties = {
    ...(x < width / 2 ? { left: x + GAP } : { right: width - x + GAP }),
    ...(y < height / 2 ? { top: y + GAP } : { bottom: height - y + GAP }),
  };
  return createPortal(
    <div className="chart-point-tooltip" style={position}>
      {children}
    </div>,
    host,
  );
}
