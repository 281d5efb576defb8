import { useId, type ReactNode } from 'react';
import { ChartDataTable } from '../ChartDataTable';
import type { ChartTable } from '../chartTables';
import { ChartDownload } from '../export/ChartDownload';

/** ROC and gains charts are taller than the standard height: their legend sits inside. */
export const DIAGNOSTIC_HEIGHT = 320;

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
