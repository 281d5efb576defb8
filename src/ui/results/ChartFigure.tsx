import { ChartDownload } from './export/ChartDownload';
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import { ChartDataTable } from './ChartDataTable';
import { ChartLegend } from './ChartLegend';
import type { LegendEntry } from './chartLegendEntries';
import { CHART_HEIGHT } from './chartPalette';
import type { ChartTable } from './chartTables';
import { ShownCount } from './ShownCount';
import { useElementWidth } from './useElementWidth';
import { useMountStep } from './useMountStep';

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
  /**
   * The legend, drawn as HTML over the plot's top margin (the chart leaves LEGEND_HEIGHT for it):
   * Recharts' own Legend measures itself and lays the chart out a second time.
   */
  readonly legend?: readonly LegendEntry[];
  /** The chart (CartesianPlot or a Recharts chart): one element, given its width and height here. */
  readonly children: ReactElement;
  /** The chart sizes itself: drawn as it is. */
  readonly selfSized?: boolean;
}

/** Props ChartFigure gives its chart: size, and its SVG's name and role. */
export interface ChartSurfaceProps {
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
  readonly role?: string;
}

/**
 * The plot box: measures its width (our ResizeObserver, not Recharts' ResponsiveContainer) and
 * draws the chart at that width and the given height, with the HTML legend over its top margin.
 */
export function SizedChart(props: {
  readonly height: number;
  readonly caption: string;
  readonly legend: readonly LegendEntry[] | undefined;
  readonly children: ReactElement;
  /**
   * Draw the chart only once the page's mount queue gives it a task (useMountStep), not in the
   * task the observer reports the width in: a Recharts chart's first draw is a long one.
   */
  readonly queued?: boolean;
}) {
  // The width comes from the observer's first report: the chart draws in a task of its own.
  const [width, measure] = useElementWidth(false);
  const stepped = useMountStep(props.queued === true);
  const chart = props.children as ReactElement<ChartSurfaceProps>;
  return (
    <div className="chart-plot" ref={measure} style={{ height: props.height }}>
      {width > 0 &&
        stepped &&
        cloneElement(chart, {
          width,
          height: props.height,
          title: props.caption,
          role: SURFACE_ROLE,
        })}
      {props.legend && <ChartLegend entries={props.legend} />}
    </div>
  );
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
        <SizedChart height={props.height ?? CHART_HEIGHT} caption={caption} legend={props.legend}>
          {children}
        </SizedChart>
      )}
      {!props.countsAreNotSampled && <ShownCount shown={points} total={total} />}
      {props.table && <ChartDataTable id={`${id}-table`} caption={caption} table={props.table} />}
    </figure>
  );
}
