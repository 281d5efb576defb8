import type { ReactNode } from 'react';

/** The focusable, named SVG surface of a plain-SVG plot (interval plot, loss plot). */
export function PlotSvg(props: {
  readonly surface: (element: SVGSVGElement | null) => void;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const { surface, width, height, title, children } = props;
  return (
    <svg
      ref={surface}
      className="chart-surface"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      tabIndex={0}
    >
      {children}
    </svg>
  );
}
