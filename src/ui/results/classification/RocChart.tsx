import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ClassificationDiagnostics, RocPoint } from '../../../core/results/resultTypes';
import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';
import { formatMetric } from '../../modeling/headlineMetrics';
import { SURFACE_ROLE } from '../ChartFigure';
import { CHART_MARGIN, REFERENCE_COLOUR, seriesColour, seriesDash } from '../chartPalette';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartTooltip } from '../ChartTooltip';
import { fixedAxis } from '../fixedAxis';
import { useDoneRuns } from '../runSelectors';
import { DIAGNOSTIC_HEIGHT, DiagnosticFigure } from './DiagnosticFigure';
import { comparableRocCurves } from './rocComparison';

/** Both rates run from 0 to 1, in quarters. */
const UNIT_AXIS = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] } as const;
const DIAGONAL = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
] as const;

const isRocPoint = (value: unknown): value is RocPoint =>
  typeof value === 'object' && value !== null && 'fpr' in value && 'tpr' in value;

interface RocChartProps {
  readonly runId: number;
  readonly diagnostics: ClassificationDiagnostics;
  readonly partLabel: string;
}

/** ROC curve per class (binary: the positive class) with the diagonal; AUC in the legend. */
export function RocChart({ runId, diagnostics, partLabel }: RocChartProps) {
  const t = useT();
  const runs = useDoneRuns();
  const runResults = useAppStore((s) => s.runResults);
  const compared = useMemo(
    () => comparableRocCurves(runs, runResults, runId),
    [runs, runResults, runId],
  );
  const kind = runs.find((run) => run.id === runId)?.kind;
  // With other runs on the chart, the selected run's curve is named by its model too.
  const className = (index: number) => diagnostics.classes[index] ?? String(index);
  const curveName = (index: number) =>
    compared.length > 0 && kind
      ? `${t(`modeling.model.${kind}`)}: ${className(index)}`
      : className(index);
  const withAuc = (name: string, auc: number | null) =>
    auc === null ? name : t('classification.roc.withAuc', { name, auc: formatMetric(auc) });
  const curves = diagnostics.roc;
  // The selected run's curves first, then the compared runs' (dashed); legend in this order.
  const series = [
    ...curves.map((curve, index) => ({
      key: `class-${curve.classIndex}`,
      name: withAuc(curveName(curve.classIndex), curve.auc),
      points: curve.points,
      colour: seriesColour(index),
      auc: curve.auc,
      dashed: false,
    })),
    ...compared.map((other, index) => ({
      key: `run-${other.runId}`,
      name: withAuc(t(`modeling.model.${other.kind}`), other.curve.auc),
      points: other.curve.points,
      colour: seriesColour(curves.length + index),
      auc: other.curve.auc,
      dashed: true,
    })),
  ];
  const legendOrder = series.map((line) => line.name);
  const points = curves.reduce((sum, curve) => sum + curve.points.length, 0);
  const description = curves
    .map((curve) =>
      t('classification.roc.describe', {
        name: className(curve.classIndex),
        auc: formatMetric(curve.auc),
      }),
    )
    .join(' ');
  const caption = t('classification.roc.caption', { part: partLabel });
  const binaryAuc = curves.length === 1 ? curves[0]?.auc : null;
  const table = {
    columns: [t('a11y.chart.curve'), t('a11y.chart.auc'), t('a11y.chart.points')],
    rows: series.map((line) => [line.name, formatMetric(line.auc), String(line.points.length)]),
  };
  return (
    <DiagnosticFigure
      testId="chart-roc"
      points={points}
      caption={caption}
      description={`${t('classification.roc.explain')} ${description}`}
      attributes={{
        'data-classes': String(curves.length),
        ...(binaryAuc === null || binaryAuc === undefined ? {} : { 'data-auc': String(binaryAuc) }),
        'data-compared': String(compared.length),
      }}
      table={table}
    >
      <ResponsiveContainer width="100%" height={DIAGNOSTIC_HEIGHT}>
        <LineChart margin={CHART_MARGIN} title={caption} role={SURFACE_ROLE}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="fpr"
            {...fixedAxis(UNIT_AXIS)}
            label={xAxisLabel(t('classification.roc.fpr'))}
          />
          <YAxis
            {...fixedAxis(UNIT_AXIS)}
            width={64}
            label={yAxisLabel(t('classification.roc.tpr'))}
          />
          <ReferenceLine
            segment={DIAGONAL}
            stroke={REFERENCE_COLOUR}
            strokeDasharray="4 4"
            ifOverflow="visible"
          />
          <Tooltip
            content={({ active, payload }) => {
              // Curves carry their own data, so only the first entry is sure to be the point hovered.
              const entry = active ? payload.find((item) => isRocPoint(item.payload)) : undefined;
              if (!entry) return null;
              const point = entry.payload as RocPoint;
              const lines = [
                { label: t('classification.roc.tpr'), value: formatMetric(point.tpr) },
                { label: t('classification.roc.fpr'), value: formatMetric(point.fpr) },
                { label: t('classification.roc.threshold'), value: formatMetric(point.threshold) },
              ];
              return <ChartTooltip row={null} title={String(entry.name ?? '')} lines={lines} />;
            }}
          />
          <Legend
            verticalAlign="bottom"
            wrapperStyle={{ paddingTop: 12 }}
            itemSorter={(item) => legendOrder.indexOf(String(item.value))}
          />
          {series.map((line, index) => (
            <Line
              key={line.key}
              data={[...line.points]}
              dataKey="tpr"
              name={line.name}
              type="linear"
              stroke={line.colour}
              strokeWidth={line.dashed ? 1.5 : 2}
              // Each curve has its own dash pattern (legend too), so curves differ without colour.
              strokeDasharray={seriesDash(index)}
              legendType="plainline"
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </DiagnosticFigure>
  );
}
