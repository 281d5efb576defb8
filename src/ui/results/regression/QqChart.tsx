import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { DiagnosticScatter } from './DiagnosticScatter';
import type { DiagnosticChartProps } from './diagnosticProps';
import { residualTooltip } from './residualTooltipElement';

/** Normal Q-Q plot of standardised residuals (`chart-qq`): normal residuals follow y = x. */
export function QqChart({ diagnostics, visible, byRow, cellColumns }: DiagnosticChartProps) {
  const t = useT();
  const { qq, total } = diagnostics;
  const points = useMemo(
    () => qq.map((p) => ({ x: p.theoretical, y: p.sample, row: p.row, part: p.part })),
    [qq],
  );
  const sample = t('results.qq.sample');
  return (
    <DiagnosticScatter
      testId="chart-qq"
      caption={t('results.qq')}
      describe={(shown) => t('results.qq.desc', { shown, total })}
      total={total}
      points={points}
      visible={visible}
      labels={{ x: t('results.qq.theoretical'), y: sample }}
      axes="square"
      reference="diagonal"
      tooltip={residualTooltip({ byRow, cellColumns, yLabel: sample })}
    />
  );
}
