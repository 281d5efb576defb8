import { memo, useState } from 'react';
import type { LinearModel } from '../../core/models/linear/linearTypes';
import { useT } from '../i18n/useT';
import { ChartFigure } from './ChartFigure';
import { MAX_TABLE_ROWS } from './chartTables';
import { barChartHeight } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import { coefficientBars, coefficientClasses, type CoefficientBar } from './coefficientPlotData';
import { IntervalPlot } from './IntervalPlot';
import { useRun } from './runSelectors';
import { useFormatters } from './useFormatters';
import './results.css';

/** Each coefficient of a linear model with its 95% interval (`chart-coefficients`); not the intercept. */
export const CoefficientPlot = memo(function CoefficientPlot({
  runId,
}: {
  readonly runId: number;
}) {
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
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
      .slice(0, MAX_TABLE_ROWS)
      .map((bar) => [bar.label, format(bar.value), `${format(bar.lower)} … ${format(bar.upper)}`]),
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
  const caption = t(model.kind === 'logistic' ? 'results.coef.titleLogOdds' : 'results.coef.title');
  return (
    <ChartFigure
      testId="chart-coefficients"
      selfSized
      caption={caption}
      description={t('results.coef.desc', { count: bars.length })}
      points={bars.length}
      total={bars.length}
      countsAreNotSampled
      attributes={className === null ? {} : { 'data-class': className }}
      height={barChartHeight(bars.length)}
      table={table}
      controls={classSelect}
    >
      <IntervalPlot
        rows={bars}
        mark="dot"
        height={barChartHeight(bars.length)}
        labelWidth={240}
        axisTitle={t('results.coef.axis')}
        title={caption}
        formatTick={format}
        tooltip={(bar: CoefficientBar) => (
          <ChartTooltip
            row={null}
            title={bar.label}
            lines={[
              { label: t('results.coef.estimate'), value: format(bar.value) },
              { label: t('results.coef.ci'), value: `${format(bar.lower)} … ${format(bar.upper)}` },
            ]}
          />
        )}
      />
    </ChartFigure>
  );
});
