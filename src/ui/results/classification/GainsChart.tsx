import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GainsPoint } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { formatMetric } from '../../modeling/headlineMetrics';
import {
  CHART_MARGIN,
  MODEL_COLOUR,
  REFERENCE_COLOUR,
  seriesColour,
  seriesDash,
} from '../chartPalette';
import { SURFACE_ROLE } from '../ChartFigure';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartTooltip } from '../ChartTooltip';
import { fixedAxis } from '../fixedAxis';
import { DIAGNOSTIC_HEIGHT, DiagnosticFigure } from './DiagnosticFigure';

interface GainsChartProps {
  readonly gains: readonly GainsPoint[];
  readonly className: string;
  readonly partLabel: string;
}

interface GainsDatum {
  readonly share: number;
  readonly gain: number;
  readonly random: number;
  /** Null at share 0, where lift is undefined. */
  readonly lift: number | null;
}

/** Shares run from 0 to 1, in quarters. */
const UNIT_AXIS = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] } as const;
const ORIGIN: GainsDatum = { share: 0, gain: 0, random: 0, lift: null };
const percent = (share: number): string => `${Math.round(share * 100)}%`;
const isDatum = (value: unknown): value is GainsDatum =>
  typeof value === 'object' && value !== null && 'gain' in value && 'share' in value;

/** The gains point closest to `share`, for the text alternative. */
const nearestShare = (data: readonly GainsDatum[], share: number) =>
  data.reduce<GainsDatum | null>(
    (best, point) =>
      best === null || Math.abs(point.share - share) < Math.abs(best.share - share) ? point : best,
    null,
  );

/** Cumulative gains (share of the class found after the top-scored share of rows) and lift. */
export function GainsChart({ gains, className, partLabel }: GainsChartProps) {
  const t = useT();
  const data: GainsDatum[] = gains.map((point) => ({
    share: point.share,
    gain: point.gain,
    random: point.share,
    lift: point.share > 0 && Number.isFinite(point.lift) ? point.lift : null,
  }));
  // Both curves start at the origin: nobody contacted, nobody found.
  const drawn = (data[0]?.share ?? 0) > 0 ? [ORIGIN, ...data] : data;
  const picked = [0.1, 0.2, 0.5].flatMap((share) => {
    const point = nearestShare(data, share);
    return point ? [point] : [];
  });
  const liftText = (point: GainsDatum) => (point.lift === null ? '—' : formatMetric(point.lift));
  const described = picked.map((point) =>
    t('classification.gains.describe', {
      share: percent(point.share),
      gain: percent(point.gain),
      lift: liftText(point),
      name: className,
    }),
  );
  const caption = t('classification.gains.caption', { name: className, part: partLabel });
  const table = {
    columns: [
      t('classification.gains.share'),
      t('classification.gains.gain'),
      t('classification.gains.lift'),
    ],
    rows: picked.map((point) => [percent(point.share), percent(point.gain), liftText(point)]),
  };
  return (
    <DiagnosticFigure
      testId="chart-gains"
      points={data.length}
      caption={caption}
      description={`${t('classification.gains.explain')} ${described.join(' ')}`}
      attributes={{ 'data-class': className }}
      table={table}
    >
      <ResponsiveContainer width="100%" height={DIAGNOSTIC_HEIGHT}>
        <ComposedChart data={drawn} margin={CHART_MARGIN} title={caption} role={SURFACE_ROLE}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="share"
            {...fixedAxis(UNIT_AXIS)}
            tickFormatter={percent}
            label={xAxisLabel(t('classification.gains.share'))}
          />
          <YAxis
            yAxisId="gain"
            {...fixedAxis(UNIT_AXIS)}
            tickFormatter={percent}
            width={64}
            label={yAxisLabel(t('classification.gains.gain'))}
          />
          <YAxis
            yAxisId="lift"
            orientation="right"
            domain={[0, 'auto']}
            width={56}
            label={{
              value: t('classification.gains.lift'),
              angle: 90,
              position: 'insideRight',
              style: { textAnchor: 'middle' },
            }}
          />
          <ReferenceLine yAxisId="lift" y={1} stroke={REFERENCE_COLOUR} strokeDasharray="2 4" />
          <Tooltip
            content={({ active, payload }) => {
              const datum = active
                ? payload.map((entry) => entry.payload).find(isDatum)
                : undefined;
              if (!datum) return null;
              const lines = [
                { label: t('classification.gains.share'), value: percent(datum.share) },
                { label: t('classification.gains.gain'), value: percent(datum.gain) },
                { label: t('classification.gains.lift'), value: formatMetric(datum.lift) },
              ];
              return <ChartTooltip row={null} lines={lines} />;
            }}
          />
          <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 12 }} itemSorter="dataKey" />
          <Line
            yAxisId="gain"
            dataKey="gain"
            name={t('classification.gains.gain')}
            type="linear"
            stroke={seriesColour(0)}
            strokeWidth={2}
            legendType="plainline"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="gain"
            dataKey="random"
            name={t('classification.gains.random')}
            type="linear"
            stroke={REFERENCE_COLOUR}
            strokeDasharray="4 4"
            legendType="plainline"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="lift"
            dataKey="lift"
            name={t('classification.gains.lift')}
            type="linear"
            stroke={MODEL_COLOUR}
            strokeDasharray={seriesDash(3)}
            legendType="plainline"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </DiagnosticFigure>
  );
}
