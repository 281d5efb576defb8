import { ChartDownload } from './export/ChartDownload';
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { ChartDataTable } from './ChartDataTable';
import { CHART_HEIGHT } from './chartPalette';
import type { ChartTable } from './chartTables';
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
  /** What the chart draws as a small table (its text alternative), under a `<details>`. */
  readonly table?: ChartTable;
  /** Id of a table elsewhere on the page that already says what the chart draws. */
  readonly describedBy?: string;
  /** The Recharts chart (ResponsiveContainer takes exactly one element). */
  readonly children: ReactElement;
  /** The chart is not a Recharts chart and sizes itself: no ResponsiveContainer around it. */
  readonly selfSized?: boolean;
}

/** Props every Recharts chart passes to its SVG: its name and role. */
export interface ChartSurfaceProps {
  readonly title?: string;
  readonly role?: string;
}

/**
 * Recharts makes each chart SVG a focusable, unnamed "application" (arrow keys move the
 * tooltip). A named image says what it is; the keys keep working for sighted keyboard users.
 */
export const SURFACE_ROLE = 'img';

/** The frame every results chart sits in: figure + caption, hidden description, point counts. */
export function ChartFigure(props: ChartFigureProps) {
  const { testId, caption, description, points, total, attributes, controls, children } = props;
  const id = useId();
  const describedBy = [`${id}-desc`, props.table ? `${id}-table` : props.describedBy]
    .filter(Boolean)
    .join(' ');
  return (
    <figure
      className="chart"
      role="group"
      aria-label={caption}
      aria-describedby={describedBy}
      data-testid={testId}
      data-points={String(points)}
      data-total={String(total)}
      {...attributes}
    >
      <figcaption>
        <span>{caption}</span>
        <ChartDownload />
      </figcaption>
      <p className="visually-hidden" id={`${id}-desc`}>
        {description}
      </p>
      {controls}
      {props.selfSized ? (
        children
      ) : (
        <ResponsiveContainer width="100%" height={props.height ?? CHART_HEIGHT}>
          {cloneElement(children as ReactElement<ChartSurfaceProps>, {
            title: caption,
            role: SURFACE_ROLE,
          })}
        </ResponsiveContainer>
      )}
      {!props.countsAreNotSampled && <ShownCount shown={points} total={total} />}
      {props.table && <ChartDataTable id={`${id}-table`} caption={caption} table={props.table} />}
    </figure>
  );
}
