import { useMemo } from 'react';
import { LineChart, XAxis, YAxis } from 'recharts';
import type { ClassificationDiagnostics, RocPoint } from '../../../core/results/resultTypes';
import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';
import { formatMetric } from '../../modeling/headlineMetrics';
import { lineLegend } from '../chartLegendEntries';
import { REFERENCE_COLOUR, seriesColour, seriesDash } from '../chartPalette';
import { AxesLayer } from '../AxesLayer';
import { fixedAxis } from '../fixedAxis';
import { GridLayer } from '../GridLayer';
import { LineLayer } from '../LineLayer';
import { marginForAxes } from '../plotFrame';
import { RechartsScales } from '../RechartsScales';
import { useDoneRuns } from '../runSelectors';
import { XHoverLayer } from '../XHoverLayer';
import { rocHoverItems, rocLine, type CurvePoint } from './diagnosticCurves';
import { rocHighlight, rocTooltip } from './diagnosticHover';
import { DiagnosticFigure, DiagnosticPlot } from './DiagnosticFigure';
import { comparableRocCurves } from './rocComparison';

/** Both rates run from 0 to 1, in quarters. */
const UNIT_AXIS = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] } as const;
/** The chance diagonal. */
const DIAGONAL = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
];
/**
 * The chart's axes give the scales only (`hide`: `AxesLayer` draws them). One element for every
 * render: an axis that renders again registers its settings in Recharts' store again, even with
 * equal props, and the store's notification draws the chart again in the next animation frame.
 */
const AXES = (
  <>
    <XAxis dataKey="fpr" hide {...fixedAxis(UNIT_AXIS)} />
    <YAxis dataKey="tpr" hide {...fixedAxis(UNIT_AXIS)} />
  </>
);
const MARGIN = marginForAxes();
/** The chart's own data, two corners for its axes' keys: the curves are our layers. */
const AXIS_DATA = [
  { fpr: 0, tpr: 0 },
  { fpr: 1, tpr: 1 },
];

interface RocChartProps {
  readonly runId: number;
  readonly diagnostics: ClassificationDiagnostics;
  readonly partLabel: string;
}

/** A curve on the chart: the selected run's per class, then compared runs' (dashed). */
interface RocSeries {
  readonly key: string;
  readonly name: string;
  readonly points: readonly RocPoint[];
  readonly line: readonly CurvePoint[];
  readonly colour: string;
  readonly dash: string;
  readonly auc: number | null;
  readonly dashed: boolean;
}

/** The selected run's curves, then those of the other runs answering the same question. */
function useRocSeries(runId: number, diagnostics: ClassificationDiagnostics) {
  const t = useT();
  const runs = useDoneRuns();
  const runResults = useAppStore((s) => s.runResults);
  const compared = useMemo(
    () => comparableRocCurves(runs, runResults, runId),
    [runs, runResults, runId],
  );
  const kind = runs.find((run) => run.id === runId)?.kind;
  const series = useMemo(() => {
    // With other runs on the chart, the selected run's curve is named by its model too.
    const className = (index: number) => diagnostics.classes[index] ?? String(index);
    const curveName = (index: number) =>
      compared.length > 0 && kind
        ? `${t(`modeling.model.${kind}`)}: ${className(index)}`
        : className(index);
    const withAuc = (name: string, auc: number | null) =>
      auc === null ? name : t('classification.roc.withAuc', { name, auc: formatMetric(auc) });
    const curves = [
      ...diagnostics.roc.map((curve) => ({
        key: `class-${curve.classIndex}`,
        name: withAuc(curveName(curve.classIndex), curve.auc),
        curve,
        dashed: false,
      })),
      ...compared.map((other) => ({
        key: `run-${other.runId}`,
        name: withAuc(t(`modeling.model.${other.kind}`), other.curve.auc),
        curve: other.curve,
        dashed: true,
      })),
    ];
    // Each curve has its own colour and dash pattern (legend too): they differ without colour.
    return curves.map(({ key, name, curve, dashed }, index): RocSeries => {
      const { points, auc } = curve;
      const style = { colour: seriesColour(index), dash: seriesDash(index) };
      return { key, name, points, line: rocLine(points), auc, dashed, ...style };
    });
  }, [diagnostics, compared, kind, t]);
  return { series, compared };
}

/** ROC curve per class (binary: the positive class) with the diagonal; AUC in the legend. */
export function RocChart({ runId, diagnostics, partLabel }: RocChartProps) {
  const t = useT();
  const { series, compared } = useRocSeries(runId, diagnostics);
  const hover = useMemo(() => rocHoverItems(series.map((line) => line.points)), [series]);
  const curves = diagnostics.roc;
  const points = curves.reduce((sum, curve) => sum + curve.points.length, 0);
  const description = curves
    .map((curve) =>
      t('classification.roc.describe', {
        name: diagnostics.classes[curve.classIndex] ?? String(curve.classIndex),
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
  const legend = series.map((line) => lineLegend(line.key, line.name, line.colour, line.dash));
  const hovered = (index: number) => {
    const owner = hover.owners[index];
    const line = owner && series[owner.curve];
    const point = owner && line?.points[owner.point];
    return line && point ? { line, point } : null;
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
      <DiagnosticPlot caption={caption} legend={legend}>
        <LineChart data={AXIS_DATA} margin={MARGIN}>
          <RechartsScales axes={AXES}>
            <GridLayer xTicks={UNIT_AXIS.ticks} yTicks={UNIT_AXIS.ticks} />
            <AxesLayer
              x={{ ticks: UNIT_AXIS.ticks, format: String, title: t('classification.roc.fpr') }}
              y={{ ticks: UNIT_AXIS.ticks, format: String, title: t('classification.roc.tpr') }}
            />
            <LineLayer data={DIAGONAL} colour={REFERENCE_COLOUR} dash="4 4" dashed under />
            {series.map((line) => (
              <LineLayer
                key={line.key}
                data={line.line}
                colour={line.colour}
                dash={line.dash}
                dashed={line.dashed}
              />
            ))}
            <XHoverLayer
              xs={hover.xs}
              ys={hover.ys}
              anchorY={(index) => hover.ys[index] ?? 0}
              highlight={(index, place) => {
                const found = hovered(index);
                return found && rocHighlight(found.point, found.line.colour, place);
              }}
              tooltip={(index) => {
                const found = hovered(index);
                return found && rocTooltip(found.point, found.line.name, t);
              }}
            />
          </RechartsScales>
        </LineChart>
      </DiagnosticPlot>
    </DiagnosticFigure>
  );
}
