import { useMemo } from 'react';
import { CartesianGrid, Legend, ScatterChart, XAxis, YAxis } from 'recharts';
import { useAppStore } from '../../state/store';
import { formatValue } from '../dataset/formatCell';
import { useT } from '../i18n/useT';
import { xAxisLabel, yAxisLabel } from './axisLabels';
import { ChartFigure } from './ChartFigure';
import { partSeriesTable } from './chartTables';
import { CHART_MARGIN, MODEL_COLOUR, PART_NAMES, REFERENCE_COLOUR } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import { bandLines, fitChartPoints, levelAxis, type FitChartPoint } from './fitChartData';
import { FitFeatureSelect } from './FitFeatureSelect';
import { countPoints, groupByPart } from './groupByPart';
import { lineSeries } from './lineSeries';
import { partScatters } from './partScatters';
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
  if (!fit) return <div className="fit-chart-empty">{select}</div>;
  const series = groupByPart(points, ALL_PARTS);
  const shown = countPoints(series);
  const target = outcome.pipeline.target.column;
  const className = fit.classIndex === null ? null : (outcome.classes?.[fit.classIndex] ?? null);
  const formatX = (v: number) =>
    fit.levels ? (fit.levels[Math.round(v)] ?? '') : formatValue(columnType ?? 'numeric', v, stat);
  const formatActual = (v: number) =>
    outcome.classes ? (outcome.classes[v] ?? String(v)) : stat.format(v);
  const yTitle = className === null ? target : t('results.fit.probabilityOf', { class: className });
  const { lower, upper } = bandLines(fit.curve);
  const axis = fit.levels ? levelAxis(fit.levels) : null;
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
    >
      <ScatterChart margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={axis?.domain ?? ['auto', 'auto']}
          {...(axis ? { ticks: axis.ticks, interval: 0 } : {})}
          tickFormatter={formatX}
          label={xAxisLabel(fit.column)}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={className === null ? ['auto', 'auto'] : [0, 1]}
          tickFormatter={(v: number) => stat.format(v)}
          width={64}
          label={yAxisLabel(yTitle)}
        />
        <Legend verticalAlign="top" height={24} itemSorter={null} />
        {partScatters(series, t, tooltip)}
        {lineSeries({
          key: 'curve',
          name: curveName,
          data: fit.curve,
          colour: MODEL_COLOUR,
        })}
        {lower.length > 1 && [
          lineSeries({
            key: 'lower',
            name: t('results.fit.band'),
            data: lower,
            colour: REFERENCE_COLOUR,
            dashed: true,
          }),
          lineSeries({
            key: 'upper',
            name: t('results.fit.band'),
            data: upper,
            colour: REFERENCE_COLOUR,
            dashed: true,
            inLegend: false,
          }),
        ]}
      </ScatterChart>
    </ChartFigure>
  );
}
