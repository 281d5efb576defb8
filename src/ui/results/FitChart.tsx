import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { formatValue } from '../dataset/formatCell';
import { useT } from '../i18n/useT';
import { CartesianPlot } from './CartesianPlot';
import { ChartFigure } from './ChartFigure';
import { LEGEND_CHART_MARGIN, lineLegend, partLegend } from './chartLegendEntries';
import { partSeriesTable } from './chartTables';
import { MODEL_COLOUR, PART_NAMES, REFERENCE_COLOUR } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import { bandLines, fitAxes, fitChartPoints, type FitChartPoint } from './fitChartData';
import { FitFeatureSelect } from './FitFeatureSelect';
import { countPoints, groupByPart } from './groupByPart';
import { DASHED_LINE, LineLayer } from './LineLayer';
import { PointLayer } from './PointLayer';
import { featureColumns, useRun, useRunResultsState } from './runSelectors';
import { useFormatters } from './useFormatters';
import './results.css';

const ALL_PARTS = new Set(PART_NAMES);

/** The model drawn over the data (`chart-fit`): target against one chosen feature, with its curve. */
export function FitChart({ runId }: { readonly runId: number }) {
  const t = useT();
  const state = useRunResultsState(runId);
  const outcome = useRun(runId)?.outcome;
  const fit = state?.results?.fit ?? null;
  const columnType = useAppStore((s) => s.table?.columns.find((c) => c.name === fit?.column)?.type);
  const { stat } = useFormatters();
  const points = useMemo(() => (fit ? fitChartPoints(fit) : []), [fit]);
  const series = useMemo(() => groupByPart(points, ALL_PARTS), [points]);
  const band = useMemo(() => (fit ? bandLines(fit.curve) : null), [fit]);
  const axes = useMemo(
    () => (fit && band ? fitAxes(fit, points, band) : null),
    [fit, points, band],
  );
  if (!state || !outcome || state.status !== 'ready') return null;
  const columns = featureColumns(outcome);
  const select = (
    <FitFeatureSelect
      runId={runId}
      columns={columns}
      value={state.fitColumn ?? fit?.column ?? columns[0] ?? ''}
      busy={state.fitStatus === 'computing'}
    />
  );
  if (!fit || !band || !axes) return <div className="fit-chart-empty">{select}</div>;
  const shown = countPoints(series);
  const target = outcome.pipeline.target.column;
  const className = fit.classIndex === null ? null : (outcome.classes?.[fit.classIndex] ?? null);
  const formatX = (v: number) =>
    fit.levels ? (fit.levels[Math.round(v)] ?? '') : formatValue(columnType ?? 'numeric', v, stat);
  const formatActual = (v: number) =>
    outcome.classes ? (outcome.classes[v] ?? String(v)) : stat.format(v);
  const yTitle = className === null ? target : t('results.fit.probabilityOf', { class: className });
  const { lower, upper } = band;
  const hasBand = lower.length > 1;
  const curveName = t(`results.fit.curve.${fit.kind}`);
  const table = partSeriesTable([...series, { part: 'curve' as const, points: fit.curve }], {
    headers: [t('a11y.chart.series'), t('a11y.chart.points'), fit.column, yTitle],
    seriesName: (part) => (part === 'curve' ? curveName : t(`results.part.${part}`)),
    formatX,
    formatY: (v) => stat.format(v),
  });
  const tooltip = (point: FitChartPoint) => (
    <ChartTooltip
      row={point.row}
      lines={[
        { label: fit.column, value: formatX(point.value) },
        { label: target, value: formatActual(point.actual) },
      ]}
      cellColumns={columns.filter((column) => column !== fit.column)}
    />
  );
  return (
    <ChartFigure
      testId="chart-fit"
      caption={t('results.fit.title', { target: yTitle, column: fit.column })}
      description={t(`results.fit.desc.${fit.kind}`, { target, column: fit.column, shown })}
      points={shown}
      total={fit.total}
      attributes={{ 'data-column': fit.column, 'data-kind': fit.kind }}
      controls={select}
      table={table}
      legend={[
        ...partLegend(
          series.map((entry) => entry.part),
          t,
        ),
        lineLegend('curve', curveName, MODEL_COLOUR),
        ...(hasBand
          ? [lineLegend('band', t('results.fit.band'), REFERENCE_COLOUR, DASHED_LINE)]
          : []),
      ]}
    >
      <CartesianPlot
        margin={LEGEND_CHART_MARGIN}
        x={axes.x}
        y={axes.y}
        formatX={formatX}
        formatY={(v) => stat.format(v)}
        xTitle={fit.column}
        yTitle={yTitle}
      >
        <PointLayer series={series} tooltip={tooltip} />
        <LineLayer data={fit.curve} colour={MODEL_COLOUR} />
        {hasBand && <LineLayer data={lower} colour={REFERENCE_COLOUR} dashed />}
        {hasBand && <LineLayer data={upper} colour={REFERENCE_COLOUR} dashed />}
      </CartesianPlot>
    </ChartFigure>
  );
}
