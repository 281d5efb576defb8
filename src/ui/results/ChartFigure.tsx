import { ChartDownload } from './export/ChartDownload';
import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { CHART_HEIGHT } from './chartPalette';
import { ShownCount } from './ShownCount';

interface ChartFigureProps {
  /** The chart's `data-testid` (ui-contract). */
  readonly testId: string;
  /** Visible title; also the figure's accessible name. */
  readonly caption: string;
  /** A short text alternative for screen readers (visually hidden). */
  readonly description: string;
  /** Points (or bars) drawn, after filtering: `data-points`. */
  readonly points: number;
  /** Rows behind the chart: `data-total`; a "showing N of M" line appears when fewer are drawn. */
  readonly total: number;
  /** More `data-*` attributes for tests. */
  readonly attributes?: Readonly<Record<`data-${string}`, string>>;
  /** Controls or notes shown between the title and the chart. */
  readonly controls?: ReactNode;
  readonly height?: number;
  /** Bins or bars that are not a sample of rows: never say "showing N of M". */
  readonly countsAreNotSampled?: boolean;
  /** The Recharts chart (ResponsiveContainer takes exactly one element). */
  readonly children: ReactElement;
}

/** The frame every results chart sits in: figure + caption, hidden description, point counts. */
export function ChartFigure(props: ChartFigureProps) {
  const { testId, caption, description, points, total, attributes, controls, children } = props;
  return (
    <figure
      className="chart"
      role="group"
      aria-label={caption}
      data-testid={testId}
      data-points={String(points)}
      data-total={String(total)}
      {...attributes}
    >
      <figcaption>
        <span>{caption}</span>
        <ChartDownload />
      </figcaption>
      <p className="visually-hidden">{description}</p>
      {controls}
      <ResponsiveContainer width="100%" height={props.height ?? CHART_HEIGHT}>
        {children}
      </ResponsiveContainer>
      {!props.countsAreNotSampled && <ShownCount shown={points} total={total} />}
    </figure>
  );
}
