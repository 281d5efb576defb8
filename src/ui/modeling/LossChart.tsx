import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ModelRun } from '../../state/trainingSlice';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

/** The neural network's run: the one selected if it has a loss curve, else the latest with one. */
function runWithLoss(runs: readonly ModelRun[], selectedId: number | null): ModelRun | undefined {
  const selected = runs.find((run) => run.id === selectedId && run.lossHistory.length > 0);
  return selected ?? [...runs].reverse().find((run) => run.lossHistory.length > 0);
}

/** Training and validation loss per epoch (`chart-loss`), streaming while the model trains. */
export function LossChart() {
  const t = useT();
  const run = useAppStore((s) => runWithLoss(s.runs, s.selectedRunId));
  if (!run) return null;
  const hasValidation = run.lossHistory.some((point) => point.valLoss !== null);
  return (
    <figure
      className="chart"
      data-testid="chart-loss"
      data-model={run.kind}
      data-points={String(run.lossHistory.length)}
    >
      <figcaption>{t('modeling.lossChart')}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={[...run.lossHistory]} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            label={{ value: t('modeling.epoch'), position: 'insideBottom', offset: -4 }}
          />
          <YAxis scale="log" domain={['auto', 'auto']} allowDataOverflow width={64} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="loss"
            name={t('modeling.loss')}
            stroke="#2563eb"
            dot={false}
            isAnimationActive={false}
          />
          {hasValidation && (
            <Line
              type="monotone"
              dataKey="valLoss"
              name={t('modeling.valLoss')}
              stroke="#d97706"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
