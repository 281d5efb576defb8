import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

interface FitFeatureSelectProps {
  readonly runId: number;
  readonly columns: readonly string[];
  readonly value: string;
  readonly busy: boolean;
}

/** Chooses the feature the fit chart is drawn against (`fit-feature-select`). */
export function FitFeatureSelect({ runId, columns, value, busy }: FitFeatureSelectProps) {
  const t = useT();
  const chooseFitColumn = useAppStore((s) => s.chooseFitColumn);
  return (
    <div className="chart-controls">
      <label>
        {t('results.fit.feature')}{' '}
        <select
          data-testid="fit-feature-select"
          value={value}
          onChange={(event) => chooseFitColumn(runId, event.target.value)}
        >
          {columns.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
      </label>
      {busy && (
        <span className="chart-note" role="status" data-testid="fit-computing">
          {t('results.fit.computing')}
        </span>
      )}
    </div>
  );
}
