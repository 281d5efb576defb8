import type { ImputeStrategy } from '../../core/prep/prepTypes';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

const IMPUTE: readonly ImputeStrategy[] = [
  'median',
  'mean',
  'most-frequent',
  'constant',
  'drop-rows',
];
const FOLDS: readonly number[] = [0, 3, 5, 10];

/** Clamps a typed percentage; an empty or invalid box leaves the setting as it was. */
function percent(text: string, fallback: number): number {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value)
    ? fallback
    : Math.min(90, Math.max(0, value));
}

interface PercentInputProps {
  readonly label: string;
  readonly testId: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
}

/** A share of rows held out, 0–90 %. */
function PercentInput({ label, testId, value, onChange }: PercentInputProps) {
  return (
    <label>
      {label}
      <input
        type="number"
        data-testid={testId}
        min={0}
        max={90}
        value={value}
        onChange={(e) => onChange(percent(e.target.value, value))}
      />
    </label>
  );
}

/** Held-out shares, seed, cross-validation, time split and missing-value handling. */
export function SplitSettingsForm() {
  const t = useT();
  const split = useAppStore((s) => s.split);
  const impute = useAppStore((s) => s.impute);
  const columns = useAppStore((s) => s.table?.columns);
  const setSplit = useAppStore((s) => s.setSplit);
  const setImpute = useAppStore((s) => s.setImpute);
  const dateColumns = (columns ?? []).filter((column) => column.type === 'date');
  return (
    <div className="setup-row split-settings">
      <PercentInput
        label={t('modeling.validation')}
        testId="split-validation"
        value={split.validationPct}
        onChange={(validationPct) => setSplit({ validationPct })}
      />
      <PercentInput
        label={t('modeling.test')}
        testId="split-test"
        value={split.testPct}
        onChange={(testPct) => setSplit({ testPct })}
      />
      <label>
        {t('modeling.seed')}
        <input
          type="number"
          data-testid="seed-input"
          value={split.seed}
          onChange={(e) => {
            const seed = Number(e.target.value);
            if (Number.isInteger(seed)) setSplit({ seed });
          }}
        />
      </label>
      <label>
        {t('modeling.folds')}
        <select
          data-testid="folds-select"
          value={String(split.folds)}
          onChange={(e) => setSplit({ folds: Number(e.target.value) })}
        >
          {FOLDS.map((k) => (
            <option key={k} value={String(k)}>
              {k === 0 ? t('modeling.foldsOff') : t('modeling.foldsK', { k })}
            </option>
          ))}
        </select>
      </label>
      {dateColumns.length > 0 && (
        <label>
          {t('modeling.timeSplit')}
          <select
            data-testid="time-split-select"
            value={split.timeColumn ?? ''}
            onChange={(e) =>
              setSplit({ timeColumn: e.target.value === '' ? null : e.target.value })
            }
          >
            <option value="">{t('modeling.timeSplitRandom')}</option>
            {dateColumns.map((column) => (
              <option key={column.name} value={column.name}>
                {t('modeling.timeSplitColumn', { column: column.name })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('modeling.impute')}
        <select
          data-testid="impute-select"
          value={impute}
          onChange={(e) => setImpute(IMPUTE.find((x) => x === e.target.value) ?? impute)}
        >
          {IMPUTE.map((strategy) => (
            <option key={strategy} value={strategy}>
              {t(`modeling.impute.${strategy}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
