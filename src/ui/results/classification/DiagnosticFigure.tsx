import { useId, type ReactElement, type ReactNode } from 'react';
import { ChartDataTable } from '../ChartDataTable';
import { SizedChart } from '../ChartFigure';
import { ChartLegend } from '../ChartLegend';
import type { LegendEntry } from '../chartLegendEntries';
import type { ChartTable } from '../chartTables';
import { ChartDownload } from '../export/ChartDownload';

/** Height of the ROC and gains plots, taller than the standard: their curves need the room. */
const DIAGNOSTIC_PLOT_HEIGHT = 284;

interface DiagnosticPlotProps {
  readonly caption: string;
  /** Under the plot and wrapping onto as many lines as it needs (a curve per class or model). */
  readonly legend: readonly LegendEntry[];
  /** The Recharts chart; SizedChart gives it its width and height. */
  readonly children: ReactElement;
}

/**
 * The ROC or gains plot at our measured width, with its HTML legend under it: the legend takes
 * the lines it needs in the page's flow, so neither the chart nor Recharts measures anything.
 */
export function DiagnosticPlot({ caption, legend, children }: DiagnosticPlotProps) {
  return (
    <>
      <SizedChart height={DIAGNOSTIC_PLOT_HEIGHT} caption={caption} legend={undefined} queued>
        {children}
      </SizedChart>
      <div className="diagnostic-legend">
        <ChartLegend entries={legend} />
      </div>
    </>
  );
}

interface DiagnosticFigureProps {
  /** ui-contract test id, e.g. `chart-roc`. */
  readonly testId: string;
  /** How many points (or cells) are drawn, for `data-points`. */
  readonly points: number;
  readonly caption: string;
  /** The chart in words, for screen readers. */
  readonly description: string;
  /** Extra `data-*` attributes with plain numbers (ui-contract). */
  readonly attributes?: Readonly<Record<`data-${string}`, string>>;
  /** Builds the SVG to download when the chart is not a Recharts surface (e.g. an HTML table). */
  readonly svg?: () => string | null;
  /** What the chart draws as a small table (its text alternative), under a `<details>`. */
  readonly table?: ChartTable;
  readonly children: ReactNode;
}

/**
 * The frame of a diagnostics figure: caption with SVG/PNG download buttons, a text alternative,
 * then the drawing (a Recharts chart or, for the confusion matrix, an HTML table).
 */
export function DiagnosticFigure(props: DiagnosticFigureProps) {
  const { testId, points, caption, description, attributes, svg, table, children } = props;
  const id = useId();
  return (
    <figure
      className="chart"
      data-testid={testId}
      data-points={String(points)}
      role="group"
      aria-label={caption}
      aria-describedby={table ? `${id}-desc ${id}-table` : `${id}-desc`}
      {...attributes}
    >
      <figcaption>
        <span className="chart-caption-text">{caption}</span>
        <ChartDownload {...(svg ? { svg } : {})} />
      </figcaption>
      <p className="visually-hidden" id={`${id}-desc`}>
        {description}
      </p>
      {children}
      {table && <ChartDataTable id={`${id}-table`} caption={caption} table={table} />}
    </figure>
  );
}
