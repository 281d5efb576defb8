import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LinearModel } from '../../core/models/linear/linearTypes';
import { useT } from '../i18n/useT';
import { xAxisLabel } from './axisLabels';
import { ChartFigure } from './ChartFigure';
import { MAX_TABLE_ROWS } from './chartTables';
import { BAR_COLOUR, barChartHeight, REFERENCE_COLOUR } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import { coefficientBars, coefficientClasses, type CoefficientBar } from './coefficientPlotData';
import { useRun } from './runSelectors';
import { tooltipDatum } from './tooltipDatum';
import { useFormatters } from './useFormatters';
import './results.css';

const isBar = (value: unknown): value is CoefficientBar =>
  typeof value === 'object' && value !== null && 'estimate' in value && 'error' in value;

/** Each coefficient of a linear model with its 95% interval (`chart-coefficients`); not the intercept. */
export function CoefficientPlot({ runId }: { readonly runId: number }) {
  const t = useT();
  const { stat } = useFormatters();
  const run = useRun(runId);
  const [chosenClass, setChosenClass] = useState<string | null>(null);
  const model =
    run?.kind === 'linear' ? (run.outcome?.model as LinearModel | undefined) : undefined;
  if (!model) return null;
  const classes = coefficientClasses(model.table);
  // A class chosen for another run may not exist in this one: fall back to the first.
  const chosen = chosenClass !== null && classes.includes(chosenClass) ? chosenClass : null;
  const className = classes.length === 0 ? null : (chosen ?? classes[0] ?? null);
  const bars = coefficientBars(model.table, className);
  const format = (v: number) => stat.format(v);
  // The largest effects first: what a reader of the plot looks for.
  const table = {
    columns: [t('a11y.chart.feature'), t('results.coef.estimate'), t('results.coef.ci')],
    rows: [...bars]
      .sort((a, b) => Math.abs(b.estimate) - Math.abs(a.estimate))
      .slice(0, MAX_TABLE_ROWS)
      .map((bar) => [
        bar.feature,
        format(bar.estimate),
        `${format(bar.lower)} … ${format(bar.upper)}`,
      ]),
  };
  const classSelect = classes.length > 0 && (
    <label className="chart-controls">
      {t('results.coef.class')}{' '}
      <select
        data-testid="coef-class-select"
        value={className ?? ''}
        onChange={(event) => setChosenClass(event.target.value)}
      >
        {classes.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
    </label>
  );
  return (
    <ChartFigure
      testId="chart-coefficients"
      caption={t(model.kind === 'logistic' ? 'results.coef.titleLogOdds' : 'results.coef.title')}
      description={t('results.coef.desc', { count: bars.length })}
      points={bars.length}
      total={bars.length}
      countsAreNotSampled
      attributes={className === null ? {} : { 'data-class': className }}
      height={barChartHeight(bars.length)}
      table={table}
      controls={classSelect}
    >
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} label={xAxisLabel(t('results.coef.axis'))} />
        <YAxis type="category" dataKey="feature" width={240} interval={0} />
        <ReferenceLine x={0} stroke={REFERENCE_COLOUR} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const bar = tooltipDatum(active, payload, isBar);
            if (!bar) return null;
            return (
              <ChartTooltip
                row={null}
                title={bar.feature}
                lines={[
                  { label: t('results.coef.estimate'), value: format(bar.estimate) },
                  {
                    label: t('results.coef.ci'),
                    value: `${format(bar.lower)} … ${format(bar.upper)}`,
                  },
                ]}
              />
            );
          }}
        />
        <Bar dataKey="estimate" fill={BAR_COLOUR} fillOpacity={0.6} isAnimationActive={false}>
          <ErrorBar dataKey="error" width={4} stroke="#1f2937" direction="x" />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
